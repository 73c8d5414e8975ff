"""The JSON contract (schema_version "1"), byte-identical for the same input, and reading it
back checked against the shipped schema."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from timeline.errors import TimelineError, cut
from timeline.jsontext import MAX_MESSAGE, JSONError, loads
from timeline.models import Timeline

_NO_EVENTS = '"events": []\n}'
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def to_json(timeline: Timeline) -> str:
    return "".join(json_chunks(timeline))


def json_chunks(timeline: Timeline) -> Iterator[str]:
    """The JSON text a piece at a time, an event per piece: the same bytes as dumping the whole
    `Timeline.to_dict()`, without ever holding every event's dict (or the text) at once."""
    head = _dumps(Timeline(timeline.documents, (), timeline.generated_by).to_dict())
    if not timeline.events:
        yield head + "\n"
        return
    yield head.removesuffix(_NO_EVENTS) + '"events": [\n'
    for number, event in enumerate(timeline.events):
        separator = ",\n" if number else ""
        lines = _dumps(event.to_dict()).split("\n")  # not splitlines: text may hold U+0085
        yield separator + "\n".join("    " + line for line in lines)
    yield "\n  ]\n}\n"


def _dumps(data: Any) -> str:
    """Always valid UTF-8 when encoded: control characters are escaped by `json.dumps`, and a
    lone surrogate (which ingest already replaces) would become U+FFFD rather than fail."""
    return _SURROGATE.sub("\ufffd", json.dumps(data, ensure_ascii=False, indent=2))


def schema_text() -> str:
    """The JSON Schema of the output, shipped inside the package."""
    return (files("timeline") / "schema" / "timeline.schema.json").read_text(encoding="utf-8")


def read_timeline(path: Path) -> Timeline:
    """The timeline in a JSON file `extract` wrote, checked against the shipped schema.

    Raises:
        TimelineError: one line naming the file and what is wrong: not found, not UTF-8, not
            JSON, or the JSON path of the first place that breaks the schema (`$.events[3].date:
            must be string`).
    """
    from fastjsonschema import JsonSchemaValueException  # here: `extract` needs none of it

    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise TimelineError(f"{path}: no such file (run `timeline extract` first)") from error
    except IsADirectoryError as error:
        raise TimelineError(f"{path}: is a folder, not a timeline file") from error
    except OSError as error:
        raise TimelineError(f"{path}: cannot be read: {error.strerror or error}") from error
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        where = f"byte 0x{data[error.start]:02x} at position {error.start}"
        raise TimelineError(f"{path}: not a timeline file (not UTF-8: {where})") from error
    try:
        value = loads(text)
        _validator()(value)
        return Timeline.from_dict(value)
    except JSONError as error:
        raise TimelineError(f"{path}: not a timeline file ({error})") from error
    except JsonSchemaValueException as error:
        name = error.name or "data"
        where = "$" + name.removeprefix("data")
        what = error.message.removeprefix(name).strip()
        raise TimelineError(
            f"{path}: not a timeline file ({where}: {cut(what, MAX_MESSAGE)})"
        ) from error
    except ValueError as error:  # what the schema cannot say: a month 13, a day 45
        raise TimelineError(
            f"{path}: not a timeline file ({cut(str(error), MAX_MESSAGE)})"
        ) from error


@cache
def _validator() -> Callable[[Any], Any]:
    """The shipped schema, compiled once (fastjsonschema: 20,000 events in under a second)."""
    import fastjsonschema

    validate: Callable[[Any], Any] = fastjsonschema.compile(loads(schema_text()))
    return validate
