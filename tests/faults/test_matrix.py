"""The fault matrix (issue 7): each kind of bad input, next to one good article, through the
real `timeline extract`.

For every case: the good article still gives its event; the bad one is reported in exactly one
line naming it ("error: …" when something could not be used, exit code 1; "warning: …" when it
was read with a note or skipped by a documented rule, exit code 0); nothing else is printed
and there is no traceback. The behaviour chosen for each case is in README, "Bad input".
"""

from __future__ import annotations

import errno
import os
import random
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.faults.conftest import GOOD_DATE, GOOD_NAME, extract, write_good
from timeline.edtf import parse_edtf
from timeline.ingest import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Case:
    """What a case must give: `file` is what its one line names (None: no line at all)."""

    file: str | None
    exit_code: int
    label: str | None = None  # "error" or "warning"
    says: str = ""
    doc_id: str | None = None  # a document the case must still give ...
    date: str | None = None  # ... with an event on this date


Builder = Callable[[Path, pytest.MonkeyPatch], Case]
CASES: dict[str, Builder] = {}


def case(name: str) -> Callable[[Builder], Builder]:
    def register(builder: Builder) -> Builder:
        CASES[name] = builder
        return builder

    return register


def png() -> bytes:
    """A real 1x1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


STORY = "The museum reopened on June 2, 2020, after a long closure.\n"


# --- not text -------------------------------------------------------------------------------


@case("empty file")
def _empty(folder: Path, _: pytest.MonkeyPatch) -> Case:
    (folder / "empty.txt").write_bytes(b"")
    return Case("empty.txt", 1, "error", "is empty")


@case("random bytes")
def _random(folder: Path, _: pytest.MonkeyPatch) -> Case:
    (folder / "noise.txt").write_bytes(random.Random(7).randbytes(4096))
    return Case("noise.txt", 1, "error", "binary file")


@case("random bytes without NUL")
def _random_no_nul(folder: Path, _: pytest.MonkeyPatch) -> Case:
    data = bytes(b or 1 for b in random.Random(8).randbytes(4096))
    (folder / "noise2.md").write_bytes(data)
    return Case("noise2.md", 1, "error", "not")


@case("png image")
def _png(folder: Path, _: pytest.MonkeyPatch) -> Case:
    (folder / "photo.txt").write_bytes(png())
    return Case("photo.txt", 1, "error", "is a PNG image, not text")


@case("pdf renamed .txt")
def _pdf(folder: Path, _: pytest.MonkeyPatch) -> Case:
    pdf = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n%%EOF\n"
    (folder / "report.txt").write_bytes(pdf)
    return Case("report.txt", 1, "error", "is a PDF document, not text")


@case("nul bytes")
def _nul(folder: Path, _: pytest.MonkeyPatch) -> Case:
    (folder / "nul.txt").write_bytes(b"The council\x00 met on May 1, 2020.\n")
    return Case("nul.txt", 1, "error", "binary file, not text (a NUL byte at position 11)")


# --- encodings ------------------------------------------------------------------------------


@case("invalid utf-8")
def _damaged(folder: Path, _: pytest.MonkeyPatch) -> Case:
    (folder / "damaged.txt").write_bytes("Café owners met on May 1, 2020.".encode() + b" \xff\n")
    return Case("damaged.txt", 1, "error", "is not UTF-8 text (byte 0xff at position 33)")


@case("latin-1 text")
def _latin1(folder: Path, _: pytest.MonkeyPatch) -> Case:
    text = "Café owners in Besançon protested on May 1, 2020.\n"
    (folder / "latin1.txt").write_bytes(text.encode("latin-1"))
    return Case("latin1.txt", 0, "warning", "read as Windows-1252", "latin1", "2020-05-01")


@case("cp1252 text")
def _cp1252(folder: Path, _: pytest.MonkeyPatch) -> Case:
    text = "The “Café Noir” — a landmark — closed on Sept. 4, 2019.\n"
    (folder / "cp1252.txt").write_bytes(text.encode("cp1252"))
    return Case("cp1252.txt", 0, "warning", "read as Windows-1252", "cp1252", "2019-09-04")


@case("utf-16 with bom")
def _utf16(folder: Path, _: pytest.MonkeyPatch) -> Case:
    (folder / "utf16.txt").write_bytes(STORY.encode("utf-16"))  # Python writes the BOM
    return Case(None, 0, doc_id="utf16", date="2020-06-02")


@case("utf-16 big-endian with bom")
def _utf16_be(folder: Path, _: pytest.MonkeyPatch) -> Case:
    (folder / "utf16be.txt").write_bytes(b"\xfe\xff" + STORY.encode("utf-16-be"))
    return Case(None, 0, doc_id="utf16be", date="2020-06-02")


@case("utf-8 with bom")
def _utf8_bom(folder: Path, _: pytest.MonkeyPatch) -> Case:
    (folder / "bom.md").write_bytes(b"\xef\xbb\xbf" + STORY.encode())
    return Case(None, 0, doc_id="bom", date="2020-06-02")


@case("control characters")
def _controls(folder: Path, _: pytest.MonkeyPatch) -> Case:
    (folder / "ansi.txt").write_text("\x1b[2J\x07" + STORY, encoding="utf-8")
    return Case("ansi.txt", 0, "warning", "2 control characters replaced", "ansi", "2020-06-02")


# --- size and shape -------------------------------------------------------------------------


@case("very long single line")
def _long_line(folder: Path, _: pytest.MonkeyPatch) -> Case:
    line = "The committee met again and discussed the plan at length. " * 300
    (folder / "longline.txt").write_text(line + "The board voted on June 9, 2020.", "utf-8")
    return Case(None, 0, doc_id="longline", date="2020-06-09")


@case("200 MB file")
def _huge(folder: Path, _: pytest.MonkeyPatch) -> Case:
    with (folder / "dump.txt").open("wb") as handle:  # sparse: quick to make, no disk used
        handle.write(b"The council met on May 1, 2020.\n")
        handle.truncate(200_000_000)
    says = f"is 200,000,000 bytes, over the limit of {DEFAULT_MAX_BYTES:,} (--max-bytes)"
    return Case("dump.txt", 0, "warning", says)


# --- the file system ------------------------------------------------------------------------


@case("unreadable file")
def _unreadable(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Case:
    """chmod 000; root (as in CI) reads such a file anyway, so there the kernel's refusal is
    simulated where the file is opened. Either way the same assertions run."""
    secret = folder / "secret.txt"
    secret.write_text(STORY, encoding="utf-8")
    secret.chmod(0)
    if os.geteuid() == 0:
        real_open = Path.open

        def refusing_open(self: Path, *args: object, **kwargs: object) -> object:
            if self.name == "secret.txt":
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(Path, "open", refusing_open)
    return Case("secret.txt", 1, "error", "cannot be read: Permission denied")


@case("broken symlink")
def _broken_link(folder: Path, _: pytest.MonkeyPatch) -> Case:
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")
    return Case("gone.txt", 1, "error", "is a broken symbolic link (to ")


@case("symlink loop")
def _loop(folder: Path, _: pytest.MonkeyPatch) -> Case:
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    return Case("loop.txt", 1, "error", "is a broken symbolic link (a loop of links)")


@case("folder symlink loop")
def _folder_loop(folder: Path, _: pytest.MonkeyPatch) -> Case:
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)
    return Case(None, 0)  # links to folders are not followed: no loop, no duplicate


@case("named pipe")
def _fifo(folder: Path, _: pytest.MonkeyPatch) -> Case:
    os.mkfifo(folder / "pipe.txt")  # opening it would wait for a writer forever
    return Case("pipe.txt", 0, "warning", "is a named pipe (FIFO), not a file: skipped")


@case("folder named like an article")
def _folder_txt(folder: Path, _: pytest.MonkeyPatch) -> Case:
    (folder / "box.txt").mkdir()
    (folder / "box.txt" / "inner.txt").write_text(STORY, encoding="utf-8")
    return Case(None, 0, doc_id="inner", date="2020-06-02")


@case("hostile file name")
def _hostile_name(folder: Path, _: pytest.MonkeyPatch) -> Case:
    (folder / "evil\n\x1b[31mred.txt").write_bytes(b"")
    return Case("red.txt", 1, "error", "evil\\n\\x1b[31mred.txt: is empty")


@case("undecodable file name")
def _bytes_name(folder: Path, _: pytest.MonkeyPatch) -> Case:
    name = os.fsdecode(b"caf\xe9.txt")
    (folder / name).write_text(STORY, encoding="utf-8")
    return Case(None, 0, doc_id="caf\\xe9", date="2020-06-02")


# --- JSON records ---------------------------------------------------------------------------


@case("lone surrogates and controls in a record")
def _record(folder: Path, _: pytest.MonkeyPatch) -> Case:
    record = (
        '{"id": "r1", "title": "Port \\ud800 news", '
        '"text": "The port reopened on July 4, 2020.\\u001b[2J Lone \\udc00 half."}\n'
    )
    (folder / "feed.jsonl").write_text(record, encoding="utf-8")
    return Case("feed.jsonl:1", 0, "warning", "2 unprintable characters", "r1", "2020-07-04")


# --- manifests ------------------------------------------------------------------------------


def manifest(folder: Path, text: str) -> None:
    (folder / "manifest.csv").write_text(text, encoding="utf-8")


@case("manifest names a missing file")
def _manifest_missing(folder: Path, _: pytest.MonkeyPatch) -> Case:
    manifest(folder, "file,title\nghost.txt,Ghost\n")
    return Case("ghost.txt", 0, "warning", "manifest.csv:2: [T103]")


@case("manifest names a path outside the folder")
def _manifest_outside(folder: Path, _: pytest.MonkeyPatch) -> Case:
    manifest(folder, f"file,title\n../../etc/passwd,Secrets\n{GOOD_NAME},Budget\n")
    says = "manifest.csv:2: 'file' must name a file in this folder, not a path"
    return Case("passwd", 1, "error", says)


@case("manifest duplicate rows")
def _manifest_duplicates(folder: Path, _: pytest.MonkeyPatch) -> Case:
    manifest(folder, f"file,title\n{GOOD_NAME},First\n{GOOD_NAME},Second\n")
    return Case("manifest.csv:3", 0, "warning", "already described on line 2")


@case("manifest unparseable date")
def _manifest_date(folder: Path, _: pytest.MonkeyPatch) -> Case:
    manifest(folder, f"file,published\n{GOOD_NAME},32/13/2020\n")
    return Case("manifest.csv:2", 1, "error", "published: not a date: '32/13/2020'")


@case("manifest bad csv quoting")
def _manifest_quoting(folder: Path, _: pytest.MonkeyPatch) -> Case:
    manifest(folder, f'file,title\n{GOOD_NAME},"Budget" approved\nother.txt,Other\n')
    return Case("manifest.csv:2", 1, "error", "bad CSV")


# --- front matter and content ---------------------------------------------------------------


@case("unclosed front matter")
def _front_unclosed(folder: Path, _: pytest.MonkeyPatch) -> Case:
    (folder / "draft.md").write_text("---\ntitle: Draft\n" + STORY, encoding="utf-8")
    return Case("draft.md", 0, "warning", "no closing '---'", "draft", "2020-06-02")


@case("front matter with a bad date")
def _front_bad_date(folder: Path, _: pytest.MonkeyPatch) -> Case:
    (folder / "soon.md").write_text("---\npublished: soon\n---\n" + STORY, encoding="utf-8")
    return Case("soon.md", 1, "error", "front matter 'published'", "soon", "2020-06-02")


@case("dates at the edges")
def _edges(folder: Path, _: pytest.MonkeyPatch) -> Case:
    text = (
        "Nothing happened in the year 0. The empire fell in 44 BC. The city was founded in "
        "500 BCE. The vault stays sealed until 9999. Robots will rule in the year 10000. "
        "Cities grew in the 21st century.\n"
    )
    (folder / "edges.txt").write_text(text, encoding="utf-8")
    return Case(None, 0, doc_id="edges", date="20XX")


@case("another language")
def _german(folder: Path, _: pytest.MonkeyPatch) -> Case:
    text = (
        "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. Die Bürgermeisterin "
        "lobte die Abstimmung und sagte, die Stadt werde im kommenden Jahr mehr Geld für "
        "Schulen, Straßen und den öffentlichen Nahverkehr ausgeben.\n"
    )
    (folder / "stadtrat.txt").write_text(text, encoding="utf-8")
    return Case("stadtrat.txt", 0, "warning", "does not look like English")


@case("no dates at all")
def _no_dates(folder: Path, _: pytest.MonkeyPatch) -> Case:
    text = "The council talked about the plan. Nobody said when it would act.\n"
    (folder / "nodates.txt").write_text(text, encoding="utf-8")
    return Case(None, 0, doc_id="nodates")


@case("an endless sentence")
def _endless(folder: Path, _: pytest.MonkeyPatch) -> Case:
    (folder / "endless.txt").write_text("2020 " * 5_000 + "\n", encoding="utf-8")
    return Case("endless.txt", 0, "warning", "has a sentence of 5,000 words")


# --- the checks -----------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("name", list(CASES))
def test_fault(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    expected = CASES[name](folder, monkeypatch)

    outcome = extract(folder, "--published", "2021-06", out=tmp_path / "out.json")

    assert outcome.exit_code == expected.exit_code, outcome.stderr
    assert GOOD_DATE in outcome.dates_of("good"), "the good article lost its event"
    assert all(line.startswith(("error: ", "warning: ")) for line in outcome.stderr.splitlines())
    if expected.file is None:
        assert outcome.stderr == ""
    else:
        lines = outcome.lines_naming(expected.file)
        assert len(lines) == 1, outcome.stderr
        assert lines[0].startswith(f"{expected.label}: "), lines[0]
        assert expected.says in lines[0], lines[0]
        assert len(outcome.stderr.splitlines()) == 1, outcome.stderr
    if expected.doc_id is not None:
        assert expected.doc_id in outcome.document_ids()
        if expected.date is not None:
            assert expected.date in outcome.dates_of(expected.doc_id)
    assert outcome.data is not None
    for event in outcome.data["events"]:
        assert 1 <= parse_edtf(event["date"]).start.year <= 9999


MANIFEST_CASES = {name for name in CASES if name.startswith("manifest")}


@pytest.mark.model
def test_all_file_faults_in_one_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every bad file at once: each still gets its one line, and the rest is read."""
    folder = tmp_path / "in"
    write_good(folder)
    cases = [CASES[name](folder, monkeypatch) for name in CASES if name not in MANIFEST_CASES]

    outcome = extract(folder, "--published", "2021-06", out=tmp_path / "out.json")

    assert outcome.exit_code == 1
    assert GOOD_DATE in outcome.dates_of("good")
    reported = [c for c in cases if c.file is not None]
    for expected in reported:
        (line,) = outcome.lines_naming(expected.file or "")
        assert line.startswith(f"{expected.label}: ") and expected.says in line
    assert len(outcome.stderr.splitlines()) == len(reported)
    for expected in cases:
        if expected.date is not None:
            assert expected.date in outcome.dates_of(expected.doc_id or "")


