"""Noun phrases for a headline, cut without changing what they say.

A phrase loses its clauses, appositions and time expressions; it keeps its coordinated names
("Russia and Pakistan"), what a noun of intent is about ("an attempt to smuggle…") and a name
in capitals whole ("the Secretary of State for Trade and Industry"); cut to a number of words,
it drops whole coordinated members first, then whole prepositional phrases, the farthest first.
"""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import (
    DROP_DEPS,
    FINITE_TAGS,
    HYPHENS,
    PARTICLES,
    glued_names,
    is_time_phrase,
    joined_hyphens,
    phrase,
)
from timeline.events.kept import (
    bracketed_modifier,
    completes,
    content_of,
    for_clause,
    for_to,
    in_brackets,
    infinitive_of_noun,
    name_of_an_owned_noun,
    naming_apposition,
    noun_after_a_short_form,
    noun_of_listed_adjectives,
    purpose_of_a_verb,
    restricting,
    restricting_clause,
    sharing_object,
)
from timeline.nlp.reads import kept_per_word_and_skip

SYMBOLS = frozenset({"%", "$", "€", "£"})  # punctuation to the tokenizer, words to a reader
NAME_WORDS = 10  # a name in capitals is kept whole up to this many words
MODIFIER_DEPS = ("poss", "compound", "nummod", "amod", "nmod")
_MODIFIER_OF_NOUN = frozenset({"amod", "compound", "nmod"})
_PAIRING = frozenset({"between", "among", "amongst"})  # a list there is whole or nothing
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "&", "de", "du", "la", "von", "van"})


def noun_phrase(head: Any, skip: set[int], limit: int) -> set[int]:
    """A noun phrase (or an object) without its clauses, appositions and time expressions, cut
    to `limit` tokens by whole prepositional phrases, the farthest first ("the rise in the
    value of the pound" -> "the rise in the value"), never in the middle of one ("the value of
    the"). A time expression inside the phrase is left out: "the results of the 1992 study" ->
    "the results of the study", not "the results of the"."""
    kept = pruned(head, skip)
    if _is_name(head, kept):  # "the Secretary of State for Trade and Industry": kept whole
        limit = max(limit, NAME_WORDS)
    if head.dep_ == "prep" and not any(c in kept for c in head.children):
        return set()  # a preposition whose object is a time expression or a clause
    members = sorted(
        (
            t
            for t in kept
            if t.dep_ == "conj"
            and t.i != head.i
            and not _modifiers(t, t.head)
            and t.ent_iob_ != "I"  # "Organisation for Security and Cooperation in Europe"
        ),
        key=lambda t: -abs(t.i - head.i),
    )  # "South Korean and US officials": modifiers joined stay whole
    which = (t for t in kept if restricting_clause(t, skip) and not completes(t))  # "the way
    for clause in sorted(which, key=lambda t: -t.i):  # [troops were used]": not without it
        if word_count(kept) <= limit:  # a clause that says which goes before a list member
            break
        kept -= pruned(clause, skip)
    for member in members:  # "a trade deficit of $3 billion and a budget deficit of…": the
        if word_count(kept) <= limit:  # second member goes first, before any phrase of the first
            break
        between = _between_of(member)
        if between is not None:  # "clashes [between Hamas and a local clan]": both or neither
            if between.i != head.i:
                kept -= pruned(between, skip) | {between}
            continue
        kept -= pruned(member, skip) | {c for c in member.head.children if c.dep_ == "cc"}
        # what follows a member left out went with the whole list ("a former spy [and critic]
        # of Putin"): not with the first member alone
        kept -= {t for t in member.head.subtree if t.i > member.i}
    attachments = sorted(  # (a clause that says which goes with the phrases, farthest first)
        (t for t in kept if t.dep_ in ("prep", "relcl") and t.i != head.i),
        key=lambda t: (-abs(t.i - head.i), -t.i),
    )
    for prep in attachments:
        if word_count(kept) <= limit:
            break
        if prep in kept:
            kept -= pruned(_whole_clause_of(prep, head), skip)
    kept = _whole_coordinations(kept, head, skip)
    if word_count(kept) > limit:  # cut nearest the head, never inside a hyphenated word
        kept = _whole_words({head.doc[i] for i in phrase(head, skip, limit=limit)}, skip)
    indices = {t.i for t in kept}
    indices = _whole_lists(indices, head, skip)
    if head.dep_ == "prep" and not any(c.i in indices for c in head.children):
        return set()  # "wiped 40 million pounds off": the preposition without its object
    indices = _trimmed(indices, head)
    return {t.i for t in _whole_participles({head.doc[i] for i in indices})}


