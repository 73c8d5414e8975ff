"""Not events: states and descriptions, habits, background about another thing, and a line
that is only a date make no event, though a date is near."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline.models import Event
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model


def events_of(tmp_path: Path, text: str) -> list[Event]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return list(build_timeline([tmp_path], Settings()).timeline.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ryanair was the world's most profitable airline in 2008.",  # a state
        "The company had 500 stores in 2010.",  # possession of a quantity
        "The shop usually closed early in 1990.",  # a habit
        "The EU has sponsored a resolution critical of China every year since 1989.",
        # the state of the clause a gerund the date hangs on is part of
        "The company knew about overheating complaints more than a year before 2012.",
        "The former leader was gravely ill in hospital in 2006.",
        '"Britain is more divided in 2006 than at any time since the war," he said.',  # graded
        "Asked whether the talks could resume on March 3, 2006, he replied that he hoped so.",
        "In 2006 it was clear that Europe needed Macedonia.",  # a judgement
        "The dictatorship still divides Chile in 2006.",  # what is still so
        "Symptoms can appear up to ten weeks after meals in May 2006.",  # what can happen to a kind
        # a measure's change told in a relative clause
        "Traders shrugged off a decline in the Philadelphia Fed Index, which dropped 4.3 percent "
        "in December 2006.",
    ],
)
def test_states_and_habits_are_no_events(nlp: Any, tmp_path: Path, sentence: str) -> None:
    assert events_of(tmp_path, sentence + "\n") == []


def test_background_about_another_thing_is_no_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path, "On March 3, 2026, police arrested a man at a church built in 1820.\n"
    )
    assert [(e.date.edtf, e.trigger) for e in events] == [("2026-03-03", "arrest")]


def test_a_tie_that_describes_a_noun_is_no_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nA convoy of supporters clashed with members of two "
        "youth groups affiliated with the ruling party on Sunday, an official said.\n",
    )
    assert "affiliate" not in [e.trigger for e in events]


def test_a_line_that_is_only_a_date_is_no_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "---\npublished: 2006-04-05\n---\nApple ships Boot Camp\n\nApril 5, 2006\n\n"
        "Apple released Boot Camp on April 5, 2006.\n",
    )
    assert all(not e.title.startswith("April") for e in events)
    assert [e.trigger for e in events if e.date.edtf == "2006-04-05"] == ["release"]


def test_a_time_counted_from_an_undated_event_is_not_the_publication_date(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path,
        "---\npublished: 2011-03-08\n---\n"
        "A cargo ship ran aground three hours after leaving the harbour.\n",
    )
    assert [e for e in events if e.trigger == "run"] == []


def test_a_row_of_a_table_or_a_short_label_is_no_event(nlp: Any, tmp_path: Path) -> None:
    text = (
        "---\npublished: 1997-04-28\n---\nFailures\n\n"
        "The biggest failures:\n\n"
        "Oct 1995  Tokyo Mortgage Acceptance   300.00    finance\n\n"
        "Thursday's general elections\n\n"
        "Chicago police send ICE the arrest records from March 3 for the case\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    dates = {e.date.edtf for e in build_timeline([tmp_path], Settings()).timeline.events}
    assert "1995-10" not in dates and "1997-04-24" not in dates
    assert "1997-03-03" in dates  # a longer line whose verb the tagger may miss stays


@pytest.mark.parametrize(
    "sentence",
    [
        "The treaty will cover naval cooperation in 2011-2015.",  # a plan's period
        "The new levy cannot stop the decline this year.",  # commentary
        "We knew today that the cup was lost.",  # a verb of knowing and its clause
        "The rise in the jobless rate would be nearly 3 points by 2015.",  # a figure stated
    ],
)
def test_coverage_commentary_and_stated_figures_are_no_events(
    nlp: Any, tmp_path: Path, sentence: str
) -> None:
    text = "---\npublished: 2010-05-02\n---\n" + sentence + "\n"
    events = events_of(tmp_path, text)
    assert [(e.date.edtf, e.trigger) for e in events if e.anchor.value != "document-date"] == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The police could not find the boat on Monday.", "find"),  # negated, in the past
        ("The shuttle can still land at the other site on Friday.", "land"),  # a possible day
        ("The report covers complaints between March 1 and April 30.", None),  # told as done
    ],
)
def test_negation_and_possibility_stay_events(
    nlp: Any, tmp_path: Path, sentence: str, trigger: str | None
) -> None:
    text = "---\npublished: 2010-05-02\n---\n" + sentence + "\n"
    events = [e for e in events_of(tmp_path, text) if e.anchor.value != "document-date"]
    assert len(events) == 1
    assert trigger is None or events[0].trigger == trigger


def test_a_verbless_line_that_names_no_event_or_opens_a_list_is_no_event(
    nlp: Any, tmp_path: Path
) -> None:
    text = (
        "---\npublished: 2008-06-10\n---\nFigures\n\n"
        "Population: 4.1 million inhabitants in 2003 (UN figures).\n\n"
        "Italian league results on Saturday:\n\n"
        "Presidential elections in May 2009.\n"
    )
    dates = {e.date.edtf for e in events_of(tmp_path, text)}
    assert "2003" not in dates and "2008-06-07" not in dates
    assert "2009-05" in dates  # a line that names an event stays


def test_a_line_ending_in_a_colon_heads_a_list_and_is_no_event(nlp: Any, tmp_path: Path) -> None:
    text = (
        "---\npublished: 2008-06-10\n---\nGymnastics\n\n"
        "Following is the competition schedule of the championships to kick off on Tuesday:\n\n"
        "Men's qualification, floor and pommel horse.\n\n"
        'The coach said on Monday: "We are ready."\n'
    )
    events = events_of(tmp_path, text)
    assert "2008-06-10" not in {e.date.edtf for e in events if e.anchor.value != "document-date"}
    assert [e.title for e in events if e.date.edtf == "2008-06-09"] == [
        'The coach said: "We are ready"'
    ]  # a colon before what was said on its line is no heading


def test_a_period_that_begins_or_ends_is_no_event(nlp: Any, tmp_path: Path) -> None:
    text = (
        "---\npublished: 2008-06-10\n---\nResults\n\n"
        "Nordmark lost 40 million dollars in its fiscal year, which ended in March.\n\n"
        "The dock strike ended on Monday.\n"
    )
    events = events_of(tmp_path, text)
    assert not [e for e in events if e.date.edtf == "2008-03"]
    assert [e.trigger for e in events if e.date.edtf == "2008-06-09"] == ["end"]  # a strike's end


def test_a_rank_since_a_date_is_a_comparison(nlp: Any, tmp_path: Path) -> None:
    text = (
        "---\npublished: 2008-06-10\n---\nRetail\n\n"
        "Nordmark is the fourth large Canadian toy retailer to seek creditor protection since "
        "2005.\n"
    )
    assert not [e for e in events_of(tmp_path, text) if e.date.edtf.startswith("2005")]


def test_a_date_set_for_what_is_to_come_leaves_the_setting_at_the_article_date(
    nlp: Any, tmp_path: Path
) -> None:
    text = "---\npublished: 2026-03-06\n---\nThe union set a March 20 strike date.\n"
    [event] = events_of(tmp_path, text)
    assert event.date.edtf == "2026-03-06"  # not the strike's day, nor March 20 of 2025


def test_what_can_happen_to_a_kind_after_an_act_is_no_event(nlp: Any, tmp_path: Path) -> None:
    text = (
        "---\npublished: 2025-02-27\n---\nThe company stopped production on Monday. Listeria "
        "is dangerous for older adults, and symptoms can appear up to 10 weeks after eating "
        "contaminated food.\n"
    )
    assert [e.trigger for e in events_of(tmp_path, text)] == ["stop"]


@pytest.mark.parametrize(
    "stamp", ["Published: 2006-05-09", "Last updated May 9, 2006 at 3:00 p.m.", "Posted on May 9"]
)
def test_a_line_that_only_stamps_the_page_is_no_event(tmp_path: Path, stamp: str) -> None:
    events = events_of(tmp_path, f"{stamp}\n\nThe mayor resigned on May 2, 2006.\n")
    assert [e.title for e in events] == ["The mayor resigned"]


def test_a_published_thing_is_still_an_event(tmp_path: Path) -> None:
    events = events_of(tmp_path, "The report was published in 2006 by the council.\n")
    assert [e.date.edtf for e in events] == ["2006"]
