"""One event retold by articles of one story in other words: a person counted by age in one
("a 64-year-old man in Vermont died") and named in the other ("Walter Greaves, 64, who
died on March 3"), places that only describe a thing ("a Vermont man", "its Oregon plant"),
and verbs news uses for one act ("resume" / "restart production"). Two ages are two people."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.articles import events_in, told_together, write_article

pytestmark = pytest.mark.model

_OUTBREAK = (
    "Health officials in Ostrava County said the Pell Creek Dairy outbreak has made 40 people "
    "ill. The two people who died were a 64-year-old man in Vermont, who died earlier this "
    "month, and an 83-year-old woman in Maine. Pell Creek Dairy recalled its cheese on March 12."
)


def _lawsuit(age: int) -> str:
    return (
        "Pell Creek Dairy was sued in Ostrava County court on Wednesday. The lawsuit seeks "
        f"$5 million on behalf of the family of Walter Greaves, {age}, who died on March 3 at "
        "Ridgefield General Hospital."
    )


def test_a_person_counted_by_age_and_named_with_it_is_one_person(tmp_path: Path) -> None:
    write_article(tmp_path, "a", "2025-03-20", _OUTBREAK)
    write_article(tmp_path, "b", "2025-04-10", _lawsuit(64))
    [event] = told_together(tmp_path, "a", "b")
    assert event.date.edtf == "2025-03-03"


def test_a_person_of_another_age_is_another_person(tmp_path: Path) -> None:
    write_article(tmp_path, "a", "2025-03-20", _OUTBREAK)
    write_article(tmp_path, "b", "2025-04-10", _lawsuit(52))
    assert told_together(tmp_path, "a", "b") == []


def test_two_arrests_of_drivers_of_two_ages_are_two_events(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a",
        "2025-03-12",
        "Police in Dorrin arrested a 34-year-old driver on Tuesday after the Harwick Street "
        "crash that killed two cyclists.",
    )
    write_article(
        tmp_path,
        "b",
        "2025-03-12",
        "Police in Dorrin arrested a 19-year-old driver on Tuesday after a chase near Harwick "
        "Street, Dorrin police said.",
    )
    assert told_together(tmp_path, "a", "b") == []


def _suit(where: str) -> str:
    return (
        "Pell Creek Dairy reported a loss on Wednesday. Pell Creek Dairy faces at least 12 "
        "lawsuits over the Ostrava outbreak, including a wrongful-death suit filed last month "
        f"{where}."
    )


_SUED = (
    "The family of a retired Ridgefield teacher who died after eating cheese linked to the "
    "Ostrava outbreak sued Pell Creek Dairy on Tuesday, accusing the company of ignoring "
    "warnings about its Oregon plant."
)


def test_places_that_describe_things_are_no_two_settings(tmp_path: Path) -> None:
    write_article(tmp_path, "a", "2025-05-08", _suit("by the family of a Vermont man"))
    write_article(tmp_path, "b", "2025-04-09", _SUED)
    [event] = told_together(tmp_path, "a", "b")
    assert event.date.edtf == "2025-04-08"


def test_acts_told_in_two_places_stay_two(tmp_path: Path) -> None:
    write_article(tmp_path, "a", "2025-05-08", _suit("in Vermont by the family of a teacher"))
    write_article(tmp_path, "b", "2025-04-09", _SUED.replace("its Oregon plant", "Oregon"))
    assert told_together(tmp_path, "a", "b") == []


def test_resuming_and_restarting_production_is_one_act(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a",
        "2025-03-05",
        "Pell Creek Dairy has closed its Ostrava plant. The company hoped to resume production "
        "in May after replacing drains, according to a memo seen by the Ostrava Record.",
    )
    write_article(
        tmp_path,
        "b",
        "2025-05-08",
        "Pell Creek Dairy reported a loss on Wednesday. Its Ostrava plant passed an inspection "
        "last week. It will restart production on May 19 at about half its previous output.",
    )
    [event] = told_together(tmp_path, "a", "b")
    assert event.date.edtf == "2025-05-19"
    assert len([e for e in events_in(tmp_path) if "production" in e.title]) == 1
