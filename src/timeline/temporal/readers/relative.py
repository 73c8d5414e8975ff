"""Readers of dates relative to the publication date or the narrative date: today, last
month, next Friday, this summer, three weeks ago, two months later, the following day."""

from __future__ import annotations

import re
from datetime import date

from timeline import edtf
from timeline.edtf import Granularity, NormalizedDate
from timeline.models import TimexType
from timeline.temporal.numbers import duration_value, parse_count
from timeline.temporal.readers.common import (
    PARTS_OF_DAY,
    Reading,
    direction_of,
    month_of,
    period_of,
    relative_reading,
    result_unit_of,
    safe_date,
    shift_date,
    shift_unit_of,
    unit_of,
    with_part_of_day,
    word,
    yearless_reading,
)
from timeline.temporal.resolve import Context, Tense, around, weekday_near
from timeline.temporal.vocabulary import (
    SEASON_WORDS,
    WEEKDAYS,
)


def read_today(m: re.Match[str], context: Context) -> Reading | None:
    w = word(m, "w")
    offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(w, 0)
    value = around(context.reference, lambda d: edtf.from_date(edtf.shift(d, offset, "day")))
    reading = relative_reading(value, "XXXX-XX-XX")
    part = w if w in ("tonight", "last night") else word(m, "p")
    return with_part_of_day(reading, part) if part else reading


def read_relative_unit(m: re.Match[str], context: Context) -> Reading | None:
    unit, step = unit_of(m), direction_of(word(m, "rel"))
    value = around(
        context.reference, lambda d: period_of(edtf.shift(d, step, shift_unit_of(unit)), unit)
    )
    return relative_reading(value, "XXXX")


def read_latest_quarter(m: re.Match[str], context: Context) -> Reading | None:
    """ "The quarter", "the latest quarter": in news of quarterly results, the last quarter
    that ended before the article (the current one with "current")."""
    step = 0 if "current" in m.group(0).lower() else -1
    value = around(
        context.reference, lambda d: period_of(edtf.shift(d, step, "quarter"), "quarter")
    )
    return relative_reading(value, "XXXX-QX")


def read_relative_month(m: re.Match[str], context: Context) -> Reading | None:
    mon, step = month_of(m), direction_of(word(m, "rel"))

    def compute(d: date) -> NormalizedDate:
        y = d.year
        if step < 0:
            y = y if mon < d.month else y - 1
        elif step > 0:
            y = y if mon > d.month else y + 1
        return edtf.month(y, mon)

    return relative_reading(around(context.reference, compute), f"XXXX-{mon:02d}")


def read_relative_weekday(m: re.Match[str], context: Context) -> Reading | None:
    wd, step = WEEKDAYS[word(m, "wd")], direction_of(word(m, "rel"))
    step = step or 1
    narrative = context.narrative
    anaphoric = word(m, "rel") in ("previous", "following")
    if anaphoric and narrative is not None and narrative.granularity is Granularity.DAY:
        # "the previous Friday" counts from the day the text is about, not from today
        start = edtf.shift(narrative.start, -1, "day") if step < 0 else narrative.start
        near = weekday_near(start, wd, step)
        return relative_reading(edtf.from_date(near), f"XXXX-WXX-{wd + 1}")

    def compute(d: date) -> NormalizedDate:
        # "last Friday" written on a Friday is the Friday before
        start = edtf.shift(d, -1, "day") if step < 0 else d
        return edtf.from_date(weekday_near(start, wd, step))

    value = around(context.reference, compute)
    return relative_reading(value, f"XXXX-WXX-{wd + 1}")


def _season_timex(name: str) -> str:
    return f"XXXX-{edtf.season(2000, name).timex[5:]}"


def read_relative_season(m: re.Match[str], context: Context) -> Reading | None:
    name, step = SEASON_WORDS[word(m, "s")], direction_of(word(m, "rel"))
    if step == 0:
        value = around(context.reference, lambda d: edtf.season(d.year, name))
        return relative_reading(value, _season_timex(name))

    def compute(d: date) -> NormalizedDate:
        """ "Last spring" is the spring that ended before the day, "next summer" the one that
        starts after it (not the season we are in)."""
        seasons = [edtf.season(y, name) for y in range(d.year - 2, d.year + 2)]
        if step < 0:
            return max(s for s in seasons if s.end < d)
        return min(s for s in seasons if s.start > d)

    return relative_reading(around(context.reference, compute), _season_timex(name))


def read_weekday(m: re.Match[str], context: Context) -> Reading | None:
    """A bare weekday: in news, the last one before the article unless the clause speaks of
    the future."""
    wd = WEEKDAYS[word(m, "wd")]
    # news in the present with a weekday tells a schedule: "The trial begins Saturday"
    step = {Tense.FUTURE: 1, Tense.PRESENT: 0}.get(context.tense or Tense.PAST, -1)
    # "will be covered on Friday" in Friday's paper is that day: a week ahead is "next Friday"
    start = (lambda d: edtf.shift(d, -1, "day")) if step > 0 else (lambda d: d)
    value = around(context.reference, lambda d: edtf.from_date(weekday_near(start(d), wd, step)))
    reading = relative_reading(value, f"XXXX-WXX-{wd + 1}")
    part = word(m, "p")
    return with_part_of_day(reading, part) if part else reading


