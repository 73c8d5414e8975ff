"""Time and memory of `timeline extract` over many tiny files (N articles of a title and one
or two dated sentences, each its own file: the cost of a file beyond its text, which a corpus of
whole articles hides). One run fills an empty cache (timed, with its peak RSS), then the cached
re-runs (whole commands, timed; the output must be byte-identical to the first's).

Usage: python benchmarks/tiny_files.py [--files 20000] [--repeats 3] [--profile out.prof]

With --profile, one more cached run is made in this process under cProfile, and its top
lines (cumulative time) are printed.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIMELINE = Path(sys.executable).with_name("timeline")
ACTORS = (
    "The council",
    "The mayor",
    "Police",
    "The union",
    "The court",
    "Officials",
    "The company",
    "Residents",
    "The governor",
    "Lawmakers",
    "The school board",
    "Firefighters",
)
ACTIONS = (
    "approved the budget",
    "opened a new bridge",
    "announced an inquiry",
    "signed the contract",
    "closed the old station",
    "rejected the plan",
    "held a vote",
    "began repairs",
    "issued a warning",
    "filed a lawsuit",
    "hired a director",
    "published a report",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def article(number: int) -> str:
    """A tiny article, different for each number: front matter, a title, one or two dated
    sentences."""
    actor = ACTORS[number % len(ACTORS)]
    action = ACTIONS[(number // len(ACTORS)) % len(ACTIONS)]
    month = MONTHS[number % 12]
    day, year = 1 + number % 28, 2000 + number % 24
    text = (
        f"---\npublished: {year}-{1 + number % 12:02d}-28\n---\n"
        f"{actor} {action.split()[0]} in case {number}\n\n"
        f"{actor} {action} on {month} {day}, {year}, in case {number}."
    )
    if number % 2:
        text += f" A hearing followed in {MONTHS[(number + 3) % 12]} {year + 1}."
    return text + "\n"


def write_articles(folder: Path, files: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(files):
        (folder / f"article-{number:06d}.txt").write_text(article(number), encoding="utf-8")
    return folder


def timed_run(folder: Path, cache: Path, out: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one `timeline extract` in a subprocess."""
    command = [TIMELINE, "extract", folder, "-q", "--cache-dir", cache, "-o", out]
    started = time.perf_counter()
    process = subprocess.Popen([str(part) for part in command])
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"timeline extract failed ({process.returncode})")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def profile_run(folder: Path, cache: Path, out: Path, where: Path) -> None:
    """One cached run in this process under cProfile; its top lines printed."""
    from typer.testing import CliRunner

    from timeline.cli import app

    args = ["extract", str(folder), "-q", "--cache-dir", str(cache), "-o", str(out)]
    profiler = cProfile.Profile()
    profiler.enable()
    result = CliRunner().invoke(app, args)
    profiler.disable()
    if result.exit_code != 0:
        raise SystemExit(f"the profiled run failed: {result.output}")
    profiler.dump_stats(where)
    pstats.Stats(str(where)).sort_stats("cumulative").print_stats(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", type=Path, help="write a cProfile of one cached run here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_articles(Path(tmp) / "articles", args.files)
        cache, first_out = Path(tmp) / "cache", Path(tmp) / "first.json"
        first, first_peak = timed_run(folder, cache, first_out)
        cached, cached_peaks = [], []
        for _ in range(args.repeats):
            wall, peak = timed_run(folder, cache, Path(tmp) / "again.json")
            cached.append(wall)
            cached_peaks.append(peak)
            if (Path(tmp) / "again.json").read_bytes() != first_out.read_bytes():
                raise SystemExit("the cached run wrote different bytes")
        if args.profile:
            profile_run(folder, cache, Path(tmp) / "profiled.json", args.profile)
    runs = ", ".join(f"{t:.2f}" for t in cached)
    print(f"{args.files:,} tiny files, identical output")
    print(f"  first run (empty cache)   {first:8.2f} s  peak RSS {first_peak:,.0f} MB")
    print(f"  per file, first run       {first / args.files * 1e3:8.3f} ms")
    print(f"  cached re-run (median)    {statistics.median(cached):8.2f} s  (runs: {runs})")
    print(f"  per file, cached          {statistics.median(cached) / args.files * 1e3:8.3f} ms")
    print(f"  peak RSS, cached          {max(cached_peaks):8,.0f} MB")


if __name__ == "__main__":
    main()
