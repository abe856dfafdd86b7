"""A peer on the same table: llm-analysis 0.2.2 on the dense cases of calc/data/validation.toml.

llm-analysis is not a dependency of gpubot; run it in a venv of its own:

    python3 -m venv /tmp/lla && /tmp/lla/bin/pip install llm-analysis==0.2.2
    /tmp/lla/bin/python bench/peer_llm_analysis.py

Each case runs at llm-analysis' own default efficiencies, on the measured tensor-parallel group,
precision (FP8 = w8a8e16, FP4 = w4a4e16, KV cache 1 byte as in the measurements) and lengths, at
the largest decode batch it reports as fitting (max load, like the measurements). Models: the
Llama shapes from their configs, the MLP as a two-matrix 5 x hidden (llm-analysis' form; its own
Llama 2 70B config uses 4 x); accelerators from gpubot's catalog. MoE cases are left out (its
config derives the head size from hidden / heads, which Qwen3 does not follow).
"""
import contextlib
import io
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from llm_analysis.analysis import LLMAnalysis
from llm_analysis.config import GPUConfig, ModelConfig, ParallelismConfig, get_dtype_config_by_name

from calc.catalog import load
from calc.validation import cases, crossval, evaluate

cat = load()
GLU = 5      # MLP width in hidden sizes (two matrices)
MODELS = {
    "llama3_8b": dict(num_layers=32, n_head=32, hidden_dim=4096, vocab_size=128256,
                      num_key_value_heads=8, ffn_embed_dim=GLU * 4096, max_seq_len=131072),
    "llama3_70b": dict(num_layers=80, n_head=64, hidden_dim=8192, vocab_size=128256,
                       num_key_value_heads=8, ffn_embed_dim=GLU * 8192, max_seq_len=131072),
    "llama31_405b": dict(num_layers=126, n_head=128, hidden_dim=16384, vocab_size=128256,
                         num_key_value_heads=8, ffn_embed_dim=GLU * 16384, max_seq_len=131072),
}


def gpu(acc_id: str) -> GPUConfig:
    a = cat.accelerators[acc_id]
    t = a.tflops
    fp8 = t.get("fp8", t.get("int8", 0.0))
    return GPUConfig(name=acc_id, mem_per_GPU_in_GB=a.mem_gb,
                     hbm_bandwidth_in_GB_per_sec=a.bw_tbs * 1000,
                     intra_node_bandwidth_in_GB_per_sec=(a.link_gbs or 64) / 2,
                     intra_node_min_message_latency=8e-6, peak_fp16_TFLOPS=t["bf16"],
                     peak_i8_TFLOPS=fp8, peak_i4_TFLOPS=t.get("fp4", 2 * fp8))


def predict(c) -> tuple[float | None, int | None]:
    mc = ModelConfig(name=c.model, model_type="llama", **MODELS[c.model])
    dt = get_dtype_config_by_name("w8a8e16" if c.precision == "fp8" else "w4a4e16")

    def run(bs: int) -> dict:
        la = LLMAnalysis(mc, gpu(c.accelerator), dt, ParallelismConfig(tp_size=c.gpus))
        with contextlib.redirect_stdout(io.StringIO()):
            return la.inference(batch_size_per_gpu=bs, seq_len=int(c.input_tokens),
                                num_tokens_to_generate=int(c.output_tokens),
                                kv_cache_dtype_bytes=1)
    try:
        bs = max(1, int(run(1).get("decode_max_batch_size_per_gpu") or 1))
        return run(bs)["total_tokens_per_sec"], bs
    except AssertionError:          # llm-analysis: does not fit
        return None, None


def main() -> None:
    logging.disable(logging.CRITICAL)
    errs: dict[str, float] = {}
    for c in cases():
        if c.model not in MODELS:
            continue
        pred, bs = predict(c)
        if pred is None:
            print(f"{c.id:36} {c.measured:9,.0f}  does not fit in llm-analysis")
            continue
        errs[c.id] = abs(pred / c.measured - 1)
        print(f"{c.id:36} {c.measured:9,.0f} {pred:9,.0f}  batch {bs:6}  ratio "
              f"{pred / c.measured:.2f}")
    rows = [r for r in evaluate().rows if r.case.id in errs]
    held = [r.error for r in crossval().rows if r.case.id in errs]
    print(f"llm-analysis 0.2.2: {len(errs)} dense cases scored, mean absolute error "
          f"{sum(errs.values()) / len(errs):.1%}")
    print(f"gpubot on the same cases: {sum(r.error for r in rows) / len(rows):.1%} at the "
          f"answers' factors, {sum(held) / len(held):.1%} out of sample (each case predicted "
          f"by cross-validation's factors fitted without it)")
    bare = [r for r in evaluate(stack_factors=False).rows if r.case.id in errs]
    print(f"gpubot without its vLLM stack factor (every case at TensorRT-LLM's efficiency, as "
          f"llm-analysis runs them): {sum(r.error for r in bare) / len(bare):.1%}")


if __name__ == "__main__":
    main()
