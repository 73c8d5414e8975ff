"""Dates that are part of a name or a title, not the time of their clause: "the film New
Year's Day", 'the song "Easter Monday"', "a campaign for the 2008 Olympic Games", "protesters
from the March 14 movement" (split from `attach`, which asks `in_a_name`)."""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import SUBJECT_DEPS
from timeline.events.nominal import span_root
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma

# Prepositions that place a clause relative to an event: the event's date is not the clause's.
RELATIVE_PREPOSITIONS = frozenset({"after", "before", "since", "following", "until", "ahead"})
# Prepositions that place a clause within a named event: "won gold at the 2008 Olympics".
LOCATING = frozenset({"at", "in", "during", "throughout"})
_VERBS = ("VERB", "AUX")
# Prepositions whose object is only mentioned, not dated by the clause: "tickets for the 2010
# World Cup", "preparations for Tuesday's vote", "a street named after the 1974 revolution",
# "under the 1994 constitution", "a dispute over the 2004 election" (but "spoke at Tuesday's
# meeting" is dated by it).
_MENTIONING = frozenset(
    {"for", "toward", "towards", "named", "under", "against", "about", "over", "on"}
)
# Entities that are titles: a date inside one is part of the title ("the album Easter Monday").
_TITLES = frozenset({"WORK_OF_ART", "LAW"})
# Capitalised words either side of a date searched for a title's quotation marks.
_TITLE_WORDS = 6
# Words either side of a date read to tell a text in capitals throughout from a proper name.
_CAPITALS_WINDOW = 8
# Entities a date inside of names a thing ("the 2008 Olympic Games", "the 1994 Constitution").
_NAMED_THINGS = frozenset({"EVENT", "WORK_OF_ART", "LAW", "ORG", "FAC", "PRODUCT"})


def in_a_name(span: Any, described: Any | None, period: bool) -> bool:
    """The date is part of a name, or of a thing or event only mentioned, not the time of
    its clause: a title in apposition ("the film New Year's Day") or in quotation marks; a
    proper name that is not what the clause is about ("a campaign for the 2008 Olympic
    Games", but "the 2008 Olympic Games opened"); a noun inside another noun's phrase
    ("protesters from the March 14 movement"); a noun after "for", "ahead of", "before"
    ("preparations for Tuesday's vote")."""
    root = span_root(span)
    if _quoted_title(span) or all(t.ent_type_ in _TITLES for t in span):
        return True  # 'the song "Easter Monday"', "the album Easter Monday"
    if root.dep_ == "appos" and names_a_thing(root.head):
        return True  # "the film New Year's Day"
    if described is None or period or described.dep_ in SUBJECT_DEPS:
        return False
    head = described.head
    if described.dep_ == "pobj" and head.lower_ in LOCATING and head.head.pos_ in _VERBS:
        return False  # "won gold at the 2008 Beijing Olympics": within the named event
    if (described.pos_ == "PROPN" or described.ent_type_ in _NAMED_THINGS) and not _capitalised(
        span
    ):
        return True  # "the 2008 Olympic Games", "the 1994 Constitution"
    if described.ent_type_ in _NAMED_THINGS and _opens_its_name(span, described):
        return True  # "the 2011 World Championships and the 2014 World Cup" (capitals all round)
    if nested(described):
        return True  # "protesters from the March 14 movement"
    if described.dep_ in ("compound", "appos", "nmod", "poss"):
        return True  # "the March 14 movement's leaders"
    words = {head.lower_, head.head.lower_} if described.dep_ == "pobj" else set()
    return bool(words & (RELATIVE_PREPOSITIONS | _MENTIONING))


def _quoted_title(span: Any) -> bool:
    """The date is within a title in quotation marks: 'recorded "Easter Monday" in a barn'."""
    doc = span.doc
    first, last = span.start, span.end
    while first > 0 and doc[first - 1].is_title and span.start - first < _TITLE_WORDS:
        first -= 1
    while last < len(doc) and doc[last].is_title and last - span.end < _TITLE_WORDS:
        last += 1
    return bool(first > 0 and last < len(doc) and doc[first - 1].is_quote and doc[last].is_quote)


def _capitalised(span: Any) -> bool:
    """The words around the date are written with capitals throughout ("Had Been Opened the
    Directive from an October 2023 Presentation"): a capital there is no sign of a name."""
    doc = span.doc
    words = [
        t
        for t in doc[max(0, span.start - _CAPITALS_WINDOW) : span.end + _CAPITALS_WINDOW]
        if t.is_alpha and not t.is_sent_start and not (span.start <= t.i < span.end)
    ]
    return len(words) >= _CAPITALS_WINDOW and sum(t.is_title for t in words) * 2 > len(words)


def _opens_its_name(span: Any, noun: Any) -> bool:
    """The date stands first in the named thing it modifies, the name's words (of the same
    entity) running from it to the noun: "the 2014 World Cup"."""
    between = span.doc[span.end : noun.i]
    return span.end <= noun.i and all(t.ent_type_ == noun.ent_type_ for t in between)


def nested(noun: Any) -> bool:
    """The noun is in the phrase of another noun: "protesters from the March 14 movement"."""
    return bool(noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"))


def names_an_event(noun: Any) -> bool:
    """An event noun, whatever the tagger made of its capital ("an October 2023
    Presentation"), that is not a group's name ("the March 14 movement")."""
    word = lemma(noun).lower()
    return word in word_list("event_nouns", "nouns") and word not in word_list("names", "groups")


def names_a_thing(noun: Any) -> bool:
    """A noun that is not a time: "the film", "the song" (not "Friday, March 3")."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME"):
        return False
    return lemma(noun).lower() not in word_list("time_nouns", "nouns")
