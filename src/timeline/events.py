"""Events: a sentence whose action a time expression dates becomes an `Event` with a short
headline, its actors, figures and modality, and a mention pointing back to the text. The
lead's main news, when it has no date of its own, is dated by the article."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from timeline.clauses import (
    FigureAt,
    actors_of,
    figures_of,
    governing_predicate,
    headline,
    modality_of,
    participants_of,
    sentence_figures,
    trigger_of,
)
from timeline.edtf import Granularity, NormalizedDate
from timeline.errors import without_bidi
from timeline.lemmas import lemma
from timeline.models import (
    Anchor,
    Document,
    Event,
    Kind,
    Mention,
    Modality,
    TimeExpression,
    TimexType,
)

# Lines that are about the page, not the news: sign-up calls, disclaimers, bylines, credits.
_BOILERPLATE = re.compile(
    r"^\W*(?:sign up|subscribe|disclaimer|copyright|©|all rights reserved|click here|"
    r"follow (?:him|her|them|us)\b|fact-checking policy|contact us|read more|related:|"
    r"this is an archived article|(?:photo|image|video) credit|share this)"
    r"|\b(?:is|are) an? (?:\w+ )?(?:reporter|writer|correspondent|editor|columnist|contributor)"
    r" (?:for|at|with)\b",
    re.IGNORECASE,
)
# A photo credit line: "Brian Kersey / Associated Press", "(AP Photo/Jane Doe)".
_NAME = r"[A-Z][\w.'’-]*(?:[\s-]+[A-Z][\w.'’-]*){0,3}"
_CREDIT = re.compile(
    rf"^\s*\(?(?:(?:AP|Reuters|AFP|Getty)\s+Photo\b.{{0,60}}|(?:Photo(?:graph)?|Image)(?:\s+by|:)\s*.{{1,60}}"
    rf"|{_NAME}\s*/\s*{_NAME}(?:\s+via\s+{_NAME})?)\)?\s*$"
)
_GRANULARITY_CONFIDENCE = {
    Granularity.DAY: 0.9, Granularity.MONTH: 0.85, Granularity.SEASON: 0.75,
    Granularity.QUARTER: 0.8, Granularity.YEAR: 0.8, Granularity.DECADE: 0.6,
    Granularity.CENTURY: 0.5, Granularity.INTERVAL: 0.8,
}  # fmt: skip
_ANCHOR_CONFIDENCE = {Anchor.EXPLICIT: 1.0, Anchor.RELATIVE: 0.85, Anchor.DOCUMENT_DATE: 0.6}
_LEAD_SENTENCES = 3
_LIGHT_VERBS = frozenset("be have do make take get give go come say tell report write".split())


def extract_events(
    document: Document, doc: Any, expressions: Iterable[TimeExpression]
) -> list[Event]:
    """One event per sentence and predicate that a time expression dates, and the lead
    event dated by the article when the lead has no date of its own."""
    expressions = list(expressions)
    text = doc.text  # Doc.text joins every token at each call: read it once
    captions = caption_lines(text)
    by_sentence: dict[int, list[tuple[TimeExpression, Any]]] = {}
    sentence_at = {i: s for s in doc.sents for i in range(s.start, s.end)}  # span.sent is slow
    sentences = {}
    for expression in expressions:
        span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
        if span is None or not expression.dates_events or _compares(span):
            continue
        sentence = sentence_at[span.start]
        sentences[sentence.start] = sentence
        by_sentence.setdefault(sentence.start, []).append((expression, span))
    events = []
    for start, found in sorted(by_sentence.items()):
        sentence = sentences[start]
        if _BOILERPLATE.search(sentence.text):
            continue
        skip = {t.i for _, span in found for t in span}
        kind = Kind.CAPTION if _line_of(text, sentence.start_char) in captions else Kind.EVENT
        figures = sentence_figures(sentence)
        for predicate, expression in _one_per_predicate(found):
            events.append(_event(document, sentence, predicate, expression, skip, kind, figures))
    lead = lead_event(document, doc, expressions, captions, text)
    return [*events, lead] if lead else events


def _compares(span: Any) -> bool:
    """A comparison with the past, not an event then: "the highest turnout since 1992", "up
    from $71 million a year earlier", "fell 9% from a year ago"."""
    doc = span.doc
    if re.fullmatch(
        r"(?:a|one) year (?:ago|earlier)|(?:the )?year[- ](?:ago|earlier).*", span.text.lower()
    ):
        before = {t.lower_ for t in doc[max(0, span.start - 14) : span.start]}
        if before & {"from", "than", "compared", "versus", "vs", "vs."}:
            return True
    since = span[0]
    if since.lower_ != "since":
        return False
    window = span.doc[max(0, since.i - 8) : since.i]  # "the highest … race since 2011"
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "only") for t in window)


