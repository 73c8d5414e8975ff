"""Subjects a reader can identify, more: "its" after a country's government is the country's
("Somalia's government plans … now that its forces have arrived"), not after a country's
thing that does not act for it. Through `build_timeline`, on sentences written for these
tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import events_of, titles

pytestmark = pytest.mark.model


def test_its_after_a_countrys_government_is_the_countrys(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Norway's government plans to impose martial law now that its troops arrived in the "
        "north on Friday, officials said.",
    )
    assert found["2024-05-10"].startswith("Norway's troops arrived")


def test_its_after_a_countrys_economy_stays(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Norway's economy is slowing now that its exports fell sharply on Friday, officials said.",
    )
    assert not found["2024-05-10"].startswith("Norway's exports")


def test_the_country_a_told_clause_is_about_is_the_one_named(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Iceland has signed the fisheries pact, but a senior minister on Friday said the "
        "country was worried about illegal trawling.",
    )
    said = [e.title for e in events if e.title.startswith("A senior minister said")]
    assert said == ["A senior minister said Iceland was worried about illegal trawling"]


def test_a_country_named_as_an_owner_in_an_aside_is_the_countrys(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Bishop Anton Bruns, head of Austria's largest diocese, said on Friday the pope's visit "
        "would help the country's recovery.",
    )
    assert "help Austria's recovery" in found["2024-05-10"]


def test_the_country_after_an_owner_is_it_the_capital_is_not(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Ghana's health authorities confirmed on Friday the first two cases of cholera in the "
        "country. Ghana's police kept extra security in the capital on Thursday.",
    )
    titles_found = [e.title for e in events]
    assert any(t.endswith("cases of cholera in Ghana") for t in titles_found)
    assert any(t.endswith("extra security in the capital") for t in titles_found)
