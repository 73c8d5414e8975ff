"""Clauses that tell no event of their own although a date is near: a condition someone or
something is in at that date ("a girl was recovering in hospital Monday", "another manager
feeling the heat", "the market is focused on the next meeting"), and what is only expected
not to happen or only warned against ("I do not expect any fall in prices next week",
"warned against attacks to coincide with this week's holidays"). Word classes are data
(`data/states.toml`: `conditions`, `condition_participles`; `data/outlooks.toml`:
`expecting_verbs`); the decisions are read from the parse."""

from __future__ import annotations

from typing import Any

from timeline.events.elsewhere import only_mentioned
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma

# Heads climbed from a clause's verb to the verb whose object it is ("fall" in "expect any
# jump or fall": fall, jump, expect).
_OBJECT_DEPTH = 4
_NEGATIONS = frozenset({"not", "n't", "never"})


def is_condition(predicate: Any) -> bool:
    """A verb of a condition told as going on ("was recovering", "is another manager feeling
    the heat"), or a participle of a condition told with "be" ("is focused on", "are
    worried about"): a state at the date, not an act (told in a simple tense, "recovered
    the body", "focused on exports", the verb may tell an act)."""
    if predicate.pos_ not in ("VERB", "AUX"):
        return False
    word = lemma(predicate).lower()
    helpers = [c for c in predicate.children if c.dep_ in ("aux", "auxpass")]
    if predicate.tag_ == "VBG" and word in word_list("states", "conditions"):
        # "was recovering", "manager feeling the heat" (a participle describing a noun)
        return predicate.dep_ == "acl" or any(lemma(h).lower() == "be" for h in helpers)
    if predicate.tag_ == "VBN" and predicate.lower_ in word_list("states", "condition_participles"):
        return any(h.dep_ == "auxpass" and lemma(h).lower() == "be" for h in helpers) and not any(
            c.dep_ == "agent" for c in predicate.children
        )  # "is focused on", not "was focused by the board on"
    return False


def not_asserted(predicate: Any) -> bool:
    """The clause's verb tells what is only expected not to happen ("I do not expect any big
    jump or fall in prices next week": the fall, object of a negated verb of expecting) or
    what describes a thing only talked about ("warned against attacks to coincide with this
    week's holidays": the attacks are feared, not told), what a "whether" asks ("asked
    whether the message could arrive Sunday"), or what an "if" supposes ("if the government
    fell on Dec. 8")."""
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in predicate.children):
        return True  # "Asked whether the message could arrive Sunday": an open question
    if _supposed(predicate):
        return True  # "If the government fell on Dec. 8, a vote would…": a supposition
    head = predicate.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in predicate.children)
    described = predicate.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN")
    if described and infinitive and only_mentioned(head):
        # "attacks … to coincide with this week's holidays" ("despite the rate increase
        # announced on Thursday" tells the announcing)
        return True
    current = predicate
    for _ in range(_OBJECT_DEPTH):
        if current.dep_ not in ("conj", "dobj") or current.head.i == current.i:
            return False
        current = current.head
        if current.dep_ != "conj" and current.pos_ in ("VERB", "AUX"):
            return _negated_expecting(current)
    return False


def _supposed(predicate: Any) -> bool:
    """What an "if" or "unless" supposes: its clause's verb, or a verb that clause takes or
    joins ("if they beat Deportivo, [struggling] at home on Wednesday", as the parse may read
    it; "if they win and [advance] on Friday")."""
    current = predicate
    for _ in range(_OBJECT_DEPTH):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in current.children):
            return True
        if current.dep_ not in ("xcomp", "conj") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _negated_expecting(verb: Any) -> bool:
    """A verb of expecting with a negation: "do not expect", "never anticipated"."""
    if lemma(verb).lower() not in word_list("outlooks", "expecting_verbs"):
        return False
    return any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in verb.children)
