"""Assumptions pasted as key=value ("users=20M, qpu=15, out=500", "mfu: 38%", "rent=$2.5/h"):
each pair is rewritten into the words the parser reads ("20M users", "15 queries per user per
day", "500 output tokens", "mfu 38%", "rent $2.5/h"), keeping every character's position in the
original text, so a span still quotes as the user wrote it ("qpu=15").

The keys are the registry's parameter names (calc/data/parameters.toml) plus the short forms
people type; a key this table does not know is left alone (the number is then read, or named
as unused, as any other)."""

from __future__ import annotations

import re

from calc.numbers import Normalized

# key -> words around the value; {v} is the value as typed
_TEMPLATES: dict[str, str] = {}


def _keys(template: str, *names: str) -> None:
    for n in names:
        _TEMPLATES[n] = template


_keys("{v} users", "users", "user", "dau", "daily_users", "daily users", "daily_active_users")
_keys("{v} monthly active users", "mau", "monthly_users", "monthly users")
_keys("dau/mau {v}", "dau/mau", "dau_per_mau", "dau_mau", "stickiness")
_keys("{v} weekly active users", "wau", "weekly_users", "weekly users")
_keys("{v} concurrent users", "concurrent_users", "concurrent", "concurrency", "ccu")
_keys("{v} qps", "qps", "rps", "peak_qps")
_keys("{v} queries per day", "queries_per_day", "requests_per_day", "qpd", "rpd",
      "queries/day", "requests/day", "daily_queries", "daily_requests")
_keys("{v} queries per user per day", "qpu", "queries_per_user", "requests_per_user",
      "req_per_user", "q_per_user", "queries/user", "requests/user", "msgs_per_user",
      "queries/user/day", "requests/user/day", "queries per user per day", "queries per user",
      "q/user/day", "q/user", "qpud")
_keys("{v} input tokens", "in", "input", "input_tokens", "in_tokens", "prompt", "prompt_tokens", "isl",
      "input_len", "input_length", "prompt_len")
_keys("{v} tokens of context", "ctx", "context", "context_len", "context_length", "seq_len")
_keys("{v} output tokens", "out", "output", "output_tokens", "out_tokens", "completion", "completion_tokens",
      "osl", "output_len", "output_length", "answer_tokens", "gen", "gen_tokens")
_keys("peak factor {v}", "peak", "peak_factor", "peak_to_avg", "peak_to_average", "peak/avg")
_keys("utilization {v}", "util", "utilization", "utilisation", "gpu_util", "util target",
      "utilization target", "util_target", "target util", "target utilization")
_keys("mfu {v}", "mfu")
_keys("tpot {v}", "tpot", "tpot_ms", "itl", "latency_per_token")
_keys("ttft {v}", "ttft", "ttft_ms")
_keys("{v} gpus", "gpus", "n_gpus", "num_gpus", "gpu_count", "cards", "accelerators", "chips")
# "gpu=B200, n=8192": a bare count after "n" is the GPUs ("N=70B, D=2T" is the 6ND rule's, left alone)
_keys("{v} gpus", "n")
_keys("{v} servers", "servers", "nodes", "n_nodes", "num_nodes", "boxes")
_keys("{v} gpus per server", "gpus_per_server", "gpus_per_node", "per_server", "per_node")
_keys("{v} parameters", "params", "parameters", "model_size", "param_count", "n_params")
_keys("{v} active parameters", "active", "active_params", "active_parameters")
_keys("trained on {v} tokens", "tokens", "train_tokens", "training_tokens", "dataset",
      "dataset_tokens", "data")
_keys("{v} flops", "train_flops", "flops", "total_flops", "compute", "training_flops")
_keys("{v} tflops per gpu", "gpu_tflops", "tflops", "peak_tflops", "tflops_per_gpu")
_keys("{v} days", "days", "duration_days")
_keys("{v} hours", "hours")
_keys("{v} months", "months")
_keys("{v} epochs", "epochs", "epoch")
_keys("fx {v}", "fx", "usd_cny", "usdcny", "usd/cny", "exchange_rate", "fx_rate")
_keys("pue {v}", "pue")
_keys("{v} per gpu", "watts", "watts_per_gpu", "tdp", "gpu_power", "power_per_gpu")
_keys("{v} per server", "watts_per_server", "server_power", "power_per_server", "node_power",
      "rack_power")
_keys("a {v} facility", "power_mw", "facility_power", "site_power", "power_budget")
_keys("electricity {v}", "electricity", "elec", "kwh_price", "power_price",
      "electricity_price", "price_per_kwh")
_keys("budget {v}", "budget", "capex_budget")
_keys("{v} tokens per day", "tokens_per_day", "tpd", "daily_tokens", "tokens/day")
_keys("{v} tokens per user per day", "tokens_per_user_day", "tokens_per_user",
      "tokens/user/day", "tokens/user")
