"""Wall time and peak memory of `timeline extract` at 250, 1,000 and 4,000 documents, with one
and two worker processes (the silver corpus repeated as needed, as a folder of .txt files).

Peak memory is the largest sum of the resident memory of the run's processes (the command and
its workers), sampled every 50 ms. With --repeats, the medians are shown, each run's peak
beside them. Ratios are of runs made in the same invocation.

Usage: python benchmarks/scaling.py [--sizes 250 1000 4000] [--workers 1 2] [--repeats 1]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from corpus import SILVER, words, write_folder

TIMELINE = Path(sys.executable).with_name("timeline")


def measure(folder: Path, workers: int, out: Path) -> tuple[float, float]:
    """(seconds, peak MB) of one uncached run."""
    command = [str(TIMELINE), "extract", str(folder), "-q", "--no-cache", "-o", str(out)]
    started = time.perf_counter()
    process = subprocess.Popen([*command, "--workers", str(workers)])
    root = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    if process.returncode:
        raise SystemExit(f"timeline extract failed with exit code {process.returncode}")
    return seconds, peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 1000, 4000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=SILVER)
    args = parser.parse_args()
    table: dict[tuple[int, int], tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            folder = write_folder(args.corpus, size, Path(tmp) / f"corpus-{size}")
            for workers in args.workers:
                runs = [measure(folder, workers, Path(tmp) / "t.json") for _ in range(args.repeats)]
                seconds = statistics.median(r[0] for r in runs)
                peak = statistics.median(r[1] for r in runs)
                table[size, workers] = seconds, peak
                each = ", ".join(f"{r[1]:.0f}" for r in runs)
                print(
                    f"{size:6,} documents {words(args.corpus, size):9,} words  "
                    f"{workers} worker(s): {seconds:7.1f} s  {peak:7.0f} MB peak"
                    + (f" (runs: {each} MB)" if len(runs) > 1 else ""),
                    flush=True,
                )
    print("speed-up of the most workers over one (same size):")
    most = max(args.workers)
    for size in args.sizes:
        if (size, 1) in table and most > 1:
            print(f"  {size:6,} documents: {table[size, 1][0] / table[size, most][0]:.2f}x")
    # The measure of growth: the largest size over 1,000 documents (or the smallest size).
    base = 1000 if 1000 in args.sizes else min(args.sizes)
    largest = max(args.sizes)
    print(f"peak memory at {largest:,} over {base:,} documents:")
    for workers in args.workers:
        ratio = table[largest, workers][1] / table[base, workers][1]
        print(f"  {workers} worker(s): {ratio:.2f}x")


if __name__ == "__main__":
    main()
