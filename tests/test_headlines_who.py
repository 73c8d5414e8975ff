"""Who or what a clause without a subject of its own is about, and words a headline never
shows: a relative clause agrees with the noun its verb's number says (a whole list, "one of
the …" and who that one is), a participle of holding describes the gathering the parse hung
it below; a wire dateline with any dash and the dateline's "here" are no part of a headline,
and a clause opening "of whom" is no headline. Dates of a contract's month date nothing.
Through `build_timeline`, on sentences written for these tests (an article of Friday
2024-05-10)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import events_of, titles
from timeline.settings import Settings

pytestmark = pytest.mark.model


def test_a_plural_verb_on_the_last_of_a_list_is_about_the_list(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Police on Thursday freed two Dutch nurses and a local driver who were kidnapped on "
        "Monday near the border.",
    )
    assert found["2024-05-06"].startswith("Two Dutch nurses and a local driver were kidnapped")


def test_one_of_them_who_is_is_the_one_named(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Officials said that Karimov is one of the most wanted smugglers, who is accused of "
        "running arms across the border in the 1990s.",
    )
    assert found["199X"].startswith("Karimov is accused of running arms")


def test_a_gathering_held_is_the_gathering_not_what_it_is_of(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The plan was adopted at the summit of the regional security council held on March 9 "
        "in Accra.",
    )
    assert found["2024-03-09"].startswith("The summit of the regional security council was held")


def test_a_dateline_with_three_dashes_is_no_subject(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "NAIROBI, May 4 (Xinhua)--- Farmers and traders need better roads to reach the "
        "markets, said Kenyan trade minister Paul Otieno on Saturday.",
    )
    title = found["2024-05-04"]
    assert title.startswith("Kenyan trade minister Paul Otieno said")
    assert "NAIROBI" not in title
    assert "armers" in title and "need better roads" in title  # the reported clause's subject


def test_the_datelines_here_is_never_shown(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The talks will bring a short but clear message, said trade envoy Ana Ruiz here Tuesday.",
    )
    assert " here" not in found["2024-05-07"]


def test_a_clause_opening_of_whom_is_no_headline(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Some 40,000 fans came to the stadium on Tuesday, of whom over 300 were arrested after "
        "the match.",
    )
    assert all(not e.title.lower().startswith("of whom") for e in events)


def test_what_confidence_is_in_is_kept(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The army chief on Tuesday expressed confidence that the dispute would not affect the "
        "joint exercises.",
    )
    assert found["2024-05-07"].endswith(
        "expressed confidence that the dispute would not affect the joint exercises"
    )


def test_the_month_a_contract_is_for_dates_nothing(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Brent crude for delivery in July added 40 cents to close at 81.20 dollars a barrel "
        "on Thursday.",
        Settings(entity_timeline=True),  # (a market's day is no row of a reader's timeline)
    )
    assert sorted(e.date.edtf for e in events if e.trigger == "add") == ["2024-05-09"]


def test_a_verb_the_parse_split_at_its_hyphen_is_whole(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The party's central council unanimously re-elected its chairman on Monday.",
    )
    assert found["2024-05-06"] == "The party's central council re-elected its chairman"
    assert all(not t.endswith(" re") for t in found.values())


def test_it_in_an_adverbial_clause_is_the_one_agreeing_noun_of_the_main_clause(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "Foreign observers have been attending the trial in the special court since it opened"
        " in March last year.",
    )
    assert found["2023-03"] == "The trial in the special court opened"
    found = titles(
        tmp_path, "Some 30,000 people fled the volcano when it started rumbling in April."
    )
    assert found["2024-04"] == "The volcano started rumbling"
    found = titles(tmp_path, "Police arrested the men after they attacked a guard on Tuesday.")
    assert not found["2024-05-07"].startswith("The men")  # either agrees: neither is taken


def test_a_speakers_pronoun_nobody_is_named_for_makes_no_row(nlp: Any, tmp_path: Path) -> None:
    body = (
        'The coach was pleased. "We controlled the game on Tuesday," said Lena Vogt.\n\n'
        '"We could begin on Wednesday."'
    )
    found = titles(tmp_path, body)
    assert found["2024-05-07"].endswith("Lena Vogt said")  # the quotation with its speaker
    assert not any(t.startswith("We could begin") for t in found.values())  # who is not said
    every = events_of(tmp_path, body, Settings(entity_timeline=True))
    assert any(e.title.startswith("We could begin") for e in every)  # an entity timeline's


def test_a_past_tense_the_parse_read_as_a_participle_is_no_passive(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "Ozawa, a former LDP strongman, bolted from the scandal-tainted conservative party,"
        " helping to end its 38-year grip on power in 1993.\n\n"
        "Hayward, 29, played in 16 Tests up until 2004.",
    )
    assert found["1993"].startswith("Ozawa bolted from")
    assert found["2004"].startswith("Hayward played in 16 Tests")


def test_every_member_of_a_subject_list_is_kept(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Emeka Okafor and two other union leaders were detained at a rally in Lagos on Tuesday.",
    )
    assert found["2024-05-07"].startswith("Emeka Okafor and two other union leaders were detained")


def test_a_participle_sharing_a_reported_passive_takes_its_be(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Four villagers were reported killed and six others hurt Tuesday in the flooding.",
    )
    assert found["2024-05-07"].startswith(  # told with the act they are other than
        "Four villagers were reported killed and six others hurt"
    )


def test_a_second_past_tense_the_parse_left_unattached_has_the_first_ones_subject(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "In 1988, Okonkwo emigrated to Canada, then moved to France in 1994 before returning "
        "home in 2001.",
    )
    assert found["1994"].startswith("Okonkwo moved to France")


def test_a_clause_of_its_own_is_not_headlined_by_the_main_clauses_act(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "One farmer built a 20,000-dollar stone wall around his field only to see it collapse "
        "on Wednesday.",
    )
    assert "collapse" in found["2024-05-08"]  # not "One farmer built a … wall" on Wednesday


def test_a_list_of_subjects_the_parse_split_stays_whole(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The meeting between the government, the UN and the rebels on Thursday agreed to deploy "
        "monitors across the country.\n\n"
        "Last month a meeting of the body, a joint forum on trade, failed to reach agreement.",
    )
    assert found["2024-05-09"].startswith(
        "The meeting between the government, the UN and the rebels agreed to deploy monitors"
    )
    described = found["2024-04"]
    assert "failed to reach agreement" in described
    assert not ("meeting" in described and "forum" in described)  # the aside is not a subject
