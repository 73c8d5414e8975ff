"""The dates of a headline's sentence and what goes with them: the time expressions it leaves
out, what says only when ("in October, [the month after the coup]", "[late] on Thursday"), a
year that counts ("a total of 2000 people", kept), and an "of" phrase a date parts from its
noun (kept)."""

from __future__ import annotations

from functools import cache
from typing import Any

from timeline.events.nominal import noun_before_a_date
from timeline.events.phrases import noun_phrase
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma

# Prepositions by which a part of a time dates a clause: "[on] the morning of Nov. 16".
_TIME_PREPOSITIONS = frozenset(
    {"on", "in", "at", "during", "by", "until", "till", "from", "since", "for"}
)


def of_after_a_date(doc: Any, keep: set[int], skip: set[int], room: int) -> set[int]:
    """An "of" phrase the parse hung on a date that parts it from its noun: the noun's ("marked
    the first anniversary on Friday of Israel's shelling", "the outbreak last month of
    foot-and-mouth disease")."""
    found: set[int] = set()
    for i in sorted(skip):
        for prep in doc[i].children:
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i in skip:
                continue
            start = i
            while start - 1 in skip:
                start -= 1
            noun = noun_before_a_date(doc, start, doc[i])
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if noun is None or noun.i not in keep or not objects:
                continue
            phrase = noun_phrase(objects[0], skip, max(room - 1, 0))
            if phrase and len(phrase) < room:
                found |= phrase | {prep.i}
    return found


def times_in(sentence: Any) -> set[int]:
    """The tokens of the time expressions the recogniser found in `sentence`."""
    spans = sentence.doc.spans.get("timex", ())
    return {t.i for span in spans if sentence.start <= span.start < sentence.end for t in span}


def said_of_times(sentence: Any, skip: set[int]) -> set[int]:
    """What a phrase headed by a time noun says of a time expression it follows: an
    apposition ("in October, the month after the coup"), or the same set off by a comma and
    read by the parse as the verb's object ("will leave on Dec. 5, the International
    Volunteer's Day"): part of the date, not of the news."""
    doc = sentence.doc
    time_nouns = word_list("time_nouns", "nouns")
    said = [
        c
        for i in skip
        if sentence.start <= i < sentence.end
        for c in doc[i].children
        if c.dep_ == "appos" and c.i not in skip
    ]
    said += [
        t
        for t in sentence
        if t.dep_ == "dobj"
        and t.left_edge.i >= sentence.start + 2
        and doc[t.left_edge.i - 1].text == ","
        and doc[t.left_edge.i - 2].i in skip
        and t.i not in skip
    ]
    return {t.i for c in said if lemma(c).lower() in time_nouns for t in c.subtree}


def time_adverbs(sentence: Any, skip: set[int]) -> set[int]:
    """An adverb that says when within a time expression right after it ("to vow [late] on
    Thursday", "[early] Monday"): part of the date, never left dangling in the headline."""
    doc = sentence.doc
    adverbs = word_list("headline_nouns", "time_adverbs")
    found = set()
    for token in sentence:
        if token.lower_ not in adverbs or token.dep_ not in ("advmod", "amod", "npadvmod"):
            continue
        following = doc[token.i + 1] if token.i + 1 < sentence.end else None
        if following is not None and (
            following.i in skip or any(c.i in skip for c in following.children)
        ):
            found.add(token.i)
    return found


def parts_of_times(sentence: Any, skip: set[int]) -> set[int]:
    """A time noun whose "of" phrase is a time expression the recogniser found without it
    ("approached the house [on the morning of] Nov. 16", "[at the end of] March"): part of the
    date, never left dangling in the headline."""
    found: set[int] = set()
    for token in sentence:
        if token.i in skip or token.pos_ != "NOUN":
            continue
        of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
        if not of or lemma(token).lower() not in _time_parts():
            continue
        objects = [c for p in of for c in p.children if c.dep_ == "pobj"]
        if not objects or objects[0].i not in skip or token.left_edge.i < token.i - 2:
            continue
        if any(c.dep_ not in ("det", "amod", "prep") or c.i > of[0].i for c in token.children):
            continue  # a phrase that says more: "a [launch] date of April 12 [proposed for…]"
        if token.dep_ != "pobj" or token.head.lower_ not in _TIME_PREPOSITIONS:
            continue  # the object of a verb, or a place: "spend [the final days of] the year"
        found |= {t.i for t in token.subtree} | {token.head.i}
    return found


@cache
def _time_parts() -> frozenset[str]:
    """The time nouns and the nouns of a part of a time, read once."""
    return word_list("time_nouns", "nouns") | word_list("headline_nouns", "time_parts")


def counted_numbers(doc: Any, skip: set[int]) -> set[int]:
    """Numbers read as years that count the noun after them ("a total of 2000 people"): they
    stay in the headline."""
    return {
        i
        for i in skip
        if doc[i].like_num
        and i + 1 < len(doc)
        and i + 1 not in skip
        and doc[i + 1].tag_ in ("NNS", "NNPS")
    }


def frequencies(sentence: Any, keep: set[int], skip: set[int], room: int) -> set[int]:
    """How often a kept word's act happens, a set of times the recogniser found ("some 2,000
    children are drawn into sex rings [each year]", "sells 40,000 cars [every year]"): without
    it a yearly figure reads as a total."""
    found: set[int] = set()
    for span in sentence.doc.spans.get("timex", ()):
        if not sentence.start <= span.start < sentence.end or not span.label_.startswith("set"):
            continue
        tokens = {t.i for t in span}
        if tokens & (keep | skip):
            continue
        root = span.root
        head = root.head
        if root.dep_ == "pobj" and head.pos_ == "ADP":  # "[in] each case", "[at] least twice…"
            tokens.add(head.i)
            head = head.head
        if head.pos_ not in ("VERB", "AUX") or root.dep_ not in ("npadvmod", "advmod", "pobj"):
            continue
        if span.start < head.i:
            continue  # "the government [weekly] Akhbar al-Yom … quoted": a paper, no frequency
        if head.i in keep and head.i not in tokens and len(tokens) <= room - len(found):
            found |= tokens
    return found
