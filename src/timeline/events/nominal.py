"""Nominal events: an event noun ("conviction", "purchase", "bombing") is the event when a date
modifies it ("his 2020 conviction", "the bombing … in 1988") or when a light or aspectual
verb of a dated clause takes it as object ("agreed to the purchase", "completed the merger").
The nouns and verbs are data (`data/event_nouns.toml`, `data/nouns_light_verbs.toml`)."""

from __future__ import annotations

from typing import Any

from timeline.edtf import NormalizedDate
from timeline.events.clauses import join_tokens, phrase
from timeline.events.nominal_headline import noun_clause
from timeline.events.nominal_occurrence import Tense, occurrence, tense_of
from timeline.events.phrases import noun_phrase
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma
from timeline.nlp.reads import kept_per_word

# How a date that describes a noun hangs on it: "2020 conviction", "Tuesday's vote",
# "the March 3 meeting", "the 15th-century navigator".
MODIFIER_DEPS = ("compound", "amod", "nummod", "nmod", "poss")
NOUN_TAGS = ("NOUN",)
# How a stative clause reaches the event it is about: its prepositions ("suspected of
# involvement in the bombing"); a copula its subject and attribute only ("the launch was on
# Jan. 9", "there was an explosion", but not "the baht was at 35.67 in Wednesday trade").
_STATE_PATHS = ("prep", "dobj")  # "shrouds [the stranglings] of X in 1992"
_COPULA_PATHS = ("nsubj", "nsubjpass", "attr")
# The prepositions by which a light verb takes its event: "agreed to the purchase", "agreed
# on a merger"; not "carried out raids after the bombings".
_LIGHT_PREPOSITIONS = frozenset({"to", "on"})
_ARTICLES = frozenset({"the", "a", "an", "another", "this", "that", "these", "those"})
MAX_NOUN_TITLE_WORDS = 12
# Words that say nothing of an event beside its noun: "his speech", "the talks".
_FUNCTION_WORDS = ("DET", "PRON", "PART", "PUNCT", "ADP", "CCONJ", "SPACE")


class NounPhrase(str):
    """A nominal event's headline that is its noun phrase, not a clause ("Suez crisis",
    "Presidential elections in Iran", "Pinochet's constitution", "Toyota's IRL debut"): a
    reader's timeline leaves such rows out (readers and judges read them as fragments, whose
    act it is said or not); an entity timeline keeps them."""

    __slots__ = ()


def is_event_noun(token: Any) -> bool:
    nouns = word_list("event_nouns", "nouns")
    return bool(token.pos_ in NOUN_TAGS and lemma(token).lower() in nouns)


def is_a_measure(noun: Any) -> bool:
    """An event noun that names a measure, not an act ("the job approval [rating] of Reagan in
    November 1985 was 65 percent", "economic [growth] in 2004"): its date dates no event."""
    return lemma(noun).lower() in word_list("statistics", "measures_only")


@kept_per_word
def span_root(span: Any) -> Any:
    """The word of a time expression that hangs on the rest of the sentence: in "the
    15th-century" it is "century", not the article (`Span.root` takes the first of equals)."""
    outside = [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]
    words = [t for t in outside if t.pos_ not in ("DET", "ADP", "PUNCT", "SPACE")]
    return words[0] if words else span.root


@kept_per_word
def time_root(span: Any) -> Any:
    """`span_root`, or the time noun it modifies: in "the 2022-23 school year" the date hangs
    on the sentence through "year"."""
    root = span_root(span)
    for _ in range(3):
        head = root.head
        if root.dep_ not in MODIFIER_DEPS or head.i == root.i or not _is_time_noun(head):
            break
        root = head
    return root


def _is_time_noun(token: Any) -> bool:
    if token.ent_type_ in ("DATE", "TIME"):
        return True
    return token.pos_ == "NOUN" and lemma(token).lower() in word_list("time_nouns", "nouns")


def modified_noun(span: Any) -> Any | None:
    """The noun a time expression describes, an event noun or not: "his 2020 conviction",
    "a 1960s house"; None when the date is not a modifier of a noun."""
    root = time_root(span)
    if root.dep_ in MODIFIER_DEPS and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head
    return None


def dated_noun(span: Any) -> Any | None:
    """The event noun a time expression modifies: "the 2012 ordinance", "Tuesday's vote", or
    splits from its "of" phrase ("the outbreak last month of foot-and-mouth disease", which
    the parse may read as the verb's date)."""
    noun = modified_noun(span)
    if noun is None:
        noun = _split_noun(span)
    return noun if noun is not None and is_event_noun(noun) else None


def _split_noun(span: Any) -> Any | None:
    """The noun right before a time expression that has the noun's "of" phrase after it."""
    root = time_root(span)
    if not any(c.dep_ == "prep" and c.lower_ == "of" and c.i >= span.end for c in root.children):
        return None
    noun = noun_before_a_date(span.doc, span.start, root)
    return None if noun is None or noun.right_edge.i >= span.start else noun  # (or the parse's)


def noun_before_a_date(doc: Any, start: int, date: Any) -> Any | None:
    """The noun right before a time expression that opens at token `start`, across its
    preposition ("the anniversary [on] Friday of …"); None when the date (its root token
    `date`) has a determiner: then an "of" after it is the day's own ("on offer on the opening
    day of competition")."""
    before = start - 1
    if before >= 0 and doc[before].pos_ == "ADP":
        before -= 1
    noun = doc[before] if before >= 0 else None
    if noun is None or noun.pos_ != "NOUN" or any(c.dep_ == "det" for c in date.children):
        return None
    return noun


