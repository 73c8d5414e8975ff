"""Ingest: files and folders become `Document`s, one at a time.

Supported: `.txt` and `.md` files (YAML front matter allowed in both) with a folder's
`manifest.csv`, saved web pages (`.html`, `.htm`), and `.jsonl`/`.json` files of article
records. A publication date comes from
front matter or the record, else the manifest, else the `--published` option.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from timeline import HTML_GENERATOR
from timeline.edtf import NormalizedDate
from timeline.errors import Problem
from timeline.ingest.dates import parse_published
from timeline.ingest.html import read_page
from timeline.ingest.manifest import ManifestEntry, read_manifest
from timeline.ingest.records import OWN_OUTPUT, read_records
from timeline.ingest.text import guess_title, parse_text
from timeline.models import Document

__all__ = ["SUFFIXES", "parse_published", "read_documents"]

TEXT_SUFFIXES = (".txt", ".md")
PAGE_SUFFIXES = (".html", ".htm")
SUFFIXES = (*TEXT_SUFFIXES, *PAGE_SUFFIXES, ".jsonl", ".json")


def read_documents(
    paths: Iterable[Path], default_published: NormalizedDate | None = None
) -> Iterator[Document | Problem]:
    """Yield a `Document` for each readable article under `paths`, a `Problem` for the rest.

    Folders are read recursively in sorted order; hidden files and folders are skipped.
    """
    seen_ids: set[str] = set()
    seen_files: set[Path] = set()
    manifests: dict[Path, dict[str, ManifestEntry]] = {}
    for path in paths:
        if not path.exists():
            yield Problem(str(path), "no such file or folder")
            continue
        files = _article_files(path)
        if path.is_dir() and not files:
            yield Problem(str(path), f"no article files ({', '.join(SUFFIXES)}) in this folder")
            continue
        if path.is_file() and path.suffix.lower() not in SUFFIXES:
            yield Problem(
                str(path),
                f"unsupported file type {path.suffix or '(none)'!r};"
                f" expected {', '.join(SUFFIXES)}",
            )
            continue
        for file in files:
            if file.resolve() in seen_files:  # named twice: "data/raw data/raw/a.txt"
                continue
            seen_files.add(file.resolve())
            folder = file.parent
            if folder not in manifests:
                manifests[folder], problems = read_manifest(folder)
                yield from problems
            entry = manifests[folder].get(file.name, ManifestEntry())
            for result in _read_file(file, entry, default_published, seen_ids):
                if isinstance(result, Document):
                    seen_ids.add(result.id)
                yield result


def _article_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(
        p
        for p in path.rglob("*")
        if p.suffix.lower() in SUFFIXES
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )


def _read_file(
    file: Path, entry: ManifestEntry, default_published: NormalizedDate | None, seen_ids: set[str]
) -> Iterator[Document | Problem]:
    try:
        data = file.read_bytes()
    except OSError as error:
        yield Problem(str(file), f"cannot be read: {error.strerror or error}")
        return
    if b"\x00" in data:
        yield Problem(str(file), "looks like a binary file, not text")
        return
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        yield Problem(
            str(file),
            f"is not UTF-8 text (byte 0x{data[error.start]:02x} at position {error.start})",
        )
        return
    if not raw.strip():
        yield Problem(str(file), "is empty")
        return
    if file.suffix.lower() in PAGE_SUFFIXES:
        yield from _read_page(file, raw, entry, default_published, seen_ids)
        return
    if file.suffix.lower() not in TEXT_SUFFIXES:
        for item in read_records(file, raw, default_published):
            if isinstance(item, Document):
                item = replace(item, id=_unique_id(item.id, seen_ids))
                seen_ids.add(item.id)
            yield item
        return
    parsed = parse_text(raw, markdown=file.suffix.lower() == ".md")
    if parsed.warning:
        yield Problem(str(file), parsed.warning, is_error=False)
    meta = parsed.meta
    published, published_source = default_published, "option" if default_published else None
    if entry.published is not None:
        published, published_source = entry.published, "manifest"
    if meta.get("published"):
        try:
            published, published_source = parse_published(meta["published"]), "front-matter"
        except ValueError as error:
            yield Problem(str(file), f"front matter 'published': {error}")
    if not parsed.text.strip():
        yield Problem(str(file), "has front matter but no text")
        return
    yield Document(
        id=_unique_id(file.stem, seen_ids),
        path=str(file),
        text=parsed.text,
        title=meta.get("title") or entry.title or guess_title(parsed.text),
        published=published,
        published_source=published_source,
        source=meta.get("source") or entry.source,
        url=meta.get("url") or entry.url,
    )


def _read_page(
    file: Path,
    raw: str,
    entry: ManifestEntry,
    default_published: NormalizedDate | None,
    seen_ids: set[str],
) -> Iterator[Document | Problem]:
    """A saved web page: the manifest's date wins over the page's own, which wins over
    --published."""
    if HTML_GENERATOR in raw[:2000]:
        yield Problem(str(file), OWN_OUTPUT, is_error=False)
        return
    page = read_page(raw)
    if page is None:
        yield Problem(str(file), "no article text found in this page")
        return
    published, published_source = default_published, "option" if default_published else None
    if page.published is not None:
        published, published_source = page.published, "page"
    if entry.published is not None:
        published, published_source = entry.published, "manifest"
    yield Document(
        id=_unique_id(file.stem, seen_ids),
        path=str(file),
        text=page.text,
        title=entry.title or page.title,
        published=published,
        published_source=published_source,
        source=entry.source or page.source,
        url=entry.url or page.url,
    )


def _unique_id(stem: str, seen: set[str]) -> str:
    candidate, n = stem, 1
    while candidate in seen:
        n += 1
        candidate = f"{stem}-{n}"
    return candidate
