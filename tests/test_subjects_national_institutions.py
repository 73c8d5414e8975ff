"""Whose "police", "the government" or "the foreign ministry" is: the document's country, when
its own sentence names that country and no other, or when the document is about that one
country. Through `build_timeline`, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import titles

pytestmark = pytest.mark.model


def test_police_without_an_article_is_the_country_s_police(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nFloods\n\n"
        "Heavy rain flooded villages across Norway on May 6, and Norwegian farmers lost crops. "
        "Police evacuated 300 residents from a valley on May 8.\n",
    )
    assert found["2024-05-08"].startswith("Norway's police evacuated 300 residents")


def test_a_ministry_is_the_country_its_sentence_and_document_name_most(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nTalks\n\n"
        "The president of Chile met Peru's envoy in Lima on May 2. Chilean diplomats and "
        "Peruvian officials welcomed the talks on May 3. "
        "Chile has decided to halt its talks with the Andean bloc, the foreign ministry "
        "announced on May 8.\n",
    )
    assert found["2024-05-08"].startswith("Chile's foreign ministry announced")


def test_a_country_named_as_another_party_does_not_own_the_government(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nTimber\n\n"
        "Gabon exported timber. Gabon earned a lot, and Cameroon protested. "
        "The government has suspended 12 customs officers over timber imports from Gabon, "
        "the agency reported on May 8.\n",
    )
    assert "Gabon's government" not in found["2024-05-08"]


def test_a_country_named_only_by_its_people_is_written_by_its_name(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nVote\n\n"
        "Indonesian students protested in the capital on May 6. "
        "Indonesian officials warned the students on May 7. "
        "The country will hold a general election on May 29.\n",
    )
    assert found["2024-05-29"].startswith("Indonesia will hold a general election")
