"""The JSON contract (schema_version "1"), byte-identical for the same input."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib.resources import files
from typing import Any

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