def read_month(m: re.Match[str], context: Context) -> Reading | None:
    mon = month_of(m)
    return yearless_reading(context, lambda y: edtf.month(y, mon), f"XXXX-{mon:02d}")


def read_season(m: re.Match[str], context: Context) -> Reading | None:
    name = SEASON_WORDS[word(m, "s")]
    return yearless_reading(context, lambda y: edtf.season(y, name), _season_timex(name))


def read_weekend(m: re.Match[str], context: Context) -> Reading | None:
    step = 1 if context.tense is Tense.FUTURE else -1

    def compute(d: date) -> NormalizedDate:
        saturday = weekday_near(d, 5, step)
        return edtf.week(saturday, weekend=True)

    return relative_reading(around(context.reference, compute), "XXXX-WXX-WE")


def read_ago(m: re.Match[str], context: Context) -> Reading | None:
    amount, unit = parse_count(m.group("n")), unit_of(m)
    sign = 1 if word(m, "dir") in ("from now", "hence") else -1
    if amount is None:
        return Reading(TimexType.DATE, "PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit in ("hour", "minute", "second") and amount > 48:
        return None
    narrative = context.narrative
    if (
        unit == "year"
        and amount == 1
        and narrative is not None
        and narrative.granularity is Granularity.QUARTER
    ):
        # results news: "up from $10 million a year ago" is the same quarter a year before
        return as_comparison(relative_reading(shifted_by_years(narrative, -1), "XXXX"))
    result = result_unit_of(unit)
    value = around(
        context.reference, lambda d: period_of(shift_date(d, sign * amount, unit), result)
    )
    reading = relative_reading(value, "XXXX")
    return as_comparison(reading) if unit == "year" and amount == 1 and sign < 0 else reading


def as_comparison(reading: Reading) -> Reading:
    """ "A year ago", "the year-earlier period": a comparison, not a new time for the story."""
    return reading._replace(narrates=False)


_SAME_PERIOD = (
    Granularity.DAY,
    Granularity.MONTH,
    Granularity.SEASON,
    Granularity.QUARTER,
    Granularity.YEAR,
)


def shifted_by_years(value: NormalizedDate, years: int) -> NormalizedDate | None:
    """The same day, month, season, quarter or year, `years` later (earlier when negative)."""
    if value.granularity not in _SAME_PERIOD:
        return None
    start = value.start
    if value.granularity is Granularity.SEASON:
        return safe_date(lambda: edtf.parse_edtf(f"{start.year + years:04d}{value.edtf[4:]}"))
    moved = safe_date(lambda: edtf.from_date(edtf.shift(start, years, "year")))
    if moved is None:
        return None
    return edtf.at_granularity(moved.start, value.granularity)


def read_later(m: re.Match[str], context: Context) -> Reading | None:
    """ "Two months later", "a year earlier": counted from the last date the text named."""
    amount, unit = parse_count(m.group("n")), unit_of(m)
    if amount is None:  # "a few days later": how long after is all it says
        return Reading(TimexType.DURATION, duration_value(None, unit))
    direction = word(m, "dir") or word(m, "dir2")
    sign = -1 if direction in ("earlier", "before", "prior") else 1
    base = context.narrative or context.reference
    if base is not None and unit in ("year", "decade") and float(amount).is_integer():
        # "a year earlier" than March 3, 2020 is March 3, 2019: the same kind of period
        years = int(amount) * (10 if unit == "decade" else 1)
        same = shifted_by_years(base, sign * years)
        if same is not None and base.granularity is not Granularity.YEAR:
            reading = relative_reading(same, "XXXX")
            return as_comparison(reading) if sign * years == -1 else reading
    result = result_unit_of(unit)
    value = around(base, lambda d: period_of(shift_date(d, sign * amount, unit), result))
    reading = relative_reading(value, "XXXX")
    return as_comparison(reading) if unit == "year" and amount == 1 and sign < 0 else reading


def read_following(m: re.Match[str], context: Context) -> Reading | None:
    """ "The following year", "the same day", "that month": from the last date the text named."""
    which = word(m, "which") or "same"
    unit = unit_of(m)
    part = unit if unit in PARTS_OF_DAY else ""
    unit = "day" if part else unit
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}.get(which, 0)
    base = context.narrative or context.reference
    value = around(base, lambda d: period_of(edtf.shift(d, step, shift_unit_of(unit)), unit))
    reading = relative_reading(value, "XXXX")
    return with_part_of_day(reading, part) if part else reading
