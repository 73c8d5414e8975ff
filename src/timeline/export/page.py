"""A single self-contained HTML page: a vertical timeline with dates, headlines, actors,
confidence, source sentences on demand, and filters by year and entity. No network: styles
and the small script are inline, and every piece of article text is escaped."""

from __future__ import annotations

from html import escape
from importlib.resources import files
from itertools import groupby

from timeline import HTML_GENERATOR
from timeline.models import Event, Kind, Mention, Modality, Timeline
from timeline.render import display_date, event_date


def _asset(name: str) -> str:
    return (files("timeline.export") / "assets" / name).read_text(encoding="utf-8")


def to_html(timeline: Timeline) -> str:
    years = sorted({e.date.start.year for e in timeline.events})
    options = "".join(f'<option value="{y}">{y}</option>' for y in years)
    sections = "".join(
        f'<section data-year="{year}"><h2>{year}</h2><ol>{"".join(map(_item, events))}</ol>'
        "</section>"
        for year, events in groupby(timeline.events, key=lambda e: e.date.start.year)
    )
    title = f"Timeline: {len(timeline.events)} events from {len(timeline.documents)} documents"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"{HTML_GENERATOR}"
        f"<title>{escape(title)}</title><style>{_asset('page.css')}</style></head><body>"
        f"<header><h1>Timeline</h1><div>{escape(title)}</div></header>"
        '<form onsubmit="return false"><label>Year <select id="year"><option value="">all</option>'
        f'{options}</select></label><label>Entity <input id="entity" type="search" '
        'placeholder="a name"></label><span><span id="shown"></span> shown</span></form>'
        f"<main>{sections}</main><script>{_asset('page.js')}</script></body></html>\n"
    )


def _item(event: Event) -> str:
    level = "high" if event.confidence >= 0.8 else "mid" if event.confidence >= 0.6 else "low"
    date = event_date(event)
    tags = ""
    if event.kind is Kind.CAPTION:
        tags += '<span class="tag">photo caption</span>'
    if event.modality is not Modality.ASSERTED:
        tags += f'<span class="tag">{escape(event.modality.value)}</span>'
    conflicts = "".join(
        f'<div class="conflict">⚠ {escape(", ".join(c.sources))} gives '
        f"{escape(display_date(c.date))}</div>"
        for c in event.conflicts
    )
    actors = ", ".join(a.text for a in event.actors)
    entities = " | ".join(a.text.lower() for a in event.actors)
    plural = "s" if len(event.mentions) != 1 else ""
    quotes = "".join(
        f"<blockquote>{_quote(m)} <small>({escape(m.doc_id)})</small></blockquote>"
        for m in event.mentions
    )
    return (
        f'<li class="event" data-year="{event.date.start.year}" data-entities="{escape(entities)}">'
        f'<span class="conf {level}" title="confidence">{event.confidence:.2f}</span>'
        f'<div class="date">{escape(date)}{tags}</div>'
        f'<div class="title">{escape(event.title)}</div>'
        f'<div class="actors">{escape(actors)}</div>{conflicts}'
        f"<details><summary>{len(event.mentions)} source sentence{plural}</summary>{quotes}"
        "</details></li>"
    )


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
