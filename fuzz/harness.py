"""The atheris (libFuzzer) harness for the targets in `fuzz/targets.py`, run by hand for a
bounded time, one target at a time (`fuzz/run.sh` runs them all):

    .venv/bin/pip install atheris
    .venv/bin/python -m fuzz.harness json --seconds 60
    .venv/bin/python -m fuzz.harness --list

Each target starts from its seeds (`fuzz/seeds/TARGET/`) and keeps what it learns in
`fuzz/corpus/TARGET/` (not in git). A failing input is written to `fuzz/artifacts/` and the
run stops with its traceback; replay it with `python -m fuzz.harness TARGET ARTIFACT`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["timeline", "fuzz"]):
    from fuzz.targets import TARGETS

HERE = Path(__file__).resolve().parent
MAX_LEN = {"normalize": 256, "html": 8192}  # bytes per input; others: DEFAULT_MAX_LEN
DEFAULT_MAX_LEN = 4096
DICTIONARIES = {"normalize": "dates.dict", "json": "json.dict", "jsonl": "json.dict"}
SLOW_INPUT = 30  # seconds: an input that takes longer is a finding


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", nargs="?", choices=sorted(TARGETS))
    parser.add_argument("--seconds", type=int, default=60, help="how long to fuzz")
    parser.add_argument("--list", action="store_true", help="print the targets' names")
    args, rest = parser.parse_known_args()
    if args.list or args.target is None:
        print("\n".join(TARGETS))
        return
    name = args.target
    artifacts = HERE / "artifacts"
    artifacts.mkdir(exist_ok=True)
    corpus = HERE / "corpus" / name
    corpus.mkdir(parents=True, exist_ok=True)
    argv = [
        sys.argv[0],
        f"-max_total_time={args.seconds}",
        f"-artifact_prefix={artifacts}/{name}-",
        f"-max_len={MAX_LEN.get(name, DEFAULT_MAX_LEN)}",
        f"-timeout={SLOW_INPUT}",
        "-len_control=0",  # long inputs from the start: deep nesting and long numbers need them
        "-print_final_stats=1",
    ]
    if name in DICTIONARIES:
        argv.append(f"-dict={HERE / DICTIONARIES[name]}")
    replay = [arg for arg in rest if not arg.startswith("-")]
    argv += [arg for arg in rest if arg.startswith("-")]
    argv += replay or [str(corpus), str(HERE / "seeds" / name)]
    atheris.Setup(argv, TARGETS[name])
    atheris.Fuzz()


if __name__ == "__main__":
    main()
