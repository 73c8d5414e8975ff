"""The JSON contract (schema_version "1"), byte-identical for the same input."""

from __future__ import annotations

import json
from importlib.resources import files

from timeline.models import Timeline


def to_json(timeline: Timeline) -> str:
    return json.dumps(timeline.to_dict(), ensure_ascii=False, indent=2) + "\n"


def schema_text() -> str:
    """The JSON Schema of the output, shipped inside the package."""
    return (files("timeline") / "schema" / "timeline.schema.json").read_text(encoding="utf-8")