def _between_of(member: Any) -> Any | None:
    """The "between" whose object a member is joined to: a pair it needs whole."""
    first = member.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    above = first.head
    return above if first.dep_ == "pobj" and above.lower_ == "between" else None


def _shares_its_object(member: Any) -> bool:
    """A preposition joined to one with no object of its own ("visits to or from Iran"): left
    out, it would leave "visits to" without its object."""
    first = member.head
    return first.pos_ == "ADP" and all(c.dep_ in ("cc", "conj") for c in first.children)


def _whole_clause_of(prep: Any, head: Any) -> Any:
    """The relative clause a phrase to cut is in, if any: a clause that says which goes
    whole or not at all ("a fire that was initially blamed [on racists]")."""
    current = prep
    while current.i != head.i and current.head.i != current.i:
        if current.dep_ == "relcl" and not any(c.tag_ == "TO" for c in current.children):
            return current  # (not "the latest leader [to reject a call …]")
        current = current.head
    return prep


def word_count(tokens: set[Any]) -> int:
    """Words as a reader counts them: "21-year-old" and "Lord's" are one word each, a
    punctuation mark none (the tokenizer makes five tokens of "21-year-old")."""
    count = 0
    for token in tokens:
        if token.is_punct:
            continue
        before = token.doc[token.i - 1] if token.i > 0 else None
        if before is None or before.whitespace_ or before not in tokens:
            count += 1
        elif before.is_punct and before.text not in HYPHENS:
            count += 1  # "(Reuters": a word after a bracket
    return count


def _whole_coordinations(kept: set[Any], head: Any, skip: set[int]) -> set[Any]:
    """A coordinated member whose own phrase was cut is left out with its "and": never "put
    Labour on 52 percent and the Conservatives" for "… and the Conservatives on 28 percent"."""
    for conj in sorted((t for t in kept if t.dep_ == "conj" and t is not head), key=lambda t: t.i):
        whole = _but_clauses(pruned(conj, skip), conj, skip)  # (a clause that says which may go)
        if conj in kept and not whole <= kept:
            first = conj.head
            while first.dep_ == "conj" and first.head is not first and first in kept:
                first = first.head  # "discipline, command and control": the whole list goes
            for member in [first, *first.subtree]:
                if member.dep_ in ("conj", "cc") and member.head in kept | {first}:
                    kept = kept - pruned(member, skip) - {member}
    return kept


def _but_clauses(tokens: set[Any], top: Any, skip: set[int]) -> set[Any]:
    """`tokens` but those of a clause below `top` that says which thing (`restricting_clause`)."""
    inside = {
        t.i for c in tokens if c.i != top.i and restricting_clause(c, skip) for t in c.subtree
    }
    return {t for t in tokens if t.i not in inside}


def _whole_lists(indices: set[int], head: Any, skip: set[int]) -> set[int]:
    """A list cut after some of its members ("discipline, command [and control]") loses all
    but its first member: a list that looks whole but is not says something else."""
    doc = head.doc
    whole = {t.i for t in pruned(head, skip)}  # members the parse hung elsewhere are no part
    for i in sorted(whole):
        token = doc[i]
        if token.dep_ != "conj" or i == head.i:
            continue
        first = token.head
        while first.dep_ == "conj" and first.head.i != first.i and first.i != head.i:
            first = first.head
        if first.i not in indices:
            continue  # not a list inside the phrase
        members = [
            t for t in first.subtree if t.dep_ in ("conj", "cc") and t.i > first.i and t.i in whole
        ]
        chain = {t.i for m in members for t in _but_clauses(pruned(m, skip), m, skip)}
        if not chain <= indices:
            indices = indices - chain - {t.i for t in members}
            if first.dep_ == "pobj" and first.head.lower_ in _PAIRING and first.head.i != head.i:
                indices -= {t.i for t in pruned(first.head, skip)}  # "between X [and Y]": none
            indices -= {
                j for j in indices if j > first.i and doc[j].text == "," and j - 1 == first.i
            }
    return indices


