"""Dates the parse hangs on a clause's verb or on a noun beside it that belong to a word the
clause only has beside it: a noun the clause is placed after or only talks about ("after their
defeat last week"), an event noun a clause is placed before with the date after its phrase
("adjourned ahead of general elections on December 15"), the event a verb of preparing or
awaiting is for ("prepares for elections at the end of the year"), and a clause whose verb is
left out after an ordinal ("the first meeting was held in Thailand, the second in Malaysia in
2005"). Word classes are data: `data/elsewhere.toml`, `data/goals.toml`."""

from __future__ import annotations

from typing import Any

from timeline.edtf import Granularity, NormalizedDate
from timeline.events.elsewhere import only_mentioned, placed_relative, told_as_done
from timeline.events.nominal import is_event_noun, span_root
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma

# How far up the parse, from a date, a left-out clause's ordinal is looked for: "the second
# [in] Malaysia [in] 2005" (date, its preposition, the ordinal).
_GAP_DEPTH = 3
# How an ordinal that stands for the noun of a clause before it hangs on that clause.
_GAP_DEPS = ("npadvmod", "appos", "conj", "dobj")
# Ordinals by their words; the model also marks them ("ORDINAL").
_ORDINALS = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latter"}
)
# How far up a preposition's object an event noun the clause is placed before is looked for
# ("ahead of [a speech] by President Abbas on Saturday").
_PHRASE_DEPTH = 4


def on_a_noun_elsewhere(root: Any, value: NormalizedDate | None) -> bool:
    """A bare date, or one after a preposition ("following medals [in 1949], 1952 and 1986";
    not of an event noun), hung on a noun the clause is placed after or only talks about."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    owner = root.head
    if root.dep_ == "pobj" and owner.dep_ == "prep":
        owner = owner.head
        if is_event_noun(owner) or not _coarser_than_a_day(value):
            return False  # "since the massacre in 1989": the massacre's (a nominal event); a
            # day after a noun is often the clause's ("firmed except against the franc on Friday")
    elif root.dep_ != "npadvmod":
        return False
    if owner.pos_ not in ("NOUN", "PROPN"):
        return False
    if root.dep_ == "npadvmod" and _verb_dated_apart(owner, root):
        return True  # "got off to a strong start Wednesday, following a surge on Wall Street
        # [the previous day]": the surge's day; the clause has its own
    return placed_relative(owner, value) or only_mentioned(owner)


def _verb_dated_apart(noun: Any, root: Any) -> bool:
    """Whether the noun, after a preposition that places the clause after it, belongs to a
    verb that another time expression dates directly ("[Wednesday]")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in word_list("elsewhere", "placing_after"):
        return False
    verb = noun.head.head
    spans = verb.doc.spans.get("timex", ())
    own = [c for c in verb.children if c.dep_ == "npadvmod" and c.i != root.i]
    own += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(span.start <= c.i < span.end for c in own for span in spans)


def after_a_placed_event(span: Any, value: NormalizedDate | None) -> bool:
    """A date with its own preposition right after the phrase of an event noun the clause is
    placed before or after, that the parse hangs on a verb not told as done ("is likely to be
    adjourned ahead of general elections on December 15", "comes ahead of a summit between
    the two leaders on Friday"): it continues the noun's phrase (as a bare date does:
    `elsewhere.continues_a_phrase`). Which dates the noun keeps is `placed_relative`'s."""
    root = span_root(span)
    preposition = root.head
    if root.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.i != span.start - 1:
        return False
    verb = preposition.head
    if verb.pos_ not in ("VERB", "AUX") or span.start < 2 or told_as_done(verb):
        return False  # a done act's own day is often written there ("Security was tightened
        # ahead of the vote on Tuesday"); one after the article is `elsewhere.done_after`'s
    end = span.start - 2  # the last word of the noun's phrase
    if _an_infinitive(verb) and verb.left_edge.i > 0 and verb.i < preposition.i:
        end = verb.left_edge.i - 1  # "ahead of the elections [to be held] in April"
    token = span.doc[end]
    for _ in range(_PHRASE_DEPTH):
        if token.head.i == token.i or token.pos_ in ("VERB", "AUX"):
            return False
        if is_event_noun(token) and (
            placed_relative(token, value) or _after_a_participle_placing(token, value)
        ):
            return bool(token.right_edge.i == end)
        token = token.head
    return False


def _an_infinitive(verb: Any) -> bool:
    """A "to"-infinitive the parse hangs on the clause's verb, not on the noun it describes."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children
    )


def _after_a_participle_placing(noun: Any, value: NormalizedDate | None) -> bool:
    """The noun is the object of "following" read as a participle ("marks a new beginning
    following the invasion [in March 2003]"), as `placed_relative` reads it after the
    preposition: a date coarser than a day is the noun's."""
    head = noun.head
    return bool(
        noun.dep_ == "dobj"
        and head.lower_ in word_list("elsewhere", "placing_after")
        and _coarser_than_a_day(value)
    )


def prepared_for(span: Any, value: NormalizedDate | None) -> bool:
    """A date right after, or within, the event a verb of preparing or awaiting is for
    ("Serbia prepares for elections at the end of the year", "must prepare general elections
    due next July"): the event's date. Over a month or longer, or with the preparing not told
    as done, the preparing is no event then ("police prepared for a search Saturday" stays)."""
    verb = span_root(span)
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if lemma(verb).lower() not in word_list("goals", "preparing"):
        return False
    if not _coarser_than_a_day(value) and told_as_done(verb):
        return False
    for child in verb.children:
        event = child
        if child.dep_ == "prep" and child.lower_ == "for":
            event = next((g for g in child.children if g.dep_ == "pobj"), child)
        elif child.dep_ != "dobj":
            continue
        if not is_event_noun(event) or event.i >= span.start:
            continue
        if span.start <= event.right_edge.i or _right_after(event, span):
            return True
    return False


def _right_after(noun: Any, span: Any) -> bool:
    """The time expression, with its preposition, comes right after the noun's phrase."""
    gap = span.start - noun.right_edge.i - 1
    return bool(gap == 0 or (gap == 1 and span.doc[span.start - 1].pos_ == "ADP"))


def in_a_left_out_clause(root: Any) -> bool:
    """The date is of a clause whose verb is left out, an ordinal standing for the noun of the
    clause before ("the first meeting was held in Thailand, the second in Malaysia in 2005",
    "the first round ended in May, the second in June"): not the first clause's date."""
    token = root
    for _ in range(_GAP_DEPTH):
        head = token.head
        if head.i == token.i or head.pos_ in ("VERB", "AUX"):
            return False
        if head.dep_ in _GAP_DEPS and _an_ordinal(head):
            before = head.doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
            return before is not None and (before.lower_ in (",", ";", "and", "while"))
        token = head
    return False


def _an_ordinal(token: Any) -> bool:
    ordinal = token.ent_type_ == "ORDINAL" and token.lower_ != "first"
    return bool(ordinal or token.lower_ in _ORDINALS)


def _coarser_than_a_day(value: NormalizedDate | None) -> bool:
    return value is not None and value.granularity is not Granularity.DAY
