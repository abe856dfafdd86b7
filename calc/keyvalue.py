"""Assumptions pasted as key=value ("users=20M, qpu=15, out=500", "mfu: 38%", "rent=$2.5/h"):
each pair is rewritten into the words the parser reads ("20M users", "15 queries per user per
day", "500 output tokens", "mfu 38%", "rent $2.5/h"), keeping every character's position in the
original text, so a span still quotes as the user wrote it ("qpu=15").

The keys are the registry's parameter names (calc/data/parameters.toml) plus the short forms
people type; a key this table does not know is left alone (the number is then read, or named
as unused, as any other)."""

from __future__ import annotations

import re

from calc import rx
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
_keys("{v} concurrent users", "concurrent_users", "concurrent", "concurrency", "ccu", "坐席数", "坐席",
      "座席数",
      "并发路数", "并发数")
_keys("{v} users", "seats", "seat count", "employees", "员工数", "用户数")
_keys("{v} qps", "qps", "rps")
_keys("peak {v} qps", "peak_qps")        # ("peak QPS=120": the peak itself, as said)
_keys("{v} queries per day", "queries_per_day", "requests_per_day", "qpd", "rpd",
      "queries/day", "requests/day", "daily_queries", "daily_requests")
_keys("{v} queries per user per day", "qpu", "queries_per_user", "requests_per_user",
      "req_per_user", "q_per_user", "queries/user", "requests/user", "msgs_per_user",
      "queries/user/day", "requests/user/day", "queries per user per day", "queries per user",
      "q/user/day", "q/user", "qpud")
_keys("{v} input tokens", "input tokens", "prompt tokens", "input length", "prompt length", "in tokens")
_keys("{v} output tokens", "output tokens", "completion tokens", "output length", "answer length",
      "out tokens")
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
# the lengths as serving configs abbreviate them: "prompt len: 900", "gen len: 180", "decode_len: 256"
for _side, _words in (("input", ("prompt", "input", "in", "context", "ctx", "prefill")),
                      ("output", ("gen", "generation", "output", "out", "completion", "decode", "answer",
                                  "response", "reply"))):
    _keys("{v} " + _side + " tokens", *(f"{w}{sep}{n}" for w in _words for sep in (" ", "_", "-", "")
                                      for n in ("len", "length", "tokens", "toks", "tok")
                                      if f"{w}{sep}{n}" not in _TEMPLATES))
# every way a per-user daily count is keyed: "prompts/user/day", "msgs_per_user", "calls per dau"
for _noun in ("queries", "query", "requests", "request", "reqs", "req", "prompts", "prompt", "msgs",
              "messages", "chats", "calls", "q", "turns", "tasks", "sessions", "conversations"):
    _keys("{v} queries per user per day", *(f.format(n=_noun) for f in (
        "{n}/user", "{n}/user/day", "{n}/day/user", "{n}_per_user", "{n}_per_user_per_day",
        "{n} per user", "{n} per user per day", "{n} per user/day", "{n}/dau", "{n} per dau")))
# a day's documents or tickets, each a request ("tickets/day: 52,000", "pages per day: 4M")
for _noun in ("tickets", "docs", "documents", "pages", "contracts", "files", "pdfs", "emails", "calls",
              "chats", "conversations", "sessions", "tasks", "jobs", "orders"):
    _keys("{v} " + _noun + " per day", *(f.format(n=_noun) for f in (
        "{n}/day", "{n} per day", "{n}_per_day", "{n} a day", "daily {n}", "{n}/d")))
# the requests in one ticket, conversation or task ("avg msgs/ticket: 7", "calls per task: 18")
for _noun in ("msgs", "messages", "turns", "calls", "steps", "requests", "queries", "replies"):
    for _t in ("ticket", "conversation", "chat", "session", "task", "call", "convo"):
        _keys("{v} " + _noun + " per " + _t, *(f.format(n=_noun, t=_t) for f in (
            "{n}/{t}", "{n} per {t}", "{n}_per_{t}", "avg {n}/{t}", "avg {n} per {t}")))
