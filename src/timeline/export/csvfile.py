"""CSV: one row per event, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io

from timeline.models import Timeline

COLUMNS = (
    "date", "start", "end", "title", "actors", "sources", "confidence", "anchor", "kind",
    "modality", "conflicts", "description",
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


def to_csv(timeline: Timeline) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for event in timeline.events:
        row = (
            event.date.edtf,
            event.date.start.isoformat(),
            event.date.end.isoformat(),
            event.title,
            "; ".join(a.text for a in event.actors),
            "; ".join(sorted({m.doc_id for m in event.mentions})),
            f"{event.confidence:.3f}",
            event.anchor.value,
            event.kind.value,
            event.modality.value,
            "; ".join(f"{c.date.edtf} ({', '.join(c.sources)})" for c in event.conflicts),
            event.description,
        )
        writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue()
