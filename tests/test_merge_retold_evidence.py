"""A coarse date takes a finer one told by another source only when what they share is told
by the events themselves (a word of a headline), not by the rest of their sentences: "…,
dealers said" in two stories ties no two acts. Dates that disagree are one act's conflict,
but for a plan dated after the deed."""

from __future__ import annotations

from dataclasses import replace

from tests.test_merge_precision import ROE, background, told
from timeline.merge import merge_events
from timeline.models import Event, Modality


def _coarse() -> Event:
    return told(
        "a",
        "The refinery was closed for repairs in 2022, dealers said.",
        "2022",
        "2022",
        "close",
        subject="The refinery",
    )


def test_a_word_only_of_another_clause_does_not_tie_a_coarse_date_to_a_finer_one() -> None:
    fine = told(
        "b",
        "Officials closed the harbour after a storm on May 3, 2022, dealers said.",
        "May 3, 2022",
        "2022-05-03",
        "close",
        subject="Officials",
    )
    merged = merge_events([_coarse(), fine, *background()])
    assert not any(len({m.doc_id for m in e.mentions}) > 1 for e in merged)


def test_a_word_of_the_headlines_still_ties_a_coarse_date_to_a_finer_one() -> None:
    fine = told(
        "b",
        "The refinery was closed for repairs to its boilers on May 3, 2022.",
        "May 3, 2022",
        "2022-05-03",
        "close",
        subject="The refinery",
    )
    merged = merge_events([_coarse(), fine, *background()])
    (event,) = [e for e in merged if {m.doc_id for m in e.mentions} == {"a", "b"}]
    assert event.date.edtf == "2022-05-03"


def test_a_plan_dated_after_the_deed_is_another_occasion() -> None:
    """ "convicted Roe on March 13" / "will convict … on March 20": told after the deed, a plan
    is of an act to come; told as done, the two dates are one act's conflict."""
    done = told(
        "a",
        "A jury convicted Jane Roe of fraud on March 13, 2024.",
        "March 13, 2024",
        "2024-03-13",
        "convict",
        ROE,
    )
    again = told(
        "b",
        "A jury convicted Roe of fraud on March 20, 2024.",
        "March 20, 2024",
        "2024-03-20",
        "convict",
        ROE,
    )
    planned = replace(again, modality=Modality.PLANNED)
    merged = merge_events([done, planned, *background()])
    assert not any(len({m.doc_id for m in e.mentions}) > 1 for e in merged)
    merged = merge_events([done, again, *background()])
    assert any({m.doc_id for m in e.mentions} == {"a", "b"} for e in merged)
