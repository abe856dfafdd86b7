"""Question text (English or Chinese) -> a calculator Request, with every stated span accounted.

Deterministic and side-effect free. The pipeline (see calc/vocabulary.py for the words):
1. normalize (NFKC, lower case, full-width -> ASCII), keeping each character's position in the
   original so spans are quoted as the user wrote them;
2. names: catalog accelerators, servers and models, and unknown name-like words (calc/names.py);
3. numbers, with Chinese numerals read inside number spans only (calc/numbers.py);
4. each number gets a role from its unit and the words next to it, and is resolved to exactly
   one registry parameter (calc/data/parameters.toml), converting units with pint
   (calc/units.py);
5. the intent from keywords and which parameters were found.
Every span becomes a `Stated` on the Request; after computing, calc.engine reports the ones
the calculation did not read as `unused`, with the reason. A second value for the same
parameter is never dropped: two accelerators, models or precisions are a comparison, several
"N x accelerator" groups a fleet mix, anything else a named duplicate.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from types import MappingProxyType

from calc import counted as counted_nouns
from calc import foreign, keyvalue, noise, readings, registry, rx
from calc.assign import CLAUSE_START, leftover_digits, read_numbers
from calc.build import fmt_params
from calc.catalog import Catalog, load
from calc.claims import (
    HEARD_BEFORE,
    as_claim,
    claimed_converted_days,
    claimed_run_hours,
    count_put_as_enough,
    new_run_mfu,
    one_server_claimed,
    same_count_said,
    second_readings,
)
from calc.cn_numeral import chinese_numeral
from calc.derive import (
    BATCH,
    CLAIM_BEFORE,
    CLAIM_RESULT,
    DEMAND,
    DISTILLED,
    DURATIONS,
    EACH_USER,
    ENOUGH_ASKED,
    FOLLOW_UP,
    FUTURE,
    GPU_COUNT_ASKED,
    GROWS,
    IN_ONE_BOX,
    ONE_GPU,
    ONE_NAMED,
    ONE_RACK_FIT,
    ONE_SERVER,
    ONE_SIZED_SERVER,
    PROXY_AFTER,
    SINGLE_WORD,
    USERS_NOW,
    deadline,
    derive_params,
    growth_terms,
    input_volume_only,
    lone_input_volume,
    resolve_pending,
    turns_of_what_is_priced,
    utilization_to,
)
from calc.intent import (
    CHECK_ASKED,
    CLAIM,
    MORE_COUNT,
    WHICH_CARD,
    busy_fleet_runway,
    intent_of,
)
from calc.names import OTHER_MODEL, find_names, mask, unknown_error
from calc.numbers import Normalized, normalize
from calc.options import (
    ASKS_MFU,
    HOW_LONG_ASKED,
    MATCH,
    MEMORY_PRICE,
    MOVED_TO,
    REDO,
    SAME_COUNT,
    SAME_WORK,
    STRICT_MATCH,
    TOOK,
    after_options,
    all_in_stated,
    batch_beside_load,
    build_options,
    cap_each_replica,
    counted_of_them,
    echo_changes,
    exact_in_brackets,
    gpus_of_each_replica,
    match_a_server,
    promote_orphans,
    read_names,
    run_rescaled,
    same_kind_rates,
    share_list_roles,
)
from calc.result import CalcError
from calc.stated import LOADS, MAX_QUESTION_CHARS, MFU_CHANGES, Reading, Request, Stated
from calc.text import lang_of
from calc.vocabulary import (
    KW,
    NAME_PARAMS,
    PRECISION,
)

# "… electricity per rack?", "每台服务器一年电费？": the question is about one server or rack
_PER_BOX_ASKED = rx.compile(r"(?:per|a|each|one|for (?:a|one|each))\s+(?:rack|server|node|box|chassis)\b"
                            r"[^,.;]{0,12}(?:\?|$)|"
                            r"(?:每|一|单)(?:台|个)?(?:机柜|柜|服务器|节点)[^，,。；;]{0,12}(?:[?？]|多少|几)")
# the memory itself grows (not the accelerators shipped): "单卡显存容量翻倍时间大约 2 年",
# "HBM per GPU doubles"
_MEMORY_GROWS = rx.compile(r"(?:显存|hbm|memory)(?:容量)?[^,，。;；\d]{0,6}(?:翻倍|翻番|doubl|grow|增长)")


# a FLOP count said as a line to cross: "does it exceed the 1e26 FLOP threshold", "是否超过10^25 FLOP"
_THRESHOLD_BEFORE = rx.compile(r"(?:\bexceeds?|\bexceeding|\babove|\bcross(?:es|ing)?|\bbeyond|threshold of|"
                               r"超过|超出|高于|低于|阈值)\s*(?:the\s+)?\s*$")
# the tokens a run of an unknown model saw, asked: they need its size
_TOKENS_SEEN_ASKED = rx.compile(r"how many (?:training )?tokens|tokens? (?:could|would|did) it (?:have )?"
                                r"(?:seen|see|train on)|"
                                r"训练了?多少(?:个)?\s*token|能训多少\s*token|见过多少\s*token")


# "power math check: H100 SXM box, 8 GPUs at 700W each": one box named, its cards counted after it
_ONE_BOX_NAMED = rx.compile(r"(?:^|[:;,.]\s*|\b(?:a|an|one|my|our|single)\s+)#+\s*"
                            r"(?:box|node|server|rig|machine)\s*[,(]")


def _one_box(r: Reading, intent: str | None) -> None:
    """"B300 at 1100W, 72 per rack … electricity per rack?", "H100 SXM box, 8 GPUs at 700W each": a
    power or cost of one box asked, with its size and no fleet: one server's."""
    if intent in ("power", "capex") and "gpus_per_server" in r.params and not any(
            k in r.params for k in ("gpus", "servers", "power_mw", "budget_usd", "budget_cny")) \
            and (_PER_BOX_ASKED.search(r.t) or _ONE_BOX_NAMED.search(r.masked)):
        r.params["servers"] = 1.0

# a price of one's own, or one to beat: "we charge $0.4/M input", "priced at 0.5 yuan … can I beat that?"

_OWN_PRICE = rx.compile(r"\bwe (?:charge|sell|price|bill)|\bour (?:price|pricing)|\bpriced at\b|"
                        r"\bcan (?:i|we) beat\b|\bbeat (?:that|it|them)\b|我们(?:卖|定价|收费)|定价")
_PRICE_ASKED = rx.compile(r"多少钱|什么价|价格|报价|how much|\bprice\b|\bcosts?\b")
# what an amount comes to, asked ("这对应多少GPU小时", "相当于跑了多少天", "how many GPU-hours is that")
_FROM_AMOUNT_ASKED = rx.compile(r"对应多少|相当于(?:跑了)?多少|能跑多少|能买多少|"
                                r"how many (?:gpu[- ]?)?(?:hours|days)|how long (?:is|would) that")
# an amount to spend, asked about: "Say I have a $50M budget", "能买多少", "how many chips is that"
_SPEND_ASKED = rx.compile(r"\b(?:say|suppose|assume|let'?s say|imagine)\s+(?:i|we)\b|how many|"
                          r"能买|可以买|可买|多少张|几张|多少台|几台|多少卡")




# the power or its bill saved by a change ("annual $ saved at $0.11/kWh", "kWh saved per year", "省多少电费")
POWER_SAVED = rx.compile(r"\bsav(?:e|es|ed|ing|ings)\b|\bless (?:power|energy|electricity)|省|节约|节省|少花")


# one request, the basis of a figure: "'1 chatbot query = 0.3 Wh'"
_ONE_REQUEST = rx.compile(r"\s*(?:[a-z]+\s+)?(?:quer(?:y|ies)|requests?|prompts?|answers?|responses?|"
                          r"messages?|chats?|calls?|generations?|images?)\b")
_GPU_HOURS_ASKED = rx.compile(r"\bgpu[- ]?hours?\s+(?:per|for|a|each|every)\b|\bhow many gpu[- ]?hours\b|"
                             r"(?:多少|几个?)\s*(?:卡时|gpu\s*小时|卡小时)")


# a count of cards said to be needed: "needs at least 16 H200s", "至少要16张"
# (German word order, said in English: "brauchen wir 2 Nodes" is "need we 2 nodes")
_RATE_SAID = rx.compile(r"(?:tokens?|toks?)\s*(?:/\s*s\b|per\s+sec|a\s+sec)|每秒|/\s*s\b|tok/s|tps\b", re.I)
_CARDS_NEEDED = rx.compile(r"(?:\bneeds?(?:\s+we)?|\brequires?|需要|要|得)\s*"
                           r"(?:at least|a minimum of|only|just|至少|起码|最少)?\s*"
                           r"(?:要)?\s*$")


# what a power envelope is said to hold: "100MW的园区能放下10万张", "a 100 MW campus can host 100k GB200s"
_HOLDS = rx.compile(r"(?:能放下|放得下|能装下|装得下|能容纳|可容纳|能支撑|可支撑|撑得起|能放|能装|"
                    r"\bcan (?:host|hold|fit|house|power|run|support)|\b(?:hosts|holds|fits|houses))\s*"
                    r"(?:约|大约|about|around|roughly|~|up to|最多)?\s*$")


# an MFU said as what a rate comes to: "that's >90% MFU??", "so ~60% MFU?"
_MFU_AS_RESULT = rx.compile(r"(?:that'?s|that is|is that|so|which is|means|=>?|i\.e\.)\s*"
                            r"(?:~|about|around|over|>|above|under|<|like)?\s*$")


# forty digits or more in a row, with at most one separator between two ("000…", "1,1,1,…")
# one card named as the one there is: "on the RTX 4090 in the office", "on our L40S" (not "on L40Ss")
_THE_ONE_CARD = rx.compile(r"\b(?:on|with|using)\s+(?:the|our|my|a|an|one|a single|our single)\s+"
                           r"#+(?![#s\w])")
_DIGIT_RUN = rx.compile(r"(?:\d[.,_]?){40,}")


_NO_POWER_COST = rx.compile(r"电费(?:先|暂时|暂且|就)?(?:不算|不计|不考虑|忽略)|"
                            r"(?:不算|不计|不考虑|忽略|不含)电费|"
                            r"\b(?:ignore|ignoring|leave out|leaving out|excluding|exclude|not counting|"
                            r"without)\s+(?:the\s+)?(?:power|electricity|energy)(?:\s+(?:bill|costs?))?\b")


