"""`scripts/audit_rows.py`: a seeded random sample of events from a `timeline extract` run over a
folder or over a range of lines of a JSON Lines file, shown with the date, headline, event word,
marked sentence and publication date, and written as JSON Lines for a judge to fill in."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.model

SCRIPT = ROOT / "scripts" / "audit_rows.py"
NEWS8 = ROOT / "tests" / "data" / "news8"


def audit(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(SCRIPT), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One extract of news8, kept: the sampling tests read its JSON."""
    work = tmp_path_factory.mktemp("news8")
    done = audit(NEWS8, "-n", "5", "--seed", "1", "--work", work, "--no-cache")
    assert done.returncode == 0, done.stderr
    return work / "run.json"


def test_a_seeded_sample_of_rows_with_what_a_judge_needs(run: Path, tmp_path: Path) -> None:
    first = audit("--timeline", run, "-n", "6", "--seed", "7", "--jsonl", tmp_path / "a.jsonl")
    again = audit("--timeline", run, "-n", "6", "--seed", "7", "--jsonl", tmp_path / "b.jsonl")
    other = audit("--timeline", run, "-n", "6", "--seed", "8")
    assert first.returncode == 0, first.stderr
    assert first.stdout == again.stdout != other.stdout
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    timeline = json.loads(run.read_text(encoding="utf-8"))
    events = {e["id"]: e for e in timeline["events"]}
    published = {d["id"]: d["published"] for d in timeline["documents"]}
    judged = rows(tmp_path / "a.jsonl")
    assert len(judged) == 6 and first.stdout.startswith(f"6 of {len(events)} events, seed 7")
    for row in judged:
        event = events[row["event_id"]]
        assert (row["date"], row["headline"]) == (event["date"], event["title"])
        assert row["date_right"] is row["headline_right"] is row["is_event"] is None
        for mention in row["mentions"]:
            assert mention["published"] == published[mention["doc_id"]]
            if mention["trigger"]:
                assert f"[[{mention['trigger']}]]" in mention["sentence"]
        assert f"    headline: {row['headline']}" in first.stdout


def test_more_rows_than_events_gives_every_event(run: Path) -> None:
    done = audit("--timeline", run, "-n", "1000")
    count = len(json.loads(run.read_text(encoding="utf-8"))["events"])
    assert done.stdout.startswith(f"{count} of {count} events")


def test_a_range_of_lines_of_a_jsonl_file(tmp_path: Path) -> None:
    records = [
        {"id": f"doc{n}", "dct": "2020-06-01", "text": f"The mayor of Town {n} resigned on May 4."}
        for n in range(1, 5)
    ]
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "rows.jsonl"
    done = audit(source, "--lines", "2-3", "-n", "10", "--jsonl", out, "--work", tmp_path / "w")
    assert done.returncode == 0, done.stderr
    shown = {m["doc_id"] for row in rows(out) for m in row["mentions"]}
    assert shown == {"doc2", "doc3"}
    assert "(published 2020-06-01): The mayor of Town 2 [[resigned]] on {{May 4}}." in done.stdout


def test_bad_arguments_are_named(tmp_path: Path) -> None:
    source = tmp_path / "records.jsonl"
    source.write_text('{"text": "x"}\n', encoding="utf-8")
    done = audit(source, "--lines", "5-2")
    assert done.returncode == 2 and "--lines '5-2'" in done.stderr
    done = audit(source, "--lines", "5-9", "--work", tmp_path / "w")
    assert done.returncode == 2 and "has no lines 5-9" in done.stderr


def test_a_judged_file_is_tallied(tmp_path: Path) -> None:
    judged = [
        {"date_right": True, "headline_right": True, "is_event": True},
        {"date_right": True, "headline_right": False, "is_event": True},
        {"date_right": None, "headline_right": True, "is_event": True},
    ]
    path = tmp_path / "judged.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in judged), encoding="utf-8")
    done = audit("--tally", path)
    assert done.stdout.strip() == (
        "3 rows: date_right 2, headline_right 2, is_event 3; all three right 1/3 "
        "(1 row not fully judged)"
    )
