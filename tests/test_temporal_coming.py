"""A date without its year that names a coming event is the one meant by the news, not one a
year off: the nearest occurrence for an event held on a set day ("the May 1 elections"; the
last one when the clause tells it as past), and a
date told in the future a few days before the article is this year's ("is due to reach
Albania by April 24" in April 25's paper)."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.edtf import parse_edtf
from timeline.temporal import normalize
from timeline.temporal.resolve import Context, Tense


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("April 24", "1997-04-25", "1997-04-24"),  # written the day before, or the plan slipped
        ("November 13", "2006-11-14", "2006-11-13"),
        ("April 30", "1997-04-25", "1997-04-30"),  # ahead: as before
        ("March 1", "1997-04-25", "1998-03-01"),  # well past: next year's, as before
    ],
)
def test_a_future_date_just_before_the_article_is_this_years(
    phrase: str, published: str, expected: str
) -> None:
    reading = normalize(phrase, Context(parse_edtf(published), None, Tense.FUTURE))
    assert reading is not None and reading.value is not None
    assert reading.value.edtf == expected


# sentence, document date, expression, TIMEX3 value
COMING = [
    ("The campaign for the May 1 elections entered its final week.", "1997-04-20", "May 1",
     "1997-05-01"),
    ("Voters cast ballots in the November 7 elections.", "1997-11-20", "November 7",
     "1997-11-07"),
    ("The opposition campaigned hard for Sunday's referendum.", "2005-12-16", "Sunday",
     "2005-12-18"),
    ("Iraqis abroad start voting ahead of Thursday's general election.", "2005-12-13",
     "Thursday", "2005-12-15"),
    # the date after the event's noun: "eight days before the election on May 1"
    ("The poll was published eight days before the general election on May 1.", "1997-04-24",
     "May 1", "1997-05-01"),
    ("Voters boycotted the election on March 3.", "1997-04-24", "March 3", "1997-03-03"),
    # what a thing is set for: the nearest such day, whatever tells it (a Sunday's paper)
    ("The union has called a general strike for Monday.", "2005-12-11", "Monday", "2005-12-12"),
    ("Police arrested two men for Monday's bombing.", "2005-12-07", "Monday", "2005-12-05"),
    # told as past, it is the last one
    ("The Sunni elite boycotted the January 30 election.", "2005-12-13", "January 30",
     "2005-01-30"),
    ("The suicide attacks killed almost 40 people during January's election.", "2005-12-15",
     "January", "2005-01"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "phrase", "timex"), COMING)
def test_a_date_that_names_a_scheduled_event_is_the_nearest(
    nlp: Any, text: str, published: str, phrase: str, timex: str
) -> None:
    from timeline.temporal import extract_time_expressions

    found = extract_time_expressions(nlp(text), parse_edtf(published))
    assert {e.text: e.timex_value for e in found}.get(phrase) == timex, found


# a gerund after "after" on a past act came before it: past too, not the coming January
AFTER_A_PAST_ACT = [
    ("Hamas formed the government after winning parliamentary elections in January.",
     "2006-12-02", "January", "2006-01"),
    ("The leader resigned after losing the vote in March.", "2006-12-02", "March", "2006-03"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "phrase", "timex"), AFTER_A_PAST_ACT)
def test_a_gerund_after_a_past_act_is_past(
    nlp: Any, text: str, published: str, phrase: str, timex: str
) -> None:
    from timeline.temporal import extract_time_expressions

    found = extract_time_expressions(nlp(text), parse_edtf(published))
    assert {e.text: e.timex_value for e in found}.get(phrase) == timex, found
