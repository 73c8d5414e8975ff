"""What follows a headline's verb: its auxiliaries and particles, its objects, complement and
prepositional phrases, a complement clause as a whole clause, cut without changing what
they say; and the clause to tell instead when the dated one has no subject of its own."""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import (
    FINITE_TAGS,
    SUBJECT_DEPS,
    after_comma,
    is_time_phrase,
    subject_of,
)
from timeline.events.complements import another_dated_act, as_saying, score_end, scores
from timeline.events.kept import (
    extraposed_clause,
    for_clause,
    for_to,
    sharing_object,
    sharing_phrase,
)
from timeline.events.object_content import (
    content_after_a_date,
    dates_only,
    that_clause_of_the_object,
)
from timeline.events.phrases import CONJUNCTIONS, dangles, noun_phrase, pruned, word_count
from timeline.events.render import whole_brackets
from timeline.events.saying import said_content
from timeline.events.speech import MAX_CLAUSES_UP, SUBJECT_WORDS, content_told, verb_lists
from timeline.events.subjects import subject_phrase
from timeline.events.verb_core import verb_core
from timeline.events.verb_needs import time_limit
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma
from timeline.nlp.misparse import noun_read_as_verb

HEARER_WORDS = 6  # a hearer's phrase, or the subject of a "for X to V" clause
VERB_PHRASE_WORDS = 12  # "(an operation) conducted in Bougainville to knock out the BRA"
VERB_PREPOSITIONS = 2  # where and how: "occurred at the colliery in Xinzhou"
MIN_CLAUSE_WORDS = 3  # room a complement clause needs: at least subject, verb and one more
OBJECT_DEPS = ("dobj", "attr", "dative", "oprd", "acomp", "xcomp", "agent", "prt")
_OPEN_QUESTION = frozenset({"whether", "if"})  # "was asked whether…": kept; "that" is not
_CONDITIONS = frozenset({"if", "unless"})  # what an act is told under: "… if Belarus refuses"
_LED_BY = frozenset({"after", "because", "when", "as"})  # a clause that says what led to it
RELATIVE_WORDS = frozenset("which that whose who whom where when while".split())
_SOURCE_PREPS = frozenset({"according", "per", "citing"})  # who says so, not what happened


def clause_above(predicate: Any) -> Any | None:
    """The nearest verb above a clause that has no subject of its own ("executing", joined to
    "kidnapping" under "accused of") that makes a clause: one with a subject, or one that
    describes a noun ("a medic accused of…"); None when that is only the sentence's root."""
    token = predicate
    for _ in range(MAX_CLAUSES_UP):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if token.head.i == token.i:
            return None  # the root: the caller's own last resort
        if subject_of(token) is not None or token.dep_ in ("acl", "relcl"):
            return token
    return None


