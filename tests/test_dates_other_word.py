"""A date inside the phrase of another act than the clause's: the day of an event noun a done
clause is placed after ("following two explosions on Monday night") dates the noun, which
makes a row of its own, not the clause; a day the noun makes no clause of stays the clause's
("freed hours after the court order on Monday"), as does one of an event that lasts longer
than a day ("after a six-month inquiry on Tuesday")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_dates_of_another_word import dated, events_of

pytestmark = pytest.mark.model


def test_the_day_of_the_noun_a_done_clause_follows_dates_the_noun(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Two more bombs shook the market in the northern town following two explosions on "
        "Monday night, police said.\n",
    )
    assert dated(events) == [("2011-03-07", "explosion")]


def test_the_day_of_an_act_by_another_after_which_a_clause_is_told(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path,
        "Dozens were killed in attacks that caused panic after the army's execution of the "
        "rebel leader on Tuesday.\n",
    )
    assert dated(events) == [("2011-03-08", "execution")]


def test_a_day_the_noun_makes_no_clause_of_stays_the_clauses(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path, "Three prisoners were freed hours after the court order on Monday.\n"
    )
    assert dated(events) == [("2011-03-07", "free")]


def test_a_day_after_an_event_lasting_months_is_the_clauses(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path, "The minister delivered her report after a six-month inquiry on Tuesday.\n"
    )
    assert dated(events) == [("2011-03-08", "deliver")]


def test_a_gerund_completing_a_noun_after_a_preposition_keeps_its_date(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path,
        "The rebels kept on firing rockets at the town on Sunday as a revenge for killing "
        "their leaders last week.\n",
    )
    assert [d for d, _ in dated(events)] == ["2011-03-06"]


def test_a_date_in_a_description_set_off_by_commas_is_not_the_clauses(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path,
        "The Scottish veteran, champion of the Asian Tour's Hong Kong Open in Fanling, China, "
        "last month, has lent great support to the new event by agreeing to play.\n",
    )
    assert dated(events) == []


def test_the_target_of_an_aim_dates_no_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The city council is aiming to open ten new public libraries by 2015.\n\n"
        "Portugal has aimed to cut its deficit below three percent in 2013.\n",
    )
    assert dated(events) == []


def test_a_day_the_clause_is_placed_before_is_not_its_own_when_it_has_days(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path,
        "Newsstands were empty when the press went on strike on Thursday, Friday and Saturday "
        "before their two-day Christmas holiday.\n",
        published="2006-12-26",
    )
    assert dated(events) == [("2006-12-21/2006-12-23", "go")]  # one strike, not Christmas


def test_a_day_that_ends_a_reported_clause_dates_it_not_the_telling(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path,
        "News\n\nPremier Lena Vogt is scheduled to deliver her first major speech on bird flu "
        "Thursday, government spokesman Ola Berg announced Wednesday.\n",
        published="2024-05-08",
    )
    found = dated(events)
    assert ("2024-05-09", "deliver") in found
    assert not [d for d, _ in found if d == "2024-05-02"]  # not the Thursday before the telling


def test_a_goal_a_noun_sets_dates_no_act(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Water\n\nThe ministry made clear the goal to cut water use in the capital by 15 percent "
        "by 2030. The utility announced plans to open a desalination plant in 2027.\n",
        published="2024-05-08",
    )
    found = dated(events)
    assert not [d for d, _ in found if d.startswith("2030")]
    assert ("2027", "open") in found  # a plan told by its actor stays an event, as planned


def test_a_schedule_told_in_the_present_is_the_coming_day(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Festival\n\nThe festival, which ends on Monday, draws thousands of visitors to Bergen "
        "every year.\n",
        published="2024-05-09",  # a Thursday: the Monday before is the nearer
    )
    assert ("2024-05-13", "end") in dated(events)
