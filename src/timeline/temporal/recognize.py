"""Recognising time expressions: a spaCy component that writes `doc.spans["timex"]`.

Two sources are combined: the rules of `grammar` run over the text, and spaCy's own DATE and
TIME entities where no rule matched. The span label names the rule that found it ("ner" for
spaCy's).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from timeline.nlp.reads import entities, text_of
from timeline.temporal.find import find_in_text, paragraphs
from timeline.temporal.grammar import RULES

__all__ = ["NER_LABEL", "SPAN_KEY", "TimexRecognizer", "find_in_text", "paragraphs"]

SPAN_KEY = "timex"
NER_LABEL = "ner"


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
        text = text_of(doc)
        spans = []
        for start, end, name in find_in_text(text):
            span = doc.char_span(start, end, label=name, alignment_mode="expand")
            if span is not None and len(span):
                spans.append(span)
        if self.use_ner:
            taken = {i for span in spans for i in range(span.start, span.end)}
            spans += [
                Span(doc, e.start, e.end, label=NER_LABEL)
                for e in entities(doc)
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
