"""Dependents a noun phrase keeps although their kind is usually cut (`phrases.pruned` drops
clauses, and words joined by "and"): a clause that completes a noun that says nothing alone,
a participle or short relative clause that says which thing, a "for X to V" clause, and the
verb that shares its object with the one before it; a name in apposition that says which, and
the noun of a list of adjectives the parse set in apposition. Read from the parse; word classes are
data (`data/headline_nouns.toml`)."""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import FINITE_TAGS, to_infinitive
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma

BRACKET_WINDOW = 20  # tokens looked at on each side for the brackets a word is in
OWNED_NAME_WORDS = 4  # a name that says which of a pronoun's nouns: "its capital, Helsinki"
RESTRICTING_WORDS = 10  # a participle or clause that says which: "700 Iraqis [living in Turkey]"
BARE_NOUN_RESTRICTING_WORDS = 14  # the same of a noun that says nothing else: "the agreement
# [reached between Israel and the Palestinian National Authority on a Gaza-Egypt crossing]"
_HYPHENS = frozenset({"-", "–"})
_QUANTIFIERS = frozenset({"all", "any", "every", "each", "no"})
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
_OWN_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "dative"})


def infinitive_of_noun(token: Any) -> bool:
    """What a noun of intent is about, in the infinitive: "an attempt to smuggle a statue", "a
    bid to end the dispute" (without it, "foiled an attempt" says nothing)."""
    return (
        token.dep_ in ("acl", "relcl")  # "approved measures [to force landowners…]" (relcl)
        and token.head.pos_ == "NOUN"
        and token.i > token.head.i
        and to_infinitive(token)
    )


def completes(token: Any) -> bool:
    """A clause that completes a noun that says nothing alone ("revolutionise the way [its
    citizens use lavatories]"), or a "that" clause that is a noun's content ("claims [that X
    held an account]"); `data/headline_nouns.toml`."""
    if token.dep_ not in ("relcl", "acl") or token.i < token.head.i:
        return False
    noun = lemma(token.head).lower()
    if noun in word_list("headline_nouns", "nouns"):
        return True
    return noun in word_list("headline_nouns", "content_nouns") and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in token.children
    )


def content_of(token: Any, head: Any, skip: frozenset[int] | set[int] = frozenset()) -> bool:
    """A participle that says what an object, or a quantified subject, is ("voted a resolution
    [condemning capital punishment]", "passed a law [banning smoking]", "backed a resolution
    Friday [asserting that…]", a date of the clause between): without it the object says
    nothing."""
    quantified = head.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("det", "predet") and c.lower_ in _QUANTIFIERS for c in head.children
    )  # "all countries [supporting the motion] would…": without it, not what was said
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBG"
        and token.head.i == head.i
        and (head.dep_ in ("dobj", "attr", "oprd") or quantified)
        and not any(c.dep_ == "nsubj" and c.tag_ == "DT" for c in token.children)  # "each weighing"
        and all(
            i in skip for i in range(_end_before(head, token.left_edge.i) + 1, token.left_edge.i)
        )
    )


def _end_before(noun: Any, start: int) -> int:
    """The last word of `noun`'s phrase before the token at `start`."""
    return int(max((t.i for t in noun.subtree if t.i < start), default=start - 1))


def restricting(token: Any, head: Any, skip: set[int]) -> bool:
    """A short participle right after a noun that says which ones ("700 Iraqis [living in
    Turkey] voted", "a yacht [formerly owned by Bernard Tapie]"): without it, another fact.
    Not one with a date in it ("the man [arrested on Tuesday]"): that is an event of its own."""
    if token.dep_ != "acl" or token.tag_ not in ("VBG", "VBN") or token.head.i != head.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children):
        return False  # "the theory [that the pyramids were built …]": a clause, not a participle
    words = list(token.subtree)
    before = token.doc[words[0].i - 1] if words[0].i > 0 else None
    bare = all(c.dep_ in ("det", "amod") and c.i < head.i for c in head.children if c != token)
    limit = BARE_NOUN_RESTRICTING_WORDS if bare else RESTRICTING_WORDS  # "the latest agreement"
    return (
        before is not None
        and not before.is_punct
        and words[0].i > head.i
        and len([t for t in words if not t.is_punct]) <= limit
        and not any(t.i in skip or (t.is_punct and t.text not in _HYPHENS) for t in words)
    )


