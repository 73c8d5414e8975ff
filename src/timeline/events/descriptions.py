"""Definite and demonstrative descriptions, and what the document names them by.

A description is a noun phrase opened by "the", "this" or "these" without a name in it. One
that stands for a named entity takes its name: "the carmaker" the last organisation that was
a subject (its head is a class word of the label, `data/entity_classes.toml`), "this bank"
the one name before it with that word ("Bank Leumi"), "the two countries" the one pair of
countries named together ("China and Japan"), or the only two named; a person's title ("the
vice president", "the spokesman") the one person named with the same title words ("Nigerian
vice president Atiku Abubakar"); before all these, the one name the text set such a
description beside ("OPEC, the oil cartel" for "the cartel"). One that stands for a
thing named before by a longer phrase takes that phrase's identifying words ("the agreement"
after "a fisheries agreement between …" is "the fisheries agreement"). When two fit, the
text's words stay.

Glossary: a *class* is a set of head nouns that describe entities of one label; *identifying
words* are the nouns and adjectives before a noun that say which one it is, not "new" or
"first" (`data/descriptions.toml`).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from timeline.events.clauses import sentence_containing
from timeline.events.introduced import kind_words, name_words, owner_phrase, says_when
from timeline.events.names import words_of
from timeline.events.vocabulary import word_list
from timeline.models import Actor
from timeline.nlp.lemmas import lemma
from timeline.nlp.reads import kept_per_word

_DETERMINERS = frozenset({"the", "this"})
_PLURAL_DETERMINERS = frozenset({"the", "these", "those", "both"})
_PAIR_WORDS = frozenset({"two", "both"})
_IDENTIFYING_DEPS = frozenset({"compound", "amod"})
# Words after the head word of a name: "Court [of] Justice", "Convention [Against] Doping".
_NAME_PREPOSITIONS = frozenset({"of", "for", "on", "against", "to", "in", "de", "du", "des", "del"})
_NOUNS_KEY = "timeline_nouns"
IDENTIFYING_PHRASE_WORDS = 6  # words of a phrase after a noun that says which: "in Lebanon"
_IDENTIFYING_PREPOSITIONS = frozenset({"in", "with", "of", "into", "against", "between", "over"})
_POINTING = frozenset({"this", "these", "that", "those", "here", "there"})  # need their sentence
MAX_TITLE_WORDS = 5  # words of a title before a person's name: "deputy foreign minister"
Named = Sequence[tuple[Any, Actor]]  # entity spans before a description, with their entity


@dataclass(frozen=True)
class _Class:
    labels: frozenset[str]
    words: frozenset[str]
    unless_name_has: frozenset[str]


@cache
def _classes() -> tuple[_Class, ...]:
    data = tomllib.loads(
        resources.files("timeline.events").joinpath("data/entity_classes.toml").read_text("utf-8")
    )
    return tuple(
        _Class(
            frozenset([c["label"], *c.get("also", ())]),
            frozenset(c["words"]),
            frozenset(c.get("unless_name_has", ())),
        )
        for c in data.values()
    )


def of_an_organisation(noun: Any) -> bool:
    """A common noun of an organisation's class ("the company", "the Finnish carmaker", "the
    group"), which "it" may stand for."""
    head = lemma(noun).lower()
    return noun.tag_ == "NN" and any(head in c.words and "ORG" in c.labels for c in _classes())


def class_labels(noun: Any) -> set[str]:
    """The entity labels of the classes a noun's lemma is a word of ("carmaker": ORG)."""
    head = lemma(noun).lower()
    return {label for c in _classes() if head in c.words for label in c.labels}


@kept_per_word
def is_description(token: Any) -> bool:
    """A definite singular noun phrase without a name in it: "the carmaker", "this company"."""
    return (
        token.pos_ == "NOUN"
        and token.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in _DETERMINERS for c in token.children)
        and not any(
            (c.pos_ == "PROPN" or c.dep_ == "poss") and not says_when(c) for c in token.children
        )
    )


