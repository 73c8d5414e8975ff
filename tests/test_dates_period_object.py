"""A period that is a verb's object dates no act ("end the year on top"), a bare day the parse
took for an object still does ("called Sunday for…"); and what an "if" supposes is no row,
also a verb its clause joins. Through `build_timeline`, on sentences written for these tests
(articles of Friday 2024-05-10)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import events_of

pytestmark = pytest.mark.model


def test_a_period_as_the_object_dates_no_act(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The carmakers expect to finish the year with exports up 30 percent. The club could "
        "end the season on top of the table.",
    )
    assert not [e for e in events if e.date.edtf in ("2024", "2024-05-10") and "finish" in e.title]
    assert not [e for e in events if "end" in e.title.split() and e.date.edtf == "2024"]


def test_a_day_read_as_the_object_still_dates_its_verb(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "The opposition leader called Sunday for early elections.")
    assert any(e.date.edtf == "2024-05-05" and "called" in e.title for e in events)


def test_a_verb_joined_to_a_supposition_is_no_row(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "If the rebels win the vote and advance on Sunday, the talks will collapse, the "
        "mediator warned.",
    )
    assert not [e for e in events if "advance" in e.title]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry predicted 3.1 percent growth in the year to March 2025 in real terms.",
        "The bank forecast 2.0 percent growth in the six months to September 2025.",
    ],
)
def test_a_period_a_date_ends_dates_no_forecast(nlp: Any, tmp_path: Path, sentence: str) -> None:
    events = events_of(tmp_path, sentence)
    assert not [e for e in events if e.date.edtf.startswith("2025")]
    assert not [e for e in events if e.date.edtf == "2024" and e.anchor != "document-date"]


def test_a_figure_a_participle_dates_is_no_act(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Exports rose 4 percent, above the revised 2.5 percent estimated for this year.",
    )
    assert not [e for e in events if "estimated" in e.title]
