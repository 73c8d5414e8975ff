"""Keywords: recognition tries a rule only where one of its words is, and finds the same."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal.grammar import RULES
from timeline.temporal.keywords import DIGIT, FOLD, KeywordIndex, keyword_sets, keywords_of
from timeline.temporal.recognize import find_in_text, paragraphs

from .conftest import SAMPLE, TE3


def everywhere(text: str) -> list[tuple[int, int, str]]:
    """`find_in_text` as it was: every rule tried over every paragraph."""
    found = [
        (m.start(), m.end(), rule.name)
        for first, last in paragraphs(text)
        for rule in RULES
        for m in rule.pattern.finditer(text, first, last)
        if m.end() > m.start() and (rule.accept is None or rule.accept(text, *m.span()))
    ]
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    chosen: list[tuple[int, int, str]] = []
    for start, end, name in found:
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, name))
    return sorted(chosen)


def keywords(pattern: str) -> frozenset[str] | None:
    return keywords_of(re.compile(pattern, re.IGNORECASE))


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:the\s+)?\b(?P<s>spring|fall)\b(?!\s*\d)", {"spring", "fall"}),
        (r"\bthe\s+weekend\b", {"weekend"}),  # the rarer of two words every match holds
        (r"(?:early\s+)?(?P<y>1[6-9]\d\d|20\d\d)", {DIGIT * 4}),  # four digits in a row
        (r"\bQ[1-4]\s*\d{2,4}", {DIGIT * 2}),
        (r"\b(?:jan|feb|March)\.?\s+\d", {"jan", "feb", "march"}),
        (r"(?:\d+|many)\s+years\b", {"years"}),
        (r"\b(?:once|\d+\s+times)\s+a\s+day", {"once", "times"}),  # longer words are rarer
        (r"(?:the\s+)?(?:last\s+)?(?:week|[a-z]+ly)", {"week", "ly"}),
        (r"(?:the\s+)?(?:week|[a-z]+)", None),  # a branch without a fixed word
        (r"(?=march)\w+", None),  # lookarounds are not part of the match
        (r"[a-c]+", None),
    ],
)
def test_keywords_are_those_every_match_holds(pattern: str, expected: set[str] | None) -> None:
    found = keywords(pattern)
    assert found == (None if expected is None else frozenset(expected))


def test_every_rule_but_a_few_has_keywords() -> None:
    missing = [rule.name for rule in RULES if keywords_of(rule.pattern) is None]
    assert len(missing) <= 3, missing


def test_folding_keeps_offsets_and_meets_case_insensitive_matching() -> None:
    text = "AUGUſT 5 \u212aENYA İı"
    folded = text.translate(FOLD)
    assert len(folded) == len(text)
    assert folded.startswith("august 5 kenya ii")
    # every character that matches an ASCII letter without regard to case folds to it
    odd = [chr(c) for c in range(128, 0x20000) if re.fullmatch("[a-z]", chr(c), re.IGNORECASE)]
    assert all(ch.translate(FOLD).isascii() for ch in odd)


def test_a_rule_is_tried_where_a_word_of_each_of_its_keyword_sets_is() -> None:
    march, digit, week = frozenset({"march"}), frozenset({DIGIT}), frozenset({"week"})
    index = KeywordIndex([(march,), (digit,), (), (week,), (march, digit)])
    assert index.patterns_in("in march", 0, 8) == [0, 2]
    assert index.patterns_in("on 5 weekends", 0, 13) == [1, 2, 3]
    assert index.patterns_in("in marchés", 0, 10) == [0, 2]  # part of a longer word counts
    assert index.patterns_in("march 5", 0, 7) == [0, 1, 2, 4]


def test_a_rule_that_needs_a_year_is_tried_only_where_a_number_has_four_digits() -> None:
    year = keyword_sets(re.compile(r"(?:in\s+)?(?:1[6-9]\d\d|20\d\d)", re.I))
    index = KeywordIndex([year, (frozenset({DIGIT}),)])
    assert index.patterns_in("on 5 May", 0, 8) == [1]
    assert index.patterns_in("in 2020", 0, 7) == [0, 1]
    assert index.patterns_in("in 12020", 0, 8) == [0, 1]  # a longer number holds four digits


def test_letters_taken_out_of_an_alternation_are_joined_to_each_branch() -> None:
    # the parser reads "the|that" as "th(?:e|at)": the words are "the" and "that", not "at"
    pattern = re.compile(r"\b(?:the\s+next|that)\s+day\b", re.I)
    index = KeywordIndex([keyword_sets(pattern)])
    assert index.patterns_in("the cat sat all day", 0, 19) == []
    assert index.patterns_in("that day", 0, 8) == [0]


def test_keyword_sets_are_all_the_parts_a_match_needs() -> None:
    sets = keyword_sets(re.compile(r"(?:early\s+)?(?:jan|march)\s+(?:\d+|first),\s+20\d\d", re.I))
    assert sets == (
        frozenset({"jan", "march"}),
        frozenset({DIGIT, "first"}),
        frozenset({DIGIT * 4}),
    )


def test_no_expression_runs_across_a_blank_line() -> None:
    assert _found("It began in March\n\n5, 2020 was later.") == ["March", "2020"]
    assert _found("It began in March\n5, 2020.") == ["March\n5, 2020"]


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_in_text(text)]


@pytest.mark.eval
def test_same_matches_as_every_rule_everywhere_on_real_news() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLE.glob("*.txt"))]
    tbaq = TE3 / "tbaq.jsonl"
    with tbaq.open(encoding="utf-8") as lines:
        texts += [json.loads(line)["text"] for line in lines][::3]  # all take 10 s
    assert len(texts) > 80
    for text in texts:
        assert find_in_text(text) == everywhere(text)


_PIECES = st.sampled_from(
    """March MARCH mar. Sept. sept 5 05 1999 2020 '90s 1980s 19th century the of in on last
    next this past Friday friday's week weeks weekend year-end quarter Q3 FY2021 a.m. 5:30
    p.m. noon ago later earlier since between and from to - , . \n \n\n ſeptember \u212a
    AUGUſT tomorrow tonight morning daily every recent years current now spring fall $5
    39-11 2245 25th fiscal half first second""".split(" ")
)


@settings(max_examples=300)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=40))
def test_same_matches_as_every_rule_everywhere_on_any_text(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert find_in_text(text) == everywhere(text)
