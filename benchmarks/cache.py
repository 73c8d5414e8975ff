"""How much faster a second `timeline extract` over an unchanged corpus is, thanks to the
results cache: the first run (empty cache) against the second, whole commands timed, each
pair with a new cache folder.

Usage: python benchmarks/cache.py [--docs 1000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import SILVER, write_folder

TIMELINE = Path(sys.executable).with_name("timeline")


def timed_run(folder: Path, cache: Path, out: Path) -> float:
    command = [TIMELINE, "extract", folder, "-q", "--cache-dir", cache, "-o", out]
    started = time.perf_counter()
    subprocess.run([str(part) for part in command], check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=SILVER)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_folder(args.corpus, args.docs, Path(tmp) / "corpus")
        ratios, firsts, seconds = [], [], []
        for repeat in range(args.repeats):
            cache = Path(tmp) / f"cache-{repeat}"
            first = timed_run(folder, cache, Path(tmp) / "first.json")
            second = timed_run(folder, cache, Path(tmp) / "second.json")
            same = (Path(tmp) / "first.json").read_bytes() == (
                Path(tmp) / "second.json"
            ).read_bytes()
            if not same:
                raise SystemExit("the cached run wrote different bytes")
            firsts.append(first)
            seconds.append(second)
            ratios.append(first / second)
    runs = ", ".join(f"{r:.1f}" for r in ratios)
    print(f"{args.docs:,} documents, {args.repeats} pairs of runs (medians), identical output")
    print(f"  first run (empty cache)   {statistics.median(firsts):7.2f} s")
    print(f"  second run (cached)       {statistics.median(seconds):7.2f} s")
    print(f"  speed-up                  {statistics.median(ratios):7.1f}x  (runs: {runs})")


if __name__ == "__main__":
    main()
