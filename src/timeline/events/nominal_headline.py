"""A nominal event told as a clause of the sentence's own words: "Weinstein's 2020 conviction"
-> "Weinstein was convicted", "the 1988 bombing of a Pan Am plane over Lockerbie" -> "A Pan Am
plane was bombed over Lockerbie", "the company's purchase of 22 jets" -> "The company purchased
22 jets", "the death of the king" -> "The king died".

The noun's verb, its past forms, whether it takes an object and whether that is a person are
data (`data/event_verbs.toml`, made from WordNet by `scripts/make_event_nouns.py --verbs`).
Who did it (the agent) is the noun's possessor, its "by" phrase or a name before it ("the
Enron collapse"); what it was done to (the patient) is its "of" phrase. With an agent and a
patient the clause is active. With a patient only it is passive, or active when the verb takes
no object ("the collapse of the bank"), most often takes none ("the resumption of talks"), or
may take none and the patient is a named actor ("the meeting of Clinton and Yeltsin"). With an
agent only it is active when the verb takes no object in this way ("the king's death"), and
passive when the verb must take a person and the possessor is one ("Weinstein's conviction").
The noun's other prepositional phrases follow ("against the ruling"), and a patient's place
after its verb ("over Lockerbie"); "the upcoming vote" is told "will". A clause would say more
than the text of a noun in a clause that is not asserted ("would not complete a relocation of
the bases") or with a word that says it may not have happened ("the attempted murder of"):
none then. Anything else gives no clause (None): the noun phrase then stands as the headline.

A headline-style line with no finite verb whose verb is a "to"-infinitive is news ahead, told
in its own words with "will" (`infinitive_headline`: "Apple to launch new iPhone" -> "Apple
will launch new iPhone").
"""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import FINITE_TAGS, join_tokens, modality_of
from timeline.events.entities import resolve_document
from timeline.events.nominal_occurrence import marked_ahead
from timeline.events.phrases import noun_phrase
from timeline.events.vocabulary import word_list
from timeline.models import Modality
from timeline.nlp.lemmas import lemma
from timeline.wordlists import word_tables

