"""The subject "it" or "he" of a "that" clause a noun takes is the name that owns the noun
("Beijing's announcement that it would sign" -> Beijing), as a verb of saying's subject is
for its "that" clause. Through `build_timeline`, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_subjects_names_beside_descriptions import titles

pytestmark = pytest.mark.model


def test_the_owner_of_an_announcement_is_its_it(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2006-03-08\n---\nRights\n\n"
        "Oslo was not moved by threats, nor by Moscow's surprise pledge that it would free "
        "the fishermen before the end of the year, the foreign minister said on Tuesday.\n",
    )
    assert found["2006"].startswith("Moscow would free the fishermen")


def test_an_owner_the_pronoun_cannot_mean_is_not_its_subject(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2006-05-10\n---\nPlant\n\n"
        "Workers were surprised by Mayor Lars Olsson's announcement that it would close "
        "the plant on May 8.\n",
    )
    assert not any("Olsson would close" in title for title in found.values())


def test_an_accusation_is_not_told_of_its_owner(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2006-05-10\n---\nBorder\n\n"
        "Talks stalled over Ruritania's accusation that it had armed the rebels on May 8.\n",
    )
    assert not any(title.startswith("Ruritania had armed") for title in found.values())