_keys("{v} per million tokens", "usd_per_million_tokens", "price_per_million_tokens",
      "price_per_mtok", "price_per_1m_tokens", "token_price")
_keys("rent {v}", "rent", "rent_per_hour", "hourly_rent", "price_per_hour", "gpu_hour_price",
      "rent_usd_per_hour", "rental")
_keys("{v}", "price", "gpu_price", "unit_price", "price_per_gpu", "cost_per_gpu", "price_usd")
_keys("doubling every {v}", "doubling", "doubling_months", "doubling_time")
_keys("{v} observed tokens/s per gpu", "observed_tokens_per_s", "tokens_per_s_per_gpu",
      "tok_s_per_gpu", "throughput_per_gpu")

_KEY = "|".join(sorted((re.escape(k) for k in _TEMPLATES), key=len, reverse=True))
# key, then = or :, then a number with its unit; the key must start a list item
KV = re.compile(
    # (not "1.4e12 tokens: 2,048 TPU v5p": a number's own unit before a colon)
    r"(?:^|(?<=[\s,;，；(（/|]))(?<![\d.][ ])(?P<key>" + _KEY + r")\s*(?:=|:|：)\s*"
    r"(?P<val>(?:us\$|\$|¥|￥|rmb\s*|usd\s*)?[\d.,]*\d(?:e[+-]?\d+)?\s*"
    r"(?:[kmbt](?![a-z])|bn|mn|万|亿|千)?\s*(?:%|ms|s\b|w\b|kw\b|mw\b|gw\b|gb\b|"
    r"(?:us\$|\$|usd|元|美元|rmb)?(?:\s*/\s*(?:gpu[- ]?)?(?:h\b|hr\b|hour\b|kwh\b|m\b|mtok\b)"
    r"(?:\s*/\s*(?:gpu|h\b|hr\b))?)?|x\b|months?\b|days?\b|years?\b)?)"
    # a value ends its item: a separator, an arrow, a bracket or the end follows
    r"(?=\s*(?:[,，](?!\d)|[;；、)）(（|\n。?？]|\.(?!\d)|->|→|=>|$))")   # (not "$0" of "$0.60")

_HAS_UNIT = re.compile(r"%|ms\b|s$|w$|kw|mw|gw|gb|/|x$|months?|days?|years?")


def rewrite(norm: Normalized) -> Normalized:
    """Every known key=value pair as words the parser reads; positions kept."""
    if "=" not in norm.text and ":" not in norm.text and "：" not in norm.text:
        return norm
    text: list[str] = []
    pos: list[int] = []
    last = 0
    for m in KV.finditer(norm.text):
        key = m.group("key")
        val = m.group("val").strip()
        template = _TEMPLATES[key]
        if key == "n" and not re.fullmatch(r"\d[\d,]*", val):
            continue
        if key in ("tpot", "tpot_ms", "itl", "ttft", "ttft_ms", "latency_per_token") and \
                not _HAS_UNIT.search(val):
            val += "ms"
        elif key in ("rent", "rent_per_hour", "hourly_rent", "price_per_hour", "gpu_hour_price",
                     "rent_usd_per_hour", "rental") and "/" not in val:
            val += "/hr"
        elif key in ("watts", "watts_per_gpu", "tdp", "gpu_power", "power_per_gpu") and \
                not _HAS_UNIT.search(val):
            val += " w"
        elif key in ("power_mw", "facility_power", "site_power", "power_budget") and \
                not _HAS_UNIT.search(val):
            val += " mw"
        elif key.startswith("doubling") and not _HAS_UNIT.search(val):
            val += " months"
        elif key in ("price", "gpu_price", "unit_price", "price_per_gpu", "cost_per_gpu",
                     "price_usd") and "/" not in val:
            val += " each"
        new = template.replace("{v}", val)
        text.append(norm.text[last:m.start()])
        pos.extend(norm.pos[last:m.start()])
        text.append(new)
        vstart = m.start("val")
        j = new.find(val)
        typed = len(m.group("val").strip())
        for i in range(len(new)):
            # the value's characters quote the value; the words quote the key
            if j <= i < j + typed:
                pos.append(norm.pos[vstart + (i - j)])
            else:
                pos.append(norm.pos[min(m.start("key") + max(0, i - j - typed),
                                        m.end("key") - 1)])
        if norm.text[m.end() - 1:m.end()].isspace():
            text.append(" ")
            pos.append(norm.pos[m.end() - 1])
        last = m.end()
    if last == 0:
        return norm
    text.append(norm.text[last:])
    pos.extend(norm.pos[last:])
    return Normalized("".join(text), tuple(pos), norm.original)
