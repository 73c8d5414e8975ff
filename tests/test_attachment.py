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
    assert by_date["2020"].title == "Weinstein was convicted"
    assert by_date["2026-03-03"].trigger == "uphold"


def test_a_date_of_a_stative_clause_dates_its_event_noun(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The two Libyans were suspected of involvement in the bombing of a Pan Am plane over "
        "Lockerbie, Scotland in 1988.\n",
    )
    assert [(e.date.edtf, e.trigger) for e in events] == [("1988", "bombing")]
    assert events[0].title.startswith("A Pan Am plane was bombed")


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


@pytest.mark.parametrize(
    "text",
    [
        "The brewery printed new labels for the 2012 Winter Carnival.\n",  # a proper name
        "Members of the May 9 movement rallied outside the court.\n",  # a group's name
        "Veterans of the 1977 strike gathered in the square.\n",  # its event says no more
        "The choir recorded the album Easter Monday in a barn.\n",  # a title in apposition
        'The choir recorded "Easter Monday" in a barn.\n',  # a title in quotation marks
        "The parties quarrelled over the 2009 election.\n",  # an event only mentioned
        "Under the 1982 constitution, the assembly picks the governor.\n",
    ],
)
def test_a_date_inside_a_name_dates_no_verb(nlp: Any, tmp_path: Path, text: str) -> None:
    events = events_of(tmp_path, "---\npublished: 2010-05-02\n---\n" + text)
    assert [e for e in events if e.anchor.value != "document-date"] == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The 2012 Winter Carnival opened on the frozen lake.\n", "open"),  # its subject
        ("The relay team won silver at the 2012 Winter Carnival.\n", "win"),  # within it
    ],
)
def test_a_clause_about_or_within_a_named_event_is_dated_by_it(
    nlp: Any, tmp_path: Path, text: str, trigger: str
) -> None:
    events = events_of(tmp_path, text)
    assert [(e.date.edtf, e.trigger) for e in events] == [("2012", trigger)]


def test_an_event_noun_inside_another_noun_phrase_is_the_dated_event(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path, "Veterans of the 1977 strike at the steel mill gathered in the square.\n"
    )
    assert [(e.date.edtf, e.trigger) for e in events] == [("1977", "strike")]
    assert events[0].title == "The strike at the steel mill took place"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry carried more cars than in 2004.\n",
        "Compared with last March, the ferry carried twice as many cars.\n",
        "The ferry kept the same timetable as last summer.\n",
        "Ferry fares rose by 40 cents over the previous year.\n",
        "Ferry fares rose to 9 dollars from 7 dollars charged in March.\n",  # a participle
    ],
)
def test_the_date_of_a_comparison_dates_nothing(nlp: Any, tmp_path: Path, text: str) -> None:
    events = events_of(tmp_path, "---\npublished: 2006-05-02\n---\n" + text)
    assert [e for e in events if e.anchor.value != "document-date"] == []


def test_a_change_keeps_its_own_date_not_its_base(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "---\npublished: 2006-07-02\n---\n"
        "Visitors to the gallery climbed to 900 in June from 700 in May.\n",
    )
    assert [e.date.edtf for e in events if e.anchor.value != "document-date"] == ["2006-06"]


@pytest.mark.parametrize(
    "text",
    [
        "The bishops urged the mills to halve their waste by 2030.\n",
        "The auditors advised closing the old depot by early 2011.\n",
        "Tenants called for new boilers by 2012.\n",
        "The opposition called for elections to be held by 2012.\n",  # "for … to", two parses
        'The goals call for 500 million people to be "lifted out of poverty" in the next decade.\n',
    ],
)
def test_the_target_of_a_goal_does_not_date_the_urging(nlp: Any, tmp_path: Path, text: str) -> None:
    events = events_of(tmp_path, "---\npublished: 2010-05-02\n---\n" + text)
    assert [e for e in events if e.anchor.value != "document-date"] == []


def test_the_urging_keeps_its_own_date(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "---\npublished: 2010-05-02\n---\n"
        "On Tuesday the bishops urged the mills to halve their waste by 2030.\n",
    )
    assert [(e.date.edtf, e.trigger) for e in events] == [("2010-04-27", "urge")]


