"""A pronoun whose own sentence names what it stands for, through `build_timeline`: a name the
model labelled elsewhere but not there, the subject of the clause that describes the pronoun's
clause, and who does what a clause of no subject of its own says; what the text leaves open
stays a pronoun."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import titles

pytestmark = pytest.mark.model


def test_it_is_a_name_the_model_labelled_only_elsewhere(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Shares in Gazprom fell on Monday. If Gazprom cuts supplies, as it did briefly in a "
        "dispute with Ukraine on January 3, many homes will be cold.",
    )
    assert found["2024-01-03"].startswith("Gazprom did")


def test_they_is_a_team_the_model_labelled_only_elsewhere(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The big worry for Sevilla is injuries, the Sevilla coach said on Sunday. Sevilla made "
        "sure they would finish the season on top when they beat Malaga at home on May 4.",
    )
    assert found["2024-05-04"].startswith("Sevilla beat Malaga")  # not "the Sevilla"


def test_it_as_the_object_of_the_verb_above_is_not_that_verb_s_subject(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "Norland is going through a long transition which will see it hold its first free "
        "elections on June 2.",
    )
    assert found["2024-06-02"].startswith("Norland hold")  # not "the transition", nor "It"


def test_they_in_a_place_of_a_description_is_what_the_description_is_of(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "The Tallinn Principles, named after the city in Estonia where they were agreed in "
        "2019, set rules for data sharing.",
    )
    assert found["2019"] == "The Tallinn Principles were agreed"  # not "Estonia were agreed"


def test_they_of_a_clause_describing_an_object_stays(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Government troops retook all the land they held except the northern valleys in 1995.",
    )
    assert found["1995"].startswith("They held")  # the troops, or those the land was taken from


def test_a_verb_with_its_own_subject_does_not_share_the_one_it_is_joined_to(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "Senator Karl Brenner said on Friday that he had asked Jan Ostrow to help him, and "
        "Ostrow thanked him on April 2.",
    )
    assert found["2024-04-02"] == "Jan Ostrow thanked Karl Brenner"


def test_the_one_asked_to_help_is_not_the_one_helped(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Mayor Karl Brenner said on Friday he had asked Jan Ostrow to help him rebuild his "
        "cabinet, whose work has been criticised since his government took office in March "
        "2022.",
    )
    assert found["2022-03"].startswith("Karl Brenner's government")
