"""What a verb's object says: the clause or participle that completes it, which the parse hung
on the verb ("left little doubt this week [that it wants…]", "passed an ordinance on Tuesday
[banning plastic bags]"); without it the object says nothing."""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import is_time_phrase
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma


def dates_only(tokens: Any, skip: set[int]) -> bool:
    """Whether `tokens` are only time expressions (`skip`) and their prepositions."""
    return all(t.i in skip or (t.dep_ == "prep" and is_time_phrase(t, skip)) for t in tokens)


def content_after_a_date(verb: Any, keep: set[int], skip: set[int]) -> list[Any]:
    """A participle without a subject right after the object kept and the act's date, which
    the parse hung on the verb: what the object is ("signed a law on July 21 [canceling the
    Nov. 7 holiday]", "passed an ordinance on Tuesday [banning plastic bags]"; not one set
    off by a comma, which tells what the subject did: "arrested him Monday, saying…")."""
    nouns = word_list("headline_nouns", "text_nouns")
    objects = [
        c for c in verb.children if c.dep_ == "dobj" and c.i in keep and lemma(c).lower() in nouns
    ]
    if not objects:
        return []
    doc, end = verb.doc, objects[0].right_edge.i + 1
    found = []
    for c in verb.children:
        if c.dep_ != "advcl" or c.tag_ != "VBG" or c.left_edge.i != c.i or c.i <= end:
            continue
        between = doc[end : c.i]
        if any(t.i in skip for t in between) and dates_only(between, skip):
            found.append(c)
    return found


def that_clause_of_the_object(verb: Any, keep: set[int], skip: set[int]) -> list[Any]:
    """A "that" clause the parse hung on the verb right after its object (kept) and, at most,
    the act's date: what the object says ("left little doubt this week [that it wants to
    thwart…]", "gave assurances [that the plant would stay open]")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i in keep]
    if not objects:
        return []
    doc, end = verb.doc, objects[0].right_edge.i + 1
    said = lemma(objects[0]).lower() in word_list("headline_nouns", "content_nouns")
    return [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and c.i > end
        and c.left_edge.lower_ == "that"
        and c.left_edge.i >= end
        and (
            dates_only(doc[end : c.left_edge.i], skip)
            or (said and _kept_phrases(doc[end : c.left_edge.i], verb, keep, skip))
        )
    ]


def _kept_phrases(tokens: Any, verb: Any, keep: set[int], skip: set[int]) -> bool:
    """Whether `tokens` are the verb's own prepositional phrases, kept, and dates: "won
    assurances [from his counterpart] that …" (a noun of what was said, whose clause follows)."""
    phrases = [t for t in tokens if t.dep_ == "prep" and t.head.i == verb.i and t.i in keep]
    inside = {t.i for p in phrases for t in p.subtree}
    return bool(phrases) and all(t.i in inside | skip for t in tokens)
