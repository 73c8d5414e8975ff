"""The SemEval-2015 Task 4 trial kit (../shared/semeval15) run by `scripts/semeval_trial.py` in
its two modes, the reader's timeline and the entity timelines of `extract --entity`: a gate
that fails when either micro F1 drops below the stored baseline (`make eval`), and fails with
a message naming the folder when the kit is not there."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SHARED

KIT = SHARED / "semeval15"
SCRIPT = ROOT / "scripts" / "semeval_trial.py"


def run_script(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(SCRIPT), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not (KIT / "run_trial.sh").is_file():
        pytest.fail(f"no SemEval-2015 trial kit in {KIT}: set TIMELINE_SHARED to its parent")
    work = tmp_path_factory.mktemp("semeval15")
    done = run_script("--kit", KIT, "--work", work, "--json", work / "scores.json")
    assert done.returncode == 0, done.stderr
    assert "semeval15-trial: P=" in done.stdout and "semeval15-trial-entity: P=" in done.stdout
    found: dict[str, Any] = json.loads((work / "scores.json").read_text(encoding="utf-8"))
    return found


@pytest.mark.eval
@pytest.mark.parametrize("mode", ["reader", "entity"])
def test_semeval15_trial_quality_gate(scores: dict[str, Any], mode: str) -> None:
    baseline = json.loads((ROOT / "tests" / "quality_baseline.json").read_text(encoding="utf-8"))
    held = baseline["semeval15_trial"][mode]["F1"]
    assert scores[mode]["F1"] >= held, (mode, scores[mode])
    assert len(scores[mode]["entities"]) == 6


def test_a_missing_kit_is_named(tmp_path: Path) -> None:
    done = run_script("--kit", tmp_path / "nowhere", "--work", tmp_path / "work")
    assert done.returncode == 2
    assert f"no SemEval-2015 trial kit in {tmp_path / 'nowhere'}" in done.stderr
    assert "TIMELINE_SHARED" in done.stderr
    assert not (tmp_path / "work").exists()
