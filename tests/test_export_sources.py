"""Every export and the terminal table name each source by outlet, title and date, linked where
it has an http(s) address, through one naming function; whatever comes from input is escaped
for the format (HTML, Markdown, rich markup)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rich.console import Console
from typer.testing import CliRunner

from timeline.cli import app
from timeline.edtf import parse_edtf
from timeline.export import Format, Group, format_timeline
from timeline.models import Actor, Anchor, Document, Event, Mention, Timeline
from timeline.render import print_timeline
from timeline.sources import SHORT_TITLE_CHARACTERS, name_source

TITLE = "Another police union calls out the City of Chicago for sending migrants to stations"
MARKUP = "[bold red]Loud[/bold red] *not emphasis* <b>not bold</b>"


def document(doc_id: str, **fields: object) -> Document:
    values: dict[str, object] = {"title": None, "published": None, "source": None, "url": None}
    return Document(doc_id, f"{doc_id}.txt", "", **{**values, **fields})  # type: ignore[arg-type]


@pytest.fixture
def timeline() -> Timeline:
    documents = (
        document("wgn", title=TITLE, published=parse_edtf("2023-05-12"), source="WGN",
                 url="https://wgntv.example/union"),
        document("bare"),
        document("evil", title=MARKUP, source="<i>Outlet</i>", url="javascript:alert(1)"),
    )  # fmt: skip
    sentence = "The union wrote to the mayor on May 12, 2023."
    mentions = tuple(Mention(d.id, sentence, 0, len(sentence)) for d in documents)
    event = Event(
        "ev1", parse_edtf("2023-05-12"), "The union wrote to the mayor", sentence,
        (Actor("Lori Lightfoot", "PERSON"),), 0.9, Anchor.EXPLICIT, mentions,
    )  # fmt: skip
    season = Event(
        "ev2", parse_edtf("2019-22"), "Summer protests", "Protests went on all summer.",
        (), 0.7, Anchor.EXPLICIT, (Mention("wgn", "Protests went on all summer.", 0, 28),),
    )  # fmt: skip
    return Timeline(documents, (season, event), "timeline test")


def test_a_source_is_named_by_outlet_title_and_date() -> None:
    wgn = name_source(
        "wgn", document("wgn", title=TITLE, published=parse_edtf("2023-05-12"), source="WGN",
                        url="https://wgntv.example/union")
    )  # fmt: skip
    assert wgn.text == f"WGN — {TITLE}, 2023-05-12"
    assert wgn.short == "WGN — Another police union…, 2023-05-12"
    assert len(wgn.short.split(" — ")[1].split(",")[0]) <= SHORT_TITLE_CHARACTERS
    assert wgn.url == "https://wgntv.example/union"
    assert name_source("x", document("x")).text == "x"  # nothing known: the id
    assert name_source("x", None).text == "x"  # not among the timeline's documents
    assert name_source("x", document("x", source="AP", title="  Two\n lines ")).text == (
        "AP — Two lines"
    )
    for url in ("javascript:alert(1)", "ftp://host/file", "https://", "https:// a", "file:///x"):
        assert name_source("x", document("x", url=url)).url is None, url
    assert name_source("x", document("x", url=' https://a.example/b c"\x1b<\n ')).url == (
        "https://a.example/b%20c%22%1B%3C"
    )


def test_every_export_names_and_links_the_sources(timeline: Timeline) -> None:
    full, link = f"WGN — {TITLE}, 2023-05-12", "https://wgntv.example/union"
    short = "WGN — Another police union…, 2023-05-12"
    page = format_timeline(timeline, Format.HTML)
    assert (
        f'<a href="{link}" target="_blank" rel="noopener noreferrer" title="{full}">{short}</a>'
        in page
    )
    markdown = format_timeline(timeline, Format.MARKDOWN)
    assert f"[{full}](<{link}>)" in markdown
    rows = list(csv.DictReader(io.StringIO(format_timeline(timeline, Format.CSV))))
    assert rows[1]["sources"].split("; ")[2] == f"{full} <{link}>"
    assert rows[1]["source_ids"] == "bare; evil; wgn"
    slides = json.loads(format_timeline(timeline, Format.TIMELINEJS))["events"]
    assert (
        f'<a href="{link}" target="_blank" rel="noopener noreferrer">{full}</a>'
        in (slides[1]["text"]["text"])
    )
    sheet = list(csv.DictReader(io.StringIO(format_timeline(timeline, Format.SHEET))))
    assert f'<a href="{link}"' in sheet[2]["Text"] and full in sheet[2]["Text"]
    console = Console(record=True, width=200, file=io.StringIO())
    print_timeline(timeline, console)
    table = console.export_text(clear=False)
    assert short in table and "• bare" in table
    assert f'<a href="{link}">' in console.export_html(
        inline_styles=True
    )  # a link the terminal can follow


def test_names_from_input_are_escaped_everywhere(timeline: Timeline) -> None:
    page = format_timeline(timeline, Format.HTML)
    assert "<i>Outlet</i>" not in page and "&lt;i&gt;Outlet&lt;/i&gt;" in page
    assert "<b>not bold</b>" not in page and "javascript:" not in page
    markdown = format_timeline(timeline, Format.MARKDOWN)
    assert "\\<i\\>Outlet\\</i\\>" in markdown and "\\*not emphasis\\*" in markdown
    assert "javascript:" not in markdown
    for fmt in (Format.TIMELINEJS, Format.SHEET):
        text = format_timeline(timeline, fmt)
        assert "<i>Outlet" not in text and "&lt;i&gt;Outlet" in text, fmt
    console = Console(record=True, width=300, file=io.StringIO())
    print_timeline(timeline, console)
    assert "<i>Outlet</i> — [bold red]Loud[/bold…" in console.export_text()


def test_plain_csv_says_the_date_as_a_reader_would(timeline: Timeline) -> None:
    rows = list(csv.DictReader(io.StringIO(format_timeline(timeline, Format.CSV))))
    assert [(r["date"], r["when"]) for r in rows] == [
        ("2019-22", "Summer 2019"), ("2023-05-12", "12 May 2023"),
    ]  # fmt: skip
    assert list(rows[0])[:3] == ["date", "when", "start"]


def test_timelinejs_spans_and_groups(timeline: Timeline) -> None:
    summer, day = json.loads(format_timeline(timeline, Format.TIMELINEJS))["events"]
    assert summer["start_date"] == {"year": "2019", "month": "6"}
    assert summer["end_date"] == {"year": "2019", "month": "8"}
    assert summer["display_date"] == "Summer 2019"
    assert "end_date" not in day and "group" not in day and "group" not in summer
    grouped = json.loads(format_timeline(timeline, Format.TIMELINEJS, Group.SOURCE))["events"]
    assert [s["group"] for s in grouped] == ["WGN", "&lt;i&gt;Outlet&lt;/i&gt;"]


def test_export_command_sheet_and_group(timeline: Timeline, tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    saved = folder / "timeline.json"
    saved.write_text(format_timeline(timeline), encoding="utf-8")
    runner = CliRunner()
    sheet = runner.invoke(
        app, ["export", str(saved), "--format", "sheet", "-o", str(folder / "s.csv")]
    )
    assert sheet.exit_code == 0, sheet.output
    assert (folder / "s.csv").read_text(encoding="utf-8").startswith("Year,Month,Day,Time,")
    grouped = runner.invoke(
        app, ["export", str(saved), "--format", "timelinejs", "--group", "source"]
    )
    assert grouped.exit_code == 0 and '"group": "WGN"' in grouped.stdout
    wrong = runner.invoke(app, ["export", str(saved), "--format", "html", "--group", "source"])
    assert wrong.exit_code == 2 and "timelinejs and sheet" in wrong.output
    assert "sheet" in runner.invoke(app, ["export", "--help"]).output
