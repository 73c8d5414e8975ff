"""Timelines made by hand, for the tests of filters, ranking and the terminal: no model."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from timeline.edtf import parse_edtf
from timeline.export import format_timeline
from timeline.models import Actor, Anchor, Document, Event, Mention, Timeline


@dataclass(frozen=True)
class Told:
    """An event as a test states it: its date, what it says, and where it is told."""

    date: str
    title: str
    docs: tuple[str, ...] = ("a",)
    anchor: Anchor = Anchor.EXPLICIT
    confidence: float = 0.8
    at: int = 500  # where its sentence starts in each document
    actors: tuple[str, ...] = ()


def event(told: Told, number: int) -> Event:
    sentence = f"{told.title}."
    return Event(
        id=f"ev-{number:03d}",
        date=parse_edtf(told.date),
        title=told.title,
        description=sentence,
        actors=tuple(Actor(a, "PERSON") for a in told.actors),
        confidence=told.confidence,
        anchor=told.anchor,
        mentions=tuple(Mention(d, sentence, told.at, told.at + len(sentence)) for d in told.docs),
    )


def timeline(*told: Told, sources: dict[str, str] | None = None) -> Timeline:
    """The events in date order, and a document for each id they name (its outlet from
    `sources`, else none)."""
    events = sorted((event(t, n) for n, t in enumerate(told)), key=lambda e: e.date)
    ids = sorted({d for t in told for d in t.docs})
    documents = tuple(
        Document(i, f"{i}.txt", "", f"Title of {i}", parse_edtf("2024-05"), None,
                 (sources or {}).get(i))
        for i in ids
    )  # fmt: skip
    return Timeline(documents, tuple(events))


def saved(path: Path, made: Timeline) -> Path:
    path.write_text(format_timeline(made), encoding="utf-8")
    return path
