"""One merge: the events, the indexes that find which pairs are worth comparing, and the
rounds that merge pairs until nothing more merges.

Glossary: a *number* names a live event for the length of one merge; a *part* is an event as
extracted, of which a merged event is made; *fresh* events are those a round looks at.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import chain
from typing import Any

from timeline.edtf import NormalizedDate
from timeline.merge.candidates import (
    MergeStats,
    When,
    bucket_pairs,
    dated_pairs,
    disjoint_stars,
    put,
    sample,
    take,
)
from timeline.merge.combining import combine, member_key
from timeline.merge.features import Features, Profile
from timeline.merge.rarity import in_many_documents, weak_actor_keys
from timeline.merge.retellings import day_retellings, finer_retellings
from timeline.merge.rules import RULES, same
from timeline.models import Event

HEADLINE_KEY = "\x00"  # a key of the wording index that holds a headline's words, not a word


class Merger:
    """The events of one merge, by a number given to each (`live`), with their `Profile`s
    and the indexes that find which pairs are worth comparing, kept up to date as groups
    merge so that a round looks only at the events it made. Everything it remembers (its
    `Features` too) lives as long as the merge, no longer.

    Every rule of `rules.same` needs the same wording on the same date, or a shared name or
    actor with dates that overlap or, for one trigger, are `close`. Wording is indexed by the
    rarest words of each event with its date, as many as `same_wording` requires (prefix
    filtering: two sets this similar share one of them; merged events have only words of the
    first ones, so one order of words serves every round), names by themselves, each name's
    events swept by start day. A name shared by more than `max_bucket` events (and a fiftieth
    of all) is as common as "said" and is not used; in a bucket of many events, an event is
    compared with its nearest (`candidates`), and two merged events by a `sample` of their
    parts: the approximations, never met in real corpora.
    """

    def __init__(self, events: list[Event], stats: MergeStats | None = None) -> None:
        self.stats = stats or MergeStats()
        self.features = features = Features(RULES.shortest_stem)
        share, at_least = RULES.common_name_share, RULES.common_at_least
        self.weights = features.name_weights(events, share, at_least, RULES.common_name_weight)
        rare, rare_at_least = RULES.rare_share, RULES.rare_at_least
        self.common = features.common_stems(
            events, RULES.common_word_share, at_least
        ) | in_many_documents(events, features.sentence_stems.__getitem__, rare, rare_at_least)
        features.weak = in_many_documents(
            events, features.names_in.__getitem__, rare, rare_at_least
        ) | weak_actor_keys(events, features.actor_keys, rare, rare_at_least)
        features.stories = stories(events, features.names_in.__getitem__, features.weak)
        self.live: dict[int, Event] = {}
        self.profiles: dict[int, Profile] = {}
        self._sizes = _alike_sizes(self.profiles)
        # Buckets of events by key; a bucket of one event (most of them) is its number alone,
        # for the memory: a set per key costs more than the rest of the index.
        self.by_word: dict[tuple[str, NormalizedDate], int | set[int]] = {}
        self.by_name: dict[str, int | set[int]] = {}
        self.by_head: dict[tuple[str, str], int | set[int]] = {}  # (act, head or age)
        self.by_act: dict[str, int | set[int]] = {}  # a plan and the deed: `rules.plan_done`
        profiles = [features.profile(event) for event in events]
        frequency = Counter(chain.from_iterable(profile.words for profile in profiles))
        rarest_first = sorted(frequency, key=lambda w: (frequency[w], w))
        self.rank = {word: i for i, word in enumerate(rarest_first)}
        self.prefixes: dict[frozenset[str], list[str]] = {}
        self.word_keys: dict[int, list[str]] = {}  # indexed with the event's date
        self.whens: dict[int, When] = {}
        self.orders: dict[int, tuple[Any, ...]] = {}  # `_order`, once asked for
        # telling stems but the common ones, of the events `finer_retellings` looks at
        self.telling: dict[int, frozenset[str]] = {}
        self.numbered = 0
        # what each live event was made of: the events as extracted, with their profiles
        self.parts: dict[int, list[tuple[Event, Profile]]] = {}
        for event, profile in zip(events, profiles, strict=True):
            self.parts[self._add(event, profile)] = [(event, profile)]

    def run(self) -> list[Event]:
        """Merge until nothing more merges; the events left, chronologically."""
        fresh = set(self.live)
        while fresh:
            self.stats.rounds += 1
            fresh = self.merge_pairs(fresh) or self.merge_finer()
        return sorted(self.live.values(), key=lambda e: (e.date, e.title.lower(), e.id))

    def _add(self, event: Event, profile: Profile) -> int:
        number = self.numbered
        self.numbered += 1
        self.live[number], self.profiles[number] = event, profile
        when = event.date
        self.whens[number] = When(
            when.start.toordinal(),
            when.end.toordinal(),
            when,
            profile.act,
            profile.acts,
            event.trigger,
        )
        words = self.prefixes.get(profile.words)
        if words is None:
            if not self.rank.keys() >= profile.words:
                # A merged event may hold a word none of its parts was ranked by (names are
                # taken from all of them): it is ranked after every other. Prefix filtering
                # only needs one order of words for all events, and events indexed before
                # never hold the new word.
                for word in sorted(profile.words - self.rank.keys()):
                    self.rank[word] = len(self.rank)
            ranked = sorted(profile.words, key=self.rank.__getitem__)
            words = ranked[: len(ranked) - math.ceil(RULES.same_wording * len(ranked)) + 1]
            self.prefixes[profile.words] = words
        if len(profile.headline) >= RULES.same_headline_words and profile.act is not None:
            # one act told in the same words, however little else is shared (`same_headline`)
            words = [*words, HEADLINE_KEY + " ".join(sorted(profile.headline))]
        self.word_keys[number] = words
        for word in words:
            put(self.by_word, (word, when), number)
        for name in profile.keys:
            put(self.by_name, name, number)
        for head in _head_keys(profile):
            put(self.by_head, head, number)
        for told in _act_keys(profile):
            put(self.by_act, told, number)
        return number

    def _remove(self, number: int) -> None:
        when = self.live[number].date
        for word in self.word_keys.pop(number):
            take(self.by_word, (word, when), number)
        profile = self.profiles.pop(number)
        for name in profile.keys:
            take(self.by_name, name, number)
        for head in _head_keys(profile):
            take(self.by_head, head, number)
        for told in _act_keys(profile):
            take(self.by_act, told, number)
        del self.live[number], self.whens[number]
        self.telling.pop(number, None)
        self.orders.pop(number, None)

    def _order(self, number: int) -> tuple[Any, ...]:
        """Where an event goes among the peers of a big bucket: alike events side by side
        (date, act, rarest words), then by what it tells (never by its number: the merge does
        not depend on the order of its input)."""
        order = self.orders.get(number)
        if order is None:
            when, event = self.whens[number], self.live[number]
            words = self.word_keys[number]
            order = (when.date, when.act or "", words, member_key(event))
            self.orders[number] = order
        return order

    def merge_pairs(self, fresh: set[int]) -> set[int]:
        """One round of merging pairs with a `fresh` event (all of them in the first round,
        then those just merged): the other pairs were compared, with the same result. Gives
        the events it made."""
        pairs: set[tuple[int, int]] = set()
        if len(fresh) == len(self.live):  # every event is fresh: every bucket
            buckets: Iterable[int | set[int]] = self.by_word.values()
        else:
            live = self.live
            keys = {(w, live[n].date) for n in fresh for w in self.word_keys[n]}
            buckets = map(self.by_word.__getitem__, keys)
        for bucket in buckets:
            if isinstance(bucket, set):
                pairs.update(bucket_pairs(bucket, fresh, self._order, self._sizes))
        cap = max(RULES.max_bucket, len(self.live) // RULES.max_bucket_share)
        for name in set().union(*(self.profiles[number].keys for number in fresh)):
            bucket = self.by_name[name]
            if isinstance(bucket, set) and len(bucket) <= cap:
                pairs.update(dated_pairs(bucket, fresh, self.whens, self._order))
        for head in set().union(*(_head_keys(self.profiles[number]) for number in fresh)):
            bucket = self.by_head[head]
            if isinstance(bucket, set) and len(bucket) <= cap:
                pairs.update(dated_pairs(bucket, fresh, self.whens, self._order))
        found = self.profiles
        for told in set().union(*(_act_keys(found[number]) for number in fresh)):
            bucket = self.by_act[told]
            if isinstance(bucket, set) and len(bucket) <= cap:
                dated = dated_pairs(bucket, fresh, self.whens, self._order)
                pairs.update(p for p in dated if found[p[0]].planned != found[p[1]].planned)
        self.stats.compared += len(pairs)
        live = self.live
        return self._join(
            (a, b)
            for a, b in pairs
            if same(live[a], live[b], found[a], found[b], self.weights) and self._agree(a, b)
        )

    def _agree(self, a: int, b: int) -> bool:
        """Whether most of what `a` and `b` were made of is alike, pair by pair: a merged
        event's names and words are those of all its parts, and would otherwise draw in, one
        by one, events that only one part shares something with."""
        if len(self.parts[a]) == 1 and len(self.parts[b]) == 1:
            return True
        parts_a, parts_b = sample(self.parts[a]), sample(self.parts[b])
        self.stats.compared += len(parts_a) * len(parts_b)
        alike = sum(same(x, y, px, py, self.weights) for x, px in parts_a for y, py in parts_b)
        return alike >= RULES.parts_alike * len(parts_a) * len(parts_b)

    def merge_finer(self) -> set[int]:
        """Merges `finer_retellings`, then (when there are none) `day_retellings`; gives the
        events it made."""
        numbers = list(self.live)  # any order: the pairs found do not depend on it
        ordered = [self.live[n] for n in numbers]
        found = [self.profiles[n] for n in numbers]

        def told(i: int) -> frozenset[str]:
            return self._told(numbers[i])

        pairs = finer_retellings(ordered, found, told) or day_retellings(ordered, found, told)
        return self._join((numbers[i], numbers[j]) for i, j in pairs)

    def _told(self, number: int) -> frozenset[str]:
        """The event's telling stems but the `common` ones, worked out when first asked for:
        only for the events `finer_retellings` looks at, and forgotten with the event."""
        stems = self.telling.get(number)
        if stems is None:
            stems = self.telling[number] = self.features.stems(self.live[number]) - self.common
        return stems

    def _join(self, pairs: Iterable[tuple[int, int]]) -> set[int]:
        """Replace each star of each connected group of `pairs` (`disjoint_stars`) with its
        `combine`d event. Gives the events it made and those no star took: their pairs were
        dropped with the group and must be looked at again."""
        parent: dict[int, int] = {}

        def find(n: int) -> int:
            root = n
            while parent.get(root, root) != root:
                root = parent[root]
            while n != root:  # path compression: a long chain is walked once
                parent[n], n = root, parent[n]
            return root

        linked: dict[int, set[int]] = {}
        for a, b in pairs:
            linked.setdefault(a, set()).add(b)
            linked.setdefault(b, set()).add(a)
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        groups: dict[int, list[int]] = {}
        for n in parent:
            groups.setdefault(find(n), []).append(n)
        made = set()
        for root, component in groups.items():
            whole = [*component, root]
            stars = disjoint_stars(whole, linked, lambda n: member_key(self.live[n]))
            made.update(set(whole).difference(chain.from_iterable(stars)))
            for members in stars:
                made.add(self._replace(members))
        return made

    def _replace(self, members: list[int]) -> int:
        """Replace the events `members` with their `combine`d event; gives its number."""
        event = combine(sorted((self.live[n] for n in members), key=member_key))
        parts = [part for n in members for part in self.parts.pop(n)]
        parts.sort(key=lambda part: member_key(part[0]))  # for `sample`
        for n in members:
            self._remove(n)
        number = self._add(event, self.features.profile(event))
        self.parts[number] = parts
        return number


def _head_keys(profile: Profile) -> list[tuple[str, str]]:
    """The keys of the `by_head` index: the event's act with each of its heads and each age
    it gives (digits: no head is a number; `rules.same_person`), when its documents tell a
    story (their strong names); none without an act."""
    if not profile.story:
        return []
    heads = [*profile.heads, *map(str, sorted(profile.ages))]
    return [(told, head) for told in sorted(profile.acts) for head in heads]


def _act_keys(profile: Profile) -> frozenset[str]:
    """The keys of the `by_act` index: the event's acts, when its documents tell a story."""
    return profile.acts if profile.story else frozenset()


def stories(
    events: Iterable[Event], names_in: Callable[[str], frozenset[str]], weak: frozenset[str]
) -> dict[str, frozenset[str]]:
    """Each document's names in the sentences of its events, but the `weak` ones: what story
    it tells, for `rules.same_story`."""
    found: dict[str, set[str]] = {}
    for event in events:
        for mention in event.mentions:
            found.setdefault(mention.doc_id, set()).update(names_in(mention.sentence))
    return {doc: frozenset(names - weak) for doc, names in found.items()}


def _alike_sizes(profiles: dict[int, Profile]) -> Callable[[int, int], bool]:
    """Whether events of these numbers of words can be `same_wording` alike (asked of half a
    million pairs in a big merge: the threshold is read once, and `profiles` is no `Merger`,
    so that no cycle keeps a merge alive)."""
    wording = RULES.same_wording

    def alike(a: int, b: int) -> bool:
        size_a, size_b = len(profiles[a].words), len(profiles[b].words)
        return wording * max(size_a, size_b) <= min(size_a, size_b)

    return alike
