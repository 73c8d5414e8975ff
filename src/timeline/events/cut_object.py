"""A "to" clause cut before the words that complete it, whatever the parse made of them
("which aims to prevent [illegally exported diamonds being used…]", where the parse hung the
diamonds elsewhere): a headline ending on it is a fragment, so the clause is left out."""

from __future__ import annotations

from typing import Any

_COMPLETING = frozenset({"ADV", "ADJ", "NOUN", "PROPN", "DET", "NUM", "PRON"})  # not "to", "in"


def infinitive_cut_short(token: Any, keep: set[int], core: set[int]) -> bool:
    """Whether `token` is an infinitive outside the verb's core whose next word, a word that
    would complete it and no date (`keep` holds the dates), is left out."""
    if token.i in core or token.tag_ != "VB" or token.i + 1 >= token.sent.end:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    following = token.doc[token.i + 1]
    return following.i not in keep and following.pos_ in _COMPLETING
