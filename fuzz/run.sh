#!/bin/sh
# Fuzz every target for a bounded time each (default 60 s): fuzz/run.sh [SECONDS] [TARGET…].
# Not part of `make test` (tests/faults/test_fuzz.py runs each target briefly with hypothesis);
# needs atheris in .venv, installed here when missing. Exit code 1 when a target failed: its
# input is in fuzz/artifacts/.
set -u
cd "$(dirname "$0")/.."
.venv/bin/python -c "import atheris" 2>/dev/null || .venv/bin/python -m pip install --quiet atheris
seconds="${1:-60}"
[ $# -gt 0 ] && shift
targets="${*:-$(.venv/bin/python -m fuzz.harness --list)}"
failed=""
for target in $targets; do
    echo "== $target: $seconds s"
    .venv/bin/python -m fuzz.harness "$target" --seconds "$seconds" || failed="$failed $target"
done
if [ -n "$failed" ]; then
    echo "failed:$failed (inputs in fuzz/artifacts/)"
    exit 1
fi
echo "no failure in $seconds s per target"
