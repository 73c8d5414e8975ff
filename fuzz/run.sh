#!/bin/sh
# Fuzz the date normaliser for a bounded time (default 60 s): fuzz/run.sh [SECONDS].
# Not part of `make test`; needs atheris (pip install atheris) in .venv.
set -eu
cd "$(dirname "$0")/.."
.venv/bin/python -c "import atheris" 2>/dev/null || .venv/bin/python -m pip install --quiet atheris
exec .venv/bin/python fuzz/fuzz_normalize.py --seconds "${1:-60}"
