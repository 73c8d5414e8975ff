"""Helpers for the tests that open our exports in a real headless Chromium: Debian's chromium
and chromedriver (`make browser`), a new empty profile, no network but a small web server on
the loopback for pages that fetch their data (TimelineJS reads a file with `fetch`, which a
`file://` page may not), and Knight Lab's TimelineJS as `make timelinejs` installs it."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.conftest import ROOT

TIMELINEJS = ROOT / "node_modules" / "@knight-lab" / "timelinejs"
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
)  # fmt: skip


def timelinejs_dist() -> Path:
    """TimelineJS's built files (js/timeline.js, css/timeline.css), or a failure that says how
    to get them: the test must not pass without them."""
    dist = TIMELINEJS / "dist"
    assert (dist / "js" / "timeline.js").is_file(), (
        "TimelineJS is missing: `make timelinejs` (which `make test` runs) installs it from npm"
    )
    return dist


@contextmanager
def chromium(
    profile: Path, width: int = 1280, height: int = 800, extra: tuple[str, ...] = ()
) -> Iterator[Any]:
    """A headless Chromium that keeps its console messages (read with `console_errors`);
    `extra`: more flags (`scripts/screenshots.py` hides the scrollbars)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary, driver = shutil.which("chromium"), shutil.which("chromedriver")
    assert binary and driver, "install Debian's chromium and chromium-driver (make test does)"
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in (*FLAGS, *extra, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(executable_path=driver), options=options)
    try:
        yield browser
    finally:
        browser.quit()


def console_errors(browser: Any) -> list[str]:
    """The page's console errors since the last call."""
    return [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Requests are not the test's output."""


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """`folder` served on the loopback at a free port; yields the base URL (with a slash)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