def _is_name(head: Any, kept: set[Any]) -> bool:
    """A proper name or title written in capitals with its joining words ("Hong Kong Special
    Administrative Region Chief Executive Donald Tsang"): cutting it changes who is meant."""
    return head.pos_ == "PROPN" and all(
        t.text[:1].isupper() or t.lower_ in _NAME_JOINERS or t.is_punct for t in kept
    )


@kept_per_word_and_skip
def pruned(head: Any, skip: set[int]) -> set[Any]:
    """`head` and its dependents, without clauses, appositions and time expressions (a set
    of the caller's own)."""
    tokens = {head}
    stack = list(head.children)
    while stack:
        token = stack.pop()
        if (
            token.i in skip
            and token.dep_ in MODIFIER_DEPS
            and token.head in tokens
            and token.head.ent_type_ != "PERSON"  # "said Monday Brad Drewett": no name's part
        ):
            tokens.update(token.subtree)  # "next year's contest": part of the noun phrase
            continue
        names = glued_names(token, skip) if token.i in skip and token.dep_ == "pobj" else []
        if names:
            tokens.update(c for c in token.children if c.dep_ == "det" and c.i < names[0].i)
            tokens.update(t for name in names for t in name.subtree)
            continue  # "of the IMF [Monday]"
        dropped = token.dep_ in DROP_DEPS and not _kept_clause(token, head, skip)
        if dropped or token.i in skip or bracketed_modifier(token):
            continue
        if subject_of_a_clause(token):
            continue
        if is_time_phrase(token, skip):
            continue
        tokens.add(token)
        stack.extend(token.children)
    return _whole_participles(_whole_words(tokens, skip))


def _kept_clause(token: Any, head: Any, skip: set[int]) -> bool:
    """A dependent of a kind a phrase leaves out (a clause, an apposition, a conjunction) that
    this phrase keeps: a hyphen, a list member, what completes or says which thing it is."""
    return bool(
        token.text in ("-", "–", "'", "’")
        or _coordinated(token)
        or infinitive_of_noun(token)
        or completes(token)
        or (token.dep_ == "mark" and token.lower_ == "that" and completes(token.head))
        or (token.dep_ == "mark" and token.lower_ == "whether")  # "discuss [whether] it closes"
        or _for_of_infinitive(token, skip)
        or content_of(token, head, skip)
        or restricting(token, token.head, skip)
        or restricting_clause(token, skip)
        or for_clause(token, skip)
        or purpose_of_a_verb(token)
        or _measured(token)
        or naming_apposition(token)
        or name_of_an_owned_noun(token)
        or noun_after_a_short_form(token)
        or noun_of_listed_adjectives(token)
    )


def _whole_participles(tokens: set[Any]) -> set[Any]:
    """A participle left without any of its words is left out too: "a team [led]" and "UN
    sanctions [imposed]" when the phrase lost "by the refugee leader", "after its test"."""
    for token in list(tokens):
        if token.dep_ == "acl" and token.tag_ in ("VBG", "VBN") and token in tokens:
            words = [c for c in token.children if not c.is_punct]
            if words and not any(c in tokens for c in words):
                tokens -= set(token.subtree)
    return tokens


def _for_of_infinitive(token: Any, skip: set[int]) -> bool:
    """The "for" of "called [for] every club to employ…": without it, no clause."""
    return token.dep_ == "mark" and token.lower_ == "for" and for_to(token.head, skip)


# Conjunctions the parse may read as prepositions, their clause's subject as the object.
CONJUNCTIONS = frozenset({"as", "while", "after", "before", "since", "until", "because", "when"})


