#!/usr/bin/env python3
"""Score `timeline` on the SemEval-2015 Task 4 (TimeLine) trial kit in its two modes.

usage: semeval_trial.py [--kit DIR] [--timeline-bin PATH] [--work DIR] [--cache-dir DIR]
                        [--json FILE]

  reader   the kit's default, `run_trial.sh`: one `timeline extract` of the 30 articles (the
           reader's timeline), each entity's events chosen by the kit (`--select name`).
  entity   one `timeline extract data/trial.jsonl --entity NAME` per line of
           data/entities.txt (the entity's own timeline), each converted by the kit's
           `timeline_to_task.py --select all` into one system folder.

Both are scored by the kit's `score_timelines.py`. Prints each mode's micro line
("semeval15-trial: P=.. R=.. F1=..", "semeval15-trial-entity: …"), then its per-entity lines;
`--json` also writes {"reader": {"P", "R", "F1", "entities": {name: {"P", "R", "F1"}}},
"entity": {…}}. The kit is `--kit`, else $TIMELINE_SHARED/semeval15, else ../shared/semeval15
next to the repository (as in the Makefile). Exit status 2 when the kit or the tool is missing.

Example: .venv/bin/python scripts/semeval_trial.py --work /tmp/trial --json /tmp/trial.json
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
KIT_FILES = ("run_trial.sh", "timeline_to_task.py", "score_timelines.py", "data/trial.jsonl",
             "data/entities.txt", "data/gold")  # fmt: skip
LABELS = {"reader": "semeval15-trial", "entity": "semeval15-trial-entity"}
_LINE = re.compile(r"^\s*(?P<name>[\w.-]+): P=(?P<P>[\d.]+) R=(?P<R>[\d.]+) F1=(?P<F1>[\d.]+)")


_SHOWN = re.compile(rf"{_LINE.pattern}|^timeline_to_task: ")


class KitError(Exception):
    """The kit or the tool is not where it should be: a one-line message."""


def default_kit() -> Path:
    shared = os.environ.get("TIMELINE_SHARED")
    return (Path(shared) if shared else ROOT.parent / "shared") / "semeval15"


def check_kit(kit: Path) -> None:
    missing = [name for name in KIT_FILES if not (kit / name).exists()]
    if missing:
        raise KitError(
            f"no SemEval-2015 trial kit in {kit} (missing {', '.join(missing)}); "
            "set TIMELINE_SHARED to the folder that holds semeval15/, or pass --kit"
        )


def entity_file(name: str) -> str:
    """The task's file name for an entity, as the kit writes it ("iTunes store" ->
    itunes_store.txt)."""
    return "_".join(name.lower().split()) + ".txt"


def read_scores(output: str, label: str) -> dict[str, Any]:
    """The micro line `label: P=.. R=.. F1=..` and the per-entity lines after it."""
    scores: dict[str, Any] = {}
    entities: dict[str, dict[str, float]] = {}
    for line in output.splitlines():
        match = _LINE.match(line)
        if match is None:
            continue
        values = {key: float(match[key]) for key in ("P", "R", "F1")}
        if match["name"] == label and not line.startswith(" "):
            scores.update(values)
        elif line.startswith(" "):
            entities[match["name"]] = values
    if "F1" not in scores:
        raise KitError(f"the scorer printed no '{label}' line:\n{output}")
    scores["entities"] = entities
    return scores


def run(command: list[str | Path], env: dict[str, str] | None = None) -> str:
    """The command's output (stdout and stderr, in the order written), shown if it fails."""
    done = subprocess.run(
        [str(part) for part in command],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise KitError(f"{' '.join(map(str, command[:3]))}… failed:\n{done.stdout.strip()}")
    return done.stdout


def reader_mode(kit: Path, tool: Path, work: Path, cache: Path) -> tuple[dict[str, Any], str]:
    env = {**os.environ, "CACHE_DIR": str(cache), "PYTHON": sys.executable}
    output = run(["bash", kit / "run_trial.sh", tool, work / "reader"], env)
    return read_scores(output, LABELS["reader"]), output


def entity_mode(kit: Path, tool: Path, work: Path, cache: Path) -> tuple[dict[str, Any], str]:
    names = [
        line.strip()
        for line in (kit / "data" / "entities.txt").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    base = work / "entity"
    system = base / "system"
    system.mkdir(parents=True, exist_ok=True)
    for old in system.glob("*.txt"):
        old.unlink()
    for name in names:
        slug = entity_file(name).removesuffix(".txt")
        extracted = base / f"{slug}.timeline.json"
        command: list[str | Path] = [tool, "extract", kit / "data" / "trial.jsonl"]
        command += ["--entity", name, "-o", extracted, "--quiet", "--cache-dir", cache]
        run(command)
        converted = base / slug
        run([sys.executable, kit / "timeline_to_task.py", extracted, "-o", converted,
             "--data", kit / "data", "--select", "all"])  # fmt: skip
        (system / entity_file(name)).write_bytes((converted / entity_file(name)).read_bytes())
    output = run([sys.executable, kit / "score_timelines.py", kit / "data" / "gold", system,
                  "--label", LABELS["entity"], "--json", base / "scores.json"])  # fmt: skip
    return read_scores(output, LABELS["entity"]), output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--kit", type=Path, help="the kit (default: $TIMELINE_SHARED/semeval15)")
    tool = Path(sys.executable).with_name("timeline")
    parser.add_argument("--timeline-bin", type=Path, default=tool, help=f"default: {tool}")
    parser.add_argument("--work", type=Path, help="outputs (default: a new temporary folder)")
    parser.add_argument("--cache-dir", type=Path, help="the tool's cache (default: WORK/cache)")
    parser.add_argument("--json", type=Path, help="also write the scores here")
    args = parser.parse_args(argv)
    kit = (args.kit or default_kit()).resolve()
    try:
        check_kit(kit)
        if not os.access(args.timeline_bin, os.X_OK):
            raise KitError(f"cannot run {args.timeline_bin} (pass --timeline-bin)")
        work = (args.work or Path(tempfile.mkdtemp(prefix="semeval15-trial."))).resolve()
        work.mkdir(parents=True, exist_ok=True)
        cache = (args.cache_dir or work / "cache").resolve()
        scores = {}
        for mode, score in (("reader", reader_mode), ("entity", entity_mode)):
            scores[mode], output = score(kit, args.timeline_bin.resolve(), work, cache)
            shown = [line for line in output.splitlines() if _SHOWN.match(line)]
            print("\n".join(shown), flush=True)
    except KitError as error:
        print(f"semeval_trial: {error}", file=sys.stderr)
        return 2
    if args.json:
        args.json.write_text(json.dumps(scores, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"(outputs in {work})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
