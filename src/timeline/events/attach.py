"""Which word a time expression dates: a verb, or an event noun ("his 2020 conviction", "the
bombing … in 1988", "agreed to the purchase"); one event per word it dates. Comparisons with
the past, dates that describe a thing ("a 1960s house") and dates of states, habits and
background date no event."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from timeline.edtf import Granularity, NormalizedDate
from timeline.events.clauses import SUBJECT_DEPS, governing_predicate, subject_of
from timeline.events.eventhood import is_background, is_habitual, is_state, is_statistic
from timeline.events.nominal import (
    dated_noun,
    is_event_noun,
    light_object,
    modified_noun,
    nearest_event_noun,
    noun_title,
    prepositional_noun,
    time_root,
)
from timeline.models import TimeExpression
from timeline.nlp.lemmas import lemma

# Dates that name a reporting period: "fourth-quarter results", "first-half sales".
PERIODS = frozenset({Granularity.QUARTER})


# Prepositions that place a clause relative to an event: the event's date is not the clause's.
RELATIVE_PREPOSITIONS = frozenset({"after", "before", "since", "following", "until", "ahead"})


@dataclass(frozen=True)
class Dated:
    """A word a time expression dates: the verb of a clause, or an event noun (`nominal`),
    with the noun's own headline when its phrase makes one."""

    word: Any
    expression: TimeExpression
    nominal: bool = False
    title: str | None = None


def compares(span: Any) -> bool:
    """A comparison with the past, not an event then: "the highest turnout since 1992", "up
    from $71 million a year earlier", "fell 9% from a year ago"."""
    doc = span.doc
    if re.fullmatch(
        r"(?:a|one) year (?:ago|earlier)|(?:the )?year[- ](?:ago|earlier).*", span.text.lower()
    ):
        before = {t.lower_ for t in doc[max(0, span.start - 14) : span.start]}
        if before & {"from", "than", "compared", "versus", "vs", "vs."}:
            return True
    since = span[0]
    if since.lower_ != "since":
        return False
    window = span.doc[max(0, since.i - 8) : since.i]  # "the highest … race since 2011"
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "only") for t in window)


def dated_words(found: list[tuple[TimeExpression, Any]], skip: set[int]) -> list[Dated]:
    """The words a sentence's time expressions date, one event each; of the dates of one word
    the most precise. A date that only describes a period ("the quarter ended Sept. 28", "the
    2008 Olympics") makes no event of its own when another date in the sentence dates an
    action."""
    described = [(e, s) for e, s in found if _describes(s, e, skip)]
    if len(described) < len(found):
        found = [(e, s) for e, s in found if (e, s) not in described]
    groups: dict[int, list[TimeExpression]] = {}
    words: dict[int, Dated] = {}
    for expression, span in found:
        dated = _dated_word(expression, span, skip)
        if dated is None:
            continue
        words.setdefault(dated.word.i, dated)
        groups.setdefault(dated.word.i, []).append(expression)
    chosen = []
    for i, group in sorted(groups.items()):
        best = min(group, key=lambda e: (_precision_rank(e.value), e.start))
        # a list or range of days for one word ("hearings on 23 January, 6 February and 20
        # February", "from 15% on Friday to 48% on Sunday"): one event for each
        kind = best.value.granularity if best.value else None
        values: list[NormalizedDate] = []
        for expression in sorted(group, key=lambda e: e.start):
            value = expression.value
            if value is not None and value.granularity == kind and value not in values:
                values.append(value)
                chosen.append(Dated(words[i].word, expression, words[i].nominal, words[i].title))
    return chosen


def _dated_word(expression: TimeExpression, span: Any, skip: set[int]) -> Dated | None:
    """The verb or event noun one time expression dates; None when it dates no event. An event
    noun whose phrase says no more than the noun ("his Saturday speech") leaves the date to
    its clause."""
    period = expression.value is not None and expression.value.granularity in PERIODS
    noun = dated_noun(span)
    if noun is not None and not period:
        title = noun_title(noun, skip)
        if title is not None:
            return Dated(noun, expression, True, title)
        if _relative_to(noun):
            return None  # "faced a legal vacuum after the July 1 handover": not on July 1
    described = modified_noun(span)
    if described is not None and noun is None and described.pos_ == "NOUN" and not period:
        return None  # "the 15th-century navigator", "a 1960s house": a thing, not an event
    noun = prepositional_noun(span)
    if noun is not None and _owns_its_time(noun):
        title = noun_title(noun, skip)
        if title is not None:
            return Dated(noun, expression, True, title)
    predicate = _above_its_subordinator(span, governing_predicate(time_root(span)))
    light = light_object(predicate)
    title = noun_title(light, skip, subject_of(predicate)) if light is not None else None
    if light is not None and title is not None:  # "agreed to the purchase of 22 Boeing 787s"
        return Dated(light, expression, True, title)
    if is_habitual(predicate):
        return None  # "usually closes in August", "every year since 2002"
    if is_statistic(predicate, expression.value):
        return None  # "core inflation dropped by 0.9 percent in October"
    if is_state(predicate):
        noun = nearest_event_noun(predicate, span.start)
        title = noun_title(noun, skip) if noun is not None else None
        if noun is None or title is None:
            return None  # "Ryanair is the most profitable airline", "has 500 stores"
        return Dated(noun, expression, True, title)
    if is_background(predicate):
        return None
    return Dated(predicate, expression)


def _above_its_subordinator(span: Any, verb: Any) -> Any:
    """The verb a date before a subordinate clause's conjunction dates: the parse may hang
    "last week" in "declared an outbreak last week after the number of cases reached five"
    on "reached", but the clause starts at "after"."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return verb
    marks = [c for c in verb.children if c.dep_ == "mark" and span.end <= c.i < verb.i]
    return verb.head if marks and span.end <= marks[0].i else verb


def _relative_to(noun: Any) -> bool:
    """The noun is what its clause is placed before or after: "after the July 1 handover"."""
    head = noun.head
    return bool(noun.dep_ == "pobj" and head.lower_ in RELATIVE_PREPOSITIONS)


def _owns_its_time(noun: Any) -> bool:
    """Whether a date whose preposition the parse hangs on an event noun dates the noun: when
    the noun is a subject ("the bombing in 1988 killed 270") or its verb tells a state;
    otherwise the parse may have hung on the nearest noun what dates the verb ("started
    representing him in a gun case on April 3")."""
    if noun.dep_ in SUBJECT_DEPS:
        return True
    verb = governing_predicate(noun)
    return verb.i == noun.i or is_state(verb)


def _describes(span: Any, expression: TimeExpression, skip: set[int]) -> bool:
    """A date that describes a thing or a period, not the act of its clause: "the 2008
    Olympics", "fourth-quarter results", "Tuesday's talks" (an event noun with nothing
    more to say than itself)."""
    noun = modified_noun(span)
    if noun is not None:
        value = expression.value
        return (
            not is_event_noun(noun)
            or (value is not None and value.granularity in PERIODS)
            or noun_title(noun, skip) is None
        )
    verb = governing_predicate(time_root(span))  # "the quarter ended Sept. 28": the end of a period
    return bool(verb.dep_ == "acl" and lemma(verb) in ("end", "begin", "start", "close"))


def _precision_rank(value: NormalizedDate | None) -> int:
    return value.days if value is not None else 10**9
