"""Figures of a sentence: vote tallies, counts with what they count, money, percentages."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from timeline.events.clauses import clause_head, entities_between
from timeline.models import Figure
from timeline.nlp.reads import span_text, token_starts

_FIGURE_KINDS = {
    "CARDINAL": "count",
    "MONEY": "money",
    "PERCENT": "percent",
    "QUANTITY": "quantity",
}
_NOT_A_COUNT = re.compile(
    r"\b(?:magnitude|precinct|district|ward|room|no|number|route|highway|section|article|"
    r"chapter|page|flight|unit|game|round|grade|level|category|phase|stage|size)\.?\s*$",
    re.IGNORECASE,
)
_MAGNITUDE = re.compile(r"[\s-]*(?:magnitude|earthquake|quake)\b", re.IGNORECASE)
_TALLY = re.compile(
    r"\b(?:vot(?:ed|es?|ing)|by\s+a\s+(?:vote|margin)\s+of|vote\s+of)\s+(\d{1,3})\s*(?:to|-|–)\s*(\d{1,3})\b"
    r"|\b(\d{1,3})\s*[-–]\s*(\d{1,3})\b(?!\s*[-–/]\d)"
    r"|\b(\d{1,3})\s+(?:votes?\s+)?(?:against|in\s+favou?r|for|to)\b[^.;]{0,25}?\b(\d{1,3})\s+"
    r"(?:votes?\s+)?(?:in\s+favou?r|against|for|opposed)\b",
    re.IGNORECASE,
)

FigureAt = tuple[int, int, Figure]  # first token, end token, figure


def sentence_figures(sentence: Any) -> list[FigureAt]:
    """Vote tallies ("39-11", "voted 52 to 48", "39 against and 11 in favor"), counts with what
    they count ("at least 8,000 migrants", "14 requests"), amounts and percentages of a
    sentence, each with its token range; read once per sentence."""
    doc = sentence.doc
    text = span_text(sentence)
    offset = sentence.start_char
    starts = [i - offset for i in token_starts(doc)[sentence.start : sentence.end]]
    found: list[FigureAt] = []
    tallied: list[tuple[int, int]] = []
    for m in _TALLY.finditer(text):
        yes, no = next((a, b) for a, b in zip(m.groups()[::2], m.groups()[1::2], strict=True) if a)
        first = sentence.start + bisect_right(starts, m.start()) - 1
        last = sentence.start + bisect_left(starts, m.end())
        found.append((first, last, Figure(f"{yes}–{no}", "tally")))
        tallied.append((sentence.start_char + m.start(), sentence.start_char + m.end()))
    for ent in entities_between(doc, sentence.start, sentence.end):
        kind = _FIGURE_KINDS.get(ent.label_)
        if kind is None or any(s < ent.end_char and ent.start_char < e for s, e in tallied):
            continue
        if kind == "count" and (
            _NOT_A_COUNT.search(
                text[max(0, ent.start_char - offset - 12) : ent.start_char - offset]
            )
            or _MAGNITUDE.match(text[ent.end_char - offset : ent.end_char - offset + 12])
        ):
            continue  # "precinct 12", "No. 5", "a magnitude 7.1 earthquake"
        if kind == "count" and not any(c.isdigit() for c in ent.text) and ent.root.dep_ != "nummod":
            continue
        shown, last = ent.text, ent.end  # (not `text`: the sentence's, read again above)
        if kind == "count" and ent.root.dep_ == "nummod" and ent.root.head.i >= ent.end:
            last = ent.root.head.i + 1
            shown = span_text(doc[ent.start : last])  # "14 requests"
        found.append((ent.start, last, Figure(shown, kind)))
    return found


def figures_of(
    found: list[FigureAt], skip: set[int], clause: Any | None = None
) -> tuple[Figure, ...]:
    """The figures of `found` inside the clause of `clause` (a predicate), or all of them;
    none that overlaps a time expression."""
    if clause is not None:
        head = clause_head(clause)
        first, last = head.left_edge.i, head.right_edge.i + 1
    else:
        first, last = 0, 10**9
    return tuple(
        dict.fromkeys(
            f
            for s, e, f in found
            if first <= s and e <= last and not any(i in skip for i in range(s, e))
        )
    )
