"""The per-document stage: spaCy, time expressions and events.

It runs wherever the engine puts it (this process, a worker process, a Dask worker), so it
takes and returns plain picklable values and loads the spaCy pipeline once per process.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from timeline.events import extract_events
from timeline.models import Document, DocumentResult
from timeline.nlp import load_pipeline, process
from timeline.temporal import extract_time_expressions


def analyse_document(
    document: Document, doc: Any, *, entity_timeline: bool = False
) -> DocumentResult:
    """The result of a document that spaCy has processed into `doc`: plain values (strings,
    numbers, dates) that refer to nothing of `doc` or its vocabulary, so that they outlive the
    memory zone `doc` was made in. `entity_timeline`: every clause is an event
    (`Settings.entity_timeline`)."""
    try:
        expressions = extract_time_expressions(doc, document.published)
        events = extract_events(document, doc, expressions, inclusive=entity_timeline)
    except Exception as error:  # one document's failure is that document's problem only
        failure = f"could not be analysed ({type(error).__name__}: {error})".splitlines()[0]
        return DocumentResult(replace(document, text=""), (), failure)
    warnings = tuple(f"{e.warning}: {e.text!r} at {e.start}" for e in expressions if e.warning)
    return DocumentResult(replace(document, text="", warnings=warnings), tuple(events))


def analyse_batch(
    documents: Sequence[Document],
    model: str | None,
    batch_size: int,
    entity_timeline: bool = False,
) -> list[DocumentResult]:
    """The results of `documents`, in order (the unit of work sent to a worker).

    Raises:
        ModelNotFoundError: when no spaCy pipeline can be loaded.
    """
    nlp = load_pipeline(model)
    pairs = ((document.text, document) for document in documents)

    def analysed(doc: Any, document: Document) -> DocumentResult:
        return analyse_document(document, doc, entity_timeline=entity_timeline)

    return list(process(nlp, pairs, analysed, batch_size))
