"""Second readings of a question, once its intent is known: figures someone else gave (claims to
check against the computed ones) and spans the first reading gave the wrong parameter. Each function
takes the parser's working state and changes it in place (calc/parse.py calls them in order)."""

from __future__ import annotations

import re

from calc import rx, units
from calc.derive import CLAIM_BEFORE, GPU_COUNT_ASKED
from calc.intent import CHECK_ASKED, CLAIM, OTHER_SAYERS_ZH, OWN_SAYERS_ZH
from calc.options import ASKS_MFU, BRINGS_TO
from calc.readings import KVA_SAID, digits_at
from calc.stated import LOADS, Reading, Stated
from calc.vocabulary import ONE_USER

# an amount said in cents: "costs under a cent", "less than 2 cents a query"
# ("costs a few cents": a vague few, taken as three, the claim's order of size)
_CENTS_SAID = rx.compile(r"(?:(?:under|less than|about|around|over|only|just)\s+)?(a few|a|one|"
                         r"\d+(?:\.\d+)?)\s+"
                         r"(?:cents?|penny|pennies)\b|"
                         # "每千token成本不到1分钱": fen, a hundredth of a yuan
                         r"(?:不到|低于|少于|不超过|约|大概|只要|才)?\s*(\d+(?:\.\d+)?|一)\s*分钱")
_IN_CENTS = rx.compile(r"\bcents?\b|\bpenn(?:y|ies)\b")
# what a change brings a share to: "if new kernels get us to 52%"
_BRINGS_TO_END = rx.compile(r"\b" + BRINGS_TO + r"\s*(?:about|around|~)?\s*$")
# the answer's word right after a length: "1k answer", "500 output", "800回答"
_ANSWER_AFTER = rx.compile(r"\s*(?:answers?|outputs?|completions?|responses?|replies|reply|回答|输出|回复)"
                           r"(?![a-z])")
_PER_DAY_AFTER = rx.compile(r"\s*(?:/\s*day|per day|a day|daily|/天|每天|一天)")
_PER_MONTH_AFTER = rx.compile(r"\s*(?:/\s*(?:month|mo)\b|per month|a month|monthly|/月|每月|一个月)")
_COSTS_BEFORE = rx.compile(r"\bcosts?\b[^.;?]{0,30}?(?:only|just|about|around|~)?\s*(?:us\$|\$|€)?\s*$|"
                           r"(?:花|成本|费用)[^，,。；;？?]{0,10}?$")
# a payback period someone gave: "pays itself off in 14 months", "14个月就能回本"
_PAYS_BACK_BEFORE = rx.compile(r"(?:\b(?:pays?|paid|paying)\s+(?:for\s+)?(?:itself|themselves|it|them)?\s*"
                               r"(?:off|back)?|"
                               r"\bbreaks?\s+even|\bpayback(?:\s+period)?(?:\s+(?:is|of))?|"
                               r"回本(?:要|需要|只要|用|周期)?)"
                               r"\s*(?:in|within|after)?\s*"
                               r"(?:about|around|~|just|only|under|less than|约|大概)?\s*$")
_PAYS_BACK_AFTER = rx.compile(r"\s*(?:就|即可|能|可以|便)*\s*"
                              r"(?:回本|收回成本|pays? (?:itself )?(?:off|back))")
# a rate someone else gave ("customer claims a DGX H100 can do 30k tok/s"), not one of the user's own
_RATE_CLAIMED = rx.compile(r"\b(?:claims?|claimed|says|said|reckons?|recons?|thinks|reports?|reported|"
                           r"swore|swears?|"
                           r"reportedly|according to|"
                           r"marketing|advertis\w*|brochure|slides?|spec sheet|datasheet)\b|"
                           r"号称|声称|宣称|据说|听说|有人说|说是|宣传|"
                           # ("厂商来推销一体机，说8张4090…能到每秒3000 token"): a seller's words
                           r"(?:推销|推荐|销售|厂商|供应商|集成商|代理商?|中介)[^。？?！!]{0,12}?说|"
                           # ("卖设备的说一张4090 …", "卖卡的说": the one selling, by what they sell)
                           # ("有个卖服务器的跟我说": to whom, between)
                           r"卖[\u4e00-\u9fff]{1,4}的(?:人|那个|那家)?\s*(?:(?:跟|和|给|对|同)(?:我们?|咱们?)\s*)?"
                           r"(?:说|讲|称)|"
                           r"官方说|"
                           # ("厂商PPT上说8卡H20…单机吞吐能到5000 token/s": what a vendor's slides say)
                           r"(?:ppt|pdf|白皮书|宣传册|官网|手册|资料|文档|材料|新闻稿)\s*(?:上|里|中)?\s*(?:说|写|称|标)|"
                           # ("销售说8卡H200…单机每秒能出一万两千个token，靠谱吗"): another party's, or one's
                           # own people's, words
                           r"(?:" + OTHER_SAYERS_ZH + "|" + OWN_SAYERS_ZH + r")(?:的人)?"
                           r"(?:说|称|讲|表示|宣称|声称|吹说|吹嘘|吹)")
# a rate given to the user by someone else: "we're quoted 9.6M tokens/s", "we were promised 30k tok/s"
_ENERGY_ASKED = rx.compile(r"\bj(?:oules?)?\b|kwh|\bwh\b|energy|electric|\bpower (?:bill|cost)|"
                           r"电费|能耗|耗电|"
                           r"\bper\s+(?:token|query|request)\b.*\bw\b")
# hearsay said after the rate, as Korean and Japanese put it ("초당 30만 토큰 나온다고 하는데": "… they say")
_RATE_CLAIMED_AFTER = rx.compile(r"[^.。?？!！,，\d]{0,16}?\b(?:they say|they claim|is claimed)\b")
_RATE_GIVEN_US = rx.compile(r"\b(?:quoted|promised|promises|pitched|told|sold|guarantees?|guaranteed)\b|"
                            r"(?:报价|承诺|宣传)(?:说|的)?")
# a rate required of the system, to be checked: "the delivered system shall sustain not less than 50,000
# output tokens per second", "要求不低于 5 万 token/s"
_RATE_REQUIRED = rx.compile(r"\b(?:shall|must)\s+(?:\w+\s+){0,2}?"
                            r"(?:sustain|deliver|achieve|provide|support|reach)\b|"
                            r"\bnot less than\s*$|\bno less than\s*$|"
                            r"要求[^，,。；;]{0,8}(?:不低于|不少于|达到)")
_OWN_INSTRUMENT = rx.compile(r"\b(?:our|my|we)\s+(?:own\s+)?(?:[a-z]+\s+)?"
                             r"(?:monitoring|dashboards?|metrics|telemetry|benchmarks?|logs?|tests?|measurements?|"
                             r"profil\w*|grafana|prometheus|load tests?)\s*$|"
                             # ("logging says 1.1M tok/s", "wandb says …": a run's own instruments, no owner
                             # said)
                             r"(?:^|[,.;:!?]\s*)(?:the\s+)?(?:logging|logs|wandb|w&b|tensorboard|nvidia-smi|"
                             r"the profiler|profiler)\s*$|"
                             r"我们的?(?:监控|压测|测试|实测|日志)")
_RATE_OWN = rx.compile(r"\b(?:we|our|i|my|us)\b|measur|benchmark|\bget(?:ting)?\b|\bsee(?:ing)?\b|"
                       r"实测|压测|测得|测出|"
                       r"我们|我")
# "$1.3/hr is the all-in cost of owning": an hour's cost of owning, said of the amount
_OWNING_AFTER = rx.compile(r"\s*(?:is|=|as)\s+(?:the\s+|an?\s+)?(?:all[- ]in\s+|true\s+|real\s+)?"
                           r"(?:cost|tco|price)\s+(?:of\s+)?own")
_OWNING_BEFORE = rx.compile(r"\btco\b|cost of own|owning cost|own(?:ership)? cost|all[- ]in (?:hourly )?cost|"
                            r"持有成本|自建成本|自有成本|拥有成本")
# what one user costs (not what one pays): "each user costs $7 a month", "一个用户一个月成本要50块钱"
_USER_COSTS = rx.compile(r"(?:\bcosts?\s+per\s+(?:users?|seats?|customers?|subscribers?|head)\s+"
                         r"(?:is|=|of|at|comes to|"
                         r"runs|works out to)?(?:\s+(?:about|around|~|roughly|only|just))*|"
                         r"\b(?:one|a single|each|a|per|every)\s+(?:users?|customers?|subscribers?)"
                         r"(?:\s+[a-z0-9.-]+){0,4}?\s+(?:costs?|is costing)"
                         r"(?:\s+(?:us|about|around|~|roughly))*|"
                         r"(?:每个?|单个|一个|一位)(?:用户|人)[^，,。；;\d]{0,6}?(?:成本|花费|要花)\s*"
                         r"(?:要|是|为|约|大概|大约|只要|才)*)\s*(?:us\$|\$|¥|￥)?\s*$")


def as_claim(r: Reading, st: Stated) -> None:
    """A stated figure someone else gave, to be checked against the computed one: no longer the
    parameter it was read as."""
    if st.note != "duplicate" or r.params.get(str(st.param)) == st.value:
        # ("要顶1万张H100的算力…集成商说要2.5万张": a second count claimed leaves the first its parameter)
        r.params.pop(str(st.param), None)
    if re.search(r"单卡|每卡|每张卡?|一张卡?|单张卡?|\bper (?:gpu|card|chip)\b|\beach (?:gpu|card|chip)\b|"
                 r"\b(?:one|a single) (?:gpu|card|chip)\b", r.t[max(0, st.start - 14):st.start]) \
            or re.search(r"^\s*(?:/\s*(?:gpu|card)|per (?:gpu|card|chip)|each)\b", r.t[st.end:st.end + 12]) \
            or re.search(r"(?:/\s*|per |each )(?:gpu|card|chip)\b|单卡|每卡", str(st.text).lower()):
        r.params["claim_per_gpu"] = True   # ("单卡每秒能出两千多token，这靠谱吗": one card's rate claimed)
        if "gpus" not in r.params and "servers" not in r.params:
            r.params["one_gpu"] = True     # (and the answer is one card's)
    cents = isinstance(st.value, float) and _IN_CENTS.search(str(st.text).lower())
    # ("an article said under 25 cents": US$0.25, checked against dollars)
    r.retag(st, param="claimed_value", value=st.value / 100 if cents else st.value,  # type: ignore[operator]
            note="" if st.note == "duplicate" else st.note)


def second_readings(r: Reading, names: list[tuple[str, str, int]]) -> None:
    """Everything read again once the intent has resolved the pending numbers, in this order."""
    count_said_of_power(r)
    hours_said_of_fleet(r)
    vague_period(r)
    claimed_mfu(r)
    answer_length(r)
    same_length_out(r)
    input_price(r)
    units_of_a_server(r, names)
    mfu_brought_to(r)
    claimed_day_spend(r)
    claimed_user_cost(r)
    claimed_memory_worth(r)
    claimed_payback(r)
    claimed_rate(r)
    measured_beside_claim(r)
    quoted_total(r)
    claimed_daily_tokens(r)
    places_counted(r)
    claimed_fleet_cost(r)
    claimed_hourly_cost(r)
    claimed_energy(r)
    claimed_bill(r)
    claimed_ttft(r)
    claimed_stream_rate(r)
    claimed_request_time(r)
    claimed_fleet_gpu_hours(r)
    claimed_billed_hours(r)
    claimed_per_request(r)
    claimed_cents(r)
    claimed_gpu_time_in_words(r)
    asked_if_right(r)
    heard_answer(r)
    claimed_capacity(r)
    claimed_real_power(r)
    claimed_draw(r)
    claimed_monthly_cost(r)
    claimed_fit_count(r)
    claimed_converted_price(r)
    claimed_rack_fit(r)
    their_count(r)
    claimed_run_cost(r)
    claimed_run_days(r)
    claimed_rate_days(r)
    heard_period_in_words(r)
    busy_is_no_duration(r)
    requests_basis(r)
    guessed_answer(r)
    claimed_doubling(r)
    claimed_servers(r)


# "… becomes what, 7 days?", "how long then, like 6 days?": the asker's guess right after the question
# ("so same job on 512 B200s = ~5 days?", "so it'd be about 5 days?": the guess said equal to the result)
_GUESS_BEFORE = rx.compile(r"(?:(?:\bwhat|\bhow (?:long|many|much)(?: then)?|多少|几天|多久)\s*[,，]|"
                           # ("so on 16 B200s it'd really be under 5 days?": a bound guessed)
                           r"\s(?:=|≈|→|->)|\b(?:would|will|it['’]d|that['’]d) "
                           r"(?:(?:really|actually|still|then|now|"
                           r"only|just)\s+)?(?:be|take)|\bbecomes?)\s*"
                           r"(?:like|maybe|so|about|around|~|roughly|under|below|less than|over|more than|"
                           r"at most|"
                           r"at least|大概|差不多|约)?\s*$")


def guessed_answer(r: Reading) -> None:
    """"my 20-day H100 run becomes what, 7 days?": a second value of a parameter, put as a guess right after
    the question, is a claim checked against the answer (not a second run's days)."""
    for st in [x for x in r.stated if x.note in ("duplicate", "option") and isinstance(x.value, float)
               and x.param in ("days", "gpus", "servers")]:
        if _GUESS_BEFORE.search(r.t, max(0, st.start - 30), st.start) \
                and re.match(r"\s*[?？]", r.t[st.end:]) and r.params.get(str(st.param)) != st.value:
            r.retag(st, param="claimed_value", note="")      # (the first value stays the parameter's)


# the servers word after a claimed count: "claims 6 HGX B200 servers handle …", "说 8 台 DGX 就够"
_SERVERS_AFTER = rx.compile(r"[^,.;:?!，。；：？！]{0,24}?(?:\b(?:servers?|nodes?|boxes)\b|台|服务器|节点)")


def claimed_servers(r: Reading) -> None:
    """"sales guy claims 6 HGX B200 servers handle our whole load: 25k concurrent calls … legit?": a count
    someone gave with the servers' word after it, for a stated load, is checked against the servers sized
    for that load (calc/engine), not against whatever figure is nearest (calc/parse makes it the claim)."""
    if not any(k in r.params for k in LOADS) or not (CLAIM.search(r.t) or CHECK_ASKED.search(r.t)):
        return
    for st in [x for x in r.stated if x.param in ("servers", "claimed_value") and x.note == ""
               and isinstance(x.value, float)]:
        num = re.search(r"\d", r.t[st.start:st.end])
        at = st.start + (num.start() if num else 0)
        if not CLAIM_BEFORE.search(r.t[max(0, at - 24):at]) or not _SERVERS_AFTER.match(r.t, st.end):
            continue
        r.params["claim_servers"] = True