# an answer's length keyed by what gives it ("avg tokens per bot msg: 280", "tokens/reply: 300")
_keys("{v} output tokens", *(f"{a}{n}{s}{w}" for a in ("", "avg ") for n in ("tokens", "toks")
                             for s in ("/", " per ", "_per_")
                             for w in ("reply", "answer", "response", "bot msg", "bot message", "completion",
                                       "msg", "message")))
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
_keys("{v} kw per server", "kw_per_server", "kw_per_node", "node_kw")
_keys("{v} kw per rack", "kw_per_rack", "rack_kw", "kw/rack")
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
_keys("measured {v} tok/s per gpu", "observed_tokens_per_s", "tokens_per_s_per_gpu",
      "tok_s_per_gpu", "throughput_per_gpu")

# the keys people paste from spreadsheets and configs in other words, and in Chinese
_keys("{v} users", "日活", "日活用户", "日活跃用户", "活跃用户")
_keys("{v} monthly active users", "月活", "月活用户")
_keys("{v} weekly active users", "周活", "周活用户")
_keys("dau/mau {v}", "日活/月活", "日活月活比")
_keys("dau/wau {v}", "dau/wau", "日活/周活")
_keys("{v} queries per user per day", "msgs per dau", "msgs/dau", "queries per dau", "msgs/user/day",
      "msgs per user", "queries/dau", "requests per dau", "人均每天请求", "人均请求", "每人每天请求",
      "人均每天", "每人每天", "人均次数", "每人次数")
_keys("{v} tokens per user per day", "人均每天输出token", "人均每天token", "每人每天token")
_keys("in/out {v}", "in/out", "in/out tok", "in/out tokens", "isl/osl", "输入/输出", "输入/输出token")
_keys("{v} input tokens", "in tok", "in tokens", "avg in", "avg input", "输入", "输入token", "输入长度")
_keys("{v} output tokens", "out tok", "out tokens", "avg out", "avg output", "输出", "输出token", "输出长度")
_keys("{v} tokens per day", "日输出token", "每日token", "日token量", "每天token", "daily tokens")
_keys("peak factor {v}", "峰均比", "峰值系数", "峰值倍数")
_keys("utilization {v}", "利用率", "峰值利用率", "目标利用率")
_keys("{v} gpus", "qty", "quantity", "count", "units", "fleet", "fleet size", "gpu数", "卡数", "张数",
      "数量", "采购数量", "现有")
_keys("{v} servers", "台数", "服务器数", "服务器台数", "机柜数", "柜数", "节点数")
_keys("{v} replicas", "replicas", "副本数", "副本")
_keys("{v} gpu-hours", "gpu hours", "gpu_hours", "gpu-hours", "gpu小时", "卡时数", "gpu时", "总gpu小时",
      "总卡时", "总卡时数", "gpu小时总数", "总gpu时")
_keys("{v} of hbm per gpu", "hbm/gpu", "hbm per gpu", "hbm_per_gpu", "每卡hbm", "单卡hbm")
_keys("hbm at {v}", "hbm price", "hbm_price", "hbm $/gb", "hbm价格")
_keys("fx {v}", "汇率")
_keys("pue {v}", "pue值")
_keys("{v} per gpu", "单卡功耗", "每卡功耗", "功耗", "单卡功耗(含整机)", "每卡功耗(含服务器)",
      "单卡功耗(含服务器)")
_keys("{v} per gpu", "w/gpu", "w per gpu", "watts/gpu", "w/gpu incl server", "w/gpu incl. server",
      "w/gpu (incl server)", "w/gpu all-in", "watts per gpu")
# "kW/gpu: 1.25": kilowatts, the unit in the key
_keys("{v} kw per gpu", "kw/gpu", "kw per gpu", "kw/gpu all-in", "kw/gpu incl server", "kw/gpu (incl server)")
# "J/token: 0.35": joules, the unit in the key
_keys("{v} j per token", "j/token", "j/tok", "joules/token", "joules per token", "j per token",
      "energy/token")
_keys("electricity ${v}/kwh", "$/kwh", "usd/kwh", "usd per kwh", "$ per kwh", "usd_kwh", "usd_per_kwh_price")
_keys("electricity {v}元/度", "元/度", "元/kwh", "¥/kwh", "rmb/kwh")
_keys("{v} per server", "整机功耗", "每台功耗", "单台功耗", "power/server", "每柜功耗", "单柜功耗")
_keys("electricity {v}", "电价", "电费单价")
_keys("budget {v}", "预算", "总预算")
_keys("rent {v}", "租价", "租金", "卡时价", "lease rate", "lease")
_keys("{v}", "单价", "卡价", "售价", "采购价", "list price", "list", "msrp")
_keys("{v} per server", "每柜报价", "每台报价", "整机报价", "整机价格", "server price", "price per server",
      "box price", "node price", "rack price")
