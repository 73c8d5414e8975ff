"""The library entry points: `build_timeline(paths, settings)` and `tag(paths, settings)`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from timeline import __version__
from timeline.errors import Problem
from timeline.events import extract_events
from timeline.ingest import read_documents
from timeline.merge import merge_events
from timeline.models import Document, Event, TimeExpression, Timeline
from timeline.nlp import load_pipeline, process
from timeline.settings import Settings
from timeline.temporal import extract_time_expressions


@dataclass(frozen=True)
class Run:
    """A timeline and what went wrong on the way."""

    timeline: Timeline
    problems: tuple[Problem, ...]

    @property
    def failed(self) -> bool:
        return any(p.is_error for p in self.problems)

    @property
    def undated(self) -> tuple[Document, ...]:
        return tuple(d for d in self.timeline.documents if d.published is None)

    @property
    def unresolved(self) -> int:
        """How many relative dates stayed unresolved for want of a publication date."""
        return sum(len(d.warnings) for d in self.undated)


@dataclass(frozen=True)
class Tagged:
    """One document's time expressions, for `timeline tag`."""

    document: Document
    expressions: tuple[TimeExpression, ...]


def analyse(
    paths: Iterable[Path], settings: Settings, problems: list[Problem]
) -> Iterator[tuple[Document, Any, list[TimeExpression]]]:
    """Each readable document with its spaCy Doc and normalised time expressions, streamed;
    what could not be read is appended to `problems`.

    Raises:
        ModelNotFoundError: when no spaCy pipeline can be loaded.
    """
    nlp = load_pipeline(settings.model)

    def texts() -> Iterator[tuple[str, Document]]:
        for item in read_documents(paths, settings.published, settings.max_bytes):
            if isinstance(item, Problem):
                problems.append(item)
            elif len(item.text) > nlp.max_length:
                limit = f"{len(item.text):,} characters, the pipeline takes {nlp.max_length:,}"
                problems.append(Problem(item.path, f"too long to analyse ({limit})"))
            else:
                yield item.text, item

    for doc, document in process(nlp, texts(), settings.batch_size):
        yield document, doc, extract_time_expressions(doc, document.published)


def build_timeline(
    paths: Iterable[Path],
    settings: Settings | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> Run:
    """Read the articles under `paths` and build their merged, chronological timeline.

    Args:
        on_document: called after each document is analysed (to show progress).
    """
    settings = settings or Settings()
    problems: list[Problem] = []
    documents: list[Document] = []
    events: list[Event] = []
    for document, doc, expressions in analyse(paths, settings, problems):
        events.extend(extract_events(document, doc, expressions))
        warnings = tuple(f"{e.warning}: {e.text!r} at {e.start}" for e in expressions if e.warning)
        documents.append(replace(document, text="", warnings=warnings))  # metadata, not text
        if on_document is not None:
            on_document(document)
    timeline = Timeline(
        documents=tuple(documents),
        events=tuple(merge_events(events)),
        generated_by=f"timeline {__version__}",
    )
    return Run(settings.filter.apply(timeline), tuple(problems))


def tag(
    paths: Iterable[Path], settings: Settings | None = None, problems: list[Problem] | None = None
) -> Iterator[Tagged]:
    """The time expressions of each document under `paths`, one document at a time."""
    found = problems if problems is not None else []
    for document, _doc, expressions in analyse(paths, settings or Settings(), found):
        yield Tagged(document, tuple(expressions))
