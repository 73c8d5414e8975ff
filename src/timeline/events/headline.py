"""A headline for an event: a complete clause of the sentence's own words, in text order.

Subject, verb with its auxiliaries, and what makes it news: the object or complement, what
was said or told (the complement clause of a reporting verb, itself a whole clause), or the
first prepositional phrase. A wire dateline ("SHENZHEN, May 3 (Xinhua) --") is never part of
it; a pronoun or a description whose entity the document names is written as that name
(`names`, from `events.entities`). When no such clause can be made, the sentence is cut.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from timeline.events.clauses import (
    PARTICLES,
    clause_head,
    is_time_phrase,
    join_tokens,
    subject_of,
)
from timeline.events.phrases import dangles, noun_phrase, pruned
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma

MAX_TITLE_WORDS = 24
MAX_REPORTED_WORDS = 28  # a headline with what was said: who, the verb and a whole clause
SUBJECT_WORDS = 10
MAX_CLAUSES_UP = 4  # how far up a pronoun subject looks for what it stands for
HEARER_WORDS = 6
VERB_PHRASE_WORDS = 9  # "(a medic) accused of kidnapping a civilian in Hamdania"
VERB_PREPOSITIONS = 2  # where and how: "occurred at the colliery in Xinzhou"
MIN_CLAUSE_WORDS = 3  # room a complement clause needs: at least subject, verb and one more
OBJECT_DEPS = ("dobj", "attr", "dative", "oprd", "acomp", "xcomp", "agent", "prt")
_CORE_DEPS = ("aux", "auxpass", "neg", "prt")
_OPEN_QUESTION = frozenset({"whether", "if"})  # "was asked whether…": kept; "that" is not
_RELATIVE_WORDS = frozenset("which that whose who whom where when while".split())
_CLAUSE_PRONOUNS = frozenset({"he", "she", "it", "they", "i"})  # "i": a speaker, "X said"
_FIRST_TO_THIRD = {"am": "is", "'m": "is", "have": "has", "'ve": "has", "do": "does"}
_GOVERNED = ("ccomp", "xcomp", "advcl", "conj")  # a clause whose subject may be one above
_JOINING_MARKS = frozenset({",", "-", "–", "/", "&"})
_QUOTES = frozenset({'"', "“", "”", "``", "''", "‘", "'"})
_SOURCE_PREPS = frozenset({"according", "per", "citing"})  # who says so, not what happened
_DATELINE = re.compile(
    r"\A\s*(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}){0,2}"  # ", Calif.", ", China"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # ", May 3"
    r"\s*(?P<agency>\([^()\n]{1,30}\))?"  # "(Xinhua)"
    r"\s*(?:--|—|–|-|:)(?:\s+|\Z)"
)


@cache
def _verbs() -> dict[str, frozenset[str]]:
    text = resources.files("timeline.events").joinpath("data/headline_verbs.toml")
    data = tomllib.loads(text.read_text("utf-8"))
    return {key: frozenset(words) for key, words in data.items()}


def headline(
    sentence: Any,
    predicate: Any,
    skip: set[int],
    antecedent: str | None = None,
    names: dict[int, str] | None = None,
    owners: dict[int, str] | None = None,
    future: bool = False,
) -> str:
    """Subject, predicate and what makes it news, in text order, about 4-14 words.

    Args:
        skip: tokens to leave out (the time expressions).
        antecedent: what a pronoun subject ("They voted…") stands for, if known.
        names: the entity's name to write for a noun phrase, by the index of its head.
        owners: the owner's name to write for a possessive pronoun ("de Larosiere's" for
            "his"), by its index.
        future: whether the event comes after the article's date (a participle then takes
            "will be", not "was").
    """
    names = dict(names or {})
    skip = skip or _times_in(sentence)  # an event dated by its document: no date in its headline
    dateline = _dateline(sentence)
    skip = (skip - _counts(sentence.doc, skip)) | dateline
    skip |= _said_of_times(sentence, skip)
    if all(t.i in skip or t.is_punct or t.is_space for t in sentence):
        dateline = {t.i for t in sentence}  # a line that is only a date: a dateline too
    predicate = clause_head(predicate)
    if predicate.i in dateline:  # the date of a dateline: the news it opens
        if sentence.root.i in dateline and sentence.end < len(sentence.doc):
            sentence = sentence.doc[sentence.end].sent  # a dateline alone: the next sentence
            skip, dateline = _times_in(sentence), set()
        predicate = sentence.root
    attributed = _attribution(sentence, predicate)
    if attributed is not None:  # "…, a French newspaper reported Wednesday" (misparsed)
        speaker, news = attributed
        told = headline(sentence, news, skip, None, names, owners, future)
        who = join_tokens(
            sorted(
                (sentence.doc[i] for i in noun_phrase(speaker, skip, SUBJECT_WORDS)),
                key=lambda t: t.i,
            )
        )
        verb = join_tokens([sentence.doc[i] for i in sorted(_core(predicate) - skip)])
        if not who or not verb:
            return told
        if not _quoted(sentence, predicate.i):  # "A bought B, a paper reported": not a quote
            first = next(t for t in sentence if not (t.is_punct or t.is_space))
            return _tidy(f"{who} {verb} {_lowered(told, first)}")
        return f'"{told}," {who[:1].lower() + who[1:] if speaker.pos_ != "PROPN" else who} {verb}'
    subject = subject_of(predicate)
    if subject is None and predicate.dep_ == "conj":
        subject = subject_of(predicate.head)
    relative = subject is not None and subject.lower_ in ("which", "who", "that")
    described = subject is None and predicate.dep_ in ("acl", "relcl")  # "the poll, to be…"
    if (relative and predicate.dep_ == "relcl") or described:
        # "Biden's term, which ended Jan. 20": the term ended; "money approved in 2021"
        noun = predicate.head
        own = {t.i for t in predicate.subtree}  # "an attempt [to smuggle …]": said once
        antecedent = names.get(noun.i) or join_tokens(
            sorted([noun.doc[i] for i in noun_phrase(noun, skip, 6) - own], key=lambda t: t.i)
        )
        if subject is None:
            verb = join_tokens(_verbphrase(sentence, predicate, skip))
            be = _passive_be(noun, predicate, future)
            return _tidy(f"{antecedent} {be}{verb}")
    above = None if subject is None or antecedent else _named_above(predicate, subject, skip)
    if above is not None and subject is not None and subject.lower_ == "i":
        agreeing = _third_person(predicate)  # "I must go" -> "Zhang must go"; "I am" -> "is"
        above = above if agreeing is not None else None
        owners = {**(owners or {}), **(agreeing or {})}
    if above is not None and subject is not None and (above[1] or subject.i not in names):
        names[subject.i] = above[0]  # a name in the sentence goes before the document's reading
    if antecedent and subject is not None and (subject.pos_ == "PRON" or relative):
        names[subject.i] = antecedent if relative else names.get(subject.i, antecedent)
    subject_tokens: set[int] = set()
    if subject is not None:
        subject_tokens = _subject_tokens(sentence, subject, predicate, skip, dateline)
    reported = _reported(predicate)
    budget = MAX_TITLE_WORDS if reported is None else MAX_REPORTED_WORDS
    keep = _core(predicate) | subject_tokens
    keep |= _rest(predicate, skip, budget - len(keep), reported)
    doc = sentence.doc
    keep -= _empty_phrases(doc, keep)
    left_out = skip - _in_noun_phrases(doc, keep, skip)
    keep |= _inner_punctuation(doc, keep - left_out)
    tokens = [doc[i] for i in sorted(keep) if i not in left_out and not doc[i].is_space]
    core = _core(predicate)
    while tokens and (dangles(tokens[-1]) or _cut_short(tokens[-1], keep, core)):
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    words = [t for t in tokens if not t.is_punct]
    said = {t.i for t in words} - subject_tokens - _core(predicate)
    verb = lemma(predicate).lower()
    needs = _verbs()["needs_complement"]
    if any(c.dep_ == "auxpass" for c in predicate.children):  # "has not been announced"
        needs = _verbs()["needs_complement_in_passive"]
    fragment = words and (
        (words[0].lower_ in _RELATIVE_WORDS and words[0].i not in names)  # "Which the city had…"
        or (subject is None and words[0] == predicate)  # "Quoted the former Miss Naples…"
        # "Eliminated in the United States"; "In Chicago air" (no verb found in noisy text)
        or (subject is None and (predicate.pos_ not in ("VERB", "AUX") or words[0].pos_ == "ADP"))
        # "He was asked", "578 disclosed": a verb that is no news without what it introduces
        or (not said and verb in needs)
        or (subject is not None and all(doc[i].like_num or doc[i].is_punct for i in subject_tokens))
        or (subject is not None and subject.i in skip and not subject_tokens - skip)  # "Today is"
    )
    named = subject is not None and subject.i in names and subject_tokens
    if (
        fragment
        or len(words) < 2
        or (len(words) == 2 and (subject is None or (subject.pos_ == "PRON" and not named)))
    ):
        above = _clause_above(predicate)
        if above is not None:  # "a medic accused of kidnapping and [executing] a civilian"
            return headline(sentence, above, skip, None, names, owners, future)
        root = sentence.root
        if predicate.i != root.i and root.i not in dateline:  # a whole clause before a cut
            return headline(sentence, root, skip, None, names, owners, future)
        return _shorten(_after(sentence, dateline))
    name = names[subject.i] if named and subject is not None else None
    start = min(subject_tokens | {predicate.i})
    if reported is not None and reported.i < start:  # "'It is over,' the union said"
        quoted = [t for t in tokens if t.i < start]
        tokens = [t for t in tokens if t.i >= start]
        quote = join_tokens([t for t in quoted if t.text in _JOINING_MARKS or not t.is_punct])
        quote = quote.strip(" ,")
        if quote:
            told = _render(tokens, subject_tokens, name, owners=owners)
            if _quoted(sentence, start):
                return f'"{quote[:1].upper()}{quote[1:]}," {told}'
            return _tidy(f"{told} {_lowered(quote, quoted[0])}")  # reported speech stays so
    be = ""
    if subject is not None and (predicate.tag_ == "VBG" or _gapped(predicate)):
        be = _passive_be(subject, predicate, future)
    text = _render(tokens, subject_tokens, name, predicate.i, be, owners)
    return _tidy(text + _object_before(predicate, skip, keep))


def _clause_above(predicate: Any) -> Any | None:
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


def _object_before(predicate: Any, skip: set[int], keep: set[int]) -> str:
    """The noun a relative clause describes when it is the clause's object ("the first job she
    landed" -> "she landed the first job"), written after the verb; else nothing."""
    noun = predicate.head
    if predicate.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.i in skip or noun.i in keep:
        return ""
    subject = subject_of(predicate)
    if subject is None or subject.lower_ in _RELATIVE_WORDS:
        return ""  # "the bridge, which reopened": the noun is the subject, already written
    if lemma(noun).lower() in word_list("time_nouns", "nouns") or any(
        c.lower_ in _RELATIVE_WORDS and c.dep_ in ("advmod", "mark") for c in predicate.children
    ):
        return ""  # "the first time it has finished", "the building where it will meet"
    if any(c.dep_ in ("dobj", "nsubjpass", "attr", "ccomp", "xcomp") for c in predicate.children):
        return ""
    if any(c.dep_ == "prep" and not is_time_phrase(c, skip) for c in predicate.children):
        return ""  # "the house she lived in", "a letter he wrote to the minister": not right after
    own = {t.i for t in predicate.subtree}
    words = sorted(
        (noun.doc[i] for i in noun_phrase(noun, skip, SUBJECT_WORDS) - own), key=lambda t: t.i
    )
    return " " + join_tokens(words) if words else ""


