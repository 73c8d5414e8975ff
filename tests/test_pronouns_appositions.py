"""A person named in apposition to a subject's description ("The UN envoy to Kosovo, Martti
Ahtisaari, began…") is who the next sentence's "he" or "she" stands for, through
`build_timeline`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import titles

pytestmark = pytest.mark.model


def test_he_is_the_person_named_beside_the_subject_description(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The United Nations envoy to Cyprus, Martin Halvorsen, began talks in February with "
        "both communities. He was due to present a settlement plan by the end of 2024.",
    )
    assert found["2024"].startswith("Martin Halvorsen was due to present")
