"""The temporal engine on TempEval-3's hand-annotated TimeBank+AQUAINT (`tbaq.jsonl`), scored by
`timeline.evaluate.score_timex` (the same figures as the scorer it came with): a gate that
fails when the scores drop below the stored baseline (`make eval`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, TE3
from timeline.evaluate import score_timex
from timeline.export.timeml import to_timex_jsonl
from timeline.run import tag

pytestmark = pytest.mark.model
CORPUS = TE3 / "tbaq.jsonl"


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def scores(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("te3") / "system.jsonl"
    with out.open("w", encoding="utf-8") as lines:
        for item in tag([CORPUS]):
            lines.write(to_timex_jsonl(item.document, item.expressions))
    return score_timex(_records(CORPUS), _records(out))


@pytest.mark.eval
def test_every_document_is_tagged(scores: dict[str, Any]) -> None:
    gold = len(CORPUS.read_text(encoding="utf-8").splitlines())
    assert gold == 256
    assert scores["n_gold"] == 1822


@pytest.mark.eval
@pytest.mark.parametrize("metric", ["value_F1", "strict_F1", "relaxed_F1"])
def test_te3_quality_gate(scores: dict[str, Any], metric: str) -> None:
    baseline = json.loads((ROOT / "tests" / "quality_baseline.json").read_text(encoding="utf-8"))
    assert scores[metric] >= baseline["te3"][metric], (metric, round(scores[metric], 4))


def test_timeml_output_is_well_formed_and_holds_the_text(tmp_path: Path) -> None:
    from xml.etree import ElementTree

    from timeline.export.timeml import to_timeml

    (tmp_path / "a.txt").write_text(
        "---\npublished: 2020-05-04\n---\nThe council met on Friday <b>& voted</b> in 2019.\n",
        encoding="utf-8",
    )
    (item,) = list(tag([tmp_path]))
    root = ElementTree.fromstring(to_timeml(item.document, item.expressions))
    timexes = {t.text: (t.get("type"), t.get("value")) for t in root.iter("TIMEX3")}
    assert timexes == {
        "2020-05-04": ("DATE", "2020-05-04"),  # the document creation time
        "Friday": ("DATE", "2020-05-01"),
        "2019": ("DATE", "2019"),
    }
    text = "".join(root.find("TEXT").itertext())  # type: ignore[union-attr]
    assert "<b>& voted</b>" in text
