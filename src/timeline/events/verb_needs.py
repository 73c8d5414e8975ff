"""What a headline's verb needs besides its words: the limit its time has ("will stay closed
[until Monday]"), the day a thing is set for ("set [April 29] for the next hearing"), and the
"was", "were", "is" or "are" a participle takes to make a clause."""

from __future__ import annotations

from functools import cache
from typing import Any

from timeline.events.clauses import to_clause_with_subject
from timeline.events.subjects import is_plural
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma
from timeline.wordlists import word_tables

PAIR_WORDS = 12  # the first act of a pair told with the second: its words, at most


def time_limit(verb: Any, skip: set[int]) -> set[int]:
    """The limit a verb's time has, dates included: "until…", "through…" and "by…" ("will stay
    closed until Monday", "will be completed by 2015"), and "before…" of a negated verb ("will not
    open before 2008"); else the day a verb of setting sets (`day_set`): without it the
    headline says another thing."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    limits = (
        ("until", "till", "through", "by", "before")
        if negated
        else ("until", "till", "through", "by")
    )
    heads = [verb]  # "stay closed [until]", "is due to return [by]"
    for depth in range(3):
        if depth < len(heads):
            heads += [
                c
                for c in heads[depth].children
                if c.dep_ in ("acomp", "xcomp") or to_clause_with_subject(c)  # "tasked X to [by]"
            ]
    for child in (c for h in heads for c in h.children):
        if child.dep_ in ("prep", "agent") and child.lower_ in limits and child.i > verb.i:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects and all(g.i in skip for g in objects):  # a time expression
                said = {
                    t.i for d in child.subtree if d.dep_ in ("relcl", "appos") for t in d.subtree
                }
                limit = {t.i for t in child.subtree} - said  # not "…, when the Taliban seized"
                return limit | _at_the_latest(child, skip)
    return day_set(verb, skip)


def day_set(verb: Any, skip: set[int]) -> set[int]:
    """The date a verb of setting sets, which is the news of its clause: "set [April 29] for
    the next hearing", "set Kessler's sentencing [for June 5]", "set [a date of January 12]
    for the vote" (without it: "The court set for the next hearing")."""
    if lemma(verb).lower() not in word_list("goals", "setting_verbs"):
        return set()
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ in ("dobj", "npadvmod") and child.i in skip and _for_after(verb, child):
            return {t.i for t in child.subtree}  # "set April 29 for the next hearing"
        if child.dep_ == "prep" and child.lower_ in ("for", "to") and _dated(child, skip):
            return {t.i for t in child.subtree}  # "set the sentencing for June 5"
        if child.dep_ == "dobj" and child.lower_ in ("date", "day"):  # "a date of January 12"
            of = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"]
            if of and _dated(of[0], skip):
                return {t.i for t in of[0].subtree}
    return set()


def _for_after(verb: Any, date: Any) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "for" and c.i > date.i for c in verb.children)


def _dated(preposition: Any, skip: set[int]) -> bool:
    objects = [g for g in preposition.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.i in skip for g in objects)


def _at_the_latest(limit: Any, skip: set[int]) -> set[int]:
    """ "at the latest" or "at the earliest" that follows a limit ("by January at the latest")."""
    doc = limit.doc
    end = max(t.i for t in limit.subtree) + 1
    while end < len(doc) and end in skip:
        end += 1
    words = doc[end : end + 3]
    if len(words) == 3 and words[0].lower_ == "at" and words[2].lower_ in ("latest", "earliest"):
        return set(range(end, end + 3))
    return set()


def passive_be(noun: Any, verb: Any, future: bool = False, describes: bool = False) -> str:
    """ "The resignation tendered" is no clause: a participle that describes its noun or has
    a subject without an auxiliary ("rebels fighting Russia since 1994", "with both sides
    agreeing to meet"; one that `describes` its noun, whatever its tag) takes "was" or "were"
    in the noun's number, or "is" or "are" for an event after the article's date ("The next
    programme is starting")."""
    if verb.tag_ == "VBG" and any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return ""
    participle = verb.tag_ in ("VBN", "VBG") or (
        (describes or verb.dep_ == "acl") and verb.tag_ == "VBD"
    )
    if not participle:  # (a describing "freed" the tagger took for a past tense is one)
        return ""
    if verb.tag_ != "VBG" and any(c.dep_ == "dobj" for c in verb.children):
        return ""  # "ice and snow … damaged about 50 poles": a past tense with its object
    plural = is_plural(noun)
    if future:  # "Talks are scheduled for May 12", "the session is beginning on April 21"
        return "are " if plural else "is "
    return "were " if plural else "was "