def _named_above(predicate: Any, subject: Any, skip: set[int]) -> tuple[str, bool] | None:
    """What a pronoun subject stands for when the clause it governs names it ("The diocese
    said it has agreed to pay"; "Sevilla can ensure they end the year on top if they win"):
    the first subject up the clauses that is a noun phrase the pronoun can mean, and whether
    that is a name (else a description, which the document may name better)."""
    word = subject.lower_
    if subject.pos_ != "PRON" or word not in _CLAUSE_PRONOUNS:
        return None
    verb = predicate
    for _ in range(MAX_CLAUSES_UP):
        if verb.dep_ not in _GOVERNED or verb.head is verb:
            return None
        verb = verb.head
        above = subject_of(verb)
        if above is not None and above.lower_ in ("who", "that") and verb.dep_ == "relcl":
            above = verb.head  # "Kim, who said he would respond": the noun "who" stands for
        if above is None or above.pos_ == "PRON":
            continue
        if not _can_mean(word, above):
            return None
        tokens = sorted(
            (verb.doc[i] for i in noun_phrase(above, skip, SUBJECT_WORDS)), key=lambda t: t.i
        )
        return join_tokens(tokens), above.pos_ == "PROPN"
    return None


def _third_person(verb: Any) -> dict[int, str] | None:
    """The words that change when "I" becomes a name ("am" -> "is", "have" -> "has"), by
    index; None when the verb itself would have to change ("I think"), which is left as is."""
    if verb.tag_ == "VBP" and verb.lower_ not in _FIRST_TO_THIRD:
        return None
    return {
        t.i: _FIRST_TO_THIRD[t.lower_]
        for t in [verb, *verb.children]
        if t.lower_ in _FIRST_TO_THIRD and t.tag_ == "VBP" and (t.i == verb.i or t.dep_ == "aux")
    }


