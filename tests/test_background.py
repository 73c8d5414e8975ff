"""Background told in passing: a participle set off by commas that describes a noun of
another clause, dated by a year before the article's, is no row of a reader's timeline (the
sentence's news is the other clause); an entity timeline keeps it. A recent date keeps the
row; a participle opening the sentence is its subject's act, told as such. Through
`build_timeline`, on sentences written for these tests (an article of 2024-05-10)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import events_of
from timeline.settings import Settings

pytestmark = pytest.mark.model

BODY = (
    "The agency, set up in 1987 as the sole regulator of the island's ports, has cut its fees "
    "by a third on Tuesday.\n\n"
    "The rebate, negotiated by the finance minister in 2009, is tied to spending."
)


def test_a_description_in_passing_is_no_row_of_a_readers_timeline(nlp: Any, tmp_path: Path) -> None:
    found = {e.date.edtf: e.title for e in events_of(tmp_path, BODY)}
    assert "1987" not in found
    assert "2009" not in found
    assert found["2024-05-07"].startswith("The agency")


def test_an_entity_timeline_keeps_the_description(nlp: Any, tmp_path: Path) -> None:
    found = {e.date.edtf for e in events_of(tmp_path, BODY, Settings(entity_timeline=True))}
    assert {"1987", "2009"} <= found


def test_a_recent_date_in_passing_stays_a_row(nlp: Any, tmp_path: Path) -> None:
    body = "The ordinance, approved by the council on March 28, takes effect in June."
    found = {e.date.edtf: e.title for e in events_of(tmp_path, body)}
    assert found["2024-03-28"].startswith("The ordinance was approved by the council")


def test_a_name_whose_bracket_the_model_left_open_is_written_without_it(
    nlp: Any, tmp_path: Path
) -> None:
    body = (
        "The annual meeting of the European Bank for Reconstruction and Development (EBRD) "
        "opened here on Monday.\n\n"
        "The EBRD was set up in 1991 to help the former communist states of Europe."
    )
    titles = [e.title for e in events_of(tmp_path, body)]
    assert not any("(EBRD" in t for t in titles)


def test_a_participle_opening_the_sentence_is_its_subjects_act(nlp: Any, tmp_path: Path) -> None:
    body = (
        "Born in 1951, the third witness was arrested on Tuesday at her home in Basra.\n\n"
        "Founded in 1990 by two engineers, the firm expanded quickly in the 2000s."
    )
    found = {e.date.edtf: e.title for e in events_of(tmp_path, body)}
    assert found["1951"] == "The third witness was born"
    assert found["1990"] == "The firm was founded by two engineers"
    assert found["2024-05-07"].startswith("The third witness was arrested")


def test_a_participle_that_names_its_doer_stays_a_row(nlp: Any, tmp_path: Path) -> None:
    body = "The Ohio Shield Act, signed in 2015 by then-Gov. John Kasich, set up the fund."
    found = {e.date.edtf: e.title for e in events_of(tmp_path, body)}
    assert "Kasich" in found["2015"]
