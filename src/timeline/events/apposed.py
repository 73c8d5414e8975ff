"""A name and a description set beside each other by a comma, which the parse made two
subjects of one verb: one apposition, so the description stands for the name ("Ericsson, the
world's leading mobile network supplier said"; "The prosecutor who secured the conviction,
Robert Martin, said").

Glossary: the *name* is the other subject, a proper noun's words; the *description* is the
common-noun subject it is set beside.
"""

from __future__ import annotations

from typing import Any

from timeline.events.mentions import entity_at
from timeline.events.pronouns import unlabelled_name

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_BETWEEN_SUBJECT_AND_VERB = frozenset({"ADV", "PUNCT"})  # "…, Robert Martin, [on Sunday] said"


def apposed_name(noun: Any) -> Any | None:
    """The span of the name a common-noun subject is set beside, when its verb has just the
    two subjects, neither a list, with only a comma between them; else None."""
    if noun.pos_ != "NOUN" or noun.dep_ not in _SUBJECT_DEPS:
        return None
    verb = noun.head
    others = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i != noun.i]
    if len(others) != 1 or others[0].pos_ != "PROPN" or _listed(noun) or _listed(others[0]):
        return None
    other = others[0]
    name = entity_at(other) or unlabelled_name(other)
    words = [t.i for t in other.subtree if not t.is_punct]
    if name is None or not words or (name.start, name.end - 1) != (words[0], words[-1]):
        return None  # the name's phrase is more than the name ("Ericsson's unit")
    if not _introduced(noun):
        return None
    doc = noun.doc
    if name.end <= noun.i:  # the name first: its comma, then the description
        comma, next_word, after = name.end, noun.left_edge.i, noun.right_edge.i + 1
    else:  # the description first: its comma, then the name
        comma, next_word, after = noun.right_edge.i + 1, name.start, name.end
    if next_word != comma + 1 or doc[comma].text != ",":
        return None
    if any(t.pos_ not in _BETWEEN_SUBJECT_AND_VERB for t in doc[after : verb.i]):
        return None
    return name if verb.i >= after else None


def _introduced(noun: Any) -> bool:
    """A description with an article or an owner ("the world's leading supplier", "a
    spokesman") and no participle after it: not a clause's subject the parse made the
    verb of saying's ("US industrial output expanded …, the Federal Reserve said")."""
    said = any(c.dep_ in ("det", "poss") and c.i < noun.i for c in noun.children)
    return said and not any(c.dep_ == "acl" for c in noun.children)


def _listed(word: Any) -> bool:
    """A member of a list ("the government, the UN and the Maoists agreed")."""
    return word.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in word.children)
