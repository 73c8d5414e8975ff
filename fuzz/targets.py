"""Fuzz targets: each takes bytes and checks what must hold whatever the bytes; a failed check or
any exception is a finding. `fuzz/harness.py` runs them under atheris (coverage-guided, by
hand: `fuzz/run.sh`); `tests/faults/test_fuzz.py` runs each briefly with hypothesis.

Ingest targets write the bytes to a file of the kind they fuzz and read it through
`read_documents`, as `extract` does: every result is a document or a one-line problem, and no
problem comes from the catch-all that turns an unforeseen exception into "cannot be read (…)".
Export targets build a timeline whose every string comes from the bytes and check that each
format keeps the strings as text: the same elements, rows, slides or lines as the same
timeline of plain words.
"""

from __future__ import annotations

import atexit
import csv
import io
import json
import re
import shutil
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from timeline.edtf import from_date, parse_edtf
from timeline.errors import Problem
from timeline.export import Format, format_timeline
from timeline.export.csvfile import COLUMNS, safe_cell
from timeline.export.jsonfile import read_timeline
from timeline.ingest import parse_published, read_documents
from timeline.ingest.decode import decode
from timeline.ingest.manifest import read_manifest
from timeline.models import Actor, Anchor, Conflict, Document, Event, Mention, Modality, Timeline
from timeline.sources import web_address
from timeline.temporal.normalize import normalize
from timeline.temporal.recognize import find_in_text
from timeline.temporal.resolve import Context, Tense

Target = Callable[[bytes], None]
CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
UNFORESEEN = "cannot be read ("  # the message of ingest's catch-all
GOOD = "The council approved the budget on March 3, 2021. The mayor praised the vote.\n"