_keys("{v} off", "discount", "折扣")
# (in English words for the English keys: a Chinese word in the rewritten text would make yuan the currency)
_keys("{v} all-in", "all_in_multiple", "all-in", "all_in", "all-in multiple", "all-in factor")
_keys("all-in 系数 {v}", "服务器+网络系数", "服务器网络系数", "整机系数", "all-in系数", "全包系数",
      "整体系数", "配套系数")
_keys("mfu {v}", "achieved mfu")
_keys("{v} tflops per gpu", "achieved")
_keys("measured {v}", "实测", "实测吞吐")
_keys("measured {v} tok/s per gpu", "单卡实测")
_keys("{v} of it on gpus", "加速卡占比", "gpu占比", "卡占比", "gpu share", "share on gpus", "芯片占比")

_keys("{v} queries per user per day", "req/user/day", "reqs/user/day", "requests/user/day", "req/user",
      "q/u/d")
_keys("{v} gpus per server", "gpus/node", "gpus/server", "gpu/node", "gpus per node", "gpus per server",
      "每台卡数")
# spreadsheet headers written out in words ("| daily queries | 50M |", "| tokens out / query | 250 |")
_keys("{v} queries per day", "daily queries", "daily requests", "queries per day", "requests per day")
_keys("{v} output tokens", "tokens out / query", "tokens out/query", "tokens out per query",
      "output tokens / query", "output tokens per query", "output tokens/query", "out tokens / query")
_keys("{v} input tokens", "tokens in / query", "tokens in/query", "tokens in per query",
      "input tokens / query", "input tokens per query", "input tokens/query")

# a sheet's column names (calc/numbers zips a header over its rows: "gpu,count,watts,pue,usd_per_kwh")
_keys("{v} users", "users now", "current users", "users today", "dau now", "当前用户", "现有用户")
_keys("{v} of it on gpus", "share on gpu", "gpu share of budget")
_keys("{v}", "unit_price_usd", "price_per_gpu_usd", "gpu_unit_price")
_keys("{v} racks", "racks", "rack count", "cabinets", "机柜数量")
_keys("{v} input tokens", "in tok/call", "in tokens/call", "input tok/call", "tokens in/call",
      "in tok/req", "in tok/request", "prompt tok", "avg_in_tokens")
_keys("{v} output tokens", "out tok/call", "out tokens/call", "output tok/call",
      "tokens out/call", "out tok/req", "out tok/request", "completion tok", "avg_out_tokens")
_keys("measured {v} tok/s per gpu", "tok/s/gpu", "tokens/s/gpu", "tok/s per gpu",
      "tokens/s per gpu")
_keys("peak {v} qps", "qps peak")
_keys("rent ${v}/hr", "$/hr", "$/h", "usd/hr", "$/gpu-hr", "$/gpu/hr", "$/gpu-hour", "$/hour", "usd/gpu-hr")
_keys("rent {v}元/卡时", "元/卡时", "元/小时", "¥/hr")
_keys("{v} gpus", "n_gpu", "num_gpu")
# more of a planning sheet's rows ("| 输入token/次 | 1500 |", "cards/site", "achieved TFLOP/s/GPU | 150")
_keys("{v} input tokens", "输入token/次", "输入tokens/次", "每次输入token", "每次输入",
      "input tokens/request",
      "prompt tokens/request", "avg input tokens/request")
_keys("{v} output tokens", "输出token/次", "输出tokens/次", "每次输出token", "每次输出",
      "output tokens/request",
      "tokens/request", "avg output tokens/request", "avg output (tokens)", "avg output tokens")
_keys("{v} sites", "sites", "site count", "locations", "stores", "站点数", "门店数")
_keys("{v} cards per site", "cards/site", "gpus/site", "cards per site", "gpus per site", "每站卡数")
_keys("{v} tflops per gpu", "tflop/s/gpu", "tflops/gpu", "achieved tflop/s/gpu", "achieved tflops/gpu",
      "achieved tflops", "tflop/s per gpu")
