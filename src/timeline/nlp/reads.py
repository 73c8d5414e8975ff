"""What several steps read of a Doc, read once and kept with it in `Doc.user_data`: spaCy
joins every token for `Doc.text` and `Span.text`, and walks every token for `Doc.ents`, at
each read.

`make_doc` keeps the text a Doc is made from, so that it is never joined again; the keys go
when the Doc's `user_data` is emptied (`batching` does it once a Doc's work is done)."""

from __future__ import annotations

from typing import Any

from spacy.attrs import IDX

_TEXT = "timeline_text"
_ENTS = "timeline_ents"
_STARTS = "timeline_token_starts"


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
