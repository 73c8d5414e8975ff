"""Time to merge N events (default 100,000) shaped like the sample timeline's, spread over
many documents and dates, a quarter of them retellings that should merge.

Usage: python benchmarks/merging.py [--events 100000]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from timeline.edtf import from_date, month, year
from timeline.merge import merge_events
from timeline.models import Actor, Event, Timeline

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "out" / "timeline.json"


def synthetic(count: int, seed: int = 7) -> list[Event]:
    """Events shaped like the sample's, with made-up names and wording over two centuries;
    every fourth one retells an earlier event in another document, as coverage does."""
    rng = random.Random(seed)
    base = Timeline.from_dict(json.loads(SAMPLE.read_text(encoding="utf-8"))).events
    syllables = "ka lo mi ra ten vel dor sin pa qua ber to lin mar gus".split()
    people = [(rng.choice(syllables) + rng.choice(syllables)).title() for _ in range(count // 4)]
    vocabulary = [rng.choice(syllables) + rng.choice(syllables) + "s" for _ in range(3000)]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args()
    events = synthetic(args.events)
    started = time.perf_counter()
    merged = merge_events(events)
    elapsed = time.perf_counter() - started
    print(f"merged {len(events):,} events into {len(merged):,} in {elapsed:.1f} s")


if __name__ == "__main__":
    main()
