"""Words per second of the whole `timeline extract` against bare spaCy `nlp.pipe` with the same
model, measured in the same run (this machine is shared: compare ratios, not times), and the
share of time per stage.

Usage: python benchmarks/throughput.py [--docs 2452] [--repeats 3] [--corpus silver.jsonl]
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import spacy

from timeline.events import extract_events
from timeline.export import write_atomic
from timeline.export.jsonfile import to_json
from timeline.ingest import read_documents
from timeline.merge import merge_events
from timeline.models import Document, Timeline
from timeline.nlp import load_pipeline, model_chain
from timeline.pipeline import build_timeline
from timeline.settings import Settings
from timeline.temporal import extract_time_expressions

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "te3" / "silver.jsonl"


def corpus_file(source: Path, docs: int, folder: Path) -> Path:
    """The first `docs` records of `source` (repeated, with new ids, when it has fewer)."""
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i, record in enumerate(itertools.islice(itertools.cycle(records), docs)):
            row = {"id": f"{record['doc_id']}-{i}", "text": record["text"], "dct": record["dct"]}
            out.write(json.dumps(row) + "\n")
    return path


def bare_spacy() -> spacy.Language:
    for name in model_chain(None):
        try:
            return spacy.load(name)
        except (OSError, ImportError):
            continue
    raise SystemExit("no spaCy model installed")


def end_to_end(path: Path, out: Path) -> float:
    started = time.perf_counter()
    run = build_timeline([path], Settings())
    write_atomic(out, to_json(run.timeline))
    return time.perf_counter() - started


def bare(nlp: spacy.Language, texts: list[str]) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=Settings().batch_size):
        pass
    return time.perf_counter() - started


def stages(path: Path, out: Path) -> dict[str, float]:
    """Seconds per stage, each document passed through the components one by one."""
    spent: dict[str, float] = defaultdict(float)
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        spent[stage] += now - clock
        clock = now

    nlp = load_pipeline()
    lap("load model")
    documents = [d for d in read_documents([path]) if isinstance(d, Document)]
    lap("ingest")
    events = []
    for document in documents:
        doc = nlp.make_doc(document.text)
        for name, component in nlp.pipeline:
            doc = component(doc)
            lap("time expressions" if name == "timeline_timex_v1" else "spaCy")
        expressions = extract_time_expressions(doc, document.published)
        lap("time expressions")
        events.extend(extract_events(document, doc, expressions))
        lap("events")
    merged = merge_events(events)
    lap("merge")
    write_atomic(out, to_json(Timeline(documents=(), events=tuple(merged), generated_by="")))
    lap("write")
    return dict(spent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2452)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = corpus_file(args.corpus, args.docs, Path(folder))
        documents = [d for d in read_documents([path]) if isinstance(d, Document)]
        texts = [d.text for d in documents]
        words = sum(len(t.split()) for t in texts)
        nlp = bare_spacy()
        bare(nlp, texts[:20])  # warm up
        ratios, ours, theirs = [], [], []
        for _ in range(args.repeats):
            spacy_seconds = bare(nlp, texts)
            timeline_seconds = end_to_end(path, Path(folder) / "timeline.json")
            theirs.append(words / spacy_seconds)
            ours.append(words / timeline_seconds)
            ratios.append(spacy_seconds / timeline_seconds)
        print(f"{len(texts):,} documents, {words:,} words, {args.repeats} runs (medians)")
        print(f"bare nlp.pipe      {statistics.median(theirs):8,.0f} words/s")
        print(
            f"timeline extract   {statistics.median(ours):8,.0f} words/s (model loading included)"
        )
        runs = ", ".join(f"{r:.2f}" for r in ratios)
        print(f"ratio              {statistics.median(ratios):8.2f} (runs: {runs})")
        spent = stages(path, Path(folder) / "stages.json")
        total = sum(spent.values())
        print("time per stage (documents one by one):")
        for stage, seconds in spent.items():
            print(f"  {stage:18} {seconds:7.1f} s {seconds / total:6.1%}")


if __name__ == "__main__":
    main()
