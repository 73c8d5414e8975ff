"""What merging compares of an event, worked out once per merge: its `Profile`.

`Features` belongs to one merge: it remembers, for that merge only, what many events share
(a sentence's names and words, an actor's key), and is dropped with it; nothing is kept
between merges. The plain functions below it need no memory.

Glossary: *names* are capitalised words of the sentences (what plain text shows of names),
*words* the other content words, *stems* words cut to what "indicted" and "indictment"
share, and *telling* stems those a retelling could share (not too short, general or common).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import chain, filterfalse
from typing import Generic, NamedTuple, TypeVar

from timeline.merge.acts import act, acts, aim
from timeline.merge.figures import (
    NOTHING,
    WORD,
    ages,
    counts,
    deadline_dated,
    direction,
    numbers_in,
    percents,
    says_again,
    undated,
)
from timeline.merge.lexicon import (
    CALENDAR,
    GENERIC,
    NOT_WORDS,
    OFFICE_WORDS,
    PRONOUNS,
    SAID,
    SAYING,
    STOPWORDS,
    SUFFIXES,
    TITLE_WORDS,
)
from timeline.merge.setting import described_only
from timeline.models import Actor, Anchor, Event, Mention, Modality, Participant

CORE_LABELS = ("PERSON", "ORG", "LAW")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*")
_TITLES = re.compile(r"^(?:" + "|".join(sorted(TITLE_WORDS)) + r")\.?\s+", re.I)
_POSSESSIVE = re.compile(r"['’]s$")

_PLANS = (Modality.PLANNED, Modality.POSSIBLE)

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V], Generic[K, V]):
    """`make(key)` for each key, made once: a look-up of a key made before costs a dict's."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[K], V]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: K) -> V:
        value = self[key] = self.make(key)
        return value


class Profile(NamedTuple):
    """What the rules compare of one event."""

    sentences: frozenset[tuple[str, int]]  # (document, sentence start) of each mention
    docs: frozenset[str]
    names: frozenset[str]
    words: frozenset[str]  # content words: names and dates aside
    core: frozenset[str]
    people: frozenset[str]
    places: frozenset[str]  # GPE and LOC actors, as `actor_key` gives them, that may set it
    place_words: frozenset[str]
    ordinary_words: frozenset[str]  # words of people's, places' and nationalities' names
    keys: frozenset[str]  # names and actors, as the merge indexes them
    subject: str | None
    numbers: frozenset[str]
    again: bool
    act: str | None  # `acts.act`: None for saying, being, or no trigger
    nominal: bool  # the act told by the event noun a light verb takes ("set the sentencing")
    acts: frozenset[str]  # `act` and what a deciding verb's "to" clause tells (`acts.acts`)
    deadline: bool  # every mention dated by a deadline ("by April 21")
    headline: frozenset[str]  # the content words of the event's headline
    shares: frozenset[int]  # its percentages, to the unit ("9%", "9.2 percent": 9)
    subject_name: str | None  # the name that is its subject's head, as `actor_key` gives it
    subject_keys: frozenset[str]  # every name in its subject ("Li Du of China": li du, china)
    told: frozenset[str]  # its `keys` that name its doer or what is done, not its setting
    strong: frozenset[str]  # those of them that are not weak in the run (`rarity`)
    direction: int  # 1: a figure went up ("rose"), -1: down ("slipped"), 0: neither or both
    undated: bool  # dated by its document's publication date, its text telling none
    counts: frozenset[float]  # what its count figures number ("four militants", "up to 30")
    heads: frozenset[str]  # the head words of its subject and object, stemmed (`heads`)
    objects: frozenset[str]  # those of its object
    story: frozenset[str]  # the strong names of its documents: what story they tell
    planned: bool  # told before it happened: planned, expected or possible ("will vote")
    aim: frozenset[str]  # a plan's: what it is about (`acts.aim`), as telling stems
    ages: frozenset[int]  # the ages of the people it tells of (`figures.ages`)


_Six = tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]


