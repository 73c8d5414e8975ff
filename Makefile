# Two commands: `make run` and `make test`. Both create .venv when it is missing and are safe to repeat.
# `make test` installs the dev and dask extras: the Dask engine is tested on a local cluster. It needs
# nothing beside the clone. `make eval` runs the quality gates on corpora the repository cannot ship
# (TempEval-3, the SemEval-2015 TimeLine trial kit): TIMELINE_TE3 names the first's folder (default
# ../shared/te3), TIMELINE_SHARED the folder that holds semeval15/ (default ../shared).
PYTHON ?= python3
VENV   := .venv
TIMELINE_SHARED ?= ../shared
TIMELINE_TE3 ?= $(TIMELINE_SHARED)/te3
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
TIMELINEJS := node_modules/@knight-lab/timelinejs/dist/js/timeline.js

.PHONY: run test eval lint clean browser timelinejs screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $(STAMP) $@

run: $(STAMP)
	$(BIN)/timeline extract data/raw

# The HTML export is tested in a real headless Chromium: Debian's, installed when missing.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null)

# Knight Lab's TimelineJS (package.json, locked in package-lock.json), from the npm registry with
# Debian's npm: the tests load the TimelineJS and sheet exports into it. Never shipped.
timelinejs: $(TIMELINEJS)

$(TIMELINEJS): package.json package-lock.json
	@command -v npm >/dev/null || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null)
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

test: $(DEV_STAMP) browser timelinejs
	$(BIN)/ruff check src tests benchmarks scripts fuzz
	$(BIN)/mypy
	$(BIN)/python -m pytest -m "not eval"

eval: $(DEV_STAMP)
	@test -f "$(TIMELINE_TE3)/tbaq.jsonl" -a -f "$(TIMELINE_TE3)/score_timex.py" || { \
	  echo "make eval: no TempEval-3 corpus in $(TIMELINE_TE3) (tbaq.jsonl and score_timex.py);" \
	    "set TIMELINE_TE3 to the folder that holds them" >&2; exit 2; }
	@test -f "$(TIMELINE_SHARED)/semeval15/run_trial.sh" || { \
	  echo "make eval: no SemEval-2015 trial kit in $(TIMELINE_SHARED)/semeval15;" \
	    "set TIMELINE_SHARED to the folder that holds semeval15/" >&2; exit 2; }
	$(BIN)/python scripts/semeval_trial.py --kit "$(TIMELINE_SHARED)/semeval15"
	TIMELINE_SHARED=$(TIMELINE_SHARED) TIMELINE_TE3=$(TIMELINE_TE3) $(BIN)/python -m pytest -m eval

# The README's pictures; the large run takes the first 300 TE3 silver documents (DEV lines).
screenshots: $(DEV_STAMP) browser timelinejs
	$(BIN)/python -m scripts.screenshots --silver "$(TIMELINE_TE3)/silver.jsonl"

clean:
	rm -rf $(VENV) node_modules data/out/*.json