def restricting_clause(token: Any, skip: set[int]) -> bool:
    """A short relative clause without a comma that says which thing ("evidence [that put
    Williams on death row]", "the company [that sold the weapons]"): without it, another
    thing. Not on a name (which needs none), not with a date in it (an event of its own)."""
    noun = token.head.pos_ == "NOUN" or token.head.tag_ == "NN"  # "everything [it can]"
    if token.dep_ != "relcl" or not noun or token.i < token.head.i:
        return False
    if _pronoun_told_first(token):
        return False  # "a bomb [they were making]": a pronoun no headline could resolve there
    words = list(token.subtree)
    before = token.doc[words[0].i - 1] if words[0].i > 0 else None
    return (
        before is not None
        and before.i == max(t.i for t in token.head.subtree if t.i < words[0].i)
        and not before.is_punct
        and (
            words[0].lower_ in _RELATIVE_PRONOUNS
            or words[0].dep_ in ("nsubj", "nsubjpass")
            or (words[0].dep_ == "prep" and words[1].lower_ in ("which", "whom"))  # "in which"
        )
        and len([t for t in words if not t.is_punct]) <= RESTRICTING_WORDS
        and not any(t.i in skip or t.is_punct for t in words)
    )


def _pronoun_told_first(clause: Any) -> bool:
    """The clause's subject is a personal pronoun and no subject comes before it in the
    sentence ("A bomb [they were making] exploded"), so nothing there tells who is meant;
    after one ("Fletcher reacted to news that a bar [she owns]…") the reader knows."""
    pronoun = any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" and c.lower_ not in _RELATIVE_PRONOUNS
        for c in clause.children
    )
    if not pronoun:
        return False
    described = {t.i for t in clause.head.subtree}
    doc = clause.doc
    start = clause.left_edge.i
    while start > 0 and not doc[start].is_sent_start:  # (`Token.sent` walks the document)
        start -= 1
    return not any(
        t.dep_ in ("nsubj", "nsubjpass") and t.i not in described
        for t in doc[start : clause.left_edge.i]
    )


def for_clause(token: Any, skip: set[int]) -> bool:
    """A "for X to V" clause a verb hangs on ("time had come [for US forces to quit Iraq]"):
    what the clause is about."""
    return (
        token.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)
        and for_to(token, skip)
    )


def sharing_object(verb: Any) -> Any | None:
    """The verb right after `verb` and "and"/"or" whose object is `verb`'s too, when `verb`
    has none of its own ("must charge or release a man", "to isolate and treat cases")."""
    if verb.pos_ != "VERB" or any(c.dep_ in _OWN_OBJECT_DEPS for c in verb.children):
        return None
    after = _after_and(verb)
    if after is None:
        return None
    other = verb.doc[after]
    if other.dep_ != "conj" or other.head.i != verb.i or other.pos_ != "VERB":
        return None
    if (other.tag_ in FINITE_TAGS) != (verb.tag_ in FINITE_TAGS):
        return None  # "must step down and [warned]": another clause's verb
    return other if any(c.dep_ == "dobj" for c in other.children) else None


def _after_and(verb: Any) -> int | None:
    """The index of the word after the "and"/"or" that follows `verb` and its particle
    ("take [up] and [treat]"), or None when no such word follows."""
    end: int = max([verb.i] + [c.i for c in verb.children if c.dep_ == "prt"])
    if end + 2 >= len(verb.doc) or verb.doc[end + 1].lower_ not in ("and", "or"):
        return None
    return end + 2


def sharing_phrase(verb: Any) -> Any | None:
    """The verb right after `verb` and "and"/"or" whose prepositional phrase completes both,
    when `verb` has nothing after it of its own ("has kept up and will go on [with its
    exchange]"): without it, the first verb says nothing."""
    if verb.pos_ != "VERB" or any(
        c.dep_ in _OWN_OBJECT_DEPS or (c.dep_ == "prep" and c.i > verb.i) for c in verb.children
    ):
        return None
    after = _after_and(verb)
    if after is None:
        return None
    other = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if other is None or any(c.dep_ in _OWN_OBJECT_DEPS for c in other.children):
        return None
    if any(t.pos_ not in ("AUX", "ADV", "PART") for t in verb.doc[after : other.i]):
        return None  # "were killed and [four soldiers] wounded": another subject's act
    return other if any(c.dep_ == "prep" and c.i > other.i for c in other.children) else None


