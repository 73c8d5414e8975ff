"""Which named entity a mention stands for, within one document.

Glossary: a *name* is a named entity's text without "the" and a possessive ("General Motors");
its *canonical* name is the longest name of the document it is a short form of ("GM", "Fed",
"Jobs" -> "General Motors", "Federal Reserve", "Steve Jobs"). A *salient* mention is the
subject of a sentence's main verbs: pronouns ("he", "it") and definite descriptions ("the
carmaker") stand for the last salient entity they can mean.

Coreferee (the maintained spaCy component) installs from the registry, but its English model
does not (it is fetched from its author's repository), so this is a small resolver of our
own: short forms, acronyms and surnames of names in the same document (`names.py`; by any
label the model gives them: it calls one name a person here and a place there); a pronoun to
what its own sentence names (`pronouns.py`), else "he"/"she" to the last person named as a
subject, "it" to the last subject when that was an organisation or a country and no thing
came after it, "him"/"her" to the person the sentences before are about; "they", "them" and
"their" to a group (`plural.py`); descriptions to the entity or earlier phrase they stand for
(`descriptions.py`), a title ("the vice president") to the one person named with it. A
person who is the subject of a clause told before its teller ("X was arrested, police
said") is salient as a subject is. Resolved once per document, kept with the spaCy Doc.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import HEAD

from timeline.events.apposed import apposed_name
from timeline.events.clauses import ACTOR_LABELS, SUBJECT_DEPS, entities, sentence_containing
from timeline.events.clauses import sentences as all_sentences
from timeline.events.descriptions import (
    describes_a_person,
    entity_for,
    is_description,
    pair_for,
)
from timeline.events.mentions import (
    IT_LABELS,
    appositive_name,
    appositive_person,
    capitalised_noun,
    described_as_a_person,
    entity_at,
    is_verbal,
    person_words,
    proper_name,
    without_lead_words,
)
from timeline.events.names import (
    name_index,
    name_of,
    person_called,
    short_form_of,
    surname_of,
    words_of,
)
from timeline.events.plural import PLURAL_PRONOUNS, Group, group_for
from timeline.events.pronouns import (
    KINDS,
    OBJECT_DEPS,
    Ambiguous,
    doers_of,
    extraposed,
    in_sentence,
)
from timeline.models import Actor
from timeline.nlp.lemmas import lemma

SENTENCES_BACK = 8  # how far back a pronoun or a description looks for what it stands for
LONE_PERSON_SENTENCES = 2  # how far back "he" looks for a person named, with no person a subject
_PEOPLE = frozenset({"PERSON"})
_PERSONS_NAME = re.compile(r"[A-Z][^\d]*")  # a name of words, not "H5N1"
_MALE, _FEMALE, _NEUTER = KINDS["he"], KINDS["she"], KINDS["it"]
_NAMED_LABELS = frozenset({*ACTOR_LABELS, "LOC"})  # "Eastern Slavonia … the region"
_OBJECTS = frozenset({"him", "her"})
_SPEAKERS = frozenset({"i", "we", "you"})  # "her" only where the parse makes it an object
_DOC_KEY = "timeline_entities"


@dataclass
class DocumentEntities:
    """What the mentions of one document stand for; made once by `resolve_document`."""

    canonical: dict[str, Actor]  # name in lower case -> the entity it names
    sentence_starts: list[int]  # the first token of each sentence
    definite: set[str] = field(default_factory=set)  # names written with "the": the Fed
    salient: list[tuple[int, Actor]] = field(default_factory=list)  # (token index, entity)
    bound: dict[str, list[tuple[int, Actor]]] = field(default_factory=dict)  # he/she -> whom
    labels: dict[Actor, set[str]] = field(default_factory=dict)  # every label of its names
    memo: dict[int, Actor | None] = field(default_factory=dict)  # token index -> resolved
    mentions: list[tuple[Any, Actor]] | None = None  # named mentions in order, when first asked
    mention_starts: list[int] = field(default_factory=list)
    things: list[int] = field(default_factory=list)  # subjects that name no entity: "the design"
    groups: dict[int, Group | None] = field(default_factory=dict)  # "they" -> the group
    spans: dict[tuple[int, int], Actor | None] = field(default_factory=dict)  # read names

    def canonical_of(self, actor: Actor) -> Actor:
        """The entity an actor's name is a short form of, or the actor itself."""
        return self.canonical.get(name_of(actor.text).lower(), actor)

    def named(self, ent: Any) -> Actor | None:
        """The entity a named-entity span names, by its canonical name."""
        key = (ent.start, ent.end)
        if key not in self.spans:
            self.spans[key] = self.canonical.get(name_of(without_lead_words(ent).text).lower())
        return self.spans[key]

    def resolve(self, token: Any) -> Actor | None:
        """The named entity `token` (the head of a noun phrase) stands for, or None."""
        if token.i not in self.memo:
            self.memo[token.i] = self._resolve_word(token)
        return self.memo[token.i]

    def same(self, one: Any, other: Any) -> bool:
        """Whether two noun phrases' heads stand for one named entity."""
        entity = self.resolve(one)
        return entity is not None and entity == self.resolve(other)

    def group(self, token: Any) -> Group | None:
        """The group a plural pronoun ("they", "them", "their") stands for, or None."""
        if token.i not in self.groups:
            self.groups[token.i] = None  # what it is while it is being read
            self.groups[token.i] = group_for(
                token, self.named, self.group, self.sentence_starts, self.written
            )
        return self.groups[token.i]

    def written(self, actor: Actor) -> str:
        """An entity's name as the document writes it: "the Fed", "General Motors"."""
        return f"the {actor.text}" if actor.text.lower() in self.definite else actor.text

    def _resolve_word(self, token: Any) -> Actor | None:
        apposed = apposed_name(token)
        if apposed is not None:  # "Ericsson, the world's leading supplier said": Ericsson
            return self._apposed(token, apposed)
        if describes_a_person(token):
            return self._described_person(token)
        ent = entity_at(token)
        if ent is not None:
            return self.named(ent)
        if token.pos_ == "PROPN" or capitalised_noun(token):  # a person's name the model
            # labelled elsewhere, not here ("Danai, 61, who died Monday, was appointed")
            name = proper_name(token).lower()
            actor = self.canonical.get(name) or person_called(name, self.canonical.values())
            return actor if actor is not None and actor.label in _PEOPLE else None
        named = appositive_name(token)
        if named is not None:  # "the Socialist Party's candidate, Segolene Royal,"
            return self.named(named)
        word = token.lower_
        if token.pos_ == "PRON" and word in _MALE | _FEMALE | _NEUTER:
            return self._for_pronoun(token, word)
        if is_description(token):
            return entity_for(token, self._earlier(token), self._named_before(token, 0))
        return None

    def _apposed(self, noun: Any, name: Any) -> Actor | None:
        """The entity of a name set beside a description, when they agree: a noun for a person
        and a name the document labels a person's, or another noun and a name of an
        organisation or a country."""
        actor = self.named(name)
        if actor is None:
            return None
        if lemma(noun).lower() in person_words():
            labels = self.labels.get(actor, set()) | {actor.label, name.label_}
            return actor if "PERSON" in labels else None
        return actor if actor.label in IT_LABELS and name.label_ in ("", *IT_LABELS) else None

    def _described_person(self, token: Any) -> Actor | None:
        """The person "the Spaniard" or "the 35-year-old" stands for: the one person its
        sentence names before it, else the last person named as a subject."""
        start = self.sentence_starts[bisect_right(self.sentence_starts, token.i) - 1]
        here = {a for ent, a in self._named_before(token, start) if ent.label_ in _PEOPLE}
        if here:
            return next(iter(here)) if len(here) == 1 else None
        return next((a for a in self._earlier(token) if a.label in _PEOPLE), None)

    def _window(self, token: Any) -> int:
        """The first token a pronoun or description before `token` may look back to."""
        here = bisect_right(self.sentence_starts, token.i) - 1
        return self.sentence_starts[max(0, here - SENTENCES_BACK)]

    def _earlier(self, token: Any) -> list[Actor]:
        """Salient entities before `token`, within `SENTENCES_BACK` sentences, latest first."""
        first = self._window(token)
        end = bisect_left(self.salient, token.i, key=lambda m: m[0])
        return [a for i, a in reversed(self.salient[:end]) if i >= first]

    def _for_pronoun(self, token: Any, word: str) -> Actor | None:
        if word in _NEUTER:
            # "it" only for an organisation or a country: "it" is too often a thing
            if token.dep_ not in ("nsubj", "nsubjpass", "poss") or extraposed(token):
                return None
        else:
            who = self._who_above(token)
            if who is not None:
                return who  # "Kiyingi, who denied any role in the killing of his wife"
        if word.endswith("self"):
            return None  # "found itself enmeshed": its own clause's subject, named or not
        here = in_sentence(token, lambda ent: self._fitting(word, ent, token.i), self.resolve)
        if here is not None:  # "AMV announced that it had scored"; two it could mean: none
            return None if isinstance(here, Ambiguous) else here
        if token.dep_ in OBJECT_DEPS:
            return self._for_object(token) if word in _OBJECTS else None
        earlier = self._earlier(token)
        if word in _NEUTER:  # the last subject, unless a thing no name says came after it
            before = bisect_left(self.salient, token.i, key=lambda mention: mention[0])
            last = self.salient[before - 1][0] if before else -1
            thing = bisect_left(self.things, token.i) - 1
            if (
                thing >= 0
                and self.things[thing] > last
                and self.things[thing] >= self._window(token)
            ):
                return None  # "the A350 design was sent back … It re-emerged"
            return earlier[0] if earlier and earlier[0].label in IT_LABELS else None
        taken = self._other_gender(word, token.i)
        if any(a.label in _PEOPLE for a in earlier) or word not in _MALE:
            return next((a for a in earlier if a.label in _PEOPLE and a not in taken), None)
        return self._lone_person(token, taken)

    def _lone_person(self, token: Any, taken: set[Actor]) -> Actor | None:
        """With no person a subject before "he", the one person named anywhere in its
        sentence before it or in the `LONE_PERSON_SENTENCES` before ("… the poisoning of
        Litvinenko, a former agent. He died …"); two people there: none. Not "she": the model
        gives no gender, and most people the news names are men. Not in a sentence with a
        quotation, whose speaker the text may never name."""
        here = bisect_right(self.sentence_starts, token.i) - 1
        if any(t.is_quote for t in token.doc[self.sentence_starts[here] : token.i + 1]):
            return None
        first = self.sentence_starts[max(0, here - LONE_PERSON_SENTENCES)]
        people = {
            a
            for _, a in self._named_before(token, first)
            if a.label in _PEOPLE and _PERSONS_NAME.fullmatch(a.text)
        }
        return next(iter(people)) if len(people) == 1 and not people & taken else None

    def _other_gender(self, word: str, before: int) -> set[Actor]:
        """The people a subject "she" stood for before token `before`, when `word` is "he"
        (and the other way round)."""
        if word in _NEUTER:
            return set()
        other = "she" if word in _MALE else "he"
        return {a for i, a in self.bound.get(other, ()) if i < before}

    def _for_object(self, token: Any) -> Actor | None:
        """An object pronoun ("contacts with him") of a sentence that names no one it can
        mean: the person the sentences before it are about, a subject there named more often
        than all the other people together; never one who does what its clause says ("He
        thanked him"), nor a person "he" or "she" stood for when the pronoun is the other."""
        doers = [token.doc[i] for i in doers_of(token)]
        if any(t.lower_ in _SPEAKERS for t in doers):
            return None  # "'I look forward to seeing him,' he said": a quote's own people
        barred = {self.resolve(t) for t in doers} | self._other_gender(token.lower_, token.i)
        people = Counter(
            actor
            for ent, actor in self._named_before(token)
            if ent.label_ == "PERSON" and actor not in barred
        )
        if not people:
            return None
        (top, count), *_ = people.most_common(1)
        subjects = {a for a in self._earlier(token) if a.label in _PEOPLE}
        return top if count > people.total() - count and top in subjects else None

    def _fitting(self, word: str, ent: Any, at: int) -> Actor | None:
        """The entity a name of the pronoun's sentence stands for, if the pronoun (token `at`)
        can mean it: "he" a person "she" did not stand for, "it" an organisation or a country,
        by any label the document gives the entity (the model labels one name a person here
        and an organisation there); for a name not labelled where it stands, "he" only what
        the document takes for a person."""
        actor = self.named(ent)
        if actor is None or actor in self._other_gender(word, at):
            return None
        if not ent.label_ and word not in _NEUTER and actor.label not in _PEOPLE:
            return None  # a name labelled nowhere here, "she": only the document's person
        labels = self.labels.get(actor, set()) | {ent.label_}
        wanted = IT_LABELS if word in _NEUTER else _PEOPLE
        return actor if labels & wanted else None

    def _who_above(self, token: Any) -> Actor | None:
        """The person a "who" clause that holds the pronoun is about, when that is a name."""
        for verb in token.ancestors:
            if verb.dep_ == "relcl" and any(c.lower_ == "who" for c in verb.children):
                noun = verb.head
                if entity_at(noun) is None and noun.dep_ == "appos":
                    noun = noun.head  # "Kiyingi, 51, a Sydney cardiologist, who …"
                ent = entity_at(noun)
                if ent is not None and ent.label_ in _PEOPLE:
                    return self.named(ent)
                return None
        return None

    def _named_before(self, token: Any, first: int | None = None) -> list[tuple[Any, Actor]]:
        """The entities named before `token`, from token `first` (by default, from
        `SENTENCES_BACK` sentences before)."""
        start = self._window(token) if first is None else first
        if self.mentions is None:  # every named mention with its entity, read once
            self.mentions = [
                (ent, actor)
                for ent in entities(token.doc)
                if (actor := self.named(ent)) is not None
            ]
            self.mention_starts = [ent.start for ent, _ in self.mentions]
        low = bisect_left(self.mention_starts, start)
        high = bisect_left(self.mention_starts, token.i)
        return [(ent, actor) for ent, actor in self.mentions[low:high] if ent.end <= token.i]

    def pair(self, token: Any) -> tuple[Actor, Actor] | None:
        """The two entities "the two countries" (headed by `token`) stand for, if named."""
        return pair_for(token, self._named_before(token), lambda a: self.labels.get(a, set()))


