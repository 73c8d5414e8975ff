"""The words merging knows, read once from `data/*.toml`: what each word does is said in the
header of its file. Nothing here depends on one merge; everything is immutable.

Glossary: an *act* is what an event tells was done, one name for the words news uses for it
("#3" for indict, charge, indictment); a *light verb* ("filed", "set") tells its act through the
event noun it takes ("filed for bankruptcy", "set Kessler's sentencing").
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from typing import Any

from timeline.temporal.vocabulary import MONTHS, WEEKDAYS


def _read(name: str) -> dict[str, Any]:
    text = resources.files("timeline.merge").joinpath("data", name).read_text(encoding="utf-8")
    return tomllib.loads(text)


_WORDS = _read("words.toml")
_ACTS = _read("acts.toml")

STOPWORDS = frozenset(_WORDS["stopwords"])
TITLE_WORDS = frozenset(_WORDS["titles"])
OFFICE_WORDS = TITLE_WORDS | frozenset(_WORDS["offices"])
GENERIC = frozenset(_WORDS["generic"])
PRONOUNS = frozenset(_WORDS["pronouns"])
DETERMINERS = frozenset(_WORDS["determiners"])
SUFFIXES: tuple[str, ...] = tuple(_WORDS["suffixes"])
CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
NOT_WORDS = STOPWORDS | frozenset(MONTHS) | TITLE_WORDS  # never a content word

SAYING = frozenset(_ACTS["saying"])
SAID = frozenset(_ACTS["said"])
NO_ACT = frozenset(_ACTS["no_act"]) | SAYING
LIGHT_VERBS = frozenset(_ACTS["light_verbs"])
DECIDING = frozenset(_ACTS["deciding"])
# Each verb and each event noun (or phrase) by the number of its family.
VERB_FAMILY: dict[str, int] = {}
NOUN_FAMILY: dict[str, int] = {}
for _number, _family in enumerate(_ACTS["families"]):
    for _verb in _family["verbs"]:
        VERB_FAMILY.setdefault(_verb, _number)
    for _noun in _family["nouns"]:
        NOUN_FAMILY.setdefault(_noun, _number)
# Words that tell a figure went up, and words that tell it went down.
UP = frozenset(_ACTS["movements"]["up"])
DOWN = frozenset(_ACTS["movements"]["down"])


def _any_of(phrases: list[str], before: str, after: str) -> re.Pattern[str]:
    """One pattern for any of `phrases`, longest first (never matching when there are none)."""
    if not phrases:
        return re.compile(r"(?!)")
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    return re.compile(before + "(" + "|".join(map(re.escape, ordered)) + ")" + after, re.I)


# An event noun or phrase as the head of its phrase, plural or not: at its end, or before a
# preposition or a punctuation mark ("the sentencing of", "Chapter 11 protection,"), never a
# noun that describes another ("death sentences").
_HEAD_END = (
    r"(?:e?s)?\b(?=\s*$|\s*[,;:.)]|\s+(?:of|for|against|on|in|with|at|to|from|by|over"
    r"|if|unless|until|when|after|before)\b)"
)
EVENT_NOUN = _any_of(list(NOUN_FAMILY), r"\b", _HEAD_END)
# A deadline word right before a date ("by April 21").
DEADLINE = _any_of(_ACTS["deadline_words"], r"\b", r"\s*$")
