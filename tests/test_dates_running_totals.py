"""A count told in the present perfect over a week or longer is a running total, no event
then ("storms have killed 31 people this month", "the envoys have met four times this
week"); the same act on a day, or told in the past over a period, stays an event."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_dates_of_another_word import dated, events_of

pytestmark = pytest.mark.model


def test_a_toll_so_far_this_month_is_no_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "Storms have killed 31 people this month in the south.\n")
    assert dated(events) == []


def test_meetings_counted_so_far_this_week_are_no_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "The two envoys have met four times this week.\n")
    assert dated(events) == []


def test_a_count_on_a_day_stays_an_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "Storms have killed 31 people on Monday in the south.\n")
    assert dated(events) == [("2011-03-07", "kill")]


def test_a_toll_told_in_the_past_over_a_month_stays_an_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "A storm killed 31 people last month in the south.\n")
    assert dated(events) == [("2011-02", "kill")]
