"""A date that is a comparison's base, not an event then: "the highest turnout since 1992",
"up from $71 million a year earlier", "compared with September", "rose to 35.6 percent in
March from 14.7 percent in February". Word classes are data: `data/statistics.toml`."""

from __future__ import annotations

import re
from typing import Any

from timeline.events.clauses import sentence_containing
from timeline.events.elsewhere import FIGURES, after_a_compared_figure
from timeline.events.eventhood import since_recurs
from timeline.events.nominal import span_root
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma

# How far up the parse a comparison word is looked for ("compared with the level in September").
_COMPARISON_DEPTH = 5
# Words up from a "from" or "over" searched for a word of change ("a reduction in the rate
# from …": reduction, in, rate).
_CHANGE_DEPTH = 3
# How a word of change hangs on the word a "from" hangs on: "were up", "brought a reduction".
_CHANGE_WORD_DEPS = ("advmod", "acomp", "npadvmod", "dobj")
# Words before "as" searched for the "same" or "as" of "the same … as", "as high as".
_COMPARISON_WINDOW = 6
# Words of a date that is a base, not a period, after "over": "over the previous year", "over
# the same period" (but "rose over the past year" tells when).
# Words that set a figure against another: "the 13-year high of 26", "above 198.06 points".
_RECORD_WORDS = frozenset({"record", "high", "low", "peak", "previous", "above", "below", "than"})
_BASE_WORDS = frozenset({"previous", "preceding", "same", "earlier", "ago", "prior"})


def compares(span: Any) -> bool:
    """A comparison with the past, not an event then: "the highest turnout since 1992", "up
    from $71 million a year earlier", "fell 9% from a year ago", "compared with September"."""
    doc = span.doc
    if after_a_compared_figure(span) or _of_a_compared_period(span):
        return True  # "a profit of 20 million francs, against 17 million francs last year"
    if re.fullmatch(
        r"(?:a|one) year (?:ago|earlier)|(?:the )?year[- ](?:ago|earlier).*", span.text.lower()
    ):
        before = {t.lower_ for t in doc[max(0, span.start - 14) : span.start]}
        if before & {"from", "than", "compared", "versus", "vs", "vs.", "against"}:
            return True
    if _comparison_base(span) or _of_a_recalled_figure(span) or _after_a_base_figure(span):
        return True
    if _since_a_figure(span):
        return True
    since = span[0]
    if since.lower_ != "since":
        return False
    window = span.doc[max(0, since.i - 8) : since.i]  # "the highest … race since 2011"
    ranked = list(window)
    if since.head.dep_ in ("relcl", "acl"):  # the noun the clause of "since" describes
        described = since.head.head
        ranked += [t for t in described.subtree if t.i < described.i]
    if any(
        t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "only") or t.ent_type_ == "ORDINAL"
        for t in ranked
    ):
        return True  # "the third large U.S. furniture retailer to seek protection since 2024"
    return since_recurs(since)


def _of_a_compared_period(span: Any) -> bool:
    """A date that says which period a compared figure is of ("a loss of 276 million euros,
    against 168 million in the same period of 2005"): the base of the comparison, as a date
    right after the figure is (`elsewhere.after_a_compared_figure`)."""
    token = span_root(span)
    start = span.start
    times = word_list("time_nouns", "nouns")
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.dep_ == "prep":
        period = token.head.head
        if lemma(period).lower() not in times:
            break
        token, start = period, period.left_edge.i
    return start < span.start and after_a_compared_figure(span.doc[start : span.end])


def _since_a_figure(span: Any) -> bool:
    """The date of a figure a record is counted from: a "since" clause that gives a rate or an
    amount, after a superlative ("the rate was the highest since these bills brought 4.22
    percent on March 19, 2001"): the base of a comparison, not an event then."""
    verb = span_root(span)
    for _ in range(_COMPARISON_DEPTH):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    since = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "since"), None)
    if since is None:
        return False
    figure = any(t.ent_type_ in ("PERCENT", "MONEY") for t in verb.subtree)  # not "killed 40"
    window = span.doc[max(0, since.i - 8) : since.i]
    return figure and any(t.tag_ in ("JJS", "RBS") for t in window)


