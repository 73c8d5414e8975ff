"""JSON Lines and JSON files of article records, such as news-API exports or TempEval data:
`{"id" or "doc_id", "title", "text", "published" or "dct", "url", "source"}`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from timeline.edtf import NormalizedDate
from timeline.errors import Problem, printable
from timeline.ingest.dates import parse_published
from timeline.ingest.decode import clean
from timeline.models import Document

OWN_OUTPUT = "a timeline this tool wrote, not articles: skipped"


def read_records(
    path: Path, text: str, default_published: NormalizedDate | None
) -> Iterator[Document | Problem]:
    """The documents of a `.jsonl` file (one record a line) or a `.json` file (a record or a
    list of records); a problem for each record that cannot be used."""
    items = _lines(path, text) if path.suffix.lower() == ".jsonl" else _whole(path, text)
    for where, record in items:
        if isinstance(record, Problem):
            yield record
        else:
            yield from _document(path, where, record, default_published)


def _lines(path: Path, text: str) -> Iterator[tuple[str, Any]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as error:
            yield where, Problem(where, f"not valid JSON ({error.msg} at column {error.colno})")


def _whole(path: Path, text: str) -> Iterator[tuple[str, Any]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield str(path), Problem(str(path), f"not valid JSON ({error.msg} at line {error.lineno})")
        return
    if isinstance(data, dict) and "schema_version" in data and "events" in data:
        yield str(path), Problem(str(path), OWN_OUTPUT, is_error=False)
        return
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records):
        yield f"{path}[{index}]", record


def _document(
    path: Path, where: str, record: Any, default_published: NormalizedDate | None
) -> Iterator[Document | Problem]:
    if not isinstance(record, dict):
        yield Problem(where, "a record must be a JSON object")
        return
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        yield Problem(where, "record has no 'text'")
        return
    text, replaced = clean(text)
    if replaced:
        noun = "character" if replaced == 1 else "characters"
        message = f"{replaced} unprintable {noun} in 'text' (controls, lone surrogates) replaced"
        yield Problem(where, message, is_error=False)
    identifier = record.get("id", record.get("doc_id"))
    published, published_source = default_published, "option" if default_published else None
    raw_date = record.get("published", record.get("dct"))
    if raw_date:
        try:
            published, published_source = parse_published(str(raw_date)), "record"
        except ValueError as error:
            yield Problem(where, f"published: {error}")
    yield Document(
        id=printable(str(identifier) if identifier not in (None, "") else where.rsplit("/", 1)[-1]),
        path=printable(str(path)),
        text=text,
        title=_text(record.get("title")),
        published=published,
        published_source=published_source,
        source=_text(record.get("source")),
        url=_text(record.get("url")),
    )


def _text(value: Any) -> str | None:
    return clean(str(value))[0].strip() or None if value is not None else None
