"""The command line: parse options, call the library, render. Nothing else lives here."""

from __future__ import annotations

import sys
from collections.abc import Sized
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from timeline import __version__
from timeline.cache import default_cache_dir
from timeline.cli_evaluate import evaluate_app
from timeline.cli_options import (
    CacheDir,
    Command,
    EntityTimeline,
    Group,
    MaxBytes,
    Model,
    Paths,
    Published,
    TimelineFile,
    date_option,
    filter_options,
)
from timeline.errors import Problem, UsageError, Warnings, cut_path
from timeline.export import Format
from timeline.export import Group as SlideRows
from timeline.filters import EventFilter
from timeline.messages import EXIT_FAILED, errors_as_lines, report, warnings_as_lines
from timeline.messages import say as _say
from timeline.messages import stderr_console as _stderr
from timeline.models import Timeline
from timeline.settings import DEFAULT_INPUT, DEFAULT_MAX_BYTES, DEFAULT_OUTPUT, Engine, Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, cls=Group)
ShowAll = Annotated[
    bool, typer.Option("--all", help="Print every event (a large run prints a screenful).")
]


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


def _settings(
    model: str | None, published: str | None, event_filter: EventFilter | None = None
) -> Settings:
    """The run's settings from the shared options; a bad value is a usage error."""
    return Settings(
        model=model,
        published=date_option("published", published),
        filter=event_filter or EventFilter(),
    )


@app.command(cls=Command)
@filter_options(EntityTimeline)
def extract(
    paths: Paths = None,
    output: Annotated[
        str, typer.Option("--output", "-o", help="Where to write the JSON; '-' for stdout.")
    ] = str(DEFAULT_OUTPUT),
    published: Published = None,
    model: Model = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print the table.")] = False,
    show_all: ShowAll = False,
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
    *,
    chosen: EventFilter,
) -> None:
    """Extract the dated events of the articles and write the merged timeline as JSON.

    Articles are text or Markdown files, saved web pages (.html) or JSON records. Publication
    dates come from each file's front matter (published: 2025-06), the page itself, else the
    folder's manifest.csv, else --published. Each document's results are cached, so that a
    second run over the same articles only merges.

    The filter options choose the events written as well as those printed; a large run
    prints the most salient events that fit the screen (--all prints every one).

    Example: timeline extract data/raw --published 2025-06 -o data/out/timeline.json
    """
    from timeline.cli_progress import progress
    from timeline.export import format_timeline, write_timeline
    from timeline.render import print_timeline
    from timeline.run import build_timeline

    err = _stderr()
    inputs = paths or [DEFAULT_INPUT]
    with errors_as_lines(err):
        settings = _settings(model, published, chosen).replace(
            workers=workers,
            engine=engine,
            scheduler=scheduler,
            cache_dir=(cache_dir or default_cache_dir()) if use_cache else None,
            max_bytes=max_bytes,
            entity_timeline=chosen.entity is not None,  # NAME's entity timeline, not a reader's
            release_model=True,  # one run per process: the merge gets the model's memory
        )
        _check_output(output)
        _refuse_input(output, inputs)
        _refuse_cache_in_input(settings.cache_dir, inputs)
        with progress(err, inputs, max_bytes, enabled=not quiet) as advance:
            run = build_timeline(inputs, settings, advance)
        report(err, run.problems)
        if not run.timeline.documents:
            _say(err, "error", f"no document could be read; {cut_path(output)} was not written")
            raise typer.Exit(EXIT_FAILED)
        if output == "-":
            sys.stdout.write(format_timeline(run.timeline))
        else:
            write_timeline(run.timeline, Path(output))

    if not quiet and output != "-":
        print_timeline(run.timeline, Console(), fit=_fits_screen(chosen, show_all))
        events = _plural(len(run.timeline.events), "event")
        _say(err, "", f"Wrote {events} to {cut_path(output)}")
    if run.undated:
        _say(err, "warning", _undated_note(run.undated, run.unresolved, run.timeline.documents))
    if run.failed:
        raise typer.Exit(EXIT_FAILED)


def _fits_screen(chosen: EventFilter, show_all: bool) -> bool:
    """The table is cut to a screenful unless every event, or a number of them, is asked."""
    return not (show_all or chosen.top is not None or chosen.limit is not None)


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


@app.command(cls=Command)
def schema() -> None:
    """Print the JSON Schema of the timeline that `extract` writes.

    Example: timeline schema > timeline.schema.json
    """
    from timeline.export import schema_text

    sys.stdout.write(schema_text())


