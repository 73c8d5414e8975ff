"""Who says what, for a headline: the clause a verb of saying reports, a report that closes
its sentence, a direct quote or reported speech, and what a pronoun subject ("he", "it", a
quote's "I") stands for when a clause above names it."""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import FINITE_TAGS, join_tokens, sentence_containing, subject_of
from timeline.events.descriptions import of_an_organisation
from timeline.events.mentions import person_words
from timeline.events.phrases import noun_phrase
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma
from timeline.temporal.tense import FUTURE_AUX, MODALS, PLAN_VERBS
from timeline.wordlists import word_lists

MAX_CLAUSES_UP = 4  # how far up a pronoun subject (or a clause without one) looks
SUBJECT_WORDS = 14  # the words of a subject's phrase
CLOSING_WORDS = 10  # the words of a closing source's phrase ("…, a senior US official said")
MAX_SPEAKER_TOKENS = 8  # a speaker's name and title after a closing quotation mark
QUOTATION_WORDS = 25  # a quotation longer than this is told as reported speech
_CLAUSE_PRONOUNS = frozenset({"he", "she", "it", "they", "i"})  # "i": a speaker, "X said"
_FIRST_TO_THIRD = {"am": "is", "'m": "is", "have": "has", "'ve": "has", "do": "does"}
_GOVERNED = ("ccomp", "xcomp", "advcl", "conj")  # a clause whose subject may be one above
_POSSESSOR = {"its": "it", "their": "they", "his": "he", "her": "she"}
_SPEAKERS = {"he": {"my": "his", "me": "him"}, "she": {"my": "her", "me": "her"}}
_QUOTES = frozenset({'"', "“", "”", "``", "''", "‘", "'"})
# Auxiliaries of news told as done, and as being done.
_PERFECT_OR_PASSIVE = frozenset({"has", "have", "had", "was", "were", "is", "are", "been"})
_PROGRESSIVE = frozenset({"is", "are", "was", "were", "'s", "'re"})


def verb_lists() -> dict[str, frozenset[str]]:
    """The verb classes of `data/headline_verbs.toml` (reporting, attributing, …)."""
    return word_lists("timeline.events", "headline_verbs")


def reported_clause(verb: Any) -> Any | None:
    """The clause a reporting verb reports ("told the committee that the plant would close")."""
    if lemma(verb).lower() not in verb_lists()["reporting"]:
        return content_told(verb)
    found = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return found if found is not None else _told_in_a_phrase(verb)


def content_told(verb: Any) -> Any | None:
    """The "that" clause of a noun that says what it holds, which the parse hangs on the verb:
    "left little [doubt] on Monday [that China wants to thwart …]"."""
    content = word_list("headline_nouns", "content_nouns")
    nouns = [c for c in verb.children if c.dep_ == "dobj" and lemma(c).lower() in content]
    if not nouns:
        return None
    return next(
        (c for c in verb.children if c.dep_ == "ccomp" and c.i > nouns[0].i and opened_by_that(c)),
        None,
    )


def opened_by_that(clause: Any) -> bool:
    """Whether a clause opens with the conjunction "that" ("… [that] the plant would close")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _told_in_a_phrase(verb: Any) -> Any | None:
    """The "that" clause the parse hung on a word of the verb's phrase: "vowed in a videotape
    aired Wednesday [that the group will not stop attacks]"."""
    for phrase in (c for c in verb.children if c.dep_ == "prep"):
        for clause in phrase.subtree:
            if (
                clause.dep_ in ("acl", "relcl", "ccomp")
                and clause.pos_ in ("VERB", "AUX")
                and opened_by_that(clause)
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            ):
                return clause
    return None


