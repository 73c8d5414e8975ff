"""Merging: the same event told by several mentions becomes one event.

Pure and independent of input order: events are compared only when they share wording or a
name and their dates can agree (`_Merger`), joined into connected groups, and each
group is summarised by rules that look at its members sorted by a fixed key. When pairs no
longer merge, a coarse date told in one source takes the finer date another source gives
the same event, if that is its only such match (`_finer_retellings`).
"""

from __future__ import annotations

import gc
import hashlib
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from functools import cache
from itertools import chain, filterfalse
from typing import Any, NamedTuple

from timeline.candidates import (
    MergeStats,
    When,
    bucket_pairs,
    close,
    dated_pairs,
    disjoint_stars,
    sample,
)
from timeline.edtf import Granularity, NormalizedDate
from timeline.models import Actor, Conflict, Event, Kind, Mention
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS

CORE_LABELS = ("PERSON", "ORG", "LAW")
SAME_WORDING = 0.6
SHARED_WORDING_WITH_ACTOR = 0.15
SHARED_NAMES = 0.5
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_PRONOUNS = frozenset("i you he she it we they this that these those who which".split())
COMMON_NAME_SHARE = 0.1
COMMON_WORD_SHARE = 0.1
MAX_BUCKET = 2000
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*")
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_STOPWORDS = frozenset(
    """a an the of in on at to for by with from and or but as is was were be been has have had
    that this it its their his her they he she which who said says will would after before than
    then also not where when while what""".split()
)
_TITLE_WORDS = frozenset(
    "mayor former gov governor president then sen senator ald alderman mr mrs ms dr".split()
)
_TITLES = re.compile(r"^(?:" + "|".join(sorted(_TITLE_WORDS)) + r")\.?\s+", re.I)
# Capitalised words of offices and ranks: "Prime Minister" in two sentences names no one
# that both share.
_OFFICE_WORDS = _TITLE_WORDS | frozenset(
    """prime minister ministers secretary chancellor premier king queen prince princess pope
    cardinal bishop rev general gen col lt sgt capt admiral chief judge justice attorney
    commissioner director chairman chairwoman chair ceo spokesman spokeswoman spokesperson
    vice deputy foreign interior defence defense finance trade economy home state
    undersecretary ambassador envoy representative rep congressman congresswoman lawmaker
    leader officials official sheikh emir president's""".split()
)
# Words too general to tell one event from another, however rare in a corpus.
_GENERIC = frozenset(
    """about above after again against ago already also among around back because before
    being below between both could during each early earlier even ever first from further
    here into just last late later least less many more most much must next none only other
    over same several should since some still such than their them there these they this
    those through under until very were what when where which while with would year years
    month months week weeks days today million millions billion billions percent people
    number time times""".split()
)
_COARSE = frozenset({Granularity.MONTH, Granularity.SEASON, Granularity.QUARTER, Granularity.YEAR})
_VERY_COARSE = frozenset({Granularity.DECADE, Granularity.CENTURY})
# What can lie strictly within a `_COARSE` date, and within a `_VERY_COARSE` one.
_FINER = frozenset({Granularity.DAY, Granularity.MONTH, Granularity.SEASON, Granularity.QUARTER})
_FINER_THAN_WIDE = _FINER | {Granularity.YEAR, Granularity.DECADE}
_SUFFIXES = ("ments", "ment", "ings", "ing", "ions", "ion", "ed", "es", "s")


class _Profile(NamedTuple):
    """What the rules compare of one event, worked out once per merge."""

    sentences: frozenset[tuple[str, int]]  # (document, sentence start) of each mention
    docs: frozenset[str]
    names: frozenset[str]
    words: frozenset[str]  # content words: names and dates aside
    core: frozenset[str]
    people: frozenset[str]
    places: frozenset[str]  # GPE and LOC actors, as `actor_key` gives them
    place_words: frozenset[str]
    ordinary_words: frozenset[str]  # words of people's, places' and nationalities' names
    keys: frozenset[str]  # names and actors, as `_Merger` indexes them
    subject: str | None
    numbers: frozenset[str]
    again: bool


def merge_events(events: Iterable[Event], stats: MergeStats | None = None) -> list[Event]:
    """Merge events that tell the same thing; the result is sorted chronologically.

    Merging repeats until nothing more merges, so that merging a merged timeline changes
    nothing. `stats`, when given, counts the pairs compared (`timeline.candidates`).
    """
    collecting = gc.isenabled()
    gc.disable()  # merging makes no reference cycles; collecting rescans every event in vain
    try:
        return _merge(list(events), stats or MergeStats())
    finally:
        _forget()  # before collecting again, so that what merging made is not scanned once more
        if collecting:
            gc.enable()


