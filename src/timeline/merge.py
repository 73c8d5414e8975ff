"""Merging: the same event told by several mentions becomes one event.

Pure and independent of input order: events are compared only when they share wording or a
name and their dates can agree (`_candidate_pairs`), joined into connected groups, and each
group is summarised by rules that look at its members sorted by a fixed key.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from functools import cache, wraps
from itertools import combinations
from typing import TypeVar, cast

from timeline.edtf import NormalizedDate
from timeline.models import Actor, Conflict, Event, Kind, Mention
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS

CORE_LABELS = ("PERSON", "ORG", "LAW")
SAME_WORDING = 0.6
SHARED_WORDING_WITH_ACTOR = 0.15
SHARED_NAMES = 0.5
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_PRONOUNS = frozenset("i you he she it we they this that these those who which".split())
COMMON_NAME_SHARE = 0.1
MAX_BUCKET = 2000
CLOSE_DAYS = 400
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*")
_STOPWORDS = frozenset(
    """a an the of in on at to for by with from and or but as is was were be been has have had
    that this it its their his her they he she which who said says will would after before than
    then also not where when while what""".split()
)
_TITLES = re.compile(
    r"^(?:mayor|former|gov|governor|president|then|sen|senator|ald|alderman|mr|mrs|ms|dr)\.?\s+",
    re.I,
)


_Value = TypeVar("_Value")
_MEMO: dict[tuple[str, int], tuple[Event, object]] = {}


def _per_event(function: Callable[[Event], _Value]) -> Callable[[Event], _Value]:
    """Remember what `function` gave for an event during one merge (pairs ask it many times).
    Entries hold their event, so its id() cannot be reused while they last; `merge_events`
    forgets them all when it returns."""

    @wraps(function)
    def remembered(event: Event) -> _Value:
        key = (function.__name__, id(event))
        hit = _MEMO.get(key)
        if hit is not None and hit[0] is event:
            return cast(_Value, hit[1])
        value = function(event)
        _MEMO[key] = (event, value)
        return value

    return remembered


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Merge events that tell the same thing; the result is sorted chronologically.

    Merging repeats until nothing more merges, so that merging a merged timeline changes
    nothing.
    """
    current = list(events)
    try:
        weights = _name_weights(current)
        fresh = {id(event) for event in current}
        while True:
            merged = _merge_once(current, weights, fresh)
            if len(merged) == len(current):
                return merged
            fresh = {id(event) for event in merged} - {id(event) for event in current}
            current = merged
    finally:  # the sentence caches hold one merge's sentences, no more
        _names_in.cache_clear()
        _sentence_words.cache_clear()
        _MEMO.clear()


