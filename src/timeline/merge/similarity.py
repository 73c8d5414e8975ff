"""How alike two sets of words are: the plain measures the rules and the retellings use
(Jaccard overlap of words, weighted overlap of names, words alike but for a misspelling).
Nothing here remembers anything.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet


def overlap(words_a: frozenset[str], words_b: frozenset[str]) -> float:
    """Jaccard overlap of the content words of the mention sentences, names and dates aside."""
    if not words_a or not words_b:
        return 0.0
    shared = len(words_a & words_b)
    return shared / (len(words_a) + len(words_b) - shared)


def name_overlap(
    a: AbstractSet[str], b: AbstractSet[str], weights: dict[str, float], at_least: int
) -> float:
    """Weighted overlap coefficient of two name sets; 0 unless `at_least` names are shared."""
    shared = a & b
    if len(shared) < at_least:
        return 0.0

    def weight(found: AbstractSet[str]) -> float:
        return sum(weights.get(w, 1.0) for w in found)

    return weight(shared) / min(weight(a), weight(b))


def share_alike(a: AbstractSet[str], b: AbstractSet[str], prefix: int, differences: int) -> bool:
    """Whether `a` and `b` share a word, or two `alike` words."""
    if not a.isdisjoint(b):
        return True
    # only words with the same first letters can be alike: `b`'s by those letters
    by_start: dict[str, list[str]] = {}
    for y in b:
        if len(y) >= prefix:
            by_start.setdefault(y[:prefix], []).append(y)
    return any(alike(x, y, prefix, differences) for x in a for y in by_start.get(x[:prefix], ()))


def alike(a: str, b: str, prefix: int, differences: int) -> bool:
    """The same word, one of them misspelt: the same first `prefix` letters, and at most one
    letter in `differences` different ("sanctuary" / "sanctanty"). (Letters two words start
    with do not change their edit distance: it is that of the rest.)"""
    return a == b or (
        a[:prefix] == b[:prefix]
        and len(a) >= prefix
        and differences * edit_distance(a[prefix:], b[prefix:]) <= max(len(a), len(b))
    )


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]
