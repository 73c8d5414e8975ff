"""A clause the parser split at its subordinator: "refused to step down after [the CBI] on Sunday
[implicated] him" comes out as "after the CBI" (a preposition and its object) and "implicated"
joined to the main verb with no subject. The noun is the subject of the verb right after its
phrase, and a date in that phrase is that verb's."""

from __future__ import annotations

from typing import Any

SUBORDINATORS = frozenset({"after", "before", "since", "until", "till", "once", "because"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def verb_after_subject(noun: Any) -> Any | None:
    """The verb a noun the parse made a subordinator's object is the subject of ("after [the
    CBI] on Sunday implicated him": implicated), or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in SUBORDINATORS:
        return None
    end = noun.right_edge.i + 1
    if end >= len(noun.doc):
        return None
    verb = noun.doc[end]
    if (
        verb.tag_ not in _FINITE
        or verb.dep_ not in ("conj", "dep")
        or any(c.dep_ in _SUBJECTS or c.dep_ == "cc" for c in verb.children)
        or any(t.dep_ == "cc" and t.head.i == verb.head.i for t in noun.doc[noun.i : end])
    ):
        return None
    return verb


def subject_before(verb: Any) -> Any | None:
    """The noun a subject-less finite verb follows that the parse made a subordinator's
    object ("after [the CBI] on Sunday implicated him": the CBI), or None."""
    if verb.i == 0 or verb.tag_ not in _FINITE or verb.dep_ not in ("conj", "dep"):
        return None
    last = verb.doc[verb.i - 1]
    for noun in (last, *last.ancestors):
        if noun.right_edge.i != verb.i - 1:
            return None
        if verb_after_subject(noun) is not None:
            return noun
    return None
