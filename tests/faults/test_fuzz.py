"""Hypothesis properties: whatever the bytes, the file name or the text, ingest gives a
document or a clear one-line problem, and every export keeps article text as text.

The fuzz targets of `fuzz/targets.py` (ingest of JSON, JSON Lines, HTML, manifest and front
matter; the five exports; the normaliser) run here briefly on hypothesis's inputs, so that the
suite exercises them without atheris; `fuzz/run.sh` runs them coverage-guided, for longer.
(The normaliser's own properties are in tests/test_temporal.py.)"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path

import pytest
from fuzz.targets import TARGETS, fuzzed_timeline
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.faults.hostile import timeline_of
from tests.faults.test_nothing_run import EMPTY_PAGE, parse
from timeline.errors import Problem, escape_bidi
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
@example("\u200e")  # a bidirectional control is written as its escape, as everywhere shown
def test_csv_export_round_trips_any_text_without_formulas(text: str) -> None:
    rows = list(csv.reader(io.StringIO(format_timeline(timeline_of(text), Format.CSV))))
    title = rows[1][rows[0].index("title")]
    assert title == escape_bidi(safe_cell(text))
    assert not title.startswith(("=", "+", "-", "@", "\t", "\r"))
    same = escape_bidi(text.replace("\r\n", "\n").replace("\r", "\n"))
    assert title == same or title == "'" + same
    assert len(rows) == 2  # no text ends a row early


# --- the fuzz targets, briefly ---------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
records = st.fixed_dictionaries(
    {"text": st.text(min_size=1, max_size=200)},
    optional={
        key: st.one_of(st.text(max_size=30), json_values)
        for key in ("id", "doc_id", "title", "published", "dct", "url", "source")
    },
)
json_bytes = st.one_of(
    st.binary(max_size=300),
    st.one_of(records, st.lists(records, max_size=3), json_values).map(
        lambda value: json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")
    ),
    st.sampled_from([b"[" * 5_000, b"1" * 5_000, b"[NaN, Infinity, 1e999]", b'{"text": 1}']),
)
jsonl_bytes = st.lists(json_bytes, max_size=4).map(lambda lines: b"\n".join(lines))
html_bytes = st.one_of(
    st.binary(max_size=300),
    st.lists(
        st.sampled_from(["<p>", "</p>", "<article>", "<h1>", "<script>", "<!--", "<meta", ">"])
        | st.text(max_size=60),
        max_size=30,
    ).map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass")),
)
csv_bytes = st.one_of(
    st.binary(max_size=300),
    st.lists(
        st.lists(
            st.sampled_from(["a.txt", "b.md", "../a.txt", '"', "2021", ",", "x"])
            | st.text(max_size=10),
            max_size=5,
        ).map(",".join),
        max_size=6,
    ).map(
        lambda rows: ("file,title,source,url,published\n" + "\n".join(rows)).encode(
            "utf-8", "surrogatepass"
        )
    ),
)
front_matter_bytes = st.tuples(
    st.binary(max_size=1),
    st.lists(
        st.sampled_from(["---\n", "title: x\n", "date: 2021-03\n", "...\n", "# ", "*", "[a](b)"])
        | st.text(max_size=30),
        max_size=12,
    ),
).map(lambda parts: parts[0] + "".join(parts[1]).encode("utf-8", "surrogatepass"))
export_bytes = st.tuples(
    st.binary(min_size=2, max_size=2), st.lists(st.text(max_size=30), max_size=9)
).map(lambda parts: parts[0] + "\0".join(parts[1]).encode("utf-8", "surrogatepass")) | st.binary(
    max_size=300
)

INPUTS = {
    "normalize": st.binary(min_size=4, max_size=4).flatmap(
        lambda head: st.text(max_size=60).map(lambda t: head + t.encode("utf-8", "surrogatepass"))
    ),
    "json": json_bytes,
    "jsonl": jsonl_bytes,
    "html": html_bytes,
    "manifest": csv_bytes,
    "front-matter": front_matter_bytes,
    **{name: export_bytes for name in TARGETS if name.startswith("export-")},
}


@pytest.mark.parametrize("name", list(TARGETS))
def test_fuzz_target_briefly(name: str) -> None:
    """Each fuzz target on a few dozen hypothesis inputs: no exception, every check holds."""
    target = TARGETS[name]

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(INPUTS[name])
    def run(data: bytes) -> None:
        target(data)

    run()


def test_every_fuzz_target_has_inputs_and_seeds() -> None:
    assert set(INPUTS) == set(TARGETS)
    seeds = Path(__file__).parents[2] / "fuzz" / "seeds"
    assert {folder.name for folder in seeds.iterdir() if any(folder.iterdir())} == set(TARGETS)


def test_the_plain_twin_of_a_fuzzed_timeline_has_its_shape() -> None:
    data = b"\x05\x07<b>\x00d\x00a\x00i\x00s\x00t\x00x\x00o\x00https://e.org"
    hostile, plain = fuzzed_timeline(data), fuzzed_timeline(data, plain=True)
    assert hostile.events[0].title == "<b>" and plain.events[0].title == "x"
    assert [e.date for e in hostile.events] == [e.date for e in plain.events]
    assert len(hostile.events) == 3 and hostile.documents[0].url == "https://e.org"
    assert plain.documents[0].url == "https://x"
