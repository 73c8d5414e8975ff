"""Clauses the parser split apart. One split at its subordinator: "refused to step down after
[the CBI] on Sunday [implicated] him" comes out as "after the CBI" (a preposition and its
object) and "implicated" joined to the main verb with no subject. The noun is the subject of
the verb right after its phrase, and a date in that phrase is that verb's. One whose subject
the parse joined to the noun before the "and" ("raised doubts about Albania and [military
sources in Rome] said"): the last member of that list is the subject of the verb after it.
And a participle that describes the subject read as the main verb ("the state [declared] in
1983 is recognized only by Ankara"), the main verb as a clause it takes."""

from __future__ import annotations

from typing import Any

SUBORDINATORS = frozenset({"after", "before", "since", "until", "till", "once", "because"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_NOUNS = ("NOUN", "PROPN")
_LIST_WINDOW = 6  # words between a listed noun and the verb it is the subject of, at most


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


def subject_left_behind(verb: Any) -> Any | None:
    """The subject a verb joined to the main one by the parse lost to a list of nouns before
    it ("…to southern Albania and [military sources] in Rome said Tuesday"), or None."""
    if verb.i == 0 or verb.dep_ != "conj" or verb.tag_ not in _FINITE:
        return None
    if any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children):
        return None  # the verb has its own "and": "raised doubts and [later] said"
    doc = verb.doc
    for noun in reversed(doc[max(0, verb.i - _LIST_WINDOW) : verb.i]):
        if noun.is_punct or noun.pos_ in ("VERB", "AUX", "CCONJ"):
            return None  # "…, which [said]", "…and [said]": no noun of a list before it
        listed = noun.dep_ == "conj" and noun.head.pos_ in _NOUNS and noun.pos_ in _NOUNS
        if listed and doc[noun.left_edge.i - 1].lower_ in ("and", "or"):
            return _after_the_last_comma(noun)
    return None


def split_subject(verb: Any) -> Any | None:
    """The subject the parse took from a finite verb, by either split above, or None."""
    return subject_before(verb) or subject_left_behind(verb)


def _after_the_last_comma(noun: Any) -> Any:
    """The member of a list that opens its part after the list's last comma: "people, [party
    officials] and reports said" (a list of the clause before it ends at the comma); with no
    comma, the last member ("Albania and [military sources] said")."""
    later = noun
    while later.dep_ == "conj" and later.head.i != later.i:  # from the last member back
        earlier = later.head
        if any(t.text == "," for t in noun.doc[earlier.i + 1 : later.left_edge.i]):
            return later
        later = earlier
    return noun


def main_verb_after_participle(verb: Any) -> Any | None:
    """The finite verb a past participle's subject really goes with, when the parse made the
    participle the verb ("Denktash's breakaway state [declared] in 1983 [is recognized] only
    by Ankara"): the participle has no auxiliary, and a clause after it has one but no
    subject; else None."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # (the tagger may read it as a past tense: then it has no object)
    if verb.tag_ == "VBD" and any(c.dep_ == "dobj" for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        if any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in clause.children):
            return None
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in clause.children):
            return clause
    return None
