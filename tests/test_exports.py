"""Exports: CSV, Markdown, TimelineJS and the HTML page (in a real headless Chromium), the
`show` and `export` commands, and escaping of hostile article text."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from timeline.cli import app
from timeline.edtf import parse_edtf
from timeline.export import Format, format_timeline
from timeline.export.csvfile import safe_cell
from timeline.export.timelinejs import to_timelinejs
from timeline.models import (
    Actor,
    Anchor,
    Conflict,
    Document,
    Event,
    Kind,
    Mention,
    Modality,
    Timeline,
)

HOSTILE = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
BREAKOUT = '"><img src=x onerror="window.pwned = 3">'  # out of an attribute value


def event(date: str, title: str, doc: str = "a", **more: object) -> Event:
    sentence = f"{title} ({date})."
    fields: dict[str, object] = {
        "id": f"ev-{doc}-{date}-{len(title)}",
        "date": parse_edtf(date),
        "title": title,
        "description": sentence,
        "actors": (Actor("Lori Lightfoot", "PERSON"),),
        "confidence": 0.85,
        "anchor": Anchor.EXPLICIT,
        "mentions": (Mention(doc, sentence, 0, len(sentence)),),
    }
    return Event(**{**fields, **more})  # type: ignore[arg-type]


@pytest.fixture
def timeline() -> Timeline:
    documents = (
        Document("a", "a.txt", "", "First story", parse_edtf("2025-06"), "manifest", "WBEZ",
                 "https://example.org/a"),
        Document("b", "b.txt", "", HOSTILE, None, None, None, 'javascript:alert("x")'),
    )  # fmt: skip
    events = (
        event("198X", "The original sanctuary ordinance dates back"),
        event(
            "2012",
            "The council approved the ordinance",
            conflicts=(Conflict(parse_edtf("2011"), ("b",)),),
        ),
        event("2022-11/2025-03", "Agencies obtained arrest reports"),
        event("2025-01", '=HYPERLINK("http://evil")', doc="b", anchor=Anchor.DOCUMENT_DATE),
        event(
            "2025-06-04",
            HOSTILE,
            doc="b",
            kind=Kind.CAPTION,
            modality=Modality.PLANNED,
            actors=(Actor("Lori Lightfoot", "PERSON"), Actor(BREAKOUT, "PERSON")),
        ),
    )
    return Timeline(documents, events, "timeline test")


def test_round_trip_through_json(timeline: Timeline) -> None:
    again = Timeline.from_dict(json.loads(format_timeline(timeline)))
    assert format_timeline(again) == format_timeline(timeline)


def test_csv_is_one_row_per_event_and_neutralises_formulas(timeline: Timeline) -> None:
    rows = list(csv.DictReader(io.StringIO(format_timeline(timeline, Format.CSV))))
    assert [r["date"] for r in rows] == [e.date.edtf for e in timeline.events]
    formula = next(r for r in rows if "HYPERLINK" in r["title"])
    assert formula["title"].startswith("'=")
    assert rows[1]["conflicts"] == "2011 (<script>window.pwned =…)"
    assert [r["when"] for r in rows] == ["1980s", "2012", "Nov 2022 – Mar 2025", "c. Jan 2025",
                                         "4 Jun 2025"]  # fmt: skip
    assert [safe_cell(x) for x in ("+1", "-2", "@SUM(A1)", "plain", "1985")] == [
        "'+1", "'-2", "'@SUM(A1)", "plain", "1985",
    ]  # fmt: skip


def test_markdown_lists_by_year_with_links_and_escapes(timeline: Timeline) -> None:
    text = format_timeline(timeline, Format.MARKDOWN)
    assert text.index("## 1980") < text.index("## 2012") < text.index("## 2025")
    assert "[WBEZ — First story, 2025-06](<https://example.org/a>)" in text
    assert text.index("## 1980s") < text.index("## 2012")
    assert "<script>" not in text and "javascript:" not in text
    assert "⚠ \\<script\\>window.pwned =… gives 2011" in text


def test_timelinejs_follows_knight_labs_format(timeline: Timeline) -> None:
    data = json.loads(to_timelinejs(timeline))
    schema = json.loads((ROOT / "tests" / "data" / "timelinejs.schema.json").read_text())
    jsonschema.validate(data, schema)
    slides = {s["unique_id"]: s for s in data["events"]}
    decade, year, interval, lead, day = (slides[e.id] for e in timeline.events)
    assert decade["start_date"] == {"year": "1980"} and decade["end_date"] == {"year": "1989"}
    assert decade["display_date"] == "1980s"
    assert year["start_date"] == {"year": "2012"} and "display_date" not in year
    assert "<p>⚠ &lt;script&gt;window.pwned = 1&lt;/script&gt;" in year["text"]["text"]
    assert interval["start_date"] == {"year": "2022", "month": "11"}
    assert interval["end_date"] == {"year": "2025", "month": "3"}
    assert lead["display_date"] == "c. Jan 2025"
    assert day["start_date"] == {"year": "2025", "month": "6", "day": "4"}
    assert "<script>" not in day["text"]["headline"]
    assert data["title"]["text"]["headline"] == "Timeline"


def test_html_is_self_contained_and_escaped(timeline: Timeline) -> None:
    page = format_timeline(timeline, Format.HTML)
    assert "<script>window.pwned" not in page and "onerror=" not in page.replace(
        "onerror=&quot;", ""
    )
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page
    for external in ('src="http', "src='http", "<link", "@import", "url("):
        assert external not in page
    # the only web addresses are links to the sources, which a reader follows or not
    links = re.findall(r'<a href="([^"]*)"', page)
    assert set(links) == {"https://example.org/a"} and len(links) == 3 * 2  # card, sentence
    assert page.count('<li class="event"') == len(timeline.events)


@pytest.mark.browser
def test_html_page_in_headless_chromium(timeline: Timeline, tmp_path: Path) -> None:
    """The page as a reader sees it: every event visible, a filter that works, a screenshot,
    and no script from an article run."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    chromium, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    assert chromium and driver_path, (
        "install Debian's chromium and chromium-driver (make test does)"
    )
    page = tmp_path / "timeline.html"
    page.write_text(format_timeline(timeline, Format.HTML), encoding="utf-8")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
                 "--window-size=1200,1600"):  # fmt: skip
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    try:
        browser.get(page.as_uri())
        events = browser.find_elements(By.CSS_SELECTOR, "li.event")
        assert len(events) == len(timeline.events)
        assert all(e.is_displayed() for e in events)
        assert browser.execute_script("return window.pwned === undefined")
        Select(browser.find_element(By.ID, "year")).select_by_value("2025")
        visible = [
            e for e in browser.find_elements(By.CSS_SELECTOR, "li.event") if e.is_displayed()
        ]
        assert len(visible) == 2
        assert browser.find_element(By.ID, "shown").text == "2"
        Select(browser.find_element(By.ID, "year")).select_by_value("")
        browser.find_element(By.ID, "entity").send_keys("lightfoot")
        assert browser.find_element(By.ID, "shown").text == str(len(timeline.events))
        shot = tmp_path / "timeline.png"
        assert browser.save_screenshot(str(shot))
        assert shot.stat().st_size > 10_000
    finally:
        browser.quit()


def test_show_and_export_commands(timeline: Timeline, tmp_path: Path) -> None:
    saved = tmp_path / "timeline.json"
    saved.write_text(format_timeline(timeline), encoding="utf-8")
    runner = CliRunner()
    shown = runner.invoke(app, ["show", str(saved), "--format", "json", "--since", "2012",
                                "--until", "2024"])  # fmt: skip
    assert shown.exit_code == 0, shown.output
    assert [e["date"] for e in json.loads(shown.stdout)["events"]] == ["2012", "2022-11/2025-03"]
    tree = runner.invoke(app, ["show", str(saved), "--view", "tree", "--entity", "lightfoot"])
    assert tree.exit_code == 0 and "2025" in tree.stdout and "Jun" in tree.stdout
    out = tmp_path / "t.html"
    exported = runner.invoke(app, ["export", str(saved), "--format", "html", "-o", str(out)])
    assert exported.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    bad = runner.invoke(app, ["export", str(saved), "--format", "pdf"])
    assert bad.exit_code == 2 and "pdf" in bad.output
    missing = runner.invoke(app, ["show", str(tmp_path / "none.json")])
    assert missing.exit_code == 1 and "no such file" in missing.output
