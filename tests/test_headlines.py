"""Headlines are complete clauses of the sentence's own words, through `build_timeline`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline.models import Event
from timeline.pipeline import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model


def titles(tmp_path: Path, body: str) -> dict[str, str]:
    text = f"---\npublished: 2024-05-10\n---\nNews of the day\n\n{body}\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    events: list[Event] = list(build_timeline([tmp_path], Settings()).timeline.events)
    return {e.date.edtf: e.title for e in events}


def test_what_was_told_is_kept(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Minister Lena Vogt told the budget committee on May 8 that the mine would close.",
    )
    assert found["2024-05-08"].startswith("Minister Lena Vogt told")
    assert found["2024-05-08"].endswith("the mine would close")


def test_a_complement_clause_is_never_cut_to_its_verb(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The northern province's trade office warned on Friday that the new customs rule "
        "would adversely affect exports of timber to neighbouring countries.",
    )
    title = found["2024-05-10"]
    assert "warned adversely" not in title
    assert "rule would" in title or title.endswith("warned")  # a whole clause, or none


def test_a_dateline_is_never_the_subject(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "KARLSTAD, May 7 (Nordpress) -- The regional index closed at 1,204 points on Tuesday.",
    )
    title = found["2024-05-07"]
    assert title.startswith("The regional index closed")
    assert "KARLSTAD" not in title.upper()


def test_numbers_are_kept(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path, "A total of 2,350 residents were at temporary shelters on Thursday."
    )
    assert found["2024-05-09"].startswith("A total of 2,350 residents were at")


def test_a_participle_describing_its_noun_reads_as_a_passive(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The board accepted the coach's resignation, tendered on May 2, after a long meeting.",
    )
    assert found["2024-05-02"] == "The coach's resignation was tendered"


def test_a_pronoun_or_description_subject_is_written_as_the_entity(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "Harlow Motors opened a factory in Leeds on March 4. "
        "The carmaker hired 300 workers on April 2. "
        "Tomas Ek joined the board on April 8. He was asked about pay on April 15.",
    )
    assert found["2024-04-02"] == "Harlow Motors hired 300 workers"
    assert found["2024-04-15"] == "Tomas Ek was asked about pay"


def test_a_reporting_verb_is_never_bare(nlp: Any, tmp_path: Path) -> None:
    found = titles(tmp_path, '"We are ready," the coach was told on Monday.')
    assert found["2024-05-06"] != "The coach was told"
