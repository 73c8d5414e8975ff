"""Engines and cache: worker processes, a Dask cluster and cached results all give the same
bytes as one process analysing everything afresh."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from timeline.cache import ResultCache, clear_cache, model_identity, source_fingerprint
from timeline.cli import app
from timeline.errors import ModelNotFoundError
from timeline.export import format_timeline
from timeline.ingest import read_documents
from timeline.models import Document
from timeline.nlp import load_pipeline
from timeline.run import build_timeline
from timeline.run.stage import analyse_batch
from timeline.settings import Engine, Settings

from .conftest import SAMPLE

pytestmark = pytest.mark.model
runner = CliRunner()
NEWS8 = Path(__file__).parent / "data" / "news8"


def documents(folder: Path = SAMPLE) -> list[Document]:
    return [d for d in read_documents([folder]) if isinstance(d, Document)]


def timeline_json(paths: list[Path], **settings: Any) -> str:
    run = build_timeline(paths, Settings(**settings))
    assert not run.problems
    assert len(run.timeline.documents) == len(documents(paths[0]))
    return format_timeline(run.timeline)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples and news8 in one folder: 12 articles, several batches of 2."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(SAMPLE, folder / "samples")
    shutil.copytree(NEWS8, folder / "news8")
    return folder


@pytest.fixture(scope="module")
def expected(corpus: Path, nlp: Any) -> str:
    """The timeline from one process, no cache."""
    return timeline_json([corpus])


@pytest.fixture(scope="module")
def warm_cache(corpus: Path, expected: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache holding every document of the corpus."""
    folder = tmp_path_factory.mktemp("warm")
    assert timeline_json([corpus], cache_dir=folder) == expected
    return folder


def test_cached_results_are_exactly_the_computed_ones(nlp: Any, tmp_path: Path) -> None:
    store = ResultCache(tmp_path, None)
    for document, result in zip(documents(), analyse_batch(documents(), None, 8), strict=True):
        key = store.key(document)
        assert key is not None
        store.put(key, result)
        assert store.get(key, document) == result
    assert store.hits == 4


def test_second_run_reads_the_cache_and_never_loads_the_model(
    corpus: Path, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert timeline_json([corpus], cache_dir=tmp_path) == expected
    entries = sorted(tmp_path.glob("*/*.json"))
    assert len(entries) == 12

    def no_model(model: str | None = None) -> Any:
        raise ModelNotFoundError("the model was loaded")

    monkeypatch.setattr("timeline.run.engines.load_pipeline", no_model)
    monkeypatch.setattr("timeline.run.stage.load_pipeline", no_model)
    assert timeline_json([corpus], cache_dir=tmp_path) == expected
    # ...and a changed document is analysed again: here, that needs the model.
    changed = corpus.parent / "changed"
    shutil.copytree(corpus, changed)
    article = next((changed / "news8").glob("*.txt"))
    article.write_text(article.read_text(encoding="utf-8") + "\nIt rained on May 2, 2019.\n")
    with pytest.raises(ModelNotFoundError):
        build_timeline([changed], Settings(cache_dir=tmp_path))


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: data.replace(b'"sentence":"', b'"sentence":"X', 1),  # altered, same size
        lambda data: b"",  # empty
        lambda data: b"\x00\xff" * 10,  # garbage
    ],
    ids=["truncated", "altered", "empty", "garbage"],
)
def test_a_damaged_entry_is_ignored_and_rebuilt(
    corpus: Path, expected: str, warm_cache: Path, tmp_path: Path, damage: Any
) -> None:
    shutil.copytree(warm_cache, tmp_path, dirs_exist_ok=True)
    entries = sorted(tmp_path.glob("*/*.json"))
    for entry in entries[:3]:
        entry.write_bytes(damage(entry.read_bytes()))
    before = ResultCache(tmp_path, None)
    assert sum(before.get(before.key(d) or "", d) is None for d in documents(corpus)) == 3
    assert timeline_json([corpus], cache_dir=tmp_path) == expected
    rebuilt = ResultCache(tmp_path, None)
    assert all(rebuilt.get(rebuilt.key(d) or "", d) is not None for d in documents(corpus))


def test_an_entry_under_another_key_is_not_trusted(nlp: Any, tmp_path: Path) -> None:
    first, second = documents()[:2]
    store = ResultCache(tmp_path, None)
    key_1, key_2 = store.key(first), store.key(second)
    assert key_1 and key_2 and key_1 != key_2
    store.put(key_1, analyse_batch([first], None, 1)[0])
    Path(store._path(key_2)).parent.mkdir(parents=True, exist_ok=True)
    Path(store._path(key_1)).rename(store._path(key_2))  # a valid entry, in the wrong place
    assert store.get(key_2, second) is None
    assert store.get(key_2, first) is None