def _can_mean(word: str, noun: Any) -> bool:
    """Whether pronoun `word` can stand for the noun phrase headed by `noun`: "he"/"she" for a
    person, "it" for a singular name that is not one, "they" for a plural or an organisation."""
    person = bool(noun.ent_type_ == "PERSON")
    if word in ("he", "she"):
        return person
    if word == "i":  # the speaker of a quote: "'I must go,' Zhang said"
        return person or noun.pos_ == "PROPN"
    if word == "it":  # a name that is no person: "a resident … it" is more often a thing
        return noun.tag_ == "NNP" and not person
    return noun.tag_ in ("NNS", "NNPS") or noun.ent_type_ in ("ORG", "NORP", "GPE")  # a team


def _core(verb: Any) -> set[int]:
    """The verb with its auxiliaries, negation and particles ("will step down"), and an
    adjective or adverb right after it that completes it ("fell ill", "cut short")."""
    return {verb.i} | {
        c.i
        for c in verb.children
        if c.dep_ in _CORE_DEPS
        or (c.lower_ in PARTICLES and not any(g.dep_ == "pobj" for g in c.children))
        or (c.i == verb.i + 1 and c.dep_ in ("advmod", "acomp") and c.pos_ in ("ADJ", "ADV"))
    }


def _rest(verb: Any, skip: set[int], room: int, reported: Any | None) -> set[int]:
    """What makes the clause news, in `room` tokens: for a reporting verb, its hearer and the
    clause it reports; else its objects or complement and its first prepositional phrase."""
    keep: set[int] = set()
    if reported is not None:
        hearers = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        clause = _clause(reported, skip, room)
        for hearer in hearers[:1]:
            near = noun_phrase(hearer, skip, limit=HEARER_WORDS)
            if len(near) + len(clause) <= room:
                keep |= near
        return keep | clause
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if not any(c.dep_ == "dobj" for c in objects):
        objects += [
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            or (
                c.dep_ == "npadvmod"
                and c.i > verb.i
                and lemma(c).lower() not in word_list("headline_nouns", "time_units")
            )
        ]
    preps = [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and c.i > verb.i  # one before the verb sets the scene: "After launching, X is poised"
        and not is_time_phrase(c, skip)
        and c.lower_ not in _SOURCE_PREPS
    ]
    for child in objects + preps[:VERB_PREPOSITIONS]:
        left = room - len(keep)
        if left <= 1:
            break
        if child.dep_ == "ccomp":
            keep |= _clause(child, skip, left)
        else:
            cut = noun_phrase(child, skip, limit=left)
            if child.dep_ == "prep" and (
                _of_cut(child, cut, skip) or _verb_cut(child, cut) or _empty_cut(child, cut)
            ):
                continue  # a phrase cut before its "of" says less than none: "as part", "in front"
            keep |= cut
    return keep


