"""The rules of the fast path: each one recognises a form of time expression and reads it.

A rule is a regular expression (compiled once, case-insensitive), an optional check of the
text around a match, and a reader that turns the match into a `Reading` against a `Context`.
Recognition runs every rule over the text and keeps the longest non-overlapping matches;
normalisation reads one expression with the first rule that matches all of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from timeline.temporal.anchors import FOLD, AnchorIndex, anchor_sets
from timeline.temporal.holidays import HOLIDAY
from timeline.temporal.numbers import NUMBER, WORD_YEAR
from timeline.temporal.readers import (
    PARTS_OF_DAY,
    Reader,
    Reading,
    make_composite_readers,
    read_ago,
    read_anchored,
    read_century,
    read_day,
    read_day_range,
    read_decade,
    read_duration,
    read_duration_one,
    read_duration_vague,
    read_half,
    read_holiday,
    read_in_the_day,
    read_later,
    read_latest_quarter,
    read_month,
    read_month_day,
    read_month_of_relative_year,
    read_month_range,
    read_month_year,
    read_new_year,
    read_part_of_day,
    read_past_unit,
    read_quarter,
    read_relative_month,
    read_relative_season,
    read_relative_unit,
    read_relative_weekday,
    read_relative_year_quarter,
    read_season,
    read_season_year,
    read_set,
    read_some_day,
    read_this_period,
    read_this_year,
    read_time,
    read_today,
    read_vague,
    read_weekday,
    read_weekday_set,
    read_weekend,
    read_year,
    read_year_ago_period,
    read_year_period,
    read_year_range,
)
from timeline.temporal.resolve import Context
from timeline.temporal.vocabulary import (
    DAY,
    DAY_WORD,
    DECADE_WORDS,
    FULL_MONTHS,
    MONTH,
    NUM_END,
    NUM_START,
    ORDINAL,
    PART,
    SEASON,
    THIS_LAST_NEXT,
    UNIT,
    WEEKDAY,
    YEAR,
    alternation,
)
from timeline.wordlists import word_lists

__all__ = ["RULES", "Reading", "Rule", "read_expression"]

Accept = Callable[[str, int, int], bool]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    read: Reader
    accept: Accept | None = None
    # a cheap pattern found in every match: the rule is not run over a text without it
    requires: re.Pattern[str] | None = None


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# checks of the text around a match, for forms that are also ordinary words

_CONTEXT = word_lists("timeline.temporal", "context")  # what each list holds: the file's comments
_CUES = _CONTEXT["cues"]
_DETERMINERS = _CONTEXT["determiners"]
_FUNCTION_WORDS = _CONTEXT["function_words"]
_BEFORE_A_DATE = _CONTEXT["before_a_date"]
_COUNT_NOUNS = alternation(sorted(_CONTEXT["count_nouns"]))
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_WORD_AFTER = re.compile(r"\W*([A-Za-z]+)")
# After a number: it counted something ("rose in March 2 to 3 percent").
_NOT_A_COUNT = rf"(?!\s*%)(?!\s+(?:percent|per\s+cent|million|billion|{_COUNT_NOUNS})\b)"
_STREET = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|place|pl|parkway|"
    r"pkwy|court|ct|highway|hwy|route|terrace|plaza|square|sq)\b"
)


def _word_before(text: str, start: int) -> str:
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return before.group(1).lower() if before else ""


def _after_cue(text: str, start: int, end: int) -> bool:
    """A month or season name counts only after a word that introduces a date ("in", "since"),
    or when it carries its own modifier ("early", "the end of"); not "to fall", "vowed to
    march"."""
    own = re.sub(r"^the\s+", "", text[start:end], flags=re.IGNORECASE)
    if len(re.split(r"[\s-]+", own)) > 1 or text[end : end + 2] in ("'s", "’s"):
        return True
    before = _word_before(text, start)
    if before in _CUES:
        return True
    # "the October slaying", "a June agreement": a date that describes the noun after it
    after = _WORD_AFTER.match(text, end)
    return (
        before in _DETERMINERS
        and after is not None
        and text[end : after.start(1)] == " "
        and after.group(1).islower()
        and after.group(1) not in _FUNCTION_WORDS
        and after.group(1) not in _CUES
    )


