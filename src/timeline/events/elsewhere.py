"""Dates that belong to another word than the clause's verb, read from the parse: the date of a
clause placed before the verb's ("is on trial, before being ousted in 2003"), of a planned
thing described by a participle ("his mission, expected next month"), of a period a thing is
for ("the review for April", "lowered its estimate for 2007"), of a thing only talked about
("refuted predictions about a price rise in 2007", "informed him about his talks earlier this
month"), or a period the clause comes after ("pull out after the 2006 season"). Each dates no
event of the clause; word classes are data (`data/elsewhere.toml`)."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from timeline.edtf import Granularity, NormalizedDate
from timeline.events.clauses import clause_head, modality_of, sentence_containing, subject_of
from timeline.events.nominal import is_event_noun, span_root
from timeline.events.vocabulary import word_list
from timeline.models import Modality, TimeExpression
from timeline.nlp.lemmas import lemma
from timeline.temporal.tense import FUTURE_AUX, MODALS, PLAN_VERBS

# Subject-less clauses climbed from a date's verb to the clause's verb, at most.
_CLAUSE_DEPTH = 8
_SUBORDINATE = ("advcl", "pcomp", "prep", "pobj", "acl", "agent")
_VERBS = ("VERB", "AUX")
# Words by which a noun is said to be planned for a date: "the elections due in May".
_PLAN_WORDS = frozenset({"due", "scheduled", "expected", "slated", "planned", "set"})
_YEARS = frozenset({Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY})
_QUOTES = frozenset({'"', "“", "”"})  # quotation marks (not the apostrophe of "it's")
_PERIODS = frozenset({Granularity.QUARTER, Granularity.SEASON, Granularity.YEAR})  # results'

# Times counted from the story's last moment, not from the article's date: "two hours later",
# "a week earlier", "three days after", "the next day", "that night".
_COUNTED_FROM_THE_STORY = re.compile(
    r"(?:\b(?:later|earlier|afterwards?|prior|before|after)"
    r"|^(?:the\s+(?:very\s+)?(?:following|next|previous|preceding|prior|same)|that)\s+\w+)$",
    re.IGNORECASE,
)
# Days after the article's date a done act may still be dated: an article dated the day before
# what it reports ("closed on March 2" in a paper dated March 1: another time zone, a date
# stamped early) is not contradicted by it.
DONE_AFTER_SLACK_DAYS = 1
# Entities of a figure: what a comparison's base is a figure of.
FIGURES = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})  # entity labels of amounts


def in_another_clause(token: Any, predicate: Any) -> bool:
    """The date's own verb heads a clause without a subject that is placed before or until
    another's ("is on trial … before being ousted in 2003"), or a participle of a plan that
    describes a thing ("his mission to Yangon, expected next month"): the date is that
    clause's, not the clause the headline would tell (`clauses.clause_head` climbs out of it).
    `token` is the date's root, `predicate` the verb that governs it."""
    current = predicate
    for _ in range(_CLAUSE_DEPTH):
        if current.head.i == current.i or current.dep_ not in _SUBORDINATE:
            return False
        verb = current.pos_ in _VERBS
        if verb and subject_of(current) is not None:
            return False
        if verb and current.tag_ in ("VBN", "VBG") and lemma(current) in PLAN_VERBS:
            return current.dep_ in ("advcl", "acl")  # "…, expected next month"
        if verb and _reduced_passive(current):
            return True  # "accused it of using sanctions, announced by Albright on Tuesday"
        head = current.head
        if current.dep_ == "pcomp" and head.lower_ in word_list("elsewhere", "relative"):
            return True  # "before being ousted in 2003", "until leaving office in 2010"
        if current.dep_ == "advcl" and _placed_by_a_preposition(current):
            return True  # "left before the DRC … signed an accord in 2003" (parsed apart)
        current = head
    return False


