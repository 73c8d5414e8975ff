"""The values that flow between stages: documents, time expressions, events, the timeline.

All are frozen dataclasses; `to_dict` gives the JSON contract (schema_version "1").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar, Self, TypeVar

from timeline import __version__
from timeline.edtf import NormalizedDate, parse_edtf
from timeline.errors import without_bidi

SCHEMA_VERSION = "1"
T = TypeVar("T")


def _fields_json(value: Any, names: Iterable[str]) -> dict[str, Any]:
    """The JSON of the fields `names` of `value`, in that order: a date as its EDTF string,
    a tuple as a list, the rest as it is."""
    found = {}
    for name in names:
        item = getattr(value, name)
        if isinstance(item, NormalizedDate):
            item = item.edtf
        elif isinstance(item, tuple):
            item = list(item)
        found[name] = item
    return found


class _Flat:
    """A value whose JSON is its fields, by name and in order, as they are (strings and
    numbers): `to_dict` and `from_dict` for every such dataclass."""

    __slots__ = ()
    __dataclass_fields__: ClassVar[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return _fields_json(self, self.__dataclass_fields__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return cls(**{name: data[name] for name in cls.__dataclass_fields__})


class Anchor(StrEnum):
    """How an event got its date."""

    EXPLICIT = "explicit"  # the text names the date: "June 30, 2020", "in 2012"
    RELATIVE = "relative"  # resolved against the publication date or an earlier date
    DOCUMENT_DATE = "document-date"  # no date in the sentence: the article's own date


class TimexType(StrEnum):
    """TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@dataclass(frozen=True)  # (one per document: slots would save little)