ARGUMENT_WORDS = 10  # the agent's or the patient's phrase, cut by whole phrases
PHRASE_WORDS = 6  # each of the noun's other prepositional phrases
MAX_CLAUSE_WORDS = 18
# Entities that act: an "of" phrase naming one is who did it when the verb may take no object
# ("the meeting of the two leaders": they met; "the signing of the treaty": it was signed).
_ACTORS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Uses of a verb (`event_verbs.toml`) that tell a patient alone as its subject.
_ALONE = frozenset({"alone", "both-alone"})
_AGENT_PREPOSITION = "by"
_PATIENT_PREPOSITION = "of"
# Prepositions of a noun that the verb does not take as they are ("a visit to China" is not
# "visited to China"; "the attack on the embassy" is not "attacked on the embassy"): with one
# of these, no clause.
_OBJECT_PREPOSITIONS = frozenset({"to", "on", "into", "between", "among"})
# The prepositions by which some nouns take their verb's object (`nominal_phrases.toml`).
_TAKING_PREPOSITIONS = ("to", "on", "into", "against")
# Of these, the ones a verb that takes no object keeps ("responded to the controversy",
# "returned to power", "decided on a plan").
_ALONE_PREPOSITIONS = frozenset({"to", "on"})
# The preposition of what changed, for a verb of change that takes no object ("a rise in
# prices" -> "Prices rose").
_CHANGE_PREPOSITION = "in"
_PLACE_PREPOSITIONS = frozenset({"over", "in", "at", "near", "outside"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_PLURAL_TAGS = ("NNS", "NNPS")
_NOUNS = ("NOUN", "PROPN")  # an agent or patient ("of 85", "by him": no clause)
# How the parse hangs the verb of a headline-style line: "Obama to visit China" (the root),
# "Apple to launch new iPhone" (a clause of "Apple").
_LINE_VERB_DEPS = ("ROOT", "acl", "relcl")
# Tags of a finite verb: a line with one is a sentence, not a headline-style line.
MAX_LINE_WORDS = 24  # a headline-style line told whole
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
# Words that rank a noun by a "to"-infinitive ("the last Thai weightlifter to win"), besides
# superlatives and ordinals.
_RANKS = frozenset({"first", "last", "only", "latest"})


def noun_clause(noun: Any, skip: set[int], ahead: bool = False) -> str | None:
    """The clause that tells the event of event noun `noun`, or None when its phrase does not
    say who did it or to what, in a way the verb can take. `skip`: the time expressions;
    `ahead`: the event is dated after the article (told "will")."""
    tables = word_tables("timeline.events", "event_verbs")
    row = tables["verbs"].get(lemma(noun).lower())
    if row is None:
        return None
    *forms, use, whom = row  # "convict", "convicted": a repeated form is left out
    verb, past, participle = (*forms, forms[-1], forms[-1])[:3]
    past = _irregular_past(verb) or past  # "beat", "beaten": the past is "beat"
    unreal = word_list("nominal_modifiers", "unreal")
    if any(c.lower_ in unreal for c in noun.children if c.dep_ in ("amod", "det", "neg")):
        return None  # "the attempted murder of X" is no "X was murdered"
    if modality_of(noun) is not Modality.ASSERTED:
        return None  # "would not complete a relocation of the bases", "will call for a withdrawal"
    agent, patient = _agent(noun, skip), _patient(noun, skip)
    taken = None  # "a visit to Vietnam": the preposition that brings the verb's object
    if patient is None:
        patient, taken = _prepositional_object(noun, skip)
    if agent is None and patient is not None:  # "the rape of a schoolgirl by US troops"
        agent = _object_of(patient, _AGENT_PREPOSITION, skip)
        agent = None if agent is None or _counted(agent) else agent
    changed = None  # "an increase in the number of bombings": the number increased
    if (
        agent is None
        and patient is None
        and use in _ALONE
        and verb in word_list("statistics", "change")
    ):
        changed = _object_of(noun, _CHANGE_PREPOSITION, skip)
        changed = None if changed is None or changed.ent_type_ in _PLACES else changed
        taken = _CHANGE_PREPOSITION if changed is not None else None
    phrases = _other_phrases(noun, skip, taken, use)
    if phrases is None or (agent is not None and not _argument(agent, skip)):
        return None
    future = ahead or marked_ahead(noun)
    if patient is not None and agent is not None and use != "alone":
        parts = [_argument(agent, skip), _active(verb, past, future), _argument(patient, skip)]
    elif patient is not None and agent is None:
        # "the meeting of Clinton and Yeltsin": they met; "the attack on New York": attacked
        alone = taken is None and (
            use in _ALONE or (use == "both" and patient.ent_type_ in _ACTORS)
        )
        told = _active(verb, past, future) if alone else _passive(patient, participle, future, skip)
        places = _places(patient, skip)  # "a Pan Am plane was bombed over Lockerbie"
        parts = [_argument(patient, skip | places), told, *_phrases_of(patient.doc, places - skip)]
    elif agent is not None and patient is None:
        if use == "alone" or (use in _ALONE and agent.dep_ != "compound"):
            parts = [_argument(agent, skip), _active(verb, past, future)]
        elif use == "object" and whom == "somebody" and agent.dep_ == "poss" and _a_person(agent):
            parts = [_argument(agent, skip), _passive(agent, participle, future, skip)]
        else:
            return None
    elif changed is not None:  # "a rise in prices" -> "Prices rose"
        parts = [_argument(changed, skip), _active(verb, past, future)]
        patient = changed
    elif (
        use == "alone"
        and _compounds_before(noun, skip)
        and lemma(noun).lower() not in word_list("nominal_phrases", "settlements")
    ):  # "the bridge collapse" (not "the truce agreement": what was agreed)
        parts = [f"the {_compounds_before(noun, skip)}", _active(verb, past, future)]
        agent = noun  # (an article was given)
    else:
        return None
    if not all(parts) or _bare_singular(patient if agent is None else agent):
        return None
    text = " ".join([*parts, *phrases])
    if len(text.split()) > MAX_CLAUSE_WORDS:
        return None
    return text[:1].upper() + text[1:]


def _agent(noun: Any, skip: set[int]) -> Any | None:
    """Who did it: the possessor ("Weinstein's conviction", "his" when the document names its
    owner), the object of "by", or the last word of a name of an actor before the noun ("the
    Enron collapse", "the Aeroflot purchase of 22 jets")."""
    for child in noun.children:
        if child.dep_ == "poss" and child.i not in skip:
            return child
    found = _object_of(noun, _AGENT_PREPOSITION, skip)
    if found is not None:  # "by the Soviet Union", not "by seven wickets"
        return None if _counted(found) else found
    names = [
        c
        for c in noun.children
        if c.dep_ == "compound"
        and c.pos_ == "PROPN"
        and c.ent_type_ in _ACTORS
        and c.i not in skip
        and c.i == noun.i - 1
    ]
    return names[0] if names else None


def _compounds_before(noun: Any, skip: set[int]) -> str:
    """The common nouns right before an event noun that say what it happened to ("the stock
    market crash", "the bridge collapse"): the subject of a verb that takes no object."""
    doc, start = noun.doc, noun.i
    while (
        start > 0
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].pos_ == "NOUN"
        and doc[start - 1].head.i in range(start, noun.i + 1)
        and start - 1 not in skip
    ):
        start -= 1
    return join_tokens(list(doc[start : noun.i])).lower() if start < noun.i else ""


def _counted(token: Any) -> bool:
    """A count or a measure ("by seven wickets", "by 20 percent"): no agent."""
    return bool(token.like_num or any(c.dep_ == "nummod" for c in token.children))


def _patient(noun: Any, skip: set[int]) -> Any | None:
    """What it was done to: the object of "of" ("the bombing of a Pan Am plane")."""
    return _object_of(noun, _PATIENT_PREPOSITION, skip)


def _object_of(noun: Any, preposition: str, skip: set[int]) -> Any | None:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == preposition:
            found = next((g for g in child.children if g.dep_ == "pobj"), None)
            if found is not None and found.i not in skip and found.pos_ in _NOUNS:
                return found
    return None


def _prepositional_object(noun: Any, skip: set[int]) -> tuple[Any | None, str | None]:
    """The object of the preposition by which the noun takes what its verb takes as object
    ("a visit to Vietnam", "the attack on the embassy": `data/nominal_phrases.toml`), and
    that preposition; (None, None) when it has none."""
    word = lemma(noun).lower()
    for child in noun.children:
        preposition = child.lower_
        if (
            child.dep_ == "prep"
            and preposition in _TAKING_PREPOSITIONS
            and word in word_list("nominal_phrases", preposition)
        ):
            found = _object_of(noun, preposition, skip)
            return (found, preposition) if found is not None else (None, None)
    return None, None


def _other_phrases(
    noun: Any, skip: set[int], taken: str | None = None, use: str = ""
) -> list[str] | None:
    """The noun's other prepositional phrases, in text order, without time expressions ("over
    Lockerbie", "against the ruling"); None when one is a phrase the verb would take otherwise
    ("a trip to China", "the fighting between …"), unless the verb takes no object ("a
    response to the controversy": responded to it). `taken`: a preposition told as the
    verb's object."""
    phrases = []
    for child in noun.children:
        if child.dep_ != "prep" or child.lower_ in (_AGENT_PREPOSITION, _PATIENT_PREPOSITION):
            continue
        if child.lower_ == taken or any(t.i in skip for t in child.subtree):
            continue  # "in 1988", "on Tuesday"
        if child.lower_ in _OBJECT_PREPOSITIONS and not (
            use == "alone" and child.lower_ in _ALONE_PREPOSITIONS
        ):
            return None
        words = sorted(noun_phrase(child, skip, PHRASE_WORDS))
        if words and child.i in words:
            phrases.append(join_tokens([noun.doc[i] for i in words]))
    return phrases


def _places(head: Any, skip: set[int]) -> set[int]:
    """The place phrases of a patient ("a Pan Am plane over Lockerbie, Scotland"): where it was
    done, told after the verb."""
    return {
        t.i
        for c in head.children
        if c.dep_ == "prep"
        and c.lower_ in _PLACE_PREPOSITIONS
        and c.i not in skip
        and any(g.dep_ == "pobj" and g.ent_type_ in _PLACES for g in c.children)
        for t in c.subtree
    }


def _phrases_of(doc: Any, indices: set[int]) -> list[str]:
    """The tokens `indices` as one phrase, without a mark at its end: [] when there are none."""
    tokens = [doc[i] for i in sorted(indices)]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    return [join_tokens(tokens)] if tokens else []


def _argument(head: Any, skip: set[int]) -> str:
    """The phrase of an agent or a patient, without its "'s"; a possessive pronoun as the name
    of its owner."""
    doc = head.doc
    if head.pos_ == "PRON" or head.lower_ in _POSSESSIVE_PRONOUNS:
        found = resolve_document(doc)
        actor = found.resolve(head)
        if actor is None:
            return ""
        return f"the {actor.text}" if actor.text.lower() in found.definite else actor.text
    own = {c.i for c in head.children if c.dep_ == "case"}  # "Weinstein['s]", not "People's"
    agent = {
        t.i
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == _AGENT_PREPOSITION
        for t in c.subtree
    }
    words = [
        doc[i]
        for i in sorted(noun_phrase(head, skip, ARGUMENT_WORDS) - own - agent)
        if not doc[i].is_space
    ]
    if not any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in words):
        return ""
    if any(t.tag_ in FINITE_TAGS for t in words):
        return ""  # a clause the parse took into the phrase ("rebels in Kashmir angered India")
    return join_tokens(words)


