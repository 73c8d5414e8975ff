"""A single self-contained HTML page: a vertical timeline with dates, headlines, actors,
confidence, sources named and linked, source sentences on demand, and filters by period and by
words. No network: styles and the small script are inline, and every piece of article text is
escaped.

It is made to stay readable at thousands of events: a period is a year, or a decade or century
for events dated no closer ("1990s", "20th century"); a year with many events is divided into
months; the filters stay in view; a sentence that several sources repeat is shown once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from importlib.resources import files
from itertools import groupby

from timeline import HTML_GENERATOR
from timeline.edtf import Granularity, NormalizedDate
from timeline.export.timelinejs import source_links
from timeline.models import Document, Event, Kind, Mention, Modality, Timeline
from timeline.render import display_date, event_date
from timeline.sources import documents_by_id, event_sources, named

MONTHS_FROM = 25  # events in a year from which the year is divided into months
HIGH_CONFIDENCE = 0.8  # the colours of the confidence badge, and the legend's words
MID_CONFIDENCE = 0.6
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_BY_MONTH = (Granularity.DAY, Granularity.MONTH)


def _asset(name: str) -> str:
    return (files("timeline.export") / "assets" / name).read_text(encoding="utf-8")


def period(value: NormalizedDate) -> str:
    """The part of the timeline a date stands under: its year, or its decade ("1990s") or
    century ("20th century") when it is dated no closer (a span, under its first year)."""
    if value.granularity in (Granularity.DECADE, Granularity.CENTURY):
        return display_date(value)
    return str(value.start.year)


def to_html(timeline: Timeline) -> str:
    documents = documents_by_id(timeline.documents)
    events = sorted(timeline.events, key=lambda e: e.date)
    parts = [(name, list(group)) for name, group in groupby(events, key=lambda e: period(e.date))]
    options = "".join(f'<option value="{escape(n)}">{escape(n)}</option>' for n, _ in parts)
    sections = "".join(_section(name, group, documents) for name, group in parts)
    summary = f"{len(timeline.events):,} events from {len(timeline.documents):,} documents"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"{HTML_GENERATOR}"
        f"<title>Timeline: {escape(summary)}</title><style>{_asset('page.css')}</style></head>"
        f'<body><header><h1>Timeline</h1><p class="summary">{escape(summary)}</p></header>'
        '<form class="filters" onsubmit="return false"><label>Period <select id="year">'
        f'<option value="">all</option>{options}</select></label><label>Search <input '
        'id="entity" type="search" placeholder="a name, a word"></label>'
        f'<span class="count"><span id="shown"></span> of {len(timeline.events):,} shown</span>'
        f"{_legend()}</form><main>{sections}</main><script>{_asset('page.js')}</script>"
        "</body></html>\n"
    )


def _legend() -> str:
    return (
        '<span class="legend" title="how sure the tool is of the event and its date">'
        f'Confidence: <span class="conf high">{HIGH_CONFIDENCE:.2f} and over</span>'
        f'<span class="conf mid">{MID_CONFIDENCE:.2f}–{HIGH_CONFIDENCE:.2f}</span>'
        f'<span class="conf low">under {MID_CONFIDENCE:.2f}</span></span>'
    )


def _section(name: str, events: list[Event], documents: Mapping[str, Document]) -> str:
    """One period: its events, or, for a busy year, the events of the whole year (and its
    seasons and spans) first, then a heading and a list for each month."""
    count = f"{len(events):,} event{'s' if len(events) != 1 else ''}"
    head = f"<h2>{escape(name)} <small>{count}</small></h2>"
    if len(events) < MONTHS_FROM:
        body = _list(events, documents, name)
    else:
        whole = [e for e in events if e.date.granularity not in _BY_MONTH]
        body = (
            f'<div class="month"><h3>The year, its seasons and spans <small>{len(whole):,}'
            f"</small></h3>{_list(whole, documents, name)}</div>"
            if whole
            else ""
        )
        dated = sorted((e for e in events if e.date.granularity in _BY_MONTH), key=_month)
        for month, group in groupby(dated, key=_month):
            items = list(group)
            body += (
                f'<div class="month"><h3>{_MONTH_NAMES[month - 1]} <small>{len(items):,}</small>'
                f"</h3>{_list(items, documents, name)}</div>"
            )
    return f'<section data-period="{escape(name)}">{head}{body}</section>'


def _month(event: Event) -> int:
    return event.date.start.month


def _list(events: Iterable[Event], documents: Mapping[str, Document], name: str) -> str:
    return f"<ol>{''.join(_item(e, documents, name) for e in events)}</ol>"


def _item(event: Event, documents: Mapping[str, Document], name: str) -> str:
    level = (
        "high"
        if event.confidence >= HIGH_CONFIDENCE
        else "mid"
        if event.confidence >= MID_CONFIDENCE
        else "low"
    )
    tags = ""
    if event.kind is Kind.CAPTION:
        tags += '<span class="tag">photo caption</span>'
    if event.modality is not Modality.ASSERTED:
        tags += f'<span class="tag">{escape(event.modality.value)}</span>'
    conflicts = "".join(
        f'<div class="conflict">⚠ {source_links(named(c.sources, documents), short=True)} gives '
        f"{escape(display_date(c.date))}</div>"
        for c in event.conflicts
    )
    actors = ", ".join(a.text for a in event.actors)
    sources = event_sources(event, documents)
    quotes = _quotes(event.mentions, documents)
    plural = "s" if len(quotes) != 1 else ""
    return (
        f'<li class="event" data-period="{escape(name)}">'
        f'<span class="conf {level}" title="confidence">{event.confidence:.2f}</span>'
        f'<div class="date">{escape(event_date(event))}{tags}</div>'
        f'<div class="title">{escape(event.title)}</div>'
        f'<div class="actors">{escape(actors)}</div>{conflicts}'
        f'<div class="sources">{"Source" if len(sources) == 1 else "Sources"}: '
        f"{source_links(sources, short=True)}</div>"
        f"<details><summary>{len(quotes)} source sentence{plural}</summary>{''.join(quotes)}"
        "</details></li>"
    )


def _quotes(mentions: Iterable[Mention], documents: Mapping[str, Document]) -> list[str]:
    """Each distinct sentence once (spacing aside), with every source that tells it."""
    told: dict[str, tuple[Mention, list[str]]] = {}
    for mention in mentions:
        key = " ".join(mention.sentence.split())
        doc_ids = told.setdefault(key, (mention, []))[1]
        if mention.doc_id not in doc_ids:
            doc_ids.append(mention.doc_id)
    return [
        f"<blockquote>{_quote(first)} <small>("
        f"{source_links(named(doc_ids, documents), short=True)})</small></blockquote>"
        for first, doc_ids in told.values()
    ]


def _quote(mention: Mention) -> str:
    """The source sentence, escaped, with its event word marked (when the mention has one
    inside the sentence)."""
    sentence, trigger = mention.sentence, mention.trigger
    if trigger is None:
        return escape(sentence)
    start, end = trigger.start - mention.char_start, trigger.end - mention.char_start
    if not (0 <= start < end <= len(sentence)) or sentence[start:end] != trigger.text:
        return escape(sentence)
    return (
        f"{escape(sentence[:start])}<mark>{escape(sentence[start:end])}</mark>"
        f"{escape(sentence[end:])}"
    )
