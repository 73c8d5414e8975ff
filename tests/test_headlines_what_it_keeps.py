"""What a headline keeps so as not to change what the sentence says: how often an act happens,
the clause a noun like "the way" needs, the phrase two joined verbs share, and the act a
relative clause tells on a name. Through `build_timeline`, on sentences written for these
tests (articles of Friday 2024-05-10)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import events_of, titles

pytestmark = pytest.mark.model


def test_how_often_an_act_happens_is_kept(nlp: Any, tmp_path: Path) -> None:
    found = titles(tmp_path, "The bakery chain said on Monday it sells 30,000 loaves every week.")
    assert found["2024-05-06"].endswith("sells 30,000 loaves every week")


def test_how_often_in_a_reported_clause_is_kept(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "A regional health officer warned on Wednesday that some 400 hikers are injured on "
        "the glacier each year, adding that the trail must close.",
    )
    assert "are injured on the glacier each year" in found["2024-05-08"]


def test_a_paper_named_weekly_is_no_frequency(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The opposition weekly Nordpost, in a report from Oslo, quoted the former mayor on "
        "Saturday as saying the harbour deal had failed.",
    )
    assert not found["2024-05-04"].lower().startswith("weekly")


def test_the_clause_a_noun_like_way_needs_is_kept_with_it(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Planning for the spring floods in the northern valleys and the way volunteers were "
        "deployed on the dikes were poor, an inquiry found, the regional radio reported on "
        "Thursday.",
    )
    title = found["2024-05-09"]
    assert "the way were" not in title
    assert title.endswith("were poor")


def test_two_verbs_sharing_a_phrase_keep_it(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The port authority said on Wednesday it has kept up and will go on with its talks "
        "with the dockers' union.",
    )
    assert "will go on with its talks" in found["2024-05-08"]


def test_a_second_subjects_act_is_not_shared(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "One guard died and four others were hurt in a blast at the depot on Sunday, "
        "police said Monday.",
    )
    died = [e.title for e in events if e.title.startswith("One guard died")]
    assert died
    assert all("hurt" not in title for title in died)


def test_a_relative_clause_on_a_name_tells_its_act(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The union stays loyal to former minister Ana Ferreira Costa, whom President Silva "
        "dismissed on May 3.",
    )
    title = found["2024-05-03"]
    assert title.startswith("President Silva dismissed")
    assert "Ana Ferreira Costa" in title
    assert "loyal" not in title


def test_a_participle_keeps_the_limit_its_verb_has(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The 29-year-old Duarte, contracted at Sporting until June 2026, scored twice on Sunday.",
    )
    assert found["2026-06"].endswith("is contracted at Sporting until June 2026")


def test_a_participle_of_holding_tells_the_gathering_its_phrase_ends_in(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "Delegates at a conference on the future of the region's fishing industry held in "
        "April approved the plan.",
    )
    assert found["2024-04"].startswith("A conference on the future")
    assert found["2024-04"].endswith("was held")


def test_a_relative_clause_right_after_its_noun_tells_that_noun(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The steering board is the final meeting of senior staff before the 9th Regional "
        "Ministerial Meeting on May 15-16 and the 4th Regional Donors' Meeting that will take "
        "place on May 20.",
    )
    title = found["2024-05-20"]
    assert "Donors' Meeting will take place" in title
    assert not title.startswith("The steering board")


def test_a_claim_keeps_the_source_it_is_told_according_to(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "According to the regional government, the border with the neighbouring province was "
        "settled in 1961.",
    )
    assert found["1961"].endswith(", according to the regional government")


def test_a_source_phrase_about_other_people_is_not_appended(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "President Ana Varga will visit Japan in June, according to sources close to the talks "
        "between Varga and Prime Minister Kenji Sato.",
    )
    assert "according to" not in found["2024-06"]


def test_a_that_clause_after_the_object_says_what_the_object_is(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "A letter from the water board left little doubt on Tuesday that it plans to raise "
        "charges for farms.",
    )
    assert found["2024-05-07"].endswith("that it plans to raise charges for farms")


def test_an_object_with_no_that_clause_keeps_the_headline_short(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path, "The mayor opened a fair on Tuesday, hoping that the bridge would reopen."
    )
    assert found["2024-05-07"] == "The mayor opened a fair"


def test_a_short_form_in_brackets_is_closed(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The National Council (Parliament) of Ruritania approved in April a government plan to "
        "withdraw the country's 300 troops.",
    )
    assert found["2024-04"].startswith("The National Council (Parliament) of Ruritania approved")


def test_a_bracket_glued_to_a_word_is_opened_too(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The Nordic Parliament approved on Tuesday the introduction of a European Union "
        "(EU)-wide register of unsafe ferries.",
    )
    assert found["2024-05-07"].count("(") == found["2024-05-07"].count(")")


def test_a_cut_subject_keeps_its_hyphenated_words_whole(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Finance Minister Ada Lorrimer-Vance's widely-praised pro-growth budget, unveiled in "
        "parliament on Tuesday, cut taxes.",
    )
    assert not found["2024-05-07"].startswith("-")


def test_a_to_clause_with_its_own_subject_is_told_with_the_verb_above(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "Under the accord, Norway should also allow fishing boats to enter the northern bay "
        "from May 15.",
    )
    assert found["2024-05-15"] == "Norway should allow fishing boats to enter the northern bay"


def test_the_deadline_of_a_to_clause_with_its_own_subject_is_kept(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The governor has tasked the review panel to submit its report on the flood defences "
        "by May 30, an aide said.",
    )
    assert found["2024-05-30"].startswith("The governor has tasked the review panel")
    assert "to submit its report on the flood defences by May 30" in found["2024-05-30"]


def test_whether_a_clause_asks_is_kept(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path, "The water board will meet on Tuesday to discuss whether the dam should close."
    )
    assert "to discuss whether the dam should close" in found["2024-05-14"]


def test_a_short_form_kept_keeps_its_brackets(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Nordic foreign policy chief Anna Berg said here on Monday that the European Union (EU) "
        "is ready to play its role at the Narva crossing on the Baltic border.",
    )
    assert "Union EU" not in found["2024-05-06"]


def test_a_clause_it_was_reported_is_told_first(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Four fishermen have been rescued off the northern coast after two days adrift, it was "
        "reported on Tuesday.",
    )
    assert found["2024-05-07"].startswith("Four fishermen have been rescued off the northern")
    assert found["2024-05-07"].endswith(", it was reported")


def test_an_adverb_of_polarity_or_likelihood_is_kept(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The 26-year-old, who hardly troubled the Swiss champion in his opener on Tuesday, had "
        "earned a place in the final. A vote would likely take place on Wednesday, reports said.",
    )
    assert "hardly troubled the Swiss champion" in found["2024-05-07"]
    assert "would likely take place" in found["2024-05-15"]


def test_a_name_says_which_of_a_pronouns_nouns(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path, "The service was tested on Tuesday in a trial network in its capital, Oslo."
    )
    assert found["2024-05-07"].endswith("in its capital, Oslo")


def test_a_participle_with_a_subject_of_its_own_is_an_aside(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Lithuanian police have uncovered a trans-national drug trafficking ring alleged to have "
        "trafficked 1, 000 heroin cakes, each weighing 0.35 kilograms, into the country from "
        "neighboring Belarus since 2019, the Baltic News Agency reported Thursday.",
    )
    assert "each weighing" not in found["2024-05-09"]


def test_others_are_told_with_the_act_they_are_other_than(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Three hikers were killed and five others injured on Tuesday in a rockfall near "
        "Lauterbrunnen, rescuers said. "
        "One miner died and four others were hurt in a gas blast at a pit in Silesia on Monday.",
    )
    assert found["2024-05-07"].startswith("Three hikers were killed and five others injured")
    assert found["2024-05-06"].startswith("One miner died and four others were hurt")


def test_a_pair_with_two_dates_stays_two_acts(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path, "Two guards were wounded on Monday and three others on Wednesday in Tromso."
    )
    assert not found["2024-05-06"].startswith("Two guards were wounded and")


def test_a_participle_after_a_comma_that_a_date_dates_is_told(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The Norwegian champion breezed through the quarterfinal, beating the Dutch seed in "
        "straight sets on Wednesday.",
    )
    assert found["2024-05-08"].endswith(", beating the Dutch seed in straight sets")


def test_a_participle_with_nothing_but_its_date_is_left_out(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The coach will name his squad for the Nordic cup, starting in mid-June, later this week.",
    )
    headline = next(title for date, title in found.items() if date.startswith("2024-05"))
    assert headline.endswith("his squad for the Nordic cup")