class Features:
    """The profiles of one merge's events, and what they share, remembered for that merge."""

    def __init__(self, shortest_stem: int) -> None:
        """`shortest_stem`: letters a stem keeps, and a telling word has at least."""
        # (Each memory makes its values with what it needs, never with `self`: a cycle would
        # keep a merge's memory alive until the collector found it.)
        self.names_in = names_in = Memo(_names_in)
        self.content_words: Memo[str, frozenset[str]] = Memo(
            lambda sentence: words(sentence) - names_in[sentence]
        )
        self.says_again: Memo[str, bool] = Memo(says_again)
        # the `docs` of an event told once: one set per document, shared by its events
        self.one_document: Memo[str, frozenset[str]] = Memo(lambda doc: frozenset((doc,)))
        self.telling_stem: Memo[str, str | None] = Memo(
            lambda word: telling_stem(word, shortest_stem)
        )
        self.keys = keys = Memo(actor_key)
        telling = self.telling_stem
        # the stems of each whole sentence (`stems_in`), counted twice when a merge starts
        self.sentence_stems: Memo[str, frozenset[str]] = Memo(lambda text: _stems_in(text, telling))
        names = Memo(actor_words)
        # names and actor keys in many documents of the run (`rarity`): set by the merge
        self.weak: frozenset[str] = NOTHING
        # each document's strong names (set by the merge): two documents of one story share some
        self.stories: dict[str, frozenset[str]] = {}
        self.actor_sets: Memo[tuple[Actor, ...], _Six] = Memo(
            lambda actors: _actor_sets(actors, keys, names)
        )

    def profile(self, event: Event) -> Profile:
        # The words are the sentences' `content_words` but `names` (which holds every
        # sentence's `names_in`): when no participant adds a name, the sentence's set itself,
        # not a copy.
        mentions = event.mentions
        names = self.names(event)
        if len(mentions) == 1:  # most events: no unions to make
            mention = mentions[0]
            sentence = mention.sentence
            words = self.content_words[sentence]
            if names is not self.names_in[sentence] and not words.isdisjoint(names):
                words -= names  # a name only the subject tells: "Brandt pleaded guilty"
            numbers, again = numbers_in(undated(mention)), self.says_again[sentence]
            sentences = frozenset(((mention.doc_id, mention.char_start),))
            docs = self.one_document[mention.doc_id]
            deadline = deadline_dated(mention)
        else:
            content = self.content_words
            words = frozenset().union(*(content[m.sentence] for m in mentions)) - names
            numbers = frozenset().union(*(numbers_in(undated(m)) for m in mentions))
            again = any(self.says_again[m.sentence] for m in mentions)
            sentences = frozenset((m.doc_id, m.char_start) for m in mentions)
            docs = frozenset(m.doc_id for m in mentions)
            deadline = all(map(deadline_dated, mentions))
        core, people, places, place_words, ordinary_words, keys = self.actor_sets[event.actors]
        if places:  # a place that only describes a thing ("a Minnesota man") sets no act
            texts = [m.sentence for m in mentions]
            places = frozenset(p for p in places if not described_only(p, texts))
        keys = names if keys <= names else names | keys
        told = self.told(event, keys, people)
        primary, nominal = act(event)
        planned = event.modality in _PLANS
        return Profile(
            sentences,
            docs,
            names,
            words,
            core,
            people,
            places,
            place_words,
            ordinary_words,
            keys,
            subject_head(event),
            numbers,
            again,
            primary,
            nominal,
            acts(event, primary),
            deadline,
            headline_words(event),
            percents(event),
            subject_name(event),
            subject_keys(event),
            told,
            told - self.weak if self.weak else told,
            direction(event),
            event.anchor is Anchor.DOCUMENT_DATE,
            counts(event),
            *heads(event, self.telling_stem),
            self._story(docs),
            planned,
            aim(event, self.telling_stem.__getitem__) if planned else NOTHING,
            ages(event),
        )

    def _story(self, docs: frozenset[str]) -> frozenset[str]:
        """The strong names of the documents `docs` (`stories`)."""
        if len(docs) == 1:
            return self.stories.get(next(iter(docs)), NOTHING)
        return frozenset().union(*(self.stories.get(doc, NOTHING) for doc in docs))

    def told(self, event: Event, keys: frozenset[str], people: frozenset[str]) -> frozenset[str]:
        """The event's keys that name its doer or what is done: people, and the names in its
        subject and object (all, when it has neither; not the source of what is said), but
        nationalities ("Egyptian" in "the
        Egyptian prime minister": the doer is the minister). The others are its setting
        ("told AFP", "at the Asian Games", "since World War II")."""
        if not keys or not event.participants:
            return keys  # no roles known: every name may be the doer
        words = participant_words(event, source=told_by_source(event))
        nationalities = {self.keys[a] for a in event.actors if a.label == "NORP"}
        return frozenset(
            k
            for k in keys
            if k in people or (k not in nationalities and words.issuperset(WORD.findall(k)))
        )

    def actor_keys(self, event: Event) -> frozenset[str]:
        """Every actor's `actor_key`."""
        return self.actor_sets[event.actors][5]

    def names(self, event: Event) -> frozenset[str]:
        """Capitalised words inside the mention sentences (not the first word, unless it is
        part of the subject: "Brandt pleaded guilty"): names, as far as plain text shows them,
        whether or not the entity recogniser caught them."""
        told = [self.names_in[m.sentence] for m in event.mentions]
        if len(told) == 1 and not event.participants:
            return told[0]
        found = set().union(*told)
        for participant in event.participants:
            # as in the sentences, an office ("President", "Minister") names no one
            found.update(filter(None, map(_name_word, _CAPITALISED.findall(participant.text))))
        if len(told) == 1 and len(found) == len(told[0]):
            return told[0]  # the participants name no one else: the sentence's set, not a copy
        return frozenset(found)

    def stems(self, event: Event) -> frozenset[str]:
        """The telling stems of the mention sentences but their time expressions (worked out
        only for the events `retellings` looks at: kept for all, they were much of the memory
        of a merge)."""
        return frozenset().union(*(self.stems_in(undated(m)) for m in event.mentions))

    def stems_in(self, text: str) -> frozenset[str]:
        """Stems of the words a text could share with a retelling, and of a compound's parts:
        none shorter than four letters, nor stopwords, dates, titles or words as general as
        "million"."""
        return _stems_in(text, self.telling_stem)

    def common_stems(self, events: Iterable[Event], share: float, at_least: int) -> frozenset[str]:
        """Stems in more than `share` of the distinct sentences (and in more than `at_least`):
        the corpus's subject ("ordinance", "immigration"), not what tells one event from
        another."""
        sentences = {m.sentence for event in events for m in event.mentions}
        frequency = Counter(chain.from_iterable(map(self.sentence_stems.__getitem__, sentences)))
        limit = max(at_least, share * len(sentences))
        return frozenset(stem for stem, count in frequency.items() if count > limit)

    def name_weights(
        self, events: Iterable[Event], share: float, at_least: int, weight: float
    ) -> dict[str, float]:
        """Names that many sentences mention ("Chicago", "Police" in a corpus about Chicago
        police) tell little about which event is which: they weigh `weight`."""
        mentions = {mention_key(m): m.sentence for event in events for m in event.mentions}
        frequency = Counter(chain.from_iterable(self.names_in[s] for s in mentions.values()))
        common = max(at_least, share * len(mentions))
        return {name: weight if count > common else 1.0 for name, count in frequency.items()}


