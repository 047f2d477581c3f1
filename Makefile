# Two commands do all set-up on a fresh machine with Python 3.11+:
#   make demo   — create .venv, install spotted, extract the bundled example article
#   make test   — create .venv, install spotted with its test tools, run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test bench clean

demo: install
	$(BIN)/spotted extract examples/vmas-2011-backstage.txt

test: install-test
	bash scripts/install-browser.sh
	$(BIN)/python -m pytest -q

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

bench: install
	$(BIN)/python bench/speed.py
	$(BIN)/python bench/accuracy.py
	$(BIN)/python bench/conll.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info

# make model: retrain the news person recognizer from ../shared/data (see training/README.md)
include training/model.mk
