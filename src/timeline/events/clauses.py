"""Reading a clause from spaCy's parse: the predicate a time expression dates, the clause's
head and subject, its phrases, named actors and participants, its trigger and modality."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from timeline.events.vocabulary import word_list
from timeline.models import Actor, Modality, Participant, TimeExpression
from timeline.nlp.lemmas import lemma
from timeline.nlp.misparse import split_subject
from timeline.nlp.reads import entities as entities  # also read from here by events/entities.py
from timeline.nlp.reads import kept_per_word, text_of
from timeline.temporal.tense import FUTURE_AUX, MODALS, PLAN_VERBS, governing_verb

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LAW")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
PARTICLES = frozenset({"back", "out", "up", "down", "off", "away"})
# Verbs of agreeing, deciding and beginning: with an infinitive, the event is its action.
DROP_DEPS = ("relcl", "appos", "acl", "advcl", "punct", "parataxis", "cc", "conj", "mark", "meta")

HYPHENS = frozenset({"-", "–"})
_JOINED = re.compile(r"(?<=\S)[-–](?=\S)")  # a hyphen with no space on either side
_HYPHENS_KEY = "timeline.joined_hyphens"  # doc.user_data: the hyphens inside words
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # the tags of a finite verb or its modal


def governing_predicate(token: Any) -> Any:
    """The verb an event's time expression belongs to (the same one its tense is read from)."""
    return governing_verb(token)


