"""A name the text sets beside a description is the subject a headline writes: a name and a
description the parse made two subjects of one verb ("Volvex, the world's largest maker of
widgets said"), a person in apposition to the noun a relative clause describes, a list of
names in apposition kept whole, and a name never cut. Through `build_timeline`, on
sentences written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline.events.entities import resolve_document
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model


def titles(tmp_path: Path, text: str) -> dict[str, str]:
    """The headlines of an article (front matter and all), by date."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    events = build_timeline([tmp_path], Settings()).timeline.events
    return {e.date.edtf: e.title for e in events}


def test_a_description_beside_a_name_stands_for_it(nlp: Any) -> None:
    doc = nlp(
        "Finland's Nokton announced its results on Monday.\n\n"
        "Nokton, the world's leading mobile handset supplier said Saturday it will build a "
        "factory in Brazil."
    )
    supplier = next(t for t in doc if t.text == "supplier")
    found = resolve_document(doc).resolve(supplier)
    assert found is not None and found.text == "Nokton"


def test_a_description_with_a_participle_is_no_apposition(nlp: Any) -> None:
    doc = nlp(
        "Global car output rose by 2 percent in May as demand rebounded, "
        "the Industry Association said Friday."
    )
    output = next(t for t in doc if t.text == "output")
    assert resolve_document(doc).resolve(output) is None


def test_a_clause_told_before_its_teller_keeps_its_subject(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2006-03-06\n---\nCars\n\n"
        "Global car output rose by 2 percent in May as demand rebounded, "
        "the Industry Association said Friday.\n",
    )
    assert "global car output rose" in found["2006-03-03"]


def test_a_person_beside_a_described_noun_does_its_clause(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2006-03-06\n---\nRuling\n\n"
        "The judge who sentenced the smugglers in 1998, Anna Lindqvist, said on television "
        "Sunday that the ruling stood.\n",
    )
    assert found["1998"].startswith("Anna Lindqvist sentenced the smugglers")


def test_names_in_apposition_are_kept_whole(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2006-03-06\n---\nSwap\n\n"
        "The hostages, Tom and Sara Lind, were released Monday in a prisoner swap.\n",
    )
    assert found["2006-03-06"].startswith("The hostages, Tom and Sara Lind, were released")


def test_a_subject_never_cuts_a_name(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2005-11-11\n---\nTrade\n\n"
        "Chief delegate of the United Republic of Tanzania (URT) to the trade talks urged "
        "here Friday all members to show more flexibility in the coming week.\n",
    )
    assert found["2005-11-11"].startswith("Chief delegate of the United Republic of Tanzania")
