"""Hostile inputs (issue 12, items 3, 9 and 10), through the real command line: a small JSON
file built to break the parser, a folder tree a thousand levels deep, and a file given to
`show` or `export` that is not a timeline. Each is one line naming the file, never a
traceback, and the good documents still give their events."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.faults.conftest import GOOD, GOOD_DATE, extract, runner, write_good
from timeline.cli import app
from timeline.errors import cut_path

STORY = "The museum reopened on June 2, 2020, after a long closure."
RECORD = json.dumps({"id": "museum", "text": STORY})

# name -> (file name, content, what its one line says: None when it must be read without one)
BROKEN_JSON: dict[str, tuple[str, str, str]] = {
    "lists 1,000 deep": ("deep.json", "[" * 1_000 + "]" * 1_000, "nested too deeply"),
    "objects 1,000 deep": ("deeper.json", '{"a":' * 1_000 + "1" + "}" * 1_000, "nested too deeply"),
    "an integer of 4,301 digits": ("big.json", '{"text": ' + "9" * 4_301 + "}", "4,301 digits"),
    "an integer id of 5,000 digits": (
        "id.json",
        '{"id": ' + "7" * 5_000 + ', "text": "x"}',
        "digits",
    ),
    "a float too large": ("inf.json", '{"text": "x", "score": 1e999}', "too large"),
    "NaN": ("nan.json", '{"text": "x", "score": NaN}', "NaN is not a JSON value"),
    "Infinity": ("infinity.json", "[-Infinity]", "-Infinity is not a JSON value"),
    "a top-level number": ("scalar.json", "42", "holds a number, not a record"),
    "a top-level null": ("null.json", "null", "holds null, not a record"),
    "a record whose text is a list": ("list.json", '{"text": ["a"]}', "'text' is a list"),
}


@pytest.mark.parametrize("name", BROKEN_JSON)
def test_a_json_file_that_breaks_the_parser_is_that_files_error(tmp_path: Path, name: str) -> None:
    file_name, content, says = BROKEN_JSON[name]
    folder = tmp_path / "in"
    write_good(folder)
    (folder / file_name).write_text(content, encoding="utf-8")
    outcome = extract(folder, out=tmp_path / "t.json")
    assert outcome.exit_code == 1
    lines = outcome.lines_naming(file_name)
    assert len(lines) == 1 and lines[0].startswith("error: ") and says in lines[0], outcome.stderr
    assert outcome.dates_of("good") == [GOOD_DATE]


def test_jsonl_keeps_its_good_lines_around_a_bad_one(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    second = json.dumps({"id": "vote", "text": "The council voted on May 5, 2021."})
    lines = [RECORD, "[" * 1_000 + "]" * 1_000, second, '{"text": ' + "1" * 4_400 + "}"]
    folder.mkdir()
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    outcome = extract(folder, out=tmp_path / "t.json")
    assert outcome.exit_code == 1
    assert [line.split(": ")[1] for line in outcome.lines_naming("feed.jsonl")] == [
        f"{folder / 'feed.jsonl'}:2",
        f"{folder / 'feed.jsonl'}:4",
    ]
    assert outcome.dates_of("museum") == ["2020-06-02"]
    assert outcome.dates_of("vote") == ["2021-05-05"]


def test_a_jsonl_record_may_hold_a_line_separator(tmp_path: Path) -> None:
    """JSON strings may hold U+2028 and U+0085 unescaped: a JSON Lines line ends at a line
    feed only."""
    folder = tmp_path / "in"
    folder.mkdir()
    record = json.dumps({"id": "museum", "text": f"Reopening\u2028{STORY}"}, ensure_ascii=False)
    (folder / "feed.jsonl").write_text(record + "\n", encoding="utf-8")
    outcome = extract(folder, out=tmp_path / "t.json")
    assert outcome.exit_code == 0, outcome.stderr
    assert outcome.dates_of("museum") == ["2020-06-02"]


def test_fields_of_the_wrong_type_are_left_out_not_stringified(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    record = {"id": "museum", "text": STORY, "title": ["a", "list"], "published": 2020.5}
    (folder / "typed.json").write_text(json.dumps(record), encoding="utf-8")
    outcome = extract(folder, out=tmp_path / "t.json")
    assert outcome.exit_code == 1  # the date is an error, the title a warning
    said = outcome.lines_naming("typed.json")
    assert said == [
        f"warning: {folder / 'typed.json'}[0]: 'title' is a list, not a string: ignored",
        f"error: {folder / 'typed.json'}[0]: 'published' is a number, not a string: ignored",
    ]
    assert outcome.data is not None
    assert outcome.data["documents"][0]["title"] is None
    assert outcome.dates_of("museum") == ["2020-06-02"]


def test_a_file_of_many_bad_records_says_so_in_bounded_lines(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    (folder / "ints.json").write_text(json.dumps(list(range(5_000))), encoding="utf-8")
    outcome = extract(folder, out=tmp_path / "t.json")
    assert outcome.exit_code == 1
    lines = outcome.lines_naming("ints.json")
    assert len(lines) == 21 and lines[-1].endswith("4,980 more problems not shown"), lines[-3:]
    assert outcome.dates_of("good") == [GOOD_DATE]


def test_tag_reports_a_broken_json_file_and_tags_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    (folder / "deep.json").write_text("[" * 1_000 + "]" * 1_000, encoding="utf-8")
    (folder / "big.jsonl").write_text(RECORD + "\n" + "9" * 4_301 + "\n", encoding="utf-8")
    out = tmp_path / "tags.jsonl"
    result = runner.invoke(app, ["tag", str(folder), "-o", str(out)])
    assert "Traceback" not in result.output and not isinstance(result.exception, RecursionError)
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {folder / 'big.jsonl'}:2: an integer of 4,301 digits (over 100)",
        f"error: {folder / 'deep.json'}: not readable JSON (nested too deeply)",
    ]
    tagged = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [t["doc_id"] for t in tagged] == ["museum", "good"]
    assert all(t["timexes"] for t in tagged)


# --- item 9: a folder tree 1,000 levels deep ------------------------------------------------

DEPTH = 1_000


def test_a_folder_tree_a_thousand_levels_deep_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    levels = [folder]
    for _ in range(DEPTH):  # one level at a time: Path.mkdir(parents=True) itself recurses
        levels.append(levels[-1] / "d")
        levels[-1].mkdir()
    (levels[-1] / "deepest.txt").write_text(GOOD, encoding="utf-8")
    try:
        outcome = extract(folder, out=tmp_path / "t.json")
        assert outcome.exit_code == 0, outcome.stderr[-2000:]
        assert sorted(outcome.document_ids()) == ["deepest", "good"]
        assert outcome.dates_of("deepest") == [GOOD_DATE]
    finally:  # bottom up: shutil.rmtree, which cleans tmp_path, recurses too
        (levels[-1] / "deepest.txt").unlink()
        for level in reversed(levels[1:]):
            level.rmdir()


def test_the_walk_keeps_its_order_and_rules(tmp_path: Path) -> None:
    """Sorted files, hidden entries skipped, a link to a folder not followed (no loop), a
    broken link one error."""
    folder = tmp_path / "in"
    for name in ("b/z.txt", "b/a.txt", "a/c/y.txt", "m.txt", ".hidden/h.txt", "a/.h.txt"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(GOOD, encoding="utf-8")
    (folder / "a" / "loop").symlink_to(folder)
    (folder / "gone.txt").symlink_to(folder / "nothing")
    outcome = extract(folder, out=tmp_path / "t.json")
    assert outcome.exit_code == 1
    assert outcome.lines_naming("gone.txt") == [
        f"error: {folder / 'gone.txt'}: is a broken symbolic link (to {folder / 'nothing'}:"
        " No such file or directory)"
    ]
    assert outcome.data is not None
    paths = [Path(d["path"]).relative_to(folder).as_posix() for d in outcome.data["documents"]]
    assert paths == ["a/c/y.txt", "b/a.txt", "b/z.txt", "m.txt"]


# --- item 10: show and export on what is not a timeline -------------------------------------

TIMELINE = {"schema_version": "1", "generated_by": "timeline 0.1.0", "documents": [], "events": []}


def _with_event(**fields: object) -> dict[str, object]:
    event = {
        "id": "ev-1", "date": "2020-06-02", "start": "2020-06-02", "end": "2020-06-02",
        "granularity": "day", "title": "Museum reopened", "description": STORY, "actors": [],
        "confidence": 0.9, "anchor": "explicit",
        "mentions": [{"doc_id": "a", "sentence": STORY, "char_start": 0, "char_end": 10,
                      "timex": None}],
    }  # fmt: skip
    event.update(fields)
    return {**TIMELINE, "events": [event]}


NOT_TIMELINES: dict[str, tuple[Callable[[], str], str]] = {
    "a list": (lambda: "[]", "$: must be object"),
    "null": (lambda: "null", "$: must be object"),
    "a string": (lambda: '"timeline"', "$: must be object"),
    "lists 1,000 deep": (lambda: "[" * 1_000 + "]" * 1_000, "nested too deeply"),
    "an integer of 5,000 digits": (lambda: "7" * 5_000, "5,000 digits"),
    "article records": (lambda: json.dumps([{"id": "a", "text": STORY}]), "$: must be object"),
    "no events": (lambda: json.dumps({**TIMELINE, "events": None}), "$.events: must be array"),
    "a date of the wrong type": (
        lambda: json.dumps(_with_event(date=["2020"])),
        "$.events[0].date: must be string",
    ),
    "an impossible date": (
        lambda: json.dumps(_with_event(date="2020-13-45")),
        "events[0]: month must be in 1..12",
    ),
    "a confidence of 7": (
        lambda: json.dumps(_with_event(confidence=7)),
        "$.events[0].confidence: must be smaller than or equal to 1",
    ),
    "mentions nested deep": (
        lambda: json.dumps(_with_event(mentions=[[[[[[[[["x"]]]]]]]]])),
        "$.events[0].mentions[0]: must be object",
    ),
    "not UTF-8": (lambda: '{"a": "caf\udce9"}', "not UTF-8"),
}


@pytest.mark.parametrize("command", ["show", "export"])
@pytest.mark.parametrize("name", NOT_TIMELINES)
def test_a_file_that_is_not_a_timeline_is_one_line(tmp_path: Path, name: str, command: str) -> None:
    make, says = NOT_TIMELINES[name]
    file = tmp_path / "t.json"
    file.write_bytes(make().encode("utf-8", "surrogateescape"))
    args = [command, str(file)] + (["-o", str(tmp_path / "t.csv")] if command == "export" else [])
    result = runner.invoke(app, args)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and str(file) in lines[0] and says in lines[0], result.stderr
    assert len(lines[0]) < 400
    assert not (tmp_path / "t.csv").exists()


def test_a_real_timeline_is_still_shown_and_exported(tmp_path: Path) -> None:
    file = tmp_path / "t.json"
    file.write_text(json.dumps(_with_event()), encoding="utf-8")
    result = runner.invoke(app, ["export", str(file), "-o", str(tmp_path / "t.csv")])
    assert result.exit_code == 0, result.output
    assert "Museum reopened" in (tmp_path / "t.csv").read_text(encoding="utf-8")
    shown = runner.invoke(app, ["show", str(file), "--format", "json"])
    assert shown.exit_code == 0 and json.loads(shown.stdout)["events"][0]["id"] == "ev-1"


# --- what the fuzzers found -----------------------------------------------------------------


def test_a_record_of_nothing_but_control_characters_is_no_document(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    (folder / "blank.jsonl").write_text('{"id": "blank", "text": "\\u0000\\u001b"}\n', "utf-8")
    outcome = extract(folder, out=tmp_path / "t.json")
    assert outcome.exit_code == 1
    assert outcome.lines_naming("blank.jsonl") == [
        f"error: {folder / 'blank.jsonl'}:1: record has no 'text' (it is blank)"
    ]
    assert outcome.document_ids() == ["good"]


def test_markdown_export_shows_tildes_as_tildes(tmp_path: Path) -> None:
    """`~~text~~` is struck through on GitHub: escaped like the other Markdown marks."""
    file = tmp_path / "t.json"
    file.write_text(json.dumps(_with_event(title="Price ~~cut~~ raised")), encoding="utf-8")
    out = tmp_path / "t.md"
    result = runner.invoke(app, ["export", str(file), "--format", "markdown", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert r"Price \~\~cut\~\~ raised" in out.read_text(encoding="utf-8")


def test_a_manifest_row_naming_a_file_too_long_to_exist_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    long_name = "a" * 300 + ".txt"
    rows = f"file,title\n{long_name},Too long\ngood.txt,Budget\n"
    (folder / "manifest.csv").write_text(rows, encoding="utf-8")
    outcome = extract(folder, out=tmp_path / "t.json")
    assert outcome.exit_code == 1
    assert outcome.lines_naming("manifest.csv") == [
        f"error: {folder / 'manifest.csv'}:2: 'file' names no possible file (File name too long)"
    ]
    assert outcome.data is not None and outcome.data["documents"][0]["title"] == "Budget"
    assert outcome.dates_of("good") == [GOOD_DATE]


def test_an_input_name_too_long_to_exist_is_one_error(tmp_path: Path) -> None:
    good = write_good(tmp_path / "in")
    long_path = tmp_path / ("a" * 300 + ".txt")
    outcome = extract(long_path, good, out=tmp_path / "t.json")
    assert outcome.exit_code == 1
    assert outcome.lines_naming("aaaa") == [
        f"error: {cut_path(long_path)}: cannot be read: File name too long"
    ]
    assert outcome.dates_of("good") == [GOOD_DATE]


def test_a_timeline_built_in_python_is_a_timeline_file(tmp_path: Path) -> None:
    """What the library writes, `show` and `export` read: a `Timeline` made by hand carries the
    `generated_by` the schema asks for."""
    from timeline.edtf import parse_edtf
    from timeline.export import write_timeline
    from timeline.models import Document, Timeline

    published = parse_edtf("2025-06")
    document = Document("d1", "d1.txt", "The museum reopened.", "Museum reopened", published)
    file = tmp_path / "built.json"
    write_timeline(Timeline((document,), ()), file)
    shown = runner.invoke(app, ["show", str(file), "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["documents"][0]["id"] == "d1"
