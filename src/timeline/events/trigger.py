"""Where an event's word is in the text: the characters of the token whose lemma is the
event's trigger (`clauses.trigger_of`), so that a reader, a scorer or another tool can point
at the word itself, not only at its sentence.

The span is one token, the verb or the noun of a nominal event, and a verb keeps a particle
that follows it at once ("took off", "step down"): the SemEval-2015 TimeLine gold joins
phrasal verbs into one event ("17677-5-took_off", "18315-2-step_down") and keeps prepositions
and other words out. A particle further away ("taking the company out") is left out, since
one span cannot skip the words between.
"""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import clause_head
from timeline.models import Trigger
from timeline.nlp.lemmas import lemma

PARTICLE = "prt"  # spaCy's dependency label of a phrasal verb's particle


def trigger_span(sentence: Any, predicate: Any, trigger: str | None) -> Trigger | None:
    """The characters of the event word, in the document's text (`Doc.text` is the text the
    tool read, so token offsets are offsets into it).

    Args:
        sentence: the sentence of the event (a span).
        predicate: the token a time expression dates (as `make_event` gets it).
        trigger: the lemma `clauses.trigger_of(predicate)` gave; None (no event word) gives
            None.
    """
    if trigger is None:
        return None
    token = _token_of(sentence, predicate, trigger)
    if token is None:
        return None
    text = token.text  # (never `Doc.text`: spaCy joins every token of the document for it)
    particle = next((c for c in token.rights if c.dep_ == PARTICLE), None)
    if particle is not None and particle.i == token.i + 1:
        text = token.text_with_ws + particle.text  # only a space can be between
    return Trigger(token.idx, token.idx + len(text), text)


def _token_of(sentence: Any, predicate: Any, trigger: str) -> Any | None:
    """The token whose lemma is `trigger`: the clause head `trigger_of` starts from, the dated
    word, the head's verbal complements ("is scheduled to be sentenced"), then the nearest one
    in the sentence, so that the span follows whichever word `trigger_of` names."""
    head = clause_head(predicate)
    near = [head, predicate, *(c for c in head.children if c.dep_ in ("xcomp", "ccomp"))]
    for token in near:
        if _is(token, trigger):
            return token
    for token in sorted(sentence, key=lambda t: (abs(t.i - head.i), t.i)):
        if _is(token, trigger):
            return token
    return None


def _is(token: Any, trigger: str) -> bool:
    return bool(token.lower_ == trigger or lemma(token).lower() == trigger)
