"""spaCy plumbing, below the stages that read its annotations: loading the pipeline
(`load`), running it in bounded batches (`batching`), sentence starts at line breaks
(`sentences`), and the speed stand-ins for the attribute ruler and the lemmatizer
(`attributes`, `lemmas`, checked by `standins`)."""

from timeline.nlp.batching import BATCH_CHARACTERS, BATCH_SIZE, batches, process
from timeline.nlp.load import (
    DEFAULT_MODELS,
    INSTALL_HINT,
    MAX_CHARACTERS,
    load_pipeline,
    model_chain,
)

__all__ = [
    "BATCH_CHARACTERS",
    "BATCH_SIZE",
    "DEFAULT_MODELS",
    "INSTALL_HINT",
    "MAX_CHARACTERS",
    "batches",
    "load_pipeline",
    "model_chain",
    "process",
]
