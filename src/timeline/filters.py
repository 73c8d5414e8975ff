"""Choosing events: by date range, entity, source, confidence, and how many."""

from __future__ import annotations

from dataclasses import dataclass, replace

from timeline.edtf import NormalizedDate
from timeline.errors import SettingError
from timeline.events.entities import contains_words, names_entity
from timeline.models import Event, Timeline


@dataclass(frozen=True)
class EventFilter:
    """Which events to keep; the defaults keep all.

    Attributes:
        since: keep events that end on or after the start of this date.
        until: keep events that start on or before the end of this date.
        entity: keep events naming this: an actor or a participant's entity by its name or a
            short form (GM, the Fed, a surname; case and possessives ignored), or the words of
            its subject or object (a product the model does not tag: "the iPhone 4").
        source: keep events told by this document (id, title or source name).
        min_confidence: keep events at least this confident (0 to 1).
        limit: keep at most this many, the earliest first.
    """

    since: NormalizedDate | None = None
    until: NormalizedDate | None = None
    entity: str | None = None
    source: str | None = None
    min_confidence: float = 0.0
    limit: int | None = None

    def __post_init__(self) -> None:
        if not 0.0 <= self.min_confidence <= 1.0:
            raise SettingError("min_confidence", "must be between 0 and 1", self.min_confidence)
        if self.limit is not None and self.limit < 0:
            raise SettingError("limit", "must be 0 or more", self.limit)

    def apply(self, timeline: Timeline) -> Timeline:
        sources = self._matching_sources(timeline)
        kept = [e for e in timeline.events if self._keeps(e, sources)]
        if self.limit is not None:
            kept = kept[: self.limit]
        return replace(timeline, events=tuple(kept))

    def _keeps(self, event: Event, sources: set[str] | None) -> bool:
        if event.confidence < self.min_confidence:
            return False
        if self.since is not None and event.date.end < self.since.start:
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
