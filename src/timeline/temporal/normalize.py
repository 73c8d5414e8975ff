"""Normalising one time expression: the rules first, then a few classifications, then
dateparser for the long tail."""

from __future__ import annotations

import re
import unicodedata

from timeline.edtf import NormalizedDate
from timeline.models import TimexType
from timeline.temporal import fallback
from timeline.temporal.grammar import RULES_BY_NAME, read_expression
from timeline.temporal.numbers import duration_value, parse_count
from timeline.temporal.readers import Reading
from timeline.temporal.resolve import Context, around
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS

_POSSESSIVE = re.compile(r"['’]s?\s*$")
_LEADING = re.compile(r"^(?:in|on|at|by|during|around|about|the|of)\s+", re.IGNORECASE)
_PRE_POST = re.compile(r"^(?:pre|post)-", re.IGNORECASE)
_DURATION_WORDS = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)\b",
    re.IGNORECASE,
)
_VAGUE_PAST = re.compile(
    r"\b(?:recent|past|ago|once|former|earlier|previous|fresh)\b", re.IGNORECASE
)
_VAGUE_FUTURE = re.compile(r"\b(?:future|coming|soon|upcoming|later)\b", re.IGNORECASE)
_VAGUE_PRESENT = re.compile(r"\b(?:now|current|present|today|these days)\b", re.IGNORECASE)
_ORDINAL = re.compile(
    r"(?:the\s+)?[\w\s-]*?(?:\d+(?:st|nd|rd|th)|first|second|third|[a-z]+th)", re.I
)
_AGE = re.compile(r"\b(?:years?|months?|weeks?|days?)[\s-]+old\b", re.IGNORECASE)
_COUNTED = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b", re.I)
# Only text that names a month or a weekday goes to dateparser: the rules read the rest, and
# dateparser costs a hundred times more.
_CALENDAR_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(set(MONTHS) | set(WEEKDAYS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def normalize(text: str, context: Context, rule: str | None = None) -> Reading | None:
    """What `text` means, read against `context`; None when it is not a time expression."""
    if not text.isascii():  # zero-width spaces and soft hyphens from the web hide a date
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    if "'" in text or "’" in text:
        text = _POSSESSIVE.sub("", text)
    cleaned = " ".join(text.strip(" \t\n,.;:()[]\"'“”‘’").split())
    if not cleaned:
        return None
    reading = read_expression(cleaned, context, first_rule=rule)
    if reading is None and _LEADING.match(cleaned):
        reading = read_expression(_LEADING.sub("", cleaned, count=1), context)
    if reading is None and _PRE_POST.match(cleaned):  # "post-1959": one token for spaCy
        reading = read_expression(_PRE_POST.sub("", cleaned, count=1), context, first_rule=rule)
    if reading is not None or rule in RULES_BY_NAME:
        return reading  # what a rule found but cannot read (year 0) is no date at all
    return _classify(cleaned, context)


_SHIFTED = re.compile(r"\b(?:ago|before|after|earlier|later|hence|from\s+now)\b", re.IGNORECASE)


def _invented_year(text: str, value: NormalizedDate, context: Context) -> bool:
    """dateparser reads "December 8-11" as 1911-12-08: a year the text neither writes nor
    counts to, far from the article's."""
    reference = context.reference
    year = value.start.year
    if str(year) in text or _SHIFTED.search(text) or re.search(f"['’]{year % 100:02d}", text):
        return False  # written, counted, or "'05"
    return reference is None or abs(year - reference.start.year) > 1


def _classify(text: str, context: Context) -> Reading | None:
    """Spans the rules do not read whole (mostly spaCy's): vague references, durations, and
    what dateparser can read. Bare numbers and ordinals are not dates."""
    if _CALENDAR_WORD.search(text):
        reading = _read_with_dateparser(text, context)
        if reading is not None:
            return reading
    elif not re.search(r"[a-z]{3}", text, re.IGNORECASE) or _ORDINAL.fullmatch(text):
        return None
    if _AGE.search(text):  # "6-year-old", "52 years old": an age, not a time
        return None
    if _VAGUE_PRESENT.search(text):
        return Reading(TimexType.DATE, "PRESENT_REF")
    if _VAGUE_FUTURE.search(text):
        return Reading(TimexType.DATE, "FUTURE_REF")
    if _DURATION_WORDS.search(text):
        if _VAGUE_PAST.search(text) and not _COUNTED.search(text):
            return Reading(TimexType.DATE, "PAST_REF")
        return _duration(text)
    if _VAGUE_PAST.search(text):
        return Reading(TimexType.DATE, "PAST_REF")
    return None


def _duration(text: str) -> Reading | None:
    """A span of time the rules did not read: "eight trading days" is P8D, "the weeks ahead"
    PXW. One unit with nothing to count it ("the day", "this week") is no duration."""
    units = _DURATION_WORDS.findall(text)
    unit = units[-1].lower()
    plural = unit.endswith("s") and unit != "centuries"
    unit = {"centuries": "century"}.get(unit, unit.removesuffix("s") if plural else unit)
    count = next(
        (n for w in re.findall(r"[\w.,/]+", text) if (n := parse_count(w)) is not None), None
    )
    if count is None and not plural and unit != "century":
        return None
    return Reading(TimexType.DURATION, duration_value(count, unit))


def _read_with_dateparser(text: str, context: Context) -> Reading | None:
    if re.search(r"\d,\d{3}", text):  # dateparser reads "15,000 years" as a date
        return None
    first, absolute = fallback.probed(text)
    if first is None:
        return None
    if absolute:
        if _invented_year(text, first, context):
            return None
        return Reading(TimexType.DATE, first.timex, first)
    value = around(context.reference, lambda d: fallback.parse(text, d))
    if value is not None and _invented_year(text, value, context):
        return None
    if value is None:
        return Reading(
            TimexType.DATE, None, None, relative=True, unresolved=context.reference is None
        )
    return Reading(TimexType.DATE, value.timex, value, relative=True)
