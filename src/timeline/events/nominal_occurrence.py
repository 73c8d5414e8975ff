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

from enum import Enum
from typing import Any

from timeline.edtf import NormalizedDate
from timeline.events.clauses import join_tokens, modality_of
from timeline.events.vocabulary import word_list
from timeline.models import Modality
from timeline.nlp.lemmas import lemma

MAX_PHRASE_WORDS = 10
_PLURAL_TAGS = ("NNS", "NNPS")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
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


def tense_of(date: NormalizedDate, published: NormalizedDate | None) -> Tense:
    """The tense of an event at `date` told in an article of `published`."""
    if published is None or date.end < published.start:
        return Tense.PAST
    if date.start > published.end:
        return Tense.AHEAD
    return Tense.OPEN if date.end > published.end else Tense.PAST


def occurrence(noun: Any, words: list[Any], tense: Tense = Tense.PAST) -> str | None:
    """The clause that says event noun `noun` happened, or None (see the module's note).
    `words`: the noun's phrase as the headline keeps it, without its article."""
    word = lemma(noun).lower()
    held = word in word_list("nominal_phrases", "held")
    if not held and word not in word_list("nominal_phrases", "happened"):
        return None
    ahead = tense is Tense.AHEAD or any(
        c.dep_ == "amod" and c.lower_ in word_list("nominal_modifiers", "ahead")
        for c in noun.children
    )
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
    undecided = word_list("nominal_phrases", "undecided") | word_list("goals", "verbs")
    called_off = word_list("nominal_phrases", "called_off")
    for depth, verb in enumerate(noun.ancestors):
        if depth >= _UNDECIDED_DEPTH:
            break
        if verb.pos_ in ("VERB", "AUX") and lemma(verb).lower() in undecided | called_off:
            return False  # "considering … to hold elections", "the match was postponed"
    return True


def _whole(noun: Any, words: list[Any]) -> bool:
    """A phrase told whole: no clause word at its start ("whose match"), no finite verb, no
    member of a list left out ("the fighting between their troops [and the military]"), no
    measure ("the second match by seven wickets")."""
    if not words or len(words) > MAX_PHRASE_WORDS or words[0].tag_ in _RELATIVE_TAGS:
        return False
    kept = {t.i for t in words}
    if any(t.tag_ in _FINITE_TAGS for t in words):
        return False
    if any(c.dep_ == "conj" and c.i not in kept for t in words for c in t.children):
        return False
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
    if owner is not None or first.tag_ == "PRP$" or first.pos_ == "PROPN":
        return ""
    owned = any(c.dep_ == "poss" for c in noun.children)  # a date: "last year's revolution"
    return "" if noun.tag_ in _PLURAL_TAGS and not owned else "the "
