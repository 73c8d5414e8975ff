"""Bare "officials" is the document's country's officials when that country is clear, as bare
"police" is; "the official" (one person) and "local officials" are left as written. Through
`build_timeline`, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import titles

pytestmark = pytest.mark.model


def test_bare_officials_are_the_country_s_officials(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nFloods\n\n"
        "Heavy rain flooded villages across Norway on May 6, and Norwegian farmers lost crops. "
        "Officials evacuated 300 residents from a valley on May 8.\n",
    )
    assert found["2024-05-08"].startswith("Norway's officials evacuated 300 residents")


def test_officials_stay_bare_when_the_sentence_names_another_country(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nFloods\n\n"
        "Heavy rain flooded villages across Norway on May 6, and Norwegian farmers lost crops. "
        "Officials evacuated 300 residents to Sweden on May 8.\n",
    )
    assert "Norway's officials" not in found["2024-05-08"]


def test_one_official_is_not_made_the_country_s(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nFloods\n\n"
        "Heavy rain flooded villages across Norway on May 6, and Norwegian farmers lost crops. "
        "The official evacuated 300 residents from a valley on May 8.\n",
    )
    assert "Norway's official" not in found["2024-05-08"]


def test_officials_stay_bare_when_their_sentence_names_the_country_as_another_party(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nTrade\n\n"
        "Norway exported fish on May 2, and Norwegian boats sailed on May 3. "
        "Norway's ports grew on May 4. "
        "A trade delegation to Norway signed two accords on May 8, officials said.\n",
    )
    assert "Norway's officials" not in found["2024-05-08"]
