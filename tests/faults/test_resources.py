"""Resources: text whose analysis would take unbounded time is blanked (a run of marks, a
stretch without letters, a chunk without spaces) or its document skipped, with a message,
before any analysis; a document over spaCy's `max_length` is a one-line error, not an
exception. (Timings are in README, "Bad input", and `benchmarks/hostile.py`; no test here is
timed.)"""

from __future__ import annotations

import base64
import random
from pathlib import Path

import pytest

from tests.faults.conftest import GOOD_DATE, extract, write_good
from timeline.ingest import MAX_DATE_WORDS, MAX_RUN_WORDS, neutralise, pathological
from timeline.ingest.guards import MAX_CHUNK, MAX_MARK_RUN, MAX_TOKENS, MAX_WORDLESS

BEFORE = "The council approved the budget on March 3, 2021.\n"
AFTER = "\nThe mayor resigned on April 5, 2021.\n"
# Text spaCy's tokenizer takes time in the square of (runs of marks it peels one at a time),
# or that holds nothing to read but costs the model by token; each a little over its limit.
HOSTILE = {
    "punctuation": ".,;:!?" * 400,
    "brackets": "(" * 1_000 + ")" * 1_000,
    "emoji": "\U0001f600\u2603" * 500,
    "apostrophes": "x" + "'s" * 1_000,
    "marks": " ".join(random.Random(1).choices(".,;:!?()", k=1_200)),
    "blob": base64.b64encode(random.Random(1).randbytes(1_600)).decode(),
    "address": "https://example.com/" + "a/b?c=d&" * 300,
}


def test_blanking_keeps_offsets_and_spares_articles() -> None:
    text = f"{BEFORE}{'!' * (MAX_MARK_RUN + 1)} {'; ' * MAX_WORDLESS}{'x' * (MAX_CHUNK + 1)}"
    blanked, note = neutralise(f"{text}{AFTER}")
    assert note is not None and blanked == f"{BEFORE}{' ' * (len(text) - len(BEFORE))}{AFTER}"
    edge = f"{'!' * MAX_MARK_RUN}a{' -' * (MAX_WORDLESS // 2)}a {'x' * MAX_CHUNK}"
    assert neutralise(edge) == (edge, None)
    article = 'An article (with a link: https://example.com/a?b=c&d=e) -- and "quotes"!\n'
    assert neutralise(article * 1_000) == (article * 1_000, None)


