"""The terminal, through the command line at 80 columns: help, option errors, the filters'
options, the table's room for headlines, a screenful of key events, export without -o, and
the progress line's count."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner, Result

from timeline.cli import app
from timeline.cli_progress import STARTING, count_documents, progress
from timeline.export import Format

from .made import Told, saved, timeline

runner = CliRunner(env={"COLUMNS": "80"})
TERMINAL = CliRunner(env={"COLUMNS": "80", "LINES": "24", "TTY_COMPATIBLE": "1"})
COMMANDS = ["extract", "show", "export", "tag", "schema", "cache", "cache info", "evaluate"]
LONG = "The city council approved the new budget for the schools after a long debate"


def invoke(*args: str | Path, using: CliRunner = runner) -> Result:
    return using.invoke(app, [str(a) for a in args], catch_exceptions=False)


def many(tmp_path: Path, count: int = 40) -> Path:
    told = [Told(f"2020-01-{d % 28 + 1:02d}", f"Event number {d}", docs=(f"d{d % 5}",),
                 confidence=0.5 + d / 100) for d in range(count)]  # fmt: skip
    return saved(tmp_path / "timeline.json", timeline(*told))


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_flags_without_a_type(command: str) -> None:
    result = invoke(*command.split(), "--help")
    assert result.exit_code == 0, result.output
    assert "<bool>" not in result.stdout
    assert "--help" in result.stdout


def test_help_lists_the_export_formats_and_names_html_input_and_has_examples() -> None:
    export = " ".join(invoke("export", "--help").stdout.split())
    assert all(f.value in export for f in Format)
    assert ".html" in invoke("extract", "--help").stdout
    assert "Example: timeline cache" in invoke("cache", "--help").stdout


def test_help_paragraphs_are_not_broken_mid_sentence() -> None:
    lines = invoke("extract", "--help").stdout.splitlines()
    assert not any(line.strip() in ("else the", "so that a") for line in lines)


def test_a_bad_choice_is_worded_plainly(tmp_path: Path) -> None:
    result = invoke("show", many(tmp_path), "--view", "wide")
    assert result.exit_code == 2
    assert "Value error" not in result.output
    assert "'wide' is not one of 'table', 'tree'" in result.output


@pytest.mark.parametrize("command", ["show", "export", "extract"])
def test_a_reversed_range_is_one_line_and_exit_2(command: str, tmp_path: Path) -> None:
    target = tmp_path / "in" if command == "extract" else many(tmp_path)
    result = invoke(command, target, "--since", "1998", "--until", "1996")
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: --since 1998 is after --until 1996")
    assert "Traceback" not in result.output


def test_filters_start_in_the_range_unless_overlapping(tmp_path: Path) -> None:
    made = timeline(Told("19XX", "A century"), Told("1997", "A year"), Told("1997-04-11", "A day"))
    file = saved(tmp_path / "t.json", made)

    def dates(*args: str) -> list[str]:
        result = invoke("show", file, "--format", "json", *args)
        assert result.exit_code == 0, result.output
        return [e["date"] for e in json.loads(result.stdout)["events"]]

    assert dates("--since", "1997-04", "--until", "1997-04") == ["1997-04-11"]
    assert dates("--since", "1997-04", "--until", "1997-04", "--overlapping") == [
        "19XX", "1997", "1997-04-11"
    ]  # fmt: skip
    assert dates("--top", "1") == ["1997-04-11"]


def test_export_top_keeps_the_key_events(tmp_path: Path) -> None:
    result = invoke("export", many(tmp_path), "--format", "json", "--top", "3")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["events"]) == 3


def column_widths(output: str) -> list[int]:
    top = next(line for line in output.splitlines() if line.startswith("┏"))
    return [len(part) for part in re.split("[┏┳┓]", top)[1:-1]]


def test_at_80_columns_the_headline_has_the_room(tmp_path: Path) -> None:
    made = timeline(
        Told("2022-11/2025-03", LONG, docs=("002_8708078444714480",), actors=("Brandon Johnson",)),
        Told("2021-03-03", "The vote", docs=("003_f6a594a474553a19",)),
    )
    result = invoke("show", saved(tmp_path / "t.json", made))
    assert result.exit_code == 0, result.output
    date, event, *_ = column_widths(result.stdout)
    assert event >= 36 and event > 2 * date
    assert "Nov 2022 –" in result.stdout and "Mar 2025" in result.stdout


def plain(output: str) -> str:
    """Terminal output without its colours and styles."""
    return re.sub(r"\x1b\[[0-9;]*m", "", output)


def test_a_large_timeline_shows_a_screenful_of_its_key_events(tmp_path: Path) -> None:
    file = many(tmp_path)
    result = invoke("show", file, using=TERMINAL)
    assert result.exit_code == 0, result.output
    lines = plain(result.stdout).splitlines()
    assert len(lines) <= 24 - 1
    (note,) = [line for line in lines if "not shown" in line]
    shown = sum("Event number" in line for line in lines)
    assert note.startswith(f"{40 - shown} less salient events not shown")
    assert "--all" in note and "--top" in note
    assert f"Timeline: {shown} of 40 events" in plain(result.stdout)
    assert "Event number 39" in result.stdout  # the most confident of equals
    for more in (["--all"], ["--top", "30"]):
        every = invoke("show", file, *more, using=TERMINAL).stdout
        assert "not shown" not in every
        assert sum("Event number" in line for line in every.splitlines()) == int(
            more[-1] if more[-1] != "--all" else 40
        )
    piped = invoke("show", file).stdout  # not a terminal: every event, for a file or a pager
    assert "not shown" not in piped and sum("Event number" in x for x in piped.splitlines()) == 40


def test_export_of_a_page_without_output_writes_a_file_and_says_where(tmp_path: Path) -> None:
    file = many(tmp_path)
    result = invoke("export", file, "--format", "html")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    page = tmp_path / "timeline.html"
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert str(page) in result.stderr
    assert invoke("export", file, "--format", "html", "-o", "-").stdout.startswith("<!DOCTYPE")
    assert invoke("export", file, "--format", "csv").stdout.count("\n") > 40


def test_documents_are_counted_before_the_run(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "b.md", "sub/page.html", ".hidden.txt", "manifest.csv", "notes.pdf"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "news.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n')
    (tmp_path / "list.json").write_text('[{"text": "a"}, {"text": "b"}]')
    (tmp_path / "big.jsonl").write_text('{"text": "a"}\n' * 100)
    assert count_documents([tmp_path], max_bytes=1000) == 1 + 1 + 1 + 3 + 2
    assert count_documents([tmp_path / "a.txt", tmp_path / "list.json"], max_bytes=1000) == 3


def test_the_progress_line_says_what_happens_against_the_count(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=100)
    with progress(console, [tmp_path], 1000, enabled=True) as advance:
        assert advance is not None
        advance(None)
    assert STARTING in out.getvalue()
    assert "/3 documents" in out.getvalue()
    quiet = Console(file=io.StringIO(), force_terminal=False)
    with progress(quiet, [tmp_path], 1000, enabled=True) as nothing:
        assert nothing is None


@pytest.mark.model
def test_extract_top_writes_only_the_key_events(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in {
        "a.txt": "The council approved the budget on March 3, 2021. The mayor resigned in 2019.",
        "b.txt": "The council approved the budget on March 3, 2021, after a long debate.",
    }.items():
        (folder / name).write_text(f"---\npublished: 2021-03-10\n---\n{text}\n", encoding="utf-8")
    every, top = tmp_path / "every.json", tmp_path / "top.json"
    assert invoke("extract", folder, "-o", every, "--quiet", "--no-cache").exit_code == 0
    result = invoke("extract", folder, "-o", top, "--quiet", "--no-cache", "--top", "1")
    assert result.exit_code == 0, result.output
    events = json.loads(every.read_text(encoding="utf-8"))["events"]
    (kept,) = json.loads(top.read_text(encoding="utf-8"))["events"]
    assert len(events) > 1
    assert kept["date"] == "2021-03-03" and kept["sources"] == ["a", "b"]