def _not_a_modifier(text: str, start: int, end: int) -> bool:
    """Not "the fall of Kabul", "the summer camp", "spring break": a season followed by "of"
    or by a noun it describes."""
    after = _WORD_AFTER.match(text, end)
    if after is None or text[end : after.start(1)].strip():
        return True
    following = after.group(1).lower()
    return following != "of" and (following in _FUNCTION_WORDS or following in _CUES)


def _not_a_count_or_code(text: str, start: int, end: int) -> bool:
    """A bare four-digit number is not a year after "about", "some", "Room", "No.", or a code
    such as "HB 2020"."""
    before = text[max(0, start - 16) : start]
    if re.search(
        r"(?:\b(?:about|some|nearly|almost|approximately|around|roughly|over|than|least|"
        r"room|no|number|nos?|flight|route|page|pages|chapter|section|article|model|"
        r"patent|case|bill|suite|apt|unit|channel|exit|highway|interstate|i)\.?|#)\s*$",
        before,
        re.IGNORECASE,
    ):
        return False
    return not re.search(r"\b[A-Z]{2,4}\s*-?\s*$", before)


def _may_is_capitalised(text: str, start: int, end: int) -> bool:
    """ "may 4" is the verb more often than the date; "May 4" is the date."""
    found = text[start:end]
    return not (found[:3].lower() == "may" and not found.startswith("May"))


def _not_a_name(text: str, start: int, end: int) -> bool:
    """ "May" is a month only when capitalised; a capitalised weekday or month followed by a
    capitalised word is part of a name ("Friday Harbor", "April Ryan"), unless a word that
    introduces a date comes before it ("On Thursday Peru's Congress…", "said Monday Brad…")."""
    if not _may_is_capitalised(text, start, end):
        return False
    found = text[start:end]
    after = text[end : end + 2]
    named = len(after) == 2 and after[0] == " " and after[1].isupper() and found.istitle()
    return not named or _word_before(text, start) in _BEFORE_A_DATE


def _after_duration_cue(text: str, start: int, end: int) -> bool:
    """Bare "weeks", "years" is a duration after "for", "within", "in"…: "within weeks"."""
    return _word_before(text, start) in (
        "for",
        "within",
        "in",
        "over",
        "after",
        "before",
        "during",
        "took",
        "lasted",
        "spent",
    )


def _not_a_rate(text: str, start: int, end: int) -> bool:
    """ "A week" is a duration in "for a week" but a rate in "four flights a week"."""
    if not re.match(r"an?\s", text[start:end], re.IGNORECASE):
        return True
    before = _word_before(text, start)
    return not before or before in _CUES or before in _FUNCTION_WORDS or before in (
        "about", "nearly", "almost", "than", "only", "just", "barely", "least", "within", "ago",
        "took", "spent", "lasted", "takes", "take", "half", "him", "her", "them", "us", "me",
        "it", "gave", "give", "offered", "given",
    )  # fmt: skip


def _not_quarterly_figures(text: str, start: int, end: int) -> bool:
    """ "Quarterly" before a noun names a kind of report, not a set of times: "its quarterly
    dividend", "quarterly results" (TimeBank leaves them untagged); "paid quarterly" is a set."""
    if text[start:end].lower() != "quarterly":
        return True
    after = _WORD_AFTER.match(text, end)
    return (
        after is None
        or text[end : after.start(1)] != " "
        or not after.group(1).islower()
        or after.group(1) in _FUNCTION_WORDS
        or after.group(1) in _CUES
    )


_OF_PERIOD = re.compile(
    r"\b(?:months?|weeks?|days?|half|quarters?|part|rest|remainder|end|start|beginning|middle|"
    r"close|course|time|balance)\s+of\s*$",
    re.IGNORECASE,
)


