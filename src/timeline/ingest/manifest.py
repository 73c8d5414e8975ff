"""A folder's `manifest.csv`: title, source, url and publication date for each file."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from timeline.edtf import NormalizedDate
from timeline.errors import Problem, Warnings
from timeline.ingest.dates import parse_published

MANIFEST_NAME = "manifest.csv"
COLUMNS = ("file", "title", "source", "url", "published")


@dataclass(frozen=True)
class ManifestEntry:
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: NormalizedDate | None = None


def read_manifest(folder: Path) -> tuple[dict[str, ManifestEntry], list[Problem]]:
    """The entries of `folder/manifest.csv` by file name, and what was wrong with it."""
    path = folder / MANIFEST_NAME
    entries: dict[str, ManifestEntry] = {}
    problems: list[Problem] = []
    if not path.is_file():
        return entries, problems
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = [(reader.line_num, row) for row in reader]  # line_num: where the row ends
            columns = reader.fieldnames or []
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        return entries, [Problem(str(path), f"cannot read the manifest: {error}")]
    if "file" not in columns:
        expected = ", ".join(COLUMNS)
        return entries, [Problem(str(path), f"the manifest needs a 'file' column ({expected})")]
    for line, row in rows:
        name = (row.get("file") or "").strip()
        if not name:
            continue
        published = None
        if (row.get("published") or "").strip():
            try:
                published = parse_published(row["published"])
            except ValueError as error:
                problems.append(Problem(f"{path}:{line}", f"published: {error}"))
        if not (folder / name).is_file():
            problems.append(
                Problem(f"{path}:{line}", f"{Warnings.T103.value}: {name}", is_error=False)
            )
        entries[name] = ManifestEntry(
            title=_clean(row.get("title")),
            source=_clean(row.get("source")),
            url=_clean(row.get("url")),
            published=published,
        )
    return entries, problems


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None
