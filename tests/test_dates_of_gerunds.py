"""Dates a clause's verb does not own, and dates a headline keeps: a gerund after "of",
"from", "to" or "for" tells another act than its clause (its date is not the accusing, banning
or committing), unless the parse set a date of the clause beside it; the day a verb of setting
sets is the news of its clause and stays in its headline; a present tense joined to a future
tells a schedule; a base "over the same period of last year" or "against … a year earlier" is a
comparison; a running total since a time is no event; a description is not read as a name it
only modifies; a noun after a name's bracketed short form is the subject. Through
`build_timeline`, on sentences written for these tests (an article of Friday 2024-05-10)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import titles

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "not_dated"),
    [
        (
            "The United States has accused Javier Ferreiro of selling goods in Havana between "
            "March 1994 and January 1996.",
            "1994-03/1996-01",
        ),
        ("Turkey could be banned from taking part in the 2030 World Cup.", "2030"),
        ("The ministers reaffirmed their commitment to achieving free trade by 2030.", "2030"),
        ("Pat Moss was convicted of ordering an armed attack in 2000.", "2000"),
    ],
)
def test_a_gerund_of_another_act_dates_no_clause(
    nlp: Any, tmp_path: Path, sentence: str, not_dated: str
) -> None:
    assert not_dated not in titles(tmp_path, sentence)


@pytest.mark.parametrize(
    ("sentence", "date", "opening"),
    [
        (
            "Ibrahim banned foreign airlines from holding equity in local carriers on April 4.",
            "2024-04-04",
            "Ibrahim banned foreign airlines",
        ),
        (
            "Members voted 94% in favor of authorizing a strike on May 5, the union said.",
            "2024-05-05",
            "Members voted 94% in favor of authorizing a strike",
        ),
        (
            "A surge on Wall Street triggered a wave of buying across Asia on Wednesday.",
            "2024-05-08",
            "A surge on Wall Street triggered a wave of buying",
        ),
        (
            "Officials said that Karimov is one of the most wanted smugglers, who is accused of "
            "running arms across the border in the 1990s.",
            "199X",
            "Karimov is accused of running arms",
        ),
    ],
)
def test_a_date_beside_a_gerund_may_be_its_clauses(
    nlp: Any, tmp_path: Path, sentence: str, date: str, opening: str
) -> None:
    assert titles(tmp_path, sentence)[date].startswith(opening)


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        (
            "The court set May 29 for the next hearing in the case.",
            "2024-05-29",
            "The court set May 29 for the next hearing in the case",
        ),
        (
            "Judge Ann Lee set a date of January 12 for a preliminary hearing.",
            "2025-01-12",
            "Judge Ann Lee set a date of January 12 for a preliminary hearing",
        ),
        (
            "The court postponed the trial to June 3.",
            "2024-06-03",
            "The court postponed the trial to June 3",
        ),
    ],
)
def test_the_day_a_verb_sets_stays_in_its_headline(
    nlp: Any, tmp_path: Path, sentence: str, date: str, title: str
) -> None:
    assert titles(tmp_path, sentence)[date] == title


def test_a_day_an_act_happened_on_is_not_kept(nlp: Any, tmp_path: Path) -> None:
    found = titles(tmp_path, "The Congress brought down the coalition government Thursday.")
    assert found["2024-05-09"] == "The Congress brought down the coalition government"


def test_a_present_tense_joined_to_a_future_is_ahead(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path, "The Cup will kick off on January 9 in Munich and ends on February 9 in Berlin."
    )
    assert "2025-02-09" in found
    assert "2024-02-09" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Iberia netted 372.6 million euros in the third quarter, a multi-fold increase over the "
        "same period of last year.",
        "The surge against 87.9 million euros a year earlier was linked to gains from the sale "
        "of its stake.",
        "The price will rise to 39 dollars a barrel, 10 dollars higher than the price the IEA "
        "had estimated in 2023.",
    ],
)
def test_the_base_of_a_comparison_dates_nothing(nlp: Any, tmp_path: Path, sentence: str) -> None:
    found = titles(tmp_path, sentence)
    assert "2023" not in found  # last year, the year of the estimate
    assert "2023-05-10" not in found  # a year earlier


def test_a_clause_of_one_compared_with_is_its_own(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "After 15 matches, Fiorentina have 32 points, seven less than Juventus who entertain "
        "Cagliari on Sunday.",
    )
    assert found["2024-05-12"].startswith("Juventus entertain Cagliari")


def test_a_running_total_since_a_time_is_no_event(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Since its inception in February 2003, the center had received 33,435 reports of "
        "suspicious transactions.",
    )
    assert not [d for d in found if d.startswith("2003")]


def test_a_running_total_of_acts_is_an_event(nlp: Any, tmp_path: Path) -> None:
    found = titles(tmp_path, "Since March 2023, the company has cut about 200 jobs.")
    assert [t for d, t in found.items() if d.startswith("2023-03")]


def test_a_description_is_not_a_name_it_modifies(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Minister Charles Nqakula said on Wednesday that a review of the Financial Intelligence "
        "Center Act would give wider powers.\n\nOn Thursday, the center received new powers.",
    )
    assert found["2024-05-09"].startswith("The center received new powers")


def test_the_noun_after_a_bracketed_short_form_is_the_subject(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "United Arab Emirates (UAE) investors are racing to subscribe in the new bank, dealers "
        "said Wednesday.",
    )
    assert "United Arab Emirates investors are racing" in found["2024-05-08"]


def test_a_day_told_with_a_present_perfect_is_the_nearest(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path, "Rivals of the governor have called a general shutdown in the state on May 13."
    )
    assert "2023-05-13" not in found  # not a day a year gone: "have called" is recent
    assert [d for d in found if d.startswith("2024-05")]


def test_a_month_naming_its_noun_keeps_the_clauses_reading(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Police say they have gathered enough evidence in the October slaying of a doctor.",
    )
    assert not [d for d in found if d.startswith("2024-10")]


def test_a_day_a_past_tense_names_just_ahead_is_not_a_year_gone(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The minister warned that a launch date of May 21 proposed for the mission could be "
        "optimistic.",
    )
    assert "2023-05-21" not in found
    assert "2024-05-21" in found


def test_the_day_a_period_ended_stays_a_year_gone(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path, "The company's profit rose 5 percent in the quarter that ended May 31, it said."
    )
    assert "2024-05-31" not in found


def test_a_clause_headlined_by_a_dated_verb_above_it_has_that_verbs_date_only(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "President Ivan Petrov signed a law on April 21 canceling the May 7 holiday and "
        "replacing it with a day of unity.",
    )
    assert found == {"2024-04-21": "President Ivan Petrov signed a law canceling the May 7 holiday"}


def test_a_sources_day_is_no_row_when_the_news_has_its_own(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "According to reports reaching here from Arusha on Thursday, the ministerial meeting "
        "will be held on Wednesday. Prices rose in April, according to figures released on "
        "Monday.",
    )
    assert sorted(found) == ["2024-05-06", "2024-05-15"]
    assert found["2024-05-15"].startswith("The ministerial meeting will be held")
    assert found["2024-05-06"] == "Figures said prices rose in April"  # the release: the news


def test_running_days_of_one_act_are_one_row_over_them(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The ministers met in Oslo on Monday and Tuesday. Hearings were held on April 23 and "
        "April 26. Olsen will meet Merkel on Wednesday and Prodi the following day.",
    )
    assert found["2024-05-06/2024-05-07"] == "The ministers met in Oslo"
    assert {"2024-04-23", "2024-04-26"} <= set(found)  # not running: a row each
    assert {"2024-05-15", "2024-05-16"} <= set(found)  # not written together: two acts
