#!/usr/bin/env python3
"""A row audit: N events drawn at random (seeded) from a `timeline extract` run, each shown as a
reader would judge it: its date, headline, event word, the sentence it comes from with the
event word marked [[like this]] and the time expression {{like this}}, and the publication
date of the document.

usage: audit_rows.py INPUT [--lines A-B] [-n 50] [--seed 13] [--jsonl FILE] [--work DIR]
                     [--cache-dir DIR | --no-cache]
       audit_rows.py --timeline RUN.json [-n 50] [--seed 13] [--jsonl FILE]
       audit_rows.py --tally JUDGED.jsonl

  INPUT       a folder, a file, or a JSON Lines file of records (one document a line)
  --lines     with a JSON Lines INPUT: only its lines A to B (1-based, inclusive), e.g. the TE3
              silver CHECK documents: --lines 2001-2452
  --timeline  sample from the JSON an earlier `timeline extract` wrote instead of running it
  --jsonl     also write the rows as JSON Lines for a judge to fill in: each row has
              date_right, headline_right and is_event (null: fill in true or false) and note
  --tally     count a judged file: rows with each judgement true, and rows right in all three

The sample is the same for the same run, N and seed (Python's `random.Random(seed)`), and is
shown in timeline order. Exit status 2 for bad arguments or a failed run.

Example: .venv/bin/python scripts/audit_rows.py ../shared/te3/silver.jsonl --lines 2001-2452 \\
           -n 50 --jsonl /tmp/audit.jsonl --cache-dir /tmp/audit-cache
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

DEFAULT_ROWS = 50
DEFAULT_SEED = 13
JUDGEMENTS = ("date_right", "headline_right", "is_event")
_RANGE = re.compile(r"(\d+)-(\d+)")


class AuditError(Exception):
    """A one-line message for bad arguments or a failed run."""


def line_range(text: str) -> tuple[int, int]:
    match = _RANGE.fullmatch(text.strip())
    if match is None or not 1 <= int(match[1]) <= int(match[2]):
        raise AuditError(f"--lines {text!r}: give A-B with 1 <= A <= B, e.g. 2001-2452")
    return int(match[1]), int(match[2])


def select_lines(source: Path, span: tuple[int, int], target: Path) -> int:
    """Copy lines A..B of `source` to `target`; returns how many were copied."""
    first, last = span
    kept = []
    with source.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if number > last:
                break
            if number >= first:
                kept.append(line if line.endswith("\n") else line + "\n")
    if not kept:
        raise AuditError(f"{source} has no lines {first}-{last}")
    target.write_text("".join(kept), encoding="utf-8")
    return len(kept)


def extract(inputs: Path, output: Path, cache: list[str]) -> None:
    """`timeline extract INPUT -o OUTPUT --quiet` with this interpreter's `timeline`."""
    command = [sys.executable, "-m", "timeline", "extract", str(inputs), "-o", str(output)]
    done = subprocess.run(
        [*command, "--quiet", *cache], capture_output=True, text=True, check=False
    )
    if done.returncode > 1 or not output.is_file():  # 1: some input could not be used
        raise AuditError(f"timeline extract failed (exit {done.returncode}): {done.stderr}")


def sample(events: list[dict[str, Any]], rows: int, seed: int) -> list[int]:
    """The indices of `rows` events drawn at random, in timeline order."""
    return sorted(random.Random(seed).sample(range(len(events)), min(rows, len(events))))


def marked(mention: dict[str, Any]) -> str:
    """The mention's sentence with its event word in [[ ]] and its time expression in {{ }}
    (each only when its offsets fall inside the sentence and do not overlap)."""
    sentence, start = mention["sentence"], mention["char_start"]
    marks = []
    for key, opening, closing in (("trigger", "[[", "]]"), ("timex", "{{", "}}")):
        span = mention.get(key)
        if span and 0 <= span["start"] - start < span["end"] - start <= len(sentence):
            marks.append((span["start"] - start, span["end"] - start, opening, closing))
    marks.sort()
    if len(marks) == 2 and marks[0][1] > marks[1][0]:
        marks = [m for m in marks if m[2] == "[["]
    for first, last, opening, closing in reversed(marks):
        sentence = f"{sentence[:first]}{opening}{sentence[first:last]}{closing}{sentence[last:]}"
    return " ".join(sentence.split())


