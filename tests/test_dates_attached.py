"""Which date an event gets when the sentence's date belongs to something else (issue 13, item
1): a limit the act set ("gave them until Friday"), the base of a compared figure ("against 17
million francs last year"), a period told relative to a date ("its pre-1996 boom years")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline.models import Anchor, Event
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model

# A Wednesday: "Friday" and "Monday" in a clause of giving or adjourning are still ahead.
PUBLISHED = "2006-12-06"


def events_of(tmp_path: Path, text: str, published: str | None = PUBLISHED) -> list[Event]:
    front = f"---\npublished: {published}\n---\n" if published else ""
    (tmp_path / "a.txt").write_text(front + text + "\n", encoding="utf-8")
    return list(build_timeline([tmp_path], Settings()).timeline.events)


def dated(events: list[Event], trigger: str) -> list[tuple[str, str]]:
    return sorted((e.date.edtf, e.anchor.value) for e in events if e.trigger == trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "limit"),
    [
        (
            "The president gave the ruling coalition until Friday to agree on a new budget.",
            "give",
            "until Friday",
        ),
        ("The judge adjourned the trial until Monday.", "adjourn", "until Monday"),
    ],
)
def test_a_limit_still_ahead_dates_the_act_by_the_article(
    nlp: Any, tmp_path: Path, text: str, trigger: str, limit: str
) -> None:
    events = events_of(tmp_path, text)
    assert dated(events, trigger) == [(PUBLISHED, Anchor.DOCUMENT_DATE.value)]
    (event,) = (e for e in events if e.trigger == trigger)
    assert limit in event.title  # the limit is what the act set: it stays in the headline


def test_another_date_of_the_act_wins_over_its_limit(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "On Tuesday the judge adjourned the trial until Monday.")
    assert dated(events, "adjourn") == [("2006-12-05", Anchor.RELATIVE.value)]


def test_a_limit_without_a_publication_date_still_dates_the_act(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "The judge adjourned the trial until March 3, 2007.", None)
    assert dated(events, "adjourn") == [("2007-03-03", Anchor.EXPLICIT.value)]


@pytest.mark.parametrize(
    "text",
    [
        "The group posted a net profit of 20 million francs, against 17 million francs last year.",
        "The dollar rose to 121.34 yen in Tokyo afternoon trade from 120.56 yen in New York "
        "late Monday.",
    ],
)
def test_the_date_of_a_figure_compared_with_dates_no_event(
    nlp: Any, tmp_path: Path, text: str
) -> None:
    assert [e.date.edtf for e in events_of(tmp_path, text)] == []


def test_a_figure_after_from_without_a_change_is_no_comparison(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "Police rescued 200 people from 3 villages on Monday.")
    assert [e.date.edtf for e in events] == ["2006-12-04"]


def test_a_period_told_relative_to_a_date_dates_no_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "The firm never regained its pre-1996 boom years.", None)
    assert [e.date.edtf for e in events] == []


def test_the_end_of_a_range_a_thing_is_for_dates_no_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The summit in Brussels is dominated by wrangling over the bloc's budget for 2007 to 2013.",
        None,
    )
    assert [e.date.edtf for e in events] == []


def test_the_base_of_a_figure_little_changed_dates_no_event(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "The insurer scored a net profit of 47.3 million marks, little changed from 47.1 million "
        "marks in 1995.",
        None,
    )
    assert [e.date.edtf for e in events] == []


def test_a_limit_of_what_is_still_to_come_stays_its_date(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "The airport will stay closed until Friday.")
    assert dated(events, "stay") == [("2006-12-08", Anchor.RELATIVE.value)]


def test_a_done_act_dated_only_after_the_article_is_the_articles_news(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path, "The ministers called for further discussion on enlargement in 2007."
    )
    assert dated(events, "call") == [(PUBLISHED, Anchor.DOCUMENT_DATE.value)]


def test_a_done_act_whose_only_date_is_a_weekend_ahead_is_the_articles_news(
    nlp: Any, tmp_path: Path
) -> None:
    friday = "2006-12-08"  # the weekend starts the next day
    events = events_of(
        tmp_path,
        "The opposition leader dismissed the planned talks this weekend as pointless.",
        published=friday,
    )
    assert dated(events, "dismiss") == [(friday, Anchor.DOCUMENT_DATE.value)]


def test_a_date_given_to_what_the_act_plans_stays_its_date(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "The council scheduled a vote for March 3.")
    assert [e.date.edtf for e in events] == ["2007-03-03"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number inside a word is no figure compared with
        (
            "The mayor's approval rating rebounded from 20-month lows Monday afternoon as voters "
            "warmed to the plan.",
            ["2006-12-04"],
        ),
        # a range gives the new level with the old: its date is the change's
        ("The company increased its budget from 10 to 20 billion dollars in 2005.", ["2005"]),
        # a participle of its own keeps its date beside its head's
        (
            "Founded in 1990 by two engineers, the firm expanded quickly in the 2000s.",
            ["1990", "200X"],
        ),
        # a range of days is no limit
        (
            "The media conference, being held Thursday through Saturday, was organized by the "
            "press union.",
            ["2006-11-30", "2006-12-02"],
        ),
    ],
)
def test_dates_that_stay_the_events(
    nlp: Any, tmp_path: Path, text: str, expected: list[str]
) -> None:
    assert sorted(e.date.edtf for e in events_of(tmp_path, text)) == expected


def test_a_date_a_thing_is_given_stays_its_date(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path, "The board declared a special dividend of 30 cents a share, payable Jan. 5."
    )
    assert [e.date.edtf for e in events] == ["2007-01-05"]


def test_a_date_of_a_clause_under_a_dated_verb_is_not_the_verbs(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Rebel forces retreated on Monday after capturing two towns the previous week.",
    )
    assert [e.date.edtf for e in events if e.trigger == "retreat"] == ["2006-12-04"]


def test_a_date_deep_in_another_nouns_phrase_dates_its_event_noun(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "A party spokesman told reporters in Abuja Monday that the decision had been taken in "
        "response to Kovac's defection early last week.\n\n"
        "Three soldiers are to face murder charges in connection with the killing of 12 "
        "villagers in the town of Tal Afar last year, their lawyers said Thursday.",
    )
    assert dated(events, "take") == []  # the defection's week, not the decision's
    assert ("2006-11-27/2006-12-03", "relative") in dated(events, "defection")
    assert dated(events, "be") == []  # last year is the killing's, not the charges'
    assert dated(events, "killing") == [("2005", "relative")]


def test_a_day_at_the_end_of_a_nouns_phrase_stays_the_clauses(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        "Rovers ended the league leaders' unbeaten run with a 2-0 victory in the cup at "
        "Ewood Park on Saturday.",
    )
    assert dated(events, "end") == [("2006-12-02", "relative")]


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        (
            "The campaign began after Sept. 18, when federal agents arrested 46 workers at a "
            "poultry plant.",
            "arrest",
            "2006-09-18",
        ),
        (
            "The last such attack was in 1988, when a bomb destroyed a Pan Am jet.",
            "destroy",
            "1988",
        ),
    ],
)
def test_a_when_clause_on_a_date_tells_what_happened_then(
    nlp: Any, tmp_path: Path, text: str, trigger: str, date: str
) -> None:
    events = events_of(tmp_path, text)
    assert [e.date.edtf for e in events if e.trigger == trigger] == [date]
    assert [e for e in events if e.trigger in ("begin", "be")] == []  # placed after it, a state


def test_a_period_result_told_by_a_dated_report_is_the_reports_row(
    nlp: Any, tmp_path: Path
) -> None:
    events = events_of(
        tmp_path,
        "Dummy Corp. said little. The company reported on Dec. 4 that it lost $18 million in "
        "the third quarter, compared with a profit of $6 million a year earlier.",
    )
    assert [(e.trigger, e.date.edtf) for e in events if e.trigger in ("report", "lose")] == [
        ("report", "2006-12-04")
    ]


def test_today_in_a_quote_told_on_a_day_is_the_speakers_one_row(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        'Dummy Corp. said little. "Today we signed the agreement," the minister said on Monday.',
    )
    assert [e.date.edtf for e in events if "signed the agreement" in e.title] == ["2006-12-04"]


def test_today_in_a_quote_told_undated_is_the_articles_day(nlp: Any, tmp_path: Path) -> None:
    events = events_of(
        tmp_path, 'Dummy Corp. said little. "Today we signed the agreement," the minister said.'
    )
    assert [e.date.edtf for e in events if "signed the agreement" in e.title] == ["2006-12-06"]