def test_limits_are_on_the_edge() -> None:
    assert pathological("word " * MAX_RUN_WORDS) is None
    assert pathological("word " * (MAX_RUN_WORDS + 1)) is not None
    assert pathological("In 2020.\n" * MAX_DATE_WORDS) is None
    assert pathological("In 2020.\n" * (MAX_DATE_WORDS + 1)) is not None
    assert pathological("A normal article. It has sentences.\n" * 10_000) is None
    assert pathological("a!" * (MAX_TOKENS // 2) + "\n") is None
    assert pathological("a!" * (MAX_TOKENS // 2 + 1) + "\n") is not None
    assert pathological("In the 1980s.\n" * MAX_DATE_WORDS) is None
    assert pathological("In the 1980s.\n" * (MAX_DATE_WORDS + 1)) is not None


@pytest.mark.model
def test_hostile_text_is_blanked_and_the_rest_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    for name, hostile in HOSTILE.items():
        (folder / f"{name}.txt").write_text(f"{BEFORE}{hostile}{AFTER}", encoding="utf-8")

    outcome = extract(folder, "--published", "2021-06", out=tmp_path / "out.json")

    assert outcome.exit_code == 0, outcome.stderr
    assert GOOD_DATE in outcome.dates_of("good")
    for name in HOSTILE:
        lines = outcome.lines_naming(f"{name}.txt")
        assert len(lines) == 1, (name, outcome.stderr)
        assert lines[0].startswith("warning: ") and "blanked, the rest is read" in lines[0]
        assert {"2021-03-03", "2021-04-05"} <= set(outcome.dates_of(name)), name


@pytest.mark.model
def test_documents_too_costly_as_a_whole_are_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    # more words and marks than the longest prose (no run of marks, no endless sentence)
    dense = ("a!" * 999 + " ") * (MAX_TOKENS // 1_998 + 1)
    (folder / "dense.txt").write_text(f"{BEFORE}{dense}{AFTER}", encoding="utf-8")
    # an endless sentence of figures joined by marks: few words for `str.split`
    figures = " ".join("-".join(map(str, range(n, n + 100))) for n in range(0, 1_100, 100))
    (folder / "figures.txt").write_text(f"{BEFORE}{figures}{AFTER}", encoding="utf-8")
    # time expressions that are no year, month or weekday: decades, "ago"
    decades = "".join(
        f"Prices rose in the {1000 + 10 * (n % 100)}s, the {1010 + 10 * (n % 99)}s"
        f" and the {1020 + 10 * (n % 98)}s.\n"
        for n in range(MAX_DATE_WORDS // 3 + 1)
    )
    (folder / "decades.txt").write_text(decades, encoding="utf-8")
    ago = "He left a week ago, came back two days ago and called an hour ago.\n"
    (folder / "ago.txt").write_text(ago * (MAX_DATE_WORDS // 3 + 1), encoding="utf-8")

    outcome = extract(folder, "--published", "2021-06", out=tmp_path / "out.json")

    assert outcome.exit_code == 0, outcome.stderr
    assert outcome.document_ids() == ["good"]
    assert GOOD_DATE in outcome.dates_of("good")
    (line,) = outcome.lines_naming("figures.txt")
    assert line.startswith("warning: ") and "has a sentence of 1,100 words" in line
    (line,) = outcome.lines_naming("dense.txt")
    assert line.startswith("warning: ") and f"over the limit of {MAX_TOKENS:,}" in line
    for name in ("decades.txt", "ago.txt"):
        (line,) = outcome.lines_naming(name)
        assert line.startswith("warning: ")
        assert f"has over {MAX_DATE_WORDS:,} time expressions" in line and "skipped" in line


@pytest.mark.model
def test_pathological_documents_are_skipped_with_a_message(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    (folder / "one_sentence.txt").write_text("and then " * 555_556 + ".\n")  # 5 MB
    (folder / "dates_in_a_line.txt").write_text("2020 " * 100_000 + "\n")
    (folder / "dates_in_lines.txt").write_text("2020.\n" * 100_000)

    outcome = extract(folder, "--published", "2021-06", out=tmp_path / "out.json")

    assert outcome.exit_code == 0, outcome.stderr
    assert GOOD_DATE in outcome.dates_of("good")
    (one,) = outcome.lines_naming("one_sentence.txt")
    assert one.startswith("warning: ") and "has a sentence of 1,111,112 words" in one
    (line,) = outcome.lines_naming("dates_in_a_line.txt")
    assert "has a sentence of 100,000 words" in line
    (lines,) = outcome.lines_naming("dates_in_lines.txt")
    assert f"has 100,000 date-like words, over the limit of {MAX_DATE_WORDS:,}" in lines
    assert outcome.document_ids() == ["good"]


@pytest.mark.model
def test_a_document_over_the_pipelines_max_length_is_one_error(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    (folder / "long.txt").write_text("The council met and talked at length.\n" * 30_000)

    outcome = extract(folder, "--published", "2021-06", out=tmp_path / "out.json")

    assert outcome.exit_code == 1
    (line,) = outcome.lines_naming("long.txt")
    assert line.startswith("error: ") and "too long to analyse (1,140,000 characters" in line
    assert GOOD_DATE in outcome.dates_of("good")


def test_readme_states_the_limits() -> None:
    from tests.conftest import ROOT
    from timeline.ingest import DEFAULT_MAX_BYTES
    from timeline.ingest.guards import MAX_CHUNK, MAX_MARK_RUN, MAX_TOKENS, MAX_WORDLESS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Bad input") : readme.index("## Development")]
    assert f"default **{DEFAULT_MAX_BYTES:,} bytes**" in section
    assert f"more than {MAX_RUN_WORDS:,} words" in section
    assert f"more than {MAX_DATE_WORDS:,} date-like words" in section
    assert f"a run of more than {MAX_MARK_RUN:,} punctuation marks" in section
    assert f"more than {MAX_WORDLESS:,} characters of a line without a letter" in section
    assert f"more than {MAX_CHUNK:,} characters without a space" in section
    assert f"more than {MAX_TOKENS:,} words and punctuation marks" in section
