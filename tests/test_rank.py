"""Salience: independent sources, explicit and precise dates, confidence, and a title or
lead, each weighted by the one frozen `WEIGHTS` value."""

from __future__ import annotations

import dataclasses

import pytest

from timeline.models import Anchor, Timeline
from timeline.rank import WEIGHTS, SalienceWeights, precision, ranked, salience, top

from .made import Told, timeline


def order(made: Timeline, weights: SalienceWeights = WEIGHTS) -> list[str]:
    return [e.title for e in ranked(made, weights)]


def test_more_independent_sources_rank_higher() -> None:
    made = timeline(
        Told("2020-01-01", "one"),
        Told("2020-01-02", "three", docs=("a", "b", "c")),
        Told("2020-01-03", "two", docs=("a", "b")),
    )
    assert order(made) == ["three", "two", "one"]


def test_articles_of_one_outlet_are_one_source() -> None:
    told = (Told("2020-01-01", "wire", docs=("a", "b")), Told("2020-01-02", "two", docs=("c", "d")))
    same = timeline(*told, sources={"a": "AP", "b": " ap "})
    assert order(same) == ["two", "wire"]
    assert order(timeline(*told)) == ["wire", "two"]  # a tie keeps the date order


def test_an_explicit_date_ranks_above_a_relative_one_and_the_articles_date() -> None:
    made = timeline(
        Told("2020-01-01", "article's date", anchor=Anchor.DOCUMENT_DATE, docs=("a",)),
        Told("2020-01-02", "relative", anchor=Anchor.RELATIVE, docs=("b",)),
        Told("2020-01-03", "explicit", docs=("c",)),
    )
    assert order(made) == ["explicit", "relative", "article's date"]


@pytest.mark.parametrize(
    ("finer", "coarser"),
    [("2020-05-04", "2020-05"), ("2020-05", "2020"), ("2020-22", "2020"), ("2020", "202X"),
     ("202X", "20XX"), ("2020-05-04/2020-05-10", "2020-05/2021-05"), ("2020-34", "2020")],
)  # fmt: skip
def test_a_precise_date_ranks_above_a_coarse_one(finer: str, coarser: str) -> None:
    from timeline.edtf import parse_edtf

    assert precision(parse_edtf(finer)) > precision(parse_edtf(coarser))
    made = timeline(Told(coarser, "coarse", docs=("a",)), Told(finer, "fine", docs=("b",)))
    assert order(made)[0] == "fine"


def test_confidence_counts() -> None:
    made = timeline(
        Told("2020-01-01", "unsure", confidence=0.4), Told("2020-01-02", "sure", confidence=0.9)
    )
    assert order(made) == ["sure", "unsure"]


def test_a_title_or_lead_event_ranks_above_one_told_further_down() -> None:
    deep = [Told(f"2019-0{m}-01", f"deep {m}", docs=("a",), at=100 * m) for m in range(1, 6)]
    later = [Told(f"2020-01-0{d}", f"later {d}", docs=("b",), at=900 + d) for d in range(1, 4)]
    lead = Told("2020-02-01", "in the lead", docs=("b",), at=200)
    made = timeline(*deep, *later, lead)
    scores = salience(made)
    by_title = {e.title: scores[e.id] for e in made.events}
    assert by_title["in the lead"] > by_title["later 3"]
    assert by_title["deep 1"] > by_title["deep 5"]  # the first three of "a" are its lead
    titled = timeline(Told("2020-01-01", "Title of a", at=9000), Told("2020-01-02", "other", at=9))
    assert order(titled) == ["Title of a", "other"]  # its sentence is the document's title


def test_the_weights_are_one_frozen_value_that_decides_the_order() -> None:
    made = timeline(
        Told("20XX", "century, two sources", docs=("a", "b"), at=1),
        Told("2020-05-04", "day, one source", docs=("c",), at=1),
    )
    assert order(made) == ["century, two sources", "day, one source"]
    assert order(made, SalienceWeights(sources=0.5)) == ["day, one source", "century, two sources"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        WEIGHTS.sources = 0  # type: ignore[misc]


def test_top_keeps_the_most_salient_in_the_timelines_order() -> None:
    made = timeline(
        Told("2020-01-01", "a", docs=("a", "b")),
        Told("2020-01-02", "b"),
        Told("2020-01-03", "c", docs=("a", "b", "c")),
    )
    assert [e.title for e in top(made, 2).events] == ["a", "c"]
    assert [e.title for e in top(made, 10).events] == ["a", "b", "c"]