_keys("{v} gb of hbm per gpu", "gb per gpu", "gb/gpu", "hbm gb per gpu")
_keys("{v} tokens per word", "tokens per word", "tokens/word")
_keys("each {v} words", "words/article", "words per article", "words/doc", "words per doc")
_keys("{v} articles per day", "articles/day", "articles per day", "posts/day", "posts per day")
_keys("{v} per million input tokens", "$/m in", "$/m input", "usd/m in", "$/mtok in", "$ per m in")
_keys("{v} per million output tokens", "$/m out", "$/m output", "usd/m out", "$/mtok out", "$ per m out")
_keys("{v} input tokens", "in tok/query", "in tokens/query", "input tok/query")
_keys("{v} output tokens", "out tok/query", "out tokens/query", "output tok/query")
_keys("{v} per server", "price per system", "system price", "price per node", "price per box")
_keys("{v} tickets per day", "每天工单", "日工单", "每日工单", "工单/天")
_keys("{v} turns per ticket", "每单轮数", "每个工单轮数", "每单对话轮数")
_keys("{v} chars per token", "chars per token", "chars/token", "characters per token")
_keys("all-in 系数 {v}", "整体成本倍数", "整体倍数", "总成本倍数")

_keys("growing {v} a year", "年增长", "年增长率", "年增速", "growth/yr", "growth per year", "yoy growth",
      "annual growth", "growth_rate_year")
_keys("by {v}", "目标年份", "target year", "year target")

# the registry's own names and /assume names ("/assume ttft_margin=1.5" pasted into a question)
_keys("{v}x queueing margin", "ttft_margin")
_keys("tp{v}", "tensor_parallel", "tp")
_keys("batch {v} per replica", "batch_per_replica", "batch_cap")
_keys("{v} j/token", "joules_per_token")
_keys("{v} per million input tokens", "usd_per_million_input_tokens", "cny_per_million_input_tokens",
      "input_price", "price_per_million_input_tokens")
_keys("{v} per million tokens", "cny_per_million_tokens")
_keys("{v} per server", "server_price_usd", "server_price_cny", "server_watts")
_keys("electricity {v}", "electricity_usd_per_kwh", "electricity_cny_per_kwh")
_keys("{v} gpu-years", "gpu_years")
_keys("budget {v}", "budget_usd", "budget_cny")
_keys("{v} per user per month", "usd_per_user_month", "cny_per_user_month")
_keys("measured {v} tok/s per gpu", "observed_tokens_per_s_per_gpu")
_keys("{v} of hbm per gpu", "hbm_gb_per_gpu")
_keys("hbm at {v}", "hbm_usd_per_gb")
_keys("dau/mau {v}", "dau_share")
_keys("dau/wau {v}", "dau_per_wau")
_keys("rent {v}", "rent_cny_per_hour", "rent_cny")
_keys("{v}", "price_cny")

# (round 112: config fragments pasted as YAML, JSON or env vars: "dau_now: 500_000", "\"n_gpus\": 16384",
# "MFU_DELTA_PTS=+6", "node_tps: 24000")
_keys("{v} users", "dau_now", "users_now", "current_dau", "current_users")
_keys("to {v} users", "dau_target", "target_dau", "users_target", "target_users", "dau_goal", "users_to")
_keys("growing {v} a year", "yoy_growth", "growth_yoy", "yoy", "annual_growth", "growth_rate_year")
_keys("{v} gpus", "from_n", "prev_n", "new_n", "n_cards", "num_cards", "match_count")
_keys("took {v} days", "took_days", "prev_days", "days_took", "baseline_days", "old_days")
_keys("{v} days", "train_days", "run_days", "wallclock_days")
_keys("{v} faster", "speedup")
_keys("{v} input tokens per day", "input_tokens_per_day", "in_tokens_per_day", "prompt_tokens_per_day")
_keys("{v} output tokens per day", "output_tokens_per_day", "out_tokens_per_day")
_keys("{v} per million input tokens", "usd_per_m_input", "usd_per_m_in", "price_per_m_input", "input_price")
_keys("{v} per million output tokens", "usd_per_m_output", "usd_per_m_out", "price_per_m_output",
      "output_price")
