"""The rules of the fast path: each one recognises a form of time expression and reads it.

A rule is a regular expression (compiled once, case-insensitive) and a function that turns a
match into a `Reading` against a `Context`. Recognition runs every rule over the text and keeps
the longest non-overlapping matches; normalisation re-reads one expression with the rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from timeline import edtf
from timeline.edtf import Granularity, NormalizedDate
from timeline.models import TimexType
from timeline.temporal.resolve import Context, Tense, around, nearest_occurrence, weekday_near
from timeline.temporal.vocabulary import (
    DAY,
    DECADE_WORDS,
    FULL_MONTHS,
    MONTH,
    MONTHS,
    NUM_END,
    NUM_START,
    NUMBER,
    NUMBER_WORDS,
    ORDINAL,
    ORDINAL_WORDS,
    PART,
    SEASON,
    SEASON_WORDS,
    SYNONYMS,
    THIS_LAST_NEXT,
    TIME_UNITS,
    UNIT,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    alternation,
)


@dataclass(frozen=True)
class Reading:
    """What a time expression means.

    Attributes:
        type: the TIMEX3 type.
        timex: the TIMEX3 value ("2020-04", "P3M", "PAST_REF", "XXXX-06-04"), if known.
        value: the date or period it names, when it names one that can date an event.
        relative: it needed a reference date (publication date or an earlier date).
        unresolved: it needed a reference date that was not there.
    """

    type: TimexType
    timex: str | None
    value: NormalizedDate | None = None
    relative: bool = False
    unresolved: bool = False


Reader = Callable[[re.Match[str], Context], Reading | None]
Accept = Callable[[str, int, int], bool]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    read: Reader
    accept: Accept | None = None


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# small readers


def _word(m: re.Match[str], group: str) -> str:
    text = m.group(group) or ""
    return re.sub(r"\s+", " ", text.lower().strip(" .'’-"))


def _month(m: re.Match[str], group: str = "mon") -> int:
    return MONTHS[_word(m, group)]


def _day_number(m: re.Match[str], group: str = "d") -> int:
    return int(re.sub(r"\D", "", m.group(group)))


def _year_number(text: str) -> int:
    digits = re.sub(r"\D", "", text)
    value = int(digits)
    if len(digits) == 2:
        value += 1900 if value >= 50 else 2000
    return value


def _count(text: str | None) -> int | None:
    """A count in digits or words; None for vague counts ("several")."""
    if not text:
        return None
    text = re.sub(r"[\s-]+", " ", text.lower().strip())
    if re.fullmatch(r"\d+", text):
        return int(text)
    return NUMBER_WORDS.get(text) or None


def _unit(m: re.Match[str]) -> str:
    unit = _word(m, "unit")
    unit = unit[:-1] if unit.endswith("s") and unit[:-1] in UNITS else unit
    return "century" if unit == "centurie" else unit


def _duration(amount: int | None, unit: str) -> str:
    if unit == "quarter":
        return f"P{3 * amount}M" if amount else "PXM"
    code = UNITS[unit]
    n = "X" if amount is None else str(amount * (2 if unit == "fortnight" else 1))
    return f"PT{n}{code}" if unit in TIME_UNITS else f"P{n}{code}"


def _safe(make: Callable[[], NormalizedDate]) -> NormalizedDate | None:
    """Build a date, or None when the numbers do not form one (February 30)."""
    try:
        return make()
    except ValueError:
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
    return {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)


_GRANULARITY_OF_UNIT = {
    "second": Granularity.DAY, "minute": Granularity.DAY, "hour": Granularity.DAY,
    "day": Granularity.DAY, "week": Granularity.DAY, "weekend": Granularity.DAY,
    "fortnight": Granularity.DAY, "month": Granularity.MONTH, "quarter": Granularity.MONTH,
    "year": Granularity.YEAR, "decade": Granularity.YEAR, "century": Granularity.YEAR,
}  # fmt: skip


def _period_of(d: date, unit: str) -> NormalizedDate:
    """The calendar unit ("week", "month", "year"…) that contains day `d`."""
    if unit in ("week", "weekend"):
        monday = edtf.shift(d, -d.weekday(), "day")
        first = edtf.shift(monday, 5, "day") if unit == "weekend" else monday
        return edtf.interval(edtf.from_date(first), edtf.from_date(edtf.shift(monday, 6, "day")))
    if unit in ("day", "hour", "minute", "second"):
        return edtf.from_date(d)
    return edtf.at_granularity(
        d,
        {
            "month": Granularity.MONTH,
            "quarter": Granularity.QUARTER,
            "decade": Granularity.DECADE,
            "century": Granularity.CENTURY,
        }.get(unit, Granularity.YEAR),
    )


# ---------------------------------------------------------------------------------------------
# readers of each form


def read_day(m: re.Match[str], context: Context) -> Reading | None:
    y = _year_number(m.group("y"))
    mon = _month(m) if m.groupdict().get("mon") else int(m.group("m"))
    return _explicit(_safe(lambda: edtf.day(y, mon, _day_number(m))))


def read_month_day(m: re.Match[str], context: Context) -> Reading | None:
    mon, dom = _month(m), _day_number(m)
    if _safe(lambda: edtf.day(2000, mon, dom)) is None:  # 2000 is a leap year
        return None
    return _yearless(
        context, lambda y: _safe(lambda: edtf.day(y, mon, dom)), f"XXXX-{mon:02d}-{dom:02d}"
    )


def read_month_year(m: re.Match[str], context: Context) -> Reading | None:
    return _explicit(edtf.month(_year_number(m.group("y")), _month(m)))


def read_month_range(m: re.Match[str], context: Context) -> Reading | None:
    y = _year_number(m.group("y"))
    return _explicit(edtf.interval(edtf.month(y, _month(m, "m1")), edtf.month(y, _month(m, "m2"))))


def read_day_range(m: re.Match[str], context: Context) -> Reading | None:
    y, mon = _year_number(m.group("y")), _month(m)
    first = _safe(lambda: edtf.day(y, mon, _day_number(m, "d1")))
    last = _safe(lambda: edtf.day(y, mon, _day_number(m, "d2")))
    return _explicit(edtf.interval(first, last)) if first and last else None


def read_year(m: re.Match[str], context: Context) -> Reading | None:
    return _explicit(edtf.year(_year_number(m.group("y"))))


def read_year_range(m: re.Match[str], context: Context) -> Reading | None:
    first = _year_number(m.group("a"))
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
        first = DECADE_WORDS[_word(m, "dw")]
    return _explicit(edtf.decade(first))


def read_century(m: re.Match[str], context: Context) -> Reading | None:
    word = _word(m, "c")
    number = ORDINAL_WORDS.get(word) or int(re.sub(r"\D", "", word) or 0)
    if not 1 <= number <= 21:
        return None
    return _explicit(edtf.century((number - 1) * 100))


def read_season_year(m: re.Match[str], context: Context) -> Reading | None:
    return _explicit(edtf.season(_year_number(m.group("y")), SEASON_WORDS[_word(m, "s")]))


def read_quarter(m: re.Match[str], context: Context) -> Reading | None:
    word = _word(m, "q")
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}.get(word) or int(word[0])
    if m.groupdict().get("y"):
        return _explicit(edtf.quarter(_year_number(m.group("y")), q))
    return _yearless(context, lambda y: edtf.quarter(y, q), f"XXXX-Q{q}")


def read_half(m: re.Match[str], context: Context) -> Reading | None:
    h = 1 if _word(m, "h") in ("first", "1st") else 2
    return _explicit(edtf.half(_year_number(m.group("y")), h))


def read_today(m: re.Match[str], context: Context) -> Reading | None:
    offset = {"yesterday": -1, "tomorrow": 1}.get(_word(m, "w"), 0)
    value = around(context.reference, lambda d: edtf.from_date(edtf.shift(d, offset, "day")))
    kind = TimexType.TIME if m.groupdict().get("p") or _word(m, "w") == "tonight" else None
    reading = _relative(value, "XXXX-XX-XX")
    return Reading(kind, reading.timex, value, True, reading.unresolved) if kind else reading


def read_relative_unit(m: re.Match[str], context: Context) -> Reading | None:
    unit, step = _unit(m), _direction(_word(m, "rel"))
    value = around(context.reference, lambda d: _period_of(edtf.shift(d, step, unit), unit))
    return _relative(value, "XXXX")


def read_relative_month(m: re.Match[str], context: Context) -> Reading | None:
    mon, step = _month(m), _direction(_word(m, "rel"))

    def compute(d: date) -> NormalizedDate:
        y = d.year
        if step < 0:
            y = y if mon < d.month else y - 1
        elif step > 0:
            y = y if mon > d.month else y + 1
        return edtf.month(y, mon)

    return _relative(around(context.reference, compute), f"XXXX-{mon:02d}")


def read_relative_weekday(m: re.Match[str], context: Context) -> Reading | None:
    wd, step = WEEKDAYS[_word(m, "wd")], _direction(_word(m, "rel"))
    value = around(context.reference, lambda d: edtf.from_date(weekday_near(d, wd, step)))
    return _relative(value, f"XXXX-WXX-{wd + 1}")


def read_relative_season(m: re.Match[str], context: Context) -> Reading | None:
    name, step = SEASON_WORDS[_word(m, "s")], _direction(_word(m, "rel"))
    tense = {-1: Tense.PAST, 1: Tense.FUTURE}.get(step, context.tense)
    here = Context(context.reference, context.anchor, tense)
    return _yearless(
        here, lambda y: edtf.season(y, name), f"XXXX-{edtf.season(2000, name).timex[5:]}"
    )


def read_weekday(m: re.Match[str], context: Context) -> Reading | None:
    wd = WEEKDAYS[_word(m, "wd")]
    step = {Tense.PAST: -1, Tense.FUTURE: 1}.get(context.tense or Tense.PRESENT, 0)
    value = around(context.reference, lambda d: edtf.from_date(weekday_near(d, wd, step)))
    reading = _relative(value, f"XXXX-WXX-{wd + 1}")
    if m.groupdict().get("p"):
        return Reading(TimexType.TIME, reading.timex, value, True, reading.unresolved)
    return reading


def read_month(m: re.Match[str], context: Context) -> Reading | None:
    mon = _month(m)
    return _yearless(context, lambda y: edtf.month(y, mon), f"XXXX-{mon:02d}")


def read_season(m: re.Match[str], context: Context) -> Reading | None:
    name = SEASON_WORDS[_word(m, "s")]
    return _yearless(
        context, lambda y: edtf.season(y, name), f"XXXX-{edtf.season(2000, name).timex[5:]}"
    )


def read_ago(m: re.Match[str], context: Context) -> Reading | None:
    amount, unit = _count(m.group("n")), _unit(m)
    sign = 1 if _word(m, "dir") in ("from now", "hence") else -1
    if amount is None or (unit in TIME_UNITS and amount > 48):
        return Reading(TimexType.DATE, "PAST_REF" if sign < 0 else "FUTURE_REF")
    granularity = _GRANULARITY_OF_UNIT[unit]
    value = around(
        context.reference,
        lambda d: edtf.at_granularity(edtf.shift(d, sign * amount, _shift_unit(unit)), granularity),
    )
    return _relative(value, "XXXX")


def _shift_unit(unit: str) -> str:
    return {"weekend": "week", "fortnight": "week", "hour": "day", "minute": "day"}.get(unit, unit)


def read_later(m: re.Match[str], context: Context) -> Reading | None:
    """ "Two months later", "a year earlier": counted from the last date the text named."""
    amount, unit = _count(m.group("n")), _unit(m)
    if amount is None:
        return None
    sign = -1 if _word(m, "dir") in ("earlier", "before", "prior") else 1
    if unit == "fortnight":
        amount *= 2
    granularity = _GRANULARITY_OF_UNIT[unit]
    base = context.anchor or context.reference
    value = around(
        base,
        lambda d: edtf.at_granularity(edtf.shift(d, sign * amount, _shift_unit(unit)), granularity),
    )
    return _relative(value, "XXXX")


def read_anchored(m: re.Match[str], context: Context) -> Reading | None:
    """ "The following year", "the same day", "that month": from the last date the text named."""
    which = _word(m, "which") or "same"
    unit = _unit(m)
    if unit in ("morning", "afternoon", "evening", "night"):
        unit = "day"
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}.get(which, 0)
    base = context.anchor or context.reference
    value = around(base, lambda d: _period_of(edtf.shift(d, step, unit), unit))
    return _relative(value, "XXXX")


def read_duration(m: re.Match[str], context: Context) -> Reading | None:
    return Reading(TimexType.DURATION, _duration(_count(m.groupdict().get("n")), _unit(m)))


def read_set(m: re.Match[str], context: Context) -> Reading | None:
    word = (
        _word(m, "w") if m.groupdict().get("w") else _unit(m) if m.groupdict().get("unit") else ""
    )
    code = {
        "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
        "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y",
    }.get(word)  # fmt: skip
    if code is None and word in WEEKDAYS:
        code = f"XXXX-WXX-{WEEKDAYS[word] + 1}"
    elif code is None:
        code = _duration(1, word if word in UNITS else "day")
    return Reading(TimexType.SET, code)


def read_vague(m: re.Match[str], context: Context) -> Reading | None:
    text = m.group(0).lower()
    if re.search(r"now|current|these days|today", text):
        return Reading(TimexType.DATE, "PRESENT_REF")
    if "future" in text:
        return Reading(TimexType.DATE, "FUTURE_REF")
    return Reading(TimexType.DATE, "PAST_REF")


def read_time(m: re.Match[str], context: Context) -> Reading | None:
    groups = m.groupdict()
    if groups.get("h"):
        hour = int(groups["h"]) % 12 + (12 if _word(m, "ap").startswith("p") else 0)
        minute = int(groups.get("mi") or 0)
    else:
        hour, minute = (12, 0) if "noon" in m.group(0).lower() else (0, 0)
    ref = context.reference
    day_part = ref.edtf if ref is not None and ref.granularity is Granularity.DAY else "XXXX-XX-XX"
    return Reading(TimexType.TIME, f"{day_part}T{hour:02d}:{minute:02d}")


def read_between(m: re.Match[str], context: Context) -> Reading | None:
    first = read_expression(m.group("a"), context, dates_only=True)
    last = read_expression(m.group("b"), context, dates_only=True)
    if not first or not last:
        return None
    if first.value is None or last.value is None:
        return Reading(TimexType.DATE, None, None, True, first.unresolved or last.unresolved)
    value = edtf.interval(first.value, last.value)
    return Reading(TimexType.DATE, value.timex, value, first.relative or last.relative)


def read_since(m: re.Match[str], context: Context) -> Reading | None:
    """ "Since August 2022": the period from then to the publication date, when that is known."""
    start = read_expression(m.group("a"), context, dates_only=True)
    if not start or start.value is None:
        return start
    ref = context.reference
    if ref is None or ref.end <= start.value.end or ref.start <= start.value.start:
        return start
    value = edtf.interval(start.value, ref)
    return Reading(TimexType.DATE, start.timex, value, start.relative)


# ---------------------------------------------------------------------------------------------
# context checks for forms that are also ordinary words


_CUES = (
    "in", "on", "since", "until", "till", "by", "from", "through", "during", "of", "to",
    "between", "and", "or", "early", "late", "mid", "before", "after", "last", "this", "next",
    "each", "every", "over", "gradual", "end", "beginning", "start", "middle", "past",
    "previous", "around", "into", "for", "as", "throughout", "that",
)  # fmt: skip
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_COUNT_NOUNS = (
    "people|persons|men|women|children|kids|times|votes|voters|students|workers|employees|jobs|"
    "troops|soldiers|officers|migrants|immigrants|refugees|residents|cases|deaths|units|copies|"
    "shares|miles|feet|meters|metres|kilometers|pounds|tons|acres|homes|houses|dollars|euros|"
    "members|pages|words|calories|signatures|requests|arrests|beds|rooms|seats|points"
)
_STREET = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|place|pl|parkway|"
    r"pkwy|court|ct|highway|hwy|route|terrace|plaza|square|sq)\b"
)


def _after_cue(text: str, start: int, end: int) -> bool:
    """A month or season name counts only after a word that introduces a date ("in", "since"),
    or when it carries its own modifier ("early", "last"…)."""
    own = text[start:end].split()
    if len(own) > 1:
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group(1).lower() in _CUES


def _not_a_name(text: str, start: int, end: int) -> bool:
    """ "May" is a month only when capitalised; a weekday is not part of a name ("Good Friday"
    is fine, "Friday Harbor" is not)."""
    word = text[start:end]
    if word[:3].lower() == "may" and not word.startswith("May"):
        return False
    after = text[end : end + 2]
    return not (len(after) == 2 and after[0] == " " and after[1].isupper() and word.istitle())


def _both(*checks: Accept) -> Accept:
    return lambda text, start, end: all(check(text, start, end) for check in checks)


# ---------------------------------------------------------------------------------------------
# the rules

WD = rf"(?:{WEEKDAY},?\s+)?"
MONTH_FULL = alternation(FULL_MONTHS)

DATE_RULES: tuple[Rule, ...] = (
    Rule("iso_date", _compile(rf"{NUM_START}(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]){NUM_END}"), read_day),
    Rule("numeric_date", _compile(rf"{NUM_START}(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>{YEAR}|\d\d){NUM_END}"), read_day),
    Rule("day_range", _compile(rf"(?P<mon>{MONTH})\s+(?P<d1>{DAY})\s*(?:[-–—]|to|through|and)\s*(?P<d2>{DAY}),?\s+(?P<y>{YEAR}){NUM_END}"), read_day_range),
    Rule("month_day_year", _compile(rf"{WD}(?:{PART})?(?P<mon>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR}){NUM_END}"), read_day),
    Rule("day_month_year", _compile(rf"{WD}(?:the\s+)?{NUM_START}(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH}),?\s+(?P<y>{YEAR}){NUM_END}"), read_day),
    Rule("month_range", _compile(rf"(?P<m1>{MONTH})\s*(?:[-–—]|to|through|and)\s*(?P<m2>{MONTH}),?\s+(?P<y>{YEAR}){NUM_END}"), read_month_range),
    Rule("month_year", _compile(rf"(?:{PART})?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR}){NUM_END}"), read_month_year),
    Rule("month_day", _compile(rf"{WD}(?:{PART})?(?P<mon>{MONTH})\s+(?P<d>{DAY}){NUM_END}(?!,?\s*{YEAR})"), read_month_day, _not_a_name),
    Rule("day_month", _compile(rf"{WD}(?:the\s+)?{NUM_START}(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH_FULL})\b(?!,?\s*{YEAR})"), read_month_day, _not_a_name),
    Rule("season_year", _compile(rf"(?:{PART})?(?:the\s+)?(?P<s>{SEASON})(?:\s+of)?,?\s+(?P<y>{YEAR}){NUM_END}"), read_season_year),
    Rule("quarter", _compile(rf"(?:the\s+)?(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of)?(?:\s+(?:fiscal\s+)?(?P<y>{YEAR}))?\b"), read_quarter),
    Rule("quarter_code", _compile(rf"\bQ(?P<q>[1-4])\s*(?P<y>{YEAR}|['’]\d\d){NUM_END}"), read_quarter),
    Rule("half", _compile(rf"(?:the\s+)?(?P<h>first|second|1st|2nd|latter)\s+half\s+of\s+(?P<y>{YEAR}){NUM_END}"), read_half),
    Rule("year_range", _compile(rf"{NUM_START}(?P<a>{YEAR})\s*[-–—]\s*(?P<b>{YEAR}|\d\d){NUM_END}"), read_year_range),
    Rule("decade", _compile(rf"(?:the\s+)?(?:(?:early|mid|late|gradual)[\s-]*)?{NUM_START}(?P<dec>1[0-9]\d0|20\d0)['’]?s\b"), read_decade),
    Rule("decade_short", _compile(r"(?:the\s+)?(?:(?:early|mid|late|gradual)[\s-]*)?['’](?P<dd>\d0)s\b"), read_decade),
    Rule("decade_word", _compile(rf"(?:the\s+(?:(?:early|mid|late|gradual)[\s-]*)?|\b(?:early|mid|late|gradual)[\s-]*)(?P<dw>{alternation(DECADE_WORDS)})\b"), read_decade),
    Rule("century", _compile(rf"(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?(?P<c>{ORDINAL})[\s-]+century\b"), read_century),
    Rule("year", _compile(
        rf"(?:{PART})?(?:(?:the\s+)?(?:fiscal\s+)?year\s+|fiscal\s+|FY\s*)?{NUM_START}(?P<y>{YEAR}){NUM_END}"
        rf"(?!\s+(?:{_COUNT_NOUNS})\b)(?!\s+(?-i:[NSEW])\.?\s)(?!\s+\w+\.?\s+{_STREET})"
    ), read_year),
    Rule("relative_month", _compile(rf"(?:{PART})?\b(?P<rel>{THIS_LAST_NEXT})\s+(?P<mon>{MONTH_FULL})\b"), read_relative_month),
    Rule("relative_weekday", _compile(rf"\b(?P<rel>{THIS_LAST_NEXT})\s+(?P<wd>{WEEKDAY})\b"), read_relative_weekday),
    Rule("relative_season", _compile(rf"(?:{PART})?\b(?P<rel>{THIS_LAST_NEXT})\s+(?P<s>{SEASON})\b"), read_relative_season),
    Rule("relative_unit", _compile(rf"(?:{PART})?\b(?P<rel>{THIS_LAST_NEXT})\s+(?P<unit>week|weekend|month|quarter|year|decade|century)\b"), read_relative_unit),
    Rule("today", _compile(r"\b(?P<w>yesterday|today|tomorrow|tonight)(?:\s+(?P<p>morning|afternoon|evening|night))?\b"), read_today),
    Rule("this_morning", _compile(r"\b(?P<w>this)\s+(?P<p>morning|afternoon|evening)\b"), read_today),
    Rule("ago", _compile(rf"{NUM_START}(?P<n>{NUMBER})[\s-]+(?P<unit>{UNIT})\s+(?P<dir>ago|from\s+now|hence)\b"), read_ago),
    Rule("later", _compile(rf"{NUM_START}(?P<n>{NUMBER})[\s-]+(?P<unit>{UNIT})\s+(?P<dir>later|earlier|afterwards?|before|after|prior)\b(?!\s+(?:than|the|a|an|his|her|their|its|this|that|he|she|they|it|we|being|[a-z]+ing)\b)"), read_later),
    Rule("anchored", _compile(rf"(?:{PART})?(?:\bthe\s+(?:very\s+)?(?P<which>following|next|previous|preceding|prior|same)|\bthat)\s+(?P<unit>day|week|weekend|month|year|morning|afternoon|evening|night)\b"), read_anchored),
    Rule("weekday", _compile(rf"\b(?P<wd>{WEEKDAY})(?:\s+(?P<p>morning|afternoon|evening|night))?\b"), read_weekday, _not_a_name),
    Rule("month", _compile(rf"(?:{PART})?\b(?P<mon>{MONTH_FULL})\b(?!\s*\d)"), read_month, _both(_after_cue, _not_a_name)),
    Rule("season", _compile(rf"(?:{PART})?(?:\bthe\s+)?\b(?P<s>{SEASON})\b(?!\s*\d)"), read_season, _after_cue),
)  # fmt: skip


def _anonymous(pattern: re.Pattern[str]) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern)


DATEISH = "(?:" + "|".join(_anonymous(r.pattern) for r in DATE_RULES) + ")"

OTHER_RULES: tuple[Rule, ...] = (
    Rule("between", _compile(rf"\bbetween\s+(?P<a>{DATEISH})\s+and\s+(?P<b>{DATEISH})"), read_between),
    Rule("from_to", _compile(rf"\bfrom\s+(?P<a>{DATEISH})\s*(?:to|through|thru|until|till|[-–—])\s*(?P<b>{DATEISH})"), read_between),
    Rule("since", _compile(rf"\b(?:ever\s+)?since\s+(?P<a>{DATEISH})"), read_since),
    Rule("duration", _compile(
        rf"(?:\b(?:the\s+)?(?:last|past|next|first|previous|coming|following|final)\s+|\b(?:an?\s+)?(?:extra|additional|another|further)\s+)?{NUM_START}"
        rf"(?P<n>{NUMBER})[\s-]+(?P<unit>{UNIT})(?:\s+(?:long|old))?\b"
    ), read_duration),
    Rule("duration_vague", _compile(r"\b(?:for|over)\s+(?P<unit>years|months|weeks|days|decades|hours)\b"), read_duration),
    Rule("set", _compile(r"\b(?P<w>hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly)\b"), read_set),
    Rule("set_every", _compile(
        rf"\b(?:(?:once|twice|thrice|{NUMBER}\s+times)\s+(?:a|an|per|every|each)|every|each|per)\s+(?:other\s+)?"
        rf"(?P<unit>day|week|month|year|quarter|decade|{WEEKDAY})\b"
    ), read_set),
    Rule("vague", _compile(
        r"\b(?:recently|lately|nowadays|currently|these\s+days|now|"
        r"(?:in\s+)?(?:recent|fresh)\s+(?:years|months|weeks|days|decades|times)|"
        r"(?:in\s+)?the\s+(?:past|future)(?!\s+\w+\s+(?:years|months|weeks|days))|"
        r"(?:over\s+)?the\s+years|years\s+past)\b"
    ), read_vague),
    Rule("clock_time", _compile(
        rf"{NUM_START}(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\b\.?)"
        r"(?:\s+(?:ET|EST|EDT|CT|CST|CDT|MT|PT|PST|PDT|GMT|UTC)\b)?|\b(?:noon|midnight)\b"
    ), read_time),
)  # fmt: skip

RULES: tuple[Rule, ...] = OTHER_RULES + DATE_RULES
RULES_BY_NAME = {rule.name: rule for rule in RULES}


def read_expression(
    text: str, context: Context, *, dates_only: bool = False, first_rule: str | None = None
) -> Reading | None:
    """Read a whole expression with the first rule that matches all of it, or None.

    Args:
        dates_only: only the rules of expressions that name a date (inside "since A").
        first_rule: the rule that recognised the expression, tried before the others.
    """
    text = text.strip()
    rules = DATE_RULES if dates_only else RULES
    if first_rule in RULES_BY_NAME:
        rules = (RULES_BY_NAME[first_rule], *rules)
    for rule in rules:
        m = rule.pattern.fullmatch(text)
        if m:
            reading = rule.read(m, context)
            if reading is not None:
                return reading
    return None
