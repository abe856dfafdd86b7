"""Per-GPU serving throughput from first principles (a roofline of decode and prefill).

Each decode step of a batch of B sequences reads the weights once (for an MoE, the experts
the batch touches) plus every sequence's KV cache, and does 2 x active params FLOPs per token
plus attention over the context; each sequence's prefill (2 x active params x prompt tokens plus
causal attention over the prompt) is spread over its output tokens, as continuous batching
interleaves it with decode. Compute and memory phases are taken not to overlap (their times
add), which is what measured serving stacks look like at large batch, plus a host time per
sequence per step on each rank and, on a group of GPUs, the fixed latency of its collectives.
The batch is limited by the memory left after the weights (a sequence holding the KV cache of
its whole prompt and answer, TensorRT-LLM's default admission), by the scheduler's cap per
replica and, where a latency target is set, by time per output token.
An MoE served attention data-parallel holds (and reads each step) a copy of its non-expert
weights on every rank; only its experts are split over the group.

The efficiency factors are one global Calibration (no per-case or per-accelerator factor beyond
the catalog's measured matmul efficiency, MAMF / peak, 0.70 where none is published):
- decode and prefill compute efficiency (x MAMF), separately: prefill runs large GEMMs;
- memory bandwidth efficiency (of the HBM peak);
- tensor parallelism: the all-reduce traffic of every token (two per layer, of the hidden
  state at 16 bits, ring: 2 (n-1)/n of it crosses each GPU's link) over the catalog's link
  bandwidth (half the bidirectional headline) x a link efficiency;
- the collectives' latency: on a group of more than one GPU every forward pass (a decode step,
  one prompt's prefill) crosses two collectives per layer (a dense model's all-reduces, an MoE's
  all-gather before its experts and reduce-scatter after them), each taking a fixed time
  whatever its size (synchronising the GPUs), so a step has a part its batch does not divide.
  Without it an MoE on 8 GPUs, whose per-sequence work is small, was modelled too fast at
  1,500 sequences and too slow at 3,000 (on B200 FP4 most, where the rest of the step is shortest);
- MoE: compute efficiency for routing, grouped GEMMs and expert load imbalance;
- FP4: the fraction of the FP4 peak reached, relative to the FP8 path.
CALIBRATION is fitted once on a table of published measurements and checked out of sample by
cross-validation (calc/data/validation.toml, `make validate`); LEGACY_V40 is the earlier
single-point calibration on MLPerf Inference v4.0, kept so its figures can be reproduced.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from calc.catalog import BYTES_PER_PARAM, Accelerator, Model

DEFAULT_MAMF = 0.70
MEMORY_USABLE = 0.90          # the rest: activations, runtime, fragmentation
MAX_GROUP = 64


@dataclass(frozen=True)
class Calibration:
    name: str
    software: str              # the measured software generation the factors represent
    source: str
    decode: float              # decode compute efficiency (x MAMF)
    prefill: float             # prefill compute efficiency (x MAMF)
    hbm: float                 # memory bandwidth efficiency
    tp: float                  # earlier forms: a penalty per doubling of the tensor-parallel group
                               # (on compute in LEGACY_V40, on the step in FIRST_FIT)
    moe: float                 # MoE compute efficiency
    fp4: float                 # fraction of the FP4 peak reached (1.0 = FP4 twice FP8)
    link: float = 0.0          # fraction of the GPU-to-GPU link bandwidth (one direction) the
                               # tensor-parallel all-reduces reach; 0 = no communication term
    moe_attention_dp: bool = False     # MoE: one all-reduce's traffic per layer, not two
    tp_on_compute_only: bool = False   # the legacy model's form
    prefill_attention: bool = True     # the legacy model left prefill attention out
    host_us: float = 0.0       # host time per sequence per decode step on each rank (scheduling,
                               # sampling): microseconds
    reserve_full_kv: bool = False   # a sequence is admitted only when the KV cache for its
                                    # whole prompt + answer is free (TensorRT-LLM's default
                                    # GUARANTEED_NO_EVICT); else at its average length
    max_batch: int = 0         # sequences one replica (one attention-data-parallel rank of an
                               # MoE) schedules at most; 0 = 4,096 per GPU, the earlier form
    dp_replicas_shared: bool = False   # MoE with attention data-parallel: every rank holds (and
                                       # reads each step) its own copy of the non-expert weights
                                       # (attention, embeddings); only the experts are split
    collective_us: float = 0.0  # latency of one collective across the group (an all-reduce, or an
                                # MoE's all-gather / reduce-scatter), whatever its size: two per
                                # layer per forward pass when the group has more than one GPU


LEGACY_V40 = Calibration(
    name="mlperf-v4.0", software="MLPerf Inference v4.0 (TensorRT-LLM, 2024)",
    source="one point: 8 x H100 SXM, Llama 2 70B FP8, MLPerf Inference v4.0 Offline, 21,806 "
           "tokens/s, read at the calculator's 500/500-token defaults",
    decode=0.62, prefill=0.62, hbm=0.80, tp=0.04, moe=0.50, fp4=1.0,
    tp_on_compute_only=True, prefill_attention=False)

# The first fit on the table, before the link-traffic term replaced the per-doubling penalty
# (kept so the README's figures for it can be reproduced).
FIRST_FIT = Calibration(
    name="first-fit", software="TensorRT-LLM 1.0 (2025)",
    source="the first fit on calc/data/validation.toml, with a tensor-parallel penalty per doubling",
    decode=0.6101, prefill=0.5595, hbm=1.0, tp=0.0493, moe=0.2176, fp4=0.7334)

# Fitted with `python bench/validate.py --fit` on every TensorRT-LLM case of
# calc/data/validation.toml; its out-of-sample error is 5-fold cross-validation's
# (calc/validation.py, crossval).
CALIBRATION = Calibration(
    name="trtllm-1.0",
    software="TensorRT-LLM 1.0 (2025)",
    source="fitted on 93 published TensorRT-LLM measurements (1.0 and 0.19; H100, H200, B200, "
           "GB200; Llama 3.1 8B, Llama 3.3 70B, Llama 3.1 405B, Qwen3-235B-A22B, Qwen3-30B-A3B; "
           "FP8 and FP4; 128 to 20,000 input tokens), checked out of sample by 5-fold "
           "cross-validation: calc/data/validation.toml",
    decode=0.8994, prefill=0.9226, hbm=0.8975, tp=0.0, moe=0.2625, fp4=0.5653, link=0.5741,
    moe_attention_dp=True, host_us=10.9375, max_batch=4096, reserve_full_kv=True,
    dp_replicas_shared=True, collective_us=36.7187)

# The fit before the collectives' fixed latency per forward pass (every step's time was
# proportional to its batch beyond the weights read): kept so the README's figures can be reproduced.
SEVENTH_FIT = Calibration(
    name="trtllm-1.0-no-sync", software="TensorRT-LLM 1.0 (2025)",
    source="the fit on calc/data/validation.toml without the collectives' latency",
    decode=0.7137, prefill=0.9462, hbm=0.82, tp=0.0, moe=0.2429, fp4=0.59, link=0.5428,
    moe_attention_dp=True, host_us=7.1875, max_batch=4096, reserve_full_kv=True,
    dp_replicas_shared=True)

# The fit on the fixed split's 11 fit cases alone, before cross-validation (86 held out): kept
# so the README's figures for it can be reproduced.
SIXTH_FIT = Calibration(
    name="trtllm-1.0-fixed-split",
    software="TensorRT-LLM 1.0 (2025)",
    source="fitted on the fixed split's 11 TensorRT-LLM 1.0 cases of calc/data/validation.toml",
    decode=1.1063, prefill=0.9226, hbm=0.7331, tp=0.0, moe=0.2469, fp4=0.5079, link=0.5223,
    moe_attention_dp=True, host_us=3.4375, max_batch=4096, reserve_full_kv=True,
    dp_replicas_shared=True)

# The fit before an MoE's attention-data-parallel ranks each held their own copy of the
# non-expert weights (the experts alone were split): kept so the README's figures can be reproduced.
FIFTH_FIT = Calibration(
    name="trtllm-1.0-split-shared", software="TensorRT-LLM 1.0 (2025)",
    source="the fit on calc/data/validation.toml with an MoE's non-expert weights split over its group",
    decode=1.0028, prefill=0.8856, hbm=0.7766, tp=0.0, moe=0.2469, fp4=0.5188, link=0.5463,
    moe_attention_dp=True, host_us=3.6719, max_batch=4096, reserve_full_kv=True)

# The fit before a sequence held the KV cache of its whole prompt + answer (it held its average
# length): kept so the README's earlier figures can be reproduced.
FOURTH_FIT = Calibration(
    name="trtllm-1.0-avg-kv", software="TensorRT-LLM 1.0 (2025)",
    source="the fit on calc/data/validation.toml with KV cache held at the average length",
    decode=1.0204, prefill=0.9383, hbm=0.7191, tp=0.0, moe=0.2547, fp4=0.5065, link=0.5149,
    moe_attention_dp=True, host_us=3.75, max_batch=4096)

# The fit before the per-sequence host time and trtllm-bench's batch cap of 4,096 per replica
# (kept so the README's earlier figures can be reproduced).
THIRD_FIT = Calibration(
    name="trtllm-1.0-no-host", software="TensorRT-LLM 1.0 (2025)",
    source="the fit on calc/data/validation.toml without host time, 4,096 sequences per GPU",
    decode=0.8133, prefill=0.8485, hbm=0.7203, tp=0.0, moe=0.2469, fp4=0.5625, link=0.5426,
    moe_attention_dp=True)

# The fit before MoE communication followed the attention-data-parallel layout (one all-reduce's
# traffic per layer instead of two): kept so the README's earlier figures can be reproduced.
SECOND_FIT = Calibration(
    name="trtllm-1.0-tp-moe", software="TensorRT-LLM 1.0 (2025)",
    source="the fit on calc/data/validation.toml with MoE layers communicating like dense ones",
    decode=0.83, prefill=0.89, hbm=0.69, tp=0.0, moe=0.38, fp4=0.56, link=0.55)


@dataclass(frozen=True)
class ServingPoint:
    group: int                 # GPUs per model replica (tensor/pipeline parallel)
    batch: int                 # concurrent sequences per replica
    step_s: float              # time per decode step (= time per output token per sequence)
    tokens_per_s_per_gpu: float
    bound: str                 # "memory-bandwidth" or "compute"
    weights_gb: float
    kv_gb_per_seq: float
    compute_precision: str
    latency_limited: bool
    t_compute_s: float
    t_memory_s: float
    prefill_s: float = 0.0     # one prompt's prefill on the replica, alone
    ttft_limited: bool = False
    concurrency_limited: bool = False   # the batch is a stated concurrency, not memory

    @property
    def ttft_s(self) -> float:
        """Time to first token at this operating point, before any queueing: the prompt's
        prefill plus the decode step already running when it arrives."""
        return self.prefill_s + self.step_s


def weight_bytes(model: Model, precision: str) -> float:
    return model.params_b * 1e9 * BYTES_PER_PARAM[precision]


def kv_bytes_per_token(model: Model, precision: str) -> float:
    kv16 = model.kv_bytes_per_token or 0.0
    # KV cache is kept at 8 bits when weights are 8 bits or fewer (as FP8 serving stacks do).
    return kv16 * (0.5 if BYTES_PER_PARAM[precision] <= 1 else 1.0)


def min_group(model: Model, acc: Accelerator, precision: str) -> int | None:
    w = weight_bytes(model, precision)
    n = 1
    while n <= MAX_GROUP:
        if w <= 0.85 * n * acc.mem_gb * 1e9 * MEMORY_USABLE:
            return n
        n *= 2
    return None


def serving_points(model: Model, acc: Accelerator, precision: str, *, input_tokens: float,
                   output_tokens: float, tpot_target_s: float | None,
                   max_group: int | None = None,
                   cal: Calibration | None = None,
                   ttft_target_s: float | None = None,
                   max_batch: Callable[[int], int] | None = None) -> list[ServingPoint]:
    """One operating point per power-of-two group size that fits, up to max_group (64).
    With a time-to-first-token target (already divided by any queueing margin), a group whose
    prefill alone misses it is left out, and the batch of the others is capped so that prefill
    plus one decode step meets it. `max_batch(group)` caps the sequences per replica (a stated
    concurrency spread over the replicas)."""
    first = min_group(model, acc, precision)
    if first is None:
        return []
    points = []
    n = first
    while n <= max(first, min(max_group or MAX_GROUP, MAX_GROUP)):
        pt = _point(model, acc, precision, n, input_tokens, output_tokens, tpot_target_s,
                    cal or CALIBRATION, ttft_target_s, max_batch(n) if max_batch else None)
        if pt is not None:
            points.append(pt)
        n *= 2
    return points


def serving_point(model: Model, acc: Accelerator, precision: str, *, input_tokens: float,
                  output_tokens: float, tpot_target_s: float | None,
                  max_group: int | None = None,
                  cal: Calibration | None = None) -> ServingPoint | None:
    """The operating point with the best per-GPU throughput; None if the model does not fit."""
    pts = serving_points(model, acc, precision, input_tokens=input_tokens,
                         output_tokens=output_tokens, tpot_target_s=tpot_target_s,
                         max_group=max_group, cal=cal)
    return fastest(pts) if pts else None


def fastest(points: list[ServingPoint]) -> ServingPoint:
    """The operating point with the most output tokens/s per GPU."""
    return max(points, key=lambda p: p.tokens_per_s_per_gpu)


def fewest_gpus(points: list[ServingPoint], need_tokens_per_s: float) -> tuple[ServingPoint, int]:
    """The group size that serves a load with the fewest GPUs (whole replicas), small first."""
    best: tuple[ServingPoint, int] | None = None
    for pt in points:
        n = math.ceil(need_tokens_per_s / pt.tokens_per_s_per_gpu / pt.group) * pt.group
        if best is None or n < best[1]:
            best = (pt, n)
    assert best is not None
    return best


def group_point(model: Model, acc: Accelerator, precision: str, group: int, *,
                input_tokens: float, output_tokens: float, tpot_target_s: float | None = None,
                cal: Calibration | None = None,
                max_batch: int | None = None) -> ServingPoint | None:
    """The operating point of one replica on exactly `group` GPUs (None if it does not fit),
    with at most `max_batch` sequences."""
    return _point(model, acc, precision, group, input_tokens, output_tokens, tpot_target_s,
                  cal or CALIBRATION, None, max_batch)


def _point(model: Model, acc: Accelerator, precision: str, n: int, lin: float, lout: float,
           tpot: float | None, cal: Calibration,
           ttft: float | None = None, cap: int | None = None) -> ServingPoint | None:
    peak, used = acc.peak_tflops(precision)
    if used == "fp4":
        peak *= cal.fp4
    mamf = acc.mamf_fraction or DEFAULT_MAMF
    tp_eff = 1 - cal.tp * math.log2(n)   # legacy form only
    moe = cal.moe if model.active_params_b is not None else 1.0
    base = n * peak * 1e12 * mamf * moe * (tp_eff if cal.tp_on_compute_only else 1.0)
    c_dec, c_pre = base * cal.decode, base * cal.prefill
    bandwidth = n * acc.bw_tbs * 1e12 * cal.hbm
    w = weight_bytes(model, precision)
    # attention data-parallel: the n - 1 extra copies of the non-expert weights, held and read
    copies = (n - 1) * _shared_bytes(model, w) if (
        cal.dp_replicas_shared and cal.moe_attention_dp and n > 1) else 0.0
    kv_tok = kv_bytes_per_token(model, precision)
    ctx_avg = lin + lout / 2
    kv_seq = ctx_avg * kv_tok
    free = n * acc.mem_gb * 1e9 * MEMORY_USABLE - w - copies
    if free <= 0:
        return None
    kv_held = (lin + lout) * kv_tok if cal.reserve_full_kv else kv_seq
    b_mem = max(1, math.floor(free / max(kv_held, 1.0))) if kv_held > 0 else 4096
    limit = _batch_limit(model, n, cal)
    capped = cap is not None and cap < min(b_mem, limit)
    b_mem = min(b_mem, limit, cap or limit)
    shape = (model.layers or 0) * (model.heads or 0) * (model.head_dim or 0)
    attn = 4 * shape * ctx_avg
    pre_attn = 2 * shape * lin * lin if cal.prefill_attention else 0.0   # causal: 4 x L^2 / 2
    flops_dec = 2 * model.active_b * 1e9 + attn
    flops_pre = (2 * model.active_b * 1e9 * lin + pre_attn) / lout
    per_tok_c = flops_dec / c_dec + flops_pre / c_pre
    link_s = 0.0                 # link time per token crossing the all-reduces
    if n > 1 and cal.link > 0:
        hidden = model.hidden or (model.heads or 0) * (model.head_dim or 0) or \
            math.sqrt(model.params_b * 1e9 / (12 * (model.layers or 1)))
        # two all-reduces per layer (attention, MLP) for a dense model; an MoE is served with
        # attention data-parallel and the experts spread over the group (TensorRT-LLM's MoE
        # recipe, enable_attention_dp): an all-gather before the experts and a reduce-scatter
        # after them, the traffic of one all-reduce per layer
        reduces = 1 if model.active_params_b is not None and cal.moe_attention_dp else 2
        per_token_bytes = reduces * (model.layers or 0) * hidden * 2 * 2 * (n - 1) / n
        link_s = per_token_bytes / ((acc.link_gbs or 64) / 2 * 1e9 * cal.link)
        per_tok_c += link_s * (1 + lin / lout)
    # the collectives' latency: a fixed time per forward pass (decode step or prompt), however
    # many tokens it carries
    sync_s = 2 * (model.layers or 0) * cal.collective_us * 1e-6 if n > 1 else 0.0
    # one prompt alone: its prefill FLOPs and link traffic, and one read of the weights
    prefill_s = flops_pre * lout / c_pre + link_s * lin + w / bandwidth + sync_s
    stretch = 1.0 if cal.tp_on_compute_only else 1 + cal.tp * math.log2(n)

    dp_ranks = n if model.active_params_b is not None and cal.moe_attention_dp else 1
    host = cal.host_us * 1e-6 / dp_ranks

    def step(b: int) -> tuple[float, float, float]:
        tc = b * per_tok_c * stretch
        tm = (_weights_read(model, w, b) + copies + b * kv_seq) / bandwidth * stretch
        return tc + tm + b * host + sync_s, tc, tm

    batch = b_mem
    limited = False
    by_ttft = False
    if ttft is not None:
        room = ttft - prefill_s * (1.0 if cal.tp_on_compute_only else 1 + cal.tp * math.log2(n))
        if room <= 0 or step(1)[0] > room:
            return None
        if tpot is None or room < tpot:
            tpot, by_ttft = room, True
    if tpot is not None and step(batch)[0] > tpot:
        lo, hi = 1, batch
        dense = model.active_params_b is None or not model.experts or not model.experts_active
        per_seq = (per_tok_c + kv_seq / bandwidth) * stretch + host
        if dense and per_seq > 0:
            # step time is linear in the batch for a dense model: start the search at the
            # analytic answer and confirm it (the same integer the bisection would find)
            guess = int((tpot - w / bandwidth * stretch - sync_s) / per_seq)
            guess = min(max(guess, 1), batch)
            if step(guess)[0] <= tpot and (guess == batch or step(guess + 1)[0] > tpot):
                lo = hi = guess
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if step(mid)[0] <= tpot:
                lo = mid
            else:
                hi = mid - 1
        batch, limited = lo, True
    t, tc, tm = step(batch)
    return ServingPoint(group=n, batch=batch, step_s=t, tokens_per_s_per_gpu=batch / t / n,
                        bound="compute" if tc >= tm else "memory-bandwidth",
                        weights_gb=w / 1e9, kv_gb_per_seq=kv_seq / 1e9,
                        compute_precision=used, latency_limited=limited,
                        t_compute_s=tc, t_memory_s=tm,
                        prefill_s=prefill_s * stretch, ttft_limited=limited and by_ttft,
                        concurrency_limited=capped and not limited)


def _batch_limit(model: Model, n: int, cal: Calibration) -> int:
    """The scheduler's cap on sequences per replica: `cal.max_batch` (per attention-data-parallel
    rank for an MoE served that way), else the earlier 4,096 per GPU."""
    if not cal.max_batch:
        return 4096 * n
    dp = model.active_params_b is not None and cal.moe_attention_dp
    return cal.max_batch * (n if dp else 1)


def _shared_bytes(model: Model, w: float) -> float:
    """Bytes of an MoE's weights outside its routed experts (attention, embeddings, norms,
    router): what each attention-data-parallel rank keeps whole. 0 for a dense model."""
    if model.active_params_b is None or not model.experts or not model.experts_active:
        return 0.0
    e, a = model.experts, model.experts_active
    per_expert = (model.params_b - model.active_params_b) / (e - a)
    return w * max(model.params_b - e * per_expert, 0.0) / model.params_b


def _weights_read(model: Model, w: float, batch: int) -> float:
    """Bytes of weights one decode step reads: all of a dense model; for an MoE the shared
    part plus the experts that at least one token in the batch is routed to."""
    if model.active_params_b is None or not model.experts or not model.experts_active:
        return w
    e, a = model.experts, model.experts_active
    per_expert = (model.params_b - model.active_params_b) / (e - a)
    shared = model.params_b - e * per_expert
    touched = 1 - (1 - a / e) ** batch
    return w * (shared + e * per_expert * touched) / model.params_b