def _before_ended(text: str, start: int, end: int) -> bool:
    """ "The year ended Sept. 30": a year's length, whichever year it was."""
    return re.match(r"\s+(?:ended|ending)\b", text[end : end + 8]) is not None


def _before_a_word(text: str, start: int, end: int) -> bool:
    """ "Current" describes the word after it ("current market conditions"); not the noun."""
    return re.match(r"\s+[a-z]", text[end : end + 3]) is not None


def _not_an_award(text: str, start: int, end: int) -> bool:
    """ "The year" after "of" is a time in "nine months of the year", not in "player of the
    year" or "the deal of the year"."""
    if not text[start:end].lower().startswith("the"):
        return True
    before = text[max(0, start - 24) : start]
    return not re.search(r"\bof\s*$", before, re.IGNORECASE) or bool(_OF_PERIOD.search(before))


def _not_a_fraction(text: str, start: int, end: int) -> bool:
    """ "Three-quarters of its food", "more than a quarter of the market": a share, not a time
    ("the first three quarters of the year" is one)."""
    found = text[start:end].lower()
    if not re.search(r"\b(?:an?|one|two|three)[\s-]+quarters?$", found) or re.search(
        r"\b(?:first|last|past|next|previous|final|remaining|coming)\b", found
    ):
        return True
    return re.match(r"\s+of\b", text[end : end + 4]) is None


def _not_an_ordinal(text: str, start: int, end: int) -> bool:
    """ "A second betrayal", "a second term": the ordinal, not one second."""
    if not re.fullmatch(r"an?\s+second", text[start:end], re.IGNORECASE):
        return True
    after = _WORD_AFTER.match(text, end)
    if after is None or text[end : after.start(1)] != " ":
        return True
    following = after.group(1).lower()
    return following in _FUNCTION_WORDS or following in _CUES or following in (
        "later", "earlier", "ago", "longer", "or", "more", "too", "late",
    )  # fmt: skip


def _not_a_title(text: str, start: int, end: int) -> bool:
    """ABC's "This Week", CBS's "60 Minutes": a capitalised title in quotation marks."""
    words = re.findall(r"[A-Za-z]+", text[start:end])
    quoted = re.search(r"(?:[\"“‘`]|'')\s?$", text[max(0, start - 3) : start]) is not None
    return not (quoted and words and all(w[0].isupper() for w in words))


def _not_high_noon(text: str, start: int, end: int) -> bool:
    """ "High noon", the film and the figure of speech, is no time of day."""
    return _word_before(text, start) != "high" or not text[start:end].lower().startswith("noon")


def _month_is_capitalised(text: str, start: int, end: int) -> bool:
    """ "this march" is a protest march; news writes the months with a capital."""
    return re.search(r"\b(?:march|may)\b", text[start:end]) is None


def _after_a_modal(text: str, start: int, end: int) -> bool:
    """ "will one day be": some day ahead."""
    return (
        re.search(
            r"(?:\b(?:will|would|could|might|may|can|should|must|shall|to)|'ll)\s+$",
            text[max(0, start - 12) : start],
            re.IGNORECASE,
        )
        is not None
    )


def _after(word: str) -> Accept:
    """Only right after `word`: "in the morning", "for a while"."""
    return lambda text, start, end: _word_before(text, start) == word


def _both(*checks: Accept) -> Accept:
    return lambda text, start, end: all(check(text, start, end) for check in checks)


# ---------------------------------------------------------------------------------------------
# the rules

