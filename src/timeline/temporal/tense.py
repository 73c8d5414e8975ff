"""The tense of the clause a time expression sits in, from spaCy's tags and parse."""

from __future__ import annotations

from typing import Any

from timeline.temporal.resolve import Tense

_FUTURE_WORDS = {"will", "shall", "'ll", "wo"}
_PLAN_VERBS = {"plan", "expect", "intend", "schedule", "propose", "hope", "aim", "set"}


def clause_tense(span: Any) -> Tense | None:
    """Past, present or future for the verb that governs `span`; None without a tagger."""
    verb = span.root
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if not verb.tag_:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_WORDS or (verb.dep_ == "xcomp" and verb.head.lemma_ in _PLAN_VERBS):
        return Tense.FUTURE
    if any(a.lower_ == "going" for a in verb.children) or (
        verb.lemma_ in _PLAN_VERBS and verb.tag_ in ("VBZ", "VBP")
    ):
        return Tense.FUTURE
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return Tense.PAST
    if verb.tag_ == "VBN" and words & {"has", "have", "had", "was", "were", "been"}:
        return Tense.PAST
    if verb.tag_ == "VBN":
        return Tense.PAST
    return Tense.PRESENT
