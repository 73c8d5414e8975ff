"""A date the parse hangs on a clause's verb that belongs to a word beside it: a clause whose
verb is left out after an ordinal ("the first …, the second in Lima in 2009"), the event a
verb of preparing is for, an event noun the clause is placed before with a dated phrase of
its own, a figure compared with ("less than promised in January", "up 4 percent over the
total of 310 in 2009"). A change from one figure to another keeps its date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_dates_of_another_word import dated, events_of

pytestmark = pytest.mark.model


def test_the_date_of_a_clause_left_out_after_an_ordinal_is_not_the_first_clauses(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path,
        "The first forum was held in Quito in 2007, the second in Lima in 2009.\n",
    )
    assert dated(events) == [("2007", "hold")]


def test_the_date_of_the_event_a_country_prepares_for_is_not_the_preparing(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path,
        "The small republic prepares for parliamentary elections at the end of the year.\n",
    )
    assert not [d for d in dated(events) if d[1] == "prepare"]


def test_a_day_after_the_event_a_clause_is_placed_before_is_the_events(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path,
        "The hearing is likely to be postponed ahead of regional elections on March 20.\n",
    )
    assert [d for d in dated(events) if d[0] == "2011-03-20"] == []


def test_a_date_in_a_clause_of_comparison_is_the_figure_compared_with(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(tmp_path, "Output was cut less than promised in January, traders said.\n")
    assert dated(events) == []


def test_a_date_after_the_base_figure_of_a_change_is_the_bases(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The agency found homes for 325 families, up 4 percent over the total of 310 in 2009.\n",
    )
    assert dated(events) == []


def test_a_change_from_one_figure_to_another_keeps_its_date(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The firm ran into trouble when it raised its prices from 10 to 14 dollars in 2009.\n",
    )
    assert ("2009", "raise") in dated(events)


def test_the_day_someone_is_summoned_to_appear_on_is_not_the_summons(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path,
        "The two officers were summoned by the tribunal to testify on March 21.\n",
    )
    assert ("2011-03-21", "summon") not in dated(events)


def test_a_month_after_the_object_of_following_is_the_objects(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The ballot marks a new start following the US-led invasion in May 2009 to topple "
        "the general.\n",
    )
    assert ("2009-05", "mark") not in dated(events)


def test_a_date_of_what_a_figure_is_similar_to_is_the_comparisons(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Early counts suggested results similar to those from the referendum in January.\n",
    )
    assert ("2011-01", "suggest") not in dated(events)


def test_a_date_in_an_infinitive_after_the_event_a_clause_comes_before_is_the_events(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path,
        "The mayor is campaigning hard in the suburbs ahead of the local elections to be held "
        "in May.\n",
    )
    assert ("2011-05", "campaign") not in dated(events)
