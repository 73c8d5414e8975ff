"""Ingest: files and folders become Documents (or Problems), publication dates keep their
precision, and character offsets into `Document.text` are offsets into the file."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import Problem
from timeline.ingest import NOT_ENGLISH, parse_published, read_documents
from timeline.models import Document

MANIFEST_HEADER = "file,title,source,url,published\n"


def read_all(
    paths: list[Path], default_published: str | None = None
) -> tuple[list[Document], list[Problem]]:
    """Documents and Problems of one `read_documents` call, each in the order yielded."""
    default = parse_published(default_published) if default_published else None
    documents: list[Document] = []
    problems: list[Problem] = []
    for item in read_documents(paths, default):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            assert isinstance(item, Document)
            documents.append(item)
    return documents, problems


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def only_document(paths: list[Path], default_published: str | None = None) -> Document:
    documents, problems = read_all(paths, default_published)
    assert problems == []
    assert len(documents) == 1
    return documents[0]


# --- finding files ------------------------------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "z.txt", "Zed story.")
    write(tmp_path / "b.txt", "Bee story.")
    write(tmp_path / "a.md", "Ay story.")
    write(tmp_path / "sub" / "c.txt", "Cee story.")
    write(tmp_path / "sub" / "deeper" / "d.md", "Dee story.")
    write(tmp_path / "notes.pdf", "not an article")
    write(tmp_path / "readme.rst", "not an article either")

    documents, problems = read_all([tmp_path])

    assert problems == []
    assert [d.id for d in documents] == ["a", "b", "c", "d", "z"]
    assert [d.path for d in documents] == [
        str(tmp_path / "a.md"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "sub" / "c.txt"),
        str(tmp_path / "sub" / "deeper" / "d.md"),
        str(tmp_path / "z.txt"),
    ]
    assert documents[0].text == "Ay story."


def test_hidden_files_and_folders_are_skipped(tmp_path: Path) -> None:
    write(tmp_path / "visible.txt", "Seen.")
    write(tmp_path / ".hidden.txt", "Not seen.")
    write(tmp_path / ".git" / "inside.txt", "Not seen.")
    write(tmp_path / "sub" / ".drafts" / "draft.md", "Not seen.")
    write(tmp_path / "sub" / "kept.md", "Seen too.")

    documents, problems = read_all([tmp_path])

    assert problems == []
    # Sorted by path: sub/kept.md comes before visible.txt.
    assert [d.id for d in documents] == ["kept", "visible"]


def test_a_hidden_folder_given_explicitly_is_still_read(tmp_path: Path) -> None:
    folder = tmp_path / ".cache" / "articles"
    write(folder / "story.txt", "Read me.")

    document = only_document([folder])

    assert document.id == "story"
    assert document.text == "Read me."


def test_document_id_is_the_file_stem(tmp_path: Path) -> None:
    file = write(tmp_path / "2025-06-04_council-vote.txt", "The council voted.")

    document = only_document([file])

    assert document.id == "2025-06-04_council-vote"
    assert document.path == str(file)


def test_duplicate_stems_in_different_folders_get_distinct_ids(tmp_path: Path) -> None:
    write(tmp_path / "east" / "report.txt", "East report.")
    write(tmp_path / "west" / "report.txt", "West report.")
    write(tmp_path / "west" / "report.md", "West report in Markdown.")

    documents, problems = read_all([tmp_path])

    assert problems == []
    assert len(documents) == 3
    ids = [d.id for d in documents]
    assert len(set(ids)) == 3
    assert all(i.startswith("report") for i in ids)
    # The first one read keeps the plain stem.
    assert ids[0] == "report"
    assert documents[0].path == str(tmp_path / "east" / "report.txt")


def test_duplicate_stems_across_separate_paths_get_distinct_ids(tmp_path: Path) -> None:
    one = write(tmp_path / "a" / "story.txt", "One.")
    two = write(tmp_path / "b" / "story.txt", "Two.")

    documents, problems = read_all([one, two])

    assert problems == []
    assert [d.path for d in documents] == [str(one), str(two)]
    assert documents[0].id == "story"
    assert documents[1].id != "story"


def test_plain_text_is_read_as_it_is(tmp_path: Path) -> None:
    raw = "#1 priority: the **budget**.\n\n[Draft] see https://example.org _now_.\n"
    file = write(tmp_path / "plain.txt", raw)

    document = only_document([file])

    # Markdown markup is only blanked in .md files; a .txt file is plain text.
    assert document.text == raw


# --- front matter and markup --------------------------------------------------------------

FRONT_MATTER_ARTICLE = (
    "---\n"
    'title: "Bridge opens: a new crossing"\n'
    "published: '2022-06-01'\n"
    "source: City Gazette\n"
    "url: https://example.org/news/bridge\n"
    "---\n"
    "The new crossing opened on May 20, 2022, after years of delays.\n"
)


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_front_matter_is_read(tmp_path: Path, suffix: str) -> None:
    file = write(tmp_path / f"bridge{suffix}", FRONT_MATTER_ARTICLE)

    document = only_document([file])

    assert document.title == "Bridge opens: a new crossing"
    assert document.published is not None
    assert document.published.edtf == "2022-06-01"
    assert document.published.granularity == "day"
    assert document.published_source == "front-matter"
    assert document.source == "City Gazette"
    assert document.url == "https://example.org/news/bridge"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_front_matter_is_blanked_in_place(tmp_path: Path, suffix: str) -> None:
    raw = FRONT_MATTER_ARTICLE
    file = write(tmp_path / f"bridge{suffix}", raw)

    document = only_document([file])

    assert len(document.text) == len(raw)
    for word in ("crossing opened", "May 20, 2022", "delays"):
        assert document.text.index(word) == raw.index(word)
    body_start = raw.index("The new crossing")
    assert document.text[:body_start].strip() == ""
    # Line structure is kept, so line numbers are unchanged too.
    assert document.text[:body_start].count("\n") == raw[:body_start].count("\n")
    assert document.text[body_start:] == raw[body_start:]
    for key in ("title:", "published:", "source:", "url:", "---"):
        assert key not in document.text


def test_front_matter_date_key_is_the_publication_date(tmp_path: Path) -> None:
    raw = "---\ndate: \"2023-05\"\ntitle: 'Monthly report'\n---\nSales rose in April.\n"
    file = write(tmp_path / "report.md", raw)

    document = only_document([file])

    assert document.published is not None
    assert document.published.edtf == "2023-05"
    assert document.published.granularity == "month"
    assert document.published_source == "front-matter"
    assert document.title == "Monthly report"
    assert document.text.index("Sales") == raw.index("Sales")


def test_front_matter_with_a_bad_published_value_is_an_error(tmp_path: Path) -> None:
    file = write(tmp_path / "odd.txt", "---\npublished: someday\n---\nThe mayor spoke.\n")

    documents, problems = read_all([file])

    assert len(problems) == 1
    assert problems[0].path == str(file)
    assert problems[0].is_error
    assert "someday" in problems[0].message
    # The document is still read, without a publication date.
    assert [d.id for d in documents] == ["odd"]
    assert documents[0].published is None


def test_markdown_markup_is_blanked_without_shifting_offsets(tmp_path: Path) -> None:
    raw = (
        "# Council votes on budget\n"
        "\n"
        "The **council** approved the [spending plan](https://example.org/plan) "
        "on *March 3, 2021*.\n"
        "\n"
        "## Reaction\n"
        "\n"
        "Residents welcomed __the decision__.\n"
    )
    file = write(tmp_path / "council.md", raw)

    document = only_document([file])

    assert len(document.text) == len(raw)
    for word in (
        "Council votes",
        "council",
        "approved",
        "spending plan",
        "March 3, 2021",
        "Reaction",
        "Residents",
        "the decision",
    ):
        assert document.text.index(word) == raw.index(word), word
    for markup in ("#", "**", "__", "*", "[", "](", "https://example.org/plan"):
        assert markup not in document.text, markup
    # Blanking only ever turns characters into spaces, and keeps every line break.
    for blanked, original in zip(document.text, raw, strict=True):
        assert blanked == original or (blanked == " " and original != "\n")


def test_markdown_link_keeps_only_its_text(tmp_path: Path) -> None:
    raw = "See [the plan](https://example.org/plan) now.\n"
    file = write(tmp_path / "link.md", raw)

    document = only_document([file])

    target = "](https://example.org/plan)"
    assert document.text == "See " + " " + "the plan" + " " * len(target) + " now.\n"


def test_markdown_with_front_matter_keeps_offsets(tmp_path: Path) -> None:
    raw = (
        "---\n"
        "title: Bridge opens\n"
        "published: 2022-06-01\n"
        "---\n"
        "# Bridge opens\n"
        "\n"
        "The bridge **opened** on May 20, 2022.\n"
    )
    file = write(tmp_path / "bridge.md", raw)

    document = only_document([file])

    assert len(document.text) == len(raw)
    assert document.text.index("opened") == raw.index("opened")
    assert document.text.index("May 20, 2022") == raw.index("May 20, 2022")
    assert document.published is not None
    assert document.published.edtf == "2022-06-01"
    assert "#" not in document.text
    assert "**" not in document.text


_WORDS = st.sampled_from(
    ["news", "Council", "2021", "March 3,", "# ", "## ", "**", "*", "_", "`", "[", "]", "(",
     ")", "[link](https://example.org/x)", "![img](a.png)", "- ", "1. ", "> ", " ", "\n"]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=40), st.booleans())
def test_markdown_blanking_never_moves_text(words: list[str], front_matter: bool) -> None:
    body = "Story " + "".join(words)
    raw = ("---\ntitle: T\npublished: 2021\n---\n" if front_matter else "") + body
    with tempfile.TemporaryDirectory() as folder:
        file = write(Path(folder) / "story.md", raw)
        documents, _ = read_all([file])
    assert len(documents) == 1
    text = documents[0].text
    assert len(text) == len(raw)
    for blanked, original in zip(text, raw, strict=True):
        assert blanked == original or (blanked == " " and original != "\n")
    assert text.index("Story") == raw.index("Story")


def test_title_is_guessed_from_a_headline_first_line(tmp_path: Path) -> None:
    file = write(
        tmp_path / "story.txt", "Council approves budget\n\nThe council voted on Monday.\n"
    )

    assert only_document([file]).title == "Council approves budget"


# --- manifest.csv and the publication date's source ---------------------------------------


def test_manifest_supplies_metadata(tmp_path: Path) -> None:
    write(tmp_path / "council.txt", "The council approved the budget.\n")
    write(
        tmp_path / "manifest.csv",
        MANIFEST_HEADER
        + 'council.txt,"Budget passes, finally",City Gazette,https://example.org/b,2021-03\n',
    )

    document = only_document([tmp_path])

    assert document.title == "Budget passes, finally"
    assert document.source == "City Gazette"
    assert document.url == "https://example.org/b"
    assert document.published is not None
    assert document.published.edtf == "2021-03"
    assert document.published.granularity == "month"
    assert document.published_source == "manifest"


def test_manifest_applies_to_explicitly_given_files(tmp_path: Path) -> None:
    file = write(tmp_path / "council.txt", "The council approved the budget.\n")
    write(tmp_path / "manifest.csv", MANIFEST_HEADER + "council.txt,,,,2021-03-05\n")

    document = only_document([file])

    assert document.published is not None
    assert document.published.edtf == "2021-03-05"
    assert document.published_source == "manifest"


def test_publication_date_precedence(tmp_path: Path) -> None:
    write(
        tmp_path / "a_front.txt",
        "---\ntitle: Front title\npublished: 2022-01-15\nsource: Front Source\n---\nBody A.\n",
    )
    write(tmp_path / "b_manifest.txt", "Body B.\n")
    write(tmp_path / "c_neither.txt", "Body C.\n")
    write(
        tmp_path / "manifest.csv",
        MANIFEST_HEADER
        + "a_front.txt,Manifest A,Manifest Source,,2021-01-01\n"
        + "b_manifest.txt,Manifest B,Gazette,,2021-05\n",
    )

    documents, problems = read_all([tmp_path], default_published="2020")

    assert problems == []
    by_id = {d.id: d for d in documents}
    assert set(by_id) == {"a_front", "b_manifest", "c_neither"}
    front, manifest, neither = by_id["a_front"], by_id["b_manifest"], by_id["c_neither"]
    # Front matter wins over the manifest ...
    assert front.published is not None
    assert front.published.edtf == "2022-01-15"
    assert front.published_source == "front-matter"
    assert front.title == "Front title"
    assert front.source == "Front Source"
    # ... the manifest wins over the option ...
    assert manifest.published is not None
    assert manifest.published.edtf == "2021-05"
    assert manifest.published_source == "manifest"
    assert manifest.title == "Manifest B"
    # ... and the option is the last resort.
    assert neither.published is not None
    assert neither.published.edtf == "2020"
    assert neither.published_source == "option"


def test_without_any_publication_date_the_source_is_none(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", "Body.\n")
    write(tmp_path / "manifest.csv", MANIFEST_HEADER + "story.txt,A title,,,\n")

    document = only_document([tmp_path])

    assert document.published is None
    assert document.published_source is None
    assert document.title == "A title"


def test_manifest_row_for_a_missing_file_is_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "present.txt", "Here.\n")
    write(
        tmp_path / "manifest.csv",
        MANIFEST_HEADER + "present.txt,,,,2021\n" + "absent.txt,,,,2021\n",
    )

    documents, problems = read_all([tmp_path])

    assert [d.id for d in documents] == ["present"]
    assert len(problems) == 1
    assert problems[0].is_error is False
    assert str(tmp_path / "manifest.csv") in problems[0].path
    assert "absent.txt" in problems[0].message


def test_manifest_row_with_a_bad_date_is_an_error_naming_the_line(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", "Good.\n")
    write(tmp_path / "odd.txt", "Odd.\n")
    manifest = write(
        tmp_path / "manifest.csv",
        MANIFEST_HEADER + "good.txt,,,,2021-02\n" + "odd.txt,Odd one,,,not-a-date\n",
    )

    documents, problems = read_all([tmp_path])

    assert len(problems) == 1
    problem = problems[0]
    assert problem.is_error
    # The header is line 1, so the second row is line 3.
    assert problem.path == f"{manifest}:3"
    assert "published" in problem.message
    assert "not-a-date" in problem.message
    # The document is still read; only its date is missing.
    by_id = {d.id: d for d in documents}
    assert set(by_id) == {"good", "odd"}
    assert by_id["odd"].published is None
    assert by_id["odd"].title == "Odd one"
    assert by_id["good"].published is not None
    assert by_id["good"].published.edtf == "2021-02"


def test_manifest_line_numbers_count_blank_lines(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", "Good.\n")
    write(tmp_path / "odd.txt", "Odd.\n")
    manifest = write(
        tmp_path / "manifest.csv",
        MANIFEST_HEADER + "good.txt,,,,2021-02\n" + "\n" + "odd.txt,,,,not-a-date\n",
    )

    _, problems = read_all([tmp_path])

    # The bad row is on line 4 of the file (header, good row, blank line, bad row).
    assert [p.path for p in problems] == [f"{manifest}:4"]


# --- publication dates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "edtf", "granularity"),
    [
        ("2025", "2025", "year"),
        ("2023-05", "2023-05", "month"),
        ("2025-06-04", "2025-06-04", "day"),
        ("June 4, 2025", "2025-06-04", "day"),
        ("2025-06-04T10:00:00Z", "2025-06-04", "day"),
        ("  2025-06-04  ", "2025-06-04", "day"),
    ],
)
def test_parse_published_keeps_the_precision(text: str, edtf: str, granularity: str) -> None:
    value = parse_published(text)

    assert value.edtf == edtf
    assert value.granularity == granularity


def test_parse_published_year_and_month_cover_their_whole_period() -> None:
    year = parse_published("2025")
    assert (year.start, year.end) == (date(2025, 1, 1), date(2025, 12, 31))
    month = parse_published("2024-02")
    assert (month.start, month.end) == (date(2024, 2, 1), date(2024, 2, 29))


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_parse_published_reads_any_day(day: date) -> None:
    for text in (day.isoformat(), f"{day:%B} {day.day}, {day.year}", f"{day.isoformat()}T08:30Z"):
        value = parse_published(text)
        assert value.granularity == "day", text
        assert value.start == value.end == day, text


@pytest.mark.parametrize("text", ["soon", "2025-13", "2025-02-30", "", "last year"])
def test_parse_published_rejects_non_dates(text: str) -> None:
    with pytest.raises(ValueError, match="not a date") as raised:
        parse_published(text)
    message = str(raised.value)
    assert repr(text.strip()) in message
    assert "\n" not in message
    assert "2025-06-04" in message  # shows what a date looks like


# --- bad input ----------------------------------------------------------------------------


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "no-such-folder"


def _empty_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "empty"
    folder.mkdir()
    return folder


def _only_hidden_articles(tmp_path: Path) -> Path:
    folder = tmp_path / "hidden-only"
    write(folder / ".draft.txt", "Hidden.")
    return folder


def _only_pdfs(tmp_path: Path) -> Path:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    (folder / "one.pdf").write_bytes(b"%PDF-1.7\n")
    (folder / "two.PDF").write_bytes(b"%PDF-1.7\n")
    return folder


def _empty_file(tmp_path: Path) -> Path:
    file = tmp_path / "empty.txt"
    file.write_bytes(b"")
    return file


def _blank_file(tmp_path: Path) -> Path:
    file = tmp_path / "blank.md"
    file.write_bytes(b"  \n\n\t\n")
    return file


def _invalid_utf8(tmp_path: Path) -> Path:
    file = tmp_path / "damaged.txt"
    file.write_bytes("Café owners protested on May 1, 2020.".encode() + b" \xff\n")
    return file


def _nul_bytes(tmp_path: Path) -> Path:
    file = tmp_path / "binary.txt"
    file.write_bytes(b"The council\x00 met.\n")
    return file


def _unsupported_suffix(tmp_path: Path) -> Path:
    return write(tmp_path / "story.rtf", "The council met on May 1, 2020.\n")


def _front_matter_only(tmp_path: Path) -> Path:
    return write(tmp_path / "meta.md", "---\ntitle: Only metadata\npublished: 2021\n---\n")


BAD_INPUTS: dict[str, Callable[[Path], Path]] = {
    "missing path": _missing,
    "empty folder": _empty_folder,
    "folder with only hidden articles": _only_hidden_articles,
    "folder with only pdf files": _only_pdfs,
    "empty file": _empty_file,
    "blank file": _blank_file,
    "invalid utf-8": _invalid_utf8,
    "nul bytes": _nul_bytes,
    "unsupported suffix": _unsupported_suffix,
    "front matter only": _front_matter_only,
}


@pytest.mark.parametrize("kind", list(BAD_INPUTS))
def test_bad_input_is_one_problem_and_good_files_are_still_read(tmp_path: Path, kind: str) -> None:
    before = write(tmp_path / "good" / "before.txt", "The council met on May 1, 2020.\n")
    after = write(tmp_path / "good" / "after.md", "The mayor resigned in 2019.\n")
    bad = BAD_INPUTS[kind](tmp_path)

    documents, problems = read_all([before, bad, after])

    assert len(problems) == 1
    assert problems[0].path == str(bad)
    assert problems[0].is_error
    assert problems[0].message.strip()
    assert str(bad) in str(problems[0])
    assert [d.path for d in documents] == [str(before), str(after)]
    assert [d.id for d in documents] == ["before", "after"]


def test_bad_files_inside_a_folder_do_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path / "a_good.txt", "The council met on May 1, 2020.\n")
    (tmp_path / "b_damaged.txt").write_bytes(b"Caf\xc3\xa9 society\xff.\n")
    (tmp_path / "c_binary.md").write_bytes(b"\x00\x01\x02")
    (tmp_path / "d_empty.txt").write_bytes(b"")
    write(tmp_path / "e_good.md", "The mayor resigned in 2019.\n")

    documents, problems = read_all([tmp_path])

    assert [d.id for d in documents] == ["a_good", "e_good"]
    assert sorted(p.path for p in problems) == [
        str(tmp_path / "b_damaged.txt"),
        str(tmp_path / "c_binary.md"),
        str(tmp_path / "d_empty.txt"),
    ]
    assert all(p.is_error for p in problems)


def test_invalid_utf8_problem_says_where(tmp_path: Path) -> None:
    file = tmp_path / "damaged.txt"
    file.write_bytes(b"Caf\xc3\xa9 \xe9.\n")

    _, problems = read_all([file])

    assert len(problems) == 1
    assert "UTF-8" in problems[0].message
    assert "0xe9 at position 6" in problems[0].message


def test_latin1_text_is_read_as_windows_1252_with_a_warning(tmp_path: Path) -> None:
    file = tmp_path / "latin1.txt"
    file.write_bytes("Caf\xe9 owners met \u201ctoday\u201d.\n".encode("cp1252"))

    documents, problems = read_all([file])

    assert [d.text for d in documents] == ["Caf\xe9 owners met \u201ctoday\u201d.\n"]
    assert [(p.path, p.is_error) for p in problems] == [(str(file), False)]
    assert "Windows-1252" in problems[0].message


def test_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    file = tmp_path / "bom.txt"
    file.write_bytes(b"\xef\xbb\xbfThe council met.\n")

    document = only_document([file])

    assert document.text == "The council met.\n"


# --- found in review ----------------------------------------------------------------------


def test_unclosed_front_matter_is_a_warning_and_read_as_text(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "---\ntitle: Draft\nThe council met in 2019.\n")
    documents, problems = read_all([tmp_path])
    assert len(documents) == 1 and "council met" in documents[0].text
    assert [(p.path, p.is_error) for p in problems] == [(str(tmp_path / "a.txt"), False)]
    assert "closing" in problems[0].message


def test_front_matter_comments_are_dropped(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "---\npublished: 2020-05 # from the print edition\n---\nText.\n")
    document = only_document([tmp_path])
    assert document.published is not None and document.published.edtf == "2020-05"


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    article = write(tmp_path / "a.txt", "The council met in 2019.\n")
    documents, problems = read_all([tmp_path, article])
    assert problems == []
    assert [d.id for d in documents] == ["a"]


def test_jsonl_records_become_documents(tmp_path: Path) -> None:
    write(
        tmp_path / "feed.jsonl",
        '{"id": "r1", "title": "One", "text": "The council met in 2019.", "published": "2020-05"}\n'
        '{"doc_id": "r2", "text": "It voted on Friday.", "dct": "2020-06-05"}\n'
        '{"id": "r3", "text": ""}\n'
        "not json\n",
    )
    documents, problems = read_all([tmp_path])
    assert [(d.id, d.title, d.published.edtf if d.published else None) for d in documents] == [
        ("r1", "One", "2020-05"),
        ("r2", None, "2020-06-05"),
    ]
    assert [p.path for p in problems] == [
        f"{tmp_path / 'feed.jsonl'}:3",
        f"{tmp_path / 'feed.jsonl'}:4",
    ]
    assert all(p.is_error for p in problems)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("HARTFORD, Conn. (AP) — A federal jury convicted him.", "A federal jury convicted him."),
        ("CHICAGO — Another police union spoke.", "Another police union spoke."),
        ("WASHINGTON _ The economy created jobs.", "The economy created jobs."),
        ("TALLINN, Estonia (Reuters) - The port reopened.", "The port reopened."),
        ("OSLO - Ferries resumed.", "Ferries resumed."),
        ("FTSE-100 rose 2 points.", "FTSE-100 rose 2 points."),
        (
            "U.S. officials said — again — that talks failed.",
            "U.S. officials said — again — that talks failed.",
        ),
    ],
)
def test_datelines_are_blanked_in_place(tmp_path: Path, line: str, kept: str) -> None:
    write(tmp_path / "a.txt", line + "\n")
    document = only_document([tmp_path])
    assert document.text.strip() == kept
    assert len(document.text) == len(line) + 1


PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council approves budget | Springfield Gazette</title>
<meta property="og:site_name" content="Springfield Gazette">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<link rel="canonical" href="https://gazette.example/council-budget"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> Subscribe today!</nav>
<article><h1>Council approves budget</h1>
<p>The Springfield City Council approved the budget on Monday after a six-hour debate.</p>
<p>The council first proposed the spending plan in November 2023, and residents spoke
against it at a public hearing on Feb. 12.</p></article>
<footer>© 2024 Springfield Gazette. All rights reserved.</footer></body></html>"""


