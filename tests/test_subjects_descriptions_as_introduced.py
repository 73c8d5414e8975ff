"""A bare description with words of what kind ("the armed police", "the air force") or none
("the junta") written as the text introduced the thing: with the name words or the owner the
earlier mentions agree on. Through `build_timeline`, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import titles

pytestmark = pytest.mark.model


def test_kind_words_take_the_name_words_of_the_first_mention(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nRiot\n\n"
        "About 400 Bolivian armed police were sent to the mine on May 2. "
        "The armed police cleared the road on May 8. "
        "The Danish air force lost a plane on May 3. "
        "The air force grounded its jets on May 7.\n",
    )
    assert found["2024-05-08"].startswith("The Bolivian armed police cleared the road")
    assert found["2024-05-07"].startswith("The Danish air force grounded")


def test_an_owner_with_kind_words_between_is_written(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nCoup\n\n"
        "Zambia's military junta met the envoy on May 2. "
        "The junta cancelled the election on May 8.\n",
    )
    assert found["2024-05-08"].startswith("Zambia's military junta cancelled the election")


def test_mentions_that_name_two_owners_leave_the_text_s_words(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nCoup\n\n"
        "Zambia's military junta met Malawi's military junta on May 2. "
        "The junta cancelled the election on May 8.\n",
    )
    assert found["2024-05-08"].startswith("The junta cancelled the election")


def test_a_day_the_parse_hung_on_the_noun_leaves_it_bare(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nVisas\n\n"
        "The Estonian embassy in Lima issued 40 visas on May 2. "
        "The embassy on Wednesday urged all Estonians to leave Peru.\n",
    )
    assert found["2024-05-08"].startswith("The Estonian embassy")


def test_a_clause_set_off_by_commas_leaves_the_description_bare(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nBudget news\n\n"
        "Moldova's assembly met for the first time on May 2. "
        "The assembly, which approved the budget on May 8, will sit again in June. "
        "The council, elected on May 6 after a long campaign, chose a chairman.\n",
    )
    assert found["2024-05-08"].startswith("Moldova's assembly approved the budget")
    assert found["2024-05-06"].startswith("The council was elected")
