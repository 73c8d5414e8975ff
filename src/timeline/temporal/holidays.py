"""Named days of the calendar ("Christmas Day", "Thanksgiving", "Easter"), as days of a year.

Fixed-date holidays and the common movable ones of English-language news (US rules for
Thanksgiving, Memorial Day and Labor Day, as in the AP stylebook).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from timeline.temporal.vocabulary import alternation


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of a month (n = -1: the last one)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31),
    "martin luther king day": lambda y: nth_weekday(y, 1, 0, 3),
    "valentine's day": lambda y: date(y, 2, 14),
    "presidents' day": lambda y: nth_weekday(y, 2, 0, 3),
    "st. patrick's day": lambda y: date(y, 3, 17),
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "easter sunday": easter,
    "easter": easter,
    "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "independence day": lambda y: date(y, 7, 4),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1),
    "halloween": lambda y: date(y, 10, 31),
    "veterans day": lambda y: date(y, 11, 11),
    "election day": lambda y: nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "christmas eve": lambda y: date(y, 12, 24),
    "christmas day": lambda y: date(y, 12, 25),
    "christmas": lambda y: date(y, 12, 25),
    "boxing day": lambda y: date(y, 12, 26),
}
HOLIDAY = alternation(name.replace("'", "['’]?") for name in HOLIDAYS).replace(r"\.", ".")


def holiday_name(text: str) -> str:
    """The key of HOLIDAYS for a matched name ("Christmas", "New Years Day")."""
    plain = " ".join(text.lower().replace("’", "'").split())
    for name in HOLIDAYS:
        if plain == name or plain == name.replace("'", ""):
            return name
    raise KeyError(text)
