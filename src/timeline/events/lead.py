"""The lead's main news, dated by the article when the lead names no date."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice
from typing import Any

from timeline.edtf import Granularity, NormalizedDate
from timeline.events.antecedent import telling_verb
from timeline.events.assemble import make_event
from timeline.events.clauses import (
    clause_head,
    governing_predicate,
    joined_hyphens,
    modality_of,
    past_a_describing_gerund,
    sentences,
)
from timeline.events.figures import sentence_figures
from timeline.events.page import is_body
from timeline.events.vocabulary import word_list
from timeline.models import Document, Event, Kind, Modality, TimeExpression, TimexType
from timeline.nlp.lemmas import lemma

_LEAD_SENTENCES = 3
_TALLY_SENTENCES = 2  # after the news: "The vote was 39-11."
_ADVERBIAL_DEPTH = 3  # adverbial clauses within adverbial clauses, at most
TOLD_DAYS_BEFORE = 0  # a telling dated this many days or more before the article's: no lead row
LONG_BEFORE_DAYS = 366  # a time this long before the article in the news's clause: old news
_PATH_DEPTH = 10  # words from a time expression up to the news verb, at most
_NOT_MAIN = frozenset({"relcl", "acl", "advcl", "pcomp"})  # clauses of another's news
_COUNTED_FROM = re.compile(r"\s*(?:after|before|later|earlier)\b", re.IGNORECASE)


def lead_event(
    document: Document,
    doc: Any,
    expressions: list[TimeExpression],
    captions: set[int],
    text: str,
) -> Event | None:
    """The main news of the lead, dated by the article, when the lead names no date.

    The lead is the first three sentences of the body (headlines, captions and boilerplate
    aside). When a time expression dates the news verb itself, the lead has its date and no
    event is added; a date elsewhere in the lead does not date its news.
    `text` is `doc.text`, read once by the caller (spaCy joins every token at each read).
    """
    if document.published is None:
        return None
    # the lead, and the sentences after its news that may tell a tally: no more are read
    wanted = _LEAD_SENTENCES + _TALLY_SENTENCES
    body = list(
        islice((s for s in sentences(doc) if is_body(s, text, captions, document.title)), wanted)
    )
    found = _lead_news(body[:_LEAD_SENTENCES], expressions, text, document.published)
    if found is None:
        return None
    index, verb, antecedent = found
    figures = sentence_figures(body[index])
    event = make_event(
        document,
        body[index],
        verb,
        None,
        set(),
        Kind.EVENT,
        figures,
        document.published,
        antecedent,
    )
    # the tally of a vote is often told in the next sentence: "The vote was 39-11."
    tallies = [
        f
        for s in body[index + 1 : index + 1 + _TALLY_SENTENCES]
        for _, _, f in sentence_figures(s)
        if f.kind == "tally"
    ]
    return replace(event, figures=tuple(dict.fromkeys([*event.figures, *tallies])))


def _lead_news(
    lead: list[Any], expressions: list[TimeExpression], text: str, published: NormalizedDate
) -> tuple[int, Any, str | None] | None:
    """(sentence index, verb, what a pronoun subject stands for) of the lead's news: the first
    sentence with a past-tense news verb that no time expression of its own dates. A date
    elsewhere in the sentence ("…, which will go on sale on July 11") leaves the news
    undated; a date on the news verb of the first sentence ("Apple on Tuesday unveiled …"),
    or a first sentence dated without a news verb, is the lead's dated news: no event."""
    # durations do not date ("for days"), but "in the last three months" places the news
    timed = [(e.start, e.end) for e in expressions if _places_in_time(e, text)]
    previous_subject = None
    earlier = [(e.start, e.end) for e in expressions if _days_before(e, published)]
    long_before = [(e.start, e.end) for e in expressions if _long_before(e, published)]
    for index, sentence in enumerate(lead):
        verb = _news_verb(sentence)
        if verb is not None:
            if (
                _dated(verb, sentence, timed)
                or _dated_telling(verb, sentence, timed)
                or _told_days_before(verb, sentence, earlier)
                or _long_before_in_its_adverbial(verb, sentence, long_before)
            ):
                if index == 0:
                    return None  # the lead's news has its own date: an ordinary event
                continue  # a dated development; the news may follow ("But CPD refused…")
            subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
            return index, verb, previous_subject if subject.pos_ == "PRON" else None
        if index == 0 and any(sentence.start_char <= s < sentence.end_char for s, _ in timed):
            return None  # the lead opens with its dated news, told with no news verb
        subject = next(
            (c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None
        )
        if subject is not None and subject.pos_ != "PRON":
            previous_subject = sentence.doc[subject.left_edge.i : subject.right_edge.i + 1].text
    return None


def _dated(verb: Any, sentence: Any, timed: list[tuple[int, int]]) -> bool:
    """Whether a time expression of `sentence` belongs to the clause of `verb` (the verb it
    attaches to, or an adverbial clause of it: "After it opened in May, the store hired …";
    but "unveiled …, saying it would ship on Friday" dates the shipping, not the unveiling)."""
    doc = sentence.doc
    head = clause_head(verb)
    # an opening phrase sets the time of the clause after it: "In January, …", "Since Trump
    # returned in January, …" (however the parse attached it)
    comma = next((t.i for t in sentence if t.text == "," and t.i < verb.i), None)
    for start, end in timed:
        if not (sentence.start_char <= start < sentence.end_char):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if comma is not None and span.end <= comma:
            return True
        governing = past_a_describing_gerund(governing_predicate(span.root))
        teller = telling_verb(governing)  # "vowed in a videotape [aired] Wednesday that…"
        clause = clause_head(governing if teller is None else teller)
        for _ in range(_ADVERBIAL_DEPTH):  # "Since Trump returned in January, they have …"
            if clause == head or clause.dep_ != "advcl":
                break
            clause = clause_head(clause.head)
        if clause == head:
            return True
    return False


def _dated_telling(verb: Any, sentence: Any, timed: list[tuple[int, int]]) -> bool:
    """Whether the news is what a dated verb of saying tells before it ("A lawyer told jurors
    on Monday that the maker knew …"): the telling is the lead's dated news, and what it
    tells is no news of the article's day. (Wire news that ends "…, officials said Monday"
    tells its news first: see `_told_days_before`.)"""
    teller = _teller(verb, before=True)
    return teller is not None and _dated(teller, sentence, timed)


def _told_days_before(verb: Any, sentence: Any, earlier: list[tuple[int, int]]) -> bool:
    """Whether a verb of saying after the news has a day of its own, on or before the article's
    ("…, local media reports said Tuesday" in Saturday's paper, "…, officials said Friday" in
    Friday's): its telling has its own row, dated, which tells the news; a lead row dated by
    the article would tell it twice (and the news may be older than the article)."""
    teller = _teller(verb, before=False)
    if teller is None:
        return False
    # its own date comes after it ("officials said Tuesday"); one before is the news's
    return _dated(teller, sentence, [(s, e) for s, e in earlier if s > teller.idx])


def _teller(verb: Any, before: bool) -> Any | None:
    """The verb of saying whose clause `verb` is, told before it or after it."""
    teller = verb.head
    if verb.dep_ != "ccomp" or (teller.i < verb.i) != before:
        return None
    return teller if lemma(teller).lower() in word_list("news_verbs", "attribution") else None


def _long_before_in_its_adverbial(
    verb: Any, sentence: Any, long_before: list[tuple[int, int]]
) -> bool:
    """Whether a time long before the article lies in an adverbial clause of the news verb,
    however deep the parse hung it ("Britain considered abandoning its deterrent as it cast
    around for ways to raise money during a crisis [30 years ago]"): the news is that old."""
    doc = sentence.doc
    for start, end in long_before:
        if not (sentence.start_char <= start < sentence.end_char):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        token = span.root if span is not None else None
        adverbial = False
        for _ in range(_PATH_DEPTH):
            if token is None or token.head.i == token.i:
                break
            adverbial = adverbial or token.dep_ == "advcl"
            if token.head.i == verb.i:
                if adverbial:
                    return True
                break  # a time of the verb itself is `_dated`'s; the next time may be deeper
            token = token.head
    return False


def _long_before(expression: TimeExpression, published: NormalizedDate) -> bool:
    """A time that ends more than `LONG_BEFORE_DAYS` before the article's date."""
    value = expression.value
    return value is not None and (published.start - value.end).days > LONG_BEFORE_DAYS


def _days_before(expression: TimeExpression, published: NormalizedDate) -> bool:
    """A day `TOLD_DAYS_BEFORE` or more before the article's date (the article's own day too:
    "…, officials said Friday" in Friday's paper has its own row, which tells the news)."""
    value = expression.value
    return bool(
        value is not None
        and value.granularity is Granularity.DAY
        and (published.start - value.end).days >= TOLD_DAYS_BEFORE
    )


def _news_verb(sentence: Any) -> Any | None:
    """The main past-tense verb with a subject, the root first, outside quotations and
    relative clauses, that is not a light verb ("made a move") or an attribution ("said")
    and is asserted, in a sentence that asks nothing ("Do you know why dinosaurs became meat
    eaters?"). Present perfect counts ("The Senate has passed a bill")."""
    last = next((t for t in reversed(sentence) if not (t.is_space or t.is_quote)), None)
    if last is not None and last.text == "?":
        return None
    quotes = 0
    candidates = []
    for token in sentence:
        if token.text in ('"', "“", "”"):
            quotes += 1
        elif quotes % 2 == 0 and not any(  # nor a helping verb of one: "as investors
            t.dep_ in _NOT_MAIN
            for t in (token, token.head)  # [appeared] encouraged"
        ):
            candidates.append(token)
    root = sentence.root.i  # (`Span.root` walks the sentence at each read)
    candidates.sort(key=lambda t: t.i != root)  # the root first, then text order
    for token in candidates:
        perfect = token.tag_ == "VBN" and any(c.lower_ in ("has", "have") for c in token.children)
        if token.i + 1 in joined_hyphens(token.doc):
            continue  # "[re]-elected": the parse's verb is the word's prefix
        if (
            (token.tag_ == "VBD" or perfect)
            and lemma(token).lower() not in _no_news()
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            and modality_of(token) is Modality.ASSERTED
        ):
            return token
    return None


def _no_news() -> frozenset[str]:
    return word_list("news_verbs", "light") | word_list("news_verbs", "attribution")


def _places_in_time(expression: TimeExpression, text: str) -> bool:
    if expression.type is not TimexType.DURATION:
        return True
    if _COUNTED_FROM.match(text, expression.end):
        return True  # "four hours after taking off": the time of another event, not the article's
    return bool(re.search(r"\b(?:last|past|next|previous|coming|recent)\b", expression.text, re.I))