def _stems_in(text: str, telling: Memo[str, str | None]) -> frozenset[str]:
    told = WORD.findall(text.lower())
    # a compound's parts too: "ex-communist states" / "former communist states"
    told += [part for word in told if "-" in word for part in word.split("-")]
    return frozenset(filter(None, map(telling.__getitem__, told)))


def _actor_sets(
    actors: tuple[Actor, ...], keyed: Memo[Actor, str], named: Memo[Actor, frozenset[str]]
) -> _Six:
    """The core actors, people, places, words of places' names, words of people's, places'
    and nationalities' names (the `Profile` fields in that order), and every actor's
    `actor_key` (`keyed`; `named` gives `actor_words`). Remembered by actors: retellings and
    merged events repeat them."""
    if not actors:
        return NOTHING, NOTHING, NOTHING, NOTHING, NOTHING, NOTHING
    core, people, places = set(), set(), set()
    place_words: set[str] = set()
    ordinary_words: set[str] = set()
    for actor in actors:
        key = keyed[actor]
        if actor.label in CORE_LABELS:
            core.add(key)
        if actor.label == "PERSON":
            people.add(key)
        if actor.label in ("GPE", "LOC"):
            places.add(key)
            place_words |= named[actor]
        if actor.label in ("PERSON", "GPE", "LOC", "NORP"):
            ordinary_words |= named[actor]
    return (
        frozenset(core),
        frozenset(people),
        frozenset(places),
        frozenset(place_words),
        frozenset(ordinary_words),
        frozenset(keyed[actor] for actor in actors),
    )


def participant_words(event: Event, source: bool) -> frozenset[str]:
    """The words of the event's subject and object (only its object when the subject is a
    `source` that says or reports), lower case, without possessives."""
    return frozenset(
        unpossessive(word)
        for participant in event.participants
        if not (source and participant.role == "subject")
        for word in WORD.findall(participant.text.lower().replace("’", "'"))
    )


def told_by_source(event: Event) -> bool:
    """Whether the event's subject is the source that tells it: a saying verb ("the Post
    reported Friday"), or a headline that keeps its source ("The United News of India said at
    least 21 pilgrims were killed": the news is the killing)."""
    if event.trigger in SAYING:
        return True
    subject = subject_of(event)
    if subject is None or not subject.text:
        return False
    title = event.title.lower()
    told = subject.text.lower()
    if not title.startswith(told):
        return False
    rest = title[len(told) :].split(maxsplit=1)
    return bool(rest) and rest[0] in SAID


