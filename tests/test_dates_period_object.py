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