_keys("{v}元 per million input tokens", "cny_per_m_input", "cny_per_m_in")
_keys("{v}元 per million output tokens", "cny_per_m_output", "cny_per_m_out")
_keys("{v} runs", "runs", "n_runs", "experiments", "ablations", "sweeps", "trials")
_keys("racks capped at {v}", "rack_limit", "rack_cap", "rack_power_cap", "rack_limit_w")
_keys("racks capped at {v} kw", "rack_limit_kw", "rack_cap_kw", "kw_per_rack_limit")
_keys("{v} gb of hbm per gpu", "hbm_gb", "hbm_gb_per_gpu", "hbm_capacity_gb")
_keys("dram at {v}/gb", "dram_usd_per_gb", "dram_price", "dram_per_gb")
_keys("hbm at {v}x dram prices", "hbm_mult", "hbm_mult_lo", "hbm_multiple", "hbm_to_dram")
_keys("{v} flops of compute capacity", "capacity_flops", "capacity", "fleet_flops")
_keys("{v}元 per server", "server_price_cny", "server_price_rmb")
_keys("budget {v}元", "budget_cny")
_keys("mfu improves by {v}", "mfu_gain", "mfu_improvement", "mfu_uplift")
_keys("mfu {v} points higher", "mfu_delta_pts", "mfu_gain_pts", "mfu_delta_points", "mfu_gain_points",
      "mfu_pts")
_keys("{v} yen to the dollar", "usdjpy", "usd_jpy", "jpy_per_usd")
_keys("{v}-word prompts", "prompt_words", "input_words", "words_in")
_keys("{v}-word answers", "reply_words", "output_words", "answer_words", "words_out")
_keys("1 token per {v} words", "words_per_token")
_keys("{v} characters out", "avg_output_chars", "output_chars", "out_chars", "reply_chars")
_keys("{v} characters in", "avg_input_chars", "input_chars", "in_chars", "prompt_chars")
_keys("{v} chars per token", "chars_per_token", "en_chars_per_token")
_keys("{v} 个汉字 per token", "zh_chars_per_token", "cn_chars_per_token", "hanzi_per_token")
_keys("dau/wau {v}", "dau_wau", "dau_per_wau", "dau/wau ratio")
_keys("measured {v} tok/s per node", "node_tps", "server_tps", "tps_per_node", "tokens_per_s_per_node",
      "observed_tokens_per_s_per_server")
_keys("budget {v}元", "budget_rmb")
_keys("{v}元 each", "price_cny", "price_rmb", "gpu_price_cny")
_keys("{v} of it on gpus", "gpu_share", "budget_share", "share_gpu")
_keys("electricity {v}元/度", "elec_cny_kwh", "cny_per_kwh", "elec_cny", "electricity_cny", "elec_rmb_kwh")
_keys("electricity ${v}/kwh", "elec_usd_kwh", "usd_per_kwh", "elec_usd", "electricity_usd")
for _noun in ("queries", "q", "req", "requests", "msgs", "messages", "prompts", "chats", "calls"):
    _keys("{v} queries per user per day", f"{_noun}_per_user_day", f"{_noun}_per_dau",
          f"{_noun}_per_user_per_day")

# a key is found however its words are joined: "price per gpu", "price_per_gpu" ("queries per user")
_TEMPLATES.update({k.replace("_", " "): t for k, t in list(_TEMPLATES.items()) if "_" in k
                   and k.replace("_", " ") not in _TEMPLATES})
_TEMPLATES.update({k.replace(" ", "_"): t for k, t in list(_TEMPLATES.items()) if " " in k
                   and k.replace(" ", "_") not in _TEMPLATES})