def _of_cut(prep: Any, cut: set[int], skip: set[int]) -> bool:
    """Whether `cut` keeps a preposition's object without the "of" phrase that completes it
    ("as part [of a bid]", "in front [of the court]", "on efforts [of…]")."""
    kept = pruned(prep, skip)
    return any(
        t.lower_ == "of" and t.dep_ == "prep" and t.head.i in cut and t.i not in cut
        for t in kept
        if t.head.dep_ == "pobj" and t.head.head.i == prep.i
    )


def _cut_short(token: Any, keep: set[int], core: set[int]) -> bool:
    """An adverb or preposition that ends a headline without what it governs (", up" of
    "up 25 percent from a year earlier"): it says nothing alone."""
    after_comma = token.i > 0 and token.doc[token.i - 1].text == ","
    return (
        token.i not in core
        and (token.head.pos_ not in ("VERB", "AUX") or after_comma)  # "could edge ahead [of…]"
        and token.pos_ in ("ADV", "ADP")
        and any(c.i not in keep and c.dep_ in ("npadvmod", "prep", "pobj") for c in token.children)
    )


def _empty_phrases(doc: Any, keep: set[int]) -> set[int]:
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


def _clause(verb: Any, skip: set[int], room: int) -> set[int]:
    """A complement clause as a whole clause (subject, verb, what makes it news), or nothing
    when it does not fit: never "warned adversely affect"."""
    if room < MIN_CLAUSE_WORDS:
        return set()
    subject = subject_of(verb)
    keep = _core(verb) - skip
    keep |= {c.i for c in verb.children if c.dep_ == "mark" and c.lower_ in _OPEN_QUESTION}
    if subject is not None:
        keep |= subject_phrase(subject, skip, min(SUBJECT_WORDS, room - len(keep) - 1))
        if subject.i not in keep:
            return set()
    if len(keep) < room:
        keep |= _rest(verb, skip, room - len(keep), None)
    return keep


