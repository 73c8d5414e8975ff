"""Speed of the normaliser against `dateparser.parse(..., languages=['en'])`.

Both read every time expression of TempEval-3's hand-annotated `tbaq.jsonl` (its gold spans),
each against its document's creation date, in the same process. Prints the time per
expression of each, the ratio, and how many expressions our rules read without dateparser.

Usage: python benchmarks/normalize.py [--corpus ../shared/te3/tbaq.jsonl] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import dateparser

from timeline.edtf import parse_edtf
from timeline.temporal import normalize
from timeline.temporal.grammar import read_expression
from timeline.temporal.resolve import Context

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "te3" / "tbaq.jsonl"


def load(corpus: Path) -> list[tuple[str, str]]:
    """(expression text, document creation date) for every gold time expression."""
    pairs = []
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            document = json.loads(line)
            pairs += [(t["text"], document["dct"]) for t in document["timexes"]]
    return pairs


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pairs = load(args.corpus)
    ours_inputs = [(text, Context(parse_edtf(dct))) for text, dct in pairs]
    theirs_inputs = [
        (text, {"RELATIVE_BASE": datetime.fromisoformat(dct), "PREFER_DATES_FROM": "past"})
        for text, dct in pairs
    ]

    def ours() -> None:
        for text, context in ours_inputs:
            normalize(text, context)

    def theirs() -> None:
        for text, settings in theirs_inputs:
            dateparser.parse(text, languages=["en"], settings=settings)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ours()  # warm both up: imports, compiled patterns, caches
        theirs()
        ours_time = best_of(args.repeat, ours)
        theirs_time = best_of(args.repeat, theirs)
    fast = sum(read_expression(text, context) is not None for text, context in ours_inputs)
    n = len(pairs)
    print(f"expressions: {n} (from {args.corpus.name})")
    print(f"timeline normalize:  {ours_time / n * 1e6:8.1f} µs per expression")
    print(f"dateparser.parse:    {theirs_time / n * 1e6:8.1f} µs per expression")
    print(f"speed-up:            {theirs_time / ours_time:8.1f}x")
    print(f"read by the rules without dateparser: {fast}/{n} ({fast / n:.0%})")


if __name__ == "__main__":
    main()