@cache
def _workdir() -> Path:
    """One scratch folder per process, emptied for each input."""
    folder = Path(tempfile.mkdtemp(prefix="timeline-fuzz-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def _fresh() -> Path:
    folder = _workdir() / "in"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    return folder


def _check_problem(problem: Problem) -> None:
    line = str(problem)
    assert "\n" not in line and "\r" not in line and not CONTROLS.search(line), line
    assert UNFORESEEN not in problem.message, line


def _ingest(path: Path) -> list[Document]:
    """Read `path` as `extract` does and check every result; the documents it gave."""
    documents = []
    for item in read_documents([path]):
        if isinstance(item, Problem):
            _check_problem(item)
            continue
        assert isinstance(item, Document), item
        assert item.id and item.text.strip(), item
        assert not CONTROLS.search(item.text), item.id
        documents.append(item)
    format_timeline(Timeline(tuple(documents), (), "timeline fuzz")).encode("utf-8")
    return documents


def _ingest_as(suffix: str) -> Target:
    def target(data: bytes) -> None:
        file = _fresh() / f"article{suffix}"
        file.write_bytes(data)
        _ingest(file)

    target.__doc__ = f"Any bytes in a {suffix} file: documents or one-line problems."
    return target


def front_matter(data: bytes) -> None:
    """A Markdown or text file (the first byte chooses): front matter and markup are blanked
    in place, so the document's text is exactly as long as the file's."""
    suffix = ".md" if data[:1] < b"\x80" else ".txt"
    file = _fresh() / f"article{suffix}"
    file.write_bytes(data[1:])
    decoded = decode(data[1:]).text
    for document in _ingest(file):
        assert decoded is not None and len(document.text) == len(decoded), document.id
        if document.published is not None:
            assert document.published.start <= document.published.end


def manifest(data: bytes) -> None:
    """Any manifest.csv beside two good articles: both are still read; an entry never names a
    path; every problem is one line naming the manifest."""
    folder = _fresh()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.md").write_text(GOOD, encoding="utf-8")
    (folder / "manifest.csv").write_bytes(data)
    entries, problems = read_manifest(folder)
    assert all("/" not in name and name not in (".", "..") for name in entries), entries
    for problem in problems:
        _check_problem(problem)
        assert "manifest.csv" in problem.path, problem
    assert {d.id for d in _ingest(folder)} == {"a", "b"}


def normalize_dates(data: bytes) -> None:
    """The normaliser: a reading or None, never an exception; a reading's date starts on or
    before its end and survives a round trip through its EDTF; spans in order inside the text;
    `parse_published` reads a date or raises ValueError."""
    if len(data) < 4:
        return
    day = date(1, 1, 1) + timedelta(days=int.from_bytes(data[:3], "big") % 3_652_059)
    tense = [None, *Tense][data[3] % (len(Tense) + 1)]
    text = data[4:].decode("utf-8", "replace")
    reference = from_date(day)
    for context in (Context(reference, reference, tense), Context()):
        reading = normalize(text, context)
        if reading is not None and reading.value is not None:
            value = reading.value
            assert value.start <= value.end, (text, value)
            again = parse_edtf(value.edtf)
            assert (again.start, again.end) == (value.start, value.end), (text, value, again)
    end = 0
    for start, stop, _ in find_in_text(text):
        assert end <= start < stop <= len(text), (text, start, stop)
        end = stop
    try:
        published = parse_published(text)
    except ValueError:
        return
    assert published.start <= published.end, (text, published)


# --- exports --------------------------------------------------------------------------------

DATES = (
    "2025-06-04",
    "2025-06",
    "2025",
    "198X",
    "19XX",
    "2024-21",
    "2024-34",
    "2020-06-01/2021-02",
)
FIELDS = 9


def fuzzed_timeline(data: bytes, plain: bool = False) -> Timeline:
    """A timeline of one to three events whose every string comes from `data` (split at NUL
    bytes; undecodable bytes become lone surrogates). With `plain`, the same timeline, every
    string a plain word (a URL stays one when it was one): what the exports must look like."""
    shape, body = data[:2].ljust(2, b"\0"), data[2:]
    parts = body.decode("utf-8", "surrogateescape").split("\0")
    strings = [(parts[i] if i < len(parts) else "") or "x" for i in range(FIELDS)]
    if plain:
        strings = ["x"] * (FIELDS - 1) + [_plain_url(strings[-1])]
    title, description, actor, doc_id, source, doc_title, sentence, other, url = strings
    document = Document(doc_id, doc_id, "", doc_title, parse_edtf("2025-06"), "record", source, url)
    events = tuple(
        Event(
            id=f"ev-{number}",
            date=parse_edtf(DATES[(shape[0] + number) % len(DATES)]),
            title=title,
            description=description,
            actors=(Actor(actor, "PERSON"),) if shape[1] & 1 else (),
            confidence=(shape[1] >> 1) / 127,
            anchor=list(Anchor)[(shape[0] >> 4) % len(Anchor)],
            mentions=(Mention(doc_id, sentence, 0, len(sentence)),),
            modality=list(Modality)[(shape[1] >> 2) % len(Modality)],
            conflicts=(Conflict(parse_edtf("2024"), (other,)),) if shape[1] & 2 else (),
        )
        for number in range(1 + shape[0] % 3)
    )
    return Timeline((document,), events, "timeline fuzz")


def _plain_url(url: str) -> str:
    return "https://x" if web_address(url) else "x"  # a link in the exports, or none


class _Elements(HTMLParser):
    """The elements and attribute names a browser would build; text is not kept."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.shape: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.shape.append(f"<{tag} {' '.join(sorted(name for name, _ in attrs))}>")

    def handle_endtag(self, tag: str) -> None:
        self.shape.append(f"</{tag}>")

    def handle_comment(self, data: str) -> None:
        self.shape.append("<!-- -->")


def _elements(page: str) -> list[str]:
    parser = _Elements()
    parser.feed(page)
    parser.close()
    return parser.shape


def _both(data: bytes, fmt: Format) -> tuple[Timeline, str, str]:
    timeline = fuzzed_timeline(data)
    text = format_timeline(timeline, fmt)
    text.encode("utf-8")  # strict: every export is valid UTF-8
    return timeline, text, format_timeline(fuzzed_timeline(data, plain=True), fmt)


def export_json(data: bytes) -> None:
    """The JSON export passes the shipped schema and reads back to the same JSON."""
    _, text, _ = _both(data, Format.JSON)
    file = _workdir() / "timeline.json"
    file.write_text(text, encoding="utf-8")
    again = read_timeline(file)
    assert format_timeline(again) == text


def export_csv(data: bytes) -> None:
    """One row per event, every cell the field as it was (carriage returns as line feeds), no
    cell a formula."""
    timeline, text, _ = _both(data, Format.CSV)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == list(COLUMNS) and len(rows) == len(timeline.events) + 1, rows
    for row, event in zip(rows[1:], timeline.events, strict=True):
        assert len(row) == len(COLUMNS), row
        shown = _no_surrogates(event.title).replace("\r\n", "\n").replace("\r", "\n")
        assert row[COLUMNS.index("title")] == safe_cell(shown), (row, event.title)
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row), row


def export_markdown(data: bytes) -> None:
    """Rendered by a CommonMark parser (with strikethrough and tables, as GitHub does), the
    Markdown has the elements of the plain timeline's: no emphasis, link, HTML or heading
    from the text."""
    _, text, plain = _both(data, Format.MARKDOWN)
    assert _elements(_markdown().render(text)) == _elements(_markdown().render(plain)), text


@cache
def _markdown() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["strikethrough", "table"])


def export_timelinejs(data: bytes) -> None:
    """Valid JSON with a slide per event; the HTML in each headline and text has the elements
    of the plain timeline's."""
    timeline, text, plain = _both(data, Format.TIMELINEJS)
    slides, plain_slides = json.loads(text), json.loads(plain)
    assert len(slides["events"]) == len(timeline.events)
    for slide, plain_slide in zip(
        [slides["title"], *slides["events"]],
        [plain_slides["title"], *plain_slides["events"]],
        strict=True,
    ):
        for key in ("headline", "text"):
            assert _elements(slide["text"][key]) == _elements(plain_slide["text"][key]), slide


def export_html(data: bytes) -> None:
    """The page has the elements and attributes of the plain timeline's page."""
    _, text, plain = _both(data, Format.HTML)
    assert _elements(text) == _elements(plain)


def _no_surrogates(text: str) -> str:
    return re.sub(r"[\ud800-\udfff]", "\ufffd", text)


TARGETS: dict[str, Target] = {
    "normalize": normalize_dates,
    "json": _ingest_as(".json"),
    "jsonl": _ingest_as(".jsonl"),
    "html": _ingest_as(".html"),
    "manifest": manifest,
    "front-matter": front_matter,
    "export-json": export_json,
    "export-csv": export_csv,
    "export-markdown": export_markdown,
    "export-timelinejs": export_timelinejs,
    "export-html": export_html,
}
