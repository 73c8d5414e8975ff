"""The person "he" or "she" stands for when the text names no one it can mean but has just
described one by a noun of that sex ("Experts confirmed the boy as a human case. He was
discharged" -> the boy; "The queen's speech came a day after she praised…" -> the queen).

Only a subject pronoun outside a quotation, only when no person's name, nor a proper-noun
subject the model may have misread ("Faruq went into exile, where he died"), comes between
the description and the pronoun, and only when every such noun before it, within
`DESCRIBED_SENTENCES_BACK` sentences, is one description ("the boy", not "the boy" and "his
father"). Nouns of a woman or a man are `data/descriptions.toml` `female_nouns` and
`male_nouns`.

Glossary: a *description* here is a definite noun phrase whose noun (or a noun compounded
with it: "the woman farmer") says the person's sex.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from timeline.events.clauses import SUBJECT_DEPS
from timeline.events.pronouns import a_name_not_read_as_a_person
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma

DESCRIBED_SENTENCES_BACK = 2  # sentences before a pronoun's own that may hold its description
_NOUNS = {"he": "male_nouns", "she": "female_nouns"}
_SAID_BEFORE = frozenset({"det", "amod", "compound", "nummod"})  # "the 9-year-old boy"
_NOT_THE_PERSON = frozenset({"compound", "nmod", "npadvmod", "appos", "attr"})


def described_person(pronoun: Any, sentence_starts: Sequence[int]) -> str | None:
    """The words of the one description `pronoun` ("he" or "she") can stand for (see the
    module's docstring), or None."""
    word = pronoun.lower_
    if word not in _NOUNS or pronoun.dep_ not in SUBJECT_DEPS:
        return None
    doc = pronoun.doc
    here = bisect_right(sentence_starts, pronoun.i) - 1
    own_start = sentence_starts[here]
    if any(t.is_quote for t in doc[own_start : pronoun.i + 1]):
        return None  # a quotation's "he" is its speaker's
    if a_name_not_read_as_a_person(pronoun):
        return None
    nouns = word_list("descriptions", _NOUNS[word])
    found: list[Any] = []
    for token in doc[sentence_starts[max(0, here - DESCRIBED_SENTENCES_BACK)] : pronoun.i]:
        if token.ent_type_ == "PERSON" and not any(c.isdigit() for c in token.text):
            found = []  # a person named after the description: "he" may be that one (a name
            continue  # of words: not "H5N1", which the model may call a person)
        if _describes(token, nouns):
            found.append(token)
    if not found or len({lemma(t).lower() for t in found}) != 1:
        return None
    last = found[-1]
    first = min(
        (c.left_edge.i for c in last.children if c.dep_ in _SAID_BEFORE and c.i < last.i),
        default=last.i,
    )
    return str(doc[first : last.i + 1].text)


def _describes(noun: Any, nouns: frozenset[str]) -> bool:
    """A definite singular noun phrase of a person of the wanted sex ("the boy", "the woman
    farmer", an owner: "the queen's speech"), not a noun that only modifies another ("the
    boy scout")."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.dep_ in _NOT_THE_PERSON:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    sexed = [noun, *(c for c in noun.children if c.dep_ == "compound" and c.i < noun.i)]
    return any(lemma(t).lower() in nouns for t in sexed)
