"""Readers of expressions made of others ("between A and B", "since A"), holidays, and
periods of a relative year ("the year-ago quarter", "March of last year")."""

from __future__ import annotations

import re
from datetime import date

from timeline import edtf
from timeline.edtf import Granularity, NormalizedDate
from timeline.models import TimexType
from timeline.temporal.holidays import HOLIDAYS, holiday_name
from timeline.temporal.numbers import duration_value, parse_year
from timeline.temporal.readers.common import (
    QUARTERS,
    Reader,
    Reading,
    SubReader,
    day_number_of,
    direction_of,
    explicit_reading,
    month_of,
    period_of,
    relative_reading,
    safe_date,
    unit_of,
    word,
    yearless_reading,
)
from timeline.temporal.readers.relative import (
    as_comparison,
    shifted_by_years,
)
from timeline.temporal.readers.spans import (
    clock_of,
)
from timeline.temporal.resolve import Context, Tense, around


def make_composite_readers(read_date: SubReader) -> dict[str, Reader]:
    """Readers of expressions made of others ("between A and B", "since A", "10 p.m.
    Wednesday"), given the function that reads the parts."""

    def part(m: re.Match[str], group: str, context: Context) -> tuple[int, int, Reading] | None:
        reading = read_date(m.group(group), context)
        if reading is None:
            return None
        start, end = m.span(group)
        return start - m.start(), end - m.start(), reading

    def read_between(m: re.Match[str], context: Context) -> Reading | None:
        first, last = part(m, "a", context), part(m, "b", context)
        if not first or not last:
            return None
        a, b = first[2], last[2]
        if a.relative and not b.relative and b.value is not None:
            # "between January and March 2020": January of the year that March names
            here = Context(b.value, context.narrative, Tense.PAST)
            first = part(m, "a", here) or first
            a = first[2]
        elif b.relative and a.value and b.value and b.value.end < a.value.start:
            # "from today through Nov. 17": the end comes after the start
            here = Context(a.value, context.narrative, Tense.FUTURE)
            last = part(m, "b", here) or last
            b = last[2]
        if a.value is None or b.value is None:
            return Reading(
                TimexType.DATE, None, None, True, a.unresolved or b.unresolved, (first, last)
            )
        value = edtf.interval(a.value, b.value)
        return Reading(
            TimexType.DATE, value.timex, value, a.relative or b.relative, False, (first, last)
        )

    def read_since(m: re.Match[str], context: Context) -> Reading | None:
        """ "Since August 2022": the period from then to the publication date, if known."""
        found = part(m, "a", context)
        if not found:
            return None
        start = found[2]
        ref = context.reference
        if start.value is None or ref is None or ref.start <= start.value.end:
            return start._replace(parts=(found,))
        value = edtf.interval(start.value, ref)
        return start._replace(value=value, parts=(found,))

    def read_time_and_day(m: re.Match[str], context: Context) -> Reading | None:
        found = part(m, "day", context)
        clock = clock_of(m)
        if not found or clock is None:
            return None
        day = found[2]
        if day.value is None or day.value.granularity is not Granularity.DAY:
            return day._replace(type=TimexType.TIME)
        if clock == (0, 0) and "midnight" in m.group(0).lower():
            clock = (24, 0)  # "expires at midnight Friday": the end of Friday (ISO 8601's 24:00)
        clock_time = f"{day.value.timex}T{clock[0]:02d}:{clock[1]:02d}"
        return day._replace(type=TimexType.TIME, timex=clock_time)

    def read_week_of(m: re.Match[str], context: Context) -> Reading | None:
        """ "The week of March 6": the week that holds that day."""
        found = part(m, "day", context)
        if not found or found[2].value is None:
            return None
        week = edtf.week(found[2].value.start)
        return found[2]._replace(value=week, timex=week.timex, parts=())

    def read_day_before(m: re.Match[str], context: Context) -> Reading | None:
        """ "The day before last Tuesday", "the day after March 3"."""
        found = part(m, "day", context)
        if not found or found[2].value is None or found[2].value.granularity is not Granularity.DAY:
            return None
        step = -1 if word(m, "dir") == "before" else 1
        value = edtf.from_date(edtf.shift(found[2].value.start, step, "day"))
        return Reading(TimexType.DATE, value.timex, value, relative=True)

    return {
        "day_before": read_day_before,
        "between": read_between,
        "since": read_since,
        "time_and_day": read_time_and_day,
        "week_of": read_week_of,
    }


def read_holiday(m: re.Match[str], context: Context) -> Reading | None:
    """ "Christmas Day 2020", "last Thanksgiving", "on Easter"."""
    day_of = HOLIDAYS[holiday_name(m.group("hol"))]
    week = bool(m.groupdict().get("wk"))  # "Easter week", "Christmas week": the holiday's week
    if m.groupdict().get("y"):
        day = safe_date(lambda: edtf.from_date(day_of(parse_year(m.group("y")))))
        return explicit_reading(period_of(day.start, "week") if day and week else day)
    step = direction_of(word(m, "rel")) if m.groupdict().get("rel") else 0
    tense = {-1: Tense.PAST, 1: Tense.FUTURE}.get(step, context.tense)
    here = Context(context.reference, context.narrative, tense)
    if week:
        return yearless_reading(
            here, lambda y: safe_date(lambda: period_of(day_of(y), "week")), "XXXX-WXX"
        )
    return yearless_reading(
        here, lambda y: safe_date(lambda: edtf.from_date(day_of(y))), "XXXX-XX-XX"
    )


def _quarter_number(m: re.Match[str], context: Context) -> int | None:
    """The quarter the expression names, or the one the text is about ("the 1988 period")."""
    if m.groupdict().get("q"):
        return QUARTERS[word(m, "q")]
    narrative = context.narrative
    if narrative is not None and narrative.granularity is Granularity.QUARTER:
        return (narrative.start.month - 1) // 3 + 1
    return None


