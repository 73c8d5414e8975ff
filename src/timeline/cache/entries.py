"""A cache entry's bytes: a SHA-256 line, then the JSON of what the analysis added to the
document (its warnings and events), typed and checked when read.

The document's own metadata (id, path, title, dates…) is not stored: it is the key's, and it
comes back from the document being read, so an entry cannot change it. What is stored is
decoded against the result types by msgspec (every record, field, enum and date of the right
type, nothing else built), then checked against the document's text: each mention, time
expression and event word must point at the text it quotes, each date must be the one its
EDTF string names. An entry that fails any of this is no entry: the document is analysed again.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import replace
from functools import cache, lru_cache

import msgspec

from timeline.edtf import NormalizedDate, parse_edtf
from timeline.models import Document, DocumentResult, Event, TimeExpression

CACHE_FORMAT = "2"  # "1": the generic JSON of format 1, read by no version since
MAX_PARTS_DEPTH = 4  # "between A and B" has parts A and B; nothing real nests deeper


class Entry(msgspec.Struct, forbid_unknown_fields=True):
    format: str
    key: str
    warnings: tuple[str, ...]
    events: tuple[Event, ...]


class BadEntryError(ValueError):
    """An entry that is not what this version writes for this document."""


_ENCODER = msgspec.json.Encoder()


def encode(key: str, result: DocumentResult) -> bytes:
    payload = _ENCODER.encode(Entry(CACHE_FORMAT, key, result.document.warnings, result.events))
    return hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload


def decode(data: bytes, key: str, document: Document) -> tuple[DocumentResult, bytes]:
    """The result stored in `data` for `document`, and the checked JSON it was read from
    (for `events`: a compact form to keep until the merge, cheaper to decode than a pickle).

    Raises:
        BadEntryError: when the bytes are damaged, of another format or key, mistyped, or do not
            fit the document's text.
    """
    digest, _, payload = data.partition(b"\n")
    if hashlib.sha256(payload).hexdigest().encode("ascii") != digest:
        raise BadEntryError("checksum mismatch")
    try:
        entry = _decoder().decode(payload)
    except (msgspec.DecodeError, RecursionError) as error:  # ValidationError is a DecodeError
        raise BadEntryError(str(error)) from error
    if entry.format != CACHE_FORMAT or entry.key != key:
        raise BadEntryError("another entry")
    for event in entry.events:
        _check_event(event, document)
    result = DocumentResult(replace(document, text="", warnings=entry.warnings), entry.events)
    return result, payload


def events(payload: bytes) -> tuple[Event, ...]:
    """The events of an entry's JSON that `decode` returned (and so checked) before."""
    return _decoder().decode(payload).events


@cache
def _decoder() -> msgspec.json.Decoder[Entry]:
    return msgspec.json.Decoder(Entry)


def _check_event(event: Event, document: Document) -> None:
    _check_date(event.date)
    for conflict in event.conflicts:
        _check_date(conflict.date)
    if not (math.isfinite(event.confidence) and 0.0 <= event.confidence <= 1.0):
        raise BadEntryError(f"confidence {event.confidence} out of range")
    if not event.mentions:
        raise BadEntryError("an event without mentions")
    for mention in event.mentions:
        if mention.doc_id != document.id:
            raise BadEntryError("a mention of another document")
        _check_quote(document.text, mention.char_start, mention.char_end, mention.sentence)
        if mention.timex is not None:
            _check_timex(mention.timex, document.text)
        if mention.trigger is not None:
            trigger = mention.trigger
            _check_quote(document.text, trigger.start, trigger.end, trigger.text)


def _check_timex(timex: TimeExpression, text: str, depth: int = 0) -> None:
    if depth > MAX_PARTS_DEPTH:
        raise BadEntryError("time expressions nested too deep")
    _check_quote(text, timex.start, timex.end, timex.text)
    if timex.value is not None:
        _check_date(timex.value)
    for part in timex.parts:
        _check_timex(part, text, depth + 1)


def _check_quote(text: str, start: int, end: int, quoted: str) -> None:
    if not (0 <= start <= end <= len(text)) or text[start:end] != quoted:
        raise BadEntryError(f"offsets {start}..{end} do not point at what they quote")


def _check_date(value: NormalizedDate) -> None:
    """The date is the one its EDTF string names: its days, span and granularity agree (its
    TIMEX3 value may say more: a week, "2024-W07", is the EDTF interval of its days)."""
    parsed = _parsed(value.edtf)
    if parsed is None or parsed[:5] != value[:5]:
        raise BadEntryError(f"date {value.edtf!r} does not match its days")


@lru_cache(maxsize=4096)
def _parsed(edtf: str) -> NormalizedDate | None:
    try:
        return parse_edtf(edtf)
    except (ValueError, OverflowError):
        return None
