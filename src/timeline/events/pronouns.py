"""What a pronoun stands for when its own sentence names it, read from the parse.

A search in the manner of Hobbs's (1978): up from the pronoun, clause by clause, the first
clause whose arguments before the pronoun hold something the pronoun can mean decides. A
clause the pronoun's clause completes ("AMV announced that it had scored") gives its subject
when that fits; any other clause decides only when it holds exactly one candidate
("Labour, since it became the party of government"; "France has no contacts with rebel
leader Kabila … with him"); with two or more the text does not say which, and the pronoun
stays ("Ghamdi succeeded Khattab after he was killed"). Candidates are the names, the
pronouns of the same kind (resolved in turn) and, for "it", the singular common nouns ("A
Hong Kong group said it…" is the group, not Hong Kong): a common noun beside a name keeps the
text's words, common nouns alone leave the pronoun to the sentences before (the caller's
reading). A name the model labelled elsewhere in the document but not here is a name ("If
Gazprom cuts supplies, as it did…"). A clause's arguments are its subject, objects, the
objects of its prepositions, their possessors, appositions and coordinates, and for a clause
of no subject of its own, who does what it says ("[Belarus] is unable to agree with Gazprom
on its supplies"); not the words of another clause. The subject of the pronoun's own clause
never stands for an object pronoun ("Kabila thanked him"), nor the subject of a verb for the
pronoun the parse makes the subject of a tenseless clause that verb takes ("a period which
will see it hold elections": "it" is no period), nor the noun a relative clause describes
for its subject ("Abe, with whom he will hold talks").

Glossary: a *clause* is a verb with what hangs on it; *up* is from a clause to the one it
hangs on; a *candidate* is what a pronoun may stand for.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from timeline.events.clauses import SUBJECT_DEPS, entities_between, sentence_containing
from timeline.events.vocabulary import word_list
from timeline.models import Actor
from timeline.nlp.lemmas import lemma
from timeline.nlp.misparse import split_subject

MAX_CLAUSES_UP = 4  # how many clauses above the pronoun's own are read
MAX_OF_NAME_WORDS = 6  # "the management of Air France Europe": the name's words after "of"
# How a candidate hangs on the clause that it is an argument of (each step of its path up).
_ARGUMENT_PATH = frozenset({
    "nsubj", "nsubjpass", "dobj", "dative", "pobj", "prep", "agent", "attr", "appos",
    "compound", "conj", "nmod", "oprd", "poss", "advmod",
})  # fmt: skip
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "conj", "relcl", "acl", "xcomp", "pcomp", "parataxis"})
_RELATIVES = frozenset({"who", "that", "which"})
_COMPLEMENTS = frozenset({"ccomp", "xcomp"})  # "X said that it…", "X asked Y to help him"
_VERBS = frozenset({"VERB", "AUX"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
KINDS = {
    "he": frozenset({"he", "him", "his", "himself"}),
    "she": frozenset({"she", "her", "hers", "herself"}),
    "it": frozenset({"it", "its", "itself"}),
}
_MODIFIERS = frozenset({"compound", "nmod", "amod", "npadvmod"})
_PREDICATES = frozenset({"attr", "oprd"})  # a noun that says what the subject is, no other thing
_UNSURE_LABELS = frozenset({"", "NORP", "ORG"})  # a name the model may have misread a person as
_NOT_ANTECEDENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL"})


class Ambiguous:
    """The sentence names two or more things the pronoun can mean: the text's words stay."""


AMBIGUOUS = Ambiguous()


def kind_of(word: str) -> str | None:
    """The kind of a personal pronoun ("him" -> "he"), or None."""
    return next((k for k, words in KINDS.items() if word in words), None)


