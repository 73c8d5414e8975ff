""" "The two sides" written as the two parties the text named together just before, when each
says who with a name and no other such pair is there. Through `build_timeline`, on sentences
written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import titles

pytestmark = pytest.mark.model


def test_the_two_sides_are_the_pair_named_between_just_before(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nTalks\n\n"
        "Talks between Aymara rebels and the Bolivian government stalled on May 6. "
        "The two sides signed a water deal on May 8.\n",
    )
    assert found["2024-05-08"].startswith(
        "Aymara rebels and the Bolivian government signed a water deal"
    )


def test_two_pairs_before_leave_the_two_sides(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nTalks\n\n"
        "Talks between Aymara rebels and the Bolivian government stalled on May 6. "
        "Talks between Quechua rebels and the Peruvian government began on May 7. "
        "The two sides signed a water deal on May 8.\n",
    )
    assert found["2024-05-08"].startswith("The two sides signed a water deal")
