"""Reading one mention from the parse: the named entity a word is part of, a name in
apposition, a proper noun's words, an entity without the words the model took in before it
(read by `entities.py`)."""

from __future__ import annotations

from functools import cache
from typing import Any

from timeline.events.clauses import entities_between
from timeline.events.names import name_of
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma
from timeline.nlp.reads import kept_per_word

_LONGEST_NAME = 12  # tokens: how far from a token the start of its entity is looked for
IT_LABELS = frozenset({"ORG", "GPE"})  # what "it" may stand for: an organisation, a country
_NOT_A_NAME_START = frozenset({"ADV", "SCONJ", "CCONJ", "INTJ", "ADP", "PUNCT"})


@kept_per_word
def entity_at(token: Any) -> Any | None:
    """The named entity a noun phrase's head is part of."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    for ent in entities_between(
        token.doc, max(0, token.i - _LONGEST_NAME), token.i + 1 + _LONGEST_NAME
    ):
        if ent.start <= token.i < ent.end:
            return ent
    return None


def appositive_name(noun: Any) -> Any | None:
    """The organisation or country in apposition to a common noun ("another Greek carrier,
    Aegean Airlines,"), if one is (a person's, whom "he" or "she" would then stand for
    without a gender, is left to the text)."""
    if noun.pos_ != "NOUN":
        return None
    for child in noun.rights:
        if child.dep_ == "appos" and child.ent_type_ in IT_LABELS:
            return entity_at(child)
    return set_off_name(noun)


def appositive_person(noun: Any) -> Any | None:
    """The person named in apposition to a common noun ("The UN envoy to Kosovo, Martti
    Ahtisaari,"; "Tibet's spiritual leader, the Dalai Lama,"), also when the parse hung the
    name on a place or an organisation the noun's phrase ends with (no person is a place's
    apposition): who the description is, salient when it is a subject."""
    if noun.pos_ != "NOUN":
        return None
    owners = [noun]
    for prep in noun.rights:
        if prep.dep_ == "prep":
            owners += [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in IT_LABELS]
    for owner in owners:
        for child in owner.rights:
            if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                return entity_at(child)
    return None


def set_off_name(noun: Any) -> Any | None:
    """A name set off by commas right after the noun's phrase, whatever the parse made of it
    ("the main employers' organisation, the Confederation of British Industry (CBI), said")."""
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if comma + 2 >= len(doc) or doc[comma].text != ",":
        return None
    start = comma + 2 if doc[comma + 1].lower_ == "the" else comma + 1
    ent = entity_at(doc[start])
    if ent is None or ent.start not in (comma + 1, start) or ent.label_ not in IT_LABELS:
        return None
    after = ent.end
    if after < len(doc) and doc[after].text == "(":  # "(CBI)"
        closing = next((t.i for t in doc[after : after + 6] if t.text == ")"), None)
        after = closing + 1 if closing is not None else after
    return ent if after < len(doc) and doc[after].text == "," else None


def capitalised_noun(token: Any) -> bool:
    """A capitalised common noun alone ("Danai" read as a noun): perhaps a name."""
    said = ("det", "poss", "compound", "amod")
    return (
        token.pos_ == "NOUN"
        and token.text.istitle()
        and all(c.dep_ not in said for c in token.children)
    )


def proper_name(token: Any) -> str:
    """The words of a proper noun's name: itself and the proper nouns compounded with it."""
    first = token.i
    while first > 0 and token.doc[first - 1].pos_ == "PROPN" and token.doc[first - 1].head == token:
        first -= 1
    return name_of(token.doc[first : token.i + 1].text)


@kept_per_word
def without_lead_words(ent: Any) -> Any:
    """An entity without words the model took in before the name ("However Negroponte")."""
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].pos_ in _NOT_A_NAME_START:
        start += 1
    return ent.doc[start : ent.end]


def is_verbal(ent: Any) -> bool:
    return any(t.pos_ in ("VERB", "AUX", "PRON") for t in ent)


@cache
def person_words() -> frozenset[str]:
    """The nouns (lemmas) of people: "leader", "spokesman", "widow" (`data/descriptions.toml`)."""
    lists = ("people", "titles", "person_nouns")
    return frozenset().union(*(word_list("descriptions", name) for name in lists))


def described_as_a_person(ent: Any) -> bool:
    """A name the text sets beside a noun for a person, in apposition ("Cornelia
    Schmalz-Jacobsen, a deputy of the Free Democratic Party,", "the party's leader, X,"): a
    person's, whatever label the model gave it."""
    words = person_words()
    root = ent.root
    if any(c.dep_ == "appos" and lemma(c).lower() in words for c in root.children):
        return True
    return root.dep_ == "appos" and lemma(root.head).lower() in words
