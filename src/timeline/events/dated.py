"""A word a time expression dates, and what a sentence's dates of its words come to: days
that run on for one word make one event over them ("met on Monday and Tuesday"); a source's
day is no event when the news has its own ("according to reports reaching here on Friday,
the meeting will be held on Wednesday")."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import Any

from timeline import edtf
from timeline.edtf import Granularity
from timeline.events.clauses import clause_head
from timeline.events.telling import according_to
from timeline.models import TimeExpression

_JOINING = re.compile(  # what joins running days: "Friday and Saturday", "March 29 until early
    # morning of March 30", "Monday or Tuesday"
    r"\s*(?:,|and|or|to|through|until|[-–—])?\s*(?:,?\s*(?:and|or)\s+)?"
    r"(?:(?:early|late)\s+)?(?:(?:morning|afternoon|evening|night)\s+of\s+)?(?:on\s+)?",
    re.I,
)


@dataclass(frozen=True)
class Dated:
    """A word a time expression dates: the verb of a clause, or an event noun (`nominal`),
    with the noun's own headline when its phrase makes one. `at_publication`: the expression
    is only the limit the act set ("gave them until Friday"), still ahead when the article
    was written, or the period of a result the act put out ("reported third-quarter
    earnings"): the act is dated by the article."""

    word: Any
    expression: TimeExpression
    nominal: bool = False
    title: str | None = None
    at_publication: bool = False


def running_days(run: list[Dated]) -> bool:
    """Two or more days of one word, each the day after the one before, written together
    ("on Friday and Saturday", "Monday or Tuesday"; not "on Tuesday and Prodi the following
    day")."""
    if len(run) < 2:
        return False
    text = run[0].word.doc.text
    for one, other in itertools.pairwise(d.expression for d in run):
        a, b = one.value, other.value
        if a is None or b is None or (b.start - a.start).days != 1:
            return False
        if not _JOINING.fullmatch(text[one.end : other.start]):
            return False
    return True


def joined_days(run: list[Dated]) -> Dated:
    """One event over running days ("met on Monday and Tuesday": Monday to Tuesday)."""
    first, last = run[0].expression, run[-1].expression
    assert first.value is not None and last.value is not None  # (days: `running_days`)
    text = run[0].word.doc.text[first.start : last.end]
    joined = replace(first, text=text, end=last.end, value=edtf.interval(first.value, last.value))
    return replace(run[0], expression=joined)


def without_a_sources_day(chosen: list[Dated]) -> list[Dated]:
    """Without the day of a source ("according to reports reaching here on Friday") when the
    sentence's main clause has its own day ("the meeting will be held on Wednesday"): the
    news is dated; the source's day is no act of the story."""
    sources = [d for d in chosen if not d.nominal and according_to(d.word)]
    if not sources:
        return chosen
    root = sources[0].word.sent.root
    days = [
        d
        for d in chosen
        if clause_head(d.word).i == root.i
        and d.expression.value is not None
        and d.expression.value.granularity is Granularity.DAY
    ]
    return [d for d in chosen if d not in sources] if days else chosen
