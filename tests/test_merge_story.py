"""Two articles of one story tell its events in their own words and names ("Kelvaria's health
ministry", "the ministry"): the same act done to the same thing, at dates that agree, is one
event when the articles share the story's names (issue 13, item 8); the same words in
articles of two stories, or about two named things, stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.articles import told_together, write_article

pytestmark = pytest.mark.model

_CHOLERA = (
    "Kelvaria's health ministry declared a cholera outbreak in the northern province of "
    "Danmere on Tuesday after nine deaths in Sorrel."
)
_VACCINES = (
    "Vaccination teams reached Sorrel, the capital of Danmere province, on Monday. The "
    "ministry declared the outbreak on July 15, two weeks after floods wrecked the city's "
    "water plant. Kelvaria has asked for 400,000 doses."
)


def test_one_act_told_in_two_articles_of_a_story_is_one_event(tmp_path: Path) -> None:
    write_article(tmp_path, "a", "2025-07-16", _CHOLERA)
    write_article(tmp_path, "b", "2025-08-05", _VACCINES)
    [event] = told_together(tmp_path, "a", "b")
    assert event.date.edtf == "2025-07-15"


def test_the_finer_date_joins_the_coarser_one_of_the_same_story(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a",
        "2025-08-05",
        "Health Minister Teodor Varga dismissed Danmere's health director, Ansel Brook, on "
        "Friday, saying Sorrel's water plant had been left to fail.",
    )
    write_article(
        tmp_path,
        "b",
        "2025-09-18",
        "In Danmere the former provincial health director was sacked in August, and Sorrel "
        "has a new water plant.",
    )
    [event] = told_together(tmp_path, "a", "b")
    assert event.date.edtf == "2025-08-01"


def test_the_same_words_in_articles_of_two_stories_stay_apart(tmp_path: Path) -> None:
    write_article(tmp_path, "a", "2025-07-16", _CHOLERA)
    write_article(
        tmp_path,
        "b",
        "2025-07-16",
        "Officials in Norvia's Kessel region counted 40 cases of measles. The ministry "
        "declared the outbreak on Tuesday, the first in Kessel since 2011.",
    )
    assert told_together(tmp_path, "a", "b") == []


def test_two_named_polls_of_one_story_stay_apart(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a",
        "2025-04-22",
        "Labour leads the Conservatives in Danmere by nine points. The ICM poll was carried "
        "out on Sunday and Monday among 1,004 voters in Sorrel and Danmere.",
    )
    write_article(
        tmp_path,
        "b",
        "2025-04-24",
        "Labour's lead in Danmere narrowed in Sorrel. The Channel 4 poll was carried out "
        "between Friday and Wednesday.",
    )
    assert told_together(tmp_path, "a", "b") == []


def test_a_lawsuit_brought_is_the_suit_filed_under_a_dateline(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a",
        "2026-02-11",
        "COLUMBUS, Ohio (MPS) — The U.S. Justice Department sued the city of Merridale on "
        "Tuesday over its Community Trust ordinance.",
    )
    write_article(
        tmp_path,
        "b",
        "2026-04-23",
        "The Justice Department had brought its lawsuit in February, saying Merridale's "
        "Community Trust ordinance broke federal law.",
    )
    [event] = told_together(tmp_path, "a", "b")
    assert event.date.edtf == "2026-02-10"
    subjects = [p.text for p in event.participants if p.role == "subject"]
    assert subjects == ["The U.S. Justice Department"]  # not the dateline's "COLUMBUS"
