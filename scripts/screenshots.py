"""Make the README's pictures from the sample articles, so that they stay true:
docs/terminal.svg (the table of `timeline extract`) and docs/timeline-html.png (the HTML
export, as headless Chromium draws it).

Usage: python scripts/screenshots.py   (or `make screenshots`)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from rich.console import Console

from timeline.export import Format, format_timeline
from timeline.render import print_timeline
from timeline.run import build_timeline

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    timeline = build_timeline([ROOT / "data" / "raw"]).timeline
    with Path(os.devnull).open("w") as sink:
        console = Console(record=True, width=110, file=sink)
        print_timeline(timeline, console)
    console.save_svg(str(DOCS / "terminal.svg"), title="timeline extract")
    chromium = shutil.which("chromium")
    if chromium is None:
        raise SystemExit("chromium is needed for the HTML picture: apt-get install chromium")
    with tempfile.TemporaryDirectory() as scratch:
        page = Path(scratch) / "timeline.html"
        page.write_text(format_timeline(timeline, Format.HTML), encoding="utf-8")
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 f"--user-data-dir={scratch}/profile", "--window-size=1100,1400",
                 f"--screenshot={DOCS / 'timeline-html.png'}"]  # fmt: skip
        subprocess.run([chromium, *flags, page.as_uri()], check=True, capture_output=True)
    print(f"wrote {DOCS / 'terminal.svg'} and {DOCS / 'timeline-html.png'}")


if __name__ == "__main__":
    main()
