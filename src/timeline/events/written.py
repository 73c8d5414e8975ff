"""How a clause's words are written in a headline as what they stand for: a pronoun or a
description as the named entity (`entities.DocumentEntities`), "the two countries" as the pair
named, a bare description with the earlier mention's identifying words, "his" as the owner."""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import ACTOR_LABELS
from timeline.events.counted import counted_group, is_bare_count
from timeline.events.descriptions import (
    an_aside,
    class_labels,
    describes_a_person,
    identified,
    is_description,
)
from timeline.events.entities import DocumentEntities
from timeline.events.gendered import described_person
from timeline.events.introduced import kind_words, says_when
from timeline.events.mentions import (
    appositive_name,
    appositive_person,
    entity_at,
    proper_name,
    set_off_name,
)
from timeline.events.names import name_of
from timeline.events.nation import national
from timeline.events.plural import PLURAL_PRONOUNS, possessive, said_before
from timeline.events.pronouns import OBJECT_DEPS, described_above
from timeline.events.sides import named_sides
from timeline.events.subjects import set_off_parts
from timeline.events.vocabulary import word_list
from timeline.models import Actor
from timeline.nlp.lemmas import lemma

_OWNER_LABELS = frozenset({"GPE", "PERSON"})  # "the country's", "the minister's"; not "the
# movement's", which a class of organisations says too little of to write
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_OBJECTS = frozenset({"him", "her"})
_PLACE_LABELS = frozenset({"NORP", "GPE", "LOC"})  # "the French minister", "the Gaza crossing"


def stand_in(found: DocumentEntities, head: Any) -> str | None:
    """The name to write for the noun phrase headed by `head`, when it is a pronoun ("he"), a
    description ("the carmaker") or a bare short form ("Jobs", "GM") of a longer name."""
    if appositive_name(head) is not None and set_off_name(head) is None:
        return None  # the phrase names it already (the parse gives it the name in apposition)
    if is_bare_count(head):  # "The six were arrested": the six counted before
        return counted_group(head)
    if head.lower_ in PLURAL_PRONOUNS:
        group = found.group(head) if head.lower_ != "their" else None
        return group.text if group is not None else None
    actor = found.resolve(head)
    if actor is not None and describes_a_person(head):  # "the 19-year-old Spaniard"
        return found.written(actor)
    noun = described_above(head) if actor is None else None
    if noun is not None:  # "The Swiss foreign ministry said it had…": that ministry
        named = found.resolve(noun)
        return (
            named.text
            if named is not None
            else noun.doc[noun.left_edge.i : noun.right_edge.i + 1].text
        )
    described = described_person(head, found.sentence_starts) if actor is None else None
    if described is not None:  # "the boy … He was discharged": the boy
        return described
    pair = found.pair(head) if actor is None else None
    if pair:  # "the two countries", "the two central European states": the names say more
        return f"{pair[0].text} and {pair[1].text}"
    sides = named_sides(head) if actor is None else None
    if sides:  # "the two sides": "Moslem guerrillas and the Philippine government"
        return sides
    if actor is None and _bare(head):  # "the agreement", "the embassy": no entity found
        return identified(head, of_a_class=True) or national(head)  # "the government"
    if actor is None or head.lower_ in ("its", "his", "her", "their"):
        return None
    if actor.text.islower():  # "the interior ministry": a description the model took for a name
        return national(head)
    name = found.written(actor)
    if head.pos_ == "PROPN" and head.ent_iob_ == "O":  # a name the model did not label here
        return None if proper_name(head).lower() == actor.text.lower() else actor.text
    if head.ent_iob_ == "O":
        return name
    ent = entity_at(head)
    if ent is None or name_of(ent.text).lower() == actor.text.lower():
        return None
    aside = {t.i for t in set_off_parts(head)}  # "Turkes, leader of the party, died": bare
    bare = all(
        t.i in range(ent.start, ent.end) or t.lower_ == "the" or t.i in aside for t in head.subtree
    )
    return name if bare else None