def in_sentence(
    pronoun: Any,
    fits: Callable[[Any], Actor | None],
    resolve: Callable[[Any], Actor | None],
) -> Actor | Ambiguous | None:
    """The entity `pronoun` stands for when a clause above it in its sentence decides (see
    the module's docstring); `AMBIGUOUS` when the clause holds several candidates; None when
    it holds none (the caller looks earlier).

    Args:
        fits: an entity span's entity, when the pronoun can mean it.
        resolve: what another pronoun of the sentence stands for.
    """
    kind = kind_of(pronoun.lower_)
    if kind is None:
        return None
    owner = _owner_of_what_it_tells(pronoun)
    if owner is not None and (actor := fits(owner)) is not None:
        return actor  # "Beijing's sudden announcement that it would sign": Beijing
    found = decide(pronoun, lambda clause: _candidates(pronoun, clause, kind, fits, resolve))
    if found is None and kind != "it" and a_name_not_read_as_a_person(pronoun):
        return AMBIGUOUS  # "Faruq went into exile, where he died": Faruq, not a person before
    return found if found is None or isinstance(found, Ambiguous | Actor) else None


def decide(
    pronoun: Any,
    candidates: Callable[[Any], Sequence[tuple[Any, Hashable | None]]],
    complements: bool = True,
) -> Hashable | Ambiguous | None:
    """The walk up from `pronoun` (see the module's docstring), for any kind of pronoun:
    `candidates` gives a clause's arguments before the pronoun that it can mean, in text
    order, each as (its head word, what it stands for, or None for no known entity). Returns
    what the deciding clause's candidate stands for, `AMBIGUOUS`, or None. `complements`
    False: a clause the pronoun's completes decides only as any other ("the group says it
    did not halt them": not the group)."""
    own = clause_of(pronoun)
    if own is None:
        return None
    barred = _barred(pronoun, own)
    clause, came_from = own, None
    if _in_subject(pronoun, own):  # what comes before a subject is no argument of its verb
        clause, came_from = _up(own), own.dep_
        told = _told_before(own, pronoun)
        if clause is None and told is not None and pronoun.dep_ == "poss":  # "Israel has put
            # off the link, its army chief said": Israel's
            keys = {key for token, key in candidates(told) if _in_subject(token, told)}
            return next(iter(keys)) if len(keys) == 1 and None not in keys else None
    for _ in range(MAX_CLAUSES_UP + 1):
        if clause is None:
            return None
        found = [(token, key) for token, key in candidates(clause) if token.i not in barred]
        if found:
            first = found[0]
            if complements and came_from in _COMPLEMENTS and first[0].dep_ in SUBJECT_DEPS:
                return AMBIGUOUS if first[1] is None else first[1]
            keys = {key for _, key in found}
            named = keys - {None}
            if not named:
                return None  # only things no name says ("the mission"): the text before may
            return next(iter(named)) if len(keys) == 1 else AMBIGUOUS
        came_from = clause.dep_
        clause = _up(clause)
    return None


def _owner_of_what_it_tells(pronoun: Any) -> Any | None:
    """The name that owns a noun of telling of oneself whose "that" clause has the pronoun for
    its subject ("Beijing's sudden announcement that it would sign", "Kabila's pledge that he
    would step down"): the one who announced it, as a verb of saying's subject is
    (`data/pronouns.toml`: not "Israel's accusation that it sheltered militants")."""
    own = clause_of(pronoun)
    if pronoun.dep_ not in SUBJECT_DEPS or own is None or own.dep_ not in ("acl", "ccomp"):
        return None
    noun = own.head
    if noun.pos_ != "NOUN" or lemma(noun).lower() not in word_list("pronouns", "self_telling"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in own.children):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.ent_iob_ == "O":
        return None
    return next(
        (
            e
            for e in entities_between(owner.doc, owner.left_edge.i, owner.i + 1)
            if e.end == owner.i + 1
        ),
        None,
    )


def described_above(pronoun: Any) -> Any | None:
    """The common noun a subject "it" stands for when its clause completes one whose subject
    that noun is ("The Swiss foreign ministry said it had demanded…"), in a phrase of only
    a determiner, adjectives, nouns and an "of" with a name ("The management of Air France
    Europe said it…"): what to write when no name says what it is."""
    own = clause_of(pronoun)
    if kind_of(pronoun.lower_) != "it" or pronoun.dep_ not in SUBJECT_DEPS or own is None:
        return None
    if own.dep_ not in _COMPLEMENTS:
        return None
    above = clause_of(own.head)
    subject = next((c for c in above.children if c.dep_ in SUBJECT_DEPS), None) if above else None
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return None
    plain = all(
        (c.dep_ in ("det", "amod", "compound") and c.i < subject.i) or _of_a_name(c)
        for c in subject.children
    )
    return subject if plain and subject.left_edge.i < subject.i else None


