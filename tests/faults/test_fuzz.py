"""Hypothesis properties: whatever the bytes, the file name or the text, ingest gives a
document or a clear one-line problem, and every export keeps article text as text.

(The normaliser's own properties are in tests/test_temporal.py; `fuzz/` holds an atheris
harness for it, run by hand.)"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.faults.hostile import timeline_of
from tests.faults.test_nothing_run import EMPTY_PAGE, parse
from timeline.errors import Problem
from timeline.export import Format, format_timeline
from timeline.export.csvfile import safe_cell
from timeline.ingest import SUFFIXES, parse_published, read_documents
from timeline.ingest.decode import decode
from timeline.ingest.manifest import read_manifest
from timeline.models import Document, Timeline

CONTROLS = {chr(c) for c in (*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0))}

# Any bytes a Linux file name may hold (no "/", no NUL), and a suffix ingest reads or not.
names = st.binary(min_size=1, max_size=60).map(
    lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_").lstrip(b".") or b"x"
)
suffixes = st.sampled_from([*SUFFIXES, ".TXT", ".csv", ""])
contents = st.one_of(
    st.binary(max_size=2_000),
    st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(max_size=300).map(lambda t: t.encode("utf-16")),
    st.sampled_from([b"---\ntitle: x\n", b"%PDF-1.4", b"\xef\xbb\xbf", b'{"text": "a\\ud800"}']),
)


def one_line(problem: Problem) -> str:
    line = str(problem)
    assert "\n" not in line and "\r" not in line and not CONTROLS & set(line), line
    return line


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names, suffixes, contents)
def test_any_bytes_under_any_name_give_a_document_or_a_problem(
    name: bytes, suffix: str, data: bytes
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / os.fsdecode(name[:200] + suffix.encode())
        file.write_bytes(data)
        for target in (Path(folder), file):
            items = list(read_documents([target]))
            assert items
            documents = [i for i in items if isinstance(i, Document)]
            for item in items:
                if isinstance(item, Problem):
                    one_line(item)
            for document in documents:
                assert not CONTROLS & set(document.text)
                assert document.text.strip()
            timeline = Timeline(tuple(documents), (), "fuzz")
            format_timeline(timeline).encode("utf-8")  # strict: the output is UTF-8


@given(st.binary(max_size=3_000))
def test_decode_gives_text_or_a_reason(data: bytes) -> None:
    decoded = decode(data)
    assert (decoded.text is None) != (decoded.problem is None)
    if decoded.text is not None:
        assert not CONTROLS & set(decoded.text)
        decoded.text.encode("utf-8")
    else:
        assert decoded.problem and "\n" not in decoded.problem


@given(st.text(max_size=400))
def test_any_manifest_is_read_or_reported_line_by_line(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "manifest.csv").write_bytes(text.encode("utf-8", "surrogatepass"))
        entries, problems = read_manifest(Path(folder))
        for problem in problems:
            one_line(problem)
        assert all("/" not in name and name not in (".", "..") for name in entries)


@given(st.text(max_size=60))
def test_parse_published_reads_a_date_or_raises_value_error(text: str) -> None:
    try:
        value = parse_published(text)
    except ValueError as error:
        assert "\n" not in str(error).replace(repr(text), "")
    else:
        assert value.start <= value.end


article_text = st.text(min_size=1, max_size=80)


@given(article_text)
def test_html_export_keeps_any_text_as_text(text: str) -> None:
    page = parse(format_timeline(timeline_of(text), Format.HTML))
    assert page.tags == EMPTY_PAGE.tags
    assert [a for a, _ in page.attributes] == [a for a, _ in EMPTY_PAGE.attributes]


@given(article_text)
def test_json_export_round_trips_any_text(text: str) -> None:
    timeline = timeline_of(text)
    output = format_timeline(timeline)
    again = Timeline.from_dict(json.loads(output.encode("utf-8")))
    assert format_timeline(again) == output
    expected = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    assert again.events[0].title == expected


@given(article_text)
def test_csv_export_round_trips_any_text_without_formulas(text: str) -> None:
    rows = list(csv.reader(io.StringIO(format_timeline(timeline_of(text), Format.CSV))))
    title = rows[1][3]
    assert title == safe_cell(text)
    assert not title.startswith(("=", "+", "-", "@", "\t", "\r"))
    same = text.replace("\r\n", "\n").replace("\r", "\n")
    assert title == same or title == "'" + same
    assert len(rows) == 2  # no text ends a row early
