# The README's two commands: `make demo` and `make test`. Both do all set-up and are safe to repeat.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup system venv bench-hashing clean constraints

demo: setup
	$(BIN)/evidtriage demo demo-case

test: setup
	$(BIN)/python -m pytest -q -n auto --dist worksteal

setup: system venv

system:
	@sh scripts/setup-system.sh

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[test]'
	@touch $(STAMP)

# Re-pin the constraints file after changing dependencies in pyproject.toml.
constraints: venv
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e' > constraints.txt

bench-hashing: setup
	$(BIN)/python bench/hashing.py

clean:
	rm -rf $(VENV) demo-case
