"""Shared fixtures. Tests that need the trained spaCy pipeline use the `nlp` fixture and are
marked `model`; the pipeline is loaded once per session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "raw"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Any:
    from timeline.nlp import load_pipeline

    return load_pipeline()