def test_the_base_of_a_change_told_by_its_noun_dates_nothing(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "---\npublished: 2006-07-02\n---\n"
        "The vaccine should bring a reduction in the infant death rate from 90 deaths in 2001 "
        "to 60 by 2010.\n",
    )
    assert "2001" not in [e.date.edtf for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # a clause placed before the verb's: the ousting's year, not the trial's
        "The governor, feared for years before being removed by the assembly in 2004, is on "
        "trial in the capital.\n",
        # a participle of a plan describes the visit, not the warning
        "The envoy warned that talks were unlikely to succeed during his visit, expected next "
        "month.\n",
        # what a thing is for: the period it covers, not the time of the act
        "The bureau's quarterly survey for April says the harvest was poor.\n",
        "The ministry is to cut its growth forecast for 2011.\n",
        "The ministry trimmed its growth forecast to 1.5 percent in 2011.\n",
        # a noun only talked about: the rise's year, not the refuting
        "The minister refuted forecasts about a fare rise in 2011.\n",
        # a period the clause comes after
        "The carmaker planned to quit the rally series after the 2011 season.\n",
    ],
)
def test_a_date_of_another_word_dates_no_event(nlp: Any, tmp_path: Path, text: str) -> None:
    events = events_of(tmp_path, "---\npublished: 2010-05-02\n---\n" + text)
    assert [(e.date.edtf, e.trigger) for e in events if e.anchor.value != "document-date"] == []


def test_a_plan_told_with_its_own_verb_keeps_its_date(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "---\npublished: 2010-05-02\n---\nThe elections will be held before the end of June.\n",
    )
    assert [e.date.edtf for e in events if e.anchor.value != "document-date"] == ["2010-06"]


@pytest.mark.parametrize(
    "text",
    [
        # a noun the clause is placed before or after, its date following it bare or by "in"
        "The club won again after their 3-0 defeat at home to the leaders last week.\n",
        "The protest comes ahead of a regional summit next month in Lagos.\n",
        "The singer gave an interview to the radio before her arrest Friday.\n",
        # a noun a verb only mentions, or a clause is set against
        "The council recalled the floods of the 1990s.\n",
        "The board kept the coach, despite his remarks this week that he would leave.\n",
        # a year of an event noun after a preposition that does not place the clause in it
        "Prosecutors have linked two generals with the 1994 killings.\n",
        # a noun planned for the date, deep in the clause's phrase
        "The delegates voted to back the mayor in the next elections due in June.\n",
        # a time the clause looks ahead to
        "Looking ahead to next year, the governor said the upturn would fade.\n",
        # a participle set off by a comma describes the noun before it
        "The mayor accused the state of using new tolls, announced by the governor on Monday, "
        "to fill its budget.\n",
    ],
)
def test_a_date_of_a_noun_the_clause_is_placed_by_dates_no_event(
    nlp: Any, tmp_path: Path, text: str
) -> None:
    events = events_of(tmp_path, "---\npublished: 2010-05-02\n---\n" + text)
    assert [(e.date.edtf, e.trigger) for e in events if e.anchor.value != "document-date"] == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police arrested the driver after a chase on Monday.\n", "arrest"),  # a day after
        ("The ferry sank just after 3 p.m. on Tuesday.\n", "sink"),  # a clock time
        ("The storm hit the coast before dawn on Thursday.\n", "hit"),
    ],
)
def test_a_day_after_an_event_or_a_time_still_dates_the_clause(
    nlp: Any, tmp_path: Path, text: str, trigger: str
) -> None:
    events = events_of(tmp_path, "---\npublished: 2010-05-08\n---\n" + text)
    assert [e.trigger for e in events if e.anchor.value != "document-date"] == [trigger]


def test_a_date_deep_in_the_clause_s_own_object_dates_the_clause(nlp: Any, tmp_path: Path) -> None:
    text = (
        "---\npublished: 2024-05-10\n---\nNews\n\n"
        "He lost a race for the same Senate seat to Castellanos in 2021 by fewer than 900 "
        "votes.\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    events = build_timeline([tmp_path], Settings()).timeline.events
    assert [e.trigger for e in events if e.date.edtf == "2021"] == ["lose"]
