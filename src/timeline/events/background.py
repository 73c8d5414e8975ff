"""Background told in passing: a participle set off by commas that describes the subject of
another clause ("The HDB, set up in 1960 as the sole housing authority, has built…", "Sobhraj,
linked to murders across Asia in the 1970s, was deported…"), dated only by a year or longer
before the article's year. The sentence's news is the other clause; the description names a
date of the thing's past. It is no row of a reader's timeline; an entity timeline keeps it."""

from __future__ import annotations

from typing import Any

from timeline.edtf import Granularity, NormalizedDate

_YEARS_OR_LONGER = frozenset({Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY})


def told_in_passing(
    word: Any, date: NormalizedDate | None, published: NormalizedDate | None
) -> bool:
    """`word` is such a participle and `date` such a date (see the module docstring)."""
    if date is None or published is None or date.granularity not in _YEARS_OR_LONGER:
        return False
    if date.end.year >= published.start.year:
        return False  # "the budget, unveiled in parliament this year": the year's news
    if word.dep_ != "acl" or word.tag_ != "VBN" or word.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    left = word.left_edge.i
    return left > 0 and bool(word.doc[left - 1].text == ",")
