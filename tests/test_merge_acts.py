"""What is no act to merge on: a span ("since 2003") holds no date of an act, and reporting or a
verb as general as "make" names no act, so two reports a few days apart are not one event."""

from __future__ import annotations

from tests.test_merge_precision import told
from timeline.merge import merge_events
from timeline.models import Actor

PENTAGON = (Actor("Pentagon", "ORG"),)
LEAGUE = (Actor("Northern Hockey League", "ORG"),)


def test_a_day_within_a_span_is_not_the_span_retold() -> None:
    one = told(
        "a",
        "A soldier was killed by a roadside bomb on Saturday, the Pentagon said.",
        "on Saturday",
        "2006-12-02",
        "kill",
        PENTAGON,
    )
    toll = told(
        "b",
        "Two more soldiers were killed in action, the Pentagon said, the toll since 2003.",
        "since 2003",
        "2003/2006-12-18",
        "kill",
        PENTAGON,
    )
    assert len(merge_events([one, toll])) == 2


def test_two_reports_days_apart_are_two_events() -> None:
    first = told(
        "a",
        "The Northern Hockey League website reported on Friday that the deal is worth millions.",
        "on Friday",
        "2006-12-15",
        "report",
        LEAGUE,
    )
    second = told(
        "b",
        "The Northern Hockey League reported on Tuesday that its divisions may be realigned.",
        "on Tuesday",
        "2006-12-19",
        "report",
        LEAGUE,
    )
    assert len(merge_events([first, second])) == 2