def parse(text: str, previous: Request | None = None, catalog: Catalog | None = None) -> Request:
    """Read a question. Raises CalcError(not_numeric) when nothing here is for the calculator,
    and unknown_accelerator / unknown_model for a name the catalog does not have."""
    cat = catalog or load()
    if len(text) > MAX_QUESTION_CHARS:
        raise CalcError("too_long", "err.too_long", hint_key="hint.one_question", n=len(text),
                        limit=MAX_QUESTION_CHARS)
    clean = text if text.isprintable() else \
        "".join(ch for ch in text if ch.isprintable() or ch in "\n\t")
    if not clean.strip():
        raise CalcError("empty", "err.empty", hint_key="hint.ask_example")
    if (run := _DIGIT_RUN.search(clean)) is not None:
        # (no quantity is written with forty digits; read, such a run only costs time: some rules try a name
        # and a number at every position of it)
        raise CalcError("bad_number", "err.digit_run", hint_key="hint.big_number",
                        n=sum(ch.isdigit() for ch in run.group()))
    # (a forwarded e-mail's dates, phone numbers, versions and ticket numbers are labels: blanked first)
    norm = keyvalue.rewrite(noise.nights(noise.blank(_percent_words(normalize(clean)))))
    names = find_names(norm.text, cat, norm.original, norm.pos)
    masked = _mask_precision(mask(norm.text, names))
    r = Reading(norm=norm, masked=masked, names=names)
    lang = lang_of(text)
    options = read_names(r, cat)
    read_numbers(r)
    foreign.foreign_money(r, cat)
    readings.power_factor(r)
    readings.corrections(r)
    readings.vague_yields(r)
    resolve_pending(r, None, first_pass=True)
    readings.turns_per_conversation(r)
    readings.seats_as_streams(r)
    readings.users_at_a_speed(r)
    readings.corpus_not_a_length(r)
    readings.per_characters_basis(r)
    readings.peak_headroom(r)
    readings.items_beside_daily(r)
    readings.vague_called(r, first=True)
    counted_nouns.read(r)
    readings.vague_called(r, first=False)
    readings.vehicles_counted(r)
    readings.things_a_day(r)
    readings.a_days_output(r)
    readings.items_per_batch(r)
    readings.one_batch(r)
    readings.batch_cost(r)
    readings.kuai_money(r)
    readings.zh_items_each_written(r)
    readings.daily_actives_over_members(r)
    readings.days_output_volume(r)
    readings.sheets_a_day(r)
    readings.one_set_each(r)
    readings.times_each_asks(r)
    readings.boxes_per_site(r)
    readings.sites(r)
    readings.pcs_of_one_card(r)
    readings.people_of_places(r)
    readings.one_replica_per_card(r)
    readings.one_box(r)
    readings.racks_bought(r)
    readings.one_pass(r)
    readings.keep_one(r)
    readings.box_rate(r)
    readings.quote_for_servers(r)
    readings.servers_bought_at_box_price(r)
    readings.priced_box(r)
    readings.hours_block_price(r)
    readings.box_price_said(r)
    readings.box_cards_rented(r)
    readings.same_count_restated(r)
    readings.needed_quoted(r)
    readings.one_server_draw(r)
    readings.people_now(r)
    readings.rate_per_period(r)
    readings.charged_sites_are_users(r)
    readings.envelope_beside_draw(r)
    readings.ranges(r)
    readings.value_lists(r)
    readings.listed_pair(r)
    readings.versus(r)
    readings.subject_pairs(r)
    readings.what_if_to(r)
    readings.second_price(r)
    readings.org_size_yields(r)
    readings.businesses_counted(r)
    readings.users_restated(r)
    readings.converted_restated(r)
    readings.users_from_to(r)
    readings.places_not_users(r)
    readings.users_from_to(r)
    readings.paying_sites(r)
    promote_orphans(r)
    batch_beside_load(r)
    cap_each_replica(r)
    gpus_of_each_replica(r)
    exact_in_brackets(r)
    counted_of_them(r)
    share_list_roles(r)
    derive_params(r)
    readings.racks_under_cap(r)
    readings.written_is_output(r)
    if "gpus_per_server" in r.params and not any(k in r.params for k in ("gpus", "servers")) \
            and re.search(r"\b(?:in|into)\s+(?:a|one|the|my|our)\s+(?:box|server|machine|rig|node|chassis)\b|"
                          # ("we got a pc w 2 cards in it"): one box, with its cards
                          r"\b(?:a|one|the|my|our)\s+(?:pc|box|server|machine|rig|workstation|tower|computer)\s+"
                          r"(?:w/?|with|that has|has|holding)\s+(?:\d+|two|three|four|six|eight)\s+"
                          r"(?:cards?|gpus?)\b",
                          r.t) \
            and not re.search(r"\b(?:per|each|a)\s+(?:card|gpu)\s*(?:per|a|each)?\s*(?:month|year|day|hour)|"
                              r"\bper (?:card|gpu)\b[^.?!]{0,12}\?", r.t):
        # ("if I put 4 GPUs in a box … what does that cost me running 24/7": that one box of the cards said)
        r.params["one_box"] = True
    if _NO_POWER_COST.search(r.t):
        r.params["no_power_cost"] = True   # ("多久能回本？电费先不算": the electricity left out, as asked)
    if _MEMORY_GROWS.search(r.t):
        r.params["memory_grows"] = True    # (the growth is one card's memory's, not the cards shipped)
    seen = dict(r.params)
    if "params" not in seen and "model" not in seen and any(q[0] == "size" for q in r.pending):
        seen["params"] = "?"                     # "70b fp16 how many a100": a size waiting to be read
    if any(s.kind == "unknown_model" for s in names):
        seen.setdefault("model", "?")            # an unknown model still shapes the intent
    if any(s.kind == "unknown_acc" for s in names):
        seen.setdefault("accelerator", "?")
    if MATCH.search(r.t) and not MEMORY_PRICE.intersection(r.params) and \
            len({k for p, k, _ in options if p == "accelerator"}) == 2 and (
            "gpus" in r.params or "servers" in r.params or ONE_NAMED.search(r.masked)) \
            and not ("gpu_hours" in r.params and TOOK.search(r.t)) \
            and not (("gpu_years" in r.params or "gpu_hours" in r.params) and HOW_LONG_ASKED.search(r.t)) \
            and (not KW["train"].search(r.t) or (SAME_WORK.search(r.t) and not any(k in r.params for k in (
                "gpu_hours", "gpu_years", "days", "train_tokens", "train_flops")))) and (
            STRICT_MATCH.search(r.t) or not (KW["power"].search(r.t) or KW["cost"].search(r.t))):
        seen.setdefault("match_accelerator", "?")   # "137 A100s in H100 equivalents"
        one = ONE_NAMED.search(r.masked)
        if "gpus" not in r.params and "servers" not in r.params and one is not None:
            # "what's a TPU v6e worth in H100s?": one of the first named is the count matched
            r.add("gpus", 1.0, one.start(), one.end() - 1)
    if ("days" in r.params or any(p[0] in DURATIONS for p in r.pending)) and REDO.search(r.t) and len(
            {k for p, k, _ in options if p == "accelerator"}) == 2 and (sum(
            s.param in ("gpus", "servers") for s in r.stated) == 2 or (
                SAME_COUNT.search(r.t) and TOOK.search(r.t)
                and HOW_LONG_ASKED.search(r.t))):
        # "30 days on 512 A100s; on 256 H100s?", "6.5 days on 32 V100s; rerun on A100, same card count"
        seen.setdefault("from_accelerator", "?")
    if "server" in r.params and "gpus" not in r.params and "servers" not in r.params and \
            ONE_SERVER.search(r.masked):
        seen.setdefault("servers", 1.0)             # "一个GB200 NVL72机柜…": one unit, a fleet
    if "users" in r.params and not any(k in r.params for k in ("model", "params", "active_params")) and any(
            k in r.params for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")) \
            and any(k in r.params for k in ("gpus", "servers")) and _PER_SEAT.search(r.t):
        # "6 servers at $280k … capex per seat if we have 9k lawyer seats?": the seats share a stated purchase
        r.params["purchase_per_user"] = True
        seen.pop("users", None)
    intent = intent_of(r.t, seen)
    resolve_pending(r, intent)
    exact_in_brackets(r, ("days",))         # ("跑一个月（按30天）": the month, counted as the days said)
    deadline(r)                             # ("12,000 reports … finish within 2 days": a day's share)
    if intent == "training":
        readings.groups_are_runs(r)
    for repeat in [st for st in r.stated if st.param == "runs" and st.note == ""]:
        often = re.match(r"\s*(?:a|per|each|every)\s+(?:quarter|month|year|week)\b", r.t[repeat.end:])
        if often is not None:
            # "~6 runs a quarter": how often the run is repeated, not a second period of the run
            end = repeat.end + often.end()
            r.stated = [st for st in r.stated if not (st.param == "days" and st.note == "duplicate"
                                                      and repeat.end <= st.start < end)]
            r.retag(repeat, end=end, text=r.norm.quote(repeat.start, end))
    had_users, had_gpus = "users" in r.params, "gpus" in r.params
    had_day = "queries_per_day" in r.params
    had_cost_per = "asks_cost_per" in r.params
    had_money = {k for k in ("budget_usd", "budget_cny", "price_usd", "price_cny") if k in r.params}
    second_readings(r, options)
    if not had_cost_per and r.params.get("asks_cost_per") and intent == "capex":
        # ("rent 2 H100 SXM at $2.40 an hour. About how much per script?": one request's cost, not the
        # fleet's)
        intent = intent_of(r.t, {**seen, **r.params})
    if (had_users and "users" not in r.params) or (
            had_day and "queries_per_day" not in r.params and "per_requests" in r.params):
        # ("cost per 1,000 signals?": a count first read as users, then as the basis of a cost; "cost per
        # 1,000 help desk tickets if a ticket is ~6 messages": first read as the day's tickets)
        seen.pop("users" if had_users and "users" not in r.params else "queries_per_day", None)
        intent = intent_of(r.t, {**seen, **r.params})
    elif had_money - set(r.params) and r.params.get("asks_bill"):
        # ("一台8卡H20的服务器一个月电费才两千来块 … 真的假的": an amount first read as money to spend,
        # then as the bill someone gave: the bill computed, to check it)
        for k in had_money - set(r.params):
            seen.pop(k, None)
        intent = intent_of(r.t, {**seen, **r.params})
    elif r.params.get("claim_request_time"):
        intent = "throughput"            # ("does our tender pack … in under 30 seconds": that request, alone)
    elif r.params.get("claim_daily_tokens") and "tokens_per_day" not in r.params:
        # ("中介说一台HGX H100…一天能出5亿token，靠谱吗": the day's output claimed, no load to size for)
        seen.pop("tokens_per_day", None)
        intent = "throughput"
    elif (intent == "memory" or (intent == "training" and not any(k in r.params for k in (
            "train_tokens", "train_flops", "gpu_hours", "gpu_years", "days", "mfu")))) \
            and any(st.param == "claimed_value" and _RATE_SAID.search(str(st.text)) for st in r.stated):
        # ("供应商宣称单台DGX B200跑Llama 3.3 70B每秒能输出3万个token … 绰绰有余，这个数靠谱吗": a rate
        # claimed for a model on a box is checked against the modelled rate, not the weights' fit)
        intent = "throughput"
    elif intent == "capex" and r.params.get("asks_cost_per") and "per_requests" in r.params \
            and "observed_tokens_per_s_per_gpu" in r.params:
        # ("What does it come to per 1,000 encounters … rent H100 PCIe at $1.90/GPU-hr? … ~1,400 output tok/s
        # per GPU": the cost of so many requests at the measured rate, not the rent converted)
        intent = "throughput"
    elif had_gpus and "gpus" not in r.params and r.params.get("claim_counted"):
        # ("20k concurrent calls … BOM lists 900 L4s. Enough?": the fleet the load needs, the 900 checked)
        seen.pop("gpus", None)
        intent = intent_of(r.t, {**seen, **r.params})
    _one_box(r, intent)
    if intent == "power" and "accelerator" in r.params and not any(
            k in r.params for k in ("gpus", "servers", "power_mw", "budget_usd", "budget_cny")) \
            and not ("watts_per_server" in r.params and "gpus_per_server" in r.params
                     and not re.search(r"\b(?:per|each|a) (?:card|gpu)\b|每张|每卡|单卡", r.t)):
        # (not "An 8-card Gaudi 2 server pulls ~7.5 kW. What's that over 12 months": the one server described)
        r.params["one_gpu"] = True       # "H100一年电费？": one card's
    if intent == "capex" and not any(k in r.params for k in ("gpus", "servers", "budget_usd", "budget_cny",
                                                             "rent_usd_per_hour", "rent_cny_per_hour")):
        if ("server_price_usd" in r.params and "server_price_cny" in r.params) or (
                ("server_price_usd" in r.params or "server_price_cny" in r.params)
                and not any(k in r.params for k in ("price_usd", "price_cny", "asks_per_gw"))):
            # "RMB 1.9M per HGX H100 … compare with the $265k", "HGX H200整机报价约250万元 … 总共要多少": one
            # server
            r.params["servers"] = 1.0
        else:
            r.params["one_gpu"] = True   # "A100多少钱": one card's price
    big = next((st for st in r.stated if st.param == "gpus" and st.note == ""
                and isinstance(st.value, float) and st.value >= 1e7
                and not re.search(r"张|块|卡|gpu|card|chip|accelerator|#", str(st.text).lower())), None)
    if big is not None and "users" not in r.params and re.search(r"\busers?\b|用户|日活|月活|周活", r.t) and \
            USERS_NOW.search(r.t[max(0, big.start - 10):big.start]):
        # "国内大模型用户每年增长80%，现在6亿": six hundred million users, no fleet that size
        r.params["users"] = r.params.pop("gpus")
        r.retag(big, param="users")
        seen.pop("gpus", None)
        intent = intent_of(r.t, {**seen, **r.params})
    for st in [st for st in r.stated if st.param is None and st.note == "" and isinstance(st.value, float)
               and not (st.value == 1 and _ONE_REQUEST.match(r.t, st.end))
               # (nor a range's low end: "they report 38-43% MFU", the range read with its high end)
               and not re.match(r"\s*(?:-|–|~)\s*\d", r.t[st.end:st.end + 6])]:
        # "Brief says ~80M, is that right?", "有人说5张就够，对吗": a figure the answer may compute
        # (not one of something: "claim: '1 chatbot query = 0.3 Wh'")
        if CLAIM_BEFORE.search(r.t[max(0, st.start - 24):st.start]) or (
                CLAIM.search(r.t) and CLAIM_RESULT.search(r.t[max(0, st.start - 16):st.start])):
            # "…买5000张就是6个亿，对吗", "文章写的是6500万", "So 1,000 racks = 120 MW and $3B, right?"
            as_claim(r, st)
    # (a claim in yuan is checked only where the cost is in yuan: a rent in yuan)
    prices = [x for x in r.stated if x.note == "" and (x.param == "usd_per_million_tokens" or (
        x.param == "cny_per_million_tokens" and "rent_cny_per_hour" in r.params))]
    if len(prices) == 1 and CLAIM.search(r.t) and "model" in r.params and "accelerator" in r.params and \
            not _OWN_PRICE.search(r.t) and not any(
                k in r.params for k in ("usd_per_million_input_tokens", "cny_per_million_input_tokens")) and \
            not any(k in r.params for k in (*LOADS, "observed_tokens_per_s_per_gpu", "observed_tokens_per_s",
                                            "observed_tokens_per_s_per_server", "gpus", "servers")):
        # "someone said gpt-3 175b inference is ~$0.002 per 1k tokens on A100. does that check out": the
        # serving cost per token claimed, checked against the model's on that card (not a price to bill)
        st = prices[0]
        as_claim(r, st)
        if re.search(r"\b(?:1k|1,000|thousand)\b|千", str(st.text).lower()) and "per_tokens" not in r.params:
            r.params["per_tokens"] = 1000.0
        r.params["asks_cost_per"] = True
        intent = "throughput"
    for st in [x for x in r.stated if x.param in ("budget_usd", "budget_cny") and x.note == ""
               and "server" in r.params and CLAIM_BEFORE.search(r.t[max(0, x.start - 24):x.start])
               and (float(r.params.get("servers") or 1) > 1 or not CHECK_ASKED.search(r.t))
               and _PRICE_ASKED.search(r.t)]:
        # "一台 DGX B200 多少钱？我听说50万美元，买100台合人民币多少": the price heard is one server's
        # (the count bought is said apart), not a budget
        cur = str(st.param).removeprefix("budget_")
        r.params.pop(str(st.param), None)
        r.params[f"server_price_{cur}"] = float(st.value or 0)
        r.retag(st, param=f"server_price_{cur}")
        intent = intent_of(r.t, {**seen, **r.params})
    asks_check = not GPU_COUNT_ASKED.search(r.t) and not _SPEND_ASKED.search(r.t) \
        and CHECK_ASKED.search(r.t) is not None and not _FROM_AMOUNT_ASKED.search(r.t)
    spends = not GPU_COUNT_ASKED.search(r.t) and not _SPEND_ASKED.search(r.t) and not (
        "gpus" in r.params and ("price_usd" in r.params or "price_cny" in r.params)) and not (
        "server" in r.params and float(r.params.get("servers") or 1) > 1
        # (an amount said of servers whose price is stated apart is not their price)
        and not any(k in r.params for k in ("server_price_usd", "server_price_cny")))
    if CLAIM.search(r.t) and ("model" in r.params or "params" in r.params) and "train_tokens" in r.params:
        # "GPT-3 175B, 300B tokens, paper says ~3.14e23 FLOPs total. does that check out?", "… Llama 2 70B
        # on 2T tokens … meta reported 1.72M GPU-hrs, does that line up?": the run's size and tokens give
        # its FLOPs (and hours), so a stated figure of them is the claim to check
        # (hours only where the MFU is stated and no fleet: else they are what the MFU is read from)
        for st in [x for x in r.stated if x.note == "" and (x.param == "train_flops" or (
                       x.param == "gpu_hours" and "mfu" in r.params
                       and not any(k in r.params for k in ("gpus", "servers", "days"))))
                   and CLAIM_BEFORE.search(r.t[max(0, x.start - 24):x.start])]:
            as_claim(r, st)
    bought = [x for x in r.stated if x.param == "gpus" and x.note == ""
              and re.search(r"\bbuys?\b|\bgets? (?:you|us|me)\b|能买|可以买|够买",
                            r.t[max(0, x.start - 16):x.start])]
    if len(bought) == 1 and CLAIM.search(r.t) and any(k in r.params for k in ("budget_usd", "budget_cny")) \
            and any(k in r.params for k in ("price_usd", "price_cny")) \
            and re.search(r"how many|多少张|几张|能买多少", r.t[bought[0].end:]):
        # "Twitter claim: '$1B buys ~25,000 H100s'. … at $30k a pop, how many do you really get?": the
        # count someone gave, checked against what the budget buys
        as_claim(r, bought[0])
        intent = intent_of(r.t, {**seen, **r.params})
    # ("at $2/hr that's $5.6M -- is that right?": an amount the hours or the rent come to, said as a result)
    # ("… $0.13/kWh -> i get ~$524/mo. right?": an electricity bill the asker worked out, too)
    billed = any(k in r.params for k in ("gpu_hours", "rent_usd_per_hour", "rent_cny_per_hour",
                                         "electricity_usd_per_kwh", "electricity_cny_per_kwh",
                                         # ("40 DGX B200 at $500k each … comes to $30M. right?")
                                         "price_usd", "price_cny", "server_price_usd", "server_price_cny"))
    spends = spends and CHECK_ASKED.search(r.t) is not None and not _FROM_AMOUNT_ASKED.search(r.t)
    for st in [x for x in r.stated if x.param in ("budget_usd", "budget_cny") and x.note == "" and (
               (spends and CLAIM.search(r.t) and CLAIM_BEFORE.search(r.t[max(0, x.start - 24):x.start]))
               # ("2000 H100 at $30k each comes to $60M, right?": the sum of a count and a price stated)
               or (asks_check and billed and CLAIM_RESULT.search(r.t[max(0, x.start - 16):x.start]))
               # ("… 整体投资按芯片费用的1.6倍计，方案报价称总投资约8亿元，是否合理": a total someone quoted)
               or (asks_check and billed and CLAIM_BEFORE.search(r.t[max(0, x.start - 24):x.start])))]:
        # "… at $1.5/gpu-hr. someone quoted $4.6M, sanity check?", "网上说557.6万美元，对得上吗": an amount
        # someone said, checked against the computed one, not a budget to spend
        as_claim(r, st)
        if re.match(r"\s*(?:/\s*mo(?:nth)?\b|per month|a month|monthly|每月|/\s*月)",
                    r.t[st.end:st.end + 12]) \
                and not any(k in r.params for k in ("days", "period_months")):
            r.params["days"] = 30.4375   # ("i get ~$524/mo. right?": the bill checked is a month's)
        intent = intent_of(r.t, {**seen, **r.params})
        _one_box(r, intent)
    if CLAIM.search(r.t) and "model" in r.params and not any(k in r.params for k in (
            "gpus", "servers", "train_tokens", "gpu_hours", "price_usd", "price_cny", "rent_usd_per_hour",
            "rent_cny_per_hour")):
        # "Is it true that training GPT-3 cost less than $5 million?": the cost claimed, checked against
        # the run's, not a budget to spend
        for st in [x for x in r.stated if x.param in ("budget_usd", "budget_cny") and x.note == ""
                   and CLAIM_RESULT.search(r.t[max(0, x.start - 24):x.start])]:
            as_claim(r, st)
            intent = intent_of(r.t, {**seen, **r.params})
    if (CLAIM.search(r.t) or CHECK_ASKED.search(r.t)) and ("gpus" in r.params or "servers" in r.params):
        for st in [x for x in r.stated if isinstance(x.value, float)
                   and CLAIM_RESULT.search(r.t[max(0, x.start - 20):x.start])]:
            if st.param == "power_mw" and st.note == "" and r.params.get("power_mw") == st.value:
                # "1 million TPUs at 300 W … would need over 1 GW. does that math hold?": the
                # power claimed for the fleet, checked against the fleet's (not an envelope)
                r.params.pop("power_mw")
                intent = intent_of(r.t, {**seen, **r.params})
                if intent == "capex":
                    # ("So 1,000 racks = 120 MW and $3B, right?": the power too, a second ask)
                    r.params["multi_ask"] = True
            elif st.param in ("gpus", "servers") and st.note == "duplicate":
                # "2024年用了1万张，到2027年就得1000万张？对吗": the count claimed for the end
                r.retag(st, param="claimed_value", note="")
    held = next((x for x in r.stated if x.param == "gpus" and x.note == "" and "power_mw" in r.params
                 and _HOLDS.search(r.t[max(0, x.start - 24):x.start])), None)
    if held is not None and CHECK_ASKED.search(r.t) and not any(k in r.params for k in LOADS):
        # "宣称"100MW的园区能放下10万张GB200"，这个说法成立吗": the cards the power is said to hold are the
        # claim, checked against the cards it holds
        as_claim(r, held)
        seen.pop("gpus", None)
        intent = intent_of(r.t, {**seen, **r.params}) or intent
    proposed = [x for x in r.stated if x.param in ("gpus", "servers") and x.note == ""
                and isinstance(x.value, float)]
    # ("Vendor claims 5,000 concurrent users on DeepSeek-R1 at 50 ms/token fit on 8 GPUs (B200). legit?": the
    # same, said as a fit)
    if (intent == "throughput" or (intent == "memory" and any(
            k in r.params for k in ("tpot_ms", "ttft_ms", "concurrent_users")))) \
            and len(proposed) == 1 and (float(proposed[0].value or 0) > 1 or (
                # ("Vendor demo guy told our board a single L4 can handle … 900 residents at once. Is that
                # remotely true?": one card someone said is enough, checked too)
                proposed[0].param == "gpus"
                and HEARD_BEFORE.search(r.t[max(0, proposed[0].start - 60):proposed[0].start]) is not None)) \
            and CHECK_ASKED.search(r.t) and any(
            k in r.params for k in ("concurrent_users", "users", "qps", "queries_per_day")) and any(
            k in r.params for k in ("model", "params")):
        # "厂商给的方案是H20，16台服务器 … 撑住500个并发 … 这个靠谱吗？是不是报多了？": the fleet proposed for
        # the load is the claim, checked against the fleet the load needs
        if proposed[0].param == "gpus":
            r.params["claim_counted"] = True    # (a count of cards: checked against the cards sized)
        as_claim(r, proposed[0])
        one_server_claimed(r)
        seen.pop(str(proposed[0].param), None)
        intent = intent_of(r.t, {**seen, **r.params}) or intent
        if intent == "memory":
            intent = "fleet"             # (the fleet the load needs, not whether the weights fit)
    all_in_stated(r)
    readings.firm_power(r)
    if intent == "growth" and "all_in_multiple" in r.params and "factor" not in r.params:
        # "整体投入按卡价 1.4 倍算": the 1.4 was a multiple of the price, not a growth
        seen.pop("factor", None)
        intent = intent_of(r.t, {**seen, **r.params}) or intent
    readings.ranges(r, shares_only=True)  # again: shares and durations read only with the intent
    readings.labelled_lines(r)
    readings.value_lists(r)
    readings.versus(r)                   # again: a share or a duration read only with the intent
    readings.subject_pairs(r)
    readings.it_to(r)
    readings.versus_far(r)
    readings.what_if_to(r)               # again: an MFU or a share read only with the intent
    readings.subject_to(r)
    readings.another_value(r)
    readings.fx_again(r)
    readings.factor_to(r)
    readings.again_bare(r)
    readings.than_other(r)
    readings.currency_twins(r)
    readings.bare_rent(r)
    readings.bare_price(r)
    readings.moved_rent(r)
    readings.box_size(r)
    readings.one_box_fleet(r)
    readings.base_count(r)
    readings.users_later(r)
    readings.users_now_after(r)
    readings.users_times(r)
    readings.day_total(r)
    if readings.items_of_nobody(r):
        intent = intent_of(r.t, {**seen, **r.params}) or intent    # (a load now: the fleet for it)
    readings.people_summed(r)
    readings.people_subset(r)
    readings.one_box_of(r)
    readings.users_at_once(r)
    readings.stream_rate(r)
    if readings.day_of_both(r):
        intent = intent_of(r.t, {**seen, **r.params}) or intent    # (a day's volume now: its fleet)
    if readings.circuit_cap(r):
        intent = intent_of(r.t, {**seen, **r.params}) or intent    # (a supply now: the cards it powers)
    readings.total_watts(r)
    readings.cents_for_power(r, intent)
    readings.dau_tenths(r)
    readings.avg_fraction_of_peak(r)
    readings.items_each_a_request(r)
    readings.items_of_a_length(r)
    readings.hourly_price_beside_gpu_hours(r)
    readings.pictures_in_zhang(r)
    readings.a_job_of_items(r)
    readings.inputs_of_a_day(r)
    readings.a_round_of_runs(r)
    readings.peak_doubled(r)
    readings.second_range(r)
    readings.batch_job(r)
    readings.box_size_beside_count(r)
    readings.runway_asked(r)
    if busy_fleet_runway(r.params):
        intent = "growth"                # (asked after the intent was read: the runway of a busy fleet)
    if intent == "training":
        run_rescaled(r)
    one_card = _THE_ONE_CARD.search(r.masked)
    if intent in (None, "fleet", "capex", "memory") and r.params.get("asks_duration") \
            and one_card is not None \
            and not any(k in r.params for k in ("gpus", "servers", "gpus_per_server", "sites")) \
            and ("queries_per_day" in r.params or "tokens_per_day" in r.params):
        # ("summaries of 25k reviews with Llama 3.1 8B on the RTX 4090 in the office. how long will that
        # run?": the one card named is the fleet the job runs on)
        r.add("gpus", 1.0, one_card.start(), one_card.end())
    # (a memory question is not asked how long: "450,000 titles … how long on a single GPU, A100 80GB?")
    if intent in (None, "fleet", "capex", "memory") and r.params.get("asks_duration") \
            and ("gpus" in r.params or "servers" in r.params or "observed_tokens_per_s_per_gpu" in r.params
                 # ("Our pilot box does about 2,400 tokens/s total … 1,900 daily reports … How many minutes":
                 # the job at the rate measured)
                 or "observed_tokens_per_s" in r.params or "observed_tokens_per_s_per_server" in r.params
                 or (r.params.get("batch")
                     and ("rent_usd_per_hour" in r.params or "rent_cny_per_hour" in r.params))
                 # ("一共两千条，用Llama 3.1 70B在H200上跑，要多久？": a job of things counted, on the card)
                 or (r.params.get("one_off") and "accelerator" in r.params)
                 or (
                # "12M emails, ~450 tokens each. GPU-hours per night?": the job's GPU-hours, on any fleet
                "gpu_hours" not in r.params and _GPU_HOURS_ASKED.search(r.t))) \
            and ("queries_per_day" in r.params or "tokens_per_day" in r.params):
        intent = "throughput"            # "3 萬條 prompt … 4 張 A100 … 要跑幾耐": the job on the stated fleet
    if intent == "memory" and r.params.get("deadline") and "queries_per_day" in r.params:
        intent = "fleet"                 # ("一周内把两千个商品的文案全生成完，要租几张H100": cards to finish)
    if intent in (None, "fleet") and r.params.get("asks_requests") \
            and "observed_tokens_per_s_per_gpu" in r.params \
            and not any(k in r.params for k in ("users", "concurrent_users", "qps", "queries_per_day",
                                                "tokens_per_day")):
        # ("实测单卡每秒大概1800 token … 一天能写多少篇": what the card writes in a day)
        intent = "throughput"
        if "gpus" not in r.params and "servers" not in r.params \
                and re.search(r"单卡|每卡|每张卡|\bper[- ]gpu\b", r.t):
            r.params["one_gpu"] = True
    readings.vague_left(r)
    if intent is None and r.params.keys() - seen.keys():
        # "年增长率从50%变成100%，现在10万张卡…": a pair read only now can make the question numeric
        intent = intent_of(r.t, {**seen, **r.params})
    if intent == "training" and "train_tokens" not in r.params and (
            "params" in r.params or "model" in r.params):
        bare = next((st for st in r.stated if st.param is None and isinstance(st.value, float)
                     and st.value >= 1e11 and re.match(r"[\d.,]+\s*(?:t|trillion|万亿)", str(st.text).lower())
                     and re.search(r"(?:\bon|\bwith|用|训练)\s*$", r.t[max(0, st.start - 8):st.start])), None)
        if bare is not None:
            # "train a 70B on 15T at 40% MFU": the tokens it is trained on
            r.params["train_tokens"] = float(bare.value or 0)
            r.retag(bare, param="train_tokens")
    tpd = next((st for st in r.stated if st.param == "tokens_per_day" and st.note == ""), None)
    before = r.t[max(0, tpd.start - 40):tpd.start] if tpd is not None else ""
    charged = any(k in r.params for k in ("usd_per_user_month", "cny_per_user_month"))
    if tpd is not None and ((charged and not any(k in r.params for k in LOADS if k != "tokens_per_day")
                             and isinstance(tpd.value, float) and tpd.value < 1e7) or (
            # "每位用户每月 6.99 美元，平均每天翻译 1.2 万 token": with a charge per user and no users, a
            # small day's tokens are that user's
            isinstance(r.params.get("users"), float) and re.search(
            r"(?:\beach|per user|apiece|every user|每人|人均|每个用户|每用户)[^,，;；.。]{0,30}$", before))
            or EACH_USER.search(before)
            # ("2万台机器人…每台每天大概产生5万个输出token": each machine's, the machines the users)
            or (isinstance(r.params.get("users"), float)
                and re.search(r"每(?:台|部|辆|輛)\s*(?:机器人|機器人|车|車|设备|設備)?\s*$", before))):
        # "250k paying users, each averaging 25k tokens/day": each user's day
        r.move(tpd, "tokens_per_user_day")
    if any(k in r.params for k in ("usd_per_user_month", "cny_per_user_month")):
        # "会员每月 19 元 … 每人每天 8000 token … 能回本吗": a charge per user read only now decides
        intent = intent_of(r.t, {**seen, **r.params}) or intent
    if re.search(r"\bkv\b|kv缓存|kv ?缓存", r.t) and isinstance(r.params.get("users"), float) and not any(
            k in r.params for k in ("queries_per_user", "qps", "queries_per_day", "concurrent_users")):
        # "KV cache for 64 users at 8k ctx": the sequences held at once
        r.params["concurrent_users"] = r.params.pop("users")
        r.stated = [replace(st, param="concurrent_users") if st.param == "users" else st for st in r.stated]
    cc = next((st for st in r.stated if st.param == "concurrent_users" and st.note == ""), None)
    rate = next((st for st in r.stated if st.note == "" and st.param in (
        "observed_tokens_per_s_per_gpu", "observed_tokens_per_s", "observed_tokens_per_s_per_server")), None)
    if cc is not None and rate is not None \
            and BATCH.search(str(cc.text).lower() + r.t[max(0, cc.start - 12):cc.start]) \
            and (any(k in r.params for k in ("users", "qps", "queries_per_day", "tokens_per_day"))
                 or (0 <= cc.start - rate.end <= 24 and re.fullmatch(r"[\s,，(（]*(?:at|@|with|w/|在)?\s*",
                                                                     r.t[rate.end:cc.start]))):
        # "~1800 tok/s at bs=32 … 50k DAU", "~4k tok/s/gpu at bs 128 … tokens a day?": the batch the
        # rate was measured at, not a load (engine's _measured_at reads it with the rate)
        r.params.pop("concurrent_users", None)
        r.retag(cc, param="batch_per_replica")
        r.params["batch_of_rate"] = True
        seen.pop("concurrent_users", None)
        intent = intent_of(r.t, {**seen, **r.params}) or intent
    box = IN_ONE_BOX.search(r.t)
    if box is not None and "gpus" in r.params and "servers" not in r.params:
        # "8x MI300X … in one box": the cards counted are one server's
        r.add("servers", 1.0, box.start(1), box.end())
    span = next((st for st in r.stated if st.param in ("days", "period_months") and st.note == ""), None)
    if span is not None and re.match(r"\s*(?:from now|from today|later|out|hence|之后|以后|后(?![台张]))",
                                     r.t[span.end:]):
        r.params["horizon"] = True       # "18 months from now": when, not how long a rental runs
    if GROWS.intersection(r.params):
        growth_terms(r)                 # calendar years resolved only now ("2024年 … 到2026年")
    if "utilization_to" not in r.params and "utilization" in r.params:
        utilization_to(r)
        if "utilization_to" in r.params:
            intent = intent_of(r.t, {**seen, **r.params})
    leftover_digits(r)
    for st in [s for s in r.stated if s.param == "mfu" and s.note == "" and r.params.get("asks_mfu")
               and CLAIM_BEFORE.search(r.t[max(0, s.start - 24):s.start])
               # (not a range's low end: "they report 38-43% MFU", both ends the MFU to compute at)
               and not re.match(r"\s*(?:-|–|to)\s*\d", r.t[s.end:s.end + 6])]:
        as_claim(r, st)                  # ("What MFU is that? The text says 'over 50%'": the MFU claimed)
    if any(k in r.params for k in ("observed_tokens_per_s", "observed_tokens_per_s_per_gpu")) \
            and any(k in r.params for k in ("params", "model")) and intent == "training":
        for st in [s for s in r.stated if s.param == "mfu" and s.note == ""
                   and _MFU_AS_RESULT.search(r.t[max(0, s.start - 16):s.start])
                   and re.match(r"[^.;!]{0,12}\?", r.t[s.end:s.end + 14])]:
            # ("70B dense, 512 H100 SXM, logging says 1.1M tok/s. that's >90% MFU??": the MFU the rate
            # implies,
            # said to be checked, not one to train at)
            as_claim(r, st)
            r.params["asks_mfu"] = True
    for st in [s for s in r.stated if s.param is None and s.note == "" and isinstance(s.value, float)
               and re.fullmatch(r"[\d.,]+\s*(?:h|hrs?|hours?)", str(s.text).lower())
               # (in the text before its labels are blanked: "Table 4 lists")
               and CHECK_ASKED.search(r.t)
               and CLAIM_BEFORE.search(r.norm.quote(max(0, s.start - 24), s.start).lower())]:
        as_claim(r, st)                  # ("Table 4 lists 18 h which feels short": a time given, checked)
    unknown = [s for s in names if s.kind.startswith("unknown")]
    # ("Gemini-scale projection: TPU v7 Ironwood pods": a model named as a likeness is not the unknown
    # that stops the answer; the accelerator is)
    has_acc = any(v.kind == "unknown_acc" for v in unknown)
    unknown.sort(key=lambda u: has_acc and u.kind == "unknown_model" and bool(_LIKENESS.match(r.t, u.end)))
    if intent is None and unknown and (any(s.param is not None or s.value is not None
                                           for s in r.stated)
                                       or KW["cost"].search(r.t) or KW["how_many"].search(r.t)
                                       # ("What GPU would we need to run GPT-4o locally": its card asked)
                                       or WHICH_CARD.search(r.t)):
        # "100P算力相当于多少张910B": the unknown name is what stops the answer
        raise unknown_error(unknown[0], norm.quote(unknown[0].start, unknown[0].end), cat)
    if intent is None and previous is None and not unknown and "accelerator" in r.params and (
            "model" in r.params or "params" in r.params) and any(
            st.param is not None and st.param not in NAME_PARAMS for st in r.stated) \
            and not (CLAIM.search(r.t) or CHECK_ASKED.search(r.t) or "days" in r.params):
        # "users per site ~20k, 800 in + 250 out tokens, qwen2.5 7b int8 on L4. cards per site?" with the
        # load not read: what one card serves at the stated lengths (the rest named as not used), not
        # "not a numeric question" (a claim to check, or a run's days, is no serving question)
        intent = "throughput"
    if intent is None and not unknown and "days" in r.params and TOOK.search(r.t) \
            and HOW_LONG_ASKED.search(r.t) \
            and len({st.value for st in r.stated if st.param == "accelerator"}) == 2:
        # "Original run: A100 80GB, 1,024 GPUs, 40 days. The new version moves to H100 SXM, 512 GPUs. New
        # wall-clock?": a run that took its days, moved to other cards
        intent = "training"
    needed = next((st for st in r.stated if st.param == "gpus" and st.note == ""
                   and _CARDS_NEEDED.search(r.t[max(0, st.start - 16):st.start])), None)
    per_box = r.params.get("gpus_per_server")
    boxes = next((st for st in r.stated if st.param == "servers" and st.note == ""
                  and isinstance(per_box, float) and "gpus" not in r.params
                  and _CARDS_NEEDED.search(r.t[max(0, st.start - 16):st.start])), None)
    if needed is None and boxes is not None and isinstance(per_box, float) and intent in (None, "memory") \
            and not unknown and "accelerator" in r.params and "model" in r.params \
            and (CLAIM.search(r.t) or CHECK_ASKED.search(r.t)) and not any(k in r.params for k in LOADS):
        # ("the integrator says for DeepSeek-V3 we need 2 nodes with 8x H200 SXM each. isn't one enough?":
        # the nodes said needed, as the cards in them)
        needed = r.retag(boxes, param="gpus", value=float(boxes.value or 0) * per_box)
        r.params.pop("servers", None)
    if intent in (None, "memory") and not unknown and needed is not None and "accelerator" in r.params \
            and "model" in r.params and (CLAIM.search(r.t) or CHECK_ASKED.search(r.t)) \
            and sum(st.param == "gpus" for st in r.stated) == 1 \
            and len({st.value for st in r.stated if st.param == "accelerator"}) == 1 \
            and not any(k in r.params for k in LOADS):
        # "someone said DeepSeek-R1 in FP8 needs at least 16 H200s. true?": the cards the model needs, the
        # count said checked against them
        as_claim(r, needed)
        intent = "memory"
    if intent is None and previous is not None and not (r.stated or unknown) and (
            KW["cost"].search(r.t) or KW["power"].search(r.t)):
        # "what would that cost?" after a fleet: the same request (its answer has the cost)
        return Request(intent=previous.intent, params=previous.params, carried=frozenset(
            previous.params), lang=lang, stated=tuple(r.stated))
    if previous is not None and not unknown:
        scaled = _scaled_follow_up(r, previous)
        if scaled is not None:
            return replace(scaled, lang=lang)
    if intent is None:
        if previous is not None and (r.params or unknown):
            if unknown:
                raise unknown_error(unknown[0], norm.quote(unknown[0].start, unknown[0].end), cat)
            merged = dict(previous.params)
            merged.update(r.params)
            return Request(intent=previous.intent, params=MappingProxyType(merged),
                           given=frozenset(r.params),
                           carried=frozenset(k for k in previous.params if k not in r.params),
                           lang=lang, stated=tuple(r.stated))
        if unknown and any(u.kind == "unknown_accelerator" for u in unknown) and (
                "model" in r.params or "params" in r.params or any(st.param for st in r.stated)):
            # "我们学校集群只有 P100，16G 的，8 张能部署 Mistral 7B 吗": the card is what cannot be answered
            u = next(u for u in unknown if u.kind == "unknown_accelerator")
            raise unknown_error(u, norm.quote(u.start, u.end), cat)
        if previous is None and (r.params or any(st.param for st in r.stated)) and FOLLOW_UP.search(r.t):
            # "ok and if peak is more like 4x?", "那如果电价降到0.38元一度呢？" with no earlier question in
            # the chat: a change to something not here, said so (not "not a numeric question")
            raise CalcError("missing_input", "err.follow_up_alone", hint_key="hint.follow_up_alone")
        raise CalcError("not_numeric", "err.not_numeric", hint_key="hint.ask_example")
    if unknown and ("model" in r.params or "params" in r.params):
        # "文心一言级别的应用 ... 用Qwen2.5 72B": a likeness, not the model sized
        proxy = any(st.param == "model" and (PROXY_AFTER.match(r.t, st.end) or _PROXY_BEFORE.search(
            r.t[max(0, st.start - 16):st.start])) for st in r.stated)
        for u in [u for u in unknown if u.kind == "unknown_model" and (
                _LIKENESS.match(r.t, u.end) or proxy)]:
            r.add(None, None, u.start, u.end,
                  note="unknown_like" if "model" in r.params else "unknown_sized")
            unknown.remove(u)
    # "GPT-4 took ~25,000 A100s for 100 days: the cost at $1.5/hr?": the run is stated, so the
    # unknown model is named, not needed
    fleet = "gpus" in r.params or "servers" in r.params
    # (not tokens sold at a price: what the unknown model serves is the answer's whole subject)
    # ("does Llama 4 Behemoth exceed the 1e26 FLOP threshold?": FLOPs compared with, not the run's)
    threshold = any(st.param == "train_flops"
                    and _THRESHOLD_BEFORE.search(r.t[max(0, st.start - 24):st.start]) for st in r.stated)
    runs = intent in ("training", "capex") and not any(
        k in r.params for k in ("usd_per_million_tokens", "cny_per_million_tokens")) and not threshold \
        and not _TOKENS_SEEN_ASKED.search(r.t) and (
        "train_flops" in r.params or (
            ("gpu_hours" in r.params or "gpu_years" in r.params)
            # ("Llama 4 Maverick card lists 2.38M H100 hours for ~22T tokens. what MFU?": the MFU needs the
            # unknown model's size)
            and not (ASKS_MFU.search(r.t) and "mfu" not in r.params)) or (
            fleet and ("days" in r.params or "period_months" in r.params)
            # "is 8 weeks enough to train Qwen2.5 32B on 18T tokens": the unknown model's size
            # is what the tokens need
            and not ("train_tokens" in r.params and "params" not in r.params)
            # "GPT-4 … 25000 張 A100 跑咗成 100 日，計 MFU 大概幾多", "how long would Grok 3 take to
            # train on 20k H100s … check the 'three months' claim": what is asked needs the model's
            # FLOPs, which the stated run does not give
            and not ((ASKS_MFU.search(r.t) and "mfu" not in r.params) or HOW_LONG_ASKED.search(r.t))) or (
            # "上次BEV模型训了14天，MFU原来32%，如果MFU能高8个点，同样卡数要几天": the run's days rescaled by
            # its MFU's change, no FLOPs of the model needed
            "days" in r.params and "mfu" in r.params and any(k in r.params for k in MFU_CHANGES)) or (
            # "之前A100 80G 512张训BEV大模型要21天，现在换256张H100，要多少天": a run's days moved to another
            # fleet, the same FLOPs whatever the model
            "days" in r.params and fleet and (
                any(k in r.params for k in ("from_gpus", "from_accelerator"))
                or len({st.value for st in r.stated
                        if st.param == "accelerator" and st.note in ("", "option")}) >= 2)))
    sizeless = not any(k in r.params for k in ("params", "model"))
    for u in [u for u in unknown if u.kind == "unknown_model" and sizeless]:
        # "CSMPT 7B", "TAIDE 7B": the size said right after an unknown name is that model's (sized by it)
        size = re.match(r"[- ]?(\d+(?:\.\d+)?)\s?b(?![a-z0-9])", r.t[u.end:u.end + 12])
        said = next((s for s in r.stated if size is not None and u.end <= s.start <= u.end + 2
                     and isinstance(s.value, float)), None)
        if size is not None and said is not None:
            if said.param and r.params.get(said.param) == said.value:
                del r.params[said.param]
            r.params["params"] = float(size.group(1)) * 1e9
            r.retag(said, param="params", value=r.params["params"], note="")
            break
    # ("Kimi K2 号称万亿参数 … 支撑1000万日活需要多少张卡": served, a named model this large is almost surely
    # a mixture of experts, whose cards follow its active parameters; its total alone sizes it as dense)
    moe_like = intent == "fleet" and "active_params" not in r.params and "model" not in r.params \
        and isinstance(r.params.get("params"), float) and float(r.params["params"]) >= 5e11
    if unknown and moe_like and all(u.kind == "unknown_model" for u in unknown):
        u = unknown[0]
        raise CalcError("unknown_model", "err.unknown_moe", hint_key="hint.moe_sizes",
                        name=norm.quote(u.start, u.end), size=fmt_params(float(r.params["params"])))
    # ("Phi-3 medium (14B) fine-tune on 20B tokens": a named model with its size in brackets is that model,
    # which the catalog does not know, as "Mistral Large 2 (123B)" served is; not a model of that size)
    bracketed = next((u for u in unknown if u.kind == "unknown_model" and re.match(
        r"\s*(?:[a-z]+\s*)?[(（]\s*[\d.]+\s*[bmt]\s*[)）]", r.t[u.end:u.end + 20])), None)
    if bracketed is not None and isinstance(r.params.get("params"), float):
        raise CalcError("unknown_model", "err.unknown_named_size", hint_key="hint.unknown_named_size",
                        name=norm.quote(bracketed.start, bracketed.end),
                        size=fmt_params(float(r.params["params"])))
    if unknown and all(u.kind == "unknown_model" for u in unknown) and not moe_like and not bracketed and (
            "params" in r.params or "active_params" in r.params or runs) and "model" not in r.params:
        # "a GPT-4 class model: 1.8T params": sized from the stated parameters, and said so
        for u in unknown:
            r.add(None, None, u.start, u.end, note="unknown_sized")
        unknown = []
    if unknown and all(u.kind == "unknown_model" for u in unknown) and "speedup" in r.params \
            and len({st.value for st in r.stated if st.param in ("accelerator", "match_accelerator")}) >= 2 \
            and not any(k in r.params for k in ("model", "params", *LOADS)):
        # "how many Gaudi 3 to replace 64 H100 for our whisper+LLM stack? intel claims 1.1x faster": the speed
        # ratio stated converts the cards, so the unknown model is named, not needed
        for u in unknown:
            r.add(None, None, u.start, u.end, note="unknown_unneeded")
        unknown = []
    if unknown:
        raise unknown_error(unknown[0], norm.quote(unknown[0].start, unknown[0].end), cat)
    model_st = next((st for st in r.stated if st.param == "model" and st.note == ""), None)
    if model_st is not None and "params" in r.params and DISTILLED.match(r.t, model_st.end):
        # "DeepSeek-R1 蒸馏版 32B", "R1 distilled 32B": a smaller model of the stated size, not the
        # catalog's full one
        del r.params["model"]
        r.retag(model_st, param=None, value=None, note="unknown_sized")
    _product_sized(r, cat)
    match_a_server(r, options, cat)
    same_kind_rates(r)
    echo_changes(r)
    readings.box_hour_rent(r)            # (after every rent is read, the options' too)
    readings.budget_period(r)            # (before two periods become options: the budget's year, the asked)
    count_put_as_enough(r)               # (before two counts become options)
    turns_of_what_is_priced(r)              # ("cost per 1k bookings if each booking is ~5 turns")
    readings.share_said_twice(r)
    opts, combine = build_options(r, options, cat, intent)
    if combine == "compare" and intent == "training" and len(opts) == 2 \
            and len({o.get("accelerator") for o in opts}) == 2 \
            and (REDO.search(r.t) or MOVED_TO.search(r.masked)) and "days" not in r.params \
            and any(k in r.params for k in ("model", "params", "train_flops")):
        # "BLOOM … 384 A100 … redid it on 1,024 H100 with MFU up 10%", "DeepSeek-V3 … 换成同样数量的 H100、MFU
        # 提升 5 个点": the work known, the MFU's change is the redone run's, the card named second (a run
        # known by its days is another reading, left as it was)
        keys = [k for k in MFU_CHANGES if k in r.params
                and all(k not in o for o in opts)]
        if keys:
            opts = (opts[0], MappingProxyType({**opts[1], **{k: r.params.pop(k) for k in keys}}))
    opts, combine = after_options(r, opts, combine, intent, names)
    readings.rents_by_card(r)            # (after the options say which card the run moved from)
    if "match_accelerator" in r.params:
        intent = "convert"
    if "from_accelerator" in r.params and "from_gpus" in r.params and r.params.get("asks_power") \
            and POWER_SAVED.search(r.t) and not any(k in r.params for k in (
                "train_tokens", "train_flops", "model", "params", "mfu", "gpu_hours")):
        intent = "energy"                # "replacing 10k H100 with B200 at 2.2x: annual $ saved on power"
    elif "from_accelerator" in r.params:
        intent = "training"              # the same job on another fleet: a run's duration
        new_run_mfu(r)
        claimed_converted_days(r)
    if intent == "training":
        claimed_run_hours(r)
    if "server" in r.params and "gpus" not in r.params and "servers" not in r.params and intent == "memory" \
            and (rack := ONE_RACK_FIT.search(r.masked)):
        r.add("servers", 1.0, rack.start(1), rack.end(1))
    elif "server" in r.params and "gpus" not in r.params and "servers" not in r.params and (
            intent in ("power", "capex", "energy")
            # "客服每日30萬次對話 … 一個GB200 NVL72夠唔夠？": the one unit checked against the load
            or (intent == "fleet" and KW["enough"].search(r.t) and any(k in r.params for k in LOADS))) \
            and (one_box := ONE_SERVER.search(r.masked)):
        # "一个GB200 NVL72机柜跑满一年…电费多少": that one server or rack
        r.add("servers", 1.0, *((one_box.start(), one_box.end(1)) if one_box.group(1)
                                else (one_box.start(2), one_box.end(2))))
    elif "gpus_per_server" in r.params and "gpus" not in r.params and "servers" not in r.params \
            and ("observed_tokens_per_s_per_server" not in r.params
                 # ("一台8卡4090服务器每秒大概能出6000 token … 够不够用？": the one server measured, asked
                 # whether it is enough for the load)
                 or (intent == "fleet" and (KW["enough"].search(r.t) or CHECK_ASKED.search(r.t))
                     and any(k in r.params for k in LOADS))) \
            and (one := ONE_SIZED_SERVER.search(r.t)):
        # ("单台 8 卡实测输出 2500 tok/s": the server the rate was measured on, not a fleet of one)
        # "一台8卡服务器够不够", "8卡A100 80GB一台": one server of the stated size
        r.add("servers", 1.0, one.start(), one.end())
    for unit in re.finditer(r"单机(?!柜|架)|单节点|每节点|单个节点", r.t) if (
            "servers" not in r.params and intent in ("memory", "throughput")
            and "observed_tokens_per_s_per_server" not in r.params) else ():
        # "单机（8 卡）可完成…部署", "单节点能服务多少并发": one server described, not a count
        if not r.stated_at(unit.start()):
            r.stated.append(Stated(r.norm.quote(unit.start(), unit.end()), "servers", 1.0, "one_server",
                                   unit.start(), unit.end()))
    if intent == "training" and r.params.get("one_gpu") and "gpus" not in r.params and \
            not re.search(r"多少张|几张|多少块|how many (?:gpus|cards|chips|#)", r.t) and \
            "servers" not in r.params and (one := ONE_GPU.search(r.masked)) and \
            not re.match(r"每|per\b", one.group(0)):
        # "GPT-2 XL on a single MI250X: how long?": the run on that one accelerator
        # ("每张B200的算力2.25 PFLOPS" is each card's rate, not a run on one)
        end = one.end()
        while end > one.start() and r.masked[end - 1] in "#§ ":
            end -= 1
        r.add("gpus", 1.0, one.start(), end)
    elif (intent in ("throughput", "memory") or (intent == "fleet"
                                                  and "observed_tokens_per_s_per_gpu" not in r.params)) \
            and r.params.get("one_gpu") and "gpus" not in r.params \
            and (one := next((m for m in ONE_GPU.finditer(r.masked)
                              if SINGLE_WORD.search(r.masked, m.start(), m.end())), None)):
        # "how many tokens/s can a single H200 push": the count the answer is per (not a
        # parameter: a model too big for one card is answered per card of its group); with a
        # measured rate ("a single RTX 4090 … i measured 95 tok/s"), the card that rate is per
        single = SINGLE_WORD.search(r.masked, one.start(), one.end())
        assert single is not None
        start, end = single.start(), one.end()
        while end > start and r.masked[end - 1] in "#§ ":
            end -= 1
        if "observed_tokens_per_s_per_gpu" in r.params:
            r.stated.append(Stated(r.norm.quote(start, end), "observed_tokens_per_s_per_gpu", 1.0, "option",
                                   start, end))
        elif intent == "fleet":
            # ("self-host Mistral 7B on a single card (RTX 4090) … 3,200 doors": the one card it runs on,
            # checked against the fleet the load needs; not "say a single GPU is enough", no card it runs on)
            if re.search(r"\b(?:on|with|using|onto|in)\s+$", r.masked[max(0, start - 8):start]):
                r.add("gpus", 1.0, start, end)
        else:
            r.stated.append(Stated(r.norm.quote(start, end), "gpus", 1.0, "", start, end))
    elif intent in ("throughput", "memory") and r.params.get("one_gpu") and "gpus" in r.params and (
            one := next((m for m in ONE_GPU.finditer(r.masked)
                         if SINGLE_WORD.search(r.masked, m.start(), m.end())
                         and not r.stated_at(m.start())), None)):
        # "a 7B fits on a single 24GB card, but a 70B needs two 48GB cards": a second count, named
        single = SINGLE_WORD.search(r.masked, one.start(), one.end())
        assert single is not None
        r.stated.append(Stated(r.norm.quote(single.start(), single.end()), "gpus", 1.0, "duplicate",
                               single.start(), single.end()))
    grown: tuple[str, float] | None = None
    fac = r.params.get("factor")
    counted = "gpus" if isinstance(r.params.get("gpus"), float) else \
        "servers" if isinstance(r.params.get("servers"), float) else \
        "power_mw" if isinstance(r.params.get("power_mw"), float) and intent == "power" else None
    if intent in ("power", "capex", "convert", "energy", "throughput") and isinstance(fac, float) \
            and fac > 1 and not opts and counted is not None and r.params.get("utilization", 1.0) == 1.0 and (
                (intent in ("power", "capex") and DEMAND.search(r.t)) or MORE_COUNT.search(r.t)
                or (counted == "power_mw" and FUTURE.search(r.t))
                # "expect 3x the load. today we run 40 GPUs … how many after?": the fleet grown with it
                or (intent == "throughput" and DEMAND.search(r.t) and GPU_COUNT_AFTER.search(r.t))):
        # "需求是现在的4倍，现在用了5万张H20…总功率多少", "4x more traffic, 120 racks: MW then?":
        # the stated fleet grown with the demand
        r.params[counted] = float(r.params[counted]) * fac
        r.params.pop("scales_fleet", None)   # (grown here once: "…new fleet" was 12,000 x 3 x 3)
        grown = (counted, fac)
    driver = next((k for k in LOADS if isinstance(r.params.get(k), float)), None)
    if intent == "fleet" and isinstance(fac, float) and fac > 1 and not opts and grown is None and \
            driver is not None and "users_to" not in r.params and FUTURE.search(r.t):
        # "token量会是现在的100倍，现在一天10万亿token，到时要多少张？": the load at that time
        r.params[driver] = float(r.params[driver]) * fac
        grown = (driver, fac)
    boxed = next((st for st in r.stated if st.param == "gpus_per_server" and st.note == ""), None)
    if intent == "training" and boxed is not None and "gpus" not in r.params and "servers" not in r.params \
            and not any(st.param == "gpu_hours" and re.search(r"node|server", st.text) for st in r.stated) \
            and (re.search(r"\b(?:an?|one|a single|single|our|my)\s*$|(?:一台|单台|一个)\s*$",
                           r.t[max(0, boxed.start - 10):boxed.start])
                 or (CLAUSE_START.search(r.t[max(0, boxed.start - 10):boxed.start] if boxed.start >= 10
                                          else "\n" + r.t[:boxed.start]) is not None
                     and re.search(r"(?:box|node|server|machine|chassis)$", r.t[boxed.start:boxed.end])
                     and re.search(r"train|fine-?tun|\bsft\b|epochs?\b", r.t))):
        # "finetune … on an 8-card a100 box, how many hrs?": that one machine is the run's fleet
        # ("8 gpu h100 box, finetune …": one box said first, no count before it)
        r.params["servers"] = 1.0
    if GPU_COUNT_ASKED.search(r.t):
        r.params["asks_gpus"] = True     # "… how many gpus and at 0.4 j per token whats the daily kwh"
    input_volume_only(r)
    lone_input_volume(r)
    if "observed_tokens_per_s_per_server" in r.params and "observed_tokens_per_s_per_gpu" not in r.params \
            and ("gpus_per_server" in r.params or "server" in r.params) and not opts \
            and _VS_MODEL_ASKED.search(r.t):
        # "一台8卡H100节点 … 实测每台每秒4200 tokens输出。理论上应该能到多少？": a server's measured rate
        # against the model's, per card (calc/engine._vs_model)
        intent = "throughput"
        r.params["asks_vs_model"] = True
    if "observed_tokens_per_s_per_gpu" in r.params and intent in ("fleet", "throughput", "memory") \
            and not opts \
            and _VS_MODEL_ASKED.search(r.t) and not any(
                k in r.params for k in ("users", "qps", "queries_per_day", "tokens_per_day",
                                        "tokens_per_user_day")):
        # "we measured 1,850 tok/s per GPU at batch 64: reasonable vs theory, or perf left on the table?": the
        # measurement set against what the model gives for the same card, model and batch
        intent = "throughput"
        r.params["asks_vs_model"] = True
    if intent == "fleet" and r.params.get("asks_cost") and "gpus_per_server" in r.params and not opts \
            and any(k in r.params for k in ("price_usd", "price_cny")) \
            and not any(k in r.params for k in ("gpus", "servers", "model", "params", "budget_usd",
                                                "budget_cny", *LOADS)) \
            and _ONE_BOX_PRICED.search(r.t):
        # ("L40S一张5.8w左右，配成8卡整机多少钱合理？": what one server of that many cards costs, no fleet)
        r.params["servers"] = 1.0
        intent = "capex"
    period = next((st for st in r.stated if st.param == "days" and st.note == "duplicate"
                   and isinstance(st.value, float) and _DEPRECIATION_AFTER.match(r.t, st.end)), None)
    first = next((st for st in r.stated if st.param == "days" and st.note == ""), None)
    if r.params.get("depreciation") and period is not None and first is not None:
        # ("Deck assumes 5yr straight-line depreciation … annual revenue … vs annual depreciation": the years
        # the purchase is spread over, not the year the figures are asked for)
        r.params["days"] = float(period.value or 0)
        r.retag(period, note="")
        r.retag(first, note="duplicate")
    same_count_said(r)                   # (after the options: the earlier fleet's count is read by then)
    if intent == "training" and ("gpu_hours" in r.params or "gpu_years" in r.params) \
            and ENOUGH_ASKED.search(r.t):
        r.params["asks_enough"] = True   # "got 50k GPU-hours … enough to fine-tune …?": against the need
    if r.params.get("servers") == 1.0 and "gpus" not in r.params and KW["how_many"].search(r.t) and \
            not ENOUGH_ASKED.search(r.t):
        r.params["server_described"] = True     # "要几台机器？一台 8 卡": the machine described, not a fleet
    return Request(intent=intent, params=MappingProxyType(r.params), given=frozenset(r.params),
                   lang=lang, stated=tuple(r.stated), options=opts, combine=combine, scaled=grown)


# a period said as a depreciation's: "5yr straight-line depreciation", "折旧4年"
_DEPRECIATION_AFTER = rx.compile(r"\s*(?:of\s+)?(?:straight[- ]line\s+)?(?:depreciation|折旧)")
# one box's price asked: "配成8卡整机多少钱", "what does an 8-GPU server cost"
_ONE_BOX_PRICED = rx.compile(r"(?:整机|服务器|机器)\s*(?:要|大概|大约)?\s*(?:多少钱|什么价|啥价|价格)|"
                             r"\bwhat (?:does|would|will) (?:an?|one) (?:\d+[- ](?:gpu|card) )?(?:server|"
                                 r"node|box) cost")


# a measured rate checked against what it should be: "is that reasonable vs theory?", "are we leaving perf on
# the table?", "理论上应该多少"
_VS_MODEL_ASKED = rx.compile(r"\bvs\.? (?:theory|theoretical|the model|your model|expected)|"
                             r"\btheor(?:y|etical)|"
                             r"\bon the table\b|\b(?:is|are) (?:that|this|these|those|we|it) "
                             r"(?:reasonable|reasonble|normal|good|ok|okay|expected|in line|decent|"
                             r"typical)\b|"
                             r"\bwhat (?:should|would) (?:we|it|one) (?:expect|get|see)\b|\bunder-?perform|"
                             r"理论|合理吗|正常吗|偏低|算高还是低|是不是太低|有没有优化空间")


# a fleet's size asked for after a change: "how many after?", "how many then?", "到时候要多少张"
GPU_COUNT_AFTER = rx.compile(r"\bhow many (?:\w+ )?(?:after|then|afterwards|at that point)\b|"
                             r"\bhow many (?:gpus?|cards?|h\d+s?|servers?|nodes?) (?:will|would) (?:we|i) "
                             r"need\b|"
                             r"(?:到时候?|届时|之后|以后)[^，,。？?]{0,6}(?:要|需要)?(?:多少|几)\s*(?:张|台|块)")


# a purchase's share asked per seat or user: "capex per seat", "每个座位每月硬件成本"
_PER_SEAT = rx.compile(r"\b(?:capex|cost|hardware|spend|price)\w*\s+(?:per|a|for each|each)\s+"
                       r"(?:seat|user|head)\b|"
                       r"\bper[- ](?:seat|user)\s+(?:capex|cost|hardware)|"
                       r"(?:每个?|单个|一个)(?:座位|席位|用户|账号)\s*(?:每月|一个月|每年)?\s*(?:的)?\s*(?:硬件)?(?:成本|花费|投入|摊销)")


_LIKENESS = rx.compile(r"\s*(?:级别|级的|级|同级|那样|这样|这种|一样|类|式|"
                       r"-?class\b|-?level\b|-?style\b|-?like\b|-?sized?\b|-?scale\b)")


_PERCENT_WORDS = rx.compile(r"百分之([零〇一二两三四五六七八九十百点\d.]+)")


# "what if users double?", "流量翻倍呢", "answers 3x longer", "half the GPUs": the earlier
# question with one of its quantities scaled
_SCALE_WORDS = (("users", r"users?|用户|日活|月活|dau|mau|people"),
                ("load", r"traffic|load|qps|rps|requests?|queries|流量|请求|负载|访问量|查询"),
                ("output_tokens", r"answers?|outputs?|responses?|output tokens|回答|输出"),
                ("input_tokens", r"prompts?|inputs?|context|输入|上下文"),
                ("gpus", r"gpus?|cards?|卡"),
                ("train_tokens", r"(?:training )?tokens|data(?:set)?|数据|token"))
_SCALE_BY = ((2.0, r"doubles?|doubled|doubling|twice|翻倍|翻一番|增加一倍|翻了一倍|乘以2"),
             (3.0, r"triples?|tripled|翻两倍|三倍"), (4.0, r"quadruples?|quadrupled|翻两番|四倍"),
             (0.5, r"halves|halved|halve|half|减半|少一半"))


# "字节豆包 … 假设全部跑DeepSeek-V3", "ChatGPT … proxy w/ Llama 3.1 405B": the known model assumed instead
_PROXY_BEFORE = rx.compile(r"(?:假设|假定|假如|就按|按)\s*(?:全部|都|全)?\s*(?:跑|用|按|换成)?\s*$|"
                           r"\b(?:proxy(?:\s+(?:w/|with|it with|using))?|"
                           r"assum(?:e|ing)(?: it(?:'s| is)| we (?:run|use))?|"
                           r"stand-?in(?: of)?)\s*$")
_PRODUCT = rx.compile(r"chat\s?gpt|openai|copilot|豆包|kimi")


def _product_sized(r: Reading, cat: Catalog) -> None:
    """"ChatGPT handles 1 billion queries a day … on a ~200B-param model": the product names the
    service, the stated size is the model sized (ChatGPT is read as GPT-3 175B only when nothing
    else says what it runs)."""
    size = r.params.get("params")
    model = r.params.get("model")
    span = next((st for st in r.stated if st.param == "model" and st.note == ""), None)
    if not isinstance(size, float) or not isinstance(model, str) or span is None or \
            not _PRODUCT.search(str(span.text).lower()) or model not in cat.models:
        return
    if abs(cat.models[model].params_b * 1e9 / size - 1) < 0.1:
        return                           # the size is the named model's own
    del r.params["model"]
    r.retag(span, param=None, value=None, note="product_sized")


def _scaled_follow_up(r: Reading, previous: Request) -> Request | None:
    t = r.t
    factor: float | None = None
    for f, words in _SCALE_BY:
        if re.search(r"(?<![a-z])(?:" + words + r")(?![a-z])", t):
            factor = f
            break
    fx = re.search(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:x|×|倍)(?![a-z])", t)
    if factor is None and fx and not re.search(r"[#@&]", r.masked):
        factor = float(fx.group(1))
    if factor is None or any(s.param not in (None, "factor") for s in r.stated if s.note == ""):
        return None
    for what, words in _SCALE_WORDS:
        if not re.search(r"(?<![a-z])(?:" + words + r")(?![a-z])", t):
            continue
        names = [n for n in LOADS if n in previous.params] if what == "load" else \
            [what] if what in previous.params else \
            [n for n in LOADS if n in previous.params][:1] if what == "users" else []
        reg = registry.get(what)
        if not names and reg is not None and isinstance(reg.default, (int, float)) and \
                previous.intent in ("fleet", "throughput", "energy"):
            names = [what]               # "answers 3x longer": the default length, scaled
        if not names:
            continue
        name = names[0]
        before = previous.params.get(name, reg.default if reg is not None else None)
        if not isinstance(before, (int, float)) or isinstance(before, bool):
            continue
        params = dict(previous.params)
        params[name] = float(before) * factor
        stated = tuple(replace(s, param="factor", value=factor, note="") if s.param == "factor"
                       or s.param is None else s for s in r.stated)
        if not stated:                   # the scaling words themselves, as the stated span
            m = re.search(r"(?:" + "|".join(w for _, w in _SCALE_BY) + r")", t)
            if m:
                stated = (Stated(r.norm.quote(m.start(), m.end()), "factor", factor, "",
                                 m.start(), m.end()),)
        return Request(intent=previous.intent, params=MappingProxyType(params),
                       given=frozenset({name}), derived=frozenset({name}),
                       carried=frozenset(k for k in previous.params if k != name),
                       stated=stated, scaled=(name, factor))
    return None


# unit words a number is often followed by; a word one slip away from one of them, right after a
# number, is read as it ("100 milion users", "10 requets per user", "2 bilion tokens")
_UNIT_WORDS = ("million", "billion", "trillion", "thousand", "hundred", "requests", "queries", "users",
               "tokens", "servers", "months", "seconds", "concurrent")
_REAL_WORDS = frozenset({"serves", "served", "queried", "useful", "tokyo", "monthly", "second"})
# token with two letters swapped or one dropped, anywhere (no English word is spelt so)
# ("first word in under a second, then 40ms a token": the first token's wait, said as a reader sees it)
_FIRST_WORD = rx.compile(r"(?<![a-z])first (?:word|words|character|letter|"
                         r"bit of (?:text|the (?:answer|reply)))"
                         r"(?=\s+(?:(?:back|out|up|on (?:the )?screen|showing|appearing|appears?|shows?)\s+)?"
                         r"(?:in|within|under|below|inside|<)\s)")
# ("what's that in kWh a month and dollars at 12c?": cents, c for ¢, where power is priced)
_CENTS_C = rx.compile(r"(?<![\d.,])\d{1,2}(?:\.\d{1,2})?\s?c(?![a-z0-9'’])")
_POWER_PRICED = rx.compile(r"kwh|\belectric|\benergy\b|\bpower (?:bill|price|cost|rate)|\bper unit\b|"
                           r"\btariff")
_TOKEN_SLIP = rx.compile(r"(?<![a-z])(?:toekn|tokne|tokn|tokesn|toeksn)s?(?![a-z])")
_WORD_AFTER_NUMBER = rx.compile(r"(?:(?<=[\d.] )|(?<=[\d.][kmbt] ))(?:[a-z]{5,11}|tokn)(?![a-z])")
# glued to the number, only a scale word is read so ("10milion"; "100kusers" is 100k users)
_SCALE_GLUED = rx.compile(r"(?<=\d)(?:mil+i?on|bil+i?on|tril+i?on|thousnd|thosand|millon|billon)(?![a-z])")


def _one_slip(word: str, target: str) -> bool:
    """One letter dropped, added, changed, or two neighbours swapped."""
    if abs(len(word) - len(target)) > 1 or word == target:
        return False
    i = 0
    while i < min(len(word), len(target)) and word[i] == target[i]:
        i += 1
    swapped = len(word) == len(target) and word[i:i + 2] == target[i:i + 2][::-1] \
        and word[i + 2:] == target[i + 2:]
    return swapped or word[i + 1:] == target[i + 1:] or word[i:] == target[i + 1:] \
        or word[i + 1:] == target[i:]


_MISSPELT = {"querys": "queries", "qeuries": "queries", "quries": "queries",
             # ("每句回复平均80 toekn": a token typed with two letters swapped)
             "toekn": "token", "tokne": "token", "toekns": "tokens", "tokesn": "tokens",
             # ("600 tokn prompts": a letter dropped)
             "tokn": "token"}


def _slip(word: str) -> str | None:
    if word in _MISSPELT:
        return _MISSPELT[word]
    if word in _REAL_WORDS or word in _UNIT_WORDS:
        return None
    return next((u for u in _UNIT_WORDS if _one_slip(word, u)), None)


# long keywords a slip away anywhere in the message ("70% average utilizaton", "electrcity")
_KEYWORDS = ("utilization", "electricity", "concurrent", "throughput")
_KEYWORD_LIKE = rx.compile(r"\b(?:uti|ele|con|thr)[a-z]{6,10}\b")


def _keyword_slip(word: str) -> str | None:
    return None if word in _KEYWORDS else next((k for k in _KEYWORDS if _one_slip(word, k)), None)


# a product family's name a slip away, right before its number ("guadi 3", "lamma 3 70b",
# "deepseke v3" is not: the number must follow), read as the family so the catalog finds it
_FAMILIES = ("gaudi", "llama", "mixtral", "mistral", "deepseek", "nvidia")
_FAMILY_LIKE = rx.compile(r"\b[a-z]{4,9}(?=[- ]?\d)")


def _family_slip(word: str) -> str | None:
    if any(word.startswith(f) or f.startswith(word) for f in _FAMILIES):
        return None                       # "deepseekv3", "llama3": the family and its version, as written
    if (other := OTHER_MODEL.match(word)) is not None and other.end() == len(word):
        return None                       # "pixtral": another model's name, not a slip of "mixtral"
    return next((f for f in _FAMILIES if _one_slip(word, f)), None)


# cards counted in sheets, as 枚 is said in English: "256 sheets of A100", "8 sheets RTX 4090"
# (only before a card's name or a card word: "12,000 sheets, about 2,500 tokens each" are pages)
_SHEETS = rx.compile(r"(?:(?<=\d\s)|(?<=\d))sheets?\b"
                     r"(?=\s*(?:of\s+)?(?:(?:the|nvidia|amd|huawei|intel)\s+)?"
                     r"(?:#|[a-z]{0,8}[\s-]?\d|(?:gpu|npu|card|accelerator)s?\b|显卡|卡))")


# "PEU 1.3": the power usage effectiveness, its letters swapped, before its number
_PUE_SLIP = rx.compile(r"(?<![a-z])(?:peu|upe|eup)(?![a-z])(?=\s*(?:[=:：]|约|按|为|是|of|at|~|≈)?\s*"
                       r"(?:\d|[一二]\s*[点.]))")


# "c.100k GPUs", "c. $2bn": circa, the analyst's mark of an approximate figure
_CIRCA = rx.compile(r"(?<![a-z0-9.])c\.\s?(?=[$~]?\d)")


_SI_PREFIX = {"kilo": "k", "mega": "m", "giga": "g", "tera": "t"}
# "0.34 watt-hours", "5 kilowatt hours": the energy unit written out, read as its symbol
_WATT_HOURS = rx.compile(r"(?<=\d)\s*(kilo|mega|giga|tera)?watt[- ]?hours?\b")


# "16,000+ H100s": a count said as a floor, read as the count
_PLUS_AFTER = rx.compile(r"(?<=\d)\+(?=\s*[a-z#])")


# a pinyin input method's slips of the trade's words, no words of their own: "并法大概300" (并发, at once),
# "显寸" (显存)
_ZH_SLIPS = {"并法": "并发", "显寸": "显存"}
_ZH_SLIP = rx.compile("|".join(_ZH_SLIPS))


def _typos(norm: Normalized) -> Normalized:
    if _ZH_SLIP.search(norm.text):
        norm = _rewrite(norm, _ZH_SLIP, lambda m: _ZH_SLIPS[m.group(0)], group=0)
    if _PLUS_AFTER.search(norm.text):
        norm = _rewrite(norm, _PLUS_AFTER, lambda m: " ", group=0)
    if _WATT_HOURS.search(norm.text):
        norm = _rewrite(norm, _WATT_HOURS, lambda m: " " + _SI_PREFIX.get(m.group(1) or "", "") + "wh",
                        group=0)
    if _CIRCA.search(norm.text):
        norm = _rewrite(norm, _CIRCA, lambda m: "~", group=0)
    if _PUE_SLIP.search(norm.text):
        norm = _rewrite(norm, _PUE_SLIP, lambda m: "pue", group=0)
    if _CENTS_C.search(norm.text) and _POWER_PRICED.search(norm.text):
        norm = _rewrite(norm, _CENTS_C, lambda m: m.group(0).rstrip("c").rstrip() + "¢", group=0)
    if _FIRST_WORD.search(norm.text):
        norm = _rewrite(norm, _FIRST_WORD, lambda m: "first token", group=0)
    if _TOKEN_SLIP.search(norm.text):
        # ("回复300来个tokne": the token misspelt where no space follows a number)
        norm = _rewrite(norm, _TOKEN_SLIP, lambda m: "tokens" if m.group(0).endswith("s") else "token",
                        group=0)
    if _SHEETS.search(norm.text):
        norm = _rewrite(norm, _SHEETS, lambda m: "cards" if m.group(0).endswith("s") else "card", group=0)
    if any(_family_slip(m.group(0)) for m in _FAMILY_LIKE.finditer(norm.text)):
        norm = _rewrite(norm, _FAMILY_LIKE, lambda m: _family_slip(m.group(0)) or m.group(0), group=0)
    if any(_keyword_slip(m.group(0)) for m in _KEYWORD_LIKE.finditer(norm.text)):
        norm = _rewrite(norm, _KEYWORD_LIKE, lambda m: _keyword_slip(m.group(0)) or m.group(0), group=0)
    glued = _SCALE_GLUED.search(norm.text)
    if glued and _slip(glued.group(0)):
        norm = _rewrite(norm, _SCALE_GLUED, lambda m: _slip(m.group(0)) or m.group(0), group=0)
    if not any(_slip(m.group(0)) for m in _WORD_AFTER_NUMBER.finditer(norm.text)):
        return norm
    return _rewrite(norm, _WORD_AFTER_NUMBER, lambda m: _slip(m.group(0)) or m.group(0), group=0)


def _percent_words(norm: Normalized) -> Normalized:
    """"百分之四十" reads as "四十%" (positions kept, so quotes stay as written)."""
    norm = _typos(norm)
    if "百分之" in norm.text:
        norm = _rewrite(norm, _PERCENT_WORDS, lambda m: m.group(1) + "%", group=1)
    if _NEXT_DIGITS.search(norm.text):
        # "每人每天七八次", "五六次": two neighbouring digits, the larger (as "两三百" reads 300); before the
        # tenths, so that "利用率七八成" reads 80%
        # (neighbours only: "七五" is no "seven or eight")
        norm = _rewrite(norm, _NEXT_DIGITS, lambda m: m.group(2) if _CN_ORDER.index(m.group(2))
                        == _CN_ORDER.index(m.group(1)) + 1 else m.group(0), group=0)
    if "成" in norm.text:              # "利用率六成", "6成": tenths, i.e. 60%; "七成二": 72%
        norm = _rewrite(norm, _TENTHS, lambda m: f"{_tenths(m.group(1)) + _digit(m.group(2)):g}%", group=0)
    if "倍半" in norm.text:            # "两倍半": 2.5 times
        norm = _rewrite(norm, _TIMES_HALF, lambda m: f"{_number_word(m.group(1)) + 0.5:g}倍", group=0)
    if _ABOUT_SUFFIX.search(norm.text):
        # spoken approximations: "四百多 tok/s", "三百来万", "十万出头", "两倍多": the figure said
        norm = _rewrite(norm, _ABOUT_SUFFIX, lambda m: m.group(1), group=0)
    if "/" in norm.text and _FRACTION.search(norm.text):
        # "日活/月活大概1/3", "busy ~1/4 of the day": a small fraction, as its decimal
        norm = _rewrite(norm, _FRACTION, _fraction, group=0)
    return norm


def _fraction(m: re.Match[str]) -> str:
    """"1/3" as "0.3333"; before "of"/"的" as a percentage ("1/4 of the day": "25% of the day")."""
    share = int(m.group(1) or m.group(3)) / int(m.group(2) or m.group(4))
    of = re.match(r"\s*(?:of\b|的)", m.string[m.end():m.end() + 4])
    return f"{share * 100:.4g}%" if of else f"{share:.4g}"


# a small fraction where a share is said: after "about", "~", "大概", "=", ":" …, or before "of"/"的"
# (not "1/2 day", "3/4 tok/s", a date "1/3/2025", nor "24/7")
_FRACTION = rx.compile(r"(?:(?<=大概)|(?<=大约)|(?<=约)|(?<=~)|(?<=≈)|(?<=about )|(?<=roughly )|(?<=around )|"
                       r"(?<=only )|(?<=just )|(?<=按)|(?<=取)|(?<=是)|(?<=为)|(?<==)|(?<=: )|(?<=:)|(?<=：)|"
                       r"(?<=~ )|(?<=≈ )|(?<=大概 )|(?<=约 ))"
                       r"([1-9])\s*/\s*([2-9]|10)(?![\d./:%]|,\d)"
                       # ("~1/3 use it on a given day": readings.daily_share reads the fraction as written)
                       r"(?!\s*(?:s\b|sec|hr|h\b|days?\b|tok|gpu|卡|天|小时|use\b|are\b|active\b))|"
                       r"(?<![\d./:\w])([1-9])\s*/\s*([2-9]|10)(?![\d./:%])(?=\s*(?:of\b|的))")
_CN1 = "一二两三四五六七八九"
_TIMES_HALF = rx.compile(r"(\d+|[一二两三四五六七八九十]+)倍半")
_ABOUT_SUFFIX = rx.compile(r"((?:\d|[零一二两三四五六七八九十百千])倍?)(?:多|来|出头)"
                           r"(?!少|种|个月|样|久|点)"
                           # ("评价原文一百多字": a text's length said roughly)
                           r"(?=[万亿千百]|\s|张|台|块|个|人|次|轮|位|tok|token|美|元|刀|度|瓦|千瓦|卡|倍|天|小时|字|词|"
                           r"的|[,，。？?、]|$)")
# (not "零点七五个词": the digits of a decimal)
_NEXT_DIGITS = rx.compile(r"(?<![\d零一二两三四五六七八九十百千万亿.点])"
                          r"([一二三四五六七八])([二三四五六七八九])"
                          r"(?=次|轮|个|张|台|块|倍|天|小时|年|人|成|十|百|千|万)")


_CN_ORDER = "一二三四五六七八九"


def _digit(word: str | None) -> float:
    return float(chinese_numeral(word)) if word else 0.0


def _number_word(word: str) -> float:
    return float(word) if word.isdigit() else float(chinese_numeral(word))


_TENTHS = rx.compile(r"(?<![\d零一二两三四五六七八九十百千万亿.])([0-9]|[一二两三四五六七八九十])成"
                     r"(?!本|为|功|熟|长|了|交|员|型|果|品|立|年|都|就|的|绩|分|色|批)([一二三四五六七八九](?![十百千万亿]))?")


def _tenths(word: str) -> float:
    return (float(word) if word.isdigit() else float(chinese_numeral(word))) * 10


def _rewrite(norm: Normalized, rx: re.Pattern[str], repl: Callable[[re.Match[str]], str], *,
             group: int) -> Normalized:
    """Replace matches of rx, keeping every new character's position in the original text (the
    replacement quotes as the matched words), so quotes stay as written."""
    text: list[str] = []
    pos: list[int] = []
    last = 0
    for m in rx.finditer(norm.text):
        text.append(norm.text[last:m.start()])
        pos.extend(norm.pos[last:m.start()])
        new = repl(m)
        a, b = m.start(group), m.end(group)
        if group:                        # "百分之四十" -> "四十%": the numeral's own positions
            text.append(new)
            pos.extend(norm.pos[a:b])
            pos.append(norm.pos[b - 1])
        else:
            text.append(new)
            pos.extend(norm.pos[min(a + i, b - 1)] for i in range(len(new)))
        last = m.end()
    text.append(norm.text[last:])
    pos.extend(norm.pos[last:])
    return Normalized("".join(text), tuple(pos), norm.original)


# (a sentence's full stop after it too: "at $2.10/hr, 24/7.")
_AROUND_THE_CLOCK = rx.compile(r"(?<![\d.])(?:24\s*/\s*7|24\s*[x×*]\s*7|7\s*[x×*]\s*24)(?!\d|\.\d)")


def _mask_precision(masked: str) -> str:
    # "running 24/7", "7x24小时": around the clock, a phrase rather than two numbers
    masked = _AROUND_THE_CLOCK.sub(lambda m: "~" * len(m.group(0)), masked)
    return PRECISION.sub(lambda m: "~" * len(m.group(0)), masked)
