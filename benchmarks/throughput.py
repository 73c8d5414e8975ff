"""Words per second of the whole `timeline extract` against bare spaCy `nlp.pipe` over the same
pipeline (the model as `load_pipeline` makes it: our two components for line breaks and time
expressions added, its lemmatizer run on demand and its attribute ruler replaced by the same
rules without the Matcher), and against the plain model as spaCy loads it, measured in the same
run (this machine is shared: compare ratios, not times), and the share of time per stage.

Ratios are given in wall-clock time and in this process's CPU time: when other work shares the
machine, the CPU time of each measurement is the steadier of the two.

Usage: python benchmarks/throughput.py [--docs 2452] [--repeats 3] [--corpus silver.jsonl]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections import defaultdict, deque
from collections.abc import Callable
from pathlib import Path

import spacy
from corpus import SILVER, write_jsonl

from timeline.events import extract_events
from timeline.export import write_timeline
from timeline.ingest import read_documents
from timeline.merge import merge_events
from timeline.models import Document, Timeline
from timeline.nlp import load_pipeline, model_chain
from timeline.run import build_timeline
from timeline.settings import Settings
from timeline.temporal import extract_time_expressions


def plain_model() -> spacy.Language:
    """The model as spaCy loads it, without our components."""
    for name in model_chain(None):
        try:
            return spacy.load(name)
        except (OSError, ImportError):
            continue
    raise SystemExit("no spaCy model installed")


Seconds = tuple[float, float]  # wall clock, CPU


def timed(work: Callable[[], object]) -> Seconds:
    started = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - started[0], time.process_time() - started[1]


def end_to_end(path: Path, out: Path) -> Seconds:
    return timed(lambda: write_timeline(build_timeline([path], Settings()).timeline, out))


def bare(nlp: spacy.Language, texts: list[str]) -> Seconds:
    return timed(lambda: deque(nlp.pipe(texts, batch_size=Settings().batch_size), maxlen=0))


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
    write_timeline(Timeline(documents=(), events=tuple(merged), generated_by=""), out)
    lap("write")
    return dict(spent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2452)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=SILVER)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = write_jsonl(args.corpus, args.docs, Path(folder))
        documents = [d for d in read_documents([path]) if isinstance(d, Document)]
        texts = [d.text for d in documents]
        words = sum(len(t.split()) for t in texts)
        pipelines = {"same pipeline": load_pipeline(), "plain model": plain_model()}
        for nlp in pipelines.values():
            bare(nlp, texts[:20])  # warm up
        speeds: dict[str, list[float]] = {"timeline extract": []}
        ratios: dict[str, list[Seconds]] = {name: [] for name in pipelines}
        for _ in range(args.repeats):
            plain = {name: bare(nlp, texts) for name, nlp in pipelines.items()}
            timeline_seconds = end_to_end(path, Path(folder) / "timeline.json")
            speeds["timeline extract"].append(words / timeline_seconds[0])
            for name in pipelines:
                speeds.setdefault(f"bare nlp.pipe, {name}", []).append(words / plain[name][0])
                ratios[name].append(
                    (
                        plain[name][0] / timeline_seconds[0],
                        plain[name][1] / timeline_seconds[1],
                    )
                )
        print(f"{len(texts):,} documents, {words:,} words, {args.repeats} runs (medians)")
        for name, values in speeds.items():
            print(f"  {name:34} {statistics.median(values):8,.0f} words/s")
        print("timeline extract (model loading included) over bare nlp.pipe:")
        for clock, label in enumerate(("wall clock", "CPU time")):
            for name, pairs in ratios.items():
                values = [pair[clock] for pair in pairs]
                runs = ", ".join(f"{r:.2f}" for r in values)
                median = statistics.median(values)
                print(f"  {name + ', ' + label:34} {median:8.2f}  (runs: {runs})")
        spent = stages(path, Path(folder) / "stages.json")
        total = sum(spent.values())
        print("time per stage (documents one by one):")
        for stage, seconds in spent.items():
            print(f"  {stage:18} {seconds:7.1f} s {seconds / total:6.1%}")


if __name__ == "__main__":
    main()