# "someone here says it's ~9 months", "他说是 9 个月": a doubling time someone gave
_DOUBLING_SAID = rx.compile(r"(?:" + CLAIM_BEFORE.pattern + r")\s*(?:it'?s|it is|that'?s|that it'?s|is)?\s*"
                            r"(?:about|around|roughly|~|≈|like|only|just)?\s*$|(?:说|称|认为|号称)\s*(?:是|为)?\s*(?:约|大概)?\s*$")


def claimed_doubling(r: Reading) -> None:
    """"grew ~10,000x over 10 years? what doubling time is that — someone here says it's ~9 months": with a
    factor over a period asked as a doubling time, a second period someone gave is that doubling time, checked
    against the one computed (not a second period)."""
    if not ("factor" in r.params and "period_months" in r.params) or "doubling_months" in r.params:
        return
    for st in [x for x in r.stated if x.param in ("period_months", "days") and x.note == "duplicate"
               and isinstance(x.value, float) and re.search(r"months?|个月|月", str(x.text).lower())]:
        digit = re.search(r"\d", str(st.text))
        at = st.start + (digit.start() if digit else 0)
        if _DOUBLING_SAID.search(r.t[max(0, at - 40):at]):
            said = float(st.value or 0)
            months = said / 30.4375 if st.param == "days" else said
            r.retag(st, param="claimed_value", value=months, note="")


_MFU_GUESSED = rx.compile(r"\b(?:need|needs|needed|require|requires|required|would be|'d be|be at|hit|"
                          r"hits)\s+(?:like|about|around|roughly|~|at least)?\s*$")


def claimed_mfu(r: Reading) -> None:
    """"30.84M GPU-hours … what MFU does that imply? a newsletter said ~38-40%": the MFU someone gave,
    checked against the one the hours imply (a range of it, at its middle)."""
    said = next((st for st in r.stated if st.param == "mfu" and st.note == ""
                 and (CLAIM_BEFORE.search(r.t[max(0, st.start - 24):st.start])
                      # "that implies what MFU? they'd need like 60% no?": a guess put beside the ask
                      or _MFU_GUESSED.search(r.t[max(0, st.start - 24):st.start]))), None)
    if said is None or not r.params.get("asks_mfu") or "gpu_tflops" in r.params:
        return
    low = next((st for st in r.stated if st.param is None and isinstance(st.value, float)
                and re.fullmatch(r"\s*[-–~]\s*", r.t[st.end:said.start])), None)
    if low is not None and isinstance(said.value, float) and 0 < float(low.value or 0) / 100 < said.value:
        r.stated.remove(low)
        said = r.retag(said, start=low.start, text=r.norm.quote(low.start, said.end),
                       value=(float(low.value or 0) / 100 + said.value) / 2)
    as_claim(r, said)


# hearsay opening the question: "有人说…", "someone claims …", "a guy in our discord says …"
_HEARSAY_START = rx.compile(r"^[^.。?？!！]{0,40}?(?:有人说|听说|据说|网上说|号称|"
                            # ("公众号说训练GPT-3…要34天，是真的吗": what a piece said)
                            r"(?:公众号|文章|新闻|报道|知乎|媒体|博主|帖子|视频)(?:上|里|中)?(?:说|称|讲|写)|"
                            # ("有个算力服务商跟我们说": told to us)
                            r"(?:" + OWN_SAYERS_ZH + "|" + OTHER_SAYERS_ZH + r")"
                            r"(?:(?:跟|对|给|和)(?:我们|咱们|我))?"
                            r"(?:说|称|讲|表示)|"
                            # ("友商PPT里说他们…不到两个月就训完了": another party's slides)
                            r"(?:" + OTHER_SAYERS_ZH + r")\s*(?:的)?\s*(?:ppt|pdf|白皮书|宣传册|官网|材料|"
                                r"文档)\s*"
                            r"(?:上|里|中)?\s*(?:说|写|称|标)|"
                            r"someone (?:says|said|claims)|"
                            # ("Some consultant's telling the MD that training …": what someone is telling)
                            r"\b(?:telling|tells|told)\s+(?:me|us|him|her|them|everyone|the\s+\w+|our\s+\w+)"
                            r"\s+that\b|"
                            # ("A consultant told us fine-tuning … would take 2 weeks": told to us)
                            r"\b(?:consultants?|vendors?|a vendor|sales|the reseller|integrators?|"
                            r"partners?)\s+"
                            r"(?:told|tells|quoted|promised)\s+(?:us|me)\b|"
                            # ("某投标人在技术方案中承诺：…工期仅需12天", "The bidder promises …": another
                            # party's promise, to check)
                            r"(?:投标人|投标方|中标人|供应商|厂商|集成商|\bvendor|\bbidder|\bsupplier|\bintegrator)"
                            r"[^.。?？!！]{0,20}?(?:承诺|保证|\bpromise[sd]?\b|\bguarantee[sd]?\b)|"
                            r"\b(?:says|said|claims|claimed)\b)")
# a figure asked about: "is $7bn right?", "is 3mm tok/s aggregate right for 20k H100 …", "总并发是2560吗？"
_IS_BEFORE = rx.compile(r"(?:\bis|\bare|\bwas)\s+(?:it|that|this|the total|total)?\s*"
                        r"(?:really|actually|even)?\s*"
                        r"(?:about|around|roughly|~|like)?\s*(?:us\$|\$|¥)?\s*$")
_RIGHT_AFTER = rx.compile(r"[^,;.?!，。；？！\d]{0,40}?\b"
                          r"(?:right|correct|accurate|realistic|plausible|reasonable|"
                          r"legit|true|sane|in the ballpark)\b\s*(?:\?|for\b|given\b|on\b|at\b|with\b|if\b)")
# the asker's own result, asked about: "HBM at $20/GB → $5k+ of HBM per GPU?", "so ~$2.4M/yr?"
_RESULT_BEFORE = rx.compile(r"(?:→|->|=>|=|\bso|\bthat'?s|\bi\.e\.|\bie)\s*"
                            r"(?:about|around|roughly|~|like|≈)?\s*"
                            r"(?:us\$|\$|¥)?\s*$")
_WOULD_IT = rx.compile(r"\b(?:would|will|could|can|does|do|is)\s+(?:it|that|this|the (?:run|job|training))\s+"
                       r"(?:really\s+|actually\s+|then\s+)?"
                       r"(?:drop|fall|come down|go down|get down|shrink|be cut|"
                       r"be down|finish|be done|take|be)\s*(?:to|in)?\s*(?:only\s+|just\s+)?"
                       r"(?:about|around|roughly|~|like)?\s*$")
_ASKED_AFTER = rx.compile(r"\+?\s*(?:of\s+[^?,.;!]{1,30})?\s*\?")
_ZH_IS_BEFORE = rx.compile(r"(?:是|为|有|要|达到|能到)\s*(?:约|大约|大概)?\s*$")
_ZH_RIGHT_AFTER = rx.compile(r"[^，,。；;？?\d]{0,8}?(?:吗|么|嘛)\s*[？?]|"
                             r"[^，,。；;？?\d]{0,8}?[，,]?\s*(?:对吗|对不对|是吗|没错吧|靠谱吗|准吗)")
# what a figure asked about may be: an amount the answer computes (not a load or a length it is given)
_ASKABLE = frozenset({"budget_usd", "budget_cny", "observed_tokens_per_s", "observed_tokens_per_s_per_gpu",
                      "observed_tokens_per_s_per_server", "gpu_hours", "gpus", "servers",
                      "power_mw"})


def asked_if_right(r: Reading) -> None:
    """"100k GB200 at $70k per GPU — total capex? is $7bn right?", "40个副本，每个副本并发64，总并发是2560吗":
    a figure the question asks to be confirmed is a claim, checked against the one computed."""
    # (a price is asked about only beside another of its kind: "HBM at $15/GB … So ~$2.9k of a ~$15k chip is
    # memory?", the card's price being the other)
    prices = [x for x in r.stated if x.param in ("price_usd", "price_cny") and isinstance(x.value, float)]
    two_prices = {p for p in ("price_usd", "price_cny") if sum(x.param == p for x in prices) >= 2}
    for st in [x for x in r.stated if (x.param in _ASKABLE or x.param in two_prices)
               and x.note in ("", "duplicate") and isinstance(x.value, float)]:
        # ("一年电费要十万出头，对吗": the amount in Chinese numerals, its words before it)
        digit = re.search(r"[\d.]", str(st.text)) \
            or re.search(r"[一二两三四五六七八九十百千万亿]+$", str(st.text))
        at = st.start + (digit.start() if digit else 0)
        before = r.t[max(0, at - 24):at].lower()
        if before.rstrip().endswith(("$", "¥", "us$")):
            before = before.rstrip()[:-1]
        en = (_IS_BEFORE.search(before) and _RIGHT_AFTER.match(r.t, st.end)) or (
            _RESULT_BEFORE.search(before) and _ASKED_AFTER.match(r.t, st.end))
        zh = _ZH_IS_BEFORE.search(before) and _ZH_RIGHT_AFTER.match(r.t, st.end)
        if en or zh:
            as_claim(r, st)
            if st.param in two_prices and (card := next((x for x in r.stated if x.param == st.param), None)):
                r.params[str(st.param)] = float(card.value)  # type: ignore[arg-type]
                r.retag(card, note="")     # the other price is the card's, used
    for st in [x for x in r.stated if x.param == "days" and x.note == "duplicate"]:
        # "took 21 days on 256 H100s. On 256 B200s would it really drop to ~8 days?": a second time, asked
        # as the outcome to confirm
        if _WOULD_IT.search(r.t[max(0, st.start - 48):st.start]) and _ASKED_AFTER.match(r.t, st.end):
            r.retag(st, param="claimed_value", note="")
    fac = next((x for x in r.stated if x.param == "factor" and x.note == ""
                and CLAIM_BEFORE.search(r.t[max(0, x.start - 24):x.start])), None)
    if fac is not None and any(k in r.params for k in ("doubling_months", "growth_rate_year")) \
            and "period_months" in r.params:
        as_claim(r, fac)   # "doubling every 6 months — how much bigger in 3 yrs? someone said 64x": checked


# hearsay before a quoted figure: "新闻说“近2.5万张”", "原文写的是“约130倍”", "网传要“上万张”"
_HEARD_BEFORE = rx.compile(r"(?:说|写的是|写着|称|网传|传言|报道|据说|答案是|答案为|算出来是|我算的是|"
                           r"says?|said|claims?|claimed|"
                           r"reports?|reported|my answer (?:was|is)|i got|we got|answer key says|"
                           r"wrote|writes)[^,，.。;；?？\d]{0,8}$")
# what is asked, before the hearsay that answers it
_ASKED_FOR = {"gpus": rx.compile(GPU_COUNT_ASKED.pattern
                                # ("$25k a pop, how many is that? They also claimed 1.3M GPUs")
                                + r"|\bhow many (?:is that|does that (?:buy|get)|would that (?:buy|get)|"
                                  r"can (?:we|they|you|i) (?:buy|get|afford))\b"),
              "factor": rx.compile(r"多少倍|几倍|how many times|how much (?:bigger|more|larger|growth)|"
                                   r"增长多少|涨多少"),
              "days": rx.compile(r"多少天|几天|多久|how long|how many days"),
              # ("how many concurrent users can that hold? someone on discord said ~1k users")
              "users": rx.compile(r"\bhow many (?:concurrent |simultaneous |active )?"
                                  r"(?:users|people|seats)\b|"
                                  r"(?:多少|几)\s*(?:个)?\s*(?:并发)?\s*(?:用户|人)"),
              "period_months": rx.compile(r"多少天|几天|多久|几个月|how long|"
                                          r"how many (?:days|months)")}


def heard_answer(r: Reading) -> None:
    """"H20每张10万元，能买多少张？新闻说“近2.5万张”", "两年下来增长多少倍？原文写的是“约130倍”": the figure
    asked for, said after the ask by someone else, is a claim checked against the one computed (a time
    is checked by its own parameter, calc/engine)."""
    for st in [x for x in r.stated if x.param in _ASKED_FOR and x.note in ("", "duplicate")
               and isinstance(x.value, float)]:
        digit = re.search(r"[\d.一二两三四五六七八九十百千万]", r.t[st.start:st.end])
        at = st.start + (digit.start() if digit else 0)
        asked = _ASKED_FOR[str(st.param)].search(r.t, 0, st.start)
        if asked is None or not _HEARD_BEFORE.search(r.t[max(0, at - 24):at]):
            continue
        if st.note == "duplicate":
            # ("512 张 H100 训练了 50 天 … 需要多少天？老师说答案是 20 天": the second value of a quantity
            # stated once already is the answer heard, the first stays what it was)
            r.retag(st, param="claimed_value", note="")
        elif st.param in ("days", "period_months"):
            r.params.pop(str(st.param), None)
        else:
            as_claim(r, st)


# what a fleet is said to deliver: "a 2,000-GPU B200 cluster delivers 'over 4 exaflops'"
_DELIVERS_END = rx.compile(r"(?:\b(?:delivers?|provides?|gives?|offers?|hits?|reaches|achieves?|does|gets|"
                           r"is rated (?:at|for)|tops out at)|提供|达到|能跑到|有)\s*['\"‘“「]?\s*"
                           r"(?:over|about|around|roughly|nearly|almost|up to|more than|~|超过|约|近)?\s*$")


def claimed_capacity(r: Reading) -> None:
    """"A vendor pitched that a 2,000-GPU B200 cluster delivers 'over 4 exaflops' of dense FP8. Is that claim
    right?": the compute said of a counted fleet, in a claim put to the check, is the claim (the fleet's
    compute is computed from its count), not a capacity to size cards for."""
    cap = next((st for st in r.stated if st.param == "capacity_flops" and st.note == ""), None)
    if cap is None or "accelerator" not in r.params or not any(k in r.params for k in ("gpus", "servers")) \
            or not CLAIM.search(r.t) or not CHECK_ASKED.search(r.t) \
            or not _DELIVERS_END.search(r.t[max(0, cap.start - 30):cap.start]):
        return
    if not any(st.param in ("gpus", "servers") and st.note == "" and st.end <= cap.start for st in r.stated):
        return
    as_claim(r, cap)


# between an apparent power and its real power said after it: "2.5 MVA transformer at pf 0.8 = 2 MW real"
_REAL_SAID_BETWEEN = rx.compile(r"^(?:[^;.?!。；？！]|(?<=\d)\.(?=\d)){0,40}?"
                                r"(?:=|->|→|=>|≈|\bgives?\b|\bmeans\b|\bequals\b|\bis\b|\bso\b|"
                                r"\bthat'?s\b|即|等于|相当于)\s*(?:about|~|roughly|approx\.?)?\s*$")


