"""Dates that belong to another word than the clause's verb: the act someone is tried or jailed
for, a thing planned that an adjective describes, a change told without a subject below a
statistic, the period of a figure compared with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_dates_of_another_word import dated, events_of

pytestmark = pytest.mark.model


def test_the_year_of_an_act_someone_is_tried_for_dates_that_act(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The former guard, who is being tried in Lyon for the killing of nine villagers in "
        "1943, worked later as a baker.\n",
    )
    assert dated(events) == [("1943", "killing")]


def test_a_day_of_a_thing_due_is_not_the_clauses(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Traders stayed cautious ahead of quarterly trade figures due for release Friday.\n",
    )
    assert dated(events) == []


def test_the_plan_of_a_thing_set_for_a_month_is_not_the_setting(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The signing of the contract, first set for this month, has been put off, officials "
        "said.\n",
    )
    assert ("2011-03", "set") not in dated(events)


def test_a_record_set_in_a_year_stays_an_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path, "The river rose to nine meters, above the previous record set in 1931.\n"
    )
    assert [d for d, _ in dated(events)] == ["1931"]


def test_a_change_below_a_statistic_is_no_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Retail sales in Norway rose 2.1 percent in February, after falling 0.4 percent in "
        "the previous month.\n",
    )
    assert dated(events) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mild weather in the south during March saw heating oil prices fall sharply.",
        "The island nation last year saw sales of electric scooters soar 40 percent.",
        "Only 55 percent of fines owed were paid in the province last year.",  # a share
        "The gross national product (GNP) of the islands fell 3.1 percent during 2009.",
    ],
)
def test_a_figure_over_a_period_is_a_statistic(nlp: Any, tmp_path: Path, sentence: str) -> None:
    assert dated(events_of(tmp_path, sentence + "\n")) == []


def test_a_change_seen_on_a_day_stays_news(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "The county saw its river rise two meters on Monday.\n")
    assert [d for d, _ in dated(events)] == ["2011-03-07"]


def test_the_period_of_a_compared_figure_dates_no_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "In the first half of the year the ferry line made a loss of 90 million euros, "
        "against 40 million in the same period of 2009.\n",
    )
    assert "2009" not in [d for d, _ in dated(events)]


def test_a_day_a_thing_of_the_clause_is_payable_stays_the_clauses(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The board declared a quarterly dividend of 20 cents a share, payable on April 15 to "
        "shareholders of record on March 31.\n",
    )
    assert "2011-04-15" in [d for d, _ in dated(events)]
