# The README's two set-up commands: `make site` and `make test`. Both work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: site test lint eval benchmark clean serve

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -e .
	touch $@

$(STAMP_TEST): $(STAMP_RUN)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

site: $(STAMP_RUN)
	$(BIN)/puljeportal update
	$(BIN)/puljeportal build
	@echo
	@echo "Sitet er bygget: site/index.html"
	@echo "Se det lokalt:   $(BIN)/python -m http.server -d site 8000  (åbn http://localhost:8000)"

test: $(STAMP_TEST)
	$(BIN)/ruff check scripts tests
	$(BIN)/mypy
	$(BIN)/python -m pytest

eval: $(STAMP_TEST)
	$(BIN)/python -m puljeportal.evaluate ../shared/devset --out eval/RESULTS.md
	$(BIN)/python -m puljeportal.evaluate eval/heldout --out eval/HELDOUT.md
	$(BIN)/python -m puljeportal.evaluate eval/heldout-b --out eval/HELDOUT-B.md
	$(BIN)/python -m puljeportal.evaluate eval/heldout-c --out eval/HELDOUT-C.md
	$(BIN)/python -m puljeportal.evaluate eval/heldout-d --out eval/HELDOUT-D.md
	$(BIN)/python -m puljeportal.evaluate eval/heldout-e --out eval/HELDOUT-E.md

benchmark: $(STAMP_RUN)
	$(BIN)/python scripts/benchmark.py --pools 10 100 1000

clean:
	rm -rf site build .pytest_cache
