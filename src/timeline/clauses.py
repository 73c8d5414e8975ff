"""Reading a clause from spaCy's parse: the predicate a time expression dates, a headline of
subject, predicate and object, the named actors, the modality, and the figures."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from timeline.lemmas import lemma
from timeline.models import Actor, Figure, Modality, Participant, TimeExpression
from timeline.temporal.tense import FUTURE_AUX, MODALS, PLAN_VERBS, governing_verb

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LAW")
MAX_TITLE_WORDS = 14
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
_PARTICLES = frozenset({"back", "out", "up", "down", "off", "away"})
_OBJECT_DEPS = ("dobj", "attr", "dative", "oprd", "acomp", "xcomp", "agent", "prt")
_DROP_DEPS = ("relcl", "appos", "acl", "advcl", "punct", "parataxis", "cc", "conj", "mark", "meta")
_RELATIVE_WORDS = frozenset("which that whose who whom where when while".split())
_SOURCE_PREPS = frozenset({"according", "per", "citing"})  # who says so, not what happened
_FIGURE_KINDS = {
    "CARDINAL": "count",
    "MONEY": "money",
    "PERCENT": "percent",
    "QUANTITY": "quantity",
}
_NOT_A_COUNT = re.compile(
    r"\b(?:magnitude|precinct|district|ward|room|no|number|route|highway|section|article|"
    r"chapter|page|flight|unit|game|round|grade|level|category|phase|stage|size)\.?\s*$",
    re.IGNORECASE,
)
_MAGNITUDE = re.compile(r"[\s-]*(?:magnitude|earthquake|quake)\b", re.IGNORECASE)
_TALLY = re.compile(
    r"\b(?:vot(?:ed|es?|ing)|by\s+a\s+(?:vote|margin)\s+of|vote\s+of)\s+(\d{1,3})\s*(?:to|-|–)\s*(\d{1,3})\b"
    r"|\b(\d{1,3})\s*[-–]\s*(\d{1,3})\b(?!\s*[-–/]\d)"
    r"|\b(\d{1,3})\s+(?:votes?\s+)?(?:against|in\s+favou?r|for|to)\b[^.;]{0,25}?\b(\d{1,3})\s+"
    r"(?:votes?\s+)?(?:in\s+favou?r|against|for|opposed)\b",
    re.IGNORECASE,
)


def governing_predicate(token: Any) -> Any:
    """The verb an event's time expression belongs to (the same one its tense is read from)."""
    return governing_verb(token)


def entities(doc: Any) -> list[Any]:
    """The document's named entities, read once and kept with the document (`Span.ents` walks
    every entity of the document at each call)."""
    if "timeline_ents" not in doc.user_data:
        doc.user_data["timeline_ents"] = list(doc.ents)
    cached: list[Any] = doc.user_data["timeline_ents"]
    return cached


def _entities_between(doc: Any, first: int, last: int) -> list[Any]:
    """The entities within tokens `first` to `last`, found by bisection: a sentence's events
    each ask, and walking all of a document's entities made a document with thousands of
    dates take time in their square. (Entities never overlap: their ends are in order too.)"""
    if "timeline_ent_starts" not in doc.user_data:
        doc.user_data["timeline_ent_starts"] = [e.start for e in entities(doc)]
    ents = entities(doc)
    found = []
    for i in range(bisect_left(doc.user_data["timeline_ent_starts"], first), len(ents)):
        if ents[i].end > last:
            break
        found.append(ents[i])
    return found


def actors_of(sentence: Any, expression: TimeExpression | None = None) -> tuple[Actor, ...]:
    """Named people, organisations, places, groups and laws in the sentence, once each."""
    seen: set[str] = set()
    actors = []
    for ent in _entities_between(sentence.doc, sentence.start, sentence.end):
        if ent.label_ not in ACTOR_LABELS or any(t.pos_ in ("VERB", "AUX", "PRON") for t in ent):
            continue
        if (
            expression is not None
            and ent.start_char < expression.end
            and expression.start < ent.end_char
        ):
            continue
        text = re.sub(r"^(?:the)\s+|['’]s$", "", ent.text.strip(), flags=re.IGNORECASE).strip()
        key = text.lower()
        if len(text) < 2 or key in seen:
            continue
        seen.add(key)
        actors.append(Actor(text, ent.label_))
    return tuple(actors)


