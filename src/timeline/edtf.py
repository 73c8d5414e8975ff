"""Dates with their precision: EDTF strings, the days they cover, and TIMEX3 values.

A `NormalizedDate` never pretends to know more than its source: "March 2020" is the month
2020-03 covering 2020-03-01..2020-03-31, not the day 2020-03-01.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple


class Granularity(StrEnum):
    """How precise a date is, finest first."""

    DAY = "day"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    INTERVAL = "interval"


SEASONS = ("spring", "summer", "autumn", "winter")
_SEASON_CODE = {name: 21 + i for i, name in enumerate(SEASONS)}
_SEASON_TIMEX = {"spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI"}
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}


class NormalizedDate(NamedTuple):
    """A date or period: its EDTF string, first and last day, granularity and TIMEX3 value.

    Ordering is chronological: by first day, then the wider period first, so that `2020`
    sorts before `2020-01-15`. (A named tuple: immutable, ordered, and cheap to make, which
    matters in the normaliser's hot path.)
    """

    start: date
    sort_span: int
    end: date
    edtf: str
    granularity: Granularity
    timex: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def overlaps(self, other: NormalizedDate) -> bool:
        return self.start <= other.end and other.start <= self.end


def _make(
    start: date, end: date, edtf: str, granularity: Granularity, timex: str
) -> NormalizedDate:
    return NormalizedDate(start, -(end - start).days, end, edtf, granularity, timex)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def day(year: int, month: int, dom: int) -> NormalizedDate:
    return from_date(date(year, month, dom))


def from_date(d: date) -> NormalizedDate:
    text = d.isoformat()
    return NormalizedDate(d, 0, d, text, Granularity.DAY, text)


def month(year: int, mon: int) -> NormalizedDate:
    text = f"{year:04d}-{mon:02d}"
    return _make(
        date(year, mon, 1), date(year, mon, _last_day(year, mon)), text, Granularity.MONTH, text
    )


def year(y: int) -> NormalizedDate:
    text = f"{y:04d}"
    return _make(date(y, 1, 1), date(y, 12, 31), text, Granularity.YEAR, text)


def season(y: int, name: str) -> NormalizedDate:
    """A meteorological season; winter Y runs from December Y to February Y+1."""
    first, last = _SEASON_MONTHS[name]
    end_year = y + 1 if name == "winter" else y
    start = date(y, first, 1)
    end = date(end_year, last, _last_day(end_year, last))
    return _make(
        start,
        end,
        f"{y:04d}-{_SEASON_CODE[name]}",
        Granularity.SEASON,
        f"{y:04d}-{_SEASON_TIMEX[name]}",
    )


def quarter(y: int, q: int) -> NormalizedDate:
    first = 3 * (q - 1) + 1
    start = date(y, first, 1)
    end = date(y, first + 2, _last_day(y, first + 2))
    return _make(start, end, f"{y:04d}-{32 + q}", Granularity.QUARTER, f"{y:04d}-Q{q}")


def half(y: int, h: int) -> NormalizedDate:
    first, last = (1, 6) if h == 1 else (7, 12)
    return _make(
        date(y, first, 1),
        date(y, last, _last_day(y, last)),
        f"{y:04d}-{first:02d}/{y:04d}-{last:02d}",
        Granularity.INTERVAL,
        f"{y:04d}-H{h}",
    )


def week(d: date, *, weekend: bool = False) -> NormalizedDate:
    """The ISO week (Monday to Sunday) that contains day `d`, or its weekend."""
    monday = d - timedelta(days=d.weekday())
    first = monday + timedelta(days=5) if weekend else monday
    last = monday + timedelta(days=6)
    iso_year, iso_week, _ = d.isocalendar()
    timex = f"{iso_year:04d}-W{iso_week:02d}" + ("-WE" if weekend else "")
    return _make(
        first, last, f"{first.isoformat()}/{last.isoformat()}", Granularity.INTERVAL, timex
    )


def decade(first_year: int) -> NormalizedDate:
    """The decade starting at `first_year` (a multiple of ten): 1980 gives `198X`."""
    first_year -= first_year % 10
    return _make(
        date(first_year, 1, 1),
        date(first_year + 9, 12, 31),
        f"{first_year // 10:03d}X",
        Granularity.DECADE,
        f"{first_year // 10:03d}",
    )


def century(first_year: int) -> NormalizedDate:
    """The century whose years start with `first_year // 100`: 1900 gives `19XX`."""
    first_year -= first_year % 100
    return _make(
        date(max(first_year, 1), 1, 1),
        date(first_year + 99, 12, 31),
        f"{first_year // 100:02d}XX",
        Granularity.CENTURY,
        f"{first_year // 100:02d}",
    )


def interval(first: NormalizedDate, last: NormalizedDate) -> NormalizedDate:
    """The period from the start of `first` to the end of `last`."""
    head = first if first.start <= last.start else last
    tail = last if last.end >= first.end else first
    if head == tail:  # one holds the other
        return head
    return _make(
        head.start,
        tail.end,
        f"{head.edtf.split('/')[0]}/{tail.edtf.split('/')[-1]}",
        Granularity.INTERVAL,
        f"{head.timex}/{tail.timex}",
    )


def at_granularity(d: date, granularity: Granularity) -> NormalizedDate:
    """The period of the given granularity that contains day `d`."""
    if granularity is Granularity.DAY:
        return from_date(d)
    if granularity is Granularity.MONTH:
        return month(d.year, d.month)
    if granularity is Granularity.QUARTER:
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if granularity is Granularity.DECADE:
        return decade(d.year)
    if granularity is Granularity.CENTURY:
        return century(d.year)
    return year(d.year)


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    y, m = divmod(index, 12)
    return date(y, m + 1, min(d.day, _last_day(y, m + 1)))


def shift(d: date, amount: int, unit: str) -> date:
    """Move day `d` by `amount` units (day, week, month, quarter, year, decade, century)."""
    if unit == "day":
        return d + timedelta(days=amount)
    if unit == "week":
        return d + timedelta(weeks=amount)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    return add_months(d, amount * months)


_EDTF_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_EDTF_OTHER = re.compile(r"(\d{3})X|(\d{2})XX")


def parse_edtf(text: str) -> NormalizedDate:
    """Parse the EDTF values this project writes (days, months, years, seasons, quarters,
    decades, centuries and intervals of those). Raises ValueError on anything else."""
    text = text.strip()
    if "/" in text:
        first, _, last = text.partition("/")
        return interval(parse_edtf(first), parse_edtf(last))
    m = _EDTF_DAY.fullmatch(text)
    if m:
        y, mon, dom = m.groups()
        if dom:
            return day(int(y), int(mon), int(dom))
        if mon:
            code = int(mon)
            if 21 <= code <= 24:
                return season(int(y), SEASONS[code - 21])
            if 33 <= code <= 36:
                return quarter(int(y), code - 32)
            return month(int(y), code)
        return year(int(y))
    m = _EDTF_OTHER.fullmatch(text)
    if m:
        dec, cent = m.groups()
        return decade(int(dec) * 10) if dec else century(int(cent) * 100)
    raise ValueError(f"not an EDTF date this tool understands: {text!r}")