def _names_in(sentence: str) -> frozenset[str]:
    # `_name_word` never gives "": a capitalised word keeps its capital
    return frozenset(filter(None, map(_name_word, _CAPITALISED.findall(sentence)[1:])))


def _name_word(word: str) -> str | None:
    """A capitalised word as a name, or None when it names nothing."""
    word = unpossessive(word).lower()
    if word in STOPWORDS or word in CALENDAR or word in OFFICE_WORDS:
        return None
    return word


def words(text: str) -> frozenset[str]:
    """The words of a text but stopwords, numbers, months and titles."""
    found = frozenset(WORD.findall(text.lower())) - NOT_WORDS
    # one string per word, however many sentences hold it: the merge keeps them all
    return frozenset(map(sys.intern, filterfalse(str.isdigit, found)))


def headline_words(event: Event) -> frozenset[str]:
    return words(event.title)


def stem(word: str, shortest: int) -> str:
    """A crude stem of at least `shortest` letters, enough to match "indicted" with
    "indictment", "convicted" with "conviction"."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= shortest:
            return word[: -len(suffix)]
    return word


def telling_stem(word: str, shortest: int) -> str | None:
    """The stem of a word as `stems_in` counts it, or None for a word that `words` leaves out,
    shorter than `shortest` letters, or that tells nothing."""
    if len(word) < shortest or word in GENERIC or word in CALENDAR or word in NOT_WORDS:
        return None
    if word.isdigit():
        return None
    return sys.intern(stem(word.removesuffix("'s"), shortest))


def subject_of(event: Event) -> Participant | None:
    """The event's subject participant, if it has one."""
    return next((p for p in event.participants if p.role == "subject"), None)


def subject_head(event: Event) -> str | None:
    subject = subject_of(event)
    if subject is None or not subject.text.split():
        return None
    head = subject.text.split()[-1].lower()
    return None if head in PRONOUNS else head


def heads(event: Event, stems: Memo[str, str | None]) -> tuple[frozenset[str], frozenset[str]]:
    """The stemmed head words of the event's subject and object (pronouns aside), and those of
    its object: "The health ministry declared the outbreak" has ministry and outbreak."""
    found, objects = set(), set()
    for participant in event.participants:
        head = _AFTER_HEAD.split(participant.text, maxsplit=1)[0]
        words = _POSSESSOR.split(head)[-1].lower().split()
        word = stems[words[-1]] if words and words[-1] not in PRONOUNS else None
        if word is not None:
            found.add(word)
            if participant.role == "object":
                objects.add(word)
    return frozenset(found), frozenset(objects)


_AFTER_HEAD = re.compile(r",| (?:of|from|in|at|for|and|with|who|which)\b")  # after the head noun
_POSSESSOR = re.compile(r"['’]s? ")  # "China's National Audit Office": the owner goes


def subject_keys(event: Event) -> frozenset[str]:
    subject = subject_of(event)
    return frozenset(actor_key(e) for e in subject.entities) if subject else NOTHING


def subject_name(event: Event) -> str | None:
    """The name that is the subject's head ("Li Du of China won…": Li Du; "China's National
    Audit Office said": National Audit Office; "the Islamic republic's leader": none)."""
    subject = subject_of(event)
    if subject is None:
        return None
    head = _AFTER_HEAD.split(subject.text, maxsplit=1)[0]
    words = _POSSESSOR.split(head)[-1].split()
    if not words:
        return None
    for entity in subject.entities:
        if entity.text in head and words[-1] in entity.text.split():
            return actor_key(entity)
    if words[0].lower() == "the":
        words = words[1:]
    capitalised = len(words) >= 2 and all(w[:1].isupper() for w in words)
    if capitalised or (len(words) == 1 and len(words[0]) >= 2 and words[0].isupper()):
        return " ".join(words).lower()  # a name the tagger missed: "Junichi Miyashita", "BBC"
    return None


def actor_words(actor: Actor) -> frozenset[str]:
    return frozenset(unpossessive(w) for w in actor.text.lower().split())


def unpossessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def actor_key(actor: Actor) -> str:
    """A name as it is matched across articles: lower case, no titles or possessive, and a
    person by surname."""
    text = _TITLES.sub("", actor.text.lower().strip())
    text = _POSSESSIVE.sub("", text).strip()
    if actor.label == "PERSON":
        return text.split()[-1] if text.split() else text
    return text


def mention_key(mention: Mention) -> tuple[str, int, int]:
    """Where a mention is: document, sentence, and time expression within the sentence."""
    return (mention.doc_id, mention.char_start, mention.timex.start if mention.timex else -1)