def headline(sentence: Any, predicate: Any, skip: set[int], antecedent: str | None = None) -> str:
    """Subject, predicate and object of the dated clause, in text order, about 4-14 words.

    Args:
        skip: tokens to leave out (the time expressions).
        antecedent: what a pronoun subject ("They voted…") stands for, if known.
    """
    predicate = _clause_head(predicate)
    keep: set[int] = {predicate.i}
    for child in predicate.children:
        if child.dep_ in ("aux", "auxpass", "neg", "prt") or child.lower_ in _PARTICLES:
            keep.add(child.i)
    subject = _subject(predicate)
    if subject is None and predicate.dep_ == "conj":
        subject = _subject(predicate.head)
    relative = subject is not None and subject.lower_ in ("which", "who", "that")
    if (relative and predicate.dep_ == "relcl") or (subject is None and predicate.dep_ == "acl"):
        # "Biden's term, which ended Jan. 20": the term ended; "money approved in 2021"
        noun = predicate.head
        antecedent = join_tokens(sorted(_phrase_tokens(noun, skip, 6), key=lambda t: t.i))
        if subject is None:
            return _tidy(f"{antecedent} {join_tokens(_verb_phrase(sentence, predicate, skip))}")
    if subject is not None:
        keep |= _phrase(subject, skip, limit=7)
    objects = [c for c in predicate.children if c.dep_ in _OBJECT_DEPS]
    if not any(c.dep_ == "dobj" for c in objects):
        objects += [c for c in predicate.children if c.dep_ in ("ccomp", "npadvmod")]
    preps = [
        c
        for c in predicate.children
        if c.dep_ == "prep" and not _is_time_phrase(c, skip) and c.lower_ not in _SOURCE_PREPS
    ]
    for child in objects + preps[:1]:
        room = MAX_TITLE_WORDS - len(keep)
        if room <= 1:
            break
        keep |= _phrase(child, skip, limit=room)
    doc = sentence.doc
    tokens = [doc[i] for i in sorted(keep) if i not in skip and not doc[i].is_space]
    if (
        antecedent
        and subject is not None
        and subject.pos_ == "PRON"
        and tokens
        and tokens[0] == subject
    ):
        rest = _tidy(join_tokens(tokens[1:]))
        return _tidy(f"{antecedent} {rest[:1].lower()}{rest[1:]}")
    while tokens and _dangles(tokens[-1]):
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    words = [t for t in tokens if not t.is_punct]
    fragment = words and (
        words[0].lower_ in _RELATIVE_WORDS  # "Which the city had removed"
        or (subject is None and predicate.tag_ in ("VBN", "VBG") and words[0] == predicate)
        # "Eliminated in the United States"; "In Chicago air" (no verb found in noisy text)
        or (subject is None and (predicate.pos_ not in ("VERB", "AUX") or words[0].pos_ == "ADP"))
    )
    if (
        fragment
        or len(words) < 2
        or (len(words) == 2 and (subject is None or subject.pos_ == "PRON"))
    ):
        return _shorten(sentence.text)
    return _tidy(join_tokens(tokens))


def join_tokens(tokens: list[Any]) -> str:
    """Tokens as text, with a space wherever tokens were dropped between them."""
    parts = []
    for token, following in zip(tokens, [*tokens[1:], None], strict=True):
        adjacent = following is not None and following.i == token.i + 1
        parts.append(token.text_with_ws if adjacent else token.text + " ")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _verb_phrase(sentence: Any, predicate: Any, skip: set[int]) -> list[Any]:
    """The verb with its auxiliaries, particles and first object or prepositional phrase."""
    keep = {predicate.i} | {
        c.i for c in predicate.children if c.dep_ in ("aux", "auxpass", "neg", "prt")
    }
    for child in [c for c in predicate.children if c.dep_ in _OBJECT_DEPS][:1]:
        keep |= _phrase(child, skip, limit=6)
    doc = sentence.doc
    tokens = [doc[i] for i in sorted(keep) if i not in skip and not doc[i].is_space]
    while tokens and _dangles(tokens[-1]):
        tokens.pop()
    return tokens


def _dangles(token: Any) -> bool:
    """A word a headline cannot end on: punctuation, "and", "the", a preposition without its
    object (but not a particle: "will step down")."""
    if token.text in ("%", "$", "€", "£"):
        return False
    if token.is_punct or token.pos_ in ("CCONJ", "DET"):
        return True
    return token.pos_ in ("ADP", "PART") and token.dep_ != "prt" and token.lower_ not in _PARTICLES