def described_by_a_relative(found: DocumentEntities, clause: Any) -> dict[int, str]:
    """The name to write for the noun a relative clause describes, by its index ("The French
    minister, who arrived on Saturday": Michele Alliot-Marie), unless a noun before it says
    what kind ("the Zairean rebel alliance, which seized…" is not the last organisation); a
    short form by its full name ("Yulo, who turned the firm around": Jose Luis Yulo)."""
    noun = clause.head
    if clause.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN"):
        return {}
    listed = noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)
    if noun.pos_ == "PROPN" and listed:
        return {}  # "Bremen, Schalke and Stuttgart, who drew": a list, not its first name
    own = found.canonical.get(noun.text.lower()) if noun.pos_ == "PROPN" else None
    if own is not None and own.label == "PERSON" and describes_a_person(noun):
        # "the 23-year-old Nalbandian, who": his own name, not the person named before him
        return {noun.i: own.text} if own.text.lower() != noun.text.lower() else {}
    person = appositive_person(noun) if noun.pos_ == "NOUN" else None
    actor = found.named(person) if person is not None else None
    if actor is not None and actor.label == "PERSON":  # "The judge who sentenced them, Anna
        return {noun.i: actor.text}  # Lindqvist, said": she sentenced them
    kinds = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if any(c.ent_type_ not in _PLACE_LABELS for c in kinds):  # "rebel" of "rebel alliance"
        return {}
    name = stand_in(found, noun)
    return {noun.i: name} if name else {}


def owners_of(found: DocumentEntities, subject: Any | None) -> dict[int, str]:
    """The possessive pronouns of a clause's subject written as their owner ("his term of
    office" -> "de Larosiere's term of office"), by token index, when the document makes the
    owner clear. (After the subject, "his" is most often the subject's own: left as it is.)"""
    owners: dict[int, str] = {}
    if subject is None:
        return owners
    for token in subject.subtree:
        if token.ent_type_ in ACTOR_LABELS and token.i < subject.i:
            return owners  # "Intel's launch of its chip": "its" is the name's own
        if token.dep_ == "poss" and token.lower_ == "their":
            group = found.group(token)
            if group is not None and group.text is not None:
                owners[token.i] = possessive(group)
        elif token.dep_ == "poss" and token.lower_ in _POSSESSIVES:
            actor = found.resolve(token)
            if actor is not None:
                owners[token.i] = f"{found.written(actor)}'s"
        elif (
            token.dep_ == "poss"
            and is_description(token)
            and all(c.dep_ in ("det", "case") for c in token.children)
        ):
            actor = found.resolve(token)  # "the country's intelligence chief": Indonesia's
            if actor is not None and actor.label in _OWNER_LABELS:
                owners |= {c.i: "" for c in token.children if c.dep_ == "det"}
                owners[token.i] = found.written(actor)
    return owners


def object_names(found: DocumentEntities, clause: Any) -> dict[int, str]:
    """The words of a clause written as what they stand for, by token index, when the
    document makes it clear: an object pronoun as its person ("forbade contacts with him"),
    "the two countries" as the pair named ("talks between China and Japan"), a description
    as its entity ("would overtake General Motors"), a bare description as the earlier
    phrase's identifying words ("signed the fisheries agreement"). An empty string leaves a
    word out."""
    names: dict[int, str] = {}
    for token in clause.subtree:
        if token.lower_ == "them" and token.dep_ in OBJECT_DEPS:
            group = found.group(token)
            if (
                group is not None
                and group.text is not None
                and not said_before(group, clause, token)
            ):
                names[token.i] = group.text
        elif token.lower_ in _OBJECTS and token.pos_ == "PRON" and token.dep_ in OBJECT_DEPS:
            actor = found.resolve(token)
            if actor is not None and actor not in _named_in(found, clause, token):
                names[token.i] = actor.text
        elif (actor := _object_entity(found, clause, token)) is not None:
            names |= {c.i: "" for c in token.children if c.dep_ != "case"}
            names[token.i] = found.written(actor)  # "overtake the carmaker": General Motors
        elif token.pos_ == "NOUN" and _bare(token):
            pair = found.pair(token)
            if pair is not None:
                names |= {c.i: "" for c in token.children}
                names[token.i] = f"{pair[0].text} and {pair[1].text}"
            elif token.dep_ != "pobj" and (described := identified(token)) is not None:
                det = next(c for c in token.children if c.dep_ == "det")  # "on the table": idiom
                if described.endswith(f" {token.text}"):  # "the fisheries agreement"
                    names[det.i] = described.rsplit(" ", 1)[0]
                else:  # "the war in Lebanon"
                    names[det.i], names[token.i] = "", described
    return names


