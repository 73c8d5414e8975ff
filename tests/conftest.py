"""Shared fixtures. Tests that need the trained spaCy pipeline use the `nlp` fixture and are
marked `model`; the pipeline is loaded once per session."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# Properties are about correctness, not speed: a shared, busy machine must not fail them.
settings.register_profile("timeline", deadline=None)
settings.load_profile("timeline")

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "raw"
# Corpora the repository cannot ship (TempEval-3, and the scorers they came with): only the
# tests marked `eval` read them (`make eval`); `make test` needs nothing beside the clone.
SHARED = Path(os.environ.get("TIMELINE_SHARED") or ROOT.parent / "shared")
TE3 = Path(os.environ.get("TIMELINE_TE3") or SHARED / "te3")


@pytest.fixture(autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts with an empty results cache of its own, never the user's."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(scope="session")
def nlp() -> Any:
    from timeline.nlp import load_pipeline

    return load_pipeline()