def _bare_singular(subject: Any) -> bool:
    """A singular common noun without an article or a possessor ("change of strategy",
    "assassination of five-time premier"): as a subject it reads as a fragment ("Strategy was
    changed", "Five-time premier was assassinated")."""
    return bool(
        subject.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in subject.children)
    )


def _active(verb: str, past: str, future: bool) -> str:
    return f"will {verb}" if future else past


def _passive(subject: Any, participle: str, future: bool, skip: set[int]) -> str:
    """The passive verb: "were" for a plural or for members joined in the subject's phrase
    as the headline keeps it, else "was"."""
    if future:
        return f"will be {participle}"
    kept = noun_phrase(subject, skip, ARGUMENT_WORDS)
    joined = any(c.dep_ == "conj" and c.i in kept for c in subject.children)
    plural = subject.tag_ in _PLURAL_TAGS or joined
    return f"{'were' if plural else 'was'} {participle}"


def _a_person(token: Any) -> bool:
    """A possessor that is a person: a name ("Weinstein's") or a personal pronoun the
    document resolves ("his")."""
    return token.ent_type_ == "PERSON" or token.lower_ in ("his", "her")


def ranked_infinitive(predicate: Any, skip: set[int], future: bool = False) -> str | None:
    """A "to"-infinitive that tells what made a noun first, last or only ("Suwanee was the
    last Thai weightlifter to win an Asiad gold in 1966"), told as the clause of who did it:
    the subject of the noun's copula or the name the noun describes ("Suwanee won an Asiad
    gold"), else the noun's phrase ("The first English side lifted the European Cup"); None
    for any other verb, a passive, or a clause the text does not assert."""
    noun = predicate.head
    to = [c for c in predicate.children if c.dep_ == "aux" and c.tag_ == "TO"]
    if predicate.dep_ == "xcomp":  # "became the only player to score"
        noun = next((c for c in noun.children if c.dep_ == "attr" and c.i < predicate.i), noun)
    if (
        len(to) != 1
        or predicate.dep_ not in ("relcl", "acl", "xcomp")
        or noun.pos_ != "NOUN"
        or not any(_ranks(t) for t in noun.subtree if t.i < noun.i)
        or any(c.dep_ in ("auxpass", "neg", "nsubj") for c in predicate.children)
        or modality_of(noun) is not Modality.ASSERTED
    ):
        return None
    who = _ranked_one(noun, skip)
    told = [
        t
        for t in predicate.subtree
        if t.i > predicate.i
        and not (t.i in skip or t.is_space or (t.is_punct and t.i == t.head.i))
        and not (t.dep_ == "prep" and _dates(t, skip))
        and not any(a.dep_ == "prep" and _dates(a, skip) for a in t.ancestors if a.i > predicate.i)
    ]
    while told and (told[-1].is_punct or told[-1].pos_ in ("ADP", "CCONJ", "DET")):
        told.pop()
    verb = f"will {predicate.lower_}" if future else _past_of(lemma(predicate).lower())
    text = " ".join(p for p in (who, verb, join_tokens(told)) if p)
    if not who or len(text.split()) > MAX_CLAUSE_WORDS:
        return None
    return text[:1].upper() + text[1:]


