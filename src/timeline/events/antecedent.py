"""What a clause without a subject of its own is about: the noun a ", which" clause agrees
with, the name a description in apposition stands beside, and the telling a participle on
"remarks" or "a statement" dates (read by `timeline.events.headline`)."""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import FINITE_TAGS, subject_of
from timeline.events.mentions import person_words
from timeline.events.speech import verb_lists
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma

_NOUNS = ("NOUN", "PROPN")
_WHERE = frozenset({"at", "in", "inside", "near", "outside"})  # a place a clause happens in
HELD_CHAIN_STEPS = 6
FAR_RELATIVE_WORDS = 4  # words between a noun and a relative word the parse hung on it


def agreeing_noun(noun: Any, verb: Any) -> Any:
    """What a relative clause is about when the parse hung it on a noun whose number the verb
    denies: in "the investment ban on US companies in Burma, which was announced" the singular
    "was" is about the ban, not the companies; a plural verb on the last of a list is about
    the whole list, a singular one about the list's last member."""
    plural = _verb_number(verb)
    if _place_of(noun) and (plural is None or _plural_noun(noun.head.head) == plural):
        return noun.head.head  # "the WTO meeting in Hong Kong, which opens Tuesday"
    if plural is False and not _plural_noun(noun):
        last = _last_listed(noun)
        if last.i != noun.i and verb.left_edge.i > last.right_edge.i:
            return last  # "righthanders Ben Sheets, Dave Bush and Claudio Vargas, who was…"
    if plural and noun.dep_ == "conj" and not _plural_noun(noun):
        first = noun
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        return first  # "two Iranian women and an Iraqi guide who were abducted": all three
    current = noun
    for _ in range(3):
        if plural is None or _plural_noun(current) == plural:
            return current
        prep = current.head
        if current.dep_ != "pobj" or prep.dep_ != "prep":
            break
        if prep.head.lower_ == "one" and plural is False:
            return _one_of(prep.head)  # "Hannawi is one of the most wanted militants, who is…"
        if prep.head.pos_ not in ("NOUN", "PROPN"):
            break
        current = prep.head
    return current if plural is not None and _plural_noun(current) == plural else noun


def noun_before_the_relative(noun: Any, clause: Any) -> Any:
    """The noun right before a relative clause's word with no comma between, when the parse
    hung the clause on a noun far before it ("the final meeting … before the 17th Ministerial
    Meeting and the 13th Leaders' [Meeting] that will take place on Nov. 18-19"): a clause
    that says which thing follows its noun; `noun` when the verb's number denies it."""
    doc = clause.doc
    relative = clause.left_edge
    if relative.lower_ not in ("that", "which", "who") or relative.i == 0:
        return noun
    before = doc[relative.i - 1]
    if before.pos_ not in _NOUNS or before.dep_ == "compound" or before.i == noun.i:
        return noun
    if before.ent_type_ in ("GPE", "LOC") or lemma(before).lower() in word_list(
        "time_nouns", "nouns"
    ):
        return noun  # "set up in 1994 in northern [Tanzania] that became…"
    if relative.lower_ == "who" and before.ent_type_ != "PERSON":
        return noun  # "Puskas, one of the greatest footballers of all [time] who led…"
    if relative.i - noun.i <= FAR_RELATIVE_WORDS or before not in set(noun.subtree):
        return noun
    plural = _verb_number(clause)
    return before if plural is None or _plural_noun(before) == plural else noun


def _last_listed(noun: Any) -> Any:
    """The last member of the list `noun` heads (`noun` itself when it heads none)."""
    last = noun
    while True:
        listed = [c for c in last.children if c.dep_ == "conj"]
        if not listed:
            return last
        last = listed[-1]


def _one_of(one: Any) -> Any:
    """Who "one of the …" is, when a clause says so ("Hannawi is one of …"): its subject."""
    if one.dep_ == "attr" and lemma(one.head).lower() == "be":
        subject = subject_of(one.head)
        if subject is not None and subject.pos_ == "PROPN":
            return subject
    return one


