"""Salience: which events of a timeline matter most, for `--top N` and for the table that
fits a screen. A score per event from what the timeline itself says, never the text again:

- independent sources: the outlets that report it (a document without an outlet counts as
  its own), by doublings (2 sources score 1, 4 score 2), so that sources lead but do not drown
  the rest;
- an explicit date: the text names it (1), resolves it from a relative phrase (1/2), or only
  the article's date stands for it (0);
- precision: a day counts in full, a month 0.8, a season or quarter 0.6, a year 0.5, a
  decade 0.2, a century nothing (a span by the days it covers);
- confidence: the event's own, 0 to 1;
- prominence: told in an article's title or in its lead (the first `LEAD_SENTENCES`
  sentences of the article that tell an event).

Each is weighted by `WEIGHTS`; ties keep the timeline's (chronological) order.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace

from timeline.edtf import Granularity, NormalizedDate
from timeline.models import Anchor, Event, Timeline


@dataclass(frozen=True)
class SalienceWeights:
    """How much each feature adds to an event's score."""

    sources: float = 2.0  # per doubling of the independent sources
    explicit: float = 1.0  # a date the text names
    precision: float = 1.0  # a day rather than a century
    confidence: float = 1.0  # the event's confidence
    prominence: float = 1.0  # told in a title or a lead


WEIGHTS = SalienceWeights()
LEAD_SENTENCES = 3  # an article's first sentences that tell events: its lead
ANCHOR_VALUE = {Anchor.EXPLICIT: 1.0, Anchor.RELATIVE: 0.5, Anchor.DOCUMENT_DATE: 0.0}
# Precision by granularity, and the days each spans at most (for spans of other lengths).
PRECISION = (
    (Granularity.DAY, 1, 1.0),
    (Granularity.MONTH, 31, 0.8),
    (Granularity.QUARTER, 92, 0.6),
    (Granularity.SEASON, 92, 0.6),
    (Granularity.YEAR, 366, 0.5),
    (Granularity.DECADE, 3653, 0.2),
    (Granularity.CENTURY, 36525, 0.0),
)


def precision(value: NormalizedDate) -> float:
    """How exactly a date is known, 1 (a day) to 0 (a century or longer)."""
    for granularity, days, score in PRECISION:
        if value.granularity is granularity or (
            value.granularity is Granularity.INTERVAL and value.days <= days
        ):
            return score
    return 0.0


def salience(timeline: Timeline, weights: SalienceWeights = WEIGHTS) -> dict[str, float]:
    """Each event's score by its id: higher is more salient."""
    outlets = {d.id: (d.source or "").strip().casefold() or f"#{d.id}" for d in timeline.documents}
    titles = {d.id: d.title for d in timeline.documents if d.title}
    leads = _lead_mentions(timeline.events)
    scores: dict[str, float] = {}
    for event in timeline.events:
        sources = {outlets.get(m.doc_id, f"#{m.doc_id}") for m in event.mentions}
        prominent = any(
            (m.doc_id, m.char_start) in leads or m.sentence == titles.get(m.doc_id)
            for m in event.mentions
        )
        scores[event.id] = (
            weights.sources * math.log2(max(len(sources), 1))
            + weights.explicit * ANCHOR_VALUE[event.anchor]
            + weights.precision * precision(event.date)
            + weights.confidence * event.confidence
            + weights.prominence * prominent
        )
    return scores


def ranked(timeline: Timeline, weights: SalienceWeights = WEIGHTS) -> list[Event]:
    """The events, most salient first (ties in the timeline's order)."""
    scores = salience(timeline, weights)
    return sorted(timeline.events, key=lambda e: -scores[e.id])


def top(timeline: Timeline, count: int, among: Iterable[Event] | None = None) -> Timeline:
    """The timeline with its `count` most salient events (of `among`, when given: salience
    is still judged against the whole timeline), in the timeline's order."""
    scores = salience(timeline)
    candidates = list(timeline.events if among is None else among)
    kept = {e.id for e in sorted(candidates, key=lambda e: -scores[e.id])[:count]}
    return replace(timeline, events=tuple(e for e in candidates if e.id in kept))


def _lead_mentions(events: Iterable[Event]) -> set[tuple[str, int]]:
    """(document, sentence start) of the first `LEAD_SENTENCES` sentences of each document
    that tell an event."""
    starts: dict[str, set[int]] = {}
    for event in events:
        for mention in event.mentions:
            starts.setdefault(mention.doc_id, set()).add(mention.char_start)
    return {
        (doc_id, start)
        for doc_id, found in starts.items()
        for start in sorted(found)[:LEAD_SENTENCES]
    }