def test_a_saved_web_page_gives_its_article_and_date(tmp_path: Path) -> None:
    write(tmp_path / "story.html", PAGE)
    document = only_document([tmp_path])
    assert "approved the budget on Monday" in document.text
    assert "Subscribe today" not in document.text and "All rights reserved" not in document.text
    assert document.published is not None and document.published.edtf == "2024-03-05"
    assert document.published_source == "page"
    assert (document.title, document.url) == (
        "Council approves budget",
        "https://gazette.example/council-budget",
    )


def test_the_manifest_date_wins_over_the_page(tmp_path: Path) -> None:
    write(tmp_path / "story.htm", PAGE)
    write(tmp_path / "manifest.csv", "file,title,source,url,published\nstory.htm,,,,2024-03\n")
    document = only_document([tmp_path])
    assert document.published is not None and document.published.edtf == "2024-03"
    assert document.published_source == "manifest"


def test_a_page_without_an_article_is_a_problem(tmp_path: Path) -> None:
    write(tmp_path / "empty.html", "<html><body><nav>Home</nav></body></html>")
    write(tmp_path / "good.txt", "The council met in 2019.\n")
    documents, problems = read_all([tmp_path])
    assert [d.id for d in documents] == ["good"]
    assert [(p.path, p.message) for p in problems] == [
        (str(tmp_path / "empty.html"), "no article text found in this page")
    ]


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Le conseil municipal a approuvé le budget mardi. La maire a salué le vote et a déclaré "
         "que la ville dépenserait plus pour les écoles et les transports publics.", False),
        ("El consejo municipal aprobó el presupuesto el martes. La alcaldesa elogió la votación "
         "y dijo que la ciudad gastará más en escuelas y transporte público.", False),
        ("Городской совет утвердил бюджет во вторник. Мэр похвалил голосование и сказал, что "
         "город потратит больше на школы, дороги и общественный транспорт в ближайшие годы.",
         False),
        ("Monday's rubber prices in Singapore cents per kilo:\n\nBuyers Sellers\n\nInt 2 RSS May "
         "156.50 157.50 Nominal (N)\nInt 3 RSS May 156.50 157.50 N\nInt 4 RSS May 151.25 "
         "152.25 N\nInt 5 RSS June 147.50 148.50 N\n", True),
        ("Valencia 1 (Vicente 74) Athletic Bilbao 1 (Etxeberria 57)\nReal Sociedad v Villarreal "
         "- late kickoff\nSunday\nAtletico Madrid v Alaves, Deportivo La Coruna v Cadiz, Getafe "
         "v Racing Santander, Osasuna v Mallorca\n", True),
    ],
)  # fmt: skip
def test_text_in_another_language_is_read_with_a_warning(
    tmp_path: Path, text: str, english: bool
) -> None:
    write(tmp_path / "a.txt", text)
    documents, problems = read_all([tmp_path])
    assert len(documents) == 1
    assert [p.message for p in problems] == ([] if english else [NOT_ENGLISH])