WD = rf"(?:(?:{THIS_LAST_NEXT}\s+)?{WEEKDAY},?\s+)?"
DAYISH_SIMPLE = rf"(?:{MONTH}\s+{DAY}(?:,?\s+{YEAR})?)"
MONTH_FULL = alternation(FULL_MONTHS)
ANY_YEAR = rf"(?:{YEAR}|{WORD_YEAR})"
# A full date may be older than the years read alone ("October 12, 1492,"), unless a word
# follows that makes the number a count ("on March 5, 1200 workers struck").
DATE_YEAR = rf"(?:{ANY_YEAR}|1[0-5]\d\d(?!\s+(?-i:[a-z])))"
PART_OF_DAY = alternation(PARTS_OF_DAY)
APPROX = (
    r"(?:(?:nearly|almost|more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|at\s+most|"
    r"no\s+more\s+than|no\s+less\s+than|over|under|some)\s+)"
)
CLOCK = (
    rf"(?:{NUM_START}(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\b\.?)"
    r"(?:\s+(?:ET|EST|EDT|CT|CST|CDT|MT|PT|PST|PDT|GMT|UTC)\b)?|\b(?:noon|midday|midnight)\b)"
)
CLOCK_ANYWHERE = _compile(CLOCK)  # texts without a clock time skip the rules that need one

