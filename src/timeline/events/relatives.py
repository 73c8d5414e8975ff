"""The noun a relative clause describes, written where the clause leaves its gap.

A relative clause whose object is the noun it describes tells an act on that noun: "all the
land they held except Eastern Slavonia" is "they held all the land except Eastern Slavonia";
"criticism of Johnson's diving, which he made after the win" is "he made criticism of
Johnson's diving after the win"; "the house she lived in" is "she lived in the house". The
noun goes right after the verb (and its particle), or after a preposition left without its
object, and the relative word it stands for ("which", "that") is left out. Not when the gap
is elsewhere: the clause has an object of its own, the noun is the time or place of the act
("the first time it finished", "the building where it will meet"), or the gap is in a
clause below ("the job he wanted to take").

Glossary: the *gap* is where the described noun would stand in the clause told on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from timeline.events.clauses import after_comma, is_time_phrase, join_tokens, subject_of
from timeline.events.descriptions import class_labels
from timeline.events.mentions import entity_at
from timeline.events.phrases import noun_phrase
from timeline.events.predicate import RELATIVE_WORDS
from timeline.events.speech import SUBJECT_WORDS
from timeline.events.verb_core import verb_core
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma

_OBJECT_RELATIVES = frozenset({"which", "that", "whom"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_OWN_OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "ccomp", "xcomp", "oprd")


@dataclass(frozen=True)
class Gap:
    """The described noun's words, written after token `after`; `relative`, the index of the
    relative word they replace (left out), or -1 when the clause has none."""

    after: int
    words: str
    relative: int


def object_gap(predicate: Any, skip: set[int], keep: set[int]) -> Gap | None:
    """Where the noun a relative clause describes is the clause's object, and its words."""
    noun = predicate.head
    if predicate.dep_ != "relcl" or noun.i in skip or noun.i in keep:
        return None
    where = next(
        (c for c in predicate.children if c.dep_ == "advmod" and c.lower_ == "where"), None
    )
    if where is not None and _a_place(noun):
        return _place_gap(noun, predicate, where, skip)  # "the cities where cases occurred"
    if noun.pos_ != "NOUN" and not (noun.pos_ == "PROPN" and _object_relative(predicate)):
        return None  # a name only with its relative word: "Gomes, whom Vieira sacked"
    subject = subject_of(predicate)
    if subject is None or subject.lower_ in RELATIVE_WORDS or subject.i > predicate.i:
        return None  # "the bridge, which reopened": the noun is the subject, already written
    if lemma(noun).lower() in word_list("time_nouns", "nouns"):
        return None  # "the first time it has finished"
    if lemma(noun).lower() in word_list("headline_nouns", "content_nouns") and any(
        c.lower_ == "that" for c in predicate.children
    ):
        return None  # "any risk that Japan might return to deflation": what the risk is
    relative = -1
    after = max(i for i in verb_core(predicate) if i >= predicate.i)
    complements = [c for c in predicate.children if c.dep_ == "acomp"]  # "was instrumental in"
    for child in [*predicate.children, *(g for c in complements for g in c.children)]:
        if child.dep_ in ("advmod", "mark") and child.lower_ in RELATIVE_WORDS:
            return None  # "the building where it will meet"
        if child.dep_ == "dobj" and child.lower_ in _OBJECT_RELATIVES and child.i < subject.i:
            relative = child.i  # "which he made"
        elif child.dep_ in _OWN_OBJECT_DEPS:
            return None
        elif child.dep_ == "prep" and any(g.dep_ == "pcomp" for g in child.children):
            gerund = next(g for g in child.children if g.dep_ == "pcomp")
            if relative >= 0 or any(g.dep_ in _OWN_OBJECT_DEPS for g in gerund.children):
                return None
            after = gerund.i  # "the party he was instrumental in founding": after "founding"
        elif child.dep_ == "prep" and child.i < predicate.i:
            if any(g.lower_ in RELATIVE_WORDS for g in child.children):
                return None  # "the land on which they built": the noun is where
        elif child.dep_ == "prep" and not is_time_phrase(child, skip):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if not objects or objects[0].lower_ in _OBJECT_RELATIVES:  # "lived in", "agreed to"
                if relative >= 0:
                    return None
                after, relative = child.i, objects[0].i if objects else -1
    if relative >= 0 and after_comma(noun.doc[relative]):
        noun = _top_of_chain(noun)  # "criticism of Johnson's diving, which he made": criticism
    text = _described_words(noun, predicate, skip)
    return Gap(after, text, relative) if text else None


def _object_relative(predicate: Any) -> bool:
    """Whether the clause opens with the relative word as its object: "whom Vieira sacked",
    on a whole name (not a word inside one: "the Party for the [Independence] of Guinea")."""
    noun = predicate.head
    name = entity_at(noun)
    if name is not None and name.root.i != noun.i:
        return False
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "PROPN":
        return False  # the end of a longer name: "the African Party for the [Independence]…"
    subject = subject_of(predicate)
    return subject is not None and any(
        c.dep_ == "dobj" and c.lower_ in _OBJECT_RELATIVES and c.i < subject.i
        for c in predicate.children
    )


def _a_place(noun: Any) -> bool:
    """A noun of a place a name or its class says: "Karachi", "cities of Changsha"."""
    return noun.ent_type_ in _PLACE_LABELS or bool(class_labels(noun) & _PLACE_LABELS)


def _place_gap(noun: Any, predicate: Any, where: Any, skip: set[int]) -> Gap | None:
    """The place a "where" clause happened in, written after what the headline keeps of the
    clause: "the cities of Changsha and Xiangtan, where three cases occurred" -> "three cases
    occurred in the cities of Changsha and Xiangtan"."""
    text = _described_words(noun, predicate, skip)
    if not text or where.i > predicate.i:
        return None
    return Gap(predicate.right_edge.i, f"in {text}", where.i)  # after what the clause keeps


def _described_words(noun: Any, predicate: Any, skip: set[int]) -> str:
    """The described noun's phrase without the clause that describes it, as written in the
    middle of a headline ("The only asset" -> "the only asset"); "" when it has no words."""
    own = {t.i for t in predicate.subtree}
    words = sorted(
        (noun.doc[i] for i in noun_phrase(noun, skip, SUBJECT_WORDS) - own), key=lambda t: t.i
    )
    if not words:
        return ""
    text = join_tokens(words)
    if words[0].is_sent_start and words[0].pos_ != "PROPN":
        text = text[:1].lower() + text[1:]
    return text


def _top_of_chain(noun: Any) -> Any:
    """The first noun of an "of" chain ("criticism of Johnson's diving" for "diving"): a
    relative clause after a comma is as often about it as about the last, and its phrase holds
    both."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun
