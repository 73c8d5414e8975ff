"""Dates the parse hangs inside the clause that belong to another word than its verb: the date
of an act someone is tried or jailed for ("was tried for the massacre of 335 civilians in
1944"), of a thing planned that an adjective describes ("ahead of data [due] Thursday"), and
the period of a change told in a clause without a subject of its own that goes on a statistic
("exports rose 9.9 percent, after [growing] 14.8 percent in the previous month") or that a
place or a time "saw" ("mild weather saw prices fall in October"). Word classes are data:
`data/goals.toml`, `data/elsewhere.toml`, `data/statistics.toml`."""

from __future__ import annotations

from typing import Any

from timeline.edtf import Granularity, NormalizedDate
from timeline.events.clauses import clause_head, subject_of
from timeline.events.eventhood import is_statistic
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma
from timeline.temporal.tense import PLAN_VERBS

_VERBS = ("VERB", "AUX")
_NOUNS = ("NOUN", "PROPN")


_RANGE_WORDS = frozenset({"from", "to"})  # "from 29.7 percent in 2002 to 7.7 percent"
_FIGURES = frozenset({"PERCENT", "MONEY", "QUANTITY"})  # a value, not a thing counted


def an_act_told_of(noun: Any, value: NormalizedDate | None) -> bool:
    """An event noun after a preposition of what someone is tried, jailed or thanked for, hung
    on the clause's verb, with a date coarser than a day ("was tried [for] the massacre of 335
    civilians in 1944", "convicted [of] the murder in 1990"): the date is the act's, as it is
    for a gerund there (`attach_plans.gerund_of_another_act`). (What a clause is only about,
    "predictions about a price rise in 2007", is `elsewhere.only_mentioned`; a day stays
    ambiguous: "arrested for the attack on Monday".)"""
    if value is None or value.granularity is Granularity.DAY or noun.dep_ != "pobj":
        return False
    preposition = noun.head
    told_of = word_list("goals", "gerund_told_of") - word_list("elsewhere", "about")
    return bool(
        preposition.dep_ == "prep"
        and preposition.lower_ in told_of
        and preposition.head.pos_ in _VERBS
    )


def planned_of_a_noun(root: Any) -> Any | None:
    """The noun a date describes through an adjective or participle of a plan that has no
    clause after it ("ahead of economic data [due] for release Thursday", "the arrival of the
    troop ship Orage, [due] Tuesday", "elections [set] for May"): the planned thing's date,
    never the clause's. A participle of a done act stays ("the record [set] in 1897", "a
    fund [set up] last year"). `root` is the date's head word; returns the noun, None when
    the date is not so placed."""
    if root.dep_ not in ("pobj", "npadvmod"):
        return None
    word = root.head.head if root.dep_ == "pobj" else root.head
    by_for = root.dep_ == "pobj" and root.head.lower_ == "for"
    if word.pos_ == "NOUN" and word.dep_ == "pobj" and word.head.dep_ == "prep":
        by_for = word.head.lower_ == "for"  # the date of what is due: "due for release Friday"
        word = word.head.head
    noun = word.head
    planning = by_for or lemma(word).lower() in PLAN_VERBS  # (not "a dividend [payable]
    # June 3", "a fare rise [effective] Monday": the clause's own thing takes place then)
    if (
        not planning
        or word.dep_ not in ("amod", "acl")
        or lemma(word).lower() not in word_list("elsewhere", "giving_a_date")
        or any(c.dep_ == "prt" for c in word.children)
        or noun.pos_ not in _NOUNS
        or noun.i > word.i
        or any(c.dep_ in ("xcomp", "ccomp", "nsubj") for c in word.children)
    ):
        return None
    return noun


def a_statistic_told(predicate: Any, value: NormalizedDate | None) -> bool:
    """A change of a figure over a period that `eventhood.is_statistic` does not read from
    the verb alone: below a statistic's clause, or seen by a place or a time."""
    return _a_change_of_a_statistic(predicate, value) or _a_change_seen(predicate, value)


def _a_change_of_a_statistic(predicate: Any, value: NormalizedDate | None) -> bool:
    """A verb of change without a subject of its own, in a clause below one that tells a
    statistic ("orders rose 9.9 percent, after [growing] 14.8 percent in the previous
    month"): the change is the same measure's, for its own period, and no event."""
    if subject_of(predicate) is not None or predicate.tag_ not in ("VBG", "VBN"):
        return False
    if lemma(predicate).lower() not in word_list("statistics", "change"):
        return False
    head = clause_head(predicate)
    return head.i != predicate.i and is_statistic(head, value)


def _a_change_seen(predicate: Any, value: NormalizedDate | None) -> bool:
    """A clause that says a place, a period or a cause saw a change of a figure over a period
    ("mild weather in October saw prices fall heavily", "the country last year saw car sales
    soar 60 percent"): a statistic, whoever saw it (a day stays news: "Wall Street saw
    stocks tumble on Monday")."""
    if value is None or value.granularity is Granularity.DAY:
        return False
    if lemma(predicate).lower() not in word_list("statistics", "seeing_a_change"):
        return False
    change = word_list("statistics", "change")
    return any(
        c.dep_ in ("ccomp", "xcomp")
        and lemma(c).lower() in change
        and any(g.dep_ == "nsubj" and g.ent_type_ != "PERSON" for g in c.children)
        for c in predicate.children
    )


def the_object(span: Any, verb: Any) -> bool:
    """The time expression is the verb's object with a word that makes it a thing ("end [the]
    year on top", "turn around [a disappointing] 2006", "condemn [the] 27th of April"): the
    clause is about the period, it dates no act. A bare day the parse took for an object
    ("called Sunday for elections", "celebrate Christmas") still dates its verb."""
    root = span.root
    if root.dep_ != "dobj" or root.head.i != verb.i or verb.pos_ not in _VERBS:
        return False
    before = [c for c in root.children if c.i < root.i]
    if any(c.pos_ in _NOUNS for c in before):
        return False  # "staged [a sit-in] Thursday": the parse made one phrase of two
    words = [t for t in span if t.i <= root.i] + before
    return any(t.pos_ == "DET" or t.tag_ in ("PRP$", "JJ") for t in words)


_PERIOD_BOUNDS = frozenset({"to", "through"})


def a_figures_date(root: Any) -> bool:
    """A date set on a figure, not on an act: "[137] in November 2004 and 135 in April 2004",
    "bringing the rate [from 29.7 percent] in 2002 [to 7.7 percent] in 2005": the time a
    value held, a statistic's."""
    preposition = root.head
    if root.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.i == root.i:
        return False
    owner = preposition.head
    if owner.dep_ == "prep" and owner.lower_ in _RANGE_WORDS:
        owner = next((c for c in owner.children if c.dep_ == "pobj"), owner)
    if owner.tag_ == "VBN" and owner.dep_ == "acl" and _a_figure(owner.head):
        return True  # "[the revised 1.9 percent] estimated for the current year": its period
    bare_number = owner.like_num and owner.dep_ in ("ROOT", "appos")
    return (_a_figure(owner) or bare_number) and not _counts_things(owner)


def _a_figure(noun: Any) -> bool:
    """A percentage, an amount of money or a quantity, not a count of things: "1.9 percent",
    "$2 billion", not "90 percent of the stations"."""
    return noun.ent_type_ in _FIGURES and not _counts_things(noun)


def _counts_things(noun: Any) -> bool:
    """ "90 percent [of the polling stations]": a count of things, not a value."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def ends_a_period(root: Any) -> bool:
    """The date ends a period a figure or forecast is for ("predicted 2.0 percent growth [in
    the year] to March 2008", "[the six months] through June"): the period measured, and
    neither it nor its last month is an act's date (`data/time_nouns.toml` periods). (A
    period the date names whole, "the quarter ended March 28", is the result's date.)"""
    periods = word_list("time_nouns", "periods")
    doc = root.doc
    if lemma(root).lower() in periods and root.i + 2 < len(doc):
        bound, after = doc[root.i + 1], doc[root.i + 2]
        if bound.lower_ in _PERIOD_BOUNDS and bound.pos_ != "PART" and after.ent_type_ == "DATE":
            return True  # "[the year] to March 2008": the period itself (not "next week to meet")
    bound = root.head
    if bound.lower_ not in _PERIOD_BOUNDS or bound.i == root.i or bound.i == 0:
        return False
    return root.dep_ == "pobj" and lemma(doc[bound.i - 1]).lower() in periods