def _merge(events: list[Event], stats: MergeStats) -> list[Event]:
    merger = _Merger(events, stats)
    fresh = set(merger.live)
    while fresh:
        stats.rounds += 1
        fresh = merger.merge_pairs(fresh) or merger.merge_finer()
    return sorted(merger.live.values(), key=lambda e: (e.date, e.title.lower(), e.id))


def _forget() -> None:
    """Empty the caches: they hold one merge's sentences and names, no more."""
    for remembered in (_names_in, _content_words, _says_again, _one_document):
        remembered.cache_clear()
    _telling_stem.cache_clear()
    _stem.cache_clear()
    _name_word.cache_clear()
    _actor_sets.cache_clear()
    actor_key.cache_clear()
    actor_words.cache_clear()


class _Merger:
    """The events of one merge, by a number given to each (`live`), with their `_Profile`s
    and the indexes that find which pairs are worth comparing, kept up to date as groups
    merge so that a round looks only at the events it made.

    Every rule of `same_event` needs the same wording on the same date, or a shared name or
    actor with dates that overlap or, for one trigger, are `close`. Wording is indexed by the
    rarest words of each event with its date, as many as `SAME_WORDING` requires (prefix
    filtering: two sets this similar share one of them; merged events have only words of the
    first ones, so one order of words serves every round), names by themselves, each name's
    events swept by start day. A name shared by more than `MAX_BUCKET` events (and a fiftieth
    of all) is as common as "said" and is not used; in a bucket of many events, an event is
    compared with its nearest (`timeline.candidates`), and two merged events by a `sample`
    of their parts: the approximations, never met in real corpora.
    """

    def __init__(self, events: list[Event], stats: MergeStats | None = None) -> None:
        self.stats = stats or MergeStats()
        self.weights = _name_weights(events)
        self.common = _common_stems(events)
        self.live: dict[int, Event] = {}
        self.profiles: dict[int, _Profile] = {}
        # Buckets of events by key; a bucket of one event (most of them) is its number alone,
        # for the memory: a set per key costs more than the rest of the index.
        self.by_word: dict[tuple[str, NormalizedDate], int | set[int]] = {}
        self.by_name: dict[str, int | set[int]] = {}
        profiles = [_profile(event) for event in events]
        frequency = Counter(chain.from_iterable(profile.words for profile in profiles))
        rarest_first = sorted(frequency, key=lambda w: (frequency[w], w))
        self.rank = {word: i for i, word in enumerate(rarest_first)}
        self.prefixes: dict[frozenset[str], list[str]] = {}
        self.word_keys: dict[int, list[str]] = {}  # indexed with the event's date
        self.whens: dict[int, When] = {}
        self.orders: dict[int, tuple[Any, ...]] = {}  # `_order`, once asked for
        # `_stems` but the common ones, of the events `_finer_retellings` looks at (not all)
        self.telling: dict[int, frozenset[str]] = {}
        self.numbered = 0
        # what each live event was made of: the events as extracted, with their profiles
        self.parts: dict[int, list[tuple[Event, _Profile]]] = {}
        for event, profile in zip(events, profiles, strict=True):
            self.parts[self._add(event, profile)] = [(event, profile)]

    def _add(self, event: Event, profile: _Profile) -> int:
        number = self.numbered
        self.numbered += 1
        self.live[number], self.profiles[number] = event, profile
        when = event.date
        self.whens[number] = When(
            when.start.toordinal(), when.end.toordinal(), when, _act(event), event.trigger
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
            words = ranked[: len(ranked) - math.ceil(SAME_WORDING * len(ranked)) + 1]
            self.prefixes[profile.words] = words
        self.word_keys[number] = words
        for word in words:
            _put(self.by_word, (word, when), number)
        for name in profile.keys:
            _put(self.by_name, name, number)
        return number

    def _remove(self, number: int) -> None:
        when = self.live[number].date
        for word in self.word_keys.pop(number):
            _take(self.by_word, (word, when), number)
        for name in self.profiles.pop(number).keys:
            _take(self.by_name, name, number)
        del self.live[number], self.whens[number]
        self.telling.pop(number, None)
        self.orders.pop(number, None)

    def _sizes(self, a: int, b: int) -> bool:
        """Whether events of these numbers of words can be `SAME_WORDING` alike."""
        size_a, size_b = len(self.profiles[a].words), len(self.profiles[b].words)
        return SAME_WORDING * max(size_a, size_b) <= min(size_a, size_b)

    def _order(self, number: int) -> tuple[Any, ...]:
        """Where an event goes among the peers of a big bucket: alike events side by side
        (date, act, rarest words), then by what it tells (never by its number: the merge does
        not depend on the order of its input)."""
        order = self.orders.get(number)
        if order is None:
            when, event = self.whens[number], self.live[number]
            words = self.word_keys[number]
            order = (when.date, when.act or "", words, _member_key(event))
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
        cap = max(MAX_BUCKET, len(self.live) // 50)
        for name in set().union(*(self.profiles[number].keys for number in fresh)):
            bucket = self.by_name[name]
            if isinstance(bucket, set) and len(bucket) <= cap:
                pairs.update(dated_pairs(bucket, fresh, self.whens, self._order))
        self.stats.compared += len(pairs)
        live, found = self.live, self.profiles
        return self._join(
            (a, b)
            for a, b in pairs
            if _same(live[a], live[b], found[a], found[b], self.weights) and self._agree(a, b)
        )

    def _agree(self, a: int, b: int) -> bool:
        """Whether most of what `a` and `b` were made of is alike, pair by pair: a merged
        event's names and words are those of all its parts, and would otherwise draw in, one
        by one, events that only one part shares something with."""
        if len(self.parts[a]) == 1 and len(self.parts[b]) == 1:
            return True
        parts_a, parts_b = sample(self.parts[a]), sample(self.parts[b])
        self.stats.compared += len(parts_a) * len(parts_b)
        alike = sum(_same(x, y, px, py, self.weights) for x, px in parts_a for y, py in parts_b)
        return 2 * alike >= len(parts_a) * len(parts_b)

    def merge_finer(self) -> set[int]:
        """Merges `_finer_retellings`; gives the events it made."""
        numbers = list(self.live)  # any order: the pairs found do not depend on it
        ordered = [self.live[n] for n in numbers]
        found = [self.profiles[n] for n in numbers]
        acts = [self.whens[n].act for n in numbers]
        pairs = _finer_retellings(ordered, found, acts, lambda i: self._told(numbers[i]))
        return self._join((numbers[i], numbers[j]) for i, j in pairs)

    def _told(self, number: int) -> frozenset[str]:
        """The event's `_stems` but the `common` ones, worked out when first asked for: only
        for the events `_finer_retellings` looks at, and forgotten with the event."""
        stems = self.telling.get(number)
        if stems is None:
            stems = self.telling[number] = _stems(self.live[number]) - self.common
        return stems

    def _join(self, pairs: Iterable[tuple[int, int]]) -> set[int]:
        """Replace each star of each connected group of `pairs` (`disjoint_stars`) with its
        `_combine`d event. Gives the events it made and those no star took: their pairs were
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
            stars = disjoint_stars(whole, linked, lambda n: _member_key(self.live[n]))
            made.update(set(whole).difference(chain.from_iterable(stars)))
            for members in stars:
                made.add(self._replace(members))
        return made

    def _replace(self, members: list[int]) -> int:
        """Replace the events `members` with their `_combine`d event; gives its number."""
        event = _combine(sorted((self.live[n] for n in members), key=_member_key))
        parts = [part for n in members for part in self.parts.pop(n)]
        parts.sort(key=lambda part: _member_key(part[0]))  # for `sample`
        for n in members:
            self._remove(n)
        number = self._add(event, _profile(event))
        self.parts[number] = parts
        return number


def _put(index: dict[Any, int | set[int]], key: Any, number: int) -> None:
    found = index.get(key)
    if found is None:
        index[key] = number
    elif isinstance(found, int):
        index[key] = {found, number}
    else:
        found.add(number)


def _take(index: dict[Any, int | set[int]], key: Any, number: int) -> None:
    found = index[key]
    if isinstance(found, int):
        del index[key]
    else:
        found.discard(number)
        if len(found) == 1:
            index[key] = found.pop()


def same_event(a: Event, b: Event, weights: dict[str, float] | None = None) -> bool:
    """Whether two events tell the same thing.

    Same date: near-identical wording (names and dates aside), or, across documents, a shared
    core actor with the same trigger or some shared wording, mostly the same names when they
    are not only people's or places', or the same place and the same subject ("the
    earthquake"). Different dates: see `_same_across_dates`. Two predicates of one sentence
    never merge.

    Args:
        weights: how telling each name is (rarer names tell more); all 1.0 when not given.
    """
    try:
        return _same(a, b, _profile(a), _profile(b), weights or {})
    finally:
        _forget()


def _same(a: Event, b: Event, pa: _Profile, pb: _Profile, weights: dict[str, float]) -> bool:
    if a.date != b.date:
        return _same_across_dates(a, b, pa, pb)
    if not pa.sentences.isdisjoint(pb.sentences):
        return False
    overlap = _overlap(pa.words, pb.words)
    if overlap >= SAME_WORDING:
        return True
    if pa.keys.isdisjoint(pb.keys) or not pa.docs.isdisjoint(pb.docs):
        return False  # every rule below needs a shared name or actor
    same_trigger = _same_action(a, b)
    if not pa.core.isdisjoint(pb.core) and (same_trigger or overlap >= SHARED_WORDING_WITH_ACTOR):
        return True
    if same_trigger and _shared_name(pa, pb):
        return True  # "Kessler resigned in August 2021" / "Kessler stepped down in August 2021"
    if not pa.places.isdisjoint(pb.places) and pa.subject is not None and pa.subject == pb.subject:
        return True  # "A magnitude 7.1 earthquake struck Peru" / "The earthquake that hit Peru"
    return _share_telling_names(pa, pb, weights)


def _share_telling_names(a: _Profile, b: _Profile, weights: dict[str, float]) -> bool:
    """Mostly the same names, and not only people's or places' ("Springfield" and a person
    appear in many different events)."""
    shared = a.names & b.names
    return bool(shared - a.ordinary_words - b.ordinary_words) and (
        _name_overlap(a.names, b.names, weights) >= SHARED_NAMES
    )


def _same_across_dates(a: Event, b: Event, pa: _Profile, pb: _Profile) -> bool:
    """Different dates from different documents are one event only when the texts say the same
    thing in nearly the same words: then a date that holds the other ("the 1980s", "1985")
    merges to the finer one, and dates that disagree are kept as conflicts. Recurring events
    ("raised rates in March 2022" / "in July 2023", "won the seat again") stay apart."""
    if not _may_retell(a, b, pa, pb) or not _same_action(a, b):
        return False
    if pa.core.isdisjoint(pb.core) and not _shared_name(pa, pb):
        return False
    if _nested(a.date, b.date) or _nested(b.date, a.date):
        return True  # "convicted on Wednesday (March 13)" / "convicted in March"
    # dates that disagree: the very same verb about the same name, a little apart
    return a.trigger == b.trigger and close(a.date, b.date)


def _may_retell(a: Event, b: Event, pa: _Profile, pb: _Profile) -> bool:
    """What any two events on different dates need to be one: other documents, nothing said
    to happen again, and the same numbers ("iPhone 14" / "iPhone 15", "52-48" / "50-50")."""
    return pa.docs.isdisjoint(pb.docs) and not (pa.again or pb.again) and pa.numbers == pb.numbers


def _nested(inner: NormalizedDate, outer: NormalizedDate) -> bool:
    """`inner` lies within `outer` (the same date included)."""
    return outer.start <= inner.start and inner.end <= outer.end


def _finer_retellings(
    ordered: list[Event],
    found: list[_Profile],
    acts: list[str | None],
    told: Callable[[int], AbstractSet[str]],
) -> list[tuple[int, int]]:
    """Pairs of a coarse event and the one finer event of another document that tells it.

    A coarse date often stands for the finer one another source gives: "indicted the
    following year" / "indicted in June 2022", "the original sanctuary ordinance dates back to
    the 1980s" / "became a sanctuary city in 1985". Names need not be shared (a pronoun, a
    description), so the evidence asked for is: the finer date lies within the coarse one,
    the two share a telling word (rare in the corpus, compared by stem and tolerant of a
    misspelling), the same act (`acts`) is told (any act for a decade or century: "dates back
    to", "became"), no two different people are named, and each is the other's only such
    match. Intervals are spans of activity, not events told coarsely, and take no part.
    `told` gives event `i`'s telling stems (`_stems` but the corpus's common ones).
    """
    wide_years = {
        y
        for e in ordered
        if e.date.granularity in _VERY_COARSE
        for y in range(e.date.start.year, e.date.end.year + 1)
    }
    # Finer events by act, year and each person they name ("" when none, and "*" for any), so
    # that events naming other people are never looked at; for decades and centuries, by the
    # first five letters of each telling stem (all that `_share_alike` can match), their years
    # and people checked when looked at: an index by stem, year and person would hold a key
    # for most words of most events.
    same_act: dict[tuple[str | None, int, str], list[int]] = {}
    by_start: dict[str, list[int]] = {}
    coarse: list[int] = []
    for i, event in enumerate(ordered):
        act, granularity, year = acts[i], event.date.granularity, event.date.start.year
        if granularity in _VERY_COARSE or (granularity in _COARSE and act is not None):
            coarse.append(i)
        by_act = act is not None and granularity in _FINER
        wide = year in wide_years and granularity in _FINER_THAN_WIDE
        if not (by_act or wide):
            continue
        people = [*found[i].people, "*"] if found[i].people else [""]
        if by_act:
            for person in people:
                same_act.setdefault((act, year, person), []).append(i)
        if wide:
            for start in {stem[:5] for stem in told(i)}:
                by_start.setdefault(start, []).append(i)
    matches: dict[int, set[int]] = {}
    for c in coarse:
        stems = told(c)
        if not stems:
            continue
        event = ordered[c]
        first, last = event.date.start.year, event.date.end.year
        if event.date.granularity in _VERY_COARSE:
            # (other people are ruled out below, with the events of the other index)
            seen = {
                f
                for start in {stem[:5] for stem in stems}
                for f in by_start.get(start, ())
                if first <= ordered[f].date.start.year <= last
            }
        else:
            act, years = acts[c], range(first, last + 1)
            people = ["", *found[c].people] if found[c].people else ["", "*"]
            seen = {f for y in years for p in people for f in same_act.get((act, y, p), ())}
        for f in seen:
            other = ordered[f]
            if (
                other.date != event.date
                and _nested(other.date, event.date)
                and _may_retell(event, other, found[c], found[f])
                and not _other_people(found[c], found[f])
                and _share_alike(stems, told(f))
            ):
                matches.setdefault(c, set()).add(f)
    told_by: dict[int, set[int]] = {}
    for c, fine in matches.items():
        for f in fine:
            told_by.setdefault(f, set()).add(c)
    return [
        (c, f)
        for c, fine in sorted(matches.items())
        for f in fine
        if len(fine) == 1 and len(told_by[f]) == 1
    ]


def _other_people(a: _Profile, b: _Profile) -> bool:
    """Both name people, and none of them the same."""
    return bool(a.people and b.people and a.people.isdisjoint(b.people))


def _act(event: Event) -> str | None:
    """The act an event tells, as `_same_action` compares them."""
    if event.trigger is None:
        return None
    group = _ACT.get(event.trigger)
    return event.trigger if group is None else f"#{group}"


def _share_alike(a: AbstractSet[str], b: AbstractSet[str]) -> bool:
    if not a.isdisjoint(b):
        return True
    # only words with the same first five letters can be alike: `b`'s by those letters
    by_start: dict[str, list[str]] = {}
    for y in b:
        if len(y) >= 5:
            by_start.setdefault(y[:5], []).append(y)
    return any(_alike(x, y) for x in a for y in by_start.get(x[:5], ()))


def _alike(a: str, b: str) -> bool:
    """The same word, one of them misspelt: the same first five letters, and at most a third
    of the letters different ("sanctuary" / "sanctanty"). (Letters two words start with do
    not change their edit distance: it is that of the rest.)"""
    return a == b or (
        a[:5] == b[:5] and len(a) >= 5 and 3 * _edit_distance(a[5:], b[5:]) <= max(len(a), len(b))
    )


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


@cache
def _stem(word: str) -> str:
    """A crude stem, enough to match "indicted" with "indictment", "convicted" with
    "conviction"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


# Verbs news uses for the same act: one event whichever a source chose.
_SAME_ACTS = (
    {"resign", "quit", "step"},
    {"name", "appoint", "promote", "nominate", "hire"},
    {"convict", "find"},
    {"indict", "charge"},
    {"arrest", "detain", "apprehend"},
    {"kill", "die"},
    {"approve", "pass", "adopt", "enact"},
    {"sue", "file"},
    {"announce", "unveil", "reveal"},
    {"strike", "hit", "rock", "shake"},
    {"win", "beat", "defeat"},
    {"sign", "ink"},
    {"launch", "introduce", "release"},
    {"plead"},
    {"sentence"},
)
_ACT = {verb: i for i, group in enumerate(_SAME_ACTS) for verb in group}


def _same_action(a: Event, b: Event) -> bool:
    """The same trigger, or two verbs news uses for the same act ("resigned", "stepped down").
    Saying (or being) is no act here: a person quoted on two days, or two people "saying", are
    as often two statements as one, and news says "said" in every other sentence."""
    if a.trigger is None or b.trigger is None or a.trigger in _NO_ACT or b.trigger in _NO_ACT:
        return False
    return a.trigger == b.trigger or _ACT.get(a.trigger, -1) == _ACT.get(b.trigger, -2)


def _shared_name(a: _Profile, b: _Profile) -> bool:
    """A name other than a place's, or a person's surname, in both events."""
    return bool((a.names & b.names) - a.place_words - b.place_words) or not a.people.isdisjoint(
        b.people
    )


_AGAIN = re.compile(r"\b(?:again|once more|another|second time|re-?elected)\b", re.I)
_NUMBERED = re.compile(r"\b\w*[A-Z][\w-]*\s+\d+\b|\b\d+\s*[-–]\s*\d+\b")
_DIGIT = re.compile(r"\d")


_NOTHING: frozenset[str] = frozenset()
# Verbs that tell no act of their own: saying, and being or having ("The last attack was…").
_NO_ACT = frozenset(
    "say tell add note state claim explain insist stress reiterate be have do".split()
)


def _profile(event: Event) -> _Profile:
    # The words are the sentences' `_content_words` but `names` (which holds every sentence's
    # `_names_in`): when no participant adds a name, the sentence's set itself, not a copy.
    mentions = event.mentions
    names = _names(event)
    if len(mentions) == 1:  # most events: no unions to make
        mention = mentions[0]
        sentence = mention.sentence
        words = _content_words(sentence)
        if names is not _names_in(sentence) and not words.isdisjoint(names):
            words -= names  # a name only the subject tells: "Brandt pleaded guilty"
        numbers, again = _numbers_in(_undated(mention)), _says_again(sentence)
        sentences = frozenset(((mention.doc_id, mention.char_start),))
        docs = _one_document(mention.doc_id)
    else:
        words = frozenset().union(*(_content_words(m.sentence) for m in mentions)) - names
        numbers = frozenset().union(*(_numbers_in(_undated(m)) for m in mentions))
        again = any(_says_again(m.sentence) for m in mentions)
        sentences = frozenset((m.doc_id, m.char_start) for m in mentions)
        docs = frozenset(m.doc_id for m in mentions)
    core, people, places, place_words, ordinary_words, keys = _actor_sets(event.actors)
    return _Profile(
        sentences,
        docs,
        names,
        words,
        core,
        people,
        places,
        place_words,
        ordinary_words,
        names if keys <= names else names | keys,
        _subject_head(event),
        numbers,
        again,
    )


@cache
def _one_document(doc_id: str) -> frozenset[str]:
    """The `docs` of an event told once: one set per document, shared by its events."""
    return frozenset((doc_id,))


_Six = tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]


@cache
def _actor_sets(actors: tuple[Actor, ...]) -> _Six:
    """The core actors, people, places, words of places' names, words of people's, places'
    and nationalities' names (the `_Profile` fields in that order), and every actor's
    `actor_key`. Remembered by actors: retellings and merged events repeat them."""
    if not actors:
        return _NOTHING, _NOTHING, _NOTHING, _NOTHING, _NOTHING, _NOTHING
    core, people, places = set(), set(), set()
    place_words: set[str] = set()
    ordinary_words: set[str] = set()
    for actor in actors:
        key = actor_key(actor)
        if actor.label in CORE_LABELS:
            core.add(key)
        if actor.label == "PERSON":
            people.add(key)
        if actor.label in ("GPE", "LOC"):
            places.add(key)
            place_words |= actor_words(actor)
        if actor.label in ("PERSON", "GPE", "LOC", "NORP"):
            ordinary_words |= actor_words(actor)
    return (
        frozenset(core),
        frozenset(people),
        frozenset(places),
        frozenset(place_words),
        frozenset(ordinary_words),
        frozenset(map(actor_key, actors)),
    )


def _numbers_in(text: str) -> frozenset[str]:
    """Numbers that name or score the thing itself: "iPhone 14", "Apollo 11", "52-48" (not
    another date in the sentence: "August 2021")."""
    if _DIGIT.search(text) is None:
        return _NOTHING  # every number has a digit: one quick pass spares the slow one
    return frozenset(
        m.group(0)
        for m in _NUMBERED.finditer(text)
        if m.group(0).split()[0].lower().rstrip(".") not in _CALENDAR
    )


@cache
def _says_again(sentence: str) -> bool:
    return _AGAIN.search(sentence) is not None


def _undated(mention: Mention) -> str:
    """The sentence without its time expression."""
    text = mention.sentence
    if mention.timex is None:
        return text
    start = mention.timex.start - mention.char_start
    return text[:start] + " " + text[start + len(mention.timex.text) :]


def _stems(event: Event) -> frozenset[str]:
    """The `_stems_in` the mention sentences but their time expressions (worked out only
    for the events `_finer_retellings` looks at: kept for all, they were much of the memory
    of a merge)."""
    return frozenset().union(*(_stems_in(_undated(m)) for m in event.mentions))


def _stems_in(text: str) -> frozenset[str]:
    """Stems of the words a text could share with a retelling: none shorter than four
    letters, nor stopwords, dates, titles or words as general as "million"."""
    return frozenset(filter(None, map(_telling_stem, _WORD.findall(text.lower()))))


@cache
def _telling_stem(word: str) -> str | None:  # (cached: one string per stem)
    """The stem of a word as `_stems_in` counts it, or None for a word that `_words` leaves
    out or that tells nothing (a word's every occurrence costs a look-up, no more)."""
    if len(word) < 4 or word in _GENERIC or word in _CALENDAR or word in _NOT_WORDS:
        return None
    if word.isdigit():
        return None
    return _stem(word.removesuffix("'s"))


def _common_stems(events: list[Event]) -> frozenset[str]:
    """Stems in more than a tenth of the distinct sentences (and in more than two): the
    corpus's subject ("ordinance", "immigration"), not what tells one event from another."""
    sentences = {m.sentence for event in events for m in event.mentions}
    frequency = Counter(chain.from_iterable(map(_stems_in, sentences)))  # none remembered
    limit = max(2, COMMON_WORD_SHARE * len(sentences))
    return frozenset(stem for stem, count in frequency.items() if count > limit)


def _subject_head(event: Event) -> str | None:
    if not event.participants:
        return None
    subject = next((p for p in event.participants if p.role == "subject"), None)
    if subject is None or not subject.text.split():
        return None
    head = subject.text.split()[-1].lower()
    return None if head in _PRONOUNS else head


@cache
def actor_words(actor: Actor) -> frozenset[str]:
    return frozenset(_unpossessive(w) for w in actor.text.lower().split())


def _unpossessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _names(event: Event) -> frozenset[str]:
    """Capitalised words inside the mention sentences (not the first word, unless it is part of
    the subject: "Brandt pleaded guilty"): names, as far as plain text shows them, whether or
    not the entity recogniser caught them."""
    told = [_names_in(m.sentence) for m in event.mentions]
    if len(told) == 1 and not event.participants:
        return told[0]
    found = set().union(*told)
    for participant in event.participants:
        found |= {
            re.sub(r"['’]s$", "", w).lower()
            for w in _CAPITALISED.findall(participant.text)
            if w.lower() not in _STOPWORDS and w.lower() not in _CALENDAR
        }
    if len(told) == 1 and len(found) == len(told[0]):
        return told[0]  # the participants name no one else: the sentence's set, not a copy
    return frozenset(found)


@cache
def _names_in(sentence: str) -> frozenset[str]:
    # `_name_word` never gives "": a capitalised word keeps its capital
    return frozenset(filter(None, map(_name_word, _CAPITALISED.findall(sentence)[1:])))


@cache
def _name_word(word: str) -> str | None:
    """A capitalised word as a name, or None when it names nothing."""
    word = _unpossessive(word).lower()
    if word in _STOPWORDS or word in _CALENDAR or word in _OFFICE_WORDS:
        return None
    return word


def _name_weights(events: list[Event]) -> dict[str, float]:
    """Names that many sentences mention ("Chicago", "Police" in a corpus about Chicago
    police) tell little about which event is which: they weigh a quarter."""
    mentions = {mention_key(m): m.sentence for event in events for m in event.mentions}
    frequency = Counter(chain.from_iterable(map(_names_in, mentions.values())))
    common = max(2, COMMON_NAME_SHARE * len(mentions))
    return {name: 0.25 if count > common else 1.0 for name, count in frequency.items()}


def _name_overlap(a: AbstractSet[str], b: AbstractSet[str], weights: dict[str, float]) -> float:
    """Weighted overlap coefficient of two name sets; 0 unless at least two names are shared."""
    shared = a & b
    if len(shared) < 2:
        return 0.0

    def weight(words: AbstractSet[str]) -> float:
        return sum(weights.get(w, 1.0) for w in words)

    return weight(shared) / min(weight(a), weight(b))


@cache
def _content_words(sentence: str) -> frozenset[str]:
    """The `_words` of a sentence but its names (`_names_in`): what `_overlap` compares."""
    return _words(sentence) - _names_in(sentence)


def _words(text: str) -> frozenset[str]:
    """The words of a text but stopwords, numbers, months and titles."""
    words = frozenset(_WORD.findall(text.lower())) - _NOT_WORDS
    # one string per word, however many sentences hold it: the merge keeps them all
    return frozenset(map(sys.intern, filterfalse(str.isdigit, words)))


_NOT_WORDS = _STOPWORDS | frozenset(MONTHS) | _TITLE_WORDS


def _overlap(words_a: frozenset[str], words_b: frozenset[str]) -> float:
    """Jaccard overlap of the content words of the mention sentences, names and dates aside."""
    if not words_a or not words_b:
        return 0.0
    shared = len(words_a & words_b)
    return shared / (len(words_a) + len(words_b) - shared)


@cache
def actor_key(actor: Actor) -> str:
    """A name as it is matched across articles: lower case, no titles or possessive, and a
    person by surname."""
    text = _TITLES.sub("", actor.text.lower().strip())
    text = re.sub(r"['’]s$", "", text).strip()
    if actor.label == "PERSON":
        return text.split()[-1] if text.split() else text
    return text


def _member_key(event: Event) -> tuple[object, ...]:
    mentions = event.mentions
    first = mention_key(mentions[0]) if len(mentions) == 1 else min(map(mention_key, mentions))
    return (event.date, first, event.id)


def mention_key(mention: Mention) -> tuple[str, int, int]:
    """Where a mention is: document, sentence, and time expression within the sentence."""
    return (mention.doc_id, mention.char_start, mention.timex.start if mention.timex else -1)


def _combine(group: list[Event]) -> Event:
    if len(group) == 1:
        return group[0]
    best = min(group, key=lambda e: (-e.confidence, _member_key(e)))
    mentions = tuple(sorted({m for e in group for m in e.mentions}, key=mention_key))
    actors: list[Actor] = []
    seen: set[str] = set()
    for event in [best, *group]:
        for actor in event.actors:
            if actor.text.lower() not in seen:
                seen.add(actor.text.lower())
                actors.append(actor)
    sources = len({m.doc_id for m in mentions})
    best_sources = len({m.doc_id for m in best.mentions})
    date, conflicts = _agreed_date(group)
    key = date.edtf + "|" + "|".join(":".join(map(str, mention_key(m))) for m in mentions)
    figures = tuple(dict.fromkeys(f for e in [best, *group] for f in e.figures))
    return Event(
        id="ev-" + hashlib.sha1(key.encode()).hexdigest()[:12],
        date=date,
        title=best.title,
        description=best.description,
        actors=tuple(actors),
        confidence=round(min(1.0, best.confidence + 0.05 * (sources - best_sources)), 3),
        anchor=best.anchor,
        mentions=mentions,
        trigger=best.trigger,
        kind=min((e.kind for e in group), key=lambda k: k is Kind.CAPTION),
        modality=best.modality,
        figures=figures,
        conflicts=conflicts,
        participants=best.participants,
    )


def _agreed_date(group: list[Event]) -> tuple[NormalizedDate, tuple[Conflict, ...]]:
    """The date of a merged event: the finest date that the most sources support (a date
    agrees with a finer one inside it); the other dates are conflicts, with their sources."""
    sources: dict[NormalizedDate, set[str]] = {}
    for event in group:
        for conflict in event.conflicts:
            sources.setdefault(conflict.date, set()).update(conflict.sources)
        sources.setdefault(event.date, set()).update(m.doc_id for m in event.mentions)
    if len(sources) == 1:  # one date told: no conflict
        return next(iter(sources)), ()

    def support(date: NormalizedDate) -> int:
        return len(set().union(*(s for d, s in sources.items() if _nested(date, d))))

    date = min(sources, key=lambda d: (-support(d), d.days, d))
    conflicts = tuple(
        Conflict(d, tuple(sorted(s))) for d, s in sorted(sources.items()) if not _nested(date, d)
    )
    return date, conflicts
