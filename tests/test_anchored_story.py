"""A time counted from the story's last moment ("two hours later", "the next day") is read
against the last date the text named (issue 13, item 4); with none named before it, the count
is from an undated event and the clause has no date, not the publication date's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline.models import Event
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model


def events_of(tmp_path: Path, text: str) -> list[Event]:
    (tmp_path / "a.txt").write_text(
        "---\npublished: 2006-12-06\n---\n" + text + "\n", encoding="utf-8"
    )
    return list(build_timeline([tmp_path], Settings()).timeline.events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Rescuers found the boat near the coast. Two hours later the crew was rescued by "
            "a helicopter.",
            "rescue",
        ),
        (
            "A bomb exploded in the crowded market. The next day, police arrested three men.",
            "arrest",
        ),
    ],
)
def test_a_count_from_an_undated_event_gives_no_date(
    nlp: Any, tmp_path: Path, text: str, trigger: str
) -> None:
    assert [e.date.edtf for e in events_of(tmp_path, text) if e.trigger == trigger] == []


def test_a_count_from_a_dated_event_takes_its_date(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Rescuers found the boat on Monday. Two hours later the crew was rescued by a helicopter.",
    )
    assert [e.date.edtf for e in events if e.trigger == "rescue"] == ["2006-12-04"]