def _reduced_passive(verb: Any) -> bool:
    """A past participle set off by a comma, with no auxiliary, that describes the noun before
    it ("sanctions, announced by Albright on Tuesday"), however the parse hung it."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i == 0:
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False
    return bool(verb.doc[verb.i - 1].text == "," and verb.head.i < verb.i)


def _placed_by_a_preposition(clause: Any) -> bool:
    """A relative preposition between a clause and the verb it hangs on, hung on that verb:
    the parse may make "before" a preposition of the main verb and the clause after it (whose
    subject it took as the preposition's object) an adverbial clause."""
    head = clause.head
    if head.i > clause.i:
        return False
    relative = word_list("elsewhere", "relative")
    return any(
        t.lower_ in relative and t.dep_ == "prep" and t.head.i == head.i
        for t in clause.doc[head.i + 1 : clause.i]
    )


_RANGE_ENDS = frozenset({"to", "through", "until", "till"})  # "for 2007 [to] 2013"


def for_a_period(token: Any) -> bool:
    """The date is what a thing is for: "the bank's review for April", "tickets for 2010",
    "lowered its growth estimate for 2007" (a noun that concerns a period, as object of the
    verb "for" hangs on), "trimmed its forecast to 2.0 percent in 2007" (a forecast's period
    after "in"). "Scheduled for January 25" still dates the scheduled act."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.dep_ != "prep":
        return False
    before = token.doc[preposition.i - 1] if preposition.i > 0 else token
    if preposition.lower_ in _RANGE_ENDS and before.dep_ == "pobj" and before.ent_type_ == "DATE":
        return for_a_period(before)  # "the budget for 2007 [to 2013]": the range's end
    word, owner = preposition.lower_, preposition.head
    nouns = {"for": "period_nouns", "in": "forecast_nouns"}.get(word)
    if nouns is None:
        return False
    if owner.pos_ in ("NOUN", "PROPN"):
        if word == "in" and lemma(owner).lower() in word_list("elsewhere", "contract_nouns"):
            return True  # "light sweet crude for delivery in December": the contract's month
        return word == "for" or lemma(owner).lower() in word_list("elsewhere", nouns)
    if owner.pos_ not in _VERBS:
        return False
    objects = [c for c in owner.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(lemma(o).lower() in word_list("elsewhere", nouns) for o in objects)


def only_mentioned(noun: Any) -> bool:
    """The event noun is what something is about, not what the clause does: "predictions
    about a price rise", "informed him about his talks", "a dispute over the vote", "citing
    abductions", "recalled the crackdown" (not a time: "over the period this year")."""
    if _a_time(noun):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in word_list("elsewhere", "about"):
        return True
    while noun.dep_ == "conj" and noun.head.i != noun.i:  # "follows a drive … and the adoption"
        noun = noun.head
    verb = noun.head
    return bool(noun.dep_ == "dobj" and lemma(verb).lower() in word_list("elsewhere", "mentioning"))


def of_a_mentioned_noun(token: Any) -> bool:
    """The date's preposition hangs on a noun (or on what that noun is "of") that a verb only
    mentions: "follows a drive … and the adoption of a constitution in October"."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    owner = token.head.head
    for _ in range(_CLAUSE_DEPTH):
        if owner.pos_ not in ("NOUN", "PROPN"):
            return False
        if only_mentioned(owner):
            return True
        if owner.dep_ != "pobj" or owner.head.lower_ != "of":
            return False
        owner = owner.head.head
    return False


def in_a_noun_phrase(token: Any, predicate: Any) -> bool:
    """The date hangs, by prepositions, deep in a noun phrase that holds an event noun: "to
    appear in the trial for the massacre of 148 people from the village of Dujail in 1982" (the
    massacre's year), "a plan described as due in May" ("the next elections due in April and
    May"): the phrase's, not the clause's."""
    current, nouns = token, 0
    for _ in range(_CLAUSE_DEPTH * 2):
        head = current.head
        if head.i == current.i or head.i == predicate.i:
            break
        if head.lower_ in _PLAN_WORDS and head.dep_ in ("amod", "acl") and head.head.pos_ == "NOUN":
            return True  # "the next elections due in April and May"
        if head.pos_ in ("NOUN", "PROPN") and current.dep_ == "prep":
            nouns += 1
            if nouns >= 2 and is_event_noun(head):
                # but the clause's own object is the clause's act: "lost a race for the seat
                # to Castellanos in 2022" is the losing's year, however the parse attached it
                return not (head.dep_ in ("dobj", "attr") and head.head.i == predicate.i)
        current = head
    return False


def placed_relative(noun: Any, value: NormalizedDate | None) -> bool:
    """The noun (not a time: "before dawn Thursday", "after 3 p.m. Tuesday") is what the
    clause is placed before, for a date finer than a year ("spoke before his arrest Monday",
    "ahead of a conference next month"), or, for a date coarser than a day, after ("switch
    after the Fed meeting in late May"; "stepped up the search after the discovery Tuesday"
    is told at about that day)."""
    if noun.dep_ != "pobj" or _a_time(noun):
        return False
    preposition = noun.head
    word = preposition.lower_
    if word in ("of", "to") and preposition.head.lower_ in ("ahead", "prior"):
        word = preposition.head.lower_
    if word in word_list("elsewhere", "placing_before"):
        # a year or longer stays: what comes "before a prisoner transfer in 2008" is of 2008 too
        return value is None or value.granularity not in _YEARS
    day = value is None or value.granularity is Granularity.DAY
    return not day and word in word_list("elsewhere", "placing_after")


def _a_time(noun: Any) -> bool:
    """A noun of time ("dawn", "the period", "3 p.m."), not of an event or a thing."""
    if noun.ent_type_ in ("DATE", "TIME"):
        return True
    return lemma(noun).lower() in word_list("time_nouns", "nouns")


def continues_a_phrase(span: Any, value: NormalizedDate | None) -> bool:
    """A bare date ("last week", "next month") right after the phrase of a noun that the
    clause is placed after or before: the parse may hang it on the verb, but it continues
    the phrase ("comes ahead of a conference next month", "returned to winning ways after
    their defeat at home to Juventus last week")."""
    doc = span.doc
    if span.start == 0 or span_head_dep(span) != "npadvmod":
        return False
    token = doc[span.start - 1]
    for _ in range(_CLAUSE_DEPTH):
        if token.head.i == token.i or token.pos_ in _VERBS:
            return False
        if token.dep_ == "pobj" and placed_relative(token, value):
            return bool(token.right_edge.i == span.start - 1)
        token = token.head
    return False


def span_head_dep(span: Any) -> str:
    """How the time expression hangs on the sentence (the dependency of its outside word)."""
    outside = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    return str(outside[0].dep_) if outside else ""


def beside_a_period(token: Any, value: NormalizedDate | None) -> bool:
    """The clause comes after a period, not within it: "pull out after the 2006 season" (a
    day stays: "left after Monday's talks" is told at about that day)."""
    if value is None or value.granularity is Granularity.DAY:
        return False
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    word = preposition.lower_
    head = preposition.head
    if word in ("of", "to") and head.lower_ in ("ahead", "prior"):
        word = head.lower_  # "ahead of 2010", "prior to 2005"
    elif word == "to" and any(c.lower_ in ("ahead", "forward") for c in head.children):
        word = "ahead"  # "looking ahead to next year", "looks forward to 2010"
    return word in word_list("elsewhere", "beside")


def a_limit(span: Any) -> bool:
    """The date is a limit in time set by the clause's act, after "until" or "through" hung
    on its verb or on a word of its phrase: "gave the coalition until Friday to agree",
    "extended the warning through Saturday", "adjourned until Monday"."""
    limits = word_list("elsewhere", "limits")
    if span[0].lower_ in limits:
        return True  # the recogniser took the preposition in: "until Friday"
    root = span_root(span)
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in limits or preposition.dep_ != "prep":
        return False
    before = span.doc[preposition.i - 1] if preposition.i > 0 else None
    if before is None or before.ent_type_ not in ("DATE", "TIME"):
        return True
    return not _closes_a_range(preposition, before)


# How many words before a range's first date its opener may stand: "from the flood in 1961".
_RANGE_OPENER_REACH = 4


def _closes_a_range(preposition: Any, before: Any) -> bool:
    """The preposition after a date closes a range of dates rather than setting a limit:
    "Thursday through Saturday", "from Monday until Wednesday"; not "adjourned Monday until
    Wednesday", where the first date is the act's and the second the limit it set."""
    if preposition.lower_ not in word_list("elsewhere", "limits_without_from"):
        return True
    openers = word_list("elsewhere", "range_openers")
    first = before
    while first.i > 0 and first.nbor(-1).ent_type_ in ("DATE", "TIME"):
        first = first.nbor(-1)
    # "from Monday until Wednesday", "from independence in 1975 until 2002"
    back = first.doc[max(first.i - _RANGE_OPENER_REACH, 0) : first.i]
    return any(t.lower_ in openers for t in back)


def around_a_date(text: str) -> bool:
    """A period told relative to a date ("its pre-1996 boom years", "the post-2008 slump"):
    before or after the date, never the date itself."""
    prefix, dash, rest = text.lower().partition("-")
    return bool(dash and rest and prefix in word_list("elsewhere", "period_prefixes"))


def after_a_compared_figure(span: Any) -> bool:
    """A date right after the phrase of a figure that another is compared with: "a profit of
    20 million francs, against 17 million francs last year", "compared to 5 percent in 2005",
    "rose to 121.34 yen from 120.56 yen in New York late Friday". The parse often hangs the
    date on the verb; it dates the figure compared with."""
    doc = span.doc
    before = span.start - 1
    if before >= 0 and doc[before].lower_ == "in":
        before -= 1  # "against 3.1 percent in March"
    if before < 0:
        return False
    token = doc[before]
    for _ in range(_CLAUSE_DEPTH):
        if token.dep_ == "pobj" and token.right_edge.i == before and _a_compared_figure(token):
            return True
        if token.head.i == token.i or token.head.i > before or token.lower_ == "to":
            return False  # (past a "to": "from 10 to 20 billion dollars in 2005" is the new level)
        token = token.head
    return False


def _a_compared_figure(noun: Any) -> bool:
    """A figure after "against", "versus", "compared to", or "from" on a verb of change."""
    preposition = noun.head
    word = preposition.lower_
    compared = preposition.head.lower_ in word_list("statistics", "comparison")
    change = word_list("statistics", "change")
    changed = word == "from" and lemma(preposition.head).lower() in change
    if word not in word_list("elsewhere", "figure_bases") and not compared and not changed:
        return False
    if any(t.lower_ == "to" for t in noun.subtree):
        return False  # a range, the new level with it: "from 10 to 20 billion dollars in 2005"
    own = [noun, *(c for c in noun.children if c.dep_ in ("nummod", "quantmod"))]
    return any(t.like_num or t.ent_type_ in FIGURES for t in own)  # not "20-month lows"


def told_as_done(verb: Any) -> bool:
    """The verb tells an act already done: "gave", "was adjourned", "has extended" (not "will
    stay closed", "would remain", "runs"). A limit set by a done act is not the act's date; a
    limit of what is still to come ("will stay closed until Sept. 30") ends what the clause
    tells."""
    if verb.pos_ not in _VERBS or verb.dep_ in ("acl", "amod"):
        return False  # a participle that describes a noun: "a US rate cut early next year"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX or a.lower_ in MODALS for a in auxes):
        return False
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return True
    return verb.tag_ == "VBN" and any(a.lower_ in ("has", "have") for a in auxes)


def given_to_a_thing(span: Any) -> bool:
    """The date is given to what the act makes or moves: "scheduled a vote for March 3",
    "postponed the talks to Monday", "set April 29 for the hearing", "declared a dividend
    payable Dec. 2" (the thing's date, which the clause tells as planned)."""
    root = span_root(span)
    if root.dep_ == "pobj" and root.head.lower_ in ("for", "to"):
        verb = root.head.head
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
        # "allocated 120 million dollars for 2007": a sum, not an event set for a day
        return thing is None or not (
            thing.ent_type_ in FIGURES or any(c.dep_ == "nummod" for c in thing.children)
        )
    head = root.head.head if root.dep_ == "pobj" else root.head
    if head.lower_ in word_list("elsewhere", "giving_a_date"):
        return True  # "declared a dividend payable Dec. 2", "an order effective Tuesday"
    return bool(root.dep_ == "dobj")


def done_after(verb: Any, dates: list[TimeExpression], published: NormalizedDate | None) -> bool:
    """An act told as done and asserted, whose every date lies after the article (by more than
    `DONE_AFTER_SLACK_DAYS`): no act done by the time of writing happened then; the date is
    of what the act aims at or sets ("called for further discussion in 2006", "indicated
    support for a plan to get out by this time next year")."""
    if published is None or not told_as_done(verb) or modality_of(verb) is not Modality.ASSERTED:
        return False

    def after(value: NormalizedDate) -> bool:  # (a day may be stamped early, not a weekend)
        slack = DONE_AFTER_SLACK_DAYS if value.granularity is Granularity.DAY else 0
        return value.start > published.end + timedelta(days=slack)

    return all(
        e.value is not None and after(e.value) and not counted_from_the_story(e) for e in dates
    )


def still_ahead(limits: list[TimeExpression], published: NormalizedDate | None) -> bool:
    """Every limit ends on or after the article's date: the act that set it was told as news
    ("gave the coalition until Friday" in Wednesday's paper), not done at the limit."""
    if published is None:
        return False
    return all(
        e.value is not None and e.value.end >= published.start and not counted_from_the_story(e)
        for e in limits
    )


def counted_from_the_story(expression: TimeExpression) -> bool:
    """A time counted from the story's last moment ("two hours later", "the next day"), not a
    date of its own: what it dates depends on what the text dated before it."""
    return bool(_COUNTED_FROM_THE_STORY.search(expression.text.strip()))


def told_by_a_dated_head(
    verb: Any, groups: dict[int, list[TimeExpression]], limits: set[int]
) -> bool:
    """The date's verb heads a clause after a preposition, with no subject of its own, whose
    event the headline tells by the verb it hangs on ("dropped on Monday after striking highs
    the previous week"), and another date of the sentence dates that verb: the date is the
    clause's, not the verb's, and makes no second event of it."""
    if verb.dep_ != "pcomp":
        return False  # (a participle of its own stays: "Founded in 1987, it grew in the 2000s")
    head = clause_head(verb)
    if head.i == verb.i or head.i not in groups:
        return False
    # a limit is no date of the head's act: "can be held until Saturday after being arrested
    # on Tuesday" keeps the arrest's day
    return any(e.start not in limits for e in groups[head.i])


def told_in_a_dated_report(verb: Any, groups: dict[int, list[TimeExpression]]) -> bool:
    """A clause that a reporting verb with a day of its own tells, dated by a period ("The
    company reported on May 12 that it lost $18 million in the first quarter"): the period is
    the result's, the news the report's, whose row tells the clause."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.i not in groups or verb.i not in groups:
        return False
    if lemma(head).lower() not in word_list("statistics", "reporting_results"):
        return False
    if modality_of(verb) is not Modality.ASSERTED or not _an_amount(verb):
        return False  # "would replace the Kitty Hawk in 2008, the Navy announced": a plan;
        # "said it had bought a stake in 2023": an act of its own
    days = [e.value for e in groups[head.i] if e.value and e.value.granularity is Granularity.DAY]
    periods = [
        e.value
        for e in groups[verb.i]
        if e.value and e.value.granularity in _PERIODS and days and e.value.start <= days[0].start
    ]
    return bool(days) and len(periods) == len(groups[verb.i])


def _an_amount(verb: Any) -> bool:
    """The clause's object or subject gives a sum or a share ("lost $18 million", "profit
    rose 5%", "a net profit of 12 million euros"): a result's figure."""
    return any(
        t.ent_type_ in ("MONEY", "PERCENT") or t.lower_ in ("million", "billion", "trillion")
        for c in verb.children
        if c.dep_ in ("dobj", "nsubj", "attr", "npadvmod", "prep")
        for t in c.subtree
    )


def recalled_time(
    verb: Any, span: Any, value: NormalizedDate | None, published: NormalizedDate | None
) -> bool:
    """A year or longer after the object of a verb of mentioning, before the article's year
    ("she recalled events in the early 1980s" in a 2005 paper): the time of what is
    recalled, not of the recalling ("In 1990 he recalled…" is the recalling's)."""
    if value is None or published is None or value.granularity not in _YEARS:
        return False
    if lemma(verb).lower() not in word_list("elsewhere", "mentioning"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < span.start]
    return bool(objects) and value.end < published.start.replace(month=1, day=1)


def a_speakers_day(span: Any, spans: list[Any]) -> bool:
    """A day counted from the moment of speaking ("today") inside a quote, when the sentence
    dates the telling outside the quote by a day of its own ('"Today we signed the
    agreement," the minister said on Tuesday'): the speaker's day, not the article's, and
    the telling's row already tells the quote at it."""
    if span.text.lower() not in word_list("elsewhere", "speaking_days"):
        return False
    doc = span.doc
    start = sentence_containing(doc, span.start).start  # (Span.sent is slow)
    quotes = sum(t.text in _QUOTES for t in doc[start : span.start])
    if quotes % 2 == 0:
        return False  # not inside a quote
    return any(
        other.start != span.start
        and sum(t.text in _QUOTES for t in doc[start : other.start]) % 2 == 0
        and any(t.ent_type_ == "DATE" for t in other)
        for other in spans
    )