def rest(verb: Any, skip: set[int], room: int, reported: Any | None) -> set[int]:
    """What makes the clause news, in `room` tokens: for a reporting verb, its hearer and the
    clause it reports; else its objects or complement and its first prepositional phrase."""
    keep: set[int] = set()
    if reported is not None:
        hearers = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        clause = whole_clause(reported, skip, room)
        for hearer in hearers[:1]:
            near = noun_phrase(hearer, skip, limit=HEARER_WORDS)
            if len(near) + len(clause) <= room:
                keep |= near
        return keep | clause | as_saying(verb)  # "quoted the minister [as saying]"
    objects = [
        c
        for c in verb.children
        if c.dep_ in OBJECT_DEPS
        and c.i not in skip
        and not score_end(c)
        and not _summing_up(c, verb)
    ]
    objects += _gerund_object(verb)
    objects += [c for c in verb.children if c.dep_ in ("conj", "advcl") and noun_read_as_verb(c)]
    objects += _infinitive_after(verb, skip)
    shared = sharing_object(verb)
    bare = all(o.dep_ == "prt" for o in objects)  # a particle is no object: "take [up] and"
    if shared is not None and bare:  # "police must charge [or release a man]"
        keep |= verb_core(shared) | {shared.i - 1}
        objects = [c for c in shared.children if c.dep_ == "dobj"]
    joined = sharing_phrase(verb) if bare else None
    if joined is not None:  # "has kept up [and will go on with its exchange]"
        keep |= verb_core(joined) | {c.i for c in verb.children if c.dep_ == "cc"}
        objects = [c for c in joined.children if c.dep_ == "prep" and c.i > joined.i][:1]
    lists = verb_lists()
    telling = lemma(verb).lower() in lists["reporting"] | lists["attributing"]
    if not any(c.dep_ == "dobj" for c in objects):
        objects += [
            c
            for c in verb.children
            if (c.dep_ == "ccomp" and (c.i > verb.i or telling))  # or another clause it hung
            or (
                c.dep_ == "npadvmod"
                and c.i > verb.i
                and not after_comma(c.left_edge)  # ", the latest in a wave of attacks": an aside
                and lemma(c).lower() not in word_list("headline_nouns", "time_units")
            )
        ]
    core = verb_core(verb)
    adverbs = [  # not of a change, a comparison's base: "up [from 3.4 trillion]"
        c
        for c in verb.children
        if c.i in core
        and c.dep_ in ("advmod", "prt")
        and c.lower_ not in word_list("statistics", "change")
    ]
    preps = [
        c
        for c in [*verb.children, *(g for a in adverbs for g in a.children if g.i > a.i)]
        if c.dep_ == "prep"  # (of an adverb of the verb's too: "walked away [from the talks]")
        and c.i > verb.i  # one before the verb sets the scene: "After launching, X is poised"
        and not is_time_phrase(c, skip)
        and c.lower_ not in _SOURCE_PREPS
        and not another_dated_act(c, skip)
    ]
    after_verb = max(core) + 1
    framing = [p for p in preps[:VERB_PREPOSITIONS] if p.i == after_verb]  # "called [on Russia] to"
    for child in framing + objects + [p for p in preps[:VERB_PREPOSITIONS] if p not in framing]:
        left = room - len(keep)
        if left <= 1:
            break
        if child.dep_ == "ccomp":
            keep |= whole_clause(child, skip, left)
        elif (split := _split_clause(child)) is not None:
            keep |= _split_clause_words(child, *split, skip, left)
        else:
            cut = noun_phrase(child, skip, limit=left)
            if child.dep_ == "prep" and (
                _of_cut(child, cut, skip) or _verb_cut(child, cut) or _empty_cut(child, cut)
            ):
                continue  # a phrase cut before its "of" says less than none: "as part", "in front"
            keep |= cut
    keep |= _since_of_superlative(verb, keep, skip, room - len(keep))
    for content in content_after_a_date(verb, keep, skip):  # "passed an ordinance on
        keep |= whole_clause(content, skip, room - len(keep))  # Tuesday [banning plastic bags]"
    for content in that_clause_of_the_object(verb, keep, skip):  # "left little doubt [that…]"
        if room - len(keep) >= MIN_CLAUSE_WORDS:
            keep |= whole_clause(content, skip, room - len(keep)) | {content.left_edge.i}
    content = extraposed_clause(verb)  # "made it clear [that he would…]"
    if content is not None and content.i not in keep:
        keep |= whole_clause(content, skip, room - len(keep) - 1) | {content.left_edge.i}
    if not keep - verb_core(verb) - skip:  # "broke out [after militants crossed the border]"
        keep |= _what_led_to_it(verb, skip, room)
    keep |= scores(verb, keep, skip)
    keep |= _purpose(verb, skip, keep, room - len(keep))
    keep |= _condition(verb, skip, keep, room - len(keep))
    keep |= said_content(verb, keep, skip, room - len(keep), whole_clause)
    return keep | _openers_of_prepositions(verb.doc, keep)


def _openers_of_prepositions(doc: Any, keep: set[int]) -> set[int]:
    """The first word of a two-word preposition whose second word is kept ("nipped South Korea
    61-48 [thanks] to a solid defense"): a preposition without it changes the meaning."""
    openers = word_list("headline_nouns", "preposition_openers")
    return {
        i - 1
        for i in keep
        if i > 0
        and doc[i].dep_ == "prep"
        and doc[i].lower_ in ("to", "of")
        and doc[i - 1].lower_ in openers
        and doc[i - 1].whitespace_ != ""
    }


