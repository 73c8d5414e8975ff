"""Time to merge N events (default 100,000) shaped like the sample timeline's, spread over
many documents and dates, a quarter of them retellings that should merge; and to merge N
similar events (default 40,000: one date, one story's words, as a corpus about one story
gives), with the growth of time and of pairs compared each time N doubles (goal: 2.3 at most).

Usage: python benchmarks/merging.py [--events 100000] [--similar 40000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import replace
from datetime import timedelta
from itertools import product
from pathlib import Path
from statistics import median

from timeline.edtf import from_date, month, year
from timeline.merge import MergeStats, merge_events
from timeline.models import Actor, Event

ROOT = Path(__file__).resolve().parents[1]


def sample_events() -> tuple[Event, ...]:
    """The events of the sample articles (data/raw), as `timeline extract` finds them."""
    from timeline.run import build_timeline
    from timeline.settings import Settings

    return build_timeline([ROOT / "data" / "raw"], Settings()).timeline.events


def synthetic(count: int, seed: int = 7) -> list[Event]:
    """Events shaped like the sample's, with made-up names and wording over two centuries;
    every fourth one retells an earlier event in another document, as coverage does."""
    rng = random.Random(seed)
    base = sample_events()
    syllables = "ka lo mi ra ten vel dor sin pa qua ber to lin mar gus".split()
    # distinct made-up words and people (drawing syllables at random gave only 225 of each)
    first = ["".join(p).title() for p in product(syllables, repeat=2)]
    last = ["".join(p).title() for p in product(syllables, repeat=3)]
    people = [f"{rng.choice(first)} {rng.choice(last)}" for _ in range(max(1, count // 4))]
    vocabulary = [w.lower() + "s" for w in rng.sample(last, 3000)]
    events: list[Event] = []
    for i in range(count):
        if i % 4 == 3:
            told = events[rng.randrange(len(events))]
            sentence = told.mentions[0].sentence.replace(" the ", " a ", 1)
            source, date, actors = told, told.date, told.actors
        else:
            source = base[i % len(base)]
            start = source.date.start + timedelta(days=rng.randrange(-70000, 2000))
            day = from_date(start)
            date = rng.choice([day, month(start.year, start.month), year(start.year)])
            content = " ".join(rng.sample(vocabulary, 6))
            person = rng.choice(people)
            actors = (Actor(person, "PERSON"),)
            sentence = f"On that day {person} {source.trigger or 'met'} the {content}."
        mentions = tuple(
            replace(m, doc_id=f"d{i // 20}", sentence=sentence, char_start=i, timex=None)
            for m in source.mentions[:1]
        )
        events.append(
            replace(
                source,
                id=f"ev-{i}",
                date=date,
                actors=actors,
                participants=(),
                mentions=mentions,
                conflicts=(),
            )
        )
    return events


def similar_growth(largest: int) -> None:
    """Merge `tests/faults/test_scale.similar` events, doubling up to `largest`: time and
    pairs compared, and their growth per doubling."""
    sys.path.insert(0, str(ROOT / "tests" / "faults"))
    from test_scale import similar

    count = largest // 8
    before: tuple[float, int] | None = None
    while count <= largest:
        events, stats = similar(count), MergeStats()
        started = time.process_time()
        merged = merge_events(events, stats)
        cpu = time.process_time() - started
        growth = (
            f"  x{cpu / before[0]:.2f} time, x{stats.compared / before[1]:.2f} pairs"
            if before
            else ""
        )
        print(
            f"similar: {count:,} events into {len(merged):,} in {cpu:.1f} s CPU, "
            f"{stats.compared:,} pairs compared{growth}",
            flush=True,
        )
        before, count = (cpu, stats.compared), count * 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--similar", type=int, default=40_000, help="0: not this case")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the median is reported")
    args = parser.parse_args()
    if args.similar:
        similar_growth(args.similar)
    events = synthetic(args.events)
    walls, cpus = [], []
    for _ in range(args.repeat):
        started, cpu = time.perf_counter(), time.process_time()
        merged = merge_events(events)
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
        print(f"  run: {walls[-1]:.1f} s wall, {cpus[-1]:.1f} s CPU", flush=True)
    # CPU time too: on a shared machine wall time also counts the other processes' turns
    print(
        f"merged {len(events):,} events into {len(merged):,} in {median(walls):.1f} s "
        f"(median of {args.repeat}; CPU {median(cpus):.1f} s)"
    )


if __name__ == "__main__":
    main()