def claimed_real_power(r: Reading) -> None:
    """"MEP says a 2.5 MVA transformer at pf 0.8 = 2 MW real. Right?": the real power someone said an apparent
    power makes is a claim checked against the one computed from it, not a second power."""
    for app in [st for st in r.stated
                if st.note == "" and st.param and KVA_SAID.search(str(st.text).lower())]:
        real = next((st for st in r.stated
                     if st.param == app.param and st.note in ("", "duplicate") and st is not app
                     and st.start >= app.end and not KVA_SAID.search(str(st.text).lower())
                     and _REAL_SAID_BETWEEN.search(r.t[app.end:st.start])), None)
        if real is not None and app.value is not None:
            as_claim(r, real)
            r.params[str(app.param)] = app.value    # (the power is still the apparent one's)


# someone's word before a figure in its sentence: "electrician reckons our DGX H100 will only pull like 3 kW",
# "供应商说一台DGX H100满载才3千瓦", "told our board a single L4 can handle …"
HEARD_BEFORE = rx.compile(r"(?:\b(?:says|said|claims?|claimed|reckons?|thinks|"
                         r"told (?:us|me|them|(?:our|the|my) [a-z]+)|quoted|quotes|"
                         r"estimates?|estimated|figures|swears|insists)\b|"
                         r"说|称|估计|觉得|认为|报)[^.;?!。；？！]{0,60}$")


# the draw asked outright, someone's figure beside it: "whats a GB200 NVL72 rack actually draw? mate says
# ~120 kW"
_DRAW_ASKED = rx.compile(r"\bwhat(?:'s|s|\s+does|\s+do|\s+would|\s+will)?\b[^.?!]{0,40}?\b"
                         r"(?:actually\s+|really\s+)?"
                         r"(?:draws?|pulls?|consumes?)\b[^.!]{0,20}\?")


def claimed_draw(r: Reading) -> None:
    """"electrician reckons our DGX H100 will only pull like 3 kW. that sounds way low??": a server's draw
    someone gave, doubted, is checked against the draw computed for that server (its IT draw, no PUE), not
    taken as the draw."""
    if not (CHECK_ASKED.search(r.t) or _DRAW_ASKED.search(r.t)):
        return
    said = [st for st in r.stated if st.param == "watts_per_server" and st.note == ""
            and isinstance(st.value, float) and HEARD_BEFORE.search(r.t[max(0, st.start - 90):st.start])]
    if len(said) != 1 or ("server" not in r.params and "accelerator" not in r.params):
        return
    servers, gpus = r.params.get("servers"), r.params.get("gpus")
    # ("a server with 4 cards in it, L40S ones, will pull 3 kW": one box's cards, counted)
    one_box = isinstance(gpus, float) and gpus <= 16 and servers in (None, 1.0) \
        and re.search(r"\b(?:a|one|the|our|this)\s+(?:server|box|machine|node|rig)\s+"
                      r"(?:with|of|holding|that has)\b", r.t) is not None
    if "power_mw" in r.params or "claimed_value" in r.params \
            or (isinstance(servers, float) and servers > 1) \
            or (isinstance(gpus, float) and gpus > 1 and not one_box):
        return        # (a fleet's power checked, the box's draw an input: "1,000 racks … that's 120 MW")
    r.params["claim_draw"] = True
    as_claim(r, said[0])


_MONTH_AFTER = rx.compile(r"\s*(?:/\s*(?:month|mo)\b|(?:a|per|each)\s+month\b|monthly\b|每月|一个月)")
_FAIR_ASKED = rx.compile(r"\b(?:reasonable|fair|a fair price|ripping us off|rip[- ]?off|overpriced|too much|"
                         r"worth it)\b|合理|划算|贵不贵|坑|宰")


def claimed_monthly_cost(r: Reading) -> None:
    """"Our web agency says hosting the bot will run $1,500/month … Reasonable vs renting an L4?": a month's
    cost someone quoted, doubted, is checked against the month computed, not taken as a budget."""
    # ("our IT provider quoted £1,900/month to host a Mistral 7B box for us. is that fair??": the month in
    # the span, read as a charge per user with no users about)
    st = next((x for x in r.stated if x.note == "" and (
        (x.param in ("budget_usd", "budget_cny") and _MONTH_AFTER.match(r.t, x.end))
        or (x.param in ("usd_per_user_month", "cny_per_user_month") and "users" not in r.params
            and re.search(r"/\s*(?:month|mo)\b|(?:a|per)\s+month\b", str(x.text).lower())
            and re.match(r"\s*to\s+(?:host|run|serve|keep)\b", r.t[x.end:x.end + 12])))
        and HEARD_BEFORE.search(r.t[max(0, x.start - 60):x.start])), None)
    if st is None or "claimed_value" in r.params or not (CHECK_ASKED.search(r.t) or _FAIR_ASKED.search(r.t)):
        return
    r.params["claim_monthly"] = True     # (checked against the month's running cost, calc/engine)
    as_claim(r, st)


_FITS_AFTER = rx.compile(r"\s*(?:(?:gpus?|cards?|accelerators?|#+)\s*)?(?:will |would |can |could |should )?"
                         r"(?:fit|go|be (?:housed|hosted|powered))\b|"
                         r"\s*(?:张|块)?(?:卡)?\s*(?:能|可以)?(?:放得下|装得下|塞得下)")


def claimed_fit_count(r: Reading) -> None:
    """"Seller's deck claims 20k GPUs fit in their 30MW site (H100, PUE 1.3). Real or fluff?": the count said
    to fit a stated power is the claim, checked against the cards that power holds (not the fleet sized)."""
    gp = next((st for st in r.stated if st.param == "gpus" and st.note == ""), None)
    if gp is None or "power_mw" not in r.params or "accelerator" not in r.params or not CLAIM.search(r.t):
        return
    mw = next((st for st in r.stated if st.param == "power_mw" and st.note == ""), None)
    if (_HEARSAY_IN_SENTENCE.search(r.t[max(0, gp.start - 40):gp.start])
            and _FITS_AFTER.match(r.masked, gp.end)) \
            or (mw is not None and mw.end <= gp.start
                and _HOUSES_BEFORE.search(r.t[max(0, gp.start - 32):gp.start])):
        # ("our 100 MW campus will house ~70k H100 equivalents … is that even close?": the count said of the
        # power said first)
        as_claim(r, gp)


_CONVERT_ASKED = rx.compile(r"\bin (?:dollars|usd|us\$|rmb|yuan|cny)\b|换成|合多少|折合|折算|换算")


def claimed_converted_price(r: Reading) -> None:
    """"8卡H100服务器每台220万元，汇率7.2，折合美元多少？他们说每台约30万美元": a price converted at a
    stated rate, then said again in the other currency by someone else: that one is the claim, checked
    against the conversion (not the price used)."""
    if "usd_cny" not in r.params or not _CONVERT_ASKED.search(r.t):
        return
    for kind in ("price", "server_price"):
        prices = [x for x in r.stated if x.param in (f"{kind}_usd", f"{kind}_cny")
                  and x.note in ("", "duplicate") and isinstance(x.value, float)]
        if not prices:
            continue
        first = min(prices, key=lambda x: x.start)
        # (the one said after it, in the other currency: "the vendor says about $35k", read as a budget)
        other = "usd" if str(first.param).endswith("cny") else "cny"
        later = next((x for x in r.stated if x.start > first.end and x.note in ("", "duplicate")
                      and isinstance(x.value, float)
                      and x.param in (f"{kind}_{other}", f"budget_{other}")), None)
        if later is None:
            continue
        digit = re.search(r"[\d.]", str(later.text))
        at = later.start + (digit.start() if digit else 0)
        if not _HEARD_BEFORE.search(r.t[max(0, at - 24):at]):
            continue
        as_claim(r, later)
        r.params[str(first.param)] = float(first.value)  # type: ignore[arg-type]
        return


# what another party runs or plans, said after the count is asked: "how many GPUs? They run 1,600.",
# "How many B200s? They budget 3,000.", "BOM lists 900"
_THEIR_COUNT_BEFORE = rx.compile(r"(?:\b(?:they|the team|the company|the startup|the target|the vendor|"
                                 r"the deck|the plan|the proposal|the bom|bom|"
                                 r"their (?:plan|deck|bom|proposal|model|budget))\s+"
                                 r"(?:currently\s+|already\s+|actually\s+)?"
                                 r"(?:run|runs|are running|have|has|budget|budgets|budgeted|"
                                 r"plan(?:s|ned)?(?: for| on)?|"
                                 r"list(?:s|ed)?|ordered|bought|want|wants|deploy|deployed|use|uses|assume[sd]?|"
                                 r"(?:is|are) asking for|ask(?:s|ed)? for|quote[sd]?|show(?:s|ed)?)|"
                                 r"他们(?:现在|目前|已经)?(?:用了|用|有|跑了?|买了|预算了?|计划|准备|报了?)|"
                                 r"对方(?:说|报了?|计划))\s*(?:about|around|roughly|~|约|大概)?\s*$")
_COUNT_ONLY = rx.compile(r"\s*(?:[.。!！?？,，;；)]|$|"
                         r"(?:gpus?|cards?|chips?|of them|units|张|块|台|[a-z]{1,3}\d{1,4}s?)\b)")
# a stated fleet put to the check against a load: "BOM lists 900 L4s. Enough or underbuilt?"
_ENOUGH_ASKED = rx.compile(r"\benough\b|\bunder-?(?:built|provisioned|sized)\b|"
                           r"\bover-?(?:built|provisioned|sized)\b|"
                           r"\boverkill\b|够不够|够吗|够用吗|多了还是少了")


# a count put as the answer, asked whether it is enough: "换成B200是不是12张就够了", "would 12 B200 be
# enough?"
_ENOUGH_AFTER = rx.compile(r"\s*(?:#+\s*)?(?:张|台|块|cards?|gpus?|of them)?\s*(?:就|也)?\s*(?:够|足够|够用|"
                           r"能顶|顶得住)|"
                           r"\s*(?:#+\s*)?(?:cards?|gpus?|of them)?\s*(?:be|is|are)?\s*(?:enough|sufficient|"
                           r"suffice)")


_NUMBER_END = rx.compile(r"[\d.,]*")


def count_put_as_enough(r: Reading) -> None:
    """"B200推理比H100快4倍，我们线上H100用了48张，换成B200是不是12张就够了？": with a speed ratio of two
    cards, a second count asked whether it is enough is the answer put to the check (claimed_value), not a
    second fleet compared."""
    st = None
    if "speedup" in r.params and len({x.value for x in r.stated if x.param == "accelerator"}) >= 2:
        st = next((x for x in r.stated if x.param == "gpus" and x.note == "duplicate"
                   and isinstance(x.value, float) and _ENOUGH_AFTER.match(r.masked, x.end)), None)
    elif any(k in r.params for k in LOADS) and "accelerator" in r.params and "gpus" not in r.params:
        # ("40-person eng team … 600 completions per dev per day. would 2 be enough?": a bare count put as
        # the answer, checked against the cards sized)
        st = next((x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
                   and 1 <= x.value <= 1e5
                   and _ENOUGH_AFTER.match(r.masked, _NUMBER_END.match(r.t, x.start).end())  # type: ignore[union-attr]
                   and re.search(r"\b(?:would|will|could|are|is)\s*$|是不是\s*$|(?:买|上|用)\s*$",
                                 r.t[max(0, x.start - 10):x.start])), None)
    if st is None:
        return
    r.retag(st, param="claimed_value", note="")
    r.params["claim_counted"] = True


def their_count(r: Reading) -> None:
    """"… how many GPUs? They run 1,600.": a bare count another party runs or plans, said after the count is
    asked, is a claim checked against the count computed (not an amount of money, nor a stray number)."""
    ask = GPU_COUNT_ASKED.search(r.t)
    if ask is not None:
        after = ask.end()
    elif _ENOUGH_ASKED.search(r.t) and any(
            k in r.params for k in ("users", "concurrent_users", "qps", "queries_per_day", "tokens_per_day")):
        after = 0                    # (the check asked anywhere: the counts said by another party)
    else:
        return
    for st in [x for x in r.stated if x.start >= after and x.note in ("", "duplicate")
               and isinstance(x.value, float) and x.param not in ("gpus_per_server", "claimed_value")]:
        num = re.search(r"\d[\d,.]*\s*[km]?", r.t[st.start:st.end])
        if num is None or re.search(r"[$¥€£]|usd|rmb|元|美元|刀", r.t[max(0, st.start - 3):st.end]):
            continue
        at = st.start + num.start()
        if not _THEIR_COUNT_BEFORE.search(r.t[max(0, at - 40):at]) \
                or not _COUNT_ONLY.match(r.t, st.start + num.end()):
            continue
        if st.param is not None and r.params.get(str(st.param)) == st.value and st.note == "":
            del r.params[str(st.param)]
        r.retag(st, param="claimed_value", note="")
        r.params["claim_counted"] = True


# someone's word for what a power holds, right before a count: "Street is saying that's ~200k B200s", "Mgmt
# says the 150MW build supports 'c.100k GPUs'"
_SAYS_THAT_IS = rx.compile(r"\b(?:say|says|saying|said|claims?|claiming|claimed|reckons?|thinks?|estimates?|"
                           r"pitch(?:es|ing)?|guides?|guiding)\b[^.;?!]{0,40}?"
                           r"\b(?:that['’]?s|that is|it['’]?s|it is|supports?|holds?|fits?|houses?|powers?|"
                           r"means?|"
                           r"equals?|=)\s*['\"‘“]?\s*(?:~|≈|about|around|roughly|c\.|circa|approx\.?)?\s*$")


_SAME_COUNT_SAID = rx.compile(r"\bthe same (?:number|count|amount|no\.)(?: of)?\b|同样(?:的)?(?:数量|卡数|"
                              r"张数)|"
                              r"相同(?:的)?(?:数量|卡数|张数)|同样多|一样多")


def same_count_said(r: Reading) -> None:
    """"a run that took 40 days on 2,048 A100s would take under 10 days on the same number of H100s": the
    count said as the earlier fleet's, the cards of the run redone (read from it)."""
    m = _SAME_COUNT_SAID.search(r.t)
    base = r.params.get("from_gpus")
    if m is None or not isinstance(base, float) or r.stated_at(m.start()) \
            or any(x.param == "gpus" and x.note == "" for x in r.stated):
        return
    r.add("gpus", base, m.start(), m.end(), note="" if "gpus" not in r.params else "restated")


_VAGUE_PERIOD = rx.compile(r"\b(?:a\s+)?(couple|few)\s+(?:of\s+)?(days|weeks|months|years)\b")


def vague_period(r: Reading) -> None:
    """"sanity-check the 'couple of months' line": a period said vaguely, named as no figure to compute with
    (never dropped)."""
    for m in _VAGUE_PERIOD.finditer(r.t):
        if not r.stated_at(m.start()):
            r.add(None, 2.0 if m.group(1) == "couple" else 3.0, m.start(), m.end(), note="vague_only")


