"""An `Event` assembled from a dated clause: headline, actors, figures, modality, mention."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from functools import partial
from typing import Any

from timeline.edtf import Granularity, NormalizedDate
from timeline.errors import without_bidi
from timeline.events.claims import claim_source
from timeline.events.clauses import (
    actors_of,
    clause_head,
    fronted_participle,
    modality_of,
    participants_of,
    subject_of,
    trigger_of,
)
from timeline.events.entities import DocumentEntities, clause_actors, resolve_document
from timeline.events.figures import FigureAt, figures_of
from timeline.events.headline import REPORTED_TOKENS, headline
from timeline.events.nominal import title_as_told
from timeline.events.place import opening_place
from timeline.events.speech import (
    first_person_owners,
    quoting_pronoun,
    reported_clause,
    told_news,
)
from timeline.events.telling import misread_conj
from timeline.events.trigger import trigger_span
from timeline.events.vocabulary import word_list
from timeline.events.written import described_by_a_relative, object_names, owners_of, stand_in
from timeline.models import (
    Anchor,
    Document,
    Event,
    Kind,
    Mention,
    Participant,
    TimeExpression,
)
from timeline.nlp.lemmas import lemma
from timeline.nlp.reads import span_text

_GRANULARITY_CONFIDENCE = {
    Granularity.DAY: 0.9, Granularity.MONTH: 0.85, Granularity.SEASON: 0.75,
    Granularity.QUARTER: 0.8, Granularity.YEAR: 0.8, Granularity.DECADE: 0.6,
    Granularity.CENTURY: 0.5, Granularity.INTERVAL: 0.8,
}  # fmt: skip
_ANCHOR_CONFIDENCE = {Anchor.EXPLICIT: 1.0, Anchor.RELATIVE: 0.85, Anchor.DOCUMENT_DATE: 0.6}


def confidence(date: NormalizedDate, anchor: Anchor, kind: Kind, title: str) -> float:
    """How sure the date and the reading are: explicit full dates highest, the article's
    own date lowest; captions and headlines that had to be cut count less."""
    value = _GRANULARITY_CONFIDENCE[date.granularity] * _ANCHOR_CONFIDENCE[anchor]
    if kind is Kind.CAPTION:
        value *= 0.7
    if title.endswith("…") or len(title.split()) > REPORTED_TOKENS:
        value *= 0.9  # (a sentence told whole, no clause of it made a headline)
    return round(value, 3)


def told_times(verb: Any, skip: set[int], expression: TimeExpression | None) -> set[int]:
    """The times within what a reporting verb reports, other than the event's own date: part
    of what was told ("told ABC Thursday that the forces will be ready in June 2007")."""
    reported = reported_clause(verb)
    if reported is None or expression is None:
        return set()
    own = range(expression.start, expression.end)
    return {t.i for t in reported.subtree if t.i in skip and t.idx not in own}


def make_event(
    document: Document,
    sentence: Any,
    predicate: Any,
    expression: TimeExpression | None,
    skip: set[int],
    kind: Kind,
    figures: list[FigureAt],
    date: NormalizedDate | None = None,
    antecedent: str | None = None,
    title: str | None = None,
    trigger: str | None = None,
) -> Event:
    """The event `predicate` (a verb, or an event noun) dated by `expression` (or by `date`);
    `title` is the headline and `trigger` the event word's lemma when the caller knows them (a
    nominal event's noun phrase and noun), else they are read from the clause."""
    date = date or (expression.value if expression else None)
    assert date is not None
    raw = span_text(sentence)
    text = raw.strip()
    offset = sentence.start_char + (len(raw) - len(raw.lstrip()))
    news = None if trigger else told_news(sentence, predicate, skip)
    event_word = predicate if news is None else news  # "X is recalling Y, officials said"
    trigger = trigger or trigger_of(event_word)
    span = trigger_span(sentence, event_word, trigger)
    mention = Mention(document.id, text, offset, offset + len(text), expression, span)
    found = resolve_document(sentence.doc)
    head = clause_head(predicate)
    subject = subject_of(head)
    if subject is None and (head.dep_ == "conj" or misread_conj(head) or fronted_participle(head)):
        subject = subject_of(head.head)  # "…and [resigned]", "…, then [moved]", "[Born] in …"
    if subject is None and head.dep_ == "acl" and head.tag_ == "VBN" and head.head.pos_ == "NOUN":
        subject = head.head  # "The index, [initiated] in 1995, tracks…": the index
    name = stand_in(found, subject) if subject is not None else None
    names = {subject.i: name} if subject is not None and name else {}
    names |= described_by_a_relative(found, head)  # "The French minister, who arrived…"
    owners = owners_of(found, subject) | object_names(found, head)
    speaker = quoting_pronoun(head) if subject is not None and subject.lower_ == "i" else None
    said_by = stand_in(found, speaker) if speaker is not None else None
    if subject is not None and speaker is not None and said_by:  # "'I will go,' he said"
        names[subject.i] = said_by
        owners |= first_person_owners(head, speaker)
    future = document.published is not None and date.start > document.published.end
    said = expression.text if expression else ""
    skip = skip - told_times(head, skip, expression)
    if title is not None and trigger is not None:  # "… will be held"
        title = title_as_told(predicate, skip, title, date, document.published, said)
    if title is not None:  # a nominal event's phrase: "Its 1980-1988 war" -> "Iraq's war"
        title = _owner_first(title, owners_of(found, predicate))
    light = _light_verb_of(predicate, head) if title is not None and subject is not None else None
    if light is not None:
        clause = headline(sentence, light, skip, antecedent, names, owners, future)
        title = clause if predicate.text in clause else title
    told = title or headline(sentence, predicate, skip, antecedent, names, owners, future)
    place = opening_place(sentence, head) if title is None else None
    if place is not None and place.split()[-1] not in told and '"' not in told:
        told = f"{told} {place}"  # "In Norwich, a woman was strangled": where
    if title is None:  # a clause's headline: "…, the governor said"
        source = claim_source(sentence, head, skip, str(told), found.same, partial(stand_in, found))
        told = f"{told}, {source}" if source else told
    title = str(without_bidi(told))  # a plain string, whatever kind of headline it was made from
    anchor = (expression.anchor or Anchor.EXPLICIT) if expression else Anchor.DOCUMENT_DATE
    key = f"{document.id}:{expression.start if expression else offset}:{predicate.i}"
    return Event(
        id="ev-" + hashlib.sha1(key.encode()).hexdigest()[:12],
        date=date,
        title=title,
        description=text,
        actors=clause_actors(found, actors_of(sentence, expression), head),
        confidence=confidence(date, anchor, kind, title),
        anchor=anchor,
        mentions=(mention,),
        trigger=trigger,
        kind=kind,
        modality=modality_of(predicate),
        figures=figures_of(figures, skip, predicate),
        participants=_resolved(found, participants_of(predicate, skip), subject),
    )


