"""Where an event is set, as far as its sentences tell: a place named as a word that describes
a thing ("a Minnesota man", "its Iowa plant", "an Ohio-based chain") says what the thing is,
not where the act was; two such places are no sign of two events ("a wrongful-death suit
filed by the family of a Minnesota man" / "the family … sued Kestrel Valley Foods …, accusing
the company of ignoring warnings at its Iowa plant"). Plain functions: nothing is remembered
but compiled patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from timeline.merge.lexicon import STOPWORDS

# A determiner, up to two describing words ("a retired"), the place, and a lower-case word it
# describes ("man", "-based"): the place's words are filled in by `described`.
_BEFORE = r"(?i:\b(?:a|an|the|its|his|her|their|our|this|that)\s+)((?:[a-z][\w'-]*\s+){0,2})"
_AFTER = r"(?:\s+|-)([a-z][\w'-]*)"
_PLACES_KEPT = 4096  # compiled patterns of places kept


def described_only(place: str, sentences: Iterable[str]) -> bool:
    """Whether every time the sentences name `place` (a lower-case actor key) it describes a
    thing, and they name it at least once."""
    naming, describing = _patterns(place)
    named = described = 0
    for sentence in sentences:
        named += len(naming.findall(sentence))
        described += sum(
            1
            for found in describing.finditer(sentence)
            if _describing(found.group(1)) and found.group(2) not in STOPWORDS
        )
    return named > 0 and described == named


@lru_cache(maxsize=_PLACES_KEPT)
def _patterns(place: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The place named, and named as a word that describes a thing: compiled once a place
    (every event of a run asks of its own places)."""
    name = re.escape(place)
    return re.compile(r"(?i)\b" + name + r"\b"), re.compile(_BEFORE + "(?i:" + name + ")" + _AFTER)


def _describing(words: str) -> bool:
    """Whether the words between the determiner and the place may describe the thing (no
    function word: "the man in Minnesota died" names where he died)."""
    return all(word not in STOPWORDS for word in words.split())
