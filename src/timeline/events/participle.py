"""A participle after a comma that tells the act a date dates ("appeared listless, [falling]
to 4-7 in semifinals this year", "took the lead, [grabbing] the rights to the final on
Monday"): the headline is the clause's, told with the participle, so that the row says what
happened at its date."""

from __future__ import annotations

from typing import Any

from timeline.events.predicate import rest
from timeline.events.verb_core import verb_core

PARTICIPLE_TOKENS = 12  # a trailing participle's phrase in a headline: its words, at most


def participle_words(verb: Any, skip: set[int]) -> set[int]:
    """The participle, its comma and what makes it news (its object or first phrase); none
    when nothing but the participle would be told ("the series, [starting] in mid-January")."""
    core = verb_core(verb)
    told = rest(verb, skip, PARTICIPLE_TOKENS, None) - skip - core
    if not any(not verb.doc[i].is_punct for i in told):
        return set()
    return ((core | told) - skip) | {verb.i - 1}