def bare_being(verb: Any) -> Any | None:
    """The "being" of a passive with no other auxiliary ("with 45 death sentences [being]
    passed"): no clause until it becomes "were"."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and len(helpers) == 1 and helpers[0].lower_ == "being":
        return helpers[0]
    return None


def infinitive_be(
    verb: Any, subject: Any | None, kept: set[int], future: bool
) -> tuple[int, str] | None:
    """Where "is"/"are" goes in a "to" clause whose own subject "for" opens ("set the date for
    the five experts to visit Guantanamo on Dec. 6" -> "The five experts are to visit
    Guantanamo"): before its "to", in the tense of the event against the article's date."""
    if subject is None or subject.head.i != verb.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return None  # "He wants Apple to launch…": the wanting's clause, not a plan
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    to = next((c for c in helpers if c.tag_ == "TO"), None)
    if to is None or to.i not in kept or len(helpers) > 1 + any(c.lower_ == "be" for c in helpers):
        return None
    plural = is_plural(subject)
    return to.i, ("are" if plural else "is") if future else ("were" if plural else "was")


def gapped(verb: Any) -> bool:
    """A past participle joined to a passive verb whose auxiliary it shares ("one militant was
    killed and nine others wounded", "two were reported killed and eight others injured"): it
    needs its own "was"/"were"."""
    first = verb.head
    if first.dep_ == "xcomp" and first.tag_ == "VBN":
        first = first.head  # "were reported [killed]"
    return (
        verb.dep_ == "conj"
        and (verb.tag_ == "VBN" or _counted_past(verb))
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "auxpass" for c in first.children)
    )


def joined_pair(verb: Any, skip: set[int]) -> tuple[set[int], int] | None:
    """For the second act of a pair told of "others" or sharing the first's auxiliary ("four
    were killed and [seven others] wounded Monday", "one died and six others were injured"),
    the words of the first act, from its subject to the "and", and the index of the "and": a
    reader is told both acts, not "seven others" without the four. None when the first act
    has its own date, no subject of its own, a pronoun for one, or too many words."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "conj":
        own, second = verb.head, verb.head  # "killed and [five others] injured": misread
    elif verb.dep_ == "conj":
        own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        second = verb
    else:
        return None
    if own is None or not (gapped(verb) or own.lower_ == "others"):
        return None
    if second.head.pos_ not in ("VERB", "AUX") or second.head.i > verb.i:
        return None
    above = second.head
    first = above.head if above.dep_ == "xcomp" and above.tag_ == "VBN" else above
    subject = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    ands = [c for c in above.children if c.dep_ == "cc" and c.i < own.i]
    if subject is None or subject.pos_ == "PRON" or not ands:
        return None
    start, joined = subject.left_edge.i, ands[-1].i
    if any(start <= i < joined for i in skip):
        return None  # "two were killed on Monday and three wounded on Tuesday": two events
    words = {t.i for t in first.subtree if start <= t.i < joined}
    if sum(not verb.doc[i].is_punct for i in words) > PAIR_WORDS:
        return None
    return words, joined


@cache
def _taking_an_object() -> frozenset[str]:
    """Verbs that take an object in their usual sense (`event_verbs.toml`, from WordNet), so
    that a participle of theirs may be passive: "wound", "hospitalize", not "flee"."""
    rows = word_tables("timeline.events", "event_verbs")["verbs"].values()
    return frozenset(row[0] for row in rows if row[-2] in ("object", "both"))


def _counted_past(verb: Any) -> bool:
    """A participle the parse read as a past tense, told of a counted group with nothing a
    past tense would take ("two people were gassed and [two others hospitalized]")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    deps = {c.dep_ for c in verb.children}
    return (
        verb.tag_ == "VBD"
        and lemma(verb).lower() in _taking_an_object()  # "wounded", not "fled"
        and len(subjects) == 1
        and (
            subjects[0].lower_ == "others" or any(c.dep_ == "nummod" for c in subjects[0].children)
        )
        and not deps & {"dobj", "ccomp", "xcomp", "dative", "attr", "acomp"}
    )
