"""Dates of what is planned or told, not of the act of the clause the parse hangs them on: a
plan's participle set after the main clause ("held before the summit slated for Friday"), the
day an event is set for ("scheduled a vote for March 16", whichever word the parse hangs "for"
on), the subject of a told clause the parse made the object of "said"; a plan dated long
before the article (split from `attach`)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from timeline.edtf import Granularity, NormalizedDate
from timeline.events.nominal import is_event_noun
from timeline.events.vocabulary import word_list
from timeline.models import TimeExpression
from timeline.nlp.lemmas import lemma
from timeline.temporal.resolve import FUTURE_SLACK_DAYS
from timeline.temporal.tense import PLAN_VERBS


def a_day_set(span: Any, root: Any, value: NormalizedDate | None) -> bool:
    """The day an event is set for ("scheduled [a vote] for March 16", "a hearing for June
    5"): the event's day, not a period the thing concerns ("the review for April")."""
    return bool(
        value is not None
        and value.granularity is Granularity.DAY
        and span.start <= root.i < span.end  # not "for the January 1-October 31 period"
        and root.dep_ == "pobj"
        and root.head.lower_ == "for"
        and root.lower_ not in ("today", "tonight")  # "motivation for today": no day set
        and is_event_noun(root.head.head)
    )


def a_plan_told_aside(verb: Any) -> bool:
    """A participle of a plan with no subject or auxiliary of its own, set after the main
    clause ("the meeting was held before the summit [slated] for Friday", however the parse
    hung it): the date is of the thing planned, no date of the clause's act."""
    return bool(
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl")
        and lemma(verb).lower() in PLAN_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def subject_of_what_was_told(noun: Any) -> bool:
    """The parse made the subject of a reported clause the object of the verb of saying: "said
    [Saturday night's pageant], in its 55th edition, reached…" (its date is the pageant's)."""
    verb = noun.head
    return bool(
        noun.dep_ == "dobj"
        and lemma(verb).lower() in word_list("headline_verbs", "reporting")
        and any(c.dep_ == "ccomp" and c.i > noun.i for c in verb.children)
    )


def planned_long_before(
    verb: Any, dates: list[TimeExpression], published: NormalizedDate | None
) -> bool:
    """A plan told as still to come ("are to be prosecuted", "will meet") whose every date ends
    more than `FUTURE_SLACK_DAYS` before the article: what is still to come did not happen then;
    the date is of something else the clause names ("prosecuted for their role in the killings
    on November 19 last year")."""
    if published is None or not _still_to_come(verb):
        return False
    limit = published.start - timedelta(days=FUTURE_SLACK_DAYS)
    return all(e.value is not None and e.value.end < limit for e in dates)


def _still_to_come(verb: Any) -> bool:
    """ "will meet", "shall decide", "are to be prosecuted": told as ahead of the article (not
    a plan told as done: "proposed building a corridor in July")."""
    for word in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        auxes = {c.lower_ for c in word.children if c.dep_ in ("aux", "auxpass")}
        if auxes & {"will", "shall", "'ll"}:
            return True
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and lemma(head).lower() == "be"
        and head.tag_ in ("VBZ", "VBP")
        and any(c.tag_ == "TO" for c in verb.children)
    )
