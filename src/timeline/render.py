"""The terminal view: a rich table of the timeline. The only module besides the CLI that prints.

Every string from input is shown as a `Text` of its `printable` form: never read as rich
markup (a "[link=…]" in an id stays text), and no control character reaches the terminal.
"""

from __future__ import annotations

from dataclasses import replace

from rich.console import Console, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from timeline.edtf import Granularity, NormalizedDate, parse_edtf
from timeline.errors import printable
from timeline.models import Anchor, Event, Kind, Modality, Timeline
from timeline.rank import ranked
from timeline.sources import SourceName, documents_by_id, event_sources

ACTORS_MIN_WIDTH = 120  # a narrower terminal gives the Actors column's room to the headline
FOOTER_LINES = 2  # below a cut table: the line saying what is left out, and the prompt

_SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "WI": "Winter"}
SOURCES_SHOWN = 3  # sources named in a row of the table; past that, how many more
SOURCES_WIDTH = 22  # the Sources column at most below ACTORS_MIN_WIDTH: the headline's room
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def display_date(value: NormalizedDate) -> str:
    """A date as a reader says it: "4 Jun 2025", "Apr 2023", "1980s", "Nov 2022 – Mar 2025"."""
    g = value.granularity
    start = value.start
    if g is Granularity.DAY:
        return f"{start.day} {_MONTHS[start.month - 1]} {start.year}"
    if g is Granularity.MONTH:
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if g is Granularity.YEAR:
        return str(start.year)
    if g is Granularity.DECADE:
        return f"{start.year}s"
    if g is Granularity.CENTURY:
        return f"{_ordinal(start.year // 100 + 1)} century"
    if g is Granularity.QUARTER:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if g is Granularity.SEASON:
        return f"{_SEASONS[value.timex[5:]]} {start.year}"
    first, _, last = value.edtf.partition("/")
    return f"{display_date(parse_edtf(first))} – {display_date(parse_edtf(last))}"


def event_date(event: Event) -> str:
    """An event's date as shown: "c. Jan 2025" when only the article dates it."""
    shown = display_date(event.date)
    return f"c. {shown}" if event.anchor is Anchor.DOCUMENT_DATE else shown


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def shown(text: str, style: str | Style = "") -> Text:
    """Text from input, for the terminal: literal, with its control characters escaped."""
    return Text(printable(text), style=style)


def timeline_table(timeline: Timeline, *, actors: bool = True, of: int | None = None) -> Table:
    """The events as rows: date, headline, (actors,) sources. `of`: the events of the whole
    timeline, when these are some of them."""
    table = Table(title=_heading(timeline, of))
    table.add_column("Date", no_wrap=True, style="bold")  # a span on two lines
    table.add_column("Event", ratio=3)
    if actors:
        table.add_column("Actors", ratio=2)
    table.add_column(
        "Sources", ratio=2, overflow="fold", max_width=None if actors else SOURCES_WIDTH
    )
    documents = documents_by_id(timeline.documents)
    for event in timeline.events:
        sources = event_sources(event, documents)
        style = (
            "green" if event.confidence >= 0.8 else "yellow" if event.confidence >= 0.6 else "red"
        )
        date = event_date(event)
        title = shown(event.title, style)
        if event.kind is Kind.CAPTION:
            title.append(" (photo caption)", style="dim")
        if event.modality is not Modality.ASSERTED:
            title.append(f" ({event.modality.value})", style="italic")
        for conflict in event.conflicts:
            warning = f"⚠ {', '.join(conflict.sources)} gives {display_date(conflict.date)}"
            title.append("\n")
            title.append_text(shown(warning, "bold magenta"))
        named = [shown(", ".join(a.text for a in event.actors[:4]))] if actors else []
        table.add_row(
            Text(date.replace(" – ", " –\n")),
            title,
            *named,
            source_cell(sources),
        )
    return table


def _heading(timeline: Timeline, of: int | None) -> str:
    events = f"{len(timeline.events):,}" if of is None else f"{len(timeline.events):,} of {of:,}"
    return f"Timeline: {events} events from {len(timeline.documents):,} documents"


def source_cell(sources: list[SourceName]) -> Text:
    """The Sources cell: each source named (its title cut; a bullet each when there are
    several, as a name may wrap), a link where the terminal can follow one; past
    `SOURCES_SHOWN`, how many more."""
    bullet = "• " if len(sources) > 1 else ""
    lines = [
        shown(bullet + s.short, Style(link=s.url) if s.url else "") for s in sources[:SOURCES_SHOWN]
    ]
    if len(sources) > SOURCES_SHOWN:
        lines.append(Text(f"and {len(sources) - SOURCES_SHOWN} more", style="dim"))
    return Text("\n").join(lines)


def timeline_tree(timeline: Timeline, *, of: int | None = None) -> Tree:
    """The events grouped by year, then month (events dated only to a year or coarser stand
    under their year)."""
    root = Tree(_heading(timeline, of))
    years: dict[int, Tree] = {}
    months: dict[tuple[int, int], Tree] = {}
    for event in timeline.events:
        start = event.date.start
        year = years.get(start.year) or years.setdefault(
            start.year, root.add(f"[bold]{start.year}")
        )
        parent = year
        if event.date.granularity in (Granularity.DAY, Granularity.MONTH):
            key = (start.year, start.month)
            if key not in months:
                months[key] = year.add(_MONTHS[start.month - 1])
            parent = months[key]
        style = (
            "green" if event.confidence >= 0.8 else "yellow" if event.confidence >= 0.6 else "red"
        )
        line = Text(f"{event_date(event)}  ", style="bold") + shown(event.title, style)
        for conflict in event.conflicts:
            warning = f"  ⚠ {', '.join(conflict.sources)}: {display_date(conflict.date)}"
            line.append_text(shown(warning, "magenta"))
        parent.add(line)
    return root


def print_timeline(
    timeline: Timeline, console: Console, view: str = "table", *, fit: bool = False
) -> None:
    """The timeline as a table or a tree. With `fit`, on a terminal, a timeline taller than
    the screen shows the most salient events that fit it (`timeline.rank`), in date order,
    and a line saying how many are left out and how to see them."""
    shown = _fitting(timeline, console, view) if fit and console.is_terminal else timeline
    of = len(timeline.events) if len(shown.events) < len(timeline.events) else None
    console.print(_view(shown, console, view, of))
    if of is not None:
        left = of - len(shown.events)
        events = "event" if left == 1 else "events"
        note = f"{left:,} less salient {events} not shown (--top N shows N, --all every event)"
        console.print(Text(note, style="dim"))


def _view(timeline: Timeline, console: Console, view: str, of: int | None) -> RenderableType:
    if view == "tree":
        return timeline_tree(timeline, of=of)
    return timeline_table(timeline, actors=console.width >= ACTORS_MIN_WIDTH, of=of)


def _fitting(timeline: Timeline, console: Console, view: str) -> Timeline:
    """The most salient events whose view fits the console's height (at least one)."""
    budget = console.height - FOOTER_LINES
    order = ranked(timeline)

    def first(count: int) -> Timeline:
        kept = {e.id for e in order[:count]}
        return replace(timeline, events=tuple(e for e in timeline.events if e.id in kept))

    total = len(timeline.events)

    def fits(count: int) -> bool:
        lines = console.render_lines(_view(first(count), console, view, of=total), pad=False)
        return len(lines) <= budget

    if total <= budget and fits(total):
        return timeline
    low, high = 1, min(total, budget)  # each event takes a line at least
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if fits(middle) else (low, middle - 1)
    return first(low)