class Document:
    """One article. `text` is what the file holds, with markup blanked out so that character
    offsets into it are offsets into the file."""

    id: str
    path: str
    text: str
    title: str | None = None
    published: NormalizedDate | None = None
    published_source: str | None = None  # front-matter, manifest, option
    source: str | None = None
    url: str | None = None
    warnings: tuple[str, ...] = ()  # e.g. relative dates left unresolved ([T101])

    def __post_init__(self) -> None:
        if self.title:  # a title is shown everywhere: no bidirectional controls in it
            object.__setattr__(self, "title", without_bidi(self.title) or None)

    def to_dict(self) -> dict[str, Any]:
        return _fields_json(self, [name for name in self.__dataclass_fields__ if name != "text"])

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        published = data.get("published")
        return cls(
            id=data["id"],
            path=data.get("path", ""),
            text="",
            title=data.get("title"),
            published=parse_edtf(published) if published else None,
            published_source=data.get("published_source"),
            source=data.get("source"),
            url=data.get("url"),
            warnings=tuple(data.get("warnings", ())),
        )


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression found in a document, with what it means.

    `value` is set when the expression names a date or period the text is anchored to;
    durations, frequencies, vague references and unresolvable relative dates have none.
    """

    text: str
    start: int
    end: int
    type: TimexType
    timex_value: str | None
    value: NormalizedDate | None = None
    anchor: Anchor | None = None
    warning: str | None = None
    parts: tuple[TimeExpression, ...] = ()  # "between A and B": A and B, tagged apart in TimeML

    @property
    def dates_events(self) -> bool:
        return self.value is not None and self.type in (TimexType.DATE, TimexType.TIME)

    def to_dict(self) -> dict[str, Any]:
        return _fields_json(self, ("text", "start", "end", "value"))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TimeExpression:
        """The part the JSON keeps: text, offsets and EDTF value."""
        value = parse_edtf(data["value"]) if data.get("value") else None
        return cls(data["text"], data["start"], data["end"], TimexType.DATE, None, value)


@dataclass(frozen=True, slots=True)
class Actor(_Flat):
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class Figure(_Flat):
    """A number that matters to the event: a vote tally, a count, an amount."""

    text: str
    kind: str  # tally, count, money, percent, quantity


@dataclass(frozen=True, slots=True)
class Participant:
    """Who does the action (subject) or undergoes it (object), with the named entities in it."""

    role: str  # subject, object
    text: str
    entities: tuple[Actor, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "text": self.text,
            "entities": [e.to_dict() for e in self.entities],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Participant:
        entities = tuple(Actor.from_dict(e) for e in data.get("entities", ()))
        return cls(data["role"], data["text"], entities)


@dataclass(frozen=True, slots=True)
class Conflict:
    """Another date that some sources give for the same event."""

    date: NormalizedDate
    sources: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date.edtf, "sources": list(self.sources)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Conflict:
        return cls(parse_edtf(data["date"]), tuple(data["sources"]))


class Modality(StrEnum):
    ASSERTED = "asserted"  # it happened (or happens)
    PLANNED = "planned"  # announced, scheduled, expected: not yet happened
    POSSIBLE = "possible"  # may, could, might
    NEGATED = "negated"  # did not happen


class Kind(StrEnum):
    EVENT = "event"
    CAPTION = "caption"  # told in a photo caption


@dataclass(frozen=True, slots=True)
class Trigger(_Flat):
    """The event word of a mention: its characters in the document's text as the tool read it
    (the verb, with a particle right after it: "took off"; or the noun of a nominal event)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """Where an event is told: the document, the sentence and its offsets, the time expression
    and the event word (`trigger`; None when the clause has no event word, and in JSON written
    before it existed)."""

    doc_id: str
    sentence: str
    char_start: int
    char_end: int
    timex: TimeExpression | None = None
    trigger: Trigger | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "timex": self.timex.to_dict() if self.timex else None,
            "trigger": self.trigger.to_dict() if self.trigger else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        timex = TimeExpression.from_dict(data["timex"]) if data.get("timex") else None
        trigger = Trigger.from_dict(data["trigger"]) if data.get("trigger") else None
        return cls(
            data["doc_id"], data["sentence"], data["char_start"], data["char_end"], timex, trigger
        )


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened at a date, told by one or more mentions."""

    id: str
    date: NormalizedDate
    title: str
    description: str
    actors: tuple[Actor, ...]
    confidence: float
    anchor: Anchor
    mentions: tuple[Mention, ...]
    trigger: str | None = None
    kind: Kind = Kind.EVENT
    modality: Modality = Modality.ASSERTED
    figures: tuple[Figure, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    participants: tuple[Participant, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date.edtf,
            "start": self.date.start.isoformat(),
            "end": self.date.end.isoformat(),
            "granularity": self.date.granularity.value,
            "title": self.title,
            "description": self.description,
            "actors": [a.to_dict() for a in self.actors],
            "confidence": round(self.confidence, 3),
            "anchor": self.anchor.value,
            "trigger": self.trigger,
            "kind": self.kind.value,
            "modality": self.modality.value,
            "participants": [p.to_dict() for p in self.participants],
            "figures": [f.to_dict() for f in self.figures],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "sources": sorted({m.doc_id for m in self.mentions}),
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(
            id=data["id"],
            date=parse_edtf(data["date"]),
            title=data["title"],
            description=data["description"],
            actors=tuple(Actor.from_dict(a) for a in data.get("actors", ())),
            confidence=float(data["confidence"]),
            anchor=Anchor(data["anchor"]),
            mentions=tuple(Mention.from_dict(m) for m in data["mentions"]),
            trigger=data.get("trigger"),
            kind=Kind(data.get("kind", "event")),
            modality=Modality(data.get("modality", "asserted")),
            figures=tuple(Figure.from_dict(f) for f in data.get("figures", ())),
            conflicts=tuple(Conflict.from_dict(c) for c in data.get("conflicts", ())),
            participants=tuple(Participant.from_dict(p) for p in data.get("participants", ())),
        )


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """What one document contributes to the timeline: its metadata (without the text, with
    the warnings met on the way) and its events before merging."""

    document: Document
    events: tuple[Event, ...]
    failure: str | None = None  # why it could not be analysed: the run names it and goes on


@dataclass(frozen=True, slots=True)
class Timeline:
    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    generated_by: str = field(default=f"timeline {__version__}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "generated_by": self.generated_by,
            "documents": [d.to_dict() for d in self.documents],
            "events": [e.to_dict() for e in self.events],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Timeline:
        """Read the JSON that `to_dict` writes (schema_version "1").

        Raises:
            ValueError: naming the first document or event that cannot be read and why (a
                missing field, a wrong type, a date that does not exist). The shipped schema
                (`timeline.export.jsonfile.read_timeline`) catches most of these first.
        """
        if not isinstance(data, dict):
            raise ValueError("a timeline is a JSON object")
        if str(data.get("schema_version")) != SCHEMA_VERSION:
            raise ValueError(f"not a timeline of schema version {SCHEMA_VERSION}")
        return cls(
            documents=_each(data, "documents", Document.from_dict),
            events=_each(data, "events", Event.from_dict),
            generated_by=data.get("generated_by", f"timeline {__version__}"),
        )


def _each(data: dict[str, Any], key: str, read: Callable[[dict[str, Any]], T]) -> tuple[T, ...]:
    """`read` applied to each item of `data[key]`; an error names the item (`events[3]`)."""
    items = data.get(key)
    if not isinstance(items, list):
        raise ValueError(f"{key}: must be a list")
    read_items = []
    for index, item in enumerate(items):
        try:
            read_items.append(read(item))
        except KeyError as error:
            raise ValueError(f"{key}[{index}]: missing {error}") from error
        except (TypeError, ValueError, AttributeError) as error:
            raise ValueError(f"{key}[{index}]: {error}") from error
    return tuple(read_items)
