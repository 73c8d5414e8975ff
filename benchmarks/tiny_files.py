"""Time and memory of `timeline extract --no-cache` over N tiny articles, each its own file
(front matter with `published:`, a title line, one or two dated sentences): the cost of a file
beyond its text, which a corpus of whole articles hides.

Usage: python benchmarks/tiny_files.py [--files 20000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

TIMELINE = Path(sys.executable).with_name("timeline")
PEOPLE = "Kessler Alvarez Brandt Okafor Lindqvist Moreau Tanaka Petrov Haddad Novak".split()
BODIES = "council board committee court agency union league ministry".split()
ACTS = "approved rejected delayed announced signed".split()
THINGS = "budget plan ordinance contract report merger appeal reform".split()
MONTHS = "January February March April May June July August September October".split()


def article(i: int, rng: random.Random) -> str:
    """A tiny article: front matter, a title, one or two dated sentences."""
    year, month, day = 2000 + i % 24, rng.randrange(10), 1 + rng.randrange(28)
    body, act, thing = rng.choice(BODIES), rng.choice(ACTS), rng.choice(THINGS)
    lines = [
        "---",
        f"published: {year}-{month + 1:02d}-{day:02d}",
        "---",
        f"The {body} {act} the {thing}",
        "",
        f"The {body} {act} the {thing} on {MONTHS[month]} {day}, {year}.",
    ]
    if i % 2:
        lines.append(f"{rng.choice(PEOPLE)} said the vote would follow in {year + 1}.")
    return "\n".join(lines) + "\n"


def write_articles(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    for i in range(count):
        (folder / f"a{i:06d}.txt").write_text(article(i, rng), encoding="utf-8")


def run(folder: Path, out: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (KB) of one `timeline extract --no-cache` in a subprocess.
    (The peak is the largest of the children waited for so far: the runs of one benchmark are
    alike, so it is that of this run.)"""
    command = [str(TIMELINE), "extract", str(folder), "--no-cache", "-q", "-o", str(out)]
    started = time.perf_counter()
    subprocess.run(command, check=False, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=1, help="runs; the median is reported")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        write_articles(folder, args.files)
        walls, peaks = [], []
        for _ in range(args.repeat):
            wall, peak = run(folder, Path(tmp) / "timeline.json")
            walls.append(wall)
            peaks.append(peak)
            print(f"  run: {wall:.1f} s, peak RSS {peak / 1024:,.0f} MB", flush=True)
    wall = median(walls)
    print(
        f"{args.files:,} tiny files: {wall:.1f} s ({1000 * wall / args.files:.2f} ms a file),"
        f" peak RSS {max(peaks) / 1024:,.0f} MB (median of {args.repeat})"
    )


if __name__ == "__main__":
    main()
