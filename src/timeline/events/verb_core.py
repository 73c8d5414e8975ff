"""A headline's verb with what makes it one unit: its auxiliaries, negation and particles, an
adjective or adverb that completes it, the modal it shares with the verb before its "and",
and an adverb's short phrase ("edge [ahead of the right]")."""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import PARTICLES, joined_hyphens
from timeline.events.speech import verb_lists
from timeline.nlp.reads import kept_per_word

_ADVERB_PHRASE_WORDS = 5  # "ahead of the right": an adverb's phrase kept in the verb's core
_CORE_DEPS = ("aux", "auxpass", "neg", "prt")
_QUALIFIER_DISTANCE = 3  # words between a verb and an adverb that qualifies it, at most


def verb_core(verb: Any) -> set[int]:
    """The verb with its auxiliaries, negation and particles ("will step down"), and an
    adjective or adverb right after it that completes it ("fell ill", "cut short"), also when
    the parse hung a comparative on the date after it ("stocks ended [higher] Friday").
    A set of the caller's own: the one kept for the verb is never handed out."""
    return set(_kept_core(verb))


@kept_per_word
def _kept_core(verb: Any) -> set[int]:
    core = {verb.i} | {
        c.i
        for c in verb.children
        if c.dep_ in _CORE_DEPS
        or (  # a particle follows its verb: "[up] from 686.7 billion yen…, the ministry said"
            c.lower_ in PARTICLES and c.i > verb.i and not any(g.dep_ == "pobj" for g in c.children)
        )
        or (
            _adverbs_after(c, verb)  # "fell ill", "trained [quite] hard"
            and c.pos_ in ("ADJ", "ADV")
            and c.lower_ != "here"  # "said here": the dateline's place, no part of the act
            and not any(g.dep_ == "prep" for g in c.children)  # "ahead [of the right]": below
        )
        or (  # a passive's stranded preposition: "should be looked [into]", "dealt [with]"
            c.dep_ == "prep"
            and c.i == verb.i + 1
            and c.n_lefts + c.n_rights == 0  # no object of its own
            and any(a.dep_ == "auxpass" for a in verb.children)
            and (c.i + 1 >= len(c.doc) or c.doc[c.i + 1].pos_ != "CCONJ")  # "about [and]…"
        )
        or (  # "temporarily suspended", "may again decide": how far, how long, once more
            c.dep_ == "advmod"
            and abs(c.i - verb.i) <= _QUALIFIER_DISTANCE
            and c.lower_ in verb_lists()["qualifying_adverbs"]
        )
    }
    core |= {  # the adverb's own adverbs: "trained [quite] hard", "made [all] around"
        g.i for c in verb.children if c.i in core and _adverbs_after(c, verb) for g in c.subtree
    }
    for child in verb.children:  # "[no longer] celebrated": the polarity, whatever the parse
        if child.dep_ == "advmod" and child.lower_ in ("longer", "more"):
            no = [g.i for g in child.children if g.lower_ in ("no", "not", "any")]
            if no and child.i < verb.i:
                core |= {child.i, *no}
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and not doc[verb.i - 1].whitespace_:
        prefix = doc[verb.i - 2]
        if not prefix.whitespace_ and prefix.is_alpha:  # "co-ordinated", "re-emerged"
            core |= {prefix.i, verb.i - 1}
    if verb.i + 1 in joined_hyphens(doc) and doc[verb.i + 2].is_alpha:
        core |= {verb.i + 1, verb.i + 2}  # the parse took the prefix for the verb: "[re]-elected"
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (
        after is not None
        and after.tag_ in ("JJR", "RBR")
        and after.head.ent_type_ in ("DATE", "TIME")
        and after.head.head.i == verb.i
    ):
        core.add(after.i)
    for child in verb.children:  # "closed [0.8 percent higher]": how much, and which way
        if child.dep_ == "advmod" and child.tag_ in ("JJR", "RBR") and child.i > verb.i:
            measure = {t.i for t in child.subtree}
            if max(measure) - verb.i == len(measure):
                core |= measure
    return core | _shared_modal(verb) | _adverb_with_its_phrase(verb)


def _adverb_with_its_phrase(verb: Any) -> set[int]:
    """An adverb right after the verb with the short phrase that completes it ("could edge
    [ahead of the right]", "was tightened [ahead of the election]"); a long one is left out
    with the adverb ("sidelined ahead of key monthly economic data due for release …")."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.head.i != verb.i or after.dep_ != "advmod" or after.pos_ != "ADV":
        return set()
    phrases = [g for g in after.children if g.dep_ == "prep"]
    words = {t.i for g in phrases for t in _before_a_comma(g)}  # not "…, who drew at home"
    if not phrases or len(words) > _ADVERB_PHRASE_WORDS:
        return set()
    if any(verb.doc[i].ent_type_ in ("DATE", "TIME") for i in words):
        return set()  # "dates back [to the early 1960s]": the date, left out of a headline
    return {after.i} | words


def _before_a_comma(phrase: Any) -> list[Any]:
    """A phrase's words up to a comma in it: an aside starts there."""
    words = []
    for token in phrase.subtree:
        if token.text == "," and token.i > phrase.i:
            break
        words.append(token)
    return words


def _shared_modal(verb: Any) -> set[int]:
    """The modal a verb joined by "and" shares with the first ("would be worked out … and [be]
    unveiled"): without it the second reads "be unveiled"."""
    if verb.dep_ != "conj":
        return set()
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not helpers or helpers[0].tag_ != "VB":
        return set()
    return {c.i for c in verb.head.children if c.tag_ == "MD" and c.i < verb.head.i}


def _adverbs_after(word: Any, verb: Any) -> bool:
    """An adjective or adverb right after the verb, with only adverbs of its own ("quite
    hard"), that completes it."""
    return (
        word.dep_ in ("advmod", "acomp")
        and word.left_edge.i == verb.i + 1
        and all(g.pos_ == "ADV" for g in word.subtree if g.i != word.i)
    )
