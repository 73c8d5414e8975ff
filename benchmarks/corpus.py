"""Benchmark corpora made from TempEval-3's silver news (../shared/te3/silver.jsonl): the first
N documents, the corpus repeated (with new ids) when N is larger."""

from __future__ import annotations

import csv
import itertools
import json
from pathlib import Path

SILVER = Path(__file__).resolve().parents[2] / "shared" / "te3" / "silver.jsonl"


def records(source: Path, docs: int) -> list[dict[str, str]]:
    """`docs` records {id, text, dct} from `source`, repeated as needed."""
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    return [
        {"id": f"{row['doc_id']}-{i}", "text": row["text"], "dct": row["dct"]}
        for i, row in enumerate(itertools.islice(itertools.cycle(rows), docs))
    ]


def write_jsonl(source: Path, docs: int, folder: Path) -> Path:
    """The corpus as one JSON Lines file."""
    return write_rows(records(source, docs), folder / "corpus.jsonl")


def write_rows(rows: list[dict[str, str]], path: Path) -> Path:
    """`rows` as a JSON Lines file at `path`."""
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row) + "\n")
    return path


def write_folder(source: Path, docs: int, folder: Path) -> Path:
    """The corpus as a folder of .txt articles with a manifest.csv of publication dates."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as out:
        manifest = csv.writer(out)
        manifest.writerow(["file", "published"])
        for row in records(source, docs):
            name = f"{row['id']}.txt"
            (folder / name).write_text(row["text"], encoding="utf-8")
            manifest.writerow([name, row["dct"]])
    return folder


def words(source: Path, docs: int) -> int:
    return sum(len(row["text"].split()) for row in records(source, docs))
