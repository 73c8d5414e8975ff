"""What the commands share: their option types, the filter options as one decorator, and the
Typer classes that shape `--help` and option errors. Typer modules only."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup, TyperOption

from timeline.edtf import NormalizedDate
from timeline.errors import UsageError, cut
from timeline.filters import EventFilter
from timeline.messages import errors_as_lines, stderr_console

PYDANTIC_PREFIX = "Value error, "  # how Typer's validation words a refused value


def _plain(params: list[Any]) -> list[Any]:
    """Flags shown bare in --help: no `<bool>` after them (they take no value)."""
    for param in params:
        if isinstance(param, TyperOption) and param.is_flag and param.metavar is None:
            param.metavar = ""
    return params


def _reflowed(text: str | None) -> str | None:
    """A docstring's paragraphs each on one line: the help wraps them to the terminal."""
    if text is None:
        return None
    paragraphs = inspect.cleandoc(text).split("\n\n")
    return "\n\n".join(" ".join(p.split()) for p in paragraphs)


class _Shaped:
    """Help that reads well at any width: paragraphs reflowed, flags without a type."""

    help: str | None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.help = _reflowed(self.help)

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain(super().get_params(ctx))  # type: ignore[misc]


class Command(_Shaped, TyperCommand):
    """A command shaped as `_Shaped`, whose option errors read plainly."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except typer.BadParameter as error:
            error.message = error.message.removeprefix(PYDANTIC_PREFIX)
            raise


class Group(_Shaped, TyperGroup):
    """A group of commands, shaped as `_Shaped`."""


INPUT_TYPES = ".txt, .md, .html, .htm, .jsonl, .json"  # (those `timeline.ingest` reads)
Paths = Annotated[
    list[Path] | None,
    typer.Argument(
        help=f"Article files or folders ({INPUT_TYPES}; saved web pages too). Default: data/raw.",
        show_default=False,
    ),
]
Published = Annotated[
    str | None,
    typer.Option(
        help="Publication date for documents that give none: 2025, 2025-06 or 2025-06-04."
    ),
]
Model = Annotated[str | None, typer.Option(help="spaCy pipeline to use (name or path).")]
Entity = Annotated[str | None, typer.Option(help="Only events naming this person, group or place.")]
EntityTimeline = Annotated[
    str | None,
    typer.Option(
        "--entity",
        help="Build this entity's timeline: every event naming it that the text dates, by its"
        " clause, its paragraph or the publication date (not only the dated sentences).",
    ),
]
CacheDir = Annotated[
    Path | None,
    typer.Option(
        help="Cache folder. Default: $TIMELINE_CACHE_DIR, else ~/.cache/timeline.",
        show_default=False,
    ),
]
MaxBytes = Annotated[
    int, typer.Option(help="Skip, with a warning, files larger than this many bytes.")
]
TimelineFile = Annotated[
    Path, typer.Argument(help="A timeline written by `extract`. Default: data/out/timeline.json.")
]


def _option(kind: Any, default: object, help_text: str, *names: str, **more: Any) -> Any:
    """An option's annotated type and its default, for `filter_options`."""
    return Annotated[kind, typer.Option(*names, help=help_text, **more)], default


_FILTERS: dict[str, tuple[Any, object]] = {
    "since": _option(
        str | None, None, "Only events starting on or after this date: 2020, 2020-06, 1990s."
    ),
    "until": _option(str | None, None, "Only events starting by the end of this date."),
    "overlapping": _option(
        bool,
        False,
        "With --since/--until: keep every event whose dates overlap the range (long spans,"
        " decades), not only those that start in it.",
        "--overlapping",
    ),
    "source": _option(str | None, None, "Only events told by this document or source."),
    "min_confidence": _option(float, 0.0, "Leave out events less certain than this (0 to 1)."),
    "top": _option(
        int | None,
        None,
        "Keep the N most salient events (most sources, explicit and precise dates,"
        " confidence, told in a title or lead), shown in date order.",
        metavar="N",
    ),
    "limit": _option(int | None, None, "Keep at most this many events, the earliest."),
}


def date_option(name: str, text: str | None) -> NormalizedDate | None:
    """The date an option gives; a bad one is a usage error naming the option."""
    from timeline.ingest import parse_published

    if text is None:
        return None
    try:
        return parse_published(text)
    except ValueError as error:
        raise UsageError(f"--{name}: {error}") from error


def event_filter(values: dict[str, Any]) -> EventFilter:
    """The filter of the filter options; a bad value is a usage error."""
    since, until = date_option("since", values["since"]), date_option("until", values["until"])
    if since and until and since.start > until.end:
        shown = f"--since {cut(values['since'])} is after --until {cut(values['until'])}"
        raise UsageError(f"{shown}: the range is reversed (give the earlier date to --since)")
    return EventFilter(
        since=since,
        until=until,
        overlapping=values["overlapping"],
        entity=values["entity"],
        source=values["source"],
        min_confidence=values["min_confidence"],
        top=values["top"],
        limit=values["limit"],
    )


def filter_options(entity: object = Entity) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Give a command the filter options (--since, --until, --overlapping, --entity with the
    help `entity` gives, --source, --min-confidence, --top, --limit) in place of its
    `chosen: EventFilter` parameter, which receives the filter they make (a bad value: one
    line and exit 2)."""

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        signature = inspect.signature(command, eval_str=True)
        options = {"entity": (entity, None), **_FILTERS}
        added = [
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=kind, default=value)
            for name, (kind, value) in options.items()
        ]
        own = [p for p in signature.parameters.values() if p.name != "chosen"]

        @functools.wraps(command)
        def with_filter(*args: Any, **kwargs: Any) -> None:
            values = {name: kwargs.pop(name) for name in options}
            with errors_as_lines(stderr_console()):
                chosen = event_filter(values)
            command(*args, chosen=chosen, **kwargs)

        parameters = [*own, *added]
        with_filter.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
        with_filter.__annotations__ = {p.name: p.annotation for p in parameters}
        return with_filter

    return decorate
