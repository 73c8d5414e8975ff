"""The command line: parse options, call the library, render. Nothing else lives here."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from timeline import __version__
from timeline.errors import TimelineError, UsageError
from timeline.settings import DEFAULT_INPUT, DEFAULT_OUTPUT, Settings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Merge news articles into one chronological timeline of dated events.",
)
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _stderr() -> Console:
    return Console(stderr=True, highlight=False)


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


@app.command()
def extract(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Article files or folders (.txt, .md). Default: data/raw."),
    ] = None,
    output: Annotated[
        str, typer.Option("--output", "-o", help="Where to write the JSON; '-' for stdout.")
    ] = str(DEFAULT_OUTPUT),
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date for documents that give none: 2025, 2025-06 or 2025-06-04."
        ),
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to use (name or path).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print the table.")] = False,
) -> None:
    """Extract the dated events of the articles and write the merged timeline as JSON.

    Publication dates come from each file's front matter (published: 2025-06), else the
    folder's manifest.csv, else --published.

    Example: timeline extract data/raw --published 2025-06 -o data/out/timeline.json
    """
    from timeline.export import format_timeline, write_timeline
    from timeline.ingest import parse_published
    from timeline.pipeline import build_timeline
    from timeline.render import print_timeline

    err = _stderr()
    try:
        settings = Settings(model=model)
        if published is not None:
            try:
                settings = settings.replace(published=parse_published(published))
            except ValueError as error:
                raise UsageError(f"--published: {error}") from error
        run = build_timeline(paths or [DEFAULT_INPUT], settings)
        if not run.timeline.documents:
            for problem in run.problems:
                err.print(f"[red]error:[/red] {problem}", soft_wrap=True)
            err.print(f"[red]error:[/red] no document could be read; {output} was not written")
            raise typer.Exit(EXIT_FAILED)
        if output == "-":
            sys.stdout.write(format_timeline(run.timeline))
        else:
            write_timeline(run.timeline, Path(output))
    except UsageError as error:
        err.print(f"[red]error:[/red] {error}")
        raise typer.Exit(EXIT_USAGE) from error
    except (TimelineError, OSError) as error:
        err.print(f"[red]error:[/red] {error}")
        raise typer.Exit(EXIT_FAILED) from error

    for problem in run.problems:
        label = "[red]error:[/red]" if problem.is_error else "[yellow]warning:[/yellow]"
        err.print(f"{label} {problem}", soft_wrap=True)
    if not quiet and output != "-":
        print_timeline(run.timeline, Console())
    if run.undated:
        err.print(
            f"[yellow]{len(run.undated)} of {len(run.timeline.documents)} documents have no "
            "publication date[/yellow], so their relative dates stay unresolved: give one with "
            "'published:' front matter, a manifest.csv column, or --published 2025-06.",
            soft_wrap=True,
        )
    if not quiet and output != "-":
        err.print(f"Wrote {len(run.timeline.events)} events to {output}")
    if run.failed:
        raise typer.Exit(EXIT_FAILED)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the timeline that `extract` writes.

    Example: timeline schema > timeline.schema.json
    """
    from timeline.export import schema_text

    sys.stdout.write(schema_text())
