"""A nominal event that can be told only as its bare noun phrase ("Suez crisis") is no row of a
reader's timeline, whose headlines are clauses; an entity timeline keeps it. Through
`build_timeline`, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import events_of
from timeline.settings import Settings

pytestmark = pytest.mark.model

BODY = (
    "Analysts said the deal, like the 1956 Suez crisis, would alter the region for years.\n\n"
    "The central bank raised its main rate by half a point on Tuesday."
)


def titles(tmp_path: Path, settings: Settings) -> list[str]:
    return [e.title for e in events_of(tmp_path, BODY, settings)]


def test_a_bare_noun_phrase_is_no_row_of_a_readers_timeline(nlp: Any, tmp_path: Path) -> None:
    found = titles(tmp_path, Settings())
    assert not any("Suez crisis" in t for t in found)
    assert any(t.startswith("The central bank raised its main rate") for t in found)


def test_an_entity_timeline_keeps_it(nlp: Any, tmp_path: Path) -> None:
    found = titles(tmp_path, Settings(entity_timeline=True))
    assert any("Suez crisis" in t for t in found)


def test_a_phrase_its_tense_leaves_open_is_no_row_either(nlp: Any, tmp_path: Path) -> None:
    body = (
        "Early counts show that opposition candidate Ana Lopez leads Tuesday's presidential "
        "election in Peru, winning more than half of the vote."
    )
    reader = [e.title for e in events_of(tmp_path, body)]
    assert not any(t.startswith("Presidential election") for t in reader)
    entity = [e.title for e in events_of(tmp_path, body, Settings(entity_timeline=True))]
    assert any("election" in t.lower() for t in entity)


def test_a_phrase_that_says_whose_it_is_is_no_clause_either(nlp: Any, tmp_path: Path) -> None:
    body = (
        "Pinochet's 1980 constitution made him head of the armed forces until 1998.\n\n"
        "Toyota's 2003 debut brought immediate success."
    )
    found = [e.title for e in events_of(tmp_path, body)]
    assert not any(t in ("Pinochet's constitution", "Toyota's debut") for t in found)
    every = [e.title for e in events_of(tmp_path, body, Settings(entity_timeline=True))]
    assert "Pinochet's constitution" in every
