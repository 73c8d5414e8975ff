"""Choosing events: by date range, entity, source, confidence, salience, and how many.

A date range keeps the events that start in it: an event dated only to a month, a year, a
decade or a century starts on its first day ("the 1990s" start on 1990-01-01, so
`since=1995` leaves them out, and a range "since 1933" starts in 1933). With `overlapping`,
it keeps every event whose dates share a day with the range. A missing bound is open.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from timeline.edtf import NormalizedDate
from timeline.errors import SettingError
from timeline.events.names import contains_words, names_entity
from timeline.models import Event, Timeline
from timeline.rank import top


@dataclass(frozen=True)
class EventFilter:
    """Which events to keep; the defaults keep all.

    Attributes:
        since: keep events that start on or after the start of this date (with
            `overlapping`: that end on or after it).
        until: keep events that start on or before the end of this date.
        overlapping: keep the events that overlap the range, not only those starting in it.
        entity: keep events naming this: an actor or a participant's entity by its name or a
            short form (GM, the Fed, a surname; case and possessives ignored), or the words of
            its subject or object (a product the model does not tag: "the iPhone 4").
        source: keep events told by this document (id, title or source name).
        min_confidence: keep events at least this confident (0 to 1).
        top: keep this many most salient (`timeline.rank`), in date order.
        limit: keep at most this many, the earliest first (after `top`).
    """

    since: NormalizedDate | None = None
    until: NormalizedDate | None = None
    entity: str | None = None
    source: str | None = None
    min_confidence: float = 0.0
    limit: int | None = None
    overlapping: bool = False
    top: int | None = None

    def __post_init__(self) -> None:
        if not 0.0 <= self.min_confidence <= 1.0:
            raise SettingError("min_confidence", "must be between 0 and 1", self.min_confidence)
        if self.limit is not None and self.limit < 0:
            raise SettingError("limit", "must be 0 or more", self.limit)
        if self.top is not None and self.top < 1:
            raise SettingError("top", "must be at least 1", self.top)
        if self.since and self.until and self.since.start > self.until.end:
            problem = f"is after until ({self.until.edtf}): the range is reversed"
            raise SettingError("since", problem, self.since.edtf)

    def apply(self, timeline: Timeline) -> Timeline:
        sources = self._matching_sources(timeline)
        kept = [e for e in timeline.events if self._keeps(e, sources)]
        if self.top is not None:
            kept = list(top(timeline, self.top, among=kept).events)
        if self.limit is not None:
            kept = kept[: self.limit]
        return replace(timeline, events=tuple(kept))

    def _keeps(self, event: Event, sources: set[str] | None) -> bool:
        if event.confidence < self.min_confidence:
            return False
        reaches = event.date.end if self.overlapping else event.date.start
        if self.since is not None and reaches < self.since.start:
            return False
        if self.until is not None and event.date.start > self.until.end:
            return False
        if sources is not None and not sources & {m.doc_id for m in event.mentions}:
            return False
        return self.entity is None or self._names(event)

    def _names(self, event: Event) -> bool:
        texts = [(a.text, a.label) for a in event.actors]
        texts += [(e.text, e.label) for p in event.participants for e in p.entities]
        return any(names_entity(text, label, self.entity or "") for text, label in texts) or any(
            contains_words(p.text, self.entity or "") for p in event.participants
        )

    def _matching_sources(self, timeline: Timeline) -> set[str] | None:
        if self.source is None:
            return None
        wanted = self.source.lower()
        return {
            d.id
            for d in timeline.documents
            if wanted in d.id.lower()
            or wanted in (d.title or "").lower()
            or wanted in (d.source or "").lower()
        }
