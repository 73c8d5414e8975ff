"""Merging: the same event told by several mentions becomes one event.

Pure and independent of input order: events are compared only when they share wording or a
name and their dates can agree (`candidates`, indexed by `merger.Merger`), by the rules of
`rules` on what `features` finds in each event with the words of `lexicon`; connected groups
are joined into one event each (`combining`). When pairs no longer merge, a coarse date told
in one source takes the finer date another source gives the same event, if that is its only
such match (`retellings`).

Modules, in the order data flows: `lexicon` (word lists read from `data/*.toml`), `figures`
(movements, counts, ages, repetition and deadlines an event's words tell), `setting` (places
that only describe a thing: "a Minnesota man"), `features` (an event's
`Profile`), `rarity` (which names and words many documents of the run share: weak evidence),
`similarity` (how alike two sets of words are), `rules` (whether two events are one; every
threshold in `Rules`), `candidates` (which pairs to compare), `retellings`, `combining`,
`merger` (one merge).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from timeline.merge.candidates import MergeStats
from timeline.merge.features import Features, actor_key, mention_key
from timeline.merge.merger import Merger
from timeline.merge.rules import RULES, Rules, same
from timeline.models import Event

__all__ = [
    "RULES",
    "MergeStats",
    "Rules",
    "actor_key",
    "mention_key",
    "merge_events",
    "same_event",
]


def merge_events(events: Iterable[Event], stats: MergeStats | None = None) -> list[Event]:
    """Merge events that tell the same thing; the result is sorted chronologically.

    Merging repeats until nothing more merges, so that merging a merged timeline changes
    nothing. `stats`, when given, counts the pairs compared and the rounds (`MergeStats`).
    """
    with _without_cycle_collection():
        return Merger(list(events), stats).run()


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """The cycle collector paused for one merge, and resumed as it was.

    A merge makes many small sets and tuples and no reference cycle (`Features` and the
    `Merger`'s helpers hold no reference back to their owner; tested), so the collector's
    passes over the growing heap find nothing: measured on `benchmarks/merging.py --similar`
    (20,000 events), they are a tenth of the merge's time, and more as the heap grows. The
    pause is process-wide while it lasts, as any `gc` switch is; nothing is collected after."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def same_event(a: Event, b: Event, weights: dict[str, float] | None = None) -> bool:
    """Whether two events tell the same thing.

    Same date: near-identical wording (names and dates aside), or, across documents, a shared
    core actor with the same act or some shared wording, mostly the same names when they are
    not only people's or places', or the same place and the same subject ("the earthquake");
    a date that is only a deadline ("by April 21") takes the wording. Different dates: see
    `rules.same_across_dates`. Two predicates of one sentence never merge.

    Args:
        weights: how telling each name is (rarer names tell more); all 1.0 when not given.
    """
    features = Features(RULES.shortest_stem)
    return same(a, b, features.profile(a), features.profile(b), weights or {})