def _object_entity(found: DocumentEntities, clause: Any, token: Any) -> Actor | None:
    """The named entity a description after the subject stands for ("would overtake [the
    carmaker]", "breached [the Baltic state]'s air space"), unless the clause named it before
    (then it is another: "Toyota overtook the carmaker" is no Toyota). An owner only when it
    is a country or a person."""
    owner = token.dep_ == "poss"
    told = token.dep_ in ("nsubj", "nsubjpass") and token.head.i != clause.i  # "said [the
    # country] was worried": the subject of what the clause tells
    if not (owner or told or token.dep_ in OBJECT_DEPS) or not is_description(token):
        return None
    if any(c.dep_ not in ("det", "case") for c in token.children):
        return None  # "the Polish central bank", "the company [that sold …]": says which
    labels = class_labels(token)
    if "LOC" in labels:
        return None  # "the region", "the area": seldom the one country the text named
    actor = found.resolve(token)
    if actor is None or actor.label not in labels:
        return None  # "the bill" is no "Bill Clinton"
    if owner and actor.label not in _OWNER_LABELS:
        return None
    if told and actor.label != "GPE":
        return None  # "said [the company] had prepared": the last company named, too often not
    whole = lemma(token).lower() in word_list("descriptions", "whole_country")
    asides = owner or told or whole  # (a place: "in the capital" after "Burma's" is no Burma)
    return None if actor in _named_in(found, clause, token, as_argument=asides) else actor


def _named_in(
    found: DocumentEntities, clause: Any, token: Any, as_argument: bool = False
) -> set[Actor]:
    """Who the clause names before `token`: "US actress Jennifer Aniston has filed suit …
    to take snapshots of her" already says who "her" is. `as_argument`: only names that are
    no owner and in no aside ("Sfeir, head of [Lebanon]'s community, said … the country's
    recovery" is Lebanon's; "[Toyota] overtook the carmaker" is another carmaker)."""
    named = set()
    for word in clause.doc[clause.left_edge.i : token.i]:
        if as_argument and _owner_or_aside(word):
            continue
        if word.pos_ in ("PROPN", "PRON"):
            actor = found.resolve(word)
            if actor is not None:
                named.add(actor)
    return named


def _owner_or_aside(word: Any) -> bool:
    """A word of a possessive or of an apposition: it names an owner or says who, not another
    actor of the clause."""
    current = word
    while current.dep_ in ("compound", "flat", "amod", "nmod") and current.head.i != current.i:
        current = current.head
    if current.dep_ == "poss":
        return True
    return any(a.dep_ == "appos" for a in word.ancestors)


def _bare(noun: Any) -> bool:
    """A noun with only a determiner or a number before it, or words of what kind: "the
    agreement", "the two countries", "the ministerial meeting", "the air force" (a phrase with
    more says more than a name would)."""
    plain = kind_words(noun)
    return all(
        ((c.dep_ in ("det", "nummod", "predet") or c in plain) and c.i < noun.i)
        or says_when(c)
        or an_aside(c)
        for c in noun.children
    )