def hours_said_of_fleet(r: Reading) -> None:
    """"Vendor claims their 128-GPU H100 cluster lease … delivers 1.1M GPU-hours per year. Is that even
    physically possible?": GPU-hours a year said of a counted fleet (read as the GPUs they keep busy, a second
    count) are the claim, checked against the hours the fleet has in the year."""
    if not CLAIM.search(r.t) and not CHECK_ASKED.search(r.t):
        return
    first = next((x for x in r.stated if x.param == "gpus" and x.note == ""), None)
    said = next((x for x in r.stated if x.param == "gpus" and x.note == "duplicate" and first is not None
                 and re.search(r"gpu[- ]?h(?:ou)?rs?|卡时|gpu\s*小时", r.t[x.start:x.end])
                 and re.search(r"(?:per|a|/)\s*(?:year|yr)|每年|一年", r.t[x.start:x.end + 12])), None)
    if first is None or said is None:
        return
    hours = float(said.value or 0) * units.convert(1, "year", "hour")   # (the hours calc/assign divided by)
    r.retag(said, param="claimed_value", value=hours, note="")
    r.params["days"] = 365.25
    r.params["asks_hours"] = True
    r.params.pop("asks_duration", None)


def count_said_of_power(r: Reading) -> None:
    """"Hyperscaler pre-leased 300 MW … Street is saying that's ~200k B200s. Sanity check": the cards someone
    says a stated power holds are the claim, checked against the cards that power holds (the power is the
    input, not the claim)."""
    p = r.params
    if "power_mw" not in p:
        return
    power = next((x for x in r.stated if x.param == "power_mw" and x.note == ""), None)
    count = next((x for x in r.stated if x.note == "" and isinstance(x.value, float)
                  and (x.param == "gpus" or (x.param is None and _COUNT_ONLY.match(r.t, x.end)
                                             and re.search(r"\d\s*[km]?$", r.t[x.start:x.end])))
                  and power is not None and x.start > power.end
                  and _SAYS_THAT_IS.search(r.t[max(0, x.start - 70):x.start])), None)
    if count is None:
        return
    if p.get("gpus") == count.value:
        del p["gpus"]
    r.retag(count, param="claimed_value", note="")
    p["claim_counted"] = True


_RACKS_SAID = rx.compile(r"\b(?:racks?|cabinets?)\b|机柜|机架|个柜")


def claimed_rack_fit(r: Reading) -> None:
    """"Supermicro rep claims 32 servers (HGX B200) fit in 6 racks at 40 kW each": the servers said to fit a
    stated number of racks under a cap are the claim, checked against the servers those racks hold; the
    racks (read first as a second count of servers) are the racks."""
    if "server_power_cap_w" not in r.params or not CLAIM.search(r.t):
        return
    srv = next((st for st in r.stated if st.param == "servers" and st.note in ("", "duplicate")
                and not _RACKS_SAID.search(str(st.text))), None)
    racks = next((st for st in r.stated if st.param in ("servers", "racks") and st.note in ("", "duplicate")
                  and _RACKS_SAID.search(str(st.text))), None)
    first = min(srv.start, racks.start) if srv is not None and racks is not None else 0
    before = r.t[max(0, first - 40):first]
    if srv is None or racks is None or not (_HEARSAY_IN_SENTENCE.search(before)
                                            or re.search(r"\bsay\b[^.?!]{0,30}$", before)):
        return
    after = re.match(r"\s*(?:[(（][^)）]{0,30}[)）])?", r.masked[srv.end:])
    # ("32 servers (HGX B200) fit in 6 racks", "10 racks fit 40 servers")
    if not (_FITS_AFTER.match(r.masked, srv.end + (after.end() if after else 0)) if racks.start > srv.end
            else re.fullmatch(r"\s*(?:(?:can|will|would|could)\s+)?(?:fit|hold|take|house)s?\s*",
                              r.t[racks.end:srv.start])):
        return
    if racks.param != "racks":
        r.move(racks, "racks", note="")
    if srv.note == "duplicate":
        srv = r.retag(srv, note="")
    as_claim(r, srv)


_HOUSES_BEFORE = rx.compile(r"\b(?:will|can|could|would|to)\s+(?:house|host|hold|fit|support|take|power|"
                            r"run)\s+"
                            r"(?:~|about|around|roughly|up to|over|north of)?\s*$")
_HEARSAY_IN_SENTENCE = rx.compile(r"(?:报道说|报道称|有人说|据说|网上说|文章说|新闻说|号称|声称|传言|报价|"
                                  r"\b(?:reports?|reported|says|said|claims?|claimed|quoted|estimates?)\b)"
                                  r"[^.。?？!！]{0,40}$")


def claimed_run_cost(r: Reading) -> None:
    """"有媒体报道说，训练一次GPT-3要花460万美元。按租V100每小时1.5美元、MFU 30%来算，这个数靠谱吗？": the
    cost of a run someone reported, with the run named and priced, is the claim the computed cost is checked
    against, not a budget to spend."""
    if ("model" not in r.params and "train_tokens" not in r.params) or not CHECK_ASKED.search(r.t) \
            or not any(k in r.params for k in ("rent_usd_per_hour", "rent_cny_per_hour")):
        return
    for st in [s for s in r.stated if s.param in ("budget_usd", "budget_cny") and s.note == ""]:
        # (the words before the amount, the span's own included: "费用报价为人民币380万元")
        num = re.search(r"\d", r.t[st.start:st.end])
        at = st.start + (num.start() if num else 0)
        if _HEARSAY_IN_SENTENCE.search(r.t[max(0, st.start - 48):at]) \
                and re.search(r"训练|训一次|\btrain", r.t[max(0, st.start - 48):at]):
            as_claim(r, st)
            return


# the cost said of the fleet just counted: "the 5,000 GPUs in the new national cluster cost £300m"
_FLEET_COSTS = rx.compile(r"\b(?:cost|costs|costing|came to|comes to|priced at|ran|runs)\s*"
                          r"(?:about|around|roughly|~|≈|only|just)?\s*(?:us\$|\$|£|€|¥)?\s*$|"
                          r"(?:花了|花费|成本|造价|总价)\s*(?:约|大约|大概)?\s*$|"
                          # ("合同金额为人民币贰亿…元整", "the vendor's invoice total is $2.1M": a document's
                          # total)
                          r"(?:合同|中标|采购|发票|结算|报价)(?:金额|总额|总价|总金额|价款)\s*(?:为|是|约|共|:|：)?\s*"
                          r"(?:人民币|rmb|¥|￥)?\s*$|"
                          r"\b(?:invoice|contract|order|quote|purchase order|po)\s+(?:total|value|amount|"
                          r"price)\s*"
                          r"(?:is|was|of|=|:|came to|comes to)?\s*(?:about|around|~)?\s*(?:us\$|\$|£|€|"
                          r"¥)?\s*$")
# the document a total is read from: its total is what it says, put to the check
_DOCUMENT_SAYS = rx.compile(r"合同|中标|发票|结算单|\b(?:invoice|contract|order form|purchase order)\b")


def claimed_fleet_cost(r: Reading) -> None:
    """"A UK piece says the 5,000 GPUs in the new national cluster cost £300m. If they're H100s at $30k apiece
    and £1 = $1.27, is that about right?": what someone said a counted fleet cost, with a price to cost it at,
    is the claim the computed cost is checked against (not a budget the fleet is measured against)."""
    if not CHECK_ASKED.search(r.t) or not any(k in r.params for k in (
            "price_usd", "price_cny", "server_price_usd", "server_price_cny")) \
            or not any(k in r.params for k in ("gpus", "servers")):
        return
    buds = [s for s in r.stated if s.param in ("budget_usd", "budget_cny") and s.note == ""]
    if len(buds) != 1:
        return
    st = buds[0]
    num = re.search(r"[$£€¥]?\s*\d", str(st.text))
    at = st.start + (num.start() if num else 0)
    sentence = re.split(r"[.。?？!！]\s", r.t[max(0, st.start - 90):st.start])[-1]
    if not _FLEET_COSTS.search(r.t[max(0, at - 24):at]) \
            or not (re.search(r"\b(?:says|said|reports?|reported|claims?|claimed|quoted|estimates?|"
                              r"according to)\b|"
                              r"说|称", sentence) or _DOCUMENT_SAYS.search(r.t[max(0, at - 24):at])):
        return
    as_claim(r, st)


# ("a vendor claims … in 20 days. possible?": whether the claim can be, asked)
_POSSIBLE_ASKED = rx.compile(r"\b(?:possible|feasible|doable|realistic|achievable)\s*\?")


_TRAINING_SAID = rx.compile(r"训练|训完|\btrain(?:ing|ed)?\b")


def claimed_run_days(r: Reading) -> None:
    """"有人说H100卡512张，训一个Llama 3 8B大小的模型，15万亿token，两周就能训完，真的假的？": a run fully
    stated but for its MFU, and a time someone gave for it: the time computed (at the default MFU) and the
    one said checked against it, not the MFU the said time would need."""
    p = r.params
    days = [st for st in r.stated if st.param == "days" and st.note == ""]
    # (a named model's own run, "训练GPT-3 175B用1024张A100要34天": its published tokens, calc/training)
    if len(days) != 1 or ("train_tokens" not in p and not ("model" in p and _TRAINING_SAID.search(r.t))) \
            or not any(k in p for k in ("model", "params")) or not any(k in p for k in ("gpus", "servers")) \
            or not CLAIM.search(r.t) or not (CHECK_ASKED.search(r.t) or _POSSIBLE_ASKED.search(r.t)):
        return
    if not (CLAIM_BEFORE.search(r.t[max(0, days[0].start - 60):days[0].start]) or _HEARSAY_START.search(r.t)):
        return
    p.pop("days", None)         # (the span stays: checked against the days computed, calc/engine)


def claimed_rate_days(r: Reading) -> None:
    """"pretraining on 15T tokens, measured cluster throughput ~3.4M tokens/s on 16,384 H100s. They state the
    run finishes in 55 days - does that hold up?": the days follow from the tokens at the measured rate, so
    the time someone gave is the claim checked against them, not the run's stated length."""
    p = r.params
    days = [st for st in r.stated if st.param == "days" and st.note == ""]
    if len(days) != 1 or "train_tokens" not in p or not any(k in p for k in (
            "observed_tokens_per_s", "observed_tokens_per_s_per_server")) \
            or not CLAIM.search(r.t) or not (CHECK_ASKED.search(r.t) or _POSSIBLE_ASKED.search(r.t)):
        return
    p.pop("days", None)         # (the span stays: checked against the days computed, calc/engine)


# a time someone gave in words, no digits: "They say 'about a month'", "the vendor said two weeks"
# ("… says fine-tuning … takes 'about a week' on 64 GPUs. Does that hold up?": the time the run is said to
# take)
_PERIOD_HEARD = rx.compile(r"(?:\b(?:they|he|she|vendors?|someone|people|sales|the team)\s+"
                           r"(?:say|says|said|claims?|claimed|"
                           r"quotes?|quoted|reckons?|recons?|promised?)|"
                           # ("a guy at the RV show swore it'd be about a month": someone's word, then its
                           # time)
                           r"\b(?:swore|swears|reckoned|insisted|insists|guessed|guesses|bet)\s+"
                           r"(?:it['’]?d|it would|it will|it['’]?ll|it was|it['’]?s)\s+(?:be|take)|"
                           r"\b(?:takes|took|would take|will take|done in|"
                           r"finish(?:es|ed)? in))\s*[:,]?\s*['\"‘“]?\s*"
                           r"(?P<said>(?:about|around|roughly|~|under|less than|nearly|almost|just|only)?\s*"
                           r"(?P<n>a couple of|a few|an?|one|two|three|four|five|six)\s+"
                           r"(?P<unit>days?|weeks?|months?|years?|weekends?)\b)")
_WORD_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
               "a couple of": 2, "a few": 3}
_UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.4375, "year": 365.25, "weekend": 2.0}


def heard_period_in_words(r: Reading) -> None:
    """"how long would that take us? They say 'about a month'.": a run's time said in words by someone else,
    after the time is asked, is a claim checked against the time computed (not left unread)."""
    if "days" in r.params:
        return
    m = _PERIOD_HEARD.search(r.t)
    if m is None or r.stated_at(m.start("n")):
        return
    days = _WORD_COUNT[m.group("n")] * _UNIT_DAYS[m.group("unit").rstrip("s")]
    if not (re.search(r"\bhow long\b|多久|多少天", r.t) or CHECK_ASKED.search(r.t)):
        if _RUN_TAKES.search(m.group(0)) and _TRAINING_RUN.search(r.t):
            # ("training a 7B model on 2T tokens takes about a month on 64 H100s, what MFU is that?": the
            # run's time, stated, in words)
            r.add("days", days, m.start("said"), m.end())
        return
    r.add("days", days, m.start("said"), m.end())
    r.params.pop("days", None)   # (the span stays: checked against the days computed, calc/engine)


_RUN_TAKES = rx.compile(r"\b(?:takes|took|would take|will take|done in|finish(?:es|ed)? in)\b")
_TRAINING_RUN = rx.compile(r"\btrain|\bfine[- ]?tun|\bpre-?train|训练|微调")


def claimed_converted_days(r: Reading) -> None:
    """"took 30 days on 1,024 H100s. they say moving to B200 (2.5x faster) … cuts it to under 2 weeks.
    check?": the run's time on the old cards is stated, the time on the new ones is what is computed,
    so a second time said with a check asked is the claim, not a second value of the first."""
    if "from_accelerator" not in r.params or "days" not in r.params or not CHECK_ASKED.search(r.t):
        return
    for st in [x for x in r.stated if x.param == "days" and (
            x.note == "duplicate" or (x.note == "vague" and x.start in r.vague))]:
        # ("真的十几天就够？": a vague time claimed, checked at the middle of what it can mean)
        high = r.vague.get(st.start, 0.0)
        r.retag(st, param="claimed_value", note="",
                value=(float(st.value) + high) / 2 if high > float(st.value) else st.value)  # type: ignore[arg-type]


_DONE_IN = rx.compile(r"\b(?:done|finished|complete[d]?|over)\s+(?:with)?in\b")


def claimed_run_hours(r: Reading) -> None:
    """"trainer shows 45k tokens/s … dev says itll be done in 10 hours, is he right": a run's time said by
    someone, read as a batch's window (a peak over the day), is the time claimed for the run."""
    if "days" in r.params:
        return
    for st in [x for x in r.stated if x.param == "peak_factor" and x.note == ""]:
        hours = re.search(r"([\d.]+)\s*(?:hours?|hrs?|h)\s*$", str(st.text))
        if hours is None or not _DONE_IN.search(str(st.text)) \
                or not HEARD_BEFORE.search(r.t[max(0, st.start - 60):st.start]):
            continue
        if r.params.get("peak_factor") == st.value:
            r.params.pop("peak_factor", None)
        r.params["days"] = float(hours.group(1)) / 24
        r.retag(st, param="days", value=float(hours.group(1)) / 24)
        return