def _quoted(sentence: Any, before: int) -> bool:
    """Whether the sentence's words before token `before` open with a quotation mark: a
    direct quote, shown as one; reported speech is told as the reporter told it."""
    words = [t for t in sentence.doc[sentence.start : before] if not t.is_space]
    return bool(words) and words[0].text in _QUOTES


def _lowered(text: str, first: Any) -> str:
    """`text` after a verb of saying: its first letter in lower case unless it opens a name."""
    word = text.split(" ", 1)[0]
    acronym = len(word) > 1 and word.isupper()
    if first.pos_ == "PROPN" or acronym or word in ("I", "I'm", "I've", "I'd", "I'll"):
        return text
    return text[:1].lower() + text[1:]


def _attribution(sentence: Any, verb: Any) -> tuple[Any, Any] | None:
    """(who, what) of a reporting verb that closes its sentence after a comma without the
    clause it reports in the parse ("A millionairess bought a yacht, a French newspaper
    reported Wednesday", parsed as a description of the yacht's owner): what was reported is
    the sentence's main verb before it."""
    root = sentence.root
    saying = _verbs()["reporting"] & _verbs()["needs_complement"]  # not "agree", "decide"
    if (
        lemma(verb).lower() not in saying
        or verb.tag_ not in ("VBD", "VBZ", "VBP")
        or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)
        or root.i >= verb.i
        or root.pos_ not in ("VERB", "AUX")
        or not any(t.text == "," for t in sentence.doc[root.i : verb.i])
    ):
        return None
    speaker = subject_of(verb)
    if speaker is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        speaker = verb.head
    if speaker is None or speaker.pos_ == "PRON":
        return None
    return speaker, root


def _reported(verb: Any) -> Any | None:
    """The clause a reporting verb reports ("told the committee that the plant would close")."""
    if lemma(verb).lower() not in _verbs()["reporting"]:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp"), None)


def _subject_tokens(
    sentence: Any, subject: Any, verb: Any, skip: set[int], dateline: set[int]
) -> set[int]:
    """The subject's phrase; when the parse took a dateline word for the subject ("SHENZHEN
    closed at…"), the words between the dateline and the verb."""
    if subject.i not in dateline:
        return subject_phrase(subject, skip, SUBJECT_WORDS)
    first = max(dateline) + 1
    between = [t for t in sentence.doc[first : verb.i] if not t.is_punct]
    if 0 < len(between) <= SUBJECT_WORDS and any(t.pos_ in ("NOUN", "PROPN") for t in between):
        return {t.i for t in between}
    return set()


def subject_phrase(subject: Any, skip: set[int], limit: int) -> set[int]:
    """The subject's noun phrase, with the pieces of a hyphenated noun that the parse made
    subjects of their own ("A Lebanese multi-millionairess": "multi", "-", "millionairess")."""
    found = noun_phrase(subject, skip, limit=limit)
    doc = subject.doc
    i = subject.i + 1
    while i < len(doc) and doc[i].dep_ == subject.dep_ and doc[i].head.i == subject.head.i:
        found |= {i} | noun_phrase(doc[i], skip, limit=limit) - {subject.head.i}
        i += 1
    return found


def _times_in(sentence: Any) -> set[int]:
    """The tokens of the time expressions the recogniser found in `sentence`."""
    spans = sentence.doc.spans.get("timex", ())
    return {t.i for span in spans if sentence.start <= span.start < sentence.end for t in span}


def _said_of_times(sentence: Any, skip: set[int]) -> set[int]:
    """What an apposition headed by a time noun says of a time expression ("in October, the
    month after the coup"): part of the date, not of the news."""
    doc = sentence.doc
    time_nouns = word_list("time_nouns", "nouns")
    return {
        t.i
        for i in skip
        if sentence.start <= i < sentence.end
        for c in doc[i].children
        if c.dep_ == "appos" and c.i not in skip and lemma(c).lower() in time_nouns
        for t in c.subtree
    }


def _counts(doc: Any, skip: set[int]) -> set[int]:
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


