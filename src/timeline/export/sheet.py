"""CSV in the columns of TimelineJS's Google Sheets template, in their order: paste it into a
copy of the template (or give TimelineJS the file) to publish the timeline. The cells are the
slides of the TimelineJS export: the first row is the title slide (Type "title").

Headline, Text, Display Date and Group are HTML to TimelineJS, so they are escaped as HTML; a
cell that would start like a spreadsheet formula starts with a character reference instead
("&#61;" for "="), which a spreadsheet keeps as text and TimelineJS shows as the character.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from timeline.export.timelinejs import Group, slide, title_slide
from timeline.models import Timeline
from timeline.sources import documents_by_id

COLUMNS = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Type", "Group", "Background",
)  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def sheet_cell(value: str) -> str:
    """HTML text a spreadsheet takes as text: a formula's first character as a reference."""
    if value.startswith(_FORMULA_START):
        return f"&#{ord(value[0])};{value[1:]}"
    return value


def _row(data: dict[str, Any], kind: str = "") -> list[str]:
    start, end = data.get("start_date", {}), data.get("end_date", {})
    text = data["text"]
    cells = {
        "Year": start.get("year", ""),
        "Month": start.get("month", ""),
        "Day": start.get("day", ""),
        "End Year": end.get("year", ""),
        "End Month": end.get("month", ""),
        "End Day": end.get("day", ""),
        "Display Date": sheet_cell(data.get("display_date", "")),
        "Headline": sheet_cell(text["headline"]),
        "Text": sheet_cell(text["text"]),
        "Type": kind,
        "Group": sheet_cell(data.get("group", "")),
    }
    return [cells.get(column, "") for column in COLUMNS]


def to_sheet(timeline: Timeline, group: Group = Group.NONE) -> str:
    documents = documents_by_id(timeline.documents)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerow(_row(title_slide(timeline), "title"))
    writer.writerows(_row(slide(e, documents, group)) for e in timeline.events)
    return out.getvalue()
