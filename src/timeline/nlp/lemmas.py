"""Lemmas on demand: the model's own lemmatizer, run on the few tokens whose lemma we read.

spaCy's rule lemmatizer visits every token of every document, about 2% of the small English
model's time, and we read the lemma of a handful of verbs near time expressions. When it is
safe, `take_out_lemmatizer` disables the pipe's lemmatizer and puts in its place a component
that only leaves the lemmatizer on the Doc; `lemma(token)` then asks it for that one token.
The lemma is the one the pipe would have written: the same function of the same token (its
text, part of speech and morphology, all set before the lemmatizer ran).
"""

from __future__ import annotations

import copy
from typing import Any

from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

from timeline.nlp.standins import Placed, StandInMissingError, only_pipe, stand_in

COMPONENT = "timeline_lazy_lemmas_v1"
_ON_DOC = "timeline_lemmatizer"  # Doc.user_data key: the lemmatizer to ask
_ASKED = "timeline_lemmas"  # Doc.user_data key: the lemmas already asked for, by token
# Components known to read no lemma, which may run after a lemmatizer taken out of the pipe.
_LEMMA_BLIND = frozenset(
    {"ner", "beam_ner", "sentencizer", "timeline_line_breaks_v1", "timeline_timex_v1"}
)


def lemma(token: Token) -> str:
    """`token.lemma_`, as the pipeline's lemmatizer would have set it."""
    data = token.doc.user_data
    asked: dict[int, str] | None = data.get(_ASKED)  # the event layer asks again and again
    if asked is not None and (found := asked.get(token.i)) is not None:
        return found
    lemmatizer: Lemmatizer | None = data.get(_ON_DOC)
    if lemmatizer is None or (token.lemma and not lemmatizer.overwrite):
        return str(token.lemma_)  # by the pipe, or before the lemmatizer (which keeps it)
    if asked is None:
        asked = data[_ASKED] = {}
    found = asked[token.i] = str(lemmatizer.lemmatize(token)[0])
    return found


def take_out_lemmatizer(nlp: Language) -> Placed | None:
    """Disable the lemmatizer of `nlp` and lemmatize on demand instead, when the pipe's is
    spaCy's rule or lookup lemmatizer and no component after it reads lemmas. Returns the
    stand-in's name and the lemmatizer's when it was taken out (otherwise `lemma` reads what
    the pipe wrote)."""
    names = nlp.pipe_names
    found = only_pipe(
        nlp,
        lambda pipe: isinstance(pipe, Lemmatizer) and type(pipe).__call__ is Lemmatizer.__call__,
    )
    if found is None:
        return None
    name, lemmatizer = found
    after = names[names.index(name) + 1 :]
    if any(nlp.get_pipe_meta(other).factory not in _LEMMA_BLIND for other in after):
        return None
    validate = getattr(lemmatizer, "_validate_tables", None)  # what the pipe checks first
    if validate is None:
        raise StandInMissingError("spaCy's Lemmatizer has no _validate_tables")
    try:
        validate()
    except ValueError:
        return None
    return stand_in(nlp, name, COMPONENT, {"lemmatizer": name})


def _spacys_own_lemmatizer(pipe: Any) -> bool:
    """spaCy's rule or lookup lemmatizer, not a subclass that lemmatizes otherwise."""
    return isinstance(pipe, Lemmatizer) and type(pipe).__call__ is Lemmatizer.__call__


class LazyLemmas:
    """Leaves the (disabled) lemmatizer on each Doc, for `lemma`."""

    def __init__(self, nlp: Language, name: str, *, lemmatizer: str) -> None:
        self.name = name
        self.lemmatizer = with_indexed_words(nlp.get_pipe(lemmatizer))

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[_ON_DOC] = self.lemmatizer
        return doc


def with_indexed_words(lemmatizer: Any) -> Any:
    """A copy of a rule lemmatizer whose word index (`lemma_index`: the known words of each
    part of speech, lists of up to 57,000 words in the English model) is held as sets. The
    rules ask `form in index` for each new word: a scan of the list, about a third of a
    millisecond; a set answers the same at once. The pipe's own lemmatizer and its tables
    stay as they are (and can be saved as they were)."""
    rules = isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule"
    if not rules or "lemma_index" not in lemmatizer.lookups:
        return lemmatizer
    quick = copy.copy(lemmatizer)
    quick.lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            table = Table(name, {key: frozenset(words) for key, words in table.items()})
        quick.lookups.set_table(name, table)
    quick.lemmatize = quick.rule_lemmatize
    quick.cache = {}
    return quick


@Language.factory(COMPONENT, default_config={"lemmatizer": "lemmatizer"})
def make_lazy_lemmas(nlp: Language, name: str, lemmatizer: str) -> Any:
    return LazyLemmas(nlp, name, lemmatizer=lemmatizer)
