"""Readers of durations, sets ("every Monday"), vague references ("recently") and times of
day."""

from __future__ import annotations

import re

from timeline import edtf
from timeline.edtf import Granularity
from timeline.models import TimexType
from timeline.temporal.numbers import duration_value, parse_count
from timeline.temporal.readers.common import (
    PARTS_OF_DAY,
    Reading,
    relative_reading,
    safe_date,
    unit_of,
    word,
)
from timeline.temporal.resolve import Context, Tense, around
from timeline.temporal.vocabulary import (
    MONTHS,
    UNITS,
    WEEKDAYS,
)


def read_duration(m: re.Match[str], context: Context) -> Reading | None:
    amount = parse_count(m.groupdict().get("n"))
    if amount is not None and m.groupdict().get("half"):
        amount += 0.5  # "a minute and a half"
    return Reading(TimexType.DURATION, duration_value(amount, unit_of(m)))


def read_set(m: re.Match[str], context: Context) -> Reading | None:
    text = word(m, "w")
    code = {
        "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
        "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y",
    }.get(text)  # fmt: skip
    if code is None:
        unit = unit_of(m) if m.groupdict().get("unit") else ""
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


def clock_of(m: re.Match[str]) -> tuple[int, int] | None:
    groups = m.groupdict()
    if groups.get("h24"):  # "1925 GMT"
        return int(groups["h24"]), int(groups.get("mi") or 0)
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
    clock = clock_of(m)
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
    value = None if day.startswith("X") else safe_date(lambda: edtf.parse_edtf(day))
    return relative_reading(value, day)


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