def _one_per_predicate(found: list[tuple[TimeExpression, Any]]) -> list[tuple[Any, TimeExpression]]:
    """Group a sentence's time expressions by the predicate they attach to; keep the most
    precise one of each group. A date that only describes a thing ("citing a 2023 ruling",
    "the quarter ended Sept. 28") makes no event of its own when another date in the sentence
    dates the action."""
    described = [(e, s) for e, s in found if _describes_a_thing(s)]
    if len(described) < len(found):
        found = [(e, s) for e, s in found if (e, s) not in described]
    groups: dict[int, list[TimeExpression]] = {}
    predicates = {}
    for expression, span in found:
        predicate = governing_predicate(span.root)
        predicates[predicate.i] = predicate
        groups.setdefault(predicate.i, []).append(expression)
    chosen = []
    for i, group in sorted(groups.items()):
        best = min(group, key=lambda e: (_precision_rank(e.value), e.start))
        # a list or range of days for one verb ("hearings on 23 January, 6 February and 20
        # February", "from 15% on Friday to 48% on Sunday"): one event for each
        kind = best.value.granularity if best.value else None
        values: list[NormalizedDate] = []
        for expression in sorted(group, key=lambda e: e.start):
            value = expression.value
            if value is not None and value.granularity == kind and value not in values:
                values.append(value)
                chosen.append((predicates[i], expression))
    return chosen


def _describes_a_thing(span: Any) -> bool:
    root = span.root
    if root.dep_ in ("compound", "amod", "nummod", "nmod", "poss"):
        return bool(root.head.pos_ in ("NOUN", "PROPN"))
    verb = governing_predicate(root)  # "the quarter ended Sept. 28": the end of a period
    return bool(verb.dep_ == "acl" and lemma(verb) in ("end", "begin", "start", "close"))


def _precision_rank(value: NormalizedDate | None) -> int:
    return value.days if value is not None else 10**9


def confidence(date: NormalizedDate, anchor: Anchor, kind: Kind, title: str) -> float:
    """How sure the date and the reading are: explicit full dates highest, the article's
    own date lowest; captions and headlines that had to be cut count less."""
    value = _GRANULARITY_CONFIDENCE[date.granularity] * _ANCHOR_CONFIDENCE[anchor]
    if kind is Kind.CAPTION:
        value *= 0.7
    if title.endswith("…"):
        value *= 0.9
    return round(value, 3)


def _event(
    document: Document,
    sentence: Any,
    predicate: Any,
    expression: TimeExpression | None,
    skip: set[int],
    kind: Kind,
    figures: list[FigureAt],
    date: NormalizedDate | None = None,
    antecedent: str | None = None,
) -> Event:
    date = date or (expression.value if expression else None)
    assert date is not None
    raw = sentence_text(sentence)
    text = raw.strip()
    offset = sentence.start_char + (len(raw) - len(raw.lstrip()))
    mention = Mention(document.id, text, offset, offset + len(text), expression)
    title = without_bidi(headline(sentence, predicate, skip, antecedent))
    anchor = (expression.anchor or Anchor.EXPLICIT) if expression else Anchor.DOCUMENT_DATE
    key = f"{document.id}:{expression.start if expression else offset}:{predicate.i}"
    return Event(
        id="ev-" + hashlib.sha1(key.encode()).hexdigest()[:12],
        date=date,
        title=title,
        description=text,
        actors=actors_of(sentence, expression),
        confidence=confidence(date, anchor, kind, title),
        anchor=anchor,
        mentions=(mention,),
        trigger=trigger_of(predicate),
        kind=kind,
        modality=modality_of(predicate),
        figures=figures_of(figures, skip, predicate),
        participants=participants_of(predicate, skip),
    )


def sentence_text(sentence: Any) -> str:
    """A sentence's text, kept with its document: `Span.text` joins every token each call,
    and a sentence with many dates is read for each of its events."""
    cache: dict[int, str] = sentence.doc.user_data.setdefault("timeline_sentences", {})
    if sentence.start not in cache:
        cache[sentence.start] = sentence.text
    return cache[sentence.start]


