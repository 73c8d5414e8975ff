"""TimelineJS (Knight Lab) JSON: a title slide and one slide per event, dates only to the
precision known, approximate dates shown as such, spans (seasons, quarters, decades, centuries,
intervals) with an end date, each event's sources named and linked, and another date that
some sources give said beside it.

No `group` by default: TimelineJS draws one navigator row per group, so a group per year (or
anything with many values) pushes the navigator and the slide arrows off the screen on a large
timeline. `Group.SOURCE` gives a row per outlet, which a reader can use.
"""

from __future__ import annotations

import json
from enum import StrEnum
from html import escape
from typing import Any

from timeline.edtf import Granularity, NormalizedDate, parse_edtf
from timeline.models import Anchor, Document, Event, Timeline
from timeline.render import display_date, event_date
from timeline.sources import SourceName, documents_by_id, event_sources, named

_POINTS = (Granularity.DAY, Granularity.MONTH, Granularity.YEAR)  # shown as a point
NO_OUTLET = "Other sources"  # the row of events whose sources name no outlet
TITLE_DOCUMENTS = 3  # document titles named on the title slide


class Group(StrEnum):
    """What the navigator's rows stand for."""

    NONE = "none"
    SOURCE = "source"


def _date_object(value: NormalizedDate, *, last: bool = False) -> dict[str, str]:
    """`{"year", "month", "day"}` with only the parts the date knows."""
    if value.granularity is Granularity.INTERVAL:
        first, _, end = value.edtf.partition("/")
        return _date_object(parse_edtf(end if last else first), last=last)
    day = value.end if last else value.start
    if value.granularity is Granularity.DAY:
        return {"year": str(day.year), "month": str(day.month), "day": str(day.day)}
    if value.granularity in (Granularity.MONTH, Granularity.SEASON, Granularity.QUARTER):
        return {"year": str(day.year), "month": str(day.month)}
    return {"year": str(day.year)}


def source_links(sources: list[SourceName], *, short: bool = False) -> str:
    """The sources as HTML: each name escaped, a link where it has a web address. `short`:
    the names with their titles cut, each with the whole name as a tooltip."""
    links = []
    for source in sources:
        name = escape(source.short if short else source.text)
        tip = f' title="{escape(source.text)}"' if short else ""
        if source.url:
            link = f'<a href="{escape(source.url)}" target="_blank" rel="noopener noreferrer"'
            links.append(f"{link}{tip}>{name}</a>")
        else:
            links.append(f"<span{tip}>{name}</span>" if short else name)
    return "; ".join(links)


def slide(
    event: Event, documents: dict[str, Document], group: Group = Group.NONE
) -> dict[str, Any]:
    """One event's slide; its text is HTML, every piece from input escaped."""
    value = event.date
    sources = event_sources(event, documents)
    label = "Source" if len(sources) == 1 else "Sources"
    conflicts = "".join(
        f"<p>⚠ {source_links(named(c.sources, documents))} gives {escape(display_date(c.date))}</p>"
        for c in event.conflicts
    )
    body = (
        f"<p>{escape(event.description)}</p>{conflicts}"
        f"<p><small>{label}: {source_links(sources)}</small></p>"
    )
    result: dict[str, Any] = {
        "unique_id": event.id,
        "start_date": _date_object(value),
        "text": {"headline": escape(event.title), "text": body},
    }
    if value.granularity not in _POINTS:
        result["end_date"] = _date_object(value, last=True)
    if value.granularity not in _POINTS or event.anchor is Anchor.DOCUMENT_DATE:
        result["display_date"] = escape(event_date(event))
    if group is Group.SOURCE:
        outlets = sorted({s.outlet for s in sources if s.outlet})
        result["group"] = escape(outlets[0] if outlets else NO_OUTLET)
    return result


def title_slide(timeline: Timeline) -> dict[str, Any]:
    """The first slide: what the timeline is made of (in its text; the headline is the name)."""
    titles = [d.title for d in timeline.documents if d.title]
    summary = f"{len(timeline.events)} events from {len(timeline.documents)} documents"
    if titles:
        summary += f": {'; '.join(titles[:TITLE_DOCUMENTS])}"
        summary += "…" if len(titles) > TITLE_DOCUMENTS else ""
    return {"text": {"headline": "Timeline", "text": escape(summary)}}


def to_timelinejs(timeline: Timeline, group: Group = Group.NONE) -> str:
    documents = documents_by_id(timeline.documents)
    data = {
        "title": title_slide(timeline),
        "events": [slide(e, documents, group) for e in timeline.events],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
