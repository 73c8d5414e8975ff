"""Writing a timeline: one module per format, a `Format` enum and a table of writers."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path

from timeline.export.csvfile import to_csv
from timeline.export.jsonfile import json_chunks, schema_text, to_json
from timeline.export.markdown import to_markdown
from timeline.export.page import to_html
from timeline.export.timelinejs import to_timelinejs
from timeline.models import Timeline

__all__ = ["FORMATS", "Format", "format_timeline", "schema_text", "write_atomic", "write_timeline"]


class Format(StrEnum):
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
    TIMELINEJS = "timelinejs"
    HTML = "html"


FORMATS: dict[Format, Callable[[Timeline], str]] = {
    Format.JSON: to_json,
    Format.CSV: to_csv,
    Format.MARKDOWN: to_markdown,
    Format.TIMELINEJS: to_timelinejs,
    Format.HTML: to_html,
}


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write `text` (or its pieces) to `path` so that readers see the old file or the new one,
    never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            for piece in [text] if isinstance(text, str) else text:
                out.write(piece)
            out.flush()
            os.fsync(out.fileno())
        umask = os.umask(0)
        os.umask(umask)
        Path(temporary).chmod(0o666 & ~umask)  # as an ordinary new file would be, not 0600
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def format_timeline(timeline: Timeline, fmt: Format = Format.JSON) -> str:
    """`timeline` in `fmt`, always encodable as UTF-8: a lone surrogate (which ingest already
    replaces, but a hand-edited timeline may hold) becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", FORMATS[fmt](timeline))


def write_timeline(timeline: Timeline, path: Path, fmt: Format = Format.JSON) -> None:
    """Render `timeline` in `fmt` and write it atomically to `path` (JSON a piece at a time)."""
    write_atomic(
        path, json_chunks(timeline) if fmt is Format.JSON else format_timeline(timeline, fmt)
    )
