"""A bare description written as the text first introduced its thing.

"the armed police" after "Chinese armed police" is "the Chinese armed police", "the air force"
after "the Dutch air force" "the Dutch air force", "the junta" after "Burma's ruling junta"
"Burma's ruling junta", "the ministerial meeting" after "a ministerial meeting of the Great
Lakes states" that phrase: the words of what kind ("armed", "air", "ruling") say no more than
the bare noun, and the earlier mention's name words say which one.

Glossary: *kind words* are the plain adjectives and common nouns right before a noun that say
what kind of thing it is ("the [ministerial] meeting", "the [air] force"); *name words* are the
proper adjectives and names right before them that say which one ("[Chinese] armed police").
"""

from __future__ import annotations

from typing import Any

_NAME_LABELS = frozenset({"NORP", "GPE", "ORG", "LOC", "FAC", "PERSON", "EVENT"})
_WHEN = frozenset({"DATE", "TIME"})
_KIND_TAGS = frozenset({"JJ", "NN", "NNS", "VBG", "VBN"})


def kind_words(noun: Any) -> list[Any]:
    """The words in lower case right before a noun that say what kind it is, not which one:
    adjectives ("the [ministerial] meeting", "the [present] constitution") and common nouns
    ("the [air] force", "the [coast] guards"), each a word alone (no words of its own)."""
    return [
        c
        for c in noun.children
        if c.i < noun.i
        and c.dep_ in ("amod", "compound")
        and c.tag_ in _KIND_TAGS
        and c.text.islower()
        and c.is_alpha
        and not list(c.children)
    ]


def owner_phrase(noun: Any) -> str:
    """The name that owns a noun and the kind words between, without the noun ("Kabila's" of
    "Kabila's army", "Burma's ruling" of "Burma's ruling junta"), or "" for any other owner
    ("his army", "the country's army" say no more than "the army") or other words between."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or owner.i > noun.i or owner.ent_type_ in _WHEN:
        return ""  # (not "Tuesday's raid": when, not whose)
    doc = noun.doc
    if owner.i + 1 >= noun.i or doc[owner.i + 1].tag_ != "POS":
        return ""
    between = {t.i for t in doc[owner.i + 2 : noun.i]}
    if between - {c.i for c in kind_words(noun)}:
        return ""
    return str(doc[owner.left_edge.i : noun.i].text)


def name_words(noun: Any, kind: list[Any]) -> str:
    """The name words right before a noun's kind words ("Chinese" in "Chinese armed police",
    "US" in "the US aircraft carrier"), with the kind words and the noun; "" when none."""
    doc = noun.doc
    start = min((c.i for c in kind), default=noun.i)
    if {c.i for c in kind} != set(range(start, noun.i)):
        return ""  # other words among the kind words
    first = start
    while first > 0:
        word = doc[first - 1]
        if not first <= word.head.i <= noun.i or word.dep_ not in ("amod", "compound"):
            break
        if word.ent_type_ not in _NAME_LABELS or not word.text[:1].isupper():
            break
        first -= 1
    if first == start:
        return ""
    return str(doc[first : noun.i + 1].text)


def says_when(word: Any) -> bool:
    """Whether a word the parse hung on a noun only says when: "The assembly [on Tuesday]
    imposed", "The fire [Saturday] destroyed" (so the noun is still bare)."""
    if word.dep_ == "npadvmod":
        return word.ent_type_ in _WHEN
    if word.dep_ != "prep" or word.i < word.head.i:
        return False
    objects = [c for c in word.children if c.dep_ == "pobj"]
    return len(objects) == 1 and all(t.ent_type_ in _WHEN for t in objects[0].subtree)
