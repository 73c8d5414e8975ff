"""Writing a timeline: one module per format, a `Format` enum and a table of writers."""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from timeline.errors import UsageError, escape_bidi
from timeline.export.csvfile import to_csv
from timeline.export.files import check_output_folder, output_target, write_atomic
from timeline.export.jsonfile import json_chunks, schema_text, to_json
from timeline.export.markdown import to_markdown
from timeline.export.page import to_html
from timeline.export.sheet import to_sheet
from timeline.export.timelinejs import Group, to_timelinejs
from timeline.models import Timeline

__all__ = [
    "FORMATS",
    "Format",
    "Group",
    "check_group",
    "check_output_folder",
    "format_timeline",
    "output_target",
    "schema_text",
    "write_atomic",
    "write_timeline",
]


class Format(StrEnum):
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
    TIMELINEJS = "timelinejs"
    SHEET = "sheet"  # TimelineJS's Google Sheets template
    HTML = "html"


FORMATS: dict[Format, Callable[[Timeline], str]] = {
    Format.JSON: to_json,
    Format.CSV: to_csv,
    Format.MARKDOWN: to_markdown,
    Format.TIMELINEJS: to_timelinejs,
    Format.SHEET: to_sheet,
    Format.HTML: to_html,
}
GROUPED: dict[Format, Callable[[Timeline, Group], str]] = {
    Format.TIMELINEJS: to_timelinejs,
    Format.SHEET: to_sheet,
}  # the formats whose events can be grouped (TimelineJS's navigator rows)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def format_timeline(
    timeline: Timeline, fmt: Format = Format.JSON, group: Group = Group.NONE
) -> str:
    """`timeline` in `fmt`, always encodable as UTF-8: a lone surrogate (which ingest already
    replaces, but a hand-edited timeline may hold) becomes U+FFFD. Bidirectional controls
    are written `\\u202e`: an escape in JSON (the text is kept), plain to see elsewhere.

    Raises:
        UsageError: when `group` is asked of a format that has no groups.
    """
    check_group(fmt, group)
    text = GROUPED[fmt](timeline, group) if fmt in GROUPED else FORMATS[fmt](timeline)
    return escape_bidi(_SURROGATE.sub("\ufffd", text))


def check_group(fmt: Format, group: Group) -> None:
    """Refuse a grouping the format cannot show, before any work.

    Raises:
        UsageError: naming the formats that can.
    """
    if group is not Group.NONE and fmt not in GROUPED:
        names = " and ".join(f.value for f in GROUPED)
        raise UsageError(f"--group {group.value}: only {names} have groups, not {fmt.value}")


def write_timeline(timeline: Timeline, path: Path, fmt: Format = Format.JSON) -> None:
    """Render `timeline` in `fmt` and write it atomically to `path` (JSON a piece at a time)."""
    if fmt is Format.JSON:
        write_atomic(path, map(escape_bidi, json_chunks(timeline)))
    else:
        write_atomic(path, format_timeline(timeline, fmt))