def answer_length(r: Reading) -> None:
    """"8k prompt 1k answer": a second length said before the answer's word is the answer's."""
    for st in [x for x in r.stated if x.param == "input_tokens" and x.note in ("option", "duplicate")]:
        word = _ANSWER_AFTER.match(r.t, st.end)
        digits = re.search(r"\d", str(st.text))
        if word is not None and digits is not None and "output_tokens" not in r.params:
            start = st.start + digits.start()
            r.params["output_tokens"] = float(st.value or 0)
            r.retag(st, param="output_tokens", note="", start=start, end=word.end(),
                    text=r.norm.quote(start, word.end()))


# "~4,000 tokens in, same out", "output about the same length", "输出长度差不多一样": the answer as long as
# the prompt (a translation, a rewrite)
_SAME_OUT = rx.compile(r"\b(?:(?:about |roughly |around )?the same (?:length |size |amount )?(?:out|back)\b|"
                       r"same (?:length |size )?out\b|"
                       r"outputs? (?:is |are |of )?(?:about |roughly |around )?the same(?: length| size)?\b|"
                       r"as many (?:tokens )?out\b)|"
                       r"输出(?:也|长度)?(?:差不多|大致|基本)?(?:一样|相同|同样长)")


def same_length_out(r: Reading) -> None:
    """"each piece is ~4,000 tokens in, same out": the answer's length is the prompt's, said so."""
    lin = r.params.get("input_tokens")
    if "output_tokens" in r.params or not isinstance(lin, float) or (m := _SAME_OUT.search(r.t)) is None:
        return
    r.add("output_tokens", lin, m.start(), m.end())


def input_price(r: Reading) -> None:
    """"api卖 2元/百万输入token，8元/百万输出token": the price said of the input is the input's (an input
    price alone is what is compared, and stays as it is)."""
    # (the words as read, in English: "20 ₽ за 1 млн входных токенов" is "per 1 million input tokens")
    for x in [x for x in r.stated if str(x.param).endswith("_per_million_tokens") and x.note == ""
              and re.search(r"输入|\binput|\bprompt", str(x.text).lower() + " " + r.t[x.start:x.end])
              and not re.search(r"输出|output|completion", str(x.text).lower() + " " + r.t[x.start:x.end])]:
        cur = str(x.param)[:3]
        other = next((o for o in r.stated if o.param == x.param and o is not x
                      and isinstance(o.value, float)), None)
        if f"{cur}_per_million_input_tokens" in r.params or other is None:
            continue
        r.move(x, f"{cur}_per_million_input_tokens")
        r.params[str(other.param)] = float(other.value or 0)
        r.retag(other, note="")


_BOUGHT_BARE = rx.compile(r"(?:(?:we |i )?(?:buy|buying|order|ordering|purchase|get)\s+)?[\d,.]+")
_BOUGHT_BEFORE = rx.compile(r"\b(?:buy|buying|order|ordering|purchase|purchasing|get)\s+\d|买\s*\d")


def units_of_a_server(r: Reading, names: list[tuple[str, str, int]]) -> None:
    """"DGX B200 list ~$515,000 … With 2 units, total cost and cost per GPU?": units of the one
    product named are servers; so is a bare count bought at a server's stated price ("DGX H100 is $350k per
    server … we buy 8")."""
    priced = any(k in r.params for k in ("server_price_usd", "server_price_cny"))
    units = next((x for x in r.stated if x.param in ("gpus", "gpus_per_server") and x.note == ""
                  and (re.fullmatch(r"[\d,.]+\s*units?", str(x.text).lower()) or (
                      priced and _BOUGHT_BARE.fullmatch(str(x.text).lower())
                      and _BOUGHT_BEFORE.search(r.t[max(0, x.start - 16):x.start + 12])))), None)
    if units is None or "server" not in r.params or "servers" in r.params \
            or len({k for kind, k, _ in names if kind == "server"}) != 1:
        return
    r.move(units, "servers")


# ("als we MFU naar 45% krijgen", "die MFU durch besseres Sharding auf 45% bringen", read in English): the
# MFU, a few words, then the value it is brought to
_MFU_RAISED_EN = rx.compile(r"\b(?:get|gets|getting|bring|brings|push|pushes|raise|raises|improve|improves|"
                            r"boost|"
                            r"boosts|lift|lifts)\s+(?:the\s+|our\s+)?mfu\s+(?:up\s+)?to\s*(?:~|about|around)?\s*$")
_MFU_WORDS_TO = rx.compile(r"\bmfu\s+(?:[a-z]+\s+){0,3}?to\s*(?:~|about|around)?\s*$")


_MFU_TARGET = rx.compile(r"\b(?:target(?:ing)?|aim(?:ing)?\s+(?:for|at)|goal\s+(?:is|of)|"
                         r"want\s+to\s+(?:reach|hit|get\s+to)|"
                         r"plan\s+to\s+(?:reach|hit)|"
                         # ("If the new software stack reaches 45% MFU": a second MFU, what a change reaches)
                         r"reach(?:es)?|gets?\s+(?:us\s+)?to|hits?|achieves?|delivers?)\s+(?:an?\s+)?(?:~|about|around)?\s*$")
# ("MFU现在只有28%，如果优化到38%": what the work brings it to, with an MFU said before)
_MFU_RAISED_ZH = rx.compile(r"(?:mfu|利用率)[^。？?]{0,16}?"
                            r"(?:优化|提升|提高|提|拉|做|调优|调|调整|搞|弄|升|涨|跑)\s*(?:到|"
                            r"至)\s*"
                            r"(?:约|大概)?\s*$")


_MFU_NOW = rx.compile(r"\bnow\s+(?:[a-z]+\s+){0,2}?(?:gets?|gives?|hits?|reach(?:es)?|runs?\s+at|"
                      r"at)\s+(?:us\s+)?"
                      r"(?:to\s+)?(?:~|about|around)?\s*$")


def mfu_brought_to(r: Reading) -> None:
    """"40% MFU today … if new kernels get us to 52% how many days do we save?": the MFU the run goes to."""
    to = next((x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
               and r.t[x.start:x.end].rstrip().endswith("%")
               and (_BRINGS_TO_END.search(r.t[max(0, x.start - 40):x.start])
                    or _MFU_WORDS_TO.search(r.t[max(0, x.start - 40):x.start])
                    or _MFU_RAISED_ZH.search(r.t[max(0, x.start - 30):x.start])
                    # ("28% MFU … if we fix the dataloader and hit 40%": what the fix reaches)
                    or _MFU_TARGET.search(r.t[max(0, x.start - 30):x.start]))), None)
    target = next((x for x in r.stated if x.param == "mfu" and x.note in ("duplicate", "option")
                   and isinstance(x.value, float)
                   and (_MFU_TARGET.search(r.t[max(0, x.start - 30):x.start])
                        or _MFU_RAISED_ZH.search(r.t[max(0, x.start - 30):x.start])
                        # ("把MFU提到42%": the words read into the span, before its digits)
                        or _MFU_RAISED_ZH.search(r.t[max(0, x.start - 30):digits_at(r.t, x)])
                        # ("If we get MFU up to 42%": raised to it, said in English)
                        or _MFU_RAISED_EN.search(r.t[max(0, x.start - 30):digits_at(r.t, x)])
                        # ("21 days on 1,024 H100s at 38% MFU. kernels now get us 50% MFU": where it is now)
                        or (_MFU_NOW.search(r.t[max(0, x.start - 40):x.start])
                            and "days" in r.params))), None)
    if target is not None and "mfu" in r.params and "mfu_to" not in r.params:
        # ("Our current MFU is 30% and we target MFU 45% after optimization": the MFU aimed at)
        r.params["mfu_to"] = float(target.value or 0)
        r.retag(target, param="mfu_to", note="")
        return
    said = [st for st in r.stated if st.param == "mfu" and isinstance(st.value, float)]
    if to is None and len(said) == 1 and said[0].note == "" and "mfu_to" not in r.params \
            and (_GOES_TO_END.search(r.t[max(0, said[0].start - 40):said[0].start])
                 # ("squeeze the MFU up to 45%": the words read into the span, before its digits)
                 or _GOES_TO_END.search(r.t[max(0, said[0].start - 40):digits_at(r.t, said[0])])) \
            and (any(x.param is None and x.note == "" and said[0].end <= x.start <= said[0].end + 30
                     and _FROM_OLD_END.search(r.t[said[0].end:x.start]) for x in r.stated)
                 or _was_mfu(r, said[0].end) is not None):
        # ("If we sort out the data loader and MFU goes to 45% from the current 30%, what does our 14-day …
        # finetune come down to?": the MFU gone to said first, the run's own after it)
        r.move(said[0], "mfu_to")
        _old_mfu_after(r)
        return
    if to is None or "mfu" not in r.params or "mfu_to" in r.params:
        return
    value = float(to.value or 0)
    r.move(to, "mfu_to", value=value / 100 if value > 1 else value)


_GOES_TO_END = rx.compile(r"\b(?:takes?|took|brings?|gets?|push(?:es)?|lifts?|raises?|bumps?|squeezes?|"
                          r"boosts?|cranks?|improves?)\s+"
                          r"(?:the\s+|our\s+)?"
                          r"(?:mfu|utili[sz]ation)\s+(?:up\s+)?to\s+(?:~|about|around|roughly)?\s*$|"
                          r"\b(?:mfu|utili[sz]ation)\s+"
                          r"(?:(?:probably|likely|maybe|should|will|would|might|could)\s+)?"
                          r"(?:(?:goes|go|going|gets?|getting|reach(?:es)?|hits?)\s+(?:up\s+)?(?:to\s+)?|"
                          # (not "if MFU improves 20%": a change, not where it goes)
                          r"(?:rises?|rising|climbs?|improves?|moves?|jumps?)\s+(?:up\s+)?to\s+)"
                          r"(?:~|about|around|roughly)?\s*$|(?:mfu|利用率)\s*(?:能|可以|预计|估计)?(?:提升|提高|升|涨)?(?:到|至)\s*$")


def new_run_mfu(r: Reading) -> None:
    """"16 GPUs (A100) at 38% MFU took 6 days … moving to H100 with 32 GPUs and expect MFU to reach 45%":
    beside an earlier run, a second MFU said after the first is the new run's."""
    if "mfu_to" in r.params:
        _old_mfu_after(r)
        return
    if not any(k in r.params for k in ("from_gpus", "from_accelerator")):
        return
    second = next((st for st in r.stated if st.param == "mfu" and st.note == "duplicate"
                   and isinstance(st.value, float) and st.value != r.params.get("mfu")
                   and any(x.param == "mfu" and x.note == "" and x.start < st.start for x in r.stated)), None)
    if second is not None:
        r.params["mfu_to"] = float(second.value or 0)
        r.retag(second, param="mfu_to", note="")
        return
    # ("… took 9 days on A100s … same run on H100s, how long? MFU probably goes to 45%": the one MFU said is
    # where the new run goes, the earlier run's unsaid)
    only = [st for st in r.stated if st.param == "mfu" and isinstance(st.value, float)]
    if len(only) == 1 and only[0].note == "" \
            and _GOES_TO_END.search(r.t[max(0, only[0].start - 40):only[0].start]):
        r.move(only[0], "mfu_to")
        _old_mfu_after(r)


def _old_mfu_after(r: Reading) -> None:
    """"mfu goes to 45% from the old 35%": the earlier run's MFU, said after the new one's."""
    to = next((st for st in r.stated if st.param == "mfu_to" and st.note == ""), None)
    if to is None or "mfu" in r.params:
        return
    old = next((st for st in r.stated if st.param is None and st.note == "" and isinstance(st.value, float)
                and to.end <= st.start <= to.end + 30 and str(st.text).rstrip().endswith("%")
                and _FROM_OLD_END.search(r.t[to.end:st.start])), None)
    if old is None and (old := _was_mfu(r, to.end)) is not None and old.param == "claimed_value":
        r.params.pop("claimed_value", None)
    if old is not None:
        value = float(old.value or 0)
        r.move(old, "mfu", value=value / 100 if value > 1 else value)


def _was_mfu(r: Reading, end: int) -> Stated | None:
    """"squeeze the MFU up to 45% (she says it was about 30% last time)": the earlier run's MFU, said after
    the new one's as what it was."""
    return next((st for st in r.stated if st.param in (None, "claimed_value") and st.note == ""
                 and isinstance(st.value, float) and end <= st.start <= end + 60
                 and str(st.text).rstrip().endswith("%") and 0 < st.value < 100
                 and (_WAS_BEFORE.search(r.t[max(end, st.start - 24):st.start])
                      or _LAST_TIME_AFTER.match(r.t, st.end))), None)


_WAS_BEFORE = rx.compile(r"\b(?:it|mfu|that|we)\s+(?:was|were|used to be|sat|ran|got)\s+(?:at\s+)?"
                         r"(?:only\s+|just\s+)?(?:~|about|around|roughly|like)?\s*$")
_LAST_TIME_AFTER = rx.compile(r"\s*(?:mfu\s+)?(?:last time|last run|before|previously|on the last run|"
                              r"in the last run|on the previous run|then)\b")
_FROM_OLD_END = rx.compile(r"^\s*,?\s*(?:up\s+)?from\s+(?:the\s+|our\s+)?"
                           r"(?:old|previous|earlier|current|original|existing|"
                           r"last run'?s?|today'?s)?\s*(?:mfu\s*(?:of\s*)?)?(?:~|about|around)?\s*$")


def claimed_day_spend(r: Reading) -> None:
    """"'OpenAI burns ~$700k/day running ChatGPT' … fact check": a day's spend someone gave, checked
    against the fleet's day at the stated rent (not a budget to buy cards with)."""
    if not CLAIM.search(r.t):
        return
    for x in [x for x in r.stated if x.param in ("budget_usd", "budget_cny") and x.note == ""
              and (_PER_DAY_AFTER.match(r.t, x.end) or (
                  # ("… kostet auf deren GPUs nur 4.000 € im Monat. Stimmt das grob?": a month's bill said for
                  # a stated load)
                  _PER_MONTH_AFTER.match(r.t, x.end) and any(k in r.params for k in LOADS)
                  and _COSTS_BEFORE.search(r.t[max(0, x.start - 40):x.start])))]:
        as_claim(r, x)


