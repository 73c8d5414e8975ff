"""A plural pronoun ("they", "them", "their") written as the group the document makes
clear, through `build_timeline` and the command line; two groups, or a quotation, keep the
text's words."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.test_headlines import events_of, titles
from timeline.cli import app

pytestmark = pytest.mark.model


def test_they_is_the_one_group_the_sentence_before_names(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The German embassy in Tehran was closed on May 1. Dozens of war veterans disabled by "
        "chemical weapon attacks staged a sit-in in front of the embassy on May 9. "
        "They began their protest on May 8.",
    )
    assert found["2024-05-08"].startswith("The war veterans began")


def test_them_is_the_counted_group_of_the_sentence_before(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Five suspects were arrested in Lyon on May 2. A court released them on May 6.",
    )
    assert found["2024-05-06"] == "A court released the five suspects"


def test_they_is_the_names_written_together(nlp: Any, tmp_path: Path) -> None:
    events = {
        e.date.edtf: e
        for e in events_of(
            tmp_path,
            "China and Japan signed a fisheries agreement on March 3. "
            "They held talks on fishing quotas in Tokyo on April 20.",
        )
    }
    assert events["2024-04-20"].title.startswith("China and Japan held talks")
    assert {"China", "Japan"} <= {a.text for a in events["2024-04-20"].actors}


def test_their_in_the_subject_of_the_teller_is_the_told_clause_s_subject(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "The Williams sisters did not breach a 2001 contract for a tennis tournament, their "
        "lawyer said on May 8.",
    )
    assert found["2024-05-08"].startswith("The Williams sisters' lawyer said")


def test_two_groups_before_keep_they(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Police arrested two men in Paris on May 7. They were charged with fraud on May 8.",
    )
    assert found["2024-05-08"].startswith("They were charged")  # the police or the men


def test_they_in_a_quotation_and_in_a_describing_clause_stay(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Rebel fighters attacked the town of Goma on May 2. "
        '"They will pay for this on May 9," the governor said. '
        "Government troops retook all the land they held in 2019.",
    )
    assert found["2024-05-09"].startswith("They will pay")
    assert "Rebel fighters held" not in found["2019"]
    assert "Government troops held" not in found["2019"]


def test_an_entity_timeline_holds_the_events_of_they(nlp: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "fish.txt").write_text(
        "---\npublished: 2024-05-10\n---\nFish talks\n\n"
        "China and Japan signed a fisheries agreement on March 3. "
        "They held talks on fishing quotas in Tokyo on April 20.\n",
        encoding="utf-8",
    )
    out = tmp_path / "t.json"
    runner = CliRunner()
    extracted = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--no-cache"])
    assert extracted.exit_code == 0, extracted.output
    shown = runner.invoke(app, ["show", str(out), "--format", "json", "--entity", "Japan"])
    assert shown.exit_code == 0, shown.output
    rows = {e["date"]: e["title"] for e in json.loads(shown.stdout)["events"]}
    assert rows["2024-04-20"].startswith("China and Japan held talks")
