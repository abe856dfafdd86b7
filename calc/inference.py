"""Serving: how many accelerators a user base needs, what a set of accelerators can serve,
and the article's headline case (ChatGPT in every Google search)."""

from __future__ import annotations

import math

from calc.build import Builder, human
from calc.catalog import Accelerator, Model
from calc.costs import capex, daily_cost, gpu_power_w
from calc.result import CalcError, Reference, Result
from calc.roofline import ServingPoint, fastest, fewest_gpus, serving_point, serving_points

SECONDS_PER_DAY = 86_400
# daily active users per monthly / weekly active user, when the question counts those
DAU_SHARE = {"monthly_users": ("monthly", "dau_per_mau", 0.3),
             "weekly_users": ("weekly", "dau_per_wau", 0.5)}


def _precision(b: Builder, acc: Accelerator) -> str:
    if b.has("precision"):
        p = str(b.req.params["precision"])
        b.assume("precision", p.upper(), "", b.req.origin("precision") or "question", "precision")
        return p
    p = acc.native_low_precision()
    b.assume("precision", p.upper(), "", "default", "precision",
             "lowest precision the accelerator runs natively, FP4 excluded (accuracy)")
    return p


def _point(b: Builder, model: Model, acc: Accelerator, precision: str, *, tpot: float | None,
           max_group: int | None = None, need: float | None = None
           ) -> tuple[ServingPoint, float, float]:
    """The operating point: best per-GPU throughput, or (given a load `need` in output
    tokens/s) the group size that serves it with the fewest GPUs."""
    lin = b.num("input_tokens", 500, "tokens", "input tokens per query")
    lout = b.num("output_tokens", 500, "tokens", "output tokens per query")
    pts = serving_points(model, acc, precision, input_tokens=lin, output_tokens=lout,
                         tpot_target_s=tpot, max_group=max_group)
    pt = None
    if pts:
        pt = fewest_gpus(pts, need * lout)[0] if need is not None else fastest(pts)
    if pt is None:
        raise CalcError("does_not_fit", f"{model.short} in {precision.upper()} does not fit on "
                        f"up to 64 {acc.short} ({acc.mem_gb:g} GB each).",
                        "Try a lower precision ('in fp8') or a larger accelerator.")
    if pt.compute_precision != precision:
        b.notes.append(f"{acc.short} has no native {precision.upper()} compute; weights are "
                       f"stored in {precision.upper()} and computed at "
                       f"{pt.compute_precision.upper()} rate.")
    b.step(f"weights {pt.weights_gb:,.0f} GB in {precision.upper()}; KV cache "
           f"{pt.kv_gb_per_seq * 1000:,.1f} MB per sequence at {lin + lout / 2:,.0f} tokens of "
           f"average context")
    b.step(f"one replica = {pt.group} x {acc.short}; batch {pt.batch} sequences "
           f"({'latency target' if pt.latency_limited else 'memory'} limited); decode step "
           f"{pt.step_s * 1000:,.1f} ms ({pt.t_compute_s * 1000:,.1f} compute + "
           f"{pt.t_memory_s * 1000:,.1f} memory) -> {pt.bound} bound")
    b.step(f"per GPU: {pt.batch} / {pt.step_s * 1000:,.1f} ms / {pt.group} = "
           f"{pt.tokens_per_s_per_gpu:,.0f} output tokens/s")
    return pt, lin, lout


def fleet(b: Builder) -> Result:
    acc = b.accelerator()
    model = b.model()
    precision = _precision(b, acc)
    if b.has("qps"):
        qps = b.num("qps", None, "queries/s", "average queries per second")
        per_day = qps * SECONDS_PER_DAY
    else:
        users = b.num("users", 1e6, "users", "users")
        for flag, (period, name, share) in DAU_SHARE.items():
            if b.req.params.get(flag):
                b.assume(name, share, "", "default", f"daily / {period} active users")
                users *= share
                b.step(f"{period} users x {share} = {human(users)} daily active users")
                break
        qpu = b.num("queries_per_user", 10, "queries/day", "queries per user per day")
        per_day = users * qpu
        qps = per_day / SECONDS_PER_DAY
    peak = b.num("peak_factor", 2.0, "x", "peak-to-average load")
    tpot_ms = b.num("tpot_ms", 50, "ms", "time per output token target (20 tokens/s a user)")
    pt, _, lout = _point(b, model, acc, precision, tpot=tpot_ms / 1000, need=qps * peak)
    need = qps * peak * lout
    b.step(f"{human(per_day)} queries/day = {qps:,.0f} queries/s average; x {peak:g} peak x "
           f"{lout:,.0f} output tokens = {need:,.0f} tokens/s to serve")
    gpus = math.ceil(need / pt.tokens_per_s_per_gpu / pt.group) * pt.group
    b.step(f"{need:,.0f} / {pt.tokens_per_s_per_gpu:,.0f} per GPU, rounded up to whole "
           f"{pt.group}-GPU replicas = {gpus:,} GPUs")
    b.fig("gpus", gpus, "GPUs", f"{acc.short} GPUs")
    servers = math.ceil(gpus / 8)
    b.fig("servers", servers, "servers", "8-GPU servers")
    b.fig("qps", qps, "queries/s", "average queries per second")
    b.fig("tokens_per_s", need, "tokens/s", "peak output tokens per second")
    b.fig("tokens_per_s_per_gpu", pt.tokens_per_s_per_gpu, "tokens/s", "per GPU")
    b.fig("replica_gpus", pt.group, "GPUs", "GPUs per model replica")
    b.fig("batch", pt.batch, "sequences", "concurrent sequences per replica")
    b.fig("hbm_gb", gpus * acc.mem_gb, "GB", "fleet HBM")
    _power_and_cost(b, acc, gpus, queries_per_day=per_day, tokens_per_day=per_day * lout)
    b.notes.append(f"Per-GPU throughput is {pt.bound} bound at this batch.")
    b.hints.extend(["what about H200?", "and in fp8?", "with 20 queries per user",
                    "peak 3", "with 1000 output tokens", "for Llama 3 70B"])
    headline = (f"{human(gpus)} {acc.short} ({human(servers)} servers) to serve "
                f"{human(qps * SECONDS_PER_DAY)} queries a day with {model.short}")
    return b.result("fleet", headline)


