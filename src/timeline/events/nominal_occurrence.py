"""An event noun whose phrase says neither who did it nor to what, told as a clause that says
only that it happened: a gathering, a vote or a contest "was held" ("the 2002 presidential
elections" -> "The presidential elections were held"), violence, an upheaval or a disaster
"took place" ("a 1973 military coup" -> "A military coup took place"); "will be held" and
"will take place" when it is dated after the article. The kinds of noun are data
(`data/nominal_phrases.toml`), so that "official results" or "a positive test" are never
told as held.

The clause says no more than the text: none for a noun the clause does not assert ("would
not hold a vote", "was considering holding elections in 2008"), one only talked about
("preparing for January's election", "a dispute over the 2004 election"), one called off
("whose Sunday match had to be postponed"), one dated by a period that holds the article's
date ("this week's election": held or ahead, the text does not say), or a phrase cut short
("the fighting between their troops [and the military]").
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any

from timeline.edtf import NormalizedDate
from timeline.events.clauses import FINITE_TAGS, join_tokens, modality_of
from timeline.events.vocabulary import word_list
from timeline.models import Modality
from timeline.nlp.lemmas import lemma

MAX_PHRASE_WORDS = 10
_PLURAL_TAGS = ("NNS", "NNPS")
_RELATIVE_TAGS = frozenset({"WP$", "WDT", "WP"})  # "whose match": a clause, not a subject
# How far up the parse a verb that leaves the event undecided is looked for ("was
# considering bringing forward the term to hold elections in 2008").
_UNDECIDED_DEPTH = 6


class Tense(Enum):
    """When a nominal event is told: before the article, after it, or in a period that holds
    the article's date ("this week's election"), where the text does not say."""

    PAST = "past"
    AHEAD = "ahead"
    OPEN = "open"


def tense_of(date: NormalizedDate, published: NormalizedDate | None, said: str, noun: Any) -> Tense:
    """The tense of event noun `noun` at `date` told in an article of `published`, the date
    said as `said`. A date that says neither its year nor where it lies ("Tuesday's match",
    "a February bomb blast") is the resolver's guess, which the clause must confirm: a
    gathering in the past by a verb in the past above it ("won 91 percent in Sunday's
    poll"), anything ahead by a plan or a word that puts it ahead ("ahead of the January 25
    election"), a gathering ahead also by a verb in the present ("the match is at Auckland on
    December 26"); else the tense is open."""
    if published is None:
        return Tense.PAST
    if date.end < published.start:
        tense = Tense.PAST
    elif date.start > published.end:
        tense = Tense.AHEAD
    else:
        return Tense.OPEN if date.end > published.end else Tense.PAST
    if _YEAR.search(said) or set(said.lower().split()) & word_list("nominal_phrases", "placed"):
        return tense
    held = lemma(noun).lower() in word_list("nominal_phrases", "held")
    tags = {t for verb in _verbs_above(noun) for t in _tenses(verb)}
    if tense is Tense.PAST:
        confirmed = not held or "past" in tags
    else:
        confirmed = _told_ahead(noun) or (held and bool(tags & {"present", "future"}))
    return tense if confirmed else Tense.OPEN


_YEAR = re.compile(r"\d{4}|\d0s\b|'\d\d")