def _clause_head(predicate: Any) -> Any:
    """Out of subject-less subordinate clauses ("after being shot"), up to a verb that has
    its own subject, so that the headline says who."""
    for _ in range(8):
        if predicate.head is predicate:
            break
        subordinate = predicate.dep_ in ("advcl", "pcomp", "prep", "pobj")
        if not (
            predicate.dep_ == "xcomp"
            or predicate.pos_ not in ("VERB", "AUX")
            or (subordinate and _subject(predicate) is None)
        ):
            break
        predicate = predicate.head
    return predicate


def _subject(predicate: Any) -> Any | None:
    return next((c for c in predicate.children if c.dep_ in _SUBJECT_DEPS), None)


def _phrase(head: Any, skip: set[int], limit: int) -> set[int]:
    """The tokens of a phrase without its clauses, appositions and time expressions, cut to
    `limit` tokens nearest its head."""
    tokens = [head]
    stack = list(head.children)
    while stack:
        token = stack.pop()
        hyphen = token.text in ("-", "–", "'", "’")
        if (
            (token.dep_ in _DROP_DEPS and not hyphen)
            or token.i in skip
            or _is_time_phrase(token, skip)
        ):
            continue
        tokens.append(token)
        stack.extend(token.children)
    tokens.sort(key=lambda t: (abs(t.i - head.i), t.i))
    chosen = sorted(t.i for t in tokens[:limit])
    # keep it contiguous around the head
    contiguous = {head.i}
    for i in sorted(i for i in chosen if i > head.i):
        if i - 1 in contiguous:
            contiguous.add(i)
    for i in sorted((i for i in chosen if i < head.i), reverse=True):
        if i + 1 in contiguous:
            contiguous.add(i)
    return contiguous


def _phrase_tokens(head: Any, skip: set[int], limit: int) -> list[Any]:
    return [head.doc[i] for i in _phrase(head, skip, limit)]


def _is_time_phrase(token: Any, skip: set[int]) -> bool:
    """A preposition whose object is a time expression ("in 2012", "on Wednesday")."""
    return token.dep_ == "prep" and any(c.i in skip for c in token.children)


def _shorten(text: str) -> str:
    words = text.split()
    if len(words) <= MAX_TITLE_WORDS:
        return _tidy(" ".join(words).rstrip(".;:,"))
    return _tidy(" ".join(words[:MAX_TITLE_WORDS]).rstrip(".;:,") + "…")


def _tidy(text: str) -> str:
    """Sentence case for text in capitals; a capital first letter."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        text = text.lower()
    return text[:1].upper() + text[1:]


def trigger_of(predicate: Any) -> str | None:
    """The lemma of the verb heading the event's clause ("refused to dismiss": refuse)."""
    head = _clause_head(predicate)
    if lemma(head) in PLAN_VERBS:  # "is scheduled to be sentenced": the act is sentencing
        action = next((c for c in head.children if c.dep_ == "xcomp"), None)
        head = action if action is not None else head
    return lemma(head).lower() if head.pos_ in ("VERB", "AUX") else None


