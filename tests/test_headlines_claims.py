"""Who says so: a row of an act that a verb of saying reports, dated apart from the saying,
keeps its source after the headline; not when the source tells its own act or plan, nor
through another verb ("hoped") or an "and" of the saying. Through `build_timeline`, on
sentences written for these tests (an article of Friday 2024-05-10)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import titles
from timeline.events.speech import lowered

pytestmark = pytest.mark.model


def test_an_act_told_by_another_keeps_who_says_so(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "An airstrike in the south this week killed up to 30 fighters, the governor of the "
        "province said on Wednesday.",
    )
    assert found["2024-05-06/2024-05-12"] == (
        "An airstrike in the south killed up to 30 fighters, the governor of the province said"
    )
    assert found["2024-05-08"].startswith("The governor of the province said an airstrike")


def test_a_quoted_act_keeps_its_source(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        '"A military transport plane entered our airspace without permission on Tuesday," the '
        "defence forces said in a statement.",
    )
    assert found["2024-05-07"].endswith(", the defence forces said")


def test_a_denied_act_always_keeps_the_denial(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The Xinhua news agency on Thursday denied that its former bureau chief had killed "
        "himself on Monday.",
    )
    assert found["2024-05-06"].endswith("the Xinhua news agency denied")


def test_a_source_telling_its_own_plan_or_figures_is_not_repeated(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Velta said on Monday it would cut 200 jobs in 2027.\n\n"
        "The carmaker said its sales fell 5 percent in March.\n\n"
        "The airline will start flying to Peru in June, the carrier said.",
    )
    assert "said" not in found["2027"]
    assert "said" not in found["2024-03"]
    assert "said" not in found["2024-06"]


def test_an_act_joined_to_the_saying_or_told_through_a_hope_keeps_no_source(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "The minister said on Friday that the talks had failed, and left for Paris on Saturday.\n\n"
        "The clerk said that he hoped counting would be finished by Wednesday.\n\n"
        "Fighting erupted early Thursday, after the expiry of an ultimatum to withdraw the troops "
        "the rebels say the army has deployed.",
    )
    assert "said" not in found["2024-05-04"]
    assert "said" not in found["2024-05-15"]
    assert "say" not in found["2024-05-09"]


def test_a_source_loses_the_datelines_here_and_a_source_that_cannot_say_is_none(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "The crash on Wednesday left the driver with fractured legs, an ambulance spokesman here "
        "said.\n\n"
        "The party headquarters could not say where its chairman would campaign on Monday.",
    )
    assert found["2024-05-08"].endswith(", an ambulance spokesman said")
    assert "said" not in found["2024-05-13"]


def test_a_source_is_written_with_the_whole_name_and_a_pronoun_is_none(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "Economics minister Hans Wijers spoke to parliament on Friday.\n\n"
        "He said the plant closed in March.\n\n"
        "Wijers said the mine flooded in February.",
    )
    assert found["2024-03"] == "The plant closed"  # never filed under its speaker by name
    assert found["2024-02"] == "The mine flooded, Hans Wijers said"


def test_what_was_said_keeps_the_capital_of_a_name_written_inside_its_sentence(nlp: Any) -> None:
    doc = nlp("After a month, Cosmic Air is gearing up for mountain flights, a statement said.")
    assert lowered("Cosmic Air is gearing up", doc[0]) == "Cosmic Air is gearing up"
    doc = nlp("After a month, the airline is gearing up for flights, The Post said.")
    assert lowered("The airline is gearing up", doc[0]) == "the airline is gearing up"


def test_a_possessive_of_a_described_noun_is_its_owner_named_above(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "Britain refused on Monday to part with its budget rebate, secured by Margaret Thatcher "
        "in 1984. TRIS president Vuthipong Priebjrivat said on Tuesday his agency would sign "
        "the agreement on May 13.",
    )
    assert found["1984"].startswith("Britain's budget rebate was secured by Margaret Thatcher")
    assert found["2024-05-13"].startswith("TRIS president Vuthipong Priebjrivat's agency")


def test_a_source_dated_after_according_to_tells_the_news(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Engineers have mapped out a plan to shore up the dam, according to a regional "
        "official on Wednesday. The ruling party has kept its majority in the city council, "
        "according to preliminary results released on Thursday. Harbour traffic fell by a "
        "third, according to estimates released by the port authority on Tuesday. Police "
        "arrested ten men on Monday, according to an official.",
    )
    assert found["2024-05-08"] == (
        "A regional official said engineers have mapped out a plan to shore up the dam"
    )
    assert found["2024-05-09"] == (
        "Preliminary results said the ruling party has kept its majority in the city council"
    )
    assert found["2024-05-07"].startswith(
        "Estimates released by the port authority said harbour traffic fell"
    )
    # its own date, the arrest's; the claim keeps its source
    assert found["2024-05-06"] == "Police arrested ten men, according to an official"


def test_a_day_the_parse_made_a_second_subject_of_saying_is_no_source(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "Inspectors found in 2019 that the dam was unsafe, press reports Wednesday said.",
    )
    assert found["2019"].endswith(", press reports said")


@pytest.mark.parametrize(
    ("sentence", "date", "ending"),
    [
        (
            "Prosecutors are looking into allegations that the governor took bribes in 2019.",
            "2019",
            "The governor took bribes, according to allegations",
        ),
        (
            "The vote followed fresh revelations on Monday by a former aide that the senator "
            "hid the payments in 2018.",
            "2018",
            ", according to fresh revelations",
        ),
    ],
)
def test_an_act_a_noun_of_claiming_tells_keeps_the_claim(
    nlp: Any, tmp_path: Path, sentence: str, date: str, ending: str
) -> None:
    assert found_title(tmp_path, sentence, date).endswith(ending)


def test_a_source_of_another_kind_than_the_subject_is_kept(nlp: Any, tmp_path: Path) -> None:
    title = found_title(
        tmp_path, "The opposition claims that the president rigged the vote in 2021.", "2021"
    )
    assert title == "The president rigged the vote, the opposition claims"


def found_title(tmp_path: Path, sentence: str, date: str) -> str:
    return titles(tmp_path, sentence)[date]
