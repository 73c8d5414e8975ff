"""Answers kept per word of a Doc (`nlp.reads.kept_per_word`): worked out once per word, per
Doc, gone with the Doc's `user_data`, and never shared where a caller may change them."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Doc

from timeline.events.verb_core import verb_core
from timeline.nlp.reads import kept_per_word


def _parsed() -> Doc:
    """ "The talks will break down soon": an invented sentence with a parse of our own."""
    nlp = spacy.blank("en")
    return Doc(
        nlp.vocab,
        words=["The", "talks", "will", "break", "down", "soon"],
        heads=[1, 3, 3, 3, 3, 3],
        deps=["det", "nsubj", "aux", "ROOT", "prt", "advmod"],
        pos=["DET", "NOUN", "AUX", "VERB", "ADP", "ADV"],
    )


def test_an_answer_is_worked_out_once_per_word_and_per_doc() -> None:
    asked: list[int] = []

    @kept_per_word
    def head_of(token: Any) -> int:
        asked.append(token.i)
        return int(token.head.i)

    first, second = _parsed(), _parsed()
    assert [head_of(t) for t in first] == [1, 3, 3, 3, 3, 3]
    assert [head_of(t) for t in first] == [1, 3, 3, 3, 3, 3]
    assert asked == [0, 1, 2, 3, 4, 5]  # the second time, nothing was worked out again
    head_of(second[0])
    assert asked == [0, 1, 2, 3, 4, 5, 0]  # another Doc: its own answers


def test_spans_are_told_apart_by_their_words_and_answers_go_with_user_data() -> None:
    asked: list[tuple[int, int]] = []

    @kept_per_word
    def length(span: Any) -> int:
        asked.append((span.start, span.end))
        return len(span)

    doc = _parsed()
    assert (length(doc[0:2]), length(doc[0:2]), length(doc[2:5])) == (2, 2, 3)
    assert asked == [(0, 2), (2, 5)]
    doc.user_data.clear()  # as when a batch's Doc is done with
    length(doc[0:2])
    assert asked == [(0, 2), (2, 5), (0, 2)]


def test_a_verbs_core_is_a_set_of_the_callers_own() -> None:
    doc = _parsed()
    core = verb_core(doc[3])
    assert core == {2, 3, 4}  # "will break down"
    core.add(5)
    assert verb_core(doc[3]) == {2, 3, 4}