def modality_of(predicate: Any) -> Modality:
    """Whether the clause says it happened, is planned, may happen or did not happen."""
    head = _clause_head(predicate)
    words = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass", "neg")}
    if any(c.dep_ == "neg" for c in head.children):
        return Modality.NEGATED
    subject = _subject(head)
    if subject is not None and any(c.lower_ in ("no", "none") for c in subject.children):
        return Modality.NEGATED  # "no new structures were lost"
    if lemma(head) in PLAN_VERBS and any(c.dep_ == "xcomp" for c in head.children):
        return Modality.PLANNED  # "hoped to reopen in January", "expected to fall silent"
    if any(lemma(c) == "due" for c in head.children if c.dep_ in ("acomp", "amod", "advmod")):
        return Modality.PLANNED  # "is due to report results"
    marks = {c.lower_ for c in head.children if c.dep_ == "mark"}
    past_aux = "VBD" in {c.tag_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    if (
        head.dep_ == "advcl"
        and marks & {"when", "once", "until", "if"}
        and head.tag_ in ("VBZ", "VBP", "VBN")
        and not past_aux
    ):
        return Modality.PLANNED  # "when he is sentenced on Oct. 2"
    if words & FUTURE_AUX or any(c.lower_ == "going" for c in head.children):
        return Modality.PLANNED
    if lemma(head) in PLAN_VERBS and head.tag_ in ("VBZ", "VBP", "VBN") and "had" not in words:
        return Modality.PLANNED  # "is scheduled for", "plans to", "are expected to"
    if words & (MODALS - {"must"}):
        return Modality.POSSIBLE
    return Modality.ASSERTED


FigureAt = tuple[int, int, Figure]  # first token, end token, figure


def sentence_figures(sentence: Any) -> list[FigureAt]:
    """Vote tallies ("39-11", "voted 52 to 48", "39 against and 11 in favor"), counts with what
    they count ("at least 8,000 migrants", "14 requests"), amounts and percentages of a
    sentence, each with its token range; read once per sentence."""
    doc = sentence.doc
    text = sentence.text  # Doc.text and Span.text join every token at each call
    offset = sentence.start_char
    starts = [t.idx - offset for t in sentence]  # token offsets in the sentence
    found: list[FigureAt] = []
    tallied: list[tuple[int, int]] = []
    for m in _TALLY.finditer(text):
        yes, no = next((a, b) for a, b in zip(m.groups()[::2], m.groups()[1::2], strict=True) if a)
        first = sentence.start + bisect_right(starts, m.start()) - 1
        last = sentence.start + bisect_left(starts, m.end())
        found.append((first, last, Figure(f"{yes}–{no}", "tally")))
        tallied.append((sentence.start_char + m.start(), sentence.start_char + m.end()))
    for ent in _entities_between(doc, sentence.start, sentence.end):
        kind = _FIGURE_KINDS.get(ent.label_)
        if kind is None or any(s < ent.end_char and ent.start_char < e for s, e in tallied):
            continue
        if kind == "count" and (
            _NOT_A_COUNT.search(
                text[max(0, ent.start_char - offset - 12) : ent.start_char - offset]
            )
            or _MAGNITUDE.match(text[ent.end_char - offset : ent.end_char - offset + 12])
        ):
            continue  # "precinct 12", "No. 5", "a magnitude 7.1 earthquake"
        if kind == "count" and not any(c.isdigit() for c in ent.text) and ent.root.dep_ != "nummod":
            continue
        text, last = ent.text, ent.end
        if kind == "count" and ent.root.dep_ == "nummod" and ent.root.head.i >= ent.end:
            last = ent.root.head.i + 1
            text = doc[ent.start : last].text  # "14 requests"
        found.append((ent.start, last, Figure(text, kind)))
    return found


def figures_of(
    found: list[FigureAt], skip: set[int], clause: Any | None = None
) -> tuple[Figure, ...]:
    """The figures of `found` inside the clause of `clause` (a predicate), or all of them;
    none that overlaps a time expression."""
    if clause is not None:
        head = _clause_head(clause)
        first, last = head.left_edge.i, head.right_edge.i + 1
    else:
        first, last = 0, 10**9
    return tuple(
        dict.fromkeys(
            f
            for s, e, f in found
            if first <= s and e <= last and not any(i in skip for i in range(s, e))
        )
    )


def participants_of(predicate: Any, skip: set[int]) -> tuple[Participant, ...]:
    """The subject and the object of the dated clause, with the named entities in each."""
    predicate = _clause_head(predicate)
    found = []
    subject = _subject(predicate)
    if subject is None and predicate.dep_ == "conj":
        subject = _subject(predicate.head)
    obj = next((c for c in predicate.children if c.dep_ in ("dobj", "attr", "dative")), None)
    if obj is None:
        obj = next(
            (
                g
                for c in predicate.children
                if c.dep_ == "agent"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
    if (
        subject is not None
        and subject.lower_ in ("which", "who", "that")
        and predicate.dep_ == "relcl"
    ):
        subject = predicate.head  # "the earthquake that hit Peru": the earthquake
    for role, head in (("subject", subject), ("object", obj)):
        if head is None or head.lower_ in ("which", "who", "that"):
            continue
        tokens = sorted(_phrase_tokens(head, skip, 10), key=lambda t: t.i)
        first, last = tokens[0].i, tokens[-1].i
        entities = tuple(
            Actor(e.text, e.label_)
            for e in _entities_between(head.doc, first, last + 1)
            if e.label_ in ACTOR_LABELS and first <= e.start and e.end - 1 <= last
        )
        found.append(Participant(role, join_tokens(tokens), entities))
    return tuple(found)