def past_a_describing_gerund(verb: Any) -> Any:
    """The verb of the clause a present participle describing one of its nouns is part of:
    "killed 13 Iraqis [queuing] at a recruitment centre on Thursday", "arrested dozens of
    youths [throwing] stones on Friday" date the killing and the arrests, not what the people
    were doing then; what is seen or heard ("saw soldiers [firing]") is the event told."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "mark") for c in verb.children):
        return verb
    if lemma(verb).lower() in word_list("states", "background"):
        return verb  # "murders [dating] back to 1992": the thing's own time
    head, noun = verb.head, verb.head
    if verb.dep_ == "ccomp":  # the parse's reading of the same: "killed [13 Iraqis] queuing"
        if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            return verb
    elif verb.dep_ == "acl":
        while noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "dozens of youths"
            noun = noun.head.head
        if noun.dep_ not in ("dobj", "nsubjpass"):
            return verb
        head = noun.head
    else:
        return verb
    if head.pos_ != "VERB" or head.i > verb.i:
        return verb
    told = word_list("headline_verbs", "reporting") | word_list("headline_verbs", "perceiving")
    return verb if lemma(head).lower() in told else head


def sentences(doc: Any) -> list[Any]:
    """The document's sentences, read once and kept with the document (`Doc.sents` walks every
    token at each call, and several steps read them)."""
    if "timeline_sents" not in doc.user_data:
        doc.user_data["timeline_sents"] = list(doc.sents)
    cached: list[Any] = doc.user_data["timeline_sents"]
    return cached


def sentence_containing(doc: Any, token: int) -> Any:
    """The sentence that holds token `token`, by bisection over the sentence starts."""
    if "timeline_sent_starts" not in doc.user_data:
        doc.user_data["timeline_sent_starts"] = [s.start for s in sentences(doc)]
    return sentences(doc)[bisect_right(doc.user_data["timeline_sent_starts"], token) - 1]


def entities_between(doc: Any, first: int, last: int) -> list[Any]:
    """The entities within tokens `first` to `last`, found by bisection: a sentence's events
    each ask, and walking all of a document's entities made a document with thousands of
    dates take time in their square. (Entities never overlap: their ends are in order too.)"""
    if "timeline_ent_starts" not in doc.user_data:
        doc.user_data["timeline_ent_starts"] = [e.start for e in entities(doc)]
    ents = entities(doc)
    found = []
    for i in range(bisect_left(doc.user_data["timeline_ent_starts"], first), len(ents)):
        if ents[i].end > last:
            break
        found.append(ents[i])
    return found


def actors_of(sentence: Any, expression: TimeExpression | None = None) -> tuple[Actor, ...]:
    """Named people, organisations, places, groups and laws in the sentence, once each."""
    seen: set[str] = set()
    actors = []
    for ent in entities_between(sentence.doc, sentence.start, sentence.end):
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


def join_tokens(tokens: list[Any]) -> str:
    """Tokens as text, with a space wherever tokens were dropped between them."""
    if not tokens:
        return ""
    parts = []
    for token, following in zip(tokens, [*tokens[1:], None], strict=True):
        adjacent = following is not None and following.i == token.i + 1
        closing = following is not None and following.text in (",", ";")  # never " ,"
        parts.append(token.text_with_ws if adjacent else token.text + ("" if closing else " "))
    return re.sub(r"\s+", " ", "".join(parts)).strip()


@kept_per_word
def clause_head(predicate: Any) -> Any:
    """Out of subject-less subordinate clauses ("after being shot"), up to a verb that has
    its own subject, so that the headline says who."""
    for _ in range(8):
        if predicate.head.i == predicate.i:  # the root (a new Token each access: never `is`)
            break
        subordinate = predicate.dep_ in ("advcl", "pcomp", "prep", "pobj")
        if fronted_participle(predicate):
            break  # "Founded in 1990, the firm grew": the founding, the firm's
        if predicate.dep_ == "xcomp" and due_of_a_noun(predicate.head):
            break  # "the accords [due] to be signed Tuesday cover …": the signing
        if not (
            predicate.dep_ == "xcomp"
            or to_clause_with_subject(predicate)
            or predicate.pos_ not in ("VERB", "AUX")
            or (subordinate and subject_of(predicate) is None)
        ):
            break
        predicate = predicate.head
    return predicate


def to_clause_with_subject(verb: Any) -> bool:
    """A "to" clause with its own subject that a verb takes ("allow [convoys of trucks to
    travel]", "expected [the deficit to come to $63 billion]"): like a "to" clause without one,
    it tells what the verb above allows or expects, not an act of its own."""
    return bool(
        verb.dep_ == "ccomp"
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def due_of_a_noun(word: Any) -> bool:
    """An adjective of a plan that describes a noun: "the accords [due] to be signed Tuesday"
    (its "to" clause is the noun's act; a participle, "talks [expected] to start", is a
    clause of its own)."""
    return bool(
        word.dep_ in ("amod", "acl")
        and word.head.pos_ in ("NOUN", "PROPN")
        and word.head.i < word.i
        and word.pos_ == "ADJ"
        and lemma(word) in PLAN_VERBS
        and any(c.dep_ == "xcomp" for c in word.children)
    )


def fronted_participle(verb: Any) -> bool:
    """A past participle opening the sentence before a comma and its main clause ("Founded in
    1990 by two engineers, the firm expanded", "Born in 1937, the witness was arrested"): an
    act of the main clause's subject, told in the passive."""
    right = verb.right_edge.i
    return bool(
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.left_edge.is_sent_start
        and right + 1 < len(verb.doc)
        and verb.doc[right + 1].text == ","
        and verb.head.i > right
        and subject_of(verb) is None
        and not any(c.dep_ == "mark" for c in verb.children)  # "If approved on Wednesday,"
    )


def after_comma(word: Any) -> bool:
    """Whether a comma stands right before `word`."""
    return bool(word.i > 0 and word.doc[word.i - 1].text == ",")


def joined_hyphens(doc: Any) -> frozenset[int]:
    """The hyphens of a document with no space on either side (inside a word), found once."""
    found = doc.user_data.get(_HYPHENS_KEY)
    if found is None:
        tokens = (doc.char_span(m.start(), m.end()) for m in _JOINED.finditer(text_of(doc)))
        found = frozenset(  # (a regex first: reading every token of a document is slow)
            span.start
            for span in tokens
            if span is not None
            and len(span) == 1
            and span[0].text in HYPHENS
            and 0 < span.start < len(doc) - 1
        )
        doc.user_data[_HYPHENS_KEY] = found
    return frozenset(found)


def to_infinitive(verb: Any) -> bool:
    """Whether `verb` is a "to" infinitive: "to meet", "to recover funds"."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


@kept_per_word
def subject_of(predicate: Any) -> Any | None:
    """The verb's subject; of two the parse gave it, the one "as" introduces is no subject
    ("[as] foreign minister in 2004 he ordered a probe": he), and of a title and a name it
    split, the name ("Open champion Colin Montgomerie did": Montgomerie); of two set apart by
    punctuation, the second when the first is a dateline in capitals or the second a name; a
    subject the parse hung on the auxiliary is the verb's; the subject of a verb the parse
    split at its hyphen ("It re-[emerged]")."""
    subjects = [c for c in predicate.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1 and subjects[-1].tag_ == "PRP" and subjects[-1].i < predicate.i:
        between = predicate.doc[subjects[-2].right_edge.i + 1 : subjects[-1].i]
        if any(t.text == "," for t in between):
            return subjects[-1]  # "With her ex-husband, Alan, [she] made": a phrase set off
    if len(subjects) > 1 and subjects[1].left_edge.i == subjects[0].i + 1:
        last = 1  # "Open champion [Colin Montgomerie] did": the name ("vice", "-", "president
        while last + 1 < len(subjects) and subjects[last + 1].left_edge.i == subjects[last].i + 1:
            last += 1  # Alexander Medvedev": a title split at its hyphen, the last)
        return subjects[last]
    if len(subjects) > 1 and subjects[0].left_edge.i > 0:
        opener = predicate.doc[subjects[0].left_edge.i - 1]
        if opener.lower_ == "as" and opener.head.i == predicate.i and subjects[1].i > opener.i:
            return subjects[1]
    # (a dateline's place in capitals may hold the rest of it: "COLUMBUS, Ohio (MPS) —")
    first_end = subjects[0].i if subjects and subjects[0].is_upper else None
    if (
        len(subjects) > 1
        and (subjects[0].is_upper or subjects[1].pos_ == "PROPN")
        and any(
            t.is_punct
            for t in predicate.doc[
                (first_end or subjects[0].right_edge.i) + 1 : subjects[1].left_edge.i
            ]
        )
    ):  # "NAIROBI, May 4 (Xinhua) -- [Farmers] need", "The prosecutor…, [Robert Martin], said"
        return subjects[1]
    if (
        not subjects
        and predicate.head.i == predicate.i - 2
        and predicate.i - 1 in joined_hyphens(predicate.doc)
    ):
        return subject_of(predicate.head)  # "It re-[emerged]": the parse split the verb
    if not subjects:  # "reputation [was] tarnished": the parse hung the subject on the "was"
        helpers = (c for c in predicate.children if c.dep_ in ("aux", "auxpass"))
        subjects = [g for c in helpers for g in c.children if g.dep_ in SUBJECT_DEPS]
    if subjects:
        return subjects[0]
    return split_subject(predicate)  # parsed apart


def phrase(head: Any, skip: set[int], limit: int) -> set[int]:
    """The tokens of a phrase without its clauses, appositions and time expressions, cut to
    `limit` tokens nearest its head."""
    tokens = [head]
    stack = list(head.children)
    while stack:
        token = stack.pop()
        hyphen = token.text in ("-", "–", "'", "’")
        if (
            (token.dep_ in DROP_DEPS and not hyphen)
            or token.i in skip
            or is_time_phrase(token, skip)
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


def phrase_tokens(head: Any, skip: set[int], limit: int) -> list[Any]:
    return [head.doc[i] for i in phrase(head, skip, limit)]


def is_time_phrase(token: Any, skip: set[int]) -> bool:
    """A preposition whose object is a time expression ("in 2012", "on Wednesday"), not a name
    the parse hung on the date after it ("of the IMF Monday")."""
    return token.dep_ == "prep" and any(
        c.i in skip and not glued_names(c, skip) for c in token.children
    )


def glued_names(date: Any, skip: set[int]) -> list[Any]:
    """The names before a date that the parse made its modifiers ("the top policy-making body
    of the IMF Monday ordered", "in the streets of Santiago Sunday"): the preposition's object
    is the name, and the date dates the clause."""
    return [
        c
        for c in date.children
        if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < date.i and c.i not in skip
    ]


def trailing_participle(verb: Any) -> bool:
    """A present participle after a comma, with no subject or conjunction of its own, that the
    parse hangs on the verb before it."""
    doc = verb.doc
    return bool(
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.head.pos_ in ("VERB", "AUX")
        and verb.head.i < verb.i
        and not any(c.dep_ in ("mark", "aux", "nsubj", "nsubjpass") for c in verb.children)
        and verb.left_edge.i == verb.i
        and verb.i > 0
        and doc[verb.i - 1].text == ","
    )


def trigger_of(predicate: Any) -> str | None:
    """The lemma of the verb heading the event's clause ("refused to dismiss": refuse)."""
    head = clause_head(predicate)
    # "is scheduled to be sentenced", "agreed to purchase": the act is the sentencing, the
    # purchase
    if lemma(head) in PLAN_VERBS or lemma(head).lower() in word_list("news_verbs", "to_the_act"):
        action = next((c for c in head.children if c.dep_ == "xcomp"), None)
        head = action if action is not None else head
    return lemma(head).lower() if head.pos_ in ("VERB", "AUX") else None


def modality_of(predicate: Any) -> Modality:
    """Whether the clause says it happened, is planned, may happen or did not happen."""
    head = clause_head(predicate)
    children = list(head.children)  # read once: each read walks the clause's tokens
    words = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass", "neg")}
    if any(c.dep_ == "neg" for c in children):
        return Modality.NEGATED
    subject = subject_of(head)
    if subject is not None and any(c.lower_ in ("no", "none") for c in subject.children):
        return Modality.NEGATED  # "no new structures were lost"
    if lemma(head) in PLAN_VERBS and any(c.dep_ == "xcomp" for c in children):
        return Modality.PLANNED  # "hoped to reopen in January", "expected to fall silent"
    if any(lemma(c) == "due" for c in children if c.dep_ in ("acomp", "amod", "advmod")):
        return Modality.PLANNED  # "is due to report results"
    marks = {c.lower_ for c in children if c.dep_ == "mark"}
    past_aux = "VBD" in {c.tag_ for c in children if c.dep_ in ("aux", "auxpass")}
    if (
        head.dep_ == "advcl"
        and marks & {"when", "once", "until", "if"}
        and head.tag_ in ("VBZ", "VBP", "VBN")
        and not past_aux
    ):
        return Modality.PLANNED  # "when he is sentenced on Oct. 2"
    if words & FUTURE_AUX or any(c.lower_ == "going" for c in children):
        return Modality.PLANNED
    if lemma(head) in PLAN_VERBS and head.tag_ in ("VBZ", "VBP", "VBN") and "had" not in words:
        return Modality.PLANNED  # "is scheduled for", "plans to", "are expected to"
    if "must" in words or _has_to(head):
        return Modality.PLANNED  # "must submit a plan by May 31", "has to repay the loan by
        # 2026": what is required, still to be done
    if words & MODALS:
        return Modality.POSSIBLE
    return Modality.ASSERTED


def _has_to(verb: Any) -> bool:
    """The verb is "has to" or "have to" (present tense), or what it requires: "has to
    repay"."""
    if lemma(verb) == "have" and verb.tag_ in ("VBZ", "VBP"):
        return any(c.dep_ == "xcomp" and to_infinitive(c) for c in verb.children)
    head = verb.head
    return bool(
        verb.dep_ == "xcomp"
        and to_infinitive(verb)
        and lemma(head) == "have"
        and head.tag_ in ("VBZ", "VBP")
    )


def participants_of(predicate: Any, skip: set[int]) -> tuple[Participant, ...]:
    """The subject and the object of the dated clause, with the named entities in each."""
    predicate = clause_head(predicate)
    found = []
    subject = subject_of(predicate)
    if subject is None and predicate.dep_ == "conj":
        subject = subject_of(predicate.head)
    obj = next((c for c in predicate.children if c.dep_ in ("dobj", "attr", "dative")), None)
    if obj is None:
        obj = next(
            (
                g
                for c in predicate.children
                if c.dep_ == "agent"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
    if (
        subject is not None
        and subject.lower_ in ("which", "who", "that")
        and predicate.dep_ == "relcl"
    ):
        subject = predicate.head  # "the earthquake that hit Peru": the earthquake
    for role, head in (("subject", subject), ("object", obj)):
        if head is None or head.lower_ in ("which", "who", "that"):
            continue
        tokens = sorted(phrase_tokens(head, skip, 10), key=lambda t: t.i)
        first, last = tokens[0].i, tokens[-1].i
        entities = tuple(
            Actor(e.text, e.label_)
            for e in entities_between(head.doc, first, last + 1)
            if e.label_ in ACTOR_LABELS and first <= e.start and e.end - 1 <= last
        )
        found.append(Participant(role, join_tokens(tokens), entities))
    return tuple(found)
