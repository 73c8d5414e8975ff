"""What an act said: a ", saying …" participle after a short object tells it, and a condition
hung on the kept "to" clause of a told clause stays with it. Through `build_timeline`, on
sentences written for these tests (an article of Friday 2024-05-10)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import titles

pytestmark = pytest.mark.model


def test_a_short_object_keeps_what_the_saying_tells(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The union leader restated that position on Wednesday, saying the plant must stay open.",
    )
    assert found["2024-05-08"].endswith("that position, saying the plant must stay open")


def test_a_long_object_is_told_without_the_saying(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The mayor opened a new bridge over the river in the old harbour district on Wednesday, "
        "saying it would cut traffic in the centre.",
    )
    assert "saying" not in found["2024-05-08"]


def test_a_saying_after_another_act_is_an_aside(nlp: Any, tmp_path: Path) -> None:
    found = titles(tmp_path, "Police arrested the man on Wednesday, saying he had a gun.")
    assert found["2024-05-08"] == "Police arrested the man"
    found = titles(
        tmp_path, "The mayor gave a speech on Wednesday, saying that the bridge would reopen."
    )
    assert found["2024-05-08"] == "The mayor gave a speech, saying that the bridge would reopen"


def test_a_saying_with_a_date_of_its_own_is_left_out(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The union leader restated that position on Wednesday, saying on Thursday that the "
        "plant must stay open.",
    )
    assert found["2024-05-08"].endswith("restated that position")


def test_the_condition_of_a_told_to_clause_is_kept(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The senator told the king on Wednesday that the country was ready to intervene if the "
        "rebels attacked the capital.",
    )
    assert found["2024-05-08"].endswith("to intervene if the rebels attacked the capital")


def test_a_to_clause_cut_before_its_words_is_left_out(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        'The assembly on Wednesday expressed "strong support" for the Kimberley process, which '
        'aims to prevent illegally exported "conflict diamonds" being used to buy arms.',
    )
    assert found["2024-05-08"] == "The assembly expressed strong support for the Kimberley process"


def test_a_to_clause_before_its_date_stays(nlp: Any, tmp_path: Path) -> None:
    found = titles(tmp_path, "Opposition parties were expected to meet on Wednesday.")
    assert found["2024-05-08"].endswith("were expected to meet")


def test_what_an_assurance_says_follows_the_phrase_of_its_giver(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The minister won assurances from his French counterpart that a special law extending "
        "the army's presence in the region would be passed in time for a summit, a spokesman "
        "said on Wednesday.",
    )
    assert found["2024-05-08"].endswith(
        "from his French counterpart that a special law extending the army's presence in the "
        "region would be passed in time for a summit"
    )


def test_the_purpose_of_a_kept_to_clause_is_kept(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path, "Opposition parties were expected to meet on Wednesday to discuss the budget."
    )
    assert found["2024-05-08"] == "Opposition parties were expected to meet to discuss the budget"