DATE_RULES: tuple[Rule, ...] = (
    Rule("iso_date", _compile(rf"{NUM_START}(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]){NUM_END}"), read_day),
    Rule("numeric_date", _compile(rf"{NUM_START}(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>{YEAR}|\d\d){NUM_END}"), read_day),
    Rule("day_range", _compile(rf"(?P<mon>{MONTH})\s+(?P<d1>{DAY})\s*(?:[-–—]|to|through|and)\s*(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?{NUM_END}{_NOT_A_COUNT}"), read_day_range),
    Rule("month_day_year", _compile(rf"{WD}(?:{PART})?(?P<mon>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{DATE_YEAR}){NUM_END}"), read_day),
    Rule("day_month_year", _compile(rf"{WD}(?:the\s+)?{NUM_START}(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH}),?\s+(?P<y>{DATE_YEAR}){NUM_END}"), read_day),
    Rule("month_range", _compile(rf"(?P<m1>{MONTH})\s*(?:[-–—]|to|through|and)\s*(?P<m2>{MONTH}),?\s+(?P<y>{YEAR}){NUM_END}"), read_month_range),
    Rule("month_year", _compile(rf"(?:{PART})?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{ANY_YEAR}){NUM_END}"), read_month_year),
    Rule("month_day", _compile(rf"{WD}(?:{PART})?(?P<mon>{MONTH})\s+(?P<d>{DAY}|{DAY_WORD}){NUM_END}(?!,?\s*{DATE_YEAR}{NUM_END})"), read_month_day, _may_is_capitalised),
    Rule("day_month", _compile(rf"{WD}(?:the\s+)?{NUM_START}(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH_FULL})\b(?!,?\s*{DATE_YEAR}{NUM_END})"), read_month_day, _may_is_capitalised),
    Rule("season_year", _compile(rf"(?:{PART})?(?:the\s+)?(?P<s>{SEASON})(?:\s+of)?,?\s+(?P<y>{ANY_YEAR}){NUM_END}"), read_season_year),
    Rule("quarter", _compile(rf"(?:the\s+)?(?:fiscal\s+)?(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter(?:(?:\s+of)?\s+(?:fiscal\s+)?(?P<y>{YEAR}))?\b"), read_quarter),
    Rule("quarter_code", _compile(rf"\bQ(?P<q>[1-4])(?:\s*(?P<y>{YEAR}|['’]\d\d))?{NUM_END}"), read_quarter),
    Rule("fiscal_year_code", _compile(r"\bFY\s?(?P<y>(?:19|20)\d\d|['’]?\d\d)\b"), read_year),
    Rule("year_ago_period", _compile(r"\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:year[\s-]+ago|year[\s-]+earlier|prior[\s-]+year|previous[\s-]+year)\s+(?:fiscal\s+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:quarter|period)\b|\b(?:year[\s-]+ago|year[\s-]+earlier)\b|\bthe\s+(?:(?:comparable|corresponding|same)\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b"), read_year_ago_period),
    Rule("year_period", _compile(rf"\bthe\s+(?P<y>{YEAR})\s+(?:fiscal\s+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:quarter|period)\b"), read_year_period),
    Rule("relative_year_quarter", _compile(r"\b(?P<rel>last|this|next)\s+year['’]s\s+(?:fiscal\s+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?quarter\b"), read_relative_year_quarter),
    Rule("latest_quarter", _compile(r"\bthe\s+(?:(?:latest|most\s+recent|recent|current|just[\s-]+(?:ended|completed))\s+)?(?:fiscal\s+)?quarter\b(?!\s+(?:of|century))|\bthe\s+(?:latest|most\s+recent)\s+period\b"), read_latest_quarter),
    Rule("half", _compile(rf"(?:the\s+)?(?P<h>first|second|1st|2nd|latter|last)\s+half\s+of\s+(?P<y>{YEAR}){NUM_END}"), read_half),
    Rule("year_range", _compile(rf"{NUM_START}(?P<a>{YEAR})\s*[-–—]\s*(?P<b>{YEAR}|\d\d){NUM_END}"), read_year_range),
    Rule("decade", _compile(rf"(?:the\s+)?(?:(?:early|mid|late|gradual)[\s-]*)?{NUM_START}(?P<dec>1[0-9]\d0|20\d0)['’]?s\b"), read_decade),
    Rule("decade_short", _compile(r"(?:the\s+)?(?:(?:early|mid|late|gradual)[\s-]*)?['’](?P<dd>\d0)s\b"), read_decade),
    Rule("decade_word", _compile(rf"(?:the\s+(?:(?:early|mid|late|gradual)[\s-]*)?|\b(?:early|mid|late|gradual)[\s-]*)(?P<dw>{alternation(DECADE_WORDS)})\b"), read_decade),
    Rule("century", _compile(rf"(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?(?P<c>{ORDINAL})[\s-]+century\b"), read_century),
    Rule("year", _compile(
        rf"(?:{PART})?(?:(?:the\s+)?(?:fiscal\s+)?year\s+|fiscal\s+|FY\s*)?{NUM_START}(?P<y>{YEAR}){NUM_END}"
        rf"(?!\s+(?:{_COUNT_NOUNS})\b)(?!\s+(?-i:[NSEW])\.?\s)(?!\s+\w+\.?\s+{_STREET})"
    ), read_year, _not_a_count_or_code),
    Rule("word_year", _compile(rf"(?:{PART})?(?:\bthe\s+year\s+)?\b(?P<y>{WORD_YEAR})\b(?![\s-]+(?:\w+[\s-]+)?(?:{_COUNT_NOUNS}|percent|dollars|cents|million|billion)\b)"), read_year),
    Rule("relative_month", _compile(rf"(?:{PART})?\b(?P<rel>{THIS_LAST_NEXT})\s+(?P<mon>{MONTH_FULL})\b"), read_relative_month, _month_is_capitalised),
    Rule("relative_weekday", _compile(rf"\b(?:the\s+)?(?P<rel>{THIS_LAST_NEXT}|previous|following)\s+(?P<wd>{WEEKDAY})\b"), read_relative_weekday),
    Rule("relative_season", _compile(rf"(?:{PART})?\b(?P<rel>{THIS_LAST_NEXT})\s+(?P<s>{SEASON})\b"), read_relative_season),
    Rule("relative_unit", _compile(rf"(?:{PART})?\b(?P<rel>{THIS_LAST_NEXT})\s+(?P<unit>week|weekend|month|quarter|year|decade|century)\b"), read_relative_unit, _not_a_title),
    Rule("today", _compile(rf"(?:{PART})?\b(?P<w>yesterday|today|tomorrow|tonight|last\s+night)(?:\s+(?P<p>{PART_OF_DAY}))?\b"), read_today),
    Rule("part_of_day", _compile(r"\b(?:early|late|mid)[\s-]*(?P<p>morning|afternoon|evening)(?:\s+(?P<w>yesterday|today|tomorrow))?\b(?!\s+of\b)"), read_part_of_day),
    Rule("the_part_of_day", _compile(r"\bthe\s+(?P<p2>morning|afternoon|evening)\b(?!\s+of\b)"), read_part_of_day, _after("in")),
    Rule("new_year", _compile(r"\bthe\s+new\s+year\b(?!['’]s|\s+(?:day|eve|holidays?|celebrations?|festivities|party|parties|resolutions?|message|address|honou?rs|break|period|revellers|festivals?|fair|market|greetings?|wishes)\b)"), read_new_year),
    Rule("this_morning", _compile(r"(?:(?:early|late|later|earlier)\s+)?\b(?P<w>this)\s+(?P<p>morning|afternoon|evening)\b"), read_today),
    Rule("ago", _compile(rf"{APPROX}?{NUM_START}(?P<n>{NUMBER})[\s-]+(?P<unit>{UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|from\s+now|hence)\b"), read_ago),
    Rule("later", _compile(rf"{NUM_START}(?P<n>{NUMBER})[\s-]+(?P<unit>{UNIT})\s+(?:(?P<dir>later|earlier|afterwards?|prior)\b(?!\s+than\b)|(?P<dir2>before|after)\b(?=\s*(?:[,.;:)]|$|and\b|when\b)))"), read_later),
    Rule("anchored", _compile(rf"(?:{PART})?(?:\bthe\s+(?:very\s+)?(?P<which>following|next|previous|preceding|prior|same)|\bthat)\s+(?P<unit>day|week|weekend|month|quarter|year|morning|afternoon|evening|night)\b"), read_anchored),
    Rule("month_of_relative_year", _compile(rf"\b(?P<mon>{MONTH_FULL})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b|{WD}(?P<mon2>{MONTH})\s+(?P<d>{DAY}),?\s+(?:of\s+)?(?P<rel2>this|last|next)\s+year\b"), read_month_of_relative_year),
    Rule("year_end", _compile(r"\b(?:(?:the\s+)?(?:end|close)\s+of\s+the\s+year|year['’]?s?[\s-]+end|the\s+(?:full\s+|current\s+(?:fiscal\s+)?|fiscal\s+)?year\b(?!\s+(?:ended|ending|before|after|earlier|later|ago|two|when|in\s+which)\b|\s+\d|[\s-]+(?:ago|earlier)\b|['’]))\b"), read_this_year, _not_an_award),
    Rule("period_end", _compile(r"\b(?:the\s+)?(?:end|close|beginning|start|middle)\s+of\s+the\s+(?P<unit>month|week|quarter)\b"), read_this_period),
    Rule("year_ended", _compile(r"\bthe\s+(?:(?:current\s+)?fiscal\s+)?(?P<unit>year)\b"), read_duration_one, _before_ended),
    Rule("past_year", _compile(r"\bthe\s+(?:past|last|latest|most\s+recent)\s+(?:fiscal\s+)?(?P<unit>year)\b|\bthe\s+past\s+(?P<unit2>decade|century)\b"), read_past_unit),
    Rule("weekend", _compile(r"\bthe\s+weekend\b"), read_weekend),
    Rule("holiday", _compile(rf"(?:{PART})?(?:\b(?P<rel>{THIS_LAST_NEXT})\s+)?\b(?P<hol>{HOLIDAY})\b(?P<wk>\s+week\b)?(?:,?\s+(?P<y>{ANY_YEAR}){NUM_END})?"), read_holiday),
    Rule("weekday", _compile(rf"(?:{PART})?\b(?P<wd>{WEEKDAY})(?:\s+(?P<p>{PART_OF_DAY}))?\b(?!s\b)"), read_weekday, _not_a_name),
    Rule("month", _compile(rf"(?:{PART})?\b(?P<mon>{MONTH_FULL})\b(?!\s*\d)"), read_month, _both(_after_cue, _not_a_name, _month_is_capitalised)),
    Rule("season", _compile(rf"(?:{PART})?(?:\bthe\s+)?\b(?P<s>{SEASON})\b(?!\s*\d)"), read_season, _both(_after_cue, _not_a_modifier)),
)  # fmt: skip