def prepositional_noun(span: Any) -> Any | None:
    """The event noun the time expression's preposition attaches to in the parse ("the
    bombing in 1988", "the election of 2008"), or that it is set right after ("Abubakar's
    defection early last week")."""
    root = time_root(span)
    preposition = root.head
    if root.dep_ == "pobj" and preposition.dep_ == "prep" and is_event_noun(preposition.head):
        return preposition.head
    if root.dep_ == "npadvmod" and root.head.pos_ == "NOUN" and is_event_noun(root.head):
        return root.head  # "Abubakar's defection early last week"
    return None


def light_object(predicate: Any) -> Any | None:
    """The event noun a light or aspectual verb takes: its object ("announced the launch",
    "held an election") or the object of its first preposition ("agreed to the purchase")."""
    if lemma(predicate).lower() not in word_list("nouns_light_verbs", "verbs"):
        return None
    for child in predicate.children:
        if child.dep_ == "dobj":
            return child if is_event_noun(child) and not _ranked(child) else None
    for child in predicate.children:
        if child.dep_ == "prep" and child.lower_ in _LIGHT_PREPOSITIONS:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and is_event_noun(obj):
                return obj
    return None


def _ranked(noun: Any) -> bool:
    """A noun a superlative ranks ("has the largest leasing industry"): a description."""
    return any(c.tag_ in ("JJS", "RBS") for c in noun.children)


def nearest_event_noun(predicate: Any, before: int) -> Any | None:
    """The event noun of a stative clause nearest before token `before`, reached through its
    subject, attribute or prepositions: "were suspected of involvement in the bombing of a
    Pan Am plane … in 1988", "the launch was on Jan. 9", "there was an explosion"; not one a
    superlative ranks ("has the largest leasing industry": a description)."""
    found = None
    paths = _COPULA_PATHS if lemma(predicate).lower() == "be" else _STATE_PATHS
    stack = [c for c in predicate.children if c.dep_ in paths]
    while stack:
        token = stack.pop()
        if token.i < before and is_event_noun(token) and not _ranked(token):
            found = token if found is None or token.i > found.i else found
        if token.dep_ in ("prep", "pobj"):
            stack.extend(c for c in token.children if c.dep_ in ("prep", "pobj"))
    return found


def noun_title(
    noun: Any, skip: set[int], actor: Any | None = None, tense: Tense = Tense.PAST
) -> str | None:
    """A headline from the noun's phrase and its arguments: a clause when the phrase says who
    did it or to what ("Weinstein was convicted", `nominal_headline`), else the phrase itself
    ("Aeroflot purchase of 22 Boeing 787s", "Referendum on his continued rule"); None when
    the phrase says no more than the noun ("his speech", "Tuesday's talks"): the clause then
    tells the event. `tense`: when the event is dated relative to the article (`tense_of`:
    "January's election" -> "The election will be held"; "this week's election" stays a
    phrase)."""
    doc = noun.doc
    # the phrase around the date as if it were not there, then without it: "Weinstein's 2020
    # conviction" is "Weinstein's conviction", "Tuesday's talks" "talks"
    kept = sorted(phrase(noun, set(), MAX_NOUN_TITLE_WORDS + len(skip)))
    dropped = set(skip)
    for _ in range(3):  # the date's preposition, its "'s", what hangs on them
        dropped |= {i for i in kept if doc[i].head.i in dropped and doc[i].head.i != i}
        dropped |= {doc[i].head.i for i in skip if doc[i].dep_ == "pobj"}
    tokens = [doc[i] for i in kept if i not in dropped]
    if len(tokens) > MAX_NOUN_TITLE_WORDS:  # cut by whole phrases, never inside a name
        shorter = noun_phrase(noun, set(skip), MAX_NOUN_TITLE_WORDS)
        tokens = [t for t in tokens if t.i in shorter][:MAX_NOUN_TITLE_WORDS]
    while tokens and (tokens[0].lower_ in _ARTICLES or tokens[0].is_punct):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("ADP", "CCONJ", "DET")):
        tokens.pop()
    if not any(t.i != noun.i and t.pos_ not in _FUNCTION_WORDS for t in tokens):
        return None
    if actor is None and tense is not Tense.OPEN:
        clause = noun_clause(noun, skip, tense is Tense.AHEAD)
        if clause is not None:  # "Weinstein's conviction" -> "Weinstein was convicted"
            return clause
    told = occurrence(noun, tokens, tense) if actor is None else None
    if told is not None:  # "the 2002 presidential elections" -> "… were held"
        return told
    if actor is not None and not any(t.dep_ == "poss" for t in tokens):
        if actor.pos_ == "PRON":
            return None  # "He ended speculation…": the clause says who
        tokens = [*(doc[i] for i in sorted(phrase(actor, skip, 5))), *tokens]
    text = join_tokens(tokens)
    text = text[:1].upper() + text[1:]
    return NounPhrase(text)


def title_as_told(
    noun: Any,
    skip: set[int],
    title: str,
    date: NormalizedDate,
    published: NormalizedDate | None,
    said: str,
) -> str:
    """A nominal event's headline in the tense its date and clause support ("… will be held";
    "Sunday's election" under a verb in the present is neither held nor ahead: a phrase)."""
    tense = tense_of(date, published, said, noun)
    if tense is Tense.PAST:
        return title
    return noun_title(noun, skip, tense=tense) or title