def _condition(verb: Any, skip: set[int], keep: set[int], room: int) -> set[int]:
    """The condition an act is told under, when it fits whole ("gas supplies will be turned
    off on Monday [if Belarus does not agree to the price]"): without it a threat or a plan
    reads as a fact."""
    if any(verb.doc[i].lower_ in _CONDITIONS for i in keep):
        return set()  # one condition told already: "face repatriation if caught"
    if lemma(verb).lower() in verb_lists()["attributing"]:
        return set()  # "If Brazil was incapable…, Blatter was quoted as saying": what was said
    holders = [verb]  # and a kept "to" clause's: "would be prepared to intervene [if …]"
    while (held := _kept_xcomp(holders[-1], keep)) is not None and len(holders) <= len(keep):
        holders.append(held)
    for clause in (c for holder in holders for c in holder.children):
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in _CONDITIONS]
        if clause.dep_ != "advcl" or not marks or clause.i in keep:
            continue
        told = whole_clause(clause, skip, room - 2)
        said = subject_of(clause) is not None or any(  # "if caught by China", not "if not"
            c.dep_ in ("agent", "prep") for c in clause.children
        )
        if not told or clause.i not in told or not said:
            continue
        after = clause.right_edge.i + 1  # "If the government fell[,] a vote would…"
        comma = {after} if clause.i < verb.i and verb.doc[after].text == "," else set()
        return told | {marks[0].i} | comma
    return set()


def _kept_xcomp(verb: Any, keep: set[int]) -> Any | None:
    """The verb's "to" clause, or the adjective that holds one, when the headline keeps it
    ("prepared [to intervene]", "was [ready] to intervene")."""
    return next((c for c in verb.children if c.dep_ in ("xcomp", "acomp") and c.i in keep), None)


def _purpose(verb: Any, skip: set[int], keep: set[int], room: int) -> set[int]:
    """What the act was for, when it fits whole ("arranged payments [to help the former prime
    minister]", "is heading to Russia [to defend the title]", "gave a green light [for UN
    agencies to set up an air-bridge]"): an infinitive after what the verb already has, not
    after a comma (an aside), never cut; also of its kept "to" clause ("expected to meet [to
    discuss the budget]")."""
    holders = [verb]
    while (held := _kept_xcomp(holders[-1], keep)) is not None and len(holders) <= len(keep):
        holders.append(held)
    for clause in (c for holder in holders for c in holder.children):
        if (
            clause.dep_ == "advcl"
            and clause.tag_ == "VB"
            and (clause.left_edge.lower_ == "to" or for_clause(clause, skip))
            and clause.i > clause.head.i
            and clause.i not in keep
            and not after_comma(clause.left_edge)
        ):
            told = verb_core(clause) - skip
            for child in clause.children:  # "[for UN agencies] to set up"
                if (child.dep_ == "mark" and child.lower_ == "for") or child.dep_ == "nsubj":
                    told |= (
                        {child.i}
                        if child.dep_ == "mark"
                        else noun_phrase(child, skip, HEARER_WORDS)
                    )
            told |= rest(clause, skip, room - len(told), None)
            if len(told) > 2 and word_count({verb.doc[i] for i in told}) <= room:
                return told
            return set()
    return set()


def _what_led_to_it(verb: Any, skip: set[int], room: int) -> set[int]:
    """For a verb that has nothing after it, the clause after it that says what it followed
    or why ("broke out after nearly 200 militants crossed the border"), whole, when it fits
    and has no date of its own."""
    for clause in verb.children:
        marks = [  # "after", "because"; "when" is the parse's adverb
            c for c in clause.children if c.dep_ in ("mark", "advmod") and c.lower_ in _LED_BY
        ]
        if clause.dep_ != "advcl" or clause.i < verb.i or not marks or after_comma(marks[0]):
            continue
        if any(t.i in skip for t in clause.subtree):
            return set()
        told = whole_clause(clause, skip, room - 1)
        subject = subject_of(clause)
        if subject is None or subject.i not in told:
            return set()
        if any(c.dep_ in ("dobj", "prt") and c.i not in told for c in clause.children):
            return set()  # cut before its object: "nearly brought down [the government]"
        return told | {marks[0].i} if len(told) >= MIN_CLAUSE_WORDS else set()
    return set()


def _summing_up(noun: Any, verb: Any) -> bool:
    """A noun phrase after a comma that sums up what the clause told ("has decided to raise VAT
    to 19 percent, [the biggest-ever single VAT rise]"), which the parse took for an object."""
    return (
        noun.dep_ in ("dobj", "attr")
        and after_comma(noun.left_edge)
        and any(
            c.dep_ in ("xcomp", "ccomp", "dobj", "acomp", "attr") and verb.i < c.i < noun.i
            for c in verb.children
        )
    )