_KEY = "|".join(sorted((re.escape(k) for k in _TEMPLATES), key=len, reverse=True))
# key, then = or :, then a number with its unit; the key must start a list item
KV = rx.compile(
    # (not "1.4e12 tokens: 2,048 TPU v5p": a number's own unit before a colon)
    # (a typical value's statistic around the key is no part of it: "qps_avg", "prompt_tokens_p50",
    # "mean_output_tokens"; a tail percentile, p99, is another quantity and is left alone)
    # ("1. 坐席数：2000": a list item's number before the key)
    # ("in=800 out=150": after a number and a space, a key with "=" still starts an item)
    r"(?:^|(?<=[\s,;，；(（/|｜{])(?:(?<![\d.][ ])|(?=[a-z_/]{1,24}\s*=))|(?<=[{\s,][\"'])|"
    r"(?<=\n[1-9][.、)] )|"
    r"(?<=^[1-9][.、)] )|(?<=\n[1-9][、)]))"
    r"(?:(?:avg|mean|median|typical)[_ ])?(?P<key>" + _KEY + r")"
    r"(?:[_ ](?:avg|mean|median|p50|typical))?"
    # (a qualifier in brackets between the key and its value: "W/GPU (incl. host, net): 1,275")
    r"(?:\s*[(（][^()（）\n:=：]{1,40}[)）])?[\"']?\s*(?:=|:|：)\s*"
    # (a hedge before the value is no part of it: "requests/day: ~90M")
    r"(?:(?:~|≈|约|大约|大概|about|approx\.?|roughly|around)\s*)?"
    r"(?P<val>[零一二两三四五六七八九十百千万亿]+(?=\s*(?:[,，;；|｜/]|$))|\+?(?:\d[\d.,]*\s*[k]?\s*/\s*)?(?:us\$|\$|¥|￥|rmb\s*|usd\s*)?[\d.,]*\d(?:e[+-]?\d+)?\s*"
    r"(?:[kmbt](?![a-z])|bn|mn|万|亿|千)?\s*(?:%|ms|s\b|w\b(?!/(?:\s|$))|kw\b|mw\b|gw\b|gb\b|瓦|千瓦|兆瓦|"
    r"tok(?:en)?s?/s(?:\s*/\s*(?:gpu|台|卡|node|server|box))?|tok(?:en)?s?\b|"
    r"(?:us\$|\$|usd|元|万元|美元|rmb)?(?:\s*/\s*(?:gpu[- ]?)?(?:h\b|hr\b|hour\b|kwh\b|m\b|mtok\b|gb\b|"
    r"度|卡时|小时|卡|台|柜|张|day\b|d\b)(?:\s*/\s*(?:gpu|h\b|hr\b|小时|卡时))?)?|x\b|months?\b|days?\b|years?\b|"
    r"张|块|台|柜|个|卡|人|次)?"
    # ("users: 2M paying": who the count is of, said after it)
    r"(?:\s+(?:paying|paid|active|registered|total|subscribed)\b)?)"
    # ("in: 600 tok avg": a typical value's statistic after it is no part of it)
    r"(?:\s+(?:avg|average|mean|median|typical|p50)\b)?"
    # a value ends its item: a separator, an arrow, a bracket or the end follows
    # (not "$0" of "$0.60"); a dash (" - " too) or a Chinese word after a space ends it too
    r"(?=\s*(?:[,，](?!\d)|[;；、)）(（|｜\n。?？—–}]|\.(?!\d)|->|→|=>|$)|\s+(?:/|--?)\s|\s+(?:dense|moe)\b|"
    # ("all_in: 1.4x   # servers+IB+DC": a comment after the value)
    r"\s+#|"
    # ("in=1.5k out=400": another key=value after a space)
    r"\s+(?=[a-z#][a-z_/#]{0,20}\s*=)|"
    # (a Chinese or Korean word after a space: "/assume ttft_margin=1.5 로 두고")
    r"\s+(?=[\u4e00-\u9fff\uac00-\ud7a3]))")
# "/assume ttft_margin=1.5 gemma 2 27b …": after the command its values are single words, ended by a space
KV_ASSUME = rx.compile(KV.pattern[:-1] + r"|(?<=\d)(?=\s+[a-z]|\s*:\s))")
# a server named by an earlier key ("server=DGX H100 | count=128"): the count is of servers
_SERVER_KEYED = rx.compile(r"(?:server|node|box|rack|服务器|机柜|整机|机型)\w*\s*(?:=|:|：)|"
                           # "H200 SXM, 8 GPUs/node, $312,500/node … Qty: 128": a quote priced per node
                           r"(?:\$|¥|usd|rmb|元)\s*[\d.,]+\s*[km万]?\s*(?:/|per|each|每)\s*(?:node|server|box|rack|台|柜)")
_COUNT_KEYS = {"qty", "quantity", "count", "units", "数量", "采购数量"}

_HAS_UNIT = rx.compile(r"%|ms\b|s$|w$|kw|mw|gw|gb|/|x$|months?|days?|years?")


# the first word of a ratio written "a / b = x" ("日活 / 月活 = 35%", "DAU / MAU: 0.3")
_RATIO_HEAD = rx.compile(r"(?:日活|周活|dau|wau|daily active(?: users)?|weekly active(?: users)?)\s*/\s*$",
                         re.I)


