"""Times anchored to events: "a week after launching", "two hours after the landing", "the
day before the vote", "since the ruling" are dated from the event they name.

The named event is the nearest earlier event of the document whose trigger is the named word
(by lemma: "launching", "landing" and "launched" are all `launch`); with none, and a verb
named ("after launching"), the narrative's last date before the phrase. The answer is never
more precise than that date: a week after a day is a day, a week after a month stays that
month (or becomes an interval), never a day that only looks exact (`temporal.resolve.around`).
Runs once a document's events are built.

A time counted from the story's last moment ("two hours later", "three days earlier", "the
next day") is read against the last date the text named; when the text named none before it,
the count is from an event the text does not date, and the clause has no date: its event is
dropped rather than dated from the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from timeline import edtf
from timeline.edtf import Granularity, NormalizedDate
from timeline.events.assemble import confidence, make_event
from timeline.events.clauses import governing_predicate, sentence_containing
from timeline.events.comparisons import compares
from timeline.events.elsewhere import counted_from_the_story
from timeline.events.eventhood import is_generic, is_statistic
from timeline.events.eventhood_periods import tells_no_event
from timeline.events.figures import sentence_figures
from timeline.events.page import BOILERPLATE
from timeline.models import Anchor, Document, Event, Kind, TimeExpression, TimexType
from timeline.nlp.lemmas import lemma
from timeline.nlp.reads import text_of
from timeline.temporal.resolve import Tense, around
from timeline.temporal.tense import clause_tense

_RELATION = re.compile(r"\b(?:after|before|since)\b", re.IGNORECASE)
# "the day before", "a week after": a unit of time counted from the event
_UNITS = {"minute": "minute", "hour": "hour", "day": "day", "night": "day", "morning": "day",
          "evening": "day", "week": "week", "weekend": "week", "month": "month",
          "year": "year"}  # fmt: skip
_DURATION = re.compile(r"PT?(\d+(?:\.\d+)?)([HMDWY])")
_DURATION_UNITS = {"H": "hour", "D": "day", "W": "week", "Y": "year"}
_MINUTES_PER_DAY = 24 * 60
_ANCHOR_GRANULARITIES = {Granularity.DAY, Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR}
# Dates that can be the story's last moment (those the recogniser counts from).
_STORY_GRANULARITIES = frozenset(
    {Granularity.DAY, Granularity.MONTH, Granularity.SEASON, Granularity.QUARTER, Granularity.YEAR}
)


def with_anchored_times(
    document: Document, doc: Any, expressions: list[TimeExpression], events: Iterable[Event]
) -> list[Event]:
    """`events` and an event for each clause dated by a time counted from a named event; an
    event dated by a time expression inside such a phrase ("the week before closing for a
    holiday Saturday") is replaced by it."""
    text = text_of(doc)
    events = [e for e in events if not _counted_from_nothing(e, expressions)]
    found = []
    replaced: set[str] = set()
    for match in _RELATION.finditer(text):
        relation = doc.char_span(match.start(), match.end())
        if relation is None or relation[0].dep_ not in ("prep", "mark", "advmod"):
            continue
        token = relation[0]
        named = _named_event(token)
        if named is None or _in_expression(named, expressions):
            continue
        count = _count_before(token, expressions)
        if count is None and token.lower_ != "since":
            continue
        base = _anchor_date(named, events, expressions, token.idx)
        if base is None:
            continue
        value = _moved(base, count, token.lower_, document.published)
        predicate = governing_predicate(token)
        if value is None or _contradicts(value, predicate, document.published):
            continue
        sentence = sentence_containing(doc, token.i)  # (Token.sent is slow)
        if BOILERPLATE.search(sentence.text) or predicate.i == named.i:
            continue
        if compares(doc[token.i : named.right_edge.i + 1]):
            continue  # "the deadliest day since protests erupted": a comparison, no date
        first = count[0] if count else token.idx
        last = named.right_edge.idx + len(named.right_edge.text)
        if (
            tells_no_event(predicate, doc[token.i : named.right_edge.i + 1], value)
            or is_statistic(predicate, value)
            or is_generic(predicate)
            or (predicate.dep_ == "advcl" and is_generic(predicate.head))
        ):  # "has led his country since its 1980 independence": a state since then; "since
            # its inception the center had received 33,435 reports": a total; neither is
            # dated by the date within the phrase ("since taking office in January")
            replaced.update(_dated_within(events, lemma(predicate).lower(), first, last))
            continue
        phrase = TimeExpression(
            text[first:last], first, last, TimexType.DATE, value.timex, value, Anchor.RELATIVE
        )
        skip = {t.i for t in doc.char_span(first, last, alignment_mode="expand") or ()}
        event = make_event(
            document, sentence, predicate, phrase, skip, Kind.EVENT, sentence_figures(sentence)
        )
        found.append(
            replace(event, confidence=confidence(value, Anchor.RELATIVE, Kind.EVENT, event.title))
        )
        # the same clause, dated by the phrase's own date
        replaced.update(_dated_within(events, event.trigger, first, last))
    return [e for e in events if e.id not in replaced] + found


def _dated_within(events: Iterable[Event], trigger: str | None, first: int, last: int) -> set[str]:
    """The ids of the events of `trigger` dated by a time expression between the characters
    `first` and `last`."""
    return {
        e.id
        for e in events
        if e.trigger == trigger
        and e.mentions[0].timex is not None
        and first <= e.mentions[0].timex.start < last
    }


def _counted_from_nothing(event: Event, expressions: list[TimeExpression]) -> bool:
    """The event is dated by a time counted from the story's last moment ("two hours later")
    and the text named no date before it: the count is from an undated event, not from the
    publication date the recogniser fell back on."""
    timex = event.mentions[0].timex if event.mentions else None
    if timex is None or timex.anchor is not Anchor.RELATIVE:
        return False
    if not counted_from_the_story(timex):
        return False
    return not any(
        e.end <= timex.start and e.value is not None and e.value.granularity in _STORY_GRANULARITIES
        for e in expressions
    )


def _contradicts(value: NormalizedDate, predicate: Any, published: NormalizedDate | None) -> bool:
    """A date after the article's for a clause not told as future: the named event was
    another one than the nearest of its kind ("one year after launching the iPhone, we are
    launching the iPhone 3G")."""
    if published is None or value.start <= published.end:
        return False
    return clause_tense(predicate.doc[predicate.i : predicate.i + 1]) is not Tense.FUTURE


def _named_event(relation: Any) -> Any | None:
    """The event word after "after", "before" or "since": a verb ("after launching") or a
    noun that is no name, pronoun or time ("after the landing", "before the vote")."""
    for child in relation.children:
        if child.dep_ == "pcomp" and child.pos_ == "VERB":
            return child
        if child.dep_ == "pobj" and child.pos_ == "NOUN" and child.ent_type_ == "":
            return child
    return None


def _in_expression(token: Any, expressions: list[TimeExpression]) -> bool:
    return any(e.start <= token.idx < e.end for e in expressions)


def _count_before(
    relation: Any, expressions: list[TimeExpression]
) -> tuple[int, float, str] | None:
    """(start offset, amount, unit) of the time counted before the relation word: a duration
    the recogniser read ("a week", "two hours") or "the day", "that night"."""
    for expression in expressions:
        if expression.type is TimexType.DURATION and 0 <= relation.idx - expression.end <= 1:
            m = _DURATION.fullmatch(expression.timex_value or "")
            if m is None:
                return None
            timed = m[2] == "M" and "T" in (expression.timex_value or "")
            counted = "minute" if timed else _DURATION_UNITS.get(m[2], "month")
            return expression.start, float(m[1]), counted
    if relation.i == 0:
        return None
    noun = relation.doc[relation.i - 1]
    unit = _UNITS.get(lemma(noun).lower())
    if unit is None or noun.pos_ != "NOUN":
        return None
    determiner = noun.doc[noun.i - 1] if noun.i > 0 else None
    if determiner is None or determiner.lower_ not in ("the", "that", "a", "one"):
        return None
    return determiner.idx, 1.0, unit


def _anchor_date(
    named: Any, events: list[Event], expressions: list[TimeExpression], offset: int
) -> NormalizedDate | None:
    """The date the named phrase gives itself ("since suffering a stroke in November"), or
    that of the nearest earlier event whose trigger is the named word, or else, for a verb
    ("after launching"), the last date the text named before `offset`."""
    first, last = named.left_edge.idx, named.right_edge.idx + len(named.right_edge.text)
    own = [
        e.value
        for e in expressions
        if first <= e.start and e.end <= last and e.dates_events and e.value is not None
    ]
    if own:
        return own[0]
    forms = _forms(named)
    earlier = [
        (event.mentions[0].char_start, event.date)
        for event in events
        if event.trigger in forms and event.mentions and event.mentions[0].char_start < offset
    ]
    if earlier:
        return max(earlier, key=lambda pair: pair[0])[1]
    if not _verbal(named):
        return None  # a noun may name a thing ("after the war"): only an event told counts
    dates = [
        e.value
        for e in expressions
        if e.end <= offset
        and e.value is not None
        and e.dates_events
        and e.value.granularity in _ANCHOR_GRANULARITIES
    ]
    return dates[-1] if dates else None


def _verbal(word: Any) -> bool:
    """A verb, or a bare gerund that the parse took for a noun ("a week after opening")."""
    if word.pos_ == "VERB" or word.tag_ == "VBG":
        return True
    return word.lower_.endswith("ing") and not any(c.dep_ in ("det", "poss") for c in word.children)


def _forms(named: Any) -> set[str]:
    """The verb lemmas the named word may be told with: its own lemma, and for a noun in -ing
    the verb it is made from ("landing": land, "ruling": rule)."""
    word = lemma(named).lower()
    forms = {word}
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        forms |= {stem, stem + "e"}
        if len(stem) > 2 and stem[-1] == stem[-2]:
            forms.add(stem[:-1])  # "shopping": shop
    return forms


def _moved(
    base: NormalizedDate,
    count: tuple[int, float, str] | None,
    relation: str,
    published: NormalizedDate | None,
) -> NormalizedDate | None:
    """`base` moved by the count, at no finer precision than `base` has; "since": from
    `base` to the publication date."""
    if count is None:
        if published is None or published.start <= base.end:
            return base
        return edtf.interval(base, published)
    _, amount, unit = count
    if base.granularity not in _ANCHOR_GRANULARITIES:
        return None  # a season, a decade, an interval: no date a count from it can keep
    sign = -1 if relation == "before" else 1

    granularity = base.granularity

    def compute(day: date) -> NormalizedDate:
        if unit in ("minute", "hour"):
            minutes = amount * (60 if unit == "hour" else 1)
            moved = edtf.shift(day, sign * int(minutes // _MINUTES_PER_DAY), "day")
        else:
            moved = edtf.shift(day, sign * int(amount), unit)
        return edtf.at_granularity(moved, granularity)  # never finer than the anchor

    if relation == "since":
        return None
    return around(base, compute)
