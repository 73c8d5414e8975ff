"""Scale: merging many similar events (a corpus about one story) does work that grows with
their number, not its square. Measured by the pairs the merge compares (the same on any
machine), never by time; the times are in `benchmarks/merging.py --similar`."""

from __future__ import annotations

import random
from itertools import product

from timeline.edtf import parse_edtf
from timeline.merge import MergeStats, merge_events
from timeline.models import Anchor, Event, Mention

GROWTH = 2.3  # the most the pairs compared may grow when the events double
SYLLABLES = "ka lo mi ra ten vel dor sin pa qua ber to lin mar gus".split()
VOCABULARY = ["".join(p) + "s" for p in product(SYLLABLES, repeat=2)][:300]


def similar(count: int) -> list[Event]:
    """`count` events on one date, each sentence eight words of one story's 300; every fourth
    retells an earlier one in another document."""
    rng = random.Random(7)
    date = parse_edtf("2021-03-03")
    events: list[Event] = []
    for i in range(count):
        if i % 4 == 3:
            sentence = events[rng.randrange(len(events))].description.replace(" the ", " a ", 1)
        else:
            sentence = (
                f"On March 3, 2021, the council voted the {' '.join(rng.sample(VOCABULARY, 8))}."
            )
        mention = Mention(f"d{i // 5}", sentence, 100 * (i % 5), 100 * (i % 5) + len(sentence))
        events.append(
            Event(f"ev-{i}", date, sentence[:40], sentence, (), 0.8, Anchor.EXPLICIT, (mention,))
        )
    return events


def compared(count: int) -> tuple[int, int]:
    """The pairs compared to merge `similar(count)`, and the events left."""
    stats = MergeStats()
    merged = merge_events(similar(count), stats)
    return stats.compared, len(merged)


def test_merging_twice_as_many_similar_events_compares_about_twice_as_many_pairs() -> None:
    small, left_small = compared(3000)
    large, left_large = compared(6000)
    assert large <= GROWTH * small, (small, large)
    # and every retelling still merges with what it retells
    assert (left_small, left_large) == (3000 - 3000 // 4, 6000 - 6000 // 4)


def retellings(count: int) -> list[Event]:
    """`count` documents telling one event in one sentence (a story every outlet ran)."""
    date = parse_edtf("2021-03-03")
    events = []
    for i in range(count):
        sentence = f"On March 3, 2021, the council approved the harbour budget in session {i % 7}."
        mention = Mention(f"d{i}", sentence, 0, len(sentence))
        events.append(
            Event(f"ev-{i}", date, sentence[:40], sentence, (), 0.8, Anchor.EXPLICIT, (mention,))
        )
    return events


def test_many_retellings_of_one_event_merge_in_a_few_rounds() -> None:
    """Each round compares the events it made again: a group that took a round per star
    (125 rounds for 2,000 retellings) cost the square of its size."""
    rounds = []
    for count in (250, 2000):
        stats = MergeStats()
        (merged,) = merge_events(retellings(count), stats)
        assert len(merged.mentions) == count
        rounds.append(stats.rounds)
    assert rounds[1] <= rounds[0] + 2, rounds
