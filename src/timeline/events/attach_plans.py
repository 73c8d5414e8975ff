"""Dates of what is planned or told, not of the act of the clause the parse hangs them on: a
plan's participle set after the main clause ("held before the summit slated for Friday"), the
day an event is set for ("scheduled a vote for March 16", whichever word the parse hangs "for"
on), the subject of a told clause the parse made the object of "said"; a plan dated long
before the article; a goal's target ("urged donors to double aid by 2015"); the act of a
gerund after "of", "from", "to" ("accused him of selling goods in 1995") (split from
`attach`)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from timeline.edtf import Granularity, NormalizedDate
from timeline.events.clauses import clause_head, subject_of, to_infinitive
from timeline.events.elsewhere import told_as_done
from timeline.events.nominal import is_event_noun, span_root
from timeline.events.vocabulary import word_list
from timeline.models import TimeExpression
from timeline.nlp.lemmas import lemma
from timeline.temporal.resolve import FUTURE_SLACK_DAYS
from timeline.temporal.tense import PLAN_VERBS

# Verbs completing verbs ("urged them to try to cut…") walked up to find a goal's verb.
_GOAL_DEPTH = 3


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


def a_goal(span: Any, verb: Any) -> bool:
    """The date is the target or deadline of a goal set for someone: it dates a verb that
    completes a verb of urging, asking or pledging ("urged donors to double aid by 2015",
    "recommended wrapping up operations by early 2008"), or is the deadline ("by") of such a
    verb ("called for elections by 2008")."""
    goals = word_list("goals", "verbs")
    if lemma(verb).lower() in goals:
        root = span_root(span)
        return bool(root.dep_ == "pobj" and root.head.lower_ == "by")
    current = verb
    for _ in range(_GOAL_DEPTH):
        if _aim_of_a_noun(current):
            return True  # "the goal [to reduce] energy use by 20 percent by 2010"
        owner = _for_infinitive_owner(current)  # "called for elections [to be held]"
        if owner is None and (not _completes(current) or current.head.i == current.i):
            return False
        current = owner if owner is not None else current.head
        if lemma(current).lower() in goals:
            return True
    return False


def _aim_of_a_noun(verb: Any) -> bool:
    """A "to" infinitive that says what a noun of aiming aims at ("the goal [to reduce] …",
    "efforts [to reach] a deal", "a conspiracy [to block] his path"): a target, no act (a
    plan told by its actor, "plans to open in May", is an event told as planned)."""
    return bool(
        verb.dep_ in ("acl", "relcl")
        and to_infinitive(verb)
        and lemma(verb.head).lower() in word_list("goals", "aims")
    )


def _completes(verb: Any) -> bool:
    """The verb completes the one it hangs on: an "xcomp", or a "to"-infinitive the parse
    hangs on it as an adverbial clause ("was summoned by the court [to appear] on May 3")."""
    return verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and to_infinitive(verb))


def gerund_of_another_act(verb: Any, root: Any) -> bool:
    """A gerund without a subject of its own after a preposition that makes it an act other
    than its clause's: its date (`root`, the time expression's head) is not the clause's, and
    the gerund alone makes no headline. So when the gerund and its object complete a noun ("a
    commitment to [achieving] free trade by 2010", "as a revenge for [killing] them last
    week"), when the date is inside its object ("banned from [taking] part in the 2010 World
    Cup"), or when it tells what someone is accused, convicted
    or thanked of in an act told as done ("has accused him of [selling] goods between 1994
    and 1996"; but "is accused of [running] arms in the 1990s" tells the charge). A date set
    beside another gerund may be its clause's, misparsed ("banned airlines from [holding]
    equity on April 4", "detained for [questioning] in mid-March")."""
    preposition = verb.head
    if not (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and preposition.lower_ in word_list("goals", "gerund_of_another_act")
        and subject_of(verb) is None
    ):
        return False
    has_object = any(c.dep_ == "dobj" for c in verb.children)  # not "a wave of [buying]"
    noun = preposition.head  # an argument of its clause ("as a revenge for [killing] them
    # last week"), not "in [favor] of" ("voted in favor of authorizing a strike on March 5")
    phrase = noun.dep_ != "pobj" or any(c.dep_ in ("det", "poss") for c in noun.children)
    if noun.pos_ == "NOUN" and phrase and has_object:
        return True
    adverbial = root.head.i == verb.i or (root.dep_ == "pobj" and root.head.head.i == verb.i)
    if not adverbial:
        return True
    told_of = preposition.lower_ in word_list("goals", "gerund_told_of") and noun.pos_ == "VERB"
    return has_object and told_of and told_as_done(clause_head(verb))  # (not "in favor of")


def _for_infinitive_owner(verb: Any) -> Any | None:
    """The verb a "for … to" infinitive completes ("called for elections [to be held]": called),
    as the parse has it: a clause marked "for", or one hung on the object of "for" ("call for
    500 million people [to be lifted]", a relative clause of "people"); else None."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return verb.head
    noun = verb.head
    if verb.dep_ in ("relcl", "acl") and noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return noun.head.head
    return None