def rewrite(norm: Normalized) -> Normalized:
    """Every known key=value pair as words the parser reads; positions kept."""
    if "=" not in norm.text and ":" not in norm.text and "：" not in norm.text:
        return norm
    text: list[str] = []
    pos: list[int] = []
    last = 0
    for m in (KV_ASSUME if "/assume" in norm.text else KV).finditer(norm.text):
        key = m.group("key")
        val = m.group("val").strip()
        template = _TEMPLATES[key]
        if key == "n" and not re.fullmatch(r"\d[\d,]*", val):
            continue
        if re.match(r"\{v\} (?:racks|gpus|servers|users|replicas)\b", template) and re.search(
                r"[$¥￥]|usd|rmb|元|美元", val):
            continue                     # "a thousand racks = $3B": a sum of money, not the count keyed
        if _RATIO_HEAD.search(norm.text, 0, m.start()):
            continue                     # "日活 / 月活 = 35%": a ratio's second word, not a count of users
        if key in ("tpot", "tpot_ms", "itl", "ttft", "ttft_ms", "latency_per_token") and \
                not _HAS_UNIT.search(val):
            val += "ms"
        elif key in ("rent", "rent_per_hour", "hourly_rent", "price_per_hour", "gpu_hour_price",
                     "rent_usd_per_hour", "rental") and "/" not in val:
            val += "/hr"
        elif (key in ("watts", "watts_per_gpu", "tdp", "gpu_power", "power_per_gpu")
              or key.startswith(("w/gpu", "w per gpu", "watts/gpu", "watts per gpu"))) and \
                not _HAS_UNIT.search(val):
            val += " w"
        elif key in ("power_mw", "facility_power", "site_power", "power_budget") and \
                not _HAS_UNIT.search(val):
            val += " mw"
        elif key.startswith("doubling") and not _HAS_UNIT.search(val):
            val += " months"
        elif template == "{v} all-in" and not re.search(r"(?:x|×)$", val):
            val += "x"                  # "all_in: 1.4": the whole build as a multiple of the chips
        elif template == "peak factor {v}" and not re.search(r"(?:x|×|倍)$", val):
            val += "x"                  # "峰值系数: 3" in a pasted table: the peak, as a multiple
        elif template == "{v}" and "/" not in val:
            val += " each"             # a card's price, however its key is written
        if template in ("{v} input tokens", "{v} output tokens") and re.search(r"tok(?:en)?s?$", val):
            template = template.split()[1] + " {v}"   # "input: 2k tokens": the unit typed with the value
        if template == "measured {v} tok/s per gpu" and re.search(r"tok(?:en)?s?/s", val):
            template = "measured {v} per gpu"     # "单卡实测: 2500 tokens/s": the unit typed with it
        if template == "{v} queries per user per day" and re.search(r"/\s*(?:day|d)$", val):
            template = "queries per user {v}"     # "queries per user = 7/day": the day typed with it
        if template == "{v}" and re.match(r"\s*/\s*(?:1?m|mtok|million|百万)\b", norm.text[m.end():]):
            continue                              # "price: $0.59 / M input": a price per million tokens
        if key == "折扣" and re.match(r"\s*折", norm.text[m.end():]):
            template = "打{v}"                    # "折扣：9 折": tenths of the price, 折 typed after it
        if key in _COUNT_KEYS and (re.search(r"service\s*$", norm.text[:m.start()])
                                   or re.match(r"\s*(?:sus?|service units?)\b", norm.text[m.end():])):
            continue                              # "bills in service units: 1 SU = 0.5 GPU-hour": no count
        if key in _COUNT_KEYS and _SERVER_KEYED.search(norm.text[:m.start()]):
            template = "{v} servers"
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
        elif re.match(r"\s+[a-z#][a-z_/#]{0,20}\s*=", norm.text[m.end():]):
            # ("qps=50 in=2000": the pairs kept apart, so "50 qps" is no head of the next value)
            text.append(",")
            pos.append(norm.pos[m.end()])
            last = m.end() + 1
            continue
        last = m.end()
    if last == 0:
        return norm
    text.append(norm.text[last:])
    pos.extend(norm.pos[last:])
    return Normalized("".join(text), tuple(pos), norm.original)
