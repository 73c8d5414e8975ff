"""Recognising time expressions: a spaCy component that writes `doc.spans["timex"]`.

Two sources are combined: the rules of `grammar` run over the text, and spaCy's own DATE and
TIME entities where no rule matched. The span label names the rule that found it ("ner" for
spaCy's).
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from timeline.temporal.anchors import FOLD, AnchorIndex, anchor_sets
from timeline.temporal.grammar import RULES

SPAN_KEY = "timex"
NER_LABEL = "ner"
# A blank line ends a paragraph; no time expression runs on across one.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


@cache
def _anchors() -> AnchorIndex:
    """Built on first use: a run that reads everything from the cache never needs it."""
    return AnchorIndex([anchor_sets(rule.pattern) for rule in RULES])


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph; the blank lines after one belong to it."""
    starts = [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(text))]
    return [(s, e) for s, e in zip(starts, [*starts[1:], len(text)], strict=True) if e > s]


def find_in_text(text: str) -> list[tuple[int, int, str]]:
    """Every rule match as (start, end, rule name), longest first where they overlap.

    Each rule is tried only over the paragraphs holding a word of each of its anchor sets
    (`anchors`): the same matches as trying it everywhere, for a fraction of the cost."""
    found: list[tuple[int, int, str]] = []
    folded = text.translate(FOLD)
    where: dict[int, list[tuple[int, int]]] = {}
    for start, end in paragraphs(text):
        for number in _anchors().patterns_in(folded, start, end):
            where.setdefault(number, []).append((start, end))
    for number, rule in enumerate(RULES):
        for first, last in where.get(number, ()):
            if rule.requires is not None and not rule.requires.search(text, first, last):
                continue  # most news has no clock time, and composite patterns are slow to try
            for m in rule.pattern.finditer(text, first, last):
                start, end = m.span()
                if end > start and (rule.accept is None or rule.accept(text, start, end)):
                    found.append((start, end, rule.name))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    chosen: list[tuple[int, int, str]] = []  # by start, never overlapping: ends are in order
    for start, end, name in found:
        at = bisect.bisect_left(chosen, (start,))
        if (at == 0 or chosen[at - 1][1] <= start) and (at == len(chosen) or chosen[at][0] >= end):
            chosen.insert(at, (start, end, name))
    return chosen


def _rejected_in_context(text: str, start: int, end: int) -> bool:
    """An entity the rules would read but whose context they reject: spaCy's DATE "winter" in
    "winter jackets" is no more a date than the rules' would be."""
    found = text[start:end]
    return any(
        rule.accept is not None
        and rule.pattern.fullmatch(found)
        and not rule.accept(text, start, end)
        for rule in RULES
    )


class TimexRecognizer:
    """Finds time expressions; normalisation happens later, against each document's date."""

    def __init__(self, nlp: Language, name: str, *, use_ner: bool) -> None:
        self.name = name
        self.use_ner = use_ner

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        text = doc.text  # Doc.text joins every token at each call: read it once
        spans = []
        for start, end, name in find_in_text(text):
            span = doc.char_span(start, end, label=name, alignment_mode="expand")
            if span is not None and len(span):
                spans.append(span)
        if self.use_ner:
            taken = {i for span in spans for i in range(span.start, span.end)}
            spans += [
                Span(doc, e.start, e.end, label=NER_LABEL)
                for e in doc.ents
                if e.label_ in ("DATE", "TIME")
                and not taken.intersection(range(e.start, e.end))
                and not _rejected_in_context(text, e.start_char, e.end_char)
            ]
        return sorted(filter_spans(spans), key=lambda s: s.start)

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        doc.spans[SPAN_KEY] = spans


@Language.factory("timeline_timex_v1", default_config={"use_ner": True})
def make_timex_recognizer(nlp: Language, name: str, use_ner: bool) -> Any:
    return TimexRecognizer(nlp, name, use_ner=use_ner)
