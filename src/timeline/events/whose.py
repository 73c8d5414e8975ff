"""The "whose" of a relative clause's subject, written as its owner's name for a headline."""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import join_tokens
from timeline.events.phrases import noun_phrase


def whose_owner(
    predicate: Any, subject: Any | None, skip: set[int], names: dict[int, str]
) -> dict[int, str]:
    """The "whose" of a relative clause's subject written as its owner ("Probe chief Detlev
    Mehlis, whose mandate expires" -> "Probe chief Detlev Mehlis's mandate expires")."""
    if subject is None or predicate.dep_ != "relcl":
        return {}
    whose = next((c for c in subject.children if c.lower_ == "whose"), None)
    if whose is None:
        return {}
    owner = predicate.head
    phrase = noun_phrase(owner, skip, 6) - {t.i for t in predicate.subtree}
    named = names.get(owner.i) or join_tokens(
        sorted((owner.doc[i] for i in phrase), key=lambda t: t.i)
    )
    plural = named.endswith("s") and owner.tag_ == "NNS"  # "the countries, whose"
    return {whose.i: named + ("'" if plural else "'s")}
