"""Our time-expression engine and the whole `timeline extract` against the libraries people
reach for to find dates in text: dateparser's `search_dates` and datefinder's `find_dates`.

Speed: words per second on the same TE3 silver documents in the same run; each run takes new
documents, so that no library profits from a cache of the texts it has seen. Quality: each
tool's dates on TempEval-3 `tbaq.jsonl` scored with `score_timex.py` (the libraries give a
full date for every match; it is written as the TIMEX3 value YYYY-MM-DD).

Usage: python benchmarks/peers.py [--docs 100] [--repeats 3] [--no-quality]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from corpus import SILVER, records, write_rows

from timeline.ingest import parse_published
from timeline.nlp import load_pipeline
from timeline.run import build_timeline, tag
from timeline.settings import Settings
from timeline.temporal import extract_time_expressions

TE3 = SILVER.parent
Finder = Callable[[str, datetime], Iterator[tuple[str, datetime]]]


def dateparser_finder() -> Finder:
    from dateparser.search import search_dates

    def find(text: str, base: datetime) -> Iterator[tuple[str, datetime]]:
        found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
        yield from found or ()

    return find


def datefinder_finder() -> Finder | None:
    try:
        import datefinder
    except ImportError:
        print("datefinder is not installed (pip install datefinder): left out")
        return None

    def find(text: str, base: datetime) -> Iterator[tuple[str, datetime]]:
        for when, source in datefinder.find_dates(text, source=True, base_date=base):
            yield source, when

    return find


def base_date(dct: str) -> datetime:
    return datetime.fromisoformat(dct[:10])


def speed(args: argparse.Namespace, peers: dict[str, Finder]) -> None:
    batches = [
        records(args.corpus, args.docs * (repeat + 1))[args.docs * repeat :]
        for repeat in range(args.repeats)
    ]
    words = [sum(len(row["text"].split()) for row in rows) for rows in batches]
    settings = Settings()
    nlp = load_pipeline(settings.model)
    recognise = nlp.get_pipe("timeline_timex_v1")
    seconds: dict[str, list[float]] = {}

    def timed(name: str, work: Callable[[], object]) -> None:
        started = time.perf_counter()
        work()
        seconds.setdefault(name, []).append(time.perf_counter() - started)

    with tempfile.TemporaryDirectory() as folder:
        for rows in batches:
            path = write_rows(rows, Path(folder) / "corpus.jsonl")
            with nlp.select_pipes(disable=["timeline_timex_v1"]):
                docs = list(nlp.pipe(row["text"] for row in rows))
            dates = [parse_published(row["dct"][:10]) for row in rows]
            pairs = list(zip(docs, dates, strict=True))
            timed(
                "timeline time-expression engine alone",
                lambda pairs=pairs: [extract_time_expressions(recognise(d), p) for d, p in pairs],
            )
            timed(
                "timeline tag (spaCy + time expressions)",
                lambda path=path: list(tag([path], settings)),
            )
            timed(
                "timeline extract (everything)", lambda path=path: build_timeline([path], settings)
            )
            for name, find in peers.items():
                timed(
                    name,
                    lambda find=find, rows=rows: [
                        list(find(r["text"], base_date(r["dct"]))) for r in rows
                    ],
                )
    rates = {
        name: statistics.median(w / s for w, s in zip(words, runs, strict=True))
        for name, runs in seconds.items()
    }
    print(f"speed: {args.repeats} runs of {args.docs:,} new documents each (medians)")
    for name, rate in rates.items():
        print(f"  {name:42} {rate:10,.0f} words/s")
    ours = [name for name in rates if name.startswith("timeline")]
    for peer in peers:
        for name in ours:
            print(f"  {name.split(' (')[0]:38} / {peer:24} {rates[name] / rates[peer]:6.2f}x")


def quality(peers: dict[str, Finder]) -> None:
    gold = TE3 / "tbaq.jsonl"
    scorer = TE3 / "score_timex.py"
    documents = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    print("quality on TempEval-3 tbaq.jsonl (score_timex.py):")
    with tempfile.TemporaryDirectory() as folder:
        ours = Path(folder) / "timeline.jsonl"
        command = [Path(sys.executable).with_name("timeline"), "tag", gold, "-o", ours]
        subprocess.run([str(part) for part in command], check=True, stderr=subprocess.DEVNULL)
        outputs = {"timeline tag": ours}
        for name, find in peers.items():
            outputs[name] = Path(folder) / f"{name}.jsonl"
            with outputs[name].open("w", encoding="utf-8") as out:
                for document in documents:
                    found = timexes(
                        document["text"], find(document["text"], base_date(document["dct"]))
                    )
                    out.write(json.dumps({"doc_id": document["doc_id"], "timexes": found}) + "\n")
        for name, path in outputs.items():
            scored = subprocess.run(
                [sys.executable, str(scorer), str(gold), str(path), "--json"],
                check=True,
                capture_output=True,
                text=True,
            )
            score = json.loads(scored.stdout)
            print(
                f"  {name:26} strict F1 {score['strict_F1']:.3f}  relaxed F1 "
                f"{score['relaxed_F1']:.3f}  value F1 {score['value_F1']:.3f}"
            )


def timexes(text: str, found: Iterator[tuple[str, datetime]]) -> list[dict[str, object]]:
    """The matches as TE3 timexes: each found in the text after the previous one."""
    result: list[dict[str, object]] = []
    position = 0
    for source, when in found:
        start = text.find(source, position)
        if start < 0:
            continue
        position = start + len(source)
        value = when.date().isoformat()
        result.append(
            {"start": start, "end": position, "text": source, "type": "DATE", "value": value}
        )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=SILVER)
    parser.add_argument("--no-quality", dest="quality", action="store_false")
    args = parser.parse_args()
    peers = {"dateparser.search_dates": dateparser_finder()}
    if (other := datefinder_finder()) is not None:
        peers["datefinder.find_dates"] = other
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser's deprecation warnings
        speed(args, peers)
        if args.quality:
            quality(peers)


if __name__ == "__main__":
    main()
