"""A clause told as its cited source's: "…, according to an official on Saturday" or
"…, according to figures released Friday" date the source's telling, not the act, so the
headline tells it as the source's ("An official said …", "Figures said prices rose in
April"), with the words that say whose ("estimates released by Munich Re")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from timeline.events.claims import SOURCE_WORDS, Cited, cited_source
from timeline.events.headline_dates import times_in
from timeline.events.phrases import noun_phrase
from timeline.events.render import tidy, told_whole
from timeline.events.speech import lowered
from timeline.events.telling import according_to


def dated_by_its_source(verb: Any, skip: set[int]) -> tuple[Any, Cited] | None:
    """`verb` and its `cited_source` when the only time expression of its clause is in that
    phrase ("…, according to an official on Saturday"): the date is the source's telling, so
    the headline tells it as the source's ("An official said …")."""
    cited = cited_source(verb)
    if cited is None:
        return None
    phrase = {t.i for t in cited[0].subtree}
    times = {t.i for t in verb.subtree if t.i in skip}
    source = cited[1]
    if not times or not times <= phrase or phrase <= skip:
        return None
    return (verb, cited) if min(times) > source.i else None  # not "the April 24 directive"


def cited_by_participle(participle: Any) -> tuple[Any, Cited] | None:
    """The clause a source cites and the source, from the participle that dates the source
    ("…, according to figures [released] Friday"), when the clause is a verb's."""
    if not (according_to(participle) and participle.dep_ == "acl" and participle.tag_ == "VBN"):
        return None
    source = participle.head
    according = source.head.head
    verb = according.head
    if verb.pos_ not in ("VERB", "AUX") or cited_source(verb) is None:
        return None
    return verb, (according, source)


def as_its_sources(
    sentence: Any,
    found: tuple[Any, Cited] | None,
    skip: set[int],
    headline: Callable[..., str] | None,
    owners: dict[int, str] | None,
) -> str | None:
    """The clause told as what its cited source said (`found`: the clause's verb and its
    source), the source's words without its date, the clause's own dates kept ("Prices rose
    in April, according to figures released on Monday" -> "Figures said prices rose in
    April"); None without `found` or when the clause makes no headline without its source.
    `headline(verb, skip, antecedent)` makes the clause's headline, or None: the sentence told
    whole without the source's phrase; `owners`: the names written for possessive pronouns,
    by index."""
    if found is None:
        return None
    verb, (according, source) = found
    phrase = {t.i for t in according.subtree}
    own_dates = {t.i for t in verb.subtree if t.i in skip} - phrase
    if headline is None:
        told = told_whole(_without(sentence, phrase))
    else:
        told = headline(verb, (skip - own_dates) | phrase, None)
    if "according" in told.lower():
        return None  # the sentence told whole: its source is in it
    who = _source_words(sentence, source, owners or {})
    opening = told.split(" ", 1)[0].lower()
    first = next((t for t in sentence if t.lower_ == opening and t.i not in phrase), None)
    what = told if first is None else lowered(told, first)  # (not a name written for "its")
    return tidy(f"{who[:1].upper()}{who[1:]} said {what}")


def _without(sentence: Any, phrase: set[int]) -> list[Any]:
    """The sentence's tokens without the source's phrase and the comma that sets it off, and
    without its closing stop."""
    tokens = [t for t in sentence if t.i not in phrase and not t.is_space]
    kept = [
        t
        for k, t in enumerate(tokens)
        if not (t.text == "," and (k + 1 == len(tokens) or tokens[k + 1].i - t.i > 1))
    ]  # (the comma before the phrase, or after an opening one)
    while kept and kept[0].is_punct:
        kept.pop(0)
    while kept and kept[-1].is_punct and kept[-1].text not in ('"', ")"):
        kept.pop()
    return kept


def _source_words(sentence: Any, source: Any, owners: dict[int, str]) -> str:
    """The source's noun phrase without its date or the participle that dates it, with who
    made it ("estimates released by Munich Re"); "its report" of no one named: "the report"."""
    doc = sentence.doc
    clauses = {t.i for c in source.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
    dates = times_in(sentence)  # (not the caller's skip: it may leave out the source's words)
    words = noun_phrase(source, dates | clauses, SOURCE_WORDS) - clauses
    for made in filter(_by_an_agent, source.children):  # "estimates [released by Munich Re]"
        agent = next(c for c in made.children if c.dep_ == "agent" or c.lower_ == "by")
        words |= {made.i, agent.i} | {t.i for t in agent.subtree if t.i not in dates}
    owned = dict(owners)
    for i in words:
        if doc[i].dep_ == "poss" and doc[i].pos_ == "PRON" and i not in owned:
            owned[i] = "the"
    kept = [i for i in sorted(words) if not doc[i].is_space]
    return "".join(  # as the text spaces them, a space where a word was left out between
        owned.get(i, doc[i].text) + (doc[i].whitespace_ or (" " if i + 1 not in words else ""))
        for i in kept
    ).strip()


def _by_an_agent(participle: Any) -> bool:
    """A participle that says who made a source ("estimates [released by Munich Re]")."""
    return participle.tag_ == "VBN" and any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in participle.children
    )
