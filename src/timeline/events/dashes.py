"""Spaced dashes in a sentence ("brigades in Iraq -- the bulk of the US fighting presence --
but"): an aside between two, or after a last one after the clause, is no part of a headline;
a clause that opens after one has the words before it as another clause."""

from __future__ import annotations

from typing import Any

_DASHES = frozenset({"--", "—", "–", "-"})


def between_dashes(sentence: Any, core: set[int]) -> set[int]:
    """The words of an aside between two spaced dashes ("brigades in Iraq -- the bulk of the US
    fighting presence -- but"), or after a last one after the clause, unless the subject or
    verb is among them."""
    dashes = _spaced_dashes(sentence)
    aside: set[int] = set()
    for opening, closing in zip(dashes[::2], dashes[1::2], strict=False):
        inside = set(range(opening, closing + 1))
        if not inside & core:
            aside |= inside
    if len(dashes) % 2 and core and dashes[-1] > max(core):
        # "to form his cabinet in July -- the first elected government since …": what
        # follows a last dash after the clause comments on it
        aside |= set(range(dashes[-1], sentence.end))
    return aside


def _spaced_dashes(sentence: Any) -> list[int]:
    """The dashes with a space on each side: a break in the sentence, not a hyphen."""
    return [
        t.i
        for t in sentence
        if t.text in _DASHES
        and (t.whitespace_ or t.text != "-")
        and t.i > 0
        and t.doc[t.i - 1].whitespace_
    ]


def after_a_dash(sentence: Any, start: int) -> int:
    """The dash a clause opens after ("sick of the sight of Henry - a fortnight ago the
    Frenchman scored"): the words before it are another clause; -1 when none."""
    return max((i for i in _spaced_dashes(sentence) if i < start), default=-1)