@kept_per_word
def describes_a_person(token: Any) -> bool:
    """A description by nationality or age alone, for one person: "the Spaniard", "the
    19-year-old Russian", "the Frenchman", "the 35-year-old", "the Irish ace" (not "the
    Chinese", which may be a people or a team; not "the Russian foreign minister", a title)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    if token.tag_ == "NN" and lemma(token).lower() in word_list("descriptions", "national_people"):
        said = [c for c in token.children if c.dep_ != "det" and c.i < token.i]  # "the Irish ace",
        return bool(said) and all(map(_says_whose_player, said))  # not "the star witness"
    if any(c.dep_ in ("poss", "compound") or c.pos_ == "PROPN" for c in token.children):
        return False
    if token.lower_ == "old" and token.tag_ == "JJ":
        return _an_age(token)
    if token.tag_ != "NNP" or len(token.text) < 4 or not token.text[0].isupper():
        return False
    collective = tuple(word_list("descriptions", "collective_nationality_endings"))
    national = token.ent_type_ == "NORP" or token.lower_.endswith(("man", "woman"))
    if national and token.lower_.endswith(collective):  # "the Swiss" of a people or a team,
        return _one_person_before(token)  # unless its sentence named one person before it
    return bool(national)


def _says_whose_player(modifier: Any) -> bool:
    """A modifier by which a player noun is one person: a nationality ("the Irish ace"), an age
    ("the 23-year-old striker"), the country a player plays for ("the Wales forward"), or a
    participle of a record ("the 64-times capped forward", "the top-seeded player")."""
    if modifier.dep_ == "compound":
        return modifier.ent_type_ in ("GPE", "NORP") and not list(modifier.children)
    if modifier.dep_ != "amod":
        return False
    return (
        modifier.ent_type_ == "NORP"
        or (modifier.lower_ == "old" and _an_age(modifier))
        or (modifier.tag_ == "VBN" and modifier.ent_type_ == "")
    )


def _one_person_before(token: Any) -> bool:
    """Whether the sentence of `token` names exactly one person before it ("Roger Federer
    reached the final as the Swiss crushed Gaudio")."""
    start = sentence_containing(token.doc, token.i).start
    people = {e.text for e in token.doc.ents if e.label_ == "PERSON" and start <= e.start < token.i}
    return len(people) == 1


def _an_age(old: Any) -> bool:
    """ "old" of "35-year-old"."""
    return any(c.dep_ == "npadvmod" and lemma(c).lower() == "year" for c in old.children)


def entity_for(token: Any, earlier: Sequence[Actor], named: Named) -> Actor | None:
    """The named entity a singular description stands for: the one set beside it; none for a
    description of a role ("the host country"); the latest subject of its class or with its
    head word in its name (`earlier`, latest first; none when the latest such name has the
    word only as a modifier: "the center" after "the Intelligence Center Act"), else the one
    entity the document names before it (`named`) whose name opens or ends with its head word
    ("this bank" -> "Bank Leumi") or, failing that, has it before a preposition ("the
    convention" -> "the Convention Against Doping in Sport")."""
    head = lemma(token).lower()
    classes = [c for c in _classes() if head in c.words]
    labels = {label for c in classes for label in c.labels}
    defined = {
        actor
        for ent, actor in named
        if _set_beside(ent.root, head) and (not labels or actor.label in labels)
    }
    if len(defined) == 1:
        return next(iter(defined))  # "OPEC, the oil cartel, …" … "the cartel"
    if _said_of(token) & word_list("descriptions", "roles"):
        return None  # "the host country": a part played, the last country named or not
    of_class = {
        actor
        for _, actor in named
        if actor.label in labels
        and not any(set(words_of(actor.text)) & c.unless_name_has for c in classes)
    }
    said = _said_of(token)
    sentence_start = sentence_containing(token.doc, token.i).start  # (Token.sent is slow)
    here = {
        found
        for ent, actor in named
        if ent.start >= sentence_start
        for found in [_as_named(actor, of_class)]
        if found is not None
    }
    if len(here) == 1:
        actor = next(iter(here))
        if said <= set(words_of(actor.text)):
            return actor  # "Velta's sales fell 31%, the company reported": Velta (but "Apple
            # Corps' suit claims the computer company violated…" is no computer company)
    for actor in earlier:
        names = set(words_of(actor.text))
        if head in names and said <= names:
            # "the court" for "the Supreme Court"; not "the lower house" for "the House of
            # Councillors"; nothing for "the center" after "the Intelligence Center Act"
            return actor if _headed_by(actor.text, head) else None
        if any(actor.label in c.labels and not names & c.unless_name_has for c in classes):
            return actor
    for exactly in (True, False):
        titled = {
            actor for ent, actor in named if ent.label_ == "PERSON" and _titled(ent, token, exactly)
        }
        if len(titled) == 1:
            return next(iter(titled))  # "the vice president": "vice president Atiku Abubakar"
    said_in = [actor for _, actor in named if said <= set(words_of(actor.text))]
    holding = {actor for actor in said_in if head in _ends(actor.text)}  # "this bank": "Bank
    if not holding:  # Leumi"; "the convention": "the Convention Against Doping in Sport"
        holding = {actor for actor in said_in if _headed_by(actor.text, head)}
    return next(iter(holding)) if len(holding) == 1 else None


def _as_named(actor: Actor, of_class: set[Actor]) -> Actor | None:
    """`actor` if of the class; else the one name of the class it opens, which the model
    labelled otherwise ("Velta", a place to the model, for "Velta Mobility")."""
    if actor in of_class:
        return actor
    short = words_of(actor.text)
    opened = {a for a in of_class if words_of(a.text)[: len(short)] == short}
    return next(iter(opened)) if len(opened) == 1 else None


def _set_beside(name: Any, head: str) -> bool:
    """Whether the text sets a description with head word `head` beside the name, in
    apposition ("OPEC, the oil cartel", "the cartel, OPEC,"): the document says what it is."""
    if any(c.dep_ == "appos" and lemma(c).lower() == head for c in name.children):
        return True
    return name.dep_ == "appos" and lemma(name.head).lower() == head


def pair_for(
    token: Any, named: Named, labels: Callable[[Actor], set[str]]
) -> tuple[Actor, Actor] | None:
    """The two entities "the two countries" or "both companies" stand for: the one pair of
    names of that class written together ("China and Japan"), else the only two named."""
    if token.tag_ not in ("NNS", "NNPS") or not _counted_pair(token):
        return None
    head = lemma(token).lower()
    wanted = {label for c in _classes() if head in c.words for label in c.labels}
    if head in word_list("descriptions", "people"):
        wanted.add("PERSON")  # "the two leaders"
    parties = head in word_list("descriptions", "parties")
    if parties:
        wanted |= {"GPE", "ORG", "NORP", "PERSON"}  # "the two sides": any two named together
    if not wanted:
        return None
    fitting = [
        (ent, actor)
        for ent, actor in named
        if labels(actor) & wanted and not (parties and ent.root.tag_ == "JJ")  # "Moslem rebels"
    ]
    by_root = {ent.root.i: actor for ent, actor in fitting}
    pairs = set()
    for ent, actor in fitting:
        joined = [c for c in ent.root.children if c.dep_ == "conj" and c.i in by_root]
        third = ent.root.dep_ == "conj" or any(c.dep_ == "conj" for j in joined for c in j.children)
        if len(joined) == 1 and not third and by_root[joined[0].i] != actor:  # not of a list
            pairs.add((actor, by_root[joined[0].i]))
    if len({frozenset(p) for p in pairs}) == 1:
        return next(iter(pairs))
    if pairs or parties:
        return None  # (sides are only the two named together)
    distinct = list(dict.fromkeys(actor for _, actor in fitting))
    return (distinct[0], distinct[1]) if len(distinct) == 2 else None


def _titled(ent: Any, noun: Any, exactly: bool) -> bool:
    """Whether a person's name is written with the title a description says ("Nigerian vice
    president Atiku Abubakar" for "the vice president", "French Defence Minister Michele
    Alliot-Marie" for "the French minister"; not "President Obasanjo" for "the vice
    president"): `exactly` the same words, not counting names of places, peoples and
    organisations, or else every word of the description a word of the title."""
    head = lemma(noun).lower()
    if head not in word_list("descriptions", "titles"):
        return False
    title: set[str] = set()
    named: set[str] = set()  # "Chinese" of "Chinese President Hu Jintao": "the Chinese president"
    first = ent.start
    while first > 0 and first - 1 >= ent.start - MAX_TITLE_WORDS:
        word = ent.doc[first - 1]
        if word.dep_ not in ("compound", "amod", "nmod") or not word.i < word.head.i < ent.end:
            break  # a word of the name's title modifies a later word of the title or the name
        (named if word.ent_type_ else title).add(lemma(word).lower())
        first -= 1
    said = _said_of(noun) | {head}
    return bool(title) and said - named == title if exactly else said <= title | named


def _said_of(noun: Any) -> set[str]:
    """The words a description says of its noun ("lower" in "the lower house")."""
    return {c.lower_ for c in noun.children if c.dep_ in _IDENTIFYING_DEPS}


def _headed_by(name: str, head: str) -> bool:
    """Whether `head` can be the head word of a name: its first or last word, or one that a
    preposition follows ("International Court of Justice"); not a word that modifies the next
    ("Center" in "Financial Intelligence Center Act")."""
    words = name.split()
    return any(
        word.lower() == head
        and word[:1].isupper()  # (not "county Board of Supervisors": no county)
        and (k in (0, len(words) - 1) or words[k + 1].lower() in _NAME_PREPOSITIONS)
        for k, word in enumerate(words)
    )


def _ends(name: str) -> set[str]:
    """The first and last words of a name, in capitals there: its head ("Bank Leumi",
    "Supreme Court"), not a word that describes it ("New York Film Critics Circle" is no
    film, "county Board of Supervisors" no county)."""
    words = [w for w in name.split() if w[:1].isupper()]
    ends = [name.split()[0], name.split()[-1]] if name.split() else []
    return {w.lower() for w in ends if w in words}


def _counted_pair(token: Any) -> bool:
    """Whether a plural noun is counted as two by its own words: "the two", "both"."""
    words = {c.lower_ for c in token.children if c.dep_ in ("nummod", "det", "predet")}
    return bool(words & _PAIR_WORDS) and ("both" in words or bool(words & _PLURAL_DETERMINERS))


def identified(token: Any, of_a_class: bool = False) -> str | None:
    """The noun phrase with the identifying words of the earlier mentions of the same thing
    ("the agreement" after "a fisheries agreement" is "the fisheries agreement", "the rebels"
    after "Zairean rebels" "the Zairean rebels", "the army" after "Kabila's army" "Kabila's
    army"), its determiner included, when a bare description follows mentions that all say
    the same, or, with no such words, the phrase after the noun it was introduced with ("the
    summer war in Lebanon" … "the 34-day war with Hezbollah" … "the war in Lebanon"); None
    otherwise. A noun of an entity's class ("the party", "the embassy") is a named
    entity's, if any: only `of_a_class` (no entity found for it) gives it the words."""
    dets = [c for c in token.children if c.dep_ == "det"]
    plural = token.tag_ == "NNS" and bool(dets) and dets[0].lower_ in _PLURAL_DETERMINERS
    kind = kind_words(token)  # "the [ministerial] meeting", "the [air] force": not which one
    if not (plural or is_description(token)) or any(
        c.dep_ != "det" and c not in kind and not says_when(c) and not an_aside(c)
        for c in token.children
    ):
        return None
    if kind:  # as first introduced with the same words and words that say which
        return _introduced_with(token, kind)
    if not of_a_class and any(lemma(token).lower() in c.words for c in _classes()):
        return None  # "the party": a named entity's, or none (not "the Kadima party")
    said: set[str] = set()
    after: list[str] = []  # identifying phrases after the noun, first mention first
    for i in _nouns(token.doc).get(token.lower_, ()):
        earlier = token.doc[i]
        if i < token.i and not _ranked(earlier):
            owner = owner_phrase(earlier)
            words = _identifying(earlier)
            if owner or words:
                said.add(owner or f"{_det(token)} {words}")  # (the owner's has the words)
            elif (phrase := _identifying_after(earlier)) is not None:
                after.append(phrase)
    if len(said) == 1:
        return f"{next(iter(said))} {token.text}"
    if not said and after:  # "the summer war in Lebanon" … "the war": as first introduced
        return f"{_det(token)} {token.text} {after[0]}"
    return None


def an_aside(child: Any) -> bool:
    """A comma or a clause set off by one after the noun ("the parliament[, elected in
    September,]"): it says more of the thing, not which one, so the noun is still bare."""
    if child.dep_ == "punct":
        return True
    first = child.left_edge
    return (
        child.dep_ in ("relcl", "acl")
        and child.i > child.head.i
        and first.i > 0
        and child.doc[first.i - 1].text == ","
    )


def _introduced_with(noun: Any, kind: list[Any]) -> str | None:
    """ "the armed police" as the text introduced it with the same kind words: with the name
    words or the owner all such mentions agree on ("Chinese armed police", "Burma's ruling
    junta"), else the phrase after them that says which ("a ministerial meeting of the Great
    Lakes states")."""
    said = {c.lower_ for c in kind}
    named: set[str] = set()
    after: list[str] = []
    for i in _nouns(noun.doc).get(noun.lower_, ()):
        earlier = noun.doc[i]
        if i >= noun.i:
            break
        if not said <= {c.lower_ for c in earlier.children} or _ranked(earlier):
            continue
        if owner := owner_phrase(earlier):
            named.add(f"{owner} {noun.text}")
        elif words := name_words(earlier, kind_words(earlier)):
            named.add(f"{_det(noun)} {words}")
        elif (phrase := _identifying_after(earlier)) is not None:
            after.append(phrase)
    if len(named) == 1:
        return next(iter(named))
    if named or not after:
        return None
    words = " ".join(c.text for c in sorted(kind, key=lambda c: c.i))
    return f"{_det(noun)} {words} {noun.text} {after[0]}"


def _det(noun: Any) -> str:
    return next((c.text for c in noun.children if c.dep_ == "det"), "the")


def _nouns(doc: Any) -> dict[str, list[int]]:
    """The common nouns of a document by their text in lower case, read once."""
    found: dict[str, list[int]] | None = doc.user_data.get(_NOUNS_KEY)
    if found is None:
        found = {}
        for token in doc:
            if token.tag_ in ("NN", "NNS"):
                found.setdefault(token.lower_, []).append(token.i)
        doc.user_data[_NOUNS_KEY] = found
    return found


def _ranked(noun: Any) -> bool:
    """A mention that ranks its noun ("the world's largest heating oil market", "the first
    plant"): it names one of a kind, not the thing a later bare description means."""
    return any(c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL" for c in noun.children)


def _identifying(noun: Any) -> str:
    """The identifying words right before a noun ("fisheries" in "a new fisheries
    agreement"), or "" when none say which one it is."""
    plain = word_list("descriptions", "not_identifying")
    words: list[str] = []
    start = noun.i
    for child in reversed(list(noun.lefts)):
        if child.dep_ not in _IDENTIFYING_DEPS or child.i != start - 1:
            break
        if child.lower_ in plain or child.like_num or child.ent_type_ in ("DATE", "ORDINAL"):
            break
        opening = child.is_sent_start or child.i == 0 or noun.doc[child.i - 1].is_space
        if opening and not child.ent_type_:
            break  # "[Heavy] fighting": a capital at a sentence's start says nothing of which
        if child.dep_ == "amod" and not child.text[:1].isupper():
            break  # "a limited court", "the best team": only a proper adjective says which
        if any(t.dep_ not in _IDENTIFYING_DEPS for t in child.subtree if t.i != child.i):
            break
        first = child.left_edge
        if "-" in first.text or (first.i > 0 and _glued(noun.doc[first.i - 1])):
            break  # a piece of a longer word: "[four-]party talks"
        start = first.i  # "the Cedar Ridge fire": the compound's own words too
        words.insert(0, noun.doc[start : child.i + 1].text)
    return " ".join(words)


def _identifying_after(noun: Any) -> str | None:
    """The short phrase right after a noun that says which one it is ("in Lebanon" in "the
    summer war in Lebanon", "into the conduct of staff headquarters" in "a probe into the
    conduct of staff headquarters"), or None: no clause, no aside, at most
    `IDENTIFYING_PHRASE_WORDS` words."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return None
    preposition = doc[noun.i + 1]
    if preposition.head.i != noun.i or preposition.lower_ not in _IDENTIFYING_PREPOSITIONS:
        return None
    words = list(preposition.subtree)
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    if (
        len(words) > IDENTIFYING_PHRASE_WORDS
        or not objects
        or objects[0].pos_ == "PRON"
        or any(t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in "-–") for t in words)
        or any(t.ent_type_ in ("DATE", "TIME") for t in words)
        or any(t.lower_ in _POINTING or t.tag_ == "PRP$" for t in words)  # "in this region"
    ):
        return None
    return str(doc[words[0].i : words[-1].i + 1].text)


def _glued(word: Any) -> bool:
    """A word or hyphen the next word is written onto, with no space: "four-" of "four-party"."""
    return not word.whitespace_ and (word.is_alpha or word.like_num or word.text in ("-", "–"))
