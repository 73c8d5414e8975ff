"""Hostile places and hostile strings on the way out (issue 12, items 1, 2, 7, 11, 12): file
names made from ids, `-o` onto what is not a regular file, rich markup and bidirectional
controls in what the terminal shows, bad engine options, long values in error lines."""

from __future__ import annotations

import json
import os
import socket
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tests.faults.conftest import GOOD, GOOD_DATE, runner, write_good
from timeline.cli import app
from timeline.edtf import parse_edtf
from timeline.export.jsonfile import to_json
from timeline.models import Actor, Anchor, Document, Event, Mention, Timeline

MISSING_MODEL = "no_such_model_for_this_test"  # loading it fails: proves no analysis started
HYPERLINK = "\x1b]8;"  # the escape sequence that starts a terminal hyperlink
LINK_ID = "[link=https://evil.example]reuters-2021[/link]"
BOLD_ID = "[/bold]"
MARKUP_TITLE = "[red]x[/red]"
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
TERMINAL = CliRunner(env={"COLUMNS": "200", "TTY_COMPATIBLE": "1"})  # rich: a real terminal


def invoke(*args: str | Path, using: CliRunner = runner) -> Result:
    result = using.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def records(path: Path, *items: dict[str, str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    return path


def story(doc_id: str, **fields: str) -> dict[str, str]:
    text = "The council approved the budget on March 3, 2021. The mayor praised the vote."
    return {"id": doc_id, "published": "2021-03-10", "text": text, **fields}


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error: ")]


# --- item 1: file names made from ids -------------------------------------------------------


@pytest.mark.model
def test_timeml_file_names_from_hostile_ids_stay_in_the_output_folder(tmp_path: Path) -> None:
    ids = [
        str(tmp_path / "x" / "PWNED"),  # an absolute path (inside tmp_path, to stay harmless)
        "../../PWNED",
        "n" * 300,
        "....",
        "a/b",
        "a?b",  # slugs as "a/b" does
        "plain",  # after the long one: still written
    ]
    source = records(tmp_path / "in" / "news.jsonl", *(story(i) for i in ids))
    out = tmp_path / "deep" / "er" / "out"

    result = invoke("tag", source, "--format", "timeml", "-o", out)

    assert result.exit_code == 0, result.output
    written = sorted(out.iterdir())
    assert len(written) == len(ids), [p.name for p in written]
    assert all(p.is_file() and p.suffix == ".tml" for p in written)
    assert all(not p.name.startswith(".") and ".." not in p.name for p in written)
    assert all(len(p.name) <= 120 for p in written)
    assert (out / "plain.tml").is_file()  # a safe id keeps its name
    ids_written = sorted(
        p.read_text(encoding="utf-8").split("<DOCID>")[1].split("</DOCID>")[0] for p in written
    )
    assert ids_written == sorted(i.replace("&", "&amp;") for i in ids)
    everything = {p.relative_to(tmp_path) for p in tmp_path.rglob("*")}
    outside = {p for p in everything if not str(p).startswith(("deep", "in"))}
    assert outside == set(), outside
    assert not list((tmp_path / "deep").glob("*PWNED*"))


@pytest.mark.model
def test_a_timeml_file_that_cannot_be_written_is_that_documents_error(tmp_path: Path) -> None:
    source = records(tmp_path / "in" / "news.jsonl", story("first"), story("second"))
    out = tmp_path / "out"
    (out / "first.tml").mkdir(parents=True)  # where the first document's file would go

    result = invoke("tag", source, "--format", "timeml", "-o", out)

    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: ") and "first.tml not written" in line, line
    assert (out / "first.tml").is_dir()
    assert "<DOCID>second</DOCID>" in (out / "second.tml").read_text(encoding="utf-8")


# --- item 2: -o onto what is not a regular file ---------------------------------------------


def _device(path: Path) -> None:
    os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a copy of /dev/null


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.mkdir()


def _socket(path: Path) -> None:
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(path))
    listener.close()


NOT_FILES = {"device": _device, "fifo": _fifo, "folder": _folder, "socket": _socket}


def _same_kind(path: Path, kind: str) -> bool:
    mode = path.lstat().st_mode
    checks = {"device": stat.S_ISCHR, "fifo": stat.S_ISFIFO, "folder": stat.S_ISDIR}
    return checks.get(kind, stat.S_ISSOCK)(mode)


def hand_made_timeline(path: Path, *, doc_ids: tuple[str, ...] = ("d1",), title: str = "t") -> Path:
    """A timeline file written without the pipeline: `show` and `export` need no model."""
    documents = tuple(Document(i, f"{i}.txt", "", None, parse_edtf("2021-03")) for i in doc_ids)
    mentions = tuple(Mention(i, f"{title} on 3 March.", 0, 5) for i in doc_ids)
    event = Event(
        id="ev-1",
        date=parse_edtf("2021-03-03"),
        title=title,
        description=f"{title} on 3 March.",
        actors=(Actor(doc_ids[0], "ORG"),),
        confidence=0.9,
        anchor=Anchor.EXPLICIT,
        mentions=mentions,
    )
    path.write_text(to_json(Timeline(documents, (event,))), encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", list(NOT_FILES))
def test_output_that_is_not_a_regular_file_is_refused_before_analysis(
    kind: str, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    timeline = hand_made_timeline(tmp_path / "timeline.json")
    target = tmp_path / f"target-{kind}"
    NOT_FILES[kind](target)
    commands = [
        ["extract", folder, "--model", MISSING_MODEL, "-o", target],
        ["tag", folder, "--format", "jsonl", "--model", MISSING_MODEL, "-o", target],
        ["export", timeline, "--format", "markdown", "-o", target],
    ]
    for command in commands:
        result = invoke(*command)

        assert result.exit_code == 2, (command[0], result.output)
        (line,) = error_lines(result)
        assert str(target) in line and "not a regular file" in line, line
        assert MISSING_MODEL not in result.output  # the model was never asked for
        assert _same_kind(target, kind), f"{command[0]} replaced the {kind}"


def test_timeml_output_that_is_a_file_is_refused_before_analysis(tmp_path: Path) -> None:
    write_good(tmp_path / "in")
    target = tmp_path / "out.tml"
    target.write_text("keep me", encoding="utf-8")

    result = invoke(
        "tag", tmp_path / "in", "--format", "timeml", "--model", MISSING_MODEL, "-o", target
    )

    assert result.exit_code == 2, result.output
    (line,) = error_lines(result)
    assert str(target) in line and "folder" in line
    assert target.read_text(encoding="utf-8") == "keep me"


def test_output_through_a_symbolic_link_writes_the_link_target(tmp_path: Path) -> None:
    timeline = hand_made_timeline(tmp_path / "timeline.json")
    target = tmp_path / "real" / "timeline.md"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    dangling = tmp_path / "dangling.md"
    dangling.symlink_to(tmp_path / "real" / "new.md")

    for output in (link, dangling):
        result = invoke("export", timeline, "--format", "markdown", "-o", output)
        assert result.exit_code == 0, result.output
        assert output.is_symlink()
        assert "# " in output.resolve().read_text(encoding="utf-8")
    assert target.read_text(encoding="utf-8") != "old"
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["new.md", "timeline.md"]


@pytest.mark.model
def test_extract_through_a_symbolic_link_writes_the_json_to_its_target(tmp_path: Path) -> None:
    write_good(tmp_path / "in")
    target = tmp_path / "target.json"
    target.write_text("{}", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)

    result = invoke("extract", tmp_path / "in", "-o", link, "--quiet")

    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.resolve() == target
    assert json.loads(target.read_text(encoding="utf-8"))["events"]


def test_output_link_to_a_device_is_refused(tmp_path: Path) -> None:
    timeline = hand_made_timeline(tmp_path / "timeline.json")
    device = tmp_path / "null"
    _device(device)
    link = tmp_path / "link.json"
    link.symlink_to(device)

    result = invoke("export", timeline, "--format", "json", "-o", link)

    assert result.exit_code == 2, result.output
    assert link.is_symlink() and _same_kind(device, "device")


# --- item 7: rich markup from input ---------------------------------------------------------


def _shown_literally(result: Result) -> None:
    assert result.exit_code == 0, result.output
    assert HYPERLINK not in result.output
    # the sources are named: by the title where there is one (BOLD_ID's), else by the id
    assert LINK_ID in result.stdout and MARKUP_TITLE in result.stdout


@pytest.mark.parametrize("view", ["table", "tree"])
def test_show_prints_markup_from_input_literally(view: str, tmp_path: Path) -> None:
    timeline = hand_made_timeline(
        tmp_path / "timeline.json", doc_ids=(LINK_ID, BOLD_ID), title=MARKUP_TITLE
    )

    result = invoke("show", timeline, "--view", view, using=TERMINAL)

    assert result.exit_code == 0, result.output
    assert HYPERLINK not in result.output
    assert MARKUP_TITLE in result.stdout
    if view == "table":
        assert LINK_ID in result.stdout and BOLD_ID in result.stdout


@pytest.mark.model
def test_extract_table_prints_markup_from_input_literally(tmp_path: Path) -> None:
    source = records(
        tmp_path / "in" / "news.jsonl",
        story(LINK_ID),
        story(BOLD_ID, title=MARKUP_TITLE),
    )

    result = invoke("extract", source, "-o", tmp_path / "out.json", using=TERMINAL)

    _shown_literally(result)
    for view in ("table", "tree"):
        again = invoke("show", tmp_path / "out.json", "--view", view, using=TERMINAL)
        assert again.exit_code == 0, again.output
        assert HYPERLINK not in again.output


# --- item 11: engine options ----------------------------------------------------------------


def test_too_many_workers_is_a_usage_error(tmp_path: Path) -> None:
    write_good(tmp_path / "in")

    result = invoke("extract", tmp_path / "in", "--workers", "2147483648", "-o", tmp_path / "o")

    assert result.exit_code == 2, result.output
    assert len([line for line in result.output.splitlines() if "--workers" in line]) == 1
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(
    "address",  # loopback only: even today's code must never reach another machine
    ["banana://x", "tcp://", "tcp://127.0.0.1:99999", "tcp://[::1:1", "tcp://127.0.0.1:1/path"],
)
def test_a_bad_scheduler_address_is_a_usage_error(address: str, tmp_path: Path) -> None:
    write_good(tmp_path / "in")
    args = ["--engine", "dask", "--scheduler", address, "--model", MISSING_MODEL]

    result = invoke("extract", tmp_path / "in", *args, "-o", tmp_path / "o")

    assert result.exit_code == 2, result.output
    (line,) = error_lines(result)
    assert "--scheduler" in line and address in line
    assert len(result.output.splitlines()) == 1, result.output


def test_a_scheduler_that_does_not_answer_fails_in_one_line(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    write_good(tmp_path / "in")
    address = "tcp://127.0.0.1:9"  # loopback only; nothing listens on the discard port

    result = invoke(
        "extract", tmp_path / "in", "--engine", "dask", "--scheduler", address, "--quiet",
        "--no-cache", "-o", tmp_path / "o",
    )  # fmt: skip

    assert result.exit_code == 1, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: ") and address in line and "could not connect" in line
    assert not (tmp_path / "o").exists()


# --- item 12: long values, bidirectional controls, the undated note -------------------------


def test_a_long_option_value_is_cut_in_the_error_line(tmp_path: Path) -> None:
    timeline = hand_made_timeline(tmp_path / "timeline.json")

    result = invoke("show", timeline, "--since", "9" * 50_000)

    assert result.exit_code == 2
    (line,) = error_lines(result)
    assert len(line) < 300 and "…" in line and "50,000 characters" in line


@pytest.mark.model
def test_long_values_and_names_are_cut_in_error_lines(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    (folder / "late.md").write_text(f"---\npublished: {'x' * 50_000}\n---\n{GOOD}", "utf-8")
    deep = folder.joinpath(*["d" * 200] * 6)
    deep.mkdir(parents=True)
    (deep / "empty.txt").write_text("", encoding="utf-8")

    result = invoke("extract", folder, "--quiet", "-o", tmp_path / "out.json")

    assert result.exit_code == 1
    lines = error_lines(result)
    assert len(lines) == 2, result.stderr
    assert all(len(line) < 400 and "…" in line for line in lines), lines
    assert any("late.md" in line and "50,000 characters" in line for line in lines)
    assert any("empty.txt" in line and "is empty" in line for line in lines)


@pytest.mark.model
def test_bidirectional_controls_leave_titles_and_are_escaped_where_shown(tmp_path: Path) -> None:
    text = f"The {RLO}council approved the budget on March 3, 2021. The mayor praised it."
    source = records(
        tmp_path / "in" / "news.jsonl",
        {"id": "rlo", "published": "2021-03-10", "title": f"Budget{BIDI} vote", "text": text},
    )
    out = tmp_path / "out.json"

    extracted = invoke("extract", source, "-o", out, using=TERMINAL)

    assert extracted.exit_code == 0, extracted.output
    assert not any(c in extracted.output for c in BIDI)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["documents"][0]["title"] == "Budget vote"
    assert GOOD_DATE in [e["date"] for e in data["events"]]
    assert all(not any(c in e["title"] for c in BIDI) for e in data["events"])
    assert RLO in json.dumps(data, ensure_ascii=False)  # the sentence keeps it, as data
    assert not any(c in out.read_text(encoding="utf-8") for c in BIDI)  # written as \u202e
    shown = invoke("show", out, using=TERMINAL)
    assert shown.exit_code == 0 and not any(c in shown.output for c in BIDI)
    for fmt in ("csv", "markdown", "html", "timelinejs", "json"):
        exported = invoke("export", out, "--format", fmt)
        assert exported.exit_code == 0, exported.output
        assert not any(c in exported.stdout for c in BIDI), fmt
    tagged = invoke("tag", source, "--format", "jsonl")
    assert tagged.exit_code == 0 and not any(c in tagged.stdout for c in BIDI)
    assert json.loads(tagged.stdout)["doc_id"] == "rlo"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "beginning"),
    [
        (
            "The bridge opened on May 20, 2022.\n",
            "warning: 1 of 2 documents had no publication date; none of their dates needed one, "
            "but give one with",
        ),
        (
            "The council voted yesterday.\n",
            "warning: 1 of 2 documents had no publication date, so 1 relative date stayed "
            "unresolved [T101]; give one with 'published:' front matter",
        ),
    ],
)
def test_the_note_on_undated_documents_is_a_sentence(
    tmp_path: Path, text: str, beginning: str
) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    (folder / "undated.txt").write_text(text, encoding="utf-8")

    result = invoke("extract", folder, "--quiet", "-o", tmp_path / "out.json")

    assert result.exit_code == 0, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith(beginning), line
    assert "(none" not in line
