"""The rules of `grammar` run over a text, without spaCy: `find_in_text` gives every match.

The recogniser (`recognize`) runs them over each Doc's text; the ingest guards count them in
long texts before any analysis, where spaCy need not be loaded.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from timeline.temporal.grammar import RULES
from timeline.temporal.keywords import FOLD, KeywordIndex, keyword_sets

# A blank line ends a paragraph; no time expression runs on across one.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


@cache
def _keyword_index() -> KeywordIndex:
    """Built on first use: a run that reads everything from the cache never needs it."""
    return KeywordIndex([keyword_sets(rule.pattern) for rule in RULES])


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph; the blank lines after one belong to it."""
    starts = [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(text))]
    return [(s, e) for s, e in zip(starts, [*starts[1:], len(text)], strict=True) if e > s]


def find_in_text(text: str) -> list[tuple[int, int, str]]:
    """Every rule match as (start, end, rule name), longest first where they overlap.

    Each rule is tried only over the paragraphs holding a word of each of its keyword sets
    (`keywords`): the same matches as trying it everywhere, for a fraction of the cost."""
    found: list[tuple[int, int, str]] = []
    folded = text.translate(FOLD)
    where: dict[int, list[tuple[int, int]]] = {}
    for start, end in paragraphs(text):
        for number in _keyword_index().patterns_in(folded, start, end):
            where.setdefault(number, []).append((start, end))
    for number, rule in enumerate(RULES):
        for first, last in where.get(number, ()):
            if rule.requires is not None and not rule.requires.search(text, first, last):
                continue  # most news has no clock time, and composite patterns are slow to try
            for m in rule.pattern.finditer(text, first, last):
                start, end = m.span()
                if end > start and (rule.accept is None or rule.accept(text, start, end)):
                    found.append((start, end, rule.name))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    chosen: list[tuple[int, int, str]] = []  # by start, never overlapping: ends are in order
    for start, end, name in found:
        at = bisect.bisect_left(chosen, (start,))
        if (at == 0 or chosen[at - 1][1] <= start) and (at == len(chosen) or chosen[at][0] >= end):
            chosen.insert(at, (start, end, name))
    return chosen