def _infinitive_after(verb: Any, skip: set[int]) -> list[Any]:
    """A "to" clause right after the verb, but for its date, that the parse took for one of
    purpose ("voted on Monday [to close two plants]"): what the vote was."""
    if any(c.dep_ in OBJECT_DEPS and c.dep_ != "prt" and c.i not in skip for c in verb.children):
        return []  # a particle is no object: "went on [to work as a spy]"
    after = max(verb_core(verb)) + 1
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.tag_ == "VB"
        and (c.left_edge.lower_ == "to" or (c.left_edge.lower_ == "for" and for_to(c, skip)))
        and c.left_edge.i >= after
        and dates_only(verb.doc[after : c.left_edge.i], skip)
    ]


def _gerund_object(verb: Any) -> list[Any]:
    """A gerund right after the verb that the parse took for an adverbial clause ("ruled out
    [sending troops]"): it is the verb's object."""
    after = max(verb_core(verb)) + 1
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and c.i == after
        and not any(g.dep_ == "mark" for g in c.children)
    ]


def _since_of_superlative(verb: Any, keep: set[int], skip: set[int], room: int) -> set[int]:
    """The "since…" clause that a superlative needs ("plunged into its worst bloodshed since
    the regime was toppled"): without it, "its worst" says something else."""
    doc = verb.doc
    if not any(doc[i].tag_ == "JJS" for i in keep):
        return set()
    for child in verb.children:
        marks = [c for c in child.children if c.dep_ == "mark" and c.lower_ == "since"]
        if child.dep_ == "advcl" and marks and not is_time_phrase(child, skip):
            found = whole_clause(child, skip, room - 1)
            return found | {marks[0].i} if found else set()
    return set()


def _of_cut(prep: Any, cut: set[int], skip: set[int]) -> bool:
    """Whether `cut` keeps a preposition's object without the "of" phrase that completes it
    ("as part [of a bid]", "in front [of the court]", "on efforts [of…]")."""
    kept = pruned(prep, skip)
    return any(
        t.lower_ == "of" and t.dep_ == "prep" and t.head.i in cut and t.i not in cut
        for t in kept
        if t.head.dep_ == "pobj" and t.head.head.i == prep.i
    )


def cut_short(token: Any, keep: set[int], core: set[int]) -> bool:
    """An adverb or preposition that ends a headline without what it governs (", up" of
    "up 25 percent from a year earlier"), or a verb of another clause without its
    complement: it says nothing alone."""
    if token.i not in core and token.pos_ in ("VERB", "AUX") and token.dep_ != "ROOT":
        complements = ("attr", "acomp", "dobj", "ccomp", "xcomp", "oprd")
        told = [c for c in token.children if c.dep_ in complements and c.i > token.i]
        asked = any(c.tag_ in ("WP", "WDT") for c in token.children)  # "what were"
        if any(c.i not in keep for c in told) or (token.pos_ == "AUX" and not told and asked):
            return True  # "leaving the country for what were [personal reasons]"
    comma_before = after_comma(token)
    return (
        token.i not in core
        and (token.head.pos_ not in ("VERB", "AUX") or comma_before)  # "could edge ahead [of…]"
        and token.pos_ in ("ADV", "ADP")
        and any(c.i not in keep and c.dep_ in ("npadvmod", "prep", "pobj") for c in token.children)
    )


def empty_phrases(doc: Any, keep: set[int]) -> set[int]:
    """The prepositional phrases kept whose noun says nothing without what was cut from it
    ("of murdering his wife [at the end]" without "of the trial"): to be left out whole."""
    nouns = word_list("headline_nouns", "nouns")
    out: set[int] = set()
    for i in keep:
        token = doc[i]
        if token.dep_ != "pobj" or token.head.dep_ != "prep" or lemma(token).lower() not in nouns:
            continue
        if any(g.dep_ in ("prep", "acl", "relcl") and g.i not in keep for g in token.children):
            out |= {t.i for t in token.head.subtree}
    return out


def _empty_cut(prep: Any, cut: set[int]) -> bool:
    """Whether `cut` keeps a noun that says nothing alone ("in a move", "at the end") without
    the phrase or clause that completes it."""
    nouns = word_list("headline_nouns", "nouns")
    return any(
        c.dep_ == "pobj"
        and lemma(c).lower() in nouns
        and any(g.dep_ in ("prep", "acl", "relcl") and g.i not in cut for g in c.children)
        for c in prep.children
    )


