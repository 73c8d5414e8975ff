"""`tag(paths, settings)`: each document's time expressions, streamed, for `timeline tag`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.errors import Problem
from timeline.models import Document, TimeExpression
from timeline.nlp import load_pipeline, process
from timeline.run.inputs import readable_documents
from timeline.settings import Settings


@dataclass(frozen=True)
class Tagged:
    """One document's time expressions, for `timeline tag`."""

    document: Document
    expressions: tuple[TimeExpression, ...]


@dataclass
class Tagging:
    """The tagged documents, streamed (iterate once), and what went wrong on the way: like a
    `Run`'s, `problems` is complete once the documents have been read."""

    documents: Iterator[Tagged]
    problems: list[Problem] = field(default_factory=list)

    def __iter__(self) -> Iterator[Tagged]:
        return self.documents

    @property
    def failed(self) -> bool:
        return any(p.is_error for p in self.problems)


def tag(paths: Iterable[Path], settings: Settings | None = None) -> Tagging:
    """The time expressions of each document under `paths`, one document at a time.

    Raises (while iterating):
        ModelNotFoundError: when no spaCy pipeline can be loaded.
    """
    problems: list[Problem] = []
    return Tagging(_tagged(paths, settings or Settings(), problems), problems)


def _tagged(paths: Iterable[Path], settings: Settings, problems: list[Problem]) -> Iterator[Tagged]:
    from timeline.temporal import extract_time_expressions

    def work(doc: Any, document: Document) -> Tagged:
        return Tagged(document, tuple(extract_time_expressions(doc, document.published)))

    nlp = load_pipeline(settings.model)
    texts = ((d.text, d) for d in readable_documents(paths, settings, problems))
    yield from process(nlp, texts, work, settings.batch_size)
