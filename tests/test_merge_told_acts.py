"""One act told with other words by two articles of one story: a deciding verb tells the act of
its "to" clause ("voted to approve" is the approval another article tells as "passed"), and a
strike is "going on strike" or "walking off the job"; a plan joins the act done on its date.
Other acts on the same day stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.articles import told_together, write_article

pytestmark = pytest.mark.model

_VOTE = (
    "The Brenton City Council voted 7-2 on Tuesday night to approve an ordinance that lets "
    "Harlow County landlords build cottages behind houses."
)
_STRIKE = (
    "Nurses at Halvorsen General Hospital in Ostrava County will go on strike on May 4 if the "
    "hospital does not agree to hire more staff, their union said on Friday."
)


def test_voted_to_approve_is_the_approval_another_article_tells(tmp_path: Path) -> None:
    write_article(tmp_path, "a", "2025-03-12", _VOTE)
    write_article(
        tmp_path,
        "b",
        "2025-04-20",
        "The Brenton City Council passed the ordinance 7-2 last month, and Harlow County "
        "builders have filed 40 permits since.",
    )
    [event] = told_together(tmp_path, "a", "b")
    assert event.date.edtf == "2025-03-11"


def test_voted_to_reject_is_not_a_passing_on_the_same_day(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a",
        "2025-03-12",
        "The Brenton City Council voted 7-2 on Tuesday to reject a zoning code that would let "
        "Harlow County landlords build cottages.",
    )
    write_article(
        tmp_path,
        "b",
        "2025-03-13",
        "The Brenton City Council passed the Harlow County budget on Tuesday.",
    )
    assert told_together(tmp_path, "a", "b") == []


def test_going_on_strike_is_walking_off_the_job(tmp_path: Path) -> None:
    write_article(tmp_path, "a", "2025-04-26", _STRIKE)
    write_article(
        tmp_path,
        "b",
        "2025-05-05",
        "Nurses at Halvorsen General Hospital walked off the job on Sunday, and Ostrava County "
        "sent patients to other hospitals.",
    )
    [event] = told_together(tmp_path, "a", "b")
    assert event.date.edtf == "2025-05-04"


def test_a_strike_and_a_protest_on_its_day_stay_apart(tmp_path: Path) -> None:
    write_article(tmp_path, "a", "2025-04-26", _STRIKE)
    write_article(
        tmp_path,
        "b",
        "2025-05-05",
        "Patients of Halvorsen General Hospital protested outside Ostrava County offices on "
        "Sunday.",
    )
    assert told_together(tmp_path, "a", "b") == []


_MOTION = (
    "Lawmakers in Norvia filed a motion of no confidence in Health Minister Ilse Marr over the "
    "cholera outbreak. "
)
_SURVIVED = (
    "Health Minister Ilse Marr, who survived a no-confidence vote in the parliament on Aug. 7 "
    "by 70 votes to 40, said the cholera outbreak in Norvia was over."
)


def test_a_plan_joins_the_deed_told_after_it(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a", "2025-08-04", _MOTION + "Parliament is expected to vote on it on Thursday."
    )
    write_article(tmp_path, "b", "2025-09-10", _SURVIVED)
    [event] = told_together(tmp_path, "a", "b")
    assert event.date.edtf == "2025-08-07"


def test_a_plan_about_another_thing_stays_apart_from_a_deed_on_its_day(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a",
        "2025-08-04",
        _MOTION + "Parliament is expected to vote on the fuel tax bill on Thursday.",
    )
    write_article(tmp_path, "b", "2025-09-10", _SURVIVED)
    assert told_together(tmp_path, "a", "b") == []


def test_a_raid_told_coarsely_is_the_arrests_told_on_their_day(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a",
        "2025-10-05",
        "Immigration agents arrested 30 workers at the Brightwater meat plant in Castor County "
        "on Oct. 2, and the county jail held 12 of them.",
    )
    write_article(
        tmp_path,
        "b",
        "2025-11-20",
        "Castor County passed an ordinance last week. Supporters say it was a response to a "
        "raid in October at the Brightwater meat plant, in which immigration agents arrested "
        "30 workers.",
    )
    [event] = told_together(tmp_path, "a", "b")
    assert event.date.edtf == "2025-10-02"
