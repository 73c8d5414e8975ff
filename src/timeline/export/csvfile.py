"""CSV: one row per event, safe to open in a spreadsheet. `date` is the EDTF value, `when` the
date as a reader says it ("1990s", "Summer 2019"); `sources` names each source (outlet, title,
date, and its web address in angle brackets), `source_ids` gives their ids."""

from __future__ import annotations

import csv
import io

from timeline.models import Timeline
from timeline.render import event_date
from timeline.sources import SourceName, documents_by_id, event_sources, named

COLUMNS = (
    "date", "when", "start", "end", "title", "actors", "sources", "confidence", "anchor", "kind",
    "modality", "conflicts", "description", "source_ids",
)  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value: object) -> str:
    """Text a spreadsheet shows as text: a cell that starts like a formula ("=HYPERLINK(…",
    "+1", "-2", "@SUM") gets a leading apostrophe, which spreadsheets hide. A carriage return
    becomes a line feed, which the writer quotes (a bare one would end the row early)."""
    text = "" if value is None else str(value)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "'" + text if text.startswith(_FORMULA_START) else text


def cited(source: SourceName) -> str:
    """A source's name in plain text, with its web address when it has one."""
    return f"{source.text} <{source.url}>" if source.url else source.text


def to_csv(timeline: Timeline) -> str:
    documents = documents_by_id(timeline.documents)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for event in timeline.events:
        sources = event_sources(event, documents)
        row = (
            event.date.edtf,
            event_date(event),
            event.date.start.isoformat(),
            event.date.end.isoformat(),
            event.title,
            "; ".join(a.text for a in event.actors),
            "; ".join(map(cited, sources)),
            f"{event.confidence:.3f}",
            event.anchor.value,
            event.kind.value,
            event.modality.value,
            "; ".join(
                f"{c.date.edtf} ({', '.join(s.short for s in named(c.sources, documents))})"
                for c in event.conflicts
            ),
            event.description,
            "; ".join(s.doc_id for s in sources),
        )
        writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue()
