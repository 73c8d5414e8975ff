"""Words per second of our time-expression engine and of the whole `timeline extract` against
the libraries people reach for to find dates in text: dateparser's `search_dates` and
datefinder's `find_dates`, on the same documents, in the same run.

Usage: python benchmarks/peers.py [--docs 100] [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import warnings
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from corpus import SILVER, records, write_jsonl

from timeline.ingest import parse_published
from timeline.nlp import load_pipeline
from timeline.pipeline import build_timeline, tag
from timeline.settings import Settings
from timeline.temporal import extract_time_expressions


def timed(work: Callable[[], int]) -> tuple[float, int]:
    started = time.perf_counter()
    found = work()
    return time.perf_counter() - started, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=SILVER)
    args = parser.parse_args()
    rows = records(args.corpus, args.docs)
    words = sum(len(row["text"].split()) for row in rows)
    bases = [datetime.fromisoformat(row["dct"][:10]) for row in rows]

    from dateparser.search import search_dates

    def dateparser_run() -> int:
        found = 0
        for row, base in zip(rows, bases, strict=True):
            hits = search_dates(row["text"], languages=["en"], settings={"RELATIVE_BASE": base})
            found += len(hits or ())
        return found

    contenders: dict[str, Callable[[], int]] = {"dateparser.search_dates": dateparser_run}
    try:
        import datefinder

        def datefinder_run() -> int:
            return sum(
                len(list(datefinder.find_dates(row["text"], base_date=base)))
                for row, base in zip(rows, bases, strict=True)
            )

        contenders["datefinder.find_dates"] = datefinder_run
    except ImportError:
        print("datefinder is not installed (pip install datefinder): left out")

    with tempfile.TemporaryDirectory() as folder:
        path = write_jsonl(args.corpus, args.docs, Path(folder))
        settings = Settings()
        list(tag([path], settings))  # load the model once, as a long run would

        def tag_run() -> int:
            return sum(len(item.expressions) for item in tag([path], settings))

        def extract_run() -> int:
            return len(build_timeline([path], settings).timeline.events)

        nlp = load_pipeline(settings.model)
        with nlp.select_pipes(disable=["timeline_timex_v1"]):
            docs = list(nlp.pipe(row["text"] for row in rows))
        recognise = nlp.get_pipe("timeline_timex_v1")
        published = [parse_published(row["dct"][:10]) for row in rows]

        def engine_run() -> int:
            """The time-expression engine alone, on Docs spaCy has already analysed."""
            return sum(
                len(extract_time_expressions(recognise(doc), date))
                for doc, date in zip(docs, published, strict=True)
            )

        ours = {
            "timeline time-expression engine alone": engine_run,
            "timeline tag (spaCy + time expressions)": tag_run,
            "timeline extract (everything)": extract_run,
        }
        results: dict[str, list[tuple[float, int]]] = {}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # dateparser's deprecation warnings
            for _ in range(args.repeats):
                for name, work in {**ours, **contenders}.items():
                    results.setdefault(name, []).append(timed(work))
    print(f"{len(rows):,} documents, {words:,} words, {args.repeats} runs (medians)")
    speed = {name: words / statistics.median(s for s, _ in runs) for name, runs in results.items()}
    for name, runs in results.items():
        print(f"  {name:42} {speed[name]:9,.0f} words/s  {runs[0][1]:6,} found")
    for peer in contenders:
        for name in ours:
            print(f"  {name.split(' (')[0]:38} / {peer:24} {speed[name] / speed[peer]:6.2f}x")


if __name__ == "__main__":
    main()
