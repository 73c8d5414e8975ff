"""`timeline evaluate` and `timeline.evaluate`: scoring a timeline against a gold timeline and
time expressions against TempEval-3 gold. Small hand-made cases here; the tests marked `eval`
compare every figure and printed line with the reference scorers in ../shared."""

from __future__ import annotations

import copy
import importlib.util
import io
import json
from contextlib import redirect_stdout
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT, SAMPLE, SHARED, TE3
from timeline.cli import app
from timeline.evaluate import score_timeline, score_timex, timeline_lines, timex_lines

runner = CliRunner(env={"COLUMNS": "80"})
NEWS8 = ROOT / "tests" / "data" / "news8"
NEWS8_GOLD = ROOT / "tests" / "data" / "news8.gold.json"

GOLD: dict[str, Any] = {
    "corpus": "tiny",
    "events": [
        {
            "id": "g1",
            "date": "2024-03-13",
            "accept": ["2024-03"],
            "docs": ["a", "b"],
            "cues": ["convicted"],
            "summary": "Jury convicts Kessler",
            "required": True,
        },
        {
            "id": "g2",
            "date": "2024-10-23",
            "docs": ["a"],
            "cues": ["earnings"],
            "summary": "Quarterly earnings",
        },
        {
            "id": "g3",
            "date": "2025",
            "docs": ["b"],
            "cues": ["appeal"],
            "summary": "Appeal heard",
            "required": True,
        },
        {
            "id": "g4",
            "date": "2026",
            "docs": ["b"],
            "cues": ["retire"],
            "summary": "Judge retires",
            "required": False,
        },
    ],
}


def _event(date: str, title: str, *docs: str) -> dict[str, Any]:
    mentions = [{"doc_id": doc, "sentence": f"{title}."} for doc in docs]
    return {"date": date, "title": title, "description": "", "mentions": mentions}


TIMELINE: dict[str, Any] = {
    "documents": [{"id": "id-a", "path": "/news/a.txt"}, {"id": "id-b", "path": "/news/b.txt"}],
    "events": [
        _event("2024-03-13~", "Kessler convicted of bribery", "id-a", "id-b"),  # merged
        _event("2024-11", "Record earnings reported", "id-a"),  # the wrong date for g2
        _event("2020", "A parade downtown", "id-b"),  # an extra
    ],
}


def test_a_miss_an_extra_a_merged_event_and_a_wrong_date() -> None:
    result = score_timeline(GOLD, TIMELINE)
    assert result == {
        "corpus": "tiny",
        "events": 3,
        "required": 3,
        "recall": 0.333,
        "precision": 0.333,
        "f1": 0.333,
        "merged": "1/1",
        "date_acc": 0.5,
        "missed": ["g2 Quarterly earnings", "g3 Appeal heard"],
        "wrong_date": ["g2"],
        "unmatched_events": ["2024-11 | Record earnings reported", "2020 | A parade downtown"],
    }
    assert timeline_lines(result) == [
        "tiny: events=3 recall=0.333 precision=0.333 f1=0.333 merged=1/1 date_acc=0.5"
    ]
    verbose = timeline_lines(result, verbose=True)
    assert verbose[:4] == ["missed:", "  g2 Quarterly earnings", "  g3 Appeal heard", "wrong_date:"]


def test_an_accepted_date_and_an_optional_event_count_without_being_owed() -> None:
    timeline = copy.deepcopy(TIMELINE)
    timeline["events"][0]["date"] = "2024-03"  # accepted for g1
    timeline["events"][2] = _event("2026", "Judge to retire", "b")  # optional g4, by file stem
    result = score_timeline(GOLD, timeline)
    assert (result["recall"], result["precision"], result["unmatched_events"]) == (
        0.333,
        0.667,
        ["2024-11 | Record earnings reported"],
    )


def test_an_empty_timeline_scores_zero() -> None:
    result = score_timeline(GOLD, {"documents": [], "events": []})
    assert (result["recall"], result["precision"], result["f1"], result["date_acc"]) == (0, 0, 0, 0)


def _timex(start: int, end: int, value: str, kind: str = "DATE") -> dict[str, Any]:
    return {"start": start, "end": end, "text": "x" * (end - start), "type": kind, "value": value}


TIMEX_GOLD = [
    {
        "doc_id": "d1",
        "text": "x" * 100,
        "dct": "2024-01-01",
        "timexes": [
            _timex(0, 10, "2024-01"),
            _timex(20, 30, "P1D", "DURATION"),
            _timex(40, 45, "2023"),
        ],
    },
    {"doc_id": "d2", "text": "x" * 100, "dct": "2024-01-01", "timexes": [_timex(5, 9, "2024")]},
]
TIMEX_SYSTEM = [
    {
        "doc_id": "d1",
        "timexes": [
            _timex(0, 10, "2024-01"),
            _timex(22, 30, "P2D", "DATE"),
            _timex(60, 70, "2020"),
            _timex(80, 80, "empty"),
        ],
    },
    {"doc_id": "d3", "timexes": [_timex(0, 4, "2024")]},
]