def subject_of_a_clause(token: Any) -> bool:
    """A conjunction the parse read as a preposition, its clause's subject as its object ("…
    base leases [as a new sex attack] threatened to cause…"): a clause cut after its subject."""
    if token.dep_ != "prep" or token.lower_ not in CONJUNCTIONS:
        return False
    doc = token.doc
    objects = [c for c in token.children if c.dep_ == "pobj"]
    after = [token.right_edge.i + 1] + [o.i + 1 for o in objects]  # "[as a new scandal] threatened"
    return any(i < len(doc) and doc[i].tag_ in FINITE_TAGS and doc[i].dep_ != "aux" for i in after)


def _coordinated(token: Any) -> bool:
    """A name or noun joined to a noun by "and"/"or", with its conjunction: "trade between
    Russia and Pakistan", "Lawrence and Halden", "Secretary of State for Trade and Industry";
    a verb that shares its object with the one before ("to isolate [and treat] cases"); a
    preposition that shares its object ("visits to [or from] Iran")."""
    if token.dep_ in ("conj", "cc") and _shares_its_object(token):
        return True
    if token.dep_ in ("conj", "cc") and _between_of(token) is not None:
        return True  # "clashes between Hamas [and a powerful local clan]": a pair, whole
    if token.dep_ == "conj":
        return (
            _alike(token, token.head)
            or _modifiers(token, token.head)
            or getattr(sharing_object(token.head), "i", None) == token.i
        )
    if token.dep_ == "cc" and _between_modifiers(token):
        return True
    if token.dep_ == "cc":
        return (
            any(
                c.dep_ == "conj" and (_alike(c, token.head) or _modifiers(c, token.head))
                for c in token.head.children
            )
            or sharing_object(token.head) is not None
        )
    return False


def _between_modifiers(cc: Any) -> bool:
    """An "and" between two modifiers of one noun that the parse left unjoined ("Wheat [and]
    soybean prices": "Wheat" a modifier of "prices", "soybean" another)."""
    first = cc.head
    after = cc.doc[cc.i + 1] if cc.i + 1 < len(cc.doc) else None
    return (
        after is not None
        and first.dep_ in _MODIFIER_OF_NOUN
        and after.dep_ in _MODIFIER_OF_NOUN
        and after.head.i == first.head.i
        and first.i < cc.i < after.i < first.head.i
    )


def _modifiers(one: Any, other: Any) -> bool:
    """Two words joined before the noun they both modify ("South Korean and US officials",
    "state and local taxes"): without one, the phrase says another thing."""
    noun = other.head
    return (
        other.dep_ in ("amod", "compound", "nmod")
        and noun.pos_ in ("NOUN", "PROPN")
        and other.i < one.i < noun.i
    )


def _whole_words(tokens: set[Any], skip: set[int]) -> set[Any]:
    """Each hyphenated word a kept token is part of, whole ("three-[plus]-one", "al-[Assad]"):
    the parse hangs its parts on different heads."""
    doc = next(iter(tokens)).doc
    hyphens = joined_hyphens(doc)
    if not hyphens:
        return tokens
    whole = set(tokens)
    for token in tokens:
        for step in (-1, 1):
            i = token.i
            while i + step in hyphens and i + 2 * step not in skip:
                whole |= {doc[i + step], doc[i + 2 * step]}
                i += 2 * step
    return whole


def _measured(token: Any) -> bool:
    """The noun an amount measures, that the parse set beside the amount ("won a 16 billion yen
    (126.5 million dollar) [order]"): without it the phrase ends on the amount."""
    return bool(
        token.dep_ == "appos"
        and token.pos_ == "NOUN"
        and token.head.ent_type_ in ("MONEY", "QUANTITY")
        and token.i > token.head.i
        and all(t.ent_type_ in ("MONEY", "QUANTITY") or t.is_punct for t in token.lefts)
        and not in_brackets(token)  # "(98.5 million dollar)": an aside
    )


def _alike(one: Any, other: Any) -> bool:
    """Two nouns, two numbers or two names: a name joined to a common noun ("52 percent and the
    Conservatives") is more often a misparse than a coordination, unless each has its own
    determiner ("between the government, the UN and the rebels")."""
    if one.pos_ == other.pos_ and one.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):  # "237 and 253"
        return True
    determined = all(any(c.dep_ == "det" for c in w.children) for w in (one, other))
    pronoun = {one.pos_, other.pos_} == {"PRON", "NOUN"}  # "him and 55 other politicians"
    return (
        pronoun
        or (determined and {one.pos_, other.pos_} == {"NOUN", "PROPN"})
        or _named_noun(one, other)
        or _named_noun(other, one)
        or _titled_name(one, other)
        or _titled_name(other, one)
    )