def read_year_ago_period(m: re.Match[str], context: Context) -> Reading | None:
    """ "The year-ago quarter", "year-earlier", "the corresponding period last year": the
    period the text is about, a year before."""
    q = _quarter_number(m, context)
    base = _current_period(context)
    if base is None:
        return relative_reading(None, "XXXX")
    if q is None and "quarter" in m.group(0).lower() and base.granularity in _IN_A_QUARTER:
        # "the year-ago quarter": the quarter of the day or month named ("ended Sept. 30"),
        # else the last that ended before the article
        day = base.start if base is not context.reference else edtf.shift(base.start, -1, "quarter")
        q = (day.month - 1) // 3 + 1
        base = edtf.from_date(day)
    if q is not None:
        base_year = base.start.year if base.granularity is Granularity.QUARTER else base.end.year
        return as_comparison(
            relative_reading(safe_date(lambda: edtf.quarter(base_year - 1, q)), "XXXX")
        )
    if base is context.reference:
        value = around(base, lambda d: edtf.year(d.year - 1))
        return as_comparison(relative_reading(value, "XXXX"))
    return as_comparison(relative_reading(shifted_by_years(base, -1), "XXXX"))


_IN_A_QUARTER = (Granularity.DAY, Granularity.MONTH)


def _current_period(context: Context) -> NormalizedDate | None:
    """The period a results story is about: the last date it named, when that lies within the
    year before the article; else the article's date ("year-ago" in a story about 1988
    is 1988 when it was written in 1989)."""
    narrative, reference = context.narrative, context.reference
    if narrative is None or reference is None:
        return narrative or reference
    if narrative.start > reference.end:
        return reference  # a forecast ("losses through the third quarter of 1990") reports nothing
    return narrative if narrative.start > edtf.shift(reference.start, -1, "year") else reference


def read_year_period(m: re.Match[str], context: Context) -> Reading | None:
    """ "The 1988 period", "the 1988 second quarter": a quarter of that year when the text is
    about quarters, else the year."""
    y = parse_year(m.group("y"))
    q = _quarter_number(m, context)
    value = (
        safe_date(lambda: edtf.quarter(y, q)) if q is not None else safe_date(lambda: edtf.year(y))
    )
    return explicit_reading(value)


def read_relative_year_quarter(m: re.Match[str], context: Context) -> Reading | None:
    """ "Last year's quarter", "next year's first quarter", "this year's third quarter"."""
    step = direction_of(word(m, "rel"))
    q = _quarter_number(m, context)
    if q is None:  # the quarter the news is about: the last that ended before the article

        def compute(d: date) -> NormalizedDate:
            latest = edtf.shift(d, -1, "quarter")
            return edtf.quarter(d.year + step, (latest.month - 1) // 3 + 1)

        return relative_reading(around(context.reference, compute), "XXXX-QX")
    value = around(context.reference, lambda d: edtf.quarter(d.year + step, q))
    return relative_reading(value, f"XXXX-Q{q}")


def read_relative_half(m: re.Match[str], context: Context) -> Reading | None:
    """ "The first half of this year", "last year's second half"."""
    step = direction_of(word(m, "rel") or word(m, "rel2"))
    h = 1 if (word(m, "h") or word(m, "h2")) in ("first", "1st") else 2
    value = around(context.reference, lambda d: edtf.half(d.year + step, h))
    return relative_reading(value, f"XXXX-H{h}")


def read_duration_vague(m: re.Match[str], context: Context) -> Reading | None:
    """ "For a while", "for some time": a length no one measured."""
    return Reading(TimexType.DURATION, "PXX")


def read_duration_one(m: re.Match[str], context: Context) -> Reading | None:
    """ "An additional year": one unit."""
    return Reading(TimexType.DURATION, duration_value(1, unit_of(m)))


def read_month_of_relative_year(m: re.Match[str], context: Context) -> Reading | None:
    """ "January this year", "June last year", "December 14 this year"."""
    if m.group("mon2"):
        mon, dom, step = month_of(m, "mon2"), day_number_of(m), direction_of(word(m, "rel2"))
        value = around(context.reference, lambda d: edtf.day(d.year + step, mon, dom))
        return relative_reading(value, f"XXXX-{mon:02d}-{dom:02d}")
    mon, step = month_of(m), direction_of(word(m, "rel"))
    value = around(context.reference, lambda d: edtf.month(d.year + step, mon))
    return relative_reading(value, f"XXXX-{mon:02d}")


def read_past_unit(m: re.Match[str], context: Context) -> Reading | None:
    """ "The past year" is last year; "the past decade" the ten years up to now."""
    if word(m, "unit"):
        return relative_reading(around(context.reference, lambda d: edtf.year(d.year - 1)), "XXXX")
    return Reading(TimexType.DURATION, duration_value(1, word(m, "unit2")))


def read_this_period(m: re.Match[str], context: Context) -> Reading | None:
    """ "The end of the month", "the middle of the week": the month or week of the article."""
    unit = unit_of(m)
    return relative_reading(around(context.reference, lambda d: period_of(d, unit)), "XXXX")


def read_new_year(m: re.Match[str], context: Context) -> Reading | None:
    """ "Early in the new year": the year about to begin, or the one just begun."""
    value = around(context.reference, lambda d: edtf.year(d.year + (1 if d.month >= 7 else 0)))
    return relative_reading(value, "XXXX")


def read_this_year(m: re.Match[str], context: Context) -> Reading | None:
    """ "Year-end", "the end of the year", "the full year": the year of the article."""
    return relative_reading(around(context.reference, lambda d: edtf.year(d.year)), "XXXX")
