"""What is no act to merge on: a span ("since 2003") holds no date of an act, and reporting or a
verb as general as "make" names no act, so two reports a few days apart are not one event."""

from __future__ import annotations

from dataclasses import replace

from tests.test_merge_precision import told
from timeline.merge import merge_events
from timeline.models import Actor, Participant

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


EU = (Actor("European Union", "ORG"),)


def test_an_act_on_two_dates_sharing_only_a_mentioned_name_is_two_events() -> None:
    italy = replace(
        told(
            "a",
            "The Italian government rejected the EU budget plan on Tuesday.",
            "on Tuesday",
            "2005-12-06",
            "reject",
            EU,
        ),
        participants=(Participant("subject", "The Italian government"),),
    )
    voters = replace(
        told(
            "b",
            "French and Dutch voters rejected the EU constitution in 2005.",
            "in 2005",
            "2005",
            "reject",
            (*EU, Actor("French", "NORP"), Actor("Dutch", "NORP")),
        ),
        participants=(
            Participant(
                "subject",
                "French and Dutch voters",
                (Actor("French", "NORP"), Actor("Dutch", "NORP")),
            ),
        ),
    )
    assert len(merge_events([italy, voters])) == 2


def test_an_act_on_two_dates_told_of_the_same_subject_is_one_event() -> None:
    kessler = (Actor("Ron Kessler", "PERSON"),)
    month = replace(
        told(
            "a",
            "Ron Kessler was indicted in June 2022.",
            "in June 2022",
            "2022-06",
            "indict",
            kessler,
        ),
        participants=(Participant("subject", "Ron Kessler", kessler),),
    )
    year = replace(
        told(
            "b",
            "Ron Kessler was indicted the following year, 2022.",
            "2022",
            "2022",
            "indict",
            kessler,
        ),
        participants=(Participant("subject", "Ron Kessler", kessler),),
    )
    assert len(merge_events([month, year])) == 1
