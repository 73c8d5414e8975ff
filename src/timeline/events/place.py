"""The place a sentence opens with ("In Norwich, a woman was strangled on Monday"), which a
headline built from the clause after it would leave out."""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import join_tokens

PLACE_WORDS = 8  # words of an opening place a headline takes: "in the southern Iraqi city of Basra"
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PREPOSITIONS = frozenset({"in", "at"})


def opening_place(sentence: Any, head: Any) -> str | None:
    """ "in Norwich" of "In Norwich, …" hung on the clause's verb, when it names a place and is
    set off by a comma; None otherwise."""
    first = sentence[0] if sentence[0].is_alpha else None
    if first is None or first.lower_ not in _PREPOSITIONS or first.head.i != head.i:
        return None  # (on a verb of saying: where it was said, not what was told)
    if any(c.dep_ == "ccomp" for c in head.children):
        return None  # "In Rome, the minister said Italy would withdraw…"
    phrase = list(first.subtree)
    while phrase and phrase[-1].is_punct:
        phrase.pop()  # the comma the parse may hang on the place
    after = phrase[-1].i + 1
    if after >= sentence.end or sentence.doc[after].text != "," or len(phrase) > PLACE_WORDS:
        return None
    objects = [c for c in first.children if c.dep_ == "pobj"]
    if not objects or not any(t.ent_type_ in _PLACE_LABELS for t in objects[0].subtree):
        return None
    if any(t.ent_type_ in ("DATE", "TIME") for t in phrase):
        return None  # "In January last year,"
    return f"{first.lower_} {join_tokens(phrase[1:])}"  # "in Hong Kong's New Territories"
