"""Combining: the events found to be one become one event, with the date the sources agree on
and the dates that really disagree as `conflicts`.

Glossary: the *best* member is the one whose headline, trigger and participants the merged
event keeps: the most confident; then one whose verb tells the act itself ("was sentenced",
not "set the sentencing"); then by `member_key` (what it tells, never input order); a member
that names the actor where it has a pronoun or a description and tells the same (`naming`).
"""

from __future__ import annotations

import hashlib

from timeline.edtf import NormalizedDate
from timeline.merge.features import mention_key
from timeline.merge.lexicon import LIGHT_VERBS
from timeline.merge.naming import named_member
from timeline.merge.rules import RULES, lag, nested
from timeline.models import Actor, Conflict, Event, Kind


def member_key(event: Event) -> tuple[object, ...]:
    """An order of events that depends on what they tell, not on the order of the input."""
    mentions = event.mentions
    first = mention_key(mentions[0]) if len(mentions) == 1 else min(map(mention_key, mentions))
    return (event.date, first, event.id)


def combine(group: list[Event]) -> Event:
    """One event for `group`: every mention, actor and figure, the best member's words."""
    if len(group) == 1:
        return group[0]
    ranked = sorted(group, key=lambda e: (-e.confidence, e.trigger in LIGHT_VERBS, member_key(e)))
    best = ranked[0]
    named = named_member(best, ranked)  # the words: who acted, by name
    mentions = tuple(sorted({m for e in group for m in e.mentions}, key=mention_key))
    actors: list[Actor] = []
    seen: set[str] = set()
    for event in [best, *group]:
        for actor in event.actors:
            if actor.text.lower() not in seen:
                seen.add(actor.text.lower())
                actors.append(actor)
    sources = len({m.doc_id for m in mentions})
    best_sources = len({m.doc_id for m in best.mentions})
    date, conflicts = agreed_date(group)
    key = date.edtf + "|" + "|".join(":".join(map(str, mention_key(m))) for m in mentions)
    figures = tuple(dict.fromkeys(f for e in [best, *group] for f in e.figures))
    confidence = best.confidence + RULES.source_bonus * (sources - best_sources)
    return Event(
        id="ev-" + hashlib.sha1(key.encode()).hexdigest()[:12],
        date=date,
        title=named.title,
        description=named.description,
        actors=tuple(actors),
        confidence=round(min(1.0, confidence), 3),
        anchor=best.anchor,
        mentions=mentions,
        trigger=best.trigger,
        kind=min((e.kind for e in group), key=lambda k: k is Kind.CAPTION),
        modality=best.modality,
        figures=figures,
        conflicts=conflicts,
        participants=named.participants,
    )


def agreed_date(group: list[Event]) -> tuple[NormalizedDate, tuple[Conflict, ...]]:
    """The date of a merged event: the finest date that the most sources support (a date
    agrees with a finer one inside it); the dates that really disagree with it are conflicts,
    with their sources. A coarser date that holds it, or a day next to it (`rules.lag`: time
    zones, a report of the day after), is no disagreement."""
    sources: dict[NormalizedDate, set[str]] = {}
    for event in group:
        for conflict in event.conflicts:
            sources.setdefault(conflict.date, set()).update(conflict.sources)
        sources.setdefault(event.date, set()).update(m.doc_id for m in event.mentions)
    if len(sources) == 1:  # one date told: no conflict
        return next(iter(sources)), ()

    def support(date: NormalizedDate) -> int:
        return len(set().union(*(s for d, s in sources.items() if nested(date, d))))

    date = min(sources, key=lambda d: (-support(d), d.days, d))
    conflicts = tuple(
        Conflict(d, tuple(sorted(s)))
        for d, s in sorted(sources.items())
        if not nested(date, d) and not lag(date, d)
    )
    return date, conflicts
