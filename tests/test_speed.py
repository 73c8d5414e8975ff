"""What the speed work keeps: the commonest words stay known from one batch to the next (the
tokenizer caches nothing inside a batch's memory zone), and the lemmatizer asked on demand
reads its word index quickly without changing the pipeline's own, which can still be saved.
(How fast a run is, is measured by benchmarks/throughput.py, not here.)"""

from __future__ import annotations

from typing import Any

import pytest

from timeline.nlp import process
from timeline.nlp.lemmas import lemma

pytestmark = pytest.mark.model

COMMON = ("government", "Government", "announced", "percent", "million")


def test_the_commonest_words_are_known_before_any_batch_and_after_every_one(nlp: Any) -> None:
    assert all(word in nlp.vocab for word in COMMON)
    assert "Zqspeedxvorp" not in nlp.vocab
    texts = [
        f"The government announced {n} percent more, a million Zqspeedxvorp." for n in range(3)
    ]
    lengths = list(process(nlp, ((text, n) for n, text in enumerate(texts)), lambda d, n: len(d)))
    assert lengths == [11, 11, 11]
    assert all(word in nlp.vocab for word in COMMON)
    assert "Zqspeedxvorp" not in nlp.vocab  # the memory contract: the batch's own words go


def test_the_pipelines_own_lemmatizer_keeps_its_tables_and_can_be_saved(nlp: Any) -> None:
    own = nlp.get_pipe("lemmatizer")
    assert isinstance(own.lookups.get_table("lemma_index")["noun"], list)
    assert own.to_bytes()
    doc = nlp("The councils were voting on the proposals after the hearings ended.")
    lemmas = [lemma(t) for t in doc if t.pos_ in ("NOUN", "VERB")]
    assert lemmas == ["council", "vote", "proposal", "hearing", "end"]