def test_timex_scores_strict_relaxed_value_and_type() -> None:
    result = score_timex(TIMEX_GOLD, TIMEX_SYSTEM)
    assert {k: v for k, v in result.items() if k.startswith("n_")} == {
        "n_gold": 4,
        "n_system": 3,
        "n_strict": 1,
        "n_relaxed": 2,
        "n_value_ok": 1,
        "n_type_ok": 1,
    }
    assert (result["strict_P"], result["strict_R"]) == (1 / 3, 1 / 4)
    assert (result["relaxed_P"], result["relaxed_R"]) == (2 / 3, 2 / 4)
    assert (result["type_acc"], result["value_acc"]) == (0.5, 0.5)
    assert result["per_gold_type"] == {
        "DATE": {"gold": 3, "relaxed": 1, "strict": 1, "value_ok": 1},
        "DURATION": {"gold": 1, "relaxed": 1, "strict": 0, "value_ok": 0},
    }
    lines = timex_lines(result)
    assert lines[0] == "gold=4 system=3 relaxed=2 strict=1 value_ok=1 type_ok=1"
    assert lines[1] == "strict   P=0.3333 R=0.2500 F1=0.2857"
    assert lines[-1] == "  gold DURATION  n=    1 relaxed-recall=1.000 value-recall=0.000"


def _write(path: Path, value: Any, *, lines: bool = False) -> Path:
    if lines:
        path.write_text("".join(json.dumps(item) + "\n" for item in value), encoding="utf-8")
    else:
        path.write_text(json.dumps(value), encoding="utf-8")
    return path


