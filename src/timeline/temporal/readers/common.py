"""What every reader shares: the `Reading` a rule's match becomes, and small helpers."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from timeline import edtf
from timeline.edtf import Granularity, NormalizedDate
from timeline.models import TimexType
from timeline.temporal.resolve import Context, nearest_occurrence
from timeline.temporal.vocabulary import (
    MONTHS,
    ORDINAL_WORDS,
    SYNONYMS,
    UNITS,
)


class Reading(NamedTuple):
    """What a time expression means.

    Attributes:
        type: the TIMEX3 type.
        timex: the TIMEX3 value ("2020-04", "P3M", "PAST_REF", "XXXX-06-04"), if known.
        value: the date or period it names, when it names one that can date an event.
        relative: it needed a reference date (publication date or an earlier date).
        unresolved: it needed a reference date that was not there.
        parts: for "between A and B" and "since A", the readings of A and B with their
            character offsets inside the expression (TimeML tags them separately).
        narrates: later expressions may count from it ("two months later"); not so for a
            comparison with the year before ("up from $3 million a year earlier"), which
            does not move the story's time.
    """

    type: TimexType
    timex: str | None
    value: NormalizedDate | None = None
    relative: bool = False
    unresolved: bool = False
    parts: tuple[tuple[int, int, Reading], ...] = ()
    narrates: bool = True


Reader = Callable[[re.Match[str], Context], Reading | None]
# Set by the grammar: reads a sub-expression ("between A and B") with the date rules.
SubReader = Callable[[str, Context], Reading | None]

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI", "midday": "MI", "noon": "MI", "last night": "NI",
}  # fmt: skip


# ---------------------------------------------------------------------------------------------
# small helpers

QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "1st": 1, "2nd": 2,
             "3rd": 3, "4th": 4}  # fmt: skip


def word(m: re.Match[str], group: str) -> str:
    text = m.group(group) if group in m.re.groupindex else None
    return " ".join(text.lower().strip(" .'’-").split()) if text else ""


def month_of(m: re.Match[str], group: str = "mon") -> int:
    return MONTHS[word(m, group)]


def day_number_of(m: re.Match[str], group: str = "d") -> int:
    text = m.group(group)
    digits = re.sub(r"\D", "", text)
    return (
        int(digits) if digits else ORDINAL_WORDS[" ".join(text.lower().replace("-", " ").split())]
    )


def unit_of(m: re.Match[str]) -> str:
    unit = word(m, "unit")
    unit = unit[:-1] if unit.endswith("s") and unit[:-1] in UNITS else unit
    return "century" if unit == "centurie" else unit


def safe_date(make: Callable[[], NormalizedDate]) -> NormalizedDate | None:
    """Build a date, or None when the numbers do not form one (February 30)."""
    try:
        return make()
    except (ValueError, OverflowError):
        return None


def explicit_reading(value: NormalizedDate | None) -> Reading | None:
    if value is None:
        return None
    return Reading(TimexType.DATE, value.timex, value)


def relative_reading(value: NormalizedDate | None, timex_unknown: str) -> Reading:
    if value is None:
        return Reading(TimexType.DATE, timex_unknown, None, relative=True, unresolved=True)
    return Reading(TimexType.DATE, value.timex, value, relative=True)


def yearless_reading(
    context: Context, make: Callable[[int], NormalizedDate | None], timex_unknown: str
) -> Reading:
    return relative_reading(nearest_occurrence(context, make), timex_unknown)


def direction_of(rel: str) -> int:
    rel = SYNONYMS.get(rel, rel)
    if rel.startswith("this ") and rel != "this":
        rel = rel.split()[1]
    rel = SYNONYMS.get(rel, rel)
    return {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(
        rel, 0
    )


def with_part_of_day(reading: Reading, part: str) -> Reading:
    """ "Wednesday night": a TIME whose value is the day with the part of day, "…TNI"."""
    code = PARTS_OF_DAY.get(part)
    if not code or reading.value is None or reading.value.granularity is not Granularity.DAY:
        return reading._replace(type=TimexType.TIME) if code else reading
    return reading._replace(type=TimexType.TIME, timex=f"{reading.value.timex}T{code}")


def period_of(d: date, unit: str) -> NormalizedDate:
    """The calendar unit ("week", "month", "year"…) that contains day `d`."""
    if unit in ("week", "weekend", "fortnight"):
        return edtf.week(d, weekend=unit == "weekend")
    if unit in ("day", "hour", "minute", "second"):
        return edtf.from_date(d)
    granularity = {
        "month": Granularity.MONTH,
        "quarter": Granularity.QUARTER,
        "decade": Granularity.DECADE,
        "century": Granularity.CENTURY,
    }.get(unit, Granularity.YEAR)
    return edtf.at_granularity(d, granularity)


def shift_date(d: date, amount: float, unit: str) -> date:
    """Move day `d` by a possibly fractional amount of units ("a year and a half ago")."""
    per_day = {"hour": 24, "minute": 24 * 60, "second": 24 * 3600}.get(unit)
    if per_day:
        return edtf.shift(d, int(amount / per_day), "day")
    if unit == "fortnight":
        amount *= 2
    unit = shift_unit_of(unit)
    if float(amount).is_integer():
        return edtf.shift(d, int(amount), unit)
    months = {"year": 12, "decade": 120, "century": 1200, "quarter": 3, "month": 1}.get(unit)
    if months:
        return edtf.shift(d, round(amount * months), "month")
    return edtf.shift(d, round(amount * (7 if unit == "week" else 1)), "day")


def result_unit_of(unit: str) -> str:
    """The precision of "N units ago": a day for days and hours, a week for weeks…"""
    return {"hour": "day", "minute": "day", "second": "day", "fortnight": "week",
            "decade": "year", "century": "year", "quarter": "month"}.get(unit, unit)  # fmt: skip


def shift_unit_of(unit: str) -> str:
    return {"weekend": "week", "fortnight": "week"}.get(unit, unit)