def _of_a_name(preposition: Any) -> bool:
    """An "of" phrase that names whose a noun is ("the management [of Air France Europe]")."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return (
        preposition.lower_ == "of"
        and len(objects) == 1
        and objects[0].ent_type_ in ("ORG", "GPE")
        and preposition.right_edge.i - preposition.i <= MAX_OF_NAME_WORDS
    )


def _candidates(
    pronoun: Any,
    clause: Any,
    kind: str,
    fits: Callable[[Any], Actor | None],
    resolve: Callable[[Any], Actor | None],
) -> list[tuple[Any, Actor | None]]:
    """What the pronoun may stand for among `clause`'s arguments before it, in text order:
    (the head word, its entity, or None for a candidate that is no known entity and makes
    any choice a guess)."""
    doc = pronoun.doc
    found: list[tuple[Any, Actor | None]] = []
    named: set[int] = set()
    heads = [clause, *(c for c in controllers(clause) if c.i < pronoun.i)]

    def of_clause(word: Any) -> bool:
        return any(argument_of(word, head) for head in heads)

    first = min(head.left_edge.i for head in heads)
    for ent in entities_between(doc, first, pronoun.i):
        if ent.end > pronoun.i or ent.label_ in _NOT_ANTECEDENTS:
            continue
        named |= set(range(ent.start, ent.end))
        actor = fits(ent)
        if actor is not None and of_clause(ent.root) and not holds(ent.root, pronoun):
            found.append((ent.root, actor))
    for token in doc[first : pronoun.i]:
        if token.i in named or not of_clause(token) or token.dep_ in _MODIFIERS:
            continue
        if token.pos_ == "PRON" and kind_of(token.lower_) == kind:
            found.append((token, resolve(token)))
        elif (name := unlabelled_name(token)) is not None:
            if (actor := fits(name)) is not None and not holds(token, pronoun):
                found.append((token, actor))  # "If Gazprom cuts supplies, as it did…"
        elif (
            kind == "it"
            and token.tag_ == "NN"
            and _is_a_thing(token, pronoun)
            and not quoted(token)
        ):
            found.append((token, _named_by_apposition(token, fits) or _country_of(token, fits)))
    return sorted(found, key=lambda pair: pair[0].i)


def controllers(clause: Any) -> list[Any]:
    """Who does what a clause of no subject of its own says, named in the clause it
    completes: the object there ("asked [Budiono] to help"), else the subject ("[it] is
    unable to agree with Gazprom on its supplies")."""
    if clause.dep_ != "xcomp" or any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return []
    above = clause_of(clause.head)
    if above is None:
        return []
    objects = [c for c in above.children if c.dep_ in ("dobj", "dative")]
    return objects or [c for c in above.children if c.dep_ in SUBJECT_DEPS]


def unlabelled_name(token: Any) -> Any | None:
    """The words of a proper noun the model labelled no entity here, though it may elsewhere
    in the document ("Sevilla can ensure they…"): a span for the document to read as a name."""
    if token.pos_ != "PROPN" or token.ent_iob_ != "O" or token.dep_ in (*_MODIFIERS, "flat"):
        return None
    doc, first = token.doc, token.i
    while first > 0 and doc[first - 1].head == token and doc[first - 1].pos_ == "PROPN":
        first -= 1
    return (
        None if any(t.ent_iob_ != "O" for t in doc[first : token.i]) else doc[first : token.i + 1]
    )


def _is_a_thing(noun: Any, pronoun: Any) -> bool:
    """A common noun that "it" may stand for: a phrase that refers ("the deal", "its plan", a
    subject), not a bare noun of a set phrase ("sanctions in force since its invasion"), a
    date, amount or number, nor a phrase that holds the pronoun ("a delay of its results"), nor a
    predicate noun, which is the subject under another name."""
    if noun.dep_ in _PREDICATES:
        return False  # "MBC became [a target] of anger when it broadcast": says what MBC is
    refers = noun.dep_ in SUBJECT_DEPS or any(c.dep_ in ("det", "poss") for c in noun.children)
    return refers and not (
        noun.ent_type_ in _NOT_ANTECEDENTS or noun.like_num or holds(noun, pronoun)
    )


def quoted(noun: Any) -> bool:
    """A noun phrase that opens with a quotation mark: quoted words, whose parse is no
    guide ('"Blair's the seven billion pound loser," declared the Sun, as it savaged…')."""
    first = noun.left_edge
    return bool(first.is_quote or (first.i > 0 and noun.doc[first.i - 1].is_quote))


def _named_by_apposition(noun: Any, fits: Callable[[Any], Actor | None]) -> Actor | None:
    """The entity a common noun is, when a name in apposition says it ("insurance company
    Aachener + Muenchener Versicherung"), or None."""
    for child in noun.rights:
        if child.dep_ == "appos" and child.ent_type_:
            for ent in entities_between(noun.doc, child.left_edge.i, child.i + 1):
                if ent.start <= child.i < ent.end:
                    return fits(ent)
    return None


def _country_of(noun: Any, fits: Callable[[Any], Actor | None]) -> Actor | None:
    """The country a noun that acts for a country stands for, when a country's name owns it
    ("[Somalia's] government plans … now that its forces have arrived": Somalia's forces);
    nations.toml's `speaks_for` (not "Japan's economy … its fastest pace"), or None."""
    if lemma(noun).lower() not in word_list("nations", "speaks_for"):
        return None
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ == "GPE":
            for ent in entities_between(noun.doc, child.left_edge.i, child.i + 1):
                if ent.start <= child.i < ent.end and ent.label_ == "GPE":
                    return fits(ent)
    return None


def _told_before(verb: Any, pronoun: Any) -> Any | None:
    """The clause a verb of saying tells before its subject that holds the pronoun ("Israel
    has put off the link, [its] army chief said"): that clause's subject is who the speaker
    is of, when it is one."""
    return next(
        (c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i < pronoun.i), None
    )


def _barred(pronoun: Any, own: Any) -> set[int]:
    """The words a pronoun cannot stand for: its own clause's subject for an object, the
    subject of the verb above for the object it completes ("X saw it hold"), the noun its
    relative clause describes for the subject of one ("Abe, with whom he…")."""
    if pronoun.dep_ in OBJECT_DEPS:
        return _doers(own)
    if pronoun.dep_ in SUBJECT_DEPS and _object_above(pronoun, own):
        return _doers(own.head)  # "a period which will see it hold elections"
    if own.dep_ == "relcl" and _in_subject(pronoun, own):
        noun = own.head
        return {t.i for t in noun.subtree if t.i < own.left_edge.i or t.i == noun.i}
    return set()


def _object_above(pronoun: Any, own: Any) -> bool:
    """Whether a subject pronoun is the object of the verb its clause completes, in a clause
    of no tense of its own ("will see [it] hold", "expects [it] to grow"; not "said it
    would"): the parse makes it a subject, English an object."""
    above = own.head
    if own.dep_ not in _COMPLEMENTS or above.pos_ not in _VERBS or not above.i < pronoun.i < own.i:
        return False
    helpers = [c for c in own.children if c.dep_ in ("aux", "auxpass", "mark")]
    return own.tag_ == "VB" and all(c.lower_ == "to" for c in helpers)


def doers_of(pronoun: Any) -> set[int]:
    """The words that say who does what the clause of an object pronoun says (see `_doers`)."""
    own = clause_of(pronoun)
    return _doers(own) if own is not None else set()


def holds(word: Any, pronoun: Any) -> bool:
    """Whether the phrase of `word` holds the pronoun ("a delay of its results"), not in a
    clause that describes it ("the Green Alliance, which has grown since it entered…")."""
    for above in pronoun.ancestors:
        if above.i == word.i:
            return True
        if above.dep_ in ("relcl", "acl") and above.head.i == word.i:
            return False
    return False


def _doers(verb: Any) -> set[int]:
    """Who does what `verb` says: its subjects, or for a verb without one the object of the
    verb it completes ("asked Budiono to help him"), else the subjects of the clauses it
    completes ("who was found guilty of abusing him"), and for a relative
    pronoun the noun it stands for (with the name that noun is in apposition to)."""
    found: set[int] = set()
    for _ in range(MAX_CLAUSES_UP + 1):
        found |= _subjects(verb)
        objects = [c for c in controllers(verb) if c.dep_ not in SUBJECT_DEPS]
        if not found and objects:  # "asked Budiono to help him": Budiono helps
            found |= {t.i for o in objects for t in o.subtree if t.i == o.i or t.dep_ == "compound"}
        relative = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ in _RELATIVES]
        if relative and verb.dep_ == "relcl":
            noun = verb.head
            found |= {noun.i, *(t.i for t in noun.children if t.dep_ == "compound")}
            if noun.dep_ == "appos":
                found |= {noun.head.i, *(t.i for t in noun.head.children if t.dep_ == "compound")}
        if found or verb.head is verb:
            return found
        above = clause_of(verb.head)
        if above is None:
            return found
        verb = above
    return found


