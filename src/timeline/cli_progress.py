"""The progress line of `extract`: what is happening (the model loading, then documents
analysed) against the number of documents, counted before the run. Typer modules only."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)

from timeline.ingest import SUFFIXES

STARTING = "Loading the language model"  # until the first document is done
WORKING = "Analysing"
RECORD_SUFFIXES = (".jsonl", ".json")  # files of many documents


def count_documents(paths: Iterable[Path], max_bytes: int) -> int:
    """About how many documents the run reads: one a text or page file, one a non-blank line
    of a .jsonl file, one a record of a .json file (files too large to read count none;
    hidden entries and links to folders are not walked into, as the run does)."""
    return sum(_documents_in(file, max_bytes) for file in _article_files(paths))


def _article_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_file():
            yield path
        elif path.is_dir():
            for folder, folders, names in os.walk(path):
                folders[:] = [f for f in folders if not f.startswith(".")]
                for name in names:
                    if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                        yield Path(folder, name)


def _documents_in(file: Path, max_bytes: int) -> int:
    suffix = file.suffix.lower()
    if suffix not in RECORD_SUFFIXES:
        return 1
    try:
        if file.stat().st_size > max_bytes:
            return 0
        data = file.read_bytes()
    except OSError:
        return 0
    if suffix == ".jsonl":
        return sum(1 for line in data.split(b"\n") if line.strip())
    try:
        value = json.loads(data)
    except ValueError:
        return 1
    return len(value) if isinstance(value, list) else 1


@contextmanager
def progress(
    console: Console, paths: list[Path], max_bytes: int, *, enabled: bool
) -> Iterator[Callable[[object], None] | None]:
    """A progress line on stderr while documents are analysed, only on a terminal; yields
    the function to call after each document (None when there is no line)."""
    if not enabled or not console.is_terminal:
        yield None
        return
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed:,.0f}/{task.total:,.0f} documents"),
        TaskProgressColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as line:
        task = line.add_task(STARTING, total=count_documents(paths, max_bytes))

        def advance(_document: object) -> None:
            done = line.tasks[0].completed + 1
            total = max(line.tasks[0].total or 0, done)  # a count that fell short
            line.update(task, completed=done, total=total, description=WORKING)

        yield advance
