"""Clauses the parser split apart. One split at its subordinator: "refused to step down after
[the CBI] on Sunday [implicated] him" comes out as "after the CBI" (a preposition and its
object) and "implicated" joined to the main verb with no subject. The noun is the subject of
the verb right after its phrase, and a date in that phrase is that verb's. One whose subject
the parse joined to the noun before the "and" ("raised doubts about Albania and [military
sources in Rome] said"): the last member of that list is the subject of the verb after it.
And a participle that describes the subject read as the main verb ("the state [declared] in
1983 is recognized only by Ankara"), the main verb as a clause it takes; a noun read as the
bare verb of a clause taken by the verb before it ("rebuffed [the US stand] on Tuesday")."""

from __future__ import annotations

from typing import Any

from timeline.nlp.lemmas import lemma

SUBORDINATORS = frozenset({"after", "before", "since", "until", "till", "once", "because"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_NOUNS = ("NOUN", "PROPN")
_LIST_WINDOW = 6  # words between a listed noun and the verb it is the subject of, at most
_TELLER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_SAYING = frozenset(
    {"say", "tell", "report", "announce", "add", "state", "confirm", "claim", "warn"}
)
# Verbs that take a clause with a bare verb: "saw the man [stand] up", "let the court decide".
_BARE_VERB_TAKERS = frozenset(
    {"see", "hear", "watch", "make", "let", "help", "have", "feel", "notice", "bid"}
)


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
    it ("…to southern Albania and [military sources] in Rome said Tuesday"; a name set off by
    a comma before a verb of saying: "…wider powers, [Minister Charles Nqakula] said"), or
    None."""
    helpers = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    if verb.i == 0 or verb.dep_ != "conj" or (verb.tag_ not in _FINITE and not helpers):
        return None  # (finite by its auxiliary: "and [final results] will be published")
    if any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children):
        return None  # the verb has its own "and": "raised doubts and [later] said"
    doc = verb.doc
    first = min([verb.i, *helpers])
    for noun in reversed(doc[max(0, first - _LIST_WINDOW) : first]):
        if noun.is_punct or noun.pos_ in ("VERB", "AUX", "CCONJ"):
            return None  # "…, which [said]", "…and [said]": no noun of a list before it
        listed = noun.dep_ == "conj" and noun.head.pos_ in _NOUNS and noun.pos_ in _NOUNS
        if listed and doc[noun.left_edge.i - 1].lower_ in ("and", "or"):
            return _after_the_last_comma(noun)
        if listed and doc[noun.left_edge.i - 1].text == "," and _a_named_teller(noun, verb):
            return noun  # "… wider powers, [Minister Charles Nqakula] said at Parliament"
    return None


def _a_named_teller(noun: Any, verb: Any) -> bool:
    """A name set off by a comma before a verb of saying: the one who said it."""
    return noun.ent_type_ in _TELLER_LABELS and lemma(verb).lower() in _SAYING


def subject_of_a_participle_before(verb: Any) -> Any | None:
    """The subject of a passive participle with its agent that the parse made a clause of its
    own, right before a finite verb it left without one ("said [Israeli troops] backed by 15
    jeeps raided Nablus": the troops raided), or None."""
    if verb.i == 0 or verb.tag_ not in _FINITE:
        return None
    last = verb.doc[verb.i - 1]
    for participle in (last, *last.ancestors):
        if participle.i == verb.head.i:
            return None
        if participle.tag_ == "VBN" and participle.head.i == verb.head.i:
            agent = any(
                c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                for c in participle.children
            )
            if not agent or participle.right_edge.i != verb.i - 1:
                return None
            return next((c for c in participle.children if c.dep_ == "nsubj"), None)
    return None


def split_subject(verb: Any) -> Any | None:
    """The subject the parse took from a finite verb, by any split above, or None."""
    return subject_before(verb) or subject_left_behind(verb) or subject_of_a_participle_before(verb)


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


def noun_read_as_verb(verb: Any) -> bool:
    """A noun the parse read as the bare verb of a clause taken by the verb before it, right
    after its singular subject with a determiner ("rebuffed [the US stand] on Tuesday": the
    stand is the object); not a bare verb after a verb that takes one ("saw the man stand");
    or a plural noun read as a present tense joined to the past one before it with no "and",
    "or" or comma between ("won the men's Asian Games [singles] badminton gold medal")."""
    head = verb.head
    if verb.dep_ in ("conj", "advcl") and verb.tag_ == "VBZ" and head.tag_ == "VBD":
        # a plural noun read as a present tense joined to a past one, with no subject
        if head.i > verb.i or any(c.dep_ in ("nsubj", "mark") for c in verb.children):
            return False
        between = verb.doc[head.i + 1 : verb.i]
        joined = any(t.dep_ == "cc" or t.text in (",", ";", "--", "-", "–") for t in between)
        return not joined and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN")
    if verb.tag_ != "VB" or verb.dep_ != "ccomp" or head.i == verb.i or head.i > verb.i:
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark", "neg") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return bool(
        subject is not None
        and subject.i == verb.i - 1
        and subject.tag_ in ("NN", "NNP")
        and any(c.dep_ == "det" for c in subject.children)
        and lemma(head).lower() not in _BARE_VERB_TAKERS
        and not any(c.dep_ == "dobj" for c in head.children)
    )
