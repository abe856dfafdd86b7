"""The parser's vocabulary: which words around a number give it its role ("25,000 H100s" ->
gpu count, "700 W per GPU" -> power per GPU, "¥240k each" -> a unit price in RMB), the
keywords that signal an intent, precisions and qualifiers.

Roles are read unit and dimension first (watts can only be a power; a currency amount with
"each" is a unit price), then by the words next to the number. A role is either a registry
parameter (calc/data/parameters.toml) or a dimension that calc/parse.py resolves to one from the
nearest qualifier (power -> per GPU / per server / facility; tokens -> input / output;
a utilization % -> MFU in training, serving utilization otherwise). Tables, one rule per line,
first match first; the text is normalized and catalog names are masked (# accelerator,
@ model, & server, ~ precision, § an unknown name).
"""

from __future__ import annotations

import re
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from calc import rx
from calc.numbers import Num
from calc.spoken import REQUEST_KINDS

# the parameters that hold catalog names, not quantities
NAME_PARAMS = ("accelerator", "model", "server", "precision")

PRECISION = rx.compile(r"(?<![a-z0-9])(fp64|fp32|tf32|fp16|bf16|fp8|int8|fp4|int4|nvfp4|mxfp4|fp 8|fp 16|"
                       r"(?:4|8|16)[- ]?bits?(?![a-z])|(?:4|8)\s*比特|"
                       # llama.cpp's quantizations: "q4", "q4_k_m", "q8_0"
                       r"q[48](?:_k(?:_[msl])?|_[01])?(?![a-z0-9])|"
                       # weight-only 4-bit quantizations by their method's name: "qwen2.5 7b AWQ", "GPTQ"
                       r"awq|gptq|exl2)(?![0-9])")
# "4-bit" weights are 4-bit integers (served as the catalog's FP4 rate), "8-bit" INT8, "16-bit" FP16
PRECISION_WORDS = {"int4": "fp4", "nvfp4": "fp4", "mxfp4": "fp4", "4bit": "fp4", "8bit": "int8",
                   "16bit": "fp16", "4比特": "fp4", "8比特": "int8", "q4": "fp4", "q8": "int8",
                   "awq": "fp4", "gptq": "fp4", "exl2": "fp4"}
PRECISION_ZH = {"半精度": "fp16", "单精度": "fp32", "双精度": "fp64"}
# precisions the catalog holds no rates for (double precision is an HPC figure): named, not used
NO_RATE_PRECISIONS = ("fp64",)

T = r"^\s*"
# a quoted price judged: "贵不贵", "is $35k a fair price for an H100?"
PRICE_JUDGED = rx.compile(r"价位|贵不贵|贵吗|贵了吗|合理吗|合不合理|\b(?:fair|reasonable|good) (?:price|deal|quote)|"
                          r"overpriced|too (?:much|expensive)|rip[- ]?off|\bis that (?:high|a lot|expensive|steep)\b")
# a price put to the check in general words ("buddy says a GB200 NVL72 rack is $3M. legit??"): a quote judged only
# where the question states nothing but the price and what it is for (calc/derive.py)
PRICE_CLAIMED = rx.compile(r"\blegit\b|\bis (?:that|this|it) (?:right|true|correct|accurate|realistic)\b|"
                           r"\bsounds? (?:right|about right)\b|靠谱吗|对吗|真的吗|是真的吗")
CUR_USD = r"(?:us\$|\$|usd|dollars?|bucks|美元|美金|刀)"
CUR_CNY = r"(?:¥|rmb|cny|yuan|元|人民币|块钱?)"
# (euros and pounds too: "€" and "£" are "$" in the normalized text, their words read as dollars, then
# converted at a rate by calc/foreign.foreign_money)
# ("一个 replica 8 张": the cards of one replica, not a count of replicas)
_ONE_REPLICA_CARDS = r"(?!\s*(?:is|uses?|spans?|=|:|用|是|要|需要)?\s*\d+\s*(?:张|块|卡|gpus?|cards?)(?![a-z]))"
CUR = r"(?:us\$|\$|usd|dollars?|bucks?|美元|美金|刀|¥|rmb|cny|yuan|元|人民币|块钱?|eur\b|euros?\b|gbp\b)"
PER = r"(?:/|per|an?|each|every|每|一)"
GPU_WORD = r"(?:#+|gpus?|accelerators?|cards?|chips?|卡|张卡|块卡|显卡)"
SERVER_WORD = r"(?:&+|servers?|nodes?|racks?|boxes|machines?|服务器|节点|机柜|台)"

# one person using the service, as a rate is said per one ("90k tokens per dev per day")
# places that each hold a few cards, counted: "1,200 sites", "45 schools", "800个基站"
SITE_NOUNS = r"(?:sites?|locations?|(?:sub)?stations?|towers?|stores?|branch (?:librar(?:y|ies)|offices?|stores?|sites?|locations?)|branch(?:es)?|librar(?:y|ies)|museums?|schools?|campus(?:es)?|hospitals?|plants?|factor(?:y|ies)|" \
             r"airports?|terminals?|depots?|warehouses?|(?:drilling |oil |offshore )?rigs?|" \
             r"clinics?|offices?|classrooms?|(?:learning |tutoring |service |community )?cent(?:er|re)s|regions?|availability zones?|(?:regional |edge |local |sovereign )clouds?|county sites?|pops?\b|edge pops?|points? of presence)"
# a business's own shops counted in Chinese ("四十六家店", "40家门店")
SHOP_NOUNS_ZH = r"(?:门店|店|分店|连锁店|店铺)"
SITE_NOUNS_ZH = r"(?:幼儿园|园所|分园(?!区)|园(?![区林艺长丁方])|景区|景点|水厂|污水厂|泵站|加压站|项目部|工地|工程局|分局|换电站|充电站|驿站|快递站|站点?|基站|分园区|子园区|变电站|服务点|机房|工厂|厂区|煤矿|矿井|矿山|矿区|门店|(?<![商书饭酒药花])店(?![长员主铺面家])|工作室|仓库|倉庫|区域仓|前置仓|中心仓|分仓|运维仓|海外仓|保税仓|云仓|分院|院区|网点|学校|校区|分校|医院|诊所|分公司|营业厅|律所|律师事务所|事务所|分店|分行|支行|营业部|" \
                r"(?:学习|培训|服务)?中心|产线|生产线|流水线|regions?(?![a-z])|大区|地域)"
# devices a product answers for, each an account of its own: "12M smart speakers online", "30M active TVs",
# "每台每天唤醒6次" (one, and the many)
DEVICE_EN = r"(?:speaker|tv|display|soundbar|oven|fridge|refrigerator|appliance|thermostat|doorbell|camera|" \
            r"wearable|headset|handset|phone|endpoint|terminal|kiosk|console|tablet|set-top box|stb)"
DEVICES_EN = r"(?:speakers|tvs|displays|soundbars|ovens|fridges|refrigerators|appliances|thermostats|doorbells|" \
             r"cameras|wearables|watches|earbuds|headsets|glasses|handsets|phones|endpoints|terminals|kiosks|" \
             r"consoles|tablets|set-top boxes|stbs)"
DEVICES_ZH = r"(?:设备|設備|终端|終端|电视机?|電視機?|音箱|智能屏|屏|家电|家電|冰箱|空调|空調|烤箱|手表|手錶|耳机|耳機|眼镜|眼鏡|" \
             r"车机|車機|机顶盒|機頂盒|学习机|學習機|平板|扫地机|门铃|摄像头|攝像頭|手机|手機)"
ONE_USER = r"(?:user|person|head|seat|dau|dev|developer|engineer|employee|member|subscriber|sub|customer|student|agent|" \
           r"(?:policy|account|card)[- ]?holder|" \
           r"learner|teacher|tutor|clinician|doctor|physician|nurse|lawyer|attorney|analyst|rep|player|researcher|trader|" \
           r"car|vehicle|truck|robot|device|author|writer|creator|amr|agv|arm|drone|travell?er|passenger|guest|shopper|buyer|" \
           r"visitor|caller|viewer|listener|reader|tourist|rider|account|merchant|advertiser|provider|store|shop|" \
           r"tenant|clinic|school|artist|designer|animator|illustrator|editor|annotator|translator|marketer|recruiter|" \
           r"underwriter|adjuster|banker|teller|scientist|radiologist|pharmacist|worker|staffer|operator|moderator|" \
           r"reviewer|inspector|technician|driver|courier|policyholder|claimant|insured|patient|parent|kid|child|" \
           r"pupil|citizen|resident|household|farmer|anchor|streamer|seller|supervisor|rooftop|dealership|dealer|" \
           r"location|branch|salon|outlet|franchisee|patron|family|families|guy|gal|dude|homeowner|" \
           + DEVICE_EN + r")"
# the same one, in Chinese: "每车每天 3 轮", "每架車每日 8 次" (a car is its driver's account)
# each business counted ("每个商家每天…", "每家每天30次调用"), not each shop, room or institution of one
EACH_BUSINESS_ZH = r"每个?商家|每个?商户|每个?卖家|每家(?!门店|店|机房|医院|工厂|数据中心|机构)"
# (a SaaS's tenants and accounts too: "平均每个租户每天调用三四百次", "每个HR账号每天大概用掉5000 token")
ONE_USER_ZH = r"(?:人|用户|用戶|客户|客戶|车主|車主|司机|玩家|学生|会员|老人|长者|家属|买家|顾客|主播|张床|床位|床|个用户|位用户|商家|商户|卖家|广告主|店铺|家店|门店|店|车|車|辆车|輛車|台车|架车|架車|辆|輛|台设备|台机器人|台\s*(?:智能)?" + DEVICES_ZH + r"|台机械臂|部机器人|部機械人|研究员|分析师|员工|作者|写手|" \
              r"个?席位|個?席位|坐席|帐号|帳號|账号|個?帳號|个?seat|個?seat|" \
              r"家?租户|个租户|hr\s*账号|企业客户|家企业|" \
              r"(?:保洁|家政|育儿|住家)?阿姨|保姆|月嫂|育儿嫂|保洁|护工|骑手|" \
              r"[\u4e00-\u9fff]{1,4}?(?:员|师))"   # ("每个质检员每天", "每位工程师": people by their trade

# what kind of request a load counts: "~250 customer msgs an hour", "40 support chats a minute"
LOAD_KIND = r"(?:(?:ai|llm|chat|api|npc|dialogue|player|support|customer|agent|completion|judge|eval|" \
    r"moderation|translation|embedding) )?"
# a word or two naming which requests are counted, before them: "40k research notes/day", "250 earnings call
# transcripts", "1,200 headlines/sec" (not a concurrency, nor another quantity's noun)
# (the words before what is counted, a hyphenated one among them: "42 million bet-slip assistant requests")
REQUEST_WORDS_BEFORE = r"(?:(?!(?:concurrent|simultaneous|parallel|active|online|open|inflight|in-flight|live|peak|more|" \
    r"extra|the|and|for|with|from|are|tokens?|toks?|output|input|gpus?|cards?|chips?|servers?|nodes?|users?|" \
    r"people|but|while|whereas|yet|than|then|when|where|which|that|who|you|they|our|your|their|its|was|were|" \
    r"have|has|does|did|can|could|will|would|should|each|every|all|some|any|not|only|just|about|around|" \
    r"roughly|sec|secs|seconds?|min|mins|minutes?|hrs?|hours?|days?|weeks?|months?|years?|kwh|mwh|gwh|" \
    r"watts?|per|ctx|context|prompt)\b)[a-z]{2,}(?:-[a-z]{2,})? ){0,2}"

# after a number a heading names ("Context: 512 H200, …", "Context: 7B model, …", "Context: 350 stores"): a
# count, a model's size or a power, not a context length
NOT_A_LENGTH = r"(?!\s*(?:[#@&§]|[kmg]?w\b|mwh?\b|天|小时|个月|年(?!级)|周|张|台|(?:total\s+|active\s+)?(?:params|parameters|models?)\b|" \
    r"(?:gpus?|cards?|chips?|servers?|nodes?|boxes|racks?|replicas|users?|people|employees|" + SITE_NOUNS[3:-1] + r")\b))"

VENDOR = r"(?:(?:nvidia|amd|intel|google|huawei|dgx|hgx|英伟达|华为|谷歌)\s*)*"

# (role, tail pattern, head pattern[, tail pattern also required when the head matched])
# "ISL/OSL 3000/500", "in/out = 2k/256", "输入/输出 1000/200": a prompt and an answer, in that order
_IO_PAIR = r"\b(?:isl\s*/\s*osl|in\s*/\s*out|i\s*/\s*o|input\s*/\s*output|prompt\s*/\s*(?:answer|completion|output))|输入\s*/\s*输出"
# the words of a queueing margin on time to first token: "排队余量留 0.5", "queueing headroom 30%"
_QUEUE_MARGIN_WORDS = r"(?:排队余量|排队裕量|queue(?:ing)? margin|queueing headroom)\s*(?:留|按|取|of|=|:|is|为)?\s*$"

# (not "we need 2 million of them generated per day": items made, not cards bought)
_NOT_ITEMS_MADE = r"(?!\s+(?:generated|produced|written|created|made|summari[sz]ed|translated|processed|answered|" \
    r"handled|per\b|a day\b|daily\b|each day\b|every day\b))"
# the words after "$2,600 card", "$1,800 mini server" that make it no price of the thing: a budget, a rent, a
# period ("$450k for Q2 GPU rent", "$3k GPU budget")
_NOT_ITS_PRICE = r"(?![ -]*(?:budget|fleet|cluster|rent|rental|hours?|hrs?|h\b|time|months?))"

ROLES: list[tuple[str, str | None, str | None] | tuple[str, str | None, str | None, str]] = [
    # "hashprice sitting at $45/PH/day": a bitcoin miner's revenue per unit of hashrate, no accelerator's price
    ("hashprice", None, r"$", r"^\s*(?:/|per)\s*[ptge]h(?:/s)?\b"),
    # ("每位老人每月收AI陪护服务费30元": a charge each pays a month, what it is for between; before any service fee
    # read as a project's cost)
    ("user_price", None, r"每(?:位|个|名|户|家|人)?[\u4e00-\u9fff]{0,4}?(?:每月|每个月)\s*(?:收|交|付)[^，,。；;\d]{0,12}?"
     r"(?:服务费|会费|月费|费用|费)\s*(?:是|为|大概|约)?\s*$", T + r"\s*(?:块钱?|元|美元|美金|刀|人民币)"),
    # ("加盟店2800家": the stores named first, then counted)
    ("users", None, r"(?:加盟店|门店|店铺|分店|商家|商户|加盟商)(?:数|数量)?\s*(?:一共|总共|共|合计|有|大概|约|差不多)*\s*$",
     T + r"\s*(?:多|来)?\s*(?:家|个)(?![月小])"),
    # ("打算按每人每月九块九收费": each one's month, the amount, then the charging)
    ("user_price", None, r"每(?:位|个|名|户|家|人|店)[\u4e00-\u9fff]{0,4}?(?:每月|每个月|一个月)\s*$",
     T + r"\s*(?:块钱?|元|美元|美金|刀)?\s*(?:来|的价格)?\s*(?:收费|收钱|订阅|包月)"),
    # ("buy 2 units of DGX H100 at $310k each": servers counted in units, before any count of cards bought)
    ("servers", T + r"\s*units?\s+of\s+(?:an?\s+|the\s+)?(?=&)", None),
    # ("1,500 reps, maybe 200 of them talking at the same time": a part of the people, at once)
    ("concurrent_users", T + r"\s*of (?:them|those|these|us|our (?:users|staff|people))\s+(?:(?:are|were|will be|"
     r"would be|might be|may be|be|being)\s+)?(?:[a-z-]+\s+){0,3}?(?:concurrent(?:ly)?|at once|at the same time|"
     r"simultaneous(?:ly)?|in parallel|online)\b", None),
    # ("委托第三方训练…费用报价为人民币380万元": the quoted cost of the whole job, not one card's price)
    # ("每月token费大概15万", "API费一个月要8万": a bill for tokens or calls, in yuan)
    ("budget", None, r"(?:token|tokens|api|调用|接口|算力|云)\s*费(?:用)?\s*(?:每月|一个月|每年|一年)?\s*"
     r"(?:大概|大约|约|要|是|得|就)*\s*$",
     r"^(?!\s*(?:张|台|个|次|token|人|%|倍|小时|天))"),
    ("budget", None, r"(?:费用|总费用|训练费用?|服务费用?|总报价|整体报价|项目报价)\s*(?:报价|总价|合计|总额)?\s*"
     r"(?:为|是|约|大概|大约|共)?\s*(?:人民币|rmb|¥|￥)?\s*$", r"^\s*(?:[万亿千百]|元|块|美元|rmb|cny)"),
    # ("We summarise 2,500 of them per day into 300-token briefs": what each is made into, the answer)
    # ("With 2.2 million output tokens needed per day": the day's, its verb between)
    ("tokens_per_day", T + r"\s*(?:output |generated |input )?tokens?\s+(?:needed|required|generated|produced|served|"
     r"to serve|to generate)\s+(?:per|a|each|every)\s+day\b", None),
    ("output_tokens", None, r"\b(?:summari[sz]e[ds]?|condense[ds]?|boil(?:s|ed)? (?:it |them )?down|turn(?:s|ed)? "
     r"(?:it |them )?)[^.;?!]{0,48}?(?P<at>)\binto\s*(?:about|around|roughly|~|a|an)?\s*$",
     r"^\s*-?\s*(?:tokens?|toks?)\b"),
    # ("Club World Cup final day needs ~4.8B output tokens": the tokens of a whole day, the day said before)
    ("tokens_per_day", None, r"\b(?:day|night)\s+(?:needs?|requires?|will need|would need|generates?|produces?|burns?|uses?)\s*"
     r"(?:~|about|around|roughly|maybe)?\s*$", r"^\s*(?:[kmb]n?|million|billion|thousand)?\s*(?:output\s+|input\s+)?"
     r"(?:tokens?|toks?)\b"),
    # ("设备台数大概3500台…每台每天上报48次": each device's reports a day, not a server's cards)
    ("queries", None, r"(?:每台|每个|每套)\s*(?:设备|终端|机器|车)?\s*(?:每天|每日|一天)\s*(?:上报|调用|请求|发送|查询|提交|上传)?\s*"
     r"(?:约|大概|大约)?\s*$", T + r"\s*次"),
    # ("sees roughly 40k conversations on a normal day": a day's conversations)
    ("queries", T + r"\s*(?:k|m)?\s*(?:conversations|convos|chats|sessions|tickets|requests|queries)\s+(?:on|in)\s+(?:a|an)\s+"
     r"(?:normal|typical|average|ordinary|regular|usual|quiet)\s+day\b", None),
    # ("Normal day is 500M output tokens": the day's tokens, the day said first)
    ("tokens_per_day", None, r"\b(?:normal|typical|average|ordinary|usual)\s+day\s+(?:is|=|has|sees|runs|means)\s*"
     r"(?:~|about|around|roughly)?\s*$", r"^\s*(?:[kmb]n?|million|billion)?\s*(?:output\s+|input\s+)?(?:tokens?|toks?)\b"),
    # ("IROPS peaks are 5x normal", "shift change + AOG events push it ~3x", "traffic goes 6-8x": the busy time's
    # multiple)
    # ("avg load … is like 2 requests/sec but the first cold snap of the year we see 6x that": the busiest
    # days, a multiple of the average just said)
    ("peak_factor", None, r"\b(?:we|you|they)\s+(?:see|get)\s*"
     r"(?:~|about|around|roughly|like|maybe)?\s*$", T + r"\s*(?:x|×|times)\s+(?:that|this|it|the (?:average|avg|norm|"
     r"normal|usual))\b"),
    ("peak_factor", None, r"\b(?:peaks?|spikes?|surges?)\s+(?:are|is|run|hit|go)\s*(?:~|about|around|roughly)?\s*$",
     T + r"\s*(?:x|×)\s*(?:the\s+)?(?:normal|usual|average|typical|baseline)\b"),
    # ("Peak is prob 4x on the 1st of the month": the peak's multiple, hedged, then when)
    # ("avg 0.8 req/s but lunch rush is 5x", "the weekend spike is 3x": a busy time's multiple)
    ("peak_factor", None, r"\b(?:rush(?:es)?|spikes?|surges?|peaks?|busy (?:hours?|time|periods?)|rush hours?)\s+"
     r"(?:is|are|runs?|hits?|goes)\s*(?:~|about|around|roughly|prob(?:ably)?|maybe|likely|like)?\s*$",
     T + r"\s*(?:x|×)(?![a-z0-9])(?!\s*(?:more|bigger|larger|faster|growth|a year|per year|yearly)\b)"),
    # ("peaks at lunchtime about 2.5x", "spikes on Fridays to about 3x": the busy time named between)
    ("peak_factor", None, r"\b(?:peaks?|spikes?|surges?)\s+(?:at|on|in|around|during)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?"
     r"\s*,?\s*(?:(?:at|to|is)\s+)?(?:~|about|around|roughly|prob(?:ably)?|maybe|likely|like)?\s*$",
     T + r"\s*(?:x|×)(?![a-z0-9])(?!\s*(?:more|bigger|larger|faster|growth|a year|per year|yearly)\b)"
     r"(?!\s*(?:the\s+)?(?:normal|usual|average|typical|baseline|regular)\b)"),
    ("peak_factor", None, r"\bpeak(?:s| load| traffic)?\s+(?:is|are|runs?|hits?|goes)\s*"
     r"(?:~|about|around|roughly|prob(?:ably)?|maybe|likely|like)?\s*$",
     T + r"\s*(?:x|×)(?![a-z0-9])"),
    # (a spike, or a jump said as a range: not "demand grows 10x", "traffic goes up 3x", a growth)
    ("peak_factor", None, r"\b(?:traffic|load|demand|volume|usage)\s+(?:jumps|spikes|surges)\s*"
     r"(?:to\s*)?(?:~|about|around|roughly)?\s*$", T + r"\s*(?:-\s*\d+(?:\.\d+)?\s*)?(?:x|×)(?![a-z0-9])"),
    ("peak_factor", None, r"\b(?:traffic|load|demand|volume|usage)\s+goes\s*(?:~|about|around|roughly)?\s*$",
     T + r"\s*-\s*\d+(?:\.\d+)?\s*(?:x|×)(?![a-z0-9])"),
    # (events that push a load: not "servers + network push it to 1.4x", a build, nor a launch's growth)
    ("peak_factor", None, r"\b(?:events?|spikes?|peaks?|rush(?:es)?|outages?|storms?|incidents?|disruptions?|surges?)\s+"
     r"(?:push(?:es)?|drive[s]?|take[s]?|bump[s]?|send[s]?)\s+(?:it|traffic|load|them|that)\s*"
     r"(?:up\s*)?(?:~|about|around|roughly|to)?\s*$", T + r"\s*(?:x|×)(?![a-z0-9])"),
    # ("bot sees avg ~15k msgs/sec": messages a second, each a request)
    ("qps", T + r"\s*(?:k|m)?\s*(?:msgs?|messages|events|reqs?|requests|calls)\s*(?:/|per|a)\s*(?:sec|second|s)\b", None),
    # ("tournament weekends run at 2.5x normal load": the busy time as a multiple of the usual load)
    ("peak_factor", T + r"\s*(?:x|×)\s*(?:the\s+)?(?:normal|usual|average|typical|baseline|regular)\s+"
     r"(?:load|traffic|volume|demand|usage)\b(?!\s+for\s+(?:\d+|a|an|the)\b)", None),
    # ("2 H100 SXM replicas at $2.10/hr per gpu, TP2 each": copies of the model, the card named between)
    # (not "on TP4 H100 replicas": the group size glued to its letters)
    ("replicas", None, r"(?<![a-z])$", T + r"\s*(?:x\s*)?#+\s*replicas?\b"),
    # ("2 chats per unit per day": each home's, one tenant each, in a property question)
    ("queries", T + r"\s*(?:chats?|messages|msgs|requests|reqs|queries|conversations|sessions)\s+(?:per|/|a|each)\s+"
     r"(?:unit|door|apartment|household|home|tenant|resident)\s+(?:per|/|a|each)\s+day\b", None),
    # ("10 reqs per daily user": each daily user's requests)
    ("queries", T + r"\s*(?:reqs?|requests|queries|msgs|messages|calls|prompts)\s+(?:per|/|a|each)\s+"
     r"(?:daily|active|daily active)\s+(?:users?|viewers?|players?)\b", None),
    # ("青年基金经费有限，最多能拿出12万租卡": the money that can be spared, what it rents after it)
    # ("园区电价峰谷平均0.63": the tariff's average over peak and valley hours)
    ("electricity", None, r"电价\s*(?:峰谷|峰平谷)\s*(?:平均|均价|综合)?\s*(?:约|大概|下来)?\s*$", r"^(?!\s*(?:%|倍|x\b))"),
    # ("We carved $1,200 out of the Kickstarter budget for GPU time": a part of a bigger budget, the budget asked)
    ("budget", T + r"(?:k|m)?\s*out of (?:the|our|my|a|this year'?s)\s+(?:[a-z-]+\s+){0,2}(?:budget|fund|grant)\b", None),
    ("budget", None, r"(?:拿出|挤出|凑出|掏出|拨出)\s*(?:约|大概)?\s*$",
     r"^\s*(?:万|千|亿)?\s*(?:元|块|美元)?\s*(?:来|用来|用于)?\s*(?:租|买|采购)"),
    # ("导诊按每个患者每天1000个token输出算": each person's tokens a day, whoever they are)
    # ("每天上架300本", "每日新增50部": a day's books or works put up, each a request)
    ("queries", None, r"(?:每天|每日|日均|一天)\s*(?:要|会)?\s*(?:上架|新增|上新|入库|出|处理)\s*(?:大概|约|大约)?\s*$",
     T + r"\s*(?:本|部|册)"),
    # ("we regen them for 25 rooms nightly": the things a nightly job writes for, each a request)
    ("queries", None,
     r"\b(?:for|regen\w*|re-?generat\w*|generat\w*|process\w*|writ\w*|render\w*|draft\w*|rewrit\w*)\s+"
     r"(?:all\s+)?(?:the\s+|our\s+)?(?:~|about|around|roughly)?\s*$",
     T + r"\s+(?:[a-z-]+\s+)?(?!(?:gpus|cards|chips|servers|nodes|boxes|hours|hrs|days|weeks|months|"
     r"years|tokens|toks|users|people|kw|watts)\b)[a-z]{3,}s\s+(?:nightly|every night|each night|per night|"
     r"a night|overnight)\b"),
    # ("charge club members $3/month … and 800 sign up": the people who take it up)
    # ("~4,000 would sign up", "maybe 300 will subscribe": the modal between)
    ("users", T + r"\s+(?:of them\s+|people\s+|members\s+|customers\s+)?(?:(?:would|will|might|may|could)\s+"
     r"(?:probably\s+|likely\s+|actually\s+)?)?(?:sign(?:s|ed)?\s+up|subscribe[sd]?|"
     r"join(?:s|ed)?|opt(?:s|ed)?\s+in|enrol+(?:s|ed)?)\b", None),
    # ("a personalized email for each member, about 2,300 of them per release": a batch's count, each a request)
    ("queries", T + r"\s+(?:of them|of those)\s+(?:per|a|each|every)\s+(?:release|batch|run|drop|campaign|send|"
     r"mailing|cycle|launch|issue)\b", None),
    # ("for bulk pattern descriptions, 5,000 at a time overnight": a night's batch of them, each a request)
    ("queries", T + r"\s+(?:at a time|in one go|in one batch|per batch)\s*,?\s*(?:overnight|nightly|every night|"
     r"each night|per night|a night)\b", None),
    # ("日更400话翻成中文": a day's chapters or episodes published, each a request)
    ("queries", None, r"(?:日更|一天更)\s*(?:大概|约|大约)?\s*$",
     T + r"\s*(?:话|章|集|篇|期)(?![费术题筒务])"),
    # ("each hotel pays $49 a month and generates ~30k output tokens per day": what each account does a day,
    # whatever it is)
    ("tokens_per_user_day",
     None, r"\beach\s+[a-z]+\b[^.;?]{0,40}?\b(?P<at>)(?:generates?|produces?|uses?|consumes?|burns?|sends?)\s*"
     r"(?:about|around|roughly|~|maybe)?\s*$",
     T + r"[- ]?(?:output |input |generated )?(?:tokens?|toks?)\b(?:\s*/\s*(?:day|d)\b|"
     r"[^.;,]{0,30}?\b(?:a|per|each|every)\s+day\b)"),
    ("user_price", None, r"\beach\s+[a-z]+\s+(?:pays?|is charged|is billed|would pay|will pay)\s*(?:about|around|~)?\s*"
     r"(?P<at>us\$|\$|€|£)\s*$", r"^\s*(?:k)?\s*(?:a|per|/|each)\s*month\b"),
    # ("each paying reader gets roughly 2,000 tokens of personalised summary a day": what each one is sent)
    ("tokens_per_user_day",
     None, r"\b(?:each|every)\s+(?:[a-z]+\s+)?(?:reader|user|subscriber|member|customer|student|person|listener|"
     # ("Each student would probably get around 2,000 tokens of feedback per day": hedged between)
     r"viewer|player|patient|client|seat|kid|child|parent|guest|patron)\s+"
     r"(?:(?:would|will|might|could|should|may)\s+)?(?:probably\s+|likely\s+|maybe\s+|typically\s+|usually\s+)?"
     r"(?:gets?|receives?|reads?|is sent|consumes?|uses?|burns?)\s*"
     r"(?:about|around|roughly|~|maybe|like)?\s*$",
     T + r"[- ]?(?:tokens?|toks?)\b[^.;,]{0,40}?\b(?:a|per|each|every)\s+day\b"),
    # ("140 consultants, each seeing 14 patients": each person's cases a day, each one request)
    ("queries", None, r"\beach\s+(?:seeing|sees|handling|handles|taking|takes|processing|processes|reviewing|reviews|"
     r"answering|answers|writing|writes|closing|closes)\s*(?:about|around|~|roughly|maybe)?\s*$",
     T + r"\s+(?:new\s+)?(?:patients|cases|clients|calls|tickets|claims|files|notes|letters|jobs|orders|invoices|"
     r"students|customers|visitors|guests|matters)\b"),
    # ("800 to 20k daily users, each asking 3 things": each person's asks, whatever they are called)
    ("queries", None, r"\beach\s+(?:asking|asks|sending|sends|making|makes|doing|does|firing off|fires off|"
     r"chats?|chatting|messages|talks?|uses it|opens it|queries|pings? (?:it|the bot))\s*"
     r"(?:about|around|~|roughly|like|maybe)?\s*$", T + r"\s*(?:things|stuff|times|q's|qs)\b"),
    # ("call it 25k output tokens per vet per day": each person's day, whatever they are called)
    ("tokens_per_user_day",
     T + r"[- ]?(?:output |generated |input )?(?:tokens?|toks?)\s*(?:(?:per|each)\s+|/\s*)"
     r"(?!(?:gpu|card|chip|server|node|box|rack|replica|hour|hr|second|sec|minute|request|query|call|prompt|answer|"
     r"response|day|month|week)s?\b)[a-z]{2,}\s+(?:(?:per|a|each)\s+|/\s*)day\b", None),
    # ("每个读者每天大概消耗3000 token输出": what each uses, its verb between)
    # ("每个业务员每天AI生成大概8000 token": what is used to make them between)
    # ("每个住客平均每天跟AI聊1500 token左右": each person's day of tokens, the chat with the model said between)
    ("tokens_per_user_day", None, r"(?:(?:每个|每位|每名)\s*[\u4e00-\u9fff]{1,4}?|每户)\s*(?:平均|大概|约)?\s*(?:每天|每日|一天)"
     r"\s*(?:平均|大概|约)?\s*(?:跟|和|与|同)?\s*(?:ai|llm|大模型|模型|机器人|客服|助手)?\s*(?:聊|聊天|对话|交流|说)了?\s*"
     r"(?:大概|约|大约)?\s*$", r"^\s*(?:k|千|万)?\s*(?:个)?\s*(?:tokens?|词元)"),
    ("tokens_per_user_day", None, r"(?:(?:每个|每位|每名)\s*[\u4e00-\u9fff]{1,4}?|每户)\s*(?:每天|每日|一天)\s*(?:大概|约|平均|大约)?\s*"
     r"(?:用\s*)?(?:ai|llm|大模型|模型)?\s*(?:要)?\s*(?:消耗|用掉|花掉|烧掉?|生成|产生|输出|读|看|用)?\s*(?:大概|约|大约)?\s*$",
     T + r"\s*(?:万|千)?\s*(?:个)?\s*(?:tokens?|词元)"),
    # ("token量1T", "训练数据量2万亿token": a run's tokens named first, then the amount)
    # (a run's, trained on: not "日均 token 量 500亿", a day's)
    ("tokens", None, r"(?:训|train|从头|预训练|pre-?train)[^。;；]{0,40}?[,，]\s*(?P<at>)(?:tokens?|词元)\s*(?:量|数|总量|规模)\s*"
     r"(?:约|大概|大约|是|为|按)?\s*$"),
    # ("每集字幕约4k token输入，输出也差不多4k": the answer's length, said after the prompt's with no unit)
    # (only right after the prompt's: not "每天要生成2亿token", "每秒输出约1.8万token")
    ("output_tokens", None, r"(?:输入|input)[^。;；]{0,30}?[,，、]\s*(?P<at>)(?:输出|回复)\s*(?:也|同样)\s*"
     r"(?:差不多|大概|约|大约)?\s*(?:是|为)?\s*$",
     r"^\s*(?:k|千)?\s*(?:个\s*)?(?:tokens?\s*)?(?=[,，。;；?？!！]|$)"),
    # ("需要几台H20八卡？": the size of the servers asked for, said after the card)
    ("gpus_per_server", None, r"(?:几|多少)\s*台\s*#+\s*$", T + r"\s*卡"),
    # ("全省每天处方总量约12万张": the papers named first, then their count and its counter)
    ("queries", None, r"(?:处方|药方|单据|发票|票据|面单|运单|订单|病历|报告单|化验单)\s*(?:总量|量|数|数量|总数)?\s*"
     r"(?:约|大概|大约|差不多|有|是|为)?\s*$", T + r"\s*(?:万|千)?\s*(?:张|份|单|条|件)"),
    # ("日均申请量25万", "日进件量3.5w", "每天审批单量8000": a day's applications, each a request)
    ("queries", None, r"(?:日均|每天|每日|一天|日)\s*(?:的)?\s*(?:申请量|进件量?|申请数|审批量|单量|笔数|交易量)\s*"
     r"(?:约|大概|大约|有|是|为|在|达|能到)?\s*$", r"^(?!\s*(?:%|倍|x\b|[万亿千]?\s*(?:个)?\s*(?:tokens?|词元)))"),
    # ("日均门诊量1.2万人次", "一天大概1.8万人次", "日门诊9千人": the people who come each day, each a user; what each
    # asks is said after, "每人平均问3次")
    # ("vLLM with max 32 concurrent seqs per replica": the batch each replica takes at most)
    ("batch_per_replica", None, r"\bmax(?:imum)?\s*(?:of\s*)?$",
     # ("max 32 convos per replica": the conversations each replica holds at once)
     # ("max 32 concurrent per replica": the word for at once alone)
     T + r"\s*(?:concurrent\s+(?=(?:seqs|sequences|requests|reqs|convos|conversations|chats|sessions|streams|per|/|"
     r"each)\b)|running\s+|parallel\s+)?(?:(?:seqs|sequences|requests|reqs|convos|conversations|chats|"
     r"sessions|streams)\s+)?"
     r"(?:per|/|a|each)\s*(?:replica|instance|engine|server|worker)\b"),
    # ("Peak concurrency during the flood response was around 900 users": the users at once, a clause between)
    ("concurrent_users", None, r"\bconcurrency\b[^.;,?!\d]{0,48}?\b(?:was|is|were|of|at|hit|reached|reaches|peaks? at)"
     r"\s*(?:around|about|roughly|~|nearly|almost)?\s*$", r"^\s*(?:k\b)?\s*(?:users|people|sessions|streams|"
     r"concurrent)\b"),
    # ("设计并发用户数为2万", "并发会话数约3000": the people or sessions at once, their count's word between)
    # ("单台就能同时撑住200个客户在线聊": people served at the same time)
    # ("并发能撑住200个用户吗": at once, said as 并发)
    ("concurrent_users", None, r"(?:同时|并发)\s*(?:就)?\s*(?:能|可以)?\s*(?:撑住|扛住|服务|支撑|接待|顶住|带|撑|扛|接住|接|应付|处理)\s*"
     r"(?:大概|约|大约)?\s*$", T + r"\s*(?:多)?\s*个?\s*(?:客户|用户|人|会话|玩家|学生|顾客|会员)"),
    ("concurrent_users", None, r"并发\s*(?:用户|会话|请求|连接|访问)\s*(?:数|数量|量)\s*(?:设计)?\s*"
     r"(?:为|是|约|大概|大约|有|达到|按|取|:|：)*\s*$", r"^(?!\s*(?:%|倍|x\b|ms|毫秒|秒))"),
    # ("We need 2,000 labels for the holiday run": the pieces one job makes, each a request)
    ("queries", T + r"\s*(?:labels|descriptions|captions|summaries|emails|letters|listings|blurbs|posts|reports|"
     r"product descriptions|cards)\s+for\s+(?:the|our|a|this)\s+(?:[a-z-]+\s+){0,2}?(?:run|batch|launch|season|"
     r"catalog(?:ue)?|drop|sale|campaign|job|mailing|refresh)\b", None),
    # ("the staff (there's like 15 of us)", "we're about 12 of us": the people there are, counted as "of us")
    ("users", T + r"\s+of\s+us\b(?!\s+(?:at once|at the same time|concurrently|simultaneously|online))", None),
    # "400 analysts concurrent", "300 agents at once": people counted, then said to be at once
    ("concurrent_users", T + r"\s*(?:[a-z-]+\s+)?" + ONE_USER + r"s?\s+(?:concurrent(?:ly)?|at once|at the same time|"
     r"simultaneous(?:ly)?|in parallel)\b", None),
    # ("About 120 dispatchers concurrent at peak": any people counted, then said to be at once)
    # ("10 service advisors chatting at once": what they do between)
    ("concurrent_users", T + r"\s*(?!(?:gpus|cards|servers|nodes|chips|racks|boxes|tokens|times|days|hours)\b)"
     r"(?:[a-z]+\s+)?[a-z]{3,}s\s+(?:(?:total|in total|altogether|combined)\s+)?(?:(?:chatting|talking|typing|asking|using it|texting|querying|"
     # ("18 rooms live at once", "48 rooms total running at once": what is going on at once)
     r"live|running|active|in play|in session|in progress|going|"
     # ("~35 estimators hammering it at the same time")
     r"(?:hammering|hitting|pounding|using|on) (?:it|the (?:bot|tool|model|api|system|server|box))|"
     r"logged in|online)\s+)?"
     r"(?:concurrent(?:ly)?|at once|simultaneously|at the same time)\b", None),
    # "qps峰值估计能到两百": the requests a second, the peak foreseen said between
    ("qps", None, r"\b(?:qps|rps)\s*(?:的)?\s*(?:峰值|高峰|peak)?\s*(?:估计|预计|预估|大概|大约|约)?\s*"
     r"(?:能到|会到|能达到|达到|到|是|为|有|在)\s*(?P<at>)$", r"^(?!\s*(?:%|倍|x\b|ms|毫秒|秒))"),
    # "同时在线跟AI导购聊的有1.2万人": people at once, a long clause between (first: before any count of people)
    ("concurrent_users", None, r"同时(?:在线)?[^，,。；;\d]{0,16}?(?:的)?\s*(?:有|约|大概|大约|差不多)?\s*(?P<at>)$",
     r"^\s*(?:万|千)?\s*(?:人|用户|位|个用户|名用户)"),
    # "… incl the server and a 1.35 PUE": the PUE, its article before it (first: before any money's words)
    ("pue", None, r"\b(?:a|an|at|with|assume|assuming|figure)\s*$", r"^\s*pue\b"),
    # "the PUE of our closet is probably 1.6": a few words between, a number no larger than PUEs run
    ("pue", None, r"\bpue\s+(?:of|for|in|at)\s+(?:[a-z]+\s+){1,3}?(?:is|was|=|:|runs?|sits?)\s*"
     r"(?:probably|prob|prolly|about|around|roughly|maybe|likely|~|only|just)?\s*$", r"^\s*[\d.]*\s*(?![\d.]*\s*(?:x|%|kw|mw|w\b))"),
    # "视频token 1.5T", "训练语料token数 2万亿": a corpus's tokens, the corpus named before the count
    ("tokens",
     None, r"(?:视频|文本|图像|图文|多模态|训练|预训练|语料|数据)\s*(?:tokens?|词元)\s*(?:数|数量|量|总量)?\s*"
     r"(?:有|约|共|为|是|[:：])?\s*$", T + r"(?![\d%])"),
    # "并发就10个人", "同时在线最多10个": people at once, a word of how many between
    # ("what tok/s can i get for just me (1 user)": one stream at a time)
    ("concurrent_users",
     None, r"\b(?:just|only)\s+(?:me|myself|one\s+person)\s*[(（]\s*$", T + r"\s*users?\b"),
    ("concurrent_users",
     # ("并发坐席数峰值约4.5k个": concurrent agents' seats, at the peak)
     None, r"(?:并发(?:数|用户|人数|坐席(?:数)?|会话(?:数)?|路数)?|同时在线(?:的)?(?:人数|用户)?)\s*"
     # ("总并发要撑500": the concurrency a fleet must hold)
     r"(?:就|只有|才|大概|大约|约|最多|最高|峰值|(?:要|得|需要|需|至少要)?\s*(?:撑住?|扛住?|支撑|顶住?|达到|做到)|"
     # ("峰值并发估计到800": a guess of where it reaches)
     r"(?:估计|预计|预估|大概|可能|会)\s*(?:到|达到|在|有|是)?)"
     r"(?:\s*(?:约|大约|大概|在))?\s*$",
     T + r"\s*(?:个|位|名)?\s*(?:人|用户)?(?![\u4e00-\u9fff]{0,2}(?:卡|张|台|token))"),
    # "给全组30个人用", "公司200个人在用": the people who use it
    # (not "同时有 2000 个人在用": people at once)
    # "给课题组30个人，每人每天大概5w token": the people, each one's share said next
    ("users", None, r"(?<!同时有)(?<!同时有 )(?<!同时)(?<!同时 )(?<!在线)(?<!在线 )(?<!并发)(?<!并发 )\s*$",
     T + r"\s*(?:个|位|名)\s*(?:(?:人|同事|同学)\s*(?:用|使用|在用)|"
     r"(?:人|同事|同学|用户)(?=\s*[，,、;；]?\s*(?:每人|每个人|人均|每位|每个用户)))"),
    # "占整卡价格（约1.2万美元）的比例": the card's price, named before it in brackets
    ("price",
     None, r"(?:整卡|单卡|每卡|每张卡|整张卡)(?:的)?(?:价格|售价|单价)\s*[（(]?\s*(?:约|大约|大概)?\s*$", T + r"\s*(?:美元|美金|元|人民币|刀|块)"),
    # "MI355X均价US$2.5萬", "H20 单价约 11 万元": the card named, then its (average) price
    ("price",
     None, r"#+\s*(?:的)?\s*(?:均价|平均价格?|平均售价|单价|售价|报价|市价|价格)\s*(?:约|大约|大概|为|是|在)?\s*"
     r"(?P<at>us\$|\$|¥|￥)?\s*$",
     # (not a rent: "A100 80G 报价 35 元/小时", "H800报价28元/卡/小时")
     T + r"(?![^,，;；。?？]{0,12}?(?:/|每|per)\s*(?:卡|gpu|张|chip|card)?\s*[-/]?\s*(?:小时|h\b|hrs?\b|hours?|月|months?|kwh|度|"
     # (nor "H20报价一张9.5万": one card counted, its price after)
     r"(?<=卡)时)|\s*(?:张|台|块|片|颗)\s*(?:卡|#+)?\s*(?:约|大概|大约|要)?\s*[\d一二两三四五六七八九十])"),
    # "H20报价11.5万/张，L40S大概6.8w": a second card's price, said as the first one's was
    ("price",
     None, r"(?:报价|价格|单价|售价)[^。？?]{0,20}?万\s*/\s*(?:张|块|卡)\s*[，,、;；]\s*#+\s*(?P<at>)(?:要|是|的话)?\s*$",
     T + r"(?!\s*(?:张|块|台|卡|个|人|名))"),
    # ("一張報人民幣11萬", "每台報人民幣230萬": one card, one server, quoted at an amount)
    # ("DGX B200一台报$52万": the currency's sign before the amount)
    ("price", None, r"(?:一张|每张|单张|一块|每块|一片|每片)\s*(?:卡)?\s*(?:报|报价|报到|开价|卖)\s*(?P<at>us\$|\$|¥|￥)?\s*$"),
    ("server_price", None, r"(?:一台|每台|单台)\s*(?:服务器|机器)?\s*(?:报|报价|报到|开价|卖)\s*(?P<at>us\$|\$|¥|￥)?\s*$"),
    # ("H20一张按十万块算": one card, then its price in 块, yuan)
    ("price", None, r"(?:一张|每张|单张|一块卡|每块卡)\s*(?:卡)?\s*(?:按|算|是|要|大概|约|大约)\s*$",
     T + r"\s*(?:块钱?|元)(?!\s*(?:卡|/|每|一)\s*(?:卡时|小时|度))"),
    # ("英特尔Gaudi 3报价便宜 一张十二万，H100那边报二十二万": the card named, then its quote)
    ("price", None, r"#+\s*(?:那边|这边|那头)\s*(?:报|报到|开价|卖)\s*(?:大概|大约|约|差不多)?\s*"
     r"(?P<at>us\$|\$|¥|￥)?\s*$"),
    # ("买一台DGX H100大概280万": the server named after "一台", then its price in 万)
    # ("买一台二手DGX A100一百二十来万": a used one, its price)
    ("server_price", None, r"(?:(?<=一台|每台|单台)|(?<=一台二手|一台全新|一台现货)|(?<=一台二手的|一台全新的))"
     r"\s*&+\s*(?:整机|服务器)?\s*(?:大概|大约|约|差不多|要|是|在|报价|价格)?\s*$",
     T + r"(?:元|块|人民币|美元|左右|上下|出头|(?=\s*(?:[，,。；;？?！!]|$)))"),
    # ("H20整机，8卡一台95万左右": a machine's price in 万, said right after "一台")
    ("server_price", None, r"(?:一台|每台|单台)\s*(?:大概|大约|约|差不多|要|是|在)?\s*$",
     T + r"\s*(?:[万萬]\s*)?(?:元|块|人民币|左右|上下|出头)(?!\s*(?:张|台|卡|个|token|tokens|瓦|w\b|kw|度|小时|次|人))"),
    # "整卡 US$31k 里 HBM 占多少": the whole card, its price
    ("price",
     None, r"(?:整卡|整张卡)\s*(?:的)?\s*(?:价格|售价|单价|价)?\s*(?:是|为|约|大约|大概)?\s*(?P<at>us\$|\$|¥|￥)?\s*$"),
    # "年度预算批下来了，AI这块一共1200万": the budget named, then its total in 万 or 亿 later in the sentence
    ("budget", None, r"(?:预算|经费)[^。？?!！\d]{0,20}?(?:一共|总共|合计|总计|共)\s*(?:是|有|约|大概|大约)?\s*(?P<at>)$",
     T + r"(?!\s*(?:张|台|块(?!钱)|个|人|次|条|token|用户|卡|%|倍|小时|天|w\b|kw|瓦))"),
    # "课题组经费就5万块": the money there is, said as 经费 or 预算, then its amount in 块 or 元
    # (not "单台预算 230 万元": one server's price)
    ("budget", None, r"(?<!单台)(?<!每台)(?<!单卡)(?<!每卡)(?<!单张)(?<!每张)(?:(?:经费|资金)\s*"
     r"(?:就|只有|仅有|才|一共|总共|大概|约|是|有)?|预算\s*(?:就|只有|仅有|才))\s*$",
     # ("算力经费就30万，…": the amount alone, its clause ending there; "预算只有50万够不够": its sufficiency asked)
     T + r"\s*(?:块钱?|元)|" + T + r"(?=[,，。;；?？]|$|\s*(?:够不够|够吗|够用吗|够不|行不行|能不能))"),
    # "每天 50 亿输入、10 亿输出": a day's tokens, the side said right after each amount (no "token" word)
    ("tokens_per_day", None, r"(?:每天|每日|日均|一天)\s*(?:约|大约|大概|有)?\s*$|"
     r"(?:每天|每日|日均|一天)\s*[^，,。；;]{0,16}?(?:输入|输出)\s*[、,，和及与]\s*(?P<at>)$",
     T + r"(?:输入|输出)(?!\s*(?:长度|约|大约|平均|\d))"),
    # "全天输出token量为30亿", "每天的token总量约50亿": the day's tokens, named before the number
    ("tokens_per_day",
     None, r"(?:全天|每天|每日|一天|日均)\s*(?:的)?\s*(?:输出|生成|处理|消耗)?\s*(?:的)?\s*(?:tokens?|词元)\s*"
     # ("日均输出token按30亿计": the figure to count at, said with 按)
     r"(?:量|数|总量|数量)?\s*(?:为|是|约|有|达|达到|大概|按照?|取|以)?\s*$", T + r"(?!\s*(?:%|倍|年|个?月|天|周))"),
    # "全辖高峰同时在线柜员约9000人", "同时在用的坐席大概 3000 个": people on at once, each a stream
    # ("同时在线的AI队友大概1.2万个": the thing online named with latin letters in it)
    # ("同时200位医生在用": at once, the people counted then what they do)
    ("concurrent_users", None, r"同时\s*(?:大概|大约|约|有)?\s*$",
     # ("高峰同时1500个包厢在说话": the rooms counted, then what they are doing; or the count's clause ends there)
     T + r"\s*(?:万|千)?\s*(?:来|多)?\s*(?:位|名|个|条|路|场|间)\s*[\u4e00-\u9fff]{0,3}?\s*(?:在用|在线|使用|用|上线|在等|在问|排队|"
     r"在(?!内|里|上|中|的)[\u4e00-\u9fff]|(?<![卡型本点器柜群])(?=\s*(?:[，,。；;？?]|$)))"),
    ("concurrent_users",
     # ("同时开播的直播间峰值2.5万个": live rooms on air at once, each a stream)
     None, r"(?:同时在线|同时上线|同时在用|同时使用|同时登录|并发在线|同时在?(?:问|提问|发问|聊|聊天|对话|咨询)|"
     r"同时(?:开播|直播|推流|连麦|通话|在播))\s*(?:的)?\s*(?:[a-z]{1,4}\s*)?[\u4e00-\u9fff]{0,4}?\s*"
     r"(?:约|大约|大概|有|达|达到|峰值|不超过|最多|至多)?\s*$", T + r"\s*(?:万|千)?\s*(?:人|个|位|名|路)?(?!\s*(?:台|辆|张|卡|块|次))"),
    # ("公司批了1.2亿的AI算力预算": the amount, then the budget it is)
    ("budget",
     T + r"\s*(?:元|块|人民币)?\s*的(?!话)\s*(?:[a-z]{0,3}\s*(?:(?!的)[\u4e00-\u9fff]){0,4})?预算", None),
    # "总行给了900万", "集团批了 2 亿": money granted, a budget
    # ("年底突击花预算，还剩两千四百万": what is left of a budget named before)
    ("budget", None, r"(?:预算|经费|资金)[^。；;？?]{0,12}?(?:还剩|剩下|剩余|还有)\s*(?:约|大概|大约)?\s*$",
     T + r"\s*(?:元|块|人民币|美元)?\s*(?=[,，。;；、)）]|$)"),
    # ("横向项目到账120万": money received)
    # ("专项债批下来5个亿": granted, said as come down)
    # ("got approved 250k for an AI pilot": the money approved)
    ("budget", None, r"\b(?:got|get|was|were|been|had)\s+approved\s+(?:for\s+)?(?:about\s+|around\s+|~)?"
     r"(?:us\$|\$)?\s*$", r"^\s*(?:[km]|mn|million)?\b(?!\s*(?:users?|people|tokens?|gpus?|cards?|/|per\b|an?\s+(?:hour|month)))"),
    # ("刚融了300万，一半打算花在GPU上": money raised, the budget)
    ("budget", None, r"(?:给了|批了|批下来了?|拨了|批复了?|下拨了?|拨款|到账了?|入账了?|到位了?|融了|融资了?|筹了|"
     r"(?:拉到了?|拿到了?)(?:投资|融资))\s*(?:约|大概|大约)?\s*$",
     # ("今年GPU预算批了1.2个亿（人民币）": its currency in brackets after it)
     T + r"\s*(?:元|块|人民币|美元)?\s*(?=[,，。;；、)）]|$|[(（]\s*(?:人民币|rmb|美元|usd|元)\s*[)）]|"
     # ("老板批了20万买卡": what it buys said right after)
     r"(?:用来|拿来|用于)?\s*(?:买|采购|租|购买)\s*(?:卡|显卡|gpu|服务器|算力|#)|"
     # ("老板批了50w搞AI": what it is for said right after)
     r"(?:来|用来|拿来|用于)?\s*(?:搞|做|上|投|建)\s*(?:ai|人工智能|大模型|算力|智能客服|gpu|#))"),
    # "同时在线8000台车": vehicles on at once, each a stream (before the count of vehicles below)
    ("concurrent_users", None, r"同时\s*(?:在线|在用|上线)?\s*(?:大约|约|大概)?\s*$",
     T + r"\s*(?:万|萬|千)?\s*(?:台|辆|輛)\s*(?:车|車|robotaxi|无人车|無人車|机器人|機器人)"),
    # "全院1200张床位", "800 beds": the beds a hospital's notes are written for, each a user of the model
    ("users",
     T + r"\s*(?:张\s*)?(?:病床|床位|张床)(?![\u4e00-\u9fff]{0,2}(?:卡|gpu))|" + T + r"\s*(?:hospital |inpatient )?beds\b", None),
    # "部署了3000台AMR", "2000部機械人", "500台机械臂", "1000台AGV": machines that each call the model, the users
    ("users",
     T + r"\s*(?:台|部|个|個|辆|輛)\s*(?:[\u4e00-\u9fff]{0,4})?(?:机器人|機器人|机械人|機械人|机械臂|機械臂|amr|agv|无人机|"
     r"無人機|配送车|配送車|车(?!间)|車|robotaxis?|无人车|無人車)(?![a-z])", None),
    # "机器人数量从5000台增长到3万台", "车队5000台robotaxi", "车队规模…现在1.5万台": the machines named first,
    # counted in 台
    ("users",
     None, r"(?:机器人|機器人|机械人|機械人|机械臂|機械臂|amr|agv|车队|車隊)\s*(?:数量|數量|数|數|规模)?\s*"
     r"(?:从|由|有|约|大概|共|计划从)?\s*$",
     T + r"\s*(?:万|萬|千)?\s*(?:台|部|个|個|辆|輛)(?!\s*(?:服务器|伺服器|机器|機器|整机|gpu|卡|[#&]))"),
    # "3000台自动驾驶测试车 … 每台每天200次请求": each vehicle's (or robot's, device's) requests a day, the
    # things counted named before (not "8台服务器，每台每天能处理2万次": a server's work)
    ("queries",
     None, r"(?:车|車|机器人|機器人|设备|設備|终端|終端|摄像头|攝像頭|机械臂|機械臂)[^。？?；;]{0,60}?(?P<at>)"
     r"每(?:台|辆|輛|部|个|個)\s*(?:车|車)?\s*每(?:天|日)\s*(?:约|大概|大约|平均)?\s*$",
     T + r"\s*(?:次|条|條|个|個)"),
    # "每日工单200万张", "每天订单约30万单": the tickets named first, then their count with its counter
    ("queries",
     None, r"(?:工单|工單|订单|訂單|单据|單據|发票|發票)\s*(?:量|数|數|数量|總量|总量)?\s*(?:约|大概|大约|有|是|为|達|达)?\s*$",
     T + r"\s*(?:万|萬|千|亿|億)?\s*(?:张|張|单|單|笔|筆|份|个|個)"),
    # "• 日均工单 6万", "目前日均对话 20万": the day's tickets or conversations, a label then the count
    # ("日均咨询会话300万通": two such words)
    ("queries", None, r"(?:日均|每天|每日|一天|每天的|日)\s*(?:的)?\s*(?:咨询|諮詢|客服|热线|熱線)?\s*"
     r"(?:工单|工單|对话|對話|会话|會話|咨询|諮詢|请求|請求|调用|調用|"
     r"问答|問答|订单|訂單|来电|來電|通话|通話|话务|話務|呼入|外呼|呼出|门诊|門診|就诊|就診|问诊|問診|接诊|单(?=量))\s*"
     r"(?:量|数|數|数量|次数)?\s*"
     # ("日均咨询量平时1200万左右", "日均单量现在1.8亿": when, said between)
     r"(?:约|大概|大约|有|是|为|達|达|[:：])?\s*(?:平时|平常|现在|目前|通常|一般|日常)?\s*(?:大概|大约|约)?\s*$",
     T + r"\s*(?:万|萬|千|亿|億)?(?!\s*(?:个|個)?\s*(?:token|字|张卡|卡|元|块|美元|%|倍|轮|輪))"),
    # "每天出报告一千二百份", "每天生成病历3000份": the day's reports or records, counted by the copy
    ("queries", None, r"(?:每天|每日|日均|一天)\s*(?:要)?\s*(?:出|生成|写|产出|处理)?\s*(?:报告|報告|病历|病歷|影像报告|病例|文书|文書)\s*"
     r"(?:大概|大约|约)?\s*$", T + r"\s*(?:万|萬|千)?\s*(?:份|篇)"),
    # "每日大約2萬張工單", "每天4万单": tickets or orders counted, each a conversation (not cards, not tokens)
    ("queries", T + r"\s*(?:个|個|张|張|笔|筆)?\s*(?:工单|工單|订单|訂單|"
     r"(?:单|單)(?=\s*(?:[,，。;；、)）?？!！]|$|量|/|每|左右|上下)))", None),
    # ("we charge $360 per seat per year", "$299/user/yr", "每个律师年费3600元", "每用户每年收费3600元": what each
    # user pays a year, a twelfth of it a month; it had been read as a budget)
    ("user_price_year", T + r"(?:k)?\s*" + CUR + r"?\s*[)）]?\s*(?:/|per|a|each|every)\s*(?:" + ONE_USER + r"|"
     r"account|licen[cs]e)s?\s*(?:(?:/|per|a|each|every)\s*(?:year|yr|annum)\b|annually\b|/\s*年|每年)|"
     + T + r"(?:k)?\s*" + CUR + r"?\s*(?:/|per|a)\s*(?:year|yr)\s*(?:/|per|a|each)\s*(?:" + ONE_USER + r")s?\b|"
     + T + CUR + r"?\s*/\s*(?:人|用户|席位|账号)\s*/\s*年", None),
    ("user_price_year",
     None, r"(?:每(?:个|位|名)?\s*" + ONE_USER_ZH + r"|(?:用户|律师|医生|会员|账号|席位|客户|学生|老师)\s*)"
     r"[^，,。；;\d]{0,4}?(?:的)?\s*(?:年费|每年(?:收费|费用|订阅费|付|交)|一年(?:收费|付|交))\s*"
     r"(?:是|为|约|大概|大约)?\s*$|年费\s*(?:是|为|约|大概)?\s*$", T + r"(?:万|千|k)?\s*(?:块钱?|元|美元|美金|刀|人民币)?"
     r"(?!\s*(?:/|每)\s*(?:张|卡|台|小时|度))"),
    # "we charge $20 per seat per month", "at $19/seat/month", "$5/month user", "$9.99/mo per user",
    # "30元/人/月": what each user pays a month, before any price's rule reads the amount alone
    # ("HK$780 (~US$100) per lawyer per month": the twin in brackets, the words after the bracket)
    ("user_price", T + r"(?:k)?\s*" + CUR + r"?\s*[)）]?\s*(?:/|per|a|each|every)\s*(?:" + ONE_USER + r"|client|"
     r"account|licen[cs]e)s?\s*(?:(?:/|per|a|each|every)\s*(?:month|mo)\b|monthly\b|/\s*月|每月)|"
     + T + r"(?:k)?\s*" + CUR + r"?\s*(?:/|per|a)\s*(?:month|mo)\s*(?:/|per|a|each)?\s*(?:" + ONE_USER + r")s?\b|"
     + T + CUR + r"?\s*/\s*(?:人|用户|席位|账号)\s*/\s*月", None),
    # ("29 € pro Makler und Monat", "$29 per broker per month": whoever is charged, by any name, a month;
    # not what a machine, a unit or a volume costs a month)
    ("user_price", T + r"(?:k)?\s*" + CUR + r"\s*(?:/|per|each)\s*(?!(?:gpus?|cards?|servers?|nodes?|racks?|"
     r"cabinets?|box(?:es)?|chips?|instances?|accelerators?|kw|kwh|mw|hours?|hrs?|gb|tb|units?|pods?|vms?|cores?|"
     r"tokens?|months?|days?|weeks?|years?|requests?|queries|calls?|sites?|clusters?|systems?)\b)[a-z]{3,}\s*"
     r"(?:/|per|a|each|every)\s*(?:month|mo)\b", None),
    # ("这个季度一共要做6轮实验", "要做5轮实验的话总共呢": rounds of experiments, each a run; before 轮 is read as
    # a conversation's turns)
    ("runs", T + r"\s*(?:轮|组)\s*(?:独立|重复|对比|消融|超参(?:数)?|调参)?\s*(?:实验|训练|微调)"
     r"(?!\s*(?:数据|集|卡|时|小时|的(?:数据|卡)))", None),
    # ("微调一次大概要用3200卡时，一年打算做6次": the run repeated so many times a year)
    ("runs", None, r"(?:一年|每年|全年|今年)\s*(?:打算|计划|要|准备|预计)?\s*(?:做|跑|训|搞|来)\s*$",
     T + r"\s*(?:次|轮|回)(?!\s*(?:请求|查询|调用|对话))"),
    # ("够不够训两次 Llama 3 8B、每次 15T token": the training run done so many times)
    ("runs", None, r"(?:训|训练|微调|预训练)(?:了|上)?\s*$", T + r"\s*次(?!\s*/)"),
    # ("4x PowerEdge XE9680, 8x H100 each": servers counted by a maker's product name, masked as a label)
    ("servers", T + r"\s*[x×]?\s*(?:(?:dell|hpe|supermicro|lenovo|inspur|gigabyte|poweredge|proliant|thinksystem|"
     r"superserver|uniserver|primergy|cray)\s+){0,2}_{2,}", None),
    # ("Weighbridge tickets: ~25 000 a day": the things counted named first, as a label, then a day's count)
    ("queries", None, r"\b(?:tickets|requests|queries|calls|documents|docs|forms|invoices|orders|messages|emails|"
     r"claims|reports|jobs|scans|images|photos|records|transactions|chats|conversations|bookings|inspections|"
     r"work orders|cases|lookups|searches)\s*[:：]?\s*(?:~|≈|about|around|roughly)?\s*$",
     r"^\s*(?:k\b)?\s*(?:a|per|each|every|/)\s*(?:day|d)\b"),
    # ("We currently pay $30 per tech per month for a SaaS copilot": the sign before the amount)
    ("user_price", None, r"(?:us\$|\$|€|£)\s*$",
     r"^\s*(?:k)?\s*(?:/|per|each)\s*(?!(?:gpus?|cards?|servers?|nodes?|racks?|"
     r"cabinets?|box(?:es)?|chips?|instances?|accelerators?|kw|kwh|mw|hours?|hrs?|gb|tb|units?|pods?|vms?|cores?|"
     r"tokens?|months?|days?|weeks?|years?|requests?|queries|calls?|sites?|clusters?|systems?)\b)[a-z]{3,}\s*"
     r"(?:/|per|a|each|every)\s*(?:month|mo)\b"),
    # "at $19.99/mo and 200k paid subs", "is $4.99/mo enough?? heavy users …": a monthly price in dollars is
    # what each user pays (not a card's, a server's or a rack's)
    # a bill said of a period: "should be $40k/month in power", "$1.2M a year on electricity": the total over
    # that period (calc/assign.py)
    ("bill", T + r"(?:k|m|mm|million)?\s*(?:/|per|a|an)\s*(?:month|mo|year|yr)\s+(?:in|for|on|of)\s+"
     r"(?:power|electricity|energy|the power bill)\b", None),
    # "(vs $98.32 OD)", "$3.90 on-demand", "$2.10 spot": an hour's rent, named by how it is bought
    ("rent",
     None, r"(?:us\$|\$|¥|￥)\s*$", r"^\s*(?:/\s*(?:hr|hour|h)\s*)?(?:od|on[- ]demand|payg|pay[- ]as[- ]you[- ]go|spot)\b"),
    ("sub_price",
     None, r"(?:us\$|\$|¥|￥)\s*$", r"^\s*(?:/|per|a)\s*(?:month|mo\b|月)(?!\s*(?:/|per|a|each|for)\s*"
     r"(?:gpu|card|chip|server|node|box|rack|instance|[#&]))"
     # (not "$40k/month in power": a bill)
     r"(?!\s*(?:in|for|on|of)\s+(?:power|electricity|energy|the power bill)\b)"),
    # "twenty bucks a month, ten million subscribers", "paying 9.9 yuan/month": the currency's word after the amount
    ("sub_price",
     T + r"\s*(?:bucks|dollars|usd|yuan|rmb|cny|元|块)\s*(?:/|per|a)\s*(?:month|mo)\b(?!\s*(?:/|per|a|each|for)\s*"
     r"(?:gpu|card|chip|server|node|box|rack|instance|[#&]))", None),
    # ("We bill clients $45 per reviewer seat per month": the seat, of a kind, after the amount)
    # ("$45 per store-seat per month": a hyphened kind too)
    ("user_price", T + r"\s*(?:/|per|a)\s*(?:[a-z]+[\s-]+)?(?:seat|user|subscriber|member|licen[cs]e|head)\s*"
     r"(?:/|per|a)\s*(?:month|mo)\b", None),
    # "each seat $25/month", "seats are $30/month": the seat said first, then its monthly price
    ("user_price", None, r"\b(?:each |per |a |every |the )?(?:seats?|users?|subscribers?|licen[cs]es?)\s*"
     r"(?:are|is|costs?|pays?|go for|at|=|:)?\s*(?:us\$|\$|usd\s*)?$", r"^\s*(?:k\b)?\s*(?:/|per|a)\s*(?:month|mo)\b"),
    # "每个付费用户每月 68 块", "学生每月 19.9 元", "ARPU 每月 25 元", "月费 20 元": what each user pays
    # ("每月收费99元/店": a month's charge per store, the one each pays)
    # "月卡每月收费30元", "会员每个月收费19.9元": a card or membership charged by the month
    ("user_price",
     None, r"(?:月卡|季卡|年卡|会员|订阅|包月)[^，,。；;\d]{0,4}?(?:每月|每个月|一个月)\s*(?:收费|收|费用)\s*"
     r"(?:是|为|按)?\s*$",
     # ("订阅每月收19.9，付费用户30万": the amount alone, its clause ending after it, is yuan)
     T + r"\s*(?:块钱?|元|美元|美金|刀|(?=\s*(?:[,，。；;?？!！]|$)))"),
    ("user_price", None, r"(?:每月|每个月|月)\s*(?:收费|收|费用|订阅费|会员费)?\s*(?:是|为|按)?\s*$",
     T + r"\s*(?:块钱?|元|美元|美金|刀)\s*/\s*(?:店|家|户|人|用户|商家|门店|账号|席|坐席|座席|客户)"),
    # ("they ask 3-4 things each": the asks of each person, by the verb, whatever they are called)
    # ("Each of those asks maybe 2 things": each of the people just counted)
    ("queries", None, r"\beach\s+of\s+(?:those|them|these)\s+(?:asks|sends|makes)\s*"
     r"(?:about|around|roughly|maybe|~)?\s*$", T + r"\s*(?:things|questions|queries|requests|prompts|messages)\b"),
    ("queries", None, r"\b(?:they|people|users|guests|visitors|customers|staff|we|i)\s+(?:ask|asks|asked|query)\s*"
     r"(?:about|around|roughly|maybe|~)?\s*(?:\d+\s*(?:-|–|to)\s*)?$",
     T + r"\s*(?:things|stuff|bits)\s+(?:each|apiece|a day|per day|per visit|a visit)\b"),
    # ("打算给会员推AI助手，每月收29.9，", "VIP客户每月就收19块"): a month's charge, by the verb of charging
    ("user_price", None, r"(?:每月|每个月|包月)\s*(?:就|只|才|只要|仅)?\s*(?:收费|收)\s*(?:是|为|按)?\s*$",
     T + r"\s*(?:块钱?|元|美元|美金|刀|(?=\s*(?:[,，。；;?？!！]|$)))"),
    ("user_price",
     None, r"(?:(?:用户|席位|坐席|座位|账号|会员|学生|家长|家庭|玩家|患者|车主|每车|每辆车|每台车|员工|老师|律师|医生|客户|客|店|每户|"
     r"门店|商家|arpu|订阅|每人|每位|老人|长者|住户|学员|"
     r"\bper (?:seat|user))"
     r"[^，,。；;\d]{0,8}?(?:每月|每个月|一个月)|\barpu|"
     # ("打算做会员，每月9.9元": the membership named, its price after a comma)
     r"(?:会员|订阅|包月)[^，,。；;\d]{0,4}?[，,]\s*(?:每月|每个月)|"
     # ("每位老人每月收AI陪护服务费30元": what the charge is for said between)
     r"月费|月費|订阅费|会员费|包月费)\s*(?:只|才|平均|大概|约)?\s*"
     r"(?:(?:付|收|交|收费|分摊|摊到|摊|承担)(?:[^，,。；;\d]{0,10}?(?:服务费|费用|会费|月费|费))?|是|为)?\s*(?:大概|约|大约)?\s*$",
     T + r"(?:万|千|k)?\s*(?:块钱?|元|美元|美金|刀|人民币)"),
    # "会员每月收 ¥30": what each member pays a month, the currency before the amount
    ("user_price",
     # ("每家商家每月收$49": any payer, in dollars too)
     None, r"(?:会员|用户|订阅|每人|每个用户|每位用户|商家|商户|门店|客户|账号|席位|坐席|学生|家长|玩家|员工|律师|医生|车主|"
     r"每家|每户)[^，,。；;\d]{0,6}?(?:每月|每个月|一个月|月)\s*"
     r"(?:收|付|交|收费)?\s*(?:大概|约)?\s*(?:[¥￥]|us\$|\$)\s*$", T),
    # "月卡 30 元", "monthly pass is $4", "monthly sub: $9.99": a month's pass or card, its price what each
    # user pays a month
    ("user_price",
     None, r"(?:月卡|月票|包月卡|\bmonthly (?:pass|card|sub(?:scription)?|plan|membership|fee))\s*"
     r"(?:价格|价|售价|卖|只要|是|为|:|：|=|is|costs?|at|of|for)?\s*(?:us\$|\$|¥|￥)\s*$",
     T + r"(?:k)?(?!\s*(?:/|per|a|每)\s*(?:gpu|card|卡|小时|hour|h\b|kwh|度))"),
    ("user_price",
     None, r"(?:月卡|月票|包月卡|\bmonthly (?:pass|card|sub(?:scription)?|plan|membership|fee))\s*"
     r"(?:价格|价|售价|卖|只要|是|为|:|：|=|is|costs?|at|of|for)?\s*$",
     T + r"(?:k)?\s*(?:块钱?|元|美元|美金|刀|usd|rmb|bucks|dollars)(?!\s*(?:/|per|a|每)\s*(?:gpu|card|卡|小时|hour|h\b|kwh|度))"),
    # ("会员月卡19.9一个月", "会员19.9元/月": a membership's price, the month said after it)
    ("user_price",
     None, r"(?:会员|月卡|月票|包月卡|会员卡|订阅)\s*(?:价格|价|售价|卖|只要|是|为|:|：)?\s*$",
     T + r"\s*(?:块钱?|元)?\s*(?:/\s*月|一个月|每月|每个月|一月)"),
    # "个人版每月订阅39元": the month, the subscription, then its price
    ("user_price", None, r"(?:每月|每个月|包月)\s*(?:订阅|会员)(?:费|价)?\s*(?:是|为|只要|仅)?\s*$",
     T + r"(?:万|千|k)?\s*(?:块钱?|元|美元|美金|刀|人民币)"),
    # "我们per seat每月$99": the seat, the month, then the dollars
    ("user_price",
     None, r"(?:\bper (?:seat|user|head)|每个?(?:座位|席位|坐席|用户|工位|账号))\s*(?:每月|每个月|/月|a month|monthly|per month)"
     r"\s*(?:us\$|\$|¥|￥)\s*$"),
    # "每个工位每月收费200元": who pays, the month, the charge, then its amount
    ("user_price",
     None, r"每个?(?:用户|工位|座位|席位|坐席|账号|终端)\s*(?:每月|每个月|一个月)\s*(?:收费|收|订阅费?|费用|付费?)\s*(?:是|为|约)?\s*$",
     T + r"(?:万|千|k)?\s*(?:块钱?|元|美元|美金|刀)"),
    # "打算每月收每人9.9元": the month, the charge, then who pays it
    ("user_price",
     None, r"(?:每月|每个月|按月)\s*(?:收取|收费|收|要)\s*(?:每人|每个人|每位|每名|每个?用户|每位用户|每名用户)\s*"
     r"(?:约|大概|大约)?\s*(?:us\$|\$|¥|￥)?\s*$", T + r"(?:块钱?|元|美元|美金|刀)?(?!\s*(?:万|亿|张|台|卡|个|次|%))"),
    # "vs their $9.99 sub", "a $20 subscription": a subscription's price, by the month
    ("user_price",
     None, r"(?:us\$|\$|¥|￥)\s*$", r"^\s*(?:/\s*(?:mo|month)\s*)?(?:subs?|subscriptions?|memberships?)\b"),
    # "每月向每位用户收 25 美元": the month said first, then who pays it
    ("user_price",
     None, r"(?:每月|每个月|按月)\s*(?:向|跟|找|对|从)?\s*(?:每位|每个|每名|每一位)?\s*(?:用户|会员|客户|订阅者|人)"
     r"\s*(?:收取|收费|收|要)\s*(?:约|大概|大约)?\s*(?:us\$|\$|¥)?\s*$"),
    # "订阅 $20/月", "会员 ¥30/月": a subscription's price a month
    ("user_price",
     None, r"(?:订阅|会员|月费|包月|增值包|套餐|subscription|\bsub|\bplan)\s*(?:费|价|价格|price)?\s*(?:是|为|:|：|=|at|is|of)?\s*"
     r"(?:us\$|\$|¥|￥)?\s*$", T + r"(?:k)?\s*(?:块钱?|元|美元|美金|刀|usd|rmb)?\s*(?:/|每|一)\s*(?:个)?(?:月|(?:month|mo)\b)"),
    # "我们subscription是每月$20", "会员是每月 30 元": the subscription, then its month, then the amount
    ("user_price",
     None, r"(?:订阅|会员|增值包|套餐|subscription|sub|plan)\s*(?:费|价|价格|price)?\s*(?:是|为|:|：|=)?\s*"
     r"(?:每月|每个月|一个月|包月)\s*(?:us\$|\$|¥|￥)?\s*$", T + r"(?!\s*(?:万|亿|张|台|卡|个|人|%))"),
    # "每月收 19.9 元，日活 50 万": a subscription's monthly charge said first (a small amount, no 万)
    ("user_price",
     None, r"(?:^|[，,。；;:：\s]|每户|每家|每人|每位|每个用户)(?:每月|每个月|按月|包月)\s*(?:只|才|平均|大概|约)?\s*"
     # ("每人每月加收5块钱": an extra charged each month)
     r"(?:收|收费|收取|加收|多收|额外收|另收|再收)\s*(?:大概|约|大约)?\s*$", T + r"\s*(?:块钱?|元|美元|美金|刀)"),
    # "dgx h100 $400k x 32 nodes": a server's price times the count of servers
    ("server_price", None, r"(?:us\$|\$|¥|￥)\s*$",
     T + r"(?:k|m)?\s*(?:x|×|\*)\s*(?=[\d,.]+\s*[km]?\s*(?:&+|servers?|nodes?|boxes|racks?|machines|systems|chassis|台|柜)"
     r"(?![a-z]))"),
    # ("quote is ~$280k for the box", "€310k for one node": the price, the box it is for said after it)
    ("server_price", None, r"(?:us\$|\$|€|¥|￥)\s*$",
     T + r"\s*(?:k|m|mn|mm)?\s*(?:usd|eur)?\s*(?:for|on)\s+(?:the|a|one|that|this|each|every|our)\s+"
     r"(?:(?:whole|full|entire|complete)\s+)?(?:box|server|node|rack|chassis|machine|system)\b"),
    # ("an L4 we own ($2,600 card)", "a $1,800 mini server": the amount said as the thing's own price)
    # (the word right after the amount, not a rent's: "$450k for Q2 GPU rent")
    ("price", None, r"(?:us\$|\$)\s*$",
     T + r"(?:k\b)?[ -]?(?:gpus?|cards?|chips?|accelerators?)\b" + _NOT_ITS_PRICE),
    ("server_price", None, r"(?:us\$|\$)\s*$",
     T + r"(?:k\b)?[ -]?(?:(?:mini|small|tiny|1u|2u|4u|host|used|refurb(?:ished)?|gpu)[- ])?(?:servers?|boxe?s?|"
     r"nodes?|chassis|workstations?)\b" + _NOT_ITS_PRICE),
    # ("12% off a 4-GPU L40S server, list $68,000": the server's size and card named before, its list price)
    ("server_price",
     None, r"\b\d+[- ]?(?:gpu|card)s?[- ]?(?:#+\s*)?(?:server|node|box|chassis)\s*[,(]?\s*(?:list(?:\s+price)?|"
     r"priced at|list(?:ed|s)? at|quoted at)\s*(?:is|of|at|=|:)?\s*(?:about|around|~)?\s*(?P<at>us\$|\$|€|£)\s*$",
     r"^\s*(?:[kmb]\b|mn\b|million\b)?(?!\s*(?:/|per\b|an?\s+(?:h|hr|hour|month|mo|year|yr|day)\b))"),
    # ("12% off H100 PCIe list ($30,500)", "MSRP: $1,599": a card's list price, the amount after the word)
    # ("12% off on L40S, list was $9,200")
    ("price", None, r"(?:#+\s*)?\b(?:list|msrp|rrp|sticker)(?:\s+price)?\s*(?:[(（]|:|=|is|was|of|at)?\s*"
     r"(?:about|around|~)?\s*"
     r"(?:us\$|\$)\s*$", T + r"\s*(?:k\b)?(?!\s*(?:/|per|an?\s+(?:hour|hr|month)))"),
    # ("a discount off the ~$3.9m list on GB200 NVL72": the list price, the server named after it)
    ("server_price", None, r"(?:us\$|\$)\s*$",
     T + r"\s*(?:k|m|mn|mm)?\s*list(?:\s+price)?\s+(?:on|for|of|per)\s+(?:an?\s+|the\s+|each\s+)?&"),
    # ("… And what would one cost at ~$3.4M?": one of the things named, a card or a server, calc/assign)
    ("price",
     None, r"\bwhat (?:would|does|will|did|'d) (?:one|a rack|a server|a card) cost\s*"
     r"(?:at|if it'?s|@)?\s*(?:about|around|roughly|~)?\s*(?:us\$|\$)\s*$",
     T + r"\s*(?:[kmb]|mn|bn|million|billion)?(?!\s*(?:/|per\b|an?\s+(?:hour|hr|month|year|gpu)))"),
    # "rack price is $3.4M", "server cost: $290k": one server's (rack's) price
    ("server_price",
     None, r"\b(?:rack|server|node|box|chassis)\s+(?:list\s+)?(?:price|cost)\s*(?:is|=|:|of|at|~)?\s*"
     r"(?:about|around|roughly|~)?\s*(?:us\$|\$|¥|￥)\s*$"),
    # "rack price 3.2M usd": the currency after the amount
    ("server_price",
     None, r"\b(?:rack|server|node|box|chassis)\s+(?:list\s+)?(?:price|cost)\s*(?:is|=|:|of|at|~)?\s*"
     r"(?:about|around|roughly|~)?\s*$", T + CUR),
    # "gaudi 3 box (8 cards) is ~$125k?": the box, its size in brackets, then its price
    ("server_price",
     None, r"\b(?:rack|server|node|box|chassis)\s*[(（][^)）]{0,24}[)）]\s*(?:is|costs?|runs?|goes for|at|=|:|@)?"
     r"\s*(?:about|around|roughly|~)?\s*(?P<at>us\$|\$|¥|￥)\s*$",
     # (not "node (8 GPUs) at $3.50/gpu-hr": an hour of each card)
     r"^(?!\s*(?:/|per|an?|each)\s*(?:gpu|card|chip|accelerator)?\s*[- /]?\s*(?:hours?|hr|h)\b)"),
    # ("an HGX box with 8 GPUs (H200 SXM) is about $310k", "… is approx. 310 k€": the box, its cards said with
    # it, then its price, the currency before or after the amount)
    # ("box w/ 2x RTX 4090 quoted $9,800": the cards named after their count)
    # ("a Dell R760xa w/ 4x L40S came in at $52k": any machine's name before the cards it holds)
    ("server_price", None, r"(?:\b(?:rack|server|node|box|chassis|workstation|rig|machine|system|tower|[a-z]+\d+[a-z\d-]*)|_+)\s+(?:with|w/)\s+\d+\s*(?:(?:gpus?|cards?|x)\s*"
     # ("a server with 8 RTX 4090 for 180,000 RMB": the cards named without a word for them)
     r"(?:#+\s*(?:gpus?|cards?|s)?\s*)?|#+\s*(?:gpus?|cards?|s)?\s*)"
     r"(?:[(（][^)）]{0,24}[)）])?\s*(?:is|costs?|runs?|goes for|at|=|:|@|quoted(?: at)?|priced at|came in at|comes in at|"
     r"for)\s*(?P<at>)(?:about|around|roughly|approx\.?|~)?"
     r"\s*(?:us\$|\$|€)?\s*$",
     r"^(?!\s*(?:k\s*)?(?:[$€]\s*)?(?:/|per|an?|each)\s*(?:gpu|card|chip|accelerator)?\s*[- /]?\s*(?:hours?|hr|h)\b)"),
    # "一个8卡H100服务器二手现在大概18万美元": a server named, then what it costs now
    ("server_price",
     None, r"(?:服务器|整机|机柜|一台机器|&+)\s*(?:二手价?|全新价?|现在|目前|市场价|行情|报价|价格|售价|单价|的价格|卖|售|"
     r"大概|大约|约|要|是|为|差不多|才|只要)*\s*(?:us\$|\$|¥|￥)?\s*$",
     r"^\s*(?:万|千|k)?\s*(?:美元|美金|刀|元|块|人民币)(?!\s*(?:/|每|一)\s*(?:小时|卡时|h|月|年))"),
    # ("A DGX A100 came up second-hand for $65k", "a used HGX H100 went for $190k at auction": the server named,
    # then what it sells for)
    ("server_price",
     # (one server, no count before it: "4 DGX H100 for $1.2M" is what the four cost)
     None, r"(?<![&\d])(?<!\d\s)(?<!\dx\s)&+\s*(?:(?:came up|comes up|is|was|went|goes|going|listed|listing|selling|sold|offered|available|"
     r"up)\s+)?(?:(?:second-hand|secondhand|used|refurb(?:ished)?|on ebay|at auction|on sale)\s+)?(?:for|at)\s*"
     r"(?:about|around|roughly|just|only|~)?\s*(?P<at>us\$|\$|€)\s*$",
     r"^\s*(?:[kmb]\b|mn\b|bn\b|million\b)?(?!\s*(?:/|per\b|an?\s+(?:h|hr|hour|month|mo|year|yr|day)\b|"
     r"total\b|in total\b|all[- ]in\b|altogether\b))"),
    # ("If a DGX B200 is ~$515k can we afford one": one server named, then what it costs)
    ("server_price",
     None, r"\b(?:an?|one|each|the)\s+&+\s*(?:box|system|server|node)?\s*(?:is|costs?|runs?|goes for|=|lists at|"
     r"sells for|is priced at)\s*(?:about|around|roughly|approx\.?|~)?\s*(?P<at>us\$|\$|€|£)\s*$",
     r"^\s*(?:[kmb]\b|mn\b|bn\b|million\b)?(?!\s*(?:/|per\b|an?\s+(?:h|hr|hour|month|mo|year|yr|day)\b))"),
    # "how much of a $32k price tag is just memory?": a card's price, named by its tag
    ("price",
     None, r"(?P<at>us\$|\$|¥|￥)\s*$", r"^\s*(?:k|m)?\s*(?:price[- ]?tag|list price|sticker price)\b"),
    # "client capped AI spend on this matter at $40k", "spend is capped at $2M": the most that may be spent
    ("budget", None, r"\b(?:capped|cap(?:s|ped)?|limit(?:s|ed)?|ceiling)\b[^,.;:\d]{0,40}?\b(?:at|of|to)\s*"
     r"(?:about|around|roughly|~)?\s*(?:us\$|\$|usd|rmb|cny|¥)\s*$",
     r"^\s*(?:[kmb]n?\b|million|billion|thousand)?(?!\s*(?:/|per\b|an?\s+(?:hour|month|year)|each\b))"),
    # "card was $9k amortized over 36 mo": what the card cost, said of the card
    # ("At 2023 prices an H100 was ~US$30k": the card named)
    ("price",
     None, r"(?:\b(?:the\s+|each\s+|an?\s+|one\s+)?(?:card|gpu|chip|accelerator|board)s?|\b(?:an?|one|each|the)\s+#+s?)"
     # ("and the card's ~US$30k": the verb said as "'s")
     r"(?:\s+(?:was|were|cost|costs|is|are|r)|['’]s)"
     r"\s*(?:us|me|about|around|~|roughly|like)*\s*(?P<at>us\$|\$|¥|￥)\s*$",
     r"^\s*(?:[km]\b)?(?!\s*(?:/|per\b|an?\s+(?:h|hr|hour|month|mo|year|yr|day)\b))"),
    # "each rack ~$3.4M, what's the capex": one rack's (server's) price
    ("server_price",
     None, r"\b(?:each|per|one|a)\s+(?:rack|server|node|box|chassis)\s*(?:is|costs?|runs?|at|=|:|~|@)?\s*"
     r"(?:about|around|roughly|~)?\s*(?P<at>us\$|\$|¥|￥)\s*$",
     r"^\s*(?:[kmb]\b|mn\b|bn\b|million\b)?(?=\s*(?:[,;?!)(（]|\.(?!\d)|$|\s(?:each|what|and|for|with|so|then|right|correct|yeah|ok)\b))"),
    # "… 8-gpu box does 9.5k tok/s. box $320k, 3yr amort": the box named bare at a clause's start, then its price
    # ("HGX H200 8-GPU box ~$280k": the box's size said before it)
    ("server_price",
     None, r"(?:^|[.,;:!?，。；：]\s*|\b\d+[- ]?(?:gpu|card|#+)[- ]?)(?:rack|server|node|box|chassis)\s*(?:is|costs?|=|:|@|at|~)?\s*"
     r"(?:about|around|roughly|~)?\s*(?P<at>us\$|\$|¥|￥)\s*$",
     r"^\s*(?:[kmb]\b|mn\b|bn\b|million\b)?(?=\s*(?:[,;?!)(（]|\.(?!\d)|$|\s(?:each|what|and|for|with|so|then|right|correct|yeah|ok)\b))"),
    # "… and pay $200/month": each user's charge
    # ("we charge merchants $49/mo": who pays, named between)
    ("user_price",
     None, r"\b(?:pay|pays|paying|charge|charged|charging)\s+(?:us\s+|them\s+|each\s+|[a-z]+s\s+)?"
     r"(?:about|~|roughly)?\s*"
     r"(?:us\$|\$|¥|￥)\s*$", T + r"(?:k)?\s*(?:/|per|a)\s*(?:month|mo)\b(?!\s*(?:/|per)\s*(?:gpu|card))"),
    # "每百万输出 token 8 块钱，输入 2 块": the input's price beside the output's per million (calc/assign.py
    # reads an input length followed by money as the input's price)
    ("input_tokens",
     None, r"(?:百万|million|/\s*m\b)[^。；;?？]{0,30}[，,、]\s*(?P<at>)(?:输入|input)\s*(?:tokens?)?\s*(?:的)?\s*"
     r"(?:是|为|要|按|只要|才)?\s*$", T + r"\s*(?:块钱?|元|美元|美金|刀)"),
    ("input_tokens",
     None, r"(?:" + _IO_PAIR + r")\s*(?:tokens?\s*)?(?:=|:)?\s*$", r"^(?=\s*k?\s*/\s*[\d.,]+)"),
    ("output_tokens",
     None, r"(?:" + _IO_PAIR + r")\s*(?:tokens?\s*)?(?:=|:)?\s*[\d.,]+\s*k?\s*/\s*(?P<at>)$"),
    # "moe: active 22B / total 235B", "N=70B, D=2T" (6ND): sizes and tokens written key first
    # ("total 120B params, active 12B.": the active size after the total's, "params" not said again)
    ("active_params", None, r"\btotal\s*(?:params?|parameters?)?\s*(?:=|:)?\s*[\d.]+\s*[bt]\b[^.;?!]{0,20}?[,;/]\s*"
     r"(?P<at>)active\s*(?:=|:)?\s*$", r"^(?:\s*(?:b|billion)\b)?(?!\s*(?:tokens?|toks?|users?|gpus?|%))"),
    ("active_params",
     None, r"(?<!daily )(?<!weekly )(?<!monthly )\bactive\s*(?:params?|parameters?)?\s*(?:=|:)?\s*$",
     r"^\s*(?![\d.])(?!\s*(?:[bmt]\s*)?(?:tokens?|toks?|users?|gpus?|%|x\b|qps|rps|req|requests?|queries|conc|seq|total\b|总))"),
    # "70B dense, 8k prompt": a model's size said with its kind
    ("params", T + r"(?:dense|moe)\b(?!\s*(?:gpus?|cards?|nodes?|servers?))", None),
    ("params", None, r"\btotal\s*(?:params?|parameters?)?\s*(?:=|:)?\s*$",
     r"^\s*(?![\d.])(?!\s*(?:tokens?|toks?|flops?|users?|gpus?|cards?|requests?|queries|%|x\b|\$|usd|dollars?))"
     r"(?=\s*(?:[,;/)，；]|$|\s+(?:and|moe|model|params?)\b))"),
    ("formula", T + r"\s*[*·x×]?\s*n\s*[*·x×]?\s*d(?![a-z])", None),
    # "参数 1 万亿、训练数据 20T token": the model's size after the word
    ("params",
     None, r"(?<!激活)(?<!活跃)(?<!总)(?<![\d.][bmt])(?<![\d.][bmt] )(?:参数量?|模型规模)\s*(?:为|是|约|达|有)?\s*$",
     r"^(?!\s*(?:张|块|卡|台|个|gpu|%|x|倍|(?:个\s*)?tokens?|词元))"),
    ("params", None, r"(?<![a-z])n\s*=\s*$", r"^(?!\s*[kmb]?\s*(?:gpus?|cards?|nodes?|servers?|chips?)\b)"),
    # "B200 按 2.5 倍算": a card's speed said as a multiple, beside another card
    ("speedup",
     None, r"#+\s*(?:的?(?:性能|速度|算力|吞吐))?\s*(?:按|算|取|当)\s*$", r"^\s*倍\s*(?:算|计|来算|估)?"),
    # ("an H200 does 1.8x the tokens/sec of an H100": one card's rate said as a multiple of another's)
    ("speedup", None, r"#+\s*(?:does|do|gets?|delivers?|pushes|push|gives?|has|hits?|reaches|offers?)\s*"
     r"(?:about|roughly|around|like|~)?\s*$",
     r"^\s*(?:x|×|times)\s+(?:the\s+)?(?:tokens?\s*/\s*s(?:ec)?|tok/s|tokens per second|throughput|performance|"
     r"perf|speed|output|inference (?:speed|throughput))\s+(?:of|than)\s+(?:an?\s+|the\s+)?#|"
     # ("the H200 does 1.8x what an H100 does"): what the other card does
     r"^\s*(?:x|×|times)\s+what\s+(?:an?\s+|the\s+|our\s+)?#+s?\s+(?:does|do|gets?|delivers?|can do)\b"),
    # ("B200 is supposedly 3x H100 for training": one card said to be a multiple of another, named after it)
    ("speedup", None, r"#+\s*(?:is|are|=|≈|~)\s*(?:supposedly|apparently|reportedly|about|roughly|around|like|"
     r"basically|claimed to be|said to be|~)?\s*$", r"^\s*(?:x|×|times)\s*(?:(?:an?\s+|the\s+)?#|"
     # ("the MI355X is ~2.2x the older part": the other card, named later)
     r"(?:the|its|their)\s+(?:older|previous|prior|last|old|current|existing)\s+(?:part|card|chip|gen(?:eration)?|"
     r"model|one|gpu)\b)"),
    # "换成 H100 …？按 3 倍速度算": the new card's speed as a multiple, said after the ask
    ("speedup", None, r"(?:按|以|按照)\s*$", r"^\s*倍\s*(?:的)?\s*(?:速度|性能|算力|吞吐)"),
    # "one B200 = 2.5 H100", "1 张 B200 顶 2.5 张 H100": one card's worth in the other
    ("speedup", None, r"(?:\bone|\ba|\ban|\b1|一张|一块|一颗|1\s*张)\s*#+\s*(?:就|能|可以)*\s*"
     r"(?:=|≈|~=|equals|is worth|相当于|顶得上|顶|抵|replaces|can replace|does the work of)\s*"
     r"(?:about|~|约|大约)?\s*$", r"^\s*(?:x|×|个|张|块)?(?=\s*#)"),
    # ("MI355X听说一张能顶2.5张H100", "B200一张顶3张H100": the card named first, then one of it)
    ("speedup", None, r"#+\s*(?:[^\d#&，,。；;？?]{0,6}?)(?:一张|一块|一颗|单卡|单张)\s*(?:就|能|可以)*\s*"
     r"(?:相当于|顶得上|顶|抵)\s*(?:约|大约)?\s*$", r"^\s*(?:个|张|块)?(?=\s*#)"),
    # "1台DGX B200能顶6台DGX A100", "one DGX B200 replaces 6 DGX A100": one server's worth in the other
    ("speedup", None, r"(?:\bone|\ba|\ban|\b1|一台|1\s*台)\s*&+\s*(?:就|能|可以|就能)*\s*"
     r"(?:=|≈|~=|equals|is worth|replaces|can replace|does the work of|相当于|顶得上|顶|抵|替代|替换)\s*"
     r"(?:about|~|约|大约)?\s*$", r"^\s*(?:x|×|个|台)?(?=\s*&)"),
    # "600k H100-equivalents … if a B200 = 2.5x, how many B200s": one card's worth, the other card implied
    ("speedup", None, r"(?:\bone|\ba|\ban|\b1|一张|一块|一颗)\s*#+\s*(?:=|≈|~=|equals|is worth|相当于)\s*"
     r"(?:about|~|约|大约)?\s*$", r"^\s*(?:x|×|倍)(?![a-z])(?!\s*(?:an?\s+|the\s+)?#)"),
    # "DRAM $3/GB HBM 5x": the multiple said right after "HBM", DRAM priced in the same message
    ("hbm_multiple",
     None, r"(?<=dram)[^,;，；]{0,24}(?P<at>)\bhbm\s*(?:is|=|at|~|about)?\s*$", T + r"(?:x|×)(?![a-z0-9])"),
    # ("if one H200 costs about 32,000 €": a card's price, hedged, its currency after the number)
    ("price",
     None, r"(?:#+|\b(?:card|gpu|chip|accelerator))\s+(?:costs?|at)\s+(?:about|around|roughly|approx\.?|~|≈)\s*$",
     r"^\s*k?\s*(?:€|\$|eur\b|euros?\b|usd\b|dollars?\b)"),
    # ("12% off if we take 64": the cards an order takes, no noun after them)
    ("gpu_count",
     None, r"\b(?:if|when|once)\s+(?:we|i|you|they)\s+(?:take|buy|order|grab|purchase)\s*(?:about|~)?\s*$",
     r"^(?!\s*(?:[a-z#&§@_-]|%|/|\$|€))"),
    # ("buy L40S cards outright — need 4, at like $8,500 each": the cards named, then how many)
    ("gpu_count", None, r"#+s?(?![a-z])[^.;?!\d]{0,40}?\b(?:need|want|buying|buy|getting|get|ordering|order)\s*"
     r"(?:about|around|maybe|~)?\s*$", r"^\s*(?:[,;—–]|\s+at\b|\s*@|\s*$)"),
    ("gpu_count", None, r"(?<![a-z])n\s*=\s*$"),
    # ("L4 cards x2 running 24/7": the cards, then how many of them)
    # (not "512 GPUs x 45d": a period, the count's days)
    ("gpu_count", None, r"(?:#+|\bcards?|\bgpus?)\s+[x×]$",
     r"^(?![.,]?\d|\s*(?:%|[kmgt]?w\b|gb|tb|倍|d\b|days?\b|h\b|hrs?\b|hours?\b|weeks?\b|months?\b|天|小时))"),
    # ("how many days does it last if we keep 4 going nonstop": the cards kept busy)
    ("gpu_count", None, r"\b(?:keep|keeping|kept|run|running)\s*$",
     T + r"\s+(?:of (?:them|those) )?(?:going|running|busy|spinning|humming)\b"),
    # ("we want 3 running round the clock", "need 4 of them running 24/7": the cards rented or run, all day)
    ("gpu_count", None, r"\b(?:want|need|have|get|rent|keep|run)\s*(?:about|around|~)?\s*$",
     T + r"\s+(?:of (?:them|those|these) )?(?:running|going|up|on)\s+(?:round|around|all)\s+the\s+clock\b|"
     + T + r"\s+(?:of (?:them|those|these) )?(?:running|going|up|on)\s+(?:24/7|24x7|24\s*[x×]\s*7|nonstop|non-stop)"),
    # "how many new cards replace our fleet of 300?": the fleet's cards
    ("gpu_count", None, r"\b(?:fleet|cluster|pool|farm)\s+of\s*(?:about|around|roughly|~)?\s*$",
     r"^\s*(?:[?.,;!)]|$)"),
    # "we'd buy 2,048.", "Customer wants 1,200 — what's the total": the count bought, said bare
    # (not after a server named: "DGX H100s at 380k per box, we want four" are four boxes)
    ("gpu_count",
     None, r"^(?:(?!\b(?:servers?|nodes?|boxes)\b)[^&])*(?P<at>)\b(?:buy|buying|order|ordering|purchase|purchasing|"
     r"wants?|procure|procuring|get)\s*"
     r"(?:about|around|roughly|~)?\s*$", r"^\s*(?:[.,;!?—–]|-\s|$|of (?:them|whichever|either|those|these|"
     r"each)\b|units?\b|pcs\b|pieces\b|(?:and|but|at|@|so|then)\b)"),
    # ("H20 at RMB 98,000 per card, FX 7.2, need 64. USD total?": the count needed, said bare and ended there;
    # not "H100 needs two" (a card's own need) nor "need 4 units", "need 2 million of them generated")
    ("gpu_count",
     # (a clause's first words, not asked: "enough or do we need two?" puts a count to the check)
     # (nor a server's count: "₦1.1bn per HGX H100 server … We need 4.")
     None, r"^(?:(?!\b(?:servers?|nodes?|boxes)\b)[^&])*(?:^|[,.;:，。；]\s*)(?P<at>)(?:we\s+|i\s+)?"
     r"(?:needs?|needed|requires?)\s*"
     r"(?:about|around|roughly|~)?\s*$", r"^\s*(?:[.,;!?]|$)"),
    # "B200 now $40k; what do 5,000 cost?", "how much for 2,000?": the count priced, said bare
    ("gpu_count", None, r"\bwhat\s+(?:do|does|would|will|did)\s*(?:about|around|roughly|~)?\s*$",
     r"^\s*(?:cost|run|set\s+(?:us|me|you)\s+back)\b"),
    ("gpu_count",
     None, r"\bhow\s+much\s+(?:(?:is|would|will)\s+(?:it|that)\s+(?:be\s+)?)?for\s*(?:about|~)?\s*$",
     r"^\s*(?:[.,;!?]|$|(?:and|at|@)\b)"),
    # "H100 now $2/hr, 512 for a month?", "rent 64 for 3 weeks": the count rented for the time said
    ("gpu_count", None, r"(?:^|[,;.:]|\brent(?:ing)?|\bneed|\bwant)\s*(?:about|around|roughly|~)?\s*$",
     r"^(?=\s*for\s+(?:a|an|one|two|three|six|\d[\d.,]*)\s+(?:months?|weeks?|days?|years?|yrs?)\b)"),
    # "128 concurrent 8k-in/1k-out seqs": a prompt and an answer, written as one pair
    ("input_tokens", T + r"[- ]in(?=\s*/\s*[\d.]+\s*k?[- ]out\b)", None),
    ("output_tokens", None, r"[\d.]+\s*k?[- ]in\s*/(?P<at>)\s*$", T + r"[- ]out\b"),
    # "1000 进 400 出": tokens in and out
    ("input_tokens", T + r"\s*进(?=\s*[\d.]+\s*k?\s*出)", None),
    # ("avg 700 in tokens 180 out": the side said between the number and its tokens)
    # (the short words only: "5 million output tokens a day" is a day's volume, read elsewhere)
    # (nor a rate: "measured 2,400 out tok/s per H100")
    ("input_tokens", T + r"\s*k?\s+in\s+(?:tokens?|toks?)\b(?!\s*(?:a|per|/|each)\s*(?:day|month|hour|s\b|sec))",
     None),
    ("output_tokens", T + r"\s*k?\s+out\s+(?:tokens?|toks?)\b(?!\s*(?:a|per|/|each)\s*(?:day|month|hour|s\b|sec))",
     None),
    # "~1,500 output tokens, ~3k in": the prompt said after the answer, the tokens not repeated
    ("input_tokens",
     None, r"\b(?:out(?:put)?|generated)\s*(?:tokens?|toks?)\s*[,;/&]\s*(?:and\s+)?(?P<at>)(?:~|about|around|≈)?\s*$",
     r"^\s*k?\s*(?:in|input)\b(?![a-z])"),
    # "进1500出400", "入2k出300": the side said before each count, the prompt's then the answer's
    # ("我们一天大概进2亿出5千万": a hedge or the day right before 进, the day's volumes: calc/assign)
    ("input_tokens", None, r"(?:^|[，,、;；:：\s(（]|大概|大约|约|一天|每天|每日|日均)(?P<at>)(?:进|入)\s*(?:约|大概)?\s*$",
     T + r"\s*[kmb亿万千]*\s*(?:个\s*)?(?:tokens?)?\s*(?=\s*[、,，/]?\s*出\s*(?:约|大概)?\s*\d)"),
    ("output_tokens", None, r"(?:^|[，,、;；:：\s(（/]|大概|大约|约|一天|每天|每日|日均)(?:进|入)\s*(?:约|大概)?\s*[\d.]+\s*"
     r"[kmb亿万千]*\s*(?:个\s*)?(?:tokens?)?\s*"
     r"[、,，/]?\s*出\s*(?:约|大概)?\s*(?P<at>)$", T + r"\s*[kmb亿万千]*\s*(?:个\s*)?(?:tokens?)?"),
    # ("3k reasoning tokens out per chat": a reasoning model's answer, its thinking included)
    ("output_tokens", T + r"\s*(?:reasoning|thinking|cot|chain[- ]of[- ]thought)\s+(?:tokens?|toks?)\b", None),
    ("output_tokens", T + r"\s*出(?![a-z租售头])", r"[\d.]\s*k?\s*进\s*$"),   # ("十万出头": a bit over)
    # "a batch of 16 sequences of 4,096 tokens": each sequence's context
    ("input_tokens",
     None, r"(?:sequences?|seqs?|requests?|prompts?|contexts?)\s+of\s*$", T + r"\s*k?\s*(?:tokens?|toks?)\b"),
    # "4k-ctx sequences", "8k context requests": the context each sequence holds
    ("input_tokens", T + r"[- ]?(?:ctx|context)(?![a-z])(?!\s*(?:window|length)\s+of)", None),
    # "能放多少个 8k 的会话": the length of each session, not a count of them
    ("input_tokens", T + r"\s*(?:tokens?|token长度)?\s*的\s*(?:会话|序列|请求|对话|上下文)", None),
    # "128k x batch 4": each sequence's tokens times the batch
    ("input_tokens", T + r"\s*[x×]\s*(?:batch|bs)\b", None),
    # "ctx 32k", "seq_len=8192": the context a sequence holds
    ("input_tokens",
     None, r"\b(?:ctx|context(?: length| window)?|seq(?:uence)?[ _-]?len(?:gth)?)\s*(?:=|:|of)?\s*$",
     r"^(?!\s*(?:[kmb]\s*)?(?:并发|路|个|conc|concurrent|users?|seqs?|sequences|streams|x\b|%|dau|mau|wau|daily|monthly|weekly|qps|rps|gpus?|cards?|queries|requests|people))" + NOT_A_LENGTH),
    # "tok/day=2e10", "tokens_per_day: 5e9"
    ("tokens_per_day", None, r"\b(?:tok(?:en)?s?\s*/\s*(?:day|d)|tokens?[ _]per[ _]day|tpd)\s*(?:=|:)\s*$"),
    # ("copilot tokens/day now ~12M": the key, when, then its value)
    ("tokens_per_day", None, r"\b(?:tok(?:en)?s?\s*/\s*(?:day|d)|tokens?[ _]per[ _]day|tpd)\s*"
     r"(?:now|today|currently|right now)\s*(?:is|are|=|:|at)?\s*(?:~|about|around|roughly)?\s*$"),
    # (not "50M req/day 2k in 400 out": the key's value is the number before it, the one after a length)
    ("queries_day_key",
     None, r"\b(?:queries|requests|reqs?|calls)\s*(?:/\s*(?:day|d)\b\s*(?:=|:)?|per day\s*(?:=|:))\s*$",
     r"^(?!\s*(?:in|out|input|output|tokens?|toks?)\b)"),
    ("tokens", None, r"(?<![a-z])d\s*=\s*$"),
    # "训练 token 12T", "数据 2T", "token 数 15 万亿": a training set's size, its word first
    ("tokens",
     None, r"(?:(?:训练|预训练|training)\s*(?:tokens?|token\s*数)|token\s*数|数据量?|语料)\s*(?:量|总量)?\s*"
     r"[:：]?\s*(?:为|是|约|大概|共|总共|about|~)?\s*$",
     # (not "语料大概50亿个单词": words, the tokens counted from them)
     r"^(?!\s*(?:tok|/|每|x\b|%|卡|张|台|(?:个)?\s*(?:英文|中文)?(?:单词|汉字|字符|字|词(?!元))|words?\b))"),
    # "in 512 / out 128 tok", "prompt 2k/回复 600": a prompt and an answer, each after its word
    # (not "1500 in 300 out 40 qps": each length said before its word, the "in" the one before's)
    ("input_tokens",
     None, r"(?:(?<!\d\s)(?<!\dk\s)\bin|\bin(?=\s*[=:])|\binput|\bisl|\bprompts?|输入|提示)\s*(?:=|:)?\s*"
     r"(?:~|≈|about|around|approx\.?)?\s*$",
     r"^(?=\s*k?\s*(?:tokens?|toks?)?\s*(?:/\s*(?:out|output|osl|回复|回答|输出|answers?|completions?|gen)\b|"
     # ("输入200输出平均120 token": the answer's own hedge between)
     r"(?:out|output|osl|回复|回答|输出)\s*(?:=|:)?\s*(?:~|≈|about|around|approx\.?|平均|大概|大约|约)?\s*\d))"),
    ("output_tokens",
     None, r"(?:(?:(?<!\d\s)(?<!\dk\s)\bin|\bin(?=\s*[=:])|\binput|\bisl|\bprompts?|输入|提示)\s*(?:=|:)?\s*[\d.,]*\d\s*k?\s*"
     r"(?:tokens?|toks?)?\s*(?:[,;]\s*)?"
     r"(?=[a-z输回])|[\d.]\s*k?\s*(?:tokens?|toks?)?\s*/\s*)(?P<at>)(?:out|output|osl|回复|回答|输出|"
     r"answers?|completions?|gen)\s*(?:=|:)?\s*$"),
    # "TP4", "TP=8", "tensor parallel 2": the GPUs of one model replica
    ("tensor_parallel",
     None, r"(?:\btp|tensor[- ]parallel(?:ism)?(?: of| degree)?|张量并行(?:度)?)\s*(?:=|:|是|为|按|取|开|设为|用)?\s*$",
     # (not "TP 2x"; "tp8 x 12 replicas" is TP8, twelve times)
     r"^(?!\s*(?:x(?!\s*\d+\s*(?:replicas?|instances?|副本|实例))|%|倍|gb|tb))"),
    # "单副本8卡", "replica=2 GPUs", "H200 8卡一个实例": the GPUs of one replica too
    ("tensor_parallel",
     None, r"(?:单副本|每个?副本|单实例|每个?实例|\breplica\s*(?:=|:|size|of)|\bper replica|"
     # ("一个 replica 8 张": the 个 before an English word is read as a space, calc/numbers)
     r"(?:一\s*个?|单个|^\s*个?)\s*(?:replica(?!s)|副本)\s*(?:用|是|要|需要|占)?)\s*$",
     r"^\s*(?:卡|张|gpus?|cards?)"),
    ("tensor_parallel",
     T + r"\s*(?:卡|张|gpus?|cards?)\s*(?:一个|每个|per|/|a)\s*(?:实例|副本|replica|instance)", None),
    # "两张 L40S 一组，要几组": the cards of one group, the groups asked
    ("tensor_parallel",
     T + r"\s*(?:张|块|卡)[#\s]*(?:卡)?\s*(?:为|做|组成|拼)?\s*(?:一组|一套|一个副本|一个实例)", None),
    # "8卡单机实测12k tok/s", "8卡一台吞吐…": one machine's size, its rate said after
    ("gpus_per_server", T + r"\s*(?:卡|张)\s*(?:#+\s*)?(?:单机|整机|一台(?!服务器)|的机器|一个节点)", None),
    # ("8卡141G的机器": each card's memory said between, read on its own)
    ("gpus_per_server", T + r"\s*卡(?=\s*\d+(?:\.\d+)?\s*g(?:b)?\s*(?:的)?\s*(?:机器|服务器|整机|单机))", None),
    # "485,000 Hopper GPUs", "131,072 Blackwell GPUs": a count of a generation's cards
    ("gpu_count", T + r"\s*(?:nvidia\s+)?(?:hopper|blackwell|ampere|volta)(?:[- ]class|[- ]generation)?\s+"
     r"(?:gpus?|chips?|cards?|accelerators?)\b", None),
    # "a node of eight H800s": the size of one server
    # "一台按8卡算", "每台配8张": a server's size, said as what each one holds
    ("gpus_per_server",
     None, r"(?:一台|每台|单台|一个节点|每个节点|每节点|单机)\s*(?:服务器)?\s*(?:按|配|装|放|是|有)\s*$",
     T + r"\s*(?:卡|张|块|gpus?|cards?)"),
    # "每台4.5千瓦8卡", "每台25万元、8卡": each server's draw or price, then its cards
    ("gpus_per_server",
     None, r"(?:一台|每台|单台|每个节点|每节点|单机)\s*(?:服务器)?\s*(?:约|大概|按)?\s*[\d.,]+\s*"
     r"(?:千瓦|kw|瓦|w|万元|万|元|美元)\s*[、,，]?\s*(?P<at>)$", T + r"\s*(?:卡|张|块)"),
    ("gpus_per_server",
     None, r"\b(?:a|one|each|per|every)\s+(?:node|server|box|machine|chassis)\s+(?:of|with)\s*$",
     r"^\s*#"),
    # ("8-way HGX H200 at $315k each", "an 8-way H100 box": the cards of each server, said as its ways)
    ("gpus_per_server", T + r"\s*[- ]?way\s+(?:(?:hgx|dgx)\b|&+|(?:gpu\s+|card\s+)?(?:servers?|box(?:es)?|nodes?|"
     r"machines?|chassis|systems?)\b|#+\s*(?:servers?|box(?:es)?|nodes?|machines?|systems?)\b)", None),
    # "64 x p5en.48xlarge (8x H200 each)": a count of instances, their type's name blanked (calc/noise.py)
    ("servers", T + r"\s*(?:x|×)?\s{6,}(?:[a-z]+\s+){0,3}(?=[(（]\s*\d+\s*(?:x|×|卡|张)\s*#)", None),
    # "1,200 edge servers, each with 2x L4": the size of each of them
    ("gpus_per_server",
     None, r"(?:servers?|nodes?|boxes|machines|&+)\s*[,，]?\s*each\s+(?:with|has|having|holding|"
     r"containing|of)\s*$", r"^\s*(?:[x×]\s*)?#"),
    # "70B on 15T tok": a size trained on tokens; "2024: ~2.1M installed … -> 2028": calendar years
    ("params", T + r"\s+on\s+(?=[\d.,]+\s*[kmbt]\s*(?:tokens?|toks?)\b)", None),
    # ("if the new menu generator adds 40% more load": the load times 1.4, once)
    ("load_pct", None, r"\b(?:adds?|adding|add|brings?|bringing|puts? on|putting on)\s*"
     r"(?:about|around|roughly|~|another|an extra|maybe)?\s*$",
     T + r"%\s*(?:more|extra)\s+(?:load|traffic|requests|volume|usage|demand|queries)\b"),
    # ("A100 80GB按23年的价": a year said by its last two digits, the prices of then)
    ("year_short", None, r"(?:按|以|用|照|按照)\s*$", T + r"年\s*(?:的)?\s*(?:价|价格|报价|行情|市价|单价)"),
    ("year", T + r"\s*[:：](?![\d/])", None),
    ("year", None, r"(?:->|→|=>|\bnow\s*\(|现在\s*[（(])\s*$"),
    # "tokens per user per day ~ 20k", "concurrent users peak at 40k": quantities written key first
    # "~8k tokens out per user per day": each user's day, with the side of the tokens in the middle
    ("tokens_per_user_day",
     T + r"\s*(?:output |out |generated )?(?:tokens?|toks?)\s*(?:out|output|generated)?\s*"
     # ("~1.5k tokens generated per nurse per shift": a working day's)
     r"(?:per|/|a|each)\s*" + ONE_USER + r"\s*(?:per|/|a|each)\s*(?:day|shift|work\s?day|working day)\b", None),
    # ("each active player ~3k tokens NPC dialog per day": one person's day, no verb, what the tokens are between)
    ("tokens_per_user_day",
     None, r"\b(?:each|every|per)\s+(?:[a-z]+\s+){0,2}?" + ONE_USER + r"\s*(?:~|about|around|roughly|≈)?\s*$",
     T + r"(?:k|m)?\s*(?:output\s+)?(?:tokens?|toks?)\s+(?:[a-z]+\s+){0,3}?(?:per|a|/)\s*day\b"),
    # ("Each shift supervisor generates about 6,000 output tokens/day", "avg author burns ~40k output tokens a day":
    # one person's day, the person named before)
    ("tokens_per_user_day",
     None, r"\b(?:each|every|per|avg|average|an? average|the average|one)\s+(?:[a-z]+\s+){0,2}?"
     + ONE_USER + r"s?\s+"
     # ("Each employee of insurance company generate ~8 tys. tokens per day": whose people they are, between)
     r"(?:(?:of|at|in)\s+(?:the\s+|our\s+|an?\s+)?(?:[a-z]+\s+){1,2}?)?"
     r"(?:generates?|burns?|uses?|consumes?|produces?|writes?|gets?|eats?|spends?)\s*"
     r"(?P<at>)(?:about|around|roughly|~|≈|maybe)?\s*$",
     T + r"(?:k|m)?\s*(?:output |generated )?(?:tokens?|toks?)\s*(?:/\s*day|a day|per day|daily|each day)"),
    # ("each beneficiary uses ~2,000 tokens a day": one of any people named so, their day; no machine's)
    ("tokens_per_user_day",
     None, r"\b(?:each|every)\s+(?!(?:gpus?|cards?|servers?|nodes?|boxes|box|racks?|replicas?|instances?|chips?|"
     r"accelerators?|models?|requests?|queries|calls?|sessions?|days?)\b)[a-z]{3,}\s+"
     r"(?:generates?|burns?|uses?|consumes?|produces?|needs?|gets?|eats?)\s*(?P<at>)(?:about|around|roughly|~|≈|maybe)?\s*$",
     T + r"(?:k|m)?\s*(?:output |generated )?(?:tokens?|toks?)\s*(?:/\s*day|a day|per day|daily|each day)"),
    # ("60k registered, maybe a third active on a given day": the people signed up, of whom a share is active)
    ("users", T + r"\s*(?:k|m)?\s*(?:people\s+|users\s+|beneficiaries\s+|members\s+)?registered\b", None),
    # ("4M subscribers x 1,500 tokens/day": the people, times each one's tokens a day)
    ("tokens_per_user_day", None, r"\d\s*[kmb]?\s*(?:" + ONE_USER + r"s|people|dau)\s*(?:[x×*]|times)\s*"
     r"(?P<at>)(?:~|≈|about|around|roughly)?\s*$",
     T + r"\s*(?:output\s+)?(?:tokens?|toks?)\s*(?:/|per|a|each)\s*(?:day|d)\b"),
    ("tokens_per_user_day",
     None, r"\bper[- ]?" + ONE_USER + r"\s*(?:[:=]\s*)?(?:~|≈|about|around|roughly)?\s*$",
     T + r"\s*(?:tokens?|toks?)\s*(?:/|per|a)\s*(?:day|d)\b"),
    ("tokens_per_user_day",
     None, r"\b(?:tokens?|toks?)\s*(?:per|/|a)\s*" + ONE_USER + r"\s*(?:per|/|a)\s*day\s*"
     r"(?:=|:|~|≈|is|of|at)?\s*(?:~|≈|about|around|roughly)?\s*$"),
    # "2k prompt 250 completion": the answer's length, its word after it (not a second prompt)
    # (not "900 completion req/s": completions counted)
    # ("40 action tokens out", "~300 answer tokens out": a word of which tokens, then out)
    ("output_tokens",
     T + r"\s*(?:action|answer|reply|response|json|label|code|summary)\s+tok(?:en)?s?\s+out\b", None),
    ("output_tokens", T + r"\s*(?:-?\s*tok(?:en)?s?\s+completions?|completion(?!s))\b"
     r"(?!\s*(?:tokens?\s*)?(?:/|per\b|a day|each|every))(?!\s*(?:req(?:uest)?s?|queries|calls)\b)", None),
    # "500 users concurrent", "2k sessions at once": the word after the users
    ("concurrent_users",
     T + r"\s*(?:users?|sessions?|streams?|people)\s+(?:concurrent(?:ly)?|simultaneous(?:ly)?|"
     r"at (?:the same time|once)|in parallel)\b", None),
    # ("peak CCU last weekend was 85k", "our CCU grows 8x from 25k": the concurrents named first, the
    # number after a verb or "from"; "40k peak concurrents": the gamer's noun after the number)
    ("concurrent_users", T + r"\s*(?:peak\s+(?:concurrents?|ccus?)|concurrents|ccus?)\b", None),
    ("concurrent_users", None, r"\b(?:peak\s+)?(?:ccu|concurrents)\b"
     r"[^.;?!]{0,30}?\b(?:was|were|is|are|hit|hits|of|from|reached|peaked at|=|:)\s*(?P<at>)(?:about|around|~|roughly)?\s*$",
     r"^\s*(?:[km]\b)?(?!\s*(?:ms|tok|tokens?|w\b|kw|%|x\b|/|gpus?|cards?))"),
    # ("a few hundred requests a day, max 20 at once": a peak of however many, no noun said)
    ("concurrent_users",
     None, r"\b(?:max(?:imum)?|up to|at most|peak(?: of)?|peaks? at)\s*(?:about|around|~)?\s*$",
     r"^\s*(?:at (?:the same time|once)|concurrent(?:ly)?|simultaneous(?:ly)?)(?![a-z])"),
    # ("about 150 dispatchers using it concurrently": any people, with their use of it)
    # ("~350 live rooms concurrently": anything streamed at once but cards, servers or jobs)
    ("concurrent_users",
     T + r"\s*(?:[a-z]+\s+)?(?!gpus|cards|servers|nodes|replicas|racks|chips|accelerators|boxes|"
     r"machines|instances|jobs|runs|experiments|copies|workers|models|sites)[a-z]{3,}s\s+"
     r"(?:(?:all\s+)?(?:using|on|chatting with|querying|hitting)\s+(?:it|the \w+)\s+)?"
     r"(?:concurrently|simultaneously|at (?:the same time|once))\b", None),
    # ("同时开播1800~2000个数字人直播间", "1500个直播间同时"): live rooms streaming at once
    ("concurrent_users", None, r"同时\s*(?:开播|在播|直播|在线|开)\s*(?:约|大约|大概)?\s*$",
     T + r"\s*个?\s*(?:数字人)?\s*(?:直播间|直播|主播|房间|会话|对话|路)"),
    ("concurrent_users", T + r"\s*个?\s*(?:数字人)?\s*(?:直播间|房间)\s*同时", None),
    # ("日活峰值60万": the day's users at the busiest, counted as the day's users)
    ("users", None, r"(?:日活|\bdau)\s*(?:峰值|高峰|最高)\s*(?:大概|约|能到|达到|有|会到)?\s*$"),
    # ("大概600个家长同时在问", "3000人同时在线问"): the people, then "at the same time" asking
    ("concurrent_users", T + r"\s*(?:万|千)?\s*(?:个|名|位)?\s*(?:家长|用户|学生|客户|游客|乘客|员工|人|玩家|会员|患者|市民)\s*"
     r"(?:在)?\s*同时\s*(?:在)?\s*(?:问|用|聊|提问|咨询|访问|在线|发消息|对话|请求)"
     # (not "1亿用户同时在线5%": the users, a share of them on at once)
     r"(?!\s*(?:率|比例)?\s*(?:约|大概)?\s*\d+(?:\.\d+)?\s*%)", None),
    # "concurrent 大概 500 users", "concurrent 2k users": the word before the count
    ("concurrent_users",
     None, r"(?<!\d )(?<!\d)\bconcurren(?:t|tly|cy)\s*(?:大概|大约|约|about|around|roughly|~|of|:)?\s*$",
     r"^\s*(?:users?|sessions?|streams?|people|用户|人)?(?![a-z-])(?!\s*(?:k\b|tokens?))"),
    ("concurrent_users", None, r"\bconcurrent\s+(?:users?|sessions?|streams?|requests?)\s*"
     r"(?:(?:peaks?|max(?:imum)?|tops?(?: out)?)\s*(?:at|of)?|=|:|is|are|will be|~)\s*"
     r"(?:~|about|around|roughly|approximately|maybe)?\s*$"),
    # "for all of 2025", "2025全年": a whole calendar year's duration
    ("whole_year", None, r"\b(?:for\s+)?(?:all|the whole|the entire|the full)\s+(?:of\s+)?$"),
    ("whole_year", T + r"\s*年?\s*全年", None),
    # "x1.5 for cross-region failover", "add x1.2 margin", "x1.1 spares": a multiplier on the fleet
    # "expecting MAU to go x6 by next yr": a growth factor written after its verb
    ("factor", None, r"\b(?:go(?:es|ing)?|grow(?:s|ing)?|jump(?:s|ing)?)\s*(?:by\s*)?[x×]\s*$"),
    ("factor", None, r"(?:^|[;,(:.]|\badd|\bthen|\bplus|\bneed|=>|->)\s*[x×]\s*$",
     r"^\s*(?:for\b|to cover\b|as\b|of\b|margin|spares?|headroom|"
     r"buffer|redundancy|failover|冗余|余量)"),
    # "how many MI325X do we need vs today's 1,500?": the fleet today, its thing named before
    ("gpu_count",
     None, r"\b(?:today'?s|our current|the current|existing|current)\s*$", r"^\s*(?:[?.,;!)]|$)"),
    # "replicas=12", "40 replicas", "3个副本": copies of the model, each on a replica's GPUs
    ("replicas", None, r"\breplicas?\s*(?:=|:)\s*$|(?:副本数|副本数量|实例数)\s*(?:=|:|是|为|按)?\s*$|"
     r"(?<!per )(?<!each )\b(?:replicas?|instances?)\s*(?:数量?|count|number)\s*(?:=|:|是|为|按|of|is)?\s*$|"
     r"\b(?:number|count|#) of (?:replicas|instances)\s*(?:=|:|is|of)?\s*$"),
    # "one replica per GPU", "1 instance on each card": each model copy on one card (calc/assign: TP1)
    ("replica_per_gpu", T + r"\s*(?:replicas?|copy|copies|instances?)\s*(?:per|each|/|on each|on every)\s*"
     r"(?:gpu|card|accelerator)\b", None),
    ("replicas",
     T + r"\s*(?:(?:model|serving|inference) )?(?:replicas?|个副本|副本|个实例|个\s*replicas?)(?![a-z])(?!\s*(?:of(?!\s*(?:[@#&§]|tp\s*\d))|per|每(?!个)))" + _ONE_REPLICA_CARDS, None),
    # ("runs 2 copies of the model with batch 32 each": copies of the model, each a replica)
    ("replicas", T + r"\s*(?:copies|instances)\s+of\s+(?:the|our|this|that)\s+(?:[@#&§]+\s+)?model\b", None),
    # "TP=2，副本 16 个": the replicas, the word before the count
    ("replicas", None, r"副本(?:数|数量)?\s*(?:是|为|开|有|共)?\s*$", T + r"\s*个(?!\s*(?:token|请求|并发))"),
    # "一共 6 个 replicas": the count of copies, named after it
    ("replicas", T + r"\s*个?\s*(?:replicas?|副本)(?![a-z])" + _ONE_REPLICA_CARDS, None),
    # "每个 replica 用 16 张 H200": the cards one copy runs on
    # ("一个副本 8 张", "一个 replica 8 张", "each replica is 8 GPUs", "a replica spans 4 cards")
    ("tensor_parallel",
     None, r"(?:每个?|each|per|一个|单个|(?<![a-z])(?:a|one))\s*(?:replica|副本|实例|instance)\s*"
     r"(?:用|使用|占|配|跑在|是|要|需要|uses?|needs?|on|spans?|is|has|takes?|=|:)?\s*$",
     T + r"\s*(?:张|块|卡|gpus?|cards?)"),
    # sites that each hold a few cards: "1,200 sites, 2 cards/site", "3000 base stations, 1 card per site",
    # "800个基站机房，每站2张L4", "共1500個站": each site is counted as a server of its cards (calc/readings.sites)
    ("gpus_per_server",
     T + r"[- ]?(?:(?:#+\s*(?:gpus?|cards?|卡|张卡|张)?|gpus?|cards?|卡|张卡|张)\s*(?:/|per|a|each|at each|in each|"
     r"for each)|/|per|at each|in each|for each)\s*(?:(?:edge|cell|gnb|enodeb|5g|mec|base|remote)\s+)*"
     r"" + SITE_NOUNS + r"\b|" + T + r"\s*(?:张|卡|块)\s*(?:卡)?\s*(?:/|每)\s*(?:个)?" + SITE_NOUNS_ZH,
     # ("30 个区域仓都放了边缘推理节点,每个点 2 张 L4": each place, said as a point)
     # ("每个分园区机房放4张": the site's room named after it)
     r"(?:(?:每|单|一)个?\s*(?:边缘)?(?:" + SITE_NOUNS_ZH[3:-1] + r"|点|店)(?:机房|里|内)?|" + SITE_NOUNS_ZH + r"\s*各)\s*"
     r"(?:有|放|部署|配|装|是)?\s*(?:大约|约)?\s*$",
     T + r"\s*(?:张|卡|块)"),
    ("servers",
     T + r"\s*(?:(?:edge|cell|remote|branch|retail|5g|mec|far[- ]edge|metro|rooftop|gnb|enodeb|lab|partner|customer|field|pilot|hospital|clinic|research|test|production|prod|deployment|"
     r"telco|regional|community|rural|satellite|local|old|former|mining|existing|legacy|converted|county|district|"
     r"city|provincial|municipal|"
     r"(?:geographically\s+)?(?:separate|distinct|different|"
     r"independent|isolated))\s+)*(?:(?:[a-z]{3,}\s+)?(?:sites|locations)|plants|factories|fabs|base[- ]stations|(?:cell |radio )?towers|pops|schools|campuses|"
     r"(?:stores|branches|outlets)(?!\s+(?:daily\s+)?(?:active|are active|use|using)\b)|"
     # ("14 regional claims offices, each hosting 2 cards": offices, a word of which kind before)
     r"(?:[a-z]+\s+)?offices(?=[^.;?]{0,24}\beach\b)|"
     # ("14 offices; privileged material can't leave the building so each office gets its own L4 cards")
     r"(?:[a-z]+\s+)?offices(?=[^.?]{0,100}\b(?:each|every|per) office\b)|"
     r"hospitals|clinics|(?:learning |tutoring |contact |call |service )cent(?:er|re)s|"
     # ("1,700 field hands across 140 rigs … L4 at each rig": drilling rigs, each with its own cards)
     r"rigs(?=\s*[,.;])|(?:drilling |oil |offshore )rigs|"
     r"edge (?:nodes|boxes|pops)|"
     # ("12 regional clouds, 16 cards/region": clouds in regions, each with its cards)
     r"(?<=regional )clouds|(?<=edge )clouds|"
     # ("2 regions each with own cards": regions that each hold their cards, the load split over them)
     r"(?:regions|availability zones)(?=\s*(?:[(（][^)）]{0,40}[)）])?[^.;?()]{0,32}\b(?:each|apiece)\b)|"
     # ("across 6 data centers (EU + China), each independent with its own GPUs": each with its own cards)
     r"(?:data ?cent(?:er|re)s|dcs)(?=\s*(?:[(（][^)）]{0,40}[)）])?[^.;?()]{0,32}\b(?:each|apiece)\b)|"
     # ("48 lines, each gets its own edge box w/ 2 GPUs": production lines, each with its cards)
     r"(?:production |assembly |factory )?lines(?=[^.;?]{0,12}\beach\b[^.;?]{0,30}\b(?:box|server|gpus?|cards?)\b))\b|"
     # ("300个线下学习中心": a word of which kind between)
     r"" + T + r"\s*(?:个|個|座|所|家|条|间)?\s*(?:边缘|边缘计算|线下|社区|县级|区县|乡镇|地市|省级|市级|区级|地市级|区域|一级|二级|三级|海外|境外|口岸)?\s*"
     r"(?:站点|基站|变电站|站(?![a-z])|分公司|子公司|营业厅|办事处|"
     # ("300个街道便民服务点": the points of service, a few words of which kind before)
     r"[\u4e00-\u9fff]{0,4}服务(?:点|站)|"
     r"产线|生产线|流水线|(?:边缘)?节点(?=\s*(?:各|分摊|分担|平摊))|"
     r"学校|校区|分校|医院|诊所|(?:学习|培训)中心|"
     # ("全国420个项目部各自本地部署": a builder's site offices, each deploying its own)
     r"项目部|工地|工程局|"
     # ("全国大概1800座换电站": stations by what they serve)
     r"(?:换电|充电|加油|加氢|储能)站|"
     # ("全国12个研发中心，数据不出园区各自本地部署": centres that each deploy their own cards)
     r"(?:研发|客服|运营|呼叫|区域|分拨|物流|[\u4e00-\u9fff]{0,4}服务)中心(?=[^。？?]{0,40}(?:各自|每个|各))|律所|律师事务所|门店|分店|分行|支行|营业部|网点|仓库|倉庫|区域仓|前置仓|中心仓|分仓|海外仓|保税仓|云仓|分院|院区|工厂|厂区|"
     r"煤矿|矿井|矿山|分园区|子园区|"
     # ("分3个机房部署，每个机房独立卡池": rooms that each hold their own cards)
     r"(?:机房|可用区|数据中心)(?=[^。？?]{0,12}(?:每个|各)\s*(?:机房|可用区|数据中心)?)|"
     # ("按华北、华东、华南3个region部署，各region独立卡池": regions, each with its own pool)
     r"(?:regions?(?![a-z])|大区|地域)(?=[^。？?]{0,12}(?:每个|各))|"
     # ("30个写作工作室": the kind of studio named before it)
     r"[\u4e00-\u9fff]{0,2}工作室|sites?(?![a-z])(?=[^。；;?？]{0,16}(?:分流|各|每个)))",
     None),
    ("servers", None, r"(?:(?:边缘)?(?:站点|基站|边缘站)\s*(?:数|数量|总数)?\s*(?:有|是|为|共|约|:|：)?|"
     r"\b(?:edge |cell )?sites?\s*(?:count|total)?\s*[:=：])\s*$",
     T + r"\s*(?:个|個|座)?(?!\s*(?:%|x\b|倍|张|台|卡|元|块|美元|w\b|kw\b|mw\b|gw\b|瓦|千瓦|兆瓦))"),
    # "200 部 H100 server": 部, the Cantonese counter of machines
    ("servers", T + r"\s*部\s*(?:#+\s*)?(?:servers?|&+|服务器|机器|主机|整机|机)", None),
    # ("全省16个地市各建一个边缘推理节点，每个节点2张L40S": places that each build a node of their own)
    ("servers",
     T + r"\s*个\s*[\u4e00-\u9fff]{1,4}?(?=各(?:自)?(?:建|设|部署|配|放|上|有|搭)[^，,。]{0,8}(?:节点|服务器|机房|集群|一台|1台))",
     None),
    # "24 个 deepseek-r1 副本", "24 replicas" said around the model's name
    ("replicas", T + r"\s*(?:个|套)\s*@+\s*(?:的)?\s*(?:副本|实例)", None),
    # "按8卡一组部署 … 一共20组": the groups are the replicas
    # (not "还要跑5组实验": experiments, the runs repeated)
    # (nor "消融实验要跑16组": the experiments named before)
    ("replicas",
     # (nor "一轮消融实验，一共十二组": the experiments, a comma between)
     None, r"(?<!实验)(?<!消融)(?<!实验要)(?<!实验一)(?<!实验总)(?<!实验还要)(?<!实验,)(?<!实验，)(?<!消融,)(?<!消融，)"
     r"(?<!实验,一)(?<!实验，一)(?<!实验,总)(?<!实验，总)(?:一共|总共|共|合计|部署了?|跑|有)\s*$",
     # (nor "再跑3组同样的实验": a few words of what kind between)
     r"^\s*(?:个)?组(?![合织成件])(?!\s*(?:独立|重复|对比|消融)?\s*(?:实验|训练|微调))"
     r"(?!\s*(?:同样|相同|一样|类似)[\u4e00-\u9fff]{0,4}?的?(?:实验|训练|微调))"),
    # "tokens/s/GPU=3.2k", "tok/s/GPU 4k": a measured rate written key first
    ("observed_tokens_per_s",
     None, r"\b(?:tokens?|toks?)\s*/\s*s(?:ec)?\s*/\s*(?:gpu|card|chip|device)\s*(?:=|:|of|is)?\s*$"),
    # "日活2024年是1.2亿": a calendar year, not a count of the thing named before it
    ("year", None, r"(?:日活|月活|用户|需求|算力|规模|token|调用量|capex|投资)[^，,。；;\d]{0,6}$",
     T + r"年(?:底|末|初|的|是|为|时|全年|，|,|\s)"),
    # "Planning for 2026: a 200 MW campus": the year a plan is for
    ("year", None, r"\b(?:planning|plan|plans|budgeting|budget|roadmap)\s+(?:for|in)\s*$"),
    # "Our 2026 plan", "2027年规划": a calendar year naming a plan
    ("year",
     T + r"\s*(?:plan|roadmap|target|budget|forecast|projection|buildout|build-out|capex|规划|计划|目标)(?![a-z])", None),
    # "by end of 2027 if we start counting from 2025", "in 2028 if today is 2025": calendar years
    ("year",
     None, r"(?:\bby|\buntil|\bthrough|\bfrom|\bsince|\bend of|\bend|\bby end of|\bstart of|\bstarting|counting from|today is|now is|it'?s|it is|in)\s*(?:the )?(?:end of |start of |early |late |mid[- ]|fy\s?)?\s*$", r"^(?!\s*(?:[kmbt]\b|x\b|%|[a-z]*\s*(?:gpus?|users?|tokens?|servers?|cards?|chips?|accelerators?|dau|mau|qps|w|kw|mw|gb|tb|hours?|days?|years?|months?)\b))"),
    ("year",
     T + r"(?:年的?(?:价格|价|美元|租价)|(?:cloud |gpu |rental |hardware |market |list |street |spot |on-demand )?"
         r"(?:prices?|pricing)\b|dollars\b)", r"(?:\bin|at|按|以)\s*$", T + r"(?:年的?(?:价格|价)|(?:[#§]+\s*)?(?:gpu |cloud |rental |hardware |on-demand |spot |market |list |street )*(?:prices?|pricing|rates?)\b|dollars\b|cloud|[?？.,，;；]|$)"),
    # ("at prices of 2023", "aux prix de 2023": the year the prices are of, said after them)
    ("year",
     None, r"\b(?:at|in)\s+(?:the\s+)?(?:prices?|pricing|rates?)\s+(?:of|from)\s*$", r"^(?=\s*(?:[,;.?]|$|\s))"),
    ("dau_share_week",
     None, r"(?:日活\s*/\s*周活|日活周活比|dau\s*/\s*wau|dau:wau|dau to wau(?: ratio)?|daily\s*/\s*weekly|daily to weekly)\s*(?:ratio|比例|比率|比)?\s*"
     r"(?:为|是|of|=|:|约|~|≈|is|按|取|算)?\s*(?:(?:maybe|prob(?:ably)?|say|perhaps|likely|估计|可能)\s*)?"
     r"(?:大约|大概|约|like|about|around|roughly|~|≈)?\s*$", T + r"%?"),
    # "if daily is ~30% of weekly", "DAU is about 25% of MAU": the daily share, said the long way
    ("dau_share_week",
     None, r"\b(?:daily|dau)(?:\s+(?:users|actives))?\s*(?:(?:is|are|=|at|≈)\s*)?(?:about|around|roughly|like|approx\.?|~)?\s*$",
     T + r"\s*%\s*of\s+(?:the\s+)?(?:weekly|wau)\b"),
    # ("DAU maybe 25% of that": a hedge of doubt before it)
    ("dau_share",
     None, r"\b(?:daily|dau)(?:\s+(?:users|actives))?\s*(?:(?:is|are|=|at|≈)\s*)?"
     r"(?:(?:maybe|perhaps|probably|prob|likely|say)\s*)?(?:about|around|roughly|like|approx\.?|~)?\s*$",
     T + r"\s*%\s*of\s+(?:the\s+)?(?:monthly|mau|weekly|wau|that|them|those)\b"),
    # ("~40.000 users per month, daily active are maybe 15 %": the daily share, the month's users said before)
    ("dau_share", None, r"(?:users|customers|people)\s+(?:per|a|each|every|in a|im)\s+month\b[^.;!?]{0,12}?\b"
     r"daily[- ]active\s+(?:are|is|=|:)?\s*(?:maybe|about|around|roughly|like|~|perhaps|prob(?:ably)?)?\s*$", T + r"\s*%"),
    # "员工 3 万人，日活按 40%": the daily share of a stated population
    ("dau_share", None, r"日活\s*(?:按|占比?|取|约|大概|大约|比例|率)?\s*$", T + r"\s*%"),
    # "roughly 30% active on a given day", "~40% of them active daily": the daily share, said after it
    # ("~35% of them listen daily", "25% use it every day": any verb of use)
    ("dau_share",
     T + r"\s*%\s*(?:of (?:them|those|these|whom|which|the [a-z]+) )?(?:are |is )?(?:active|online|in use|on (?:it|the app|the tool|the platform)|"
     # ("Expect maybe 40% to use it on a given day")
     r"(?:who |to |will |would |might |may )?(?:listen|use it|use the app|read|log in|open (?:it|the app)|come back|"
     r"play|watch|visit|chat|"
     r"touch(?:es)? it|hit(?:s)? it|"
     r"engage|tune in)\w*)\s+"
     r"(?:on (?:a|any) (?:given |typical )?day|daily|each day|per day|every day|a day|on a typical day)\b", None),
    ("dau_share",
     None, r"(?:日活比|日活率|日活跃率|日活占比|日活月活比|日活\s*/\s*月活|dau\s*/\s*mau|dau:mau|dau (?:to|over) mau(?: ratio)?|stickiness|dau share|dau (?:ratio|rate)|daily[- ]active (?:ratio|rate|share))\s*(?:ratio|比例|比率|比)?\s*(?:为|是|of|=|:|约|~|≈|is|at|around|按|取|算|sits|hovers|runs|stays)?\s*(?:(?:only|just|barely|about|only about)\s*)?(?:(?:maybe|prob(?:ably)?|say|perhaps|likely|估计|可能)\s*)?(?:like|about|around|roughly|approximately|approx\.?|~|≈|大约|大概|约)?\s*$", T + r"%?"),
    # "puts PUE at 1.4", "PUE要求不高于1.3": a PUE named right before it, whatever follows
    # "the building overhead is about 1.3", "counting roughly 1.2 for cooling overhead": a PUE in plain words
    ("pue",
     None, r"\b(?:building|facility|cooling|datacenter|data center|site|power)\s+overhead\s*(?:is|of|at|=|:)?\s*"
     r"(?:about|around|roughly|~|like)?\s*$", r"^(?!\s*(?:%|x\b|[kmg]?w\b))"),
    ("pue", None, r"(?:counting|assume|assuming|with|plus|times)?\s*(?:about|around|roughly|~)?\s*$",
     r"^\s*(?:x\s*)?for\s+(?:the\s+)?(?:cooling|facility|building|datacenter|data center|site)(?:\s+and\s+\w+)?\s+overhead"),
    # ("PUE there is ~1.4", "no real PUE lol call it 1.1": the PUE, a place or an aside between)
    ("pue",
     None, r"\bpue\s+(?:there|here|in there|on site|at that site|at the colo)\s+(?:is|was|=)\s*(?:about|around|roughly|~)?"
     r"\s*$|\bpue\b[^.;?\d]{0,16}?\bcall it\s*(?:about|around|~)?\s*$", r"^(?!\s*(?:[kmg]?w\b|%|x\b))"),
    ("pue",
     None, r"\bpue\s*(?:值)?\s*(?:(?:at|of|=|:|is|was|will be|of about|'s|’s|要求|需要|须|必须|按|为|是|"
     # ("Design PUE shall not exceed 1.25", "PUE must be at most 1.3", "PUE not to exceed 1.2")
     r"(?:shall|must|should|will|to)?\s*(?:not\s+exceed|be\s+(?:at\s+most|under|below|no\s+more\s+than)|not\s+to\s+exceed|exceeding)|"
     r"(?:degrades?|degrading|rises?|rising|goes|going|climbs?|climbing|worsens?|drops?|falls?|improves?|creeps?)"
     r"\s+(?:up\s+|down\s+)?to)\s*)?"
     # ("the PUE is bad, ~1.6": a verdict on it, then its value)
     r"(?:(?:bad|high|poor|awful|terrible|meh|not great|ugly|good|decent|ok|okay|fine|low)\s*[,，]?\s*)?"
     r"(?:不高于|不超过|低于|小于|以下|最高|上限|≤|<=|<|around|about|~|约|basically|essentially|effectively|just|only|"
     r"maybe|probably|perhaps|likely|prob|"
     # ("PUE's more like 1.4", "PUE is closer to 1.5": "like" is cut off as a hedge before the words are read)
     r"more like|more|closer to|nearer|something like|something|somewhere around|like|"
     r"roughly|approx\.?|基本|基本上|差不多|大概|就|只有)?\s*$", r"^(?!\s*(?:[kmg]?w\b(?!/(?:\s|$))|%|x\b))"),
    # "peak qps 3x", "peak QPS is 3x the average": a factor on the rate, not a rate
    ("peak_factor", None, r"\bpeak\s*(?:qps|rps|requests?|queries|request rate)\s*"
     r"(?:is|=|:|of|at|runs?|hits?)?\s*(?:about|around|roughly|~)?\s*"
     # "peak QPS 大概是 daily avg 的 6x": the average it is a multiple of, said first
     r"(?:(?:大概|大约|约)?\s*(?:是|为)\s*(?:the\s*)?(?:daily\s*|hourly\s*)?(?:avg|average|mean|normal|平均|平时)\s*的\s*)?$", T + r"\s*(?:x|×|times)(?![a-z])(?:\s*(?:the\s*)?(?:daily\s*|hourly\s*)?(?:average|avg|mean|normal)\b)?"),
    ("peak_factor", None, r"\bpeak\s*(?:按|算|取)\s*$", T + r"\s*(?:x|×|倍)"),     # "peak 按 2.5x"
    # "晚自习高峰（19:00-22:00）大概是平均的4倍": the peak said as a multiple of the average, words between
    # ("凌晨拍卖那会儿是平均的4倍": a busy time named by when it is, then its multiple of the average)
    ("peak_factor", None, r"(?:那会儿?|那时候?|那段时间|的时候|时段|期间)\s*(?:大概|大约|约|差不多)?\s*"
     r"(?:是|为|能到|达到|会到)\s*(?:全天|全日|一天|当天|日)?\s*(?:的)?\s*(?:平均|均值|平时|平常|平日)"
     r"(?:值|水平)?(?:的)?\s*(?:约|大概)?\s*$", T + r"\s*(?:倍|x|×)"),
    # ("晚上是高峰，差不多是平均的4倍": the peak named, a comma, then its multiple of the average)
    ("peak_factor", None, r"(?:高峰|峰值|峰时|peak)(?:[^，,。；;？?\d]{0,24}?|[^，,。；;？?\d]{0,6}[，,]\s*)"
     r"(?:大概|大约|约|差不多)?\s*(?:是|为|达到|能到)\s*"
     # (not "高峰期单据量是平时的3倍": a busy season's days against ordinary days, the day's load grown)
     # ("峰值时段流量约为全天平均的2.8倍": the day's average, said as the whole day's)
     r"(?:全天|全日|一天|每天|当天|日)?\s*(?:的)?\s*(?:平均|均值)(?:值|水平)?(?:的)?\s*(?:约|大概)?\s*$", T + r"\s*(?:倍|x|×)"),
    # ("峰值估计是平时的5倍": the peak's value against ordinary times; not "高峰期 … 是平时的3倍", a season)
    ("peak_factor", None, r"(?:峰值|峰时|高峰时段?)[^，,。；;？?\d]{0,12}?(?:估计|大概|大约|约|差不多)?\s*(?:是|为|能到|达到)\s*"
     r"(?:平时|平常|平日|日常)(?:的)?\s*(?:约|大概)?\s*$", T + r"\s*(?:倍|x|×)"),
    # "晚高峰x3", "peak ×2.5": the multiple written before its number
    ("peak_factor", None, r"(?:晚高峰|早高峰|高峰|峰值|\bpeak)\s*(?:按|是|为|约)?\s*[x×]\s*$"),
    # "peak hour is ~4x the daily average": the busiest hour against the day's average
    ("peak_factor",
     None, r"\bpeak(?:[- ](?:hour|minute|time|traffic|load|usage|demand))?\s*(?:is|are|runs?|hits?|at|=|:)?\s*"
     r"(?:about|around|roughly|~|like)?\s*$", r"^\s*(?:x|×)\s*(?:the\s+)?(?:daily\s+|day'?s\s+)?(?:average|avg|mean)\b"),
    # "H800 两机 16 卡", "4机32卡": machines, counted
    ("servers", T + r"\s*机(?![房柜架构型器时])", None),
    # "GB200 NVL72 racks, 250 in total", "H100s, 512 in all": the count of the thing just named
    ("servers", None, r"&+\s*(?:racks?|servers?|nodes?|boxes|systems?|units?)?\s*[,，]\s*(?P<at>)"
     r"(?:about|around|~|roughly)?\s*$",
     r"^\s*(?:in total|in all|total|altogether|units?)\b"),
    ("gpu_count", None, r"#+s?\s*(?:gpus?|cards?|chips?|accelerators?)?\s*[,，]\s*(?P<at>)"
     r"(?:about|around|~|roughly)?\s*$",
     r"^\s*(?:in total|in all|total|altogether)\b"),
    # ("~45 million requests a day, Hajj season is ~3x that", "Black Friday runs 4x that": a busy time's load,
    # a multiple of the day's said before)
    # ("12 requests per second, Monday mornings ~4x that": a busy time of the week, the verb left out)
    ("peak_factor",
     None, r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|lunchtimes?|evenings?|mornings?|"
     r"nights?|afternoons?)(?:\s+(?:mornings?|evenings?|afternoons?|nights?|peaks?|rush))?\s*[,:]?\s*"
     r"(?:(?:is|are|hit|hits|run|runs|go|goes|get|gets|see|sees|do|does)\s+)?(?:~|≈|about|around|roughly|nearly|like)?\s*$",
     T + r"\s*(?:x|×|times)\s*(?:that|this|it|the (?:normal|usual|daily|typical|average)(?: load| traffic| volume)?)\b"),
    # ("avg 2.5 calls per minute but monday mornings spike to 4x": a busy time's spike, as a multiple)
    ("peak_factor",
     None, r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|lunchtimes?|evenings?|mornings?|"
     r"nights?|afternoons?)(?:\s+(?:mornings?|evenings?|afternoons?|nights?|peaks?|rush))?\s*[,:]?\s*"
     r"(?:spikes?|jumps?|surges?|climbs?|shoots? up|goes up)\s+(?:to\s+)?(?:~|≈|about|around|roughly|nearly|like)?\s*$",
     T + r"\s*(?:x|×|times)(?![a-z])"),
    # ("wedding season is like 4x normal": the busy time's multiple of the usual, "the" left out)
    ("peak_factor",
     None, r"\b(?:season|peak|rush|festival|holidays?|black friday|cyber monday|launch|busy (?:season|period))\s+"
     r"(?:(?:load|traffic|volume|demand)\s+)?(?:is|are|hits?|runs?|goes to|gets to|reaches)\s*"
     r"(?:~|≈|about|around|roughly|nearly)?\s*$",
     T + r"\s*(?:x|×|times)\s*(?:normal|usual|average|baseline|off-?peak|the rest of the year)\b"),
    ("peak_factor",
     None, r"\b(?:season|peak|rush|festival|holidays?|ramadan|hajj|eid|black friday|cyber monday|"
     r"sales?|launch|exam(?:s| period| week)?|busy (?:season|period|hours?)|month-end|year-end)\s+"
     r"(?:(?:load|traffic|volume|demand)\s+)?(?:is|are|hits?|runs?|goes to|gets to|reaches)\s*"
     r"(?:~|≈|about|around|roughly|nearly)?\s*$",
     T + r"\s*(?:x|×|times)\s*(?:that|this|it|the (?:normal|usual|daily|typical|average)(?: load| traffic| volume)?)\b"),
    # "晚高峰大概再翻2.5倍", "高峰会涨3倍": the evening peak multiplies the average by it
    ("peak_factor",
     None, r"(?:晚|早|午)?(?:高峰|峰值)(?:期|时段|时)?\s*(?:大概|大约|约|差不多|一般|会|能|直接|能直接|会直接)?\s*"
     r"(?:再|还)?\s*(?:翻|涨|放大|乘以?|打到|冲到|涨到|到)\s*(?:了)?\s*$", T + r"\s*(?:x|×|倍)"),
    # ("QPS日常5000左右", "qps平时大概3000": the requests a second on an ordinary day, the word for it between)
    ("qps", None, r"\b(?:qps|rps)\s*(?:的)?\s*(?:日常|平时|平常|平均|常态|日均|正常|平日|一般)\s*(?:大概|大约|约|在|是)?\s*$",
     r"^(?!\s*(?:%|倍|x\b|ms|毫秒|秒))"),
    # ("早上七八点老人起床那阵是高峰，大概3倍": the peak named, its multiple after a comma)
    ("peak_factor",
     None, r"(?:高峰|峰值)(?:期|时段|时)?\s*[,，]\s*(?:大概|大约|约|差不多|一般|能有|会有|有)?\s*$", T + r"\s*(?:x|×|倍)"),
    # "峰值如果按4倍算呢": the peak asked of, as a what-if
    ("peak_factor",
     None, r"(?:峰值|高峰)\s*(?:如果|要是|假如|若)\s*(?:按|是|算|取|到)?\s*$", T + r"\s*(?:x|×|倍)"),
    # ("plan for a 3x launch-week spike", "a 5x holiday surge"): the factor named before the spike it is
    ("peak_factor", T + r"\s*(?:x|×)\s+(?:(?!(?:at|in|on|during|for|of|margin|queue\w*)\b)[a-z]+(?:-[a-z]+)?\s+){0,2}?"
     r"(?:spike|surge|burst)s?\b", None),
    # ("bursts ~10x when news breaks": the load bursting by a factor, its "x" said)
    ("peak_factor", None, r"\b(?:bursts?|bursting)\s*(?:up\s+)?(?:to\s+)?(?:~|about|around|roughly|like)?\s*$",
     T + r"\s*(?:x\b|×|times\b)"),
    ("peak_factor", None, r"(?:bursts?\s+(?:of\s+)?up\s+to|(?:bursting|spiking)\s+to|"
     # ("averages 35 QPS but spikes 3x at deadlines": a factor said as the load's spike)
     r"\b(?:spikes?|spiking|surges?|surging)(?:\s+up)?|"
     # ("how many GPUs, busy hour 3x?", "忙时按平均的3倍算": a telephone network's word for the peak)
     r"\bbusy[- ]hours?|"
     # ("BH factor 2.5", "BH peak 3x", "BH x2.2": a telco's busy hour, abbreviated)
     r"\bbh(?:\s+(?:factor|peak|multiplier|uplift))?|"
     r"(?:peaks?|peaking|peaked)(?:[- ]to[- ](?:average|avg|mean)|\s*[/:]\s*(?:avg|average|mean))?(?: factor| ratio| load| traffic| demand| usage| hours?| time)?|(?<!并发)(?:峰均比|峰谷比|峰值|高峰|尖峰|忙时)(?:期|时段)?(?:系数|倍数|负载|流量|请求量?|访问量|调用量|(?<!期)(?:(?![期季余])[\u4e00-\u9fff]){1,3}?量)?\s*(?:大概|大约|约|差不多|一般|通常|预计|预估|可能|会|能|先)?\s*(?:是|为|按|按照|取|算|计|能到|会到|达到|(?:再)?乘以?|(?:再)?乘上|(?:再)?\s*[x×])?\s*(?:(?:平均|均值|平均值|日均|平时|平常|平日|日常|正常|平峰|低峰|闲时)(?:值|负载|流量|期|时段)?(?:的)?)?)\s*(?:of|=|:|is|为|是|at|are|按|取|算|take|use|assume)?\s*(?:(?:平均|均值|日均|平时|平常|正常)(?:值|负载|流量)?的)?\s*(?:[(（]\s*)?(?:about|around|roughly|~|约|大约|大概|typically|usually|maybe|probably|prob|prolly|likely|like|say)?\s*(?:x|×)?\s*$", T + r"(?:(?:x|×|times)\s*(?:(?:the|an?)\s*)?(?:daily\s*|hourly\s*|typical\s*)?(?:average|avg|mean|normal|usual|regular|ordinary|baseline|平时|平常)\b"
     r"(?:\s+(?:day|week|weekday|hour|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b)?|x|×|倍|times|(?=\s*(?:[,.;，。；?？!！)(（\-–—/→]|and\b|$|要|需要|的话|算|估|计算|来算|考虑|how\b|what\b))|(?=\s+[@#&~])|(?=\s+(?:on|for|in|at|with|during|over|across|between|around|when|most|some)\b))"),
    ("usd_cny",
     T + r"(?:" + CUR_CNY + r"\s*(?:per|/|to the|to a|to one|a|兑|=)|(?:per|to the|to a|to one|兑))\s*(?:usd|dollar|美元|\$)(?![a-z])", r"(?:\bfx|exchange rate|汇率|(?:美元|美金)\s*(?:按|换算|兑|折)|(?:in |to )?(?:yuan|rmb|cny|人民币|usd|dollars?|美元)\s*(?:at|@)|usd\s*/?\s*cny|usdcny|美元兑人民币|美元对人民币|美元兑|1\s*(?:usd|美元|\$)\s*=|(?:us)?\$\s*1\s*=)\s*(?:rate\s*)?(?:of|=|:|at|is|为|按|按照|是|取|取值|设为|用|算|假设为?|约|大概|大约|~)?\s*(?:为|是)?\s*$",
     # "the yearly electricity in USD at 9¢/kWh": a price in cents, not an exchange rate
     # (nor "in USD at 2 USD/GPU-h": an amount in a currency with its unit after it is that amount)
     r"^(?!\s*(?:¢|cents?\b|美分|c\s*/|(?:/|per)\s*kwh|(?:usd|rmb|cny|yuan|dollars?|元|美元)?\s*(?:/|per|an?|每)\s*"
     r"(?:gpu|card|chip|hour|hr|h\b|kwh|month|mo\b|m\b|million|1m|小时|卡|度)))"
     # (not "每小时2美元折算约557.6万美元": an amount converted, its currency after it)
     r"(?!\s*(?:美元|美金|dollars?\b|usd\b|万|亿))"),
    # ("At 7.25 USD/CNY": the pair written after its rate, as traders quote it)
    ("usd_cny", T + r"(?:usd\s*/\s*(?:cny|rmb)|usdcny)(?![a-z])", None),
    # "cost in RMB roughly? rate 7.2": a bare rate in a question about yuan and dollars
    ("usd_cny", None, r"(?<![a-z])(?:the\s+)?rate\s*(?:of|=|:|is|at|@)?\s*$",
     # ("industrial rate 0.45 yuan/kWh" is an electricity price)
     r"^\s*(?:[?？.,，。;；)]|$|(?:rmb|cny|yuan|元|人民币)(?!\s*(?:/|per|每|一)\s*(?:kwh|度|kw·h)))"),
    # "PPA at $45/MWh", "$60 per MWh", "每兆瓦时 300 元": a price per megawatt-hour, read per kWh
    ("electricity_mwh", T + CUR + r"?\s*(?:/|per|a|每)\s*(?:mwh|mw·h|mw-h|megawatt[- ]?hours?|兆瓦时)", None),
    # "elec $0.09 kwh", "power ¥0.6 kwh": a price with its currency marked, said before the kWh it is for
    ("electricity",
     None, r"(?:\belec(?:tricity)?|\bpower|\benergy|电价|电费)\s*(?:price|cost|rate)?\s*(?:is|=|:|at|@|~)?\s*"
     r"(?:us\$|\$|¥|￥)\s*$", T + r"\s*(?:kwh|kw·h|kw-h|度)\b"),
    # "$0.07 kwh": dollars, then the unit after a space with no "/" (a price; "5,000 kWh" is energy)
    ("electricity", None, r"(?:us\$|\$)\s*$",
     r"^\s+(?:kwh|kw·h)\b(?!\s*(?:a|per|/|each|every)\s*(?:day|year|month|hour|gpu|card|token))"),
    # "power 4c", "electricity ~5 cents": a price per kWh in cents, the kWh left unsaid
    # ("electricity's 22c here", "power's like 30c")
    ("electricity", None, r"\b(?:power|electricity|elec|energy)(?:['’]s|\s*(?:is|at|@|=|:|costs?|price))?\s*"
     r"(?:about|around|~|roughly|like)?\s*$",
     r"^\s*(?:c|¢|cents?)\b(?!\s*(?:/|per|an?)\s*(?:h|hr|hour|gpu|card|token|kwh|kw|kilowatt|度))"),
    # "8MW and 4c power", "5 cent electricity": the cents said first, then what they buy
    ("electricity", T + r"\s*(?:c|¢|cents?)\s*(?:power|electricity|elec|energy)\b", None),
    ("electricity",
     T + r"(?:美分|" + CUR + r"(?:\s*" + CUR + r")?|(?:us\s*)?cents?|c|¢|分|毛钱?|角钱?|钱)?\s*(?:/|per|a|每|一)\s*(?:kwh|kw·h|kw-h|度|千瓦时|千瓦·时|kilowatt[- ]hours?)", r"(?:电价\s*(?:从|由)?|每度电?|一\s*度电?|每千瓦时|每kwh|\belec(?:tricity)?(?: price| rate| tariff| cost)?(?: of| at| is|=|:)?|power price(?: of| at)?)\s*(?:为|是|按|要|约|大概|降到|涨到|变成|改成|换成|提到|调到|降至|降为|涨为|"
     r"goes to|drops to|falls to|rises to|went to)?\s*(?:us\$|\$|¥)?\s*$",
     # "electricity at 10.2 kW per server": a power, told by its unit ("the electricity cost of 400B
     # tokens/day": a count of tokens)
     r"^(?!\s*(?:[kmg]?w|watts?|kilowatts?|megawatts?|[千兆]?瓦)(?![a-z]))"
     r"(?!\s*(?:[kmbt]|万|亿|million|billion|trillion)?\s*(?:tokens?|toks?|gpus?|cards?|queries|requests|users)\b)"),
    # "电费0.7，PUE 1.3": a tariff said as the bill's word and a bare amount (yuan in a Chinese question)
    # ("电费0.6的话多少钱", "…哪个每token电费更低？电价0.35": the same, said with "if" or at the end; a
    # price per kWh has a decimal point or is under 10, a bill's amount has neither)
    ("electricity",
     None, r"(?:电费|电价)\s*(?:均价|单价|平均)?\s*(?:按|是|为|约|大概)?\s*$",
     r"^\s*(?=[,，。;；、)）?？!！]|$|的话|左右|上下)"),
    # ("电费一块一度（商业电）": a tariff said as the bill's word, its amount per kWh right after)
    ("electricity", None, r"电费\s*(?:按|是|为|约|大概)?\s*$",
     T + r"\s*(?:块钱?|元|毛钱?|角钱?)\s*(?:/|每|一)\s*(?:度|kwh|千瓦时)"),
    # ("度电0.5元", "度电成本按0.45元": the power trade's word for the price of one kWh, before it)
    ("electricity", None, r"(?<![\d.一二两三四五六七八九十百千万亿])度电\s*(?:成本|价格|单价|均价|电价|价)?\s*"
     r"(?:按|是|为|约|大概|大约)?\s*(?:¥|￥)?\s*$",
     T + r"\s*(?:元|块|毛|角|rmb|cny)?(?!\s*(?:/|每|一)\s*(?:卡|小时|月|年|台))"),
    # ("电费按0.6算要多少钱": a tariff counted at a bare amount)
    ("electricity", None, r"(?:电费|电价)\s*(?:按|是|为|约|大概)\s*$", r"^\s*(?=算|计|来算)"),
    # "电费 0.6 元，每张 L4 算 120W": a tariff said as the bill's word and a small amount in yuan
    ("electricity", None, r"电费\s*(?:均价|单价|平均)?\s*(?:按|是|为|约|大概)?\s*$",
     r"^\s*(?:元|块|毛)(?!\s*(?:/|每|一|per)\s*(?:度|kwh|千瓦|卡|小时|月|年))"),
    # ("we have 50k hours of Gaudi 2 in credits": the hours of a card, its GPU-hours)
    ("gpu_hours", T + r"(?:hours?|hrs?)\s+of\s+#+", None),
    # ("requests 40,000 node-hours on our GPU partition (4 GPUs/node)": GPU-hours once the node's size is read)
    ("node_hours", T + r"\s*(?:node|server)[\s-]*(?:hours?|hrs?)\b", None),
    ("gpu_hours",
     T + r"(?:#+[\s-]*(?:gpu|accelerator|卡|chip|tpu)?|gpu|accelerator|chip|tpu|卡)[\s-]*(?:hours?|hrs?|小时|时)(?![a-z])(?!.{0,3}(?:/|per)\s*(?:gpu|#))", r"(?:gpu|卡)\s*$",
     # (not "租一卡一小时也就1.8美元": one card's hour, the unit a rent is said in)
     T + r"(?:hours?|hrs?|小时|时)(?!\s*(?:也就|就|只要|才|大概|大约|约|要|是)?\s*(?:us\$|\$|¥|￥)?\s*[\d.]+\s*"
     r"(?:美元|美金|元|刀|块|dollars?|usd))"),
    ("gpu_hours",
     T + r"个?(?:#+[\s-]*)?(?:gpu[\s-]*hours?|gpu[- ]?h\b|卡时|机时|gpu\s*时|卡小时|gpu\s*小时|gpu\s*卡时)", r"(?<![每/一])(?<!per )(?<!a )(?<!/ )(?:gpu[\s-]*hours?)\s*(?:为|是|of|=|:)?\s*$",
     # ("total GPU-hours: 4B world model, …": the question's words, then a model's size)
     r"^(?!\s*(?:[a-z]+\s+)?(?:models?|params?|parameters|vlas?|vlms?)\b)"),
    ("train_flops", T + r"次?浮点运算", None),
    # "3640 PF-days": petaflop/s-days, the unit of OpenAI's compute reports (x 8.64e19 FLOPs)
    ("pf_days", T + r"\s*(?:pf|petaflop(?:/s)?|petaflops?)[- ]?(?:/s[- ]?)?days?(?![a-z])", None),
    ("train_flops",
     None, r"(?:训练(?:总)?算力|总算力|算力总量|training compute|total compute|compute budget)(?:需求|预算)?\s*(?:是|为|约|大概|要|of|=|:|is)?\s*(?:大概|大约|约|~)?\s*$", r"^(?!\s*(?:[kmgtpe]?flop/?s|tflops|pflops|eflops|p\b|e\b|[#&@]|gpus?\b|cards?\b|chips?\b|accelerators?\b|张|台|块))"
     # ("训练算力预算1000万美元": money, a budget for the compute; "训练算力5年涨了1万倍": a span of years)
     r"(?!\s*(?:[kmb]n?\b|万|亿|千万|百万)?\s*(?:美元|美金|刀|元|人民币|usd|rmb|dollars?|bucks))"
     r"(?!\s*(?:个)?\s*(?:年|个月|月|天|周|years?\b|months?\b|days?\b|weeks?\b))"),
    ("gpu_years",
     T + r"(?:\s*个)?\s*-?\s*(?:#+[\s-]*)?(?:gpu[\s-]*(?:years?|yrs?\b)|卡年|gpu[\s-]*年(?!龄|份|度|底|初|末))|" + T + r"#+-years?\b",
     None),   # ("355 个 GPU 年")
    # ("renting at 40c/hr per card": cents written c)
    ("rent", T + r"\s*(?:cents?|¢|c)\s*(?:/|per|an?|each)\s*(?:(?:gpu|card|chip)[- ]?)?(?:hours?|hr|h)\b", None),
    # ("$4.10 CAD per A100 80GB hour": a named card's hour, its currency's code between)
    # ("at $2.50 per H100 per hour": the card, then the hour)
    ("rent", T + r"\s*(?:cad|aud|usd|eur|gbp|sgd|nzd|chf|inr|jpy|krw)?\s*(?:/|per|an?|each)\s*#+\s*(?:gpu[- ]?)?"
     r"(?:(?:/|per|an?|each)\s*)?(?:hours?|hr|h)\b", None),
    ("rent",
     None, r"按\s*(?:us\$|\$|¥|￥)?\s*$", T + r"\s*(?:美元|美金|刀|元|块)?\s*(?:/\s*(?:卡时|小时|h))?\s*(?:一小时|每小时)?\s*"
     r"(?:租|出租|来租)"),
    # "if V100 hours go for $0.90": a GPU-hour's price
    ("rent",
     None, r"#*\s*(?:gpu[- ]?)?hours?\s+(?:go(?:es)?|went|sell|rent|run)s?\s+(?:for|at)\s*(?:about|around|~)?\s*"
     r"(?:us\$|\$|¥)?\s*$"),
    # "if an H100 hour is $2.20 today": the same, said with "is" or "costs" after a card's hour
    ("rent",
     None, r"#+\s*(?:gpu[- ]?)?(?:hour|hr)\s+(?:is|costs?|=)\s*(?:about|around|~)?\s*(?:us\$|\$|¥)\s*$"),
    # "每張每小時租出去 2.3 美元": an hour rented out, per card
    ("rent",
     None, r"(?:每张|每卡|每块)?\s*(?:每个?小时|一小时)\s*(?:租出去|出租|租给[^\d$¥]{0,8})\s*(?:大概|约|能)?\s*"
     r"(?:us\$|\$|¥|￥)?\s*$", T + r"\s*(?:美元|美金|刀|元|块)"),
    # "卡时 … 一小时按十块钱算": an hour's price in yuan or dollars
    ("rent",
     # ("租4090按小时2.2块": by the hour)
     None, r"(?:一|每|1|按)\s*(?:个)?\s*(?:小时|卡时|机时|gpu\s*小时)\s*(?:的)?\s*(?:原价|报价|官网价|刊例价|目录价|标价|价格|单价)?\s*"
     r"(?:也就|就|只要|才|按|是|为|算|要|约|大概)?\s*(?:us\$|\$|¥|￥)?\s*$",
     T + r"\s*(?:块钱?|元|美元|美金|刀)"),
    # ("TPU v5e一卡时$1.2": a card-hour's price, its currency's sign before the amount)
    ("rent",
     None, r"(?:一|每|1)\s*(?:个)?\s*(?:小时|卡时|卡小时|芯片时|gpu\s*小时)\s*(?:也就|就|只要|才|按|是|为|算|要|约|大概)?\s*"
     r"(?:us\$|\$|¥|￥)\s*$", T + r"(?!\s*(?:k|m|万|亿|million|billion)\b)"),
    # "what's the GPU-hour bill at $2.2?": the price of a GPU-hour, said with the bill
    ("rent",
     None, r"\bgpu[- ]?h(?:ou)?rs?\s+(?:bill|cost|spend|price|rate)\s+(?:at|@)\s*(?:about|around|~)?\s*"
     r"(?:us\$|\$|¥)\s*$", r"^(?:\s*(?:/|per|an?)\s*(?:gpu[- ]?)?(?:hours?|hr|h)\b)?"),
    # "$3.80 per GPU per hour": a rent, however the two units are written
    ("rent",
     T + CUR + r"?\s*(?:per|/|a|each)\s*(?:gpu|card|chip|accelerator)\s*(?:per|/|an?|each|-)\s*(?:hours?|hr|h)\b", None),
    # "an HGX A100 box (8 x 80GB)": the server's size, then each GPU's memory
    ("gpus_per_server", T + r"\s*[x×]\s*(?=[\d.]+\s*g(?:b|ib)?\b)", None),
    # "a 2x l40s workstation for $22,500": the GPUs in the one box priced (not "10x h100 servers";
    # "4x 4090 rig pulling 450 W per card" is four cards)
    ("gpus_per_server", T + r"\s*[x×]\s*#+\s*(?:(?:inference|training|gpu|ai|compute|dev)\s+)?"
     r"(?:workstation|rig|tower|box|server|node)\b"
     r"(?=\s*(?:for|at|@|costs?|is|runs?)\s*(?:about|around|~)?\s*(?:us\$|\$|¥|￥))", None),
    ("hbm_gb", None, r"\d\s*[x×]\s*$", T + r"\s*g(?:b|ib)?\b"),
    # "8 张 80GB 的那种": each of the cards counted just before
    ("hbm_gb", None, r"\d\s*(?:张|块|片)\s*(?:卡)?\s*(?P<at>)$", T + r"\s*g(?:b|ib)?\b(?!\s*/\s*s)"),
    ("rent",
     T + CUR + r"?\s*(?:/|per|an|a|each|every|每|一)\s*(?:个\s*)?(?:#+\s*)?(?:gpu\s*|accelerator\s*|卡\s*|card\s*|chip\s*|芯片\s*)?[- /·]?(?:[一每]\s*)?(?:hours?|hr|h\b|小时|(?<=卡)时|(?<=芯片)时|(?<=/)时|(?<=/ )时)", r"(?:每卡每小时(?:的)?(?:报价|价格|租金|费用|成本)?(?:算|按)?|每卡每时|每张每时|每张卡每小时|每小时每[张颗块片]|每小时(?:大约|大概|约|差不多)|每小时每张?卡|每小时每个?gpu|每小时每(?:颗|个)?芯片|每小时(?:的)?(?:成本|费用|租金)?(?:按|为|是|约|只要|只需|仅|才|要)?|一小时|每个小时|每gpu小时|每卡时(?:成本|租金|价格)?|每卡小时|每\s*gpu\s*小时\s*(?:按|为|是|约)?|每颗?芯片(?:每)?小?时|每颗?芯片每小时|每gpu时|\brent(?:al)?(?: price| rate)?(?: of| at| is|=|:|(?=\s*(?:us\$|\$|¥)))|\brent(?:al)?\s*(?:per|/|an?)\s*(?:gpu[- ]?)?(?:hours?|hr|h)\b\s*(?:is|of|=|:)?|租金|租价)\s*(?:大概|大约|约|要|是|才|只要|只有|只|仅有|仅|就|差不多)?\s*(?:us\$|\$|¥|rmb|usd)?\s*$",
     # (not "每小时30万次请求": a load per hour)
     r"^(?!\s*(?:[x×]\s*)?#)(?!\s*(?:次|个?请求|个?查询|个?调用|条|requests?|queries|calls|reqs?)(?![a-z]))"),
    ("hbm_gb",
     T + r"\s*gb\s*(?:of\s*)?(?:hbm\w*|vram|显存|memory)|" + T + r"\s*gb\s*(?:(?:consumer|gaming|desktop|workstation|graphics)\s+)?(?:gpus?|cards?|accelerators?)\b|" + T + r"\s*(?:gb|gigs?)\s*(?:of\s*(?:hbm\w*|vram|memory)\s*)?(?:on|in|per)\s*(?:an?|each|one|every)?\s*#+|" + T + r"\s*gigs?\s*(?:of\s*)?(?:hbm\w*|vram|memory)|" + T + r"\s*gb\s*(?:hbm\w*\s*)?(?:per|/|a|each|every)\s*(?:gpu|card|chip|accelerator|#+)|" + T + r"\s*gb\s*(?:每张|每卡|一张)|" + T + r"\s*gb\s*(?:each|apiece)\b", r"(?:(?:一张(?P<at>)|每张|每卡|单卡|each|per[- ](?:gpu|card))\s*(?:卡|显卡|card|gpu)?\s*#*\s*(?:的)?\s*(?:显存|内存|hbm\w*|memory|vram)?\s*(?:是|有|带|配|按|为|has|with|carries|of|is)?|#+\s*(?:'s|’s|has|with|carries|comes with|有|带|配|是|按|[(（]))\s*$", T + r"\s*g(?:b|ib)?(?![a-z/])"),
    ("hbm_gb", T + r"\s*g(?:b|ib)?\s*(?=够|能|放|装|的?显存|的?内存|vram)", None),   # "24G 够不够"
    # "can a single 4090 run qwen 2.5 7b in fp16 with only 24GB?": the card's memory, as little as it is
    ("hbm_gb", None, r"\bwith\s+(?:only|just|a mere|merely)\s*$", T + r"\s*g(?:b|ib)?(?![a-z/])"),
    # "8 cards × 96GB", "8 张 x 80G": the count, then each card's memory
    ("hbm_gb", None, r"(?:cards?|gpus?|#+s?|张|卡|块)\s*[x×*]\s*$", T + r"\s*g(?:b|ib)?(?![a-z/])"),
    # "平均每颗 150GB", "each with 192GB": one card's memory
    ("hbm_gb",
     None, r"(?:每颗|每张|每卡|单卡|一张|一颗|每块|per (?:gpu|chip|card|unit)|each|(?<![\w张块台])卡)\s*(?:平均|约|大约|大概|是|有|才|只有|只|就|也就)?\s*$",
     T + r"\s*g(?:b|ib)?(?![a-z/])"),
    ("hbm_gb", None, r"(?:显存|内存|vram|hbm\w*)\s*(?:容量|capacity)?\s*(?:是|为|有|按|只有|约|of|=|:)?\s*$|"
     r"(?:hbm\w*|显存)[^,.;，。；?？\d]{0,12}[(（]\s*$", T + r"\s*g(?:b|ib)?(?![a-z/])"),   # "显存32GB", "HBM 容量 256GB"
    ("hbm_gb", T + r"\s*g(?:b|ib)\s*(?:of\s+)?(?:hbm\w*\s+)?(?=#)", None),   # "a 288 GB MI355X": the card's
    # "can my RTX 4090 run mistral 7b?? it only has 24GB": the card's memory, said of "it"
    ("hbm_gb",
     None, r"\b(?:it|the card|that card|my card|mine)\s*(?:only |just )?(?:has|have|got|comes with)\s*(?:only |just )?$",
     T + r"\s*g(?:b|ib)\b(?!\s*(?:/s|of (?:system |host )?(?:ram|dram)))"),
    ("hbm_gb",
     None, r"#+[^,.;，。；]{0,24}\b(?P<at>)(?:with|has|having|w/)\s*$", T + r"\s*g(?:b|ib)\b(?!\s*(?:/s|of (?:system |host )?(?:ram|dram)))"),
    ("hbm_gb",
     None, r"#+\s*(?:那|这)?\s*(?:的|上|上的|上面的)?\s*(?:显存|内存|hbm\w*|memory|vram)?\s*(?:是|为|有|of|is)?\s*[(（,，]?\s*$", T + r"\s*g(?:b|ib)?(?![a-z/])\s*(?:的?\s*(?:hbm\w*|显存|内存|memory|vram))?"),
    # "HBM goes for roughly $11.5k per TB": a memory price by the terabyte
    ("dram_price_tb", T + CUR + r"?\s*(?:/|per|a|每|一个|每个)\s*(?:tb\b|terabytes?\b)", None),
    # ("HBM一个G要15美元": a gigabyte said as "G", its price after it)
    ("dram_price",
     T + CUR + r"?\s*(?:/|per|a|每|一个?|每个)\s*(?:gb\b|gigs?\b|gigabytes?\b|g(?![a-z]))", r"(?:每个?|一个?|1\s*个?)\s*(?:gb|g(?![a-z0-9]))\s*(?:的?(?:价格|成本|售价|单价))?\s*(?:是|为|按|要|算|大概|大约|约)*\s*(?:us\$|\$|美元)?\s*$", T + CUR + r"|^\s*(?:[,.;，。；]|$|算|计)"),
    # "MSFT reportedly took ~96k in 2024": a buyer's count of the chips named, no noun after it
    ("gpu_count", None, r"\b(?:took|bought|ordered|purchased|received|acquired|deployed|installed|shipped)\s*"
     r"(?:~|about|around|roughly|an estimated|some|over|nearly)?\s*$",
     T + r"(?=\s*(?:[,;)]|\.(?!\d)|$|in (?:20\d\d|q[1-4]|h[12]|fy)|units\b|of (?:them|those|these)\b))"),
    # "3 campuses, each site has 4 cards": every site's cards, the site said first
    ("gpus_per_server",
     None, r"\b(?:each|every|per)\s+(?:site|campus|school|location|store|branch|office|clinic|"
     r"hospital)\s*(?:has|have|with|holds|gets|runs|hosts)?\s*(?:about|~)?\s*$",
     T + r"\s*(?:#+\s*)?(?:gpus?|cards?|chips?|accelerators?|#+)"),
    # "1,000台server x 4卡", "500 nodes x 8 GPUs": each server's cards, multiplied out
    ("gpus_per_server", None, r"(?:台|\bservers?|\bnodes?|\bboxes|服务器|节点|机器|&+)\s*[x×*]\s*(?P<at>)$",
     T + r"\s*(?:#+\s*)?(?:卡|张|gpus?|cards?)(?![a-z])"),
    ("gpus_per_server",
     T + r"[- ]?(?:#+\s*)?(?:gpus?|cards?|chips?|accelerators?|卡|张)[- ]?(?:的)?\s*(?:[#&]+s?\s*)?(?:的)?\s*(?:一台|每台)?\s*(?:servers?|&+|nodes?|box(?:es)?|machines?|(?:base)?boards?|systems?|服务器|机器|节点|整机)|" + T + r"[- ]?(?:#+\s*)?(?:gpus?|cards?|accelerators?|卡|张卡|张)\s*(?:(?:per|/|a|each|in (?:a|one|each))\s*(?:&+|server|node|box|machine|rack)|(?:/|每)\s*(?:节点|服务器|机器|台|机柜)|一台|每台|一个节点|一机|一个?机?柜|每个?机?柜)", r"(?:(?:每台|一台|单台)(?:\s*#+\s*(?:服务器|机器|主机)|服务器|机器|主机)?|(?:一个|每个|单个)\s*(?:机柜|柜子|节点|服务器)|每柜|单柜|一柜|每个?节点|单机|整机|几台|多少台|(?<=\d)台|per (?:server|node)|(?:nodes?|servers?|boxes) of|&+\s*(?:with|has|of))\s*(?:有|装|配|是|含|包含|带|内含|放|放了|塞|插|可放|能放|装了|买断|采购|购买|买)?\s*$", T + r"(?:#+\s*)?(?:gpus?|cards?|卡|张)"),
    # "8 gpus inside", "8卡机", "1 node w/ 8 gpus"
    ("gpus_per_server",
     T + r"[- ]?(?:gpus?|cards?|卡)\s*(?:inside|in it|in each|in there)\b|" + T + r"\s*卡机",
     None),
    # ("each of our 6 studios gets its own PC with one card": each place's box, its cards)
    ("gpus_per_server", None, r"\b(?:its own|their own|each|every)\s+(?:pc|rig|workstation)\s*(?:w/|with)\s*$"),
    ("gpus_per_server", None, r"(?:node|server|box|machine)\s*(?:w/|with|having|that has|has|is|holds|=)\s*$",
     T + r"\s*(?:gpus?|cards?|#+)"),
    ("gpus_per_server", None, r"(?:nodes?|servers?|boxes) of\s*$", r"^(?!\s*(?:[x×]\s*)?[#&])"),
    # "B300 at 1100W, 72 per rack": a bare count per rack or server, after the card it counts
    ("gpus_per_server", None, r"#+[^;。；?？]{0,40}[,;，；]\s*(?:and\s+|with\s+)?(?P<at>)$",
     T + r"\s*(?:per|a|/|each|in (?:a|one|each))\s*(?:rack|server|node|box|chassis)\b"),
    # "每百万 token 成本能压到一块三人民币": the price of a million tokens, named first
    ("token_price",
     None, r"(?:每|(?<![\d零一二两三四五六七八九十百千万])[一1])\s*(?:一)?百万\s*(?:个)?\s*(?:输出|输入|output\s*|input\s*)?\s*(?:tokens?|toks?)\s*(?:的)?\s*(?:综合|平均|混合|blended)?\s*(?:成本|价格|售价|收费|定价|单价)?"
     r"\s*(?:能|可以|要|能否|能不能)?\s*(?:压到|降到|做到|低于|不到|不超过|是|为|约|大概|大约|按|卖|收)?\s*"
     r"(?:us\$|\$|¥|￥)?\s*$",
     # (not "每百万token成本：4张L40S每张7.5万": the cards counted after the cost asked)
     r"^(?!\s*(?:张|台|片|颗|块卡|#))"),
    # "每百万 token 成本多少美元？能不能打到 $0.3？": the price per million aimed at, said after the cost asked
    ("token_price", None, r"(?:百万\s*(?:个)?\s*(?:输出|输入)?\s*tokens?|million (?:output |input )?tokens?)"
     r"[^\d$¥]{0,24}(?:能不能|能否|可不可以|可以|能)\s*(?:打到|压到|降到|做到)\s*(?:us\$|\$|¥|￥)?\s*$"),
    # ("H100卡时单价挂牌12.8元": a card-hour's price, named before it)
    # ("卡时价格一个28元一个12元": two cards' card-hour prices, one after the other)
    ("rent", None, r"(?:卡时|卡小时|gpu\s*小时)\s*(?:的)?\s*(?:单价|价格|价|租金|费用|报价)\s*(?:挂牌|报价|为|是|约|按|大概)?\s*"
     r"(?:分别(?:是|为)?\s*)?(?:一个|一张)?\s*$", T + r"\s*(?:块钱?|元)"),
    ("rent", None, r"(?:卡时|卡小时|gpu\s*小时)\s*(?:的)?\s*(?:单价|价格|价|租金|费用|报价)[^，。；;,]{0,8}?\d+(?:\.\d+)?\s*"
     r"(?:块钱?|元)\s*[、，,/]?\s*(?P<at>)(?:一个|另一个|一张)\s*$", T + r"\s*(?:块钱?|元)"),
    # "租金大概 8 块钱一卡时": a rent per card-hour said in speech
    ("rent", T + r"\s*(?:块钱?|元)\s*(?:一|每|/)\s*(?:个)?\s*(?:卡时|卡小时|gpu\s*小时)", None),
    # ("美国那边H100租1.99刀一小时，国内租16块": the other place's hourly rent, in yuan, beside the first)
    ("rent", None, r"(?<![出转])租(?:金|价)?\s*(?:是|为|约|按|大概)?\s*$",
     T + r"\s*(?:块钱?|元)(?!\s*(?:卡|gpu|显卡|#|张|台|的卡))(?=\s*(?:[,，;；。]|$|一小时|每小时|/\s*h))"),
    # "H800 租 ¥13，H20 租 ¥6": an hourly rent said with 租 and a small amount
    ("rent", None, r"(?<![出转])租(?:金|价)?\s*(?:是|为|约|按)?\s*(?:us\$|\$|¥|￥)\s*$",
     T + r"(?!\s*(?:万|千|亿|k\b|m\b))"),
    # "used Gaudi2 dropped under $5000", "H100s now going for $22k": a card's price said as the market moves
    # "4096 gpus (h200) @ 32.5k": the card's price, when no rate, power or share follows
    ("price", None, r"(?:#+s?|gpus?|cards?|chips?)\s*[)）]?\s*(?P<at>)@\s*$",
     r"^(?!\s*(?:/|per\b|an?\s+h|h\b|hrs?\b|hours?\b|小时|kwh|度|%|x\b|tok|w\b(?!/(?:\s|$))|kw\b|mw\b|watts?))"
     r"(?:\s*(?:ea|each|apiece)\b)?"),
    ("price",
     None, r"#+s?\s*(?:(?:street|market|spot|list|retail|resale|used)\s+)?(?:prices?\s*)?(?:have\s+|has\s+)?"
     r"(?:dropped|fell|fallen|going for|go for|sell(?:ing)? for|"
     r"trading at|down)\s*(?:to|under|below|around|at)?\s*(?:about|~)?\s*(?:us\$|\$|¥|￥)\s*$"),
    # ("the $30k quote we got stateside for H100 SXM": a quote, then the card it is for)
    ("price", T + r"(?:k|m)?\s*(?:quote|quoted price|offer|bid)\b[^,.;?!]{0,30}?\bfor\s+(?:the\s+|an?\s+|each\s+)?#", None),
    # "卡 1.6 万，三年折旧": a card's price after the bare word for card
    ("price", None, r"(?:^|(?<=[,，;；。\s]))卡\s*(?:价)?\s*(?:是|为|约|大概|按)?\s*$",
     T + r"\s*(?:万|千)?\s*(?:元|块)?\s*(?=[,，;；。]|$)"),
    # "日产 300 亿 token": a day's output
    ("tokens_per_day", None, r"(?:日产|日产出|日均产出|每日产出|每天产出)\s*(?:约|大概|大约)?\s*$",
     T + r"\s*(?:个)?\s*tokens?"),
    # "API 按 每百万 2 美元": the basis first, the tokens said elsewhere in the question
    ("token_price",
     None, r"每\s*(?:一)?百万\s*(?:个)?\s*(?:的)?\s*(?:成本|价格|收费)?\s*(?:是|为|约|大概|按|要)?\s*$",
     T + r"\s*(?:块|元)?\s*" + CUR),
    # "input 每百万 $0.27、output 每百万 $1.10": the basis first, the currency before the amount
    ("token_price",
     None, r"每\s*(?:一)?百万\s*(?:个)?\s*(?:tokens?\s*)?(?:的)?\s*(?:成本|价格|收费)?\s*(?:是|为|约|大概|按|要)?\s*"
     r"(?:us\$|\$|¥|￥)\s*$"),
    # ("输入每百万token 2块 输出8块": the other side's price after the first, the million not said again)
    ("token_price",
     None, r"(?:百万|million)[^。；;?？]{0,30}?(?:输出|输入|output|input)\s*(?:的)?\s*(?:是|为|约|大概|按|要)?\s*$",
     T + r"\s*(?:块钱?|元|美元|美金|刀)"),
    # "一块五一百万 token", "两块钱一百万": a price for a million tokens said in speech
    ("token_price", T + r"\s*(?:块|元)?\s*钱?\s*(?:美元|美金|刀|人民币)?\s*(?:/|每|一)\s*(?:1|一)?\s*百万\s*"
     r"(?:个)?\s*(?:输出|输入)?\s*(?:tokens?|toks?)?", None),
    # "每 1k tokens 收 $0.002": the basis first, then the price
    ("token_price_k",
     None, r"每\s*(?:1k|1000|千)\s*(?:个)?\s*tokens?\s*(?:收|卖|要|是|价格|收费|售价)?\s*(?:us\$|\$|¥|￥)?\s*$"),
    # "$0.0004 per 1K tokens", "每千 token 0.003 元": a price per thousand, read per million
    ("token_price_k",
     T + CUR + r"?\s*(?:per|/|a|every|each)\s*(?:1k|1,000|1000|k|thousand)\s*(?:output |input )?"
     r"(?:tokens?|toks?)\b|" + T + CUR + r"?\s*(?:/|每)\s*(?:千|1k|1000)\s*(?:个)?\s*tokens?", None),
    # ("$0,60 per 1 juta token output": "1 million" with its one)
    ("token_price",
     T + CUR + r"?\s*(?:per|/|a|every|each)\s*(?:(?:1|one)\s*)?(?:million|1m|mm|m|mn)\s*(?:output |input )?"
     r"(?:tokens?|toks?)\b|"
     + T + CUR + r"\s*(?:一|每)\s*百万\s*(?:个)?\s*tokens?|" + T + CUR + r"?\s*/\s*mtok\b|" + T + CUR + r"?\s*(?:每|/)\s*(?:百万|1m|m)\s*(?:个)?\s*(?:输出|输入)?\s*tokens?", r"(?:每)?百万(?:个)?\s*(?:输出|输入)?\s*tokens?\s*(?:的)?\s*(?:输出|输入)?\s*(?:只|才|就|仅)?\s*(?:的?价格|成本|收费|卖|收|定价|售价|单价|费用)?\s*(?:是|为|要)?\s*(?:不到|低于|不超过|不足|只要|才)?\s*(?:从\s*(?P<at>))?(?:约|大概|大约|差不多)?\s*(?:us\$|\$|¥)?\s*$",
     # (not "每百万token成本：4张L40S每张7.5万": the cards counted after the cost asked)
     T + r"(?!\s*(?:张|台|片|颗|块卡|#))" + CUR + r"?"),
    # ("or is an L4 at 70c smarter?" beside a rent per hour: that card's rent, in cents)
    ("rent", None, r"#+\s*(?:at|@|for)\s*~?\s*$",
     r"^\s*(?:c|¢|cents?)\b(?!\s*(?:/|per|an?)\s*(?:kwh|kw\b|度|token|m\b|million|gb))(?=[^.;]{0,40}\?)"),
    # ("at 20 cents per million tokens": a token price in cents)
    ("token_price",
     T + r"\s*(?:cents?|c|¢)\s*(?:per|/|a|every)\s*(?:(?:1|one)\s*)?(?:million|1m|mm|m|mn)\s*(?:output |input )?"
     r"(?:tokens?|toks?)\b", None),
    # "at $0.60 per million, what's their daily revenue" (tokens said elsewhere): a token price
    ("token_price",
     # ("$0.8 per 1 million output": the one said, and the side)
     T + CUR + r"?\s*(?:per|/|a|every)\s*(?:(?:1|one)\s+)?(?:million|1m|1\s*mn|mm)\b(?:\s+(?:output|input)\b)?"
     r"(?!\s*(?:users?|people|dau|mau|queries|requests|"
     r"gpus?|dollars|yuan|元|美元|人|次|用户))", None),
    # (no number between: "50M tokens a day in and 10M out at $3/M" keeps its 10M)
    ("token_price",
     None, r"\btokens?\b[^,;.\d]{0,24}(?:at|@|for|charge)\s*(?:about|around|roughly|~|like|approximately)?\s*"
     r"(?:us\$|\$|¥|rmb|usd)?\s*$", T + r"(?:us\$|\$|usd|dollars?|¥|rmb|元)?\s*(?:per|/|a)\s*(?:million|1m|mm|mn|m)\b"),
    # "price per million tokens on a hosted API is $0.60": the basis named first, the amount after its verb
    ("token_price",
     None, r"\b(?:price|cost|rate|pricing)\s+(?:per|/|for|of)\s+(?:a\s+|one\s+|1\s*)?(?:million|m|mn)\s+"
     r"(?:input\s+|output\s+)?(?:tokens?|toks?)\b[^\d$¥.;:,?!#@&]{0,30}?(?:\b(?:is|are|runs?)|=)\s*"
     r"(?:about|around|~|roughly|like)?\s*(?:us\$|\$|¥)\s*$"),
    ("token_price", None, r"(?:us\$|\$|usd|¥|rmb)\s*$", T + r"\s*/\s*m\b(?!\s*(?:in|s\b|w))"),
    # "$1.10 per M output for the API": a side's token price, whatever follows
    ("token_price",
     T + CUR + r"?\s*(?:per|/|a)\s*(?:million|mn|1m|m)\s+(?:input|output|prompt|completion)\b", None),
    # "$0.27/M in, $1.10/M out": the sides said short, a separator after them
    ("token_price",
     T + CUR + r"?\s*/\s*(?:m|mn|1m|mtok)\s+(?:in|out)(?=\s*(?:[,，;；|｜/)+]|\.(?!\d)|$|\s+(?:and|&|plus)\b|"
     r"\s+(?:us\$|\$|¥|usd\b|rmb\b)))", None),
    # "$0.60 per million tokens instead of $1.20 per million": the second said without its tokens
    ("token_price",
     T + CUR + r"?\s*(?:per|/|a)\s*(?:million|mn|1m|m)(?:\s+(?:input|output|prompt|completion)(?:\s+tokens?)?)?"
     r"(?=\s*(?:[,.;?!)]|$|instead|vs|or\b|and\b|down\b|up\b|to\b|→|->))",
     None),
    # "一张大概十万块": 块 after a per-card price is money (块钱), not a count of cards
    ("price",
     None, r"(?:一张|每张|一块|每块|单卡|每卡|单价)\s*(?:二手|全新|新的?|旧的?)?\s*(?:卡|#+)?\s*(?:(?:含|包含|连)(?:服务器|整机|机器)?(?:的)?(?:成本|价格)?|的价格|价格|的单价|单价|售价|成本)?\s*(?:大概|大约|约|要|是|差不多)*\s*$", T + r"块(?:钱)?(?![卡#a-z])"),
    ("price", T + r"\s*块钱?\s*(?:一|每)\s*(?:张|块|片|颗|个)", None),   # "4万块一张": yuan a card
    # "一张卡落地成本1.9万", "单卡采购价约2.3万": what one card costs landed, the currency unsaid
    ("price",
     None, r"(?:一张|每张|一块|每块|单卡|每卡)\s*(?:卡|#+)?\s*(?:的)?\s*(?:落地成本|落地价|到手价|采购成本|采购价|"
     r"成本价|买价|购入价|进价|购置成本)\s*(?:大概|大约|约|要|是|为|按)*\s*$",
     r"^(?!\s*(?:张|台|卡|w\b|瓦|%|个|小时|度))"),
    # "买3k张H20 每张12万 总共多少钱": ten-thousands a card, the currency unsaid
    # "在 $50k 的卡价里占几成": the card's price
    ("price", T + r"(?:k|m|万)?\s*(?:美元|美金|刀|元)?\s*的\s*(?:卡价|单价|售价|整卡价格?|卡的价格)", None),
    # "paid $9k 4 yrs ago", "picked it up for $6,500": what one card was bought for (not "$9M", a fleet's bill)
    ("price",
     None, r"\b(?:i |we )?(?:paid|bought (?:it |one |mine |ours )?(?:for|at)|got (?:it|one|mine) for|"
     r"picked (?:it |one )?up (?:for|at))\s*(?:about|around|~|roughly|only|just)?\s*(?P<at>)(?:us\$|\$)\s*$",
     r"^(?!\s*[mb]\b|\s*(?:million|billion)\b)(?!\s*k?\s*(?:for|on)\s+(?:the|our|all|a\s+(?:cluster|fleet|lot)))"
     r"(?!\s*k?\s*(?:per|/|an?|each)\s*(?:server|node|box|rack|machine|system|&))"),
    # "H20 secondhand: new ~$12k", "used at $6,500", "list ~$40k": one card's price, its market named before it
    ("price",
     None, r"\b(?:new|brand[- ]new|used|list|msrp|street|retail)\s*(?:price)?\s*(?:~|≈|about|around|at|is|=|:)?\s*"
     r"(?P<at>)(?:us\$|\$)\s*$", r"^(?!\s*[mb]\b|\s*(?:million|billion)\b)"),
    # "A100 80G矿卡6万收", "二手4090 1.2万入手": what a card was bought for, the buying word after it
    ("price",
     T + r"(?:k|万|千)?\s*(?:美元|美金|刀|元|块)?\s*(?:收(?:的|来|了)?|买(?:的|来|了|入)|入手|拿下|到手)"
     r"(?![\u4e00-\u9fff]{0,3}(?:token|请求|用户))", None),
    # "an H200 bought at $31k", "H100 现在买两万八美金": what one card was bought for
    ("price",
     None, r"\b(?:bought|purchased|acquired|(?:buying|owning|buy|own)\s+(?:it|one|a card|the card)\s+(?:outright\s+)?)"
     r"\s*(?:it\s+|them\s+|one\s+)?(?:at|for)\s*(?P<at>)(?:us\$|\$|¥)?\s*$|"
     r"#+\s*(?:现在|目前|当时|当初)?\s*(?:买|采购|购入)\s*(?:价)?\s*(?:是|要|大概|大约)?\s*$",
     r"^(?:\s*[km]?\s*(?:each|apiece|a (?:card|gpu|chip|piece|unit)|per (?:card|gpu|chip)|一张|每张))?"
     r"(?!\s*(?:张|台|块|颗|个|[万千百]张|[x×]))"),
    # "我们两万七买的卡": the price the cards were bought at
    ("price", T + r"\s*(?:美元|美金|刀|元|块)?\s*(?:一张)?\s*买(?:的|来的|入的)\s*(?:卡|那批|这批)?", None),
    # "租 H100 … 定系 $27k 买一张好": a card's price, said before buying one
    ("price", T + r"(?:k|万)?\s*(?:美元|美金|刀|元|块)?\s*买\s*(?:一|1)\s*(?:张|块|片)(?![卡#])", None),
    # "how much of a ¥11万 card is memory?", "a $30k GPU": the price said as the card's adjective
    ("price", None, r"\b(?:an?|one|each|per|the)\s*(?:us\$|\$|¥|￥)\s*$",
     r"^\s*(?:万|千|k)?\s*(?:#+\s*)?(?:cards?|gpus?|chips?|accelerators?)\b"),
    # "buy H100 at 25k today": the card named, then what one costs (in thousands, the currency unsaid)
    ("price", None, r"\b(?:buy|buying|bought|purchase[sd]?|purchasing)\s+(?:an?\s+|one\s+|each\s+)?#+s?\s*"
     r"(?:at|for|@)\s*(?P<at>)(?:about|around|~|roughly)?\s*$",
     r"^(?!\s*(?:%|x\b|×|gpus?|cards?|hours?|hrs?|h\b|/|tokens?|toks?|[kmg]?w\b|watts?|tflops|pflops|gb\b))"),
    # "按2.5万美元买，14个月回本": the price one is bought at (no count after the verb)
    # ("按3万美元买100张": 按 is a rate, so each card's price; "以3万美元买100张" is the total)
    ("price", None, r"(?<![柜台器机&子])\s*按\s*(?:us\$|\$|¥|￥)?\s*$",
     T + r"\s*(?:万|千|k)?\s*(?:美元|美金|刀|元|块|人民币)?\s*(?:一张|每张|一块)?\s*(?:的价格)?\s*(?:买|购入|买入|采购)"),
    ("price", None, r"以\s*(?:us\$|\$|¥|￥)?\s*$",
     T + r"\s*(?:万|千|k)?\s*(?:美元|美金|刀|元|块|人民币)?\s*(?:一张|每张|一块)?\s*(?:的价格)?\s*(?:买|购入|买入|采购)"
     r"(?!\s*(?:了|下|入)?\s*(?:[\d一二两三四五六七八九十百千万几]|这|那))"),
    # "买的话两万五", "买一张要 3 万": what buying one costs
    ("price",
     None, r"(?:买的话|要买的话|买一张|买断|买入价?|购买价|买卡)\s*(?:要|是|得|大概|大约|约|差不多)?\s*$",
     r"^(?!\s*(?:张|台|块|颗|个|卡|[万千百]张|[x×]|gpus?\b|cards?\b))"),
    ("price",
     # ("单卡询价5.8万": the price asked of one card; "一张才5万多": said to be cheap)
     # ("一张RTX 4090买下来一万出头": bought outright, its price)
     None, r"(?<!下来)(?<!下来 )(?:每张|一张|单张|每块|单卡|每卡)\s*(?:卡|#+)?\s*(?:买下来|买下|入手|拿下|到手价?)?\s*"
     r"(?:询价|报价|价格|售价|单价)?\s*"
     r"(?:才|只要|只|就|也就|不到|差不多)?\s*(?:约|大概|大约|要|是)?\s*$",
     # ("卡一张1.6万按3年折旧": the price, then the years it is written off over; "一张才5万多按5.2万": the
     # figure to use said after the rough one)
     r"^\s*(?:多|来|出头|左右)?\s*(?=[,，。;；?？!！\s]|$|(?:按|分)\s*[\d一二两三四五六七八九十]+\s*(?:年|个月)\s*(?:折旧|摊)|"
     r"(?:按|算)\s*[\d.]+\s*(?:万|千|k)?(?!\s*(?:年|个月|张|台|块|%)))"
     r"(?!\s*(?:token|tok|瓦|千瓦|兆瓦|w\b(?!/(?:\s|$))|kw|watts?|kilowatts?|gb|g\b|小时|h\b|[tpe]?flops|%))"),
    ("price",
     None, r"#+\s*(?:reportedly |now |currently |typically |usually |still )?(?:costs?|runs?|goes for|sells for|is priced (?:at )?|priced (?:at )?|lists? (?:at|for))\s*(?:me|us|you)?\s*(?:about|around|~|like|roughly)?\s*"
     r"(?P<at>us\$|\$|¥|￥)\s*$", r"^(?!\s*(?:[kmb]n?\b)?\s*(?:/|per\s*h|an?\s*h|each\s*h|a month|/mo))"),
    # "B200 costs around 40.000 USD", "H20 sells for about 12,000 dollars": the currency said after the amount
    ("price",
     None, r"#+\s*(?:reportedly |now |currently |typically |usually |still )?(?:costs?|goes for|sells for|is priced (?:at )?|"
     r"priced (?:at )?|lists? (?:at|for))\s*(?:about|around|~|like|roughly)?\s*$",
     r"^\s*(?:k\b)?\s*(?:usd|dollars?|rmb|cny|yuan|元|美元|美金)\b(?!\s*(?:/|per\s*h|an?\s*h|each\s*h|a month|/mo))"),
    # "if H200 price drops from $35,000 to $28,000": the card's price, before and after
    ("price",
     None, r"#+\s*(?:'s\s*)?(?:unit\s+)?price\s+(?:drops?|falls?|goes|went|rises?)\s+(?:down\s+|up\s+)?"
     r"from\s+(?:about|around|~)?\s*(?:us\$|\$|¥)?\s*$", T + r"k?\s*" + CUR + r"?(?!\s*(?:/|per\s*h|an?\s*h))"),
    # "if a GPU costs around thirty grand": one card's price, the currency unsaid
    ("price",
     None, r"\b(?:an?|one|each|per|every|the)\s+(?:gpu|card|chip|accelerator)\s+(?P<at>)(?:costs?|goes for|sells for|is priced at)\s*"
     r"(?:about|around|roughly|~|like|approximately|maybe)?\s*$",
     r"^(?!\s*(?:[kmb]n?\b)?\s*(?:/|per\s*h|an?\s*h|each\s*h|a month|/mo|w\b(?!/(?:\s|$))|watts?|kw))"),
    # "H20 server, 8-card, ¥1,050,000 each": the server's size, written after it
    # (not "RTX 4090 boxes, 4 cards total": the cards of all of them)
    ("gpus_per_server",
     None, r"(?:servers?|nodes?|box(?:es)?|&+)\s*[,，(（]\s*$", T + r"[- ]?(?:cards?|gpus?|chips?)\b"
     r"(?!\s*(?:total|in total|altogether|overall|combined|in all)\b)"),
    # "$15.6k/accelerator", "$30k per GPU": one card's price
    # ("~$40k all-in per GPU": the card's price with its share of the build, calc/parse.py marks it all-in)
    ("price",
     T + r"(?:k|m)?\s*" + CUR + r"?\s*(?:(?:all[- ]in|landed|installed|fully loaded)\s+)?(?:/|per|a|each)\s*"
     r"(?:gpu|card|chip|accelerator|unit)s?\b(?![- ]?h)", None,
     r"^(?!\s*(?:[kmb]?\s*)?(?:/|per|a)\s*(?:gpu|card|chip|accelerator)[- ]?h)"),
    # "占整卡价格1.5万美元的", "单卡价格3万美元": one card's price
    ("price",
     None, r"(?:整卡|单卡|每张卡?|卡)\s*(?:的)?\s*(?:价格|售价|单价|报价|卖价)\s*(?:是|为|约|大概|按)?\s*(?:us\$|\$|¥)?\s*$",
     T + r"(?:万|千|k)?\s*" + CUR),
    # "整机每台按230万元（8卡）": the server's size, in brackets after it
    # (not "训了 4 天（16 张）": a run's count, after its duration)
    # ("tesla v100 (32 cards)": after a card's name, the cards counted, not a server's size)
    # (the whitespace before the bracket taken whole, so the words before it are what is looked at: "V100 SXM2
    # (8 cards)" with the form factor blanked by calc/noise)
    ("gpus_per_server", None, r"(?<!\s)(?<![天日月周年#])(?<!days)(?<!day)(?<!weeks)(?<!# )"
     # (not a fleet's count: "the old V100 partition (16 cards)")
     r"(?<!partition)(?<!partition )(?<!cluster)(?<!cluster )(?<!fleet)(?<!fleet )(?<!pool)(?<!pool )"
     # (nor a run's: "my 20-day H100 run (64 cards)")
     # (nor the cards something ran on: "在 A100 80GB 上(64 张)训了 20 天")
     r"(?<!run)(?<!run )(?<!job)(?<!job )(?<!集群)(?<!上)(?<!上 )\s*[(（]\s*$", T + r"\s*(?:卡|张卡?|gpus?|cards?)\s*[)）]"),
    # "An HGX H100 server costs $300k; we buy 16": so many of the thing just named
    ("bought_count",
     # ("if we buy 4 they give 7% off", "buying 4 gets 7% off": the clause after the count another's)
     None, r"(?:\b(?:we|i|they|you)\s*(?:would |will |'ll |could |want to |plan to )?(?:buy|order|purchase|get|want|need)|"
     r"\b(?:buying|ordering|purchasing))\s*"
     r"(?:another|more|an? additional)?\s*$", r"^\s*(?:more\b|units?\b|[,.;?!]|$|and\b|"
     r"(?=(?:we|they|you|i|it|gets?|they'?ll|we'?ll)\b)|of (?:them|those)\b"
     + _NOT_ITEMS_MADE + ")"),
    # "机柜每个功耗约120kW，我们要部署50个": so many of the thing just named
    ("bought_count",
     None, r"(?:部署|采购|购买|买|上架|建设?|装|上)\s*(?:了)?\s*$", r"^\s*(?:个|套|组)(?!\s*(?:[#&@a-z\d]|机柜|柜|服务器|节点|整机|卡|gpu|显卡|加速卡|"
     r"多?月|星期|礼拜|季度|小时|钟头|年|"
     r"[\u4e00-\u9fff]{0,3}(?:员|师)(?![\u4e00-\u9fff])))"),
    # "how many extra H100 on top of the current 96?": the fleet there is, counted in the cards named
    ("gpu_count",
     None, r"(?:on top of|in addition to|besides|beyond|over and above)\s*(?:the|our|my|what we have,?)?\s*"
     r"(?:current|existing|present)?\s*$", r"^\s*(?:[?？.,;!，。]|$|and\b|we\b)"),
    # "一个GB200 NVL72机柜72张卡": the cards in each of the servers named
    ("gpus_per_server",
     None, r"(?:一个|每个|单个|一台|每台|单台|一套|每套)\s*&+\s*(?:机柜|柜子|节点|服务器|整机)?\s*(?:里|内|里面)?\s*"
     r"(?:有|装|配|是|含|包含|带|内含|放)?\s*(?P<at>)$", T + r"(?:张卡?|块卡?|卡|颗|gpus?|cards?)"),
    # "64 servers x 8 H200": the cards in each of the servers counted
    ("gpus_per_server", None, r"(?:servers?|nodes?|boxes|racks?|machines?|&+)\s*[x×]\s*$", T + r"#"),
    # "a hundred Gaudi 2 servers with 8 cards each": servers of the card named (no catalog server)
    ("servers", T + r"(?:more |additional |(?:old|new|used|existing|current|legacy|spare|idle) )?" + VENDOR
     + r"#+\s*(?:servers?|nodes?|boxes|box|racks?|machines?|服务器|节点|机柜|整机)(?![a-z])", None),
    # "2x HGX H200", "4 台 DGX H800": boxes of the card named (no catalog server of it), not cards
    ("servers", T + r"\s*(?:x|×|台|个|套)?\s*(?:nvidia\s*|英伟达\s*)?(?:hgx|dgx)\s*[#§]", None),
    # "Each DGX H100 draws 10.2 kW. We are putting 32 DGX in Pune": the servers named before, counted by their line
    ("servers", T + r"\s*(?:x\s*|×\s*|台\s*)?(?:nvidia\s*)?(?:hgx|dgx)s?(?![a-z0-9#§&])(?!\s*[#§&])", None),
    # "并发1万 h200跑qwen2.5 72b": the concurrency said before the card, not a count of cards
    ("concurrent_users",
     None, r"(?<!副本)(?<!实例)(?<!每个)(?:并发(?:用户|数|量)?|同时在线(?:用户)?)\s*(?:为|是|有|约|达到)?\s*"
     r"(?:大约|大概|约|差不多)?\s*$", r"^(?=\s*" + VENDOR + r"[#§])"),
    # ("16x used A100 80GB", "2,048 ex-cloud H100s", "12 ex-mining 3090s": the cards' past before their name;
    # "a 100k-H100 cluster": the count joined to the name by a hyphen)
    ("gpu_count",
     T + r"['\"’”]?\s*(?:-|x\s*|×\s*|张|块|片|颗|个|units? of |of (?:the |our |those |these )?|more |additional |"
     r"(?:x\s*|×\s*)?(?:old|new|used|existing|current|legacy|spare|idle|rented|leased|owned|reserved|on-demand|"
     r"left-?over|surplus|unused|remaining|available|free|donated|borrowed|loaner|aging|ageing|older|"
     r"ex-(?:cloud|mining|lease|datacenter|dc)|second-?hand|refurb(?:ished)?|decommissioned|retired) )?" + VENDOR + "[#§]",
     None),
    ("price", T + CUR + r"?\s*(?:blended\s+)?(?:asp|average selling price)\b", None),   # "~$30k blended ASP"
    ("price",
     T + r"(?:k|m)?\s*" + CUR + r"?\s*(?:card|gpu|chip|unit)[- ]price\b", None),   # "the ~$32k card price"
    # "compare with the $265k we were quoted": an amount someone quoted us, a price (not a budget)
    ("price",
     None, r"(?:\bthe|\ba|\bof)\s*(?:us\$|\$|¥|￥)\s*$", T + r"(?:k|m)?\s+(?:we|they|i)\s+(?:were|was|got|have been|had been)\s+quoted\b"),
    # "at a card price of ~$31,000": the price of one card, its words first
    ("price",
     None, r"\b(?:card|gpu|chip|unit)[- ]price\s*(?:of|is|=|:)?\s*(?:~|about|around|roughly)?\s*(?:us\$|\$)?\s*$",
     r"^(?!\s*(?:[kmb]n?\b)?\s*(?:/|per\s*h|an?\s*h|each\s*h))"),
    # "和H100的2.5万美元比", "vs the H100's $25k": the card's own price, said with its name
    # (the currency said before the number or after it, never neither: "H100的2.5倍" is no price)
    ("price",
     None, r"#+\s*(?:的|'s|’s)\s*(?:价格|单价|售价|报价|price)?\s*(?:是|为|of|is)?\s*(?:us\$|\$|¥|￥)\s*$",
     T + r"(?:k|万|千)?(?!\s*(?:/|每|一)\s*(?:小时|h\b|hr|卡时|度|kwh))"),
    ("price", None, r"#+\s*(?:的|'s|’s)\s*(?:价格|单价|售价|报价|price)?\s*(?:是|为|of|is)?\s*$",
     T + r"(?:k|万|千)?\s*" + CUR + r"(?!\s*(?:/|每|一)\s*(?:小时|h\b|hr|卡时|度|kwh))"),
    # ("Llama 3 8B on L4, 1 GPU per pod": the cards of one replica, not the fleet)
    ("tensor_parallel", T + r"\s*(?:x\s*)?(?:gpus?|cards?|#+)\s*(?:per|/|each|a)\s*(?:pod|replica|instance|container|"
     r"worker|deployment)\b", None),
    ("gpu_count",
     T + r"[- ]?(?:(?:older|newer|old|new|existing|current|legacy|spare|idle|used|rented|leased|dedicated|advanced|high-end|"
     r"leading-edge|cutting-edge|frontier|ai|consumer|gaming|desktop|workstation|datacenter|data-center|second-hand|refurbished) )?(?:gpus?|tpus?|npus?|accelerators?|cards?|chips?|units?(?!\s+(?:listings?|rentals?|lockers?|types?|sizes?|prices?|descriptions?|records?|pages?|photos?|ads?|posts?|renters?|tenants?|reviews?|numbers?)\b)|张卡|块卡|卡|张显卡|块gpu|张gpu|个gpu|颗gpu|颗芯片|颗加速卡|片gpu|个芯片|芯片|个加速卡|个卡|张(?!\s*(?:图|圖|截图|截圖|照片|相|图片|圖片|面单|单据|發票|发票|票据|订单|运单|快递单|表单|合同|单子|试卷|卷子|处方|處方|化验单|报告单|检查单))|块(?!\s*(?:钱|预算|的预算|经费|/|(?:一|每)\s*(?:个)?(?:小时|度|卡时)))|片|颗)(?![a-z-])(?!\s*(?:hours?|years?|days?|h\b|小时|年))"
     # (not "2 mln cards per day": product cards written a day)
     r"(?!\s*(?:/|per|a|each)\s*(?:day|d)\b)", r"(?:#+|gpu|显卡|加速卡)\s*(?:数量?|count)?\s*(?:为|是|有|=|:|x|×)?\s*$", r"^(?:张|块|颗|片|卡|\s*[,.;，。；?？!！)]|\s*$)"),
    # ("Generating 250 of them in a nightly batch": items made, the verb of making before them)
    ("queries", None,
     r"\b(?:generat|writ|produc|creat|draft|summari[sz]|translat|rewrit|process|label|tagg|caption|describ)\w*\s*"
     r"(?:about|around|roughly|~|another|over)?\s*$", r"^\s*of (?:them|those|these)\b"),
    ("gpu_count", T + r"of (?:them|those|these|em)\b" + _NOT_ITEMS_MADE, None),
    # ("日常每秒大概50个客服请求": requests a second, whatever kind they are said to be)
    ("qps", None, r"每秒\s*(?:大概|大约|约|差不多|有|能有)?\s*$",
     T + r"\s*个?\s*[\u4e00-\u9fff]{0,4}?(?:请求|调用|查询|问答|对话|会话)"),
    # ("如果64卡并行的话要几天": cards run side by side, not a second rent per card-hour)
    ("gpu_count", T + r"\s*(?:张)?\s*卡\s*(?:并行|同时跑|一起跑|一起训|同时训|并发跑)", None),
    # ("$29,500 each, we're getting 12% off on a volume of 256": the cards bought, said as an order's size)
    ("gpu_count", None, r"\b(?:a |an |the )?(?:volume|quantity|qty|order|lot) of\s*(?:about|around|~)?\s*$",
     r"^\s*(?:units?\b|gpus?\b|cards?\b|chips?\b|pcs\b|pieces\b|[.,;?!)]|$|(?:and|but|so|at|@|plus)\b)"),
    # ("每天大概出1万套题": sets of questions made, each a request)
    ("queries", T + r"\s*(?:万|千)?\s*套\s*(?:题|试题|试卷|卷子|模拟题|练习题|习题|题目|方案|文案)", None),
    # ("双十一当天预计6亿张面单都要过一遍大模型": documents counted, each a request)
    ("queries", T + r"\s*(?:张|份|单|条|件)\s*(?:面单|单据|发票|票据|订单|运单|快递单|表单|合同|处方)", None),
    # ("一天大概6,000件咨询": consultations counted, each a conversation)
    ("queries", T + r"\s*(?:万|千)?\s*(?:件|宗|起)\s*(?:咨询|諮詢|工单|工單|投诉|案件|申请)", None),
    # "descriptions are ~180 words each and we need 2 million of them generated per day": the items a day
    ("queries",
     T + r"\s*of (?:them|those|these)(?=\s+(?:generated|produced|written|created|made|summari[sz]ed|"
     r"translated|processed|answered|handled)\s*(?:per day|a day|daily|each day|every day)\b|"
     # ("We summarize 12 000 of them per day": the items a day, the verb before; not "40M of them daily")
     r"\s+(?:per|a|each|every)\s+day\b)", None),
    # "4090s (we have 8 in one box under my desk)": the cards named before, counted in their one machine
    ("gpu_count",
     T + r"\s+in (?:one|a|the|a single|1|our|my) (?:box|server|node|machine|rig|chassis|workstation)\b", None),
    # ("We run 3 donated HGX A100 servers": the servers counted, how they came between)
    ("servers", T + r"\s*(?:donated|used|old|spare|idle|refurb(?:ished)?|second-?hand|loaner|borrowed|leased|rented)"
     r"\s+&", None),
    # ("上次在TPU v4上用256个chip训了20天": chips counted with the Chinese measure word)
    ("gpu_count", T + r"\s*个\s*(?:chips?|gpus?|cards?|accelerators?|芯片|加速卡)(?![a-z])(?!\s*(?:/|per|每))", None),
    # "1000 pcs H200", "buy 2000 pcs" (not "40k pieces/day": pieces of copy written)
    ("gpu_count", T + r"\s*(?:pcs|pieces)\b(?!\s*(?:/|per|a|each)\s*(?:day|d|week|month|hour)\b)", None),
    # "Gaudi 3 or MI325X … we'd get 128 of either": as many of each card compared
    ("gpu_count",
     T + r"\s*of\s+(?:either|each|both)\b(?!\s+(?:other|day|month|year|user|query|request))", None),
    # "64 nos H100", "256 nos. A100 80GB": Indian English for a count ("numbers")
    ("gpu_count", T + r"\s*nos\.?\s*(?:of\s*)?(?=#)", None),
    # ("Quote received for 4 nos DGX H100": servers, the server named after "nos")
    ("servers", T + r"\s*nos\.?\s*(?:of\s*)?(?=&|(?:hgx|dgx)\s*#)", None),
    # "Gaudi 3 x 2,048", "A100 40GB PCIe x 16" (not "H100 x 54 days": a duration)
    # "H200, 64 nos.", "L40S - 16 pcs": a count of the card named just before, in a purchase list's words
    ("gpu_count", None, r"#+\s*[,:：=(（-]?\s*(?:qty\.?\s*)?$", T + r"\s*(?:nos|pcs|pieces|units)\b\.?"),
    # ("A100 40GB (x256)": the count in brackets after the name)
    ("gpu_count",
     None, r"#+\s*(?:(?:pcie|sxm\d?|nvl|oam)\s*)?[(（]?\s*[x×]\s*$", r"^(?!\s*(?:days?|weeks?|months?|years?|hours?|hrs?|天|小时|个月|年)\b)"),
    # ("10 used DGX A100", "4 refurbished HGX H100": the servers' past before their name)
    ("servers", T + r"\s*(?:台|个|套|x\s*|×\s*)?\s*(?:(?:old|new|used|existing|spare|idle|rented|leased|owned|"
                    r"second-?hand|refurb(?:ished)?|ex-(?:cloud|lease|mining)|shared|dedicated|single|extra|additional|"
                    r"on-?prem) )?" + VENDOR + "&", None),
    ("servers", T + r"\d+\s*[x×-]\s*(?:gpu\s*)?#+\s*(?:servers?|nodes?|boxes|服务器|台)", None),
    # ("on 2x 8-GPU H200 nodes", "3 x 8xH100 boxes": so many servers, each of the size said after the times)
    ("servers", T + r"\s*[x×](?=\s*\d+\s*(?:[x×-]\s*(?:gpus?\s*)?|gpus?\s+)"
                    r"(?:#+\s*(?:servers?|nodes?|boxes|服务器|台)|&))",
     None),
    # "日活800万台", "月活1.2亿台设备", "设备在线1亿台", "1500万台电视": devices counted, each an account (not servers)
    # ("日活车辆300万台": the active things named between)
    # ("a 200-seat community theater": the house's size, not people using anything)
    ("venue_size", T + r"-seats?\s+(?:[a-z]+\s+){0,2}?(?:theat(?:er|re)s?|venues?|halls?|auditori(?:um|ums|a)|arenas?|"
     r"stadiums?|cinemas?|restaurants?|playhouses?|churche?s?|classrooms?|lecture|concert|opera|house)\b", None),
    # "a 12,000-seat contact centre": the seats, each a person at work
    ("users", T + r"-seats?\b(?!\s*(?:licen|plan|tier))", None),
    # ("二十组实验 … 每组8张A100 80GB": each run's cards, the runs one after another)
    ("gpu_count", None, r"每(?:组|个实验|次实验|轮|个run|次run)\s*(?:用|跑|配|各)?\s*$", T + r"\s*(?:张|块|卡)"),
    # ("family of 5 using it", "to like 10 friends on discord", "a discord server w/ 300 members": the people)
    ("users", None, r"\b(?:family|household|team|group|club|class|crew) of\s*(?:about|around|~)?\s*$",
     r"^(?!\s*(?:gpus?|cards?|servers?|nodes?|models?)\b)"),
    ("users", T + r"\s+(?:friends|family members|relatives|roommates|flatmates|housemates|members|colleagues|"
     r"coworkers|co-workers|teammates|kids|players|subscribers)\b", None),
    # ("maybe 2 at once max": so many in flight together)
    ("concurrent_users", T + r"\s+(?:at once|at the same time|simultaneously|concurrently)\b", None),
    # ("全厂大概两千个质检员", "300名客服专员": the staff who use it, named by their job)
    # ("六千来个运维工程师用": a trade of four characters too)
    # (the verb after them: "六千来个运维工程师用")
    ("users", T + r"\s*(?:来)?\s*(?:个|名|位)\s*[\u4e00-\u9fff]{0,4}(?:员|师)(?!(?![用们的在])[\u4e00-\u9fff])", None),
    # ("our 2M-sub self-care bot", "a 500k-user app": the people, joined to their count)
    ("users", T + r"-(?:subs?|subscribers?|users?|customers?)\b(?!\s*(?:licen|plan|tier|-))", None),
    # ("our whole 2,000-agent floor", "a 600-employee firm": the people at work, joined to their count)
    ("users", T + r"-(?:agents?|employees?|staff|clinicians?|nurses?|doctors?|students?|reps?)\b"
     r"(?!\s*(?:licen|plan|tier|-|ai|model|llm|framework|system|swarm|workflow))", None),
    ("users", T + r"\s*台\s*(?:智能)?" + DEVICES_ZH,
     r"(?:(?:日活|月活|周活|活跃)(?:设备|終端|终端|车辆|車輛|车|車|汽车|汽車)?|" + DEVICES_ZH + r"(?:在线|在網|在网|激活|联网|保有量)?)(?:数|数量|总数|規模|规模)?"
     r"\s*(?:大概|大约|约|有|是|为|达到|超过)?\s*$",
     T + r"\s*台(?!\s*(?:服务器|伺服器|机器|機器|主机|节点|gpu|卡|server|node|[\dh#&]))"),
    ("servers",
     # ("4x servers, 8x H100 each": the servers counted with a times sign)
     # ("6 Supermicro boxes": the maker between)
     # ("2 old Supermicro boxes": an age before the maker)
     T + r"(?:\s*[x×](?=\s))?[- ]?(?:(?:old|older|spare|idle|existing|used|new|refurbished|second-hand) "
     r"(?=(?:supermicro|dell|hpe|lenovo|gigabyte|inspur|asus|quanta|wiwynn|foxconn|h3c|poweredge|dgx|hgx) ))?"
     r"(?:(?:supermicro|dell|hpe|lenovo|gigabyte|inspur|asus|quanta|wiwynn|foxconn|h3c|"
     r"poweredge|dgx|hgx) )?"
     r"(?:(?:such|serving|inference|training|gpu|compute|worker|edge|ai|physical|bare[- ]metal|dedicated|on[- ]prem|reserved|on-demand|render|rendering|storage|old|spare|idle|existing|"
     # ("our one little server in the stock room")
     r"small|little|tiny|lone|local|beefy) )?(?:servers?|nodes?|racks?|cabinets?|box(?:es)?|machines|systems|pods?|"
     r"instances|vms|"
     r"virtual machines|台\s*(?:servers?|nodes?|boxes|machines)|个\s*(?:racks?|servers?|nodes?|boxes)|台服务器|服务器|个节点|节点|台(?![车車])|个机柜|机柜|个柜子|柜子|个柜(?![员台面])|柜(?![员台面])|套)(?![a-z])", r"&+\s*(?:racks?|servers?|nodes?|boxes|systems?|整机柜|整柜|机柜|柜子|服务器|节点)?\s*(?:x|×|有|共|一共|共有)?\s*$", T + r"(?:台|个(?![月小])|套|$|[^\d\w])"
     # (not "HGX H100 boxes: 9,500 output tok/s per node": a rate measured on them)
     r"(?!\s*(?:output\s+|generated\s+)?(?:tok(?:en)?s?\s*/\s*s|tokens?\s+(?:per|a)\s+sec))"),
    # "每 1000 个 token 推理大约耗 0.3 Wh", "0.002 Wh per token": an energy in watt-hours, of tokens
    ("wh_per_token",
     T + r"\s*(?:wh|watt[- ]?hours?|瓦时|瓦·时)(?![a-z])\s*(?:/|per|每)\s*(?:个)?\s*(?:output\s*)?(?:token|tok)", None),
    # ("generating 1,000 tokens with Llama 3.1 70B on H100s takes 'a few watt-hours'": the tokens' energy)
    ("wh_per_token", None, r"(?:token|词元)[^，,。;；?？]{0,20}$|\btokens?\b[^,;.?!]{0,50}\b(?:takes?|uses?|costs?|needs?|"
     r"consumes?|burns?)\s*(?:about|around|roughly|~)?\s*$", T + r"\s*(?:wh|watt[- ]?hours?|瓦时|瓦·时)(?![a-z])"),
    ("joules_per_token", T + r"(?:mj|millijoules?|毫焦(?:耳)?)(?![a-z])", None),
    ("joules_per_token", T + r"(?:j|joules?|焦耳|焦)(?![a-z])", None),
    # ("$27k w/ 1.5x all-in": "w/" before a space is "with", not watts)
    # (not "0.34 watt-hours": energy, read as said of one request)
    ("watts", T + r"(?:-(?=[a-z]{2}))?(?:w(?!/(?:\s|$))|watts?|瓦)(?![a-z])(?![- ]?hours?\b)", None),
    # "what's that in watts at 700 each?": the unit named before the number
    ("watts", None, r"\b(?:in|of)\s+(?:watts|w)\s+(?:at|@|with|using|assuming)\s*$",
     T + r"(?:each|apiece|a piece|per (?:gpu|card|chip|accelerator)|/\s*(?:gpu|card))\b"),
    # "一年用电130亿千瓦时", "~13 TWh/yr": an amount of energy (calc/claims.py checks one someone gave)
    ("energy_amount",
     # ("训练耗电1287兆瓦时": megawatt-hours, and gigawatt- and terawatt-hours, in Chinese)
     T + r"\s*(?:[tgmk]wh\b(?!\s*/\s*(?:token|tok|query|request))|千瓦时|千瓦·时|度电|兆瓦时|兆瓦·时|吉瓦时|太瓦时)",
     None),
    ("kilowatts", T + r"(?:-(?=[a-z]{2}))?(?:kw|kilowatts?|千瓦|瓩)(?!h|时|·时|時)", None),
    # "kW per node is 14.3": the unit, and what it is per, said before the number
    ("kilowatts", None, r"\b(?:kw|kilowatts?)\s*(?:per|/|a|each)\s*(?:node|server|box|system|chassis|rack)\s*"
                        r"(?:is|=|:|of|at|comes? to|runs?)\s*(?:~|about|around|roughly|≈)?\s*$",
     r"^(?!\s*(?:k?w\b|watts?|kilowatts?|%|x\b|[kmgt]wh))"),
    # "~30k hrs of audio", "≈200 tok per audio minute", "每分钟音频约200 token": recordings measured in time
    ("audio",
     T + r"\s*(?:k\s*)?(?:hrs?|hours?|minutes?|mins?)\s+of\s+(?:audio|recordings?|video|calls?|speech|podcasts?)\b|"
     + T + r"\s*(?:tok|toks|tokens?)\s*(?:per|/|a|an)\s*(?:audio\s+)?(?:minute|min)\b(?:\s+of\s+(?:audio|speech))?", None),
    # a transformer's or UPS's rating in apparent power: "2500 kVA", "1600千伏安", "2 MVA" (calc/assign.py)
    ("kva", T + r"(?:-(?=[a-z]{2}))?(?:kva|kilovolt[- ]amps?|千伏安)(?![a-z])", None),
    # ("about 4,990 VA, power factor 0.95": apparent power in volt-amperes)
    # (not "GPT-3 175B va costar": Catalan "went")
    ("va", T + r"(?:va|volt[- ]amps?|伏安)(?![a-z])(?=\s*(?:[,，.;；:)）]|power factor|pf\b|at\b|@|of\b|$))", None),
    # an electrical feed's current after its voltage: "3-ph 415V 60A", "230 V / 32 A" (calc/assign.py)
    ("feed_amps", None, r"(?<![\d.])\d{3}\s*v(?:ac)?\s*[/,]?\s*$", r"^\s*a(?:mps?)?(?![a-z0-9])"),
    ("mva", T + r"(?:-(?=[a-z]{2}))?(?:mva|megavolt[- ]amps?|兆伏安)(?![a-z])", None),
    ("megawatts", T + r"(?:-(?=[a-z]{2}))?(?:(?:mw|megawatts?)(?![a-z])|兆瓦(?![时·]))", None),
    ("gigawatts", T + r"(?:gw|gigawatts?|吉瓦(?![时·])|千兆瓦)(?![a-z])", None),
    # "一个GB200 NVL72机柜按300万刀算": the named server's or rack's price
    ("server_price",
     None, r"(?:(?:一个|每个|单个|一台|每台|一套|每套)\s*)?&+\s*(?P<at>)(?:机柜|柜子|服务器|整机|rack|server)?\s*(?:的)?\s*"
     r"(?:按|价格|售价|报价|单价|标价|定价|官方价|官价|市价|行情价|要|是|约|卖)\s*(?:大概|大约|约)?\s*(?:us\$|\$|¥)?\s*$",
     T + r"(?:万|亿|千|k|m)?\s*" + CUR),
    ("server_price",
     None, r"(?:每台|单台|一台|每套|单套|一套|每柜|单柜|一柜|一整柜|整机|整柜|一个柜子|每个柜子|一个机柜|每个机柜|一个机架|(?:一个|每个?)\s*(?:rack|server|node|box))\s*(?:买断|采购|购买|买)?\s*(?:[\d零一二两三四五六七八九十]+\s*(?:卡|张|gpu)\s*)?(?:#+\s*)?(?:整机|服务器|机器)?(?:的)?\s*(?:含税|不含税|税前|税后|裸机|出厂|市场|采购)?\s*(?:(?:最高)?限价|控制价|最高价|报价|价格|价|售价|标价|定价|卖|单价|采购价|购买价|买价|预算)?\s*(?:[(（](?:含税|不含税|税前|税后)[)）])?\s*(?:说|听说|据说|报)?\s*(?:是|为|要|按|算)?\s*(?:大概|大约|约)?\s*(?:us\$|\$|¥)?\s*$", T + r"(?:万|亿|k|m)?\s*" + CUR +
     r"|^\s*(?:一个|一台|一柜|每个)?\s*(?:[,，。;；、]|(?=[)）])|$|算|计)"     # "整柜按 $3.5M 一个，"
     r"|^\s*(?=哪个|哪|对比|比较|相比|vs\b|汇率|划算|和|跟|与|还是)"),                     # "h200整机 $310k 哪个划算"
    # "GPU服务器（8×H100），数量16台，单价（含税）265万元": a tender's unit price, the item a server
    ("server_price",
     None, r"(?:服务器|整机|台)[^\n。；;]{0,40}?(?P<at>)(?:单价|报价)\s*(?:[(（](?:含税|不含税|税前|税后)[)）])?\s*"
     r"(?:是|为|[:：])?\s*(?:大概|大约|约)?\s*$", T + r"(?:万|亿)?\s*(?:元|块|人民币|美元|rmb|usd)"),
    # ("二手H800 8卡整机有人报190个w": a whole server's quote, someone's words between)
    ("server_price",
     None, r"(?:整机|服务器|一台|每台)[^。；;?？，,\d]{0,12}?(?:报价?|卖|开价|要价)\s*(?:了)?\s*(?:大概|约|差不多)?\s*$",
     T + r"\s*(?:万\s*)?(?:元|块|人民币)?(?!\s*(?:/|每|一)\s*(?:小时|卡时|h|月|年|张|块|卡))"),
    # ("买HGX H100整机每台$280k左右": each box's price, the currency right after 每台; not an hour's or a month's)
    ("server_price",
     None, r"(?:每台|单台|一台)\s*(?:us\$|\$|¥|￥)\s*$",
     T + r"(?:k|m|万)?(?!\s*(?:/|每|一|per)\s*(?:小时|h\b|hr|卡时|月|天|个月|year|month|day))"),
    # "每台报价 $250k 一共多少": the currency before the number is the money the words introduce
    ("server_price",
     None, r"(?:每台|单台|一台|每套|单套|一套|每柜|单柜|一柜|一整柜|整机|整柜|一个柜子|每个柜子|一个机柜|每个机柜|"
     r"一个机架)\s*(?:\d+\s*(?:卡|张|gpu)\s*)?(?:的)?\s*(?:报价|价格|价|售价|标价|定价|单价|采购价|购买价|买价)\s*"
     r"(?:是|为|要|按|算)?\s*(?:大概|大约|约)?\s*(?:us\$|\$|¥|￥)\s*$"),
    ("server_price",
     T + CUR + r"?\s*(?:per|/|for every|every|a|an)\s*(?=\d+\s*-?\s*(?:gpus?|cards?|accelerators?|#))|" + T + CUR + r"?\s*(?:per|a|/|each|every)\s*(?:&+|(?:server|node|box|rack|chassis|system|pod)\b)|" + T + CUR + r"?\s*(?:per|a|/|each|every)\s*(?:\d+\s*[x×-]?\s*)?(?:(?:#+|dgx|hgx)[\s#]*(?:servers?|nodes?|boxe?s?|systems?)\b|(?:dgx|hgx)(?:e?s)?(?![a-z0-9]))|"
     + T + r"(?:k|m)?\s*" + CUR + r"?(?=\s*for\s+(?:an?|one|each)\s+(?:\d+[- ]?(?:gpu|card)\s+|\d+\s*[x×]\s*)?#*\s*(?:servers?|nodes?|box)\b)|" + T + r"[kmb]?\s*(?:per|a|/|each|every)\s*(?:&+|server|node|box|rack)\s*(?:chassis|price|cost)|" + T + CUR + r"?\s*(?:一台|每台|一个机柜|每个机柜|每柜)|" + T + CUR + r"?\s*(?:/|每)\s*(?:台|套|柜)(?![卡张])", r"(?:&+(?:\s*(?:box|node|chassis|system|rack|server(?![a-z])|机柜|整机|服务器|柜))?(?:\s*list(?: price)?(?: is)?(?: like)?)?|(?:servers?(?:\s+chassis)?|chassis|barebones?(?:\s+(?:box|server))?)(?:\s+(?:itself|alone|by itself|on its own|only))?|服务器|机柜)\s*(?:一台|每台|一柜|每柜|一个机柜|每个机柜|一套|每套|each|a piece)?\s*(?:(?:在|的)?(?:国内|中国|海外|市场上?|市面上|目前|现在|行情)+\s*)?(?:price(?:\s*(?:is|of|at|=|:))?|is|costs?|at|@|=|:|大概|约|要|卖|售价|报价|价格|单价|sells? for|goes for|lists? (?:at|for)|is listed at|is priced at|priced at|retails? (?:at|for)|runs?|~|about|around|roughly)?\s*(?:约|大约|大概|about|around|~|like|maybe|probably)?\s*(?:us\$|\$|¥|rmb|usd)?\s*$", T + CUR + r"|^\s*(?:[.,;，。；?？!！]|$|(?:and|but|so|while|with|for|instead|each|apiece|a pop|serving|running|that|which|doing|right|correct|yeah)\b)"),
    # "a server holds eight GPUs and costs around three hundred thousand dollars": the server's price,
    # a clause after the server is named
    ("server_price",
     None, r"(?:\b(?:an?|one|each|every|the|per)\s+(?:&+\s*)?(?:servers?|nodes?|box|rack|machine)\b|&+)"
     r"[^,.;?，。；]{0,40}?\b(?P<at>)(?:costs?|runs|goes for|sells for|is priced at)\s*(?:about|around|roughly|~|like|"
     r"approximately|maybe|over|more than|north of|under|less than|nearly|almost|just over|just under)?"
     r"\s*(?:us\$|\$|¥)?\s*$",
     r"^(?!\s*(?:[kmb]n?\b)?\s*(?:/|per\s*h|an?\s*h|each\s*h|a month|/mo|w\b(?!/(?:\s|$))|watts?|kw|[kmb]?\s*all[- ]in))"),
    # "server was $320k amortized over 4 years": the box's price, said with "was"/"is"
    ("server_price",
     None, r"\b(?:the\s+)?(?:server|node|box|rack|chassis)\s+(?:was|is|were|came to|cost us)\s*"
     r"(?:about|around|roughly|~)?\s*(?:us\$|\$|¥)\s*$",
     r"^(?!\s*(?:[kmb]n?\b)?\s*(?:/|per\s*h|an?\s*h|each\s*h|a month|/mo|w\b(?!/(?:\s|$))|watts?|kw))"),
    # "a GB200 NVL72 rack is quoted at $3.4M": a quote is a price when money follows ("quoted at 30 weeks" is not)
    ("server_price",
     None, r"(?:\b(?:an?|one|each|every|the|per)\s+(?:&+\s*)?(?:servers?|nodes?|box|rack|machine)\b|&+)"
     r"[^,.;?，。；]{0,40}?\b(?P<at>)(?:is |was |are |gets? )?(?:quoted|listed|offered|priced) (?:at|for)\s*"
     r"(?:about|around|roughly|~)?\s*(?:us\$|\$|¥)\s*$",
     r"^(?!\s*(?:[kmb]n?\b)?\s*(?:/|per\s*h|an?\s*h|each\s*h|a month|/mo|w\b(?!/(?:\s|$))|watts?|kw|[kmb]?\s*all[- ]in))"),
    # "an HGX H100 box for $280k": one server, then its price (not "how many servers for $50M")
    # ("a 2x l40s workstation for $22,500", "got one dgx b200 for ~$515k": the box named, then its price)
    ("server_price", None, r"(?:\b(?:an?|one|the|each|per)|\d\s*[x×])\s+(?:(?:[&#]+\s*)?"
     r"(?:(?:inference|training|gpu|ai|compute|dev)\s+)?(?:server|node|box|rack|machine|"
     r"system|workstation|rig|tower)\s+|&+\s*)"
     r"(?P<at>)(?:for|at)\s*(?:about|around|~)?\s*(?:us\$|\$|¥)\s*$"),
    # ("L4 runs $2,450 a card and the box itself is ~$3.1k": the server's own price, beside its cards)
    ("server_price", None, r"\b(?:the|each|a|one)\s+(?:server|node|box|chassis|machine|host)(?:\s+itself)?\s+"
     r"(?P<at>)(?:is|costs?|runs?|goes for|comes to)\s*(?:about|around|~|roughly)?\s*(?:us\$|\$|¥)\s*$",
     r"^(?!\s*(?:[kmb]n?\b)?\s*(?:/|per\s*h|an?\s*h|each\s*h|a month|/mo|w\b|watts?|kw))"),
    # "GB200 NVL72机柜买20个要多少钱（每个300万美元）": each of the servers just counted
    ("server_price",
     None, r"&+[^.;?!。；？！]{0,24}?(?P<at>)(?:每个|每台|每套|每柜|每一个)\s*(?:的)?\s*(?:价格|售价|报价|单价)?\s*"
     r"(?:是|为|要|约|大概)?\s*(?:us\$|\$|¥)?\s*$", T + r"(?:万|亿|k|m)?\s*" + CUR),
    ("gpus_per_server",
     T + r"(?:gpus?\s*)?(?:per|a|/|each|in each|to a)\s*(?:box|server|node|chassis)\b(?!\s*(?:chassis|price|cost))", None),
    # "if a GPU-hour costs $1.75": the rent
    # "每卡时按2美元", "每卡每小时18元": a rent, the money after the words
    # "H100卡时10万小时": GPU-hours, counted in hours after the word
    ("gpu_hours",
     None, r"卡时\s*(?:为|是|有|共|一共|总共)?\s*$", T + r"\s*(?:万|千)?\s*(?:个)?\s*(?:小时|h\b|hours?)"),
    # "DeepSeek V3报告里H800 GPU小时278.8万", "GPU hours: 2.79M": the hours, their word before the amount
    ("gpu_hours",
     None, r"(?:gpu|卡)\s*(?:小时|hours?)\s*(?:数|总数|总量|合计|共|一共)?\s*(?:为|是|约|大约|有|:|：|=|~)?\s*$",
     r"^(?!\s*(?:[kmb]?\s*(?:/|per|每)|元|美元|\$|%))"),
    # ("all OD at $3.95", "spot is $2.10 and OD $4.00", "our H100 RI at $2.10": a cloud pricing tier's rate,
    # hourly, its hour unsaid)
    ("rent", None, r"\b(?:od|on[- ]demand|spot|reserved|ri|committed|commit|cud)\s*(?:rate|price|pricing|instances?)?\s*"
     r"(?:is|are|at|of|=|:|@|runs?|costs?)?\s*(?:~|about|around|roughly)?\s*(?:us\$|\$)\s*$",
     T + r"(?!\s*(?:[kmb]\b|bn|mn|million|billion|thousand|/\s*(?:mo|month|yr|year|gb)\b|per\s+(?:month|year|gb)))"),
    # ("卡按每小时折合9元计", "每卡每小时约12元": the card's hour, then what it comes to)
    ("rent", None, r"(?:卡|每卡|每张卡|单卡|gpu)\s*(?:按|是|为)?\s*(?:每|一)\s*(?:个)?\s*小时\s*(?:租金|费用|成本|价格)?\s*"
     r"(?:折合|合|约|大约|大概|按|是|为|算)*\s*(?:人民币|¥|￥)?\s*$", T + r"\s*(?:元|块|rmb)"),
    # "卡时按 8.5 元", "卡时报 14 元", "卡时成本 12 块", "卡时是 4.5": a GPU-hour's price named first
    ("rent", None, r"(?<![\d万千百十])卡时\s*(?:的)?\s*(?:成本|价格?|报价?|单价|租金|费用|收费)?\s*(?:价)?\s*"
     # ("卡时单价只能谈到5.5元了", "卡时价格已经压到6元": a price haggled down to)
     # ("卡时价已经打到4.5元了": a price beaten down to)
     r"(?:按|是|为|约|大概|大约|要|算|才|只要|只有|定在|定为|报|现在|目前|已经|只能|能|可以|谈到|压到|降到|跌到|掉到|"
     r"打到|杀到|卖到|干到)*"
     r"\s*(?:人民币|¥|￥)?\s*$",
     r"^(?!\s*(?:张|台|个|万张|千张|卡|小时|天|年|月|周|次|倍|成|%))"),
    # "10 元卡时", "8 块一卡时", "9 元/卡时": a GPU-hour's price, the unit after it
    ("rent", T + r"\s*(?:元|块)\s*钱?\s*(?:/|每|一)?\s*(?:个)?\s*卡时", None),
    # "月租八千一张", "包月价是 5200 一张": a card's month, read per hour
    ("rent_month",
     None, r"(?:月租|包月价?|每月租金|月租金|月费|包月的价格)\s*(?:是|为|按|约|大概|大约|要)*\s*(?:人民币|¥|￥|\$)?\s*$",
     r"^(?!\s*(?:张|台|个|万张|千张|%))"),
    # "H100 租价现在两块四美金", "卡租十五块一小时", "租的是十二块一卡时": a rent said in speech
    ("rent", None, r"(?:租价|租金|卡租|租的是|租的|租)\s*(?:现在|目前|大概|大约|约|是|为|按|要)*\s*$",
     T + r"\s*(?:(?:块|元)\s*钱?|美元|美金|刀|人民币)\s*(?:美元|美金|刀)?\s*(?:(?:一|每|/)\s*(?:个)?\s*(?:小时|卡时|h\b)|$|[,，。]|\s)|"
     + T + r"\s*(?:(?:一|每|/)\s*(?:个)?\s*(?:小时|卡时))"),
    ("rent",
     None, r"(?:每卡时|每卡小时|每卡每小时|每张卡每小时|每gpu小时|每个gpu小时|一个卡时|一卡时|一个gpu小时)\s*(?:租金|(?:能)?租(?:出去?)?|(?:能)?出租|定价|报价|售价|收费|卖)?\s*(?:折算|折合|换算)?\s*(?:按|是|为|约|大概|算|要|能)?\s*(?:人民币|rmb|美元)?\s*(?:us\$|\$|¥|￥)?\s*$",
     T + r"(?:万|千|k)?\s*" + CUR),
    # "the $1.79 on-demand rate", "$2.10 spot price": an hourly rate named by its kind
    ("rent", T + CUR + r"?\s*(?:on[- ]demand|spot|reserved|hourly)\s+(?:rate|price)\b", None),
    # "our internal GPU-hour rate is $1.35": the price of a GPU-hour, named as a rate
    ("rent",
     None, r"\b(?:gpu|card)[- ]?(?:hour|hr)\s+(?:rate|price|charge)\s*(?:is|of|=|:|at)?\s*(?:about|around|~|roughly)?\s*"
     r"(?:us\$|\$|¥|￥)\s*$"),
    ("rent",
     None, r"\b(?:an?|one|per|each)\s+gpu[- ]?(?:hours?|hrs?)\s*(?:costs?|is|runs?|goes for|at|=)\s*(?:about|around|~|roughly)?\s*(?P<at>us\$|\$|¥|￥)\s*$"),
    # "$30k/H100", "list price $28k", "原价两万八美元", "a $32k sticker price", "GPU at ~$28k": one card's price
    ("price",
     T + r"(?:k|万)?\s*" + CUR + r"?\s*(?:/\s*(?:#+|(?:gpu|card)\b)|sticker(?: price)?\b|list(?: price)?\b|msrp\b)",
     r"(?:(?:原价|标价|sticker price|\blist price|\bmsrp|\b(?:card|gpu|chip|unit) price)\s*"
     r"(?:is|是|为|of|at|~|约|大概|approx\.?|about|around)?\s*(?:us\$|\$|¥|￥)?|"
     r"\b(?:gpus?|cards?|chips?)\s+(?:at|@|is|are|run|go for)\s*(?:about|around|~)?\s*(?P<at>)(?:us\$|\$|¥|￥))\s*$"),
    # ("We have 4 ea. DGX H100": a count in a purchasing office's words, the product after it)
    ("servers", T + r"\s*ea\b\.?\s*(?=&)", None),
    ("gpus", T + r"\s*ea\b\.?\s*(?=#)", None),
    ("price",
     T + CUR + r"?\s*(?:(?:street|retail)\s+(?=per\b|each\b|a\s+(?:chip|gpu|card)))?(?:each|apiece|ea\b\.?(?!\s*[#&])|a pop|per\s*#+|purchase(?: price)?\b|to (?:buy|purchase)(?: one)?\b|up[- ]?front\b|list price\b|per (?:chip|gpu|card|unit|accelerator|piece)|a (?:chip|gpu|card|piece|unit)|/\s*(?:chip|gpu|card|unit|ea\b|each\b|pc\b|piece)|一张|每张|每块|一块|每颗|每片)", r"(?:#+\s*[(（](?!.{0,12}gb)|单价|单卡|单张|每张卡|每块卡|一张卡|每张|每块|一张|一块|每颗|每片|每卡|卡价|售价|官方价|官方售价|官价|零售价|首发价|买入价|买断价|进价|采购价|报价|(?:blended )?asp(?: of| is|=|:)?|\blist(?: price)?(?: of| is|=|:)?|price per (?:chip|gpu|card)(?: of| is|=|:)?|(?:per[- ])?(?:chip|gpu|card)[- ]price(?: of| is|=|:)?|unit price(?: of| is|=|:)?|costs?|priced at|(?<!batch )(?<!batch size )(?<!bs )(?<!concurrency )(?<!replica )(?<!capped )(?<!cap )(?<!limited )(?<!dau )(?<!dau now )(?<!dau is )(?<!dau are )(?<!dau today )(?<!dau currently )(?<!mau )(?<!mau now )(?<!mau is )(?<!mau are )(?<!mau today )(?<!mau currently )(?<!wau )(?<!wau now )(?<!wau is )(?<!wau are )(?<!wau today )(?<!wau currently )(?<!users )(?<!users now )(?<!users is )(?<!users are )(?<!users today )(?<!users currently )at|@)\s*(?:(?<=[张块颗片卡])\s*#*\s*(?:卡|显卡)?\s*(?:的)?\s*(?:价格|单价|售价|报价|预算|(?:含|包含|连)(?:服务器|整机|机器)?(?:的)?(?:成本|价格)|成本)?)?\s*(?:如果|要是|假设)?\s*(?:先)?\s*(?:是|为|按|以|要|约合|合)?\s*(?:大概|大约|约|差不多)?\s*(?:us\$|\$|¥|rmb|usd|cny|人民币|美元)?\s*$", T + CUR + r"?\s*(?:人民币|rmb)?\s*(?:each|apiece|a pop|per|/|一张|每张|算|计|测算|估算|买|采购|购买|左右|的话|"
     r"的\s*(?:采购|购买|购置|买入)|$|[,.;，。；、?？!！]|\s+(?=#)|(?=[()）—–]|- |and\b|for\b|with\b|w/\s|plus\b|less\b|minus\b|before\b|after\b|list\b|vs\.?|versus\b|or\b|compared\b|against\b|if\b|"
     # ("how many H100 SXM at 27,500 € is that?": the question about it after the price)
     r"is (?:that|it|this)\b|are (?:those|these|they)\b))"),
    # "MSFT took ~96k, ASP ~$12k", "list ~$40k": a hedged unit price
    ("price",
     None, r"(?:\b(?:blended\s+)?asp|\bmsrp|\blist(?: price)?)\s*(?:of|is|=|:|at)?\s*(?:~|≈|about|around|roughly)\s*"
     r"(?:us\$|\$|¥|￥|usd\s*|rmb\s*)$", T + r"(?!\s*(?:[mb]\b|bn|million|billion|亿))"),
    # "H20 sells for about RMB 110k", "goes for $30k on the grey market": a market price is one chip's
    # "H20按11万元，H200按26万元": a named accelerator's price, in Chinese
    ("price",
     None, r"#+\s*(?:按|价格|售价|单价|报价|标价|官价|指导价|(?:二手|现货|市场|行情|国内|渠道)(?:价格?|单价|售价|报价)|市价|现价)\s*(?:约|大约|大概)?\s*(?:¥|￥|\$)?\s*$", T + r"(?:万|千|k)?\s*" + CUR + r"(?!\s*(?:/|每|一)\s*(?:小时|h|卡时))"),
    # "MI355X 按 $2.5万, B200 按 $4万": the same with the symbol before the number
    ("price",
     None, r"#+\s*(?:按|价格|售价|单价|报价|标价|官价|指导价|市价|现价)\s*(?:约|大约|大概)?\s*(?:¥|￥|\$)\s*$",
     T + r"(?:万|千|k)?(?!\s*(?:/|每|一)\s*(?:小时|h|卡时))"),
    # "MI300X price $15k vs H100 $28k": a named accelerator's price, listed
    # "each card costs $38k all-in": one card's price
    ("price",
     None, r"\b(?:each|one|a|per)\s+(?:card|gpu|chip|accelerator|unit|board)\s+(?:costs?|runs?|is|goes for|sells for)\s*(?:me|us|you)?\s*(?:about|around|~|roughly|like)?\s*(?P<at>us\$|\$|¥|￥)\s*$",
     r"^(?!\s*(?:[kmb]n?\b)?\s*(?:/|per\s*h|an?\s*h|each\s*h|a month|/mo))"),
    # "DGX B200 offered to us for $600k", "they quoted us $31k": the price a seller asks
    ("price",
     None, r"\b(?:offer(?:ed|s|ing)?|quot(?:ed|es|ing)|pitch(?:ed|es|ing)?|(?:the\s+)?(?:quote|offer)\s+(?:was|is|came in at|"
     r"comes in at|of))\s+(?:(?:it|them)\s+)?(?:(?:to\s+)?(?:us|me)\s+)?"
     r"(?:for|at)?\s*(?:about|around|~|roughly)?\s*(?P<at>us\$|\$|¥|￥)\s*$",
     T + r"(?:k\b|,\d{3}\b)?(?!\s*(?:m\b|mn\b|million|b\b|bn\b|billion|/|per\s*h|an?\s*h|each\s*h|[,.]\d))"),
    # "Used V100 32GB cards are ~$400 now": what one card costs
    ("price",
     None, r"(?:#+|gpus|cards|chips|boards)\s*(?:are|is|r|cost|run|sell for|go for)\s*(?:about|around|~|roughly|like)?\s*(?P<at>us\$|\$|¥|￥)\s*$",
     T + r"(?:k\b|,\d{3}\b)?(?!\s*(?:m\b|mn\b|million|b\b|bn\b|billion|/|per\s*h|an?\s*h|each\s*h|[,.]\d))"),
    # "a hundred A100 cards at $8k used": a count's unit price (not "$2/hr", not "$25M")
    ("price", None, r"(?:(?:#+|gpus|cards|chips|accelerators)\s*(?:at|@|for)\s*(?:about|around|~|roughly)?|"
     # ("Quotes we've got: MI300X about US$15k, H100 about US$25k": each card's, a hedge between)
     r"#+\s*(?:about|around|~|roughly|approx\.?|≈))\s*(?P<at>us\$|\$|¥|￥)\s*$",
     T + r"(?:k\b|,\d{3}\b)?(?!\s*(?:m\b|mn\b|million|b\b|bn\b|billion|/|per\s*h|an?\s*h|each\s*h|[,.]\d))"),
    # "B200 整卡约 ¥28 万，H200 约 ¥22 万": a named card's price said right after its name, in Chinese (the
    # currency before the amount or after it; not a rent: "H100 约 ¥15/小时")
    ("price",
     None, r"#+\s*(?:整卡|单卡|每张|一张|单价|报价|价格|售价)?\s*(?:约|大约|大概|差不多|要|是|为)?\s*"
     r"(?P<at>¥|￥|us\$|\$)\s*$|#+\s*(?:整卡|单卡|每张|一张|单价|报价|价格|售价)?\s*(?:约|大约|大概|差不多|要|是|为)\s*$",
     # (the currency before the amount or after it; not a rent, "H100 约 ¥15/小时", nor a count, "约 3 万张")
     T + r"(?:多|余|来)?\s*(?:元|块|美元|美金)?(?!\s*(?:/|每|一)\s*(?:个)?\s*(?:小时|卡时|时|h|月|年|度))"
     r"(?!\s*(?:张|台|个|块|片|颗|人|次|卡|路|tokens?))"),
    # "$4.99/month subscription", "a $9.99/mo plan": what each user pays a month
    ("user_price",
     T + r"(?:k)?\s*" + CUR + r"?\s*(?:/|per|a)\s*(?:month|mo)\b\.?\s*(?:subscription|sub|plan|membership|tier|"
     r"fee)\b", None),
    ("user_price",
     None, r"\b(?:subscription|plan|membership|tier)\s*(?:of|at|is|=|:|costs?|priced at)?\s*(?:us\$|\$|¥|￥)\s*$",
     T + r"(?:k)?\s*(?:/|per|a)\s*(?:month|mo)\b"),
    # "200k users paying $12/mo each": what each of them pays a month
    # ("100k paying subs at $15/month": the same, said with "at")
    ("user_price",
     None, r"\b(?:users?|seats?|subscribers?|subs|customers?|members?|people)\s+(?:paying|who pay|that pay|at|@)\s*"
     r"(?:about|around|~|roughly)?\s*(?:us\$|\$|¥|￥)\s*$", T + r"(?:k)?\s*(?:/|per|a)\s*(?:month|mo)\b"),
    ("user_price",
     None, r"(?:每(?:个)?\s*(?:席位|账号|会员|users?|seats?|" + ONE_USER_ZH + r")\s*每月|每月每(?:个)?\s*(?:users?|" + ONE_USER_ZH + r"))\s*(?:收费|收|付|订阅费?|费用)?"
     r"\s*(?:是|为|约|大概)?\s*(?:us\$|\$|¥|￥)?\s*$", T + r"(?:万|千|k)?\s*" + CUR + r"?(?![a-z%])"),
    # "每张卡连网络和机房摊下来4万美元", "each GPU all-in incl. networking ~$40k": a card's price with its
    # share of the build (calc/parse.py marks it all-in)
    ("price", None, r"(?:每张|一张|单卡|每卡|每块)\s*(?:卡|显卡|gpu)?\s*(?:连|含|包含|加上?|算上)\s*"
     r"[^,，。；;?？\d]{0,16}?(?:摊下来|算下来|折下来|下来|合计|平均|摊)?\s*(?:是|为|约|大概|大约|要|按)?\s*"
     r"(?:us\$|\$|¥|￥)?\s*$|"
     r"\b(?:per|each|a)\s*(?:gpu|card)\s*(?=all[- ]in|including|incl\b|with\s+(?:the\s+)?(?:servers?|network))"
     r"(?:all[- ]in\s*)?(?:(?:including|incl\.?|with)\s+(?:the\s+)?(?:servers?|network\w*|facilit\w*|infra\w*)"
     r"[^,;?\d$]{0,30}?)?\s*(?:is|at|of|=|:|~|about|around|\s)*(?:us\$|\$|¥|￥)?\s*$", T + r"(?:k|万|千)?\s*" + CUR + r"?(?![a-z%])"),
    # "list price for b300 ~$48k", "the price of an H20 is ¥110k": the card named between the word and the amount
    ("price",
     None, r"\b(?:street |list |unit |retail |market |spot |purchase |sticker )?(?:price|msrp|cost)\s+"
     r"(?:for|of|per)\s+(?:an?\s+|one\s+|each\s+|the\s+)?#+s?\s*(?:is|are|=|:|at|@|runs?)?\s*"
     r"(?:about|around|roughly|~|≈)?\s*(?P<at>us\$|\$|¥|￥)\s*$"),
    # "12% off list on 64 B300s, list is $45k": the list price, said as "list"
    ("price",
     None, r"\b(?:list|msrp|sticker)(?:'s|\s+is|\s*=|\s*:|\s+at)\s*(?:about|around|roughly|~)?\s*(?P<at>us\$|\$|¥|￥)\s*$",
     r"^(?!\s*(?:[kmb]\s*)?(?:/\s*h|per hour|/\s*gb|per gb|/\s*m\b|per million))"),
    ("price",
     None, r"\b(?:street|list|unit|retail|market|spot|purchase|sticker|msrp) ?price[sd]?\s*(?:is|of|at|=|:|~|about|around)*\s*(?:us\$|\$|¥|￥)?\s*$",
     r"^(?!\s*(?:x|×|%|/\s*h|per hour|/\s*gb|per gb))"),
    ("price",
     None, r"#+\s*(?:(?:list |unit |purchase )?price[sd]?\s*(?:is|of|at|=|:)?\s*)?(?:us\$|\$|¥|￥)\s*$", T + r"(?:k|m)?\s*(?:each|apiece|a piece)?\s*(?:[,;，；.]|\s+(?:vs\.?|versus|or|and|for|each|apiece)\b|$)"),
    # "| h100 sxm | $25k |" (pipes read as ";"): a card's cell, then its price's, in a pasted table
    ("price", None, r"#+\s*;\s*(?P<at>us\$|\$|¥|￥)\s*$", T + r"(?:k|m)?(?=\s*;)"),
    ("price",
     None, r"#+\s*(?:(?:list |unit |purchase )?price[sd]?|list|msrp|is listed at|lists at|is priced at|"
     r"官方价|官网价|官价|标价|指导价|公开价|目录价)\s*(?:is|of|at|=|:|是|为|约|大概)?\s*(?:about|around|roughly|like|~)?\s*"
     r"(?:us\$|\$|¥|￥)?\s*$", r"^(?!\s*(?:x|×|%|/\s*h|per hour))"),
    ("price",
     None, r"\b(?:each|apiece|one|a unit|per unit)\s*(?:one\s*)?(?:runs?|costs?|goes for|is|sells? for|is priced at|=)\s*(?:you\s*)?(?:about|around|roughly|approximately|~)?\s*(?:us\$|\$|¥|rmb|usd|cny)?\s*$", r"^(?!\s*(?:x|×|倍|times|%|w\b(?!/(?:\s|$))|kw|gb|tb|k?\s*(?:(?:output|input|generated|prompt) )?(?:tokens?|toks?)\b|个?token|"
     r"(?:(?:llm|api|agent|agentic|tool|ai|voice|chat|back[- ]and[- ]forth|back-to-back)\s+)?(?:queries|requests|prompts|"
     r"messages|msgs|chats|calls|questions|sessions|exchanges|rounds|replies|"
     r"jobs|tasks|turns|users|days?|hours?|gpus?|cards?)\b|"
     # ("each runs ~40 generations/day": a count of things a day, not a price)
     r"k?\s*[a-z]+\s*(?:/\s*|per\s+|a\s+)day\b|"
     # ("each is ~80 words in": a text's length, no price)
     r"k?\s*(?:words?|characters?|chars?|pages?|lines?|sentences?|paragraphs?)\b))"),
    ("price",
     None, r"(?:\b(?:sells?|selling|sold|goes|going|go|retails?|retailing|trades?|trading|lists?|listed)\b|售价|卖)\s*(?:for|at|为|是)?\s*(?:about|around|roughly|approximately|~|大概|约|大约)?\s*(?:us\$|\$|¥|rmb|usd|cny)?\s*$", r"^(?!\s*(?:x|×|倍|times)(?![a-z]))(?!\s*(?:个)?\s*(?:tokens?|toks?|词元))"
     r"(?!\s*[kmb]?\s*(?:users?|dau|mau|wau|people|customers|subscribers|requests|queries|qps|gpus?|cards|用户|日活|月活)(?![a-z]))"
     # ("Table 4 lists 18 h": a time listed, not a list price)
     r"(?!\s*(?:h|hrs?|hours?|days?|d|weeks?|months?|mins?|minutes?|s|secs?|seconds?|gpu[- ]?hours?|%)(?![a-z]))"),
    # "conc=64/replica", "每个副本并发64": a cap on one replica's batch, not the load
    # "if I cap batch at 24", "batch capped at 32", "max batch 64": the scheduler's cap per replica
    ("batch_per_replica",
     None, r"(?:\b(?:cap|capping|limit|limiting|max(?:imum)?)\s+(?:the\s+)?(?:batch|concurrency)"
     r"(?:\s+size)?\s*(?:at|to|of|=|:)?|\b(?:batch|concurrency)(?:\s+size)?\s+(?:capped|limited)\s+(?:at|to))\s*$",
     r"^(?:\s*(?:seqs?|sequences|streams)?\s*(?:/|per|each)\s*(?:replica|instance)\b)?"),
    # "max_num_seqs 设 256", "--max-batch-size=64", "max_running_requests: 128": an engine's cap on
    # one replica's batch (vLLM, TensorRT-LLM, SGLang flags)
    ("batch_per_replica", None, r"(?:--)?max[_-](?:num[_-]seqs|batch[_-]size|running[_-]requests)\s*"
     r"(?:设为|设成|设到|设|开到|调到|=|:|to|at|of|is)?\s*$"),
    # "batch 开到 32": the batch a replica runs
    ("batch_per_replica", None, r"\bbatch(?: size)?\s*(?:开到|开|设为|设成|设到|调到|拉到)\s*$"),
    # ("每个副本并发跑到32": the requests one replica runs at once)
    ("batch_per_replica",
     None, r"每个?\s*(?:副本|实例|replica)\s*(?:的)?\s*并发\s*(?:数)?\s*(?:最多|最高|上限)?\s*"
     r"(?:跑到|开到|压到|控制在|限制在|限在|最多|最高|上限|为|是|到|能到)?\s*$"),
    ("batch_per_replica",
     None, r"(?:\bconc(?:urrency)?|\bbatch(?: size)?|\bbs|并发(?:数)?)\s*(?:cap|上限|max|limit)?\s*(?:=|:|at|of|to|capped at|limited to)?\s*$",
     r"^\s*(?:seqs?|sequences|streams|users)?\s*(?:/|per|每个?)\s*(?:replica|instance|副本|实例)"),
    # "batch 每副本 32", "batch per replica: 32": the same, the words the other way round
    ("batch_per_replica",
     None, r"(?:\bbatch(?: size)?|\bbs|并发(?:数)?)\s*(?:/|per|每个?|单)\s*(?:replica|instance|副本|实例)\s*"
     r"(?:cap|上限|max|limit|最多|最大)?\s*(?:=|:|为|是|of)?\s*$"),
    # "单副本 batch 上限 48": one replica's batch cap
    ("batch_per_replica",
     None, r"(?:每个?副本|单副本|每个?实例|per replica|每个?\s*replica)\s*(?:的)?\s*(?:最多|最大)?\s*"
     r"(?:batch(?: size)?|bs|并发)\s*"
     r"(?:cap|上限|max|limit|最多|最大)?\s*(?:=|:|为|是|按|算|按照|设为|设成|开到)?\s*(?:约|大约)?\s*$"),
    # "每副本最多 64 并发", "up to 32 concurrent per replica": one replica's batch
    ("batch_per_replica",
     None, r"(?:每个?副本|单副本|每个?实例|每组|per replica)\s*(?:最多|最大|上限|max|up to)?\s*"
     r"(?:跑|撑|扛|带)?\s*$",
     r"^\s*(?:路|个|条)?\s*(?:并发|concurrent|seqs?|sequences|streams)"),
    ("batch_per_replica",
     T + r"\s*(?:concurrent\s+|simultaneous\s+|并发)?(?:seqs?|sequences|streams|users|requests|路|个请求)?"
     r"\s*(?:/|per|每个?)\s*(?:replica|instance|副本|实例)", None),
    ("concurrent_users", None, r"(?:\bbatch(?: size)?(?: of)?|\bbs|批大小|批量大小|batch\s*size|并发数|"
     r"\bconc(?:urrency)?|\bconcurr?ency)\s*(?:最多|最大|上限|不超过|\bmax\b|\bup to\b)?\s*(?:=|:|是|为|of)?\s*$",
     # (not "nightly batch: 12M emails": the batch job's items, counted)
     # ("one batch of 3,000 reports", "a batch of 40k personalized SMS promos": the job's items)
     r"^(?!\s*(?:[a-z-]+\s+){0,2}?(?:emails?|docs?|documents?|prompts?|requests?|items?|files?|pages?|records?|"
     r"rows?|jobs?|queries|questions|messages|tasks?|samples?|articles?|posts?|tickets?|calls?|images?|videos?|"
     r"reports?|summar(?:y|ies)|sms|texts?|promos?|invoices?|receipts?|reviews?|listings?|contracts?|letters?|"
     r"transcripts?|photos?|captions?|descriptions?|notes?|forms?|claims?|orders?|products?|leads?|quotes?|"
     r"estimates?|scans?|recordings?|chats?|conversations?|updates?|notifications?|reminders?|newsletters?|digests?|handovers?)\b)"),
    # ("about 2.4 million prescriptions scanned per day across the chain": things handled a day, each a request)
    ("queries", T + r"\s*(?:[kmb]|million|thousand)?\s*(?:[a-z-]+\s+){0,2}?(?!tokens?\b|toks\b|words\b|characters\b|"
     r"chars\b|hours\b|gpus\b|cards\b|users\b)[a-z]{3,}s\s+(?:scanned|processed|submitted|uploaded|filed|checked|"
     r"reviewed|received|handled|generated|written|sent|read|printed|dispensed|ordered|booked|logged)\s+"
     r"(?:per|a|each|every)\s+day\b", None),
    # ("AI query volume across the chain is 3M/day": the day's requests, named by their volume)
    ("queries", None, r"\b(?:query|request|call|message|chat|prompt|inference|api)\s+(?:volume|traffic|load|count)\b"
     r"[^.;?!\d]{0,30}?\b(?:is|of|=|:|at|hits?|runs?|sits? at|around|about)\s*(?:about|around|roughly|~)?\s*$",
     r"^\s*(?:[kmb]|million|thousand|mn|mio)?\s*(?:/\s*(?:day|d)\b|(?:a|per)\s+day\b|daily\b)"),
    # ("高峰大概300来个玩家同时在跟它聊": people counted, then "at once" and what they do)
    ("concurrent_users", T + r"\s*(?:个|名|位)?\s*[\u4e00-\u9fff]{0,2}?(?:玩家|用户|学员|学生|客户|顾客|人|会员|观众|听众|乘客|"
     r"宝妈|妈妈|家长|客人|患者)\s*"
     r"同时\s*(?:在)?\s*(?:跟|和|与|用|聊|对话|在线|使用|提问|问|访问|连)"
     # (not "1亿用户同时在线5%": a share of them at once, said after)
     r"(?![^,，。;；]{0,6}?\d+(?:\.\d+)?\s*%)", None),
    # ("我们要同时给两百来个学员做语音陪练": people served at once, "at once" said before the count)
    # ("同时10个顾客扫码点单聊天": the count right after "at once")
    ("concurrent_users", None, r"同时\s*(?:给|为|服务|支持|带|接待|陪|供|接|应付|处理)?\s*(?:大概|大约|约|差不多|将近|上)?\s*$",
     r"^\s*(?:个|名|位)?\s*[\u4e00-\u9fff]{0,3}?(?:学员|学生|用户|客户|顾客|人|玩家|会员|员工|坐席)"),
    # "高峰同时在线会话 1.2万 个": sessions at once
    ("concurrent_users", None, r"同时在线\s*(?:会话|用户|人数)(?:数)?\s*(?:大约|约|大概|有)?\s*$"),
    # "64 camera streams hit the VLM at the same time": live feeds, each one stream at once
    ("concurrent_users", T + r"\s*(?:camera|video|cctv|live|ip camera)\s+(?:streams|feeds)\b", None),
    # "高峰时同时有 2 万人在生成": people at once
    # "200 个同时用户", "500 名同时在线用户": users at once, counted before the words
    ("concurrent_users",
     T + r"\s*(?:个|名|位|路)?\s*同时\s*(?:在线|在用|使用|访问)?\s*(?:的)?\s*(?:用户|人|会话|请求|连线|连接)", None),
    # "每班大约200名护士同时在线", "500台机械臂同时在线": the people or machines on at once, named between
    ("concurrent_users",
     T + r"\s*(?:个|名|位|台|部)\s*[\u4e00-\u9fff]{1,4}?同时\s*(?:在线|在用|使用|访问|请求|用(?!户))", None),
    # "30万个NPC对话同时在跑": conversations (any script) running at once
    ("concurrent_users",
     T + r"\s*(?:个|名|位|台|部|路)\s*[a-z\u4e00-\u9fff ]{0,6}?(?:对话|会话|聊天|请求|任务|流)\s*同时\s*(?:在跑|在线|进行|运行|生成|在生成)", None),
    ("concurrent_users",
     None, r"同时\s*(?:有|在线|在用)?\s*(?:大约|约|大概)?\s*$", T + r"\s*(?:个|名|位|路)?\s*(?:人|用户|直播间|房间|"
     r"(?:台|辆|輛)\s*(?:车|車|robotaxi|无人车|机器人|設備|设备)|"
     r"(?:[a-z]+\s*)?(?:会话|对话|聊天|请求|session))"),
    # "同时在线的医生大约3000人": who is online at once, then how many
    # ("同时在线上课的学生有8万": what they do at once, between)
    ("concurrent_users",
     None, r"同时\s*(?:在线|在用|使用)\s*(?:[\u4e00-\u9fff]{0,4}?的)?\s*(?:医生|律师|老师|学生|员工|坐席|用户|客服|人)\s*(?:数|数量)?\s*"
     r"(?:大约|约|大概|有|是|为|达到)*\s*$", T + r"\s*(?:个|名|位)?\s*(?:人|用户)?(?![\d%万亿])"),
    # "同时在线对话的车大概25万辆": what is on at once, named between, counted by its own word
    ("concurrent_users",
     None, r"同时\s*(?:在线|在用|使用)[\u4e00-\u9fff]{0,6}?(?:的)\s*(?:[\u4e00-\u9fff]{1,3})\s*(?:数|数量)?\s*"
     r"(?:大约|约|大概|有|是|为|达到)*\s*$", T + r"\s*(?:个|名|位|辆|輛|台|部|人|路)(?!\s*(?:服务器|机器|gpu|卡|张))"),
    ("concurrent_users", T + r"\s*(?:conc|concurrency)\b", None),         # "128 conc", "32 conc"
    # "想给 50 个人同时用": people using it at the same time
    ("concurrent_users",
     T + r"\s*(?:个|名|位)?\s*(?:人|用户)\s*同时\s*(?:用|使用|在用|访问|聊天|请求|跑)(?!\S{0,4}\d)", None),
    ("concurrent_users",
     T + r"(?:users?|streams?|sessions?|chats?|requests?)\s+(?:concurrently|at once|simultaneously|in parallel)\b", None),
    # "~20k NPC conversations generating at the same time"
    ("concurrent_users",
     T + r"\s*(?:[a-z]+\s+){0,2}(?:users?|streams?|sessions?|chats?|conversations?|requests?|players?|tasks?|agents?)\s+"
     r"(?:\w+\s+){0,2}(?:at the same time|concurrently|simultaneously|at once|in parallel)\b", None),
    ("concurrent_users", T + r"(?:seqs|sequences|streams|个序列|条序列|路并发|路)(?![a-z])", None),
    ("concurrent_users", T + r"ccus?\b", None),               # "50k CCU": concurrent users
    ("concurrent_users",
     T + r"(?:concurrent|simultaneous|parallel)\s*(?:users?|streams?|sessions?|conversations?|chats?|requests?)?|" + T + r"(?:个|名|位)?人?\s*(?:的\s*)?(?:并发|同时在线|"
     # "8,000 個人同時喺度用"; "要扛 一万二 的并发" (read simplified, 喺 as 在): that many using it at once
     r"同时\s*(?:在度|在)?\s*(?:用|使用|访问|在线|上线|问|提问))", r"(?:并发(?:用户|数|量|会话)?(?:高峰|峰值)?|同时在线(?:[\u4e00-\u9fff]{1,4}的)?(?:用户)?|concurrency(?: of| is| at)?|concurrent users?(?: of|=|:)?)\s*(?:会|将|能|可能|预计)?\s*(?:为|是|达到了?|(?:冲|涨|飙|升|上|到)?到了?|峰值|最高(?:到了?)?|有|约)?\s*(?:也就是?|就|只有|不过|才)?\s*(?:大约|大概|约|差不多|approx\.?|approximately|about|around|roughly|~)?\s*$"),
    # "如果日活换成5000万呢": the count of users again, its other value
    # "shared by 20 PhD students, one run each", "20个学生，每人跑一次": the people counted each bring a run
    ("runs", T + r"\s*(?:[a-z]+\s+){0,2}?(?:students|researchers|teams|groups|labs|people|members|engineers|"
     r"interns|phds|customers|users)\s*[,(]?\s*(?:with\s+)?(?:one|a|1|a single)\s+(?:\w+\s+)?"
     r"(?:run|job|experiment|fine-?tune)\s+each\b|"
     + T + r"\s*(?:个|位|名)?\s*(?:学生|博士生|研究生|团队|课题组|小组|客户|用户)\s*[，,]?\s*"
     r"每(?:人|个|组|队|家)\s*(?:各)?\s*(?:跑|训|做)\s*(?:一|1)\s*(?:次|个|组|轮)"
     r"(?!\s*(?:对话|對話|会话|會話|聊天|问答|咨询|推理))", None),
    # ("a ~600-lawyer UK firm", "a 2,000-employee insurer": the people of an organisation, said as its size)
    ("users",
     T + r"-(?:lawyer|attorney|person|people|employee|staff|seat|user|engineer|developer|agent|member|"
     r"doctor|nurse|student|analyst|clinician|banker|advisor|adviser|consultant)s?\s+(?:[a-z.]+\s+){0,2}?"
     r"(?:firm|company|org|organi[sz]ation|team|practice|hospital|bank|department|office|school|university|"
     r"agency|insurer|group|shop|business|call cent(?:er|re)|contact cent(?:er|re)|enterprise|startup|"
     r"consultancy)\b", None),
    # ("our paralegal team of 15 wants a local drafting helper": the people of a team)
    ("users",
     None, r"\b(?:team|staff|group|department|crew|squad|pool|firm|practice) of\s*(?:about|around|roughly|~)?\s*$",
     r"^(?!\s*(?:[#&@]|gpus?\b|cards?\b|servers?\b|nodes?\b|racks?\b|boxes\b|machines?\b|[a-z]+\d|\d))"),
    ("users",
     None, r"(?<!/)(?<!/ )(?:日活|月活|周活|用户数|用户量|\bdau|\bmau|\bwau)\s*(?:换成|变成|改成|改为)\s*$",
     T + r"(?!\s*%)"),
    # "约7,200名班组长和安全员在用": people of a trade named after 名, then what they do with it
    ("users",
     T + r"\s*名\s*[\u4e00-\u9fff、和及与]{1,12}?(?=\s*(?:在用|在使用|使用|都用|会用|用着|天天用))", None),
    # "用AI讲解的游客估计 3.6万", "住客大约 8000": visitors or guests named, then how many (users)
    ("users", None, r"(?<![每单])(?:游客|访客|旅客|住客|客人|观众)(?:数|人数|数量)?\s*(?:估计|预计|大概|大约|约|有|达|达到)*"
     r"\s*$", T + r"\s*(?:万|千|亿)?\s*(?:人|名|位)?(?!\s*(?:元|块|次|台|张|%|倍))"),
    # "每天约6000个买家来咨询": people who come each day, counted (the day's users, not the requests)
    ("users", None, r"(?:每天|每日|日均|一天)\s*(?:大约|大概|约|有|差不多)?\s*$",
     T + r"\s*(?:个|位|名)?\s*(?:买家|顾客|客户|用户|消费者|访客|游客|乘客|患者|学生|市民|玩家|司机|车主|"
     # ("每天约八百个客人来订桌")
     r"客人|食客|宾客|住客|会员|学员|家长)(?:\s*(?:左右|上下))?"
     # ("每天大概两千个客人，每人问5个问题": then what each of them does)
     # ("每天大概1200个客人，每轮输入400token": each of their turns, after)
     r"(?=\s*(?:来|会|在|使用|咨询|访问|提问|问|进店|上线|登录|用)|\s*[,，]\s*(?:每人|每个人|每位|人均|每轮|每次))"),
    # "VIP subscribers 120万", "customers: 1.2M": people of any such name leading their clause, then the count
    ("users",
     None, r"(?:(?<=[；;:：,，(（\n])|^)\s*(?:[a-z]{2,12}\s+)?(?:subscribers|subs|customers|clients|members|"
     r"readers|listeners|viewers|patients|students|employees|policyholders|players|accounts|citizens|residents)"
     r"\s*(?:is|are|=|:|：|约|大约|~|about|around|roughly)?\s*$", T + r"(?!\s*%)"),
    # ("订阅车主预计30万", "付费会员预计达到50万": people named, then how many there will be)
    ("users",
     None, r"(?<![每单])(?:订阅|付费|注册|活跃)(?:车主|会员|客户|用户|玩家|学员)(?:数|量|规模)?\s*"
     r"(?:预计|预期|估计|大概|大约|约|有|会有|能有|达到|到)*\s*$", T + r"(?!\s*(?:%|元|块|美元|个?月|天|年))"),
    # "4 million correntistas use it once a day": people of a name the table lacks, by what they do with it
    ("users", T + r"\s+(?!(?:gpus?|cards?|servers?|nodes?|tokens?|requests|queries|times|hours|days)\b)"
     r"[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)??(?=\s+(?:use|will use|would use|access|open)\s+(?:it|the|our|this|that)\b)", None),
    # "Weekly active claims handlers number ~9,000", "our subscribers total 1.2M": people leading their clause,
    # a few words of which kind before them, the verb "number" or "total" before the count
    ("users",
     None, r"(?:(?<=[；;:：,，(（\n.])|^)\s*(?:[a-z]{2,14}\s+){0,3}(?:users|handlers|subscribers|customers|"
     r"clients|members|readers|listeners|viewers|patients|students|employees|staff|agents|adjusters|underwriters|"
     r"policyholders|players|accounts|citizens|residents|drivers|riders|nurses|doctors|clinicians|engineers|"
     r"developers|analysts|reps|seats)\s+(?:number|total|totals|come to|amount to)\s*"
     r"(?:about|around|roughly|approximately|some|~|≈)?\s*$", T + r"(?!\s*%)"),
    # ("智能座舱保有量大概80w辆", "保有量现在60万": the cars on the road, each one an account of its own)
    ("users", None, r"(?:保有量|在网车辆|联网车辆|装车量)\s*(?:大概|大约|约|现在|目前|已经|有|是|为|达到)*\s*$",
     T + r"(?!\s*(?:%|元|块|美元|次|token))"),
    # "注册代理人30万", "在册会员约80万": people of any such name leading their clause, then the count
    ("users",
     None, r"(?:(?<=[；;:：,，(（\n])|^)\s*[\u4e00-\u9fff]{0,6}?(?:代理人|会员|客户|员工|学生|患者|病人|读者|听众|商家|租户|"
     r"观众|订户|骑手|司机|医生|老师|律师|店员|业务员|经纪人|投保人|保单持有人|玩家|居民|市民|班组长|组长|工程师|"
     # ("今年报名学员大概12万", "日活团长大概12万": students, group leaders, the kind said before them)
     r"技术员|质检员|操作工|工人|一线员工|坐席|客服|护士|研究员|学员|考生|团长)(?:数|数量|总数|规模)?\s*"
     r"(?:有|约|共|为|是|大概|大约)?\s*$", T + r"(?!\s*(?:%|元|块|美元|个?\s*token|次|万?\s*(?:次|元)))"),
    # "our user base is 8M today": the count, and when
    ("users",
     None, r"(?:user ?base|users?|dau|mau|wau|日活|月活)\s*(?:is|are|of|=|:|at|(?:is|are) at|现在|目前|当前|now)?\s*"
     r"(?:about|around|roughly|~|大概|约)?\s*$",
     r"^\s*(?:today|now|currently|right now|at the moment)\b"),
    # "DAU 现在 30w", "日活目前大概 200万": the users, the time word between
    ("users",
     None, r"(?:\bdau|\bmau|\bwau|日活|月活|周活)\s*(?:现在|目前|当前|总共|一共|合计|总计|加起来|(?:冲|涨|飙|升)到了?|达到了?)\s*(?:大概|约|有|是|为)?\s*$",
     r"^(?!\s*(?:%|x|倍|张|台|卡|gb))"),
    ("users",
     T + r"(?:-(?=[a-z]))?(?:(?:个|名|位)\s*(?:居家|在院|在住|入住|签约|失能|独居|空巢|社区)?\s*(?=企业|付费|注册|内部|活跃|席位|员工|老人|长者|老年人|家属|住客|住户|学员|考生|求职者|干部|公务员|公务人员|公职人员|工作人员|职工|教职工|民警|坐席|开发者|工程师|程序员|研发|同事|律师|医生|老师|学生|客服|销售|分析师|订阅|研究员|科研人员|研究人员|科学家|商家|商户|卖家|广告主|店铺|投顾|交易员|客户经理))?(?:企业|付费|注册|内部)?"
     r"(?:paying |paid |registered |unique |total |enterprise |business |licensed |provisioned |internal |knowledge |"
     r"sales |support |frontline |field )?"
     # "4,000 clinical staff", "900 call-center agents": one word naming which people, before the people
     # ("30,000 daily call-center agents": how often said first)
     r"(?:(?:daily|monthly|weekly) (?=[a-z]+(?:-[a-z]+)? [a-z]+))?"
     r"(?:(?!(?:concurrent|simultaneous|parallel|online|peak|active|daily|monthly|weekly|new|more|extra|"
     # ("~350 office + plant staff": two kinds joined before the people)
     r"additional|of|in|at|for|and|or|to|on|per|a|the)\b)(?:[a-z]+\s*(?:\+|&|/)\s*)?[a-z]+(?:-[a-z]+)? (?=(?:clients|customers|staff|agents|nurses|servants|officials|employees|"
     r"workers|clinicians|doctors|engineers|developers|analysts|students|teachers|lawyers|reps|physicians|"
     r"officers|advisors|advisers|operators|researchers|translators|moderators|reviewers|annotators|"
     r"editors|linguists|writers|technicians|inspectors|patients|providers|sellers|designers|artists|underwriters|adjusters|drivers|couriers|tellers|bankers|"
     r"pharmacists|radiologists|seats|licen[cs]es|accounts|cars|vehicles|trucks|robots|devices|" + DEVICES_EN + r")\b))?(?:chat |chatbot |ticket[- ]|mobile |phone |broadband |"
     # ("1,200 FIFO crew": fly-in fly-out, how a mine's crews work)
     r"telecom |bundled |wireless |app |disrupted |affected |stranded |impacted |registered |paying |unique |loyalty |"
     r"fifo |dido |field |site |frontline |front-line |shift |contract |on-site |remote |"
     # ("25K student DAU", "3k teacher users": whose the daily users are)
     r"student (?=dau|mau|wau|users?|actives)|teacher (?=dau|mau|wau|users?)|employee (?=dau|mau|wau|users?)|"
     r"patient (?=dau|mau|wau|users?)|customer (?=dau|mau|wau|users?))?(?:daily |monthly |weekly )?(?:active )?(?:(?<=monthly active )(?:online |mobile |web |app |digital |internet |banking |retail |business )+(?:banking )?users\b|(?<=daily active )(?!params|parameters|experts|sessions|streams|connections|requests|queries|chats|calls|conversations|hours|days)[a-z]{3,}s\b|(?<=weekly active )(?!params|parameters|experts|sessions|streams|connections|requests|queries|chats|calls|conversations|hours|days)[a-z]{3,}s\b|(?<=monthly active )(?!params|parameters|experts|sessions|streams|connections|requests|queries|chats|calls|conversations|hours|days)[a-z]{3,}s\b|(?<=daily )active(?=\s*[(（,，;.])|(?<=weekly )active(?=\s*[(（,，;.])|(?<=monthly )active(?=\s*[(（,，;.])|(?<=active )pts\b|users?|席位|devs?|名?开发者(?:用户)?|名开发(?:人员)?|工程师|程序员|研发(?:人员)?|客服(?:人员)?|销售|律师|订阅用户|actives|dau|mau|wau|people|ppl|persons|folks|dau|mau|wau|customers|clients|(?:companies|businesses|firms|orgs|organi[sz]ations|agencies|practices)(?=[^.?!;]{0,40}\beach\b)|pax|crew|crew members|teams(?=\s+(?:a|per|each|every)\s+day\b)|paralegals|associates|partners|judges|prosecutors|attorneys|solicitors|clerks|subscribers|subs(?![a-z])|developers|engineers|employees|seats|members|students|agents|analysts|translators|moderators|reviewers|annotators|staff(?:ers)?|workers|clinicians|doctors|nurses|teachers|lawyers|traders|players|gamers|citizens|residents|tenants|inhabitants|anchors|supervisors|(?:stores|shops)(?=\s+(?:daily\s+)?(?:active|use|using|on)\b)|servants|officials|caseworkers|policyholders|(?:policy|account|card) holders|claimants|insureds|parents|kids|children|pupils|households|families|farmers|reps|representatives|inspectors|technicians|techs|patients|providers|sellers|designers|artists|animators|illustrators|photographers|marketers|recruiters|underwriters|adjusters|drivers|couriers|tellers|bankers|merchants|advertisers|brands|accounts|researchers|scientists|scholars|academics|postdocs|chemists|biologists|travell?ers|passengers|guests|patrons|attendees|diners|spectators|theat(?:er|re)goers|concertgoers|moviegoers|audience members|shoppers|buyers|visitors|callers|viewers|listeners|readers|tourists|riders|vehicles|cars|trucks|robots|humanoids|devices|" + DEVICES_EN + r"|amrs|agvs|drones|physicians|radiologists|pharmacists|surgeons|(?:picking |robotic |robot )?arms|authors|writers|creators|streamers|作者|写手|创作者|主播|个?同事|读者|听众|观众|会员|订户|患者|病人|老人|长者|老年人|住户|学员|考生|求职者|代理人|骑手|快递员|配送员|外卖员|乘客|游客|玩家|粉丝|辆车|台车|架车|架車|輛車|辆|輛|车(?![型队间位辆])|买家|顾客|消费者|店主|主播|研究员|科研人员|研究人员|科学家|商家|商户|卖家|广告主|店铺|投顾|交易员|客户经理|居民|市民|国民|老人|长者|老年人|家属|住户|业主|员工|职员|干部|公务员|公务人员|公职人员|工作人员|职工|教职工|民警|警员|分析师|医生|老师|学生|师生|学员|个?同学|研究生|坐席|个?座位|(?:日|月|周)?活跃用户|用户|人(?!民币|次)|个用户|名用户|日活|月活|周活|位用户|个?租户|家租户|个账号|户(?![型口籍外内头])|个(?:日活|月活|周活)用户)", r"(?:(?:日活|月活|周活|活跃)(?:作者|写手|创作者|车主|主播|商家|商户|卖家|会员|骑手|司机|客户|客戶|玩家|学生|学员|考生|教练|粉丝|读者|观众|听众|乘客|游客|车友|家长|居民|患者|求职者)|日活|月活|周活|(?:入住|注册|接入|服务|在院|签约|在住)(?:的)?(?:老人|长者|老年人|家属|住户|会员)|(?<!each )(?<!every )(?<!per )(?:dau|mau|wau)|用户数|用户量|用户规模|商家数|商户数|主播数|会员数|活跃用户|(?:座位|席位|坐席)(?:数|数量)?|(?<!每个)(?<!每)用户(?=\s*(?:有|共有|一共有|总共有|总数|大概有))|(?:(?<=[；;:：,，\n?？!！。])|^)\s*(?:[-*•·]\s*)?(?:全集团|全公司|全校|全园|全市|全省|集团|公司)?(?:付费|注册|订阅|企业)?(?:用户|日活用户|活跃用户|家长|学生|员工|会员|居民|患者|游客|师生|家属|老人|住客|顾客|客户)|(?:现在|目前|当前|如今)(?:的)?\s*(?:用户|日活用户|活跃用户)|(?:用户|日活|月活)(?:数)?\s*(?:现在|目前|当前|如今)|users?\s*(?:of|=|:)|(?:(?<=[；;,，(（])|^)\s*(?:users?|user count|daily users)|(?:(?:daily|weekly|monthly) )?active users|(?:daily|weekly|monthly) actives?|user ?base\s*(?:is|of|=|:)?|(?:number of|count of) (?:users|people))\s*(?:用户|医生|律师|老师|教师|学生|员工)?\s*(?:(?:19|20)\d\d\s*年(?:底|末|初|的|全年)?\s*(?P<at>))?(?:说|据说|号称|据称|已经|已|预计|预期|估计|有望|计划)?\s*(?:能|会|可以|可能)?\s*(?:先)?\s*(?:(?:today|now|currently|right now|at the moment|atm|these days)\s*[,:]?\s*)?(?:为|是|达到|做到|冲到|冲上|涨到|到|有|约|按|取|算|才|只有|仅有?|刚过|of|=|:|共有|一共有|总共有|一共|总共|共计|合计|总数|大概有|is|are|was|hit|hits|(?:is |are |sits |stands )?at)?\s*(?:大概|大约|约|差不多|将近|接近|超过|about|around|roughly|~|over)?\s*$",
     # (not "DAU 35% of that", "each DAU ~9 chats/day": a share, one user's activity)
     r"^(?!\s*(?:%|x\b|倍|(?:chats?|queries|requests|messages|msgs|calls|prompts|questions|q)\b|次|条|轮|"
     # ("Avg user: ~50k tokens/day": each user's tokens, not a count of users)
     r"[kmb]?\s*(?:tokens?|toks?)\b|个?\s*token|"
     # ("150mm DAU over 18 mo": the time the users grow over, not a count of them)
     r"(?:mos?|months?|yrs?|years?|wks?|weeks?|qtrs?|quarters?)\b|个多?月|年|周|星期))"),
    # "spread across 10 working hours", "almost all within a 10-hour business day", "请求集中在每天8小时工作时间内":
    # a day's load in fewer hours, a peak of 24 over them
    ("busy_hours",
     None, r"(?:\b(?:spread|concentrated|packed|squeezed|all|almost all(?: of them)?|mostly|happens?|"
     r"arrives?)\s+(?:across|over|within|in|into|during)\s+(?:an?\s+|the\s+)?|集中在\s*(?:每天|一天)?\s*)$",
     r"^\s*[- ]?(?:个)?\s*(?:working[- ]|business[- ]|work[- ]|office[- ])?(?:hours?\b|hrs?\b|小时)"),
    # a batch window: "window is 6 hours", "need it done in 10 hrs", "批处理窗口只有8小时", "8小时内跑完": the
    # day's (or night's) volume processed in that many hours, a rate of 24 over them
    ("busy_hours",
     None, r"(?:\b(?:batch |processing |nightly |overnight |time |run )?window\s*(?:is|of|=|:)?\s*"
     r"(?:only|just)?\s*|\b(?:done|finished|complete[d]?|processed|through (?:it|them|all)|"
     r"(?:finish|complete|process|run|summari[sz]e|embed|label)(?: (?:it|them|all|everything|the (?:lot|batch|queue)))?)"
     r"\s+(?:with)?in\s+(?:an?\s+|the\s+)?|窗口(?:期)?\s*(?:只有|仅有|仅|是|为|有)?\s*)(?:about\s+|~\s*|约|大概)?$",
     r"^\s*[- ]?(?:个)?\s*(?:hours?\b|hrs?\b|h\b|小时)"),
    ("busy_hours",
     T + r"[- ]?(?:个)?\s*(?:hours?|hrs?|h|小时)[- ]?(?:(?:batch|nightly|overnight|processing|的)[- ]?)?"
     r"(?:window|窗口)|" + T + r"(?:个)?\s*(?:小时|h)\s*(?:之内|以内|内)\s*(?:要)?\s*(?:全部)?\s*"
     r"(?:跑完|完成|处理完|做完|搞定|算完|出结果)", None),
    # "1.2 billion output tokens per working day": a day's tokens, the day a working one
    ("tokens_per_day",
     T + r"[- ]?(?:output |generated |input )?(?:tokens?|toks?)\s*(?:/|per|a|each)\s*(?:working|business|work)"
     r"[- ]?day\b", None),
    # "兩部8卡L40S伺服器": 部 counts machines (Cantonese and Taiwanese usage)
    ("servers",
     T + r"\s*部\s*(?=(?:[\d一二两三四五六七八九十]+\s*(?:卡|张|張)\s*)?#*\s*(?:服务器|伺服器|机器|機器|主机|整机|&))",
     None),
    # "…and returns 500 tokens", "replies with ~300 tokens": the answer's length
    ("output_tokens",
     None, r"\b(?:returns|(?:answers?|replies|responds) with)\s*(?:an?\s+)?(?:about|around|~|roughly)?\s*$",
     T + r"[- ]?(?:output\s+)?(?:tokens?|toks?)\b(?!\s*(?:a|per|/|each|every)\s*(?:day|d|second|sec|s|hour|hr|"
     r"month|week|year)\b|\s*(?:daily|monthly|/\s*s))"),
    # "Headcount is 22,000", "employees: 12,000": the people who use it, the word before the count
    ("users",
     None, r"\b(?:headcount|head count|employee count|employees|staff|seats|licenses)\s*(?:is|are|of|=|:|at|~|"
     r"about|around|roughly|totals?)*\s*$",
     # ("how many clinician seats at 25 notes/day": each seat's requests, not a count of seats)
     # ("3,000 staff at 30 queries each per day": each one's requests)
     r"^(?!\s*(?:%|x\b|gpus?|cards?|servers?|\$|k?w\b|[a-z]+\s*(?:/\s*(?:day|d)\b|per\s+day|a\s+day)|"
     r"(?:queries|requests|questions|prompts|chats|calls|messages)\b))"),
    # "AI助手用户3000万", "香港嘅用户大概600万", "我们APP会员8万": the users (or members), the word before the
    # count
    ("users",
     None, r"(?<!并发)(?<!在线)(?<!同时)(?<!每个)(?<!每)(?<!单个)(?<!去年)(?<!前年)(?<!以前)(?<!原来)(?<!之前)"
     r"(?<!上月)(?<!上个月)(?<!每位)(?<!每名)(?:用户|用戶|会员|會員)\s*(?:数|量|规模|總數|总数)?\s*"
     r"(?:大概|大约|约|有|是|为|达到|超过|已有|已经有|已经)*\s*$",
     r"^(?!\s*(?:%|x\b|倍|张|台|卡|元|块|美元|次|个?token|tokens?))"),
    # "预计首年签约账号10万个", "付费账号 3万": accounts, each a user
    ("users",
     None, r"(?:签约|付费|注册|开通|活跃|企业)(?:的)?\s*(?:账号|帐号|账户|帳號|帳戶)(?:数|数量|总数)?\s*"
     r"(?:大概|大约|约|有|是|为|达到|超过)*\s*$",
     r"^(?!\s*(?:%|x\b|倍|张|台|卡|元|块|美元|次|个?token|tokens?))"),
    # "车辆 500万", "EV 保有量 300万", "付费车辆 60万": the cars on the road, each its driver's account
    ("users",
     None, r"(?:(?:付费|联网|活跃|在网|在线|智能|接入)?(?:车辆|車輛|汽车|汽車)(?:数|数量|总数|規模|规模)?|保有量|车队规模|車隊規模)\s*"
     r"(?:大概|大约|约|有|是|为|达到|超过|按|已有|已经有)*\s*$",
     r"^(?!\s*(?:%|x\b|倍|张|台|卡|元|块|美元|次|个?token|tokens?|kw|mw|w\b))"),
    # "DAU从600万做到2000万": the users today, said after "from" (the count it goes to is read after)
    ("users",
     None, r"(?<!并发)(?<!在线)(?<!同时)(?:日活|月活|周活|dau|mau|wau|用户数|用户量|用户规模|用户)\s*(?:目标)?\s*"
     r"(?:从|由)\s*(?:现在的?|目前的?|今天的?|当前的?)?\s*$",
     r"^(?!\s*(?:%|x\b|倍|张|台|卡))"),
    ("observed_tokens_per_s",
     T + r"(?:(?:output|out|generated|decode|generation|输出|生成)\s*)?(?:tokens?|tok)\s*(?:/\s*s(?:ec(?:ond)?)?\b|per second|a second|per sec\b|a sec\b|每秒|/秒)", r"(?:每秒|一秒钟?)(?:实测|实际|测得|测出)?(?:按)?(?:大概|大约|约|差不多)?(?:能|可以|可)?(?:至少|最少|不低于|要|需要)?\s*(?:大概|大约|约)?\s*(?:处理|生成|训练|吞吐|出|输出|跑|跑出|吐|吐出)?\s*"
     # ("每秒出到 1,800 个 token", "每秒能去到 2000": the rate reached)
     r"(?:到|得到|去到|达到|能到)?\s*(?:大概|大约|约)?\s*$",
     # ("一秒能出一千八左右的token": a hedge after the rate)
     T + r"\s*(?:左右|上下)?\s*(?:的)?\s*(?:个\s*)?(?:(?:output|输出|生成)\s*)?(?:tokens?|tok)"),
    ("qps",
     T + REQUEST_WORDS_BEFORE + LOAD_KIND + r"(?:queries|requests|reqs?|searches|questions|prompts|calls|turns|chats|conversations|messages|msgs|headlines|alerts|tweets|stories|notes|transcripts|events|decisions|actions|inferences|predictions|lines|replies|items|posts|comments|reviews|docs|documents|pages|jobs|wake[- ]?ups|wakes|invocations|interactions|images|imgs|photos|frames|scans|pictures|(?!(?:tokens|toks|tflops|pflops|flops|gbs|tbs|mbs|bytes|bits|samples|steps|iterations|iters|watts|joules|users|gpus|cards|chips|servers|nodes|racks|days|hours|mins|seconds|secs|ops)\b)[a-z]{3,}s|张图片?|次(?:查询|请求|搜索|调用|对话)?|条)?\s*(?:per second|per sec|a second|/\s*s(?:ec(?:ond)?)?\b|/\s*秒|每秒)", r"(?:每秒(?:的)?(?:峰值|高峰|平均)?(?:请求|查询|调用)?(?:数|量)?(?:合计|总共|一共|总计|大概|大约|约|有|会有|能有|要|需要|需|是|为|处理|服务|承载|顶|扛|撑|抗|顶住|扛住|撑住)*|(?:qps|rps)\s*(?:(?:is|of|=|:|是|为|大概|大约|约|差不多|~|about|around|roughly|平均|均值|日均|avg|average|"
     r"飙到|能到|会到|可达|也就|只有|不到|不过|能达到|最高|峰值|涨到|冲到|升到|到了|达到|hits?|spikes? to|jumps? to|reach(?:es)?)\s*)*)\s*$",
     # (not "1M QPS of 8-token suggestions": each one's length; "200 qps 1k in 500 out": the key's value
     # is the number before it, the one after a length)
     r"^(?!\s*-?\s*(?:tokens?|toks?|in|out|input|output)\b)"),
    ("qps", T + r"(?:qps|rps)\b", None),
    # "300k requests per hour", "每小时30万次请求": a load per hour (per second in the fleet)
    ("qph",
     # ("~250 customer msgs an hour", "~40 chats an hour at the counter": a load said an hour)
     T + LOAD_KIND + r"(?:queries|requests|reqs?|searches|questions|prompts|calls|messages|msgs|images|imgs|photos|"
     r"frames|scans|chats|conversations|convos|replies|turns|completions|generations|"
     r"pictures|次(?:查询|请求|搜索|调用)?|"
     r"个请求)?\s*(?:per hour|an hour|a hour|/\s*h(?:ou)?r\b|每小时|qph\b|rph\b)(?!\s*(?:per|/|每)\s*(?:gpu|card|卡))",
     r"(?:每小时(?:大概|大约|约|有)*|qph\s*(?:of|=|:)?)\s*$",
     r"^\s*(?:次|个?请求|个?查询|个?调用|requests?|queries|calls|reqs?)(?![a-z])"),
    ("qpm",
     T + LOAD_KIND + r"(?:queries|requests|reqs?|searches|questions|prompts|calls|messages|msgs|images|imgs|photos|frames|scans|"
     # ("~45,000 lines per minute across all shards": an NPC's lines, replies, chats said a minute)
     r"lines|replies|chats|turns|utterances|completions|generations|"
     r"pictures|次(?:查询|请求|搜索|调用)?|个请求|张图片?|"
     # ("40 lookups/min avg": any things done, counted a minute)
     r"(?!(?:tokens|toks|words|chars|characters|dollars|cents|bucks|watts|gpus|cards|users|seconds|hours|days)\b)"
     r"[a-z]{3,}s|(?:[a-z]+\s+)?write-ups)?\s*(?:per minute|a minute|/\s*min(?:ute)?\b|每分钟|qpm\b|rpm\b)", r"(?:每分钟(?:大概|大约|约|有)*|qpm\s*(?:of|=|:)?)\s*$"),
    ("tokens_per_user_day",
     None, r"(?:(?:每人|每个(?:活跃|付费|日活)?用户|每用户|每(?:个|位|名)?" + ONE_USER_ZH + r"|人均|一个用户|单个用户|一个人|每个人|一人|每个?\s*users?|(?<![日月周])用户)\s*(?:每天|每日|一天|日(?!活|均))|(?:每天|每日|一天)\s*(?:每人|每个用户|每用户|人均))" \
     r"(?:[^，,。；;\d次每]{0,12}?(?=(?:大概|大约|约)?\s*(?:消耗|用掉|使用|生成|输出|烧掉|调用|产生|回复|回答)))?" \
     r"\s*(?:最多|上限|限额|限|封顶)?\s*(?:平均|大概|大约|约|avg|average|~)?\s*(?:消耗|用掉|使用|生成|输出|烧掉|调用|产生|产出|回复|回答|出|用|吃掉?|聊天?|对话|发送?|花掉?|说话|讲话|说)?\s*(?:折合|合计|相当于|折算|总共|一共|共计|加起来)?\s*(?:(?:用量|消耗量|token量|量)\s*(?:按|算|为|是|约)?)?\s*个?\s*(?:大概|大约|约)?\s*$",
     T + r"[- ]?(?:个)?\s*(?:output\s+|input\s+|输出\s*)?(?:tokens?|toks?|词元)"),
    # "35M users, 4,000 output tokens/day each": each user's day
    ("tokens_per_user_day",
     T + r"(?:k|m)?[- ]?(?:output |generated |input )?(?:tokens?|toks?)\s*(?:/\s*|per |a )day\s*"
     r"(?:each|per " + ONE_USER + r"|a " + ONE_USER + r")\b", None),
    # "Power users average 40k output tokens per day": each user's day
    # "heavy users burn ~45k output tokens a day", "users avg 40k tokens out per day"
    ("tokens_per_user_day",
     None, r"\b(?:users?|people|customers|members|seats?|subs|subscribers)\s+(?:average|averages|avg|"
     r"averaging|burn|use|consume|generate|eat|do|need)\s*(?:about|around|roughly|~)?\s*$",
     T + r"(?:k|m)?[- ]?(?:output |generated |input )?(?:tokens?|toks?)\s*(?:of output\s*|out\s*|output\s*)?"
     r"(?:/|per|a|each)\s*day"),
    ("tokens_per_user_day",
     None, r"\b(?:users?|people|customers|members|seats)\s+(?:burning|using|consuming|generating|sending|eating)\s*(?:about|around|roughly|~)?\s*$",
     T + r"[- ]?(?:tokens?|toks?)\s*(?:each|apiece|a head|per head|per user|a user)\b"),
    # "each of our 3,200 nurses would generate about 25k tokens/day": each person's tokens a day
    ("tokens_per_user_day",
     None, r"\beach of (?:our|the|these|those|its|their)?\s*[\d.,]+\s*[kmb]?\s*[a-z-]+(?: [a-z-]+)?\s+(?P<at>)"
     r"(?:would |will |could |might |may )?(?:generate|use|burn|consume|send|need|produce|eat)s?\s*"
     r"(?:about|around|roughly|~|up to)?\s*$",
     # ("each of our 1.6M DAU burns ~3,000 output tokens/day")
     T + r"[- ]?(?:(?:output|generated|input) )?(?:tokens?|toks?)\s*(?:/\s*day|per day|a day|daily|each day|every day)"),
    # "we rate limit anon users to 20k tokens/day": each user's day, at most
    ("tokens_per_user_day",
     None, r"\b(?:rate[- ]?limit|limit|cap|throttle)\w*\s+(?:[a-z-]+\s+){0,2}(?:users?|accounts?|keys?|"
     r"people)\s+(?:to|at)\s*(?P<at>)$", T + r"[- ]?(?:tokens?|toks?)\s*(?:/|per|a|each)\s*(?:day|d)\b"),
    ("tokens_per_user_day",
     None, r"(?:daily users|dau|users)\s*(?:at|@|with|using)\s*$", T + r"[- ]?(?:tokens?|toks?)\s*(?:/|per|a|each)\s*(?:user|person|head)\b"),
    ("tokens_per_user_day",
     T + r"[- ]?(?:output |generated |summary |chat |answer |reply |input )?(?:tokens?|toks?|个?token)\s*(?:each|per (?:user|person|head|reader)|a (?:user|person|head|reader)|/\s*user)\s*(?:(?:per|a|/|each|every)\s*day|daily|(?=.{0,40}\bdaily users\b))", r"(?:\b(?:users?|people|members|customers|seats)\s+(?:each\s+(?:burn|use|consume|generate|send|need|eat)s?|burns|uses|consumes|generates|sends|needs|eats)\s*(?:about|around|roughly|~)?\s*$|\beach\s+of\s+(?:our|the|their|its|your)\s+(?:~|about|around|roughly)?\s*[\d.,]+\s*k?\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:burn|use|consume|generate|send|need|eat)s?\s*(?:maybe|about|around|roughly|~)?\s*(?P<at>)$|\beach\s+(?:burning|using|consuming|generating|sending|eating)\s*(?:about|around|roughly|~)?\s*$|每人每天|每个用户每天|每用户每天|每个日活用户每天|每(?:个|位|名)(?:法官|律师|医生|老师|学生|员工|坐席|客服|工程师|开发者|分析师|研究员|编辑|作者|主播|玩家|[\u4e00-\u9fffa-z]{0,4}?(?:账号|租户|席位|商家|商户|店铺|门店|客户))(?:每天|一天|每日)|每个日活每天|每日活用户每天|每(?:个|位|名)?\s*(?:客户|客戶|用户|顾客|访客|会员|家长|学员)[^，,。；;\d]{0,14}?(?:总共|一共|合计|加起来|累计)|每个?\s*dau\s*(?:用户)?\s*(?:每天|每日|一天)|人均每天|(?:日均|每天|每日|一天)\s*(?:每个?用户|每人|人均)|每人每日|(?:每个?用户|每人|人均)\s*(?:一天|每天|每日|日均)|(?:users?|people),\s*each\s*(?:about|around|roughly|~)?|(?:each|every|per|a|an|one) (?:(?:heavy|typical|average|active|power|light|normal|regular|single|big|small)\s+)?(?:user|person|" + ONE_USER + r")\s*(?:uses|burns|consumes|generates|gets|does|needs)?\s*(?:about|around|roughly|~)?|(?:each|every|per|a) (?:user|person)\b[^,.;\d]{0,30}?\b(?:uses|burns|consumes|generates|gets|needs)\s*(?:about|around|roughly|~)?)(?:\s*(?:平均|大概|大约|约|会|要|能|生成|输出|使用|消耗|用掉|用|烧掉|跑|了|掉))*\s*$", T + r"[- ]?(?:个\s*)?(?:(?:输出|输入|生成|output|input|generated)\s*)?(?:个?tokens?|toks?\b)"),
    # "heavy users ~150k tokens/day", "200k paid subs, each doing ~25k tokens/day": each user's day, the
    # users just named
    ("tokens_per_user_day",
     None, r"\b(?:users?|subs|subscribers|members|customers|seats|each(?:\s+(?:doing|burning|using|"
     r"sending|averaging))?|"
     # "each advertiser account burns about 50k output tokens/day": one of them, what it uses a day
     r"each\s+(?:[a-z]+\s+)?" + ONE_USER + r"\s+(?:burns|uses|consumes|generates|eats|sends|does|averages))"
     r"\s*(?:~|≈|about|around|roughly|at)?\s*$",
     T + r"(?:k|m)?[- ]?(?:output |generated )?(?:tokens?|toks?)\s*(?:/|per|a|each)\s*(?:day|d)\b"),
    # ("their 30M-token-a-day campaign": a day's tokens, hyphenated into a word before what they are of)
    # ("about 2,500 tokens of chat per day": what the chat comes to a day)
    ("tokens_per_day", T + r"(?:k|m|b|bn|mn)?[- ](?:tokens?|toks?)(?: (?:worth )?of (?:chat|chatting|conversation|"
     r"dialogue|text|replies|answers|output|input))?[- ](?:a|per)[- ]day\b", None),
    # ("fleet emits ~9B action tokens a day", "2B synthetic narration tokens/day": a day's tokens of a kind)
    ("tokens_per_day", T + r"(?:k|m|b|bn|mn)?\s*(?:(?!input\b|prompt\b|in\b|of\b)[a-z]+[- ]){1,2}?(?:tokens?|toks?)\s*"
     r"(?:/\s*(?:day|d)\b|per\s+day\b|a\s+day\b|each\s+day\b|daily\b)", None),
    # "the VLM spat out 480M output tokens yesterday": a day's tokens
    ("tokens_per_day", T + r"(?:k|m|b)?\s*(?:output |generated )?(?:tokens?|toks?)\s+(?:[a-z]+\s+){0,2}?"
     r"(?:yesterday|in the last 24 ?h(?:ours|rs)?|over the last day|last day)\b", None),
    # ("~1.1B output tokens on match day", "40M tokens on launch day": one named day's tokens)
    ("tokens_per_day", T + r"(?:k|m|b|bn|mn)?\s*(?:output |generated |input )?(?:tokens?|toks?)\s+on\s+"
     r"(?:a\s+|the\s+|our\s+)?(?:busy\s+|big\s+|peak\s+)?(?:match|game|launch|race|election|derby|final|"
     r"sale|release|busiest|peak|deadline|trading|exam|opening)[- ]?days?\b", None),
    # ("we process 5 bln input/day and 400 mln output/day": a day's tokens, their side said, "tokens" not)
    ("tokens_per_day",
     T + r"(?:k|m|b|bn|mn)?\s*(?:input|output|prompt|completion)\s*(?:/\s*(?:day|d)\b|per day\b|a day\b|daily\b)", None),
    # "Daily output is 9B tokens", "daily token volume ~40B tokens": the day's tokens, named before them
    ("tokens_per_day",
     None, r"\b(?:daily|per[- ]day|a day's|each day's|the day's)\s+(?:total\s+)?(?:output|generation|need|"
     r"demand|"
     r"generated tokens|token output|token volume|token usage|tokens?|volume|usage|traffic|throughput)\s*"
     r"(?:is|was|of|=|:|~|≈|at|totals?|runs|comes to|sits at)?\s*(?:about|around|~|roughly|approx\.?)?\s*$",
     T + r"[- ]?(?:output\s+|generated\s+|input\s+)?(?:tokens?|toks?)\b"),
    # "daily total output tokens about 400 million" (Korean "하루 총 출력 토큰이 약 4억 개"): the day's tokens, all
    # the words for them before the number
    ("tokens_per_day",
     None, r"\b(?:daily|per[- ]day|a day's)\s+(?:total\s+)?(?:output\s+|generated\s+)tokens?\s*"
     r"(?:is|was|of|=|:|~|≈|at)?\s*(?:about|around|roughly|approx\.?|~)?\s*$",
     r"^(?!\s*(?:x\b|%|times|/|per\s+(?:s|sec|second|hour|hr|request|query|user)\b))"),
    # "每天调用大模型API大约消耗20亿token": the day's tokens, a few words between the day and the verb
    ("tokens_per_day",
     # (not across another amount: "每天输入大概两亿token、输出三千万token", each side its own)
     None, r"(?:每天|每日|日均|一天|当天|全天|这一天|那天|那一天|当日)[^，,。；;\d次每、]{0,12}?(?:消耗|生成|输出|处理|烧掉|调用|用掉|使用|跑|产出|产生|出|吐)\s*"
     # ("每天调用DeepSeek-V3约50亿token": the model called between)
     r"(?:了|掉)?\s*(?:[#@]+\s*)?(?:大概|大约|约|差不多)?\s*$",
     # ("每天大概吐 450亿 output token": the kind of tokens between)
     T + r"[- ]?(?:个?\s*(?:(?:output|input|输出|输入)\s*)?tokens?|词元)"),
    # "日输出 token：500亿", "日产 token 2000亿": the day's tokens, the word before the amount
    ("tokens_per_day",
     None, r"(?:每天|每日|日均|一天|(?<![\u4e00-\u9fff])日)\s*(?:输出|产出|产生|生成|消耗|处理|产|output|generated)\s*(?:的)?\s*"
     r"(?:tokens?|词元)\s*(?:量|数|总量)?\s*(?:约|大约|大概|是|为|有|达|达到)?\s*$",
     r"^(?!\s*(?:年|个?月|天|日|周|倍|%))"),     # (not "每天处理的token量一年涨了10倍")
    # "日均token消耗每年增长10倍，现在是30万亿/天": an amount a day, tokens the subject before it
    # (its sentence only: not "1 token ≈ 0.75 words. we generate 40,000 per day", emails counted)
    # (nor "0.75 words per token), we send 900 a day": a ratio's token, the things sent counted after)
    ("tokens_per_day", None, r"(?<!per )(?<!a )(?<!/)(?<!一个)(?:tokens?|词元)(?![)）])"
     r"(?:(?!\.\s)(?!,\s*(?:we|i|they)\s+(?:send|do|get|make|write|handle|process)\b)[^。;；?？!！]){0,30}(?P<at>)$",
     T + r"(?:/|每|per |a )\s*(?:天|日|day)(?![a-z])"),
    # "全天预计 300亿 token 输出", "每天大概 50亿 token": the day said first, its tokens after
    ("tokens_per_day",
     None, r"(?:每天|每日|日均|一天|全天|当天)\s*(?:预计|预估|大概|大约|约|要|需要|会有|共)?\s*$",
     # ("全天9亿output token": the day's output tokens)
     T + r"\s*(?:个)?\s*(?:(?:output|generated|输出|生成)\s*(?:的)?\s*)?(?:tokens?|词元)(?![a-z])(?!\s*(?:/|每|per)\s*(?:秒|s\b|sec))"),
    # "token vol doubling every 6 months from 100bn/day": the volume named, its amount further on
    ("tokens_per_day",
     None, r"(?:token|tok)s?\s*(?:vol(?:ume)?|usage|traffic|demand|consumption)\b[^。;；?？!！]{0,40}(?P<at>)$",
     T + r"(?:/|每|per |a )\s*(?:天|日|day)(?![a-z])"),
    # "480 trillion tokens a month": a month's tokens, read as a day's (calc/parse.py)
    ("tokens_per_month",
     T + r"[- ]?(?:output |generated )?(?:tokens?|toks?|个?token|词元)\s*(?:(?:per|a|/|each|every)\s*month\b|monthly|每月|每个月|一个月)", r"(?:每月|每个月|一个月|monthly)\s*(?:大概|大约|约)?\s*(?:消耗|生成|处理|调用|用掉)?\s*(?:了|掉)?\s*$", T + r"[- ]?(?:个?tokens?|词元)"),
    # "每天处理的token量一年涨了10倍，现在是每天5万亿": a day's amount, tokens the subject before it
    ("tokens_per_day",
     None, r"(?:tokens?|token量|词元)[^。;；?？!！]{0,30}(?P<at>)(?:每天|每日|日均|一天)\s*(?:的)?\s*(?:是|为|约|大概|有)?\s*$",
     r"^\s*(?![^,，。;；]{0,4}(?:次|个?请求|查询|用户|人|张|台|个?\s*sessions?|个?会话|轮|条|chats?|requests?|queries|"
     r"(?:个|款)\s*(?:sku|新品|商品|单品|产品)|场|"
     # ("按1.5个汉字约1个token算，每天5万个顾客": people counted, not tokens)
     r"顾客|客户|客人|会员|学员|学生|患者|访客|游客|乘客|家长|员工|"
     # ("每天50万篇", "每天1000万道题": essays and problems counted, each a request)
     r"篇|份|道|页|頁|题|題|封|件|单|單|段|章(?![程节])|本(?![地月周年季])|张\s*(?:图|截图|照片|相)|期(?![间限])|"
     r"[节堂门]\s*课|"
     # ("每天大概两万个剧本", "每人每天30句", "每天一千来集": scripts, lines and episodes counted)
     r"个?\s*(?:剧本|脚本|文案|故事|短剧)|封(?=\s*(?:邮件|郵件|信|询盘|询价|开发信|[,，。;；、)）?？!！]|$))|句(?![子型式法])|来?\s*集(?![群装成中体合团])|"
     # ("每天3.5万通，": calls counted by their counter alone)
     r"通\s*(?:电话|通话|呼叫|来电|会话|會話|对话|對話|咨询|諮詢)|通(?=\s*(?:[,，。;；、)）?？!！]|$))|calls?\b|tasks?\b))"
     r"(?:个?\s*(?:tokens?|词元)\b)?"),
    # "每天要处理的token量是3000亿", "daily usage 800M tokens": the day's tokens, named before the number
    ("tokens_per_day",
     None, r"(?:每天|每日|日均)[^,，。;；\d]{0,10}(?:tokens?|token量|token数|词元)\s*(?:是|为|约|大概|有)?\s*$",
     r"^(?!\s*(?:年|个?月|天|周|倍|%|x\b|times))"),
    ("tokens_per_day",
     None, r"\b(?:daily|per day|a day)\s+(?:token\s+)?(?:usage|volume|consumption)\s*(?:is|of|=|:|~|about)?\s*$",
     T + r"[- ]?(?:output |generated )?(?:tokens?|toks?)\b"),
    # "日 token 量 50 亿", "日 token 量: 60 亿 output": the day's tokens, "日" alone (its output word with it)
    ("tokens_per_day", None, r"(?<![\u4e00-\u9fff])日\s*(?:tokens?|token量|token数|词元)\s*(?:量|数|总量)?\s*"
     r"(?:是|为|约|大约|大概|有)?\s*$", r"^(?:\s*(?:output|输出|generated)(?![a-z])(?:\s*tokens?)?)?"),
    # "日均 tokens 1.2e12": the day's tokens, the label before the number
    # (not "日均token消耗一年半增长300倍": a duration after the label, its growth's)
    ("tokens_per_day",
     None, r"(?:日均|每天|每日|一天)\s*(?:的)?\s*(?:tokens?|token量|token数|词元)\s*(?:量|数)?\s*"
     r"(?:调用量|调用|使用量|用量|消耗量|消耗)?\s*(?:目标)?\s*(?:是|为|约|大约|大概|有|:|=)?\s*$",
     r"^(?!\s*(?:个)?\s*(?:年|月|个月|周|天|日|小时|季度|years?|months?|weeks?|days?)(?![a-z]))"),
    # "tokens/day ~40bn": the label first, at the start of a clause
    # ("我们的 tokens per day 从 20B 涨到 3 倍": the label after a word, the day's volume from then on)
    ("tokens_per_day",
     None, r"(?:^|[,;.(]\s*|(?<=的)\s*)(?:daily (?:token|tok)s?|(?:token|tok)s?\s*(?:(?:/|per|a)\s*day|daily))"
     r"\s*(?:is|=|:|从|from|现在|目前|now)?\s*(?:about|around|roughly|~|约|大概)?\s*$"),
    # "Token volume is 40B/day": the volume, a day's
    ("tokens_per_day",
     None, r"(?:token|tok)s?\s*(?:volume|usage|traffic|consumption)\s*(?:is|of|=|:|at|around)?\s*(?:about|around|roughly|~)?\s*$",
     r"^[kmbt]?\s*(?:/\s*(?:day|d)\b|per day|a day|daily|每天|/天)"),
    # "日均 token 量 500亿", "日均token消耗量30万亿", "daily token volume of 50B": the token words come first
    # "日输出 8000 亿 token": a day's output, said in one word
    ("tokens_per_day",
     None, r"(?:日输出|日均输出|每日输出|日产出|日生成|日处理)\s*(?:量)?\s*(?:大概|大约|约|是|为)?\s*$",
     T + r"\s*(?:个)?\s*(?:tokens?|词元)"),
    ("tokens_per_day",
     None, r"(?:(?:每天|每日|日均|一天)\s*(?:的)?\s*(?:输出|生成)?\s*(?:tokens?|词元)\s*(?:的)?\s*"
     r"(?:(?:消耗|调用|使用|生成|处理|输出|用)?\s*(?:总)?\s*量|需求量?)|daily (?:output |generated )?tokens? (?:volume|usage|consumption))"
     r"\s*(?:目前|现在|当前|如今)?\s*(?:已经|已)?\s*(?:为|是|约|大概|大约|有|达到?|超过|突破|of|is|=|:|：)?\s*(?:约|大概|大约|about|around|~)?\s*$"),
    ("tokens_per_day",
     T + r"[- ]?(?:output |out |generated |input )?(?:tokens?|toks?|个?token|词元)\s*(?:(?:generated|served|processed|produced|output)\s+|of (?:output|generated text|text|input)\s+)?(?:(?:per|a|/|each|every)\s*(?:day|d\b)|daily|每天|每日|/天|一天(?![^，,。；;?？]{0,6}?(?:训完|训练完|跑完|训好|搞定|完成)))", r"(?:每天|每日|日均|一天|daily)\s*(?:总共|一共|合计|共)?\s*(?:大概|大约|约|差不多)?\s*(?:需要|要|会|能|有)?\s*(?:生成|输出|处理|烧掉|烧|消耗|调用|用掉|使用|用|跑|产出|产生|卖出?|售出)?\s*(?:了|掉|量)?\s*(?:api|接口|模型)?\s*(?:大概|大约|约|差不多)?\s*$", T + r"[- ]?(?:个\s*)?(?:(?:输出|输入|生成|output|input|generated)\s*)?(?:个?\s*(?:音频|语音|音乐|图片|图像|视觉)?\s*tokens?|词元)"),
    # "2k prompts and 500-token replies": the prompts' length, told by the answers' tokens beside it
    ("input_tokens", T + r"[- ]?prompts?(?=\s*(?:and|&|,|/|\+|with)\s*[\d.,]+\s*k?[- ]?(?:tokens?|toks?)[- ]?"
     r"(?:replies|answers|responses|outputs?|completions|generations))", None),
    # "在1万亿token上训练两轮": 轮 is a pass over the data only right after a verb of training
    ("epochs", None, r"(?:训练|训|跑|学习|过)\s*(?:了|完)?\s*$", T + r"轮(?:\s*epochs?)?(?![a-z])"),
    # "Each DAU uses the assistant 2 times": one person's uses, a day's (not "3 times faster", "twice a week")
    ("queries", None, r"\b(?:each|every|per|the average|an average|a typical)\s+" + ONE_USER + r"s?\s+"
     r"(?:uses?|opens?|calls?|hits?|queries|asks?|consults?|invokes?|pings?)\s+(?:it|them|(?:the|our|this) [a-z]+)?"
     r"\s*(?:about|around|~|roughly)?\s*$",
     T + r"\s*times\b(?!\s*(?:faster|slower|more|less|larger|bigger|smaller|as|the|over|longer)\b)"
     r"(?!\s*(?:a|per|/|each|every)\s*(?:week|month|year|hour|wk|mo)\b)"),
    # "completions: 150/dev/day", "40 per seat per day": requests with no noun, each person's day
    ("queries", T + r"\s*(?:/|per|a)\s*" + ONE_USER + r"s?\s*(?:/|per|a|each)\s*day\b", None),
    # "one report per kid per day", "1 story per child per day": one thing of any kind, each one's, a day
    # (plurals are left to the rule of request words below: "150 suggestions/seat/day")
    ("queries", T + r"\s*(?:[a-z]+[- ]){0,2}?(?!(?:tokens?|toks?|words?|characters?|chars?|gpus?|cards?|chips?|servers?|"
     r"nodes?|hours?|hrs?|minutes?|mins?|seconds?|secs?|kwh|gb|mb|tb|times?)\b)[a-z]{2,}[a-rt-z]\s*(?:/|per|a|each)\s*"
     + ONE_USER + r"s?\s*(?:/|per|a|each)\s*(?:(?:work|school|business)[- ]?)?day\b", None),
    # "800k DAU get one summary each per day": one request of a kind, each one's, a day
    ("queries", T + r"\s*(?:" + REQUEST_KINDS + r"|chat|conversation|session)\b"
     r"(?=\s*(?:each|apiece)?\s*(?:per|a|/|every)\s*day\b)", None),
    # "付费席位5万", "席位数：2000": seats counted, each a user
    ("users", None, r"(?:付费|企业|在用|现有)?席位\s*(?:数|总数)?\s*(?:有|是|为|约|大概|大约|共)?\s*$",
     r"^(?!\s*(?:%|x\b|倍|张|台|卡|元|块|美元))"),
    # "每人每天问 6 题": questions asked, counted as 题
    ("queries",
     None, r"(?:问|提问)\s*(?:了)?\s*(?:约|大概|大约|差不多)?\s*$", T + r"(?:道|个)?\s*(?:题|问题)"),
    # "每人平均講 10 句", "每人每天说 20 句话": each sentence said is a request
    ("queries",
     None, r"(?:讲|講|说|說|问|問|聊)\s*(?:了)?\s*(?:约|大概|大约|差不多|大約)?\s*$", T + r"(?:句|轮|輪)"),
    # "users do 10 a day", "each sends ~25 per day": a count of requests with no noun, a day, after who sends them
    ("queries",
     None, r"\b(?:users?|subs|subscribers|people|each|they)\s+(?:do|does|send|sends|make|makes|ask|asks|"
     r"average|averages|avg|fire|fires)\s*(?:about|around|~|roughly|like)?\s*$", r"^\s*(?:a|per|each|every|/)\s*day\b"),
    # ("in-basket draft volume is ~300k/day now": a day's volume of whatever the message is about, no noun)
    # ("we generate 40,000 per day", "on en traite 15 000 par jour": what the message is about, counted a day,
    # no noun said)
    ("queries", None, r"\b(?:i)\s+(?:generate|handle|process|send|receive|get|write|produce|answer|"
     r"summari[sz]e|translate|classify|review)\s*(?:about|around|roughly|~|like)?\s*$",
     r"^\s*(?:a|per|each|every|/)\s*day\b"),
    # (a team or a service, "we", counts the whole day's: "we do ~15k per day across 3 brands")
    ("queries_day_key", None, r"\b(?:we|they)\s+(?:generate|handle|process|send|receive|get|write|produce|answer|"
     r"summari[sz]e|translate|classify|review|do|run|create|publish|push|serve|churn out|crank out)\s*"
     r"(?:about|around|roughly|~|like)?\s*$",
     r"^\s*(?:a|per|each|every|/)\s*day\b"),
    # ("the claim reports (~1,500 per day)": the things named, their day's count in brackets after them)
    ("queries",
     None, r"\b(?:volume|traffic)\s*(?:is|of|=|:|at|runs?|around)?\s*(?:about|around|roughly|~|like)?\s*$|"
     r"\b(?!(?:gpus|cards|servers|nodes|racks|tokens|hours|days)\b)[a-z]{3,}s\s*[(（]\s*(?P<at>)(?:about|around|roughly|~)?\s*$",
     r"^\s*(?:a|per|each|every|/)\s*day\b"),
    # "$20/mo subscribers doing 30 queries/day": the people named, then what each of them does
    ("queries",
     None, r"\b(?:users?|subs|subscribers|people|members|customers)\s+(?:each\s+)?(?:doing|making|sending|"
     r"asking|averaging|firing|running)\s*(?P<at>)(?:about|around|~|roughly|like)?\s*$",
     r"^\s*(?:queries|requests|questions|prompts|messages|chats|q)?\s*(?:a|per|each|every|/)\s*day\b"),
    # ("token按1.5个汉字一个算": the token named first, then the characters one of them is)
    ("text_ratio", None, r"(?:tokens?|词元)\s*(?:按|算|约|大约|大概)\s*$",
     T + r"\s*(?:个)?\s*(?:汉字|中文字符?|字符|字(?![节体号幕])|单词|words?|chars?|characters?)\s*(?:一个|1个|为一个|算一个)"),
    # a text's length said in words or characters, read as tokens (calc/derive.resolve_pending): "50M words a
    # month", "每份平均2万字符", "20k characters each"; a ratio said with it is used ("1.5字符≈1 token")
    ("text_ratio",
     T + r"[- ]?(?:个)?\s*(?:english |chinese |英文|中文)?(?:words?|chars?|characters?|letters?|汉字|中文字符?|字符|字母|字(?![节体号幕])|单词|词(?![元表汇典语性组频]))\s*"
     r"(?:≈|~|=|约等于|约合|约|大约|大概|差不多|相当于|折合|算|为|是|per|/|a|一个|=)\s*(?:1\s*)?(?:个)?\s*(?:tokens?|toks?)\b|" + T +
     r"[- ]?(?:个)?\s*(?:tokens?|toks?)\s*(?:per|/|a|each|每个?)\s*(?:english |chinese |英文|中文)?(?:words?|chars?|characters?|"
     r"汉字|中文字符?|字符|字(?![节体号幕])|单词|词(?![元表汇典语性组频]))(?![a-z])",
     r"\b(?:1|an?|one|each)\s*(?:个)?\s*(?:tokens?|toks?)\s*(?:≈|~|=|is about|is roughly|is around|is|per|equals|约等于|约合|"
     r"大约|大概|约|相当于|对应)\s*(?:about|~|≈|roughly|around)?\s*$|"
     # (a hedge is taken off the head before it is read: "1个token约0.75个单词" reads "1个token")
     # ("1 token约0.75个词": calc/numbers writes the "约" after "1 token" as its plural's "s")
     r"(?<![\d.])1\s*个?\s*tokens?\s*(?:≈|~|=|约等于|约合|大约|约|相当于|对应|按|算|折合?)?\s*$|"
     # ("每个 token 约 1.4 个汉字": each token, then the characters it is)
     r"(?:每个?|一个)\s*tokens?\s*(?:≈|~|=|约等于|约合|大约|大概|约|相当于|对应|算|按|是|为)?\s*$",
     # ("a token is roughly 3/4 of a word": the share of one word)
     T + r"[- ]?(?:of\s+an?\s+)?(?:个)?\s*(?:english |chinese |英文|中文)?(?:words?|chars?|characters?|letters?|汉字|中文字符?|字符|字母|字(?![节体号幕])|单词|词(?![元表汇典语性组频]))"),
    # "1 word ≈ 1.3 tokens", "1个汉字≈0.6个token": one unit, then its tokens
    # (a hedge before the tokens is taken off the head first: "1个汉字约1.5个token" reads "1个汉字")
    ("text_ratio",
     None, r"(?<![\d.])1\s*(?:english |chinese |英文|中文)?(?:words?|chars?|characters?)\s*(?:≈|~|=|is about|is roughly|"
     r"is around|is)?\s*(?:about|~|≈|roughly)?\s*$|(?<![\d.])1\s*个?\s*(?:汉字|中文字符?|字符|字)\s*(?:≈|~|=|约等于|约合|大约|约|"
     r"相当于|对应|按|算)?\s*$", T + r"\s*(?:个)?\s*(?:tokens?|toks?)\b"),
    # "汉字和token按1:1.4算", "words to tokens 1:1.3": the unit first, then the tokens, as a proportion
    ("text_ratio",
     None, r"(?:汉字|中文字符?|字符|字|单词|words?|chars?|characters?)\s*(?:和|与|跟|对|比|to|vs\.?|:|/)\s*"
     r"(?:tokens?|toks?)\s*(?:按|约|大约|是|为|of|=|:|at|比例(?:是|为|按)?|的比例(?:是|为|按)?|ratio(?: is| of)?)?\s*"
     r"1\s*[:：比]?\s*$"),            # (a head's trailing colon is taken off before it is read)
    # "每个汉字约0.6个token", "per word ~1.3 tokens": tokens per unit, the unit said first
    ("text_ratio",
     None, r"(?:每个?|一个|\bper|\beach)\s*(?:english |chinese |英文|中文)?(?:汉字|中文字符?|字符|字|单词|英文单词|"
     r"words?|chars?|characters?)\s*(?:(?:约|大约|大概|差不多)\s*(?:算|按|折合|是|为|对应|相当于|等于)|约等于|等于|约合|"
     r"约|大约|大概|≈|~|=|是|为|对应|相当于|按|算|折合|about|is|=)?\s*$",
     T + r"[- ]?(?:个)?\s*(?:tokens?|toks?)\b"),
    # "we figure 1.5 characters per token", "按1.5个汉字≈1个token换算": units per token, the units said first
    ("text_ratio",
     T + r"[- ]?(?:个)?\s*(?:english |chinese |英文|中文)?(?:汉字|中文字符?|字符|字|单词|words?|chars?|characters?)\s*"
     r"(?:(?:per|/|a|每|≈|~|=|约等于|约合|约|相当于|对应|折合约?|折算成?|折|换算(?:成|为)|算作|算成|合)\s*(?:1\s*)?|"
     # ("1.4 个汉字算一个 token")
     r"算\s*(?:一|1)\s*|"
     # ("按 1.5 个汉字 1 个 token 算": side by side, no word between)
     r"1\s*(?=个?\s*tok))(?:个)?\s*(?:tokens?|toks?)\b", None),
    ("words", T + r"[- ]?(?:english )?words?\b(?!\s*(?:per|/|a)\s*(?:second|sec|s\b|minute|min))|" + T +
     # ("a ~600 character summary": the length said as an adjective, singular)
     r"[- ]?(?:个)?\s*(?:(?:english |chinese |latin )?(?:chars|characters|(?:char|character)(?=[- ]?(?:summar|"
     r"description|repl|answer|response|note|report|email|message|text|output|prompt)))\b|residues\b|nucleotides\b|"
     r"amino[- ]acids\b|"
     r"(?:个)?\s*(?:英文|中文)?(?:汉字|字符|单词|字母)|中文字|"
     # ("每天生成英文译文约500万词": words; not 词元, a token)
     r"(?<![\d.])字(?![节体号幕母段])|(?<![\d.])(?:个)?\s*(?:英文)?词(?![元表汇典语性组频]))", None),
    # "机柜1个", "服务器数量：4台": the racks or servers, the word first
    ("servers",
     None, r"(?:机柜|整机柜|整柜|服务器|节点)\s*(?:数|数量|总数)?\s*(?:是|为|有|共|:|：)?\s*$", T + r"\s*(?:个|台|套)"),
    # "each asks ~3 things", "each does maybe 5": one person's requests a day, the verb before the count
    # ("Each reads 20 summaries a day": the things each one gets, each a request)
    ("queries_each",
     # ("if each daily user triggers 5 summaries": the one doing it named, then the verb)
     None, r"\b(?:each|every)(?:\s+(?:daily |active |paying |monthly )?(?:user|one|" + ONE_USER + r"))?\s+"
     r"(?:asks?|does|makes?|sends?|submits?|fires? off|fires?|triggers?|kicks? off|runs?|opens?|starts?|"
     r"reads|receives)\s*"
     # ("If each daily user asks the assistant 2 things": whom they ask between)
     r"(?:(?:the|our|an?)\s+(?:[a-z-]+\s+){0,2}?(?:assistant|bot|copilot|model|agent|ai|llm|chatbot|tool|app)\s+|"
     r"it\s+)?"
     r"(?:~|≈|about|around|roughly|maybe)?\s*$", T + r"(?!\s*(?:%|x\b|tokens?|toks?|k\b|gb|ms|s\b|hours?|days?))"
     # ("every user does 6 lineup-assistant queries a day": a hyphenated word before what is done)
     # ("each DAU fires ~8 AI 续写 calls", "~3 AI summary requests": a few words before them)
     r"(?:\s*(?:[\w-]+\s*){0,3}?[a-z][a-z-]*s\b)?(?:\s*(?:a|per|each|/)\s*day\b)?"),
    # ("够多少老人每天聊10次？", "能撑多少人每天用5次": the people asked for, each one's times a day)
    ("queries_each",
     None, r"多少\s*(?:个|位|名)?\s*[\u4e00-\u9fff]{0,4}?(?:人|用户|老人|客户|会员|学生|员工|家属|顾客|住客)\s*"
     r"(?:每天|每日|一天)\s*(?:都)?\s*(?:聊|用|问|发|对话|咨询|调用|使用)?\s*(?:个|上)?\s*$", T + r"\s*(?:次|轮|条|回)"),
    # ("each daily player chats ~10x with villagers": each one's times a day, said as a multiple)
    ("queries_each",
     None, r"\b(?:each|every)\s+(?:daily\s+|active\s+|paying\s+)?(?:user|one|" + ONE_USER + r")s?\s+"
     r"(?:chats?|talks?|asks?|messages?|queries|prompts?|pings?|uses it|opens it|calls it)\s*"
     r"(?:~|≈|about|around|roughly|maybe|like)?\s*$", T + r"\s*(?:x\b|×|times\b)(?!\s*(?:faster|more|the))"),
    # "300 supervisors, maybe 3 investigations each a day": so many things each person does a day, any noun
    ("queries_each",
     T + r"\s*(?!(?:gpus|cards|servers|nodes|hours|hrs|tokens|toks|words|days|weeks|times|users|people)\b)"
     r"(?:[a-z-]+\s+)?[a-z-]+s\s+each\s+(?:a|per|every|/)\s*(?:work)?day\b", None),
    # "学生一共30万", "员工总共1.2万": the people, their count after the word for all of them
    ("users",
     None, r"(?:学生|员工|用户|医生|老师|教师|客户|会员|居民|市民|患者|司机|骑手|商家|用户数)\s*(?:一共|总共|共|合计|总计|总数)"
     r"\s*(?:有|是|为|约|大概|大约)?\s*$", T + r"(?!\s*(?:%|倍|张|台|卡|元|块|次|个?token))"),
    # "1万家店铺", "3000家门店": shops or firms counted (家), each an account
    ("users", T + r"\s*家\s*(?:店铺|门店|商家|商户|网店|店|企业|公司|医院|诊所|药店|学校|律所|酒店)", None),
    # ("预计签1.5k家，每家每天用60次": the customers signed, each an account)
    ("users", None, r"(?:签|签约|签下|谈下|拿下|拓展|发展|卖给|卖了|卖出)(?:了|下|约)?\s*(?:约|大概|大约|近|超过)?\s*$",
     T + r"\s*(?:k|千|万)?\s*(?:家|个客户|位客户|户)(?![\u4e00-\u9fff]{0,3}(?:放|部署|装))"),
    # "每天约80万位客户进线": people counted (位/名), a day's people, not requests
    ("users",
     T + r"\s*(?:位|名)\s*[\u4e00-\u9fff]{0,2}?(?:客户|用户|顾客|乘客|患者|病人|学员|访客|会员|车主|考生|市民|游客|旅客)", None),
    # "每日需以Qwen2.5 72B为约8,000份中文报告撰写摘要": documents counted a day, the day said first, words between
    ("queries",
     None, r"(?:每天|每日|日均|一天)[^，,。；;？?\d]{0,24}?(?:约|大约|大概)?\s*(?P<at>)$",
     r"^\s*(?:份|篇)\s*(?:中文|英文|中英文)?\s*(?:报告|文件|文档|合同|论文|简历|病历|邮件|新闻|稿件|保单|发票)"),
    ("queries",
     T + r"\s*(?:x|×)\s*(?:a|per|each)\s*(?:(?:work|business|working)[- ]?)?day\b|" + T + r"(?:such |similar |of (?:these|those|them) )?(?:(?:claims?|legal|insurance|medical|support|sales|invoice|contract) (?=docs|documents|tickets|emails|files|pages|reports|forms))?" + REQUEST_WORDS_BEFORE + r"(?:(?:ai|llm|chat|gpt|bot|api|npc|dialogue|player|support|customer|agent|agentic|copilot|voice|tool|tool[- ]use|multi-step|judge|grader|grading|eval|moderation|translation|classifier|completion|[a-z]+-[a-z]+) (?:[\u4e00-\u9fff]{1,4}\s*)?)?(?:queries|query(?![a-z])|request(?![a-z])|headlines|alerts|tweets|stories|decisions|actions|inferences|predictions|gens|generations|encounters|admissions|visits|consults|consultations|appraisals|fittings|discharges|claims|applications|contacts|enquiries|inquiries|recaps|subtitles|translations|chapters|continuations|variants|fanfics|fics|scenes|poems|captions|outlines|blurbs|questions|requests|prompts|messages|msgs?|sms|texts|searches|chats|conversations|convos?|convs|dialogues|dialogs|sessions|lines|replies|barks|utterances|meetings|mtgs|lookups|hints|clues|nudges|updates|notifications|reminders|handovers|digests|newsletters|diagnoses|scans|recordings|podcasts|suggestions|preds|rewrites|autocompletes|skus|products|descriptions|pieces|creatives|ads|banners|slogans|taglines|thumbnails|wake[- ]?ups|wakes|(?<!training )(?<!train )(?<!pretraining )(?<!fine-tuning )(?<!finetuning )(?<!test )(?<!trial )(?<!dry )(?<!practice )runs(?=\s*(?:a|per|/|each|every)\s*(?:day|night|week)\b)|activations|invocations|interactions|exchanges|voice commands|tasks|workflows|rollouts|responses|trajectories|episodes|个\s*sessions?|个\s*prompts?(?![a-z])|个?会话|calls|docs|documents|tickets|emails|transcripts|pages|contracts|pdfs|papers|files|sheets|drawings|items|posts|comments|reviews|jobs|listings|deals|bookings|appointments|reservations|packs|agreements|segments|problems|solutions|explanations|essays|photos|images|imgs|uploads|videos uploaded|screenshots|pictures|pics|clips|videos|asks(?!\s*(?:[:：]|for\b|here\b|today\b))|(?:flash)?cards(?=\s*(?:/|per|a|each)\s*day\b)|quizzes|worksheets|flashcards|lesson plans|notes|briefs|summaries|drafts|memos|letters|reports|write-?ups|estimates|filings|invoices|forms|records|articles|resumes|policies|receipts|statements|abstracts|(?:个|個)?\s*(?:(?:[a-z]+\s*)?(?:页|頁)|份\s*(?:[a-z]+\s*)?(?:[\u4e00-\u9fff]{1,4}?(?=合同|文件|文档|报告|病历|记录|档案|简历|发票|论文|总结|评估))?(?:合同|文件|文档|pdf|保单|報告|报告|论文|論文|简历|发票|财报|病历|单据|文书|判决书|说明书|合約|合约|保單|文檔|教案|作业|作業|试卷|試卷|作文|笔记|筆記|记录|記錄|档案|檔案|表单|总结|小结|评估)|篇\s*(?:论文|文章|文档|报告|新闻|作文)|道\s*题|道\s*題|(?:张|張)\s*(?:图片?|圖片?|截图|截圖|照片|相|处方|處方|单据|發票|发票|票据|化验单|报告单|检查单|订单)|段\s*(?:视频|录音|录像|音频|语音|通话|对话|聊天记录|采访|访谈)|个\s*视频|个\s*(?:clips?|videos?|images?|docs?|pdfs?|tickets?|emails?|files?|frames?)(?![a-z])|份(?=\s*(?:[,，。;；、)）?？!！]|$))|(?:个|款)\s*(?:sku|新品|商品|单品|产品)s?|(?:款|件|篇)\s*[\u4e00-\u9fff]{1,4}(?=\s*[,，;；]\s*(?:每|单)\s*(?:款|件|篇))|个\s*[\u4e00-\u9fff]{1,6}(?=\s*[,，;；]\s*(?:每|单)\s*(?:个|份|条)?\s*[\u4e00-\u9fff]{1,6}?\s*(?:平均|大约|大概|约|都)?\s*(?:有|是|为|要|生成|输出|产出)?\s*(?:约|大约|大概)?\s*\d[\d.,]*\s*(?:k|千|万)?\s*(?:个\s*)?(?:tokens?|词元)))|turns|rounds|completions|generations|(?:q|reqs?|qs|q's)(?=\s*(?:each\s*)?(?:/|per|a|每)\s*(?:" + ONE_USER + r"\b|u\b|dau\b|day|d\b|天|日|用户|人))|(?:q|qs|q's)(?=\s*(?:each|apiece)\b|\s*[,，;；]|\s*$)|次(?!\s*(?:独立|重复|对比|消融)?\s*(?:实验|训练|微调)|\s*@+\s*(?:的)?\s*(?:预训练|训练|微调))|条|篇|票(?![价房据务])|笔(?=\s*(?:交易|订单|业务|贷款|申请)?(?:描述|记录|数据|流水|明细)?\s*(?:[,，。;；、)）?？!！]|$))|个?问题|个?任务|个?咨询(?!量|师|费)|轮|次对话|轮对话|个?请求(?!量|数|率)|[节堂门]\s*课|通\s*(?:电话|通话|呼叫|来电|電話|來電|会话|會話|对话|對話|咨询|諮詢)|通(?=\s*(?:[,，。;；、)）?？!！]|$))|場|场(?=\s*[\u4e00-\u9fff]{0,4}(?:会|會|会议|電話會|电话会|直播|通话|访谈|路演|课|考试|比赛|赛事|球赛|解说)|\s*(?:[,，。;；、)）?？!！]|$))|章(?![节程])|个?\s*(?:剧本|脚本|文案|故事|短剧)|封(?=\s*(?:邮件|郵件|信|询盘|询价|开发信|[,，。;；、)）?？!！]|$))|句(?![子型式法])|人次|件(?=\s*(?:[,，。;；、)）?？!！]|$))|期(?=\s*(?:[,，。;；、)）?？!！]|$))|集(?![群装成中体合团])|times?\s*(?:(?:a|per|each) |/\s*)(?:(?:work|business|working)[- ]?)?day)", r"(?:每人每天|每人每日|人均每天|人均每日|每人一天|人均一天|每个用户一天|每人|每天|每日|日均|日请求|日均请求|每天请求|每日请求|日查询|每用户|每个用户每天|queries per user\s*(?:of|=|:)?|queries\s*(?:=|:))"
     # ("每天 queries 大概 2,400万": the requests' word in English between)
     r"(?:(?<=[天日])\s*(?:queries|requests|reqs|calls|api calls))?\s*(?:量|数|总量|次数)?\s*(?:约|有|大约|大概|为|是|达到|在)?\s*"
     # ("每人每天开5个对话": the verb the requests are made with)
     r"(?:开|发起|发|提|聊)?\s*"
     # ("每人每天问个5次": the verb and a measure word before the count)
     r"(?:(?:问|提问|调用|发|聊)\s*(?:个|上)?\s*|用\s*(?:个|上)\s*)?(?:约|大约|大概|~|≈)?\s*$"),
    # "cost per million input tokens", "$0.27 per million input tokens": the basis a price is per, not a prompt
    # (not "fp8 / ISL=2k": a slash between spaces separates items)
    ("tokens_basis", None, r"(?:\bper\s*|(?<!\s)/\s*)$", T + r"(?:input|prompt)\s+(?:tokens?|toks?)\b"),
    ("input_tokens",
     T + r"(?:个\s*)?(?:(?:input|prompt|context|ctx|isl(?=\s*(?:[,;.)]|$)))(?![a-z])|输入|提示)|" + T + r"in(?=\s*(?:/|,|\+|and\b|[\d.,]+\s*[km]?\s*(?:tokens?\s*)?out\b))", r"(?:上下文|context(?: length| window)?|输入(?:提示词?)?|提示词|喂给(?:模型|它|大模型)?|喂进去?|喂入|prompts? of|input of|\binput(?: len(?:gth)?| size)?|(?<!\dtok )(?<!\d tok )(?<!\d toks )(?<!\d tokens )\bprompt(?: len(?:gth)?)?|(?<!\d tokens )(?<!\d token )(?<!\d toks )\bprompts|\bisl)\s*(?:长度)?\s*(?:都|全|基本都|一般|通常|大多|大概都)?\s*(?:为|是|按|取|of|=|:|~|are|is)?\s*(?:大约|大概|约|平均|around|about|roughly|approx\.?|~)?\s*$", r"^(?!\s*(?:tokens?\s*)?(?:out(?:put)?s?\b|输出|回答)(?!\s*(?:为|是|of|=|:)?\s*[\d一二三四五六七八九十两]))" + NOT_A_LENGTH),
    # "1.6k tokens out per chat (long answers), 500 in.": a prompt said after the answer, "in" alone
    ("input_tokens",
     # ("~50 tokens out with ~900 in")
     None, r"\bout\b[^.?!;\n]{0,60}?(?:[,，]|\bwith|\band|\bplus)\s*(?:~|≈|about|around)?\s*$",
     T + r"\s*in\b(?=\s*(?:[.;,)?？!]|$))"),
    # "out 400 tokens, in 1k", "output 300 / input 2k": the prompt's length after the answer's, each after its word
    ("input_tokens",
     None, r"(?:\bout|\boutput|\bosl)\s*(?:=|:)?\s*(?:~|≈|about|around)?\s*[\d.,]+\s*k?\s*(?:tokens?|toks?)?"
     r"\s*(?:[,，/;；]|and\b)\s*(?:and\s+)?(?P<at>)(?:in|input|isl|prompts?)\s*(?:=|:)?\s*(?:~|≈|about|around)?\s*$",
     r"^(?!\s*(?:%|x\b|ms\b|s\b|gpus?|cards?|[kmg]?w\b|days?|hours?|months?|years?|weeks?))"),
    # "every call we send ~3,000 transcript tokens and get back ~250": the answer's tokens, after the prompt's
    ("output_tokens",
     None, r"\btokens?\b[^.?!;\n]{0,30}?\b(?:and\s+)?(?P<at>)(?:get|gets|getting|receive|receives)\s+back\s*"
     r"(?:~|≈|about|around|roughly)?\s*$", T + r"(?!\s*(?:%|x\b|ms\b|s\b|gpus?|cards?|[kmg]?w\b))"),
    # ("Each one reads ~1,500 tokens and writes ~300": what it writes, in the tokens said before)
    ("output_tokens",
     None, r"\b(?:reads?|takes? in|ingests?|sends?|gets? fed)\s*(?:~|≈|about|around|roughly)?\s*[\d.,]+\s*k?\s*"
     r"tokens?\b[^.?!;\n]{0,20}?\band\s+(?P<at>)(?:writes?|outputs?|generates?|produces?|returns?|spits? out|"
     r"replies with)\s*(?:~|≈|about|around|roughly)?\s*$",
     T + r"(?!\s*(?:%|x\b|ms\b|s\b|gpus?|cards?|[kmg]?w\b|words?|characters?|chars?|pages?))"),
    # ("sends ~2k tokens of context and gets ~120 back": "back" after the number)
    ("output_tokens",
     None, r"\btokens?\b[^.?!;\n]{0,40}?\b(?:and\s+)?(?P<at>)(?:get|gets|getting|receive|receives)\s*"
     r"(?:~|≈|about|around|roughly)?\s*$", T + r"\s*(?:tokens?\s*)?back\b"),
    # "cost per million output tokens": the count a price or an energy is per, not an answer's length
    # "what does 1 million output tokens cost me": the tokens a cost is asked for
    # "…，百万 token 成本多少？": the tokens a cost is asked for, opening its clause
    ("tokens_basis", None, r"(?:^|[,，。;；?？!！])\s*$",
     T + r"(?:个\s*)?(?:tokens?|toks?)\s*(?:的)?\s*(?:成本|花费|费用|电费|要多少钱|多少钱)"),
    # ("what is the energy for 1k tokens and what does it cost": the tokens an energy or a cost is asked for)
    ("tokens_basis", None, r"\b(?:energy|electricity|power|kwh|wh|cost|price)\s+(?:for|of)\s*(?:the\s+)?$",
     T + r"[- ]?(?:output |input |generated )?(?:tokens?|toks?)\b(?!\s*(?:per|a|/|each|every)\s*(?:day|sec|s\b|hour))"),
    ("tokens_basis", None, r"\b(?:what|how much)\s+(?:does|do|would|will|did)\s*$",
     T + r"[- ]?(?:output |input |generated )?(?:tokens?|toks?)\s+(?:\([^()]{0,30}\)\s*)?(?:cost|set (?:me|us) back|come to)"),
    ("tokens_basis",
     None, r"(?:\bper|每|[$¥]\s*/|(?:元|美元|块|刀|usd|rmb)\s*/|(?:\bper|每)\s*(?:生成|输出|产出|处理|generated|output)|(?:kwh|energy|wh|power|electricity)\b.{0,30}\bto (?:generate|produce|serve|output))[- ]?\s*$",
     # ("per 1M caption tokens": a word for what the tokens are, between)
     T + r"[- ]?(?:output |输出|输入|(?:[a-z]+ )(?=tokens?\b))?\s*(?:tokens?|toks?|个?\s*token)"),
    # (not "2B out tok/day": a day's output tokens)
    ("output_tokens",
     T + r"(?:个\s*)?(?:(?:output|answer|response|completion|generated|reply|gen|osl(?=\s*(?:[,;.)]|$)))(?![a-z])"
     # ("~30k reply threads in a day": threads, counted, not a reply's length)
     r"(?!\s+(?:threads?|chains?|emails?|messages?|tickets?|conversations?|sessions?|rates?|times?)\b)|输出|回答|生成|回复)|" + T + r"out\b(?!\s*(?:tokens?|toks?)\s*(?:/|per|a|each)\s*(?:day|d)\b)", r"(?:输出|回答|吐出来?|output of|answers? of|\boutput(?: len(?:gth)?| size)?|\bosl)\s*(?:长度)?\s*"
     # ("输出就200", "输出平均300": its hedge or average first)
     r"(?:(?:只有|只|才|仅|就|大概|大约|约|平均|一般|差不多)\s*){0,2}(?:为|是|of|=|:|~)?\s*$",
     r"^(?!\s*(?:x|×|times|倍|fold)(?![a-z]))"),       # (not "output 3x longer": a factor)
    # ("每轮输入带上下文一千token左右、回复两百": the reply's length, the tokens said for the input beside it)
    ("output_tokens", None, r"(?<=[、,，])\s*(?:回复|答复)\s*"
     r"(?:(?:只有|只|才|仅|就|大概|大约|约|平均|一般|差不多)\s*){0,2}(?:为|是)?\s*$",
     r"^(?!\s*(?:条|次|个(?!\s*(?:token|词元))|份|封|轮|x|×|倍|%|fold))"),
    # ("输出审核意见约500个token": what is output named between, then its tokens; not "输出速度约500 token/s")
    ("output_tokens",
     None, r"输出(?!速度|吞吐|速率|功率|能力|token)[\u4e00-\u9fff]{1,6}?\s*(?:约|大概|大约|平均|在)?\s*$",
     r"^\s*(?:个\s*)?tokens?(?![a-z])(?!\s*(?:/|每|per\b))"),
    # "prompts ~2k tokens and answers ~350": the answers' length, in the tokens said before
    ("output_tokens",
     None, r"\b(?:answers?|repl(?:y|ies)|responses?|completions?|outputs?)\s*(?:are|of|at|is|=|:)?\s*"
     r"(?:~|about|around|roughly|approx\.?)?\s*$", r"^\s*(?:k\b)?\s*(?:tokens?\b|toks?\b|[.,;?!)]|and\b|$)"),
    # "we have MI325X cards, 48 in total": the cards named just before, counted
    ("gpu_count", None, r"#+s?\s*(?:cards?|gpus?|chips?|accelerators?|units?)?\s*[,，:：(（]\s*$",
     T + r"\s*(?:in total|in all|altogether|total)\b"),
    # "returns a 350-token caption", "a 300-token privilege rationale for each", "plus a 250-token coding
    # decision": a length of something written back, the answer's
    ("output_tokens",
     T + r"[- ]?(?:tokens?|toks?)[- ](?:(?!(?:of|for|from|in|on|per|and|or|with)\b)[a-z]+[- ]){0,2}?"
     r"(?:captions?|summary|summaries|rationales?|"
     r"decisions?|labels?|descriptions?|reports?|drafts?|translations?|explanations?|verdicts?|abstracts?|"
     # ("120-token classification outputs": the written-back words themselves)
     r"memos?|digests?|recaps?|write-?ups?|outputs?|answers?|responses?|replies|completions?)\b"
     r"(?!\s*(?:of|from|in|as)\b)", None),
    # ("坐席共1200个", "席位总共 800 个": seats counted, each one using the assistant, as users)
    ("users",
     None, r"(?:坐席|席位|账号|帐号)\s*(?:数)?\s*(?:共|总共|一共|有|约|大约|大概|合计)\s*$", T + r"\s*(?:个|名|位|席)"),
    # ("tokens 1.5万亿": the tokens named, then their number)
    ("tokens",
     None, r"(?:输入|输出)?(?<![a-z])tokens?\s*(?:[:：=]|为|是|约|大约|共)?\s*"
     # ("input tokens average 1,500, output tokens about 400")
     r"(?:(?:on\s+)?average|avg\.?|about|around|roughly|approx\.?)?\s*$", T + r"(?=\s*(?:[,，。;；(（]|$))"),
    # ("20B Vietnamese tokens", "2T multilingual tokens": the tokens' language or kind between)
    ("tokens",
     T + r"[- ]?(?:(?:new|fresh|extra|additional|retrieved|raw|more) (?=(?:\S+ )?tok)|(?:english|chinese|vietnamese|"
     r"thai|arabic|japanese|korean|spanish|portuguese|french|german|italian|indonesian|malay|hindi|turkish|dutch|"
     r"multilingual|bilingual|synthetic|curated|unique|domain) (?=tok))?(?:input |prompt |output |generated |gen |decode |decoded |completion |answer |response |training |context |video |image |text |multimodal |vision |audio |music |speech |voice |transcript |document |doc |email |chat |caption |log |code |source )?(?:tokens?|toks?\b|tokns?\b|tkns?\b|个?\s*(?:图片|图像|视觉|文本|文字|音频|语音|音乐)?\s*tokens?|词元)", None),
    # "300-word answers": tokens at OpenAI's rule of thumb (registry tokens_per_word)
    ("input_tokens", T + r"(?:context|上下文)", None),
    # (not "450k active couriers": people who are active)
    ("active_params",
     T + r"(?:parameters? |params? |-)?(?:active(?!\s+(?!params?\b|parameters?\b|weights\b)(?:[a-z]+\s+)?[a-z]{3,}s\b)|activated|激活(?!\s*(?:参数)?\s*(?:量)?\s*(?:只有|仅有|仅|才|就|为|是|约|大概)?\s*(?:[\d.]+\s*(?:[bmt]|亿|万亿)(?!\s*(?:个\s*)?(?:tok|token|词元))|[一二两三四五六七八九十])))", r"(?:激活参数|激活|active params?|active parameters?)\s*(?:量)?\s*(?:只有|仅有|仅|才|就|only|just|are|were)?\s*(?:为|是|of|=|:|大概|大约|约|~|is|about|around)?\s*(?:是|为)?\s*$"),
    ("params",
     T + r"(?:parameters? |params? |-)?(?:total|总参数|总参|总(?!共|计|价|额|成本|费用|花费|功耗|功率|电费))", r"(?<![\d.][bmt])(?<![\d.][bmt] )(?:总参数|总参|参数量|参数规模|total params?|total parameters?)\s*(?:为|是|of|=|:)?\s*$"),
    ("params", T + r"[- ]?(?:parameters?|params?|参数)(?![a-z])", None),
    # ("our 7B driving-VLM", "a 3B vision-language model": a hyphenated word first)
    ("params",
     T + r"(?:[a-z]+-(?=vlms?\b|vlas?\b|llms?\b|language\b|lm\b))?(?:dense |moe |llm |language |chat |npc |dialogue |agent |code |coding |world |vision |"
     # ("a 12B diffusion model", "our 3B image model", "7B MT model", "our 7B video model")
     r"diffusion |image |video |mt |translation |music |planner |driving |scoring |grading |action |policy |"
     r"robot |robotics |control |reasoning |perception |"
     r"vla |vlm |voice |speech |"
     r"audio |asr |tts |embedding |reranker |search |rag |support |in-house |internal |custom |fine-?tuned |"
     r"keyboard |on-device |edge |mobile |phone |small |tiny |protein |genomic |molecular |chemistry "
     # ("a 650M pLM": a protein language model)
     r")?(?:models?|vlas?\b|vlms?\b|llms?|[sp]?lms?\b|的?模型|的?大模型|参数模型|inference\b|serving\b|推理|部署|"
     r"chat ?bots?\b|bots?\b|assistants?\b|copilots?\b|planners?\b|polic(?:y|ies)\b(?!\s*(?:limit|cap|says|allows))|"
     r"的?对话模型|的?聊天机器人)", None),
    ("params", T + r"(?:moe|mixture[- ]of[- ]experts)\b", None),
    ("util",
     T + r"%\s*of (?:the )?(?:time|day)\b|" + T + r"%\s*(?:busy|utili[sz]ed|loaded|occupied|occupancy|rented out|booked|capacity factor)\b|" + T + r"%\s*(?:(?:is\s+)?an?\s+(?:sane|reasonable|good|realistic|safe|typical|sensible)\s+)?(?:target |average |avg |gpu |peak |serving |cluster |contracted |committed |expected |blended |effective |billed |booked |planned |assumed |fleet |max |maximum |target max )?(?:mfu|model flops utili[sz]ation|utili[sz]ation|util\b|efficiency|利用率|算力利用率|负载|出租率|上架率)", r"(?:mfu|utili[sz]ation|util|利用率|负载率|(?:年|年均|全年|平均)?负荷率|(?:平均|全年平均|年均|现在|目前|当前)?负载|上架率|出租率)\s*(?:target|goal|目标|assumption|assumed|estimate|forecast|plan)?\s*(?:如果|要是|假如)?\s*(?:只想|只要|只敢|想|要|敢|希望|打算|尽量|最好)?\s*(?:set|设成|设为|设)?\s*(?:不低于|不少于|至少|≥|>=|≤|<=|<|≦|at most|under|below|up to|no more than|max(?:imum)?|(?:别|不要|不能|不得|不想|不希望|不愿意?|不)超过|不高于|低于|控制在|最多|最高|上限)?\s*(?:也就|也只有|只有|仅有|仅|才|只|得|大概|大约|约|能到|达到|可达|能做到|做到|能达到|能跑到|跑到|只去到|去到|拉到|打到|压到|压在|压|卡在|保持在|维持在|提到|提升到|提高到|拉满到|(?:(?:we|i|you|they)\s+(?:can|could|should|will|would|typically|usually|realistically)\s+)?(?:only\s+)?(?:hits?|reach(?:es)?|gets? to|sustain|run at|get))?\s*(?:of|=|:|at|is|为|按|按照|是|取|取值|设为|用|算|當|当|假设为?|约|大概|大约|~)?\s*(?:为|是)?\s*$", T + "%"),
    # "occupancy maybe 60%", "its rented 65%", "40% rental demand", "~75% gets resold", "100% load": the
    # share of hours a card is rented (or busy), said the way hosts say it
    ("util", T + r"%\s*(?:(?:rental |booking )?demand\b(?!\s*(?:growth|grows?|increase))|load\b|"
     r"(?:gets |is |are )?(?:resold|sold|rented)\b(?!\s+(?:at|for)\b))", None),
    # ("occupancy averages 70%", "booked at 45%", "出租率70%", "上架率八成"): the share of hours rented
    ("util",
     None, r"\b(?:occupancy(?: rate)?|rental demand|booking rate|(?:it'?s |its |they'?re )?(?:rented|booked))\s*"
     r"(?:is|=|:|at|of|averages?|averaging|runs?)?\s*(?:maybe|probably|about|around|roughly|~|only|just|stays? at|sits? at|"
     r"is at|hovers? (?:at|around))?\s*(?:about|around|~)?\s*$|(?:出租率|上架率|租用率|出租比例)\s*(?:按|约|为|是|只有|大概|取)?\s*$",
     T + "%"),
    # "rent $2/gpu/hr @ 70%": the share of the hours rented, said right after the rent
    ("util",
     None, r"(?:/\s*(?:gpu[- ]?|card[- ]?)?(?:/\s*)?(?:h|hr|hour)|per (?:gpu[- ]?)?hour|/\s*(?:gpu|card)\s*/\s*(?:h|hr|hour))"
     r"\s*(?:@|at)\s*(?P<at>)$", T + "%"),
    # ("how many L4s if we keep them at 70%?": the cards' load, kept below full)
    ("util", None, r"\b(?:keep|run|running|load|loading|hold)\s+(?:them|it|(?:the\s+|our\s+)?(?:gpus|cards|fleet|cluster))\s+"
     r"(?:at|to|under|below|around)\s*(?:about|around|~)?\s*$", T + "%"),
    # "如果每个月只用 40% 的时间": the share of the hours the cards are used
    ("util", None, r"(?:只用|只使用|使用|用了|只跑|跑)\s*$", r"^\s*%\s*的?\s*(?:时间|时长|小时)"),
    # "reserved util is only ~55%": the share, hedged after the verb
    ("util",
     None, r"\b(?:util(?:i[sz]ation)?|occupancy)\s+(?:is|was|runs?|sits?)\s+(?:only|just|about|around|roughly|maybe|"
     r"barely|~|at|\s)*$", T + "%"),
    # "at decent utilization, say 60%": the value offered after a comma
    ("util",
     None, r"(?:mfu|utili[sz]ation|util|利用率)\s*[,，]\s*(?:say|like|maybe|probably|e\.g\.|比如|比方说)\s*$",
     T + "%"),
    ("util_fraction",
     None, r"(?:mfu|utili[sz]ation|util|利用率|算力利用率)\s*(?:target|goal|目标)?\s*(?:of|=|:|at|is|按|按照|为|是|取|约|大概|只有|仅|才)?\s*(?:only|just|still|maybe|probably|about|around|roughly|~|say)?\s*$",
     # (not "按同样利用率3年后": a period after the word, no share)
     r"^(?!\s*(?:\d|个|张|台|卡|年|个月|月|天|周|日|小时|(?:years?|months?|days?|weeks?|hours?)\b))"),
    ("util_fraction",
     T + r"(?:target |average |avg |gpu |serving |cluster |contracted |committed |expected |blended |"
     r"effective |billed |booked |planned |assumed |fleet )?(?:mfu|utili[sz]ation|util)\b", None),
    ("factor_per_year",
     T + r"(?:x|×|倍|times|fold)\s*(?:(?:growth|increase|more|bigger|larger)\s*)?(?:(?:/\s*|per |a |each |every |一)?\s*(?:years?|yr|annum|年)\b|yearly\b|annually\b|yoy\b|y/y|p\.?\s?a\b\.?)", r"(?:每年|年均|一年|过去一年|去年一年|(?<![\d一二两三四五六七八九十百几多少半\s])年(?=增长|增速))\s*(?:增长|增速|增加|扩大|翻|涨|涨了|增长了)?\s*(?:约|了|按|为|是)?\s*$", T + r"(?:x|×|倍|times)"),
    ("growth_rate_month",
     T + r"%\s*(?:(?:a|per|each|every|/)\s*(?:month|mo)\b|mom\b|m/m|monthly|month over month|每月|每个月)", r"(?:每月|每个月|月增长|月均增长|月环比|环比|monthly growth(?: rate)?(?: of| is)?|grows? monthly(?: by| at)?|mom growth(?: of)?)\s*(?:率)?\s*(?:都|会|要)?\s*(?:涨|增长|增加|上涨|提升|扩大)?\s*(?:by|at|of|为|了|约)?\s*$", T + "%"),
    # "30% CAGR", "CAGR of 30%"
    # "rental prices fall ~35% a year", "每年降价 20%": a yearly rate of decline (negative growth)
    ("decline_rate_year",
     None, r"(?:\bfall(?:s|ing)?|\bfell|\bdrop(?:s|ping|ped)?|\bdeclin(?:e|es|ing)|\bdecreas(?:e|es|ing)|"
     r"\bshrink(?:s|ing)?|\b(?:go|goes|going|come|comes|coming) down|\blos(?:e|es|ing)|\blost|"
     r"\bdepreciat(?:e|es|ing))\s*(?:by|about|around|roughly|~)?\s*$",
     r"^\s*%\s*(?:(?:of (?:its |their )?value\s*)?(?:a|per|each|every|/)\s*(?:year|yr|annum)\b|yoy\b|y/y|annually|"
     r"year[- ]over[- ]year|year[- ]on[- ]year)"),
    ("decline_rate_year",
     None, r"(?:每年|一年|年均|年化)[^,，。;；\d]{0,6}?(?:降价|下降|下跌|跌|降低|降)了?\s*(?:约|大概|大约)?\s*$",
     r"^\s*%"),
    ("growth_rate_year",
     T + r"%\s*cagr\b", r"\bcagr\s*(?:of|=|:|is|at|约|为)?\s*(?:about|around|~)?\s*$", r"^\s*%"),
    # ("AI capex今年YoY +60%左右": year over year, the growth's words before its sign)
    ("growth_rate_year",
     None, r"\b(?:yoy|y/y|year[- ]over[- ]year|year[- ]on[- ]year|同比)\s*(?:growth|增长|增速|up|of|is|=|:)?\s*\+\s*$", r"^\s*%"),
    ("growth_rate_year",
     T + r"%\s*(?:(?:annual |yearly )?growth\s*|(?:more|up|bigger|larger)\s+(?:(?!a\b|per\b|each\b|every\b)[a-z]+\s+){0,2})?(?:(?:a|per|each|every|/)\s*(?:year|yr|annum)\b|yoy|y/y|p\.?\s?a\b\.?|annual(?:ly)?|year[- ]over[- ]year|year[- ]on[- ]year|(?:a|per|each|every|/)(?![a-z]))", r"(?:每年(?:[^,，。;；\d]{0,8}?(?=增长|增加|提升|涨|扩张))?|同比(?=\s*(?:增长|增加|提升|上涨|涨))|年增速|年均增速|增速|年复合增长率|复合增长率|复合年增长率|年化增长率?|年化增速|年化|\bcagr(?: of| is|:)?|年增长|年增|年均增长|(?<![月日周])(?:预计|预估)?(?:增长|增加)|grows?|growing|growth of|(?<!mfu )(?<!mfu goes )(?<!mfu is )(?<!utilization goes )(?<!utilization )up)\s*(?:率)?\s*(?:按|为|是|约)?\s*(?:都|会|要)?\s*(?:涨|增长|增加|上涨|提升|扩大|扩张)?\s*(?:by|at|of|为|了|约)?\s*\+?\s*$", T + "%"),
    # "assume 2.3 PFLOPS each": one accelerator's rate, not a capacity
    ("gpu_tflops", T + r"(?:p|peta|t|tera)\s*-?\s*flops?\s*(?:each|apiece|a (?:piece|card|chip|gpu)|"
     r"per (?:gpu|card|chip|accelerator|device)|/\s*(?:gpu|card|chip)\b|/\s*(?:卡|张)|每卡|每张)", None),
    # "每卡TFLOPS按600算", "per-GPU TFLOPS = 600": the unit said before its number
    ("gpu_tflops",
     None, r"(?:每卡|单卡|每张|每颗|per[- ](?:gpu|card|chip)\s*)?(?:bf16|fp16|fp8|dense|稠密)?\s*tflops\s*"
     r"(?:按|取|算|=|:|：|是|为|of|is|at)\s*(?:大概|大约|约|about|~)?\s*$", r"^(?!\s*(?:[kmgtpez]?flop|%|x\b|倍))"),
    ("capacity_flops",
     T + r"(?:z|zetta|e|exa|p|peta)\s*(?:flop|(?=\s*的?\s*(?:智能|ai|通用|智算)?\s*算力))", None),
    # "phase 1 is 3,000 P delivered by 5,000 H20s", "一期3000P": compute capacity in PFLOPS, the 智算 way
    ("capacity_flops",
     T + r"\s*(?:p|e)(?![a-z0-9#&])(?=\s*(?:(?:of )?(?:compute|capacity)|delivered|total|in all|"
     r"(?:at|@|in)?\s*(?:fp|bf|int)\d+|的|算力|规模|[,，。;；?？]|$))", None),
    ("capacity_flops",
     T + r"\s*flops?\s*/\s*s(?:ec(?:ond)?)?\b", None),    # "2e21 FLOP/s": a rate, not an amount
    ("gpu_tflops", T + r"(?:t|tera)\s*flop", None),
    # "全球AI算力据说2027年要到1e22 FLOPS": a capacity (算力 is a rate), not a training budget
    ("capacity_flops",
     None, r"(?<!训练)(?<!总)(?<!training )(?:算力|compute capacity|capacity|(?:global|installed|world(?:wide)?|ai) (?:ai )?compute)(?!需求是)[^，,。；;]{0,24}?(?P<at>)$",
     T + r"\s*flops\b(?!\s*(?:of|to train|训练))"),
    # "5e20 FLOPS of capacity": a rate the fleet has, not a run's count
    ("capacity_flops", T + r"\s*flops?\s+(?:of\s+)?(?:compute\s+)?(?:capacity|installed|sustained)\b", None),
    ("capacity_flops", T + r"\s*flops?\s*的?\s*(?:ai|智能|通用|智算)\s*算力", None),   # "4e21 FLOPS的AI算力"
    ("train_flops", T + r"(?:flops?\b(?!\s*/\s*s)|次?浮点运算)", None),
    ("pue",
     T + r"(?:的\s*)?pue\b", r"pue\s*(?:值)?\s*(?:实测|测得|实际|目前|现在|设计值?|目标值?|measured|actual|design(?:ed)?)?\s*(?:of|=|:|at|is|为|按|按照|是|取|取值|设为|用|算|假设为?|约|大概|大约|控制在|做到|能做到|压到|压在|压至|降到|降至|降低到|下降到|提高到|低于|不超过|不高于|goes to|drops? to|down to|below|under|~)?\s*(?:都|均|全)?\s*(?:为|是|在|按)?\s*(?:about|around|roughly|approximately|~|约|大约)?\s*$"),
    ("tpot_ms", T + r"(?:ms|milliseconds?|毫秒)(?![a-z])", None),
    ("epochs", T + r"(?:epochs?|个\s*epochs?|轮\s*epochs?|遍)(?![a-z])", r"(?:epochs?)\s*(?:=|:|of)?\s*$"),
    # "3 runs of a 3B model", "25 experiments planned", "一共做30组实验", "pad 3x for ablations": the run repeated
    ("runs",
     T + r"\s*(?:(?:training|fine-?tuning|finetuning|fine-?tune|finetune|pre-?training|ablation|sweep|separate|"
     r"full|such|identical|similar|independent|repeat|hyper-?parameter|hparam|hp|tuning|lora|sft|rl|eval|distillation|"
     r"small|short|pilot|more|extra|parallel|candidate|experimental|test|trial|baseline|ablation|seed|different|"
     r"distinct)\s+){0,2}(?:runs|experiments|ablations|seeds|"
     # ("5 different fine-tunes of Llama 2 7B, each on 500M tokens": each fine-tune a run)
     # ("we'd likely need 3 tries to get it right": each try a run)
     r"trials|tries|attempts|checkpoints|ckpts|sweeps|eval (?:runs|sweeps)|fine-?tunes|"
     r"finetunes)(?![a-z])|" + T + r"\s*(?:个|次)?\s*(?:checkpoints?|ckpts?)(?![a-z])|"
     # ("要做20组LoRA实验": the method named between)
     + T + r"\s*(?:组|次|个|轮)\s*(?:独立|重复|对比|消融|超参(?:数)?|调参)?\s*(?:(?:lora|qlora|sft|dpo|rlhf|ppo|全参|全量)\s*)?"
     r"(?:实验|训练|微调)(?!\s*(?:数据|集|卡|时|小时|的(?:数据|卡)))|"
     # ("计划做30组消融", "5个seed各跑一遍": ablations and seeds, counted in Chinese)
     + T + r"\s*(?:组|次|个|轮)\s*(?:消融|对比|超参|调参)(?:实验)?(?![\u4e00-\u9fff]*(?:数据|卡时))|"
     + T + r"\s*(?:个|组)\s*(?:随机)?\s*(?:seeds?|种子)(?![a-z])|"
     # ("一共要做3组同样规模的实验": a few words of what kind between)
     + T + r"\s*组\s*(?:同样|相同|一样|类似)[\u4e00-\u9fff]{0,4}?的?(?:实验|训练|微调)|"
     # ("训练5组不同配置的3B模型，每组跑200亿token": runs of different settings, each its own run)
     + T + r"\s*组\s*(?:不同|各异)[\u4e00-\u9fff]{0,4}?的?(?=\s*(?:[\d.]+\s*[bm]\s*)?(?:模型|实验|训练|微调|@))|"
     # "客户要跑3次Llama 3 70B预训练": the runs, the model named between
     + T + r"\s*(?:次|轮)\s*(?=@+\s*(?:的)?\s*(?:预训练|训练|微调|pre-?train|training|fine-?tun))|"
     + T + r"\s*(?:x|×)\s*(?:for|to cover)\s+(?:the\s+|our\s+)?(?:ablations?|experiments|seeds|sweeps|reruns|retries)\b",
     None),
    # "消融实验一共做20组，每组…": the experiments named before their count
    # ("工艺大模型消融实验，一共要做20组": a comma between)
    ("runs", None, r"(?:(?:实验|消融|超参搜索|对比试验|调参)[^，,。；;？?\d]{0,6}?(?:[，,]\s*(?=一共|总共|共))?|"
     # ("1B模型每组50B token，一共做20组": each group described first, then how many)
     r"每组[^。；;？?]{0,40}?[,，]\s*(?P<at>))(?:(?:一共|总共|共)?\s*(?:要|计划)?\s*(?:做|跑|训|进行)|一共|总共|共)\s*$",
     T + r"\s*(?:组|次|轮|个)(?!\s*(?:数据|卡|token|小时|天|月))"),
    # "微调实验：Qwen2.5 7B，…，总共要做12组": the experiments named as the heading
    ("runs",
     None, r"(?:实验|消融|调参)\s*[:：][^。；;？?]{0,60}?[,，]\s*(?P<at>)(?:一共|总共|共)\s*(?:要|计划)?\s*(?:做|跑)\s*$",
     T + r"\s*(?:组|轮)(?!\s*(?:数据|卡|token|小时|天|月))"),
    # "repeating the experiment 5 times", "run it 3 times", "重复5次": the run repeated
    ("runs",
     None, r"\b(?:repeat(?:ing|ed|s)?|rerun(?:ning)?|redo(?:ing)?|run(?:ning)?|retrain(?:ing|s)?|re-train(?:ing|s)?|"
     r"fine-?tun(?:e|es|ing)|train(?:ing|s)?)\s+(?:the |this |that |it |each |"
     r"our )?(?:whole |same |full )?(?:experiment|run|job|training|fine-?tune|sweep|thing)?\s*$|重复\s*(?:训练|实验)?\s*$",
     T + r"\s*(?:times\b|次(?!\s*/))"),
    ("seconds", T + r"-?(?:s|secs?|seconds?|秒)(?![a-z/])", None),
    ("days",
     # (not "1.5万亿日元": yen)
     T + r"(?:-(?=[a-z]))?(?:(?:full|whole|entire|calendar|working|business|school|trading|teaching|operating|production) )?(?:days?|天|日(?![元圆币]))(?![a-z])",
     None),
    # "job = 30d on 2048x H100", "last run: 11d on 256x A100": days in shorthand, a run's
    ("days", T + r"d(?![a-z\d])(?=\s*(?:on|in|at|with|,|;|\.|→|->|$))", None),
    # "spend over 30d", "a 90d run": days in an engineer's shorthand (not "3d parallelism")
    ("days",
     None, r"(?:\bover|\bfor|\bin|\bwithin|\bnext|\blast|\bafter|\bevery|\ba|\bthe|\bfirst|[#s]\s+[x×]|@)\s*$",
     r"^d(?![a-z0-9])"),
    ("hours", T + r"(?:(?:hours?|hrs?)(?![a-z])|小时)", None),
    ("weeks",
     T + r"(?:-(?=[a-z]))?(?:(?:full|whole|entire) )?(?:(?:weeks?|wks?)(?![a-z])|周|个?星期|个?礼拜)(?!活)", None),
    ("months",
     # (not "日活40万月卡用户": the month-card's users)
     # ("for just the 5 peak months (May-Sep)": which months said between)
     T + r"(?:-(?=[a-z]))?(?:(?:full|whole|entire|peak|busy|summer|winter|high[- ]season|off[- ]season|slow|quiet|"
     r"remaining|first|last|next) )?(?:months?(?![a-z])|mo\b|个多?月|月)(?!活|卡)", None),
    ("quarters", T + r"(?:(?:full|whole|entire) )?(?:quarters?|个季度|季度)(?![a-z])", None),
    ("years",
     T + r"(?:-(?=[a-z]))?(?:(?:full|whole|entire) )?(?:(?:years?|yrs?|y)(?![a-z])|整个?年|(?<!\s)年|年(?!增长|增速|化|均|度|底|初|末|复合|涨|收入|营收))", None),
    ("hbm_multiple",
     None, r"(?:hbm|高带宽内存)\s*(?:每\s*gb)?\s*(?:的)?\s*(?:价格|单价)?\s*(?:比(?:普通|一般|常规)?(?:的)?(?:dram|ddr\d|内存))?\s*(?:差不多|大概|大约|约)?\s*(?:贵|是(?:普通)?(?:dram|ddr\d|内存)的|价格是(?:dram|ddr\d)的|是它的)\s*(?:约|大约)?\s*$", T + r"(?:倍|x\b)"),
    ("hbm_multiple",
     None, r"\bhbm\b[^,.;，。；]{0,20}(?P<at>)$", T + r"(?:x|×|times)\s*(?:that|(?:dram|ddr\d)'?s?(?:\s+pric(?:es?|ing)\b)?|the (?:dram|ddr\d)|as much|more|"
                                             r"pricier|dearer|costlier|more expensive)\b"),
    ("hbm_multiple",
     T + r"(?:x|×|times|倍)\s*(?:the price of |of |ordinary |regular |normal |standard |commodity |plain |conventional |普通)?\s*(?:dram|ddr\d|内存)|" + T + r"(?:x|×|倍)\s*(?:premium|溢价)", r"(?:dram|ddr\d|内存)\s*(?:价格|价|prices?)?\s*的?\s*$", T + r"(?:\s*(?:-|–|to|~|到|至)\s*[\d.]+)?\s*(?:x|×|times|倍)"),
    # "1.9x faster than H100", "3x the throughput of an HGX H100 server", "比H100快3倍": one
    # accelerator's stated speed over another's
    # "a B200 is 2.5x an H100 for inference", "one MI355X = 1.3x a B200 on inference"
    # "假设单卡快 2.5 倍": the other card's speed over this one's
    ("speedup",
     None, r"(?:单卡|每张卡?|每卡|性能|速度|训练|推理|按|按照|算|说|称|号称|宣称|据说|声称|講|讲|聽講|听讲|話|"
     # ("换成H100，新卡快3倍": the card moved to, named as the new one)
     # ("按厂商说的快3倍": what was said of it)
     r"新卡|新的卡|新显卡|新(?:的)?gpu|新一代)\s*(?:的)?\s*(?:大概|大约|约|据说)?\s*(?:要|能)?\s*快\s*(?:了)?\s*$",
     T + r"\s*(?:倍|x\b|×)"),
    # "MI300X is faster than A100 80GB by 2x": the factor said last
    ("speedup",
     None, r"#+\s*(?:is|are|runs?)\s*(?:about|roughly|~)?\s*faster\s+than\s+(?:the\s+|an?\s+)?#+\s*"
     r"(?:(?:for|in|at)\s+(?:training|inference)\s*)?by\s*(?:about|roughly|~)?\s*(?P<at>)$", T + r"\s*(?:x\b|×|times)"),
    # "推理性能提升 30 倍": a claimed speed-up
    ("speedup",
     None, r"(?:性能|速度|算力|吞吐|训练速度|推理速度)\s*(?:能|可以|可)?\s*(?:提升|提高|提升了|提高了)\s*(?:约|大约|大概|近|了)?\s*$", T + r"\s*(?:倍|x\b|×)"),
    # "H100 训练速度大概是 A100 的 3 倍": one card's speed over the other's
    # ("B300训练速度是其2.5倍": "its", the card named before)
    # ("训练速度上B200是H100的2.5倍": the faster card named between)
    ("speedup",
     None, r"(?:速度|性能|算力|吞吐|训练|推理)[^，,。；;#]{0,6}(?:#+\s*)?(?:是|为|相当于|能到)\s*(?:#+\s*的|其)\s*$",
     T + r"\s*倍"),
    # "算力只有 H100 的六分之一": a fraction of the other card's speed
    ("speedup",
     None, r"(?:只有|仅有?|约|大约|大概|相当于|是|为|才)\s*#+\s*的\s*$", r"^(?=\s*(?:[,，。.;；?？]|$|左右|而已|吧))"),
    # "宣传说是 H100 的 1.5 倍性能": the factor, then what it is of
    ("speedup", None, r"(?:是|为|相当于)\s*#+\s*的\s*$", r"^\s*倍\s*(?:的)?\s*(?:性能|速度|算力|吞吐)"),
    # "H20 at ¥118k/card, qty 2,000": a count said as a quantity
    # "8x H100 SXM servers, unit price $285,000, quantity 32": the servers quoted, counted
    ("servers",
     None, r"(?:\bservers?|\bnodes?|\bboxes|&)[^\n.;]{0,40}?\b(?P<at>)(?:qty|quantity)\.?\s*(?:of\s*)?[:=]?\s*$",
     r"^(?!\s*(?:%|x\b|倍|gpus?|cards?))"),
    ("gpu_count", None, r"\b(?:qty|quantity)\.?\s*(?:of\s*)?[:=]?\s*$", r"^(?!\s*(?:%|x\b|倍))"),
    # "卡数 2048": a count of cards named by its word
    ("gpu_count", None, r"卡数\s*(?:是|为|按|=|:)?\s*$"),
    ("speedup",
     T + r"\s*(?:x|×|times)\s*(?:an?\s+|one\s+)?[#]+\s*(?:for|at|in|on)\s+(?:inference|training|serving|llm)", None),
    # "a measured 2.8x per-GPU speedup"
    ("speedup",
     T + r"\s*(?:x|×)\s*(?:per[- ](?:gpu|card|chip)\s*)?(?:speed[- ]?up|faster|(?:the\s*)?speed)\b", None),
    # "assuming B200 is 2.5x per GPU", "Gaudi2 ≈ 1.3x per chip", "H200 at ~1.4x per GPU": a card's speed
    # over the other's, named right before
    ("speedup", None, r"#+s?\s*(?:is|are|≈|~=|=|at|runs? at|does)\s*(?:about|around|roughly|~|≈)?\s*$",
     T + r"\s*(?:x|×)\s*(?:per[- ]?(?:gpu|card|chip|accelerator)|(?:the\s+)?(?:throughput|perf(?:ormance)?))\b"),
    # "H20 has only ~15% of an H100's compute": a share of the other card's speed
    ("speedup",
     T + r"\s*%\s*(?:of\s+(?:an?\s+|the\s+)?)[#]+\s*(?:'s|’s)?\s*(?:compute|performance|perf|speed|"
     r"throughput|flops)\b", None),
    # ("H200 vs H100 for training, Nvidia says 1.6x": two cards compared, then the factor a vendor gives)
    ("speedup",
     None, r"#+s?\s*(?:vs\.?|versus|over|against)\s*#+s?[^.;?!]{0,40}?\b(?P<at>)(?:nvidia|amd|intel|the vendor|vendor|"
     r"marketing|the datasheet|datasheet|the spec sheet|spec sheet|they|sales)\s+(?:says?|claims?|quotes?|promises?)\s*"
     r"(?:~|about|around|roughly)?\s*$", T + r"\s*(?:x\b|×)"),
    # "gaudi is like 0.8x as fast": as fast as the other, by that factor
    ("speedup", T + r"\s*(?:x|×|times)\s*as\s+(?:fast|quick|speedy|performant)\b", None),
    ("speedup",
     T + r"\s*(?:x|×|times)\s*(?:faster|quicker|speedier|slower|(?:the|(?:an?\s*)?[#&]+\s*(?:'s|’s)?)\s+"
     r"(?:inference |training |peak |ai )?(?:throughput|performance|perf|speed|compute|flops|tok(?:en)?s?/s)|"
     r"(?:more|higher|better)\s+(?:inference |training |peak |ai )?(?:throughput|performance|perf|speed|compute|flops)"
     r"(?=[^,.;?]{0,30}\b(?:than|vs\.?|versus)\b))\b", None),
    # "HGX H100 x40", "H100 x 512": the count written after the name
    ("servers", None, r"&+\s*[x×]\s*$"),
    # ("their H100 SXM5 80GB x 256 cluster": the card's memory between its name and the count)
    ("gpu_count",
     None, r"(?<![\d.])#+\s*(?:[~\s]*\d{2,3}\s*gb\s*)?[x×]\s*$",
     r"^(?!\s*(?:days?|weeks?|months?|years?|hours?|hrs?|天|小时|个月|年)\b)"),
    # "3000 of the new chips": a count of the cards the question is about, named by their kind
    ("gpu_count",
     T + r"\s*of (?:the |our |those |these )?(?:new|newer|old|older|faster|other)\s+(?:chips|cards|gpus|ones\b|#+s?)",
     None),
    # "on an H100 fleet of 16,384": the count the fleet is named with, after it
    ("gpu_count",
     None, r"#+\s*(?:gpus?\s*)?(?:fleet|cluster|pod|farm)\s+(?:of|with)\s*(?:about|around|roughly|~)?\s*$",
     r"^(?![\d,.]*\s*(?:k|m)?\s*(?:[#&%]|x\b|nodes?|servers?|racks?|boxes|machines?|倍))"),
    # "how many replace 300?": a count of the ones replaced
    ("gpu_count",
     None, r"\b(?:replac(?:e|es|ing)|match(?:es|ing)?|替换|替代|取代)\s*$", r"^(?!\s*(?:x|%|倍))"),
    ("speedup",
     None, r"(?:比|相比|than)\s*(?:[#&§\s]|[a-z0-9]){1,30}(?:的)?\s*(?:训练|推理|吞吐|性能)?\s*(?:要|还)?\s*(?:快|高|强|慢)\s*(?:了)?\s*(?:约|大约|大概|近)?\s*$",
     T + r"\s*倍"),
    # "有人说 H100 快 3 倍": the named card's speed, the other card named elsewhere
    # ("b200大概快2.3倍", "B200 训练比老卡快 2.5 倍": a hedge, or what it is compared with, before 快)
    ("speedup",
     None, r"(?:#\s*(?:大概|大约|约|差不多|据说|听说|实际(?:上)?|实测|其实|确实)?|比[^，,。；;？?\d]{1,12}?)\s*(?:要|能|会)?\s*快\s*(?:了)?"
     r"\s*$", T + r"\s*(?:倍|x\b|×)"),
    ("speedup",
     None, r"(?:性能|吞吐|速度|算力|训练速度|推理速度)\s*(?:只有|仅有|是|为|达到|按)\s*[#&§\s]{1,30}(?:的)\s*(?:约|大约|大概|近)?\s*$",
     T + r"\s*倍"),
    # "B200 的训练速度约为前者的 2.5 倍": the other card named by "the former"
    ("speedup",
     None, r"#+\s*的?\s*(?:训练|推理)?(?:性能|吞吐|速度|算力)\s*(?:约|大约|大概)?\s*(?:只有|仅有|是|为|达到)?\s*"
     r"(?:前者|后者)\s*的\s*(?:约|大约|大概|近)?\s*$", T + r"\s*倍"),
    # "H20 大概只有 H100 的 15%": a speed below the other's, in percent
    ("speedup_pct",
     None, r"#+\s*(?:的性能|的算力|性能|算力)?\s*(?:大概|大约|约)?\s*(?:只有|仅有|是|为|相当于)\s*#+\s*的\s*$",
     T + r"\s*%"),
    # "if Gaudi3 is 1.4x the H100", "B200 = 2.5x H100 per card", "B200 does 4x H100 throughput": one
    # accelerator's speed over the other's, said without "faster"
    ("speedup", None, r"#+\s*(?:is|=|does|delivers|gives|gets|offers|≈|~)\s*(?:about|around|roughly|~)?\s*$",
     r"^\s*(?:x|×|times)(?=\s*(?:the\s+|an?\s+|one\s+|a single\s+)?#)"),
    ("speedup",
     None, r"#+[^，,。；;？?]{0,8}?(?:的性能|的算力|的吞吐|性能|速度|算力|吞吐)?\s*(?:号称|据说|宣称|官方说|听说)?\s*"
     r"(?:是|为|相当于|约为|大约是|按|只有|仅有|能顶|顶得上|抵得上|能抵)\s*[#&§\s]{1,30}的\s*"
     r"(?:约|大约|大概|近)?\s*$", T + r"\s*倍"),
    # ("Peak on saturday is x3": the peak said of a day, then its factor)
    ("peak_factor",
     None, r"\bpeaks?\s+(?:on|at|during|in|over)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:is|=|:|hits|reaches|goes to)\s*"
     r"(?:about|around|~)?\s*(?:x|×)?\s*$", r"^\s*(?:x|×|times)?(?![a-z%])"),
    # ("a queueing margin of 2x at peak": the margin, the peak only where it applies)
    ("ttft_margin",
     None, r"(?:queu(?:e|ing|eing)|排队|ttft|首\s*token|time to first token)[\s_]*(?:margin|headroom|余量|裕量)\s*"
     r"(?:of|=|:|is|为|按|取)?\s*$",
     T + r"\s*(?:x|×|倍)\s*(?:at|during|in)\s*(?:the\s*)?peak"),
    ("peak_factor",
     # ("a 3x evening peak": when the peak comes, said between)
     T + r"\s*(?:x|倍)?\s*(?:的\s*)?(?:(?<=x)\s*(?:evening|morning|lunch(?:time)?|midday|afternoon|night(?:ly)?|daily|"
     r"weekend|weekday|holiday|seasonal|monday|friday|rush[- ]hour|commute|dinner|breakfast|brunch|christmas|xmas|"
     r"festive|school[- ]run|pickup|payday|month[- ]end)\s+)?(?:peak|峰值)(?!\s*(?:qps|rps|并发|流量|功耗|功率|算力|concurrents?|ccus?|users?|players?|sessions?|streams?|months?|weeks?|days?|hours?|hrs?|seasons?|periods?)\b)|" + T + r"(?:x|×)\s*(?:that|this|it)?\s*(?:at|during|in)\s*(?:the\s*)?peak|"
     # ("~5 qps on average, about 3x that during med passes": the load said, that many times it in a busy spell)
     + T + r"(?:x|×)\s*(?:that|this|it)\s+(?:during|in|at|around|over)\s+(?:the\s+)?(?!(?:same|total|whole|"
     r"end|long|most|least)\b)[a-z]{3,}", None),
    # "we see ~4x average traffic at peak", "about 3x the daily average": a peak said over the average
    # ("traffic rises 6x over the daily average")
    ("peak_factor", T + r"\s*(?:x|×|times)\s*(?:(?:over|above|from)\s+)?(?:the\s+|our\s+)?"
     r"(?:daily\s+|normal\s+|typical\s+|usual\s+)?"
     r"(?:average|avg|mean)\b(?!\s*(?:speed|price|cost|perf))", None),
    # ("a hail storm pushes us to 4x normal volume": a surge over the usual load, the peak)
    ("peak_factor", T + r"\s*(?:x|×|times)\s*(?:(?:over|above)\s+)?(?:the\s+|our\s+)?(?:normal|usual|typical|regular|"
     r"baseline|everyday)\s+(?:volume|traffic|demand)\b", None),
    # "平均大概是高峰的三分之一", "average is about a third of peak": the average over the peak, inverted
    ("peak_inverse",
     None, r"(?:平均(?:值|流量|负载)?\s*(?:大概|大约|约|差不多)?\s*(?:是|为|只有)?\s*(?:高峰|峰值)的|"
     r"\b(?:average|avg|mean)(?: load| traffic)?\s+(?:is|runs?(?: at)?)\s+(?:about\s+|around\s+|roughly\s+|~)?)\s*$",
     r"^\s*(?:左右|上下)?(?!\s*(?:x|×|倍|%))(?:\s*(?:of\s+)?(?:the\s+)?peak)?"),
    # "排队余量留 1.5 倍", "queueing margin 1.5x": the margin on time to first token at peak
    ("ttft_margin", None, _QUEUE_MARGIN_WORDS,
     r"^\s*(?:倍|x|×)?(?![a-z%])"),
    # "TTFT 目标 800 ms, peak 留 2x margin"
    ("ttft_margin",
     None, r"(?:ttft|首\s*token|peak|峰值)[^,，。;；]{0,24}?(?:留|预留|with|w/|keep)(?P<at>)\s*$",
     r"^\s*(?:x|×|倍)\s*(?:的)?\s*(?:queue(?:ing)?\s*)?(?:margin|余量|裕量|headroom)"),
    # "TTFT 500ms w/ 1.5x queueing margin"
    ("ttft_margin",
     T + r"\s*(?:x|×|倍)\s*(?:the\s*)?(?:(?:ttft|首\s*token)\s*)?(?:queu(?:e|ing|eing)|排队)\s*"
     r"(?:margin|headroom|余量|裕量)", None),
    ("ttft_margin",
     T + r"\s*(?:x|×)\s*(?:margin|headroom)\s*for\s*(?:the\s*)?(?:queu(?:e|ing|eing)|peaks?)", None),
    # "margin 2x for queueing at peak": the word before the multiple, what it is for after it
    ("ttft_margin", None, r"\b(?:margin|headroom)\s*(?:of|=|:)?\s*$",
     r"^\s*(?:x|×)\s*(?:for\s+(?:the\s+)?(?:queu(?:e|ing|eing)|peaks?)|at\s+peak)"),
    # "a TTFT margin of 1.5", "1.5x TTFT headroom"
    ("ttft_margin",
     None, r"(?:ttft|首\s*token|time to first token)\s*(?:queu(?:e|ing|eing)\s*)?(?:margin|headroom|余量|裕量)\s*"
     r"(?:of|=|:|is|为|按|取)?\s*$", r"^\s*(?:x|×|倍)?(?![a-z%\d])"),
    ("ttft_margin",
     T + r"\s*(?:x|×|倍)\s*(?:ttft|首\s*token|time[- ]to[- ]first[- ]token)\s*(?:margin|headroom|余量|裕量)", None),
    # "keep 2x headroom on TTFT at peak"
    ("ttft_margin", T + r"\s*(?:x|×|倍)\s*(?:of\s*)?(?:margin|headroom|buffer)\s*(?:on|for|in)\s*(?:the\s*)?"
     r"(?:ttft|time to first token|first[- ]token)", None),
    # "峰值时 ttft 留 30% 余量": a margin of 30% on time to first token
    # "TTFT target 500 ms and 20% margin at peak"
    # "with a 20% queueing margin"
    ("ttft_margin_pct", T + r"\s*%\s*(?:queu(?:e|ing|eing)|排队)\s*(?:margin|headroom|余量|裕量)|"
     # "keep 20% TTFT margin for queueing"
     + T + r"\s*%\s*(?:ttft|首\s*token)\s*(?:queu(?:e|ing|eing)\s*)?(?:margin|headroom|余量|裕量)", None),
    # "排队余量留30%"
    ("ttft_margin_pct", None, _QUEUE_MARGIN_WORDS,
     r"^\s*%"),
    # ("TTFT under 1.5 s with a 25% margin": a decimal point inside the words)
    ("ttft_margin_pct",
     None, r"(?:ttft|首\s*token|time to first token)(?:[^.;,，。]|\.(?=\d)){0,30}?(?P<at>)(?:and|with|w/|plus|\+)\s*(?:an?\s+)?$",
     r"^\s*%\s*(?:queue(?:ing)?\s*)?(?:margin|headroom)\b"),
    ("ttft_margin_pct", None, r"(?:ttft|首\s*token(?:延迟)?|time to first token|排队|queue(?:ing)?)\s*"
     r"(?:留|预留|按|with|of|keep)\s*$",
     T + r"\s*%\s*(?:的)?\s*(?:余量|裕量|margin|headroom)"),
    # "昨天高峰 QPS 是平均的 4 倍": the peak over the average
    ("peak_factor",
     None, r"(?:高峰|峰值|peak)\s*(?:qps|rps|流量|请求量?)?\s*(?:大概|大约|约|差不多|一般)?\s*(?:是|为)\s*"
     r"(?:平均|均值|平时|日均)(?:值)?的?\s*$",
     T + r"\s*(?:倍|x|×)"),
    # ("If the ones who do ask the AI helper ~3 things": what each of them asks, things said)
    ("queries_each",
     None, r"\b(?:ones|people|users|members|customers|those)\s+who\s+(?:do\s+)?(?:ask|use|open|chat with)\s+"
     r"(?:the\s+|our\s+|an?\s+)?(?:[a-z-]+\s+){0,3}?(?:~|about|around|maybe|like)?\s*$",
     r"^\s*(?:things|questions|times|queries)\b"),
    # "each active asks the shopping assistant ~3 times": how often each asks, not a factor
    ("queries",
     None, r"\b(?:each|every|per|the average|an average|a typical)\b[^,.;!?]{0,20}?\b(?:asks?|uses?|queries|hits?|"
     r"pings?|calls?|opens?|chats? with|talks? to|messages?)\b[^,.;!?]{0,40}?(?:about|around|roughly|~)?\s*$",
     r"^\s*times\b(?!\s*(?:more|less|faster|slower|bigger|larger|higher|lower|as\b|the\b|that\b|what\b|over\b))"),
    # (not "10x10s, 5x5 lockers": a size, one number by another)
    ("factor", T + r"(?:x|×|times|倍|[- ]?fold)(?![a-z])(?<![x×](?=\d))", None),
    # "until it has grown by a factor of 1,000": the growth, the number after its words
    ("factor", None, r"\b(?:by\s+)?a\s+factor\s+of\s*(?:about|around|roughly|~)?\s*$"),

    # "gaudi3单价1.6w刀 h100 2.8w刀": an amount right after a card's name is its price
    # "L40S 3万/张", "¥2.4万/卡": an amount per card
    ("price", None, r"(?<!美元价)(?<!美元)(?<!美金)(?<!\$)(?<!usd)(?<!us\$)\s*$",
     r"^\s*(?:万|千|k)?\s*(?:元|块|人民币|美元|刀)?\s*/\s*(?:张|卡|片|颗)(?!\s*(?:/|每)?\s*(?:小时|时|h|月|天))"),
    ("price",
     None, r"#+\s*$", T + r"(?:万|千|k)?\s*" + CUR + r"(?!\s*(?:/|每|一|per|a)\s*(?:小时|h\b|hr|hour|卡时|月|month|年|year))"),
    # "每张3.5万美元", "单卡2.5万美金": one card's price in a currency
    ("price",
     None, r"(?:一张|每张|一块|每块|单卡|每卡|单价|每颗|每片|均价|平均单价|平均售价|平均价格|卡价)\s*(?:卡|显卡|#+)?\s*(?:的)?\s*(?:价格|售价|单价|成本|报价)?\s*"
     # ("Gaudi 3一张才1.6万美元": only so much)
     r"(?:大概|大约|约|要|是|差不多|按|才|只要|只|就|也就|不到)*\s*(?:us\$|\$|¥|￥)?\s*$",
     T + r"(?:万|千|k)?\s*" + CUR + r"(?:\s*(?:一张|每张|一块|每块|一颗|each|apiece))?"),
    # ("Board approved a RMB 30M capex for the platform": the capital to spend)
    # ("批了30万AI预算", "a $2M AI budget": what the budget is for named between)
    ("budget", T + r"(?:的)?\s*(?:(?:ai|gpu|ml|it|llm|gpu算力|算力|硬件)\s*)?(?:预算|budget\b|"
     r"capex\b(?!\s*(?:of|for|on)\s*(?:\d|#)))", None),
    # ("客户刚拿了一个亿融资，打算六成花在卡上": money raised, the budget its share is spent from)
    ("budget", T + r"\s*(?:元|人民币|美元|美金|刀)?\s*(?:的)?\s*(?:[a-z]\s*轮\s*)?(?:融资|募资)", None),
    # ("我们150万的设备费能买几张", "30万经费"): the money a grant gives for equipment, named after the amount
    ("budget", T + r"\s*(?:元|块)?\s*(?:的)?\s*(?:[a-z]{1,4}\s*)?(?:设备费|设备经费|采购经费|科研经费|经费|专项(?:资金|经费)?)"
     r"(?!\s*(?:每|/))", None),
    # "阿里三年3800亿投AI基建": an amount invested, said before the verb
    ("budget",
     T + r"\s*(?:元|人民币)?\s*(?:投(?:入|资)?(?:在|到|于)?|砸(?:在|到)?)\s*(?:ai|算力|数据中心|基建|智算|云|gpu)", None),
    # "阿里说三年投3800亿", "Microsoft drops $80 billion on B200 servers": an amount to spend
    ("budget",
     None, r"(?:投|投入|砸|拿出|spend(?:s|ing)?|drops?|dropping|invest(?:s|ing)?|pours?|pouring)\s*(?:了)?\s*"
     r"(?:about|around|~|约|大约|近|超过)?\s*(?:us\$|\$|¥)?\s*$",
     T + r"(?:万|亿|千亿|万亿|[kmb]n?\b|billion|million|trillion)?\s*(?:" + CUR + r"|(?=\s*(?:做|建|搞|弄|买|上马|on|in|for|用于|[,，。]|$)))"
     # ("spends $80B on capex": what the money goes on is part of its words)
     r"(?:\s*\b(?:on|in)\s+(?:capex|ai|infra(?:structure)?|compute|data ?cent(?:er|re)s?)\b)?"),   # "2千万预算人民币"
    ("price",
     None, r"(?:单价|每张|一张|单卡|每卡|unit price|each|apiece)\s*(?:是|为|按|约|大概|大约)?\s*(?:us\$|\$|¥)?\s*$",
     T + r"(?:万|千|k)?\s*" + CUR + r"?\s*(?:能买|可以买|够买|能购买|can buy|could buy)"),
    # ("自己上8张H20 每张10.5w划算不": a card's price in 万, no currency said)
    # (not "72 张卡算下来每张 4 万多": a price worked out from another, a claim to check)
    ("price", None, r"(?<!下来)(?<!等于)(?<!折合)(?<!平均)(?<!相当于)(?:每张|单张|每块|单卡|每卡|一张(?=\s*(?:按|算|要)))\s*(?:卡)?\s*"
     r"(?:是|为|按|约|大概|大约|要|差不多)?\s*$",
     T + r"(?:万|千)?(?!\s*(?:[a-z%/]|张|台|卡|块|个|人|次|条|小时|度|瓦|千瓦|字|页|份|倍|天|年|月|周))"),
    # "H200 each ~US$32k", "cards each at about $25k": one card's price, "each" before it
    ("price", None, r"(?:#+|\b(?:gpus?|cards?|chips?|accelerators?))\s*(?:are\s+|cost\s+|go for\s+)?each\s*"
     r"(?:is\s+|at\s+|about\s+|around\s+|roughly\s+|~\s*)*(?:us\$|\$|usd\s*)?\s*$",
     T + r"(?:k|m)?\s*" + CUR + r"?"),
    # "芯片价格按2.5万美元", "显卡售价约 1.8 万": one card's price, its words before it
    ("price", None, r"(?:芯片|单卡|每卡|显卡|加速卡|gpu|卡)\s*(?:的)?\s*(?:价格|单价|售价|采购价|报价|价)\s*"
     r"(?:按|是|为|约|大概|大约|:|：|算)*\s*(?:us\$|\$|¥)?\s*$", T + r"(?:万|千|k)?\s*" + CUR + r"?"),
    # ("pooled maybe twenty grand for 'AI stuff'", "we raised about $50k for this": money put together to spend)
    ("budget", None, r"\b(?:pooled|raised|saved(?:\s+up)?|set aside|scraped together|put together|put aside|"
     r"chipped in|collected|earmarked|allocated|approved)\s+(?:maybe|about|around|roughly|~|like|almost|nearly)?\s*"
     r"(?:us\$|\$)?\s*$", T + r"\s*(?:k|m|grand)?\s*(?:" + CUR + r")?\s*(?!\s*(?:/|per\b|an?\s+(?:hour|month|year|day)|"
     r"gpus?|cards?|tokens?|users?|kw|w\b))"),
    # ("If I had, idk, 30-40k to throw at it", "we have 35k to spend": money held, then said to be for spending)
    ("budget", T + r"\s*(?:k|m|grand|mil)?\s*(?:" + CUR + r")?\s*(?:to\s+(?:throw at|spend|play with|burn|"
     r"invest|put (?:in|into|toward|towards))|of budget)\b", None),
    # "the card is $2,500 and I have $10,000, how many?", "we've got 2 Mio. €": the money there is to spend
    ("budget",
     None, r"\b(?:i|we)\s*(?:only\s+)?(?:have|'ve got|have got|got)\s*(?:only\s+|about\s+|around\s+|~)?"
     r"(?:us\$|\$|¥|€)?\s*$", T + r"(?:[kmb]n?\b|billion|million|mio\b|mrd\b)?\s*" + CUR),
    ("budget",
     T + CUR + r"?\s*(?:能买|可以买|够买|能购买|can buy|could buy|would buy|buys|will buy|gets? (?:me|us|you)|"
     # ("集团规划3个亿买H20": the money spent buying them)
     # (not "一台RMB 120万 买200台": one's price, then the count bought)
     r"(?:来|去|用来|用于|拿来)?\s*(?:买|采购|购买|购置)(?!\s*(?:了|过|的|\d|[一二两三四五六七八九十几])))", None),
    # "how many B200 … if each is like $40k": each of the cards asked about, its price
    ("price",
     None, r"\beach\s+(?:one\s+)?(?:is|costs?|runs?|goes for)\s*(?:like|about|around|roughly|~|≈|maybe)?\s*"
     r"(?:us\$|\$|¥|￥)\s*$", T + r"(?!\s*(?:/|per\b|an?\s+(?:month|year|hour|hr|day)\b|每|一))"),
    # ("used A100 40GB are going for like $4,200 on ebay", "V100 SXM2 16gb are like $200 used now": the cards'
    # going price, said of them in the plural)
    ("price",
     None, r"#+s?\s*(?:\d+\s*gb\s*)?(?:(?:used|new|refurb(?:ished)?)\s+)?(?P<at>)(?:are|r)\s+(?:(?:now|still|currently|going|"
     r"selling|for|like|about|around|roughly|~|only|just)\s*)+(?:us\$|\$|¥|￥)\s*$",
     T + r"(?!\s*(?:/|per\b|an?\s+(?:month|year|hour|hr|day)\b|k?wh?\b|million|billion|[mb]n?\b))"),
    # "an H200 is ≈ $32k": a card said to be an amount of money
    ("price", None, r"(?:\ban?|\bone|\beach)\s+#+\s*(?P<at>)(?:is|costs?|runs?|goes for)\s*"
     r"(?:about|around|roughly|~|≈|approximately)?\s*(?:us\$|\$|¥|￥)\s*$"),
    # "B200 now $40k; what do 5,000 cost?", "H100: $25k": an amount said right after a card, no budget word
    ("price",
     None, r"#+\s*(?P<at>)(?:now|today|is|cost(?:s|ing)?|runs?|goes for|sells? for|lists? (?:at|for)|"
     r"priced at|=|:|@)\s*(?:(?:now|today|about|around|roughly|~|≈|approximately)\s*)*(?:us\$|\$|¥|￥)\s*$",
     T + r"(?!\s*(?:/|per\b|an?\s+(?:month|year|hour|hr|day)\b|每|一|budget|k?wh?\b|度|million|billion|[mb]n?\b))"),
    # (not "a budget of 6e22 training FLOPs": a compute budget, FLOPs or GPU-hours)
    ("budget",
     # ("总预算够不够15万": the budget, asked whether it is enough)
     T + CUR, r"(?:\$|us\$|¥|usd|rmb|cny|eur|gbp|预算|经费|budget(?: of| is|=|:)?|spend|投资)\s*(?:为|是|有|够不够|够吗)?\s*$",
     r"^(?!\s*(?:training\s+|train\s+|compute\s+)?(?:flops?|flop|gpu[- ]?hours?|gpu[- ]?h\b|卡时|tokens?)\b)"),
    # ("预算审批下来是600万", "预算这边批了800万": the budget, a few words between it and its amount)
    ("budget", None, r"(?:预算|经费)[^，,。；;？?\d]{1,8}?(?:是|为|有|批了|下来|给了|划了|拨了|留了|分了|切了)\s*(?:大概|大约|约)?\s*$",
     r"^(?!\s*(?:张|台|卡|个|次|token|度|千瓦|瓦|kw|人|用户|小时|%|倍))"),
    # ("我们经费150万，能买几张": the money a grant gives, its amount right after the word)
    # ("租卡预算全年6000万": the period it pays for said between the word and its amount)
    ("budget", None, r"(?:预算|经费)\s*(?:(?:全年|一年|每年|年度|今年|明年|每月|一个月|每个月|每季度|一季度)\s*(?P<at>))?"
     r"(?:也就|也只有|大概|大约|约|只有|就|才|一共|总共)?\s*$",
     r"^(?!\s*(?:张|台|卡|个|次|token|度|千瓦|瓦|kw|人|用户|小时|%|倍|年|月|天|/|每))"),
    # ("手上有500万，DGX H100一台两百四十万左右，能买几台": the money at hand, in 万 with nothing counted after)
    ("budget", None, r"(?:手上|手里|手头|账上|兜里)(?:就|只|还|一共|总共)?\s*(?:有|剩|攒了)\s*(?:大概|大约|约|个)?\s*$",
     r"^\s*(?:元|人民币)?(?!\s*(?:张|台|块|片|颗|卡|个|次|token|度|千瓦|瓦|kw|人|用户|小时|%|倍|年|月|天|[a-z#&@\d]))"),
    # "一个月电费要800万", "年电费大概1200万": the bill, in yuan when no currency is said in a Chinese question
    ("budget", None, r"(?:电费|电力成本|用电成本)\s*(?:要|需要|得|是|为|大概|大约|约|有|达到|高达|就)*\s*$",
     r"^(?!\s*(?:张|台|卡|个|次|token|度|千瓦|瓦|kw|人|用户|小时|%|倍))"),
    # "The FY2025 appropriation for the city AI platform is RMB 45 million": the money granted, its words first
    ("budget",
     None, r"\b(?:budget|appropriation|allocation|funding|grant|capex)\b[^,.;:\d]{0,40}?\b(?:is|of|=|totals?|was|"
     r"comes? to|stands at)\s*(?:about|around|roughly|~|approximately)?\s*$",
     r"^\s*(?:[kmb]n?\b|million|billion|thousand)?\s*(?!\s*(?:%|x\b|gpus?|cards?|users?|people|tokens?|"
     r"hours?|days?|kw|mw|w\b|(?:training\s+|train\s+|compute\s+)?(?:flops?|gpu[- ]?hours?)\b))"),
    # "Budget Ceiling: USD 18,000,000", "budget cap of $2M": the most that may be spent
    ("budget",
     None, r"\bbudget\s+(?:ceiling|cap|limit|envelope|total)\s*(?:of|is|=|:)?\s*(?:us\$|\$|usd|rmb|cny|¥)?\s*$",
     r"^(?!\s*(?:%|x\b|gpus?|cards?|[kmg]?w\b))"),
    # (last: a batch or a concurrency said before it keeps its number) a context length: "32k 的长文", "128k 上下文", "8k ctx", "128k KV", "128k x batch 4", "上下文想开到 32k",
    # "序列长 1024"
    ("input_tokens",
     T + r"\s*(?:的)?\s*(?:长文本?|上下文|context|ctx|kv|(?:长)?会话|(?:long[- ])?sessions?)(?![a-z])",
     r"(?:上下文|序列长度?)\s*(?:想|要|需要)?\s*(?:开到|设为|设到|拉到|到|为|是|按|取|=|:)?\s*$"),
    # "按卡钱乘 1.8": a multiple said with the verb (late: "峰值再乘 2" is a peak)
    ("factor", None, r"(?:乘以?|乘上)\s*(?:个)?\s*$", r"^(?!\s*(?:张|台|卡|个|%))"),
    ("percent", T + r"%", None),
]
# \b between an ASCII word and a Chinese character is no boundary in Python's Unicode regexes
# ("1e25 flops的训练"); the tables mean an ASCII word boundary
_B = r"(?:(?<![a-z0-9])(?=[a-z0-9])|(?<=[a-z0-9])(?![a-z0-9]))"


_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


# a time asked to be confirmed: "on 512 H100s would it really finish in 10 days?", "would it drop to ~8 days?"
WOULD_IT_TAKE = r"\b(?:would|will|could|does) (?:it|that|the run|the job) (?:really |actually )?" \
    r"(?:take|finish|drop|come down|be done)\b"


def ascii_re(pattern: str) -> re.Pattern[str]:
    """Compile with \\b as an ASCII word boundary. Where the boundary sits just before or just after
    a literal ASCII letter or digit, only one side needs checking, which is about twice as fast to
    search with (the same matches). Before a single letter the letter is written first and the
    boundary checked behind it ("\\bfit" as "f(?<![a-z0-9]f)it"): a pattern whose every branch then
    starts with a literal lets the search skip to where one occurs."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        two = pattern[i:i + 2]
        if two == r"\b":
            nxt, after = pattern[i + 2:i + 3], pattern[i + 3:i + 4]
            prev, before = pattern[i - 1:i] if i else "", pattern[i - 2:i - 1] if i > 1 else ""
            if nxt in _ALNUM and nxt and after not in ("?", "*", "{", "+"):
                out.append(nxt + r"(?<![a-z0-9]" + nxt + ")")
                i += 3
                continue
            if nxt in _ALNUM and nxt and after not in ("?", "*", "{"):
                out.append(r"(?<![a-z0-9])")       # \bfit: the next character is a letter
            elif prev in _ALNUM and prev and before != "\\":
                out.append(r"(?![a-z0-9])")        # fits\b: the last character was a letter
            else:
                out.append(_B)
            i += 2
        elif two.startswith("\\"):
            out.append(two)
            i += 2
        else:
            out.append(pattern[i])
            i += 1
    return rx.compile("".join(out))


def _first_literals(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The literal strings one of which every match of a parsed pattern starts with (after its
    assertions), or None when that cannot be told."""
    skip = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
    i = 0
    while i < len(items):
        op, av = items[i]
        if op in skip:
            i += 1
        elif op is _C.SUBPATTERN and all(o in skip or (o is _C.BRANCH and all(
                all(x[0] in skip for x in b) for b in a[1])) for o, a in av[-1]):
            i += 1                              # an ASCII word boundary: assertions only
        else:
            break
    if i == len(items):
        return None
    op, av = items[i]
    if op is _C.LITERAL:
        lit = ""
        while i < len(items) and items[i][0] in (_C.LITERAL, _C.ASSERT_NOT):
            if items[i][0] is _C.LITERAL:       # (an assertion between letters matches no text)
                lit += chr(items[i][1])
            i += 1
        return {lit}
    if op is _C.IN and all(o is _C.LITERAL for o, _ in av) and len(av) <= 12:
        return {chr(v) for _, v in av}
    if op is _C.SUBPATTERN:
        return _first_literals(list(av[-1]) + items[i + 1:])
    if op is _C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            lits = _first_literals(list(branch) + items[i + 1:])
            if not lits:
                return None
            out |= lits
        return out
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        lits = _first_literals(list(av[2]))
        if av[0] >= 1:
            return lits
        rest = _first_literals(items[i + 1:])
        return lits | rest if lits and rest else None
    return None


def _head_literals(pattern: re.Pattern[str]) -> set[str] | None:
    """_first_literals of a compiled pattern, kept with the compiled patterns (calc/rx.py)."""
    def derive() -> set[str] | None:
        try:
            return _first_literals(list(_parser.parse(pattern.pattern)))
        except Exception:                       # a pattern the private parser reads otherwise
            return None
    return rx.memo("first-literals", pattern.pattern, derive)


def _gate(pattern: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """A quick test that fails where the pattern cannot match: none of the literals every match
    starts with occurs. A head pattern is searched across 48 characters for every number and
    most rules fail; the literal test fails faster."""
    if pattern is None:
        return None
    lits = _head_literals(pattern)
    return rx.compile("|".join(re.escape(x) for x in sorted(lits, key=len, reverse=True))) if lits else None


def _compiled(rule: tuple[str, ...]) -> tuple[str, re.Pattern[str] | None, re.Pattern[str] | None,
                                               re.Pattern[str] | None, re.Pattern[str] | None]:
    """(role, tail, head, tail also required, the head's quick gate)"""
    head = ascii_re(rule[2]) if rule[2] else None
    return (rule[0], ascii_re(rule[1]) if rule[1] else None, head,
            ascii_re(rule[3]) if len(rule) > 3 and rule[3] else None, _gate(head))


ROLES_C = [_compiled(r) for r in ROLES]   # type: ignore[arg-type]


class _RuleIndex:
    """The role table arranged so that one number costs a few searches, not one per rule; it reads
    exactly what trying the rules one by one in order reads (tests/calc/test_fast_regex.py).

    - The tails are one alternation: a match at the tail's start takes the first branch that
      matches, so its group number is the first rule whose tail matches, and no rule after it
      needs its head tried. (Year rules apply to year-like numbers only: a second alternation
      without them.)
    - A head pattern is tried only where one of the literals every match of it starts with occurs
      in the words before the number: the literals present are found once per number, by their
      first character, and each gives the rules it admits as bits of one integer."""

    def __init__(self, rules: list[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None,
                                         re.Pattern[str] | None, re.Pattern[str] | None]]) -> None:
        self.rules = rules
        self.tails = self._tails(skip_years=False), self._tails(skip_years=True)
        self.ungated = 0                        # heads with no gate: always tried
        self.by_first: dict[str, list[tuple[str, int]]] = {}
        admits: dict[str, int] = {}
        for i, (_, _, head, _, gate) in enumerate(rules):
            if head is None:
                continue
            if gate is None:
                self.ungated |= 1 << i
                continue
            for lit in _head_literals(head) or ():
                admits[lit] = admits.get(lit, 0) | 1 << i
        for lit, mask in admits.items():
            self.by_first.setdefault(lit[0], []).append((lit, mask))

    def _tails(self, skip_years: bool) -> tuple[re.Pattern[str], list[int]]:
        """One pattern of every tail in order, and the rule each of its groups stands for."""
        branches, owner = [], []
        for i, (role, tail, *_) in enumerate(self.rules):
            if tail is not None and not (skip_years and role in ("year", "whole_year")):
                branches.append(f"({tail.pattern})")
                owner.append(i)
        return rx.compile("|".join(branches)), owner

    def first_tail(self, tail: str, year_like: bool) -> tuple[int, int]:
        """(the first rule whose tail matches, the match's end), or (len(rules), 0)."""
        pattern, owner = self.tails[0 if year_like else 1]
        m = pattern.match(tail)
        return (owner[m.lastindex - 1], m.end()) if m and m.lastindex else (len(self.rules), 0)

    def heads_to_try(self, head: str, before: int) -> list[int]:
        """The rules before `before` whose head pattern may match these words, in order."""
        mask = self.ungated
        by_first = self.by_first
        for c in set(head):
            for lit, admits in by_first.get(c, ()):
                if lit in head:
                    mask |= admits
        mask &= (1 << before) - 1
        out = []
        while mask:
            low = mask & -mask
            out.append(low.bit_length() - 1)
            mask ^= low
        return out


_INDEX = _RuleIndex(ROLES_C)


# a hedge between a quantity's words and its number ("每秒大概3000", "一台大概要50万") is not part of them
# (Chinese hedges only: the English rules already allow "about"/"around" where they belong)
HEDGE_END = rx.compile(r"(?<=[^\s])\s*(?:(?:现在|目前|如今|眼下|当前)\s*(?:大概|大约|约莫|约为|约|差不多|估计|将近|接近)?|"
                       r"(?:预计|预估|预期)\s*(?:大概|大约|约|会|能|将)?|"
                       r"大概|大约|约莫|约为|约|差不多|估计|将近|接近|据说|听说|号称|已经|已|抓|顶多|撑死|最多|至多|"
                       # ("利用率就算50%": a figure granted for the sake of the sum)
                       r"就算|就按|就当|"
                       # ("growing like eighty percent a year", "does um three thousand tokens a sec": spoken
                       # hedges and fillers before the number)
                       r"(?<![a-z])(?:like|um+|uh+|erm)|"
                       # ("our PUE is honestly more like 1.7": a speaker's adverb, then what they would say)
                       r"(?<![a-z])(?:honestly|frankly|realistically|actually|probably|truthfully|"
                       # ("PUE say 1.4": a figure offered for the sake of the sum, not who says it: "they say")
                       r"(?<=[a-z0-9] )(?<!they )(?<!people )(?<!he )(?<!she )(?<!vendors )(?<!you )say)"
                       r"(?:\s+(?:more like|closer to|like|about|around|nearer))?)"
                       r"\s*(?P<verb>要|是|为|会|有)?\s*$")


# the currency's word between a quantity's words and its number ("电费每度人民币 0.6 元",
# "每百万 token 人民币 2 元"): the amount's currency, read beside the number, not part of the words
CURRENCY_WORD_END = rx.compile(r"(?<=[^\s])\s*(?:人民币|美元|美金|(?<![a-z])(?:usd|rmb|cny))\s*$")


DURATION_AFTER = rx.compile(r"\s*(?:个\s*(?:月|小时|星期|季度)|年(?![份度级初中底末化增])|月(?![活均租供费卡])|天|周(?![活])|"
                            r"星期|小时|季度|(?:months?|weeks?|days?|years?|yrs?|quarters?)\b(?![- ]?(?:old|ago)))")
_PRICED_KWH = rx.compile(r"\s*(?:kwh|度)(?![a-z])")
_OTHER_UNIT = rx.compile(r"\s*(?:j|joules?|焦耳|焦|k?wh|瓦时|千瓦时|度电|w(?!/(?:\s|$))|watts?|瓦|kw|千瓦|mw|兆瓦|gw|ms|毫秒|gb|tb|kva|mva|千伏安|"
                         r"tflops?|pflops?|tok/s|tokens?/s)(?![a-z])")
# (compiled once: role_of runs for every number of every question)
_YEARS_GROWN = rx.compile(r"\s*年(?:内|里|间)?(?=\s*增)")
_QUERIES_PER = rx.compile(r"\s*(?:q|qs|queries|reqs?|requests|prompts|次)\s*(?:/|per\b|a\b|每)")
_MONEY_ROLES = frozenset({"rent", "rent_month", "price", "server_price", "budget", "bill", "electricity", "token_price",
                          "token_price_k", "dram_price"})
# the roles a number said with a period right after it cannot have: money, and counts and shares
_AMOUNTS = _MONEY_ROLES | {"dau_share", "dau_share_week", "users", "gpu_count", "servers", "concurrent_users", "pue",
                           "usd_cny"}


_COUNTS = frozenset({"users", "gpu_count"})
_SHARES = frozenset({"util", "util_fraction"})
_YEAR_ROLES = frozenset({"year", "whole_year"})


def pick_rule(head: str, tail: str, ruled_out: frozenset[str], year_like: bool
              ) -> tuple[int, re.Match[str] | None, re.Match[str] | None, int]:
    """The first rule, in the table's order, whose tail matches the words after a number or whose
    head matches the words before it (with its required tail), heads of the roles ruled out
    skipped: (its index, the head's match or None, the required tail's match, the tail match's
    end); index len(ROLES_C) when none does. Year rules apply to year-like numbers only."""
    first, tail_end = _INDEX.first_tail(tail, year_like)
    for i in _INDEX.heads_to_try(head, first):
        role, _, hre, need, _ = ROLES_C[i]
        if role in ruled_out or (role in _YEAR_ROLES and not year_like):
            continue
        assert hre is not None
        if h := hre.search(head):
            nm = need.search(tail) if need is not None else None
            if need is None or nm:
                return i, h, nm, 0
    return first, None, None, tail_end


# a range's low end just before a number: "1500到", "1,500-", "2.5 ~ "
_RANGE_LOW_END = rx.compile(r"(?<![a-z\d.,])\d(?:[\d,]*\d)?(?:\.\d+)?\s*(?:-|–|~|～|到|至)\s*$")


# a hedge after a count, before the noun it counts: "一天1200左右的请求", "3万上下的用户"
# ("nine hundred-ish simultaneous chats", "two thousand-odd berth holders": the English suffixes too)
_TAIL_HEDGE = rx.compile(r"\s*(?:左右|上下|出头)\s*的?\s*(?=[\u4e00-\u9fff])|-(?:ish|odd)\b")


def role_of(masked: str, n: Num) -> tuple[str, int, int]:
    """(role, span start, span end): the role and the extent of the words that gave it."""
    tail = masked[n.end:n.end + 48].split("\n", 1)[0]        # (a pasted list: one item a line)
    hedged = _TAIL_HEDGE.match(tail)
    if hedged is not None and n.value >= 10:
        # (the words after the hedge are the count's: read as if it were not there, the span the whole)
        role, start, end = role_of(masked[:n.end] + " " * hedged.end() + masked[n.end + hedged.end():], n)
        if role != "number":
            return role, start, end
    tail = masked[n.end:n.end + 48].split("\n", 1)[0]
    head_from = max(0, n.start - 48)
    head = masked[head_from:n.start]
    if "\n" in head:
        head_from += head.rindex("\n") + 1
        head = masked[head_from:n.start]
    cut, resume = len(head), len(head)   # where a hedge was cut out, and where the words resume after it
    if (hedge := HEDGE_END.search(head)) and not re.match(r"\s*(?:[-–~]|to\s)\s*\d", tail):
        # "单卡每秒大概3000 token", "一台大概要50万美元": the words without the hedge (not before a range:
        # "the prompt like 20-25k tok")
        cut, resume = hedge.start(), hedge.start("verb") if hedge.group("verb") else hedge.end()
        head = head[:hedge.start()] + (hedge.group("verb") or "")
    if head.endswith(":") or head.endswith(": "):
        head = head.rstrip(": ") + " "        # "日输出 token：500亿": a label, pasted with its colon
    low_start = None
    if low := _RANGE_LOW_END.search(head):
        # "每人每天约产生1500到2000个token": a range's high end is read with the words before its low end
        # (its span still starts at the number: the low end is its own span)
        low_start, cut, resume = head_from + low.start(), low.start(), len(head)
        head = head[:low.start()]
    money_before = re.search(r"(?:\$|¥|￥)\s*$", head) is not None
    with_code = head                      # (the words with a currency code kept: "we have RMB 12M")
    if cur := CURRENCY_WORD_END.search(head):
        head = head[:cur.start()]
        if hedge := HEDGE_END.search(head):
            head = head[:hedge.start()] + (hedge.group("verb") or "")
    # "2.5美元一小时 一年多少钱", "每小时 12 块，3个月多少": a number said with a period right after it is
    # that period, not the amount the words before it introduce
    if n.value < 100 and (y := _YEARS_GROWN.match(tail)):
        return "years", n.start, n.end + y.end()     # "3 年增长了 27 倍": three years, not a yearly rate
    period = DURATION_AFTER.match(tail) is not None
    # ("大概七成拿去买", read as 70%: a share is never an amount of money; nor is "300 焦耳", "700W", "80GB")
    share = tail.lstrip().startswith("%") or (_OTHER_UNIT.match(tail) is not None and not (
        # ("elec $0.09 kwh": money marked before it, the kWh it buys after it: a price, not energy)
        _PRICED_KWH.match(tail) and money_before))
    # ("10M dau 20q/day": a count of queries a day, not a second count of users)
    per_day = _QUERIES_PER.match(tail) is not None
    # ("from 2,000 A100s": a count, never a year)
    # (a year is written in digits: "2k" is two thousand of something, "in 2k 2k out" no date)
    year_like = 1990 <= n.value <= 2100 and float(n.value).is_integer() and "," not in n.raw \
        and not re.search(r"\d\s*[kmb]$", n.raw.strip().lower())
    ruled_out: frozenset[str] = frozenset()
    # ("千卡H100训70B MFU 38%": a model's size before the MFU's word, never a utilization)
    sized = re.search(r"\d\s*[bt]$", n.raw.strip().lower()) is not None
    for roles, on in ((_AMOUNTS, period), (_MONEY_ROLES, share), (_COUNTS, per_day), (_SHARES, sized)):
        if on:
            ruled_out |= roles
    i, h, nm, tail_end = pick_rule(head, tail, ruled_out, year_like)
    if i >= len(ROLES_C) and with_code != head and not re.search(r"(?:usd|rmb|cny|\$|¥|美元|人民币)\W{0,4}$", head):
        # (not an exchange rate's pair: "usd->rmb 7.15")
        # "approved RMB 12M for AI infra": no words before the code give the amount a role; the code
        # itself marks money, as "$12M" would
        i2, h2, nm2, tail_end2 = pick_rule(with_code, tail, ruled_out, year_like)
        if i2 < len(ROLES_C) and h2 is not None and h2.start() >= len(head) - 1:
            head, (i, h, nm, tail_end) = with_code, (i2, h2, nm2, tail_end2)
    # ("our 8B fine-tunes": a model's size, never 8 billion runs)
    if sized and i < len(ROLES_C) and (ROLES_C[i][0] in _SHARES or ROLES_C[i][0] == "runs"):
        return "size", n.start, n.end
    if h is not None:
        hre = ROLES_C[i][2]
        assert hre is not None
        # a pattern may mark where its span starts: "cards at (?P<at>$)8k"
        at = h.start("at") if "at" in hre.groupindex and h.group("at") is not None else h.start()
        start = head_from + (at if at <= cut else resume + at - cut)
        if low_start is not None and start < n.start:
            start = n.start
        while start < n.start and masked[start] in "#@&~§(（ ":
            start += 1                         # a name before the words is its own span
        end = n.end + (nm.end() if nm else 0)
        while end > n.end and 0 < end < len(masked) and masked[end - 1] in "#@&~§" and masked[end] == masked[end - 1]:
            end += 1                           # (a name the words end in, whole: "a box with 2 L40S")
        if ROLES_C[i][0] in ("price", "server_price") and (per := _PER_NAME_AFTER.match(masked, end)):
            end = per.end()                    # ("a unit price of US$38,000 per B200": the thing it is paid per)
        return ROLES_C[i][0], start, end
    if i < len(ROLES_C):
        end = n.end + tail_end
        while end > n.end and masked[end - 1] in "#@&~§":
            end -= 1                           # a following name is its own span
        return ROLES_C[i][0], n.start, end
    return "number", n.start, n.end


# "per" between a price and the name it is paid for ("US$38,000 per B200"; the name is its own span)
_PER_NAME_AFTER = rx.compile(r"\s*(?:per|/|each|a)(?=\s*[#&])")

# the currency of an amount: the symbol or word right before or after the number
CURRENCY_BEFORE = rx.compile(r"(us\$|\$|usd|¥|rmb|cny|￥)\s*$")
CURRENCY_AFTER = rx.compile(r"^\s*(?:多|余|来)?\s*(?:(?!(?:in|to|into)\b)[a-z]+\s+)?(美元|美金|美分|刀|usd|us\$|dollars?|bucks?|cents?|元|人民币|rmb|yuan|cny|块|毛|角)")

# qualifiers that decide a power span's parameter, and a token count's direction
PER_GPU_RATE = rx.compile(r"(?:per-|(?:per|/|an?|one|each|on (?:one|a single|an?|1)|with (?:one|a single|1))\s*)(?:#+|gpu|card|chip|accelerator)|单卡|单张|每卡|每张卡|每张|"
                          # "two hundred H100s … if each one does about 3,000 tokens a second"
                          r"\beach (?:one|of them)\s+(?:does|gets|pushes|delivers|hits|runs at|manages)\s*(?:about|around|~|roughly)?\s*$|"
                          r"(?<![\d十百千万])一(?:张|块|颗)(?:卡|显卡)?[\s#]*(?:(?:跑|运行|上)[\s#@~]*)?(?:的)?\s*"
                          r"(?:实测|实际|大概|大约|约)?\s*(?:每秒)?$")
PER_GPU = rx.compile(r"(?:per|/|a|each|every)\s*(?:#+|gpu|accelerator|card|chip)|"
                     r"每张|每卡|每块|单卡|每颗|一张卡|每个gpu|每gpu")
EACH = rx.compile(r"\beach\b|apiece|all-in")
PER_SERVER = rx.compile(r"(?:per|/|a|each|every)\s*(?:#+\s*)?(?:&+|server|node|rack|cabinet|box|machine|rig\b|workstation)|"
                        # a site of a few cards counted as a server: "per-site cap 2kW", "单站功耗上限3kW"
                        r"(?:per|each|every)[- ](?:edge[- ])?site\b|单站|每站|每个站点|"
                        r"\b(?:for|across|on) (?:the |a |one )?(?:whole|entire|full) (?:&+|server|node|box|machine)\b|"
                        # ("Card pulls ~450W, whole PC maybe 650W at the wall": the machine's draw)
                        r"\b(?:whole|entire|total|full) (?:pc|computer|box|machine|system|rig|server|workstation|setup)\b|"
                        r"\b(?:aggregate|total|combined) (?:across|over|for) (?:the |a |one |each )?(?:&+\s*)?"
                        r"(?:server|node|box|machine)\b|"
                        r"每台|单台|每个机柜|每机柜|每柜|单柜|每个柜子?|单个机柜|每个节点|每节点|&+\s*(?:draws?|drawing|uses?|using|at)")
# (a document's length is what is read in: "tickets are ~3k tokens", "每页约1000 tokens", "2,200 tokens each"
# after "400k documents")
INPUT_WORDS = rx.compile(r"input|prompt|context|\bctx\b|promt|imput|输入|提示|上下文|问题长度|原文|全文|原始文本|(?<!\bwe )(?<!\bi )\bsend(?:s|ing)?\b(?!\s+out\b)|"
                         # (an image, a screenshot or a frame is read in: "1,200 image tokens", "每张图约1,000 token")
                         r"\b(?:images?|imgs?|photos?|screenshots?|frames?|pictures?|pages? tiled)\b|图片|截图|每张图|每帧|"
                         r"每张相|每張相|圖片|截圖|"
                         r"\b(?:users?|people|they|customers?|students?)\s+(?:write|type|paste|ask)s?\b|"
                         # ("Users' messages average 2,400 characters": what the users send is read)
                         # ("customer text for a sign is short, like 80 characters")
                         r"\b(?:users?|customers?|students?)'?s?'?\s+(?:messages?|questions?|queries|texts?|requests?|"
                         r"notes?)\b|"
                         r"用户(?:的)?(?:消息|提问|问题)|"
                         r"\b(?:docs?|documents?|pages?|contracts?|tickets?|papers?|pdfs?|chunks?|files?|filings?|"
                         r"invoices?|transcripts?|articles?|emails?|passages?|items?|posts?|comments?|excerpts?|"
                         r"snippets?|logs?|essays?|leases?|agreements?|depositions?|resumes?)\b|每页|每份|每篇|"
                         r"每个文档|作文|"
                         r"每个文件|每张单据|审核|稿子|稿件|转写|合同|病历|"
                         # ("召回的网页内容拼进去约4000 token", "retrieved ctx 7.5k"): what retrieval puts in
                         r"召回|检索到?的|拼进去|塞进去|喂进去|丢进去|扔进去|上传|\bretriev|"
                         # ("每条分子描述平均900字符", "每条记录…": each item read, its description)
                         r"每条(?:分子|记录|样本|数据|文本|日志|评论)|"
                         # ("bot reads 25,000-word screenplays and writes 1,200-word notes")
                         r"\breads\b|\bingests?\b|"
                         # ("让大模型读2000 token、吐出400 token": what the model reads)
                         r"(?<![阅解])读(?:入|取|进)?(?=\s*(?:约|大约|大概)?\s*\d)")
OUTPUT_WORDS = rx.compile(r"output|answer|response|completion|generat|\bgen\b|decod|reply|replies|anser|answr|ouput|"
                          r"\bans\b|\bresp\b|"
                          r"\bcomes? out\b(?!\s+(?:to|at)\b)|\bcoming out\b|\bspits? out\b|"
                          r"\bsummar(?:y|ies|ise|ize)|\babstracts?\b|\bdigests?\b|\bsynops[ie]s\b|\bfeedback\b|\bsolutions?\b|"
                          r"\bexplanations?\b|\bcritiques?\b|\blabels?\b|\bjson\b|\bback\b(?![- ]and)|输出|回答|生成|回复|摘要|标签|"
                          r"批改意见|评语|点评|批语|批注|修改意见|译文|答复|翻(?:译)?出来|译出来|译成|翻成|\bwrites\b|"
                          # ("draft impression ~350 tokens", "the LLM drafts an impression of ~120 words")
                          r"\bdrafts?\b|\bimpressions?\b|\brewrites?\b|\brewritten\b|吐出?(?=\s*(?:约|大约|大概)?\s*\d)")
# who says a figure, before "say": "they say", "my boss say 45k" (not "say" alone, a hedge: "say 25% extra")
SAYERS = (r"(?:they|people|ppl|he|she|you|vendors?|analysts?|folks|everyone|some|others|reports|articles|sources|"
          r"colleagues?|boss|friends?|managers?|team|someone|somebody|teachers?|prof|sales|guys?)")
# a day said before a volume in its clause: "Daily we need 400M output tokens" (Chinese volumes of a day,
# "每天输入5000万token", are read with their direction, calc/derive)
DAILY_BEFORE = rx.compile(r"\bdaily\b|\bper day\b|\ba day\b|\bevery day\b|每天|每日|日均|天均")
CLAUSE = rx.compile(r"[,;，；。?？!！]|\band\b|和|以及")

_KW_PATTERNS = {  # compiled below with ascii_re
    "google": ascii_re(r"google|谷歌|every search|每次搜索|搜索引擎"),
    "train": ascii_re(r"train|训练|(?<![培教])训(?!诫|斥|话)|pre-?train|\bablations?\b|消融|预训练|微调|fine-?tun|\bsft\b|epochs?\b|gpu[- ]?years?|gpu[- ]?hours?|卡时|\bmfu\b|chinchilla|compute[- ]optimal"),
    # (not "networking & DC fit-out": a build's fitting out)
    "fit": ascii_re(r"\bfit(?![- ]?outs?\b)(?!ur|ness|ting|ter)(?!\s+(?:\d+|two|three|four|five|six|a few|a couple(?: of)?)\s+(?:(?:more|extra|big|small)\s+)?(?:servers?|racks?|boxes|box|machines?|nodes?|cabinets?)\s+(?:in|into|inside|under)\b)|fits\b|跑唔跑|跑不跑|跑得郁|跑唔郁|跑得动|跑不动|能不能跑|能跑吗|跑得起来|跑得了吗|\b(?:squeeze|cram|squish|shoehorn)(?:d|s|ing)?\s+(?:it\s+)?(?:into|onto|on)\b|\b(?:doable|feasible)\s*\??\s*$|跑[^,，。？?]{0,30}行不行|绰绰有余|room (?:left )?for kv|\bwhat (?:does|would|will) it take (?:just )?to (?:load|host|hold)\b|\b(?:can|could) (?:\d+|two|four|eight) (?:of them|cards|gpus) (?:host|run|hold|serve)\b|needs? (?:more|less) (?:gpu )?memory|more (?:gpu )?memory|更占显存|显存更大|(?:gpu |v)?ram (?:do|would) (?:i|we) need|memory do (?:i|we) need|how much (?:gpu |v)?(?:memory|vram)|放得[进下]|装得下|塞得下|放不下|(?:放|装|塞)(?:唔|不)?(?:放|装|塞)?得落|(?:放|装|塞)唔落|显存占用|占用多少显存|显存(?:要|需要)?多少|\bon (?:a |one )?single\b|\bweights? memory\b|memory (?:of|for) (?:the )?weights|权重.{0,4}(?:显存|内存|多大|多少)|hold the weights|\b(?:will|would|can|could)\s+(?:it|this|they|we|that)\s+hold\s+up\b|\bholds?\b(?!\s+up\b)(?!\s+(?:the\s+|that\s+)?(?:peak|load|traffic|spike|surge)s?\b)(?!\s+(?:[a-z0-9,]+\s+){0,2}(?:gpus?|cards?|accelerators?|chips?)\b)(?!\s+(?:~|about|around)?\s*[\d.,]+\s*[km]?\s*(?:qps|rps|req|requests|queries|users|concurrent|streams|tokens)\b)|\bweights?\b.{0,30}how many|memory (?:needed|required)|跑吗|能否运行|运行得了|需要多少显存|显存需求|vram (?:needed|required)|显存需要|\b(?:can|could) (?:i|we|you) (?:run|serve|host|load)\b|(?:^|[.?!,;]\s*)(?:can|could|will|would) (?:my|our|a|an|one|the|this|a single|a pair of|two)\s+[a-z0-9 ()-]{2,40}?\s(?:run|load|hold)\b|(?<!we )(?<!currently )(?<!today )(?<!the )(?<!a )(?<!-day )(?<! day )(?<!training )(?<!those )\brun (?:it )?on\b(?![- ]?(?:prem|site|our own)\b)|跑得动|能跑(?!\s*(?:几|多少|多久|多长))|能(?:不能)?用[^,，。？?]{0,24}跑[^,，。？?]{0,30}(?:吗|么)|(?:可以|能)跑[^,，。？?]{0,30}(?:吗|么)|可不可以跑|(?:一张|单卡|一台|一个节点)[^,，。？?]{0,4}够不够|放\s*(?:在)?\s*(?:\d+|[一二两三四五六七八九十]{1,3})\s*(?:张|块|台|个)[^,，。？?]{0,24}够(?:不够|吗|么)|能不能跑|装得下|放得下|放下|装下|能放|显存够|内存够|enough memory|enough vram|how much (?:memory|vram|hbm)|多少显存|多少内存|kv[- ]?cache|kv ?缓存|放(?:进|入|到)?显存|装(?:进|入|到)?显存|塞(?:进|得下|下)|(?:just |only )?for (?:the )?(?:memory|weights)\b|光(?:放)?(?:显存|权重)|仅(?:看)?显存"),
    "enough": ascii_re(r"\benough\b|够不够|够吗|够用|足够|\b(?:\d+|one|a single|two)\s+(?:cards?|gpus?|chips?)\s+(?:ok|okay|fine)\b"),
    "hbm": ascii_re(r"\bhbm(?:\d[a-z]?)?\b|高带宽内存|显存(?:的)?成本|显存(?:要)?多少钱"),
    "growth": ascii_re(r"\bcagr\b|compound(?:ed)? annual|doubl(?!e[- ]?check)|翻倍|翻番|翻一番|grow|grew|annuali[sz]|年化|涨了|增长|增加到|how long (?:until|to reach|does it take)|多久"),
    "cost": ascii_re(r"cost|price|spend|buy|pay|capex|\brent\b|renting|租|budget|expensive|afford|多少钱|成本|价格|总价|花费|花多少|买|费用|投资|\$|¥|rmb|yuan|usd|\bdollars?\b|元|美元|人民币|美金"),
    # (not "plus 40% for networking/power/facilities": a part of the build listed)
    "power": ascii_re(r"(?<![a-z]/)\bpower\b(?!\s+users?\b)|electric|电(?:够不够|够吗|够用|够不|不够)|供电够|电价|energy|\bmw\b|\bkw\b|\bgw\b|\bkva\b|\bmva\b|千伏安|多少\s*gw|gw\s*的电|[kmgt]wh|watts?|电力(?!配套|设施)|功耗|功率|耗电|用电|能耗|电费|多少电|多大电|多大的电|电量|度电|兆瓦|千瓦|电站|供电(?!配套|设施)|\bwh\b|\bdraw(?!ings\b|ers?\b)|(?:from|at) the wall|\bpulls?\b"),
    "energy": ascii_re(r"energy per|tokens?\s*(?:per|/|a|each|every)\s*(?:mwh|megawatt[- ]hour)|"
                       r"(?:each|every)\s+mwh\b|每兆瓦时|\bwh\b|watt-?hours?|kwh|能耗|"
                       # ("每个请求输入800 token": per-request words before a request's length say what each
                       # request is, not that its energy is asked)
                       r"(?:per (?:request|query|search|prompt|answer)|每次(?:请求|查询|搜索|问答|回答)|单次(?:请求|查询)|"
                       # ("平均每次回答300个token": a request's length said right after)
                       r"每个请求)(?!\s*(?:的)?\s*(?:输入|输出|input|output|prompts?\b|answers?\b|"
                       r"(?:约|大约|大概|平均|差不多|~)?\s*\d))"),
    "per_token_energy": ascii_re(r"(?:energy|joules?|jouls?|\bj|\bwh|watt-?hours?|power) per (?:output )?token|per[- ]token (?:energy|power)|"
                                 r"\bj\s*/\s*tok(?:en)?\b(?!\s*\d)|\bjoules?\s*(?:/|a)\s*tok(?:en)?\b|"
                                 r"(?:一)?(?:百万|千|1m|1k)\s*(?:个)?\s*tokens?\s*(?:要|需要|大概)?\s*(?:耗电|耗能|用电|要多少度)|"
                                 r"每个?token(?:的)?(?:能耗|耗电|电量|(?:要|需要)?消?耗(?:多少)?(?:焦耳?|电|能量?))|单个?token(?:的)?能耗|"
                                 # ("4090和H100哪个每token电费更低": the electricity of a token, compared)
                                 r"(?:每|单)\s*个?\s*tokens?\s*(?:的)?\s*(?:电费|电力成本|用电成本)|"
                                 r"每\s*(?:个)?\s*tokens?\s*(?:的)?\s*(?:能耗)?\s*(?:是|合|要|大概)?\s*(?:多少|几)\s*(?:焦耳?|j\b)|"
                                 r"每\s*(?:生成|输出|产出|处理)?\s*(?:一)?\s*(?:千|百万|1k|1000|1m)\s*个?\s*tokens?.{0,10}(?:耗|度电|能耗|电量|电费)|"
                                 r"(?:kwh|energy|electricity|power|wh)\b.{0,20}per (?:1k |1,000 |1000 |thousand |million |1m |m )(?:output )?tokens?|"
                                 r"per (?:1k |1,000 |1000 |thousand |million |1m |m )(?:output |generated )?tokens?.{0,20}(?:kwh|energy|electricity|wh\b)"),
    "cost_per": ascii_re(r"per[- ](?:million|1m|m)[- ](?:output[- ])?tokens? (?:cost|price)|折合每百万|折算每百万|"
                         # "whats my break-even token price": the price a token must sell at to cover the hour
                         r"break[- ]?even (?:output )?(?:token|per[- ]token|\$\s*/\s*m\s*tok\w*) price|"
                         r"(?:token|api) price (?:to|that would|that'?d|needed to) break[- ]?even|"
                         r"保本(?:的)?\s*(?:token|api)\s*(?:单价|价格|价)|token\s*(?:定价|价格|单价)\s*(?:至少|最低)?\s*(?:要|得)?\s*多少才(?:能)?(?:保本|回本)|"
                         # "what's that per million tokens?", "how much is it per 1M tokens"
                         r"(?:(?:what'?s|what is|how much is|how much's)\s+(?:that|it|this)|how much)\s+(?:per|/|a)\s*"
                         r"(?:million|1m|m|1k|1,000|1000|thousand|k)\s*(?:output\s*)?(?:tokens?|toks?)\b|"
                         r"每百万\s*(?:个)?\s*(?:输出)?\s*token\s*(?:的)?\s*(?:报价|成本|价格|多少钱|谁更划算|谁更便宜|更划算|更便宜)|"
                         r"\$\s*/\s*m\s*toks?\b|\$\s*/\s*1?m(?:illion)?\s*tokens?|per\s*mtoks?\b|"
                         # "whats $/M at 40% busy?", "M tokens/hr and $/M?": the price per million, asked bare
                         r"(?<![\d.])(?:\$|cost)\s*/\s*m\b(?=\s*(?:\?|at\b|for\b|$|,|and\b|then\b))|"
                         r"\btoken cost (?:floor|basis)\b|"
                         r"单位\s*token(?:的)?\s*(?:成本|价格|更?便宜|更?贵)|每百万\s*(?:个)?\s*token[^,，。?？]{0,6}更?便宜|"
                         r"每百万(?:个)?\s*token\s*(?:多少|几)(?:钱|人民币|美元|元|块)|每百万(?:个)?\s*(?:输出|输入)?\s*token\s*(?:的)?\s*(?:多少钱|成本|电费)|(?:costs?|price|cheaper|cheapest|\$|usd|dollars?)\s*(?:per|/|a)\s*(?:(?:1k |1,000 |1000 |thousand |million |1m |m )?(?:output )?(?:tokens?|toks?)|query|request|answer|response|prompt|call|quote|ticket|chat|conversation|email|document|doc|message|summary|report|photo|image|booking|order|listing|description)\b|"
                         r"每\s*(?:百万|千|1k|1000)?\s*个?\s*(?:tokens?|次(?:查询|请求|调用))\s*的?\s*(?:成本|费用|价格|多少钱|更?便宜|更?贵|花费|几毛钱?|几块钱?|几分钱?|多少元)|"
                         # "'serving GPT-3 175B costs ~$0.004 per query'": one query's cost, claimed with its amount
                         r"\bcosts?\s*(?:~|≈|about|around|under|over|only|just|roughly)?\s*(?:us\$|\$)\s*[\d.]+\s*"
                         r"(?:per|/|a)\s*(?:query|request|answer|response|prompt|call)\b|"
                         # "'a full-context query on Llama 3.1 8B costs under a cent'": one query's cost, claimed
                         r"\b(?:query|request|prompt|call|answer)\b[^?!;]{0,40}\bcosts? (?:(?:under|less than|about|around|over|only|just)\s+)?(?:a|one|\d+) (?:cents?|penny|pennies)\b"),
    "per_request": ascii_re(r"per (?:request|query|prompt|answer|search|response)|"
                            r"per (?:1k|1,000|1000|a thousand|thousand|100|10k|10,000|million|1m) "
                            r"(?:requests|queries|prompts|answers|responses|searches|calls)\b|"
                            r"每\s*(?:千|万|百万|1000|一千)\s*次\s*(?:请求|查询|调用|问答)|one (?:\S+ )?(?:answer|request|query|response|reply)\b|"
                            # ("每千票报关单的电费": so many of any paper, their electricity)
                            r"每\s*(?:千|万|百|1000|一千)\s*(?:票|份|单|条|篇)\s*[\u4e00-\u9fff]{0,4}?\s*(?:的)?\s*(?:电费|耗电|能耗|用电)|"
                            r"per (?:1k |1,000 |1000 |thousand |million |1m |m )(?:output )?tokens?\b|每(?:千|百万|1k|1000)个?token|"
                            r"每次(?:请求|查询|问答|回答)|单次(?:请求|查询)|一次请求|每个请求"),
    "throughput": ascii_re(r"throughput|快多少|快几倍|慢多少|faster|slower|speed ?up|tokens?\s*(?:/\s*s|per second)|tok/s|吞吐|每秒.{0,4}token|serve|服务|跑多快|how fast|速度"),
    "serve": ascii_re(r"serve|users?|用户|日活|月活|\bdau\b|\bmau\b|qps|queries per|服务|并发|concurrent"),
    "convert": ascii_re(r"equal|equivalent|相当于|等于|等同|how many .{0,20}(?:make|match|for)\s*\d|\beflops\b|\bpflops\b"),
    # "monthly users", not "monthly cost": the word must qualify the people
    "monthly": ascii_re(r"monthly (?:active )?(?:users|actives|people|customers|visitors|subscribers|uniques)|"
                       r"monthly active (?:pts|patients|members|players|accounts)\b|"
                       # ("2,300 monthly active handlers": any people counted monthly)
                       r"monthly active (?:online |mobile |web |app |digital |internet |banking |retail |business )+"
                       r"(?:banking )?users\b|"
                       r"monthly active (?!params|parameters|experts|sessions|streams|connections|requests|queries|"
                       r"chats|calls|conversations|hours|days)[a-z]{3,}s\b|"
                        r"\bmau\b|月活|每月活跃|per month active|(?:users|visitors|people) (?:per|a|each) month|"
                        r"(?:users|visitors|people|customers) monthly"),
    "weekly": ascii_re(r"weekly (?:active )?(?:users|actives|people|customers|visitors|subscribers|uniques)|"
                       # ("weekly active 2 million users": the count between the words)
                       r"weekly active\s+~?[\d.,]+\s*(?:k|m|mn|million|thousand)?\s*(?:users|people|customers)|"
                       r"weekly active (?:pts|patients|members|players|accounts)\b|"
                       r"\bwau\b|周活|每周活跃|(?:users|visitors|people) (?:per|a|each) week|"
                       r"(?:users|visitors|people|customers) weekly"),
    "recompute": ascii_re(r"recomput|checkpointing|重计算"),
    # ("whats the smallest gpu setup to keep it snappy": the fleet asked by its size)
    "how_many": ascii_re(r"how many|多少|几张|几台|几块|number of|\bcount\b|\bmax\s*replicas\b|\bmaxreplicas\b|"
                         r"\b(?:smallest|minimum|cheapest|leanest)\s+(?:gpu\s+|hardware\s+|server\s+)?"
                         r"(?:setup|config(?:uration)?|fleet|cluster|rig)\b"),
    "need": ascii_re(r"\bneed|required?\b|serve|support|size|sizing|fleet|cost|需要|支撑|支持|服务|部署"),
    # ("what is the revised duration estimate?": the run's time asked in a noun)
    "time_q": ascii_re(r"how (?:long|many days|many hours|many weeks|many months)|"
                       + WOULD_IT_TAKE + r"|多久|多长时间|几天|多少天|多少个月|"
                       r"\b(?:what(?:'s| is| would be| will be)|estimate) (?:the |our |its )?(?:revised |new |expected |"
                       r"estimated |likely )?(?:duration|run ?time|training time|time to (?:train|finish))\b"),
    "question_words": ascii_re(r"why|explain|what is|what are|how does|为什么|解释|是什么|怎么看|影响"),
    "compare": ascii_re(r"\bvs\.?\b|\bversus\b|compared? (?:to|with)|\bor\b|对比|比较|相比|还是|和.{0,12}(?:哪个|谁)|哪个|which (?:is|one)|"
                        r"\bwho(?:'?s| is) (?:better|cheaper|faster|the winner)|\bwho wins\b"),
    "tco": ascii_re(r"\btco\b|total cost of ownership|cost of owning|cost to own|own(?:ing)? cost|"
                    r"总拥有成本|拥有成本|持有成本|全生命周期成本"),
    "hourly": ascii_re(r"(?:cost|costs|price)\s*(?:per|an|a|/)\s*(?:gpu[- ]?)?(?:hour|hr\b|h\b)|hourly cost|每小时(?:成本|多少钱)|每卡时成本|"
                       r"(?:per|a|/)\s*gpu[- ]?(?:hour|hr|h)\b|每卡每小时|每张卡每小时|每卡时|每gpu小时|每gpu每小时"),
    "rent_or_buy": ascii_re(r"break[- ]?even|rent (?:vs\.?|or|versus) buy|buy (?:vs\.?|or|versus) rent|"
                            r"rent or (?:to )?buy|buy or (?:to )?rent|payback|pays? (?:for )?itself|"
                            r"回本|租还是买|买还是租|租和买|租vs买|买vs租|买卡还是租卡|租卡还是买卡"),
    # "折旧4年，每天折旧多少", "depreciated over 5 years": the purchase spread over the period
    "depreciation": ascii_re(r"depreciat|amortiz|amortis|\bdep\b|\bd&a\b|straight[- ]line|折旧|摊销"),
    # "how much to rent 2,000 H200s for a month?", "租三千张H200一个月": renting, at whatever rate
    "rent": ascii_re(r"\brent(?:s|ed|ing|al)?\b|\bleas(?:e|es|ed|ing)\b|\bon[- ]demand\b|租(?!还是买|和买|vs)"),
    "bill": ascii_re(r"(?:electricity|power|energy|utility|electric)\s*(?:bills?|costs?|spend|expenses?)|cost of (?:the )?(?:electricity|power|energy)|\bcosts? (?:us )?in (?:electricity|power)\b|"
                     r"pay for (?:the )?(?:electricity|power)|(?:annual|yearly|monthly|daily) electricity\b(?!\s*(?:use|usage|consumption|draw|demand))|电费|电力成本|用电成本|能源成本|电力开支|电费开支"),
    "same_budget": ascii_re(r"same (?:budget|money|spend|amount|cash|capex)|equal (?:budget|spend)|for the same (?:price|cost)|"
                            r"(?:同样|相同|一样|同等)的?(?:预算|钱|投入|金额)"),
    "cny": ascii_re(r"rmb|yuan|cny|元|人民币|¥"),
    "usd": ascii_re(r"usd|dollar|bucks?\b|美元|美金|\$"),
}
# (each is looked for in the same question by many readings, the power words three times a question in
# calc/derive alone: a text's results are kept)
KW: dict[str, rx.SameText] = {k: rx.SameText(v) for k, v in _KW_PATTERNS.items()}
