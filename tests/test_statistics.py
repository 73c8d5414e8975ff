"""Statistics are not events: an aggregate measured over a period ("core inflation dropped by
0.9 percent in October", "4.13 million students graduated this year") makes no row of a
reader's timeline, while an act by an actor that involves a figure stays one. An entity
timeline keeps every clause of its entity, statistics included."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline.filters import EventFilter
from timeline.models import Event
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model

PUBLISHED = "---\npublished: 2009-06-10\n---\n"


def events_of(tmp_path: Path, text: str, **settings: Any) -> list[Event]:
    (tmp_path / "a.txt").write_text(PUBLISHED + text + "\n", encoding="utf-8")
    return list(build_timeline([tmp_path], Settings(**settings)).timeline.events)


def dated(events: list[Event]) -> list[tuple[str, str | None]]:
    """The events a date of the text gives (not the lead's, at the publication date)."""
    return [(e.date.edtf, e.trigger) for e in events if e.date.edtf != "2009-06-10"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wholesale prices in the province slipped 1.2 percent in April.",  # a measure, a change
        "The jobless rate climbed to 8.1 percent last month.",
        "The number of stray dogs in the city reached 4,000 last year.",  # a count of a group
        "An average of 61 applicants chased each vacancy in 2008.",
        "Some 2.6 million tourists visited the islands in 2008.",  # counted in millions
        "Some 12,400 runners finished the marathon in 2008.",  # in tens of thousands
        "Thousands of cyclists crossed the bridge in May.",
        "At least 212 were executed in 2008 and 190 the year before.",  # a bare count
        "The province recorded 1,304 burglaries in 2008.",  # a place saw a figure
        "Chile exported 1.4 million tonnes of copper in the first four months.",  # its economy
        "Leading indicators edged up 0.3 percent in April.",
        "Japan exported 800,000 dollars worth of beef to the United States in 2008.",
        "Business inventories increased by 0.5 percent in April.",  # a measure
        "Urban dwellers numbered 326 million in 2008.",  # a level
    ],
)
def test_a_statistic_over_a_period_is_no_event(tmp_path: Path, nlp: Any, sentence: str) -> None:
    assert dated(events_of(tmp_path, sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The assembly voted 41-17 in May against the landfill.", "vote"),  # an act, a tally
        ("Harbor Foods reported revenue of $3.2 billion in the first quarter.", "report"),
        ("Nineteen workers were killed in May when a crane collapsed.", "kill"),
        ("The central bank cut its key rate in May.", "cut"),  # a measure, acted on
        ("The interest rate was raised in May.", "raise"),  # the same, in the passive
        ("The jobless rate climbed to 8.1 percent on Tuesday.", "climb"),  # a day: news
        ("Chile exported its first hydrogen cargo to Japan in May.", "export"),  # no amount
        ("The council approved a 5 percent rise in fees in May.", "approve"),  # an act on one
        ("Kia Motors chalked up a 42 percent rise in exports in 2008.", "chalk"),  # its result
        ("The coach numbered the new shirts in May.", "number"),  # no figure: an act
    ],
)
def test_an_act_with_a_figure_stays_an_event(
    tmp_path: Path, nlp: Any, sentence: str, trigger: str
) -> None:
    assert [t for _, t in dated(events_of(tmp_path, sentence))] == [trigger]


def test_a_date_before_a_subordinate_clause_dates_the_main_clause(tmp_path: Path, nlp: Any) -> None:
    events = events_of(
        tmp_path, "The county declared a drought last week after the reservoir level fell to 30%."
    )
    assert [t for _, t in dated(events)] == ["declare"]


def test_an_entity_timeline_keeps_its_statistics(tmp_path: Path, nlp: Any) -> None:
    text = "News\n\nTourism in Lanzarote grew fast.\n\nLanzarote saw 2.6 million visitors in 2008."
    reader = events_of(tmp_path, text)
    assert "2008" not in [e.date.edtf for e in reader]
    entity = events_of(tmp_path, text, entity_timeline=True, filter=EventFilter(entity="Lanzarote"))
    assert "2008" in [e.date.edtf for e in entity]


@pytest.mark.parametrize(
    "sentence",
    [
        "The carmaker's losses amount to about 3 billion dollars in 2008.",  # a level
        "The mills operated at 81.5 percent of capacity last week.",
        "Floods and storms caused insured losses of about 9 billion dollars in 2008.",
        "From 1990 to 2000, droughts ruined the harvests of 12 million farmers.",  # a count
        "The Dutch economy grew at a 1.5 percent rate in the first quarter.",  # a measure
        "Some 3,000 people have died in the fighting this year.",  # a toll so far
    ],
)
def test_the_level_of_a_figure_over_a_period_is_no_event(
    tmp_path: Path, nlp: Any, sentence: str
) -> None:
    assert dated(events_of(tmp_path, sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The carmaker lost 3 billion dollars in 2008.", "lose"),  # its own results, an act
        ("The border was run by the league in 1999.", "run"),  # a date is no figure
    ],
)
def test_results_and_dates_are_no_levels(
    tmp_path: Path, nlp: Any, sentence: str, trigger: str
) -> None:
    assert [t for _, t in dated(events_of(tmp_path, sentence))] == [trigger]


