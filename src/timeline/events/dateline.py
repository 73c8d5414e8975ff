"""A wire dateline that opens a sentence ("SHENZHEN, May 3 (Xinhua) --", "WASHINGTON (AP) --"):
never part of a headline, and the article's own date rather than an event's."""

from __future__ import annotations

import re
from typing import Any

from timeline.nlp.reads import span_text

_DATED_OPENING = re.compile(
    r"\A[\s,]*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?P<agency>\([^()\n]{1,30}\))?"
    r"\s*(?P<dash>-{1,3}|—|–|:)?(?:\s+|\Z)"
)
_DATELINE = re.compile(
    r"\A\s*(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}){0,2}"  # ", Calif.", ", China"
    r"(?P<date>,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # ", May 3"
    r"(?:\s*(?P<agency>\([^()\n]{1,30}\))\s*(?P<dash>-{1,3}|—|–|:)?"  # "(Xinhua)", a dash or not
    r"|\s*(?P<bare>-{1,3}|—|–|:))(?:\s+|\Z)"
)


def dateline_tokens(sentence: Any) -> set[int]:
    """The tokens of a wire dateline that opens the sentence: a place in capitals or a news
    agency in brackets, an optional date, and a dash ("WASHINGTON (AP) --")."""
    text = span_text(sentence)
    found = _DATELINE.match(text)
    if found is None:
        return _dated_opening(sentence)
    place = found.group("place")
    capitals = sum(c.isupper() for c in place) > 0.6 * sum(c.isalpha() for c in place)
    if not (found.group("agency") or (capitals and len(place) >= 3)):
        return set()
    if not (found.group("dash") or found.group("bare")) and not (capitals and found.group("date")):
        return set()  # "India's Congress (I) party": a name in brackets, no dateline
    end = sentence.start_char + found.end()
    return {t.i for t in sentence if t.idx < end}


def _dated_opening(sentence: Any) -> set[int]:
    """The rest of a dateline whose place the sentence splitter cut off ("BERLIN" | ", Dec. 3
    (Xinhua) --"): a date with an agency or a dash, right after a line of capitals."""
    found = _DATED_OPENING.match(span_text(sentence))
    doc = sentence.doc
    if found is None or not (found.group("agency") or found.group("dash")) or sentence.start == 0:
        return set()
    place = [t for t in doc[max(0, sentence.start - 4) : sentence.start] if t.is_alpha]
    if not place or not all(t.is_upper for t in place[-1:]):
        return set()
    end = sentence.start_char + found.end()
    return {t.i for t in sentence if t.idx < end}


def tokens_after(sentence: Any, dateline: set[int]) -> list[Any]:
    """The sentence's tokens after its wire dateline, if any."""
    start = max(dateline) + 1 if dateline else sentence.start
    return [t for t in sentence.doc[start : sentence.end] if not t.is_space]