def _titled_name(name: Any, noun: Any) -> bool:
    """A name with a title joined to a title ("former prime minister and ex-commander [Ramush
    Haradinaj]"): two titles of one person, or two people each with a title."""
    return (
        name.pos_ == "PROPN"
        and noun.pos_ == "NOUN"
        and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in name.children)
    )


def _named_noun(name: Any, noun: Any) -> bool:
    """A name and a noun a name modifies: "UN and [US] sanctions"."""
    return (
        name.pos_ == "PROPN"
        and noun.pos_ == "NOUN"
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
    )


def _trimmed(indices: set[int], head: Any) -> set[int]:
    """No phrase ends on a word that needs what follows it ("of the", "neighbouring")."""
    doc = head.doc
    for i in sorted(indices, reverse=True):
        if i == head.i or not dangles(doc[i]):
            break
        indices = indices - {i}
    return indices


def dangles(token: Any) -> bool:
    """A word a headline cannot end on: punctuation, "and", "the", a preposition without its
    object (but not a particle: "will step down")."""
    if token.text in SYMBOLS:
        return False
    if token.tag_ == "POS" and token.head.dep_ != "poss":
        return False  # a name's own "'s", no owner's: "at Lord's", "outside McDonald's"
    if token.is_punct or token.pos_ in ("CCONJ", "DET", "SCONJ") or token.tag_ in ("WP", "WDT"):
        return True  # (and "what", "which": "for what [were personal reasons]")
    if (
        token.dep_ in ("amod", "compound", "nummod", "poss", "nmod")
        and token.head.i > token.i
        and not (token.pos_ == "PROPN" and token.head.ent_type_ in ("DATE", "TIME"))
    ):
        return True  # a modifier without its noun: "exports of timber to neighbouring"
        # (but a name is whole before a date the parse hung it on: "of the IMF [Monday]")
    if (
        token.pos_ == "ADV"
        and token.i > 0
        and token.doc[token.i - 1].text == ","
        and any(c.dep_ == "prep" and c.i > token.i for c in token.children)
    ):
        return True  # an adverb without its phrase: "amounted to 4.5 trillion won, up [from …]"
    doc = token.doc
    if token.i + 2 < len(doc) and not token.whitespace_ and doc[token.i + 1].text == "-":
        return True  # half a word joined by a hyphen: "to [re]-open"
    if (
        token.i + 1 < len(doc)
        and doc[token.i + 1].lower_ == "as"
        and token.i > 0
        and (doc[token.i - 1].lower_ == "as")
    ):
        return True  # a comparison without its second half: "stay in Iraq as long [as …]"
    if token.lower_ == "as" and token.dep_ == "advmod":
        return True  # what is left of it: "as [long as …]"
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.dep_ == "pcomp" and token.tag_ == "VBG" and not any(token.children) and following:
        return following.pos_ in ("ADJ", "NOUN", "PROPN")  # "after [retreating] fighters opened"
    return token.pos_ in ("ADP", "PART") and token.dep_ != "prt" and token.lower_ not in PARTICLES


def whole_lists(doc: Any, keep: set[int]) -> set[int]:
    """`keep` without the members of a list of nouns whose last members it lost ("his dismay
    at the breakdown in discipline, command [and control]" -> "… in discipline"): a list that
    looks whole but is not says something else."""
    for i in sorted(keep):
        first = doc[i]
        if first.dep_ == "conj" or first.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        chain, stack = [], [first]
        while stack:
            member = stack.pop()
            for child in member.children:
                if child.dep_ == "conj":
                    chain.append(child)
                    stack.append(child)
        kept = [m for m in chain if m.i in keep]
        if kept and len(kept) < len(chain):
            for member in chain:
                keep = keep - {t.i for t in member.subtree}
            keep -= {
                c.i
                for m in [first, *chain]
                for c in m.children
                if c.dep_ == "cc" or (c.text == "," and c.i > first.i)
            }
    return keep
