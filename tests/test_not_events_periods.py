"""Not events: what lasts since a year or longer ago, forecasts of a state or a figure, a
market's state told as going on, and people staying somewhere make no row, though a date is
near. Onsets a reader can place, negation, and acts planned, expected or possible stay."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline.filters import EventFilter
from timeline.models import Anchor, Event
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model

PUBLISHED = "2006-12-15"


def events_of(
    tmp_path: Path, text: str, published: str = PUBLISHED, **settings: Any
) -> list[Event]:
    (tmp_path / "a.txt").write_text(f"---\npublished: {published}\n---\n{text}\n", "utf-8")
    return list(build_timeline([tmp_path], Settings(**settings)).timeline.events)


def dated(events: list[Event], published: str = PUBLISHED) -> list[tuple[str, str | None]]:
    """The events a date of the text gives (not the lead's, at the publication date)."""
    return [(e.date.edtf, e.trigger) for e in events if e.date.edtf != published]


@pytest.mark.parametrize(
    "sentence",
    [
        "Democrats had held the majority since 2019.",  # a state since a year
        "Abu Marzuk, who has lived in the United States since 1982, was arrested.",
        "Rebels have killed 300 people since 1990.",  # a tally since a year
        "The United States has maintained a trade embargo against Cuba since 1962.",
        "Myanmar has been ruled by the military since 1962.",
        # since an event named, dated by it
        "The general, who has led his country since its 1980 independence, met the envoy.",
    ],
)
def test_what_lasts_since_a_year_is_no_event(nlp: Any, tmp_path: Path, sentence: str) -> None:
    assert dated(events_of(tmp_path, sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Vranitzky, who has headed the mission to Albania since its inception March 27, spoke.",
        "Residents of Ridgeview have been under a boil-water notice since Aug. 15.",
        "Since the closure on March 21, only three thousand Palestinians are authorized to work"
        " in the zones.",
        "The rebels have controlled the north of the country since September.",
        "The Federal Reserve has held its base rate steady since August.",
    ],
)
def test_a_state_since_a_month_or_a_day_is_no_event(
    nlp: Any, tmp_path: Path, sentence: str
) -> None:
    assert dated(events_of(tmp_path, sentence)) == []


def test_an_onset_since_a_month_or_a_day_stays_an_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Since August 2022, Chicago has welcomed at least 8,000 migrants to the City.",
        published="2023-05-20",
    )
    assert dated(events, "2023-05-20") == [("2022-08/2023-05-20", "welcome")]


def test_an_activity_under_way_since_a_year_stays_an_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "Maoist rebels have been fighting the army since 1996.")
    assert dated(events) == [("1996/2006-12-15", "fight")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vaughan has not played for England since 2003.",  # what has not happened since
        "The two mayors have not met since October 2004.",
        "He has not been seen in public since July 26.",
        "She has been bothered by a strained chest muscle since August.",  # so since
        "At least three other Europeans have been slain in robberies since September 2004.",
        "Police, who have been fighting the gangs since May 2003, warned of attacks.",
        "Annan has taken a personal interest in the talks since taking office in January.",
    ],
)
def test_a_state_since_a_date_is_no_event(nlp: Any, tmp_path: Path, sentence: str) -> None:
    # nor is the date within the phrase the clause's ("since taking office in January"); a
    # lead's news stays, at the article's date ("Police warned of attacks")
    events = events_of(tmp_path, sentence)
    assert [e.title for e in events if e.anchor is not Anchor.DOCUMENT_DATE] == []


def test_an_act_begun_since_a_day_stays_an_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The border checkpoint has started temperature monitoring since Thursday.",
        published="2005-11-18",
    )
    assert [e.date.edtf for e in events] == ["2005-11-17/2005-11-18"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The industry is unlikely to return to its boom years this year, analysts said.",
        "Film producers hope to make 35 million francs in 2007.",  # a figure hoped for
        "Weber said the Bundesbank was pencilling in a deficit ratio of around two percent "
        "this year.",  # the forecast itself
        "Microsoft wants a share of the business network market, which is predicted to "
        "exceed 50 billion dollars in 2007.",
        "Consumer price inflation is likely to moderate through the early months of 2007.",
        "Trade reached 1.6 billion dollars last year, a figure both governments expect to "
        "double by 2012.",  # the measure a relative clause describes
        "Weber said that the public deficit was set to fall back within EU limits this year.",
    ],
)
def test_a_forecast_of_a_state_or_a_figure_is_no_event(
    nlp: Any, tmp_path: Path, sentence: str
) -> None:
    assert dated(events_of(tmp_path, sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The president is expected to sign the bill in January.", ("2007-01", "sign")),
        ("Sudan could join OPEC in March.", ("2007-03", "join")),
        ("The company is due to report its results in January.", ("2007-01", "be")),
        ("If the talks fail, the union will strike in January.", ("2007-01", "strike")),
        # a forecast made, with its own date: the act of a source
        ("INSEE in early October predicted French growth of 2.3 percent.", ("2006-10", "predict")),
        (
            "The government estimated the damage at 5 million dollars in October.",
            ("2006-10", "estimate"),
        ),
    ],
)
def test_acts_planned_expected_or_possible_stay_events(
    nlp: Any, tmp_path: Path, sentence: str, expected: tuple[str, str]
) -> None:
    assert dated(events_of(tmp_path, sentence)) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        '"The market is struggling this year," a trader said.',  # a market's state, going on
        "About 700 people were staying there on Tuesday.",  # people staying somewhere
    ],
)
def test_a_state_going_on_is_no_event(nlp: Any, tmp_path: Path, sentence: str) -> None:
    assert dated(events_of(tmp_path, sentence)) == []


def test_an_entity_timeline_keeps_what_lasts_and_what_is_expected(nlp: Any, tmp_path: Path) -> None:
    text = (
        "Democrats had held the majority since 2019.\n\n"
        "Democrats hope to make 30 million dollars in 2007."
    )
    assert dated(events_of(tmp_path, text)) == []
    entity = events_of(tmp_path, text, entity_timeline=True, filter=EventFilter(entity="Democrats"))
    dates = {e.date.edtf.split("/")[0] for e in entity}
    assert {"2019", "2007"} <= dates


def test_a_state_going_on_in_the_future_is_a_forecast(nlp: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "---\npublished: 2024-05-10\n---\nNews\n\nThe chemicals group warned on Friday that the "
        "squeeze on its margins would continue into the third quarter.\nThe weaker demand might "
        "last into the first half of 2025.\nTalks will continue in June, officials said.\n",
        encoding="utf-8",
    )
    events = build_timeline([tmp_path], Settings()).timeline.events
    going_on = [(e.date.edtf, e.title) for e in events if e.trigger in ("continue", "last")]
    # talks held on: news of their own;
    assert going_on == [("2024-06", "Talks will continue, officials said")]
    # the squeeze and the weaker demand are forecasts of a state
