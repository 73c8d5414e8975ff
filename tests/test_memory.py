"""Bounded memory in the per-document stage: each batch of documents is analysed in a spaCy
memory zone, so the shared vocabulary does not grow with the corpus, nothing kept refers to
a Doc, and the events found are kept pickled until the merge. (How much memory a run takes
is measured by benchmarks/scaling.py, not here.)"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline.models import Document, Event
from timeline.nlp import batches, process
from timeline.run import build_timeline
from timeline.run.stage import analyse_batch, analyse_document
from timeline.settings import Settings

pytestmark = pytest.mark.model


def made_up_words(tag: str, count: int = 30) -> str:
    """Words no vocabulary holds: each adds strings and a lexeme when first seen."""
    return " ".join(f"Zq{tag}x{i}vorp" for i in range(count))


def texts(tag: str, count: int) -> list[str]:
    return [
        f"The {made_up_words(f'{tag}{n}')} council approved the plan on May {n + 1}, 2021.\n"
        f"Two weeks later, Qx{tag}{n}bel Frandorin said it would open in 2023."
        for n in range(count)
    ]


def documents(tag: str, count: int) -> list[Document]:
    return [
        Document(id=f"{tag}-{n}", path=f"{tag}-{n}.txt", text=text)
        for n, text in enumerate(texts(tag, count))
    ]


def vocabulary_size(nlp: Any) -> tuple[int, int]:
    """(strings, lexemes) held by the shared vocabulary (`len(vocab)` counts lexemes ever
    added, freed or not)."""
    return len(nlp.vocab.strings), sum(1 for _ in nlp.vocab)


def test_new_words_would_grow_the_vocabulary_outside_a_zone(nlp: Any) -> None:
    """The control for the tests below: these texts do add to the vocabulary."""
    strings, lexemes = vocabulary_size(nlp)
    for doc in nlp.pipe(texts("control", 3)):
        assert len(doc)
    assert len(nlp.vocab.strings) > strings + 90
    assert sum(1 for _ in nlp.vocab) > lexemes + 90
    assert "Zqcontrol0x0vorp" in nlp.vocab


def test_batches_leave_the_vocabulary_as_they_found_it(nlp: Any) -> None:
    nlp("A first sentence on May 2, 2021, to settle the vocabulary.")
    before = vocabulary_size(nlp)
    sizes = []
    items = ((text, n) for n, text in enumerate(texts("zone", 7)))
    for n, tokens in process(nlp, items, lambda doc, n: (n, len(doc)), batch_size=2):
        sizes.append(tokens)
        assert vocabulary_size(nlp) == before, f"after document {n}"
    assert len(sizes) == 7 and all(size > 30 for size in sizes)
    assert "Zqzone0x0vorp" not in nlp.vocab.strings
    assert "Zqzone0x0vorp" not in nlp.vocab


def test_batches_are_closed_by_count_or_by_characters() -> None:
    items = [("a" * n, i) for i, n in enumerate([3, 3, 3, 9, 1, 1, 1, 1, 2])]
    grouped = [[i for _, i in batch] for batch in batches(items, 3, 7)]
    assert grouped == [[0, 1], [2], [3], [4, 5, 6], [7, 8]]  # 9 characters: a batch alone
    assert [[i for _, i in b] for b in batches(items, 2, 100)] == [
        [0, 1],
        [2, 3],
        [4, 5],
        [6, 7],
        [8],
    ]
    assert list(batches([], 3, 7)) == []


def test_a_run_is_the_same_whatever_its_batches(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of one document each, closed by characters, give the same results."""
    batch = documents("batches", 4)
    expected = analyse_batch(batch, None, 32)
    monkeypatch.setattr("timeline.nlp.batching.BATCH_CHARACTERS", 1)
    assert analyse_batch(batch, None, 32) == expected


def test_results_are_in_order_and_the_same_as_outside_a_zone(nlp: Any) -> None:
    batch = documents("same", 5)
    outside = [analyse_document(d, nlp(d.text)) for d in batch]  # no zone: the reference
    assert analyse_batch(batch, None, 2) == outside
    assert all(result.events for result in outside)


def test_no_doc_outlives_its_batch_even_without_the_garbage_collector(nlp: Any) -> None:
    """Docs cache spans of themselves in `user_data` (a reference cycle): emptied at the end of
    each document's work, the Doc is freed at once, inside its zone."""
    alive: list[weakref.ref[Any]] = []

    def work(doc: Any, document: Document) -> str:
        alive.append(weakref.ref(doc))
        doc.user_data["cycle"] = list(doc.ents)  # as clauses.entities does
        return analyse_document(document, doc).document.id

    gc.collect()
    gc.disable()
    try:
        results: Iterator[str] = process(
            nlp, ((d.text, d) for d in documents("alive", 4)), work, batch_size=2
        )
        ids = [next(results), next(results)]  # the first batch is done and its zone closed
        assert len(alive) == 2 and all(ref() is None for ref in alive)
        ids += list(results)
    finally:
        gc.enable()
    assert ids == [f"alive-{n}" for n in range(4)]
    assert len(alive) == 4 and all(ref() is None for ref in alive)


def test_a_run_keeps_the_events_of_documents_done_pickled_until_the_merge(
    nlp: Any, tmp_path: Path
) -> None:
    """While the model is loaded, the events of the documents already analysed are kept as
    pickles, not objects: the live events are only those of the document just analysed."""
    for n, text in enumerate(texts("pickled", 5)):
        (tmp_path / f"{n}.txt").write_text(text, encoding="utf-8")

    def live_events() -> int:
        return sum(isinstance(thing, Event) for thing in gc.get_objects())

    gc.collect()
    before = live_events()
    during: list[int] = []
    run = build_timeline(
        [tmp_path], Settings(batch_size=1), lambda _: during.append(live_events() - before)
    )
    assert len(during) == 5 and during[0] > 0
    assert during == [during[0]] * 5  # as many as one text tells, not more for each one done
    assert len({m.doc_id for e in run.timeline.events for m in e.mentions}) == 5
