# Two commands on a fresh machine: `make run` (demo app) and `make test` (whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint unit gui translations benchmark benchmark-register frozen-selftest clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

FREEZE_STAMP := $(VENV)/.freeze-stamp
$(FREEZE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dev,freeze]"
	touch $(FREEZE_STAMP)

## Set up, fill the demo database on first run, and launch the app on it.
run: $(STAMP)
	$(BIN)/att-desktop demo --if-empty
	$(BIN)/att-desktop gui

## Set up and run everything CI runs: lint, type check, the whole test suite, spread over
## the machine's cores (TEST_WORKERS=0 runs it in one process, e.g. to debug a failure).
## Each worker takes whole test files, so a module's fixtures are built once; a worker that
## crashes ends the run with its traceback (xdist's replacement worker could wait forever).
TEST_WORKERS ?= auto
test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile \
		--max-worker-restart 0

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

unit: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not gui"

## Both catalogues (docs/translations.md): the widgets' Qt .ts/.qm, and the gettext .pot/.po
## of every other text (PDFs, reports, engine texts), regenerated from the code.
translations: $(STAMP)
	$(BIN)/python -m att_desktop.ui.i18n_build
	$(BIN)/python -m att_desktop.i18n.build

## Issue 10's measures against their goals: `make benchmark CASES=500000 DB=big.sqlite3`
## (DB may be a PostgreSQL URL; an empty database is filled first, a filled one is reused).
CASES ?= 50000
benchmark: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/scale_benchmark.py --cases $(CASES) \
		$(if $(DB),--db "$(DB)")

## The register's details (each filter, the lazy table model) at 50,000 cases.
benchmark-register: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/register_benchmark.py --cases $(CASES)

## Build the frozen app (PyInstaller, dist/att-desktop/) and run its --self-test offscreen.
frozen-selftest: $(FREEZE_STAMP)
	$(BIN)/python installers/frozen_selftest.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
