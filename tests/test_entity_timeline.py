"""An entity timeline (`extract --entity NAME`): every event of the entity the text dates,
by its clause, its paragraph or the publication date; a reader's timeline stays selective."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.filters import EventFilter
from timeline.models import Anchor, Event
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model

TEXT = (
    "---\npublished: 2011-10-06\n---\nNews\n\n"
    "Steve Jobs started Apple in 1976 and hired Steve Wozniak.\n\n"
    "Steve Jobs praised the engineers at the meeting.\n\n"
    "Steve Jobs said that Tim Cook would lead the company.\n\n"
    "Tim Cook thanked the staff.\n"
)


def run(tmp_path: Path, **settings: Any) -> list[Event]:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    return list(build_timeline([tmp_path], Settings(**settings)).timeline.events)


def by_trigger(events: list[Event]) -> dict[str, Event]:
    return {e.trigger or "": e for e in events}


def test_every_clause_naming_the_entity_is_dated(nlp: Any, tmp_path: Path) -> None:
    found = by_trigger(run(tmp_path, entity_timeline=True, filter=EventFilter(entity="Steve Jobs")))
    assert found["start"].date.edtf == "1976"
    # an undated clause after a date of its paragraph, in the past: that date
    assert found["hire"].date.edtf == "1976"
    assert found["hire"].anchor is Anchor.RELATIVE
    # an undated sentence: the publication date
    assert found["praise"].date.edtf == "2011-10-06"
    assert found["praise"].anchor is Anchor.DOCUMENT_DATE
    assert found["say"].date.edtf == "2011-10-06"
    assert "thank" not in found  # another entity's
    assert "lead" not in found  # told by the entity, but another's act


def test_a_readers_timeline_stays_selective(nlp: Any, tmp_path: Path) -> None:
    found = by_trigger(run(tmp_path, filter=EventFilter(entity="Steve Jobs")))
    assert "praise" not in found
    assert "start" in found


def test_extract_entity_builds_the_entity_timeline_and_show_filters_it(
    nlp: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "jobs.json"
    cache = tmp_path / "cache"
    runner = CliRunner()
    for entity in ([], ["--entity", "Steve Jobs"]):  # the same cache: a reader's run first
        result = runner.invoke(
            app,
            ["extract", str(folder), "-o", str(out), "--quiet", "--cache-dir", str(cache), *entity],
            catch_exceptions=False,
        )
        assert result.exit_code == 0, result.output
    triggers = {e["trigger"] for e in json.loads(out.read_text(encoding="utf-8"))["events"]}
    assert {"start", "hire", "praise"} <= triggers
    assert "thank" not in triggers
    shown = runner.invoke(
        app, ["show", str(out), "--format", "json", "--entity", "Wozniak"], catch_exceptions=False
    )
    assert shown.exit_code == 0
    assert {e["trigger"] for e in json.loads(shown.stdout)["events"]} == {"hire", "start"}


def test_a_past_clause_goes_on_with_the_storys_day(nlp: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "---\npublished: 2010-06-09\n---\nNews\n\n"
        "On Monday, Steve Jobs unveiled the phone.\n\n"
        "Steve Jobs praised its antenna.\n\n"
        "Steve Jobs likes the design.\n",
        encoding="utf-8",
    )
    settings = Settings(entity_timeline=True, filter=EventFilter(entity="Steve Jobs"))
    found = by_trigger(list(build_timeline([tmp_path], settings).timeline.events))
    assert found["unveil"].date.edtf == "2010-06-07"
    assert found["praise"].date.edtf == "2010-06-07"
    assert found["like"].date.edtf == "2010-06-09"  # the present: the article's day
