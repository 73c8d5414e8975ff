"""`timeline evaluate`: score the tool's output against gold annotations (Typer commands
only: read the files, call `timeline.evaluate`, print)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from timeline.errors import ShapeError, cut_path
from timeline.jsontext import JSONError, loads
from timeline.messages import say, stderr_console

evaluate_app = typer.Typer(
    no_args_is_help=True, help="Score a timeline or time expressions against gold annotations."
)
EXIT_FAILED = 1

GoldJSON = Annotated[Path, typer.Argument(metavar="GOLD.json", show_default=False)]
TimelineJSON = Annotated[Path, typer.Argument(metavar="TIMELINE.json", show_default=False)]
GoldJSONL = Annotated[Path, typer.Argument(metavar="GOLD.jsonl", show_default=False)]
SystemJSONL = Annotated[Path, typer.Argument(metavar="SYSTEM.jsonl", show_default=False)]
AsJSON = Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")]


def _fail(path: Path, error: object) -> typer.Exit:

    say(stderr_console(), "error", f"{cut_path(path)}: {error}")
    return typer.Exit(EXIT_FAILED)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = (
            error.strerror if isinstance(error, OSError) and error.strerror else "not UTF-8 text"
        )
        raise _fail(path, f"cannot be read ({reason})") from error


def _json(path: Path) -> Any:
    try:
        return loads(_read(path))
    except JSONError as error:
        raise _fail(path, error) from error


def _jsonl(path: Path) -> list[Any]:
    records = []
    for number, line in enumerate(_read(path).splitlines(), 1):
        if line.strip():
            try:
                records.append(loads(line.strip()))
            except JSONError as error:
                raise _fail(path, f"line {number}: {error}") from error
    return records


def _print(lines: list[str]) -> None:
    for line in lines:
        typer.echo(line)


@evaluate_app.command("timeline")
def evaluate_timeline(
    gold: GoldJSON,
    timeline: TimelineJSON,
    verbose: Annotated[
        bool, typer.Option("--verbose", help="List missed gold events, wrong dates and extras.")
    ] = False,
    as_json: AsJSON = False,
) -> None:
    """Score a timeline against a gold timeline.

    The timeline is the JSON `timeline extract` writes. Prints the recall of required gold
    events, precision, F1, merged multi-document events and date accuracy; --verbose first
    lists the missed gold events, those found with a wrong date, and the unmatched events.

    Example: timeline evaluate timeline ../shared/eval/seeds.gold.json timeline.json --verbose
    """
    from timeline.evaluate import check_gold, check_timeline, score_timeline, timeline_lines

    try:
        gold_value = check_gold(_json(gold))
    except ShapeError as error:
        raise _fail(gold, error) from error
    try:
        timeline_value = check_timeline(_json(timeline))
    except ShapeError as error:
        raise _fail(timeline, error) from error
    result = score_timeline(gold_value, timeline_value)
    if as_json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    _print(timeline_lines(result, verbose=verbose))


@evaluate_app.command("timex")
def evaluate_timex(gold: GoldJSONL, system: SystemJSONL, as_json: AsJSON = False) -> None:
    """Score time expressions against TempEval-3 gold.

    Both files are JSON Lines, one document a line; the system file is what `timeline tag
    --format jsonl` writes. Prints strict, relaxed, value and type precision, recall and F1.

    Example: timeline evaluate timex ../shared/te3/tbaq.jsonl system.jsonl
    """
    from timeline.evaluate import check_timex_records, score_timex, timex_lines, timex_warnings

    try:
        gold_records = check_timex_records(_jsonl(gold), gold=True)
    except ShapeError as error:
        raise _fail(gold, error) from error
    try:
        system_records = check_timex_records(_jsonl(system), gold=False)
    except ShapeError as error:
        raise _fail(system, error) from error
    for warning in timex_warnings(gold_records, system_records):
        say(stderr_console(), "warning", warning)
    result = score_timex(gold_records, system_records)
    _print([json.dumps(result)] if as_json else timex_lines(result))
