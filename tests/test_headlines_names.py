"""Who a headline names: a name in apposition, the whole phrase a clause after a comma is
about, the number of its verb, and a name that stands in for one member of a list only.
Through `build_timeline`, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import titles

pytestmark = pytest.mark.model


def test_a_name_in_apposition_is_kept_between_its_commas(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The regional governor, Maria Lindqvist, 58, resigned on Tuesday after a dispute "
        "over the budget.",
    )
    assert found["2024-05-07"].startswith("The regional governor, Maria Lindqvist, resigned")


def test_a_title_and_name_in_apposition_are_kept(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Officials met in the capital on Wednesday. The interim chairman, deputy finance "
        "minister Olek Marrow, spoke on television late Thursday promising calm.",
    )
    assert "Olek Marrow" in found["2024-05-09"]
    assert found["2024-05-09"].startswith("The interim chairman, deputy finance minister")


def test_a_name_after_a_description_without_commas_is_kept(nlp: Any, tmp_path: Path) -> None:
    found = titles(tmp_path, "Defending champion Norway beat Sweden 3-1 on Sunday.")
    assert found["2024-05-05"].startswith("Defending champion Norway beat Sweden")


def test_a_short_form_in_brackets_is_not_a_name(nlp: Any, tmp_path: Path) -> None:
    found = titles(tmp_path, "The national rail operator (NRO) cancelled 40 trains on Monday.")
    assert found["2024-05-06"] == "The national rail operator cancelled 40 trains"


def test_a_name_stands_in_for_its_own_member_of_a_list_only(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Nordvik Energy said on Monday it would build a gas plant near the port. "
        "On Tuesday, the company and the city signed the lease for the site.",
    )
    assert "Nordvik Energy" in found["2024-05-07"]
    assert "and the city signed the lease" in found["2024-05-07"]


def test_a_number_standing_for_people_takes_were(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path, "The four arrested on Monday had been accused of smuggling cigarettes."
    )
    assert found["2024-05-06"].startswith("The four were arrested")


def test_which_after_a_comma_is_about_the_noun_its_verb_agrees_with(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "Union leaders did not mention the export ban on Danish farms, which was announced "
        "by the ministry on Monday.",
    )
    assert found["2024-05-06"].startswith("The export ban on Danish farms was announced")


def test_a_quotation_told_after_its_verb_reads_as_reported_speech(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        'Fire chief Anna Berg told reporters on Thursday: "It is going to take days to put '
        'out the fire."',
    )
    # the quotation's "is going to" does not move the telling after the article's date
    assert found["2024-05-09"].startswith("Fire chief Anna Berg told reporters it is going")


def test_an_aside_between_dashes_is_left_out(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The board voted on Monday to close two plants in Ohio -- the last of its factories "
        "in the state -- but keep its offices.",
    )
    assert found["2024-05-06"] == "The board voted to close two plants in Ohio"


def test_a_long_subject_keeps_the_name_that_says_which_one(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The main cooling tower of a large power plant of the northern branch of Vattenkraft "
        "exploded on Monday, forcing the plant to shut down.",
    )
    assert found["2024-05-06"].endswith("of Vattenkraft exploded")


def test_it_after_a_name_the_tagger_took_for_a_noun_is_that_name(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The European Space Agency launched its Boreal satellite on Monday. Arianespace, which "
        "operates the rocket, said it planned two more flights before the end of June.",
    )
    assert found["2024-06"].startswith("Arianespace planned two more flights")


def test_a_closing_source_the_parse_hung_elsewhere_still_says_it(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The state has given Chad 30 million dollars for projects including agriculture, "
        "forestry and health, the US Information Service (USIS) said Wednesday.",
    )
    assert found["2024-05-08"].startswith("The US Information Service said the state has")


def test_no_comma_parts_a_subject_from_its_verb(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The Danish contingent of nearly 300 soldiers, is due to reach Kabul on Friday, "
        "officials said. Some 2,000 nurses, including 300 midwives, will return to work on "
        "Sunday.",
    )
    assert found["2024-05-10"].startswith("The Danish contingent of nearly 300 soldiers is due")
    assert found["2024-05-12"].startswith("Some 2,000 nurses, including 300 midwives, will")


def test_a_possessive_of_the_subject_is_the_subject_above(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Skanair said in April that its losses this year would surpass 90 million euros.",
    )
    assert found["2024"].startswith("Skanair's losses would surpass")


def test_it_after_a_description_with_a_name_is_that_description(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The United Left coalition said it hoped to form a new government after electing "
        "a leader on Friday.",
    )
    assert any(t.startswith("The United Left coalition hoped") for t in found.values())


def test_a_past_tense_read_as_a_participle_of_the_only_noun_takes_no_was(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "Chad's main opposition group called Monday for a boycott of next month's elections, "
        "calling them a sham.",
    )
    assert not any(" was called" in t for t in found.values())
