"""`timeline evaluate`: score the tool's output against gold annotations (Typer commands
only: read the files, call `timeline.evaluate`, print)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from timeline.cli_options import Command, Group
from timeline.errors import FileError, ShapeError
from timeline.jsontext import read_json, read_jsonl
from timeline.messages import errors_as_lines, say, stderr_console

evaluate_app = typer.Typer(
    no_args_is_help=True,
    cls=Group,
    help="Score a timeline or time expressions against gold annotations.",
)

GoldJSON = Annotated[Path, typer.Argument(metavar="GOLD.json", show_default=False)]
TimelineJSON = Annotated[Path, typer.Argument(metavar="TIMELINE.json", show_default=False)]
GoldJSONL = Annotated[Path, typer.Argument(metavar="GOLD.jsonl", show_default=False)]
SystemJSONL = Annotated[Path, typer.Argument(metavar="SYSTEM.jsonl", show_default=False)]
T = TypeVar("T")
AsJSON = Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")]


def _checked(path: Path, check: Callable[..., T], value: Any, **options: Any) -> T:
    """`check(value)`, its ShapeError a FileError naming `path`."""
    try:
        return check(value, **options)
    except ShapeError as error:
        raise FileError(path, error) from error


def _print(lines: list[str]) -> None:
    for line in lines:
        typer.echo(line)


@evaluate_app.command("timeline", cls=Command)
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

    with errors_as_lines(stderr_console()):
        gold_value = _checked(gold, check_gold, read_json(gold))
        timeline_value = _checked(timeline, check_timeline, read_json(timeline))
    result = score_timeline(gold_value, timeline_value)
    if as_json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    _print(timeline_lines(result, verbose=verbose))


@evaluate_app.command("timex", cls=Command)
def evaluate_timex(gold: GoldJSONL, system: SystemJSONL, as_json: AsJSON = False) -> None:
    """Score time expressions against TempEval-3 gold.

    Both files are JSON Lines, one document a line; the system file is what `timeline tag
    --format jsonl` writes. Prints strict, relaxed, value and type precision, recall and F1.

    Example: timeline evaluate timex ../shared/te3/tbaq.jsonl system.jsonl
    """
    from timeline.evaluate import check_timex_records, score_timex, timex_lines, timex_warnings

    with errors_as_lines(stderr_console()):
        gold_records = _checked(gold, check_timex_records, read_jsonl(gold), gold=True)
        system_records = _checked(system, check_timex_records, read_jsonl(system), gold=False)
    for warning in timex_warnings(gold_records, system_records):
        say(stderr_console(), "warning", warning)
    result = score_timex(gold_records, system_records)
    _print([json.dumps(result)] if as_json else timex_lines(result))
