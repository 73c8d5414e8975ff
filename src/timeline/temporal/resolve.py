"""Resolving relative and year-less expressions against a reference date.

The reference (an article's publication date, or the last date the text named) may itself be
imprecise: "2020" or "2023-05". An answer is never more precise than that evidence allows:
when the answer depends on where in the reference period the article was written, the answer
is the reference period itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from timeline import edtf
from timeline.edtf import NormalizedDate

# Days before the reference a date told in the future may lie and still be this year's: "is
# due to reach Albania by April 24" in April 25's paper was written the day before, or the
# plan has slipped; it is not next year's April 24.
FUTURE_SLACK_DAYS = 7
# A day told in the past tense that would lie more than this far back, and at most
# `NEAR_AHEAD_DAYS` ahead, is the day ahead ("have cast their vote in the May 1 elections").
YEAR_GONE_DAYS = 300
NEAR_AHEAD_DAYS = 30


class Tense(StrEnum):
    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


@dataclass(frozen=True)
class Context:
    """What a time expression is read against.

    Attributes:
        reference: the document's publication date, if known.
        narrative: the last date the text itself named before this expression, if any.
        tense: the tense of the clause the expression sits in, if known.
        day_ahead: a day of the month told in the past may be the day just ahead when the
            past reading lies a year back (`YEAR_GONE_DAYS`, `NEAR_AHEAD_DAYS`).
    """

    reference: NormalizedDate | None = None
    narrative: NormalizedDate | None = None
    tense: Tense | None = None
    day_ahead: bool = False


def around(
    reference: NormalizedDate | None, compute: Callable[[date], NormalizedDate | None]
) -> NormalizedDate | None:
    """Apply `compute` to the first and last day of `reference`; keep only what both agree on."""
    if reference is None:
        return None
    if reference.start == reference.end:
        return compute(reference.start)
    earliest, latest = compute(reference.start), compute(reference.end)
    if earliest is None or latest is None:
        return None
    if earliest == latest:
        return earliest
    if reference.overlaps(earliest) or reference.overlaps(latest):
        return reference
    return edtf.interval(earliest, latest)


def nearest_occurrence(
    context: Context, make: Callable[[int], NormalizedDate | None]
) -> NormalizedDate | None:
    """The year-less date ("March 28", "February", "summer") meant relative to the reference.

    In a past-tense clause it is the latest occurrence that starts by the end of the reference
    period; in a future-tense clause the earliest that ends after its start (or at most
    `FUTURE_SLACK_DAYS` before it); otherwise the occurrence closest to the reference.
    """
    reference = context.reference
    if reference is None:
        return None
    candidates = [
        value for y in range(reference.end.year - 1, reference.end.year + 2) if (value := make(y))
    ]
    if not candidates:
        return None
    if context.tense is Tense.PAST:
        past = [c for c in candidates if c.start <= reference.end]
        latest = max(past) if past else None
        ahead = [c for c in candidates if c.start > reference.end]
        if context.day_ahead and latest is not None and _gone_or_near(latest, ahead, reference):
            return min(ahead)  # "the May 1 elections" in April 20's paper: not last year's
        return latest
    if context.tense is Tense.FUTURE:
        earliest = edtf.shift(reference.start, -FUTURE_SLACK_DAYS, "day")
        future = [c for c in candidates if c.end >= earliest]
        return min(future) if future else None
    middle = reference.start.toordinal() + (reference.end - reference.start).days // 2

    def distance(value: NormalizedDate) -> int:
        if value.start.toordinal() <= middle <= value.end.toordinal():
            return 0
        return min(abs(value.start.toordinal() - middle), abs(value.end.toordinal() - middle))

    return min(candidates, key=lambda c: (distance(c), c.start))


def _gone_or_near(
    past: NormalizedDate, ahead: list[NormalizedDate], reference: NormalizedDate
) -> bool:
    """A day that, read as past, lies a year back and, read ahead, within days: news names a
    day a year gone with its year, so a past tense near it tells the thing set for it."""
    if past.granularity is not edtf.Granularity.DAY or not ahead:
        return False
    back = (reference.start - past.end).days
    forward = (min(ahead).start - reference.end).days
    return back > YEAR_GONE_DAYS and forward <= NEAR_AHEAD_DAYS


def weekday_near(d: date, weekday: int, direction: int) -> date:
    """The given weekday on or before (-1), after (+1) or nearest to (0) day `d`."""
    delta = weekday - d.weekday()
    if direction < 0:
        delta = delta - 7 if delta > 0 else delta
    elif direction > 0:
        delta = delta + 7 if delta <= 0 else delta
    elif delta > 3:
        delta -= 7
    elif delta < -3:
        delta += 7
    return edtf.shift(d, delta, "day")
