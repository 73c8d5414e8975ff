"""Which events a merge compares: blocking, with a bound on each event's peers.

Events are compared only within a bucket of events that share something (the merge's
indexes: a rare word on one date, a name). A corpus about one story fills a bucket with
thousands of events (one date, the same few names and words), and comparing every pair of it
made merging quadratic. So a bucket of up to `max_peers` events (`rules.Rules`) gives all its
pairs, as before; in a bigger one an event is compared only with its neighbours in an order
that puts alike events side by side (sorted-neighbourhood blocking): in a bucket of words, its
`max_near` nearest on each side by their rarest words; in a name's sweep, the last
`max_peers` of its date and of its act. Real corpora never reach these limits (in the sample
and 1,556 TempEval-3 documents: words at most 10 events a bucket, a name at most 30 events of
one date or one act), and merge exactly as they did.

Glossary: a *bucket* is the events one index key holds; *fresh* events are those a round of
merging looks at (all at first, then those just merged); a *peer* is an event compared with.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Callable, Collection, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import combinations
from typing import Any, NamedTuple, TypeVar

from timeline.edtf import NormalizedDate
from timeline.merge.rules import RULES, close

T = TypeVar("T")


@dataclass
class MergeStats:
    """What a merge did: how many pairs of events it compared (the measure of its cost, the
    same on any machine) and in how many rounds."""

    compared: int = 0
    rounds: int = 0


class When(NamedTuple):
    """When an event happened and what it tells, as `dated_pairs` sweeps them."""

    start: int  # first and last days, as ordinals
    end: int
    date: NormalizedDate
    act: str | None  # the act told, one name for verbs news uses for the same act
    acts: frozenset[str]  # it and what a deciding verb's "to" clause tells (`acts.acts`)
    trigger: str | None


def bucket_pairs(
    bucket: Collection[int],
    fresh: AbstractSet[int],
    order: Callable[[int], Any],
    alike_sizes: Callable[[int, int], bool],
) -> Iterator[tuple[int, int]]:
    """Pairs of a bucket of words, one of them `fresh`: all of them in a bucket of up to
    `max_peers` events; in a bigger one, those at most `max_near` apart in `order` (by their
    rarest words: retellings side by side), of sizes `alike_sizes` (a merged event, with the
    words of all its parts, is never as alike to one sentence)."""
    if len(bucket) <= RULES.max_peers + 1:
        yield from window_pairs(sorted(bucket), fresh, RULES.max_peers)
        return
    near = window_pairs(sorted(bucket, key=order), fresh, RULES.max_near)
    yield from (pair for pair in near if alike_sizes(*pair))


def window_pairs(
    ordered: Sequence[int], fresh: AbstractSet[int], peers: int
) -> Iterator[tuple[int, int]]:
    """Pairs of `ordered` at most `peers` apart, one of them `fresh` (all pairs, when there
    are no more events than that)."""
    if len(ordered) <= peers + 1:  # all pairs (`ordered` by number: each pair in order)
        new = [n for n in ordered if n in fresh]
        yield from combinations(new, 2)
        if len(new) < len(ordered):
            yield from ((min(a, b), max(a, b)) for a in new for b in ordered if b not in fresh)
        return
    everything = all(n in fresh for n in ordered)
    for i, a in enumerate(ordered):
        if everything:
            near = ordered[i + 1 : i + 1 + peers]
        elif a in fresh:  # the fresh one's peers on both sides, old or fresh
            near = [*ordered[max(0, i - peers) : i], *ordered[i + 1 : i + 1 + peers]]
        else:
            continue
        yield from ((a, b) if a < b else (b, a) for b in near)


def dated_pairs(
    bucket: Collection[int],
    fresh: AbstractSet[int],
    whens: dict[int, When],
    order: Callable[[int], Any],
) -> Iterator[tuple[int, int]]:
    """Pairs of `bucket`, one of them `fresh`, on the same date, or telling the same act on
    dates that overlap or are a `lag` apart or, for one trigger, are `close`: a sweep over
    start days keeping, by date and by act, the last `max_peers` events seen (those that can
    still pair: events of an act that ended more than `close_days` before are let go)."""
    peers, close_days, lag = RULES.max_peers, RULES.close_days, RULES.lag_days
    by_date: dict[NormalizedDate, deque[tuple[int, bool]]] = {}
    by_act: dict[str, deque[tuple[int, When, bool]]] = {}
    for i in sorted(bucket, key=lambda n: (whens[n].start, order(n))):
        when, new = whens[i], i in fresh
        same_date = by_date.setdefault(when.date, deque(maxlen=peers))
        for j, other_new in same_date:
            if new or other_new:
                yield (i, j) if i < j else (j, i)
        same_date.append((i, new))
        for told in sorted(when.acts):
            same_act = by_act.setdefault(told, deque(maxlen=peers))
            while same_act and when.start - same_act[0][1].end > close_days:
                same_act.popleft()
            for j, other, other_new in same_act:
                if (new or other_new) and (
                    other.end + lag >= when.start  # dates that overlap, or a `lag` apart
                    or (when.trigger == other.trigger and close(when.date, other.date))
                ):
                    yield (i, j) if i < j else (j, i)
            same_act.append((i, when, new))


def sample(parts: Sequence[T]) -> Sequence[T]:
    """At most `max_parts` of `parts`, evenly spread over them (all when there are no more):
    what two merged events are made of is compared on these, in time bounded whatever the
    number of retellings."""
    most = RULES.max_parts
    if len(parts) <= most:
        return parts
    return [parts[i * len(parts) // most] for i in range(most)]


def disjoint_stars(
    component: list[int], linked: dict[int, set[int]], key: Callable[[int], Any]
) -> list[list[int]]:
    """Stars that cover a connected group of linked events: the member linked to most others,
    with those it is linked to; then the same among the members left, and so on. "A is B" and
    "B is C" do not make A and C one event unless one of them tells both (chains of pairs, each
    sharing something else, would join unrelated stories of a big corpus). Taking every star
    of a group in one round, not only the first, keeps a group of hundreds of retellings from
    taking a round for each star. Ties go by `key` (what an event tells, not its number)."""
    if len(component) <= 2:
        return [component]
    left = set(component)
    links = {n: len(linked[n]) for n in component}
    keys = {n: key(n) for n in component}
    heap = [(-links[n], keys[n], n) for n in component]
    heapq.heapify(heap)
    stars = []
    while heap:
        negative, _, centre = heapq.heappop(heap)
        if centre not in left or -negative != links[centre]:
            continue  # taken, or its count has fallen since it was queued
        if not links[centre]:
            break  # the most linked member left is linked to none left: nor are the others
        members = {centre} | (linked[centre] & left)
        left -= members
        for member in members:
            for neighbour in linked[member] & left:
                links[neighbour] -= 1
                heapq.heappush(heap, (-links[neighbour], keys[neighbour], neighbour))
        stars.append(sorted(members))
    return stars


def put(index: dict[Any, int | set[int]], key: Any, number: int) -> None:
    """Add event `number` to the bucket of `key`: a bucket of one is the number alone."""
    found = index.get(key)
    if found is None:
        index[key] = number
    elif isinstance(found, int):
        index[key] = {found, number}
    else:
        found.add(number)


def take(index: dict[Any, int | set[int]], key: Any, number: int) -> None:
    """Take event `number` out of the bucket of `key`."""
    found = index[key]
    if isinstance(found, int):
        del index[key]
    else:
        found.discard(number)
        if len(found) == 1:
            index[key] = found.pop()
