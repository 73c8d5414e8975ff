"""The terminal view: a rich table of the timeline. The only module besides the CLI that prints."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from timeline.edtf import Granularity
from timeline.models import Event, Timeline

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def display_date(event: Event) -> str:
    """A date as a reader says it: "4 Jun 2025", "Apr 2023", "1980s", "Nov 2022 – Mar 2025"."""
    value = event.date
    g = value.granularity
    if g is Granularity.DAY:
        return f"{value.start.day} {_MONTHS[value.start.month - 1]} {value.start.year}"
    if g is Granularity.MONTH:
        return f"{_MONTHS[value.start.month - 1]} {value.start.year}"
    if g is Granularity.YEAR:
        return str(value.start.year)
    if g is Granularity.DECADE:
        return f"{value.start.year}s"
    if g is Granularity.CENTURY:
        return f"{value.start.year // 100 + 1}th century"
    if g is Granularity.QUARTER:
        return f"Q{(value.start.month - 1) // 3 + 1} {value.start.year}"
    if g is Granularity.SEASON:
        return f"{value.timex[5:]} {value.start.year}".replace("SP", "Spring").replace(
            "SU", "Summer").replace("FA", "Autumn").replace("WI", "Winter")  # fmt: skip
    first, _, last = value.edtf.partition("/")
    return f"{_short(first)} – {_short(last)}"


def _short(edtf: str) -> str:
    parts = edtf.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2 and int(parts[1]) <= 12:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return edtf


def timeline_table(timeline: Timeline) -> Table:
    table = Table(
        title=f"Timeline: {len(timeline.events)} events from {len(timeline.documents)} documents"
    )
    table.add_column("Date", no_wrap=True, style="bold")
    table.add_column("Event", ratio=3)
    table.add_column("Actors", ratio=2)
    table.add_column("Sources", no_wrap=True)
    for event in timeline.events:
        sources = sorted({m.doc_id for m in event.mentions})
        style = (
            "green" if event.confidence >= 0.8 else "yellow" if event.confidence >= 0.6 else "red"
        )
        table.add_row(
            display_date(event),
            Text(event.title, style=style),
            ", ".join(a.text for a in event.actors[:4]),
            "\n".join(sources) if len(sources) <= 3 else f"{len(sources)} sources",
        )
    return table


def print_timeline(timeline: Timeline, console: Console) -> None:
    console.print(timeline_table(timeline))
