"""A quarter of a game is no quarter of the calendar: "the quarter-finals", "a touchdown late in
the first quarter" name no date (a quarter with its year, or of a company's results, does)."""

from __future__ import annotations

import pytest

from timeline.temporal.recognize import find_in_text


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_in_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Chelsea dumped Newcastle out of the competition in the quarter-finals.",
        "Owens beat Hall for a seven-yard touchdown late in the first quarter.",
        "He was hurt with 13 seconds to play in the fourth quarter of the 106-90 victory.",
    ],
)
def test_a_quarter_of_a_game_is_no_date(text: str) -> None:
    assert not any("quarter" in found for found in _found(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GDP grew by 0.8 percent in the third quarter.", ["the third quarter"]),
        (
            "Profit rose in the fourth quarter of 2005, the year of the late touchdown.",
            ["the fourth quarter of 2005"],
        ),
    ],
)
def test_a_quarter_of_the_calendar_stays(text: str, expected: list[str]) -> None:
    assert [f for f in _found(text) if "quarter" in f] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hayden scored his fifth century in eight Tests.", []),
        ("It was Ponting's 33rd century in Test cricket.", []),
        ("The bridge was built in the 15th century.", ["the 15th century"]),
    ],
)
def test_a_century_someone_owns_is_a_score(text: str, expected: list[str]) -> None:
    assert [f for f in _found(text) if "century" in f] == expected
