"""Timelines built from hostile text, for the export tests."""

from __future__ import annotations

from timeline.edtf import parse_edtf
from timeline.models import Actor, Anchor, Conflict, Document, Event, Mention, Timeline

SCRIPT = "<script>window.pwned = 1</script>"
IMG = '"><img src=x onerror="window.pwned = 2">'
LINK = "javascript:window.pwned = 3"
HOSTILE = (SCRIPT, IMG, LINK, '=HYPERLINK("http://evil")', "\x1b[31m", "\ud800", "\u2028")


def timeline_of(text: str, url: str | None = LINK) -> Timeline:
    """A timeline with `text` in every field an export shows: document id, title, source and
    URL, event title, description, actor, sentence and conflict source."""
    document = Document(text, text, "", text, parse_edtf("2025-06"), "manifest", text, url)
    mention = Mention(text, f"{text} on 4 June.", 0, len(text))
    event = Event(
        id="ev-1",
        date=parse_edtf("2025-06-04"),
        title=text,
        description=text,
        actors=(Actor(text, "PERSON"),),
        confidence=0.9,
        anchor=Anchor.EXPLICIT,
        mentions=(mention,),
        conflicts=(Conflict(parse_edtf("2024"), (text,)),),
    )
    return Timeline((document,), (event,), "timeline test")
