"""Subjects a reader can identify: a surname with words set off beside it, the subject of a
second verb after a comma, "he" with one person named just before, and a ministry of the
document's country. Through `build_timeline`, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import titles

pytestmark = pytest.mark.model


def test_a_surname_with_an_apposition_is_written_in_full(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Veteran trade unionist Harald Brenneke retired on Monday. "
        "Brenneke, leader of the dockers' union for 20 years, resigned from the board on "
        "Wednesday.",
    )
    assert found["2024-05-08"].startswith("Harald Brenneke resigned")


def test_a_surname_with_a_relative_clause_is_written_in_full(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The prosecutor questioned Harald Brenneke on Monday. "
        "Brenneke, whose house was searched by police, was arrested on Thursday.",
    )
    assert found["2024-05-09"].startswith("Harald Brenneke was arrested")


def test_a_surname_with_other_words_stays(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Harald Brenneke retired on Monday. Brenneke's son resigned from the board on Wednesday.",
    )
    assert "Harald Brenneke's son" not in found["2024-05-08"]


def test_the_subject_of_a_verb_after_a_comma_is_written_in_full(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The poet Ilse Marwitz died on Monday. "
        "In 1937, Marwitz emigrated to Chile, then moved to Peru in 1941.",
    )
    assert found["1941"].startswith("Ilse Marwitz moved to Peru")


def test_he_is_the_one_person_named_just_before(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Investigators in Oslo are looking into the poisoning of Arvid Tennfjord, a retired "
        "engineer. He died on May 3 after a long illness.",
    )
    assert found["2024-05-03"].startswith("Arvid Tennfjord died")


def test_he_with_two_people_named_just_before_stays(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Investigators in Oslo are looking into the poisoning of Arvid Tennfjord and Jon Lerum, "
        "two retired engineers. He died on May 3 after a long illness.",
    )
    assert found["2024-05-03"].startswith("He died")


def test_the_ministry_is_the_documents_country(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Norway's exports rose in April. Norway sold more fish than ever. "
        "Exports to Asia will grow further in 2025, the trade ministry said on Wednesday.",
    )
    assert "Norway's trade ministry" in found["2024-05-08"]


def test_a_surname_a_relative_clause_describes_is_written_in_full(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Harald Brenneke was elected chairman of the exchange on Monday. "
        "Brenneke, who turned the mill around in 2019, was a banker.",
    )
    assert found["2019"].startswith("Harald Brenneke turned the mill")


def test_a_described_surname_a_relative_clause_follows_is_its_own_person(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "Carlos Mendoza beat Tomas Berdal in the semi-final on Thursday. With the victory, the "
        "23-year-old Mendoza, who won 11 games in a row in 2019, joined the leaders.",
    )
    assert "Tomas Berdal" not in found["2019"]
