# The README's two set-up commands: `make site` and `make test`. Both work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: site test lint eval eval-pdf floor benchmark clean serve

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

# make eval: the devset on texts and PDFs, the held-out sets on texts (about 15 s);
# make eval-pdf: the held-out sets on their PDFs too (about a minute).
HELDOUT = heldout:HELDOUT heldout-b:HELDOUT-B heldout-c:HELDOUT-C heldout-d:HELDOUT-D \
	heldout-e:HELDOUT-E heldout-f:HELDOUT-F heldout-g:HELDOUT-G \
	heldout-h:HELDOUT-H heldout-i:HELDOUT-I heldout-j:HELDOUT-J \
	heldout-k:HELDOUT-K heldout-l:HELDOUT-L \
	heldout-m:HELDOUT-M heldout-n:HELDOUT-N heldout-o:HELDOUT-O heldout-p:HELDOUT-P heldout-q:HELDOUT-Q heldout-r:HELDOUT-R heldout-s:HELDOUT-S heldout-t:HELDOUT-T heldout-u:HELDOUT-U heldout-v:HELDOUT-V practice:PRACTICE

# Each held-out set as eval/<set> -> eval/<REPORT>.md, two at a time (the machine has two
# cores, and a stop hook allows make eval about 30 s); then their overall rows, in order.
define eval_heldout
	@printf '%s\n' $(HELDOUT) | xargs -P 2 -I{} sh -c 'pair={}; \
		$(BIN)/python -m puljeportal.evaluate eval/$${pair%%:*} $(1) \
			--out eval/$${pair##*:}.md > /dev/null'
	@for pair in $(HELDOUT); do \
		grep '^| \(texts\|pdf\)' eval/$${pair##*:}.md | sed "s|^|$${pair%%:*} |"; \
	done
endef

eval: $(STAMP_TEST)
	$(BIN)/python -m puljeportal.evaluate ../shared/devset --out eval/RESULTS.md
	$(call eval_heldout,--no-pdf)
	@grep '^| \(texts\|pdf\)' eval/RESULTS.md | sed 's|^|devset |'

eval-pdf: $(STAMP_TEST)
	$(call eval_heldout,--pdf)

# make floor: raise eval/floor.json (the quality floor of the tests) to today's figures.
floor: $(STAMP_TEST)
	$(BIN)/python eval/floor.py --write

benchmark: $(STAMP_RUN)
	$(BIN)/python scripts/benchmark.py --pools 10 100 1000

clean:
	rm -rf site build .pytest_cache