@pytest.mark.parametrize(
    "sentence",
    [
        "Antarctica's ice shelf lost about 150 billion tonnes of ice a year on average between "
        "1995 and 2005.",  # a rate, a mean
        "Exports grew 6 percent annually in the 1990s.",
        "Trade between Peru and Chile reached 3.1 billion dollars last year.",  # trade: a measure
        "Injuries at the firm's mines fell by a quarter in 2008.",  # a count of incidents
        "The four countries account for 92 percent of all executions last year.",  # a share
        "The city's police department reported 2,603 robberies last year.",  # a tally
        "It also saw some 12,490 armed clashes during 2008.",  # "it": a place, not a person
        "Such batteries were blamed for 268 fires in 2008, the fire department said.",
        "Harlow's shares, which traded above $40 in 2007, fell sharply.",  # a level
    ],
)
def test_a_rate_a_mean_and_a_count_of_incidents_are_statistics(
    nlp: Any, tmp_path: Path, sentence: str
) -> None:
    assert dated(events_of(tmp_path, sentence)) == []


def test_a_time_counted_from_now_is_no_rate(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "The first verdict was annulled a year ago.")
    assert ("2008", "annul") in dated(events)


def test_a_markets_day_is_no_row_of_a_readers_timeline_but_stays_in_an_entity_timeline(
    nlp: Any, tmp_path: Path
) -> None:
    text = (
        "---\npublished: 2024-05-10\n---\nMarkets\n\n"
        "Australian share prices closed down 0.43 percent on Thursday, dealers said.\n\n"
        "The dollar slipped to 117.96 yen in Tokyo morning trade on Friday.\n\n"
        "The SET index lost 2.41 points to close at 694.44 points on Tuesday.\n\n"
        "Qantas shed 200 jobs on Wednesday. Acme shares began trading in Bangkok on Monday.\n\n"
        "It inched up 4.3 percent to 2.45 dollars per share at Thursday's closing.\n\n"
        "Qantas paid a dividend of 10 cents per share on Tuesday.\n\n"
        "A total of 606,760 shares worth 2.9 million dollars changed hands on Thursday.\n\n"
        "Some 300 million shares were traded in Tokyo on Thursday.\n\n"
        "The airline changed its name on Thursday.\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    reader = build_timeline([tmp_path], Settings()).timeline.events
    assert [(e.date.edtf, e.trigger) for e in reader if e.anchor.value != "document-date"] == [
        ("2024-05-06", "trade"),  # a listing
        ("2024-05-07", "pay"),  # a price per share paid: an act
        ("2024-05-08", "shed"),  # an airline's act stays
        ("2024-05-09", "change"),  # a name changed: not the day's trading volume
    ]
    entity = build_timeline([tmp_path], Settings(entity_timeline=True)).timeline.events
    assert {"close", "slip"} <= {e.trigger for e in entity}


def test_a_rank_is_a_description_not_an_event(nlp: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "South Africa has the largest leasing industry in the continent with 4.6 billion "
        "dollars in 2005.\n",
        encoding="utf-8",
    )
    events = build_timeline([tmp_path], Settings()).timeline.events
    assert [e.date.edtf for e in events] == []


def test_a_count_reaching_a_bare_figure_is_a_tally(nlp: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Passengers on the line will top 500,000 in 2025. Visitors exceeded 2 million in 2023. "
        "Federer reached 10 titles in 2004.\n",
        encoding="utf-8",
    )
    events = build_timeline([tmp_path], Settings()).timeline.events
    assert [(e.date.edtf, e.trigger) for e in events] == [("2004", "reach")]  # titles counted


def test_a_date_of_a_measure_dates_no_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The job approval rating of the governor in November 2007 was 65 percent. The "
        "governor resigned in March 2008.",
    )
    assert [e.date.edtf for e in events if e.anchor.value != "document-date"] == ["2008-03"]


def test_a_rate_a_record_is_counted_from_is_no_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The yield was the highest since these bonds brought 4.22 percent on March 19, 2001. "
        "It was the worst attack since rebels killed 40 soldiers in March 2003.",
    )
    assert dated(events) == [("2003-03", "kill")]  # the base rate: no row; an attack: a row


@pytest.mark.parametrize(
    "sentence",
    [
        "Reforms helped the central bank beat its targets, bringing the rate from 9.1 percent "
        "in 2004 to 4.2 percent in 2007.",
        "The toll was higher only once: 212 in March 2006, according to army figures.",
    ],
)
def test_the_time_a_value_held_dates_no_event(nlp: Any, tmp_path: Path, sentence: str) -> None:
    found = dated(events_of(tmp_path, "Figures\n\n" + sentence))
    assert not [d for d, _ in found if d.startswith(("2004", "2006", "2007"))]


def test_a_date_beside_a_count_of_things_still_dates_the_act(nlp: Any, tmp_path: Path) -> None:
    found = dated(
        events_of(tmp_path, "Cup\n\nThe Dutch coach steered Norland to the last four in 2002.")
    )
    assert ("2002", "steer") in found