def test_the_code_fingerprint_follows_the_word_lists_too(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "stage.py").write_text("WORDS = 1\n", encoding="utf-8")
    (tmp_path / "data" / "words.toml").write_text('verbs = ["rise"]\n', encoding="utf-8")
    first = source_fingerprint(tmp_path)
    (tmp_path / "data" / "words.toml").write_text('verbs = ["rise", "fall"]\n', encoding="utf-8")
    second = source_fingerprint(tmp_path)
    assert second != first  # a changed word list: another extraction
    (tmp_path / "notes.md").write_text("a note\n", encoding="utf-8")
    assert source_fingerprint(tmp_path) == second  # a note changes nothing extracted


def test_the_key_follows_content_metadata_model_and_code(nlp: Any, tmp_path: Path) -> None:
    document = documents()[0]
    store = ResultCache(tmp_path, None)
    key = store.key(document)
    assert key == ResultCache(tmp_path, None).key(document)
    variants = [
        {"text": document.text + " "},
        {"published": None},
        {"title": "Another title"},
        {"id": "another-id"},
    ]
    for change in variants:
        assert store.key(document.__class__(**{**document.__dict__, **change})) != key, change
    other_code = ResultCache(tmp_path, None)
    other_code.setup = str(other_code.setup).replace("|", "|changed code|", 1)
    assert other_code.key(document) != key
    assert model_identity(None) is not None
    assert ResultCache(tmp_path, "no_such_model_anywhere").key(document) is None


def test_workers_give_the_same_bytes(corpus: Path, expected: str) -> None:
    assert timeline_json([corpus], workers=2, batch_size=2) == expected


def test_dask_local_cluster_gives_the_same_bytes(corpus: Path, expected: str) -> None:
    assert timeline_json([corpus], engine=Engine.DASK, workers=2, batch_size=2) == expected


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as running:
        yield running


def test_dask_scheduler_address_gives_the_same_bytes(
    corpus: Path, expected: str, cluster: Any, tmp_path: Path
) -> None:
    address = cluster.scheduler_address
    settings = {"engine": Engine.DASK, "scheduler": address, "batch_size": 3}
    assert timeline_json([corpus], **settings) == expected
    assert timeline_json([corpus], **settings) == expected
    # Each worker loaded the model once, however many batches it analysed.
    from distributed import Client

    with Client(address, set_as_default=False) as client:
        loads = client.run(lambda: load_pipeline.cache_info().misses)
    assert len(loads) == 2 and set(loads.values()) <= {0, 1} and sum(loads.values()) >= 1
    # Half the documents cached, half analysed on the cluster: still the same bytes.
    timeline_json([corpus / "news8"], cache_dir=tmp_path)
    assert timeline_json([corpus], cache_dir=tmp_path, **settings) == expected


def test_a_worker_without_the_model_fails_with_the_model_error(corpus: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="no_such_model"):
        build_timeline([corpus], Settings(model="no_such_model", workers=2))


def test_cli_cache_options_and_clear(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "timeline.json"
    cache = tmp_path / "cache"
    base = ["extract", str(corpus), "-q", "-o", str(out), "--cache-dir", str(cache)]
    assert runner.invoke(app, [*base, "--no-cache"]).exit_code == 0
    assert not cache.exists()
    assert runner.invoke(app, base).exit_code == 0
    first = out.read_bytes()
    assert len(list(cache.glob("*/*.json"))) == 12
    info = runner.invoke(app, ["cache", "info", "--cache-dir", str(cache)])
    assert "12 documents" in info.output
    assert runner.invoke(app, [*base, "--workers", "2"]).exit_code == 0
    assert out.read_bytes() == first
    cleared = runner.invoke(app, ["cache", "clear", "--cache-dir", str(cache)])
    assert cleared.exit_code == 0 and "Removed 12 cached documents" in cleared.output
    assert not list(cache.glob("*/*"))
    assert clear_cache(cache) == (0, 0)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--workers", "0"], "--workers must be at least 1"),
        (["--scheduler", "tcp://127.0.0.1:8786"], "add --engine dask"),
    ],
)
def test_cli_engine_usage_errors(options: list[str], message: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(SAMPLE), "-o", str(tmp_path / "t.json"), *options])
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "t.json").exists()


def test_dask_engine_without_dask_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if it were not installed
    out = tmp_path / "t.json"
    result = runner.invoke(app, ["extract", str(SAMPLE), "--engine", "dask", "-o", str(out)])
    assert result.exit_code == 2
    assert "pip install 'timeline[dask]'" in result.output
    assert not out.exists()


def test_a_large_one_off_run_unloads_the_model_before_merging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nlp: Any
) -> None:
    """The command line's runs give the pipeline's memory back to the merge; a library run,
    or a small one, keeps the model for the next call."""
    monkeypatch.setattr("timeline.run.timeline.RELEASE_AFTER", 3)
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.txt").write_text(f"The bridge {i} opened on May {i + 2}, 2022.\n")
    build_timeline([folder], Settings())
    assert load_pipeline.cache_info().currsize >= 1
    build_timeline([folder / "0.txt"], Settings(release_model=True))
    assert load_pipeline.cache_info().currsize >= 1
    run = build_timeline([folder], Settings(release_model=True))
    assert load_pipeline.cache_info().currsize == 0
    assert len(run.timeline.events) == 4