def resolve_document(doc: Any) -> DocumentEntities:
    """The document's entities, resolved once and kept with the Doc."""
    found: DocumentEntities | None = doc.user_data.get(_DOC_KEY)
    if found is None:
        found = _resolve(doc)
        doc.user_data[_DOC_KEY] = found
    return found


def _resolve(doc: Any) -> DocumentEntities:
    names: dict[str, tuple[str, str]] = {}  # lower case -> (name, label), first seen
    definite = set()
    labelled: dict[str, set[str]] = defaultdict(set)
    for ent in entities(doc):
        name = name_of(without_lead_words(ent).text)
        if ent.label_ in _NAMED_LABELS and len(name) >= 2 and not is_verbal(ent):
            label = "PERSON" if described_as_a_person(ent) else ent.label_
            if names.get(name.lower(), ("", "LOC"))[1] == "LOC":  # a place's other label first
                names[name.lower()] = (name, label)
            labelled[name.lower()].add(label)  # one name labelled differently twice
            if _with_the(ent):
                definite.add(name.lower())
    canonical = {key: Actor(*value) for key, value in names.items()}
    candidates = name_index(names)
    for key, (name, label) in names.items():
        longer = {
            Actor(*names[k])
            for k in candidates(name)
            if k != key
            and (
                short_form_of(name, names[k][0], label, names[k][1])
                or surname_of(name, names[k][0], label, names[k][1])
            )
        }
        longest = {
            a
            for a in longer
            if not any(short_form_of(a.text, b.text, a.label, b.label) for b in longer)
        }
        if len(longest) == 1:
            canonical[key] = next(iter(longest))
    _same_words(names, canonical)
    labels: dict[Actor, set[str]] = defaultdict(set)
    for key, seen in labelled.items():  # the labels of all the names of one entity
        labels[canonical[key]] |= seen
    sentences = all_sentences(doc)
    found = DocumentEntities(canonical, [s.start for s in sentences], definite, labels=labels)
    for root in _roots(doc):
        for subject in _main_subjects(root):
            actor = found.resolve(subject)
            if actor is None and _sole_subject(subject) and (person := appositive_person(subject)):
                actor = found.named(person)  # "The UN envoy, Martti Ahtisaari, began"
            if actor is None:
                if subject.tag_ == "NN":  # "the A350 design was sent back": a thing
                    found.things.append(subject.i)
                continue
            if subject.head.dep_ == "ccomp" and actor.label not in _PEOPLE:
                continue  # a told clause's subject is salient for "he" or "she" only
            if subject.lower_ in _MALE | _FEMALE:  # "he" stood for him: "she" never does
                key = "he" if subject.lower_ in _MALE else "she"
                found.bound.setdefault(key, []).append((subject.i, actor))
            found.salient.append((subject.i, actor))
    return found