def _merge_once(events: list[Event], weights: dict[str, float], fresh: set[int]) -> list[Event]:
    """One round of merging. Only pairs with a `fresh` event (by id(); all of them in the
    first round, then those just merged) are compared: the others were, with the same result."""
    ordered = sorted(events, key=_member_key)
    parent = list(range(len(ordered)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    new = {i for i, event in enumerate(ordered) if id(event) in fresh}
    for i, j in _candidate_pairs(ordered, new):
        if same_event(ordered[i], ordered[j], weights):
            parent[max(find(i), find(j))] = min(find(i), find(j))
    groups: dict[int, list[Event]] = {}
    for i, event in enumerate(ordered):
        groups.setdefault(find(i), []).append(event)
    merged = [_combine(group) for group in groups.values()]
    return sorted(merged, key=lambda e: (e.date, e.title.lower(), e.id))


def _candidate_pairs(ordered: list[Event], new: set[int]) -> set[tuple[int, int]]:
    """The pairs worth comparing, so that merging stays near-linear on large corpora.

    Every rule of `same_event` needs the same wording on the same date, or a shared name or
    actor with dates that overlap or, for one trigger, are `_close`. Wording is indexed by the
    rarest words of each event, as many as `SAME_WORDING` requires (prefix filtering: two
    sets this similar share one of them), names by themselves, each name's events swept by
    start day. A name shared by more than `MAX_BUCKET` events (and a fiftieth of all) is as
    common as "said" and is not used: the only approximation, never met below that size.
    Pairs are kept only when one of them is in `new`.
    """
    wordings = [_content_words(event) for event in ordered]
    frequency: dict[str, int] = {}
    for wording in wordings:
        for word in wording:
            frequency[word] = frequency.get(word, 0) + 1
    by_word: dict[tuple[str, NormalizedDate], list[int]] = {}
    by_name: dict[str, list[int]] = {}
    for i, event in enumerate(ordered):
        rarest = sorted(wordings[i], key=lambda w: (frequency[w], w))
        for word in rarest[: len(rarest) - math.ceil(SAME_WORDING * len(rarest)) + 1]:
            by_word.setdefault((word, event.date), []).append(i)
        for name in names(event) | {actor_key(a) for a in event.actors}:
            by_name.setdefault(name, []).append(i)
    cap = max(MAX_BUCKET, len(ordered) // 50)
    pairs: set[tuple[int, int]] = set()
    for same_day in by_word.values():
        if not new.isdisjoint(same_day):
            pairs.update(combinations(same_day, 2))
    for indices in by_name.values():
        if 1 < len(indices) <= cap and not new.isdisjoint(indices):
            pairs |= _dated_pairs(ordered, indices)
    return {(i, j) for i, j in pairs if i in new or j in new}


def _dated_pairs(ordered: list[Event], indices: list[int]) -> set[tuple[int, int]]:
    """Pairs among `indices` on the same date, or telling the same act on dates that overlap
    or, for one trigger, are `_close` (a sweep over start days, keeping the events that can
    still pair)."""
    pairs: set[tuple[int, int]] = set()
    active: list[int] = []
    for i in sorted(indices, key=lambda k: ordered[k].date.start):
        event = ordered[i]
        active = [j for j in active if (event.date.start - ordered[j].date.end).days <= CLOSE_DAYS]
        for j in active:
            other = ordered[j]
            if event.date == other.date or (
                _same_action(event, other)
                and (
                    other.date.end >= event.date.start
                    or (event.trigger == other.trigger and _close(event.date, other.date))
                )
            ):
                pairs.add((min(i, j), max(i, j)))
        active.append(i)
    return pairs


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
    if a.date != b.date:
        return _same_across_dates(a, b, weights or {})
    if {m[:2] for m in map(mention_key, a.mentions)} & {
        m[:2] for m in map(mention_key, b.mentions)
    }:
        return False
    overlap = _word_overlap(a, b)
    if overlap >= SAME_WORDING:
        return True
    if {m.doc_id for m in a.mentions} & {m.doc_id for m in b.mentions}:
        return False
    same_trigger = _same_action(a, b)
    if _core_actors(a) & _core_actors(b) and (same_trigger or overlap >= SHARED_WORDING_WITH_ACTOR):
        return True
    if same_trigger and _shared_name(a, b):
        return True  # "Kessler resigned in August 2021" / "Kessler stepped down in August 2021"
    if (
        _places(a) & _places(b)
        and _subject_head(a) is not None
        and _subject_head(a) == _subject_head(b)
    ):
        return True  # "A magnitude 7.1 earthquake struck Peru" / "The earthquake that hit Peru"
    return _share_telling_names(a, b, weights or {})


def _share_telling_names(a: Event, b: Event, weights: dict[str, float]) -> bool:
    """Mostly the same names, and not only people's or places' ("Springfield" and a person
    appear in many different events)."""
    ordinary = {
        w
        for e in (a, b)
        for actor in e.actors
        if actor.label in ("PERSON", "GPE", "LOC", "NORP")
        for w in actor_words(actor)
    }
    shared = names(a) & names(b)
    return bool(shared - ordinary) and _name_overlap(names(a), names(b), weights) >= SHARED_NAMES


def _same_across_dates(a: Event, b: Event, weights: dict[str, float]) -> bool:
    """Different dates from different documents are one event only when the texts say the same
    thing in nearly the same words: then a date that holds the other ("the 1980s", "1985")
    merges to the finer one, and dates that disagree are kept as conflicts. Recurring events
    ("raised rates in March 2022" / "in July 2023", "won the seat again") stay apart."""
    if {m.doc_id for m in a.mentions} & {m.doc_id for m in b.mentions}:
        return False
    if not _same_action(a, b) or _says_again(a) or _says_again(b):
        return False
    if _other_numbers(a) != _other_numbers(b):
        return False  # "iPhone 14" / "iPhone 15", "52-48" / "50-50"
    if not (_core_actors(a) & _core_actors(b) or _shared_name(a, b)):
        return False
    nested = a.date.overlaps(b.date) and (a.date.start <= b.date.start) == (
        b.date.end <= a.date.end
    )
    if nested:
        return True  # "convicted on Wednesday (March 13)" / "convicted in March"
    # dates that disagree: the very same verb about the same name, a little apart
    return a.trigger == b.trigger and _close(a.date, b.date)


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
    """The same trigger, or two verbs news uses for the same act ("resigned", "stepped down")."""
    if a.trigger is None or b.trigger is None:
        return False
    return a.trigger == b.trigger or _ACT.get(a.trigger, -1) == _ACT.get(b.trigger, -2)


def _shared_name(a: Event, b: Event) -> bool:
    """A name other than a place's, or a person's surname, in both events."""
    places = {
        w
        for e in (a, b)
        for actor in e.actors
        if actor.label in ("GPE", "LOC")
        for w in actor_words(actor)
    }

    def people(event: Event) -> set[str]:
        return {actor_key(x) for x in event.actors if x.label == "PERSON"}

    return bool((names(a) & names(b)) - places) or bool(people(a) & people(b))


def _close(a: NormalizedDate, b: NormalizedDate) -> bool:
    """Dates near enough to be one event told wrongly rather than two: a year, two months or a
    week apart at most, by the coarser of their precisions."""
    gap = abs((a.start - b.start).days)
    coarse = max(a.days, b.days)
    return gap <= (CLOSE_DAYS if coarse >= 365 else 62 if coarse >= 28 else 7)


@_per_event
def _says_again(event: Event) -> bool:
    return any(
        re.search(r"\b(?:again|once more|another|second time|re-?elected)\b", m.sentence, re.I)
        for m in event.mentions
    )


@_per_event
def _other_numbers(event: Event) -> frozenset[str]:
    """Numbers that name or score the thing itself: "iPhone 14", "Apollo 11", "52-48"."""
    found: set[str] = set()
    for mention in event.mentions:
        text = mention.sentence
        if mention.timex is not None:
            start = mention.timex.start - mention.char_start
            text = text[:start] + " " + text[start + len(mention.timex.text) :]
        found |= {
            m.group(0) for m in re.finditer(r"\b\w*[A-Z][\w-]*\s+\d+\b|\b\d+\s*[-–]\s*\d+\b", text)
        }
    return frozenset(found)


@_per_event
def _places(event: Event) -> frozenset[str]:
    return frozenset(actor_key(a) for a in event.actors if a.label in ("GPE", "LOC"))


@_per_event
def _subject_head(event: Event) -> str | None:
    subject = next((p for p in event.participants if p.role == "subject"), None)
    if subject is None or not subject.text.split():
        return None
    head = subject.text.split()[-1].lower()
    return None if head in _PRONOUNS else head


def actor_words(actor: Actor) -> set[str]:
    return {re.sub(r"['’]s$", "", w) for w in actor.text.lower().split()}


@_per_event
def names(event: Event) -> frozenset[str]:
    """Capitalised words inside the mention sentences (not the first word, unless it is part of
    the subject: "Brandt pleaded guilty"): names, as far as plain text shows them, whether or
    not the entity recogniser caught them."""
    found = set().union(*(_names_in(m.sentence) for m in event.mentions))
    if not event.participants:
        return frozenset(found)
    for participant in event.participants:
        found |= {
            re.sub(r"['’]s$", "", w).lower()
            for w in _CAPITALISED.findall(participant.text)
            if w.lower() not in _STOPWORDS and w.lower() not in _CALENDAR
        }
    return frozenset(found)


@cache
def _names_in(sentence: str) -> frozenset[str]:
    found = set()
    for word in _CAPITALISED.findall(sentence)[1:]:
        word = re.sub(r"['’]s$", "", word).lower()
        if word not in _STOPWORDS and word not in _CALENDAR and not _TITLES.match(word + " "):
            found.add(word)
    return frozenset(found)


def _name_weights(events: list[Event]) -> dict[str, float]:
    """Names that many sentences mention ("Chicago", "Police" in a corpus about Chicago
    police) tell little about which event is which: they weigh a quarter."""
    frequency: dict[str, int] = {}
    mentions = {m for event in events for m in event.mentions}
    for mention in mentions:
        for name in _names_in(mention.sentence):
            frequency[name] = frequency.get(name, 0) + 1
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


@_per_event
def _content_words(event: Event) -> frozenset[str]:
    """The words `_word_overlap` compares: names aside."""
    return _words(event) - names(event)


@_per_event
def _words(event: Event) -> frozenset[str]:
    return frozenset().union(*(_sentence_words(m.sentence) for m in event.mentions))


@cache
def _sentence_words(sentence: str) -> frozenset[str]:
    return frozenset(
        w
        for w in re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", sentence.lower())
        if w not in _STOPWORDS
        and not w.isdigit()
        and w not in MONTHS
        and not _TITLES.match(w + " ")
    )


def _word_overlap(a: Event, b: Event) -> float:
    """Jaccard overlap of the content words of the mention sentences, names and dates aside."""
    words_a, words_b = _content_words(a), _content_words(b)
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / len(words_a | words_b)


def actor_key(actor: Actor) -> str:
    """A name as it is matched across articles: lower case, no titles or possessive, and a
    person by surname."""
    text = _TITLES.sub("", actor.text.lower().strip())
    text = re.sub(r"['’]s$", "", text).strip()
    if actor.label == "PERSON":
        return text.split()[-1] if text.split() else text
    return text


@_per_event
def _core_actors(event: Event) -> frozenset[str]:
    return frozenset(actor_key(a) for a in event.actors if a.label in CORE_LABELS)


def _member_key(event: Event) -> tuple[object, ...]:
    first = min(mention_key(m) for m in event.mentions)
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

    def support(date: NormalizedDate) -> int:
        return len(set().union(*(s for d, s in sources.items() if _within(date, d))))

    date = min(sources, key=lambda d: (-support(d), d.days, d))
    conflicts = tuple(
        Conflict(d, tuple(sorted(s))) for d, s in sorted(sources.items()) if not _within(date, d)
    )
    return date, conflicts


def _within(inner: NormalizedDate, outer: NormalizedDate) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end
