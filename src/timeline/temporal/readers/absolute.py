"""Readers of dates the text gives in full or in part: a day, a month, a year, a decade, a
century, a season, a quarter, a half, ranges of them."""

from __future__ import annotations

import re

from timeline import edtf
from timeline.edtf import NormalizedDate
from timeline.temporal.numbers import parse_year
from timeline.temporal.readers.common import (
    QUARTERS,
    Reading,
    day_number_of,
    explicit_reading,
    month_of,
    relative_reading,
    safe_date,
    word,
    yearless_reading,
)
from timeline.temporal.resolve import Context, Tense, nearest_occurrence
from timeline.temporal.vocabulary import (
    DECADE_WORDS,
    ORDINAL_WORDS,
    SEASON_WORDS,
    WEEKDAYS,
)


def read_day(m: re.Match[str], context: Context) -> Reading | None:
    y = parse_year(m.group("y"))
    mon = month_of(m) if m.groupdict().get("mon") else int(m.group("m"))
    return explicit_reading(safe_date(lambda: edtf.day(y, mon, day_number_of(m))))


def read_month_day(m: re.Match[str], context: Context) -> Reading | None:
    mon, dom = month_of(m), day_number_of(m)
    if safe_date(lambda: edtf.day(2000, mon, dom)) is None:  # 2000 is a leap year
        return None
    timex = f"XXXX-{mon:02d}-{dom:02d}"
    named = _WEEKDAY_WORD.search(m.group(0))
    if named:  # "Saturday, April 25": the year in which April 25 is a Saturday
        wd = WEEKDAYS[named.group(0).lower()]
        here = Context(context.reference, context.narrative, None)
        value = nearest_occurrence(
            here, lambda y: safe_date(lambda: _on_weekday(edtf.day(y, mon, dom), wd))
        )
        if value is not None:
            return relative_reading(value, timex)
    return yearless_reading(context, lambda y: safe_date(lambda: edtf.day(y, mon, dom)), timex)


_WEEKDAY_WORD = re.compile("|".join(WEEKDAYS), re.IGNORECASE)


def _on_weekday(value: NormalizedDate, weekday: int) -> NormalizedDate:
    if value.start.weekday() != weekday:
        raise ValueError("another weekday")
    return value


def read_month_year(m: re.Match[str], context: Context) -> Reading | None:
    return explicit_reading(safe_date(lambda: edtf.month(parse_year(m.group("y")), month_of(m))))


def read_month_range(m: re.Match[str], context: Context) -> Reading | None:
    y = parse_year(m.group("y"))
    return explicit_reading(
        edtf.interval(edtf.month(y, month_of(m, "m1")), edtf.month(y, month_of(m, "m2")))
    )


def read_day_range(m: re.Match[str], context: Context) -> Reading | None:
    """ "December 8-11, 2006"; without the year, the nearest such days ("April 17-18")."""
    mon, d1, d2 = month_of(m), day_number_of(m, "d1"), day_number_of(m, "d2")

    def days(y: int) -> NormalizedDate | None:
        first = safe_date(lambda: edtf.day(y, mon, d1))
        last = safe_date(lambda: edtf.day(y, mon, d2))
        return edtf.interval(first, last) if first and last and first.start < last.start else None

    if m.group("y"):
        value = days(parse_year(m.group("y")))
        return explicit_reading(value) if value else None
    if days(2000) is None:  # 2000 is a leap year
        return None
    return yearless_reading(context, days, f"XXXX-{mon:02d}-{d1:02d}/XXXX-{mon:02d}-{d2:02d}")


def read_year(m: re.Match[str], context: Context) -> Reading | None:
    return explicit_reading(safe_date(lambda: edtf.year(parse_year(m.group("y")))))


def read_year_range(m: re.Match[str], context: Context) -> Reading | None:
    first = parse_year(m.group("a"))
    tail = re.sub(r"\D", "", m.group("b"))
    last = int(tail) if len(tail) == 4 else first - first % 100 + int(tail)
    if not first < last <= first + 100:
        return None
    return explicit_reading(edtf.interval(edtf.year(first), edtf.year(last)))


def read_decade(m: re.Match[str], context: Context) -> Reading | None:
    groups = m.groupdict()
    if groups.get("dec"):
        first = int(groups["dec"])
        if first % 100 == 0 and first != 2000:
            return explicit_reading(edtf.century(first))
    elif groups.get("dd"):
        tens = int(groups["dd"])
        first = 2000 + tens if tens <= 20 else 1900 + tens
    else:
        first = DECADE_WORDS[word(m, "dw")]
    return explicit_reading(edtf.decade(first))


def read_century(m: re.Match[str], context: Context) -> Reading | None:
    text = word(m, "c")
    number = ORDINAL_WORDS.get(text) or int(re.sub(r"\D", "", text) or 0)
    if not 1 <= number <= 21:
        return None
    return explicit_reading(edtf.century((number - 1) * 100))


def read_season_year(m: re.Match[str], context: Context) -> Reading | None:
    return explicit_reading(
        safe_date(lambda: edtf.season(parse_year(m.group("y")), SEASON_WORDS[word(m, "s")]))
    )


def read_quarter(m: re.Match[str], context: Context) -> Reading | None:
    text = word(m, "q")
    q = QUARTERS.get(text) or int(text[0])
    if m.groupdict().get("y"):
        return explicit_reading(safe_date(lambda: edtf.quarter(parse_year(m.group("y")), q)))
    # results are reported after the quarter: "third-quarter profit" is the latest third quarter
    here = Context(context.reference, context.narrative, Tense.PAST)
    return yearless_reading(here, lambda y: edtf.quarter(y, q), f"XXXX-Q{q}")


def read_half(m: re.Match[str], context: Context) -> Reading | None:
    h = 1 if word(m, "h") in ("first", "1st") else 2  # "second", "latter", "last" half
    return explicit_reading(safe_date(lambda: edtf.half(parse_year(m.group("y")), h)))