def _resolved(
    found: DocumentEntities, participants: tuple[Participant, ...], subject: Any | None
) -> tuple[Participant, ...]:
    """Participants' entities by their canonical names; a subject that is a pronoun or a
    description ("he", "the carmaker") with the entity it stands for."""
    resolved = []
    for participant in participants:
        entities = [found.canonical_of(e) for e in participant.entities]
        if participant.role == "subject" and not entities and subject is not None:
            actor = found.resolve(subject)
            entities = [actor] if actor is not None else []
        resolved.append(replace(participant, entities=tuple(dict.fromkeys(entities))))
    return tuple(resolved)


def _light_verb_of(noun: Any, head: Any) -> Any | None:
    """The light verb whose event noun `noun` is what it does ("agreed to the purchase of 22
    Boeing 787s", "launched negotiations", "are to hold a meeting"), when it is the clause's
    head `head` or a verb the head takes ("expected to hold"): the clause then tells it whole,
    with who did it (when it has a subject: "with plans to begin a shipment" keeps the noun's
    phrase)."""
    if noun.pos_ != "NOUN" or head.pos_ not in ("VERB", "AUX"):
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ != "prep":
        return None
    taken = verb
    while taken.dep_ == "xcomp" and taken.i != head.i:
        taken = taken.head
    if taken.i != head.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if lemma(verb).lower() in word_list("nouns_light_verbs", "verbs") else None


def _owner_first(title: str, owners: dict[int, str]) -> str:
    """A phrase that opens with a possessive pronoun ("His visit to Vietnam") with its owner
    instead, when the document makes it clear."""
    first, _, rest = title.partition(" ")
    if owners and first.lower() in ("his", "her", "its", "their"):
        return f"{next(iter(owners.values()))} {rest}"
    return title
