"""Events: a sentence whose action a time expression dates becomes an `Event` with a short
headline, its actors and a mention pointing back to the text."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

from timeline.edtf import Granularity, NormalizedDate
from timeline.models import Actor, Anchor, Document, Event, Mention, TimeExpression

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LAW")
MAX_TITLE_WORDS = 14
# Lines that are about the page, not the news: sign-up calls, disclaimers, bylines, credits.
_BOILERPLATE = re.compile(
    r"^\W*(?:sign up|subscribe|disclaimer|copyright|©|all rights reserved|click here|"
    r"follow (?:him|her|them|us)\b|fact-checking policy|contact us|read more|related:|"
    r"this is an archived article|(?:photo|image|video) credit|share this)"
    r"|\b(?:is|are) an? (?:\w+ )?(?:reporter|writer|correspondent|editor|columnist|contributor)"
    r" (?:for|at|with)\b",
    re.IGNORECASE,
)
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
_PARTICLES = frozenset({"back", "out", "up", "down", "off", "away"})
_OBJECT_DEPS = ("dobj", "attr", "dative", "oprd", "acomp", "xcomp", "agent", "prt")
_DROP_DEPS = ("relcl", "appos", "acl", "advcl", "punct", "parataxis", "cc", "conj", "mark", "meta")
_GRANULARITY_CONFIDENCE = {
    Granularity.DAY: 0.9, Granularity.MONTH: 0.85, Granularity.SEASON: 0.75,
    Granularity.QUARTER: 0.8, Granularity.YEAR: 0.8, Granularity.DECADE: 0.6,
    Granularity.CENTURY: 0.5, Granularity.INTERVAL: 0.8,
}  # fmt: skip


def extract_events(
    document: Document, doc: Any, expressions: Iterable[TimeExpression]
) -> list[Event]:
    """One event per sentence and predicate that a time expression dates."""
    by_sentence: dict[int, list[TimeExpression]] = {}
    sentences = {}
    for expression in expressions:
        if not expression.dates_events:
            continue
        span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
        if span is None:
            continue
        sentence = span.sent
        sentences[sentence.start] = sentence
        by_sentence.setdefault(sentence.start, []).append(expression)
    events = []
    for start, found in sorted(by_sentence.items()):
        sentence = sentences[start]
        if _BOILERPLATE.search(sentence.text):
            continue
        timex_tokens = {
            token.i
            for expression in found
            for token in doc.char_span(expression.start, expression.end, alignment_mode="expand")
        }
        for predicate, expression in _one_per_predicate(doc, found):
            events.append(_event(document, sentence, predicate, expression, timex_tokens))
    return events


def _one_per_predicate(doc: Any, found: list[TimeExpression]) -> list[tuple[Any, TimeExpression]]:
    """Group a sentence's time expressions by the predicate they attach to; keep the most
    precise one of each group."""
    groups: dict[int, list[TimeExpression]] = {}
    predicates = {}
    for expression in found:
        span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
        predicate = governing_predicate(span.root)
        predicates[predicate.i] = predicate
        groups.setdefault(predicate.i, []).append(expression)
    chosen = []
    for i, group in sorted(groups.items()):
        best = min(group, key=lambda e: (_precision_rank(e.value), e.start))
        chosen.append((predicates[i], best))
    return chosen


def _precision_rank(value: NormalizedDate | None) -> int:
    return value.days if value is not None else 10**9


def governing_predicate(token: Any) -> Any:
    """The verb a token belongs to: its nearest verb ancestor, else the sentence root."""
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") and current is not token:
            return current
        if current.head is current:
            return current
        current = current.head
    return current


def _event(
    document: Document,
    sentence: Any,
    predicate: Any,
    expression: TimeExpression,
    timex_tokens: set[int],
) -> Event:
    assert expression.value is not None
    text = sentence.text.strip()
    offset = sentence.start_char + (len(sentence.text) - len(sentence.text.lstrip()))
    mention = Mention(document.id, text, offset, offset + len(text), expression)
    title = headline(sentence, predicate, timex_tokens)
    anchor = expression.anchor or Anchor.EXPLICIT
    confidence = _GRANULARITY_CONFIDENCE[expression.value.granularity]
    if anchor is Anchor.RELATIVE:
        confidence *= 0.85
    if title.endswith("…"):
        confidence *= 0.9
    key = f"{document.id}:{expression.start}:{predicate.i}"
    return Event(
        id="ev-" + hashlib.sha1(key.encode()).hexdigest()[:12],
        date=expression.value,
        title=title,
        description=text,
        actors=actors_of(sentence, expression),
        confidence=round(confidence, 3),
        anchor=anchor,
        mentions=(mention,),
        trigger=predicate.lemma_.lower() if predicate.pos_ in ("VERB", "AUX") else None,
    )


def actors_of(sentence: Any, expression: TimeExpression | None = None) -> tuple[Actor, ...]:
    """Named people, organisations, places, groups and laws in the sentence, once each."""
    seen: set[str] = set()
    actors = []
    for ent in sentence.ents:
        if ent.label_ not in ACTOR_LABELS or any(t.pos_ in ("VERB", "AUX", "PRON") for t in ent):
            continue
        if (
            expression is not None
            and ent.start_char < expression.end
            and expression.start < ent.end_char
        ):
            continue
        text = re.sub(r"^(?:the)\s+|['’]s$", "", ent.text.strip(), flags=re.IGNORECASE).strip()
        key = text.lower()
        if len(text) < 2 or key in seen:
            continue
        seen.add(key)
        actors.append(Actor(text, ent.label_))
    return tuple(actors)


def headline(sentence: Any, predicate: Any, skip: set[int]) -> str:
    """Subject, predicate and object of the dated clause, in text order, about 4-14 words."""
    predicate = _clause_head(predicate)
    keep: set[int] = {predicate.i}
    for child in predicate.children:
        if child.dep_ in ("aux", "auxpass", "neg", "prt") or child.lower_ in _PARTICLES:
            keep.add(child.i)
    subject = _subject(predicate)
    if subject is None and predicate.dep_ == "conj":
        subject = _subject(predicate.head)
    if subject is not None:
        keep |= _phrase(subject, skip, limit=7)
    objects = [c for c in predicate.children if c.dep_ in _OBJECT_DEPS]
    if not any(c.dep_ == "dobj" for c in objects):
        objects += [c for c in predicate.children if c.dep_ == "ccomp"]
    preps = [c for c in predicate.children if c.dep_ == "prep" and not _is_time_phrase(c, skip)]
    for child in objects + preps[:1]:
        room = MAX_TITLE_WORDS - len(keep)
        if room <= 1:
            break
        keep |= _phrase(child, skip, limit=room)
    tokens = [t for t in sentence if t.i in keep and t.i not in skip and not t.is_space]
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("ADP", "CCONJ", "DET", "PART")):
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    if len([t for t in tokens if not t.is_punct]) < 3:
        return _shorten(sentence.text)
    return _tidy(join_tokens(tokens))


def join_tokens(tokens: list[Any]) -> str:
    """Tokens as text, with a space wherever tokens were dropped between them."""
    parts = []
    for token, following in zip(tokens, [*tokens[1:], None], strict=True):
        adjacent = following is not None and following.i == token.i + 1
        parts.append(token.text_with_ws if adjacent else token.text + " ")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _clause_head(predicate: Any) -> Any:
    """Out of subject-less subordinate clauses ("after being shot"), up to a verb that has
    its own subject, so that the headline says who."""
    for _ in range(8):
        if predicate.head is predicate:
            break
        subordinate = predicate.dep_ in ("advcl", "pcomp", "acl", "prep", "pobj")
        if not (
            predicate.dep_ == "xcomp"
            or predicate.pos_ not in ("VERB", "AUX")
            or (subordinate and _subject(predicate) is None)
        ):
            break
        predicate = predicate.head
    return predicate


def _subject(predicate: Any) -> Any | None:
    return next((c for c in predicate.children if c.dep_ in _SUBJECT_DEPS), None)


def _phrase(head: Any, skip: set[int], limit: int) -> set[int]:
    """The tokens of a phrase without its clauses, appositions and time expressions, cut to
    `limit` tokens nearest its head."""
    tokens = [head]
    stack = list(head.children)
    while stack:
        token = stack.pop()
        hyphen = token.text in ("-", "–", "'", "’")
        if (
            (token.dep_ in _DROP_DEPS and not hyphen)
            or token.i in skip
            or _is_time_phrase(token, skip)
        ):
            continue
        tokens.append(token)
        stack.extend(token.children)
    tokens.sort(key=lambda t: (abs(t.i - head.i), t.i))
    chosen = sorted(t.i for t in tokens[:limit])
    # keep it contiguous around the head
    contiguous = {head.i}
    for i in sorted(i for i in chosen if i > head.i):
        if i - 1 in contiguous:
            contiguous.add(i)
    for i in sorted((i for i in chosen if i < head.i), reverse=True):
        if i + 1 in contiguous:
            contiguous.add(i)
    return contiguous


def _is_time_phrase(token: Any, skip: set[int]) -> bool:
    """A preposition whose object is a time expression ("in 2012", "on Wednesday")."""
    return token.dep_ == "prep" and any(c.i in skip for c in token.children)


def _shorten(text: str) -> str:
    words = text.split()
    if len(words) <= MAX_TITLE_WORDS:
        return _tidy(" ".join(words).rstrip(".;:,"))
    return _tidy(" ".join(words[:MAX_TITLE_WORDS]).rstrip(".;:,") + "…")


def _tidy(text: str) -> str:
    """Sentence case for text in capitals; a capital first letter."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        text = text.lower()
    return text[:1].upper() + text[1:]
