# Two commands on a fresh machine:  `make demo` (set up + answer a question) and `make test`.
# Dependencies install from the hash-locked files requirements-dev.lock (venv) and requirements.lock
# (Docker image). After editing the dependencies in pyproject.toml, run `make lock` and commit both files;
# `make test` (and so CI) fails while the locks are stale. `make lock-upgrade` moves every pin to the newest
# release that pyproject.toml allows.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
QUESTION ?= how many H100s for 100M users?
PIP := $(BIN)/python -m pip --quiet --disable-pip-version-check

# Locking: uv, pinned, in its own small venv (inside $(VENV), ignored by git); the locks are plain pip requirements files with hashes.
UV_VERSION := 0.13.9
LOCK_VENV := $(VENV)/lock-tools
UV := $(LOCK_VENV)/bin/uv
LOCKS := requirements-dev.lock requirements.lock
# One lock for every Python the project supports (3.11 here, 3.12 in the image) and every platform;
# `fewest` keeps one version per package instead of forking by Python version.
UV_COMPILE := $(UV) pip compile pyproject.toml --quiet --universal --fork-strategy fewest \
	--python-version 3.11 --generate-hashes --custom-compile-command 'make lock'
# sha256 of pyproject's requires-python, dependencies and optional-dependencies, stored in each lock's
# first line; comparing it is how a stale lock is caught, offline and in well under a second.
DEPS_HASH = $(shell $(PY) -c "import hashlib, json, tomllib; \
	p = tomllib.load(open('pyproject.toml', 'rb'))['project']; \
	print(hashlib.sha256(json.dumps([p.get('requires-python'), p.get('dependencies', []), \
	p.get('optional-dependencies', {})], sort_keys=True).encode()).hexdigest())")
LOCK_HEADER = \# pyproject-deps-sha256: $(DEPS_HASH)   (checked by `make lock-check`; refresh with `make lock`)

.PHONY: demo chat test lint lock-check lock lock-upgrade bench validate gate load delivery clean pg-bins charts \
	replica-rps compose-check

$(STAMP): pyproject.toml $(LOCKS)
	@$(MAKE) --no-print-directory lock-check
	$(PY) -m venv $(VENV)
	$(PIP) install --require-hashes -r requirements-dev.lock
	$(PIP) install --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/gpubot ask "$(QUESTION)"

chat: $(STAMP)
	$(BIN)/gpubot chat

lint: $(STAMP)
	$(BIN)/ruff check bot calc tests bench
	$(BIN)/mypy
	$(BIN)/hadolint Dockerfile .ci/postgres-standin/Containerfile

# The suite mostly waits (loopback servers, timers, subprocesses), so it runs in TEST_WORKERS processes
# (pytest-xdist) even on 2 cores; tests/conftest.py says how tests are handed out. TEST_WORKERS=0 runs
# it in this one process.
# Byte-code caches are written even where PYTHONDONTWRITEBYTECODE is set: every worker and every bot
# process a test starts would otherwise compile the same sources again.
TEST_WORKERS ?= 4
test: lock-check lint pg-bins
	$(BIN)/python -m compileall -q bot calc bench
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -c 'import calc'   # the compiled patterns' cache (calc/rx.py)
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/pytest -n $(TEST_WORKERS)

# The PostgreSQL tests start a throwaway server from the system's binaries, and the chart tests draw a
# Chinese chart: Debian's postgresql and fonts-wqy-microhei are installed when missing and this
# machine can (else those tests skip, saying why).
pg-bins:
	@.ci/ensure-postgres
	@.ci/ensure-fonts

# Fails when pyproject.toml's dependencies changed since the locks were made.
lock-check:
	@for f in $(LOCKS); do \
	  if ! head -n 1 $$f 2>/dev/null | grep -qx '# pyproject-deps-sha256: $(DEPS_HASH) .*'; then \
	    echo "$$f is stale or missing: pyproject.toml's dependencies changed. Run 'make lock' and commit it." >&2; \
	    exit 1; \
	  fi; \
	done

$(UV):
	$(PY) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip --quiet --disable-pip-version-check install 'uv==$(UV_VERSION)'

