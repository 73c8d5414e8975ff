"""Running the pipeline in batches bounded by documents and characters, each in a memory zone."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from timeline.nlp.reads import make_doc

BATCH_SIZE = 32
# A batch is closed at this many characters, however few its documents: spaCy's working
# memory for a batch grows with its text (about 3 KB a character with en_core_web_sm), and it
# is what sets a run's peak, not the number of documents. A longer text is a batch alone.
BATCH_CHARACTERS = 40_000
T = TypeVar("T")
R = TypeVar("R")


def process(
    nlp: Any,
    items: Iterable[tuple[str, T]],
    work: Callable[[Any, T], R],
    batch_size: int = BATCH_SIZE,
) -> Iterator[R]:
    """`work(doc, context)` for each (text, context), in order, processed in batches of at
    most `batch_size` documents and `BATCH_CHARACTERS` characters.

    Each batch runs in a spaCy memory zone: the strings and lexemes that its texts add to the
    shared vocabulary are freed when the batch is done, so that the vocabulary does not grow
    with the corpus. The Docs are never seen outside the zone; what `work` returns must be
    plain values that refer to no Doc, Span, Token or Lexeme (nor to a string's hash, which
    the vocabulary may no longer hold).
    """
    for batch in batches(items, batch_size, BATCH_CHARACTERS):
        with nlp.memory_zone():
            made = ((make_doc(nlp, text), context) for text, context in batch)
            docs = nlp.pipe(made, batch_size=batch_size, as_tuples=True)
            results = [_done(work, doc, context) for doc, context in docs]
        yield from results


def _done(work: Callable[[Any, T], R], doc: Any, context: T) -> R:
    """`work`'s result, the Doc's own caches emptied: spans kept in `user_data` refer back to
    the Doc, and would keep it alive, past its zone, until the garbage collector ran."""
    try:
        return work(doc, context)
    finally:
        doc.user_data.clear()


def batches(
    items: Iterable[tuple[str, T]], size: int, characters: int
) -> Iterator[list[tuple[str, T]]]:
    """`items` in order, in lists of at most `size` items whose texts add up to at most
    `characters` (a longer text is a list alone)."""
    batch: list[tuple[str, T]] = []
    length = 0
    for item in items:
        if batch and (len(batch) >= size or length + len(item[0]) > characters):
            yield batch
            batch, length = [], 0
        batch.append(item)
        length += len(item[0])
    if batch:
        yield batch