def caption_lines(text: str) -> set[int]:
    """Start offsets of the lines that are photo captions: the lines just above a photo
    credit ("Brian Kersey / Associated Press"), or ending with one."""
    lines = []
    position = 0
    for line in text.splitlines(keepends=True):
        lines.append((position, line.strip()))
        position += len(line)
    captions: set[int] = set()
    for index, (start, line) in enumerate(lines):
        if not line:
            continue
        if _CREDIT.match(line):
            previous = [(s, t) for s, t in lines[max(0, index - 5) : index] if t]
            if previous and not _CREDIT.match(previous[-1][1]):
                caption = previous[-1][1]  # the nearest line, and copies of it just above
                captions.update(s for s, t in previous if t == caption)
        elif _CREDIT.match(re.split(r"(?<=[.!?])\s+", line)[-1]):
            captions.add(start)
    return captions


def _line_of(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def lead_event(
    document: Document,
    doc: Any,
    expressions: list[TimeExpression],
    captions: set[int],
    text: str,
) -> Event | None:
    """The main news of the lead, dated by the article, when the lead names no date.

    The lead is the first three sentences of the body (headlines, captions and boilerplate
    aside). When its first sentence is dated, the lead has its date and no event is added.
    `text` is `doc.text`, read once by the caller (spaCy joins every token at each read).
    """
    if document.published is None:
        return None
    body = [s for s in doc.sents if _is_body(s, text, captions, document.title)]
    found = _lead_news(body[:_LEAD_SENTENCES], expressions)
    if found is None:
        return None
    index, verb, antecedent = found
    figures = sentence_figures(body[index])
    event = _event(
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
        for s in body[index + 1 : index + 3]
        for _, _, f in sentence_figures(s)
        if f.kind == "tally"
    ]
    return replace(event, figures=tuple(dict.fromkeys([*event.figures, *tallies])))


def _lead_news(
    lead: list[Any], expressions: list[TimeExpression]
) -> tuple[int, Any, str | None] | None:
    """(sentence index, verb, what a pronoun subject stands for) of the lead's news: the first
    undated sentence with a past-tense news verb."""
    # durations do not date ("for days"), but "in the last three months" places the news
    timed = [(e.start, e.end) for e in expressions if _places_in_time(e)]
    previous_subject = None
    for index, sentence in enumerate(lead):
        if any(sentence.start_char < e and s < sentence.end_char for s, e in timed):
            if index == 0:
                return None  # the lead is dated: its events have their own dates
            continue
        verb = _news_verb(sentence)
        if verb is not None:
            subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
            return index, verb, previous_subject if subject.pos_ == "PRON" else None
        subject = next(
            (c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None
        )
        if subject is not None and subject.pos_ != "PRON":
            previous_subject = sentence.doc[subject.left_edge.i : subject.right_edge.i + 1].text
    return None


def _news_verb(sentence: Any) -> Any | None:
    """The main past-tense verb with a subject, the root first, outside quotations and
    relative clauses, that is not a light verb ("made a move") or an attribution ("said")
    and is asserted. Present perfect counts ("The Senate has passed a bill")."""
    quotes = 0
    candidates = []
    for token in sentence:
        if token.text in ('"', "“", "”"):
            quotes += 1
        elif quotes % 2 == 0 and token.dep_ not in ("relcl", "acl", "advcl", "pcomp"):
            candidates.append(token)
    candidates.sort(key=lambda t: t.i != sentence.root.i)  # the root first, then text order
    for token in candidates:
        perfect = token.tag_ == "VBN" and any(c.lower_ in ("has", "have") for c in token.children)
        if (
            (token.tag_ == "VBD" or perfect)
            and lemma(token).lower() not in _LIGHT_VERBS
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            and modality_of(token) is Modality.ASSERTED
        ):
            return token
    return None


def _places_in_time(expression: TimeExpression) -> bool:
    if expression.type is not TimexType.DURATION:
        return True
    return bool(re.search(r"\b(?:last|past|next|previous|coming|recent)\b", expression.text, re.I))


def _is_body(sentence: Any, text: str, captions: set[int], title: str | None) -> bool:
    """Not a headline (no full stop, or the title again), a caption or boilerplate."""
    stripped = sentence.text.strip()
    if not stripped or not stripped.endswith((".", "!", "?", '"', "”", "’")):
        return False
    if title and stripped.rstrip(".") == title.rstrip("."):
        return False
    if re.match(r"(?:please|click|tap|watch|listen)\b", stripped, re.IGNORECASE):
        return False  # a request to the reader, not news
    return _line_of(text, sentence.start_char) not in captions and not _BOILERPLATE.search(stripped)
