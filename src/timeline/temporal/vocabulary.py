"""Words of time in English news, and regular-expression fragments built from them.

Fragments carry no named groups, so that they can be combined freely.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
FULL_MONTHS = tuple(name for name in MONTHS if len(name) > 4 or name in ("may", "june", "july"))
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
SEASON_WORDS: dict[str, str] = {
    "spring": "spring", "summer": "summer", "fall": "autumn", "autumn": "autumn",
    "winter": "winter",
}  # fmt: skip
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
for _tens, _base in (("twenty", 20), ("thirty", 30)):
    for _unit, _n in list(ORDINAL_WORDS.items())[:9]:
        if _base + _n <= 31:
            ORDINAL_WORDS[f"{_tens}-{_unit}"] = ORDINAL_WORDS[f"{_tens} {_unit}"] = _base + _n
DAY_WORD = (
    "(?:"
    + "|".join(
        w.replace(" ", r"\s+")
        for w in sorted(ORDINAL_WORDS, key=len, reverse=True)
        if ORDINAL_WORDS[w] <= 31
    )
    + ")"
)
DECADE_WORDS: dict[str, int] = {
    "twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
    "seventies": 1970, "eighties": 1980, "nineties": 1990,
}  # fmt: skip
UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
    "century": "CE", "centurie": "CE",
}  # fmt: skip

# Words that noisy or machine-paraphrased text puts where the usual word was.
SYNONYMS: dict[str, str] = {"gradual": "late", "previous": "past", "fresh": "recent"}


def alternation(words: object) -> str:
    """A non-capturing alternation, longest words first so that the regex prefers them."""
    items = sorted((str(w) for w in words), key=len, reverse=True)  # type: ignore[attr-defined]
    return "(?:" + "|".join(w.replace(" ", r"\s+").replace(".", r"\.") for w in items) + ")"


MONTH = (
    r"(?:" + alternation(FULL_MONTHS) + r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)"
)
WEEKDAY = alternation(WEEKDAYS)
SEASON = alternation(SEASON_WORDS)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
UNIT = r"(?:" + alternation(UNITS) + r")s?"
PART = (
    r"(?:\b(?:early|earlier|mid|middle|late|later|gradual|"  # not "n[early] March"
    r"(?:the\s+)?(?:beginning|start|end|middle|close|turn|first\s+half|second\s+half)\s+of)"
    r"[\s-]*(?:in\s+)?)"
)
THIS_LAST_NEXT = r"(?:last|this\s+past|this\s+previous|this\s+coming|this|next|coming)"
ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|" + alternation(ORDINAL_WORDS) + r")"
# Not part of a longer number, amount or code.
NUM_START = r"(?<![\w$£€#.,/])(?<!(?-i:[A-Z0-9])-)"
NUM_END = r"(?![\w%/]|[.,]\d|-\d)"