_SOURCE_PREPOSITIONS = frozenset({"according", "thanks"})  # "according to [a report …]"


def telling_verb(participle: Any) -> Any | None:
    """The verb of a clause told in the words a participle describes ("Haniya told Al-Arabiya
    in [remarks broadcast Monday]", "according to [estimates released by Munich Re]", "[a
    poll released Wednesday] suggested"): the participle dates the telling, which is the news."""
    noun, preposition = participle.head, participle.head.head
    if preposition.lower_ == "to" and preposition.head.lower_ in _SOURCE_PREPOSITIONS:
        preposition = preposition.head  # "according to a statement released by the university"
    if (
        participle.dep_ != "acl"
        or participle.tag_ != "VBN"
        or lemma(noun).lower() not in word_list("headline_nouns", "telling_nouns")
        or lemma(participle).lower() not in word_list("headline_nouns", "making_public")
    ):
        return None
    if (
        noun.dep_ == "nsubj"
        and noun.head.pos_ == "VERB"
        and noun.head.dep_ in ("ROOT", "conj")
        and lemma(noun.head).lower() in verb_lists()["reporting"]
    ):
        return noun.head  # "[Another poll released on Wednesday] suggested that…" (but "a
        # poll published Wednesday electrified the campaign": the publishing is the act dated)
    if (
        noun.dep_ == "pobj"
        and preposition.dep_ == "prep"
        and preposition.head.pos_ in ("VERB", "AUX")
        and (
            subject_of(preposition.head) is not None
            or (preposition.head.dep_ == "conj" and subject_of(preposition.head.head) is not None)
        )
        and (
            preposition.head.dep_ in ("ROOT", "conj")
            or lemma(preposition.head).lower() in verb_lists()["attributing"]
        )
    ):
        return preposition.head
    return None


def _place_of(noun: Any) -> bool:
    """A place named as where a thing is ("the meeting in Hong Kong"): a clause after it is
    about the thing more often than about the place."""
    prep = noun.head
    return bool(
        noun.dep_ == "pobj"
        and noun.ent_type_ in ("GPE", "LOC")
        and prep.lower_ in ("in", "at")
        and prep.head.pos_ == "NOUN"
    )


