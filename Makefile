# sovereign — make install | run | test
# Finds a Python >= 3.12 by itself (python3.13/3.12 on PATH, else pyenv's versions folder).

VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

define FIND_PYTHON
for p in python3.13 python3.12 \
  $$(ls -d $$(pyenv root 2>/dev/null || echo $$HOME/.pyenv)/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -V -r) \
  /usr/local/bin/python3.13 /usr/local/bin/python3.12 /usr/bin/python3.13 /usr/bin/python3.12 python3; do \
  if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then \
    command -v $$p; exit 0; fi; \
done; exit 1
endef
export FIND_PYTHON

.PHONY: install run demo test lint typecheck unit e2e clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@py=$$(sh -c "$$FIND_PYTHON") || { echo "sovereign needs Python >= 3.12 (none found on PATH or under \$$(pyenv root)/versions); install one, e.g. 'pyenv install 3.12'" >&2; exit 1; }; \
	echo "using $$py"; \
	test -x $(BIN)/python || $$py -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: install
	$(BIN)/sovereign run $(if $(CONFIG),--config $(CONFIG),)

demo: install
	$(BIN)/sovereign demo

lint: install
	$(BIN)/ruff check sovereign tests bench

typecheck: install
	$(BIN)/mypy

test: install lint typecheck
	$(BIN)/python -m pytest -q tests

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
