"""The words every match of a pattern must hold, read off the compiled pattern itself.

Trying a regular expression at every position of a text is what makes recognition cost:
Python's engine cannot skip ahead for case-insensitive patterns that start with optional
words. If every match of a rule holds one of a few words ("march", "mar", …), only the
paragraphs holding one of them need trying. The words are derived from the parse of the
pattern, so they stay right when a rule changes: a mandatory run of letters is such a word,
an alternation needs one word from each branch, a digit stands for any number ("#") and n
digits in a row for a number of n digits or more ("####": a year).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

DIGIT = "#"
# Case-insensitive matching also takes these for ASCII letters: the folded text must show the
# letter the pattern names, at the same offset.
FOLD = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ\u0130\u0131\u212a\u017f", "abcdefghijklmnopqrstuvwxyziiks"
)
WORDS = re.compile(r"[a-z]+|\d+")
_COMMON = frozenset("the and of to in on at an for by or as is it this that from".split())
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

Keywords = frozenset[str]


def keywords_of(pattern: re.Pattern[str]) -> Keywords | None:
    """Words (lowercase letters, or `DIGIT`) one of which is in the text of every match of
    `pattern`, found in the ASCII-folded text as part of a word; None when the parse shows no
    such set (then the pattern must be tried everywhere)."""
    return _needs(_parser.parse(pattern.pattern, pattern.flags).data)


@cache
def keyword_sets(pattern: re.Pattern[str]) -> tuple[Keywords, ...]:
    """Every such set: a match holds a word of each ("March 5, 2020" a month and a digit)."""
    return tuple(dict.fromkeys(_all_needs(_parser.parse(pattern.pattern, pattern.flags).data)))


def _all_needs(items: list[tuple[Any, Any]]) -> list[Keywords]:
    """The keyword sets of the parts every match of the sequence `items` goes through."""
    found: list[Keywords] = []
    run = ""  # letters in a row
    digits = 0  # digits in a row
    for op, value in [*items, (None, None)]:
        letter = _ascii_letter(op, value)
        count = 0 if letter else _digits(op, value)
        if run and not letter:
            found.append(frozenset({run}))
            if op is sre.BRANCH:  # the parser took the branches' first letters out: "th(?:e|at)"
                letters = [(sre.LITERAL, ord(letter)) for letter in run]
                joined = _part_needs(op, (None, [[*letters, *branch] for branch in value[1]]))
                if joined:
                    found.append(joined)
            run = ""
        if digits and not count:
            found.append(frozenset({DIGIT * digits}))
            digits = 0
        if letter:
            run += letter
        elif count:
            digits += count
        elif op is sre.SUBPATTERN:
            found += _all_needs(value[-1])
        elif op is sre.ATOMIC_GROUP:
            found += _all_needs(value)
        elif op in _REPEATS and value[0] >= 1:
            found += _all_needs(value[2])
        else:
            part = _part_needs(op, value)
            if part:
                found.append(part)
    return found


def _needs(items: list[tuple[Any, Any]]) -> Keywords | None:
    """The cheapest keyword set among the parts every match of the sequence `items` needs."""
    return min(_all_needs(items), key=_cost, default=None)


def _digits(op: Any, value: Any) -> int:
    """How many digits in a row every match of the item is (0 when it may be anything else)."""
    if (op is sre.LITERAL and chr(value).isdecimal()) or (op is sre.IN and _digits_only(value)):
        return 1
    if op in _REPEATS and value[0] >= 1 and len(value[2]) == 1:
        return int(value[0]) * _digits(*value[2][0])
    return 0


def _part_needs(op: Any, value: Any) -> Keywords | None:
    if op is sre.BRANCH:
        branches = [_needs(branch) for branch in value[1]]
        if any(b is None for b in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    return None  # lookarounds hold no part of the match; classes of letters are no help


def _ascii_letter(op: Any, value: Any) -> str:
    if op is sre.LITERAL and chr(value).isascii() and chr(value).isalpha():
        return chr(value).lower()
    return ""


def _digits_only(members: Iterable[tuple[Any, Any]]) -> bool:
    def digit(op: Any, value: Any) -> bool:
        if op is sre.CATEGORY:
            return value in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT)
        if op is sre.LITERAL:
            return chr(value).isdigit()
        if op is sre.RANGE:
            return chr(value[0]).isdigit() and chr(value[1]).isdigit()
        return False

    members = list(members)
    return bool(members) and all(digit(op, value) for op, value in members)


def _cost(keywords: Keywords) -> float:
    """How often a keyword set is found in news, roughly: shorter and commoner words more often."""
    return sum(
        0.3 / len(w) if w[0] == DIGIT else 0.5 if w in _COMMON else 10.0 ** (1 - len(w))
        for w in keywords
    )


class KeywordIndex:
    """Which patterns may match in a text, by the keyword sets of each (`keyword_sets`)."""

    def __init__(self, keyword_sets: list[tuple[Keywords, ...]]) -> None:
        self.needed: list[frozenset[int]] = []  # per pattern, the numbers of its keyword sets
        self.by_key: dict[str, frozenset[int]] = {}
        numbered = 0
        for sets in keyword_sets:
            self.needed.append(frozenset(range(numbered, numbered + len(sets))))
            for keywords in sets:
                for key in keywords:
                    self.by_key[key] = self.by_key.get(key, frozenset()) | {numbered}
                numbered += 1
        self.digits = sorted({len(k) for k in self.by_key if k[0] == DIGIT})
        # Every beginning of a keyword of letters: a piece of a word that begins none is
        # not worth making longer (most pieces of most words).
        self.beginnings = frozenset(
            key[:n] for key in self.by_key if key[0] != DIGIT for n in range(1, len(key) + 1)
        )
        self.sets_of = lru_cache(maxsize=1 << 16)(self._sets_of)

    def _sets_of(self, word: str) -> frozenset[int]:
        """The keyword sets with a word inside `word` (a run of folded letters, or digits)."""
        found: set[int] = set()
        if word[0].isdigit():  # a number of n digits holds every shorter run of digits
            for n in self.digits:
                if n <= len(word):
                    found.update(self.by_key[DIGIT * n])
            return frozenset(found)
        for i in range(len(word)):
            for j in range(i + 1, len(word) + 1):
                piece = word[i:j]
                if piece not in self.beginnings:
                    break
                found.update(self.by_key.get(piece, ()))
        return frozenset(found)

    def patterns_in(self, folded: str, start: int, end: int) -> list[int]:
        """The patterns that may match in `folded[start:end]`: those with a word of each of
        their keyword sets there."""
        present: set[int] = set()
        for word in WORDS.findall(folded, start, end):
            present.update(self.sets_of(word))
        return [number for number, needed in enumerate(self.needed) if needed <= present]
