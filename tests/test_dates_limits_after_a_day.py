"""Dates of limits: a day an act was done on, then a limit it set ("adjourned the trial on
Monday until April 4": one row, on Monday); a range opened by "from" keeps its end; a limit a
present-perfect act set is still running ("has suspended its work until January" in December:
next January), a state kept up to a day is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.models import Event
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model


def events_of(tmp_path: Path, text: str, published: str) -> list[Event]:
    front = f"---\npublished: {published}\n---\n"
    (tmp_path / "a.txt").write_text(front + text + "\n", encoding="utf-8")
    return list(build_timeline([tmp_path], Settings()).timeline.events)


def dates_of(events: list[Event], trigger: str) -> list[str]:
    return sorted(e.date.edtf for e in events if e.trigger == trigger)


@pytest.mark.parametrize(
    "text",
    [
        "The magistrate adjourned the inquiry on Monday until April 4.",
        "The inquiry was adjourned Monday until Thursday.",
    ],
)
def test_a_limit_after_the_acts_day_dates_no_row(tmp_path: Path, text: str) -> None:
    # 2006-12-18 is a Monday
    events = events_of(tmp_path, text, "2006-12-18")
    assert dates_of(events, "adjourn") == ["2006-12-18"]


def test_a_range_opened_by_from_keeps_its_end(tmp_path: Path) -> None:
    text = "A feud divided the two villages from the flood in 1961 until 1988."
    events = events_of(tmp_path, text, "2006-12-18")
    assert "1988" in dates_of(events, "divide")


def test_a_limit_a_present_perfect_act_set_lies_ahead(tmp_path: Path) -> None:
    text = "The aid group has halted its field programmes in the north until January."
    events = events_of(tmp_path, text, "2006-12-18")
    assert all(not d.startswith("2006-01") for e in events for d in [e.date.edtf])


def test_a_limit_of_a_state_kept_stays_behind(tmp_path: Path) -> None:
    text = "His release had been kept quiet by the army until Tuesday, officials said."
    events = events_of(tmp_path, text, "2005-11-02")
    assert all(e.date.edtf <= "2005-11-02" for e in events)
