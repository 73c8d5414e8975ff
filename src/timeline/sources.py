"""Naming a source: every export and the terminal table call a document by its outlet, title
and publication date ("WGN — Another police union…, 2023-05"), linked where it has an http(s)
URL, instead of by its id. This is the one place that decides how a source is named; each
format only escapes and links the name it is given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from timeline.models import Document, Event

SHORT_TITLE_CHARACTERS = 24  # a title cut (at a word, with "…") where room is short: the table
_WEB = re.compile(r"https?://[^\s/?#<>\"\x00-\x1f\x7f-\x9f]+", re.IGNORECASE)  # scheme, host
_UNSAFE_IN_URL = re.compile(r"[\s<>\"\x00-\x1f\x7f-\x9f]")  # percent-encoded in a link
_DASH = " — "


@dataclass(frozen=True, slots=True)
class SourceName:
    """How a source is shown: `text` in full, `short` where room is scarce (the title cut), the
    link (`url`, only http or https; None otherwise) and the document's id."""

    doc_id: str
    text: str
    short: str
    url: str | None
    outlet: str | None


def name_source(doc_id: str, document: Document | None) -> SourceName:
    """The name of one source: outlet, title (or the id when there is none) and date, each part
    only when known; a document the timeline does not describe is named by its id."""
    if document is None:
        return SourceName(doc_id, doc_id, doc_id, None, None)
    outlet = _clean(document.source)
    title = _clean(document.title)
    date = document.published.edtf if document.published else None
    short = _cut(title, SHORT_TITLE_CHARACTERS) if title else doc_id  # an id is never cut
    return SourceName(
        doc_id,
        _join(outlet, title or doc_id, date),
        _join(outlet, short, date),
        web_address(document.url),
        outlet,
    )


def web_address(url: str | None) -> str | None:
    """`url` as a link a reader may follow: http or https with a host (never `javascript:`
    or `file:`), its spaces, quotes, angle brackets and control characters percent-encoded,
    so that no format's link can end early or break a line; None for anything else."""
    url = url.strip() if url else None
    if not url or not _WEB.match(url):
        return None
    return _UNSAFE_IN_URL.sub(lambda m: "".join(f"%{b:02X}" for b in m[0].encode()), url)


def event_sources(event: Event, documents: Mapping[str, Document]) -> list[SourceName]:
    """The sources of an event, each once, in the order of their ids (as the JSON lists them)."""
    return named(sorted({m.doc_id for m in event.mentions}), documents)


def named(doc_ids: Iterable[str], documents: Mapping[str, Document]) -> list[SourceName]:
    """The names of the documents `doc_ids`, in their order (a conflict's sources, say)."""
    return [name_source(i, documents.get(i)) for i in doc_ids]


def documents_by_id(documents: Iterable[Document]) -> dict[str, Document]:
    return {d.id: d for d in documents}


def _join(outlet: str | None, title: str, date: str | None) -> str:
    text = f"{outlet}{_DASH}{title}" if outlet and outlet != title else title
    return f"{text}, {date}" if date else text


def _clean(text: str | None) -> str | None:
    """One line of text (whitespace runs made one space), or None when nothing is left."""
    return " ".join(text.split()) or None if text else None


def _cut(text: str, limit: int) -> str:
    """`text` within `limit` characters, cut at a word when one ends past half of it."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:—–-") + "…"
