"""Nothing lost: a run killed while it writes leaves the previous timeline as it was; a run
never writes into what it reads."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.faults.conftest import GOOD_DATE, extract, runner, write_good
from timeline.cli import app

# Runs `timeline extract` in this interpreter with one hook: at the chosen point of writing
# the output it says so in a marker file and waits to be killed. The writing code itself is
# the real one.
_KILLABLE = """
import os, sys, time
from pathlib import Path
marker, when = Path(sys.argv[1]), sys.argv[2]

def wait_for_the_kill():
    marker.write_text(str(os.getpid()))
    time.sleep(600)

if when == "half-written":
    real_fdopen = os.fdopen
    class HalfWriter:
        def __init__(self, handle): self.handle = handle
        def __enter__(self): return self
        def __exit__(self, *exc): return self.handle.__exit__(*exc)
        def write(self, text):
            self.handle.write(text[: len(text) // 2]); self.handle.flush(); wait_for_the_kill()
        def __getattr__(self, name): return getattr(self.handle, name)
    os.fdopen = lambda *a, **k: HalfWriter(real_fdopen(*a, **k))
else:  # written and synced, not yet renamed into place
    real_fsync = os.fsync
    def fsync(fd):
        real_fsync(fd); wait_for_the_kill()
    os.fsync = fsync

from timeline.cli import app
sys.argv = ["timeline", "extract", *sys.argv[3:]]
app()
"""


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.model
@pytest.mark.parametrize("when", ["half-written", "written-not-renamed"])
def test_a_run_killed_while_writing_leaves_the_previous_timeline(tmp_path: Path, when: str) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    out = tmp_path / "out" / "timeline.json"
    first = extract(folder, out=out)
    assert first.exit_code == 0
    previous = out.read_bytes()
    (folder / "more.txt").write_text("The bridge opened on May 20, 2022.\n", encoding="utf-8")
    marker, log = tmp_path / "writing", tmp_path / "stderr.txt"

    with log.open("wb") as stderr:
        process = subprocess.Popen(
            # --no-cache: the output is then the only file this run writes
            [
                sys.executable,
                "-c",
                _KILLABLE,
                str(marker),
                when,
                str(folder),
                "-o",
                str(out),
                "-q",
                "--no-cache",
            ],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        deadline = time.monotonic() + 120
        while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert marker.exists(), log.read_text()
        temporary = [p for p in out.parent.iterdir() if p != out]
        assert len(temporary) == 1 and temporary[0].stat().st_size > 0  # caught mid-write
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL

    assert out.read_bytes() == previous
    assert json.loads(previous)["events"]
    leftovers = [p.name for p in out.parent.iterdir() if p != out]
    assert all(n.startswith(".timeline.json.") and n.endswith(".tmp") for n in leftovers)
    again = extract(folder, out=out)  # a leftover is hidden: never read, never in the way
    assert again.exit_code == 0 and "2022-05-20" in str(again.data)


@pytest.mark.model
def test_a_run_never_writes_into_its_input_folder(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    (folder / "manifest.csv").write_text("file,title\ngood.txt,Budget\n", encoding="utf-8")
    before = snapshot(folder)

    outcome = extract(folder, out=tmp_path / "out.json")
    tagged = runner.invoke(app, ["tag", str(folder), "-o", str(tmp_path / "tags.jsonl")])

    assert outcome.exit_code == 0 and tagged.exit_code == 0
    assert GOOD_DATE in outcome.dates_of("good")
    assert snapshot(folder) == before


@pytest.mark.parametrize("target", ["good.txt", "manifest.csv", "sub/other.md"])
def test_output_naming_an_input_is_refused(tmp_path: Path, target: str) -> None:
    folder = tmp_path / "in"
    write_good(folder)
    (folder / "manifest.csv").write_text("file,title\ngood.txt,Budget\n", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "other.md").write_text("The fair opened in 2019.\n", encoding="utf-8")
    before = snapshot(folder)

    for command in (["extract"], ["tag"]):
        result = runner.invoke(app, [*command, str(folder), "-o", str(folder / target)])
        assert result.exit_code == 2, result.output
        (line,) = result.stderr.splitlines()
        assert "that is an input" in line and target.split("/")[-1] in line
    explicit = runner.invoke(
        app, ["extract", str(folder / "good.txt"), "-o", str(folder / "good.txt")]
    )
    assert explicit.exit_code == 2
    assert snapshot(folder) == before


def test_export_over_its_own_input_is_refused(tmp_path: Path) -> None:
    saved = tmp_path / "timeline.json"
    saved.write_text('{"schema_version": "1"}\n', encoding="utf-8")
    result = runner.invoke(app, ["export", str(saved), "--format", "html", "-o", str(saved)])
    assert result.exit_code == 2 and "that is an input" in result.stderr
    assert saved.read_text(encoding="utf-8") == '{"schema_version": "1"}\n'


def test_a_document_the_event_layer_fails_on_is_named_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fault in the analysis of one document (a bug the inputs found) costs that document
    only: one line naming it, the others' events written, a failing exit code, no traceback,
    and nothing cached for it."""
    import timeline.run.stage as stage

    folder = tmp_path / "in"
    folder.mkdir()
    write_good(folder)
    (folder / "bad.txt").write_text(
        "---\npublished: 2021-03-01\n---\nNews\n\nThe plant closed on March 2, 2021. Boom.\n",
        encoding="utf-8",
    )
    real = stage.extract_events

    def failing(document, doc, expressions, **options):  # type: ignore[no-untyped-def]
        if "Boom" in document.text:
            raise ValueError("a fault in the event layer")
        return real(document, doc, expressions, **options)

    monkeypatch.setattr(stage, "extract_events", failing)
    cache = tmp_path / "cache"
    outcome = extract(folder, "--cache-dir", cache, out=tmp_path / "out.json")
    assert outcome.result.exit_code == 1
    lines = [line for line in outcome.result.output.splitlines() if "bad.txt" in line]
    assert len(lines) == 1 and "could not be analysed" in lines[0]
    assert outcome.data is not None
    assert {e["date"] for e in outcome.data["events"]} >= {GOOD_DATE}
    monkeypatch.setattr(stage, "extract_events", real)
    again = extract(folder, "--cache-dir", cache, out=tmp_path / "again.json")
    assert again.result.exit_code == 0  # the failure was not cached
    assert "2021-03-02" in {e["date"] for e in again.data["events"]}
