"""Markdown: the timeline as a list by year, each event with its sources (linked when the
document has a URL)."""

from __future__ import annotations

import re
from itertools import groupby

from timeline.models import Document, Event, Timeline
from timeline.render import display_date

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def escape(text: str) -> str:
    """Text that Markdown shows as it is: no emphasis, links or HTML from article text."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def to_markdown(timeline: Timeline) -> str:
    documents = {d.id: d for d in timeline.documents}
    lines = ["# Timeline", ""]
    for year, events in groupby(timeline.events, key=lambda e: e.date.start.year):
        lines += [f"## {year}", ""]
        lines += [_line(event, documents) for event in events]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _line(event: Event, documents: dict[str, Document]) -> str:
    sources = ", ".join(
        _source(doc_id, documents) for doc_id in sorted({m.doc_id for m in event.mentions})
    )
    line = f"- **{escape(display_date(event.date))}**: {escape(event.title)} ({sources})"
    for conflict in event.conflicts:
        line += (
            f" ⚠ {escape(', '.join(conflict.sources))} gives {escape(display_date(conflict.date))}"
        )
    return line


def _source(doc_id: str, documents: dict[str, Document]) -> str:
    document = documents.get(doc_id)
    name = escape(document.title or doc_id) if document else escape(doc_id)
    if document and document.url and re.match(r"https?://", document.url):
        return f"[{name}](<{_url(document.url)}>)"
    return name


def _url(url: str) -> str:
    """A link target that cannot end the link early or break the line: `<`, `>`, spaces and
    control characters percent-encoded."""
    return re.sub(
        r"[<>\s\x00-\x1f\x7f]", lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode()), url
    )