def test_the_commands_print_the_figures(tmp_path: Path) -> None:
    gold, timeline = _write(tmp_path / "g.json", GOLD), _write(tmp_path / "t.json", TIMELINE)
    result = runner.invoke(app, ["evaluate", "timeline", str(gold), str(timeline), "--verbose"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == timeline_lines(
        score_timeline(GOLD, TIMELINE), verbose=True
    )
    result = runner.invoke(app, ["evaluate", "timeline", str(gold), str(timeline), "--json"])
    assert json.loads(result.stdout) == score_timeline(GOLD, TIMELINE)

    gold = _write(tmp_path / "g.jsonl", TIMEX_GOLD, lines=True)
    system = _write(tmp_path / "s.jsonl", TIMEX_SYSTEM, lines=True)
    result = runner.invoke(app, ["evaluate", "timex", str(gold), str(system)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == timex_lines(score_timex(TIMEX_GOLD, TIMEX_SYSTEM))
    assert result.stderr.splitlines() == [
        "warning: 1 gold docs missing from system output",
        "warning: 1 system docs not in gold (ignored)",
    ]
    result = runner.invoke(app, ["evaluate", "timex", str(gold), str(system), "--json"])
    assert json.loads(result.stdout) == score_timex(TIMEX_GOLD, TIMEX_SYSTEM)


@pytest.mark.parametrize(
    ("command", "bad", "message"),
    [
        ("timeline", None, "No such file"),
        ("timeline", "{not json", "not valid JSON"),
        ("timeline", '{"events": [{"id": "g1"}]}', 'gold event 1 has no string "summary"'),
        ("timeline", "[1, 2]", "not a gold timeline"),
        ("timeline", "\x1b[31m", "not valid JSON"),
        ("timex", '{"doc_id": "d", "text": "t", "timexes": [{"start": "a"}]}', "record 1"),
        ("timex", '{"doc_id": "d"}\n[', "line 2"),
        ("timex", "[1]", 'record 1 is not an object with a "doc_id"'),
        ("timex", '{"doc_id": "d", "text": "t"}', 'record 1: "timexes" is not a list'),
    ],
)
def test_bad_input_is_one_line_naming_the_file(
    tmp_path: Path, command: str, bad: str | None, message: str
) -> None:
    good = tmp_path / ("g.json" if command == "timeline" else "g.jsonl")
    if command == "timeline":
        _write(good, GOLD)
    else:
        _write(good, TIMEX_GOLD, lines=True)
    path = tmp_path / "bad [red]x.json"
    if bad is not None:
        path.write_text(bad, encoding="utf-8")
    result = runner.invoke(app, ["evaluate", command, str(path), str(good)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"error: {path}: ")
    assert message in result.stderr
    assert "\x1b" not in result.stderr and "Traceback" not in result.stderr


def test_a_timeline_of_the_wrong_shape_names_the_timeline(tmp_path: Path) -> None:
    gold = _write(tmp_path / "g.json", GOLD)
    timeline = _write(tmp_path / "t.json", {"events": [{"mentions": "abc"}]})
    result = runner.invoke(app, ["evaluate", "timeline", str(gold), str(timeline)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {timeline}: the mentions of event 1 is not a list of objects\n"


def test_each_command_has_help_with_an_example() -> None:
    for command in ("timeline", "timex"):
        result = runner.invoke(app, ["evaluate", command, "--help"])
        assert result.exit_code == 0
        assert "Example: timeline evaluate " + command in result.stdout


# Against the reference scorers in ../shared ----------------------------------------------


def _load(path: Path) -> ModuleType:
    if not path.is_file():
        pytest.skip(f"the reference scorer is not there: {path}")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _printed(module: ModuleType, argv: list[str]) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        module.main(argv)
    return out.getvalue()


def _same_timeline_figures(gold_path: Path, timeline_path: Path) -> dict[str, Any]:
    reference = _load(SHARED / "eval" / "score_timeline.py")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    timeline = json.loads(timeline_path.read_text(encoding="utf-8"))
    ours = score_timeline(gold, timeline)
    assert ours == reference.score(gold, timeline)
    assert list(ours) == list(reference.score(gold, timeline))
    for flags in ([], ["--verbose"], ["--json"]):
        argv = [str(gold_path), str(timeline_path), *flags]
        result = runner.invoke(app, ["evaluate", "timeline", *argv])
        assert result.exit_code == 0, result.output
        assert result.stdout == _printed(reference, argv), flags
    return ours


@pytest.mark.eval
@pytest.mark.model
@pytest.mark.parametrize(("articles", "gold"), [(SAMPLE, "seeds"), (NEWS8, "news8")])
def test_timeline_figures_are_the_reference_scorers(
    nlp: Any, tmp_path: Path, articles: Path, gold: str
) -> None:
    gold_path = SHARED / "eval" / "seeds.gold.json" if gold == "seeds" else NEWS8_GOLD
    out = tmp_path / "timeline.json"
    result = runner.invoke(app, ["extract", str(articles), "-o", str(out)])
    assert result.exit_code == 0, result.output
    ours = _same_timeline_figures(gold_path, out)
    assert ours["events"] > 0 and ours["recall"] > 0


def _printed_timex(module: ModuleType, argv: list[str], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr("sys.argv", ["score_timex.py", *argv])
    out = io.StringIO()
    with redirect_stdout(out):
        module.main()
    return out.getvalue()


@pytest.fixture(scope="module")
def tagged(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = TE3 / "tbaq.jsonl"
    if not corpus.is_file():
        pytest.skip(f"the corpus is not there: {corpus}")
    out = tmp_path_factory.mktemp("te3") / "system.jsonl"
    result = runner.invoke(app, ["tag", str(corpus), "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _perturbed(system: Path, to: Path) -> Path:
    """Every third timex dropped, every fourth given another value and every fifth another
    type or a shifted end; one document left out, so that no measure is 1.0."""
    records = [json.loads(line) for line in system.read_text(encoding="utf-8").splitlines()]
    number = 0
    for record in records:
        kept = []
        for timex in record["timexes"]:
            number += 1
            if number % 3 == 0:
                continue
            if number % 4 == 0:
                timex["value"] = "XXXX"
            if number % 5 == 0:
                timex["type"] = "SET" if timex["type"] != "SET" else "DATE"
                timex["end"] += 1
            kept.append(timex)
        record["timexes"] = kept
    return _write(to, records[1:], lines=True)


@pytest.mark.eval
@pytest.mark.model
@pytest.mark.parametrize("perturb", [False, True])
def test_timex_figures_are_the_reference_scorers(
    tagged: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, perturb: bool
) -> None:
    reference = _load(TE3 / "score_timex.py")
    gold_path = TE3 / "tbaq.jsonl"
    system_path = _perturbed(tagged, tmp_path / "perturbed.jsonl") if perturb else tagged
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    system = [json.loads(line) for line in system_path.read_text(encoding="utf-8").splitlines()]
    ours = score_timex(gold, system)
    theirs = reference.score(reference.load(str(gold_path)), reference.load(str(system_path)))
    assert ours == theirs
    assert list(ours) == list(theirs)
    assert json.dumps(ours) == json.dumps(theirs)
    if perturb:
        figures = [v for k, v in ours.items() if k[-2:] in ("_P", "_R", "F1") or k.endswith("acc")]
        assert len(figures) == 14 and all(0 < v < 1 for v in figures)
    for flags in ([], ["--json"]):
        argv = [str(gold_path), str(system_path), *flags]
        result = runner.invoke(app, ["evaluate", "timex", *argv])
        assert result.exit_code == 0, result.output
        assert result.stdout == _printed_timex(reference, argv, monkeypatch), flags
