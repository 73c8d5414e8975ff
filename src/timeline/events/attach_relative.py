"""The date of another clause or thing than the one the headline tells. A participle clause
set off by a comma with a date of its own ("hit a peak of 139,200 in 1992, falling to zero
for much of 1996") is dated apart from the clause it hangs on. The date of the thing a clause
is placed after or before: a date the parse hangs on the
object of "after", "before" or "following", a noun ("would take place after the British
general election on May 1", "feeling the heat after a 2-1 defeat on Saturday") or a gerund
("is heading to Russia after winning the NHK Trophy Friday"), dates that object, not the
clause it is placed against. (Told as a done act, "resigned after losing the vote on
Friday", the clause is told at about that date, and keeps it, unless the noun makes a
clause of its own: "rocked the stations following two explosions on Wednesday night".) A
date set off with a description in apposition ("Gaidar, the victim of a poisoning last week,
was released") describes who is named, not the act of the clause."""

from __future__ import annotations

from typing import Any

from timeline.edtf import Granularity, NormalizedDate
from timeline.events.clauses import clause_head, governing_predicate, subject_of
from timeline.events.elsewhere import told_as_done
from timeline.events.nominal import NounPhrase, is_event_noun, noun_title, time_root
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma

# Prepositions that place a clause after or before a thing ("since" and "until" are a period's
# bounds, read elsewhere).
_PLACING = frozenset({"after", "before", "following"})
# Prepositions by which a date hangs on a noun or a gerund it dates: "the election on May 1",
# "a defeat in March", "winning the trophy at the weekend".
_DATING = frozenset({"on", "in", "at", "during"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_CLOSING = frozenset({",", ")", "--", "\u2014"})  # what closes a description set off
_PHRASE_DEPTH = 3  # prepositional phrases climbed from a dated noun to "after" or "before"


def relative_object(root: Any) -> Any | None:
    """The event noun or the gerund that the date (its root token) modifies, when that word is
    the object of a preposition placing its clause relative to it ("after the election on
    May 1", "after winning the NHK Trophy Friday"); else None."""
    owner = _dated_owner(root)
    if owner is None:
        return None
    first = owner
    while first.dep_ == "conj" and first.tag_ == "VBG" and first.head.i != first.i:
        first = first.head  # "after launching in 1995 and achieving a client base in 1996"
    if first is not owner and not (first.dep_ == "pcomp" and first.tag_ == "VBG"):
        return None
    placing = first.head
    if placing.lower_ not in _PLACING or placing.i == owner.i:
        return None
    if owner.dep_ == "pobj" and is_event_noun(owner):
        return owner  # "after the British general election on May 1"
    if first.dep_ == "pcomp" and owner.tag_ == "VBG":
        return owner  # "after winning the NHK Trophy Friday"
    return None


def dated_placed(
    root: Any, value: NormalizedDate | None, skip: set[int]
) -> tuple[Any, str | None] | None:
    """The word a date dates when it is the object of "after", "before" or "following"
    (`relative_object`), with its headline: an event noun's day makes a row of the noun ("would
    take place after the election on May 1"); a gerund's date makes none ("is heading to Russia
    after winning the NHK Trophy Friday": the title None). None: the date is left to the
    clause. A clause told as done ("resigned after losing the vote on Friday") keeps a gerund's
    date, and a noun's unless the noun makes a clause of its own ("rocked the stations
    following two explosions on Wednesday night": the explosions took place then, not the
    rocking) of an event a day can date (not "delivered his report after a nine-month inquiry
    on Wednesday"), when no other date dates the clause."""
    placed = relative_object(root)
    if placed is None:
        return None
    done = told_as_done(placed_against(placed))
    if placed.pos_ == "VERB":
        return None if done else (placed, None)
    if value is None or value.granularity is not Granularity.DAY:
        return None
    if done and (_lasting(placed) or _dated_apart(placed)):
        return None
    title = noun_title(placed, skip)
    if title is None or (done and isinstance(title, NounPhrase)):
        return None
    return placed, title


def _dated_apart(noun: Any) -> bool:
    """Another date of the sentence dates the clause the noun's phrase places ("got off to a
    strong start Thursday, following a rally in Asia the previous day"): the phrase's date is
    then what the clause is told against (`dates_the_thing_placed`), no row's."""
    verb = placed_against(noun)
    for span in noun.doc.spans.get("timex", ()):
        root = time_root(span)
        owner = root.head.head if root.dep_ == "pobj" else root.head
        if owner.i == verb.i and root.i not in {t.i for t in noun.head.subtree}:
            return True  # (not "offered forecasts [for the current year]": the forecasts')
    return False


def _lasting(noun: Any) -> bool:
    """The noun is measured by a time longer than a day: "a nine-month inquiry", "the 34-day
    war" (a day after it is the end's, or the clause's)."""
    return any(
        c.dep_ in ("compound", "amod", "npadvmod")
        and lemma(c).lower() in word_list("time_nouns", "units")
        and any(n.dep_ == "nummod" for n in c.children)
        for c in noun.children
    )


def in_an_apposition(span: Any, root: Any) -> Any | None:
    """The description in apposition that a date set off with it belongs to, when the parse
    hung the date on the name described ("Gaidar, the victim of a poisoning [last week], was
    released"; "Ji Liping, the 50m winner [three days ago], is hoping"); else None."""
    owner = root.head if root.dep_ == "advmod" else _dated_owner(root)
    if owner is None or owner.pos_ not in _NOUNS or owner.i > span.start:
        return None
    outer = None if is_event_noun(owner) else _apposition_above(owner)
    if outer is not None:  # "Smith, winner of the Masters in Spain [last month], has…" (an
        owner = outer.head  # event noun's date is its own: "commander during the war in 1998")
    appositions = [c for c in owner.children if c.dep_ == "appos" and c.i < span.start]
    if not appositions:
        return None
    apposition, doc = appositions[-1], span.doc
    if not any(t.text == "," for t in doc[owner.i + 1 : apposition.left_edge.i]):
        return None  # not set off: "Prime Minister Dehaene Friday promised"
    if any(t.is_punct for t in doc[apposition.right_edge.i + 1 : span.start]):
        return None  # the description closed before the date
    after = doc[span.end] if span.end < len(doc) else None
    return apposition if after is not None and after.text in _CLOSING else None


def _apposition_above(noun: Any) -> Any | None:
    """The apposition whose noun phrase holds `noun` by one or more prepositions ("winner [of]
    the Masters"; not the apposition itself: "hit the capital, Baghdad, on Monday, killing"),
    without a verb between; else None."""
    for step in range(_PHRASE_DEPTH):
        if noun.dep_ == "appos":
            return noun if step and noun.head.i < noun.i else None
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        noun = noun.head.head
        if noun.pos_ not in _NOUNS:
            return None
    return None


def _dated_owner(root: Any) -> Any | None:
    """The word a date (its root token) hangs on: "the election [on] May 1", "winning Friday"."""
    if root.dep_ == "npadvmod":
        return root.head
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in _DATING:
        return root.head.head
    return None


def placed_against(owner: Any) -> Any:
    """The verb of the clause the phrase of `owner` ("after the election") places: the word
    the phrase hangs on, or the verb that word belongs to ("another manager feeling …"), out
    of clauses without a subject ("dealt with this by making a U-turn moments after …")."""
    word = owner.head.head
    return clause_head(word if word.pos_ in ("VERB", "AUX") else governing_predicate(word))


def a_later_participle(span: Any, spans: list[Any]) -> bool:
    """The date belongs to a participle clause set off by a comma, without a subject of its
    own ("…, falling to zero for much of 1996"), whose main clause another date of the
    sentence dates ("hit a peak in 1992"): the participle tells another moment, and the
    headline, told from the main clause, would carry the wrong date."""
    verb = governing_predicate(time_root(span))
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or subject_of(verb) is not None:
        return False
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    main = verb.head
    return any(
        other.start != span.start and governing_predicate(time_root(other)).i == main.i
        for other in spans
    )


def dates_the_thing_placed(span: Any, spans: list[Any]) -> bool:
    """The date hangs on the object of "after", "before" or "following", or on a noun in its
    phrase ("were still voting Tuesday after problems with ballot papers Sunday and Monday"),
    while another date of the sentence dates the clause itself: the first is the thing's,
    never the clause's."""
    root = time_root(span)
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Sunday and [Monday]"
    placing = _placing_of(root)
    if placing is None:
        return False
    verb = governing_predicate(root)
    phrase = {t.i for t in placing.subtree}
    return any(
        other.start not in phrase and governing_predicate(time_root(other)).i == verb.i
        for other in spans
    )


def _placing_of(root: Any) -> Any | None:
    """The "after", "before" or "following" whose object a date (its root token) is ("before
    their two-day Christmas holiday") or hangs on ("after problems [with the machines]
    Sunday"), or None."""
    if root.dep_ == "pobj" and root.head.lower_ in _PLACING:
        return root.head
    owner = _dated_owner(root)
    if owner is None or owner.pos_ not in ("NOUN", "PROPN"):
        return None
    for _ in range(_PHRASE_DEPTH):
        placing = owner.head
        if owner.dep_ != "pobj" or placing.i == owner.i:
            return None
        if placing.lower_ in _PLACING:
            return placing
        owner = placing.head
        if owner.pos_ not in ("NOUN", "PROPN"):
            return None
    return None


def when_clause(root: Any) -> Any | None:
    """The verb of a "when" clause on the date (its root token `root`), which tells what
    happened then: "after Sept. 18, [when] agents arrested 46 workers", "in 1988, when a bomb
    destroyed a jet"."""
    for clause in root.children:
        if (
            clause.dep_ in ("relcl", "advcl")
            and clause.i > root.i
            and any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children)
        ):
            return clause
    return None
