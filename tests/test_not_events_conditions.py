"""Not events: a condition told as going on or with "be" and a participle at a date, what is
only expected not to happen or only warned against, a period measured by a figure, and a
heading line that is a date and a note in brackets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline.models import Event
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model

HEADER = "---\npublished: 2011-03-09\n---\n"


def events_of(tmp_path: Path, text: str) -> list[Event]:
    (tmp_path / "a.txt").write_text(HEADER + text, encoding="utf-8")
    return list(build_timeline([tmp_path], Settings()).timeline.events)


def dated(events: list[Event]) -> list[tuple[str, str]]:
    """The events the text dates itself (not the article's date)."""
    return [(e.date.edtf, e.trigger) for e in events if e.anchor.value != "document-date"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a condition told as going on, or by a participle describing a noun
        "A fisherman was recuperating in a clinic on Tuesday, his family said.",
        "The coach of Porto is one more coach feeling the pressure this week.",
        # only expected not to happen
        "We do not expect any sharp rise or drop in rents next month.",
        # the date of a document, told in passing
        "These sales conform with the banks' lending agreement dated September 27, 2004, the "
        "bank said.",
        # a period measured, written before the figure's noun
        "The agency revised down fourth quarter US gross domestic product (GDP) to 1.1 percent.",
    ],
)
def test_conditions_and_what_is_not_told_are_no_events(
    nlp: Any, tmp_path: Path, sentence: str
) -> None:
    assert dated(events_of(tmp_path, sentence + "\n")) == []


def test_what_is_only_warned_against_is_no_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The border police have warned against attacks by Islamist militants to coincide with "
        "this week's Jewish Passover holidays.\n",
    )
    assert "coincide" not in [e.trigger for e in events]


def test_a_participle_of_a_condition_with_be_is_no_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Now the bond market is focused on the outcome of the central bank meeting early next "
        "month, dealers said.\n",
    )
    assert "focus" not in [e.trigger for e in events]


def test_a_heading_that_is_a_date_and_a_note_in_brackets_is_no_event(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(tmp_path, "Fixtures\n\nWednesday (Kick off in GMT)\n\nLeeds v Hull\n")
    assert dated(events) == []


def test_a_condition_in_a_simple_tense_stays_an_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "Divers recovered the pilot's body on Tuesday.\n")
    assert dated(events) == [("2011-03-08", "recover")]
