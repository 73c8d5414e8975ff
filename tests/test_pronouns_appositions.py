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


def test_a_participle_on_an_indefinite_apposition_tells_of_the_thing_beside_it(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "From June, the euro will replace the tolar, a currency introduced in 1991 as a symbol "
        "of independence. Police arrested the suspect, a man seen in 2004 near the bank.",
    )
    assert found["1991"] == "The tolar was introduced as a symbol of independence"
    assert found["2004"] == "The suspect was seen near the bank"
