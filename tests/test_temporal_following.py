""" "Following" with no article before a weekday is a preposition, not "the following
Tuesday": "praised following Tuesday's raid" is the last Tuesday, not the next one."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.edtf import parse_edtf

# sentence, document date, expression, TIMEX3 value
CASES = [
    ("Fujimori was showered with praise following Tuesday's daylight raid.", "1997-04-23",
     "Tuesday", "1997-04-22"),
    ("They met on May 3, 1996 and again the following Tuesday.", "1997-04-23",
     "the following Tuesday", "1996-05-07"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "phrase", "timex"), CASES)
def test_following_as_a_preposition(
    nlp: Any, text: str, published: str, phrase: str, timex: str
) -> None:
    from timeline.temporal import extract_time_expressions

    found = extract_time_expressions(nlp(text), parse_edtf(published))
    assert {e.text: e.timex_value for e in found}.get(phrase) == timex, found
