"""What several steps read of a Doc, read once and kept with it in `Doc.user_data`: spaCy
joins every token for `Doc.text` and `Span.text`, and walks every token for `Doc.ents`, at
each read.

`make_doc` keeps the text a Doc is made from, so that it is never joined again; the keys go
when the Doc's `user_data` is emptied (`batching` does it once a Doc's work is done)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from spacy.attrs import IDX
from spacy.tokens import Token

_TEXT = "timeline_text"
_ENTS = "timeline_ents"
_STARTS = "timeline_token_starts"
T = TypeVar("T")


def make_doc(nlp: Any, text: str) -> Any:
    """The Doc `nlp.pipe` would make of `text`, with the text kept."""
    doc = nlp.make_doc(text)
    doc.user_data[_TEXT] = text  # spaCy's tokenizer loses no character: Doc.text is `text`
    return doc


def text_of(doc: Any) -> str:
    """`doc.text`."""
    if _TEXT not in doc.user_data:
        doc.user_data[_TEXT] = doc.text
    text: str = doc.user_data[_TEXT]
    return text


def span_text(span: Any) -> str:
    """`span.text`: the characters from its first token's start to its last token's end."""
    return text_of(span.doc)[span.start_char : span.end_char]


def token_starts(doc: Any) -> list[int]:
    """Each token's offset in `doc.text` (`Token.idx`), by token."""
    if _STARTS not in doc.user_data:
        doc.user_data[_STARTS] = doc.to_array(IDX).tolist()
    found: list[int] = doc.user_data[_STARTS]
    return found


def entities(doc: Any) -> list[Any]:
    """`doc.ents`, as a list: to be read only once the entity recogniser has run."""
    if _ENTS not in doc.user_data:
        doc.user_data[_ENTS] = list(doc.ents)
    found: list[Any] = doc.user_data[_ENTS]
    return found


def kept_per_word(compute: Callable[[Any], T]) -> Callable[[Any], T]:
    """`compute(token)`, or `compute(span)`, worked out once per word or span of a Doc and
    kept with it: for a function of the parse alone (and of word lists), which the event
    layer asks of the same words again and again (each candidate date, each headline). The
    answers go when the Doc's `user_data` is emptied; what `compute` returns is shared by
    every caller, so it must never be changed in place."""
    key = f"timeline_kept:{compute.__module__}.{compute.__qualname__}"

    @wraps(compute)
    def kept(word: Any) -> T:
        where = word.i if isinstance(word, Token) else (word.start, word.end)
        found: dict[Any, T] = word.doc.user_data.setdefault(key, {})
        if where in found:
            return found[where]
        value = found[where] = compute(word)
        return value

    return kept


def kept_per_word_and_skip(
    compute: Callable[[Any, set[int]], set[T]],
) -> Callable[[Any, set[int]], set[T]]:
    """`kept_per_word` for a function of a word and of the words to leave out (`skip`, token
    indices) that returns a set: each caller gets a copy of its own, to change as it likes."""
    key = f"timeline_kept:{compute.__module__}.{compute.__qualname__}"

    @wraps(compute)
    def kept(word: Any, skip: set[int]) -> set[T]:
        where = (word.i, frozenset(skip))
        found: dict[Any, set[T]] = word.doc.user_data.setdefault(key, {})
        if where not in found:
            found[where] = compute(word, skip)
        return set(found[where])

    return kept
