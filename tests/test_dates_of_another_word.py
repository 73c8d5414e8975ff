"""A date dates the word it modifies: the object of "after" or "before" (a noun or a gerund)
the parse hangs it on, a participle clause with a date of its own; never the clause placed
against it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline.models import Event
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model


def events_of(tmp_path: Path, text: str, published: str = "2011-03-09") -> list[Event]:
    (tmp_path / "a.txt").write_text(f"---\npublished: {published}\n---\n{text}", encoding="utf-8")
    return list(build_timeline([tmp_path], Settings()).timeline.events)


def dated(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.date.edtf, e.trigger) for e in events if e.anchor.value != "document-date"]


def test_a_day_of_the_noun_a_clause_comes_after_dates_the_noun(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The summit would be held after the Irish presidential election on April 2.\n",
        published="2011-03-20",
    )
    assert dated(events) == [("2011-04-02", "election")]


def test_a_day_of_a_gerund_after_after_is_not_the_present_clause(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Swiss skier Lara Gut is travelling to Canada to defend her title after winning the "
        "downhill in Italy Sunday with a record time.\n",
    )
    assert ("2011-03-06", "travel") not in dated(events)


def test_a_done_act_after_a_gerund_keeps_its_day(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path, "The minister resigned after losing a confidence vote on Tuesday.\n"
    )
    assert [e.date.edtf for e in events if e.trigger == "resign"] == ["2011-03-08"]


def test_a_participle_clause_with_its_own_date_does_not_date_the_main_clause(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path,
        "The number of licensed fishermen in the bay reached a record 4,100 in 1988, dropping "
        "to a few dozen by much of 2002.\n",
    )
    assert ("2002", "reach") not in dated(events)


def test_a_year_after_a_gerund_does_not_date_what_is_going_on(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "After launching in 2008 and reaching a million users in 2010, Cargoline is poised for"
        " growth, its chairman said.\n\nAfter opening in 2005, the museum grew fast.\n",
    )
    found = dated(events)
    assert ("2008", "poise") not in found and ("2010", "poise") not in found
    assert ("2005", "grow") in found  # done then: a year dates both


def test_a_period_the_clause_is_about_dates_no_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Car sales\n\nThis year is set to be the first year of falling car sales since 1997.\n\n"
        "Last year set a new record for executions with more than 7,000 death sentences.\n\n"
        "Prime Minister Jean-Luc Dehaene Friday promised action against those responsible.\n",
    )
    found = dated(events)
    assert [t for d, t in found if d in ("2010", "2011")] == []
    assert ("2011-03-04", "promise") in found  # a name's date glued to it by the parse


def test_the_date_of_a_noun_a_participle_describes_dates_no_act(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "A delegation came to assess progress being made by police investigating the March 1"
        " fire that killed a woman and five of her children.\n\n"
        "Jon Brown said he had cancelled plans to run in the March 24 championships because the"
        " venue is prone to malaria.\n",
    )
    assert [d for d, _ in dated(events) if d in ("2011-03-01", "2011-03-24")] == []


def test_years_of_a_thing_the_clause_comes_after_date_nothing(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "It was Kenya's third gold medal at the championships, following golds in 1968 and 1988.\n",
    )
    assert dated(events) == []  # the golds of 1968 and 1988 are no act of this clause


def test_the_year_of_a_record_figure_recalled_dates_nothing(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The previous best score at the ground was 412-6 made by Kenya in 2004.\n"
        "Police said 40 killed in 2004 were civilians.\n",
    )
    assert dated(events) == [("2004", "kill")]  # a figure set against another is no event


def test_a_date_set_off_with_a_description_in_apposition_dates_no_act_of_the_clause(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path,
        "Former prime minister Yegor Gaidar, the victim of a suspicious poisoning last week, has "
        "been released from hospital in Moscow.\n\n"
        "Ji Liping, the 50m winner three days ago, is hoping to beat Asami Kitajima again.\n",
    )
    assert dated(events) == []


def test_a_date_glued_to_a_name_without_a_description_still_dates_the_act(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(tmp_path, "Prime Minister Jean-Luc Dehaene Friday promised new taxes.\n")
    assert dated(events) == [("2011-03-04", "promise")]


def test_a_date_after_a_participle_describing_an_object_dates_the_clause(
    nlp: Any, tmp_path: Path
) -> None:
    """What the people were doing ("queuing", "throwing stones") is no event of its own: the
    date is the killing's, the arrests'; what someone saw them doing is the event told."""
    events = events_of(
        tmp_path,
        "A suicide bomber killed 13 Iraqis queuing at a police recruitment centre on Monday, "
        "security sources said.\n\n"
        "Police arrested dozens of youths throwing stones at the embassy on Sunday.\n\n"
        "Witnesses saw soldiers firing into the crowd on Saturday.\n\n"
        "Officers compared notes on murders dating back to 1992.\n",
    )
    assert set(dated(events)) == {
        ("2011-03-07", "kill"),
        ("2011-03-06", "arrest"),
        ("2011-03-05", "fire"),
    }


def test_a_participle_the_parse_made_the_main_verb_is_headlined_as_a_participle(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path,
        "Denktash's breakaway northern state declared in 1983 is recognized only by Ankara.\n\n"
        "Organisers said Saturday night's pageant, in its 55th edition, reached an estimated "
        "audience of two billion.\n",
    )
    assert [e.title for e in events if e.date.edtf == "1983"] == [
        "Denktash's breakaway northern state was declared"
    ]
    assert not [e for e in events if e.trigger == "say"]  # the pageant's date, not the saying's


def test_the_day_a_thing_is_slated_for_dates_no_other_act(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The ministerial meeting was held prior to the leaders' meeting of the forum in Busan "
        "slated on Friday.\n",
    )
    assert not [e for e in events if e.trigger == "hold" and e.date.edtf == "2011-03-04"]


def test_a_deadline_put_off_is_ahead_and_the_putting_off_is_the_telling(
    nlp: Any, tmp_path: Path
) -> None:
    """ "said on Wednesday it was putting off the start until Saturday": Saturday is the coming
    one, and the telling's row is the one row; money allocated for a year is no act of that
    year."""
    events = events_of(
        tmp_path,
        "The agency said on Wednesday that it was putting off the start of the airlift until "
        "Saturday.\n\n"
        "Tehran has allocated 120 million dollars to the Palestinian government for 2012.\n\n"
        "Judge Maria Lopez set Smith's sentencing for June 14.\n",
    )
    assert [e.date.edtf for e in events if e.trigger == "set"] == ["2011-06-14"]
    assert [(e.date.edtf, e.trigger) for e in events if "airlift" in e.title] == [
        ("2011-03-09", "say")
    ]
    assert [e.date.edtf for e in events if e.trigger == "allocate"] == ["2011-03-09"]


def test_a_day_an_event_is_set_for_dates_the_setting_even_within_the_week(
    nlp: Any, tmp_path: Path
) -> None:
    """ "scheduled a vote for March 16" a week ahead (the parse hangs "for" on the vote), "called
    a strike for Monday" in Wednesday's paper: the coming days."""
    events = events_of(
        tmp_path,
        "The weather was fine.\n\n"
        "The council scheduled a vote for March 16.\n\n"
        "The union called a strike for Monday.\n",
    )
    assert {(e.date.edtf, e.trigger) for e in events} >= {
        ("2011-03-16", "schedule"),
        ("2011-03-14", "call"),
    }


def test_what_a_thing_is_due_to_do_is_its_row(nlp: Any, tmp_path: Path) -> None:
    """ "The 12 accords due to be signed Friday cover a gas contract": the signing is dated, not
    the covering; talks "pencilled in for" a day are set for the coming one."""
    events = events_of(
        tmp_path,
        "The weather was fine.\n\n"
        "The 12 accords due to be signed Friday cover a long-term gas contract.\n\n"
        "Talks in Maastricht have been pencilled in for March 23.\n",
    )
    titles = {e.date.edtf: e.title for e in events}
    assert titles["2011-03-11"] == "The 12 accords are due to be signed"
    assert titles["2011-03-23"] == "Talks in Maastricht have been pencilled in"


def test_what_is_still_to_come_is_not_dated_long_before_the_article(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path,
        "The weather was fine.\n\n"
        "Eight Marines are to be prosecuted for their role in the killings on November 19 last "
        "year.\n\n"
        "The easing weather will lessen fears of a catastrophe like 1998.\n\n"
        "On a visit in July, the prime minister proposed building a corridor in the West Bank.\n",
    )
    assert [(e.date.edtf, e.trigger) for e in events if e.anchor.value != "document-date"] == [
        ("2010-07", "build")
    ]
