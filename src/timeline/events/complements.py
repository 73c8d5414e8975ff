"""Parts of a clause past its object that a headline keeps or leaves out: the scores a
game ended at, the "as saying" of a verb of quoting, a phrase of another act dated apart
(split from `predicate`)."""

from __future__ import annotations

from typing import Any

from timeline.nlp.lemmas import lemma

_TIME_RELATIONS = frozenset({"before", "after", "since", "until"})
_NEAR_STEPS = 3  # heads climbed from a date to the gerund it dates


def another_dated_act(preposition: Any, skip: set[int]) -> bool:
    """A phrase of another act with its own date ("tried again in 1994 [before winning by a
    landslide in 2002]"): told beside the act, it dates it wrongly."""
    if preposition.lower_ not in _TIME_RELATIONS:
        return False
    if not any(t.pos_ == "VERB" for t in preposition.children):
        return False
    inside = {t.i for t in preposition.subtree}
    own = {t.i for t in preposition.head.subtree} - inside  # the act's own date, elsewhere
    doc = preposition.doc
    gerunds = {t.i for t in preposition.children if t.pos_ == "VERB"}
    times = {t.i for span in doc.spans.get("timex", ()) for t in span}  # kept in or not
    named = {  # not "after waiting six days", "… to replace the 1953 armistice"
        i for i in inside & (skip | times) if _names_a_time(doc[i]) and _near(doc[i], gerunds)
    }
    return bool(named) and bool(own & skip)


def _near(token: Any, heads: set[int]) -> bool:
    """Whether a token hangs on one of `heads` within `_NEAR_STEPS` ("[in] 1943": 1943, in)."""
    for _ in range(_NEAR_STEPS):
        token = token.head
        if token.i in heads:
            return True
    return False


def _names_a_time(token: Any) -> bool:
    """A year, or a month's or day's name: a date of its own, not a length of time."""
    return (token.text.isdigit() and len(token.text) == 4) or (
        token.text[:1].isupper() and token.ent_type_ in ("DATE", "TIME")
    )


def as_saying(verb: Any) -> set[int]:
    """The "as saying" of "quoted the minister as saying": without it, no clause."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            saying = [g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
            if saying and lemma(saying[0]).lower() in ("say", "tell", "write", "report", "state"):
                return {child.i, saying[0].i}
    return set()


def scores(verb: Any, keep: set[int], skip: set[int]) -> set[int]:
    """The score a kept phrase ends on, with the set scores after it ("beat the Knicks 97-92",
    "defeated Congo-Brazzaville 28-25", "upset Nova 15-9, 17-15"): where the game ended."""
    doc = verb.doc
    found: set[int] = set()
    for token in verb.subtree:  # in text order
        if token.i <= verb.i or token.i in skip or not _score(token):
            continue
        follows = token.i - 1 in keep | found or token.i - 1 == verb.i
        set_after = token.i >= 2 and doc[token.i - 1].text == "," and token.i - 2 in found
        if follows or set_after:
            found |= {token.i, token.i + 1, token.i + 2} | ({token.i - 1} if set_after else set())
    return found


def _score(token: Any) -> bool:
    """The first number of a score ("beat the Knicks [97]-92"), whatever the parse hung it
    on: what the game ended at."""
    doc = token.doc
    return bool(
        token.like_num
        and token.i + 2 < len(doc)
        and doc[token.i + 1].text in ("-", "–")
        and doc[token.i + 2].like_num
    )


def score_end(token: Any) -> bool:
    """The second number of a score the parse split off ("beat Tottenham 3-[0]")."""
    doc = token.doc
    return bool(
        token.like_num
        and token.i >= 2
        and doc[token.i - 1].text in ("-", "–")
        and doc[token.i - 2].like_num
    )
