"""The tense of the clause a time expression sits in, from spaCy's tags and parse."""

from __future__ import annotations

from typing import Any

from timeline.temporal.resolve import Tense

_FUTURE_WORDS = {"will", "shall", "'ll", "wo"}
_MODALS = {"would", "could", "may", "might", "should", "can", "must", "'d"}
_PLAN_VERBS = {"plan", "expect", "intend", "schedule", "propose", "hope", "aim", "slate", "due"}


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
    past_aux = any(a.tag_ == "VBD" for a in auxes)
    if words & _FUTURE_WORDS or any(c.lower_ == "going" for c in verb.children):
        return Tense.FUTURE
    if words & _MODALS:
        return Tense.FUTURE  # "could come as early as Tuesday", "said he would leave Monday"
    planned = verb.lemma_ in _PLAN_VERBS or (
        verb.dep_ == "xcomp" and verb.head.lemma_ in _PLAN_VERBS | {"set"}
    )
    if planned and not past_aux and verb.tag_ != "VBD":
        return Tense.FUTURE  # "is scheduled for", "plans to", "are expected to"
    if verb.tag_ == "VBD" or past_aux:
        return Tense.PAST
    if verb.tag_ == "VBN":
        # "has been arrested", "arrested Monday" (no auxiliary) are past; "is held" present
        return Tense.PRESENT if words & {"is", "are", "am", "be"} else Tense.PAST
    return Tense.PRESENT