def claimed_user_cost(r: Reading) -> None:
    """"一个用户一个月成本要50块钱 … 核算一下", "each user costs $7 a month": what one user costs, said,
    is checked against the month the stated load costs (not a budget, nor what the user pays)."""
    if not (r.params.get("asks_per_user") or (CLAIM.search(r.t) and CHECK_ASKED.search(r.t))):
        return                           # (nor "A consultant claims our cost per user is $0.80/mo … check")
    for x in [x for x in r.stated if x.param in ("budget_usd", "budget_cny", "usd_per_user_month",
                                                 "cny_per_user_month") and x.note == ""
              and _USER_COSTS.search(r.t[max(0, x.start - 48):x.start + _amount_at(str(x.text))])]:
        as_claim(r, x)


# "the memory alone in an H200 is worth $2,500": what a card's memory is said to be worth
_MEMORY_WORTH = rx.compile(r"\b(?:memory|hbm\w*|dram|vram)\b[^.;?]{0,30}?\b(?:is |are )?"
                           r"(?:worth|costs?|priced at)\s*"
                           r"(?:about|around|roughly|~|≈)?\s*(?:us\$|\$)?\s*$|"
                           r"(?:显存|内存|hbm)[^，,。；;？?]{0,12}?(?:值|价值|成本)\s*(?:约|大概|大约)?\s*$")


# the worth said after its amount: "the 141GB on an H200 SXM is only ~$2k of memory", "~$2k worth of HBM"
_MEMORY_WORTH_AFTER = rx.compile(r"\s*(?:k|m)?\s*(?:worth\s+)?(?:of|in)\s+(?:the\s+)?"
                                 r"(?:memory|hbm\w*|dram|vram)\b")


def claimed_memory_worth(r: Reading) -> None:
    """"Someone told us the memory alone in an H200 is worth $2,500 … at $18 per GB is that right?": the
    worth of the memory, said, is checked against the memory priced per GB (not the card's price)."""
    if not any(k in r.params for k in ("hbm_usd_per_gb", "dram_usd_per_gb")):
        return
    for x in [x for x in r.stated if x.param in ("price_usd", "budget_usd") and x.note == ""
              and (_MEMORY_WORTH.search(r.t[max(0, x.start - 60):x.start + _amount_at(str(x.text))])
                   or _MEMORY_WORTH_AFTER.match(r.t, x.end))]:
        as_claim(r, x)


def claimed_payback(r: Reading) -> None:
    """"someone on reddit says an H100 at $2/hr … pays itself off in 14 months … real??": a payback
    someone gave, checked against the computed months (not the period of a buy-or-rent total)."""
    if not CLAIM.search(r.t) or not (r.params.get("asks_payback") or r.params.get("rent_or_buy")):
        return
    for x in [x for x in r.stated if x.param in ("days", "period_months") and x.note == ""
              and re.search(r"months?|个月|月", str(x.text).lower())
              and (_PAYS_BACK_BEFORE.search(r.t[max(0, x.start - 32):x.start])
                   or _PAYS_BACK_AFTER.match(r.t, x.end))]:
        months = float(x.value or 0) / 30.4375 if x.param == "days" else float(x.value or 0)
        as_claim(r, r.retag(x, value=months))
        for again in [y for y in r.stated if y.param == x.param and y.value == x.value and y is not x]:
            # "… pays back in 14 months … is 14 months plausible?": the same claim, asked about again
            r.retag(again, param="claimed_value", value=months, note="restated")


# our own measurement said after someone's claim: "we measured more like 1.2k", "我们实测只有1200"
_MEASURED_OWN = rx.compile(r"\b(?:we|i|our (?:team|bench|test)s?)\s+(?:\w+\s+){0,2}?"
                           r"(?:measured|measure|got|get|see|saw|benchmarked|clocked)\b|"
                           r"(?:我们|我)\s*(?:自己)?\s*(?:实测|测了?|压测|跑出来|测出来)")


# ("能带好几十家店", "can cover dozens of stores": places one card is said to carry)
_CARRIES_PLACES = rx.compile(r"(?:能|可以|可)\s*(?:带|撑|扛|供|服务|覆盖|支撑)\s*(?:得了|得动)?\s*"
                             r"(?:好|上)?\s*$|"
                             r"\bcan\s+(?:cover|serve|handle|support|run)\s*$")
_PLACES_WORD = rx.compile(r"(?:家|个)?\s*(?:门店|店|网点|分店|校区|站点?)$|"
                          r"\b(?:stores|shops|sites|branches|locations)$")


def _places_carried(r: Reading) -> None:
    """"卖设备的说一张4090 … 每秒能出2000个token，能带好几十家店，这个靠谱吗": beside a rate claimed, the
    places the card is said to carry are part of the claim, no users to size a load from (named so, not
    read)."""
    rate = next((x for x in r.stated if x.note == "" and x.param in (
        "observed_tokens_per_s", "observed_tokens_per_s_per_gpu", "observed_tokens_per_s_per_server")), None)
    if rate is None or not CHECK_ASKED.search(r.t):
        return
    for st in [x for x in r.stated if x.param in ("users", "sites") and x.note in ("", "option")
               and x.start > rate.start
               and _PLACES_WORD.search(str(x.text).lower().strip())
               and _CARRIES_PLACES.search(r.t[max(0, x.start - 12):x.start])]:
        if r.params.get(str(st.param)) == st.value:
            del r.params[str(st.param)]
        r.retag(st, param=None, note="capacity_claimed")


# our own measurement, its number bare after the words: "我们实测只有9000", "we only get like 9k"
_MEASURED_BARE = rx.compile(r"(?:(?:我们|我)?\s*(?:自己)?\s*(?:实测|测下来|压测|跑出来|测出来|实际(?:跑)?)\s*"
                            r"(?:只有|才|就|大概|大约|约|是|也就)?|\b(?:we|i)\s+(?:only\s+)?(?:measured|measure|get|got|"
                            r"see|saw|clocked)\s+(?:only\s+|like\s+|about\s+|~)?)\s*$")


def measured_beside_claim(r: Reading) -> None:
    """"厂家说8卡L40S的机器…每秒能出2万个token，我们实测只有9000，是不是哪里没调好": a bare number after
    our own measuring words, beside a rate someone claimed, is our measurement of the same rate: checked
    beside the claim against the modelled rate (not left unread)."""
    claim = next((x for x in r.stated if x.param == "claimed_value" and x.note == ""
                  and isinstance(x.value, float) and _RATE_WORDS.search(str(x.text))), None)
    if claim is None:
        return
    said = float(claim.value or 0)
    for st in [x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
               and x.start > claim.end and said / 100 <= x.value <= said * 100]:
        if _MEASURED_BARE.search(r.t[max(0, st.start - 16):st.start]) \
                and re.fullmatch(r"[\d.,]+\s*[kK万]?", str(st.text).strip()):
            r.retag(st, param="claimed_value")
            return


_RATE_WORDS = rx.compile(r"tokens?\s*/\s*s|tok/s|tps\b|每秒|/秒|per sec|a sec|tokens? (?:a|per) second")


# a total someone quoted, bare: "他报了两万多 是不是坑我", "对方开价15万"
_QUOTED_BARE = rx.compile(r"(?:他|她|对方|人家|老板|供应商|厂商|商家|小哥|技术)?\s*"
                          r"(?:报了?|报价|要价|开价|收了?|要了)"
                          r"\s*(?:个|价)?\s*(?:大概|约|差不多)?\s*$")


def quoted_total(r: Reading) -> None:
    """"技术小哥给我报了个价 … 算下来总共多少钱 … 他报了两万多 是不是坑我": a bare amount someone quoted,
    doubted, is the claim checked against the total computed (not left unread)."""
    if not CHECK_ASKED.search(r.t):
        return
    for st in [x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
               and x.value >= 100]:
        if _QUOTED_BARE.search(r.t[max(0, st.start - 10):st.start]):
            as_claim(r, st)
            return


def claimed_rate(r: Reading) -> None:
    """"Customer claims a DGX H100 can do 30k tok/s on Llama 2 70B fp8 - does that check out?": a rate
    someone gave for a model the serving model knows, checked against the modelled rate (not a
    measurement to size or price from: with a load, a price or a rent stated it stays one)."""
    p = r.params
    if "mfu" not in p and ASKS_MFU.search(r.t) and ("gpus" in p or "servers" in p):
        return           # "They report 2.1M tokens/s … on 1,024 H100s … Implied MFU?": the report is the data
    # (a card's watts beside the claim are no measurement to cost the energy of, unless energy is asked:
    # "sounds high to me for a 72 W card. Plausible?")
    energy = _ENERGY_ASKED.search(r.t) is not None
    _places_carried(r)
    if not CLAIM.search(r.t) or not ("model" in p or "params" in p) or any(
            k in p for k in ("users", "qps", "queries_per_day", "tokens_per_day",
                             "rent_usd_per_hour", "rent_cny_per_hour", "price_usd", "price_cny",
                             "usd_per_million_tokens", "cny_per_million_tokens", "train_tokens", "gpu_tflops",
                             *(("watts_per_gpu", "watts_per_server") if energy else ()))):
        return
    rates = [x for x in r.stated if x.note == "" and x.param in (
        "observed_tokens_per_s", "observed_tokens_per_s_per_gpu", "observed_tokens_per_s_per_server")]
    both = [x for x in r.stated if x.note in ("", "duplicate") and x.param in (
        "observed_tokens_per_s", "observed_tokens_per_s_per_gpu", "observed_tokens_per_s_per_server")]
    if len(both) == 2 and len(rates) == 1:
        rates = both
    if len(rates) == 2 and _RATE_CLAIMED.search(r.t[max(0, rates[0].start - 60):rates[0].start]) \
            and _MEASURED_OWN.search(r.t[rates[0].end:rates[1].start]) and CHECK_ASKED.search(r.t):
        # ("vendor claims their stack does 3,000 tok/s per GPU … we measured more like 1.2k tok/s per GPU.
        # is their number even plausible?": both checked against the modelled rate, side by side)
        for x in rates:
            as_claim(r, x)
        return
    if len(rates) != 1:
        return
    # (someone else's figure, said just before it: not "say we measure 2,400 tokens/s")
    before = r.t[max(0, rates[0].start - 60):rates[0].start]
    said = [m for m in _RATE_CLAIMED.finditer(before)]
    # ("someone on our team claims one H100 does …": whose words come before the claim, not after it;
    # "our monitoring says 2,400 tok/s": our own instruments, no claim)
    if (said and not _RATE_OWN.search(before, said[-1].end())
            and not _OWN_INSTRUMENT.search(before[:said[-1].start()])) or _RATE_GIVEN_US.search(before) \
            or _RATE_REQUIRED.search(before) or _RATE_CLAIMED_AFTER.match(r.t, rates[0].end) \
            or p.get("single_stream"):
        # ("swears he gets 3k tok/s single-stream … cap right?": one stream's rate, doubted, is no measurement
        # of the card's throughput)
        as_claim(r, rates[0])
        one = next((x for x in r.stated
                    if x.param == "observed_tokens_per_s_per_gpu" and x.note == "option"), None)
        if rates[0].param == "observed_tokens_per_s_per_gpu" and one is not None and "gpus" not in p:
            # ("the vendor says Llama 3 8B on one L4 does 1,000 tokens per second": the one card the claim is
            # of, the card the rate is computed on)
            p["gpus"] = 1.0
            r.retag(one, param="gpus", value=1.0, note="")


# a day's output said of a fleet: "一天能出5亿token", "does 500M tokens a day"
_DAY_OUTPUT = rx.compile(r"(?:一天|每天|每日|日)\s*(?:能|可以|可)?\s*(?:出|产出|输出|生成|处理|跑出?|吐)|"
                         r"\b(?:does|do|produces?|generates?|outputs?|serves?|pushes|cranks? out|gets?)\b")


def claimed_daily_tokens(r: Reading) -> None:
    """"中介说一台HGX H100跑Llama 3 70B一天能出5亿token，fp8，靠谱吗？", "vendor says one HGX H100 does 500M
    tokens a day on Llama 3 70B, realistic?": a day's output someone gave for a model on a named fleet,
    checked against the modelled rate over a day (not a load to size cards for)."""
    p = r.params
    vols = [x for x in r.stated if x.param == "tokens_per_day" and x.note == ""]
    if len(vols) != 1 or not CLAIM.search(r.t) or not ("model" in p or "params" in p) \
            or not any(k in p for k in ("servers", "gpus", "server")) \
            or any(k in p for k in (*(k for k in LOADS if k != "tokens_per_day"), "rent_usd_per_hour",
                                    "rent_cny_per_hour", "price_usd", "price_cny", "usd_per_million_tokens",
                                    "cny_per_million_tokens", "observed_tokens_per_s",
                                    "observed_tokens_per_s_per_gpu", "observed_tokens_per_s_per_server")):
        return
    st = vols[0]
    if any(x.param == "claimed_value" for x in r.stated) \
            or re.search(r"\b(?:to|for)\s+(?:serve|handle|support|process)\b[^,.;]{0,12}$|"
                         r"(?:支撑|撑住|满足)\s*$",
                         r.t[max(0, st.start - 24):st.start]):
        # ("they need 40 A100s to serve 50M tokens/day. seems like a lot?": the count is the claim)
        return
    before = r.t[max(0, st.start - 60):st.start]
    said = list(_RATE_CLAIMED.finditer(before))
    if not said or _RATE_OWN.search(before, said[-1].end()) \
            or not _DAY_OUTPUT.search(r.t[max(0, st.start - 16):st.end]):
        return
    as_claim(r, st)
    p["claim_daily_tokens"] = True


_ONE_BEFORE = rx.compile(r"\b(?:a single|one single|a|one|single)\s+$")
# a claimed span that is a server and the cards in it: "server with 8 H20s", "node of 8 GPUs"
SERVER_WITH_CARDS = rx.compile(r"\b(?:servers?|nodes?|box(?:es)?)\s+(?:with|of)\s+\d")


def one_server_claimed(r: Reading) -> None:
    """"a single server with 8 H20s can run …": the claimed cards are quoted with the one server they are
    in."""
    for st in [x for x in r.stated if x.param == "claimed_value" and x.note == ""]:
        if SERVER_WITH_CARDS.match(str(st.text).lower()) \
                and (one := _ONE_BEFORE.search(r.t, max(0, st.start - 16), st.start)) is not None:
            r.retag(st, start=one.start(), text=r.norm.quote(one.start(), st.end))


_PLACES = (r"车间|工厂|厂区|门店|网点|分行|支行|医院|学校|校区|变电站|电站|风场|基站|园区|仓库|工地|营业厅|"
           r"站点|分公司|办事处|门诊|药房|酒店|景区|矿区|油田")
_PLACES_COUNTED = rx.compile(r"[\d一二两三四五六七八九十百千万,.]+\s*(?:个|家|座|所)\s*(" + _PLACES + r")$")


