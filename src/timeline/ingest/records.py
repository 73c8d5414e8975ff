"""JSON Lines and JSON files of article records, such as news-API exports or TempEval data:
`{"id" or "doc_id", "title", "text", "published" or "dct", "url", "source"}`.

A file that is not JSON is one problem; in JSON Lines, one bad line is that line's problem and
the other lines are read. A field of the wrong type is left out with a warning (`text` and the
date are errors), never turned into a string of Python's making.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from timeline.edtf import NormalizedDate
from timeline.errors import Problem, printable
from timeline.ingest.dates import parse_published
from timeline.ingest.decode import clean
from timeline.ingest.text import blank_datelines
from timeline.jsontext import JSONError, loads
from timeline.models import Document

OWN_OUTPUT = "a timeline this tool wrote, not articles: skipped"
# More problems than this in one file are counted in one last line, not shown each.
MAX_PROBLEMS_PER_FILE = 20
_TYPE_NAMES = {
    dict: "an object", list: "a list", str: "a string", int: "a number", float: "a number",
    bool: "true or false", type(None): "null",
}  # fmt: skip


def read_records(
    path: Path, text: str, default_published: NormalizedDate | None
) -> Iterator[Document | Problem]:
    """The documents of a `.jsonl` file (one record a line) or a `.json` file (a record or a
    list of records); a problem for each record that cannot be used."""
    items = _lines(path, text) if path.suffix.lower() == ".jsonl" else _whole(path, text)
    shown = hidden = errors = 0
    for where, record in items:
        if isinstance(record, Problem):
            results: Iterator[Document | Problem] = iter([record])
        else:
            results = _document(path, where, record, default_published)
        for result in results:
            if isinstance(result, Problem) and shown >= MAX_PROBLEMS_PER_FILE:
                hidden += 1
                errors += result.is_error
                continue
            shown += isinstance(result, Problem)
            yield result
    if hidden:
        noun = "problem" if hidden == 1 else "problems"
        yield Problem(str(path), f"{hidden:,} more {noun} not shown", is_error=errors > 0)


def _lines(path: Path, text: str) -> Iterator[tuple[str, Any]]:
    """One record a line; lines end at a line feed only (JSON strings may hold U+2028)."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield where, loads(line)
        except JSONError as error:
            yield where, Problem(where, str(error))


def _whole(path: Path, text: str) -> Iterator[tuple[str, Any]]:
    try:
        data = loads(text)
    except JSONError as error:
        yield str(path), Problem(str(path), str(error))
        return
    if isinstance(data, dict) and "schema_version" in data and "events" in data:
        yield str(path), Problem(str(path), OWN_OUTPUT, is_error=False)
        return
    if not isinstance(data, dict | list):
        message = f"holds {_type(data)}, not a record or a list of records"
        yield str(path), Problem(str(path), message)
        return
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records):
        yield f"{path}[{index}]", record


def _document(
    path: Path, where: str, record: Any, default_published: NormalizedDate | None
) -> Iterator[Document | Problem]:
    if not isinstance(record, dict):
        yield Problem(where, f"a record must be a JSON object, not {_type(record)}")
        return
    text = record.get("text")
    if not isinstance(text, str):
        found = "" if text is None else f" ('text' is {_type(text)})"
        yield Problem(where, f"record has no 'text'{found}")
        return
    text, replaced = clean(text)
    text = blank_datelines(text)
    if not text.strip():  # blank, or nothing but control characters
        yield Problem(where, "record has no 'text' (it is blank)")
        return
    if replaced:
        noun = "character" if replaced == 1 else "characters"
        message = f"{replaced} unprintable {noun} in 'text' (controls, lone surrogates) replaced"
        yield Problem(where, message, is_error=False)
    fields: dict[str, str | None] = {}
    for name in ("id", "doc_id", "title", "source", "url", "published", "dct"):
        value = record.get(name)
        number = name in ("id", "doc_id", "published", "dct")
        if value is None or isinstance(value, str) or (number and _is_integer(value)):
            fields[name] = None if value is None else str(value)
        else:
            date = name in ("published", "dct")
            yield Problem(where, f"'{name}' is {_type(value)}, not a string: ignored", date)
            fields[name] = None
    published, published_source = default_published, "option" if default_published else None
    raw_date = fields["published"] or fields["dct"]
    if raw_date:
        try:
            published, published_source = parse_published(raw_date), "record"
        except ValueError as error:
            yield Problem(where, f"published: {error}")
    identifier = fields["id"] if fields["id"] is not None else fields["doc_id"]
    yield Document(
        id=printable(identifier if identifier else where.rsplit("/", 1)[-1]),
        path=printable(str(path)),
        text=text,
        title=_text(fields["title"]),
        published=published,
        published_source=published_source,
        source=_text(fields["source"]),
        url=_text(fields["url"]),
    )


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _type(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _text(value: str | None) -> str | None:
    return clean(value)[0].strip() or None if value is not None else None
