"""Background told in passing: a participle set off by commas that describes a noun of
another clause ("The HDB, set up in 1960 as the sole housing authority, has built…", "Sobhraj,
linked to murders across Asia in the 1970s, was deported…", "could not fill the stadium,
renamed after Puskas in 2002"), dated only by a year or longer before the article's year,
unless it names who did it ("the Act, signed in 2017 by then-Gov. Bruce Rauner,"). The
sentence's news is the other clause; the description names a date of the thing's past. It is
no row of a reader's timeline; an entity timeline keeps it."""

from __future__ import annotations

from typing import Any

from timeline.edtf import Granularity, NormalizedDate

_YEARS_OR_LONGER = frozenset({Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY})
_DOERS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def told_in_passing(
    word: Any, date: NormalizedDate | None, published: NormalizedDate | None
) -> bool:
    """`word` is such a participle and `date` such a date (see the module docstring)."""
    if date is None or published is None or date.granularity not in _YEARS_OR_LONGER:
        return False
    if date.end.year >= published.start.year:
        return False  # "the budget, unveiled in parliament this year": the year's news
    if word.tag_ != "VBN" or _named_agent(word):
        return False  # (an act its doer names is told: "the Act, signed in 2017 by Gov. X,")
    left = word.left_edge.i
    # "the stadium, renamed after Puskas in 2002, …" (one opening the sentence stays its
    # subject's: "Founded in 1990, the firm expanded")
    return (
        word.dep_ == "acl"
        and word.head.dep_ != "ROOT"  # (a noun the parse left as the root has no other clause)
        and left > 0
        and bool(word.doc[left - 1].text == ",")
    )


def _named_agent(participle: Any) -> bool:
    """The participle names who did it: "by then-Gov. Bruce Rauner", "by rebel Serbs"."""
    return any(
        obj.ent_type_ in _DOERS or obj.pos_ == "PROPN"
        for agent in participle.children
        if agent.dep_ == "agent"
        for obj in agent.children
        if obj.dep_ == "pobj"
    )
