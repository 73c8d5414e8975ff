"""A relative clause told on its own: the noun it describes written where the clause leaves
its gap ("the land they held" -> "they held the land"), and words the parse would split kept
together (a hyphenated word, modifiers joined before their noun). Through `build_timeline`,
on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import events_of, titles
from timeline.settings import Settings

pytestmark = pytest.mark.model


def test_the_described_noun_goes_right_after_the_verb(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The council published a report the mayor sent on Tuesday to the regional governor.",
    )
    assert found["2024-05-07"] == "The mayor sent a report to the regional governor"


def test_a_which_object_is_replaced_by_its_noun(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The union rejected the offer of a two percent rise, which the company made on "
        "Tuesday after weeks of talks.",
    )
    title = found["2024-05-07"]
    assert title.startswith("The company made the offer of a two percent rise")
    assert "which" not in title


def test_a_gap_after_a_gerund_is_filled_there(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "She left the charity she was instrumental in creating in 1998.",
    )
    assert found["1998"] == "She was instrumental in creating the charity"


def test_a_content_clause_is_no_gap(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Analysts warned on Friday of a risk that the economy could slide into recession.",
    )
    assert "the economy could slide into recession" in found["2024-05-10"]
    assert "the risk" not in found["2024-05-10"].lower().replace("a risk", "")


def test_modifiers_joined_before_their_noun_stay_together(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Negotiators met Dutch and Belgian officials in Brussels on Tuesday.",
    )
    assert found["2024-05-07"].startswith("Negotiators met Dutch and Belgian officials")


def test_a_hyphenated_word_is_never_cut_inside(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        'The ministers adopted the "four-plus-two" plan on Tuesday in Geneva.',
    )
    assert "four-plus-two plan" in found["2024-05-07"]


def test_what_an_act_was_for_is_kept_when_it_fits(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The mayor travelled to Lisbon on Tuesday to sign a water treaty with Portugal.",
    )
    title = found["2024-05-07"]
    assert title == "The mayor travelled to Lisbon to sign a water treaty with Portugal"


def test_a_particle_is_no_object_before_a_to_clause(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The former striker went on to coach the national team, the federation said on Tuesday.",
    )
    assert "went on to coach the national team" in found["2024-05-07"]


def test_a_participle_that_says_which_ones_stays_whole(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "About 300 Poles living in Ireland voted at the embassy on Tuesday.",
    )
    assert found["2024-05-07"].startswith("About 300 Poles living in Ireland voted")


def test_a_participle_with_a_date_of_its_own_is_left_out(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The man arrested on Monday appeared in court on Tuesday.",
    )
    assert found["2024-05-07"] == "The man appeared in court"


def test_a_date_in_a_reported_clause_gives_that_clause(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Smith, 61, told Irish state television that British intelligence had begun paying "
        "him in the 1980s.",  # the parse takes "that" for the object of "paying"
    )
    assert found["198X"].startswith("British intelligence had begun paying")


def test_two_titles_of_a_named_person_stay_together(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "A travel ban on former Serbian interior minister and ex-police commander Vlajko "
        "Stojiljkovic was extended on Tuesday.",
    )
    assert "ex-police commander Vlajko Stojiljkovic" in found["2024-05-07"]


def test_who_an_act_was_addressed_to_comes_before_what_for(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The European Commission called on Hungary on Tuesday to cooperate fully with the "
        "inquiry into the disappearance of millions of euros of farm subsidies and grants for "
        "rural roads.",
    )
    assert found["2024-05-07"].startswith("The European Commission called on Hungary to cooperate")


def test_an_adverb_of_the_date_goes_with_the_date(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The board decided late on Tuesday to sell the steel plant to its workers.",
    )
    assert found["2024-05-07"] == "The board decided to sell the steel plant to its workers"


def test_a_noun_headline_is_never_cut_inside_a_name(nlp: Any, tmp_path: Path) -> None:
    body = (
        "The mayor told reporters the arrival of the trade delegation of the Eastern Caribbean "
        'Monetary Authority on Tuesday "should not worry" anyone.'
    )
    events = events_of(tmp_path, body, Settings(entity_timeline=True))
    (title,) = (e.title for e in events if e.title.startswith("Arrival"))
    assert title.endswith("the Eastern Caribbean Monetary Authority")


def test_a_quote_closed_before_its_speaker_stays_a_quote(nlp: Any, tmp_path: Path) -> None:
    # the opening mark is in the sentence before, as the splitter leaves long quotations
    found = titles(
        tmp_path,
        '"It was a long night. The talks were useful for both sides," the minister said on '
        "Tuesday.",
    )
    assert found["2024-05-07"] == '"The talks were useful for both sides," the minister said'


def test_a_clause_after_a_dash_is_told_alone(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Fans in Madrid will long remember the name of Lopez - on Tuesday the striker scored "
        "three goals against them.",
    )
    assert found["2024-05-07"].startswith("The striker scored three goals")


def test_a_score_after_the_object_is_kept(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The Chicago Bulls beat the Boston Celtics 101-94 on Tuesday at the United Center.",
    )
    assert found["2024-05-07"].startswith("The Chicago Bulls beat the Boston Celtics 101-94")


def test_here_after_a_verb_is_the_datelines_place_not_news(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The foreign minister said here on Tuesday that the border would reopen in June.",
    )
    assert found["2024-05-07"] == "The foreign minister said the border would reopen in June"


def test_a_quotation_is_never_shortened_inside_its_marks(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        '"After three long nights of talks with the unions, the employers and the regional '
        'councils, I can officially confirm that the northern plant will stay open," the '
        "minister told reporters on Tuesday.",
    )
    title = found["2024-05-07"]
    assert title.startswith('"… I can officially confirm that the northern plant will stay open,"')


def test_a_comparison_is_not_cut_in_half(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The minister said on Tuesday that the troops would stay in the province as long as "
        "they are needed by the local government and its police.",
    )
    assert not found["2024-05-07"].endswith(("as long", " as"))


def test_a_clause_before_a_verb_that_tells_nothing_is_not_its_object(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "The mayor is also the largest shareholder of the local football club, however he "
        "could end up selling his stake in 2025.",
    )
    assert found["2025"].startswith("He could end up selling his stake")


def test_a_headline_never_opens_on_an_auxiliary(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Anna Berg, chief executive of Nordic Rail Services (NRS), said NRS and the Danish "
        "operator, Danske Tog (DT), may reach a decision on Tuesday on sharing the line.",
    )
    assert not any(t.split()[0] in ("May", "Might", "Will", "Would") for t in found.values())


def test_a_telling_dated_by_its_participle_is_the_news_it_tells(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Retail sales in Norway rose for a third month, according to a survey released on Tuesday.",
    )
    title = found["2024-05-07"]  # the news, with whose word it is: the survey's day's
    assert title == "A survey said retail sales in Norway rose for a third month"


def test_a_clause_the_parse_split_at_its_conjunction_is_kept_whole(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "On Saturday, Ajax set a new club record after a 3-0 win at Utrecht gave them their "
        "tenth straight victory.",
    )
    assert found["2024-05-04"] == (
        "Ajax set a new club record after a 3-0 win at Utrecht gave them their tenth straight "
        "victory"
    )


def test_a_date_taken_for_the_subject_makes_no_row(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Wednesday said its parent company profits leapt 62.9 percent from a year earlier.\n\n"
        "Thursday, is seen as more dynamic than her",
    )
    assert [e.title for e in events if e.anchor.value != "document-date"] == []


def test_a_date_the_parse_left_before_the_subject_is_not_in_the_headline(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(tmp_path, "However on Sunday MBC was forced into an apology over the report.")
    assert found["2024-05-05"] == "MBC was forced into an apology over the report"


def test_a_verb_joined_by_and_keeps_the_modal_it_shares(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The plan would be drafted with the United States and be unveiled by the foreign "
        "minister during her visit to the region on Monday.",
    )
    assert found["2024-05-13"].startswith("The plan would be unveiled by the foreign minister")


def test_an_adverb_after_the_verb_keeps_its_short_phrase_or_goes(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Canada walked away from the bargaining table on Monday to protest the ruling.\n\n"
        "Security was tightened ahead of the vote on Tuesday.\n\n"
        "Investors were sidelined ahead of key monthly economic data on Wednesday.",
    )
    assert found["2024-05-06"].startswith("Canada walked away from the bargaining table")
    assert found["2024-05-07"] == "Security was tightened ahead of the vote"
    assert not found["2024-05-08"].endswith("ahead")


def test_a_to_clause_of_a_means_is_told_by_the_clause_that_seeks_it(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(tmp_path, "The club looked for ways to cut costs in 2004.")
    assert found["2004"] == "The club looked for ways to cut costs"  # not "Ways to cut costs"