def _a_kind(noun: Any) -> bool:
    """An indefinite noun phrase ("a currency"): what kind of thing, not which one."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _beside(noun: Any) -> Any | None:
    """The definite noun an indefinite one is set beside after a comma: its head in apposition,
    or the same verb's argument just before it when the parse read the apposition as a second
    one ("replace the tolar, a currency…": two objects)."""
    if noun.dep_ == "appos":
        return noun.head if noun.head.pos_ == "NOUN" else None
    start = noun.left_edge.i
    if start < 2 or noun.doc[start - 1].text != ",":
        return None
    before = noun.doc[start - 2]
    while before.head.i != before.i and before.head.i < start and before.dep_ != noun.dep_:
        before = before.head
    same = before.dep_ == noun.dep_ and before.head.i == noun.head.i and before.pos_ == "NOUN"
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in before.children)
    return before if same and definite else None


def described_name(noun: Any) -> Any:
    """The name a description in apposition stands beside ("Ahmadinejad, a hardcore Islamic
    revolutionary who won…": Ahmadinejad won; "the tolar, a currency introduced in 1991": the
    tolar was introduced), or the event a participle of holding describes
    when the parse hung it on what the event is of ("the summit of the council [held] on
    January 9": the summit was held), or the act a participle of doing describes when the
    parse hung it on a noun that is no act (`_performs`), or the name a description is said
    of (`_named_as`: "McGinley will be remembered as [the man] who holed the putt")."""
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN":
        return noun.head
    kind = noun.pos_ == "NOUN" and _a_kind(noun) and not _an_event(noun)  # ", a move that…"
    beside = _beside(noun) if kind else None
    if beside is not None:
        return beside  # "the tolar, [a currency] introduced in 1991": the tolar was
    named = _named_as(noun)
    if named is not None:  # "McGinley will be remembered as [the man] who holed the putt"
        return named
    if not _held(noun) and any(c.dep_ == "acl" and _holds(c) for c in noun.children):
        held = _held_above(noun)
        if held is not None:
            return held
    performed = [c for c in noun.children if c.dep_ == "acl" and _performs(c)]
    if performed and not _an_event(noun):  # "…'s offensive against minorities [carried out]"
        acts = [t for t in noun.subtree if t.i < performed[0].i and _an_event(t)]
        above = noun
        while not acts and above.dep_ == "pobj" and above.head.dep_ == "prep":
            above = above.head.head  # "the militia's campaign against the villages"
            acts = [above] if _an_event(above) else []
        return acts[-1] if acts else noun
    return noun


def _named_as(noun: Any) -> Any | None:
    """The name a description is said of: the subject of "is" ("McGinley is [the man] who
    …") or of a verb of naming "as" ("will be remembered as [the man] who …"), when a name."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head
        if lemma(verb).lower() not in word_list("descriptions", "naming_verbs"):
            return None
    elif noun.dep_ != "attr" or lemma(verb).lower() != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and subject.pos_ == "PROPN" else None


def _performs(participle: Any) -> bool:
    return lemma(participle).lower() in word_list("event_nouns", "performing_verbs")


def _an_event(noun: Any) -> bool:
    word = lemma(noun).lower()
    events = word_list("event_nouns", "nouns") | word_list("event_nouns", "gatherings")
    return noun.pos_ == "NOUN" and word in events


def _held_above(noun: Any) -> Any | None:
    """The gathering or vote whose phrase ends in `noun`: the nearest one before it in the
    noun phrase `noun` ends, up its chain of prepositional phrases and lists ("the
    recommendations of the APEC [Symposium] on Response to Outbreak of Avian Influenza and
    Preparedness for a Human Health [Emergency] held in San Francisco": the symposium, however
    the parse hung the phrases), or an event noun right above ("the summit of the council")."""
    top = noun
    for _ in range(HELD_CHAIN_STEPS):
        if top.dep_ == "conj":
            top = top.head
        elif top.dep_ == "pobj" and top.head.dep_ == "prep":
            top = top.head.head
        else:
            break
    if top.i == noun.i:
        return None
    before = [
        t
        for t in top.subtree
        if t.i < noun.i and t.pos_ in _NOUNS and _held(t) and t.dep_ != "compound"
    ]
    if before:
        return before[-1]
    above = noun.head.head
    return above if noun.head.lower_ == "of" and _an_event(above) else None


def _held(noun: Any) -> bool:
    """A gathering, vote or contest: what a text tells as held."""
    word = lemma(noun).lower()
    return word in word_list("nominal_phrases", "held") or word in word_list(
        "event_nouns", "gatherings"
    )


def _holds(participle: Any) -> bool:
    return lemma(participle).lower() in word_list("event_nouns", "holding_verbs")


def _plural_noun(noun: Any) -> bool:
    return bool(noun.tag_ in ("NNS", "NNPS"))  # a list is not: "Ariane and Vega, which is"


def _verb_number(verb: Any) -> bool | None:
    """Whether a verb is plural ("were", "have"), singular ("was", "has"), or does not say."""
    for word in [*(c for c in verb.children if c.dep_ in ("aux", "auxpass")), verb]:
        if word.tag_ == "VBZ" or word.lower_ == "was":
            return False
        if word.tag_ == "VBP" or word.lower_ == "were":
            return True
    return None


def main_clause_noun(pronoun: Any, verb: Any) -> Any | None:
    """What "it" or "they" as the subject of an adverbial clause stands for when the main
    clause names it before as a common noun of the same number, the only one of its nouns
    that agrees ("Observers have been attending the trial since it opened": the trial;
    "Police arrested the men after they attacked a guard": either, so neither; "An alarm went
    off at a plant after it leaked gas": either, so neither)."""
    if verb.dep_ in ("conj", "ccomp"):
        return _parallel_subject(pronoun, verb)
    if pronoun.lower_ not in ("it", "they") or verb.dep_ != "advcl":
        return None
    plural = pronoun.lower_ == "they"
    main = verb.head
    core = [
        c
        for c in main.children
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < pronoun.i and c.pos_ in _NOUNS
    ]
    places = [  # "went off [at a plant]", "dashed [towards the pupils]"
        g
        for c in main.children
        if c.dep_ == "prep" and c.i < pronoun.i
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ not in ("DATE", "TIME")
    ]
    agreeing = [c for c in core if _plural_noun(c) == plural]
    there = [p for p in places if _plural_noun(p) == plural]
    if not agreeing and len(there) == 1:  # "the man dashed towards the pupils when they…"
        return there[0]
    if any(p.head.lower_ in _WHERE for p in there):
        return None  # "an alarm went off at a plant after it leaked gas": either
    if len(agreeing) != 1 or agreeing[0].pos_ != "NOUN":
        return None
    return agreeing[0]


def _parallel_subject(pronoun: Any, verb: Any) -> Any | None:
    """What a subject pronoun of a clause joined to the main one ("The market eased Thursday
    but [it] rebounded Friday") or reported by it ("A former beauty queen has claimed [she]
    was married to…", "The union said [it] would strike") stands for: the main clause's
    subject, when that is a common noun that agrees (in number; "he" and "she" a noun of
    people) and the pronoun is not a dummy "it" ("said it was unclear whether…")."""
    word = pronoun.lower_
    if word not in ("it", "they", "he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    head = verb.head
    if verb.dep_ == "ccomp" and lemma(head).lower() not in verb_lists()["reporting"]:
        return None
    if verb.dep_ == "conj" and not any(
        c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children
    ):
        return None  # no "and" or "but" between them: no clause joined to the main one
    if word == "it" and any(c.dep_ in ("acomp", "attr", "xcomp", "ccomp") for c in verb.children):
        return None  # "it was clear…", "it would take years to…": a dummy, or a thing's
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.i > pronoun.i:
        return None
    people = lemma(subject).lower() in person_words()  # "it" never: "the minister said it…"
    if word in ("he", "she"):
        other = "female_nouns" if word == "he" else "male_nouns"  # "his daughter said he…"
        fits = people and lemma(subject).lower() not in word_list("descriptions", other)
    else:
        fits = _plural_noun(subject) == (word == "they") and not people
    return subject if fits else None


def misread_main_verb(sentence: Any, verb: Any) -> Any | None:
    """The subject of a past tense the parse read as a participle of a noun in a sentence it
    left without a verb, or None: the root is a noun (the subject) or a preposition opening
    the sentence (the participle's noun: "In a setback to Bush, [the summit] concluded on
    Saturday"), the sentence ends with a full stop (a caption does not), and the participle
    is the last one, with no agent ("Fears of damage to exporters caused by the pound's gains
    heightened on Thursday"; "Ozawa, a former LDP strongman, bolted from the party")."""
    root = sentence.root
    opening = root.pos_ == "ADP" and root.i == sentence.start
    if (
        not (root.pos_ in _NOUNS or opening)
        or verb.dep_ != "acl"
        or verb.tag_ not in ("VBD", "VBN")
    ):
        return None
    last = [t for t in sentence if not t.is_space][-1:]
    if not last or last[0].text != ".":
        return None
    if any(c.dep_ in ("agent", "aux", "auxpass") for c in verb.children):
        return None
    doc = sentence.doc
    after = verb.right_edge.i + 1
    set_off = doc[verb.i - 1].text == "," and after < len(doc) and doc[after].text == ","
    if set_off and root.right_edge.i > after:
        return None  # "The CSN, [established] on Dec. 8, 2004, in Cuzco, groups …": an aside
    if any(t.tag_ in FINITE_TAGS for t in sentence if t.i < verb.i):
        return None  # "a bacteria which surfaces … is spreading, according to two studies
        # published Friday": a verb before it, the participle is one
    if any(t.dep_ == "acl" and t.tag_ in ("VBD", "VBN") and t.i > verb.i for t in sentence):
        return None
    return verb.head if opening else root
