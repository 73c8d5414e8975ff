"""The acts an event tells, as merging compares them (words in `data/acts.toml`, read by
`lexicon`): one name for the words news uses for one act ("#3" for indict, charge,
indictment; a verb of no family is named by itself).

An event tells one act, its `act`; a deciding verb tells a second, that of the verb of its
"to" clause ("voted 5-4 to approve an ordinance": the vote, and the approval another article
tells as "passed the ordinance"): `acts` holds both.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.merge.lexicon import (
    DECIDING,
    EVENT_NOUN,
    LIGHT_VERBS,
    NO_ACT,
    NOUN_FAMILY,
    VERB_FAMILY,
)
from timeline.models import Event

_CONDITION = re.compile(r"\b(?:if|unless|when|after|before|until|as|while|because)\b")
_WORD = re.compile(r"[a-z][\w'’-]*")
_TO_CLAUSE = r"\s+(?:[\w'’.,-]+\s+){0,3}?to\s+([a-z]+)\b"  # "voted 5-4 to approve"


def act(event: Event) -> tuple[str | None, bool]:
    """The act an event tells, one name for the words news uses for it (`lexicon`): the
    family of its trigger, or of the event noun a light verb takes (and whether it was that
    noun); None for saying, being or no trigger."""
    trigger = event.trigger
    if trigger is None or trigger in NO_ACT:
        return None, False
    noun = _event_noun(event) if trigger in LIGHT_VERBS else None
    if noun is not None:
        return f"#{noun}", True
    family = VERB_FAMILY.get(trigger)
    return (trigger if family is None else f"#{family}"), False


def acts(event: Event, told: str | None) -> frozenset[str]:
    """The event's act `told` and, after a deciding verb (`DECIDING`), the act of the verb of
    its "to" clause in the headline ("voted to approve": the vote and the approval)."""
    if told is None:
        return frozenset()
    if event.trigger not in DECIDING:
        return frozenset((told,))
    found = {told}
    title = event.title.lower()
    for mention in event.mentions:
        if mention.trigger is None:
            continue
        form = re.escape(mention.trigger.text.lower())
        clause = re.search(r"\b" + form + _TO_CLAUSE, title)
        if clause is not None:
            verb = clause.group(1)
            family = VERB_FAMILY.get(verb)
            found.add(verb if family is None else f"#{family}")
    return frozenset(found)


def aim(event: Event, stem: Callable[[str], str | None]) -> frozenset[str]:
    """What a plan is about: the `stem`s of its headline's words after its trigger, up to a
    condition ("is expected to vote on the fuel tax bill": fuel, tax, bill; "will go on strike
    if the carrier does not agree": strike). Empty for an event that is no plan's."""
    title = event.title.lower()
    for mention in event.mentions:
        if mention.trigger is None:
            continue
        at = title.find(mention.trigger.text.lower())
        if at >= 0:
            rest = title[at + len(mention.trigger.text) :]
            rest = _CONDITION.split(rest, maxsplit=1)[0]
            return frozenset(filter(None, map(stem, _WORD.findall(rest))))
    return frozenset()


def _event_noun(event: Event) -> int | None:
    """The family of the event noun a light verb takes: the head of its object ("set Kessler's
    sentencing"), or of what follows it in the headline ("filed for Chapter 11 protection");
    not a noun that only describes another ("set a record for death sentences")."""
    roles = {p.role: p.text for p in event.participants}
    if "object" in roles:
        text = roles["object"].lower()
    else:
        text = event.title.lower()
        subject = roles.get("subject", "").lower()
        if subject and subject in text:
            text = text[text.index(subject) + len(subject) :]
    found = EVENT_NOUN.search(text)
    return None if found is None else NOUN_FAMILY[found.group(1)]