def clause_of(token: Any) -> Any | None:
    """The verb of the clause that holds `token` (itself if it is one)."""
    for word in [token, *token.ancestors]:
        if word.pos_ in _VERBS or word.dep_ == "ROOT":
            return word
    return None


def _up(clause: Any) -> Any | None:
    """The clause that `clause` hangs on, if it is part of one."""
    if clause.dep_ not in _CLAUSE_DEPS or clause.head is clause:
        return None
    return clause_of(clause.head)


def _in_subject(pronoun: Any, verb: Any) -> bool:
    """Whether `pronoun` is, or is in, a subject of `verb` ("it", "its profits")."""
    return any(
        c.dep_ in SUBJECT_DEPS and c.left_edge.i <= pronoun.i <= c.right_edge.i
        for c in verb.children
    )


def _subjects(verb: Any) -> set[int]:
    """The subjects' own words (not their possessors: "Allawi's support left him" may be
    Allawi) of a verb, or for a verb with none, of the verb it is joined to by "and", whose
    subject it shares."""
    found: set[int] = set()
    while True:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        misread = None if subjects else split_subject(verb)
        for child in subjects or ([misread] if misread is not None else []):
            found |= {
                t.i for t in child.subtree if t.i == child.i or t.dep_ in ("compound", "flat")
            }
        if misread is not None:
            return found  # "after [the CBI] on Sunday implicated him": the parse split it
        if subjects or verb.dep_ != "conj" or verb.head is verb:
            return found
        verb = verb.head


