"""Where an event is set, as far as its sentences tell: a place named as a word that describes
a thing ("a Minnesota man", "its Iowa plant", "an Ohio-based chain") says what the thing is,
not where the act was; two such places are no sign of two events ("a wrongful-death suit
filed by the family of a Minnesota man" / "the family … sued Kestrel Valley Foods …, accusing
the company of ignoring warnings at its Iowa plant"). Plain functions: nothing is remembered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline.merge.lexicon import STOPWORDS

# A determiner, up to two describing words ("a retired"), the place, and a lower-case word it
# describes ("man", "-based"): the place's words are filled in by `described`.
_BEFORE = r"(?i:\b(?:a|an|the|its|his|her|their|our|this|that)\s+)((?:[a-z][\w'-]*\s+){0,2})"
_AFTER = r"(?:\s+|-)([a-z][\w'-]*)"


def described_only(place: str, sentences: Iterable[str]) -> bool:
    """Whether every time the sentences name `place` (a lower-case actor key) it describes a
    thing, and they name it at least once."""
    named = described = 0
    for sentence in sentences:
        named += len(re.findall(r"(?i)\b" + re.escape(place) + r"\b", sentence))
        described += sum(
            1
            for found in re.finditer(_BEFORE + "(?i:" + re.escape(place) + ")" + _AFTER, sentence)
            if _describing(found.group(1)) and found.group(2) not in STOPWORDS
        )
    return named > 0 and described == named


def _describing(words: str) -> bool:
    """Whether the words between the determiner and the place may describe the thing (no
    function word: "the man in Minnesota died" names where he died)."""
    return all(word not in STOPWORDS for word in words.split())