def places_counted(r: Reading) -> None:
    """"每个车间放一个边缘盒子，盒子里一张L4，全集团47个车间": places counted, each given its cards before the
    count, are the boxes of those cards (as "47个车间，每个车间一张L4" reads), not 47 users."""
    p = r.params
    for st in [x for x in r.stated
               if x.param in ("users", "sites") and x.note == "" and isinstance(x.value, float)]:
        m = _PLACES_COUNTED.search(str(st.text))
        if m is None or not re.search(r"每(?:个|家|座|所)?\s*" + m.group(1), r.t):
            continue
        per = [x for x in r.stated if x.param == "gpus" and x.note == "" and x.end <= st.start
               and isinstance(x.value, float) and x.value <= 16]
        if len(per) != 1 or any(k in p for k in ("servers", "gpus_per_server")) \
                or (st.param != "sites" and "sites" in p) \
                or any(k in p for k in ("qps", "queries_per_day", "tokens_per_day", "concurrent_users",
                                        "queries_per_user")):
            continue
        p.pop(str(st.param), None)
        p.pop("gpus", None)
        p["servers"], p["gpus_per_server"] = float(st.value or 0), float(per[0].value or 0)
        r.retag(st, param="servers")
        r.retag(per[0], param="gpus_per_server")
        return