def _verb_cut(prep: Any, cut: set[int]) -> bool:
    """Whether `cut` keeps a verb of the phrase without the object or clause it needs ("by
    saying", "for imposing"): the phrase then dangles."""
    return any(
        t.i in cut and c.dep_ in ("dobj", "ccomp", "xcomp", "attr") and c.i not in cut
        for t in prep.subtree
        if t.pos_ in ("VERB", "AUX")
        for c in t.children
    )


def _split_clause(prep: Any) -> tuple[Any, Any] | None:
    """(subject, verb) of a clause the parse split at its conjunction, read as a preposition
    with the clause's subject as its object ("after [two of Hwang's researchers] told YTN",
    "as [G7 powers] appeared unfazed"): the finite verb right after the object, with no
    subject of its own; else None."""
    if prep.dep_ != "prep" or prep.lower_ not in CONJUNCTIONS:
        return None
    doc = prep.doc
    for noun in (c for c in prep.children if c.dep_ == "pobj"):
        after = noun.right_edge.i + 1
        verb = doc[after] if after < len(doc) else None
        if (
            verb is not None
            and verb.tag_ in FINITE_TAGS
            and verb.dep_ != "aux"
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        ):
            return noun, verb
    return None


def _split_clause_words(prep: Any, noun: Any, verb: Any, skip: set[int], room: int) -> set[int]:
    """A split clause whole ("after a 1-0 win at Le Mans gave them their 14th win"), or
    nothing when it does not fit: never a conjunction and a subject without their verb."""
    told = {prep.i} | noun_phrase(noun, skip, min(SUBJECT_WORDS, room)) | (verb_core(verb) - skip)
    if len(told) < room:
        told |= rest(verb, skip, room - len(told), None)
    return told if noun.i in told and len(told) <= room else set()


def whole_clause(verb: Any, skip: set[int], room: int) -> set[int]:
    """A complement clause as a whole clause (subject, verb, what makes it news), or nothing
    when it does not fit: never "warned adversely affect"."""
    if room < MIN_CLAUSE_WORDS:
        return set()
    subject = subject_of(verb)
    keep = verb_core(verb) - skip
    opening = _OPEN_QUESTION | ({"that"} if content_told(verb.head) == verb else set())
    keep |= {
        c.i for c in verb.children if c.dep_ == "mark" and c.lower_ in opening
    }  # "doubt [that]"
    if subject is not None:
        keep |= subject_phrase(subject, skip, min(SUBJECT_WORDS, room - len(keep) - 1))
        if subject.i not in keep:
            return set()
    if len(keep) < room:
        keep |= rest(verb, skip, room - len(keep), None)
    return keep


def verb_phrase(sentence: Any, predicate: Any, skip: set[int]) -> list[Any]:
    """The verb with its auxiliaries, particles and first object or prepositional phrase."""
    keep = verb_core(predicate)
    keep |= rest(predicate, skip, VERB_PHRASE_WORDS, None)
    until = time_limit(predicate, skip)  # "the elections [set for Jan. 25]": the date is the news
    keep |= until
    doc = sentence.doc
    left_out = skip - in_noun_phrases(doc, keep, skip) - until
    tokens = [doc[i] for i in sorted(keep) if i not in left_out and not doc[i].is_space]
    core = verb_core(predicate)
    while tokens:
        last = tokens[-1]
        if dangles(last):
            tokens.pop()
            continue
        verb = last.head if last.dep_ == "prt" else last  # "to spruce [up]", its object cut
        if not cut_short(verb, keep | skip, core):  # (a date is no complement cut)
            break
        helpers = ("aux", "auxpass", "prt")
        cut = {last.i, verb.i} | {c.i for c in verb.children if c.dep_ in helpers}
        tokens = [t for t in tokens if t.i not in cut]
    return [doc[i] for i in sorted(whole_brackets(doc, {t.i for t in tokens}))]


def in_noun_phrases(doc: Any, keep: set[int], skip: set[int]) -> set[int]:
    """The time expressions kept as part of a noun phrase ("next year's contest"), and the
    preposition of such a phrase."""
    found = set()
    for i in keep & skip:
        if doc[i].dep_ == "prep" and any(
            c.dep_ == "pobj" and c.i in keep and c.i not in skip for c in doc[i].children
        ):
            found.add(i)  # "since [last April's] offensive": the preposition of a kept noun
            continue
        head = doc[i].head
        while head.i in skip and head.head.i != head.i:
            head = head.head
        if head.i in keep and head.i not in skip and head.pos_ in ("NOUN", "PROPN"):
            found.add(i)
    return found
