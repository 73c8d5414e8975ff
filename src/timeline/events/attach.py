"""Which word a time expression dates: the predicate it attaches to, one event per predicate;
comparisons with the past and dates that describe a thing date no event."""

from __future__ import annotations

import re
from typing import Any

from timeline.edtf import NormalizedDate
from timeline.events.clauses import governing_predicate
from timeline.models import TimeExpression
from timeline.nlp.lemmas import lemma


def compares(span: Any) -> bool:
    """A comparison with the past, not an event then: "the highest turnout since 1992", "up
    from $71 million a year earlier", "fell 9% from a year ago"."""
    doc = span.doc
    if re.fullmatch(
        r"(?:a|one) year (?:ago|earlier)|(?:the )?year[- ](?:ago|earlier).*", span.text.lower()
    ):
        before = {t.lower_ for t in doc[max(0, span.start - 14) : span.start]}
        if before & {"from", "than", "compared", "versus", "vs", "vs."}:
            return True
    since = span[0]
    if since.lower_ != "since":
        return False
    window = span.doc[max(0, since.i - 8) : since.i]  # "the highest … race since 2011"
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "only") for t in window)


def one_per_predicate(found: list[tuple[TimeExpression, Any]]) -> list[tuple[Any, TimeExpression]]:
    """Group a sentence's time expressions by the predicate they attach to; keep the most
    precise one of each group. A date that only describes a thing ("citing a 2023 ruling",
    "the quarter ended Sept. 28") makes no event of its own when another date in the sentence
    dates the action."""
    described = [(e, s) for e, s in found if _describes_a_thing(s)]
    if len(described) < len(found):
        found = [(e, s) for e, s in found if (e, s) not in described]
    groups: dict[int, list[TimeExpression]] = {}
    predicates = {}
    for expression, span in found:
        predicate = governing_predicate(span.root)
        predicates[predicate.i] = predicate
        groups.setdefault(predicate.i, []).append(expression)
    chosen = []
    for i, group in sorted(groups.items()):
        best = min(group, key=lambda e: (_precision_rank(e.value), e.start))
        # a list or range of days for one verb ("hearings on 23 January, 6 February and 20
        # February", "from 15% on Friday to 48% on Sunday"): one event for each
        kind = best.value.granularity if best.value else None
        values: list[NormalizedDate] = []
        for expression in sorted(group, key=lambda e: e.start):
            value = expression.value
            if value is not None and value.granularity == kind and value not in values:
                values.append(value)
                chosen.append((predicates[i], expression))
    return chosen


def _describes_a_thing(span: Any) -> bool:
    root = span.root
    if root.dep_ in ("compound", "amod", "nummod", "nmod", "poss"):
        return bool(root.head.pos_ in ("NOUN", "PROPN"))
    verb = governing_predicate(root)  # "the quarter ended Sept. 28": the end of a period
    return bool(verb.dep_ == "acl" and lemma(verb) in ("end", "begin", "start", "close"))


def _precision_rank(value: NormalizedDate | None) -> int:
    return value.days if value is not None else 10**9