def _power_and_cost(b: Builder, acc: Accelerator, gpus: float, *, queries_per_day: float,
                    tokens_per_day: float) -> None:
    watts, _ = gpu_power_w(b, acc)
    pue = b.num("pue", b.cat.rates.pue, "", "PUE", origin="catalog", source=b.cat.rates.power_source)
    it_mw = gpus * watts / 1e6
    b.fig("power_mw", it_mw * pue, "MW", "facility power at full load (IT x PUE)")
    b.fig("power_it_mw", it_mw, "MW", "IT power")
    wh = it_mw * 1e6 * pue * 24 / queries_per_day
    b.fig("energy_per_query_wh", wh, "Wh", "energy per query (provisioned fleet, 24 h)")
    capex(b, acc, gpus)
    per_day = daily_cost(b, acc, gpus, it_mw * pue)
    if per_day is not None:
        b.fig("cost_per_query_usd", per_day / queries_per_day, "US$", "cost per query")
        b.fig("cost_per_million_tokens_usd", per_day / tokens_per_day * 1e6, "US$",
              "cost per million output tokens")


def throughput(b: Builder) -> Result:
    acc = b.accelerator()
    model = b.model(default="llama2_70b")
    precision = _precision(b, acc)
    if b.has("servers") and not b.has("gpus"):
        n = b.num("servers", None, "servers", "servers") * 8
    else:
        n = b.num("gpus", 8, "GPUs", "accelerators")
    tpot = b.num("tpot_ms", 0, "ms", "latency target", record=b.has("tpot_ms")) / 1000 or None
    pt, _, lout = _point(b, model, acc, precision, tpot=tpot, max_group=int(min(n, 64)))
    if pt.group > n:
        raise CalcError("does_not_fit", f"{model.short} in {precision.upper()} needs at least "
                        f"{pt.group} x {acc.short}; you have {n:,.0f}.",
                        f"Ask about {pt.group} GPUs, or a lower precision ('in fp8').")
    replicas = math.floor(n / pt.group)
    total = replicas * pt.group * pt.tokens_per_s_per_gpu
    b.step(f"{replicas} replica(s) of {pt.group} GPUs x {pt.tokens_per_s_per_gpu * pt.group:,.0f}"
           f" tokens/s = {total:,.0f} tokens/s")
    b.fig("tokens_per_s", total, "tokens/s", f"output tokens/s on {n:,.0f} x {acc.short}")
    b.fig("tokens_per_s_per_gpu", pt.tokens_per_s_per_gpu, "tokens/s", "per GPU")
    b.fig("qps", total / lout, "queries/s", "queries per second at this output length")
    b.fig("batch", pt.batch, "sequences", "concurrent sequences per replica")
    b.fig("replica_gpus", pt.group, "GPUs", "GPUs per model replica")
    if not tpot:
        b.notes.append("Offline (maximum-throughput) serving: no latency target; add "
                       "'at 50 ms per token' for interactive serving.")
    b.hints.extend(["what about H200?", "in fp8", "with 2000 input tokens", "at 50 ms per token"])
    return b.result("throughput", f"{human(total)} output tokens/s for {model.short} on "
                    f"{n:,.0f} x {acc.short} ({precision.upper()})")


# SemiAnalysis, 'The Inference Cost Of Search Disruption', 2023-02-09: their stated inputs.
SA_SOURCE = ("SemiAnalysis, 'The Inference Cost Of Search Disruption' (2023-02-09), as cited in "
             "the source article")
