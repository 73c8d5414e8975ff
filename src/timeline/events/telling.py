"""Which clause tells the act of a dated clause that makes no headline of its own: the clause
it completes or reports ("looked set [to win]", "in a statement [released] Sunday"), not one
of another act ("only to see it [crack] Wednesday"); the sentence, with its source, when it
cites one put out that day ("according to figures [released] Friday"); and a second past
tense the parse left unattached ("emigrated to Palestine, then [moved] to France"); the
teller a closing "it" stands for ("X has begun …, it announced"). Word
classes are data: `data/headline_verbs.toml`."""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import subject_of, to_infinitive
from timeline.events.descriptions import class_labels
from timeline.events.mentions import person_words
from timeline.events.speech import verb_lists
from timeline.nlp.lemmas import lemma

_COMPLETING = frozenset({"xcomp", "acomp", "prep", "pcomp", "pobj", "dobj", "aux"})


def tells_the_act_of(verb: Any, root: Any) -> bool:
    """Whether the clause of `root` (the main clause, or one above `verb`) tells the act of
    `verb`: `verb` completes it ("looked set
    [to win]", "appeared determined [to crush]"), or reports or puts out what it tells ("in
    a statement [released] Sunday"; `publishing` in `data/headline_verbs.toml`). Otherwise
    `verb` heads another clause, an act of its own ("then moved to France in 1940")."""
    word = lemma(verb).lower()
    lists = verb_lists()
    if word in lists["reporting"] or word in lists["attributing"] or word in lists["publishing"]:
        return True
    token = verb
    while token.i != root.i and token.head.i != token.i:
        shared = token.dep_ == "conj" and subject_of(token) is None  # "to step down and offer"
        if token.dep_ not in _COMPLETING and not shared:
            return False
        token = token.head
    return True


def according_to(verb: Any) -> bool:
    """A publishing verb of the source a sentence cites ("…, according to official statistics
    released Friday"): what the source says is the news, told with whose word it is."""
    source = verb.head
    return (
        lemma(verb).lower() in verb_lists()["publishing"]
        and source.dep_ == "pobj"
        and source.head.head.lower_ == "according"
    )


def misread_conj(verb: Any) -> bool:
    """A past tense after the main verb and a comma that the parse left unattached ("Hermlin
    emigrated to Palestine, then moved to France"): a second verb of the same subject."""
    return (
        verb.dep_ == "dep"
        and verb.tag_ == "VBD"
        and verb.head.pos_ == "VERB"
        and verb.head.i < verb.i
        and any(t.text == "," for t in verb.doc[verb.head.i : verb.i])
    )


def committed_act(verb: Any, future: bool) -> bool:
    """Whether `verb`, dated by a day ahead of the article, is the "to" clause of a committing
    verb with a subject ("both sides agreed to [meet] again next month", "Germany prepares to
    [take] over … on January 1"): the act the row is about, told "will" (not a negated
    commitment: "did not agree to meet")."""
    head = verb.head
    return (
        future
        and verb.dep_ == "xcomp"
        and head.i != verb.i
        and lemma(head).lower() in verb_lists()["committing"]
        and subject_of(head) is not None
        and not any(c.dep_ == "neg" for c in head.children)
        and to_infinitive(verb)
    )


def purpose_of_noun(predicate: Any) -> bool:
    """An active "to" clause that says what a noun is for or about ("plans [to recover misused
    funds]", "the side's decision [to suspend overflights]"): not an act of the noun itself,
    which a passive one may be ("the poll, to be held on May 1")."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in predicate.children)
    return (
        predicate.dep_ in ("acl", "relcl")  # "ways [to cut costs]", parsed as a relative
        and to_infinitive(predicate)
        and not subject
        and not any(c.dep_ == "auxpass" for c in predicate.children)
    )


def holding_verb(noun: Any) -> Any | None:
    """The verb whose subject or object `noun` is ("must submit [plans] to…"), or of whose
    adjunct it is the object ("edged out Fittipaldi by a [fraction] of a second to win"; not
    what a verb goes "to": "referring to the [decision] to cut output" is another act), or
    None."""
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.lower_ == "to":
        return None
    return preposition.head if preposition.head.pos_ == "VERB" else None


def teller_named_first(
    subject: Any, reported: Any, quote: str, name: str | None
) -> tuple[str | None, str]:
    """ "The UN refugee agency has begun …, it announced": the pronoun that tells is the told
    clause's subject, which opens the quote; the teller is named, the quote says "it" (who
    began). The name and the quote as written otherwise."""
    told_subject = subject_of(reported)
    if subject.lower_ not in ("it", "they") or told_subject is None:
        return name, quote
    plural = told_subject.tag_ in ("NNS", "NNPS")
    if told_subject.pos_ not in ("NOUN", "PROPN") or plural != (subject.lower_ == "they"):
        return name, quote
    speaker = told_subject.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or bool(
        class_labels(told_subject) or lemma(told_subject).lower() in person_words()
    )
    if not speaker:
        return name, quote  # "The economy will grow, it said": another "it" tells
    doc = subject.doc
    phrase = doc[told_subject.left_edge.i : told_subject.i + 1].text
    if told_subject.right_edge.i != told_subject.i or not quote.startswith(phrase):
        return name, quote  # (a subject with words after it: left as it is)
    return phrase, f"{subject.lower_}{quote[len(phrase) :]}"


def misread_teller(participle: Any) -> tuple[Any, Any] | None:
    """(the told verb, its pronoun subject) when the parse made a past tense of saying a
    participle of its subject and the told clause the sentence's verb, with two subjects
    ("The maker [announced] on Monday it would outlay…", "Japan [announced] in October it had
    agreed…"); else None."""
    if participle.dep_ != "acl" or participle.tag_ not in ("VBN", "VBD"):
        return None
    if lemma(participle).lower() not in verb_lists()["attributing"]:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "agent") for c in participle.children):
        return None
    noun, verb = participle.head, participle.head.head
    if noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or verb.i < participle.i:
        return None
    pronoun = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" and c.i > participle.i
        ),
        None,
    )
    return None if pronoun is None else (verb, pronoun)
