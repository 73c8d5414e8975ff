"""Articles written for a test into a folder, and the events a run over it tells together:
the helpers of the merge tests."""

from __future__ import annotations

from pathlib import Path

from timeline.models import Event
from timeline.run import build_timeline
from timeline.settings import Settings


def write_article(folder: Path, name: str, published: str, body: str) -> None:
    (folder / f"{name}.md").write_text(f"---\ndate: {published}\n---\n{body}\n", encoding="utf-8")


def events_in(folder: Path) -> tuple[Event, ...]:
    return build_timeline([folder], Settings()).timeline.events


def told_together(folder: Path, *names: str) -> list[Event]:
    """The events told by every one of the articles `names`."""
    return [e for e in events_in(folder) if set(names) <= {m.doc_id for m in e.mentions}]
