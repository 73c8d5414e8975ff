"""Naming: whose headline a merged event keeps when the best member's subject is a pronoun or a
description ("The region was captured by rebel Serbs") and another member, telling the same act
at the same date and all that the best one's headline tells, names the actor ("Eastern Slavonia
was captured by rebel Serbs"). A reader sees the headline only.

Parse-free: a subject is the member's subject participant, when its headline opens with it; it
names the actor when a capitalised word of it (a determiner aside) is a word of one of its
entities (a description's entity is the one it stands for, not in its words).
"""

from __future__ import annotations

import re

from timeline.merge.lexicon import DETERMINERS, PRONOUNS, STOPWORDS
from timeline.merge.rules import RULES, nested
from timeline.models import Event, Kind

_WORD = re.compile(r"[\w'-]+")
_POSSESSIVE = re.compile(r"'s?$")


def named_member(best: Event, ranked: list[Event]) -> Event:
    """`best`, or the first member of `ranked` that names the actor where `best`
    has a pronoun or a description, and tells what `best` tells (`comparable`)."""
    if not _bare(best):
        return best
    return next((e for e in ranked if _named(e) and comparable(e, best)), best)


def comparable(event: Event, best: Event) -> bool:
    """Whether `event`'s headline may stand for `best`'s: the same act (trigger) at the same
    date or one that holds it, no caption or cut headline for a whole one, and most content
    words that `best`'s headline tells after its subject (`Rules.named_keeps`)."""
    if event.trigger != best.trigger or event.modality != best.modality:
        return False
    if not nested(best.date, event.date):
        return False
    if event.kind is Kind.CAPTION and best.kind is not Kind.CAPTION:
        return False
    if event.title.endswith("…") and not best.title.endswith("…"):
        return False
    subject = _subject(best) or ""
    told = _words(best.title[len(subject) :]) - STOPWORDS
    return len(told & _words(event.title)) >= RULES.named_keeps * len(told)


def _subject(event: Event) -> str | None:
    """The subject's words, when the headline opens with them."""
    for participant in event.participants:
        if participant.role == "subject":
            text = participant.text
            return text if text and event.title.lower().startswith(text.lower()) else None
    return None


def _bare(event: Event) -> bool:
    """Whether the headline's subject is a pronoun or a description with no name in it."""
    subject = _subject(event)
    if subject is None:
        return False
    words = subject.split()
    if subject.lower() in PRONOUNS:
        return True
    return words[0].lower() in DETERMINERS and not any(w[:1].isupper() for w in words[1:])


def _named(event: Event) -> bool:
    """Whether the headline's subject names an actor (a capitalised word of its entities)."""
    subject = _subject(event)
    if subject is None:
        return False
    words = subject.split()
    if words[0].lower() in DETERMINERS:
        words = words[1:]
    named = {
        w
        for p in event.participants
        if p.role == "subject"
        for e in p.entities
        for w in _WORD.findall(e.text)
    }
    return any(
        w[:1].isupper() and _POSSESSIVE.sub("", w) in named for w in _WORD.findall(" ".join(words))
    )


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}
