# One way to do each thing; the README and .ci/run call these targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test accuracy bench bench-smoke soak serve-compare clean

# Set up feedpub, build the site from the bundled articles and serve it on 127.0.0.1:8000.
run: $(VENV)/.installed
	$(BIN)/feedpub serve --config feedpub.toml --port 8000 --watch

# Set up feedpub with its test tools, then lint, type-check and run the whole suite.
test: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest

# Score the dateline reader field by field on real wire copy (tests/data/accuracy), dev and holdout apart.
accuracy: $(VENV)/.installed
	$(BIN)/python benchmarks/accuracy.py

# Benchmarks (not part of the tests): 1k, 10k and 100k articles against Hugo and nginx.
bench: $(VENV)/.installed
	$(BIN)/python benchmarks/run.py --sizes 1000 10000 100000

# A quick look: 1k articles, one run each, short wrk runs.
bench-smoke: $(VENV)/.installed
	$(BIN)/python benchmarks/run.py --sizes 1000 --runs 1 --serve-seconds 3 --results .bench-smoke

# One minute of pollers, rebuilds every 0.3 s and a flood of bad requests against feedpub serve
# on loopback: prints requests, statuses, torn reads, stale 304s and memory over time.
soak: $(VENV)/.installed
	$(BIN)/python benchmarks/soak.py --seconds 60

# Requests per second of feedpub serve (gzip GET, 304) against main's, side by side with wrk.
serve-compare: $(VENV)/.installed
	$(BIN)/python benchmarks/serve_compare.py --ref main --runs 5 --seconds 5

$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	touch $@

$(VENV)/.installed: $(VENV)/.created pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.created pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis public .feedpub-cache