def _ranks(modifier: Any) -> bool:
    """A word that ranks a noun: "first", "last", "only", "second", a superlative."""
    return bool(
        modifier.dep_ == "amod"
        and (modifier.lower_ in _RANKS or modifier.tag_ == "JJS" or modifier.ent_type_ == "ORDINAL")
    )


def _ranked_one(noun: Any, skip: set[int]) -> str:
    """Who the ranked noun is: the subject of its copula ("Suwanee was the last …", "the club
    become the first …"), the name it describes ("Ms. Chen, the first woman to …"), a
    pronoun as the name the document gives it; else the noun's phrase before the verb."""
    head = noun.head
    one = None
    if noun.dep_ == "attr":
        one = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif noun.dep_ == "appos":
        one = head
    if one is not None and one.pos_ in (*_NOUNS, "PRON"):
        named = _argument(one, skip)
        if named:
            return named
    own = [t for t in noun.subtree if t.i <= noun.i and t.i not in skip and not t.is_space]
    return join_tokens(own)


def _irregular_past(verb: str) -> str | None:
    """The past tense of a verb whose past is not "-ed" (`data/verb_forms.toml`)."""
    found = word_tables("timeline.events", "verb_forms")["verbs"].get(verb)
    return found[0] if found else None


def _past_of(verb: str) -> str:
    """The past tense of a verb: irregular from `data/verb_forms.toml`, else "-ed"."""
    found = _irregular_past(verb)
    if found:
        return found
    if verb.endswith("e"):
        return verb + "d"
    if len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def infinitive_line(sentence: Any, predicate: Any) -> bool:
    """A headline-style line with no finite verb whose verb is a "to"-infinitive: "The 2010
    Soccer World Cup to be hosted by South Africa", "Apple to launch new iPhone"."""
    to = next((c for c in predicate.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
    if to is None or predicate.dep_ not in _LINE_VERB_DEPS or predicate.head.i > predicate.i:
        return False
    return not any(t.tag_ in FINITE_TAGS for t in sentence)


def infinitive_headline(
    sentence: Any, predicate: Any, skip: set[int], future: bool = False
) -> str | None:
    """The headline of an `infinitive_line`: the line's own words in their order, without its
    time expressions, told in the future, as such a line means ("The 2010 Soccer World Cup to
    be hosted by South Africa" -> "… will be hosted by South Africa", "Apple to launch new
    iPhone in June" -> "Apple will launch new iPhone"); None for any other line."""
    if not infinitive_line(sentence, predicate):
        return ranked_infinitive(predicate, skip, future)
    to = next(t for t in predicate.children if t.tag_ == "TO")
    tokens = [
        t
        for t in sentence
        if not (t.i in skip or t.is_space or (t.dep_ == "prep" and _dates(t, skip)))
    ]
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("ADP", "CCONJ", "DET")):
        tokens.pop()
    if to not in tokens or len(tokens) > MAX_LINE_WORDS:
        return None
    before = join_tokens([t for t in tokens if t.i < to.i])
    after = join_tokens([t for t in tokens if t.i > to.i])
    return f"{before} will {after}" if before and after else None


def _dates(preposition: Any, skip: set[int]) -> bool:
    """A preposition whose object is a time expression ("in June", "on Dec. 24")."""
    return any(c.i in skip for c in preposition.children)