def claimed_hourly_cost(r: Reading) -> None:
    """"semianalysis claims ~$1.3/hr is the all-in cost of owning an H100. with $28k gpu price … does
    that check out?": an hourly cost someone gave, beside a purchase price, is checked against the
    owned hour computed (not a rent to compare buying with)."""
    if not any(k in r.params for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")):
        return
    for x in [x for x in r.stated if x.param in ("rent_usd_per_hour", "rent_cny_per_hour") and x.note == ""]:
        # ("H100 TCO ~ $1.40/hr over 4 yrs … can u recompute?": named a TCO right before it, a claim
        # even with no word of checking)
        window = r.t[max(0, x.start - 12):x.start]
        named = _OWNING_BEFORE.search(window) is not None \
            and not re.search(r"\bvs\b|versus|租|\brent|\blease|比", window)
        if named or (CLAIM.search(r.t) and (_OWNING_BEFORE.search(r.t[max(0, x.start - 40):x.start])
                                            or _OWNING_AFTER.match(r.t, x.end))):
            as_claim(r, x)


_WH_SAID = rx.compile(r"\d\s*(?:wh\b|watt[- ]?hours?\b)")


def claimed_energy(r: Reading) -> None:
    """"A report claims 1M H100s use ~13 TWh/yr. check that at 700W, PUE 1.3", "有报告说…一年用电130亿千瓦时":
    an amount of energy someone gave (read in kWh), checked against the energy computed ("A source told
    me training GPT-3 … used about 1,300 MWh. Is that in the right ballpark?": a check asked, the teller
    unnamed)."""
    if not CLAIM.search(r.t) and not CHECK_ASKED.search(r.t):
        return
    for x in [x for x in r.stated if x.param is None and x.note == "energy"]:
        r.retag(x, param="claimed_value", note="")
    # "Some reports say a chatbot query uses ~0.3 Wh per query": one request's energy, in Wh
    for x in [x for x in r.stated
              if x.param is None and x.note == "" and (_WH_SAID.search(str(x.text).lower())
                                                       or _WH_SAID.search(r.t[x.start:x.end + 4]))]:
        wh = _WH_SAID.search(r.t, x.start, x.end + 4)
        if wh is not None and wh.end() > x.end:
            # ("0.34 watt-hours", read as "0.34 wh": the unit quoted with it, as written)
            r.retag(x, param="claimed_value", note="", end=wh.end(), text=r.norm.quote(x.start, wh.end()))
        else:
            r.retag(x, param="claimed_value", note="")
    # ("有文章说“每生成1000个token耗电0.5度”": kWh, said as 度, checked in Wh)
    for x in [x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
              and re.fullmatch(r"[\d.,]+\s*度", str(x.text))]:
        r.retag(x, param="claimed_value", value=float(x.value or 0) * 1000, note="")


# an electricity bill's word before an amount: "一年电费也就3000万", "power bill is only ~$2M"
_BILL_BEFORE = rx.compile(r"(?:电费|电力费用|用电成本|(?:electricity|power|electric|energy)\s+(?:bill|"
                          r"cost)s?)"
                          r"\s*(?:也就|只有|只要|才|大概|大约|约|差不多|不到|不超过|顶多|最多|is|are|of|was|"
                          r"only|just|about|around|under|~|≈|\s)*$")


# an income said of renting out: "一个月能挣30万", "would net us about $20k a month"
_EARN_BEFORE = rx.compile(r"(?:能|可以|就能|每月|一个月|一年)?\s*(?:挣|赚|净赚|收入|营收|创收|回本)\s*"
                          r"(?:约|大概|大约|差不多)?\s*$|"
                          r"\b(?:earns?|makes?|nets?|clears?|brings? in)\s+(?:us\s+|me\s+)?"
                          r"(?:about|around|~)?\s*"
                          r"(?:us)?\$?\s*$")


def claimed_bill(r: Reading) -> None:
    """"客户说他们10000张H100…一年电费也就3000万，真的吗？": an electricity bill someone gave, an amount of
    no parameter after the bill's word, checked against the bill computed (in the question's currency)."""
    if not CLAIM.search(r.t) and not CHECK_ASKED.search(r.t):
        return
    for x in [x for x in r.stated if x.note == "" and isinstance(x.value, float) and (
            (x.param is None and x.value >= 1000)
            # ("一个月电费才2000元 … 真的假的": an amount in yuan after the bill's word, read as money to
            # spend)
            or (x.param in ("budget_cny", "budget_usd", *_AMOUNTS_OF_BOXES) and x.value >= 10))]:
        # ("两百来张4090挂到算力平台，一个月能挣30万 … 靠谱吗": renting out, the income someone gave; else
        # a bill)
        earn = _EARN_BEFORE.search(r.t, max(0, x.start - 16), x.start) if r.params.get("rents_out") else None
        said = earn or _BILL_BEFORE.search(r.t, max(0, x.start - 16), x.start)
        if said is not None and x.param is not None:
            if earn is None and x.param not in ("budget_cny", "budget_usd"):
                # (a price read of a bill: its words only right before it)
                if not re.fullmatch(r"电费(?:才|也就|只要|就)?", r.t[said.start():x.start].strip()):
                    continue
            if r.params.get(str(x.param)) == x.value:
                del r.params[str(x.param)]
            r.params["asks_bill"] = True
        if said is not None:
            r.retag(x, param="claimed_value", note="", start=said.start(),
                    text=r.norm.quote(said.start(), x.end))
    for x in [x for x in r.stated if x.note == "" and isinstance(x.value, float) and _said_for_power(r, x)]:
        # ("reckons running a DGX B200 will add about £90k a year to the electricity bill. … Is he right?",
        # "my buddy says running his 4090 24/7 costs like $50/month in power … true??": the bill someone gave,
        # checked against the one computed, not the box's price nor a budget)
        if x.param is not None and r.params.get(str(x.param)) == x.value:
            del r.params[str(x.param)]
        r.retag(x, param="claimed_value", note="")
        r.params["asks_bill"] = True


_AMOUNTS_OF_BOXES = ("server_price_usd", "server_price_cny", "price_usd", "price_cny")


def _said_for_power(r: Reading, x: Stated) -> bool:
    """Whether the amount `x` is said to go on power: onto the electricity bill, or so much a period in power
    (read as a budget)."""
    value = float(x.value or 0)
    return (value >= 100 and x.param in (None, *_AMOUNTS_OF_BOXES, "budget_usd", "budget_cny")
            and _TO_THE_BILL_AFTER.match(r.t, x.end) is not None) \
        or (value >= 1 and x.param in ("budget_usd", "budget_cny")
            and _IN_POWER.search(r.t[x.start:x.end + 24]) is not None)


# an amount a period said to go on power: "$50/month in power", "€300 a year on electricity"
_IN_POWER = rx.compile(r"^[^,;.?!]{0,12}?(?:/|\ba\b|\bper\b)\s*(?:month|mo|year|yr)\s+(?:in|on|for)\s+"
                       r"(?:power|electricity|energy)\b")
# an amount said to go on the electricity bill: "… about £90k a year to the electricity bill"
_TO_THE_BILL_AFTER = rx.compile(r"\s*(?:k|m)?\s*(?:(?:a|per|each)\s+(?:year|month|yr)\s+)?(?:to|on|onto)\s+"
                                r"(?:the|our|your|their)\s+(?:electricity|power|energy|utility|electric)\s+bills?\b")


def _amount_at(text: str) -> int:
    """Where the amount starts in a span that begins with its words ("each user costs $7 a month")."""
    at = re.search(r"(?:us\$|\$|¥|￥)?\s*\d", text.lower())
    return at.start() if at is not None else 0


# a price of one request or item someone quotes: "'at least $0.04 per call' in GPU time", "4 cents a ticket"
_PER_ITEM_PRICE = rx.compile(r"(?P<amt>(?:us\$|\$)\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:cents?|¢))['\"’”]?\s*"
                             r"(?:(?:in|of)\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:per|a|/|each|every)\s*"
                             r"(?:call|request|req|query|doc(?:ument)?|ticket|page|letter|summary|chat|conversation|"
                             r"message|claim|transcript|email|item|case|file|review|answer|reply|task|listing|"
                             r"description|article|post|image|report|booking|deal|product|question|order|lookup|"
                             r"search)s?\b")


_SAYS = rx.compile(r"说|称|\bclaims?\b|\bclaimed\b|\bsays?\b|\bsaid\b|\bquot|\bpromis|\baccording to\b|"
                   r"\breports?\b|\badvertis|\bmarketing\b|\bbrochure\b|\bpitch")
_TARGET_WORDS = rx.compile(r"要求|目标|需要|以内|之内|不超过|<|≤|\bneeds?\b|\btarget|\bbudget\b|\bsla\b|"
                           r"\bunder\b|\bwithin\b")
_TTFT_SAID = rx.compile(r"\d\s*(?:ms|毫秒|milliseconds?|s|秒|seconds?)\b")


def claimed_ttft(r: Reading) -> None:
    """"竞对说他们4090跑llama2 13b首token只要200ms，输入2000 token的情况下，可能吗？", "vendor says 200 ms
    TTFT for Llama 2 13B on a 4090 with 2k prompts, possible?": a time to first token someone gave for a
    model on a card, checked against the fastest one request can get there (not a target to size a fleet
    for)."""
    p = r.params
    st = next((x for x in r.stated if x.param == "ttft_ms" and x.note == ""), None)
    if st is None or not CLAIM.search(r.t) \
            or not ("model" in p or "params" in p) or "accelerator" not in p \
            or any(k in p for k in LOADS) or "tpot_ms" in p or not _TTFT_SAID.search(str(st.text).lower()):
        return
    # (someone else's figure: not the user's own target, "needs TTFT < 100 ms … doable?", "TTFT 目标 300ms …
    # 做得到吗", answered with the cards that reach it)
    before = r.t[max(0, st.start - 60):st.start]
    around = r.t[max(0, st.start - 16):st.end + 8]
    if not _SAYS.search(before) or _TARGET_WORDS.search(around):
        return
    as_claim(r, st)
    p["asks_ttft"] = True
    p["claim_ttft"] = True


# a speed said of one stream, in tokens a second: "40 tokens/s per user", "每路每秒20个token"
_STREAM_RATE_SAID = rx.compile(r"\d\s*(?:k\s*)?(?:tokens?|toks?|t)\s*/\s*s(?:ec)?\b|"
                               r"tokens?\s+(?:per|a|each)\s+second\b|"
                               r"每秒|token\s*/\s*秒")


def claimed_stream_rate(r: Reading) -> None:
    """"Mate says he gets 40 tokens/s per user off a single RTX 4090 running Llama 2 13B … is that even
    possible?": one stream's speed someone gave for a model on a card, checked against the fastest one
    stream can decode there alone (not a target to size a fleet for)."""
    p = r.params
    st = next((x for x in r.stated if x.param == "tpot_ms" and x.note == ""), None)
    if st is None or not CLAIM.search(r.t) or not isinstance(st.value, float) or st.value <= 0 \
            or not ("model" in p or "params" in p) or "accelerator" not in p \
            or any(k in p for k in LOADS) or "ttft_ms" in p \
            or not _STREAM_RATE_SAID.search(str(st.text).lower()):
        return
    before = r.t[max(0, st.start - 60):st.start]
    around = r.t[max(0, st.start - 16):st.end + 8]
    if not (_SAYS.search(before) or _RATE_CLAIMED.search(before)) or _TARGET_WORDS.search(around):
        return
    as_claim(r, r.retag(st, value=1000.0 / st.value))   # (read as a time per token: the speed it was said as)
    p["claim_stream_rate"] = True


# a whole request's time, said in seconds or minutes ("in under 30 seconds", "about 2 mins")
_REQUEST_TIME_SAID = rx.compile(r"(?:\b(?:in|within|under|takes?|took)\s+)?"
                                r"(?:(?:about|around|roughly|~|under|less than|below|just)\s+)?"
                                r"\d[\d.,]*\s*(?P<unit>seconds?|secs?|s|minutes?|mins?|"
                                r"秒|分钟)(?![a-z])")
_UNIT_SECONDS = {"s": 1.0, "sec": 1.0, "secs": 1.0, "second": 1.0, "seconds": 1.0, "秒": 1.0,
                 "min": 60.0, "mins": 60.0, "minute": 60.0, "minutes": 60.0, "分钟": 60.0}


def claimed_request_time(r: Reading) -> None:
    """"Salesman … says his platform does our whole tender pack - 120k tokens in, 8k out - in under 30
    seconds on one H100 with Llama 3.3 70B. Is he talking out his backside?": one request's whole time
    someone gave, for a model on a card at stated lengths, checked against that request alone on the
    replica (calc/inference _request_time), not left unread nor taken for a target."""
    p = r.params
    if not (CLAIM.search(r.t) or CHECK_ASKED.search(r.t)) or not ("model" in p or "params" in p) \
            or "accelerator" not in p or any(k in p for k in ("users", "concurrent_users", "qps",
                                                                 "tokens_per_day", "ttft_ms", "tpot_ms",
                                                                 "claimed_value")) \
            or not ("input_tokens" in p or "output_tokens" in p):
        return
    said = [x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
            and x.value > 0
            and (m := _REQUEST_TIME_SAID.search(r.t, max(0, x.start - 24), x.end + 2)) is not None
            and m.start() <= x.start < m.end()]
    if len(said) != 1:
        return
    st = said[0]
    unit = _REQUEST_TIME_SAID.search(r.t, max(0, st.start - 24), st.end + 2)
    assert unit is not None
    before = r.t[max(0, st.start - 140):st.start]
    if not (_SAYS.search(before) or CLAIM.search(before)):
        return
    as_claim(r, r.retag(st, value=float(st.value or 0) * _UNIT_SECONDS[unit.group("unit")]))
    p["claim_request_time"] = True


def claimed_fleet_gpu_hours(r: Reading) -> None:
    """"Cloud bill shows 1,460 GPU-hours last month on H100 at $2.49. Is that about right for a bot doing
    ~3,000 chats a day with Llama 3.3 70B or are we getting ripped off?": the GPU-hours a bill gave over a
    period, for a load to size, checked against the sized fleet's hours over that period (not left unread)."""
    p = r.params
    st = next((x for x in r.stated if x.param == "gpu_hours" and x.note == ""), None)
    if st is None or "days" not in p or not any(k in p for k in LOADS) \
            or not (CHECK_ASKED.search(r.t) or CLAIM.search(r.t) or _RIPPED_OFF.search(r.t)) \
            or "train_tokens" in p or "gpus" in p or "servers" in p:
        return
    as_claim(r, st)
    p["claim_gpu_hours"] = True


def claimed_billed_hours(r: Reading) -> None:
    """"Contractor billed us 2,000 GPU-hours for fine tuning on A100 40GB, says it was 8 cards running 10
    days. does that add up?": the GPU-hours billed, beside the cards and days said, checked against their
    product (not the days recomputed from the hours)."""
    p = r.params
    st = next((x for x in r.stated if x.param == "gpu_hours" and x.note == ""), None)
    if st is None or "days" not in p or not ("gpus" in p or "servers" in p) \
            or not (CHECK_ASKED.search(r.t) or CLAIM.search(r.t)) \
            or any(k in p for k in ("train_tokens", "train_flops", "gpu_tflops", "mfu")):
        return
    as_claim(r, st)


_RIPPED_OFF = rx.compile(r"\bripped off\b|\bripping us off\b|\bover-?charg|"
                         r"\bgetting (?:done|fleeced|scammed)\b|"
                         r"被坑|被宰|坑我")


def claimed_per_request(r: Reading) -> None:
    """"Vendor says self-hosting call summaries would cost us 'at least $0.04 per call' in GPU time … Is their
    number legit?": one request's cost, quoted, checked against the cost per request computed (calc/engine
    _check_claims), never a budget or a conversation's turns."""
    if CLAIM.search(r.t) is None and CHECK_ASKED.search(r.t) is None:
        return
    m = _PER_ITEM_PRICE.search(r.t)
    if m is None or any(s.param == "claimed_value" for s in r.stated):
        return
    said = m.group("amt")
    digits = re.search(r"\d+(?:\.\d+)?", said)
    assert digits is not None
    value = float(digits.group()) / (1.0 if "$" in said else 100.0)
    inside = [s for s in r.stated if m.start() <= s.start < m.end() or s.start <= m.start() < s.end]
    for s in inside:
        if s.param and r.params.get(s.param) == s.value:
            del r.params[s.param]
    r.stated = [s for s in r.stated if s not in inside]
    r.add("claimed_value", value, m.start(), m.end())
    r.params["claim_per_request"] = True


def claimed_cents(r: Reading) -> None:
    """"'a full-context query … costs under a cent'": a claimed amount in cents, checked against the
    computed amount in dollars."""
    cents = _CENTS_SAID.search(r.t)
    if cents is None:
        return
    g = 1 if cents.group(1) else 2
    if r.stated_at(cents.start(g)):
        # (read already; but "不到1分钱": its digit read as a bare number first, now the claim it is part of)
        free = [s for s in r.stated if s.start <= cents.start(g) < s.end]
        if g == 1 or not all(s.param is None and s.note == "" for s in free):
            return
        r.stated = [s for s in r.stated if s not in free]
    n = cents.group(1) or cents.group(2)
    r.add(None, (1.0 if n in ("a", "one", "一") else 3.0 if n == "a few" else float(n)) / 100,
          cents.start(), cents.end())
    added = next((x for x in r.stated if x.start == cents.start() and x.param is None), None)
    if added is not None:
        r.retag(added, param="claimed_value")
        if re.search(r"\b(?:answer|query|request|reply|response|message|call|question)\b",
                     r.t[max(0, cents.start() - 40):cents.start()]):
            r.params["claim_per_request"] = True   # ("a ChatGPT-style answer costs a few cents": one's)


# the cost of one item asked, no count before it: "how much per script?", "what would translating one libretto
# cost"
_NOT_AN_ITEM = r"(?!(?:hours?|hrs?|h|months?|mo|years?|yrs?|days?|weeks?|gpus?|cards?|chips?|servers?|" \
    r"nodes?|boxes|box|racks?|kwh|mwh|watts?|tokens?|toks?|users?|persons?|person|heads?|seats?|members?|" \
    r"million|thousand|m|k)\b)"
_COST_OF_ONE_ITEM = rx.compile(r"\bhow much\s+(?:(?:would|will|does|did)\s+(?:it|that)\s+(?:cost|be|run)\s+)?"
                               r"(?:per|a|each|for\s+(?:one|a|each|a single))\s+" + _NOT_AN_ITEM
                               + r"[a-z]{3,}\b|"
                               r"\bcost\s+(?:per|of\s+(?:one|a|each|a single))\s+" + _NOT_AN_ITEM
                               + r"[a-z]{3,}\b|"
                               r"\b(?:translating|summari[sz]ing|processing|generating|writing|subtitling|"
                               r"transcribing|running)\s+(?:one|a|each|a single)\s+" + _NOT_AN_ITEM
                               + r"[a-z]{3,}\s+(?:would\s+|will\s+)?costs?\b|"
                               r"每(?:篇|份|个|条|部|本|集|章|场|单)\s*(?:[\u4e00-\u9fff]{1,4})?\s*(?:要|大概|大约|约)?\s*"
                               r"(?:多少钱|花多少|成本多少|多少成本)")
_COST_WORD = rx.compile(r"\b(?:price|cost|costs|charge|fee|rate|cheaper|cheapest|pricier|comes? to|"
                        r"works? out to|"
                        r"set us back|run us)\b|"
                        r"价格|成本|报价|费用|便宜")


_PEOPLE = rx.compile(r"(?:" + ONE_USER + r")s|people|folks|dau|mau|wau|actives|members|heads|seats")
_BARE_BASIS = rx.compile(r"每\s*([百千万])\s*(?:次|轮)\s*(?:请求|调用|查询|问答|对话)?|"
                         # ("每千份病历成本多少", "每1000篇的费用": so many of any document a cost is per)
                         r"每\s*([百千万]|\d[\d,]*)\s*(?:份|篇|条|单|笔|例|页|封|道|票|requests?\b|quer(?:y|ies)\b|calls?\b)\s*"
                         # ("每千单AI点餐的成本": what they are, in either script)
                         r"[\u4e00-\u9fffa-z]{0,6}?"
                         # ("哪个每千条脚本更便宜": the cheaper per so many)
                         # ("一单成本多少？每千单呢？": the cost asked again, per so many)
                         r"(?=\s*(?:的)?\s*(?:成本|费用|花费|多少钱|要多少钱|价格|算力成本|推理成本|更?便宜|更?贵|更?划算|更?省|电费|耗电|用电|能耗|"
                         r"呢\s*[?？]))")


# GPU time said in words, someone's figure: "fine-tuning a 70B on 1B tokens is 'a few GPU-weeks' on H100"
# ("a couple of GPU-days" reads "2 GPU-days" once normalized)
_GPU_TIME_IN_WORDS = rx.compile(r"\b(a few|a couple of|a couple|several|a handful of|\d+(?:\.\d+)?)\s+"
                                r"gpu[- ]?(hours?|days?|weeks?|months?|years?)\b")
_FEW = {"a few": 3.0, "a couple of": 2.0, "a couple": 2.0, "several": 4.0, "a handful of": 4.0}
_HOURS_IN = {"hour": 1.0, "day": 24.0, "week": 168.0, "month": 730.5, "year": 8766.0}


def claimed_gpu_time_in_words(r: Reading) -> None:
    """"Someone on Reddit said fine-tuning a 70B model on 1B tokens is 'a few GPU-weeks' on H100. Is that
    real?": a vague amount of GPU time someone gave, checked as that many GPU-hours (a few: three) against the
    run's."""
    m = _GPU_TIME_IN_WORDS.search(r.t)
    said = CLAIM.search(r.t) or CHECK_ASKED.search(r.t) or _SAYS.search(r.t) \
        or re.search(r"\bis (?:that|this|it) (?:real|right|true|realistic|accurate)\b", r.t)
    if m is None or not said or any(s.param == "claimed_value" for s in r.stated):
        return
    at = [s for s in r.stated if s.start <= m.start(1) < s.end]
    if any(s.param is not None for s in at):
        return                           # (read already as what it is: "64 GPU-hours" a budget of hours)
    r.stated = [s for s in r.stated if s not in at]
    n = _FEW.get(m.group(1)) or float(m.group(1))
    r.add("claimed_value", n * _HOURS_IN[m.group(2).rstrip("s")], m.start(), m.end())


def requests_basis(r: Reading) -> None:
    """"what's our cost per 1k requests?", "折合每千次请求成本多少": a count of requests a cost is per is the
    basis, not a day's load."""
    bare = _BARE_BASIS.search(r.t)
    g = 1 if bare is not None and bare.group(1) else 2
    if bare is not None and "per_requests" not in r.params:
        # ("每千次请求": a thousand with no digit, the basis named in words; "每1000份病历": in digits)
        said = bare.group(g)
        value = {"百": 100.0, "千": 1000.0, "万": 1e4}.get(said) or float(said.replace(",", ""))
        r.stated = [s for s in r.stated if not (bare.start(g) <= s.start < bare.end(g) and s.param is None)]
        if not r.stated_at(bare.start(g)):
            r.add("per_requests", value, bare.start(), bare.end())
            r.params["asks_cost_per"] = True
    # ("What's the per-1k-request unit cost?": the basis hyphenated into one word, read as a count of cards)
    for st in [x for x in r.stated if x.param in ("gpus", "servers", None) and x.note == ""
               and isinstance(x.value, float) and "per_requests" not in r.params
               and re.fullmatch(r"[\d.,]+\s*k?[- ](?:reqs?|requests?|quer(?:y|ies)|calls?|tickets?)",
                                str(x.text).lower())
               and re.search(r"\bper[- ]\s*$", r.t[max(0, x.start - 5):x.start])]:
        if st.param is not None and r.params.get(str(st.param)) == st.value:
            del r.params[str(st.param)]
        r.retag(st, param="per_requests", note="")
        r.params["per_requests"] = float(st.value or 0)
        r.params["asks_cost_per"] = True
    # (a second count of requests, "8 queries per day each … cost per 1,000 requests", is no option compared)
    # ("cost per 1k inspections": a count of any noun a cost is per, with no rule of its own)
    # ("cost per 1k signals": things no one is, read as users for want of a rule)
    for st in [x for x in r.stated if x.param in (None, "users") and x.note == ""
               and isinstance(x.value, float)
               and x.value >= 10 and re.search(r"\bper\s*$", r.t[max(0, x.start - 8):x.start])
               and (noun := re.match(r"[\d.,]+\s*k?\s+(?:[a-z]+\s+)?([a-z]+s)\b",
                                     r.t[x.start:x.end + 20].lower()))
               and (x.param is None or not _PEOPLE.fullmatch(noun.group(1)))
               # ("how much electricity per 1,000 obituaries?": an energy per so many, too)
               and (_COST_WORD.search(r.t, max(0, x.start - 24), x.start)
                    or re.search(r"\b(?:electricity|energy|power|kwh|wh)\s*$",
                                 r.t[max(0, x.start - 24):x.start - 4]))]:
        if st.param == "users" and r.params.get("users") == st.value:
            del r.params["users"]
        r.move(st, "per_requests")
        r.params["asks_cost_per"] = True
    for st in [x for x in r.stated if (x.param in ("queries_per_user", "queries_per_day") or (
                   # ("cost per 1k req … 2k in 1k out": requests named on the number, not a length)
                   x.param in ("input_tokens", "output_tokens")
                   and re.fullmatch(r"[\d.,]+\s*k?\s*(?:reqs?|requests|queries|calls)", str(x.text).lower())))
               and x.note in ("", "option", "duplicate", "restated")
               and (re.search(r"(?:\bper\s*|每\s*|(?<![\s|｜])/)$", r.t[max(0, x.start - 8):x.start])
                    # ("what does every 1,000 requests cost": each thousand's cost)
                    or (re.search(r"\b(?:every|what\s+do|how\s+much\s+do)\s*$",
                                  r.t[max(0, x.start - 14):x.start])
                        and re.match(r"[^.?!]{0,24}?\bcost", r.t[x.end:]))
                    # ("how much does it cost 1,000 requests on …": the count right after the cost asked)
                    or re.search(r"\bhow\s+much\s+(?:does|would|will)\s+it\s+cost\s+"
                                 r"(?:for\s+|to\s+serve\s+)?$",
                                 r.t[max(0, x.start - 40):x.start]))
               and not _PER_DAY_AFTER.match(r.t, x.end)]:
        if st.note != "" and not _COST_WORD.search(r.t, max(0, st.start - 24), st.start):
            continue
        if st.note != "":
            r.params["per_requests"] = float(st.value or 0)
            r.retag(st, param="per_requests", note="")
        else:
            r.move(st, "per_requests")
        if _COST_WORD.search(r.t, max(0, st.start - 24), st.start) \
                or re.match(r"[^.?!]{0,24}?\bcost", r.t[st.end:]):
            r.params["asks_cost_per"] = True     # "state a firm price per 1,000 requests": a cost asked per
    if "per_requests" not in r.params and _COST_OF_ONE_ITEM.search(r.t):
        # ("what would translating one libretto cost", "about how much per script?", "每篇大概多少钱"): the
        # cost of one request, each item one
        r.params["asks_cost_per"] = True
    basis = next((x for x in r.stated if x.param == "per_requests" and x.note == ""), None)
    said = next((x for x in r.stated if basis is not None and x.note == ""
                 and x.param in ("budget_usd", "budget_cny", "price_usd", "price_cny")
                 and x.end <= basis.start and not r.t[x.end:basis.start].strip(" per/每")
                 and re.search(r"(?:\bper|/|\bevery|每)\s*$", r.t[x.start:basis.start])), None)
    if said is not None:
        # "finance put it at $0,40 per 1.000 request … masuk akal?": someone's cost of that many requests,
        # checked against the one computed (never a card's price or a budget)
        as_claim(r, said)
        r.params["asks_cost_per"] = True


def busy_is_no_duration(r: Reading) -> None:
    """"租128张H100，24小时不停跑": the "24小时" in "24小时不停" is how the cards run, not for how long."""
    for busy in [st for st in r.stated if st.param == "utilization"]:
        for st in [x for x in r.stated if x.param == "days" and busy.start <= x.start and x.end <= busy.end]:
            if r.params.get("days") == st.value:
                del r.params["days"]
            r.stated.remove(st)