def attribution(sentence: Any, verb: Any) -> tuple[Any, Any] | None:
    """(who, what) of a reporting verb that closes its sentence after a comma without the
    clause it reports in the parse ("A millionairess bought a yacht, a French newspaper
    reported Wednesday", parsed as a description of the yacht's owner): what was reported is
    the sentence's main verb before it."""
    root = sentence.root
    if root.i > verb.i and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        root = verb.head  # "X could enable Y, Minister Z [said], the media reported"
    saying = verb_lists()["attributing"]  # not "agree", "decide"
    quoted = verb.dep_ == "acl" and (
        any(t.tag_ == "''" for t in sentence.doc[root.i : verb.i])
        or verb.head.pos_ == "PROPN"  # "…, Turkish private NTV [reported] on Thursday"
    )  # '"What difference is there," a diplomat asked': a past tense read as a participle
    if (
        lemma(verb).lower() not in saying
        or (verb.tag_ not in ("VBD", "VBZ", "VBP") and not (quoted and verb.tag_ == "VBN"))
        or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)
        or root.i >= verb.i
        or root.pos_ not in ("VERB", "AUX")
        or not _set_off(sentence.doc[root.i : verb.i], verb)
    ):
        return None
    speaker = closing_source(verb, subject_of(verb))
    if speaker is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        speaker = verb.head
    if speaker is None or speaker.pos_ in ("VERB", "AUX"):  # "…, but leaving X, the Times reported"
        speaker = named_before(verb)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    return speaker, root


def speaker_words(speaker: Any) -> set[int]:
    """The tokens of a closing attribution's speaker: its phrase after the last comma before
    its head ("…for next year's World Cup final, [Turkish private NTV] reported": the parse
    took the final for NTV's)."""
    words = {t.i for t in speaker.subtree}
    commas = [i for i in words if i < speaker.i and speaker.doc[i].text == ","]
    return {i for i in words if i > max(commas)} if commas else words


def _set_off(between: Any, verb: Any) -> bool:
    """Whether a closing attribution is set off from what it reports: by a comma, or by a
    closing quote before a past tense ('Iraq faces "chaos" a think-tank [warned]'; not a
    participle: 'in "The Origin of Species" [written] in 1859')."""
    if any(t.text == "," for t in between):
        return True
    return verb.tag_ in FINITE_TAGS and any(t.tag_ == "''" for t in between)


def closing_source(verb: Any, subject: Any | None) -> Any | None:
    """Who a verb of saying that closes its sentence quotes: the noun phrase between the last
    comma and the verb, whatever the parse made of it ("…, a senior US official said"), when
    the parse gave the verb no subject or another phrase far before; else its subject."""
    closing = named_before(verb)
    if closing is not None and (subject is None or _apart(subject, closing)):
        return closing
    return subject


def _apart(subject: Any, closing: Any) -> bool:
    """Whether a closing noun phrase is another phrase than the subject, not an apposition in
    it ("a spokesman for MBC, South Korea's second largest network, told AFP"); one more than a
    subject's length away is another ("a transition of power … following the death of the
    country's president, a senior US official said")."""
    if subject.i >= closing.left_edge.i - 1:
        return False
    inside = closing in set(subject.subtree)  # as the parse has it: often wrong that far away
    return not inside or closing.left_edge.i - subject.i > CLOSING_WORDS


def named_before(verb: Any) -> Any | None:
    """The noun phrase between the last comma and a closing verb of saying, whatever the parse
    made of it ("…, the New York Times reported Thursday", the Times taken as an apposition)."""
    doc = verb.doc
    start = verb.i
    while start > 0 and doc[start - 1].text != "," and verb.i - start < CLOSING_WORDS:
        start -= 1
    if start == 0 or doc[start - 1].text != ",":
        return None
    heads = [t for t in doc[start : verb.i] if not start <= t.head.i < verb.i]
    if len(heads) == 1 and heads[0].pos_ in ("NOUN", "PROPN"):
        return heads[0]
    return None


