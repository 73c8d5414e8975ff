"""`build_timeline(paths, settings)`: articles to a merged timeline, through the engine, the
cache and the merge."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from timeline import __version__
from timeline.cache import CacheRefusedError, ResultCache
from timeline.cache.entries import events as cached_events
from timeline.errors import Problem
from timeline.merge import merge_events
from timeline.models import Document, DocumentResult, Event, Timeline
from timeline.nlp import load_pipeline
from timeline.run import engines
from timeline.run.inputs import readable_documents
from timeline.settings import Settings

RELEASE_AFTER = 200  # documents analysed in a run before its model is worth unloading


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


def build_timeline(
    paths: Iterable[Path],
    settings: Settings | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> Run:
    """Read the articles under `paths` and build their merged, chronological timeline.

    Documents stream through the engine the settings choose; only their results (metadata
    and events, never texts or spaCy Docs) are kept for the merge, the events pickled until
    then (`_PickledEvents`). Results found in the cache are not analysed again.

    Args:
        on_document: called after each document is analysed (to show progress).
    """
    settings = settings or Settings()
    problems: list[Problem] = []
    store = _open_cache(settings, problems)
    documents: dict[int, Document] = {}
    pickled = _PickledEvents()

    def done(index: int, result: DocumentResult, entry: bytes | None = None) -> None:
        documents[index] = result.document
        if entry is None:
            pickled.keep(index, result.events)
        else:  # already compact, checked, and cheaper to read again than to pickle
            pickled.keep_entry(index, entry)
        if on_document is not None:
            on_document(result.document)

    def not_cached() -> Iterator[tuple[tuple[int, str | None], Document]]:
        for index, document in enumerate(readable_documents(paths, settings, problems)):
            key = store.key(document) if store else None
            cached = store.lookup(key, document) if store and key else None
            if cached is not None:
                done(index, *cached)
            else:
                yield (index, key), document

    analysed = 0
    for (index, key), result in engines.analyse(not_cached(), settings):
        analysed += 1
        if result.failure is not None:  # named, the run goes on; never cached
            problems.append(Problem(result.document.path, result.failure))
        elif store and key:
            store.put(key, result)
        done(index, result)
    if settings.release_model and analysed >= RELEASE_AFTER and load_pipeline.cache_info().currsize:
        load_pipeline.cache_clear()  # merging needs none of it: its memory back first
        gc.collect()
        _return_freed_memory()
    timeline = Timeline(
        documents=tuple(documents[index] for index in sorted(documents)),
        events=tuple(merge_events(pickled.read())),
        generated_by=f"timeline {__version__}",
    )
    return Run(settings.filter.apply(timeline), tuple(problems))


def _open_cache(settings: Settings, problems: list[Problem]) -> ResultCache | None:
    """The run's cache, or None: none asked for, or a folder that cannot be used (a warning;
    the run goes on without it)."""
    if settings.cache_dir is None:
        return None
    try:
        variant = "entity-timeline" if settings.entity_timeline else ""
        return ResultCache.open(settings.cache_dir, settings.model, variant)
    except CacheRefusedError as refused:
        problems.append(Problem(str(settings.cache_dir), str(refused), is_error=False))
        return None


class _PickledEvents:
    """The events of each document, kept pickled until the merge: about a quarter of the
    memory of the objects, at the point of a run when the model is loaded as well. (Those of
    documents served by the cache are kept as their entries' JSON: five times quicker to
    read again than a pickle is to make and read.)"""

    def __init__(self) -> None:
        self.by_document: dict[int, bytes] = {}
        self.entries: dict[int, bytes] = {}  # documents served by the cache: their entries

    def keep(self, index: int, events: tuple[Event, ...]) -> None:
        self.by_document[index] = pickle.dumps(events, protocol=pickle.HIGHEST_PROTOCOL)

    def keep_entry(self, index: int, entry: bytes) -> None:
        self.entries[index] = entry

    def read(self) -> Iterator[Event]:
        """Every event, by document in the order of their indexes, each document's pickle
        let go once read: never the events and their pickles at once."""
        for index in sorted(self.by_document.keys() | self.entries.keys()):
            if index in self.entries:
                yield from cached_events(self.entries.pop(index))
            else:
                yield from pickle.loads(self.by_document.pop(index))  # (pickled by `keep`)


def _return_freed_memory() -> None:
    """Hand the memory just freed back to the system: glibc's allocator keeps it otherwise,
    and the merge would add its own on top."""
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to do
        ctypes.CDLL("libc.so.6").malloc_trim(0)
