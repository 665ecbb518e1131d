# Two commands do all the set-up: `make run` and `make test`. Both create .venv from the
# lock file first, on a machine that has only Python 3.11+ and make.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bench-xapi bench-certificates bench-dashboard conformance venv lock clean

$(STAMP): requirements/lock.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/lock.txt
	@touch $(STAMP)

venv: $(STAMP)

## Serve the platform with demo content at http://127.0.0.1:8000 (Ctrl-C stops everything).
run: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo --once
	PATH="$(abspath $(BIN)):$$PATH" exec $(BIN)/honcho -f Procfile.dev start

## The whole test suite (PostgreSQL + Redis when DATABASE_URL / REDIS_URL are set).
test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## Static checks CI runs beside the tests.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/python manage.py makemigrations --check --dry-run

## Benchmarks under bench/, printed as ratios against a baseline measured in the same run.
bench: $(STAMP)
	$(BIN)/python -m bench

## Only the event seam and xAPI benchmarks (bench/xapi_*.py): seam cost, ingest, reads at
## a million statements, forwarding to Ralph.
bench-xapi: $(STAMP)
	$(BIN)/python -m bench xapi

## Only the status API against a bare view under load, at 1,000 and 100,000 people
## (bench/certificates_api.py).
bench-certificates: $(STAMP)
	$(BIN)/python -m bench certificates

## Only the manager dashboard at 100,000 staff with 20 modules each: p50/p95 per view beside a
## bare view, summary freshness, the minute sweep (bench/dashboard.py).
bench-dashboard: $(STAMP)
	$(BIN)/python -m bench dashboard

## ADL's LRS conformance suite (xAPI 1.0.3) against /xapi/: CONFORMANCE_SUITE=/path/to/suite.
conformance: $(STAMP)
	CONFORMANCE_SUITE="$(CONFORMANCE_SUITE)" bench/conformance.sh

## Re-resolve requirements/lock.txt from pyproject.toml.
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --no-header -o requirements/lock.txt

clean:
	rm -rf $(VENV) var/