class TagFormat(StrEnum):
    TIMEML = "timeml"
    JSONL = "jsonl"


@app.command(cls=Command)
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


def _choices(kind: type[StrEnum]) -> str:
    """An enum's values for --help: "html, csv or json"."""
    values = [member.value for member in kind]
    return f"{', '.join(values[:-1])} or {values[-1]}"


PAGE_FORMATS = {Format.HTML: ".html"}  # written to a file beside the timeline, without -o


class View(StrEnum):
    TABLE = "table"
    TREE = "tree"


class ShowFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def _read_timeline(path: Path) -> Timeline:
    """A timeline JSON file; a missing, broken or foreign file is a clear error."""
    from timeline.export.jsonfile import read_timeline

    return read_timeline(path)


@app.command(cls=Command)
@filter_options()
def show(
    file: TimelineFile = DEFAULT_OUTPUT,
    view: Annotated[View, typer.Option(help="table, or tree by year and month.")] = View.TABLE,
    fmt: Annotated[
        ShowFormat, typer.Option("--format", help="text, or json for piping.")
    ] = ShowFormat.TEXT,
    show_all: ShowAll = False,
    *,
    chosen: EventFilter,
) -> None:
    """Show a timeline written by `extract`, filtered. A large timeline shows the most
    salient events that fit the screen, in date order: --top N shows N, --all every one.

    Example: timeline show --since 2020 --until 2023-06 --entity Lightfoot --view tree
    """
    from timeline.export import format_timeline
    from timeline.render import print_timeline

    with errors_as_lines(_stderr()):
        timeline = chosen.apply(_read_timeline(file))
    if fmt is ShowFormat.JSON:
        sys.stdout.write(format_timeline(timeline))
    else:
        print_timeline(timeline, Console(), view.value, fit=_fits_screen(chosen, show_all))


@app.command("export", cls=Command)
@filter_options()
def export_command(
    file: TimelineFile = DEFAULT_OUTPUT,
    fmt: Annotated[
        Format, typer.Option("--format", metavar="FORMAT", help=f"{_choices(Format)}.")
    ] = Format.HTML,
    group: Annotated[
        SlideRows,
        typer.Option("--group", help="TimelineJS rows: none, or source (one per outlet)."),
    ] = SlideRows.NONE,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="File to write; '-' for stdout. Default: stdout, but an HTML page goes"
            " beside the timeline file (timeline.json: timeline.html).",
            show_default=False,
        ),
    ] = None,
    *,
    chosen: EventFilter,
) -> None:
    """Export a timeline to CSV, Markdown, TimelineJS JSON or its sheet, or a self-contained
    HTML page, filtered as `show` filters it (--top 50: the 50 key events).

    Example: timeline export data/out/timeline.json --format html -o data/out/timeline.html
    """
    from timeline.export import format_timeline, write_atomic

    err = _stderr()
    with errors_as_lines(err):
        if output is None and fmt in PAGE_FORMATS:  # a page is not for the terminal
            output = str(file.with_suffix(PAGE_FORMATS[fmt]))
        if output not in (None, "-"):
            _check_output(output)
            _refuse_input(output, [file])
        timeline = chosen.apply(_read_timeline(file))
        text = format_timeline(timeline, fmt, group)
        if output in (None, "-"):
            sys.stdout.write(text)
        else:
            write_atomic(Path(output), text)
            _say(err, "", f"Wrote {_plural(len(timeline.events), 'event')} to {cut_path(output)}")


cache_app = typer.Typer(
    no_args_is_help=True,
    cls=Group,
    help="Look at or clear the results cache: each document's results, kept so that a second"
    " run over the same articles only merges.\n\nExample: timeline cache info --cache-dir"
    " /tmp/timeline-cache",
)
app.add_typer(cache_app, name="cache")
app.add_typer(evaluate_app, name="evaluate")


@cache_app.command("info", cls=Command)
def cache_info(cache_dir: CacheDir = None) -> None:
    """Print where the cache is and how much it holds.

    Example: timeline cache info
    """
    from timeline.cache import cache_size, is_marked

    folder = cache_dir or default_cache_dir()
    entries, size = cache_size(folder)
    marked = "" if is_marked(folder) or not folder.exists() else " (not marked as a cache)"
    typer.echo(f"{folder}{marked}: {_plural(entries, 'document')}, {size / 1e6:.1f} MB")


@cache_app.command("clear", cls=Command)
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