def _dateline(sentence: Any) -> set[int]:
    """The tokens of a wire dateline that opens the sentence: a place in capitals or a news
    agency in brackets, an optional date, and a dash ("WASHINGTON (AP) --")."""
    text = sentence.text
    found = _DATELINE.match(text)
    if found is None:
        return set()
    place = found.group("place")
    capitals = sum(c.isupper() for c in place) > 0.6 * sum(c.isalpha() for c in place)
    if not (found.group("agency") or (capitals and len(place) >= 3)):
        return set()
    end = sentence.start_char + found.end()
    return {t.i for t in sentence if t.idx < end}


def _after(sentence: Any, dateline: set[int]) -> str:
    if not dateline:
        return str(sentence.text)
    return str(sentence.doc[max(dateline) + 1 : sentence.end].text)


def _passive_be(noun: Any, verb: Any, future: bool = False) -> str:
    """ "The resignation tendered" is no clause: a participle that describes its noun or has
    a subject without an auxiliary ("rebels fighting Russia since 1994", "with both sides
    agreeing to meet") takes "was" or "were" in the noun's number, or "is" or "are" for an
    event after the article's date ("The next programme is starting")."""
    if verb.tag_ == "VBG" and any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return ""
    if verb.tag_ not in ("VBN", "VBG"):
        return ""
    plural = noun.tag_ in ("NNS", "NNPS")
    if future:  # "Talks are scheduled for May 12", "the session is beginning on April 21"
        return "are " if plural else "is "
    return "were " if plural else "was "


def _gapped(verb: Any) -> bool:
    """A past participle joined to a passive verb whose auxiliary it shares ("one militant was
    killed and nine others wounded"): it needs its own "was"/"were"."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.head.children)
    )


def _verbphrase(sentence: Any, predicate: Any, skip: set[int]) -> list[Any]:
    """The verb with its auxiliaries, particles and first object or prepositional phrase."""
    keep = _core(predicate)
    keep |= _rest(predicate, skip, VERB_PHRASE_WORDS, None)
    doc = sentence.doc
    left_out = skip - _in_noun_phrases(doc, keep, skip)
    tokens = [doc[i] for i in sorted(keep) if i not in left_out and not doc[i].is_space]
    while tokens and dangles(tokens[-1]):
        tokens.pop()
    return tokens


def _inner_punctuation(doc: Any, keep: set[int]) -> set[int]:
    """The commas, hyphens and slashes between two kept words ("crime, unemployment and
    indigestion", "a 16-year high"): the parse hangs them on one side, and a headline without
    them runs the words together."""
    return {
        i + 1
        for i in keep
        if i + 2 < len(doc) and doc[i + 1].text in _JOINING_MARKS and i + 2 in keep
    }


def _in_noun_phrases(doc: Any, keep: set[int], skip: set[int]) -> set[int]:
    """The time expressions kept as part of a noun phrase ("next year's contest")."""
    found = set()
    for i in keep & skip:
        head = doc[i].head
        while head.i in skip and head.head.i != head.i:
            head = head.head
        if head.i in keep and head.i not in skip and head.pos_ in ("NOUN", "PROPN"):
            found.add(i)
    return found


def _render(
    tokens: list[Any],
    subject: set[int],
    name: str | None,
    verb: int = -1,
    be: str = "",
    owners: dict[int, str] | None = None,
) -> str:
    """The tokens with the subject's phrase written as the entity's name, if one is given,
    possessive pronouns as their owners, and `be` before the verb (token `verb`)."""
    owners = owners or {}
    parts: list[str] = []
    run: list[Any] = []

    def flush() -> None:
        if run:
            parts.append(join_tokens(run))
            run.clear()

    for token in tokens:
        if token.i == verb and be:
            flush()
            parts.append(be.strip())
        if name is not None and token.i in subject:
            flush()
            if name not in parts:
                parts.append(name)
        elif token.i in owners:
            flush()
            parts.append(owners[token.i])
        else:
            run.append(token)
    flush()
    return " ".join(p for p in parts if p)


def _shorten(text: str) -> str:
    words = text.split()
    if len(words) <= MAX_TITLE_WORDS:
        return _tidy(" ".join(words).rstrip(".;:,"))
    return _tidy(" ".join(words[:MAX_TITLE_WORDS]).rstrip(".;:,") + "…")


def _tidy(text: str) -> str:
    """Sentence case for text in capitals; a capital first letter."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        text = text.lower()
    return text[:1].upper() + text[1:]
