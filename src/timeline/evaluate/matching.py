"""Maximum bipartite matching, as both reference scorers make it (Kuhn's algorithm): the
figures depend on which of several equal matchings is found, so the order is theirs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def max_matching(edges: Mapping[int, Sequence[int]]) -> dict[int, int]:
    """Each left node (a gold item) matched to at most one right node, the left nodes tried
    in the order of `edges` and their candidates in the order given; returns left -> right."""
    owner: dict[int, int] = {}  # right -> left

    def place(left: int, seen: set[int]) -> bool:
        for right in edges.get(left, ()):
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or place(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in edges:
        place(left, set())
    return {left: right for right, left in owner.items()}
