# Two commands on a fresh machine:  `make demo` (set up + answer a question) and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
QUESTION ?= how many H100s for 100M users?

.PHONY: demo chat test lint bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/gpubot ask "$(QUESTION)"

chat: $(STAMP)
	$(BIN)/gpubot chat

lint: $(STAMP)
	$(BIN)/ruff check bot calc tests
	$(BIN)/mypy
	$(BIN)/hadolint Dockerfile

test: lint
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/bench_calc.py
	$(BIN)/python bench/bench_reading.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
