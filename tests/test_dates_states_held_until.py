"""A post or a state held until a date, told as going on or to come ("holds the presidency
until the end of June"), is no event then; a limit a done act set stays with the act."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_dates_of_another_word import dated, events_of

pytestmark = pytest.mark.model


def test_a_post_held_until_a_date_is_no_event_then(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Hungary, which holds the rotating presidency of the bloc until the end of June, "
        "called for calm.\n",
    )
    assert [d for d in dated(events) if d[0].startswith("2011-06")] == []


def test_a_limit_a_done_act_set_stays_with_the_act(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "The judge adjourned the hearing on Monday until April 4.\n")
    assert ("2011-03-07", "adjourn") in dated(events)
