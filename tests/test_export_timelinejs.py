"""The TimelineJS export and the sheet CSV, loaded into Knight Lab's TimelineJS 3.9.11 itself in
headless Chromium (the npm package `make test` installs): one slide per event plus the title,
every marker and both slide arrows on the screen at 1,343 events, no console error, and the
sheet accepted by TimelineJS's own CSV reader."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.browser import chromium, console_errors, serve, timelinejs_dist
from tests.built_timeline import large_timeline
from timeline.export import Format, Group, format_timeline
from timeline.export.sheet import COLUMNS
from timeline.models import Timeline

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="tljs/css/timeline.css"><script src="tljs/js/timeline.js"></script>
<style>html,body{height:100%;margin:0;padding:0}#timeline{width:100%;height:100%}</style></head>
<body><div id="timeline"></div><script>
// TimelineJS's own files from this site, no web fonts: nothing from the network
const options = {script_path: new URL('tljs/js/', location.href).href, font: null};
window.timeline = new TL.Timeline('timeline', new URLSearchParams(location.search).get('data'),
                                  options);
timeline.on('loaded', () => { window.loaded = true; });
</script></body></html>
"""
STEADY = 3  # equal measures in a row that make a settled page
LOADED = "return window.loaded === true || !!(timeline.config && !timeline.config.isValid())"
FIRST_EVENT = """const previous = document.querySelector('.tl-slidenav-previous');
return !!previous && getComputedStyle(previous).display !== 'none';"""
SCREEN = """
const inside = r => r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0
  && r.bottom <= innerHeight && r.right <= innerWidth;
const nav = document.querySelector('.tl-timenav').getBoundingClientRect();
const markers = [...document.querySelectorAll('.tl-timemarker .tl-timemarker-content-container')]
  .map(m => m.getBoundingClientRect());
return {
  errors: timeline.config.getErrors(),
  slides: document.querySelectorAll('.tl-slide').length,
  titles: document.querySelectorAll('.tl-slide-titleslide').length,
  markers: markers.length,
  below: markers.filter(r => r.top < nav.top - 1 || r.bottom > nav.bottom + 1
                          || r.bottom > innerHeight).length,
  arrows: [...document.querySelectorAll('.tl-slidenav-previous, .tl-slidenav-next')]
          .filter(a => inside(a.getBoundingClientRect())).length,
  pwned: window.pwned !== undefined,
  message: (document.querySelector('.tl-message-content') || {}).textContent || '',
};
"""


def load(browser: Any, base: str, data: str) -> dict[str, Any]:
    """Open `data` in TimelineJS, go to the first event (both arrows shown), and measure."""
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{base}page.html?data={data}")
    WebDriverWait(browser, 120, poll_frequency=0.5).until(lambda b: b.execute_script(LOADED))
    browser.execute_script("timeline.goTo(1)")
    WebDriverWait(browser, 30).until(lambda b: b.execute_script(FIRST_EVENT))
    last: list[dict[str, Any]] = []

    def settled(b: Any) -> dict[str, Any] | None:
        """The measures once they hold for `STEADY` looks a second apart: TimelineJS animates
        the move and lays the navigator out again when it sees it (later on a busy machine)."""
        now: dict[str, Any] = b.execute_script(SCREEN)
        last.append(now)
        return now if last[-STEADY:] == [now] * STEADY else None

    result: dict[str, Any] = WebDriverWait(browser, 120, poll_frequency=1).until(settled)
    result["console"] = console_errors(browser)
    return result


@pytest.fixture(scope="module")
def large() -> Timeline:
    return large_timeline()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "tljs").symlink_to(timelinejs_dist(), target_is_directory=True)
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    return folder


def test_sheet_has_exactly_the_templates_columns(large: Timeline) -> None:
    rows = list(csv.reader(io.StringIO(format_timeline(large, Format.SHEET))))
    assert tuple(rows[0]) == COLUMNS == (
        "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
        "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
        "Media Thumbnail", "Type", "Group", "Background",
    )  # fmt: skip
    assert len(rows) == 1 + 1 + len(large.events)
    title = dict(zip(COLUMNS, rows[1], strict=True))
    assert title["Type"] == "title" and title["Headline"] == "Timeline"
    assert all(len(row) == len(COLUMNS) for row in rows)
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


@pytest.mark.browser
@pytest.mark.parametrize("group", [Group.NONE, Group.SOURCE])
def test_timelinejs_export_in_timelinejs_at_1343_events(
    large: Timeline, site: Path, tmp_path: Path, group: Group
) -> None:
    (site / "timeline.json").write_text(format_timeline(large, Format.TIMELINEJS, group), "utf-8")
    with serve(site) as base, chromium(tmp_path / "profile") as browser:
        seen = load(browser, base, "timeline.json")
    assert seen["errors"] == [] and seen["message"] == ""
    assert seen["slides"] == len(large.events) + 1 and seen["titles"] == 1
    assert seen["markers"] == len(large.events)
    assert seen["below"] == 0, f"{seen['below']} markers below the navigator or the screen"
    assert seen["arrows"] == 2, "the slide arrows are not both on the screen"
    assert not seen["pwned"]
    assert seen["console"] == []


@pytest.mark.browser
def test_sheet_read_by_timelinejs_own_csv_reader(
    large: Timeline, site: Path, tmp_path: Path
) -> None:
    (site / "sheet.csv").write_text(format_timeline(large, Format.SHEET), "utf-8")
    with serve(site) as base, chromium(tmp_path / "profile") as browser:
        seen = load(browser, base, "sheet.csv")
    assert "has no events" not in seen["message"]
    assert seen["errors"] == [] and seen["message"] == ""
    assert seen["slides"] == len(large.events) + 1 and seen["titles"] == 1
    assert seen["markers"] == len(large.events)
    assert seen["below"] == 0 and seen["arrows"] == 2
    assert not seen["pwned"]
    assert seen["console"] == []


def test_group_only_by_source_outlet(large: Timeline) -> None:
    plain = json.loads(format_timeline(large, Format.TIMELINEJS))
    assert not any("group" in slide for slide in plain["events"])
    grouped = json.loads(format_timeline(large, Format.TIMELINEJS, Group.SOURCE))
    groups = {slide["group"] for slide in grouped["events"]}
    assert groups == {"AFP", "Associated Press", "The New York Times", "WGN", "Other sources"}
