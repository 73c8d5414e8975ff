"""TimelineJS (Knight Lab) JSON: a title slide and one slide per event, dates only to the
precision known, approximate dates shown as such."""

from __future__ import annotations

import html
import json
from typing import Any

from timeline.edtf import Granularity, NormalizedDate, parse_edtf
from timeline.models import Anchor, Event, Timeline
from timeline.render import event_date

_PRECISE = (Granularity.DAY, Granularity.MONTH, Granularity.YEAR)


def _date_object(value: NormalizedDate, *, last: bool = False) -> dict[str, str]:
    """`{"year", "month", "day"}` with only the parts the date knows."""
    if value.granularity is Granularity.INTERVAL:
        first, _, end = value.edtf.partition("/")
        return _date_object(parse_edtf(end if last else first), last=last)
    day = value.end if last else value.start
    if value.granularity is Granularity.DAY:
        return {"year": str(day.year), "month": str(day.month), "day": str(day.day)}
    if value.granularity is Granularity.MONTH:
        return {"year": str(day.year), "month": str(day.month)}
    if value.granularity in (Granularity.SEASON, Granularity.QUARTER):
        return {"year": str(day.year), "month": str(day.month)}
    return {"year": str(day.year)}


def slide(event: Event) -> dict[str, Any]:
    value = event.date
    sources = ", ".join(sorted({m.doc_id for m in event.mentions}))
    body = f"<p>{html.escape(event.description)}</p><p><small>{html.escape(sources)}</small></p>"
    result: dict[str, Any] = {
        "unique_id": event.id,
        "start_date": _date_object(value),
        "text": {"headline": html.escape(event.title), "text": body},
        "group": str(value.start.year),
    }
    if value.granularity is Granularity.INTERVAL or value.start.year != value.end.year:
        result["end_date"] = _date_object(value, last=True)
    if value.granularity not in _PRECISE or event.anchor is Anchor.DOCUMENT_DATE:
        result["display_date"] = event_date(event)
    return result


def to_timelinejs(timeline: Timeline) -> str:
    titles = [d.title for d in timeline.documents if d.title]
    data = {
        "title": {
            "text": {
                "headline": "Timeline",
                "text": html.escape(
                    f"{len(timeline.events)} events from {len(timeline.documents)} documents"
                    + (f": {'; '.join(titles[:3])}" if titles else "")
                ),
            }
        },
        "events": [slide(e) for e in timeline.events],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