def _anonymous(pattern: re.Pattern[str]) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern)


DATEISH = "(?:" + "|".join(_anonymous(r.pattern) for r in DATE_RULES) + ")"
DAYISH = (
    "(?:"
    + "|".join(
        _anonymous(r.pattern)
        for r in DATE_RULES
        if r.name
        in (
            "month_day_year",
            "day_month_year",
            "month_day",
            "day_month",
            "today",
            "weekday",
            "relative_weekday",
            "iso_date",
            "numeric_date",
        )
    )
    + ")"
)
_COMPOSITE = make_composite_readers(
    lambda text, context: read_expression(text, context, dates_only=True)
)

OTHER_RULES: tuple[Rule, ...] = (
    Rule("between", _compile(rf"\bbetween\s+(?P<a>{DATEISH})\s+and\s+(?P<b>{DATEISH})"), _COMPOSITE["between"]),
    Rule("from_to", _compile(rf"\bfrom\s+(?P<a>{DATEISH})\s*(?:to|through|thru|until|till|[-–—])\s*(?P<b>{DATEISH})"), _COMPOSITE["between"]),
    Rule("since", _compile(rf"\b(?:ever\s+)?since\s+(?P<a>{DATEISH})"), _COMPOSITE["since"]),
    Rule("day_before", _compile(rf"\b(?:the\s+)?day\s+(?P<dir>before|after)\s+(?P<day>{DAYISH})"), _COMPOSITE["day_before"]),
    Rule("week_of", _compile(rf"\bthe\s+week\s+of\s+(?P<day>{DAYISH_SIMPLE})"), _COMPOSITE["week_of"]),
    Rule("time_then_day", _compile(rf"{CLOCK}\s*,?\s+(?:on\s+)?(?P<day>{DAYISH})"), _COMPOSITE["time_and_day"], requires=CLOCK_ANYWHERE),
    Rule("day_then_time", _compile(rf"(?P<day>{DAYISH})\s*,?\s+(?:at\s+)?{CLOCK}"), _COMPOSITE["time_and_day"], requires=CLOCK_ANYWHERE),
    Rule("some_day", _compile(r"\bone\s+day\b"), read_some_day, _after_a_modal),
    Rule("in_the_day", _compile(r"\b(?:later|earlier)\s+in\s+the\s+day\b"), read_in_the_day),
    Rule("duration", _compile(
        rf"(?:\b(?:the\s+)?(?:last|past|next|first|previous|coming|following|final|remaining)\s+|\bthe\s+(?=[\w.,]+\s)|\b(?:an?\s+)?(?:extra|additional|another|further)\s+|\b{APPROX})?{NUM_START}"
        rf"(?!{YEAR}\s+(?:fiscal\s+)?(?:quarter|period)\b)(?P<n>{NUMBER})[\s-]+(?:more\s+|full\s+|straight\s+|consecutive\s+)?(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?:\s+long)?\b(?![\s-]*old\b)(?!-quarters?\b)"
    ), read_duration, _both(_not_a_rate, _not_a_fraction, _not_an_ordinal, _not_a_title)),
    Rule("duration_recent", _compile(r"\b(?:recent|fresh|coming)\s+(?P<unit>years|months|weeks|days|decades|quarters)\b"), read_duration),
    Rule("duration_added", _compile(rf"\ban?\s+(?:extra|additional|further)\s+(?P<unit>{UNIT})\b"), read_duration_one),
    Rule("duration_bare", _compile(r"\b(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries)\b"), read_duration, _after_duration_cue),
    Rule("duration_plural", _compile(r"\b(?P<unit>years|months|weeks|decades)(?=\s+(?:ago|later|earlier|of)\b)"), read_duration),
    Rule("set", _compile(r"\b(?P<w>hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly)\b"), read_set, _not_quarterly_figures),
    Rule("set_every", _compile(
        rf"\b(?:(?:once|twice|thrice|{NUMBER}\s+times)\s+(?:a|an|per|every|each)|every|each|per)\s+(?:other\s+)?"
        rf"(?P<unit>day|week|month|year|quarter|decade|morning|afternoon|evening|night|{WEEKDAY}|{MONTH_FULL})\b"
    ), read_set),
    Rule("weekday_set", _compile(rf"\b(?P<wd>{WEEKDAY})s(?:\s+(?P<p>mornings|afternoons|evenings|nights))?\b"), read_weekday_set),
    Rule("weekday_nights", _compile(rf"\b(?P<wd>{WEEKDAY})\s+(?P<p>mornings|afternoons|evenings|nights)\b"), read_weekday_set),
    Rule("vague", _compile(
        r"\b(?:recently|currently|nowadays|these\s+days|now|"
        r"(?:in\s+)?(?:recent|fresh)\s+times|the\s+(?:near|short|long)\s+term|"
        r"(?:in\s+)?the\s+(?:(?:near|distant|foreseeable)\s+)?(?:past|future)(?!\s+\w+\s+(?:years|months|weeks|days))|"
        r"(?:over\s+)?the\s+years|years\s+past)\b"
    ), read_vague),
    Rule("current", _compile(r"\bcurrent\b(?!\s+(?:account|affairs|events|year|quarter|fiscal|month|week)\b)"), read_vague, _before_a_word),
    Rule("clock_time", _compile(CLOCK), read_time, _not_high_noon),
    Rule("clock_in_the", _compile(rf"{NUM_START}(?P<h>1[0-2]|[1-9])(?::(?P<mi>[0-5]\d))?\s+(?:o['’]clock\s+)?in\s+the\s+(?P<p>morning|afternoon|evening)\b"), read_time),
    Rule("a_while", _compile(r"\b(?:a\s+(?:long\s+)?while|some\s+time)\b"), read_duration_vague, _after("for")),
)  # fmt: skip