def told_news(sentence: Any, verb: Any, skip: set[int]) -> Any | None:
    """The news a closing attribution tells, told before its verb of saying ("Velta is recalling
    240,000 packs, the commission said Tuesday": the recall), with no date of its own and
    said as done or being done (not a state, a plan, a forecast or a denial): the event word
    of the saying's date. None for any other verb."""
    if lemma(verb).lower() not in word_list("news_verbs", "attribution"):
        return None
    news = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if news is None:
        found = attribution(sentence, verb)
        news = found[1] if found is not None else None
    word = lemma(news).lower() if news is not None else ""
    if news is None or news.pos_ != "VERB" or word in word_list("states", "stative"):
        return None
    if word == "go" or word in PLAN_VERBS:  # "is going to sell", "is expected to launch"
        return None
    auxiliaries = {c.lower_ for c in news.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & (MODALS | FUTURE_AUX) or any(c.dep_ == "neg" for c in news.children):
        return None
    done = (
        news.tag_ == "VBD"
        or (news.tag_ == "VBN" and bool(auxiliaries & _PERFECT_OR_PASSIVE))
        or (news.tag_ == "VBG" and bool(auxiliaries & _PROGRESSIVE))
    )
    if not done or any(t.i in skip for t in news.subtree):
        return None
    return news


def quoting_pronoun(verb: Any) -> Any | None:
    """The "he" or "she" who says the quotation a clause is in ("'I may propose a meeting,' he
    said"), found up the clauses to a verb of saying; None when no such pronoun says it."""
    saying = saying_above(verb)
    speaker = subject_of(saying) if saying is not None else None
    return speaker if speaker is not None and speaker.lower_ in _SPEAKERS else None


def saying_above(verb: Any) -> Any | None:
    """The verb of saying a quoted clause is told by, up its clauses ("'Today we received the
    results,' the minister told reporters": told); None when there is none."""
    current = verb
    for _ in range(MAX_CLAUSES_UP):
        if current.dep_ not in _GOVERNED or current.head is current:
            return None
        current = current.head
        if lemma(current).lower() in verb_lists()["attributing"]:
            return current
    return None


def first_person_owners(verb: Any, speaker: Any) -> dict[int, str]:
    """ "my" and "me" of a quoted clause as the third person of its speaker ("his", "him")."""
    words = _SPEAKERS[speaker.lower_]
    return {t.i: words[t.lower_] for t in verb.subtree if t.lower_ in words}


def opens_with_quote(sentence: Any, before: int) -> bool:
    """Whether the sentence's words before token `before` open with a quotation mark: a
    direct quote, shown as one; reported speech is told as the reporter told it."""
    words = [t for t in sentence.doc[sentence.start : before] if not t.is_space]
    return bool(words) and (words[0].text in _QUOTES or _closes_a_quote(words))


def quotation(sentence: Any, before: int, reported: Any) -> str | None:
    """The words of the quotation that ends before token `before`, as written, without its
    marks and closing comma; when it is longer than a headline holds, "…" and its reported
    clause from that clause's subject on, or else its opening words and "…": words are never
    left out inside a quotation, only before or after what is shown. None when it is empty."""
    words = [t for t in sentence.doc[sentence.start : before] if not t.is_space]
    while words and words[0].text in _QUOTES:
        words.pop(0)
    marks = [i for i, t in enumerate(words) if t.text in _QUOTES and t.tag_ != "POS"]
    words = words[: marks[-1]] if marks else words
    while words and words[-1].text in (",", ":"):
        words.pop()
    text = "".join(t.text_with_ws for t in words).strip()
    if text and len(text.split()) <= QUOTATION_WORDS:
        return text
    subject = subject_of(reported)
    first = min(reported.i, subject.left_edge.i) if subject is not None else reported.i
    clause = [t for t in words if t.i >= first]
    told = "".join(t.text_with_ws for t in clause).strip()
    if clause and clause[0].i != words[0].i and len(told.split()) <= QUOTATION_WORDS:
        return "… " + told  # "… I can officially announce that the elections are valid"
    if not text:
        return None
    return " ".join(text.split()[:QUOTATION_WORDS]).rstrip(",;:") + " …"  # its opening words


def _closes_a_quote(words: list[Any]) -> bool:
    """Words that end a quotation ('…next month," Kim Jong-hoo') whose opening mark the
    sentence splitter left in a sentence before: a comma or stop, then the closing mark, then
    at most a speaker's name."""
    marks = [i for i, t in enumerate(words) if t.text in _QUOTES and t.tag_ != "POS"]
    if not marks or marks[-1] == 0 or len(marks) > 1:
        return False
    last = marks[-1]
    speaker = words[last + 1 :]
    return (
        words[last - 1].text in (",", ".", "?", "!")
        and len(speaker) <= MAX_SPEAKER_TOKENS
        and all(t.text in ("-", ".") or not t.is_punct for t in speaker)
    )


_NAMING = frozenset({"PROPN", "NOUN", "ADJ"})  # a word that may be part of a name


def lowered(text: str, first: Any) -> str:
    """`text` after a verb of saying: its first letter in lower case unless it opens a name."""
    word = text.split(" ", 1)[0]
    acronym = len(word) > 1 and word.isupper()
    named = first.pos_ == "PROPN" or (
        first.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") and first.pos_ != "DET"
    )
    if named or acronym or word in ("I", "I'm", "I've", "I'd", "I'll"):  # "Chinese virtues"
        return text
    sentence = sentence_containing(first.doc, first.i)
    if any(t.text == word and t.i > sentence.start and t.pos_ in _NAMING for t in sentence):
        return text  # capitalised inside its sentence: a name ("…, Cosmic Air, the airline…")
    return text[:1].lower() + text[1:]


def named_above(predicate: Any, subject: Any, skip: set[int]) -> tuple[str, bool] | None:
    """What a pronoun subject stands for when the clause it governs names it ("The diocese
    said it has agreed to pay"; "Sevilla can ensure they end the year on top if they win"):
    the first subject up the clauses that is a noun phrase the pronoun can mean, and whether
    that is a name (else a description, which the document may name better)."""
    word = subject.lower_
    if subject.pos_ != "PRON" or word not in _CLAUSE_PRONOUNS:
        return None
    return _named_up(word, predicate, skip)


def owner_above(predicate: Any, possessive: Any, skip: set[int]) -> str | None:
    """The owner a possessive pronoun of a clause's subject stands for when a clause above
    names it as its subject ("Alitalia said that its losses would surpass…" -> "Alitalia's
    losses"), by the same reading as `named_above`."""
    word = _POSSESSOR.get(possessive.lower_)
    found = _named_up(word, predicate, skip) if word is not None else None
    if found is None:
        return None
    name, is_a_name = found
    return f"{name}'" if name.endswith("s") and not is_a_name else f"{name}'s"  # "countries'"


def owners_above(
    predicate: Any, noun: Any, skip: set[int], owners: dict[int, str] | None
) -> dict[int, str]:
    """`owners` with the owners of the possessive pronouns of `noun` that a clause above
    names ("Arbel told the radio that her decision, due to be announced…": Arbel's)."""
    found = dict(owners or {})
    for possessive in (c for c in noun.children if c.dep_ == "poss" and c.i not in found):
        owner = owner_above(predicate, possessive, skip)
        if owner is not None:
            found[possessive.i] = owner
    return found


def _named_up(word: str, predicate: Any, skip: set[int]) -> tuple[str, bool] | None:
    verb = predicate
    for _ in range(MAX_CLAUSES_UP):
        if verb.dep_ not in _GOVERNED or verb.head is verb:
            return None
        adverbial = verb.dep_ == "advcl"
        if word == "it" and adverbial:
            return None  # "X imposed sanctions on Y after it invaded": X or Y, the text says not
        verb = verb.head
        if adverbial and word in ("he", "she") and any(_can_mean(word, o) for o in _objects(verb)):
            return None  # "Ghamdi succeeded Khattab after he was killed": either of them
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
        return join_tokens(tokens), _is_name(above)
    return None


def _is_name(noun: Any) -> bool:
    """A proper noun, or a capitalised singular noun without a determiner that the tagger
    took for a common one ("Arianespace, which operates the rocket, said it planned …")."""
    if noun.pos_ == "PROPN":
        return True
    return bool(
        noun.tag_ == "NN"
        and noun.text[:1].isupper()
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    )


def _objects(verb: Any) -> list[Any]:
    """The objects of a verb, and the objects of its prepositions."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr")]
    return found + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]


def _can_mean(word: str, noun: Any) -> bool:
    """Whether pronoun `word` can stand for the noun phrase headed by `noun`: "he"/"she" for a
    person, "it" for a singular name that is not one, "they" for a plural or an organisation."""
    person = bool(noun.ent_type_ == "PERSON") or (  # "TRIS president Vuthipong", an ORG
        noun.pos_ == "PROPN"  # to the model: a title before a name says a person
        and any(c.dep_ == "compound" and lemma(c).lower() in person_words() for c in noun.children)
    )
    if word in ("he", "she"):
        return person
    if word == "i":  # the speaker of a quote: "'I must go,' Zhang said"
        return person or noun.pos_ == "PROPN"
    if word == "it":  # a name that is no person: "a resident … it" is more often a thing
        named = noun.tag_ == "NN" and any(  # "The United Front coalition said it hoped"
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children
        )
        organisation = of_an_organisation(noun)  # "The Finnish company said its sales…"
        return (noun.tag_ == "NNP" or _is_name(noun) or named or organisation) and not person
    return noun.tag_ in ("NNS", "NNPS") or noun.ent_type_ in ("ORG", "NORP", "GPE")  # a team


def third_person(verb: Any) -> dict[int, str] | None:
    """The words that change when "I" becomes a name ("am" -> "is", "have" -> "has", "want"
    -> "wants"), by index; None for a verb that cannot be told so."""
    changed = {
        t.i: _FIRST_TO_THIRD[t.lower_]
        for t in [verb, *verb.children]
        if t.lower_ in _FIRST_TO_THIRD and t.tag_ == "VBP" and (t.i == verb.i or t.dep_ == "aux")
    }
    if verb.tag_ == "VBP" and verb.lower_ not in _FIRST_TO_THIRD:
        if not verb.text.isalpha() or not verb.text.islower():
            return None  # "'m", a word in capitals: left as is
        changed[verb.i] = _third_singular(verb.text)  # "I want" -> "Berg wants"
    return changed


def _third_singular(word: str) -> str:
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        return word + "es"
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def quote_opening(tokens: list[Any], reported: Any) -> dict[int, str]:
    """The first word of a quotation told after its verb, in lower case as reported speech."""
    first = next((t for t in tokens if t.i >= reported.left_edge.i and not t.is_punct), None)
    if first is None or first.i == 0:
        return {}
    before = first.doc[first.i - 1]
    if before.text not in ('"', "“", "'", ":") or first.text != first.text.capitalize():
        return {}
    return {first.i: lowered(first.text, first)}


_SPEAKING = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})


def direct_quote(tokens: list[Any], verb: Any) -> int:
    """Where in `tokens` a quotation told after its verb starts, when only its own words can
    tell it: it speaks in the first or second person or opens on a command (0 otherwise)."""
    doc = verb.doc
    position = next(
        (
            n
            for n, t in enumerate(tokens)
            if t.i > verb.i + 1
            and not t.is_punct
            and doc[t.i - 1].text in ('"', "“")
            and doc[t.i - 2].text in (":", ",")  # a whole quotation, not a quoted word
        ),
        0,
    )
    if not position or any(t.text in ('"', "“") for t in doc[tokens[0].i : verb.i]):
        return 0  # a quotation before the verb is told otherwise
    first = tokens[position]
    speaking = any(t.lower_ in _SPEAKING for t in tokens[position:])
    return position if speaking or first.tag_ == "VB" else 0