def _of_a_recalled_figure(span: Any) -> bool:
    """The date of a participle that says where a figure came from ("the previous highest
    total was 326-8 [made] by India at Lord's in 2002", "the 13-year high of 26 [seen] in
    September 2004"): a record recalled for comparison, not an event then."""
    verb = span_root(span)
    for _ in range(_COMPARISON_DEPTH):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    figure = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not (figure.like_num or figure.pos_ == "NUM"):
        return False  # not "the $12 million raised in 2005"
    start = sentence_containing(verb.doc, figure.i).start
    before = verb.doc[start : figure.i]  # a comparison before it: not "said 40 killed in 2004…"
    return any(t.tag_ in ("JJS", "JJR", "RBS") or t.lower_ in _RECORD_WORDS for t in before)


def _comparison_base(span: Any) -> bool:
    """The date is what a figure is compared with, however far down the parse hangs it:
    "compared with September", "higher than in March", "versus 2004", "the same margin as
    last week"; after "from" or "over" when the clause tells a change ("rose to 35.6 percent
    in March from 14.7 percent in February", "up by 157 over the previous year")."""
    comparison = word_list("statistics", "comparison")
    token = span_root(span)
    for _ in range(_COMPARISON_DEPTH):
        head = token.head
        if head.i == token.i or span.start <= head.i < span.end:
            return False
        word = head.lower_
        if word in comparison or lemma(head).lower() in comparison:
            return True
        if word in word_list("statistics", "comparison_with_change") and _tells_change(head):
            phrase = span.doc[head.i : span.end]  # "over [the same period of] last year"
            return word == "from" or any(t.lower_ in _BASE_WORDS for t in phrase)
        window = span.doc[max(0, head.i - _COMPARISON_WINDOW) : head.i]
        if word == "as" and any(t.lower_ in ("same", "as") for t in window):
            return True  # "the same margin as last week", "as high as in 2001"
        described = head.head.pos_ == "NOUN"  # "than the price [the IEA had estimated] in
        # 2004": on to the figure compared (but "than Juventus, who entertain … on Sunday")
        if head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ in comparison for c in head.children
        ):
            return True  # "was cut less than [announced] in October": the figure compared with
        if head.pos_ in ("VERB", "AUX") and not (
            head.dep_ == "acl" or (head.dep_ == "relcl" and described)
        ):
            return False  # (but on through "units valued at … a day earlier")
        token = head
    return False


def _after_a_base_figure(span: Any) -> bool:
    """A date right after the figure a change is counted from, on the word of change ("up 8
    percent over the full-year figure of 86,257 in 2004", "down from 3.4 trillion won in
    1995"): the parse hangs it on "up"; it is the base figure's."""
    root = span_root(span)
    preposition = root.head
    if root.dep_ != "pobj" or preposition.dep_ != "prep":
        return False
    word = preposition.head
    change = word_list("statistics", "change")
    if word.lower_ not in change and lemma(word).lower() not in change:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in word_list("statistics", "comparison_with_change")
        and c.right_edge.i == preposition.i - 1
        and any(t.like_num or t.ent_type_ in FIGURES for t in c.subtree)
        and all(t.lower_ != "to" for t in span.doc[c.i : preposition.i])  # not "from 10 to 20"
        for c in word.children
    )


def _from_figure_to_figure(preposition: Any) -> bool:
    """ "from" a figure beside a "to" a figure on the same word: a change, whatever the verb."""
    if preposition.lower_ != "from":
        return False
    return _gives_a_figure(preposition) and any(
        c.dep_ == "prep" and c.lower_ == "to" and _gives_a_figure(c)
        for c in preposition.head.children
    )


def _gives_a_figure(preposition: Any) -> bool:
    return any(
        o.ent_type_ in FIGURES or any(c.like_num for c in o.children)
        for o in preposition.children
        if o.dep_ == "pobj"
    )


def _tells_change(preposition: Any) -> bool:
    """The word a preposition hangs on tells a change, or one of its words does, or a word
    its phrase is part of: "rose … from", "were up … over", "brought a reduction … from"."""
    change = word_list("statistics", "change")
    head = preposition.head
    if _from_figure_to_figure(preposition):
        return True  # "drove the deficit down to 58.9 billion in October, from 64.3 billion"
    for _ in range(_CHANGE_DEPTH):
        words = [head, *(c for c in head.children if c.dep_ in _CHANGE_WORD_DEPS)]
        if any(lemma(w).lower() in change or w.lower_ in change for w in words):
            return True
        if head.head.i == head.i or head.pos_ in ("VERB", "AUX"):
            return False
        head = head.head
    return False
