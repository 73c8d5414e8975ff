"""What an event's words say of its figures and of how it is told, for the rules: which way
a figure moved, its counts and percentages, the ages of the people it tells of, the numbers
that name the thing ("iPhone 14"), whether it is told as a repetition ("again", "a second
contingent", "in a separate clash") or dated by a deadline ("by April 21"). Plain functions:
nothing is remembered but compiled patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from timeline.merge.lexicon import CALENDAR, DEADLINE, DOWN, NOUN_FAMILY, UP
from timeline.models import Event, Mention
from timeline.temporal.numbers import parse_count

NOTHING: frozenset[str] = frozenset()
NOTHING_COUNTED: frozenset[Any] = frozenset()
WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")  # a word as merging compares it
_AGAIN = re.compile(
    r"\b(?:again|once more|another|second time|re-?elected|twice"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) times"
    r"|(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) time"
    r"|an? (?:second|third|fourth|fifth|new) (?:contingent|round|wave|batch|group|attack)"
    r"|separate(?:ly)?)\b",
    re.I,
)
_NUMBERED = re.compile(r"\b\w*[A-Z][\w-]*\s+\d+\b|\b\d+\s*[-–]\s*\d+\b")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_NAMES_KEPT = 4096  # compiled patterns of names kept
_AGED = re.compile(r"\b(\d{1,3})-year-old\b|\baged (\d{1,3})\b")


def direction(event: Event) -> int:
    """Which way the event says a figure moved: 1 up, -1 down, 0 neither or both."""
    told = set(WORD.findall(event.title.lower()))
    if event.trigger:
        told.add(event.trigger)
    up, down = not told.isdisjoint(UP), not told.isdisjoint(DOWN)
    return 0 if up == down else (1 if up else -1)


def deadline_dated(mention: Mention) -> bool:
    """Whether the mention's date is a deadline: "urged Iran to respond by April 21"."""
    timex = mention.timex
    if timex is None:
        return False
    before = mention.sentence[: max(0, timex.start - mention.char_start)]
    return DEADLINE.search(before) is not None


def counts(event: Event) -> frozenset[float]:
    """The numbers its count figures give ("four suspected militants", "up to 30 fighters":
    4, 30), the first number of each."""
    if not event.figures:
        return NOTHING_COUNTED
    found = (
        next(filter(None, map(parse_count, figure.text.split())), None)
        for figure in event.figures
        if figure.kind == "count"
    )
    return frozenset(filter(None, found))


def ages(event: Event) -> frozenset[int]:
    """The ages its subject and object give ("a 71-year-old man"), or its sentences give beside
    a person they name ("Harold Brennick, 71, who died"): one person counted in two tellings,
    whatever else each says of him."""
    found = {int(a or b) for p in event.participants for a, b in _AGED.findall(p.text)}
    for participant in event.participants:
        for entity in participant.entities:
            if entity.label != "PERSON":
                continue
            beside = _aged_beside(entity.text)
            for mention in event.mentions:
                found.update(int(age) for age in beside.findall(mention.sentence))
    return frozenset(found)


@lru_cache(maxsize=_NAMES_KEPT)
def _aged_beside(name: str) -> re.Pattern[str]:
    """ "Harold Brennick, 71,": the age set beside a name, compiled once a name."""
    return re.compile(re.escape(name) + r",\s+(\d{1,3}),")


def percents(event: Event) -> frozenset[int]:
    """The event's percentages, to the unit: "9%" and "9.2 percent" are one figure."""
    if not event.figures:
        return NOTHING_COUNTED
    return frozenset(
        round(float(number))
        for figure in event.figures
        if figure.kind == "percent"
        for number in _NUMBER.findall(figure.text.replace(",", ""))
    )


def says_again(sentence: str) -> bool:
    """Whether a sentence tells the event as a repetition ("again", "a second time"), or as
    one of several ("in a separate clash")."""
    return _AGAIN.search(sentence) is not None


def numbers_in(text: str) -> frozenset[str]:
    """Numbers that name or score the thing itself: "iPhone 14", "Apollo 11", "52-48" (not
    another date in the sentence, "August 2021", nor an act's name, "Chapter 11")."""
    if _DIGIT.search(text) is None:
        return NOTHING  # every number has a digit: one quick pass spares the slow one
    return frozenset(
        m.group(0)
        for m in _NUMBERED.finditer(text)
        if m.group(0).split()[0].lower().rstrip(".") not in CALENDAR
        and m.group(0).lower() not in NOUN_FAMILY
    )


def undated(mention: Mention) -> str:
    """The sentence without its time expression."""
    text = mention.sentence
    if mention.timex is None:
        return text
    start = mention.timex.start - mention.char_start
    return text[:start] + " " + text[start + len(mention.timex.text) :]