def _verbs_above(noun: Any) -> list[Any]:
    """The verbs the noun hangs on, nearest first."""
    found = [t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")]
    return found[:_UNDECIDED_DEPTH]


def _tenses(verb: Any) -> set[str]:
    """What a verb with its auxiliaries says of time: "past" (won, has left), "present"
    (is, turn), "future" (will, is to)."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    found = set()
    if any(w.tag_ == "VBD" for w in words) or any(w.lower_ in ("has", "have") for w in words[1:]):
        found.add("past")
    if any(w.tag_ == "MD" and w.lower_ in ("will", "shall", "'ll") for w in words):
        found.add("future")
    elif any(w.tag_ in ("VBZ", "VBP") for w in words):
        found.add("present")
    return found


def _told_ahead(noun: Any) -> bool:
    """The text puts the noun ahead: a plan ("is due to"), a word before it ("the upcoming
    vote"), or "ahead of", "before" ("ahead of the January 25 election")."""
    if modality_of(noun) is Modality.PLANNED or marked_ahead(noun):
        return True
    words = {noun.head.lower_, noun.head.head.lower_} if noun.dep_ == "pobj" else set()
    return bool(words & word_list("nominal_phrases", "awaiting"))


def marked_ahead(noun: Any) -> bool:
    """Whether the event is still ahead: a word that says so modifies the noun ("the upcoming
    vote", "the planned merger"). (A noun in a clause that is not asserted gives no clause.)"""
    ahead = word_list("nominal_modifiers", "ahead")
    return any(c.dep_ == "amod" and c.lower_ in ahead for c in noun.children)


def occurrence(noun: Any, words: list[Any], tense: Tense = Tense.PAST) -> str | None:
    """The clause that says event noun `noun` happened, or None (see the module's note).
    `words`: the noun's phrase as the headline keeps it, without its article."""
    word = lemma(noun).lower()
    held = word in word_list("nominal_phrases", "held")
    if not held and word not in word_list("nominal_phrases", "happened"):
        return None
    ahead = tense is Tense.AHEAD or marked_ahead(noun)
    if tense is Tense.OPEN or not _asserted(noun, ahead) or not _whole(noun, words):
        return None
    if ahead:
        verb = "will be held" if held else "will take place"
    else:
        verb = ("were held" if noun.tag_ in _PLURAL_TAGS else "was held") if held else "took place"
    text = f"{_article(noun, words)}{join_tokens(words)} {verb}"
    return text[:1].upper() + text[1:]


def _asserted(noun: Any, ahead: bool) -> bool:
    """Whether the text says the event happened (or, `ahead`, that it will)."""
    unreal = word_list("nominal_modifiers", "unreal")
    if any(c.lower_ in unreal for c in noun.children):
        return False  # "the attempted coup", "no vote"
    told = modality_of(noun)  # "will decide" of an election dated ahead: it will be held
    if not (told is Modality.ASSERTED or (ahead and told is Modality.PLANNED)):
        return False
    head = noun.head
    if noun.dep_ == "pobj":
        words = {head.lower_, head.head.lower_}  # "for", "ahead of"
        if words & word_list("nominal_phrases", "mentioning"):
            return False  # "preparing for January's election", "a dispute over the vote"
        if not ahead and words & word_list("nominal_phrases", "awaiting"):
            return False  # "ahead of Thursday's election" dated before the article
    stopping = (
        word_list("nominal_phrases", "undecided")
        | word_list("goals", "verbs")
        | word_list("nominal_phrases", "called_off")
    )
    for depth, verb in enumerate(noun.ancestors):
        if depth >= _UNDECIDED_DEPTH:
            break
        if verb.pos_ in ("VERB", "AUX") and lemma(verb).lower() in stopping:
            return False  # "considering … to hold elections", "the match was postponed"
    return True


def _whole(noun: Any, words: list[Any]) -> bool:
    """A phrase told whole: no clause word at its start ("whose match"), no finite verb, no
    member of a list left out ("the fighting between their troops [and the military]") nor
    the head of a word it keeps ("under Frenchman Philippe [Troussier]"), no measure ("the
    second match by seven wickets")."""
    if not words or len(words) > MAX_PHRASE_WORDS or words[0].tag_ in _RELATIVE_TAGS:
        return False
    kept = {t.i for t in words}
    if any(t.tag_ in FINITE_TAGS for t in words):
        return False
    if any(c.dep_ == "conj" and c.i not in kept for t in words for c in t.children):
        return False
    if any(t.i != noun.i and t.head.i not in kept for t in words):
        return False  # "under Frenchman Philippe [Troussier]": a name cut short
    return not any(
        t.dep_ == "prep" and t.lower_ == "by" and any(g.like_num for g in t.subtree) for t in words
    )


def _article(noun: Any, words: list[Any]) -> str:
    """The article a phrase opens with as a subject: its own ("a 1973 military coup" -> "a
    military coup", "the US-led invasion"), its possessor's ("the country's war"), none
    before a name or a pronoun as possessor ("Bosnia's war", "its conflict") or a plural
    without one, else "the" (for a date as possessor: "Tuesday's meeting" -> "the
    meeting")."""
    first = words[0]
    owner = first if first.dep_ == "poss" else None
    det = next((c for c in (owner or noun).children if c.dep_ == "det"), None)
    if det is not None and det.lower_ in ("a", "an"):
        return "an " if first.lower_[:1] in "aeiou" else "a "
    if det is not None:
        return "the "
    if owner is not None or first.tag_ == "PRP$":
        return ""
    owned = any(c.dep_ == "poss" for c in noun.children)  # a date: "last year's US scandal"
    bare = noun.tag_ in _PLURAL_TAGS or first.pos_ == "PROPN"  # "Bosnia war"
    return "" if bare and not owned else "the "
