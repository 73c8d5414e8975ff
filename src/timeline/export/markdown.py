"""Markdown: the timeline as a list by year (or decade, or century), each event with its
sources named (linked when the document has a web address)."""

from __future__ import annotations

import re
from itertools import groupby

from timeline.export.page import period
from timeline.models import Document, Event, Timeline
from timeline.render import display_date, event_date
from timeline.sources import SourceName, documents_by_id, event_sources, named

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def escape(text: str) -> str:
    """Text that Markdown shows as it is: no emphasis, links or HTML from article text."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def to_markdown(timeline: Timeline) -> str:
    documents = documents_by_id(timeline.documents)
    lines = ["# Timeline", ""]
    for name, events in groupby(timeline.events, key=lambda e: period(e.date)):
        lines += [f"## {escape(name)}", ""]
        lines += [_line(event, documents) for event in events]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _line(event: Event, documents: dict[str, Document]) -> str:
    sources = "; ".join(map(_source, event_sources(event, documents)))
    line = f"- **{escape(event_date(event))}**: {escape(event.title)} ({sources})"
    for conflict in event.conflicts:
        names = ", ".join(s.short for s in named(conflict.sources, documents))
        line += f" ⚠ {escape(names)} gives {escape(display_date(conflict.date))}"
    return line


def _source(source: SourceName) -> str:
    name = escape(source.text)
    return f"[{name}](<{_url(source.url)}>)" if source.url else name


def _url(url: str) -> str:
    """A link target that cannot end the link early or break the line: `<`, `>`, spaces and
    control characters percent-encoded."""
    return re.sub(
        r"[<>\s\x00-\x1f\x7f]", lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode()), url
    )
