"""A headline for an event: subject, predicate and object of its clause, in text order."""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import (
    PARTICLES,
    clause_head,
    is_time_phrase,
    join_tokens,
    phrase,
    phrase_tokens,
    subject_of,
)

MAX_TITLE_WORDS = 14
OBJECT_DEPS = ("dobj", "attr", "dative", "oprd", "acomp", "xcomp", "agent", "prt")
_RELATIVE_WORDS = frozenset("which that whose who whom where when while".split())
_SOURCE_PREPS = frozenset({"according", "per", "citing"})  # who says so, not what happened


def headline(sentence: Any, predicate: Any, skip: set[int], antecedent: str | None = None) -> str:
    """Subject, predicate and object of the dated clause, in text order, about 4-14 words.

    Args:
        skip: tokens to leave out (the time expressions).
        antecedent: what a pronoun subject ("They voted…") stands for, if known.
    """
    predicate = clause_head(predicate)
    keep: set[int] = {predicate.i}
    for child in predicate.children:
        if child.dep_ in ("aux", "auxpass", "neg", "prt") or child.lower_ in PARTICLES:
            keep.add(child.i)
    subject = subject_of(predicate)
    if subject is None and predicate.dep_ == "conj":
        subject = subject_of(predicate.head)
    relative = subject is not None and subject.lower_ in ("which", "who", "that")
    if (relative and predicate.dep_ == "relcl") or (subject is None and predicate.dep_ == "acl"):
        # "Biden's term, which ended Jan. 20": the term ended; "money approved in 2021"
        noun = predicate.head
        antecedent = join_tokens(sorted(phrase_tokens(noun, skip, 6), key=lambda t: t.i))
        if subject is None:
            return _tidy(f"{antecedent} {join_tokens(_verbphrase(sentence, predicate, skip))}")
    if subject is not None:
        keep |= phrase(subject, skip, limit=7)
    objects = [c for c in predicate.children if c.dep_ in OBJECT_DEPS]
    if not any(c.dep_ == "dobj" for c in objects):
        objects += [c for c in predicate.children if c.dep_ in ("ccomp", "npadvmod")]
    preps = [
        c
        for c in predicate.children
        if c.dep_ == "prep" and not is_time_phrase(c, skip) and c.lower_ not in _SOURCE_PREPS
    ]
    for child in objects + preps[:1]:
        room = MAX_TITLE_WORDS - len(keep)
        if room <= 1:
            break
        keep |= phrase(child, skip, limit=room)
    doc = sentence.doc
    tokens = [doc[i] for i in sorted(keep) if i not in skip and not doc[i].is_space]
    if (
        antecedent
        and subject is not None
        and subject.pos_ == "PRON"
        and tokens
        and tokens[0] == subject
    ):
        rest = _tidy(join_tokens(tokens[1:]))
        return _tidy(f"{antecedent} {rest[:1].lower()}{rest[1:]}")
    while tokens and _dangles(tokens[-1]):
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    words = [t for t in tokens if not t.is_punct]
    fragment = words and (
        words[0].lower_ in _RELATIVE_WORDS  # "Which the city had removed"
        or (subject is None and predicate.tag_ in ("VBN", "VBG") and words[0] == predicate)
        # "Eliminated in the United States"; "In Chicago air" (no verb found in noisy text)
        or (subject is None and (predicate.pos_ not in ("VERB", "AUX") or words[0].pos_ == "ADP"))
    )
    if (
        fragment
        or len(words) < 2
        or (len(words) == 2 and (subject is None or subject.pos_ == "PRON"))
    ):
        return _shorten(sentence.text)
    return _tidy(join_tokens(tokens))


def _verbphrase(sentence: Any, predicate: Any, skip: set[int]) -> list[Any]:
    """The verb with its auxiliaries, particles and first object or prepositional phrase."""
    keep = {predicate.i} | {
        c.i for c in predicate.children if c.dep_ in ("aux", "auxpass", "neg", "prt")
    }
    for child in [c for c in predicate.children if c.dep_ in OBJECT_DEPS][:1]:
        keep |= phrase(child, skip, limit=6)
    doc = sentence.doc
    tokens = [doc[i] for i in sorted(keep) if i not in skip and not doc[i].is_space]
    while tokens and _dangles(tokens[-1]):
        tokens.pop()
    return tokens


def _dangles(token: Any) -> bool:
    """A word a headline cannot end on: punctuation, "and", "the", a preposition without its
    object (but not a particle: "will step down")."""
    if token.text in ("%", "$", "€", "£"):
        return False
    if token.is_punct or token.pos_ in ("CCONJ", "DET"):
        return True
    return token.pos_ in ("ADP", "PART") and token.dep_ != "prt" and token.lower_ not in PARTICLES


def _shorten(text: str) -> str:
    words = text.split()
    if len(words) <= MAX_TITLE_WORDS:
        return _tidy(" ".join(words).rstrip(".;:,"))
    return _tidy(" ".join(words[:MAX_TITLE_WORDS]).rstrip(".;:,") + "…")


def _tidy(text: str) -> str:
    """Sentence case for text in capitals; a capital first letter."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        text = text.lower()
    return text[:1].upper() + text[1:]
