"""The parser's vocabulary: which words around a number give it its role ("25,000 H100s" ->
gpu_count), the keywords that signal an intent, precisions and English number words.
Tables, one rule per line, read first match first; calc/parse.py applies them."""

from __future__ import annotations

import re

from calc.numbers import Num

PRECISION = re.compile(r"(?<![a-z0-9])(fp32|tf32|fp16|bf16|fp8|int8|fp4|int4|nvfp4|mxfp4|fp 8|fp 16)(?![0-9])")
PRECISION_ZH = {"半精度": "fp16", "单精度": "fp32"}

WORD_NUM = {"one": "1", "a single": "1", "single": "1", "two": "2", "three": "3", "four": "4",
             "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
             "twelve": "12", "sixteen": "16", "a dozen": "12"}
# only before a device word, so "one doubling" or "at one point" stay words
WORDS = re.compile(r"\b(" + "|".join(sorted(WORD_NUM, key=len, reverse=True)) +
                    r")(\s+(?:[a-z]+\s+)?(?:[hbalgmrt][a-z]*\d|gpus?|accelerators?|cards?|chips?|"
                    r"servers?|nodes?|tpus?|gaudi|mi\d))")


# ---- number roles: (role, tail pattern, head pattern). First match wins. ----
T = r"^\s*"
# An optional fourth pattern must also match the tail when the head pattern is what matched.
ROLES: list[tuple[str, str | None, str | None] | tuple[str, str | None, str | None, str]] = [
    ("usd_cny", T + r"(?:rmb|yuan|cny|元|人民币)\s*(?:per|/|to the|to a|a|兑)\s*(?:usd|dollar|美元)", None),
    ("gpu_hours", T + r"(?:#+\s*)?(?:gpu|accelerator|卡)?\s*(?:hours?|hrs?|小时|时)\b(?!.{0,12}(?:/|per)\s*(?:gpu|#))", r"(?:gpu|卡)\s*$"),
    ("gpu_hours", T + r"(?:#+\s*)?(?:gpu\s*hours?|gpu[- ]?h\b|卡时|gpu时|卡小时)", None),
    ("gpu_years", T + r"(?:#+\s*)?(?:gpu\s*years?|卡年)", None),
    ("gpu_count", T + r"(?:x\s*|×\s*|张|块|片|颗|个|台|units? of |more )?#", None),
    ("gpu_count", T + r"(?:gpus?|accelerators?|cards?|chips?|张卡|块卡|卡|张显卡|块gpu|张gpu|个gpu)(?![a-z-])(?!\s*(?:hours?|years?|days?|h\b))", None),
    ("servers", T + r"(?:台|个|x\s*)?&", None),
    ("servers", T + r"(?:servers?|nodes?|racks?|台服务器|服务器|个节点)", None),
    ("electricity_usd_per_kwh", T + r"(?:usd|dollars?|美元|cents?)?\s*(?:/|per|a|每)\s*kwh", None),
    ("rent_usd_per_hour", T + r"(?:usd|dollars?|美元|美金)?\s*(?:/|per|an|a|each|every|每)\s*(?:#+\s*|gpu\s*|accelerator\s*|卡)?(?:hours?|hr|h\b|小时)", None),
    ("rent_cny_per_hour", T + r"(?:rmb|yuan|cny|元|块钱?)\s*(?:/|per|an|a|每)\s*(?:#+\s*|gpu\s*|卡)?(?:hours?|hr|h\b|小时)", None),
    ("price_cny", T + r"(?:rmb|yuan|cny|元|块钱|人民币)\s*(?:each|apiece|per\b|a (?:chip|gpu|card|piece|unit)|/\s*(?:chip|gpu|card)|一张|每张|每块|一块)", r"(?:单价|每张|每块|一张|一块)\s*(?:rmb|¥)?\s*$"),
    ("price_usd", T + r"(?:usd|dollars?|美元|美金)?\s*(?:each|apiece|per (?:chip|gpu|card|unit|accelerator|server)|a (?:chip|gpu|card|piece|unit)|/\s*(?:chip|gpu|card)|一张|每张|每块)", None),
    ("price_cny", None, r"(?:at|@|单价)\s*(?:¥|rmb|cny)\s*$"),
    ("budget_cny", T + r"(?:rmb|yuan|cny|元|人民币)", r"(?:¥|rmb|cny)\s*$"),
    ("budget_usd", T + r"(?:usd|dollars?|美元|美金)", r"\$\s*$"),
    ("users", T + r"(?:daily |monthly |weekly )?(?:active )?(?:users?|people|persons|dau|mau|customers|subscribers|用户|人|个用户|名用户|日活|月活|位用户)", r"(?:日活|月活|dau|mau|users?\s*(?:of|=|:))\s*$"),
    ("qps", T + r"(?:queries|requests|searches|questions|prompts|次(?:查询|请求|搜索)?)?\s*(?:per second|a second|/\s*s(?:ec)?\b|每秒)", r"(?:每秒|qps\s*(?:of|=|:)?)\s*$"),
    ("qps", T + r"qps\b", None),
    ("queries_per_user", T + r"(?:queries|questions|requests|prompts|messages|searches|chats|conversations|次|条|个问题)", r"(?:每人每天|每人|每天|每用户|每个用户每天|queries per user\s*(?:of|=|:)?|queries\s*(?:=|:))\s*$"),
    ("tokens_per_s_observed", T + r"(?:tokens?|tok)\s*(?:/\s*s(?:ec)?\b|per second|a second|每秒)", None),
    ("tokens", T + r"(?:input |prompt |output |generated |answer |response |training |context )?(?:tokens?|个?token|词元)", None),
    ("context_tokens", T + r"(?:context|上下文)", None),
    ("params_active", T + r"(?:parameters? |params? )?(?:active|activated|激活)", None),
    ("params_total", T + r"(?:parameters? |params? )?(?:total|总)", None),
    ("params", T + r"(?:parameters?|params|参数)", None),
    ("params", T + r"(?:dense |moe |llm |language |chat )?(?:models?|llms?|模型|大模型|参数模型)", None),
    ("params", T + r"(?:moe|mixture[- ]of[- ]experts)\b", None),
    ("mfu", T + r"%\s*(?:mfu|model flops utili[sz]ation|utili[sz]ation|efficiency|利用率|算力利用率)", r"(?:mfu|utili[sz]ation|利用率)\s*(?:of|=|:|at|is)?\s*$", T + "%"),
    ("rate_pct_year", T + r"%\s*(?:a|per|each|every|/|yoy|annual|annually|year)", r"(?:每年|年增长|年增|grows?|growing|growth of)\s*(?:by|at|of)?\s*$", T + "%"),
    ("capacity_flops", T + r"(?:e|exa|p|peta)\s*flop", None),
    ("gpu_tflops", T + r"(?:t|tera)\s*flop", None),
    ("flops", T + r"flops?\b(?!\s*/\s*s)", None),
    ("power_mw", T + r"(?:mw|megawatts?|兆瓦)", None),
    ("power_kw", T + r"(?:kw|kilowatts?|千瓦)(?!h)", None),
    ("tpot_ms", T + r"ms\b", None),
    ("days", T + r"(?:days?|天|日)(?![a-z])", None),
    ("hours", T + r"(?:hours?|hrs?|小时)", None),
    ("weeks", T + r"(?:weeks?|周|星期)", None),
    ("months", T + r"(?:months?|mo\b|个月|月)", None),
    ("years", T + r"(?:years?|yrs?|年)", None),
    ("dram_multiple", T + r"(?:x|×|times|倍)\s*(?:the price of |of |ordinary |普通)?\s*(?:dram|内存)", None),
    ("factor", T + r"(?:x|×|times|倍)(?![a-z])", None),
    ("pue", None, r"pue\s*(?:of|=|:|at|is)?\s*$"),
    ("peak_factor", None, r"(?:peak(?:[- ]to[- ]average)?(?: factor| ratio)?|峰值(?:系数|倍数)?)\s*(?:of|=|:|is)?\s*$"),
    ("peak_factor", T + r"(?:x\s*)?(?:peak|峰值)", None),
    ("percent", T + r"%", None),
]
ROLES_C = [(r[0], re.compile(r[1]) if r[1] else None, re.compile(r[2]) if r[2] else None,
             re.compile(r[3]) if len(r) > 3 and r[3] else None)
            for r in ROLES]


