"""A bare number a text counts people or things by ("The six were arrested") written as the
group it counted before ("Six members of the Muslim Brotherhood were charged …" -> "the six
members of the Muslim Brotherhood")."""

from __future__ import annotations

from typing import Any

from timeline.temporal.numbers import parse_count

COUNTED_PHRASE_WORDS = 8  # words of the counted noun's phrase: "members of the Muslim Brotherhood"


def is_bare_count(head: Any) -> bool:
    """A number that is a noun phrase on its own, after "the": "the six", "the 12"."""
    return (
        head.pos_ == "NUM"
        and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        and not any(c.dep_ == "prep" for c in head.children)  # "the six of them"
    )


def counted_group(head: Any) -> str | None:
    """The phrase a bare count stands for: the nearest plural noun the document counted by the
    same number before it, with its modifiers and "of" phrase, after "the"."""
    count = parse_count(head.text)
    if count is None:
        return None
    doc = head.doc
    for token in reversed(doc[: head.i]):
        noun = token.head
        if (
            token.dep_ == "nummod"
            and noun.tag_ in ("NNS", "NNPS")
            and parse_count(token.text) == count
            and noun.i > token.i
        ):
            return _phrase(token, noun)
    return None


def _phrase(number: Any, noun: Any) -> str | None:
    """ "the six members of the Muslim Brotherhood": the count, the words between it and its
    noun, the noun and an "of" phrase after it, within `COUNTED_PHRASE_WORDS`."""
    words = list(noun.doc[number.i : noun.i + 1])
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == noun.i + 1:
            words += list(noun.doc[prep.i : prep.right_edge.i + 1])
    if len(words) > COUNTED_PHRASE_WORDS or any(t.is_punct for t in words):
        return None
    first = number.lower_ if number.is_alpha else number.text  # "Six members" -> "the six …"
    return " ".join(["the", first, *(t.text for t in words[1:])])
