"""A coarse date takes a finer one told by another source only when what they share is told
by the events themselves (a word of a headline), not by the rest of their sentences: "…,
dealers said" in two stories ties no two acts."""

from __future__ import annotations

from tests.test_merge_precision import background, told
from timeline.merge import merge_events
from timeline.models import Event


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