def role_of(masked: str, n: Num) -> str:
    tail = masked[n.end:n.end + 48]
    head = masked[max(0, n.start - 24):n.start]
    for role, tre, hre, need in ROLES_C:
        if tre is not None and tre.search(tail):
            return role
        if hre is not None and hre.search(head) and (need is None or need.search(tail)):
            return role
    return "number"


KW = {
    "google": re.compile(r"google|谷歌|every search|每次搜索|搜索引擎"),
    "train": re.compile(r"train|训练|pre-?train|预训练|gpu[- ]?years?|gpu[- ]?hours?|卡时|\bmfu\b|chinchilla|compute[- ]optimal"),
    "fit": re.compile(r"\bfit|fits\b|\b(?:can|could) (?:i|we|you) (?:run|serve|host|load)\b|\brun (?:it )?on\b|跑得动|能跑|能不能跑|装得下|放得下|放下|装下|能放|显存够|内存够|enough memory|enough vram|how much (?:memory|vram|hbm)|多少显存|多少内存|kv cache"),
    "hbm": re.compile(r"\bhbm\b|高带宽内存"),
    "growth": re.compile(r"doubl|翻倍|翻番|翻一番|grow|增长|增加到|how long (?:until|to reach|does it take)|多久"),
    "cost": re.compile(r"cost|price|spend|buy|pay|capex|budget|expensive|afford|多少钱|成本|价格|花费|花多少|买|费用|投资|\$|¥|rmb|yuan|usd|元|美元"),
    "power": re.compile(r"\bpower\b|electric|energy|\bmw\b|\bkw\b|kwh|watts?|电力|功耗|耗电|用电|能耗|电费|\bwh\b"),
    "throughput": re.compile(r"throughput|tokens?\s*(?:/\s*s|per second)|tok/s|吞吐|每秒.{0,4}token|serve|服务|跑多快|how fast|速度"),
    "serve": re.compile(r"serve|users?|用户|日活|月活|\bdau\b|\bmau\b|qps|queries per|服务"),
    "convert": re.compile(r"equal|equivalent|相当于|等于|等同|how many .{0,20}(?:make|match|for)\s*\d|\beflops\b|\bpflops\b"),
    "monthly": re.compile(r"monthly|\bmau\b|月活|每月活跃|per month active"),
    "weekly": re.compile(r"weekly|\bwau\b|周活|每周活跃"),
    "recompute": re.compile(r"recomput|checkpointing|重计算"),
    "how_many": re.compile(r"how many|多少|几张|几台|几块|number of"),
    "need": re.compile(r"\bneed|required?\b|serve|support|size|sizing|fleet|cost|需要|支撑|支持|服务|部署"),
    "time_q": re.compile(r"how (?:long|many days|many hours|many weeks|many months)|多久|多长时间|几天|多少天|多少个月"),
    "question_words": re.compile(r"why|explain|what is|what are|how does|为什么|解释|是什么|怎么看|影响"),
}
