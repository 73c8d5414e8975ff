"""The document's title as an event at the article's date: a headline tells the news of the
day it was published ("Apple unveils iPhone 4") unless the text gives it another date (in
the title, or the same news dated in the body).

The title is an event when it is a clause (its root a verb) or a label that holds a verb
("Apple to launch iPhone", "Reactions after Jobs resigned"); a label without one ("Reactions
to Apple's OS X Tiger") is no event. Its trigger is the verb's lemma and its headline is
built from the title's own words, so that the merge can join it to the same news told in the
body (same trigger, same actors).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import timedelta
from itertools import islice
from typing import Any

from timeline.edtf import NormalizedDate
from timeline.events.assemble import make_event
from timeline.events.clauses import modality_of, trigger_of
from timeline.events.figures import sentence_figures
from timeline.events.vocabulary import word_list
from timeline.models import Anchor, Document, Event, Kind, Modality, TimeExpression
from timeline.nlp.lemmas import lemma

_MAX_TITLE_TOKENS = 40  # longer than any headline: a first line this long is body text
_LEAD_SENTENCES = 3  # the sentences after the title that may tell its news with a date...
_LEAD_MIN_TOKENS = 8  # ...counting those of this many tokens ("They had the warnings." is not)...
_LEAD_DAYS = 7  # ...of this many days before publication at most...
_LEAD_SHARE = 0.5  # ...when the lead has at least this share of the title's content words
_LEAD_WORDS = 2  # ...and the dated sentence at least this many of them
_CONTENT_TAGS = ("NOUN", "PROPN", "VERB", "NUM", "ADJ")


def title_event(
    document: Document,
    doc: Any,
    expressions: list[TimeExpression],
    text: str,
    body: Iterable[Event] = (),
) -> Event | None:
    """The title's event at the publication date, or None: no title in the text, no verb in
    it, a date of its own (then the title is dated like any sentence), or its news told with
    a date in the `body` events (the same trigger: "City council approves budget" / "The
    council approved the budget on March 3")."""
    span = title_span(document, doc, text)
    if span is None or document.published is None:
        return None
    if any(span.start_char <= e.start < span.end_char for e in expressions if e.dates_events):
        return None  # "Apple to ship iPhone on June 29": the ordinary events date it
    verb = _title_verb(span)
    if verb is None or modality_of(verb) is Modality.NEGATED:
        return None  # "Police Will Not Assist in Deportations": nothing happened
    event = make_event(
        document, span, verb, None, set(), Kind.EVENT, sentence_figures(span), document.published
    )
    trigger = trigger_of(verb) or lemma(verb).lower()
    dated = [e for e in body if e.anchor is not Anchor.DOCUMENT_DATE]
    if any(e.trigger == trigger for e in dated) or _told_in_lead(span, dated, document.published):
        return None  # the text gives the title's news another date
    return replace(event, trigger=trigger)


def _told_in_lead(span: Any, dated: list[Event], published: NormalizedDate) -> bool:
    """Whether the lead tells the title's news in other words with a date of the week before
    publication ("Council approves recovery fund" / "The council voted 5-2 on Tuesday to
    create a $14 million recovery fund"): a sentence of it with such a date has some of the
    title's words, and it is the lede (the first sentence: "Trial opens in lawsuit over
    e-bike fire" / "A lawyer … told jurors on Monday …") or most of the title's words are in
    the lead."""
    words = _content_words(span)
    if not words:
        return False
    doc = span.doc
    long_enough = (s for s in doc[span.end :].sents if len(s) >= _LEAD_MIN_TOKENS)
    lead = list(islice(long_enough, _LEAD_SENTENCES))  # (not every sentence of the text)
    told = [_content_words(s) for s in lead]
    shared = len(words & set().union(*told)) >= _LEAD_SHARE * len(words)
    day = published.start
    for number, (sentence, its_words) in enumerate(zip(lead, told, strict=True)):
        recent = any(
            any(sentence.start_char <= m.char_start < sentence.end_char for m in e.mentions)
            and day - timedelta(days=_LEAD_DAYS) <= e.date.start <= day
            for e in dated
        )
        # the lede itself tells the title's news; a later sentence when the lead shares
        # most of the title's words
        if recent and len(words & its_words) >= _LEAD_WORDS and (shared or number == 0):
            return True
    return False


def _content_words(span: Any) -> set[str]:
    return {
        lemma(t).lower()
        for t in span
        if t.pos_ in _CONTENT_TAGS and not t.is_stop and (t.is_alpha or t.like_num)
    }


def title_span(document: Document, doc: Any, text: str) -> Any | None:
    """The tokens of the title's line in the text: the first non-empty line when it is the
    document's title (or, with no title given, a short line without a full stop)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if not line:
        return None
    title = (document.title or "").strip()
    if title:
        if line.rstrip(".") != title.rstrip("."):
            return None
    elif line.endswith((".", "!", "?", '"', "”")) or end == len(text):
        return None
    span = doc.char_span(start, start + len(line), alignment_mode="expand")
    if span is None or len(span) > _MAX_TITLE_TOKENS:
        return None
    sentence = span[0].sent  # (once per document)
    # the line is a sentence of its own (line breaks end sentences): events are read per
    # sentence, and a title run into the next line would be read with words not its own
    return sentence if sentence.text.strip() == line else None


def _title_verb(span: Any) -> Any | None:
    """The verb of the title: its root when that is a verb, else the first verb the label
    holds ("Apple to launch …"), never a participle that only describes ("the newest
    version", "a revamped iPod")."""
    heads = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head == t]
    for token in heads:
        if token.pos_ == "VERB":
            return _told(token)
    for token in span:
        if token.pos_ == "VERB" and token.dep_ not in ("amod", "compound", "nmod"):
            return _told(token)
    return None


def _told(verb: Any) -> Any | None:
    """The news an attribution introduces ("Police Aren't Helping ICE, Report Says"); None
    when the parse shows none (saying is not the news)."""
    if lemma(verb).lower() not in word_list("news_verbs", "attribution"):
        return verb
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