def _with_the(ent: Any) -> bool:
    """Whether a name is written with "the" of its own ("the Fed"), not one of the noun it
    modifies ("the Sevilla coach")."""
    if ent[0].lower_ == "the":
        return True
    the = ent.doc[ent.start - 1] if ent.start else None
    if the is None or the.lower_ != "the":
        return False
    return bool(ent.start <= the.head.i < ent.end or the.head.pos_ != "NOUN")


def _roots(doc: Any) -> list[Any]:
    """The roots of the document's sentences, in order, from one array of heads (`Span.root`
    walks each sentence's tokens in Python)."""
    heads = doc.to_array([HEAD])  # offsets to the head: 0 for a root
    return [doc[i] for i, offset in enumerate(heads.tolist()) if offset == 0]


def _main_subjects(root: Any) -> list[Any]:
    """The subjects of a sentence's main verb and of the verbs joined to it, in text order, and
    of a clause told before its teller ("Voninahitsy was arrested…, police said"), not quoted."""
    verbs = [root, *(c for c in root.children if c.dep_ == "conj")]
    verbs += [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i and _unquoted(c)]
    return sorted(
        (c for v in verbs for c in v.children if c.dep_ in SUBJECT_DEPS and c.dep_ != "expl"),
        key=lambda t: t.i,
    )


