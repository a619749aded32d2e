# Two commands matter: `make run` (the bot) and `make test` (the tests + the eval gate).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test install index eval bench soak clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

## The Slack app when SLACK_BOT_TOKEN is set (env or .env), otherwise the local chat.
## The index is rebuilt first if it is missing or stale.
run: $(STAMP)
	$(BIN)/qabot run

## Unit, scenario and end-to-end tests (with a throwaway PostgreSQL server for the
## replica tests, see .ci/with-postgres), then the eval gate on the test split.
test: $(STAMP)
	.ci/with-postgres $(BIN)/python -m pytest
	$(BIN)/qabot eval --split test --fail-under config

index: $(STAMP)
	$(BIN)/qabot index

eval: $(STAMP)
	$(BIN)/qabot eval --split all

bench: $(STAMP)
	$(BIN)/qabot bench

## Minutes-long load test with throughput, latency and memory figures (not part of `make test`).
soak: $(STAMP)
	$(BIN)/python -m pytest -m soak -s tests/test_soak.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis var
