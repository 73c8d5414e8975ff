"""Definite and demonstrative descriptions written as what the document names them by, through
`build_timeline` and the command line: "the two countries", "this bank", "the agreement"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.models import Event
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model

FISHERIES = (
    "---\npublished: 2024-05-10\n---\nFish talks\n\n"
    "China and Japan signed a fisheries agreement on March 3 after two years of talks. "
    "The agreement was ratified by both parliaments on April 8. "
    "The two countries held the first such talks in 1997. "
    "Officials said on May 2 that the two countries would review the agreement in 2025.\n"
)


def events_of(tmp_path: Path, text: str) -> list[Event]:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return list(build_timeline([tmp_path], Settings()).timeline.events)


def titles(tmp_path: Path, text: str) -> dict[str, str]:
    return {e.date.edtf: e.title for e in events_of(tmp_path, text)}


def test_the_two_countries_are_the_pair_named_together(nlp: Any, tmp_path: Path) -> None:
    events = {e.date.edtf: e for e in events_of(tmp_path, FISHERIES)}
    assert events["1997"].title.startswith("China and Japan held the first such talks")
    assert {"China", "Japan"} <= {a.text for a in events["1997"].actors}
    assert "said China and Japan would review" in events["2024-05-02"].title


def test_a_bare_description_takes_the_earlier_mention_s_identifying_words(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(tmp_path / "one", FISHERIES)
    assert found["2024-04-08"].startswith("The fisheries agreement was ratified")
    assert found["2025"].endswith("review the fisheries agreement, officials said")
    two = titles(  # two agreements before, four countries: which ones is not said
        tmp_path / "two",
        "---\npublished: 2024-05-10\n---\nTrade\n\n"
        "Norway signed a fisheries agreement with Iceland on March 3. "
        "It signed a trade agreement with Chile on March 20. "
        "The agreement was ratified on April 8. "
        "China and Japan, Korea and Vietnam held talks on April 20. "
        "The two countries signed a new agreement on May 2.\n",
    )
    assert two["2024-04-08"].startswith("The agreement was ratified")
    assert two["2024-05-02"].startswith("The two countries signed a new agreement")


def test_this_bank_is_the_one_bank_the_document_names(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nBanks\n\n"
        "Tel Aviv traders watched shares of Bank Leumi on Monday. "
        "This bank reported a record profit on May 8.\n",
    )
    assert found["2024-05-08"].startswith("Bank Leumi reported a record profit")


def test_an_entity_timeline_holds_the_events_of_the_two_countries(nlp: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "fish.txt").write_text(FISHERIES, encoding="utf-8")
    out = tmp_path / "t.json"
    runner = CliRunner()
    extracted = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--no-cache"])
    assert extracted.exit_code == 0, extracted.output
    shown = runner.invoke(app, ["show", str(out), "--format", "json", "--entity", "Japan"])
    assert shown.exit_code == 0, shown.output
    assert "1997" in {e["date"] for e in json.loads(shown.stdout)["events"]}


def test_a_title_stands_for_the_one_person_named_with_that_title(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nNigeria.\n\n"
        "Nigerian vice president Atiku Abubakar's new party, the Action Congress, on Sunday "
        "slammed President Olusegun Obasanjo's declaration. Obasanjo on Saturday declared "
        "vacant the office of his deputy. The vice president was expelled from the ruling "
        "People's Democratic Party on May 3. The president met his cabinet on May 6.\n",
    )
    assert found["2024-05-03"].startswith("Atiku Abubakar was expelled")
    assert found["2024-05-06"].startswith("Olusegun Obasanjo met his cabinet")


def test_a_nationality_in_a_title_names_the_same_person(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nVisit.\n\n"
        "Chinese President Hu Jintao said on May 8 that trade would grow. "
        "The Chinese president arrived in Berlin on May 9. "
        "The French president left Paris on May 7.\n",
    )
    assert found["2024-05-09"].startswith("Hu Jintao arrived in Berlin")
    assert found["2024-05-07"].startswith("The French president left")


def test_a_described_noun_of_a_participle_or_relative_clause_is_named(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nMarkets.\n\n"
        "The Hang Seng China Enterprises Index rose 44 points on May 7. "
        "The index, initiated in August 1995, tracks 40 enterprises. "
        "French Defence Minister Michele Alliot-Marie stressed her support on May 8. "
        "The French minister, who arrived in Beirut on May 6, met Siniora. "
        "The Zairean rebel alliance, which seized Kisangani in March, met on May 9.\n",
    )
    assert found["1995-08"].endswith("Hang Seng China Enterprises Index was initiated")
    assert found["2024-05-06"].startswith("Michele Alliot-Marie arrived in Beirut")
    assert found["2024-03"].startswith("The Zairean rebel alliance seized")  # a kind of its own


def test_a_bare_count_is_the_group_counted_before(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nArrests.\n\n"
        "Six members of the Muslim Brotherhood were charged on May 6 with fraud. "
        "The six were arrested in Cairo on May 5. The two met on May 4.\n",
    )
    assert found["2024-05-05"].startswith(
        "The six members of the Muslim Brotherhood were arrested in Cairo"
    )
    assert found["2024-05-04"].startswith("The two met")  # nothing counted by two


def test_a_bare_government_is_the_country_the_document_is_about(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nThailand floats the baht.\n\n"
        "Thai exporters welcomed the move in Thailand on May 8, Thailand's press said. "
        "The government floated the baht on May 7. "
        "The two countries signed a pact on May 6. "
        "The army flew to Japan on May 5.\n",
    )
    assert found["2024-05-07"].startswith("Thailand's government floated the baht")
    assert found["2024-05-06"].startswith("The two countries signed")  # not one country
    assert found["2024-05-05"].startswith("The army flew to Japan")  # another country beside it


def test_a_government_of_a_document_about_several_countries_stays(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nPalm oil.\n\n"
        "Palm oil from Malaysia was unloaded in Karachi, Pakistan, on May 8. "
        "Malaysian traders were named on May 6. "
        "The government suspended 87 officers on May 7.\n",
    )
    assert found["2024-05-07"].startswith("The government suspended 87 officers")


def test_a_title_two_people_hold_keeps_the_text_s_words(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nTalks.\n\n"
        "Foreign Minister Anna Berg met Foreign Minister Lars Holm in Oslo on May 2. "
        "The foreign minister flew home on May 3.\n",
    )
    assert found["2024-05-03"].startswith("The foreign minister flew home")


def test_the_region_is_the_region_the_document_names(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nRegion news.\n\n"
        "Eastern Slavonia, the only part of Croatia still in Serb hands, lived through a last "
        "day of uncertainty on Saturday before a nationwide vote. The region was captured by "
        "rebel Serbs in 1991.\n",
    )
    assert found["1991"].startswith("Eastern Slavonia was captured")


def test_a_description_that_owns_the_subject_is_written_as_its_owner(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nWarning.\n\n"
        "Indonesia warned on Monday that extremists may be planning attacks over Christmas. "
        "The country's intelligence chief also warned on May 7 that extremists were planning "
        "to kidnap officials.\n",
    )
    assert found["2024-05-07"].startswith("Indonesia's intelligence chief warned")


def test_a_description_the_text_set_beside_a_name_is_that_name(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nOil output\n\n"
        "OPEC, the oil cartel, met in Vienna on March 4. "
        "Saudi Aramco raised its prices on March 8. "
        "The cartel decided on April 2 to cut its output by one million barrels a day.\n",
    )
    assert found["2024-04-02"].startswith("OPEC decided")


def test_a_name_of_another_kind_set_beside_a_description_is_not_it(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nOil output\n\n"
        "Ali Hassan, the group's president, spoke in Vienna on March 4. "
        "The group decided on April 2 to cut its output by one million barrels a day.\n",
    )
    assert not found["2024-04-02"].startswith("Ali Hassan")


def test_the_company_is_the_one_company_its_own_sentence_names(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nRecall\n\n"
        "E-bike maker Norvik Motors recalled 240,000 battery packs in May. "
        "Baltren Energy settled with the family in July. "
        "Norvik's sales fell 31% in the second quarter, the company reported on Monday.\n",
    )
    assert found["2024-05-06"].startswith("Norvik Motors reported")


def test_an_acronym_may_leave_out_a_country_s_abbreviation(nlp: Any, tmp_path: Path) -> None:
    from timeline.events.names import names_entity

    assert names_entity("CPSC", "ORG", "U.S. Consumer Product Safety Commission")
    assert names_entity("USCPSC", "ORG", "U.S. Consumer Product Safety Commission")
    assert not names_entity("CPSC", "ORG", "Consumer Safety Commission")


def test_a_name_set_off_by_commas_after_a_description_is_written(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2024-05-10\n---\nPound\n\n"
        "On Wednesday, the main employers' organisation, the Confederation of British Industry"
        " (CBI), said it was concerned about sterling's steep rise.\n",
    )
    assert found["2024-05-08"].startswith("The Confederation of British Industry said")


def test_the_two_states_with_adjectives_are_still_the_pair(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2006-12-15\n---\nEU\n\nEU leaders welcomed Bulgaria and Romania at a"
        " summit on Thursday. The two central European states are set to become members on"
        " January 1.\n",
    )
    assert found["2007-01-01"].startswith("Bulgaria and Romania are set to become members")


def test_a_description_s_own_words_must_fit_the_name_its_sentence_gives(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2006-05-10\n---\nSuit\n\nApple Computer opened a music store in 2003."
        " Apple Corps' latest suit claims the computer company violated the agreement in 2004.\n",
    )
    assert not found["2004"].startswith("Apple Corps violated")


def test_a_name_written_with_a_hyphen_or_a_space_is_one_entity(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "China has overtaken Japan as luxury car maker Bentley-Royce's largest Asian market, its "
        "chief executive Ian Robertson revealed Thursday.\n\n"
        "Bentley Royce launched the Meridian in 2003, its first model since the former British "
        "company was acquired by German auto manufacturer BMW in 1998.\n\n"
        "The company hopes to sell 600 of the made-to-measure cars in 2006 and will launch its "
        "long-awaited convertible version in January 2007.",
    )
    assert found["2007-01"].startswith("Bentley-Royce will launch")


def test_a_plural_or_owned_description_takes_the_earlier_mention_s_words(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path / "one",
        "---\npublished: 1997-04-10\n---\nZaire\n\n"
        "Zairean rebels said on Monday that they controlled much of the south. "
        "Kabila's army seized Lubumbashi on Wednesday. "
        "The rebels captured Kasenga on April 2. "
        "The army sent in bulldozers on Thursday.\n",
    )
    assert found["1997-04-02"] == "The Zairean rebels captured Kasenga"
    assert found["1997-04-10"] == "Kabila's army sent in bulldozers"
    two = titles(  # two armies before: which one is not said
        tmp_path / "two",
        "---\npublished: 1997-04-10\n---\nZaire\n\n"
        "Kabila's army seized Lubumbashi on Wednesday. "
        "The Zairean army fled to the north on Tuesday. "
        "The army sent in bulldozers on Thursday.\n",
    )
    assert two["1997-04-10"] == "The army sent in bulldozers"


def test_a_piece_of_a_hyphenated_word_does_not_identify(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 1997-04-10\n---\nKorea\n\n"
        "North Korea rejected four-party peace talks on Monday. "
        "China said on Wednesday that it would join the talks.\n",
    )
    assert "party-" not in found["1997-04-09"] and "party talks" not in found["1997-04-09"]


def test_an_object_description_is_written_as_its_entity(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path / "one",
        "---\npublished: 2006-12-05\n---\nSomalia\n\n"
        "Somalia is in turmoil after months of fighting. "
        "Islamist forces left the country on Monday. "
        "Troops consolidated their grip across the country's south on Sunday.\n",
    )
    assert found["2006-12-04"] == "Islamist forces left Somalia"
    assert found["2006-12-03"] == "Troops consolidated their grip across Somalia's south"
    kept = titles(  # a region is seldom the one country named; the clause's own name is no other
        tmp_path / "two",
        "---\npublished: 2006-12-05\n---\nTrade\n\n"
        "Japan and Toyota reported strong sales on Friday. "
        "Trade barriers in the region were dismantled on Monday. "
        "Toyota overtook the carmaker on Sunday.\n",
    )
    assert kept["2006-12-04"] == "Trade barriers in the region were dismantled"
    assert kept["2006-12-03"] == "Toyota overtook the carmaker"


WAR = (
    "---\npublished: 2006-12-29\n---\nInquiry\n\n"
    "Preparations for the summer war in Lebanon were deficient, a probe into the conduct of "
    "staff headquarters found. Since the war ended in a ceasefire on August 14, there have "
    "been calls for an inquiry. The probe was handed in mid-October to general Dan Shomron. "
    "Hezbollah fighters welcomed the war on Tuesday.\n"
)
WAR_TOLD_TWICE = WAR.replace("an inquiry.", "an inquiry into the war with Hezbollah.")


def test_a_bare_description_takes_the_phrase_that_said_which(nlp: Any, tmp_path: Path) -> None:
    found = titles(tmp_path, WAR)
    assert found["2006-08-14"].startswith("The war in Lebanon ended")
    assert found["2006-10"].startswith("The probe into the conduct of staff headquarters was")
    assert found["2006-12-26"] == "Hezbollah fighters welcomed the war in Lebanon"
    found = titles(tmp_path, WAR_TOLD_TWICE)  # named again in other words: as first introduced
    assert found["2006-12-26"] == "Hezbollah fighters welcomed the war in Lebanon"


def test_a_phrase_with_a_clause_says_nothing_of_which(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2006-12-29\n---\nInquiry\n\n"
        "Officials opened a probe into what went wrong. The probe was closed on Tuesday.\n",
    )
    assert found["2006-12-26"].startswith("The probe was closed")


def test_a_phrase_that_points_says_nothing_of_which(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2006-12-29\n---\nBorder\n\n"
        "Heavy fighting in this border region killed 30 people on Sunday. The fighting ended on "
        "Tuesday.\n",
    )
    assert found["2006-12-26"] == "The fighting ended"


def test_a_description_is_the_name_it_heads_before_a_preposition(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2005-11-15\n---\nDoping\n\n"
        "New Zealand is set to adopt the International Convention Against Doping in Sport, a "
        "minister announced on Tuesday. The convention was tabled in Parliament Wednesday.\n",
    )
    assert found["2005-11-09"].startswith(
        "The International Convention Against Doping in Sport was tabled"
    )


def test_a_person_described_by_nationality_or_age_is_named(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "---\npublished: 2005-11-20\n---\nMasters Cup\n\n"
        "The tournament opened in Shanghai. Rafael Nadal beat Roger Federer on Saturday. "
        "Also the 19-year-old Spaniard spared 40 minutes on Tuesday to meet his fans. "
        "Andre Agassi withdrew from the event on Friday. The 35-year-old played badly in his "
        "first match on Monday. Fans in Prague are sick of the sight of Henry - a fortnight "
        "ago the Frenchman scored twice against them. The Chinese won 3-1 on Thursday.\n",
    )
    found = {e.date.edtf: e for e in events}
    assert found["2005-11-15"].title.startswith("Rafael Nadal spared 40 minutes")
    assert [a.text for a in found["2005-11-15"].actors] == ["Rafael Nadal"]
    assert found["2005-11-14"].title.startswith("Andre Agassi played badly")
    assert found["2005-10-31/2005-11-06"].title == "Henry scored twice against them"
    assert found["2005-11-17"].title.startswith("The Chinese won")  # a people or a team


def test_a_nationality_before_a_noun_for_one_person_names_the_person(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2005-11-20\n---\nRoyal Trophy\n\n"
        "Ryder Cup hero Paul McGinley has been unveiled as a player for the tournament. "
        "The Irish ace confirmed on Friday that he will take part. "
        "The star witness testified on Thursday. Top seed Roger Federer reached the final as "
        "the Swiss crushed Gaston Gaudio on Wednesday without losing a game.\n",
    )
    assert found["2005-11-18"].startswith("Paul McGinley confirmed")
    assert found["2005-11-16"].startswith("Roger Federer crushed Gaston Gaudio")
    assert found["2005-11-17"].startswith("The star witness testified")


def test_the_two_sides_are_the_pair_named_together(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2005-11-05\n---\nTalks.\n\n"
        "Japan and North Korea resumed talks in Beijing on Thursday after a year. "
        "The two sides agreed on Friday to meet again. "
        "China and Russia backed the talks on Monday. Both sides met on Tuesday.\n",
    )
    assert found["2005-11-04"].startswith("Japan and North Korea agreed")
    assert found["2005-11-01"].startswith("Both sides met")  # two pairs: which is unclear


def test_a_player_described_by_the_country_he_plays_for_is_the_one_named(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2006-12-28\n---\nInjury\n\n"
        "Wayne Rooney scored twice on Saturday. The England striker was injured on Sunday. "
        "The England team trained on Tuesday.\n",
    )
    assert found["2006-12-24"] == "Wayne Rooney was injured"
    assert found["2006-12-26"].startswith("The England team trained")  # no player noun


def test_the_company_is_never_a_centre_or_an_organization(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2025-04-09\n---\nPlant shut\n\n"
        "Kestrel Valley Foods stopped production at its plant on Feb. 24. The National Center "
        "for Food Safety said on Friday that 23 people had been sickened. The company told "
        "employees last month that it hoped to resume production in May.\n",
    )
    assert found["2025-03"].startswith("Kestrel Valley Foods told employees")


def test_a_description_with_a_common_adjective_is_written_as_introduced(
    nlp: Any, tmp_path: Path
) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2005-11-04\n---\nTalks\n\n"
        "Ministers of the Great Lakes states will hold a ministerial meeting in Arusha next "
        "month. The ministerial meeting will be held on Wednesday, officials said. The "
        "country adopted a new constitution in 1995. The new constitution was amended on "
        "Monday.\n",
    )
    assert found["2005-11-09"].startswith("The ministerial meeting in Arusha will be held")
    assert found["2005-10-31"] == "The new constitution was amended"  # introduced as no more
