"""A market's day: the level or move of what a market prices ("Australian share prices closed
down 0.43 percent Thursday", "the dollar slipped to 117.96 yen", "Tokyo's Nikkei gained 1.40
percent"). A measurement, not an act: no row of a reader's timeline (an entity timeline keeps
it). Word classes are data: `data/statistics.toml` (`market_instruments`, `market_verbs`,
`change`)."""

from __future__ import annotations

from functools import cache
from itertools import pairwise
from typing import Any

from timeline.events.clauses import subject_of
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma

_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "poss"})  # "[share] prices", "[oil] futures"
_ACTORS = frozenset({"PERSON", "NORP", "GPE"})  # (a company is ORG: "Velta shares" are priced)


def is_market_move(verb: Any) -> bool:
    """The clause of `verb` tells a market's level or move (see the module's docstring)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if lemma(verb).lower() not in _moves():
        return False
    subject = subject_of(verb)
    if subject is None and verb.dep_ in ("advcl", "xcomp"):
        return is_market_move(verb.head)  # "the index lost 2.41 points to [close] at 694.44"
    if subject is None and verb.dep_ == "conj":
        subject = subject_of(verb.head)  # "… opened higher and [closed] up 0.5 percent"
    if subject is not None and subject.dep_ == "nsubjpass" and _a_volume(verb, subject):
        return True  # "some 300 million shares were traded on Friday": the day's volume
    if subject is None or subject.dep_ == "nsubjpass" or subject.ent_type_ in _ACTORS:
        return False  # "Qantas shed 200 jobs": an actor's act
    return _prices(subject) or _a_share_price(verb)


def _a_volume(verb: Any, subject: Any) -> bool:
    """A count of what a market prices that changed hands ("a total of 1.53 billion shares
    were traded"), not one thing traded ("Velta shares were traded for the first time")."""
    if lemma(verb).lower() != "trade":
        return False
    counted = _counted(subject)
    return _prices(counted) and any(c.dep_ == "nummod" for c in counted.children)


def _a_share_price(verb: Any) -> bool:
    """A clause that tells a price per share or at a market's close ("It rose 4.3 percent to
    2.45 Hong Kong dollars per share at Wednesday's closing"), whatever its subject."""
    words = list(verb.subtree)
    per_share = any(a.lower_ == "per" and b.lower_ in ("share", "unit") for a, b in pairwise(words))
    return per_share or any(t.lower_ == "closing" and t.pos_ == "NOUN" for t in words)


def _prices(noun: Any) -> bool:
    """A noun phrase of what a market prices: its head or a word of its phrase ("Thai [share]
    prices", "the Korea Stock Exchange's composite [index]"), or what a total counts ("a total
    of 606,760 [shares] changed hands")."""
    instruments = word_list("statistics", "market_instruments")
    noun = _counted(noun)
    words = [noun, *(c for c in noun.children if c.dep_ in _PHRASE_DEPS)]
    return any(w.lower_ in instruments or lemma(w).lower() in instruments for w in words)


def _counted(noun: Any) -> Any:
    """What a total counts ("a total of [shares]"), or the noun itself."""
    if lemma(noun).lower() not in word_list("statistics", "aggregates"):
        return noun
    counted = [g for c in noun.children if c.lower_ == "of" for g in c.children]
    return next((g for g in counted if g.dep_ == "pobj"), noun)


@cache
def _moves() -> frozenset[str]:
    """The verbs of a market's day: its own and those of change."""
    return word_list("statistics", "market_verbs") | word_list("statistics", "change")
