"""Names and their short forms: how one entity may be written ("General Motors", "GM",
"the Fed", "Jobs"), read by the resolver (`entities.py`) and by `--entity` queries.

Glossary: a *name* is a named entity's text without "the" and a possessive ("General
Motors"); a *short form* is an acronym, some of a name's words in order or the start of its
first word.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache

from timeline.models import Actor

MIN_PREFIX = 3  # "Fed" for "Federal Reserve": a short form that is the start of a word
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # a place's short form is only its acronym
NAMED_LABELS = frozenset({"PERSON", "ORG"})  # spaCy often labels one of them as the other
JOINERS = frozenset({"of", "and", "the", "for", "&", "de", "du", "la", "le", "von", "van"})


@lru_cache(maxsize=1 << 16)  # read for every mention, again and again: a pure function of the text
def name_of(text: str) -> str:
    """A mention's text as a name: no leading "the", no possessive, no outer punctuation, no
    bracket the mention opens but does not close ("the European Bank for Reconstruction and
    Development (EBRD": the model's span ends before the bracket's end), nothing after a dash
    set off by spaces ("Henry - a": the model's span runs into the next clause)."""
    text = re.split(r"\s+[-–—]+\s+", text.strip())[0]
    text = re.sub(r"\s*\([^)]*$", "", text)
    text = re.sub(r"^(?:the)\s+|['’]s?$", "", text, flags=re.IGNORECASE)
    return text.strip(" \t\n.,;:\"'“”‘’()")


@lru_cache(maxsize=1 << 16)
def words_of(text: str) -> tuple[str, ...]:
    """The words of a name, in lower case, possessives off ("S&P" and "AT&T" stay whole)."""
    text = re.sub(r"['’]s\b", "", text.lower().replace("’", "'"))
    return tuple(re.findall(r"[^\W_]+(?:[&.][^\W_]+)*\.?|&", text))


_DOTTED_OPENING = re.compile(r"(?:[A-Z]\.){2,}\s+")  # "U.S. ", "U.N. ": a country's abbreviation


def acronym(text: str) -> set[str]:
    """The initials a name may be written as: "General Motors" GM, "Bank of America" BOA/BA."""
    words = [w for w in re.findall(r"[^\W_][\w&'-]*", text) if w]
    if len(words) < 2:
        return set()
    found = {"".join(w[0] for w in words).lower()}
    found.add("".join(w[0] for w in words if w.lower() not in JOINERS).lower())
    opening = _DOTTED_OPENING.match(text)
    if opening:  # "U.S. Consumer Product Safety Commission": CPSC as well as USCPSC
        found |= acronym(text[opening.end() :])
    return {f for f in found if len(f) >= 2}


def short_form_of(
    short: str, full: str, short_label: str, full_label: str, any_case: bool = False
) -> bool:
    """Whether name `short` can be a short form of the longer name `full`: its acronym, some of
    its words in order (a surname, "Apple" of "Apple Inc."), or the start of its first word
    ("Fed"), between labels that can name the same thing. In a text, an acronym is in capitals
    and a short form starts with one; `any_case` (a user's query) lets either be in any case."""
    compatible = short_label == full_label or {short_label, full_label} <= NAMED_LABELS
    if not compatible:
        return False
    small, large = words_of(short), words_of(full)
    if not small or len(small) >= len(large):
        return False
    compact = short.replace(".", "").lower()
    if (
        len(small) == 1
        and compact in acronym(full)
        and (any_case or short.replace(".", "").isupper())
    ):
        return True
    if full_label in PLACE_LABELS:
        return False  # "Hong Kong" is not "Hong Kong Island", nor "Korea" "North Korea"
    if re.search(rf"(?:^|\s){re.escape(short)}-", full):
        return False  # "African Union-UN" is a joint name, not "the African Union"'s (but
        # "Hariri" is "Rafik Al-Hariri")
    person = short_label == "PERSON" and full_label != "PERSON"
    if person and len(small) == 1 and small[0] not in (large[0], large[-1]):
        return False  # "Brown" is not "the James Brown Arena"
    if any(large[i : i + len(small)] == small for i in range(len(large) - len(small) + 1)):
        return not all(w in JOINERS for w in small)
    return (
        len(small) == 1
        and len(small[0]) >= MIN_PREFIX
        and (any_case or short[:1].isupper())
        and large[0].startswith(small[0])
    )


def contains_words(text: str, name: str) -> bool:
    """Whether `name`'s words occur together, in order, in `text` (case, "the" and
    possessives ignored)."""
    small = tuple(w for w in words_of(name) if w != "the") or words_of(name)
    large = words_of(text)
    return bool(small) and any(
        large[i : i + len(small)] == small for i in range(len(large) - len(small) + 1)
    )


def names_entity(text: str, label: str, wanted: str) -> bool:
    """Whether an entity named `text` is the entity a user asks for by `wanted`: the same words
    or some of them ("S&P" for "S&P 500", a name in capitals that the query completes with a
    number; not "iPhone" for "iPhone 4"), an acronym either way (GM, General Motors), the start
    of its first word ("the Fed"), or a person by the surname the query ends with."""
    name, query = name_of(text), name_of(wanted)
    if not name or not query:
        return False
    if contains_words(name, query) or words_of(name) == words_of(query):
        return True
    if short_form_of(query, name, label, label, any_case=True):
        return True
    small, large = words_of(name), words_of(query)
    if label == "PERSON" and len(small) == 1 and large[-1:] == small:
        return True  # "Jobs" is "Steve Jobs"
    letters = [c for c in name if c.isalpha()]
    capitals = bool(letters) and all(c.isupper() for c in letters)  # an index: S&P, FTSE, DAX
    if capitals and large[: len(small)] == small and all(w.isdigit() for w in large[len(small) :]):
        return True  # "S&P" is "S&P 500"; "iPhone" is not "iPhone 4"
    if len(small) >= 2 and contains_words(query, name):
        return True  # "Apple Corps" is "Beatles Apple Corps": a name of two words or more
    prefix = len(small) == 1 and len(large) >= 2 and len(small[0]) >= MIN_PREFIX
    if prefix and large[0] != small[0] and large[0].startswith(small[0]):
        return True  # "Fed" is "the Federal Reserve"
    return len(small) == 1 and name.replace(".", "").lower() in acronym(query)  # GM


def surname_of(short: str, full: str, short_label: str, full_label: str) -> bool:
    """Whether a one-word name the model took for a place ("Manbar", GPE) is the surname of a
    person named in full in the same document ("Nahum Manbar"): a place is never called by
    the last word of a person's name of plain words ("Abdullah of Jordan" is no surname)."""
    if full_label != "PERSON" or short_label not in PLACE_LABELS | {"NORP"}:
        return False
    small, large = words_of(short), words_of(full)
    return (
        len(small) == 1 and len(large) >= 2 and large[-1] == small[0] and not (set(large) & JOINERS)
    )


def name_index(names: dict[str, tuple[str, str]]) -> Callable[[str], set[str]]:
    """The names that a name may be a short form of, found by word, acronym and prefix, so
    that a document with many names is not read in their square."""
    by_word: dict[str, set[str]] = defaultdict(set)
    for key, (name, _) in names.items():
        words = words_of(name)
        for word in words:
            by_word[word].add(key)
        for initials in acronym(name):
            by_word[initials].add(key)
        if len(words) >= 2:
            for end in range(MIN_PREFIX, len(words[0])):
                by_word[words[0][:end]].add(key)

    def candidates(name: str) -> set[str]:
        words = words_of(name) or [""]
        return by_word.get(words[0], set()) | by_word.get(name.replace(".", "").lower(), set())

    return candidates


def person_called(word: str, actors: Iterable[Actor]) -> Actor | None:
    """The one person of a document whose full name opens or ends with `word` ("Danai" for
    "Danai Tulalampa"), or None when none or several are."""
    found = {
        a
        for a in actors
        if a.label == "PERSON"
        and len(words := words_of(a.text)) >= 2
        and word in (words[0], words[-1])
    }
    return next(iter(found)) if len(found) == 1 else None
