"""The command line: parse options, call the library, render. Nothing else lives here."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sized
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from timeline import __version__
from timeline.cache import default_cache_dir
from timeline.cli_evaluate import evaluate_app
from timeline.edtf import NormalizedDate
from timeline.errors import Problem, UsageError, Warnings, cut_path
from timeline.export import Format, Group
from timeline.filters import EventFilter
from timeline.messages import EXIT_FAILED, errors_as_lines, report, warnings_as_lines
from timeline.messages import say as _say
from timeline.messages import stderr_console as _stderr
from timeline.models import Timeline
from timeline.settings import DEFAULT_INPUT, DEFAULT_MAX_BYTES, DEFAULT_OUTPUT, Engine, Settings

app = typer.Typer(add_completion=False, no_args_is_help=True)


@contextmanager
def _progress(console: Console, *, enabled: bool) -> Iterator[Callable[[object], None] | None]:
    """A progress line on stderr while documents are read, only on a terminal: the number
    read so far (the total is not known before a folder is walked)."""
    if not enabled or not console.is_terminal:
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.completed} documents read"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("reading", total=None)
        yield lambda _document: progress.advance(task)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"timeline {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Merge news articles into one chronological timeline of dated events.

    Example: timeline extract data/raw -o data/out/timeline.json
    """
    warnings_as_lines()


Paths = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Article files or folders (.txt, .md, .jsonl, .json). Default: data/raw.",
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
Since = Annotated[str | None, typer.Option(help="Only events ending on or after this date.")]
Until = Annotated[str | None, typer.Option(help="Only events starting on or before this date.")]
Entity = Annotated[str | None, typer.Option(help="Only events naming this person, group or place.")]
EntityTimeline = Annotated[
    str | None,
    typer.Option(
        "--entity",
        help="Build this entity's timeline: every event naming it that the text dates, by its"
        " clause, its paragraph or the publication date (not only the dated sentences).",
    ),
]
Source = Annotated[str | None, typer.Option(help="Only events told by this document or source.")]
MinConfidence = Annotated[
    float, typer.Option(help="Leave out events less certain than this (0 to 1).")
]
Limit = Annotated[int | None, typer.Option(help="Show at most this many events.")]
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


def _refuse_input(output: str, paths: list[Path]) -> None:
    """-o must not name an input: a run never overwrites what it reads."""
    from timeline.ingest import input_at

    if output != "-" and (clash := input_at(Path(output), paths)) is not None:
        where = f"that is an input ({cut_path(clash)})"
        raise UsageError(f"-o {cut_path(output)}: {where}; write the output elsewhere")


def _check_output(output: str, *, folder: bool = False) -> None:
    """-o must be a regular file, a link to one, or new (or a folder, for a `folder` of
    files): checked before any work, so that a run never ends by failing to write, nor
    replaces a device, a pipe or a folder."""
    from timeline.export import check_output_folder, output_target

    if output != "-":
        try:
            (check_output_folder if folder else output_target)(Path(output))
        except UsageError as error:
            raise UsageError(f"-o {error}") from error


def _refuse_cache_in_input(cache_dir: Path | None, paths: list[Path]) -> None:
    """The cache must not be an input folder nor be in one: its entries would be read as
    articles (a hidden folder of an input is not read: it may hold the cache)."""
    from timeline.cache import cache_in_input

    if cache_dir is not None and (clash := cache_in_input(cache_dir, paths)) is not None:
        raise UsageError(
            f"the cache folder {cache_dir} is in the input {clash} (its entries would be read"
            " as articles): choose one outside the inputs with --cache-dir"
        )


def _date_option(name: str, text: str | None) -> NormalizedDate | None:
    from timeline.ingest import parse_published

    if text is None:
        return None
    try:
        return parse_published(text)
    except ValueError as error:
        raise UsageError(f"--{name}: {error}") from error


def _event_filter(
    since: str | None,
    until: str | None,
    entity: str | None,
    source: str | None,
    min_confidence: float,
    limit: int | None,
) -> EventFilter:
    """The filter of the shared options; a bad value is a usage error."""
    return EventFilter(
        since=_date_option("since", since),
        until=_date_option("until", until),
        entity=entity,
        source=source,
        min_confidence=min_confidence,
        limit=limit,
    )


def _settings(
    model: str | None, published: str | None, event_filter: EventFilter | None = None
) -> Settings:
    """The run's settings from the shared options; a bad value is a usage error."""
    return Settings(
        model=model,
        published=_date_option("published", published),
        filter=event_filter or EventFilter(),
    )


