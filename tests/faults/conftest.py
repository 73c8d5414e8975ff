"""Shared by the fault matrix: one good article, the real command line run in-process (the
spaCy pipeline is loaded once per session), and checks on what it prints."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from typer.testing import CliRunner, Result

from timeline.cli import app

runner = CliRunner(env={"COLUMNS": "80"})

GOOD_NAME = "good.txt"
GOOD = (
    "---\npublished: 2021-03-10\n---\n"
    "City council approves budget\n\n"
    "The council approved the budget on March 3, 2021. The mayor praised the vote.\n"
)
GOOD_DATE = "2021-03-03"


def write_good(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / GOOD_NAME
    path.write_text(GOOD, encoding="utf-8")
    return path


@dataclass(frozen=True)
class Outcome:
    result: Result
    data: dict[str, Any] | None

    @property
    def stderr(self) -> str:
        return self.result.stderr

    @property
    def exit_code(self) -> int:
        return self.result.exit_code

    def lines_naming(self, name: str) -> list[str]:
        return [line for line in self.stderr.splitlines() if name in line]

    def dates_of(self, doc_id: str) -> list[str]:
        assert self.data is not None
        return [
            e["date"]
            for e in self.data["events"]
            if any(m["doc_id"] == doc_id for m in e["mentions"])
        ]

    def document_ids(self) -> list[str]:
        assert self.data is not None
        return [d["id"] for d in self.data["documents"]]


def extract(*args: str | Path, out: Path) -> Outcome:
    """`timeline extract ARGS -o OUT --quiet`, and the timeline it wrote (read as strict
    UTF-8), if any."""
    result = runner.invoke(app, ["extract", *map(str, args), "-o", str(out), "--quiet"])
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    data = json.loads(out.read_bytes().decode("utf-8")) if out.exists() else None
    return Outcome(result, data)