@pytest.mark.model
def test_a_refused_manifest_row_neither_reads_the_path_nor_loses_the_other_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "deep" / "er" / "in"
    write_good(folder)
    (tmp_path / "deep" / "secret.txt").write_text("The key was hidden on May 5, 2011.\n")
    manifest(folder, f"file,title\n../../secret.txt,Secrets\n{GOOD_NAME},Budget\n")

    outcome = extract(folder, "--published", "2021-06", out=tmp_path / "out.json")

    assert outcome.exit_code == 1
    assert outcome.document_ids() == ["good"]
    assert outcome.data is not None and outcome.data["documents"][0]["title"] == "Budget"
    assert "2011-05-05" not in str(outcome.data)


@pytest.mark.model
def test_of_duplicate_manifest_rows_the_first_wins(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    _manifest_duplicates(folder, pytest.MonkeyPatch())

    outcome = extract(folder, out=tmp_path / "out.json")

    assert outcome.exit_code == 0
    assert outcome.data is not None and outcome.data["documents"][0]["title"] == "First"


@pytest.mark.model
def test_unprintable_input_never_reaches_the_output(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    _record(folder, pytest.MonkeyPatch())
    _controls(folder, pytest.MonkeyPatch())
    out = tmp_path / "out.json"

    outcome = extract(folder, out=out)

    assert outcome.exit_code == 0
    raw = out.read_bytes().decode("utf-8")  # strict: no lone surrogate could be encoded
    assert "\x1b" not in raw and "\\u001b" not in raw and "\x07" not in raw
    assert outcome.data is not None
    titles = {d["id"]: d["title"] for d in outcome.data["documents"]}
    assert titles["r1"] == "Port \ufffd news"


@pytest.mark.model
def test_max_bytes_option(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    (folder / "long.txt").write_text("x" * 2_399 + "\n", encoding="utf-8")

    outcome = extract(folder, "--max-bytes", "1000", out=tmp_path / "out.json")

    assert outcome.exit_code == 0
    (line,) = outcome.lines_naming("long.txt")
    assert (
        line.startswith("warning: ")
        and "is 2,400 bytes, over the limit of 1,000 (--max-bytes): skipped" in line
    )
    assert outcome.document_ids() == ["good"]
    bad = extract(folder, "--max-bytes", "0", out=tmp_path / "out2.json")
    assert bad.exit_code == 2 and "--max-bytes" in bad.stderr


def test_a_folder_of_ten_thousand_small_files(tmp_path: Path) -> None:
    """Ingest only (analysing 10,000 documents is the pipeline's throughput, measured in
    README): every file is read once, in order, with its manifest row."""
    from timeline.ingest import read_documents
    from timeline.models import Document

    folder = tmp_path / "many"
    folder.mkdir()
    rows = ["file,title"]
    for i in range(10_000):
        (folder / f"a{i:05d}.txt").write_text(f"Story {i} happened on May 1, 2020.\n")
        rows.append(f"a{i:05d}.txt,Title {i}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n")

    items = list(read_documents([folder]))

    documents = [d for d in items if isinstance(d, Document)]
    assert len(items) == len(documents) == 10_000
    assert [d.id for d in documents] == [f"a{i:05d}" for i in range(10_000)]
    assert documents[9_999].title == "Title 9999"