def test_special_paths_given_explicitly_are_one_problem_each(tmp_path: Path) -> None:
    import os

    pipe, broken, loop = tmp_path / "pipe.txt", tmp_path / "broken.txt", tmp_path / "loop.txt"
    os.mkfifo(pipe)
    broken.symlink_to(tmp_path / "nowhere.txt")
    loop.symlink_to(loop)

    documents, problems = read_all([pipe, broken, loop])

    assert documents == []
    assert [(p.path, p.message, p.is_error) for p in problems] == [
        (str(pipe), "is a named pipe (FIFO), not a file or folder", True),
        (str(broken), f"is a broken symbolic link (to {tmp_path / 'nowhere.txt'}: "
                      "No such file or directory)", True),
        (str(loop), "is a broken symbolic link (a loop of links)", True),
    ]  # fmt: skip


def test_a_folder_that_cannot_be_listed_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root lists any folder, so the refusal is simulated where the folder is listed."""
    import errno
    import os

    write(tmp_path / "a.txt", "The council met in 2019.\n")
    locked = tmp_path / "locked"
    write(locked / "b.txt", "The mayor resigned in 2018.\n")
    real_scandir = os.scandir

    def scandir(path: object) -> object:
        if str(path) == str(locked):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    documents, problems = read_all([tmp_path])

    assert [d.id for d in documents] == ["a"]
    assert [(p.path, p.message, p.is_error) for p in problems] == [
        (str(locked), "folder cannot be read: Permission denied", True)
    ]