def argument_of(word: Any, clause: Any) -> bool:
    """Whether `word` hangs on `clause` through arguments and phrases only, not through
    another clause, and is no modifier of a common noun ("a Hong Kong group")."""
    if word.dep_ == "compound" and word.head.pos_ == "NOUN":
        return False
    if word.dep_ == "poss" and word.head.pos_ == "PROPN":
        return False  # "Allawi's support left him"; not "a ban to Wisla Krakow's Mijailovic"
    current = word
    while current.i != clause.i:
        if current.dep_ not in _ARGUMENT_PATH or current.head is current:
            return False
        if current.dep_ == "conj" and current.head.pos_ in _VERBS and current.pos_ in _VERBS:
            return False  # a word in a clause joined by "and" is that clause's
        current = current.head
    return True


def extraposed(it: Any) -> bool:
    """A dummy "it" ("it is difficult to say", "it was unclear whether"): it stands for
    nothing."""
    verb = it.head
    return (
        it.dep_ == "nsubj"
        and any(c.dep_ in ("acomp", "attr") for c in verb.children)
        and any(c.dep_ in ("xcomp", "ccomp") and c.i > it.i for c in verb.children)
    )


def a_name_not_read_as_a_person(pronoun: Any) -> bool:
    """Whether the pronoun's sentence has, before it, a proper-noun subject the model did not
    label a person ("Faruq went into exile in Italy, where he died": Faruq, labelled a
    nationality): "he" may mean it, so a person named sentences before is no safe reading."""
    sentence = sentence_containing(pronoun.doc, pronoun.i)  # (Token.sent is slow)
    return any(
        token.dep_ in SUBJECT_DEPS and token.tag_ == "NNP" and token.ent_type_ in _UNSURE_LABELS
        for token in pronoun.doc[sentence.start : pronoun.i]
    )
