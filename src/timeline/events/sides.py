""" "The two sides" written as the two parties the text named together just before.

"Ceasefire talks between Moslem guerrillas and the Philippine government have stalled … The
two sides agreed to meet again" → "Moslem guerrillas and the Philippine government agreed…";
"Nepal's government and Maoist leaders began talks … the two sides signed a deal" → "Nepal's
government and Maoist leaders signed…". Such parties need not be names themselves ("Maoist
leaders"), but each says who with a name in it. Read where the pair is the subject of a clause
or follows "between", in the description's sentence before it or the `MAX_SENTENCES_BACK`
sentences before; only one such pair may be there.

Glossary: a *side* is one of the two noun phrases joined by "and"; *parties* are the nouns
for sides (`parties` in `data/descriptions.toml`).
"""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import sentence_containing
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma

MAX_SENTENCES_BACK = 3
MAX_SIDE_WORDS = 6  # "the Philippine government", "Nepal's government"
_WHO_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_COUNTING = frozenset({"nummod", "det", "predet"})


def named_sides(token: Any) -> str | None:
    """The two parties "the two sides" or "both sides" (headed by `token`) stand for, as the
    text wrote them ("Moslem guerrillas and the Philippine government"); None when the text
    before names no such pair, or more than one."""
    if lemma(token).lower() not in word_list("descriptions", "parties") or token.tag_ != "NNS":
        return None
    before = [c for c in token.children if c.i < token.i]
    said = {c.lower_ for c in before}
    if not said & {"two", "both"} or any(c.dep_ not in _COUNTING for c in before):
        return None
    doc = token.doc
    sentence = sentence_containing(doc, token.i)
    first = sentence.start
    for _ in range(MAX_SENTENCES_BACK):
        if first == 0:
            break
        first = sentence_containing(doc, first - 1).start
    found = {
        text.lower(): text for word in doc[first : token.i] if (text := _pair_at(word)) is not None
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _pair_at(word: Any) -> str | None:
    """The text of "A and B" when `word` heads A, B is its one "and" conjunct, and the pair
    is a clause's subject or follows "between"; None otherwise."""
    if word.pos_ not in ("NOUN", "PROPN") or not (
        word.dep_ in _SUBJECTS or (word.dep_ == "pobj" and word.head.lower_ == "between")
    ):
        return None
    joined = [c for c in word.children if c.dep_ == "conj"]
    links = [c for c in word.children if c.dep_ == "cc"]
    if len(joined) != 1 or [c.lower_ for c in links] != ["and"]:
        return None
    other = joined[0]
    if other.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("conj", "cc") for c in other.children):
        return None
    doc = word.doc
    one = list(doc[word.left_edge.i : links[0].i])
    two = list(other.subtree)
    if not all(_a_side(side) for side in (one, two)):
        return None
    return str(doc[word.left_edge.i : other.right_edge.i + 1].text)


def _a_side(words: list[Any]) -> bool:
    """Whether a side's words say who, briefly: a name in them, no clause, no aside."""
    return (
        0 < len(words) <= MAX_SIDE_WORDS
        and any(t.ent_type_ in _WHO_LABELS for t in words)
        and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in words)
    )
