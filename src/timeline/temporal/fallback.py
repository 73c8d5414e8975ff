"""The slow path: dateparser, for the long tail of forms the rules do not know."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from timeline import edtf
from timeline.edtf import NormalizedDate

# Fixed, far-apart bases: an expression that reads the same against both is absolute.
PROBES = (date(2001, 3, 14), date(2013, 10, 7))


@lru_cache(maxsize=64)
def _parser(base: date) -> Any:
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "RETURN_TIME_AS_PERIOD": True,
    }
    return DateDataParser(languages=["en"], settings=settings)


def parse(text: str, base: date) -> NormalizedDate | None:
    """Read `text` with dateparser against day `base`, keeping the precision it reports."""
    try:
        data = _parser(base).get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    if data.period == "year":
        return edtf.year(found.year)
    if data.period == "month":
        return edtf.month(found.year, found.month)
    if data.period == "time" and not re.search(r"\d|noon|midnight", text, re.IGNORECASE):
        return None  # dateparser answers "time" for what it could not place
    return edtf.from_date(found)


def probed(text: str) -> tuple[NormalizedDate | None, bool]:
    """`text` read against the first of the `PROBES` (None when dateparser cannot read it),
    and whether it reads the same against the second: then it is absolute. Each reading is a
    dateparser call, the slowest step of normalising: none is made twice."""
    first = parse(text, PROBES[0])
    return first, first is not None and first == parse(text, PROBES[1])