@app.command()
def extract(
    paths: Paths = None,
    output: Annotated[
        str, typer.Option("--output", "-o", help="Where to write the JSON; '-' for stdout.")
    ] = str(DEFAULT_OUTPUT),
    published: Published = None,
    model: Model = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print the table.")] = False,
    since: Since = None,
    until: Until = None,
    entity: EntityTimeline = None,
    source: Source = None,
    min_confidence: MinConfidence = 0.0,
    limit: Limit = None,
    workers: Annotated[
        int, typer.Option(help="Processes analysing documents side by side (one per core).")
    ] = 1,
    engine: Annotated[
        Engine, typer.Option(help="local, or dask: analyse on Dask workers.")
    ] = Engine.LOCAL,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address (tcp://host:8786); default: a local cluster."),
    ] = None,
    use_cache: Annotated[
        bool, typer.Option("--cache/--no-cache", help="Reuse results of unchanged documents.")
    ] = True,
    cache_dir: CacheDir = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
) -> None:
    """Extract the dated events of the articles and write the merged timeline as JSON.

    Publication dates come from each file's front matter (published: 2025-06), else the
    folder's manifest.csv, else --published. Each document's results are cached, so that a
    second run over the same articles only merges.

    Example: timeline extract data/raw --published 2025-06 -o data/out/timeline.json
    """
    from timeline.export import format_timeline, write_timeline
    from timeline.render import print_timeline
    from timeline.run import build_timeline

    err = _stderr()
    with errors_as_lines(err):
        event_filter = _event_filter(since, until, entity, source, min_confidence, limit)
        settings = _settings(model, published, event_filter).replace(
            workers=workers,
            engine=engine,
            scheduler=scheduler,
            cache_dir=(cache_dir or default_cache_dir()) if use_cache else None,
            max_bytes=max_bytes,
            entity_timeline=entity is not None,  # NAME's entity timeline, not a reader's
            release_model=True,  # one run per process: the merge gets the model's memory
        )
        _check_output(output)
        _refuse_input(output, paths or [DEFAULT_INPUT])
        _refuse_cache_in_input(settings.cache_dir, paths or [DEFAULT_INPUT])
        with _progress(err, enabled=not quiet) as advance:
            run = build_timeline(paths or [DEFAULT_INPUT], settings, advance)
        report(err, run.problems)
        if not run.timeline.documents:
            _say(err, "error", f"no document could be read; {cut_path(output)} was not written")
            raise typer.Exit(EXIT_FAILED)
        if output == "-":
            sys.stdout.write(format_timeline(run.timeline))
        else:
            write_timeline(run.timeline, Path(output))

    if not quiet and output != "-":
        print_timeline(run.timeline, Console())
        events = _plural(len(run.timeline.events), "event")
        _say(err, "", f"Wrote {events} to {cut_path(output)}")
    if run.undated:
        _say(err, "warning", _undated_note(run.undated, run.unresolved, run.timeline.documents))
    if run.failed:
        raise typer.Exit(EXIT_FAILED)


def _undated_note(undated: Sized, unresolved: int, documents: Sized) -> str:
    """The note on documents without a publication date, as one sentence."""
    consequence = (
        f", so {_plural(unresolved, 'relative date')} stayed unresolved {Warnings.T101.code};"
        " give one"
        if unresolved
        else "; none of their dates needed one, but give one"
    )
    return (
        f"{len(undated)} of {_plural(len(documents), 'document')} had no publication date"
        f"{consequence} with 'published:' front matter, a manifest.csv column, or "
        "--published 2025-06."
    )


@app.command()
def schema() -> None:
    """Print the JSON Schema of the timeline that `extract` writes.

    Example: timeline schema > timeline.schema.json
    """
    from timeline.export import schema_text

    sys.stdout.write(schema_text())


class TagFormat(StrEnum):
    TIMEML = "timeml"
    JSONL = "jsonl"


@app.command()
def tag(
    paths: Paths = None,
    fmt: Annotated[TagFormat, typer.Option("--format", help="timeml or jsonl.")] = TagFormat.JSONL,
    output: Annotated[
        str,
        typer.Option("--output", "-o", help="File to write ('-' for stdout); a folder for TimeML."),
    ] = "-",
    published: Published = None,
    model: Model = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
) -> None:
    """Write the time expressions found in each document, as TimeML or JSON Lines.

    JSON Lines gives one line per document: {"doc_id", "dct", "timexes": [{"start", "end",
    "text", "type", "value"}]}. TimeML writes one .tml file per document into the folder
    given with -o.

    Example: timeline tag ../shared/te3/tbaq.jsonl --format jsonl -o out.jsonl
    """
    from timeline.export import write_atomic
    from timeline.export.timeml import to_timex_jsonl, write_timeml
    from timeline.run import tag as tag_documents

    err = _stderr()
    problems: list[Problem] = []  # the tagging's, once it has begun
    with errors_as_lines(err, lambda: problems):
        settings = _settings(model, published).replace(max_bytes=max_bytes)
        if fmt is TagFormat.TIMEML and output == "-":
            raise UsageError("--format timeml writes one file per document: give a folder with -o")
        _check_output(output, folder=fmt is TagFormat.TIMEML)
        _refuse_input(output, paths or [DEFAULT_INPUT])
        tagged = tag_documents(paths or [DEFAULT_INPUT], settings)
        problems = tagged.problems
        if fmt is TagFormat.TIMEML:
            pairs = ((item.document, item.expressions) for item in tagged)
            count = write_timeml(pairs, Path(output), problems)
        else:
            lines = [to_timex_jsonl(item.document, item.expressions) for item in tagged]
            count = len(lines)
            if output == "-":
                sys.stdout.write("".join(lines))
            elif count:
                write_atomic(Path(output), "".join(lines))
    report(err, problems)
    if not count:
        _say(err, "error", f"no document could be read; {cut_path(output)} was not written")
    if any(p.is_error for p in problems) or not count:
        raise typer.Exit(EXIT_FAILED)


