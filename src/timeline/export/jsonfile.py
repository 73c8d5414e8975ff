"""The JSON contract (schema_version "1"), byte-identical for the same input."""

from __future__ import annotations

import json
import re
from importlib.resources import files

from timeline.models import Timeline

_SURROGATE = re.compile(r"[\ud800-\udfff]")


def to_json(timeline: Timeline) -> str:
    """Always valid UTF-8 when encoded: control characters are escaped by `json.dumps`, and a
    lone surrogate (which ingest already replaces) would become U+FFFD rather than fail."""
    text = json.dumps(timeline.to_dict(), ensure_ascii=False, indent=2) + "\n"
    return _SURROGATE.sub("\ufffd", text)


def schema_text() -> str:
    """The JSON Schema of the output, shipped inside the package."""
    return (files("timeline") / "schema" / "timeline.schema.json").read_text(encoding="utf-8")
