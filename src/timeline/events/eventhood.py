"""What is not an event although a date is near: states and descriptions ("is the largest",
"has 500 stores"), habits ("usually closes in August", "every year since 1989"), background
about a thing that is not the clause's subject ("a church built in 1820"), and a line that
is only a date (a dateline). Word classes are data (`data/states.toml`); the decisions are
read from the parse."""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import SUBJECT_DEPS
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma

# A copula that announces what is ahead is no state: "is due to report", "is set to open".
_AHEAD = frozenset({"due", "set", "about", "poised", "likely"})
_DESCRIBING = ("acl", "relcl", "appos")


def is_state(predicate: Any) -> bool:
    """A clause with a stative verb ("is", "has", "remains", "employs") tells a state."""
    if predicate.pos_ not in ("VERB", "AUX"):
        return False
    if lemma(predicate).lower() not in word_list("states", "stative"):
        return False
    if predicate.dep_ in ("aux", "auxpass"):
        return False
    # "is due to report", "was to become": what is ahead, not a state ("was strong due to
    # expectations" is one)
    return not any(
        c.dep_ in ("xcomp", "ccomp")
        or (c.lower_ in _AHEAD and any(g.dep_ in ("xcomp", "aux") for g in c.children))
        for c in predicate.children
    )


def is_habitual(predicate: Any) -> bool:
    """A habit ("usually", "typically", "every year"): what happens, not what happened."""
    habitual = word_list("states", "habitual")
    recurring = word_list("states", "recurring")
    return any(
        (c.dep_ == "advmod" and c.lower_ in habitual)
        or (c.dep_ == "npadvmod" and any(g.lower_ in recurring for g in c.children))
        for c in predicate.children
    )


def is_background(predicate: Any) -> bool:
    """A background verb ("named", "founded", "built") in a relative clause or apposition about
    a thing that is not the subject of the clause it hangs on."""
    if lemma(predicate).lower() not in word_list("states", "background"):
        return False
    if predicate.dep_ not in _DESCRIBING:
        return False
    thing = predicate.head
    return thing.pos_ in ("NOUN", "PROPN") and thing.dep_ not in (*SUBJECT_DEPS, "ROOT")


def only_a_date(sentence: Any, skip: set[int]) -> bool:
    """A sentence whose every word is a time expression ("April 5, 2006" on its own line)."""
    return all(t.i in skip or t.is_punct or t.is_space for t in sentence)