def for_to(clause: Any, skip: set[int]) -> bool:
    """A "for X to V" clause ("called for [every club] to employ…"): what was called for,
    asked or waited for, with its own subject (not a time: "for the winter to escape")."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"] + [
        g  # "called for [Damascus] to do…": the parse hung the subject on the "for"
        for c in clause.children
        if c.dep_ == "mark" and c.lower_ == "for"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return to_infinitive(clause) and any(c.i not in skip for c in subjects)


def extraposed_clause(verb: Any) -> Any | None:
    """The "that" clause an "it" of `verb` stands for ("made it clear [that he would take up
    his battles]", "it is likely [that the plant will close]"): what the clause says."""
    if not any(
        c.lower_ == "it" and c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children
    ):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("advcl", "ccomp")
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def purpose_of_a_verb(token: Any) -> bool:
    """A "to" clause right after a verb of the phrase, or after its object ("vowed to work [to
    improve the team]", "agreed to pay 60 million dollars [to settle accusations…]"): what the
    act was for, which the verb alone does not say."""
    head = token.head
    start = token.left_edge.i
    if token.dep_ != "advcl" or head.pos_ != "VERB" or start <= head.i:
        return False
    if token.doc[start].lower_ != "to" or any(c.dep_ in ("ccomp", "xcomp") for c in head.children):
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    after = objects[0].right_edge.i if objects else head.i  # "pay 60 million dollars [to settle…]"
    return bool(start - 1 == after)


def naming_apposition(token: Any) -> bool:
    """A name set right after a common noun, without a comma, says which one ("the road between
    the capital [Ashgabat] and Kipchak", "the carmaker [Renault]")."""
    return bool(
        token.dep_ == "appos"
        and token.pos_ == "PROPN"
        and token.head.pos_ == "NOUN"
        and token.left_edge.i == token.head.i + 1
        and token.head.whitespace_
        and not in_brackets(token)  # "gross domestic product (GDP)": a short form, an aside
    )


def name_of_an_owned_noun(token: Any) -> bool:
    """A short name set after a comma beside a noun that only a pronoun owns: the name says
    which one ("in its capital[, Helsinki]", "his wife[, Maria Lopez]")."""
    return bool(
        token.dep_ == "appos"
        and token.pos_ == "PROPN"
        and token.head.pos_ == "NOUN"
        and token.left_edge.i == token.head.i + 2
        and token.doc[token.head.i + 1].text == ","
        and token.right_edge.i - token.left_edge.i < OWNED_NAME_WORDS
        and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.head.children)
    )


def noun_after_a_short_form(token: Any) -> bool:
    """The noun a name and its bracketed short form modify, which the parse set in apposition
    to the name ("United Arab Emirates (UAE) [investors] are racing"): without it, the subject
    changes from the investors to the country."""
    bracket = token.left_edge.i - 1
    return bool(
        token.dep_ == "appos"
        and token.pos_ == "NOUN"
        and token.head.pos_ == "PROPN"
        and bracket > token.head.i
        and token.doc[bracket].text == ")"
        and token.doc[bracket].head.i == token.head.i
        and not any(c.dep_ == "det" for c in token.children)
    )


def noun_of_listed_adjectives(token: Any) -> bool:
    """The noun a list of hyphenated adjectives describes, which the parse set in apposition to
    the first ("the twin-engine, [wide-body aircraft]"): without it, no noun."""
    first, comma = token.head, token.left_edge.i - 1
    return bool(
        token.dep_ == "appos"
        and token.pos_ == "NOUN"
        and comma == first.i + 1
        and token.doc[comma].text == ","
        and first.pos_ == "NOUN"  # (not a name: "Ali al-Nuaimi, oil minister")
        and any(c.text in ("-", "–") and c.i < first.i for c in first.children)
        and not any(c.dep_ == "det" for c in token.children)
        and not in_brackets(token)
    )


def in_brackets(token: Any) -> bool:
    """Whether the token stands between an opening and a closing bracket near it."""
    doc = token.doc
    window = doc[max(0, token.i - BRACKET_WINDOW) : token.i + BRACKET_WINDOW]  # not `.sent`
    before = [t.text for t in window if t.i < token.i and t.text in ("(", ")")]
    after = [t.text for t in window if t.i > token.i and t.text in ("(", ")")]
    return bool(before and before[-1] == "(" and after and after[0] == ")")


def bracketed_modifier(token: Any) -> bool:
    """A modifier in brackets ("a 16 billion yen [(126.5 million dollar)] order"): an aside."""
    first = token.left_edge.i
    return bool(
        token.dep_ in ("nmod", "compound", "npadvmod")
        and (token.doc[first].text == "(" or (first > 0 and token.doc[first - 1].text == "("))
    )
