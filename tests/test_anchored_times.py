"""Times anchored to events: "a week after launching", "the day before the vote" (issue 13,
item 4), at the precision of the event's date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline.models import Event
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model


def run(tmp_path: Path, text: str) -> list[Event]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return list(build_timeline([tmp_path], Settings()).timeline.events)


def dates_of(events: list[Event], trigger: str) -> list[str]:
    return sorted(e.date.edtf for e in events if e.trigger == trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "The company launched the phone on June 29, 2007. A week after launching it, "
            "the company cut the price.",
            "cut",
            ["2007-07-06"],
        ),
        (
            "The senate voted on the bill on March 3, 2010. The day before the vote, the "
            "senator resigned.",
            "resign",
            ["2010-03-02"],
        ),
        (
            "The plane landed in Denver on May 5, 2011. Two hours after the landing, police "
            "arrested the pilot.",
            "arrest",
            ["2011-05-05"],
        ),
        (  # a month-precision anchor: a week after it is no day
            "The company launched the phone in June 2007. A week after launching it, the "
            "company cut the price.",
            "cut",
            ["2007-06"],
        ),
    ],
)
def test_a_time_counted_from_a_named_event(
    nlp: Any, tmp_path: Path, text: str, trigger: str, expected: list[str]
) -> None:
    events = run(tmp_path, f"---\npublished: 2011-06-01\n---\nNews\n\n{text}\n")
    assert dates_of(events, trigger) == expected


def test_since_the_event_runs_to_the_publication_date(nlp: Any, tmp_path: Path) -> None:
    events = run(
        tmp_path,
        "---\npublished: 2011-06-01\n---\nNews\n\nThe court ruled against the firm on May 5, "
        "2011. Since the ruling, lawyers have filed thirty motions.\n",
    )
    assert dates_of(events, "file") == ["2011-05-05/2011-06-01"]


def test_a_verb_with_no_event_told_counts_from_the_narratives_last_date(
    nlp: Any, tmp_path: Path
) -> None:
    events = run(
        tmp_path,
        "---\npublished: 2011-06-01\n---\nNews\n\nThe company moved its offices on June 3, "
        "2009. A week after opening, the store closed its doors.\n",
    )
    assert dates_of(events, "close") == ["2009-06-10"]


def test_a_noun_that_names_no_event_of_the_text_dates_nothing(nlp: Any, tmp_path: Path) -> None:
    events = run(
        tmp_path,
        "---\npublished: 2011-06-01\n---\nNews\n\nThe town held a fair on June 3, 2009. Two "
        "years after the war, the town rebuilt the bridge.\n",
    )
    assert dates_of(events, "rebuild") == []


def test_the_named_event_may_give_its_own_date(nlp: Any, tmp_path: Path) -> None:
    events = run(
        tmp_path,
        "---\npublished: 2011-06-01\n---\nNews\n\nThe senator resigned a week before voting "
        "on the bill on March 10, 2010.\n",
    )
    assert dates_of(events, "resign") == ["2010-03-03"]
