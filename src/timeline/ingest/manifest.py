"""A folder's `manifest.csv`: title, source, url and publication date for each file."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from timeline.edtf import NormalizedDate
from timeline.errors import Problem, Warnings
from timeline.ingest.dates import parse_published
from timeline.ingest.decode import TooLargeError, decode, read_limited
from timeline.settings import DEFAULT_MAX_BYTES

MANIFEST_NAME = "manifest.csv"
COLUMNS = ("file", "title", "source", "url", "published")


@dataclass(frozen=True)
class ManifestEntry:
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: NormalizedDate | None = None


def read_manifest(
    folder: Path, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> tuple[dict[str, ManifestEntry], list[Problem]]:
    """The entries of `folder/manifest.csv` by file name, and what was wrong with it.

    A row is ignored, with a problem naming its line, when its `file` names a path rather than
    a file of this folder (`../../etc/passwd`, `sub/a.txt`: an error) or a file an earlier row
    already described (a warning; the first row wins). Bad CSV quoting ends the manifest at
    that line (an error); the rows before it are kept.
    """
    path = folder / MANIFEST_NAME
    entries: dict[str, ManifestEntry] = {}
    problems: list[Problem] = []
    if not path.is_file():
        return entries, problems
    try:
        decoded = decode(read_limited(path, max_bytes))
    except (OSError, TooLargeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        return entries, [Problem(str(path), f"cannot read the manifest: {reason}")]
    if decoded.text is None:
        return entries, [Problem(str(path), f"cannot read the manifest: it {decoded.problem}")]
    if decoded.note:
        problems.append(Problem(str(path), decoded.note, is_error=False))
    rows, columns, stopped = _rows(decoded.text)
    if "file" not in columns:
        expected = ", ".join(COLUMNS)
        if stopped is not None:
            return entries, [*problems, stopped.at(path)]
        return entries, [Problem(str(path), f"the manifest needs a 'file' column ({expected})")]
    lines: dict[str, int] = {}
    for line, row in rows:
        name = (row.get("file") or "").strip()
        if not name:
            continue
        where = f"{path}:{line}"
        key = _file_name(name)
        if key is None:
            message = f"'file' must name a file in this folder, not a path: {name!r}; row ignored"
            problems.append(Problem(where, message))
            continue
        if key in lines:
            message = f"{key} is already described on line {lines[key]}; this row is ignored"
            problems.append(Problem(where, message, is_error=False))
            continue
        lines[key] = line
        published = None
        if (row.get("published") or "").strip():
            try:
                published = parse_published(row["published"])
            except ValueError as error:
                problems.append(Problem(where, f"published: {error}"))
        try:
            present = (folder / key).is_file()
        except OSError as error:  # a name no file can have here: too long, say
            problems.append(Problem(where, f"'file' names no possible file ({error.strerror})"))
            continue
        if not present:
            problems.append(Problem(where, f"{Warnings.T103.value}: {key}", is_error=False))
        entries[key] = ManifestEntry(
            title=_clean(row.get("title")),
            source=_clean(row.get("source")),
            url=_clean(row.get("url")),
            published=published,
        )
    if stopped is not None:
        problems.append(stopped.at(path))
    return entries, problems


@dataclass(frozen=True)
class _CsvError:
    line: int
    message: str

    def at(self, path: Path) -> Problem:
        return Problem(
            f"{path}:{self.line}", f"bad CSV ({self.message}); the rows from here on are ignored"
        )


def _rows(text: str) -> tuple[list[tuple[int, dict[str, str]]], list[str], _CsvError | None]:
    """The rows of a CSV text with the line each ends on, its columns, and where it stopped
    being CSV (unbalanced quotes, stray text after a quoted field)."""
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        for row in reader:
            rows.append((reader.line_num, row))  # line_num: where the row ends
    except csv.Error as error:
        return rows, list(reader.fieldnames or []), _CsvError(reader.line_num, str(error))
    return rows, list(reader.fieldnames or []), None


def _file_name(name: str) -> str | None:
    """The file a manifest row names, or None when it names a path: the manifest describes
    the files of its own folder, nothing above or below it."""
    if "\\" in name:
        return None
    parts = PurePosixPath(name).parts
    if len(parts) != 1 or parts[0] in (".", "..", "/"):
        return None
    return parts[0]


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None