def rows_of(timeline: dict[str, Any], picked: list[int]) -> list[dict[str, Any]]:
    published = {d["id"]: d.get("published") for d in timeline["documents"]}
    rows = []
    for number, index in enumerate(picked, start=1):
        event = timeline["events"][index]
        mentions = [
            {
                "doc_id": m["doc_id"],
                "published": published.get(m["doc_id"]),
                "sentence": marked(m),
                "trigger": (m.get("trigger") or {}).get("text"),
                "timex": (m.get("timex") or {}).get("text"),
            }
            for m in event["mentions"]
        ]
        rows.append(
            {
                "row": number,
                "event_id": event["id"],
                "date": event["date"],
                "anchor": event["anchor"],
                "headline": event["title"],
                "trigger": event.get("trigger"),
                "mentions": mentions,
                **dict.fromkeys(JUDGEMENTS),
                "note": "",
            }
        )
    return rows


def as_text(rows: list[dict[str, Any]], total: int, seed: int) -> str:
    lines = [f"{len(rows)} of {total} events, seed {seed}", ""]
    for row in rows:
        lines.append(f"[{row['row']}] {row['date']} ({row['anchor']})  {row['event_id']}")
        lines.append(f"    headline: {row['headline']}")
        lines.append(f"    trigger:  {row['trigger'] or '-'}")
        for mention in row["mentions"]:
            lines.append(
                f"    {mention['doc_id']} (published {mention['published'] or 'unknown'}): "
                f"{mention['sentence']}"
            )
        lines.append("")
    return "\n".join(lines)


def tally(path: Path) -> str:
    """Counts of a judged file: each judgement true, and all three true."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if not rows:
        raise AuditError(f"{path} has no rows")
    unjudged = sum(any(r.get(k) is None for k in JUDGEMENTS) for r in rows)
    parts = [f"{k} {sum(r.get(k) is True for r in rows)}" for k in JUDGEMENTS]
    right = sum(all(r.get(k) is True for k in JUDGEMENTS) for r in rows)
    text = f"{len(rows)} rows: " + ", ".join(parts) + f"; all three right {right}/{len(rows)}"
    if unjudged:
        text += f" ({unjudged} row{'s' if unjudged > 1 else ''} not fully judged)"
    return text


def run(args: argparse.Namespace) -> str:
    if args.tally:
        return tally(args.tally)
    if args.timeline:
        timeline = json.loads(args.timeline.read_text(encoding="utf-8"))
    else:
        if args.input is None:
            raise AuditError("give an INPUT (a folder or a file), --timeline or --tally")
        if not args.input.exists():
            raise AuditError(f"{args.input}: no such file or folder")
        work = args.work or Path(tempfile.mkdtemp(prefix="audit-rows."))
        work.mkdir(parents=True, exist_ok=True)
        inputs = args.input
        if args.lines:
            if args.input.is_dir():
                raise AuditError("--lines takes a JSON Lines file, not a folder")
            inputs = work / f"{args.input.stem}.{args.lines}.jsonl"
            select_lines(args.input, line_range(args.lines), inputs)
        cache = ["--no-cache"] if args.no_cache else ["--cache-dir", str(args.cache_dir)]
        if not args.no_cache and args.cache_dir is None:
            cache = ["--cache-dir", str(work / "cache")]
        extract(inputs, work / "run.json", cache)
        timeline = json.loads((work / "run.json").read_text(encoding="utf-8"))
    picked = sample(timeline["events"], args.rows, args.seed)
    rows = rows_of(timeline, picked)
    if args.jsonl:
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        args.jsonl.write_text(text, encoding="utf-8")
    return as_text(rows, len(timeline["events"]), args.seed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("input", type=Path, nargs="?")
    parser.add_argument("--lines", help="with a JSON Lines input: lines A-B (1-based)")
    parser.add_argument("--timeline", type=Path, help="sample from this run's JSON")
    parser.add_argument("-n", "--rows", type=int, default=DEFAULT_ROWS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--jsonl", type=Path, help="also write the rows here, to be judged")
    parser.add_argument("--work", type=Path, help="the run's folder (default: a temporary one)")
    parser.add_argument("--cache-dir", type=Path, help="the tool's cache (default: WORK/cache)")
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument("--tally", type=Path, help="count the judgements of a judged file")
    args = parser.parse_args(argv)
    try:
        if args.rows < 1:
            raise AuditError("-n must be at least 1")
        print(run(args))
    except (AuditError, OSError, json.JSONDecodeError) as error:
        print(f"audit_rows: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
