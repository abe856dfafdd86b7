"""Per-GPU serving throughput from first principles (a roofline of decode and prefill).

Each decode step of a batch of B sequences reads the weights once (for an MoE, the experts
the batch touches) plus every sequence's KV cache, and does 2 x active params FLOPs per token
(plus attention over the context; prefill FLOPs are amortized over the output tokens).
Compute and memory phases are taken not to overlap (their times add), which is what
measured serving stacks look like at large batch. The batch is limited by the memory left
after the weights and, where a latency target is set, by time per output token.

Efficiency factors (documented in the README, 'How the numbers are made'):
- compute: the accelerator's measured matmul efficiency (MAMF / peak, from the catalog,
  0.70 where none is published) x SERVING_EFFICIENCY, calibrated once so that 8 x H100 SXM
  serving Llama 2 70B in FP8 lands on MLPerf Inference v4.0 (21,806 tokens/s offline);
- memory bandwidth: HBM_EFFICIENCY of the peak;
- tensor parallelism: TP_PENALTY per doubling of the group (all-reduce time);
- MoE: MOE_EFFICIENCY for routing, grouped GEMMs and expert load imbalance (an assumption:
  MoE serving reaches a lower fraction of peak than dense models).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from calc.catalog import BYTES_PER_PARAM, Accelerator, Model

SERVING_EFFICIENCY = 0.62
DEFAULT_MAMF = 0.70
HBM_EFFICIENCY = 0.80
TP_PENALTY = 0.04
MOE_EFFICIENCY = 0.50
MEMORY_USABLE = 0.90          # the rest: activations, runtime, fragmentation
MAX_GROUP = 64


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
                   max_group: int | None = None) -> list[ServingPoint]:
    """One operating point per power-of-two group size that fits, up to max_group (64)."""
    first = min_group(model, acc, precision)
    if first is None:
        return []
    points = []
    n = first
    while n <= max(first, min(max_group or MAX_GROUP, MAX_GROUP)):
        pt = _point(model, acc, precision, n, input_tokens, output_tokens, tpot_target_s)
        if pt is not None:
            points.append(pt)
        n *= 2
    return points


def serving_point(model: Model, acc: Accelerator, precision: str, *, input_tokens: float,
                  output_tokens: float, tpot_target_s: float | None,
                  max_group: int | None = None) -> ServingPoint | None:
    """The operating point with the best per-GPU throughput; None if the model does not fit."""
    pts = serving_points(model, acc, precision, input_tokens=input_tokens,
                         output_tokens=output_tokens, tpot_target_s=tpot_target_s,
                         max_group=max_group)
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


def _point(model: Model, acc: Accelerator, precision: str, n: int, lin: float, lout: float,
           tpot: float | None) -> ServingPoint | None:
    peak, used = acc.peak_tflops(precision)
    mamf = acc.mamf_fraction or DEFAULT_MAMF
    tp_eff = 1 - TP_PENALTY * math.log2(n)
    moe = model.active_params_b is not None
    ec = mamf * SERVING_EFFICIENCY * tp_eff * (MOE_EFFICIENCY if moe else 1.0)
    compute = n * peak * 1e12 * ec
    bandwidth = n * acc.bw_tbs * 1e12 * HBM_EFFICIENCY
    w = weight_bytes(model, precision)
    kv_tok = kv_bytes_per_token(model, precision)
    ctx_avg = lin + lout / 2
    kv_seq = ctx_avg * kv_tok
    free = n * acc.mem_gb * 1e9 * MEMORY_USABLE - w
    if free <= 0:
        return None
    b_mem = max(1, math.floor(free / max(kv_seq, 1.0))) if kv_seq > 0 else 4096
    b_mem = min(b_mem, 4096 * n)
    attn = 4 * (model.layers or 0) * ctx_avg * (model.heads or 0) * (model.head_dim or 0)
    flops_tok = 2 * model.active_b * 1e9 * (1 + lin / lout) + attn

    def step(b: int) -> tuple[float, float, float]:
        tc = b * flops_tok / compute
        tm = (_weights_read(model, w, b) + b * kv_seq) / bandwidth
        return tc + tm, tc, tm

    batch = b_mem
    limited = False
    if tpot is not None and step(batch)[0] > tpot:
        lo, hi = 1, batch
        dense = model.active_params_b is None or not model.experts or not model.experts_active
        per_seq = flops_tok / compute + kv_seq / bandwidth
        if dense and per_seq > 0:
            # step time is linear in the batch for a dense model: start the search at the
            # analytic answer and confirm it (the same integer the bisection would find)
            guess = int((tpot - w / bandwidth) / per_seq)
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
                        t_compute_s=tc, t_memory_s=tm)


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
