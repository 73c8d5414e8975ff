"""Time to analyse hostile text: one document of each kind, at a few sizes up to 1 MB, each
analysed by `build_timeline` (what `timeline extract` runs) in a fresh process after the
spaCy pipeline has loaded (the load is not timed). Each run is cut after `--timeout` seconds,
and shown as ">N s": before the guards, some of these run for hours.

Kinds: runs of punctuation with no space (issue 12, item 4), words of punctuation between
spaces, `0-1-2-…`, nested parentheses, one long run of `-`, a long URL, a base64 blob, emoji,
Chinese without spaces, "word!!!!…", and the worst the guards let through (`under_marks`,
`dense`); decades ("the 1980s, the 1990s…") and "a week ago" chains (item 5); and news prose
from TempEval-3 for comparison. `--unguarded` times the analysis of what the guards would
blank or skip (how its cost grows), and each row gives the time of the merge within it.

Usage: python benchmarks/hostile.py [--kinds punct,decades] [--sizes 20,80,1000]
           [--timeout 60] [--repeat 1] [--unguarded]
(sizes in KB; by default 20, 80 and 1,000 KB for item 4's kinds and 20, 40, 80, 160 and 650 KB
for item 5's; prose at 20, 80 and 1,000 KB)
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median
from typing import Any

SILVER = Path(__file__).resolve().parents[2] / "shared" / "te3" / "silver.jsonl"
PUBLISHED = "2021-06-15"
_PUNCT = ".,;:!?"


def _fill(size: int, piece: Callable[[random.Random], str]) -> str:
    """Pieces drawn with a fixed seed until `size` characters (then cut to `size`)."""
    rng = random.Random(12)
    parts, length = [], 0
    while length < size:
        part = piece(rng)
        parts.append(part)
        length += len(part)
    return "".join(parts)[:size]


def punct(size: int) -> str:
    return (_PUNCT * (size // len(_PUNCT) + 1))[:size]


def punct_words(size: int) -> str:
    """Words of 1-12 punctuation marks between spaces, each different: the tokenizer's cache
    of chunks it has seen does not help."""
    return _fill(size, lambda r: "".join(r.choices(_PUNCT, k=r.randint(1, 12))) + " ")


def punct_random(size: int) -> str:
    return _fill(size, lambda r: r.choice(_PUNCT))


def digits_dashes(size: int) -> str:
    return _fill(size, _counter("-"))


def _counter(joint: str) -> Callable[[random.Random], str]:
    numbers = iter(range(10**9))
    return lambda _: f"{next(numbers)}{joint}"


def parens(size: int) -> str:
    return "(" * (size // 2) + ")" * (size - size // 2)


def dashes(size: int) -> str:
    return "-" * size


def url(size: int) -> str:
    head = "https://example.com/"
    return head + _fill(size - len(head), lambda r: f"p{r.randint(0, 999)}/q?a={r.random()}&")


def base64_blob(size: int) -> str:
    return base64.b64encode(random.Random(12).randbytes(size))[:size].decode()


def emoji(size: int) -> str:
    return _fill(size, lambda r: chr(r.randint(0x1F600, 0x1F64F)))


def cjk(size: int) -> str:
    return _fill(
        size, lambda r: chr(r.randint(0x4E00, 0x9FA5)) + ("。" if r.random() < 0.05 else "")
    )


def bangs(size: int) -> str:
    return "Some word" + "!" * (size - 9)


def under_marks(size: int) -> str:
    """The worst the guards let through: runs of marks just under their limit, each peeled one
    mark at a time, around one letter."""
    return _fill(size, lambda r: "".join(r.choices(_PUNCT, k=64)) + "a" + "!" * 64 + " ")


def dense(size: int) -> str:
    """Words and marks packed as tightly as the guards let through (chunks of "a!a!…")."""
    return _fill(size, lambda r: "a!" * r.randint(900, 999) + " ")


def decades(size: int) -> str:
    """Sentences of decades (issue 12, item 5)."""

    def sentence(rng: random.Random) -> str:
        a, b, c = (rng.randrange(100, 202) * 10 for _ in range(3))
        return f"Prices rose in the {a}s, the {b}s and the {c}s.\n"

    return _fill(size, sentence)


def weeks_ago(size: int) -> str:
    """Chains of relative dates: "a week ago, two days ago and a month ago"."""
    units = ["a week", "two days", "a month", "three years", "an hour", "ten days"]

    def sentence(rng: random.Random) -> str:
        a, b, c = rng.sample(units, 3)
        return f"He left {a} ago, came back {b} ago and called {c} ago.\n"

    return _fill(size, sentence)


def prose(size: int) -> str:
    """TempEval-3 silver news, one document after another, in one text."""
    texts = []
    length = 0
    with SILVER.open(encoding="utf-8") as rows:
        for line in rows:
            text = json.loads(line)["text"].strip() + "\n\n"
            texts.append(text)
            length += len(text)
            if length >= size:
                break
    return "".join(texts)[:size]


ITEM4 = (20, 80, 1000)
ITEM5 = (20, 40, 80, 160, 650)
KINDS: dict[str, tuple[Callable[[int], str], tuple[int, ...]]] = {
    "punct": (punct, ITEM4),
    "punct_random": (punct_random, ITEM4),
    "punct_words": (punct_words, ITEM4),
    "digits_dashes": (digits_dashes, ITEM4),
    "parens": (parens, ITEM4),
    "dashes": (dashes, ITEM4),
    "url": (url, ITEM4),
    "base64": (base64_blob, ITEM4),
    "emoji": (emoji, ITEM4),
    "cjk": (cjk, ITEM4),
    "bangs": (bangs, ITEM4),
    "under_marks": (under_marks, ITEM4),
    "dense": (dense, ITEM4),
    "decades": (decades, ITEM5),
    "weeks_ago": (weeks_ago, ITEM5),
    "prose": (prose, ITEM4),
}


def worker(path: Path, unguarded: bool) -> None:
    """Load the pipeline, say so, then time `build_timeline` on `path` and print the result,
    with the time of its merge (the part after the analysis of each document)."""
    from timeline import ingest
    from timeline.nlp import load_pipeline
    from timeline.run import build_timeline
    from timeline.run import timeline as run_timeline
    from timeline.settings import Settings

    if unguarded:  # the analysis's own growth, not the guards' decision
        ingest.pathological = lambda text: None  # type: ignore[assignment]
        ingest.neutralise = lambda text: (text, None)  # type: ignore[assignment]
    merging = [0.0]
    merge_events = run_timeline.merge_events

    def timed_merge(events: Any) -> Any:
        start = time.perf_counter()
        merged = merge_events(events)
        merging[0] += time.perf_counter() - start
        return merged

    run_timeline.merge_events = timed_merge  # type: ignore[assignment]
    load_pipeline(None)
    print("ready", flush=True)
    start = time.perf_counter()
    run = build_timeline([path], Settings(published=ingest.parse_published(PUBLISHED)))
    seconds = time.perf_counter() - start
    problems = [f"{'error' if p.is_error else 'warning'}: {p.message}" for p in run.problems]
    events = len(run.timeline.events)
    print(
        json.dumps(
            {"seconds": seconds, "merge": merging[0], "events": events, "problems": problems}
        )
    )


def measure(path: Path, timeout: float, unguarded: bool) -> tuple[float | None, str]:
    """(seconds, what happened) of one run in a fresh process; None when cut at `timeout`."""
    command = [sys.executable, __file__, "--worker", str(path)] + ["--unguarded"] * unguarded
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        if process.stdout.readline().strip() != "ready":
            process.wait()
            return None, "the worker failed to start"
        try:
            out, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return None, "cut"
    result = json.loads(out)
    said = "; ".join(p[:90] for p in result["problems"]) or "-"
    return result["seconds"], f"merge {result['merge']:.2f} s; {result['events']} events; {said}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--sizes", help="KB, comma-separated (default: per kind)")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument(
        "--unguarded", action="store_true", help="analyse even what the guards would skip"
    )
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.unguarded)
        return
    print(f"{'kind':14} {'KB':>5} {'seconds':>9}  outcome", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        for kind in args.kinds.split(","):
            make, default_sizes = KINDS[kind]
            sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else default_sizes
            for kb in sizes:
                path = Path(folder) / f"{kind}-{kb}.txt"
                path.write_text(make(kb * 1000), encoding="utf-8")
                runs = [measure(path, args.timeout, args.unguarded) for _ in range(args.repeat)]
                times = [s for s, _ in runs if s is not None]
                shown = (
                    f"{median(times):9.2f}" if len(times) == len(runs) else f">{args.timeout:7.0f}"
                )
                print(f"{kind:14} {kb:5} {shown}  {runs[-1][1]}", flush=True)


if __name__ == "__main__":
    main()