# Refresh both locks from pyproject.toml, keeping existing pins where they still fit (needs the index).
# The runtime lock is constrained by the dev lock, so the image and the test venv run the same versions.
lock: $(UV)
	$(UV_COMPILE) $(UV_FLAGS) --extra dev -o requirements-dev.lock
	$(UV_COMPILE) $(UV_FLAGS) -c requirements-dev.lock -o requirements.lock
	@for f in $(LOCKS); do \
	  { echo '$(LOCK_HEADER)'; grep -v '^# pyproject-deps-sha256: ' $$f; } > $$f.tmp && mv $$f.tmp $$f; \
	done

lock-upgrade:
	$(MAKE) lock UV_FLAGS=--upgrade

# The serving model against published measurements: each case, its ratio, and the mean absolute
# error in sample (the cases the factors were fitted on) and out of sample (the others).
validate: $(STAMP)
	$(BIN)/python bench/validate.py

# The held-out gate's record (tests/calc/heldout_record.txt): every question of every blind set run in two
# processes, about five minutes. Run it after changing calc/ or a set, and commit the record with the change:
# `make test` then re-runs one question in eight and checks the rest against it (a stale record makes the
# suite run all of them again). `make gate GATE_JSON=out.json` also writes each question's outcome in words,
# for `python bench/heldout_round.py diff old.json out.json` (the questions that used every input before and
# do not now).
gate: $(STAMP)
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m tests.calc.heldout_gate 2 $(GATE_JSON)

bench: $(STAMP)
	$(BIN)/python bench/bench_calc.py
	$(BIN)/python bench/bench_reading.py
	$(BIN)/python bench/bench_store.py
	$(BIN)/python bench/bench_hostile.py

# The full-size load test (bench/load.py): 1,000 Telegram questions from 200 users, 500 Slack slash
# commands and 200 mentions, against a slow, failing fake LLM and flaky platform fakes, on loopback.
# A few minutes: Telegram sends are paced at its real 30 messages/s. LOAD_ARGS='--scale 0.2' for less.
load: $(STAMP)
	$(BIN)/python bench/load.py $(LOAD_ARGS)

# Delivery at Telegram's pace (bench/delivery.py): 200 private chats asking at once, the real Telegram front
# end against a fake Bot API that allows 30 calls/s and answers 5% of calls 429; first-reply median, p99 and
# last, and every chat's messages exactly once. About 20 s. DELIVERY_ARGS='--seed 3' for another draw,
# '--baseline' for python-telegram-bot's own AIORateLimiter (how it was before bot/frontends/telegram/pace.py).
delivery: $(STAMP)
	$(BIN)/python bench/delivery.py $(DELIVERY_ARGS)

# One whole replica's requests per second (bench/replica_rps.py): a real `gpubot run` in Slack HTTP mode on a
# throwaway PostgreSQL, then on SQLite and the memory store, driven by concurrent signed events for a fixed time; answers/s,
# latency, and the database's share. About 65 s. RPS_ARGS='--seconds 30 --concurrency 32' to change the run.
replica-rps: $(STAMP) pg-bins
	$(BIN)/python bench/replica_rps.py $(RPS_ARGS)

# docker-compose.yml's postgres profile for real, with podman (.ci/compose-check): the database and two replicas,
# a Slack retry and a Telegram follow-up across them, then torn down. Root; a few minutes the first time.
compose-check: $(STAMP)
	.ci/compose-check

# The README's charts (docs/*.png): one of each kind, drawn by the CLI from the calculator.
CHART_ASK = $(BIN)/gpubot ask --chart
charts: $(STAMP)
	@mkdir -p docs
	$(CHART_ASK) docs/chart-fleet.png "how many H100s for 100M users?" > /dev/null
	$(CHART_ASK) docs/chart-capex.png "What do 50,000 H100s cost?" > /dev/null
	$(CHART_ASK) docs/chart-training.png "How long to train a 70B model on 15T tokens with 2,048 H100s at 40% MFU?" > /dev/null
	$(CHART_ASK) docs/chart-growth.png "doubles every 3.5 months: how much in 2 years?" > /dev/null
	$(CHART_ASK) docs/chart-fleet-zh.png "1亿用户需要多少张H100?" > /dev/null

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