def _sole_subject(subject: Any) -> bool:
    """The one subject of its verb ("With her ex-husband, Alan, she made": the parse gave
    "made" two, and the description is none of them)."""
    return sum(c.dep_ in SUBJECT_DEPS for c in subject.head.children) == 1


def _unquoted(clause: Any) -> bool:
    start = sentence_containing(clause.doc, clause.i).start  # (Span.sent is slow)
    return not any(t.is_quote for t in clause.doc[start : clause.head.i])


def clause_actors(
    found: DocumentEntities, named: tuple[Actor, ...], clause: Any
) -> tuple[Actor, ...]:
    """The actors of an event: the sentence's named ones by their canonical names, then the
    entities that the pronouns and descriptions of its clause (`clause`, its head) stand for
    (both of "the two countries")."""
    doc = clause.doc
    words = doc[clause.left_edge.i : clause.right_edge.i + 1]
    described = [t for t in words if describes_a_person(t)]  # "the Spaniard": not an actor
    people, said = {t.i for t in described}, {t.text for t in described}
    actors = [found.canonical_of(a) for a in named if a.text not in said]
    for token in words:
        if token.lower_ in PLURAL_PRONOUNS and (group := found.group(token)) is not None:
            actors += group.actors  # "they": China and Japan
        elif token.i in people or (token.pos_ in ("PRON", "NOUN") and token.ent_iob_ == "O"):
            actor = found.resolve(token)
            if actor is not None:
                actors.append(actor)
            elif token.tag_ == "NNS" and (pair := found.pair(token)) is not None:
                actors += pair  # "the two countries": China and Japan
    return tuple(dict.fromkeys(actors))


def _same_words(names: dict[str, tuple[str, str]], canonical: dict[str, Actor]) -> None:
    """Names of the same words written otherwise ("Rolls-Royce", "Rolls Royce", the model
    labelling one a person) are one entity: the first written, an organisation's label first."""
    by_words: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key, (name, _) in names.items():
        by_words[tuple(words_of(name.replace("-", " ")))].append(key)
    for keys in by_words.values():
        if len(keys) < 2:
            continue
        first = next((k for k in keys if names[k][1] == "ORG"), keys[0])
        for key in keys:
            if canonical[key] == Actor(*names[key]):  # (not already another name's short form)
                canonical[key] = canonical[first]
