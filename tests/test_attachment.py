"""Each date dates the word it modifies: a verb, or an event noun ("his 2020 conviction",
"the bombing … in 1988"); one event per word; a date that describes a thing dates nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline.models import Event
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model


def events_of(tmp_path: Path, text: str) -> list[Event]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")  # no publication date: no lead
    return list(build_timeline([tmp_path], Settings()).timeline.events)


def test_two_dates_of_two_words_give_two_events(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path, "The court upheld Weinstein's 2020 conviction on Tuesday, March 3, 2026.\n"
    )
    by_date = {e.date.edtf: e for e in events}
    assert set(by_date) == {"2020", "2026-03-03"}
    assert by_date["2020"].trigger == "conviction"
    assert by_date["2020"].title == "Weinstein's conviction"
    assert by_date["2026-03-03"].trigger == "uphold"


def test_a_date_of_a_stative_clause_dates_its_event_noun(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The two Libyans were suspected of involvement in the bombing of a Pan Am plane over "
        "Lockerbie, Scotland in 1988.\n",
    )
    assert [(e.date.edtf, e.trigger) for e in events] == [("1988", "bombing")]
    assert events[0].title.startswith("Bombing of a Pan Am plane")


@pytest.mark.parametrize(
    "text",
    [
        "The bridge, named after the 15th-century Portuguese navigator, opened in 1998.\n",
    ],
)
def test_a_date_that_describes_a_thing_dates_no_event(nlp: Any, tmp_path: Path, text: str) -> None:
    events = events_of(tmp_path, text)
    assert [e.date.edtf for e in events] == ["1998"]


@pytest.mark.parametrize(
    "text", ["They live in a 1960s house.\n", "He collects 15th-century maps.\n"]
)
def test_a_sentence_whose_only_date_describes_a_thing_has_no_event(
    nlp: Any, tmp_path: Path, text: str
) -> None:
    assert events_of(tmp_path, text) == []


def test_a_date_of_what_a_clause_follows_does_not_date_the_clause(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "---\npublished: 1997-04-11\n---\n"
        "Hong Kong faced a legal vacuum after the July 1 handover.\n",
    )
    assert [e.date.edtf for e in events if e.date.edtf != "1997-04-11"] == []
