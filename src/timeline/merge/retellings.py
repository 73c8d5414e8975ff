"""Coarse dates retold finer: the pairs that merge when pairs no longer do.

A coarse date often stands for the finer one another source gives: "indicted the following
year" / "indicted in June 2022", "the original sanctuary ordinance dates back to the 1980s" /
"became a sanctuary city in 1985". Names need not be shared (a pronoun, a description), so
the evidence asked for is other: the finer date lies within the coarse one, the two share a
telling word other than the act's own (rare in the corpus, compared by stem and tolerant of a
misspelling) and, unless the coarse one names no one, a word other than the act's that both
headlines tell (not only the rest of their sentences: "…, dealers said"), the same act is
told (any act for a decade or century: "dates back to", "became"), no two different people
or named subjects are named, and each is the other's only such match.
Intervals are spans of activity, not events told coarsely, and take no part, but for short
ones ("last week", "on August 6 and 9"), which are finer dates.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet

from timeline.edtf import Granularity
from timeline.merge.features import Profile, subject_head, telling_stem
from timeline.merge.rules import (
    RULES,
    may_retell,
    nested,
    other_people,
    other_places,
    other_shares,
    other_subjects,
    span,
)
from timeline.merge.similarity import share_alike
from timeline.models import Event

COARSE = frozenset({Granularity.MONTH, Granularity.SEASON, Granularity.QUARTER, Granularity.YEAR})
VERY_COARSE = frozenset({Granularity.DECADE, Granularity.CENTURY})
# What can lie strictly within a `COARSE` date, and within a `VERY_COARSE` one.
FINER = frozenset({Granularity.DAY, Granularity.MONTH, Granularity.SEASON, Granularity.QUARTER})
FINER_THAN_WIDE = FINER | {Granularity.YEAR, Granularity.DECADE}


def finer_retellings(
    ordered: list[Event],
    found: list[Profile],
    told: Callable[[int], AbstractSet[str]],
) -> list[tuple[int, int]]:
    """Pairs (coarse, finer) of indexes of `ordered` that are one event told at two precisions
    (the module docstring). `found` are their profiles, `told` gives event `i`'s telling stems
    (but the corpus's common ones)."""
    prefix = RULES.alike_prefix
    wide_years = {
        y
        for e in ordered
        if e.date.granularity in VERY_COARSE
        for y in range(e.date.start.year, e.date.end.year + 1)
    }
    # Finer events by act, year and each person they name ("" when none, and "*" for any), so
    # that events naming other people are never looked at; for decades and centuries, by the
    # first letters of each telling stem (all that `share_alike` can match), their years and
    # people checked when looked at: an index by stem, year and person would hold a key for
    # most words of most events.
    same_act: dict[tuple[str | None, int, str], list[int]] = {}
    by_start: dict[str, list[int]] = {}
    coarse: list[int] = []
    for i, event in enumerate(ordered):
        act, granularity, year = found[i].act, event.date.granularity, event.date.start.year
        if granularity in VERY_COARSE or (granularity in COARSE and act is not None):
            coarse.append(i)
        short = granularity is Granularity.INTERVAL and not span(event.date)  # "August 6 and 9"
        by_act = act is not None and (granularity in FINER or short)
        wide = year in wide_years and (granularity in FINER_THAN_WIDE or short)
        if not (by_act or wide):
            continue
        people = [*found[i].people, "*"] if found[i].people else [""]
        if by_act:
            for person in people:
                same_act.setdefault((act, year, person), []).append(i)
        if wide:
            for start in {stem[:prefix] for stem in told(i)}:
                by_start.setdefault(start, []).append(i)
    matches: dict[int, set[int]] = {}
    for c in coarse:
        stems = told(c)
        if not stems:
            continue
        event = ordered[c]
        first, last = event.date.start.year, event.date.end.year
        wide = event.date.granularity in VERY_COARSE  # any act: the same numbers too
        if wide:
            # (other people are ruled out below, with the events of the other index)
            seen = {
                f
                for start in {stem[:prefix] for stem in stems}
                for f in by_start.get(start, ())
                if first <= ordered[f].date.start.year <= last
            }
        else:
            act, years = found[c].act, range(first, last + 1)
            people = ["", *found[c].people] if found[c].people else ["", "*"]
            seen = {f for y in years for p in people for f in same_act.get((act, y, p), ())}
        for f in seen:
            other = ordered[f]
            if (
                other.date != event.date
                and nested(other.date, event.date)
                and may_retell(found[c], found[f], strict=wide)
                and not other_people(found[c], found[f])
                and not other_places(found[c], found[f])
                and not other_shares(found[c], found[f])
                and not other_subjects(found[c], found[f])
                and not found[c].deadline
                and not found[f].deadline
                and share_alike(stems, told(f), prefix, RULES.alike_differences)
            ):
                matches.setdefault(c, set()).add(f)
    told_by: dict[int, set[int]] = {}
    for c, fine in matches.items():
        for f in fine:
            told_by.setdefault(f, set()).add(c)
    return [
        (c, f)
        for c, fine in sorted(matches.items())
        for f in fine
        if len(fine) == 1
        and len(told_by[f]) == 1
        and (
            _unnamed(ordered[c])
            or (
                _more_than_the_act(c, f, ordered, told)
                and _more_than_the_act(c, f, ordered, _headline_stems(found))
            )
        )
    ]


def _headline_stems(found: list[Profile]) -> Callable[[int], frozenset[str]]:
    """Event `i`'s headline's telling stems, common ones too: what the event itself tells. Two
    retellings' headlines share more than their act ("the campaign started in three
    districts" / "the vaccination campaign began"); what only the rest of their sentences
    shares ("…, dealers said", "prompting", "voiced") tells other clauses, often of other
    stories."""
    size = RULES.shortest_stem
    return lambda i: frozenset(filter(None, (telling_stem(w, size) for w in found[i].headline)))


def _unnamed(event: Event) -> bool:
    """Whether the event names no one: no actor, and a subject that is a pronoun or none ("He
    was indicted the following year"). Its act is then all it can be matched by; an event
    that names its subject ("exports of frozen fish exceeded…") must share more."""
    if event.actors:
        return False
    return subject_head(event) is None  # no subject, or a pronoun


def _more_than_the_act(
    c: int, f: int, ordered: list[Event], told: Callable[[int], AbstractSet[str]]
) -> bool:
    """Whether the two share a telling word besides the words of their act: in a corpus of many
    stories, one verb and one year are often all that two stories share. (Asked only of a
    pair that is each other's only match: a word shared with a third event still makes the
    match ambiguous, so that leaving the act out never makes a new pair.)"""
    acts = act_words(ordered[c], ordered[f])
    lemmas = [e.trigger for e in (ordered[c], ordered[f]) if e.trigger]

    def rest(stems: AbstractSet[str]) -> frozenset[str]:
        return frozenset(
            s
            for s in stems
            if s not in acts and not any(s.startswith(w) or w.startswith(s) for w in lemmas)
        )

    return share_alike(rest(told(c)), rest(told(f)), RULES.alike_prefix, RULES.alike_differences)


def act_words(*events: Event) -> frozenset[str]:
    """The stems of the words that tell the events' acts ("exceeded", "set", "concluded"):
    told by both, an act is what made them candidates, so it is no further evidence that they
    are one event ("registered members exceeded 600,000" / "trade volume exceeded 4.3
    billion dollars")."""
    found: set[str | None] = set()
    for event in events:
        words = [event.trigger or ""]
        words += [w for m in event.mentions if m.trigger for w in m.trigger.text.lower().split()]
        found.update(telling_stem(w, RULES.shortest_stem) for w in words)
    return frozenset(w for w in found if w)


def day_retellings(
    ordered: list[Event],
    found: list[Profile],
    told: Callable[[int], AbstractSet[str]],
) -> list[tuple[int, int]]:
    """Pairs of indexes of `ordered`: one act told by two documents on one day or on a day and
    the next (`rules.lag`), once by its verb and once by its event noun, without a name in
    common ("the former commissioner was sentenced Wednesday" / "Nagala set Kessler's
    sentencing for June 5"). The evidence is that of `finer_retellings`: the same act, a
    telling word shared, no two different people or places, nothing said again, and each the
    other's only such match. Two verbs of one act on one day are not enough: in a corpus of
    many stories, "shares closed higher Tuesday" is told of every market. A date that is only
    a deadline is no evidence."""
    by_act: dict[tuple[str, int], list[int]] = {}
    for i, event in enumerate(ordered):
        act = found[i].act
        if act is not None and event.date.granularity is Granularity.DAY and not found[i].deadline:
            by_act.setdefault((act, event.date.start.toordinal()), []).append(i)
    matches: dict[int, set[int]] = {}
    lag = RULES.lag_days
    for (act, day), events in by_act.items():
        near = [j for d in range(day, day + lag + 1) for j in by_act.get((act, d), ())]
        for i in events:
            for j in near:
                if (
                    found[i].nominal != found[j].nominal
                    and may_retell(found[i], found[j])
                    and not other_people(found[i], found[j])
                    and not other_subjects(found[i], found[j])
                    and not other_places(found[i], found[j])
                    and share_alike(told(i), told(j), RULES.alike_prefix, RULES.alike_differences)
                ):
                    matches.setdefault(i, set()).add(j)
                    matches.setdefault(j, set()).add(i)
    return sorted(
        (i, j)
        for i, others in matches.items()
        for j in others
        if i < j and len(others) == 1 and len(matches[j]) == 1
    )
