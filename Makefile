# Two commands: `make run` and `make test`. Both create .venv when it is missing and are safe to repeat.
# `make test` installs the dev and dask extras: the Dask engine is tested on a local cluster.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run test lint clean browser screenshots

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

test: $(DEV_STAMP) browser
	$(BIN)/ruff check src tests benchmarks scripts fuzz
	$(BIN)/mypy
	$(BIN)/python -m pytest

screenshots: $(STAMP) browser
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) data/out/*.json
