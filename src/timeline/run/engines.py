"""Where documents are analysed: in this process, in worker processes, or on a Dask cluster.

Every engine takes (context, document) pairs lazily and yields (context, result) pairs in the
same order, keeping only a few batches in flight, so that a corpus of any size streams
through in bounded memory. The results do not depend on the engine.

`timeline.run.stage` (spaCy and the compiled grammar) is imported only when there is work: a
run whose results all come from the cache starts in a fraction of a second.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import Any, Protocol, TypeVar

from timeline.errors import SettingError, TimelineError, cut
from timeline.models import Document, DocumentResult
from timeline.nlp import load_pipeline, process
from timeline.settings import Engine, Settings

T = TypeVar("T")
DASK_HINT = "pip install 'timeline[dask]' (or pip install -e '.[dask]' in a clone)"
CONNECT_SECONDS = 10  # to reach a Dask scheduler (Dask's own default waits 30 s)


class _Future(Protocol):
    def result(self) -> list[DocumentResult]: ...


def analyse(
    items: Iterable[tuple[T, Document]], settings: Settings
) -> Iterator[tuple[T, DocumentResult]]:
    """The result of each document, in order, from the engine the settings choose.

    Raises:
        ModelNotFoundError: when no spaCy pipeline can be loaded.
        UsageError: when the Dask engine is asked for but not installed.
    """
    iterator = iter(items)
    for first in iterator:  # nothing is started, no model loaded, when there is no work
        if settings.engine is Engine.DASK:
            engine = _on_dask
        elif settings.workers > 1:
            engine = _on_processes
        else:
            engine = _here
        yield from engine(chain([first], iterator), settings)


def _here(
    items: Iterable[tuple[T, Document]], settings: Settings
) -> Iterator[tuple[T, DocumentResult]]:
    from timeline.run.stage import analyse_document

    def work(doc: Any, item: tuple[T, Document]) -> tuple[T, DocumentResult]:
        context, document = item
        return context, analyse_document(document, doc, entity_timeline=settings.entity_timeline)

    nlp = load_pipeline(settings.model)
    pairs = ((document.text, (context, document)) for context, document in items)
    yield from process(nlp, pairs, work, settings.batch_size)


def _on_processes(
    items: Iterable[tuple[T, Document]], settings: Settings
) -> Iterator[tuple[T, DocumentResult]]:
    """Batches on `settings.workers` processes, each loading the pipeline once. Processes are
    spawned, not forked, so that they never inherit threads or a half-loaded model."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from timeline.run.stage import analyse_batch

    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(settings.workers, mp_context=context)
    try:
        yield from _in_order(
            lambda batch: pool.submit(
                analyse_batch, batch, settings.model, settings.batch_size, settings.entity_timeline
            ),
            items,
            settings.batch_size,
            window=2 * settings.workers,
        )
    finally:
        pool.shutdown(cancel_futures=True)


def _on_dask(
    items: Iterable[tuple[T, Document]], settings: Settings
) -> Iterator[tuple[T, DocumentResult]]:
    """Batches on Dask workers: the cluster at `settings.scheduler`, or a local cluster of
    `settings.workers` processes. Each worker loads the pipeline once and keeps it."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise SettingError("engine", f"dask needs Dask: {DASK_HINT}") from error

    from timeline.run.stage import analyse_batch

    if settings.scheduler:
        client = _connect(Client, settings.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(
            n_workers=settings.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # a free port: None still takes 8787 (dask/distributed#8136)
        )
        client = Client(cluster, set_as_default=False)
    try:
        workers = len(client.scheduler_info().get("workers", ())) or settings.workers
        yield from _in_order(
            lambda batch: client.submit(
                analyse_batch,
                batch,
                settings.model,
                settings.batch_size,
                settings.entity_timeline,
                pure=False,
            ),
            items,
            settings.batch_size,
            window=2 * workers,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _connect(client: Callable[..., Any], address: str) -> Any:
    """A Dask client of the scheduler at `address`, or a clear error within `CONNECT_SECONDS`.

    Raises:
        TimelineError: when the scheduler cannot be reached.
    """
    try:
        return client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError) as error:
        raise TimelineError(
            f"--scheduler {cut(address)}: could not connect within {CONNECT_SECONDS} s; "
            "is a Dask scheduler running there?"
        ) from error


def _in_order(
    submit: Callable[[list[Document]], _Future],
    items: Iterable[tuple[T, Document]],
    batch_size: int,
    window: int,
) -> Iterator[tuple[T, DocumentResult]]:
    """Submit batches, at most `window` in flight, and yield their results in order."""
    pending: deque[tuple[list[T], _Future]] = deque()
    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        contexts = [context for context, _ in batch]
        pending.append((contexts, submit([document for _, document in batch])))
        if len(pending) >= window:
            yield from _collect(*pending.popleft())
    while pending:
        yield from _collect(*pending.popleft())


def _collect(contexts: list[T], future: _Future) -> Iterator[tuple[T, DocumentResult]]:
    yield from zip(contexts, future.result(), strict=True)