class View(StrEnum):
    TABLE = "table"
    TREE = "tree"


class ShowFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


TimelineFile = Annotated[
    Path, typer.Argument(help="A timeline written by `extract`. Default: data/out/timeline.json.")
]


def _read_timeline(path: Path) -> Timeline:
    """A timeline JSON file; a missing, broken or foreign file is a clear error."""
    from timeline.export.jsonfile import read_timeline

    return read_timeline(path)


@app.command()
def show(
    file: TimelineFile = DEFAULT_OUTPUT,
    view: Annotated[View, typer.Option(help="table, or tree by year and month.")] = View.TABLE,
    fmt: Annotated[
        ShowFormat, typer.Option("--format", help="text, or json for piping.")
    ] = ShowFormat.TEXT,
    since: Since = None,
    until: Until = None,
    entity: Entity = None,
    source: Source = None,
    min_confidence: MinConfidence = 0.0,
    limit: Limit = None,
) -> None:
    """Show a timeline written by `extract`, filtered.

    Example: timeline show --since 2020 --until 2023-06 --entity Lightfoot --view tree
    """
    from timeline.export import format_timeline
    from timeline.render import print_timeline

    with errors_as_lines(_stderr()):
        event_filter = _event_filter(since, until, entity, source, min_confidence, limit)
        timeline = event_filter.apply(_read_timeline(file))
    if fmt is ShowFormat.JSON:
        sys.stdout.write(format_timeline(timeline))
    else:
        print_timeline(timeline, Console(), view.value)


@app.command("export")
def export_command(
    file: TimelineFile = DEFAULT_OUTPUT,
    fmt: Annotated[
        Format, typer.Option("--format", help="html, timelinejs, sheet, csv, markdown or json.")
    ] = Format.HTML,
    group: Annotated[
        Group, typer.Option("--group", help="TimelineJS rows: none, or source (one per outlet).")
    ] = Group.NONE,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="File to write; '-' or none: stdout.")
    ] = None,
) -> None:
    """Export a timeline to CSV, Markdown, TimelineJS JSON or a self-contained HTML page.

    Example: timeline export data/out/timeline.json --format html -o data/out/timeline.html
    """
    from timeline.export import format_timeline, write_atomic

    with errors_as_lines(_stderr()):
        if output not in (None, "-"):
            _check_output(output)
            _refuse_input(output, [file])
        text = format_timeline(_read_timeline(file), fmt, group)
        if output in (None, "-"):
            sys.stdout.write(text)
        else:
            write_atomic(Path(output), text)


cache_app = typer.Typer(no_args_is_help=True, help="Look at or clear the results cache.")
app.add_typer(cache_app, name="cache")
app.add_typer(evaluate_app, name="evaluate")


@cache_app.command("info")
def cache_info(cache_dir: CacheDir = None) -> None:
    """Print where the cache is and how much it holds.

    Example: timeline cache info
    """
    from timeline.cache import cache_size, is_marked

    folder = cache_dir or default_cache_dir()
    entries, size = cache_size(folder)
    marked = "" if is_marked(folder) or not folder.exists() else " (not marked as a cache)"
    typer.echo(f"{folder}{marked}: {_plural(entries, 'document')}, {size / 1e6:.1f} MB")


@cache_app.command("clear")
def cache_clear(cache_dir: CacheDir = None) -> None:
    """Delete every cached result; the next run analyses every document again. Only a folder
    marked as a cache (CACHEDIR.TAG) is cleared, and only of what the cache wrote.

    Example: timeline cache clear --cache-dir /tmp/timeline-cache
    """
    from timeline.cache import clear_cache

    folder = cache_dir or default_cache_dir()
    with errors_as_lines(_stderr()):
        entries, size = clear_cache(folder)
    typer.echo(f"Removed {_plural(entries, 'cached document')} ({size / 1e6:.1f} MB) from {folder}")