SA = {"chatgpt_dau": 13e6, "queries_per_user": 15, "chatgpt_servers": 3617,
      "google_qps": 320_000, "output_tokens": 2000, "rent_usd_per_hour": 1.0}


def google_search(b: Builder) -> Result:
    acc = b.cat.accelerators["a100_sxm_80gb"]
    for name, unit, label in (("chatgpt_dau", "users", "ChatGPT daily users"),
                              ("queries_per_user", "queries/day", "queries per user per day"),
                              ("chatgpt_servers", "servers", "HGX A100 servers serving ChatGPT"),
                              ("google_qps", "queries/s", "Google searches per second"),
                              ("output_tokens", "tokens", "tokens per answer"),
                              ("rent_usd_per_hour", "US$", "per A100-hour")):
        b.assume(name, SA[name], unit, "catalog", label, SA_SOURCE)
    chat_qps = SA["chatgpt_dau"] * SA["queries_per_user"] / SECONDS_PER_DAY
    ratio = SA["google_qps"] / chat_qps
    servers = SA["chatgpt_servers"] * ratio
    gpus = servers * 8
    b.step(f"ChatGPT load: 13M users x 15 queries = 195M queries/day = {chat_qps:,.0f} queries/s")
    b.step(f"Google: 320,000 queries/s = {ratio:,.1f} x ChatGPT's load")
    b.step(f"3,617 HGX A100 servers x {ratio:,.1f} = {servers:,.0f} servers = {gpus:,.0f} A100s")
    b.fig("servers", round(servers), "servers", "HGX A100 servers (SemiAnalysis method)")
    b.fig("gpus", round(gpus), "GPUs", "A100 GPUs (SemiAnalysis method)")
    b.fig("qps", SA["google_qps"], "queries/s", "Google searches per second")
    chat_day = SA["chatgpt_servers"] * 8 * SA["rent_usd_per_hour"] * 24
    b.step(f"ChatGPT: 3,617 x 8 A100s x $1/h x 24 h = ${chat_day:,.0f} a day = "
           f"{chat_day / (chat_qps * SECONDS_PER_DAY) * 100:.2f} US cents a query")
    b.fig("cost_per_day_usd", gpus * SA["rent_usd_per_hour"] * 24, "US$",
          "Google-scale cost per day at $1/A100-hour")
    b.fig("cost_per_query_usd", chat_day / (chat_qps * SECONDS_PER_DAY), "US$", "cost per query")
    unit_usd = b.cat.prices["a100_sxm_80gb"].purchase_usd or 15000
    b.fig("cost_usd", gpus * unit_usd, "US$", f"A100 purchase alone at ${unit_usd:,.0f} each")
    b.references.extend([
        Reference("SemiAnalysis: HGX A100 servers for Google search", 512_820, "servers", SA_SOURCE),
        Reference("SemiAnalysis: A100 GPUs", 4_102_568, "GPUs", SA_SOURCE),
        Reference("SemiAnalysis: ChatGPT cost per day", 694_444, "US$", SA_SOURCE),
        Reference("SemiAnalysis: capex for Google scale", 100e9, "US$", SA_SOURCE + " ('over $100B')"),
    ])
    # The same load through the first-principles fleet model, like for like (average load).
    model = b.cat.models["gpt3_175b"]
    pt = serving_point(model, acc, "bf16", input_tokens=500, output_tokens=SA["output_tokens"],
                       tpot_target_s=0.05)
    if pt is not None:
        need = SA["google_qps"] * SA["output_tokens"]
        fp_gpus = math.ceil(need / pt.tokens_per_s_per_gpu / pt.group) * pt.group
        b.fig("first_principles_gpus", fp_gpus, "GPUs", "first-principles model, same load")
        b.step(f"first principles: GPT-3 175B in BF16 on A100 80GB, {pt.group}-GPU replicas, "
               f"batch {pt.batch}, {pt.tokens_per_s_per_gpu:,.0f} tokens/s per GPU ({pt.bound} "
               f"bound) -> {fp_gpus:,} A100s for {need / 1e6:,.0f}M tokens/s")
        b.notes.append(
            f"SemiAnalysis scaled ChatGPT's observed fleet, which implies "
            f"{chat_qps * SA['output_tokens'] / (SA['chatgpt_servers'] * 8):,.0f} tokens/s per "
            f"A100. The first-principles model gets {pt.tokens_per_s_per_gpu:,.0f}: GPT-3's "
            f"full multi-head KV cache ({(model.kv_bytes_per_token or 0) / 1e6:.1f} MB per token) caps "
            f"the batch at {pt.batch} per replica, so decode is {pt.bound} bound. Batching, "
            f"quantization and newer models with grouped-query attention move it a lot.")
    return b.result("google_search", f"{human(servers)} HGX A100 servers ({human(gpus)} A100s) "
                    "to put ChatGPT into every Google search (SemiAnalysis' method)")
