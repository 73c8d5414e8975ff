"""Resources: documents whose analysis would take unbounded time are skipped with a message
before any analysis; a document over spaCy's `max_length` is a one-line error, not an
exception. (Timings are in README, "Bad input"; no test here is timed.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.conftest import GOOD_DATE, extract, write_good
from timeline.ingest import MAX_DATE_WORDS, MAX_RUN_WORDS, pathological


def test_limits_are_on_the_edge() -> None:
    assert pathological("word " * MAX_RUN_WORDS) is None
    assert pathological("word " * (MAX_RUN_WORDS + 1)) is not None
    assert pathological("In 2020.\n" * MAX_DATE_WORDS) is None
    assert pathological("In 2020.\n" * (MAX_DATE_WORDS + 1)) is not None
    assert pathological("A normal article. It has sentences.\n" * 10_000) is None


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

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Bad input") : readme.index("## Development")]
    assert f"default **{DEFAULT_MAX_BYTES:,} bytes**" in section
    assert f"more than {MAX_RUN_WORDS:,} words" in section
    assert f"more than {MAX_DATE_WORDS:,} date-like words" in section
