"""Statistics among results and totals: a company's result recalled as background (in the past
perfect, or describing a thing), a total told so far over a year, and a measure that shows a
change are figures of a period, not events. A result told as news stays an event, whatever
its period: the company's report, or the change of its figure."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline.models import Event
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model

PUBLISHED = "1997-04-22"


def events_of(tmp_path: Path, text: str) -> list[Event]:
    (tmp_path / "a.txt").write_text(f"---\npublished: {PUBLISHED}\n---\n{text}\n", "utf-8")
    return list(build_timeline([tmp_path], Settings()).timeline.events)


def dated(events: list[Event]) -> list[tuple[str, str | None]]:
    """The events a date of the text gives (not the lead's, at the publication date)."""
    return [(e.date.edtf, e.trigger) for e in events if e.date.edtf != PUBLISHED]


@pytest.mark.parametrize(
    "sentence",
    [
        "It had scored a net profit of 47.3 million marks in 1995.",  # recalled
        "The group, which posted a net profit of 40 million dollars in 1995, is for sale.",
        "The agency has provided 4.2 million dollars in aid this year.",  # a total so far
        "The striker scored 358 goals in 349 matches from 1947 to 1956.",  # over years
        "British output prices showed their sharpest fall since 1986 in March.",
        "British retail sales rose by 0.3 percent in March.",  # a sector's, not a company's
        "Car sales in Germany rose sharply in March.",
        "Area-wide gross domestic product (GDP) grew by 0.8 percent in the first quarter.",
        "Bush's approval ratings have improved by a percentage point to 39 percent in March.",
        "Car sales in Japan are expected to grow again early next year.",  # a forecast
    ],
)
def test_a_figure_of_a_period_is_a_statistic(nlp: Any, tmp_path: Path, sentence: str) -> None:
    assert dated(events_of(tmp_path, sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Revenue rose 12% to $1.31 billion in the quarter ended March 28.", ("1997-33", "rise")),
        ("The company posted a loss of 2 billion dollars in 1996.", ("1996", "post")),
        ("The carmaker lost 3 billion dollars in 1996.", ("1996", "lose")),
        ("The company's sales fell 31% in March.", ("1997-03", "fall")),
        ("The United States gave 5 million dollars in aid in 1996.", ("1996", "give")),
        ("The president is to serve seven years from 1998 to 2005.", ("1998/2005", "be")),
    ],
)
def test_a_result_told_as_news_stays_an_event(
    nlp: Any, tmp_path: Path, sentence: str, expected: tuple[str, str]
) -> None:
    assert dated(events_of(tmp_path, sentence)) == [expected]


def test_the_report_of_a_recalled_result_stays_an_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "AMV announced on Tuesday that it had scored a net profit of 47.3 million marks last year.",
    )
    assert [(e.date.edtf, e.trigger) for e in events] == [("1997-04-22", "announce")]
