"""Numbers in time expressions: counts in digits or words ("twenty-four", "2 1/2", "a year
and a half"), years in digits or words ("nineteen ninety-six"), and TIMEX3 durations."""

from __future__ import annotations

import re

from timeline.temporal.vocabulary import alternation

UNITS_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ARTICLES: dict[str, float] = {
    "a": 1, "an": 1, "a single": 1, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a pair of": 2,
    "a dozen": 12, "half a": 0.5, "half an": 0.5, "a half": 0.5, "a hundred": 100,
    "one hundred": 100, "a thousand": 1000,
}  # fmt: skip
VAGUE_COUNTS = (
    "a few", "few", "several", "many", "some", "a number of", "numerous", "dozens of",
    "hundreds of", "thousands of", "a couple of", "countless",
)  # fmt: skip

_SEP = r"[\s-]+"
_UNIT_WORD = alternation(UNITS_WORDS)
_TWO_DIGIT_WORD = (
    rf"(?:{alternation(TENS)}(?:{_SEP}{alternation(k for k in UNITS_WORDS if k != 'zero')})?"
    rf"|{alternation(TEENS)})"
)
NUMBER = (
    r"(?:\d+(?:[.,]\d+)?(?:\s+\d/\d)?"
    rf"|{_TWO_DIGIT_WORD}|{_UNIT_WORD}|{alternation(list(ARTICLES) + list(VAGUE_COUNTS))})"
    rf"(?:{_SEP}and{_SEP}a{_SEP}half)?"
)
WORD_YEAR = (
    rf"(?:(?:nineteen|eighteen|seventeen){_SEP}(?:hundred(?:{_SEP}and)?{_SEP})?"
    rf"(?:{_TWO_DIGIT_WORD}|oh{_SEP}{_UNIT_WORD})"
    rf"|two{_SEP}thousand(?:{_SEP}(?:and{_SEP})?(?:{_TWO_DIGIT_WORD}|{_UNIT_WORD}))?)"
)


def _words(text: str) -> list[str]:
    return re.sub(r"[\s-]+", " ", text.lower().strip()).split()


def small_number(words: list[str]) -> int | None:
    """0-99 from words: ["twenty", "four"] is 24."""
    if len(words) == 1:
        word = words[0]
        return UNITS_WORDS.get(word, TEENS.get(word, TENS.get(word)))
    if len(words) == 2 and words[0] in TENS and words[1] in UNITS_WORDS:
        return TENS[words[0]] + UNITS_WORDS[words[1]]
    return None


def parse_count(text: str | None) -> float | None:
    """A count in digits or words; None for vague counts ("several", "hundreds of")."""
    if not text:
        return None
    text = " ".join(_words(text))
    half = 0.0
    if text.endswith(" and a half"):
        text, half = text[: -len(" and a half")], 0.5
    fraction = re.fullmatch(r"(\d+)\s+(\d)/(\d)", text)
    if fraction:
        whole, numerator, denominator = (int(g) for g in fraction.groups())
        return whole + numerator / denominator + half if denominator else None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):  # 15,000
        return float(text.replace(",", "")) + half
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", ".")) + half
    if text in ARTICLES:
        return ARTICLES[text] + half
    value = small_number(text.split())
    return None if value is None else value + half


def parse_year(text: str) -> int:
    """A year in digits ("1998", "'98" as 1998) or words ("nineteen ninety-six")."""
    digits = re.sub(r"\D", "", text)
    if digits:
        value = int(digits)
        if len(digits) == 2:
            value += 1900 if value >= 50 else 2000
        return value
    words = [w for w in _words(text) if w != "and"]
    if words[:2] == ["two", "thousand"]:
        return 2000 + (small_number(words[2:]) or 0) if len(words) > 2 else 2000
    century = TEENS[words[0]] * 100
    rest = words[1:]
    if rest and rest[0] == "hundred":
        rest = rest[1:]
    if rest and rest[0] == "oh":
        rest = rest[1:]
    return century + (small_number(rest) or 0) if rest else century


_CODES = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "month": "M", "quarter": "Q", "year": "Y",
}  # fmt: skip
_SMALLER = {"year": (12, "month"), "month": (30, "day"), "week": (7, "day"), "day": (24, "hour"),
            "hour": (60, "minute"), "minute": (60, "second")}  # fmt: skip
_SCALE = {"decade": (10, "year"), "century": (100, "year"), "fortnight": (2, "week")}


def duration_value(amount: float | None, unit: str) -> str:
    """The TIMEX3 duration: (3, "month") is P3M, (48, "hour") PT48H, (2.5, "year") P2Y6M,
    (2, "decade") P20Y, (2, "quarter") P2Q, (None, "year") PXY."""
    if unit in _SCALE:
        factor, unit = _SCALE[unit]
        amount = None if amount is None else amount * factor
    time = unit in ("hour", "minute", "second")
    prefix = "PT" if time else "P"
    if amount is None:
        return f"{prefix}X{_CODES[unit]}"
    whole = int(amount)
    parts = f"{whole}{_CODES[unit]}" if whole else ""
    rest = amount - whole
    if rest and unit in _SMALLER:
        per, smaller = _SMALLER[unit]
        small = round(rest * per)
        if small:
            smaller_time = smaller in ("hour", "minute", "second")
            if smaller_time and not time:
                return f"P{parts}T{small}{_CODES[smaller]}"
            parts += f"{small}{_CODES[smaller]}"
    return f"{prefix}{parts or '0' + _CODES[unit]}"
