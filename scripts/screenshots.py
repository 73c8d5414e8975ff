"""Make the README's pictures from real runs, so that they stay true. From the sample articles:
docs/terminal.svg (the table of `timeline extract`), docs/timeline-html.png (the HTML export)
and docs/timelinejs.png (the TimelineJS export in Knight Lab's TimelineJS); from a large run
(the first 300 TE3 silver documents, DEV lines 1-300): docs/timeline-html-large.png (a busy
year divided into months, the filters in view) and docs/timelinejs-large.png. Pages are drawn
by headless Chromium; TimelineJS is the npm package `make timelinejs` installs.

Usage: python -m scripts.screenshots --silver ../shared/te3/silver.jsonl   (or `make screenshots`)
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

from rich.console import Console
from tests.browser import chromium, serve

from timeline.export import Format, format_timeline
from timeline.models import Timeline
from timeline.render import print_timeline
from timeline.run import build_timeline

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
TIMELINEJS = ROOT / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
LARGE_DOCUMENTS = 300  # the large run: the first lines of the silver corpus (all DEV)
LARGE_FROM = 100  # events from which TimelineJS is shown on its middle slide, not its first
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="tljs/css/timeline.css"><script src="tljs/js/timeline.js"></script>
<style>html,body{height:100%;margin:0;padding:0}#timeline{width:100%;height:100%}</style></head>
<body><div id="timeline"></div><script>
const options = {script_path: new URL('tljs/js/', location.href).href, font: null};
window.timeline = new TL.Timeline('timeline', 'timeline.json', options);
timeline.on('loaded', () => { window.loaded = true; });
</script></body></html>
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--silver", type=Path, default=ROOT.parent / "shared/te3/silver.jsonl")
    args = parser.parse_args()
    if not (TIMELINEJS / "js" / "timeline.js").is_file():
        raise SystemExit("TimelineJS is missing: run `make timelinejs`")
    if not args.silver.is_file():
        raise SystemExit(f"{args.silver}: no TE3 silver corpus for the large run (--silver)")
    DOCS.mkdir(exist_ok=True)
    sample = build_timeline([ROOT / "data" / "raw"]).timeline
    with Path(os.devnull).open("w") as sink:
        console = Console(record=True, width=110, file=sink)
        print_timeline(sample, console)
    console.save_svg(str(DOCS / "terminal.svg"), title="timeline extract")
    with tempfile.TemporaryDirectory() as scratch:
        large = _large_run(args.silver, Path(scratch))
        with chromium(Path(scratch) / "profile", 1100, 1400, ("--hide-scrollbars",)) as browser:
            _page(browser, sample, Path(scratch) / "sample.html", DOCS / "timeline-html.png")
            _page(browser, large, Path(scratch) / "large.html", DOCS / "timeline-html-large.png",
                  busy=True)  # fmt: skip
            _timelinejs(browser, sample, Path(scratch) / "site", DOCS / "timelinejs.png")
            _timelinejs(browser, large, Path(scratch) / "large", DOCS / "timelinejs-large.png")
    print(f"wrote the pictures in {DOCS}: {len(large.events):,} events in the large run")


def _large_run(silver: Path, scratch: Path) -> Timeline:
    """The first documents of the silver corpus as news records: id, text and date only (its
    `source` is the annotation file's path, not an outlet)."""
    records = scratch / "silver-300.jsonl"
    with silver.open(encoding="utf-8") as lines, records.open("w", encoding="utf-8") as out:
        for line in islice(lines, LARGE_DOCUMENTS):
            record = json.loads(line)
            kept = {"id": record["doc_id"], "published": record["dct"], "text": record["text"]}
            out.write(json.dumps(kept) + "\n")
    return build_timeline([records]).timeline


def _page(browser: Any, timeline: Timeline, page: Path, shot: Path, busy: bool = False) -> None:
    """The HTML export; `busy`: scrolled to the busiest year, where months divide it."""
    page.write_text(format_timeline(timeline, Format.HTML), encoding="utf-8")
    browser.set_window_size(1100, 1400)
    browser.get(page.as_uri())
    if busy:
        browser.execute_script(
            "const sections = [...document.querySelectorAll('section')];"
            "const busiest = sections.reduce((a, b) => a.querySelectorAll('li').length >= "
            "b.querySelectorAll('li').length ? a : b);"
            "const months = busiest.querySelectorAll('div.month');"
            "const month = months[months.length > 1 ? 1 : 0] || busiest;"
            "window.scrollTo(0, month.getBoundingClientRect().top + scrollY - 160);"
        )
    browser.save_screenshot(str(shot))


def _timelinejs(browser: Any, timeline: Timeline, site: Path, shot: Path) -> None:
    """The TimelineJS export in TimelineJS, on its first event, served on the loopback."""
    site.mkdir()
    (site / "tljs").symlink_to(TIMELINEJS, target_is_directory=True)
    (site / "page.html").write_text(PAGE, encoding="utf-8")
    (site / "timeline.json").write_text(format_timeline(timeline, Format.TIMELINEJS), "utf-8")
    browser.set_window_size(1280, 800)
    with serve(site) as base:
        browser.get(f"{base}page.html")
        for _ in range(240):
            if browser.execute_script("return window.loaded === true"):
                break
            time.sleep(0.5)
        # the first event, or on a large timeline the middle one, where events are many
        middle = len(timeline.events) // 2 if len(timeline.events) > LARGE_FROM else 1
        browser.execute_script(f"timeline.goTo({middle})")
        time.sleep(2)  # TimelineJS animates the move to the slide
        browser.save_screenshot(str(shot))


if __name__ == "__main__":
    main()
