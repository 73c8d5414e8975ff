"""Readers: each turns a rule's match into a `Reading` against a `Context`."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from timeline import edtf
from timeline.edtf import Granularity, NormalizedDate
from timeline.models import TimexType
from timeline.temporal.holidays import HOLIDAYS, holiday_name
from timeline.temporal.numbers import duration_value, parse_count, parse_year
from timeline.temporal.resolve import Context, Tense, around, nearest_occurrence, weekday_near
from timeline.temporal.vocabulary import (
    DECADE_WORDS,
    MONTHS,
    ORDINAL_WORDS,
    SEASON_WORDS,
    SYNONYMS,
    UNITS,
    WEEKDAYS,
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

_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "1st": 1, "2nd": 2,
             "3rd": 3, "4th": 4}  # fmt: skip


def word(m: re.Match[str], group: str) -> str:
    text = m.group(group) if group in m.re.groupindex else None
    return " ".join(text.lower().strip(" .'’-").split()) if text else ""


def _month(m: re.Match[str], group: str = "mon") -> int:
    return MONTHS[word(m, group)]


def _day_number(m: re.Match[str], group: str = "d") -> int:
    text = m.group(group)
    digits = re.sub(r"\D", "", text)
    return (
        int(digits) if digits else ORDINAL_WORDS[" ".join(text.lower().replace("-", " ").split())]
    )


def _unit(m: re.Match[str]) -> str:
    unit = word(m, "unit")
    unit = unit[:-1] if unit.endswith("s") and unit[:-1] in UNITS else unit
    return "century" if unit == "centurie" else unit


def _safe(make: Callable[[], NormalizedDate]) -> NormalizedDate | None:
    """Build a date, or None when the numbers do not form one (February 30)."""
    try:
        return make()
    except (ValueError, OverflowError):
        return None


def _explicit(value: NormalizedDate | None) -> Reading | None:
    if value is None:
        return None
    return Reading(TimexType.DATE, value.timex, value)


def _relative(value: NormalizedDate | None, timex_unknown: str) -> Reading:
    if value is None:
        return Reading(TimexType.DATE, timex_unknown, None, relative=True, unresolved=True)
    return Reading(TimexType.DATE, value.timex, value, relative=True)


def _yearless(
    context: Context, make: Callable[[int], NormalizedDate | None], timex_unknown: str
) -> Reading:
    return _relative(nearest_occurrence(context, make), timex_unknown)


def _direction(rel: str) -> int:
    rel = SYNONYMS.get(rel, rel)
    if rel.startswith("this ") and rel != "this":
        rel = rel.split()[1]
    rel = SYNONYMS.get(rel, rel)
    return {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(
        rel, 0
    )


def _with_part_of_day(reading: Reading, part: str) -> Reading:
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


def _shift(d: date, amount: float, unit: str) -> date:
    """Move day `d` by a possibly fractional amount of units ("a year and a half ago")."""
    per_day = {"hour": 24, "minute": 24 * 60, "second": 24 * 3600}.get(unit)
    if per_day:
        return edtf.shift(d, int(amount / per_day), "day")
    if unit == "fortnight":
        amount *= 2
    unit = _shift_unit(unit)
    if float(amount).is_integer():
        return edtf.shift(d, int(amount), unit)
    months = {"year": 12, "decade": 120, "century": 1200, "quarter": 3, "month": 1}.get(unit)
    if months:
        return edtf.shift(d, round(amount * months), "month")
    return edtf.shift(d, round(amount * (7 if unit == "week" else 1)), "day")


def _result_unit(unit: str) -> str:
    """The precision of "N units ago": a day for days and hours, a week for weeks…"""
    return {"hour": "day", "minute": "day", "second": "day", "fortnight": "week",
            "decade": "year", "century": "year", "quarter": "month"}.get(unit, unit)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# absolute dates


def read_day(m: re.Match[str], context: Context) -> Reading | None:
    y = parse_year(m.group("y"))
    mon = _month(m) if m.groupdict().get("mon") else int(m.group("m"))
    return _explicit(_safe(lambda: edtf.day(y, mon, _day_number(m))))


def read_month_day(m: re.Match[str], context: Context) -> Reading | None:
    mon, dom = _month(m), _day_number(m)
    if _safe(lambda: edtf.day(2000, mon, dom)) is None:  # 2000 is a leap year
        return None
    timex = f"XXXX-{mon:02d}-{dom:02d}"
    named = _WEEKDAY_WORD.search(m.group(0))
    if named:  # "Saturday, April 25": the year in which April 25 is a Saturday
        wd = WEEKDAYS[named.group(0).lower()]
        here = Context(context.reference, context.narrative, None)
        value = nearest_occurrence(
            here, lambda y: _safe(lambda: _on_weekday(edtf.day(y, mon, dom), wd))
        )
        if value is not None:
            return _relative(value, timex)
    return _yearless(context, lambda y: _safe(lambda: edtf.day(y, mon, dom)), timex)


_WEEKDAY_WORD = re.compile("|".join(WEEKDAYS), re.IGNORECASE)


def _on_weekday(value: NormalizedDate, weekday: int) -> NormalizedDate:
    if value.start.weekday() != weekday:
        raise ValueError("another weekday")
    return value


def read_month_year(m: re.Match[str], context: Context) -> Reading | None:
    return _explicit(_safe(lambda: edtf.month(parse_year(m.group("y")), _month(m))))


def read_month_range(m: re.Match[str], context: Context) -> Reading | None:
    y = parse_year(m.group("y"))
    return _explicit(edtf.interval(edtf.month(y, _month(m, "m1")), edtf.month(y, _month(m, "m2"))))


def read_day_range(m: re.Match[str], context: Context) -> Reading | None:
    """ "December 8-11, 2006"; without the year, the nearest such days ("April 17-18")."""
    mon, d1, d2 = _month(m), _day_number(m, "d1"), _day_number(m, "d2")

    def days(y: int) -> NormalizedDate | None:
        first = _safe(lambda: edtf.day(y, mon, d1))
        last = _safe(lambda: edtf.day(y, mon, d2))
        return edtf.interval(first, last) if first and last and first.start < last.start else None

    if m.group("y"):
        value = days(parse_year(m.group("y")))
        return _explicit(value) if value else None
    if days(2000) is None:  # 2000 is a leap year
        return None
    return _yearless(context, days, f"XXXX-{mon:02d}-{d1:02d}/XXXX-{mon:02d}-{d2:02d}")


def read_year(m: re.Match[str], context: Context) -> Reading | None:
    return _explicit(_safe(lambda: edtf.year(parse_year(m.group("y")))))


def read_year_range(m: re.Match[str], context: Context) -> Reading | None:
    first = parse_year(m.group("a"))
    tail = re.sub(r"\D", "", m.group("b"))
    last = int(tail) if len(tail) == 4 else first - first % 100 + int(tail)
    if not first < last <= first + 100:
        return None
    return _explicit(edtf.interval(edtf.year(first), edtf.year(last)))


def read_decade(m: re.Match[str], context: Context) -> Reading | None:
    groups = m.groupdict()
    if groups.get("dec"):
        first = int(groups["dec"])
        if first % 100 == 0 and first != 2000:
            return _explicit(edtf.century(first))
    elif groups.get("dd"):
        tens = int(groups["dd"])
        first = 2000 + tens if tens <= 20 else 1900 + tens
    else:
        first = DECADE_WORDS[word(m, "dw")]
    return _explicit(edtf.decade(first))


def read_century(m: re.Match[str], context: Context) -> Reading | None:
    text = word(m, "c")
    number = ORDINAL_WORDS.get(text) or int(re.sub(r"\D", "", text) or 0)
    if not 1 <= number <= 21:
        return None
    return _explicit(edtf.century((number - 1) * 100))


def read_season_year(m: re.Match[str], context: Context) -> Reading | None:
    return _explicit(
        _safe(lambda: edtf.season(parse_year(m.group("y")), SEASON_WORDS[word(m, "s")]))
    )


def read_quarter(m: re.Match[str], context: Context) -> Reading | None:
    text = word(m, "q")
    q = _QUARTERS.get(text) or int(text[0])
    if m.groupdict().get("y"):
        return _explicit(_safe(lambda: edtf.quarter(parse_year(m.group("y")), q)))
    # results are reported after the quarter: "third-quarter profit" is the latest third quarter
    here = Context(context.reference, context.narrative, Tense.PAST)
    return _yearless(here, lambda y: edtf.quarter(y, q), f"XXXX-Q{q}")


def read_half(m: re.Match[str], context: Context) -> Reading | None:
    h = 1 if word(m, "h") in ("first", "1st") else 2  # "second", "latter", "last" half
    return _explicit(_safe(lambda: edtf.half(parse_year(m.group("y")), h)))


# ---------------------------------------------------------------------------------------------
# relative to the publication date


def read_today(m: re.Match[str], context: Context) -> Reading | None:
    w = word(m, "w")
    offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(w, 0)
    value = around(context.reference, lambda d: edtf.from_date(edtf.shift(d, offset, "day")))
    reading = _relative(value, "XXXX-XX-XX")
    part = w if w in ("tonight", "last night") else word(m, "p")
    return _with_part_of_day(reading, part) if part else reading


def read_relative_unit(m: re.Match[str], context: Context) -> Reading | None:
    unit, step = _unit(m), _direction(word(m, "rel"))
    value = around(
        context.reference, lambda d: period_of(edtf.shift(d, step, _shift_unit(unit)), unit)
    )
    return _relative(value, "XXXX")


def _shift_unit(unit: str) -> str:
    return {"weekend": "week", "fortnight": "week"}.get(unit, unit)


def read_latest_quarter(m: re.Match[str], context: Context) -> Reading | None:
    """ "The quarter", "the latest quarter": in news of quarterly results, the last quarter
    that ended before the article (the current one with "current")."""
    step = 0 if "current" in m.group(0).lower() else -1
    value = around(
        context.reference, lambda d: period_of(edtf.shift(d, step, "quarter"), "quarter")
    )
    return _relative(value, "XXXX-QX")


def read_relative_month(m: re.Match[str], context: Context) -> Reading | None:
    mon, step = _month(m), _direction(word(m, "rel"))

    def compute(d: date) -> NormalizedDate:
        y = d.year
        if step < 0:
            y = y if mon < d.month else y - 1
        elif step > 0:
            y = y if mon > d.month else y + 1
        return edtf.month(y, mon)

    return _relative(around(context.reference, compute), f"XXXX-{mon:02d}")


def read_relative_weekday(m: re.Match[str], context: Context) -> Reading | None:
    wd, step = WEEKDAYS[word(m, "wd")], _direction(word(m, "rel"))
    step = step or 1
    narrative = context.narrative
    anaphoric = word(m, "rel") in ("previous", "following")
    if anaphoric and narrative is not None and narrative.granularity is Granularity.DAY:
        # "the previous Friday" counts from the day the text is about, not from today
        start = edtf.shift(narrative.start, -1, "day") if step < 0 else narrative.start
        near = weekday_near(start, wd, step)
        return _relative(edtf.from_date(near), f"XXXX-WXX-{wd + 1}")

    def compute(d: date) -> NormalizedDate:
        # "last Friday" written on a Friday is the Friday before
        start = edtf.shift(d, -1, "day") if step < 0 else d
        return edtf.from_date(weekday_near(start, wd, step))

    value = around(context.reference, compute)
    return _relative(value, f"XXXX-WXX-{wd + 1}")


def _season_timex(name: str) -> str:
    return f"XXXX-{edtf.season(2000, name).timex[5:]}"


def read_relative_season(m: re.Match[str], context: Context) -> Reading | None:
    name, step = SEASON_WORDS[word(m, "s")], _direction(word(m, "rel"))
    if step == 0:
        value = around(context.reference, lambda d: edtf.season(d.year, name))
        return _relative(value, _season_timex(name))

    def compute(d: date) -> NormalizedDate:
        """ "Last spring" is the spring that ended before the day, "next summer" the one that
        starts after it (not the season we are in)."""
        seasons = [edtf.season(y, name) for y in range(d.year - 2, d.year + 2)]
        if step < 0:
            return max(s for s in seasons if s.end < d)
        return min(s for s in seasons if s.start > d)

    return _relative(around(context.reference, compute), _season_timex(name))


def read_weekday(m: re.Match[str], context: Context) -> Reading | None:
    """A bare weekday: in news, the last one before the article unless the clause speaks of
    the future."""
    wd = WEEKDAYS[word(m, "wd")]
    # news in the present with a weekday tells a schedule: "The trial begins Saturday"
    step = {Tense.FUTURE: 1, Tense.PRESENT: 0}.get(context.tense or Tense.PAST, -1)
    # "will be covered on Friday" in Friday's paper is that day: a week ahead is "next Friday"
    start = (lambda d: edtf.shift(d, -1, "day")) if step > 0 else (lambda d: d)
    value = around(context.reference, lambda d: edtf.from_date(weekday_near(start(d), wd, step)))
    reading = _relative(value, f"XXXX-WXX-{wd + 1}")
    part = word(m, "p")
    return _with_part_of_day(reading, part) if part else reading


def read_month(m: re.Match[str], context: Context) -> Reading | None:
    mon = _month(m)
    return _yearless(context, lambda y: edtf.month(y, mon), f"XXXX-{mon:02d}")


def read_season(m: re.Match[str], context: Context) -> Reading | None:
    name = SEASON_WORDS[word(m, "s")]
    return _yearless(context, lambda y: edtf.season(y, name), _season_timex(name))


def read_weekend(m: re.Match[str], context: Context) -> Reading | None:
    step = 1 if context.tense is Tense.FUTURE else -1

    def compute(d: date) -> NormalizedDate:
        saturday = weekday_near(d, 5, step)
        return edtf.week(saturday, weekend=True)

    return _relative(around(context.reference, compute), "XXXX-WXX-WE")


def read_ago(m: re.Match[str], context: Context) -> Reading | None:
    amount, unit = parse_count(m.group("n")), _unit(m)
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
        return _comparison(_relative(shifted_by_years(narrative, -1), "XXXX"))
    result = _result_unit(unit)
    value = around(context.reference, lambda d: period_of(_shift(d, sign * amount, unit), result))
    reading = _relative(value, "XXXX")
    return _comparison(reading) if unit == "year" and amount == 1 and sign < 0 else reading


def _comparison(reading: Reading) -> Reading:
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
        return _safe(lambda: edtf.parse_edtf(f"{start.year + years:04d}{value.edtf[4:]}"))
    moved = _safe(lambda: edtf.from_date(edtf.shift(start, years, "year")))
    if moved is None:
        return None
    return edtf.at_granularity(moved.start, value.granularity)


def read_later(m: re.Match[str], context: Context) -> Reading | None:
    """ "Two months later", "a year earlier": counted from the last date the text named."""
    amount, unit = parse_count(m.group("n")), _unit(m)
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
            reading = _relative(same, "XXXX")
            return _comparison(reading) if sign * years == -1 else reading
    result = _result_unit(unit)
    value = around(base, lambda d: period_of(_shift(d, sign * amount, unit), result))
    reading = _relative(value, "XXXX")
    return _comparison(reading) if unit == "year" and amount == 1 and sign < 0 else reading


def read_following(m: re.Match[str], context: Context) -> Reading | None:
    """ "The following year", "the same day", "that month": from the last date the text named."""
    which = word(m, "which") or "same"
    unit = _unit(m)
    part = unit if unit in PARTS_OF_DAY else ""
    unit = "day" if part else unit
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}.get(which, 0)
    base = context.narrative or context.reference
    value = around(base, lambda d: period_of(edtf.shift(d, step, _shift_unit(unit)), unit))
    reading = _relative(value, "XXXX")
    return _with_part_of_day(reading, part) if part else reading


# ---------------------------------------------------------------------------------------------
# durations, sets, vague references, times of day


def read_duration(m: re.Match[str], context: Context) -> Reading | None:
    amount = parse_count(m.groupdict().get("n"))
    if amount is not None and m.groupdict().get("half"):
        amount += 0.5  # "a minute and a half"
    return Reading(TimexType.DURATION, duration_value(amount, _unit(m)))


def read_set(m: re.Match[str], context: Context) -> Reading | None:
    text = word(m, "w")
    code = {
        "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
        "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y",
    }.get(text)  # fmt: skip
    if code is None:
        unit = _unit(m) if m.groupdict().get("unit") else ""
        if unit in WEEKDAYS:
            code = f"XXXX-WXX-{WEEKDAYS[unit] + 1}"
        elif unit.rstrip("s") in MONTHS:
            code = f"XXXX-{MONTHS[unit.rstrip('s')]:02d}"
        elif unit in PARTS_OF_DAY:
            code = f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}"
        else:
            code = duration_value(1, unit if unit in UNITS else "day")
    return Reading(TimexType.SET, code)


def read_weekday_set(m: re.Match[str], context: Context) -> Reading | None:
    """ "Mondays", "Tuesday nights": every such day."""
    wd = WEEKDAYS[word(m, "wd").rstrip("s")]
    part = PARTS_OF_DAY.get(word(m, "p").rstrip("s"), "")
    return Reading(TimexType.SET, f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part else ""))


def read_vague(m: re.Match[str], context: Context) -> Reading | None:
    text = m.group(0).lower()
    if re.search(r"now|current|these days|today|present", text):
        return Reading(TimexType.DATE, "PRESENT_REF")
    if "future" in text or "soon" in text or "term" in text:
        return Reading(TimexType.DATE, "FUTURE_REF")
    return Reading(TimexType.DATE, "PAST_REF")


def _clock(m: re.Match[str]) -> tuple[int, int] | None:
    groups = m.groupdict()
    if groups.get("h"):
        afternoon = word(m, "ap").startswith("p") or word(m, "p") in ("afternoon", "evening")
        hour = int(groups["h"]) % 12 + (12 if afternoon else 0)
        return hour, int(groups.get("mi") or 0)
    text = m.group(0).lower()
    if "noon" in text or "midday" in text:
        return 12, 0
    if "midnight" in text:
        return 0, 0
    return None


def read_time(m: re.Match[str], context: Context) -> Reading | None:
    clock = _clock(m)
    if clock is None:
        return None
    return Reading(TimexType.TIME, f"{_day_of(context)}T{clock[0]:02d}:{clock[1]:02d}")


def _day_of(context: Context) -> str:
    """The day a clock time or a part of a day belongs to: the last day the text named, if
    the story has moved back to it (or ahead to it, in a clause about the future: "will leave
    at 4 a.m."), else the article's day."""
    narrative, reference = context.narrative, context.reference
    moved = narrative is not None and (
        reference is None or narrative.end <= reference.end or context.tense is Tense.FUTURE
    )
    if narrative is not None and narrative.granularity is Granularity.DAY and moved:
        return narrative.edtf
    if reference is not None and reference.granularity is Granularity.DAY:
        return reference.edtf
    return "XXXX-XX-XX"


def read_in_the_day(m: re.Match[str], context: Context) -> Reading | None:
    """ "Later in the day": the day the text is about."""
    day = _day_of(context)
    value = None if day.startswith("X") else _safe(lambda: edtf.parse_edtf(day))
    return _relative(value, day)


def read_some_day(m: re.Match[str], context: Context) -> Reading | None:
    """ "Islam will one day be the second religion": some time ahead, not a day long."""
    return Reading(TimexType.DATE, "FUTURE_REF")


def read_part_of_day(m: re.Match[str], context: Context) -> Reading | None:
    """ "Mid-afternoon", "late morning yesterday": a part of the day the text is about."""
    code = PARTS_OF_DAY[word(m, "p") or word(m, "p2")]
    if word(m, "w"):
        offset = {"yesterday": -1, "tomorrow": 1}.get(word(m, "w"), 0)
        value = around(context.reference, lambda d: edtf.from_date(edtf.shift(d, offset, "day")))
        day = value.edtf if value is not None and value.granularity is Granularity.DAY else None
    else:
        day = _day_of(context)
    return Reading(TimexType.TIME, f"{day or 'XXXX-XX-XX'}T{code}")


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
        clock = _clock(m)
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
        day = _safe(lambda: edtf.from_date(day_of(parse_year(m.group("y")))))
        return _explicit(period_of(day.start, "week") if day and week else day)
    step = _direction(word(m, "rel")) if m.groupdict().get("rel") else 0
    tense = {-1: Tense.PAST, 1: Tense.FUTURE}.get(step, context.tense)
    here = Context(context.reference, context.narrative, tense)
    if week:
        return _yearless(here, lambda y: _safe(lambda: period_of(day_of(y), "week")), "XXXX-WXX")
    return _yearless(here, lambda y: _safe(lambda: edtf.from_date(day_of(y))), "XXXX-XX-XX")


def _quarter_number(m: re.Match[str], context: Context) -> int | None:
    """The quarter the expression names, or the one the text is about ("the 1988 period")."""
    if m.groupdict().get("q"):
        return _QUARTERS[word(m, "q")]
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
        return _relative(None, "XXXX")
    if q is None and "quarter" in m.group(0).lower() and base.granularity in _IN_A_QUARTER:
        # "the year-ago quarter": the quarter of the day or month named ("ended Sept. 30"),
        # else the last that ended before the article
        day = base.start if base is not context.reference else edtf.shift(base.start, -1, "quarter")
        q = (day.month - 1) // 3 + 1
        base = edtf.from_date(day)
    if q is not None:
        base_year = base.start.year if base.granularity is Granularity.QUARTER else base.end.year
        return _comparison(_relative(_safe(lambda: edtf.quarter(base_year - 1, q)), "XXXX"))
    if base is context.reference:
        value = around(base, lambda d: edtf.year(d.year - 1))
        return _comparison(_relative(value, "XXXX"))
    return _comparison(_relative(shifted_by_years(base, -1), "XXXX"))


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
    value = _safe(lambda: edtf.quarter(y, q)) if q is not None else _safe(lambda: edtf.year(y))
    return _explicit(value)


def read_relative_year_quarter(m: re.Match[str], context: Context) -> Reading | None:
    """ "Last year's quarter", "next year's first quarter", "this year's third quarter"."""
    step = _direction(word(m, "rel"))
    q = _quarter_number(m, context)
    if q is None:  # the quarter the news is about: the last that ended before the article

        def compute(d: date) -> NormalizedDate:
            latest = edtf.shift(d, -1, "quarter")
            return edtf.quarter(d.year + step, (latest.month - 1) // 3 + 1)

        return _relative(around(context.reference, compute), "XXXX-QX")
    value = around(context.reference, lambda d: edtf.quarter(d.year + step, q))
    return _relative(value, f"XXXX-Q{q}")


def read_duration_vague(m: re.Match[str], context: Context) -> Reading | None:
    """ "For a while", "for some time": a length no one measured."""
    return Reading(TimexType.DURATION, "PXX")


def read_duration_one(m: re.Match[str], context: Context) -> Reading | None:
    """ "An additional year": one unit."""
    return Reading(TimexType.DURATION, duration_value(1, _unit(m)))


def read_month_of_relative_year(m: re.Match[str], context: Context) -> Reading | None:
    """ "January this year", "June last year", "December 14 this year"."""
    if m.group("mon2"):
        mon, dom, step = _month(m, "mon2"), _day_number(m), _direction(word(m, "rel2"))
        value = around(context.reference, lambda d: edtf.day(d.year + step, mon, dom))
        return _relative(value, f"XXXX-{mon:02d}-{dom:02d}")
    mon, step = _month(m), _direction(word(m, "rel"))
    value = around(context.reference, lambda d: edtf.month(d.year + step, mon))
    return _relative(value, f"XXXX-{mon:02d}")


def read_past_unit(m: re.Match[str], context: Context) -> Reading | None:
    """ "The past year" is last year; "the past decade" the ten years up to now."""
    if word(m, "unit"):
        return _relative(around(context.reference, lambda d: edtf.year(d.year - 1)), "XXXX")
    return Reading(TimexType.DURATION, duration_value(1, word(m, "unit2")))


def read_this_period(m: re.Match[str], context: Context) -> Reading | None:
    """ "The end of the month", "the middle of the week": the month or week of the article."""
    unit = _unit(m)
    return _relative(around(context.reference, lambda d: period_of(d, unit)), "XXXX")


def read_new_year(m: re.Match[str], context: Context) -> Reading | None:
    """ "Early in the new year": the year about to begin, or the one just begun."""
    value = around(context.reference, lambda d: edtf.year(d.year + (1 if d.month >= 7 else 0)))
    return _relative(value, "XXXX")


def read_this_year(m: re.Match[str], context: Context) -> Reading | None:
    """ "Year-end", "the end of the year", "the full year": the year of the article."""
    return _relative(around(context.reference, lambda d: edtf.year(d.year)), "XXXX")
