"""What "they", "them" and "their" stand for: a group the document names.

A plural pronoun stands for a plural noun phrase ("the rebels", "foreign investors", "police"),
names written together ("China and Japan"), a people ("Palestinians") or an organisation read
as its members ("Hertha Berlin … but they got it"). Its own sentence decides first, by the
walk of `pronouns.decide` (the clause a pronoun completes gives its subject; any other clause
only with exactly one candidate). Else the sentences before: the latest one that names a
group decides when it names exactly one and that one is a subject there ("Dozens of war
veterans staged a sit-in. They began their protest" -> the war veterans; "Police arrested
three men. They…" is either: "they" stays). Not in a quotation, whose "they" is the speaker's.

Glossary: a *group* is what a plural pronoun may stand for, with the words to write for it
and the named entities it holds; its *identity* says when two mentions are one group (the
same entities, or the same head noun).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from timeline.events.clauses import SUBJECT_DEPS, entities_between, sentence_containing
from timeline.events.pronouns import AMBIGUOUS, argument_of, decide, holds, unlabelled_name
from timeline.events.vocabulary import word_list
from timeline.models import Actor
from timeline.nlp.lemmas import lemma

SENTENCES_BACK_PLURAL = 3  # how many sentences before a plural pronoun may decide
MAX_OF_WORDS = 7  # an "of" phrase written with a group's noun: "pilots of the national airline"
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
_GROUP_LABELS = frozenset({"ORG", "NORP", "GPE", "PERSON"})  # a person only with another
_SINGLE_LABELS = frozenset({"ORG", "NORP", "GPE"})  # a name that may be "they" alone
_NOT_GROUPS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
_MODIFIERS = frozenset({"compound", "nmod", "amod", "npadvmod", "nummod", "quantmod"})
_PHRASE_DEPS = frozenset({"det", "amod", "compound", "nmod", "nummod", "poss", "case", "punct"})
_QUOTES = frozenset({'"', "“", "”", "''", "``"})


@dataclass(frozen=True)
class Group:
    """What a plural pronoun stands for: `text` to write (None when no words say it better
    than "they": "people"), the named `actors` it holds, and its `identity`."""

    identity: Hashable
    text: str | None = field(compare=False)
    actors: tuple[Actor, ...] = field(compare=False, default=())
    subject: bool = field(compare=False, default=False)


Named = Callable[[Any], Actor | None]  # a named-entity span's entity
Written = Callable[[Actor], str]  # an entity's name as it is written ("the Fed")


def group_for(
    pronoun: Any,
    named: Named,
    resolve: Callable[[Any], Group | None],
    starts: Sequence[int],
    written: Written = lambda actor: actor.text,
) -> Group | None:
    """The group `pronoun` ("they", "them", "their") stands for, or None when the text does
    not make it clear (see the module's docstring).

    Args:
        named: a named-entity span's entity.
        resolve: what another plural pronoun of the document stands for.
        starts: the first token of each of the document's sentences.
        written: an entity's name as the document writes it ("the Interior Ministry").
    """
    if pronoun.lower_ not in PLURAL_PRONOUNS or pronoun.pos_ != "PRON" or _quoted(pronoun):
        return None
    if pronoun.lower_ == "themselves":
        return None  # its own clause's subject, named or not
    named_as = _Names(named, written)
    if _in_relative(pronoun):  # "troops retook the land they held": the troops' or another's
        return _described_above(pronoun, named_as, resolve)
    subject = pronoun.dep_ in SUBJECT_DEPS or pronoun.dep_ == "poss"
    here = decide(pronoun, lambda clause: _in_clause(pronoun, clause, named_as, resolve), subject)
    if isinstance(here, Group):
        return here
    if here is AMBIGUOUS:
        return None
    doc = pronoun.doc
    sentence = bisect_right(starts, pronoun.i) - 1
    if _groups(doc, starts[sentence], pronoun.i, named_as, resolve, pronoun):
        return None  # its own sentence names a group no clause above it decides for
    for back in range(sentence - 1, max(-1, sentence - 1 - SENTENCES_BACK_PLURAL), -1):
        end = starts[back + 1] if back + 1 < len(starts) else len(doc)
        every = _groups(doc, starts[back], end, named_as, resolve, None)
        found = [(t, g) for t, g in every if not _nested(t)]
        if not found:
            continue
        distinct = {g for _, g in found} | {g for t, g in every if t.pos_ == "PRON"}
        if len(distinct) != 1 or None in distinct:
            return None  # two groups, or a "they" of its own that no group is known for
        group = next(g for _, g in found if g is not None)
        return group if any(g.subject for _, g in found if g is not None) else None
    return None


@dataclass(frozen=True)
class _Names:
    """How the document's names are read and written."""

    named: Named
    written: Written


def _in_relative(pronoun: Any) -> bool:
    """Whether the pronoun is the subject of a clause that describes a noun, "where" after
    one included ("the city where they were declared", which the parse may make an adverbial
    clause)."""
    verb, first = pronoun.head, pronoun.head.left_edge
    if pronoun.dep_ not in SUBJECT_DEPS:
        return False
    after_a_noun = first.i > 0 and first.doc[first.i - 1].pos_ in ("NOUN", "PROPN")
    return verb.dep_ in ("relcl", "acl") or (first.lower_ == "where" and after_a_noun)


def _described_above(
    pronoun: Any, named: _Names, resolve: Callable[[Any], Group | None]
) -> Group | None:
    """The group a clause that describes it holds the relative clause of a subject plural
    pronoun in ("The Bogor Goals, named after the city where they were declared"), if any:
    what the description is of is what the relative clause tells of."""
    described = pronoun.head.head  # (the parse may make a "where" clause the verb's)
    for above in [described, *described.ancestors]:
        if above.pos_ in ("VERB", "AUX"):
            if above.dep_ not in ("acl", "relcl"):
                return None
            noun = above.head
            found = _groups(pronoun.doc, noun.left_edge.i, noun.i + 1, named, resolve, pronoun)
            return next((g for t, g in found if t.i == noun.i), None)
    return None


def _nested(word: Any) -> bool:
    """Whether a word is part of another noun's phrase (a possessor, a modifier, the object of
    its preposition, a word of a clause that describes it: "the rebels' offensive", "veterans
    disabled by [attacks]"), which a later "they" seldom means; "dozens of [veterans]" is
    the veterans themselves."""
    current = word
    while current.head.i != current.i:
        if current.dep_ in _MODIFIERS | {"poss", "acl", "relcl"}:
            return True
        above = current.head.head
        nouns = ("NOUN", "PROPN", "PRON", "NUM")
        if current.dep_ == "pobj" and above.pos_ in nouns and _partitive_of(above) is None:
            return True
        current = current.head
    return False


def _quoted(pronoun: Any) -> bool:
    """Whether a quotation is open where the pronoun stands in its sentence: a quote's
    "they" is the speaker's, whom the narrative's sentences before need not name."""
    sentence = sentence_containing(pronoun.doc, pronoun.i)  # (Token.sent is slow)
    marks = sum(1 for t in pronoun.doc[sentence.start : pronoun.i] if t.text in _QUOTES)
    return marks % 2 == 1 or any(t.text in _QUOTES for t in sentence[:1])


def _in_clause(
    pronoun: Any, clause: Any, named: _Names, resolve: Callable[[Any], Group | None]
) -> Sequence[tuple[Any, Hashable | None]]:
    """The groups among `clause`'s arguments before the pronoun, for `pronouns.decide`."""
    first = clause.head.left_edge.i if clause.dep_ == "xcomp" else clause.left_edge.i
    found = _groups(pronoun.doc, min(first, clause.left_edge.i), pronoun.i, named, resolve, pronoun)
    kept = [(t, g) for t, g in found if argument_of(t, clause)]
    if clause.dep_ == "xcomp":  # "leaders were to discover the pleasures … when they sit": either
        kept += [(t, g) for t, g in found if t.dep_ in SUBJECT_DEPS and t.head.i == clause.head.i]
    if pronoun.dep_ not in SUBJECT_DEPS and pronoun.dep_ != "poss":
        kept = [(t, g) for t, g in kept if t.tag_ not in ("NN", "NNP")]  # "the group … them"
    return sorted(kept, key=lambda pair: pair[0].i)


def _groups(
    doc: Any,
    first: int,
    end: int,
    named: _Names,
    resolve: Callable[[Any], Group | None],
    pronoun: Any | None,
) -> list[tuple[Any, Group | None]]:
    """The groups named by tokens `first` to `end`, in text order, each with its head word;
    None for a plural pronoun that stands for no known group (any choice would be a guess)."""
    found: list[tuple[Any, Group | None]] = []
    taken: set[int] = set()
    for ent in entities_between(doc, first, end):
        if ent.start in taken or ent.label_ not in _GROUP_LABELS:
            continue
        if pronoun is not None and holds(ent.root, pronoun):
            continue
        actor = named.named(ent)
        if actor is None:
            continue  # "European Union leaders": the leaders, a common noun
        taken |= set(range(ent.start, ent.end))
        joined = _joined(ent, named, end)
        if joined is not None:
            group, spans = joined
            for span in spans:
                taken |= set(range(span.start, span.end))
            found.append((ent.root, group))
            continue
        plural = ent.root.tag_ in ("NNS", "NNPS")
        if ent.label_ in _SINGLE_LABELS and (plural or ent.label_ != "NORP"):
            found.append((ent.root, _named_group((actor,), ent.root, named.written)))
    for token in doc[first:end]:
        if token.i in taken or (pronoun is not None and holds(token, pronoun)):
            continue
        if token.pos_ == "PRON" and token.lower_ in PLURAL_PRONOUNS - {"themselves"}:
            if token.dep_ != "poss" or pronoun is None or token.i < pronoun.i:
                found.append((token, resolve(token)))
        elif _is_group_noun(token):
            found.append((token, _noun_group(token)))
        elif (name := unlabelled_name(token)) is not None:  # "Sevilla can ensure they…"
            actor = named.named(name)
            if actor is not None and actor.label in _SINGLE_LABELS - {"NORP"}:
                found.append((token, _named_group((actor,), token, named.written)))
    return sorted(found, key=lambda pair: pair[0].i)


def _joined(ent: Any, named: _Names, end: int) -> tuple[Group, list[Any]] | None:
    """Names written together ("China and Japan", "Bush, Blair and Chirac"): one group."""
    root = ent.root
    spans = [ent]
    for child in root.children:
        if child.dep_ == "conj" and child.i < end:
            other = next(
                (e for e in entities_between(ent.doc, child.i, child.i + 1) if e.root == child),
                None,
            )
            if other is None or other.label_ not in _GROUP_LABELS:
                return None
            spans.append(other)
            spans += [
                e
                for g in child.children
                if g.dep_ == "conj"
                for e in entities_between(ent.doc, g.i, g.i + 1)
                if e.root == g and e.label_ in _GROUP_LABELS
            ]
    if len(spans) < 2 or root.dep_ == "conj":
        return None
    actors = [named.named(span) for span in spans]
    if any(a is None for a in actors):
        return None
    known = tuple(dict.fromkeys(a for a in actors if a is not None))
    return (_named_group(known, root, named.written), spans) if len(known) >= 2 else None


def _named_group(actors: tuple[Actor, ...], head: Any, written: Written) -> Group:
    names = [written(a) for a in actors]
    text = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return Group(frozenset(actors), text, actors, head.dep_ in SUBJECT_DEPS)


def _is_group_noun(token: Any) -> bool:
    """A plural common noun that refers ("the rebels", "foreign investors", "police"): not a
    modifier, a date, an amount, a number, nor a quantity whose "of" names the group
    ("dozens of war veterans": the veterans)."""
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in _NOT_GROUPS or token.like_num:
        return False
    collective = lemma(token).lower() in word_list("plural", "collective")
    plural = token.tag_ in ("NNS", "NNPS") or collective
    if not plural or token.dep_ in _MODIFIERS or (token.ent_type_ and token.pos_ == "PROPN"):
        return False
    return _partitive_of(token) is None


def _partitive_of(token: Any) -> Any | None:
    """The noun a quantity stands before ("dozens of [veterans]"), if `token` is one."""
    if lemma(token).lower() not in word_list("plural", "quantities"):
        return None
    return next(
        (g for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
        None,
    )


def _noun_group(noun: Any) -> Group:
    """A plural noun phrase as a group: its own words before the noun ("foreign investors",
    "the war veterans"), with "the" for a phrase that had a determiner or a number, or that
    a quantity counted; no words for one too vague to write ("people", "others")."""
    counted = (
        noun.dep_ == "pobj"
        and noun.head.head.dep_ != "pobj"
        and (_partitive_of(noun.head.head) is not None)
    )
    subject = noun.dep_ in SUBJECT_DEPS or (counted and noun.head.head.dep_ in SUBJECT_DEPS)
    identity = ("noun", lemma(noun).lower())
    if lemma(noun).lower() in word_list("plural", "vague"):
        return Group(identity, None, (), subject)
    words = _own_words(noun)
    if words is None:
        return Group(identity, None, (), subject)
    determiner = words and words[0].dep_ == "det"
    numbered = any(t.dep_ == "nummod" for t in words)
    if determiner:
        words = words[1:]
    text = "".join(t.text_with_ws for t in words + _of_phrase(noun)).strip()
    if determiner or numbered or counted:
        proper = words[0].pos_ == "PROPN" or words[0].ent_type_ in ("NORP", "GPE", "ORG")
        text = f"the {text if proper else text[:1].lower() + text[1:]}"
    return Group(identity, text, (), subject)


def _of_phrase(noun: Any) -> list[Any]:
    """A short "of" phrase that says whose the group is ("pilots [of the country's largest
    airline]"), of nouns and their modifiers only."""
    of = next((c for c in noun.rights if c.lower_ == "of" and c.i == noun.i + 1), None)
    if of is None:
        return []
    words = list(noun.doc[of.i : of.right_edge.i + 1])
    plain = all(t.dep_ in _PHRASE_DEPS | {"pobj", "prep"} for t in words[1:])
    if not plain or len(words) > MAX_OF_WORDS or any(t.pos_ == "PRON" for t in words):
        return []
    return words


def _own_words(noun: Any) -> list[Any] | None:
    """The words of a noun phrase from its first modifier to the noun, when they are only a
    determiner, adjectives, nouns, numbers and a possessive name (None with a pronoun owner:
    "their supporters" says no more than "they")."""
    start = noun.i
    for child in reversed(list(noun.lefts)):
        next_to = start - 1 in (child.i, child.right_edge.i)
        if child.dep_ not in _PHRASE_DEPS or not next_to:
            break
        if any(t.dep_ not in _PHRASE_DEPS | {"advmod", "cc", "conj"} for t in child.subtree):
            break
        start = child.left_edge.i
    words = list(noun.doc[start : noun.i + 1])
    if any(t.pos_ == "PRON" for t in words) or any(c.i < start for c in noun.lefts):
        return None  # "his star-studded squad": not "squad"
    while words and words[0].dep_ == "det" and words[0].lower_ not in ("the", "these", "those"):
        words = words[1:]  # "some", "many", "all": "the" says which
    return words


def possessive(group: Group) -> str:
    """The group's words as an owner: "Hertha Berlin's", "the rebels'"."""
    text = group.text or ""
    return f"{text}'" if text.endswith("s") and not group.actors else f"{text}'s"


def said_before(group: Group, clause: Any, token: Any) -> bool:
    """Whether the clause says the group before `token` ("the rebels asked the UN to help
    them"): the pronoun then reads well as it is."""
    before = clause.doc[clause.left_edge.i : token.i]
    nouns = {("noun", lemma(w).lower()) for w in before if w.tag_ in ("NNS", "NNPS")}
    return group.identity in nouns or any(a.text in before.text for a in group.actors)