RULES: tuple[Rule, ...] = OTHER_RULES + DATE_RULES
RULES_BY_NAME = {rule.name: rule for rule in RULES}


# The commonest forms of news first, so that reading one stops early; the rest in table order.
_FIRST = (
    "weekday", "today", "half", "year", "month_day", "month_day_year", "month_year", "month",
    "relative_unit", "duration", "ago", "later", "quarter", "vague",
)  # fmt: skip


def _reading_order(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    return tuple(
        sorted(rules, key=lambda r: _FIRST.index(r.name) if r.name in _FIRST else len(_FIRST))
    )


_DATE_ORDER, _ALL_ORDER = _reading_order(DATE_RULES), _reading_order(RULES)


@cache
def _anchors(dates_only: bool) -> AnchorIndex:
    """Built on first use: a run that reads everything from the cache never needs it."""
    rules = _DATE_ORDER if dates_only else _ALL_ORDER
    return AnchorIndex([anchor_sets(rule.pattern) for rule in rules])


def _candidates(dates_only: bool, text: str) -> list[Rule]:
    """The rules that may match `text`, in reading order: those whose anchors it holds."""
    rules = _DATE_ORDER if dates_only else _ALL_ORDER
    found = _anchors(dates_only).patterns_in(text.translate(FOLD), 0, len(text))
    return [rules[i] for i in found]


def read_expression(
    text: str, context: Context, *, dates_only: bool = False, first_rule: str | None = None
) -> Reading | None:
    """Read a whole expression with the first rule that matches all of it, or None.

    Args:
        dates_only: only the rules of expressions that name a date (inside "since A").
        first_rule: the rule that recognised the expression, tried before the others.
    """
    text = text.strip()
    rules = _candidates(dates_only, text)
    if first_rule in RULES_BY_NAME:
        rules.insert(0, RULES_BY_NAME[first_rule])
    for rule in rules:
        m = rule.pattern.fullmatch(text)
        if m:
            try:
                reading = rule.read(m, context)
            except (ValueError, OverflowError):  # a date beyond the calendar: year 0, 10000
                continue
            if reading is not None:
                return reading
    return None
