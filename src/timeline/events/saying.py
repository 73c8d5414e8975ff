"""What a headline's act said, when a participle of saying after a comma tells it ("added two
provisos on Thursday, [saying respect for religious freedom must be a criterion]"): a short
object ("two provisos", "that position") says nothing a reader can use without it. Only
after an act of saying or of a stance (data/headline_verbs.toml `taking_a_stance`,
data/headline_nouns.toml `stance_nouns`): after another act it is an aside."""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import after_comma
from timeline.events.speech import verb_lists
from timeline.events.verb_core import verb_core
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma

SHORT_OBJECT_WORDS = 4  # "restated that position", "attacked the ODIHR": the saying tells it
SAYING_WORDS = 18  # the participle and its clause, told whole or not at all


def said_content(verb: Any, keep: set[int], skip: set[int], room: int, clause_of: Any) -> set[int]:
    """The ", saying …" participle of `verb` with its whole clause, when what `keep` holds
    after the verb is short and the clause fits; else nothing. `clause_of(verb, skip, room)`
    gives a clause whole or nothing (`predicate.whole_clause`)."""
    doc = verb.doc
    core = verb_core(verb)
    told = [i for i in keep - core if i > verb.i and not doc[i].is_punct and i not in skip]
    if len(told) > SHORT_OBJECT_WORDS:
        return set()
    lists = verb_lists()
    if not _of_a_stance(verb, lists):
        return set()
    for saying in verb.children:
        if (
            saying.dep_ != "advcl"
            or saying.tag_ != "VBG"
            or saying.i < verb.i
            or not after_comma(saying)
            or lemma(saying).lower() not in lists["reporting"] | lists["attributing"]
        ):
            continue
        content = [c for c in saying.children if c.dep_ == "ccomp" and c.i > saying.i]
        if not content or any(t.i in skip for t in saying.subtree):
            return set()  # a date of its own: another act told apart
        clause: set[int] = clause_of(content[0], skip, min(room, SAYING_WORDS) - 1)
        if content[0].i not in clause:
            return set()
        marks = {c.i for c in content[0].children if c.dep_ == "mark" and c.lower_ == "that"}
        return clause | marks | {saying.i, saying.i - 1}
    return set()


def _of_a_stance(verb: Any, lists: dict[str, frozenset[str]]) -> bool:
    """Whether the act takes a stance or says something (`taking_a_stance`, a verb of saying,
    or an object noun of a stance or a text): else the saying is an aside to another act."""
    verbs = lists["reporting"] | lists["attributing"] | lists["taking_a_stance"]
    if lemma(verb).lower() in verbs:
        return True
    kinds = ("content_nouns", "telling_nouns", "text_nouns", "stance_nouns")
    nouns = frozenset().union(*(word_list("headline_nouns", kind) for kind in kinds))
    objects = [c for c in verb.children if c.dep_ in ("dobj", "pobj", "prep")]
    heads = [g for c in objects for g in ([c] if c.dep_ == "dobj" else c.children)]
    return any(lemma(h).lower() in nouns for h in heads if h.dep_ in ("dobj", "pobj"))
