"""An entity timeline's events: every clause of the body, dated as the text dates it.

A reader's timeline keeps the clauses a time expression dates; an entity timeline
(`timeline extract --entity NAME`) wants every event of the entity, and most are told without
a date of their own. Each verb of a body sentence that no event covers yet becomes an event:
- dated by a time expression of its own clause, when the sentence has one;
- else, when its tense allows (a past-tense clause, and a date not after the article's), by
  the nearest date named before it in its paragraph (a line), or else by the story's day
  (the last day the text named before it: "On Monday, Apple unveiled…" goes on to tell
  Monday's news);
- else by the publication date.
Its actors are the names of its own clause, not of the clauses it embeds.
The entity filter then keeps the events of the entity (`filters.EventFilter`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from timeline.edtf import Granularity, NormalizedDate
from timeline.events.assemble import confidence, make_event
from timeline.events.clauses import clause_head, governing_predicate, sentences, subject_of
from timeline.events.figures import sentence_figures
from timeline.events.page import is_body, line_of
from timeline.models import Actor, Anchor, Document, Event, Kind, TimeExpression
from timeline.nlp.lemmas import lemma
from timeline.nlp.reads import text_of
from timeline.temporal.resolve import Tense
from timeline.temporal.tense import clause_tense

# Dates a narrative goes on from: not spans ("1955-2011"), decades or centuries.
_NARRATIVE_GRANULARITIES = frozenset(
    {Granularity.DAY, Granularity.MONTH, Granularity.SEASON, Granularity.QUARTER, Granularity.YEAR}
)
# Clauses inside a clause: their actors are not the embedding verb's.
_EMBEDDED = frozenset({"ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl"})
# A verb in these roles describes a thing ("the revamped iPod"), helps another verb or is a
# preposition ("according to", "including").
_NOT_CLAUSES = frozenset({"amod", "compound", "aux", "auxpass", "nmod", "prep"})


def clause_events(
    document: Document,
    doc: Any,
    expressions: list[TimeExpression],
    events: Iterable[Event],
    captions: set[int],
) -> list[Event]:
    """An event for each verb of the body that `events` do not cover (same sentence, same
    trigger), dated by its clause, its paragraph, the story's day or the publication date;
    its actors are those its own clause names."""
    text = text_of(doc)
    covered: dict[str, list[int]] = {}
    for event in events:
        for mention in event.mentions:
            covered.setdefault(event.trigger or "", []).append(mention.char_start)
    dated = [e for e in expressions if e.dates_events and e.value is not None]
    found = []
    for sentence in sentences(doc):
        if not is_body(sentence, text, captions, document.title):
            continue
        inside = [e for e in dated if sentence.start_char <= e.start < sentence.end_char]
        attached = _attachments(doc, inside)
        paragraph = line_of(text, sentence.start_char)  # a paragraph is a line
        figures: list[Any] | None = None
        skip = {t.i for e in inside for t in _span(doc, e)}
        for token in sentence:
            if token.pos_ != "VERB" or token.dep_ in _NOT_CLAUSES:
                continue
            trigger = lemma(token).lower()
            starts = covered.get(trigger, ())
            if any(sentence.start_char <= s < sentence.end_char for s in starts):
                continue
            if any(e.start <= token.idx < e.end for e in inside):
                continue  # a word of a time expression ("the following year")
            dating = _dating(token, attached, dated, paragraph, document.published)
            if dating is None:
                continue
            expression, date, anchor = dating
            figures = sentence_figures(sentence) if figures is None else figures
            event = make_event(
                document, sentence, token, expression, skip, Kind.EVENT, figures, date
            )
            found.append(
                replace(
                    event,
                    actors=_own_actors(event, token),
                    trigger=trigger,
                    anchor=anchor,
                    confidence=confidence(date, anchor, Kind.EVENT, event.title),
                )
            )
    return found


def _own_actors(event: Event, verb: Any) -> tuple[Actor, ...]:
    """The actors named in the verb's own clause, not in the clauses it embeds: in "Jobs
    announced that Macs would ship with Intel chips", the shipping is not Jobs's event."""
    words = " ".join(verb.doc[i].text for i in sorted(_clause_tokens(verb)))
    return tuple(a for a in event.actors if a.text in words)


def _clause_tokens(verb: Any) -> set[int]:
    """The tokens of a verb's clause without the clauses it embeds; with the subject it
    shares with the verb it is joined to ("was fired and founded NeXT", "agreed to buy")."""
    tokens: set[int] = set()
    stack = [verb]
    while stack:
        token = stack.pop()
        tokens.add(token.i)
        stack.extend(
            c for c in token.children if c.dep_ not in _EMBEDDED or c.pos_ not in ("VERB", "AUX")
        )
    if verb.dep_ in ("conj", "xcomp") and subject_of(verb) is None:
        subject = subject_of(verb.head)
        if subject is not None:
            tokens.update(t.i for t in subject.subtree)
    return tokens


def _span(doc: Any, expression: TimeExpression) -> Any:
    return doc.char_span(expression.start, expression.end, alignment_mode="expand") or ()


def _attachments(doc: Any, inside: list[TimeExpression]) -> list[tuple[Any, TimeExpression]]:
    """The clause head each time expression of a sentence dates."""
    found = []
    for expression in inside:
        span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
        if span is not None:
            found.append((clause_head(governing_predicate(span.root)), expression))
    return found


def _dating(
    token: Any,
    attached: list[tuple[Any, TimeExpression]],
    dated: list[TimeExpression],
    paragraph: int,
    published: NormalizedDate | None,
) -> tuple[TimeExpression | None, NormalizedDate, Anchor] | None:
    """(the time expression, date, anchor) of a verb's clause; None when nothing dates it."""
    head = clause_head(token)
    own = [e for h, e in attached if h in (head, token)]
    if own:
        expression = own[0]
        assert expression.value is not None
        return expression, expression.value, expression.anchor or Anchor.EXPLICIT
    tense = clause_tense(token.doc[token.i : token.i + 1])
    if tense is Tense.PAST:
        before = [
            e
            for e in dated
            if paragraph <= e.start
            and e.end <= token.idx
            and e.value is not None
            and e.value.granularity in _NARRATIVE_GRANULARITIES
        ]
        if not before:  # the story's day: the last day the text named before
            before = [
                e
                for e in dated
                if e.end <= token.idx
                and e.value is not None
                and e.value.granularity is Granularity.DAY
            ]
        if before:
            value = before[-1].value
            assert value is not None
            if published is None or value.start <= published.end:
                return None, value, Anchor.RELATIVE
    if published is None:
        return None
    return None, published, Anchor.DOCUMENT_DATE
