"""Which capability a question asks for: fleet, throughput, training, capex, power, energy,
growth, convert, memory or the article's Google-search case, from its keywords and the
parameters the parser found. Ordered rules, most specific first; calc/parse.py calls it once
the quantities are read."""

from __future__ import annotations

import re
from collections.abc import Mapping

from calc import rx
from calc.vocabulary import KW, PRICE_CLAIMED, PRICE_JUDGED, SAYERS

# a run's duration told as past ("took 20 days on 512 A100s", "训了 60 天")
_WEB_SEARCH = rx.compile(r"google(?:'s)?\s+(?:[\d.,]+\s*(?:billion|bn|b|million|m)?\s+)?search(?:es)?|"
                         r"every\s+(?:google\s+|web\s+)?(?:search|query)|"
                         r"search\s+engine|web\s+search|谷歌搜索|搜索引擎|\bbing\b|必应|百度")
_RUN_TOOK = rx.compile(r"\btook\b|训了|跑了|花了")

# the words that ask for a check, in CLAIM and CHECK_ASKED both
# ("要一周，真的要这么久吗？": a time said, doubted)
_CHECK_WORDS = (r"(?:真的|真)?(?:要|需要)这么(?:久|长时间)(?:吗|么|嘛)|"
                # ("我感觉吹牛了吧": a figure doubted as a boast)
                # ("跟我吹 … 这不扯呢吗", "这不是瞎扯吗": talk doubted as nonsense)
                r"吹牛|夸张了|忽悠|虚标|扯呢|扯吧|瞎扯|胡扯|扯淡|太扯|不扯|跟我吹|在吹|"
                # ("Sparky reckons … 3 kW at the wall … Is he about right or is he padding the job?": the
                # one who said it, doubted)
                r"\bis (?:he|she|they|the (?:guy|sparky|electrician|vendor|seller|quote))\s+"
                r"(?:about |roughly |even |anywhere near |close to )?(?:right|correct|accurate|close)\b|"
                r"\bpadding\b|"
                # ("is that math right or am I missing something?": the arithmetic named)
                r"\bis (?:it|that|this|th(?:at|is|e) math|th(?:at|is|e) maths) (?:remotely |even |actually )?"
                r"(?:right|true|correct|accurate|realistic|really|reasonable|"
                r"consistent|plausible|in range|sane)\b|"
                # ("… would take about a week on 8 H100s. Realistic at 35% MFU?": the word alone, asked)
                r"(?:^|[.!?]\s+)(?:realistic|plausible|believable|legit|accurate|reasonable|doable)\b[^.?!]{0,40}\?|"
                # ("is that even believable??", "is this credible")
                r"\bis (?:it|that|this) (?:even |really |at all )?"
                r"(?:believable|credible|legit|plausible|realistic)\b|"
                # "The widely cited figure … is 1,287 MWh. Can you reproduce it": a figure to recompute
                r"\bwidely[- ]cited\b|\breproduce (?:it|that|this|the (?:number|figure))\b|"
                # "that sounds low??", "seems high", "check pls": a figure doubted
                r"\b(?:sounds?|seems?|feels?) (?:way |a bit |too |kinda |pretty )?"
                r"(?:low|high|off|wrong|cheap|expensive|short|long)\b|"
                r"\bcheck (?:pls|plz|please)\b|\b(?:pls|plz|please) check\b|"
                # ("Sounds iffy to me. Can you check his maths?": someone else's figure doubted)
                r"\b(?:sounds?|seems?|looks?) (?:a bit |bit |well |proper |pretty |kinda )?"
                r"(?:iffy|dodgy|fishy|sus|suspect|suss|off to me)\b|"
                r"\bcheck (?:his|her|their|the (?:guy'?s|consultant'?s|vendor'?s|salesman'?s)) "
                r"(?:maths?|math|numbers|sums|figures)\b|"
                # ("… only takes about a week on H100s. bull or not?", "is that BS?", "legit or nah?")
                r"\b(?:bull|bullshit|bs|bollocks|legit|true|real|cap)\s+or\s+(?:not|nah|no)\b|"
                r"\bis (?:it|that|this|he|she|they) (?:talking )?(?:bull|bullshit|bs|bollocks|rubbish|cap)\b|"
                # ("Please verify whether the promise is reasonable")
                r"\b(?:pls|plz|please) (?:verify|confirm)\b|\bwhether (?:the|this|that|it|their) (?:\w+ )?"
                r"(?:is|are) (?:reasonable|realistic|credible|feasible|correct|accurate|achievable)\b|"
                # "the '3 Wh per query' number keeps getting repeated … how far off is it?": a figure doubted
                r"\bhow (?:far |much )?off\b|"
                # ("we measured only 9000. misconfigured?", "实测只有9000，是不是哪里没调好": a shortfall
                # doubted)
                r"\bmis-?configured\b|\bsomething (?:wrong|off)\b|"
                r"\bdid we (?:mess|screw) (?:something )?up\b|"
                r"没调好|没配好|哪里不对|哪里有问题|是不是有问题|正常吗|正不正常|"
                r"\bkeeps? (?:getting|being) (?:repeated|quoted|cited|thrown around)\b|"
                r"\bsanity[- ]check|\bfact[- ]?check|\blegit\b|\b(?:that'?s|thats|sounds like|total|"
                r"is (?:that|this|it)) cap\b|\bplausible\b|\bfair dinkum\b|\bcredible\b|"
                r"\boverkill\b|\bover-?provision\w*|\bover-?quot\w*|"
                r"\bpadd(?:ed|ing) (?:the|his|her|their|our) (?:quote|bill|estimate|invoice)\b|"
                r"\bdoes (?:that|this|it) sound (?:right|about right|plausible)\b|\bsurely not\b|"
                # ("one B200 = 3x an H100 … does your model agree?": a figure put to the calculator's check)
                r"\b(?:does|do|would|will) (?:your|the|this) (?:model|calculator|bot|math|numbers?) "
                r"(?:agree|concur|back (?:that|this|it) up)|\b(?:do|would) you agree\b|"
                r"\bpure marketing\b|\bmarketing (?:fluff|number|speak)\b|"
                r"报多了|多报了|报贵了|报高了|宰我们?|坑我们?|坑人|被坑|被宰|对吗|对不对|靠谱|站得住|合理吗|成立吗|是否成立|成不成立|能否成立|"
                r"是否合理|合不合理|可信吗|是否可信|(?:真的?|确实)?是这样吗|属实吗|是否属实|"
                # ("We would be grateful for an independent view", "a second opinion on the quote")
                r"\b(?:independent|second) (?:view|opinion|assessment|review|check)\b|"
                # ("Is the amended timeline defensible?": a figure put to a legal test)
                r"\b(?:defensible|justifiable|supportable|tenable)\b|"
                # ("两周就能训完，我怎么算都觉得不对，帮我核一下": a figure doubted, checked)
                r"核一下|核算一下|帮我核|觉得不对|不太对劲|"
                # ("并与合同金额进行比对": a stated figure compared against)
                r"(?:进行|做)?比对|核验|"
                # ("想和论文里报的278.8万卡时对一下": a published figure, compared)
                r"(?:和|跟|与)[^，,。；;？?]{0,24}?对(?:一下|一对|得上吗)|(?:论文|文章|报告)(?:里|中)?(?:报|写|给)的|"
                # ("换成B200真能10天干完吗": a figure doubted, asked as whether it really can)
                r"真的?能[^，,。；;？?]{0,16}?(?:吗|嘛|么)|(?:是不是|真的?|确定)[^，,。；;？?]{0,12}?(?:就够|就行|就能|够了|就完事|就搞定|就完了|就跑完)|"
                # ("我说两三个月他不信，到底多久": a figure someone doubts)
                r"(?:他|她|客户|老板|对方|领导)不信|不相信|"
                # "他们只写了800万，感觉偏低": a figure doubted in Chinese
                r"(?:感觉|好像|似乎|是不是)?(?:偏低|偏高|太低|太高|低了|高了|少了|多了)(?:吧|吗|了)?(?![\u4e00-\u9fff])|"
                r"\bmaths? check\b|\bcheck my (?:math|maths|numbers|sums)\b|"
                # "They report 1,300 MWh. check?": a figure put to the check in one word
                r"(?:^|[.!;,]\s*)check\s*[?？!]+\s*$|"
                # "Founder's deck says $90M total — close?": a figure put to the check in a word or two
                r"(?:^|[.!;,—–]\s*|\s-\s*)"
                r"(?:close|accurate|realistic|reasonable|correct|(?:about|roughly) right)"
                r"\s*[?？]+")
# a claim to check: "is it right that…", "这个说法靠谱吗", "does that add up", or one only reported
# a fleet said to be what a load needs: "需要32台DGX H100", "needs 64 GPUs", "16 GPUs are enough", "40张就够"
_COUNT_SAID_NEEDED = rx.compile(r"(?:需要|要|只要|只需)\s*[\d.]+\s*[万千]?\s*(?:台|张|块|个机柜)|"
                                r"\bneeds?\s+(?:only\s+|just\s+)?[\d,]+|"
                                r"\b(?:is|are) (?:enough|plenty|ample)\b|"
                                r"够了|够用")
# who says a figure, in Chinese: one's own people ("算法团队说", "有个合作方说"), another party ("供应商说")
OWN_SAYERS_ZH = (r"团队|同事|老板|导师|师兄|师姐|领导|组里|同学|朋友|合作方|合作伙伴|甲方|乙方|"
                 r"it小哥|技术小哥|运维|同行|网友")
OTHER_SAYERS_ZH = (r"供应商|友商|卖家|商家|中介|贩子|厂商|厂家|销售|集成商|代理商|服务商|云厂商|对方|隔壁组|"
                   r"技术外包|外包公司|外包|隔壁团队")
CLAIM = rx.SameText(rx.compile(_CHECK_WORDS + r"|"
                    # "is 6.3 achievable on the 6.4 hardware?": a required figure to check
                    r"\bachievable\b|\bfeasible\b|(?:有)?可能吗|现实吗|能做到吗|\bpossible\s*[?？]|"
                    r"\bis (?:that|this|it) (?:even |really )?(?:possible|close|realistic|"
                    r"in the ballpark|in the right ballpark|the right ballpark)\b|\bplausible\b|"
                    r"\bdoes (?:that|this) (?:actually |really |"
                    r"even )?fit\b|"
                    r"\bdoes it (?:actually|really|even) fit\b|"
                    r"能不能达到|能否达到|能否满足|能不能满足|达得到吗|做得到吗|"
                    r"\bholds? up\?|"
                    r"\bdoes (?:that|this|it) (?:add up|check out|hold up|multiply out|make sense|line up|"
                    r"match up)|"
                    # (not the hedge "say 25% extra": "say" alone is no one saying it)
                    # (not insurance claims counted: "~45,000 FNOL claims a month", "claims lodgement", "per
                    # claim")
                    r"\bswears?\b|\bswore\b|"
                    # ("someone in our Slack said DeepSeek-V3 only took 2.788M H800 GPU-hours")
                    r"\b(?:someone|somebody|a colleague|a friend|my boss)\b[^.?!,]{0,30}\bsaid\b|"
                    # ("Some consultant's telling the MD that training … takes 3 weeks": what one was told)
                    r"\b(?:telling|tells|told)\s+(?:me|us|him|her|them|everyone|the\s+\w+|our\s+\w+)\s+that\b|"
                    r"(?<![\d,.]\s)(?<!\d[km]\s)(?<![\d,.])(?<!\d[km])(?<!fnol )(?<!insurance )(?<!motor )"
                    r"(?<!per )(?<!each )"
                    r"(?<!new )\bclaims?\b(?!\s*(?:a|per|each|every|/)\s*(?:day|week|month|year)\b|\s+"
                    r"(?:lodge|triage|process|handl|volume|team|queue|file|adjust|summar|intake|per\b|a day|"
                    r"document|department))|\bsays\b|\breckons\b|\brecons\b|"
                    r"\b" + SAYERS + r" say\b|\bsaying\b|"
                    r"\btweet(?:s|ed)?\b|"
                    r"\b(?:they|authors?|paper|vendor|report)\s+(?:report|reports|reported|quotes?|quoted|state|states)\b|"
                    # (not "Intel quoting Gaudi 3 at $15,600 a card": a seller's price quote)
                    r"\bkeep quoting\b|"
                    # (not "for quoting i usually do gpu cost x1.4": one's own practice when quoting)
                    r"(?<!\bfor )(?<!\bwhen )\bquoting\b"
                    r"(?!\s+(?:us\s+|me\s+)?(?:[a-z0-9.-]+\s+){0,3}(?:at|for)\s*(?:us)?[$¥€£\d])|"
                    # ("The vendor represents in its proposal that …", "the Supplier warrants that …")
                    r"\b(?:represents|represented|asserts|asserted|warrants|warranted|contends|alleges|alleged|"
                    r"purports)\b(?:\s+[a-z]+){0,4}?\s+that\b|"
                    r"\bdoes (?:th(?:at|e) math|the arithmetic) (?:hold|work)|"
                    r"是真的吗|真的假的|是否属实|说法|有问题吗|没算错|算对了吗|算得对吗|"
                    # ("算法团队说…只要10天，真的假的": one's own people's figure, put to the check)
                    r"(?:" + OWN_SAYERS_ZH + r")(?:说|称|讲|表示)|"
                    r"有人说|听说|据说|网上说|文章说|号称|声称|传言|传闻|有报道|据报道|报道称|报道说|研报|媒体说|报告说|"
                    r"核算一下|核实一下|验证一下|"
                    r"(?:博主|网友|分析师|专家|大v|推特|微博|公众号)(?:说|称|写)|"
                    # ("供应商说…已经是成本价了", "集成商说4张就能跑"): another party's figure
                    r"(?:" + OTHER_SAYERS_ZH + r")(?:的人)?(?:说|称|讲|表示|宣称|声称|报|吹说|吹嘘|吹)|"
                    # ("供应商PPT上写512张H100…只要12天"): another party's document
                    r"(?:" + OTHER_SAYERS_ZH + r")的?"
                    r"(?:ppt|方案|文档|材料|资料|白皮书|报告|宣传册|slides?|deck)"
                    r"(?:上|里|中)?(?:写|说|称|给)"))
# a check asked for, not only hearsay ("有文章说…，这对应多少GPU小时" asks what the amount comes to)
CHECK_ASKED = rx.SameText(rx.compile(_CHECK_WORDS + r"|\bright\?|\btrue\?|\breal(?:ly)?\s*\?|"
                         r"\bdoes (?:that|this|it|the math|th(?:at|is) math) (?:actually |really |even )?"
                         r"(?:add up|check out|hold|line up|work|"
                         r"pass the (?:smell|sniff|sanity) test|hold water|make sense)|"
                         r"\b(?:smell|sniff|sanity) test\b|"
                         r"\bcheck (?:the|that|this|it)|\bballpark|"
                         # ("Is it oversized ?": a fleet proposed, doubted)
                         r"\bis (?:it|that|this) (?:over|under)[- ]?sized\b|\boverkill\b|"
                         # ("Sounds optimistic to me, can you check?")
                         r"\b(?:can|could) you (?:check|verify|sanity[- ]check|confirm)\b|"
                         r"\b(?:sounds?|seems?) (?:a bit |way |too |very )?"
                         r"(?:optimistic|aggressive|too good)\b|"
                         r"真的吗|真的么|真的假的|对得上|算得对|算对|核对|核实|"
                         # ("…就能训完，可信不？", "靠谱不"): the same asked with 不
                         r"可信不|可信吗|靠谱不|准不准|对不对|是真的不"))
_NEEDS = rx.compile(r"\bneeds?\b|\brequires?\b|\benough\b|\bis all you need|"
                    r"至少要|需要|就够|就够了|够不够|够了")
# "这个价能回本吗", "does that price cover it", "are we underwater": a price against the cost of serving
PAYS_BACK = rx.compile(r"回本|亏本|赚钱|划算|毛利|利润|cover (?:it|the cost|costs)|break even|profitable|"
                        # ("卡钱多久能收回来": the money for the cards, how long to get back)
                        r"收回(?:来|成本)?|(?:赚|挣)回(?:来|成本)?|pay (?:it |itself |them )?back|payback|"
                        r"underwater|make money|lose money|margin")
# "500 tokens out per query", "每次请求 800 个 token": a request's length, which says nothing of energy
# a price asked per million tokens: "breakeven per M output tokens", "cost per 1 million tokens"
PER_MILLION_TOKENS = rx.compile(r"\bper\s+(?:1\s*)?(?:m|mn|million)\s+(?:output\s+)?tok(?:en)?s\b")
# ("~200 tokens in and ~10 out per request": the lengths of a request, the second without its noun)
_TOKENS_PER = rx.compile(r"(?:tok(?:en)?s?\s*(?:out|in|output|input|generated)?|\d\s*(?:out|in))\s*"
                         r"(?:per|/|a|an|each)\s*"
                         r"(?:request|query|search|prompt|answer)")
# "is it enough", "够不够", "能撑几个会话": whether a model fits, asked without the usual words
# which card is asked for, none named: "What GPU would we need to run GPT-4o locally", "跑Qwen2.5 72B用什么卡"
WHICH_CARD = rx.compile(r"\b(?:what|which)\s+(?:kind of\s+|sort of\s+|type of\s+)?"
                        r"(?:gpus?|cards?|graphics cards?|"
                        r"accelerators?|hardware)\b(?!\s+(?:is|are)\s+(?:this|that|it)\b)|"
                        # ("smallest/cheapest GPU that does it?": the card asked for by a superlative)
                        r"\b(?:smallest|cheapest|lowest[- ]end|least expensive|minimum)"
                        r"(?:\s*(?:/|or|and)\s*(?:smallest|cheapest|lowest[- ]end|least expensive))?\s+"
                        r"(?:gpu|card|accelerator)\s+(?:that|which|to|for|i|we|that'?ll|that would|that can|"
                        r"capable)\b|"
                        r"(?:用|需要|要|买|配)\s*(?:什么|哪(?:种|款|张|个)?)\s*(?:显卡|卡|gpu|加速卡|硬件)")
_SERVED_TUNE = rx.compile(r"\b(?:running|run|serving|serve|deploy(?:ing)?|host(?:ing)?|with|using)\s+"
                          r"(?:a|an|our|the|my)"
                          r"\s+(?:[@#\w.-]+\s+){0,3}?fine-?tune\b(?!\s+(?:it|on|for|of|run|job))")
_ENOUGH = rx.compile(r"\b(?:enough|enuf|suffice|sufficient|ok|okay)\b|够|撑几个|能放几个|几个.{0,6}会话|"
                     r"多少个?.{0,6}会话|会话|sessions?\b")
# "5000 张 H800 合多少 P？": petaflops in the industry's shorthand (beside a site's power, a second ask)
_ASKS_P = rx.compile(r"(?:合|是|有|等于|折合)?\s*多少\s*[pe](?![a-z0-9])")
_ASKS_CAPACITY = rx.compile(r"(?:how many|how much|多少|total|总共|一共|worth in|in|peak|aggregate|"
                            r"combined|what(?:'s| is) the)\s*"
                            r"(?:(?:fp|bf|int|tf)\d+\s*)?(?:[ept]flops|"
                            r"exaflops|petaflops)|算力(?:规模|总量)?(?:是|有)?多少|多少(?:有效|实际)?算力|"
                            r"多少\s*(?:(?:fp|bf|int)\d+\s*)?(?:稠密|稀疏)?\s*算力|"

                            r"=\s*[?？]\s*(?:[tpe]flops|exaflops|petaflops)|"
                            # "how many FLOPS is 1,000 H100s?": a rate (not FLOPs over weeks: a total)
                            r"how many flops (?:is|are|do|does|can|would)\b"
                            r"(?!.*\b(?:weeks?|days?|months?|years?|hours?|total)\b)")


_ASKS_COUNT = rx.compile(r"how many (?:of them|of those|more|gpus|cards|nodes|servers|boxes)|"
                         r"多少(?:张|台|块)|几(?:张|台|块)")
_CONVERT_MONEY = rx.compile(r"in (?:dollars|usd|rmb|yuan|cny)|换成|合多少|折合|折算")
# ("J per 1k tokens?", "mJ/token": joules abbreviated, said per something)
_ENERGY_WORD = rx.compile(r"energy|能耗|耗电|\bwh\b|watt-?hours?|joules?|焦耳|kwh|度电|\b[mk]?j\s*(?:/|"
                          r"per\b)")
_SPEC_FLOPS = rx.compile(r"how many (?:[tpe]flops|tera ?flops|peta ?flops)|多少\s*(?:t|p|e)?flops|"
                         r"算力(?:是|有)?多少|多少算力|(?:fp|bf|int)\d+\s*(?:算力|性能)|"
                         r"算力差(?:几|多少)倍?|差(?:几|多少)倍|快(?:几|多少)倍|"
                         r"how many times (?:faster|more)|"
                         # terse: "tpu v6e vs h100 tflops bf16", "fp16 TFLOPS x 5000 cards = ? exaflops"
                         r"(?:[tpe]flops|exaflops|petaflops)\s*(?:(?:fp|bf|int)\d+)?\s*[?？]?\s*$|"
                         r"=\s*[?？]\s*(?:[tpe]flops|exaflops|petaflops)")


# what a fleet is counted in: a growth question naming none of these asks for the load itself
_FLEET_WORDS = rx.compile(r"gpus?\b|accelerators?|cards?\b|chips?\b|servers?|nodes?|racks?|fleet|cluster|"
                          r"[#&]|卡|服务器|集群|机柜|节点")


# "how many more", "还要再买多少": the fleet grown by a stated factor
# "openai has 3x more GPUs than us … we have 12,000": the other fleet, the stated one times the factor
MORE_COUNT = rx.compile(
    r"(?:x|×|times)\s*(?:more|as many|the)\s*(?:gpus?|cards?|chips?|accelerators?|"
    r"compute|servers?|#+s?)[^.?;]{0,24}?\b(?:than|as)\b"
    r"(?!\s*(?:today|now|currently|before|last|this|we do now))|"
    r"(?:卡|gpu|算力|服务器)(?:数量?)?(?:是|为)?(?:我们|我司|我方)的\s*[\d.]+\s*倍|"
    r"是(?:我们|我司|我方)的\s*[\d.]+\s*倍(?:的)?(?:卡|gpu|算力|服务器)|"
    # "推理需求是训练的3倍…训练用了1.6万张": the other workload's fleet
    r"(?:推理|训练)(?:的)?(?:需求|算力需求|算力)?\s*(?:是|为|约为?)\s*(?:训练|推理)的\s*[\d.]+\s*倍|"
    r"(?:inference|training)(?: demand| compute)?\s*(?:is|needs|=)\s*[\d.]+\s*(?:x|×|times)\s*"
    r"(?:that of |what )?(?:training|inference)")

# "FLOPs per token", "每token需要多少算力": the compute one token costs a model
_PER_TOKEN_FLOPS = rx.compile(r"(?:flops?|compute|算力|计算量|浮点运算)\s*"
                              r"(?:does it take |is needed |needed |required )?"
                              r"(?:per|a|for each|each|/)\s*(?:generated |output )?token|"
                              r"每(?:个|生成一?个|输出一?个)?\s*token\s*(?:需要|要|的)?\s*(?:多少)?\s*(?:算力|计算量|flops?|浮点运算)")
# "we run 200 H100 today … what if traffic grows 10x, how many cards then?": the fleet scaled with it
TRAFFIC_GROWS = rx.compile(r"\b(?:traffic|load|demand|usage|requests|volume)\s+(?:[\w-]+\s+){0,6}?"
                            # ("if traffic goes 10x by next summer")
                            r"(?:grows?|goes up|goes(?=\s*(?:~|about|around|roughly|like)?\s*[\d.]+\s*x\b)|"
                            r"increases?|jumps?|rises?|triples?|doubles?|"
                            # ("traffic this year will be 2.8x": a multiple of the load the fleet carried)
                            r"(?:will|would|should|could|is going to|gonna)\s+be"
                            r"(?=\s*(?:~|about|around|roughly)?\s*[\d.]+\s*x\b))\b|"
                            # ("舆情量预计要涨10倍": any volume said with 量, expected to grow)
                            # ("the new menu generator adds 40% more load": more of it, added)
                            r"\b(?:adds?|adding|brings?|puts? on)\s+(?:about\s+|around\s+|~\s*|another\s+)?"
                            r"[\d.]+\s*%\s*"
                            r"(?:more|extra)\s+(?:load|traffic|requests|volume|usage|demand|queries)\b|"
                            r"(?:流量|请求量|需求|用量|访问量|调用量|业务量|[\u4e00-\u9fff]{1,3}量)\s*"
                            r"(?:再|要是|如果|预计|估计|可能|会)*\s*(?:要|会)?\s*(?:涨|增长|翻|增加|上涨)|"
                            r"\b(?:usage|traffic|volume|load|demand)\s+10x'?s\b|\b\d+x'?s\s+(?:our|the)\s+"
                            r"(?:token |request |query )?(?:volume|traffic|load|usage|demand)\b|"
                            # ("The franchise rollout should grow volume ~5x": the verb before the volume)
                            r"\b(?:grow|grows|increase|increases|boost|boosts|multiply|multiplies)\s+(?:the\s+|our\s+)?"
                            r"(?:traffic|load|demand|usage|volume|requests)\b")
_FLEET_COUNT_ASKED = rx.compile(r"\bhow many (?:more )?(?:instances|servers|nodes|gpus|cards|boxes|vms|"
                                r"accelerators)\b|多少(?:台|张|个节点)|几台|几张|"
                                r"卡要?从多少(?:张|台)?(?:扩|加|涨|增)到多少|"
                                # ("64 rented A100s … how many will we need in 12 months": the fleet named)
                                r"\bhow many (?:will|would|do|should) (?:we|i|you|they) need\b")
_DOUBLING_TIME_ASKED = rx.compile(r"\bdoubling[- ]time\b|\bhow (?:often|fast) (?:does|do|will) \w+ double\b|"
                                  r"翻倍(?:时间|周期)|翻一番(?:要|需要)?多久|多久翻")
_WHAT_IF = rx.compile(r"\bwhat if\b|\bwhat about if\b|如果|要是|假如")
# "Mgmt wants 10x scale-up of the service. Currently 24 GPUs": today's fleet scaled by the factor
_SCALED_UP = rx.compile(r"\bscale[- ]?ups?\b|\bscal(?:e|ing) (?:it |this |that )?up\b")
MORE = rx.compile(r"how many more|how many extra|extra (?:gpus|cards|accelerators|servers)|"
                   r"more (?:do|will|would|should) we|additional|on top|"
                   r"(?:gpus|cards|replicas|nodes|servers)\s*(?:are\s*)?needed|"
                   r"还(?:要|需要)(?:再)?(?:买|加|采购)?多少|再(?:买|加|采购)多少|多买多少|新增多少|需要增加多少|"
                   r"(?:要|需要|得)?(?:加|增加|扩|补)多少")


# a question asking for the token rate itself
# the GPUs in a count of racks, asked: "30k NVL72 racks: how many GPUs?", "that's ~2.16M GPUs right?"
_GPUS_OF_RACKS = rx.compile(r"how many (?:gpus|cards|chips|accelerators)|\bgpus?\b[^.?!]{0,20}\bright\b|"
                            r"多少(?:张|颗)|几张|多少个?gpu")
# ("L4和L40S每秒各能出多少token": each one's rate)
ASKS_RATE = rx.compile(r"(?:每秒|一秒)(?:钟)?(?:各|分别)?(?:能|可以)?(?:出|生成|输出|跑)?多少(?:个)?token|"
                       r"多少(?:个)?token\s*(?:每秒|/\s*s)|"
                        r"吞吐(?:量)?(?:是|有)?多少|"
                        # "整机最大 tokens/s 大概多少": the rate named, then asked
                        r"tok(?:en)?s?\s*/\s*s\s*(?:能|可以|大概|大约|约|一共|总共)?\s*(?:有|到|是|跑到|达到)?\s*多少|"
                        r"how many (?:output )?tok(?:en)?s? ?(?:per second|a second|/\s*s(?:ec(?:ond)?)?\b)|"
                        r"what (?:per-gpu |per gpu )?tok(?:en)?s?\s*(?:/\s*s(?:ec(?:ond)?)?\b|per second)|"
                        r"what(?:'s| is)(?: the)? throughput|how much throughput|"
                        # "…on b200 fp8: tokens/s per gpu ballpark?": the rate named as the ask
                        r"(?:^|[:,;?]\s*|\bthe\s+)tok(?:en)?s?\s*(?:/\s*s(?:ec)?|per second)\s+"
                        r"per\s+(?:gpu|card)\b|"
                        # "batch 32 per replica tp8 405b h100 tps": the rate named last, bare, as the ask
                        r"\b(?:tps|tok/s|tokens?/s)\s*\??\s*$|"
                        # ("… tok/s on an L40S at fp16, which is faster for one user?": the rates compared)
                        r"\b(?:tps|tok/s|tokens?/s)\b[^?]{0,60}\bwhich\s+(?:one\s+)?is\s+faster\b|"
                        # "total tok/s on llama 3 8b fp16?": the fleet's rate asked
                        r"(?:^|[.?!]\s*)(?:total|aggregate|combined)\s+(?:tps|tok(?:en)?s?\s*/\s*s(?:ec)?|"
                        r"tokens? per second)\s+(?:on|for|with)\b")


# a period said with its number ("连续跑 30 天", "for 6 months"): before the durations are read
PERIOD_SAID = rx.compile(r"\d\s*(?:个)?\s*(?:天|月|周|年|days?|weeks?|months?|years?)")
# words of a training run ("train", "微调"): a rental for one is the run's, not a bill alone
TRAIN_SAID = rx.compile(r"train|训|fine-?tun|微调")
# a question asking how many requests a fleet handles
ASKS_QPS = rx.compile(r"每秒(?:能|可以)?(?:处理|服务|承载|支持|响应)?多少(?:个|次)?(?:请求|查询|问题|次)|"
                      r"(?:多少|多大|多高)(?:的)?\s*(?:qps|rps)|"
                      r"how many (?:qps|rps|req/s)\b|"
                      r"max(?:imum)? (?:sustain(?:able|ed)\s+|steady[- ]state\s+|peak\s+)?"
                      r"(?:req/s|reqs?/s|qps|rps|requests per second)|"
                      r"how many (?:requests?|reqs?|queries|prompts)\s*"
                      r"(?:per second|a second|/\s*s(?:ec(?:ond)?)?\b)|"
                      r"what (?:qps|rps)|"
                      r"(?:qps|rps) (?:can|could|does|do|will)|max(?:imum)? (?:qps|rps|requests per second)")


# memory named as the topic, not its bandwidth
_MEMORY_TOPIC = rx.compile(r"(?:显存|内存|(?<![a-z])(?:memory|vram|ram)(?![a-z]))"
                           r"(?!\s*(?:bandwidth|带宽|速度|speed))")


_TRAIN_WORDS = rx.compile(r"训练|(?<![培教])训(?!诫|斥|话)|train|预训|微调|fine-?tun|\bepochs?\b|\bmfu\b")
_ASKS_GPU_HOURS = rx.compile(r"gpu[- ]?hours?|gpu[- ]?hrs?\b|卡时|gpu\s*小时")


# "预算封顶1800万元 … 130万/台，能买几台？部署满血 DeepSeek-V3 够吗": the purchase is asked first
_KV_FIT = rx.compile(r"\bkv\b|kv ?cache|缓存|\bfits?\b|放下|放得下")
_BUY_HOW_MANY = rx.compile(r"能买(?:几|多少)|可以买(?:几|多少)|买得起(?:几|多少)|够买(?:几|多少)|"
                           r"how many (?:\w+ ){0,3}(?:can|could|would) (?:we|i|you) (?:buy|afford|get)")


# "摊到每卡每小时成本", "per GPU-hour": an hour's cost asked, not a card's share of the price
HOURLY_ASKED = rx.compile(r"每小时|小时|卡时|折旧|per (?:gpu[- ])?hour|gpu[- ]?h(?:ou)?r|/\s*h(?:ou)?r\b|"
                          r"amorti|depreciat")
# "摊到每张卡多少", "what's that per GPU?": one card's share of a server's price asked
_CARD_WORD = r"(?:每张|每块|单张|单卡|每卡)"
PER_CARD_ASKED = rx.compile(r"摊(?:到|下来)?\s*" + _CARD_WORD + r"|"
                            + _CARD_WORD + r"\s*(?:卡)?\s*(?:合|摊|算)?\s*(?:多少|几)|"
                            r"\bper (?:gpu|card|chip|accelerator)\b[^,.;]{0,12}[?？]|"
                            r"\b(?:per|each) (?:gpu|card|chip)\s*(?:works out|comes out|is that)|"
                            r"\bwhat(?:'s|s| is) (?:that|it|this) (?:per|for each|a|each) "
                            r"(?:gpu|card|chip)\b|"
                            r"how much (?:is that |does that come to |would that be )?"
                            r"(?:per|for each|a) (?:gpu|card|chip)")


# a growth said of a price ("rental prices fall ~35% a year", "电价每年上涨 5%", "租金每年降价 20%"), not of
# the spending or the load a price is given beside ("GPU-hours grow 3x yearly … at $2.1/hr")
PRICE_GROWS = rx.compile(r"(?:\bprices?\b|\bpricing\b|\brent(?:al|s)?\b|\brates?\b|\bresale\b|\bworth\b|"
                         r"\bvalue\b|"
                         r"电价|租金|租价|价格|单价|报价|二手价|残值|租(?=\s*[\d$¥￥一二两三四五六七八九十]))"
                         r"(?:[^.;。；?？!！]|\.(?=\d)){0,40}?"
                         r"(?:\bfall|\bdrop|\bdeclin|\bdecreas|\bshrink|\bgrow|\brise|"
                         r"\bgo(?:es)? (?:up|down)|\bcome(?:s)? down|降|涨|下跌|跌)|降价|涨价|"
                         # "paid $9k 4 yrs ago, assume it loses ~25% a year": a card's value falling
                         r"\b(?:loses?|losing|lost|depreciates?|depreciating)\s+(?:about\s+|around\s+|~\s*)?\d")
# a period said in Chinese numerals ("两年后"), which PERIOD_SAID (digits) does not see
_CN_PERIOD = rx.compile(r"[一二两三四五六七八九十]\s*(?:个)?\s*(?:年|月)")
# a price a growth rate may be said of (calc/other.py grows it to the horizon, calc/projection.py too)
GROWN_PRICES = ("rent_usd_per_hour", "rent_cny_per_hour", "price_usd", "price_cny",
                 "electricity_usd_per_kwh", "electricity_cny_per_kwh", "usd_per_million_tokens",
                 "cny_per_million_tokens")


# "what TTFT should I expect", "TPOT 能到多少": the latency asked of a model on a card
_ASKS_LATENCY = rx.compile(r"\bwhat(?:'s| is| would be)?\s+(?:the\s+)?"
                           r"(?:ttft|tpot|latency|time to first token)\b|"
                           r"\b(?:ttft|tpot|latency)\s+(?:should|would|will|do|can)\s+(?:i|we)\s+(?:expect|get|see)\b|"
                           r"(?:ttft|tpot|首\s*token\s*延迟|首字延迟|每\s*token\s*延迟)\s*(?:大概|大约)?\s*(?:能到|是|有)?\s*多少")
# "can we serve llama 3 8b to 300 students at once w/ ttft < 1s?": whether a fleet serves a load
# "cost per 1,000 discharge summaries", "每1000份的成本": the cost of a block of requests
_COST_PER_N = rx.compile(r"\bcost per [\d,.]+\s*k?\s+[a-z]+|"
                         r"每\s*[\d,]+\s*(?:次|份|篇|条)[^，,。？?]{0,8}(?:成本|费用|多少钱)")
_CAN_SERVE = rx.compile(r"\b(?:can|could) (?:we|i|it|they|you) (?:serve|handle|support|host)\b|"
                        r"能不能\s*(?:撑|扛|支持|服务)|"
                        r"能\s*(?:撑|扛)住?")


# "TPOT 能到 60ms 吗", "can we hit 30 ms per token": a latency asked to be reached
_LATENCY_REACHED = rx.compile(r"(?:tpot|ttft|每个?\s*token|首\s*token)[^，,。?？]{0,8}"
                              r"(?:能到|能不能到|达得到|做得到|能做到)[^，,。?？]{0,10}[吗?？]|"
                              r"\b(?:can|could) (?:we|i|it) (?:hit|reach|get|make)\b")


# a capacity asked to be checked against a load
ENOUGH = rx.compile(r"\benough\b|\bsuffic|够|夠|\bkeep up\b|\bhandle (?:it|that|this|the load)\b|"
                    r"\bcover (?:it|that|the load)\b|撑得住|扛得住|顶得住")


_HOW_MANY_BARE = rx.compile(r"\bhow many\s+(?:(?:will|would|do|does|are|is)\s+(?:we|there|it|they)\s+"
                            r"(?:have|be)\s+)?(?:in|by|after|at)\b")
_LOAD_ASKED = rx.compile(r"\bhow many (?:(?:active |daily |monthly )?"
                         r"(?:users|people|customers|members|requests|queries)"
                         r"|(?:are|will) there\b|will (?:we|it|they) (?:have|be)\b|of them\b)|"
                         r"(?:多少|几)(?:个)?(?:用户|人|日活|月活)")
_RUN_POWER_ASKED = rx.compile(r"\bpower (?:estimate|draw|budget|needs?|requirements?|usage|use)\b|"
                              r"\bhow much (?:power|energy|electricity)\b|"
                              r"\benergy (?:estimate|use|usage|consumption|"
                              r"bill)\b|耗电量?|功耗|用电量?|能耗|电量|"
                              # ("Electricity for the … finetune: 64 GPUs for 14 days … $ and MWh?": the run's
                              # electricity, its bill and energy asked)
                              r"^\s*(?:electricity|power|energy)\s+(?:cost\s+|bill\s+)?(?:for|of)\b|"
                              r"\bmwh\?|\bkwh\?|电费(?:多少|是多少)")


# how long one answer takes to come out: "how long per chapter?", "每篇要多久", "how long to generate"
_GEN_TIME_ASKED = rx.compile(r"\bhow long\b"
                             r"(?! (?:to|would it take to|will it take to) (?:train|pretrain|fine-?tune))|"
                             r"多久|多长时间|几秒|几分钟")


# what buys or rents the cards: a price of one, of a server, or an hour of one
CARD_PRICES = ("price_usd", "price_cny", "server_price_usd", "server_price_cny", "rent_usd_per_hour",
               "rent_cny_per_hour")


# a price asked in words, and a run's time said (a past run, or one asked about)
_PRICE_ASKED = rx.compile(r"多少钱|价格|报价|\bhow much\b|\bcosts?\b|\bprice\b")
_RUN_TIME_SAID = rx.compile(r"\d\s*(?:天|小时|周|个月|days?|hours?|hrs?|weeks?|months?)\b|[天时]\b|多久|几天|"
                            r"how long")


def busy_fleet_runway(p: Mapping[str, object]) -> bool:
    """"eight H100 PCIe … currently at 50% load, growing 25% a year: how many years before we need to buy
    more?": the time today's busy share takes to fill the fleet is asked (no load stated to size from)."""
    return bool(p.get("asks_runway")) and "utilization" in p and ("gpus" in p or "servers" in p) \
        and ("growth_rate_year" in p or "doubling_months" in p) and "period_months" not in p \
        and not any(k in p for k in ("users", "qps", "queries_per_day", "tokens_per_day", "concurrent_users"))


# how much faster one card is than another, asked: "性能差多少", "how much faster is"
_PERF_GAP_ASKED = rx.compile(r"性能(?:上)?(?:差多少|差距|差几倍|差别|对比|比较)|快多少|快几倍|慢多少|"
                             r"\bhow much (?:faster|slower|quicker)\b|"
                             r"\bperf(?:ormance)? (?:gap|difference)\b")


def intent_of(t: str, p: Mapping[str, object]) -> str | None:
    """The capability a question asks for, from its keywords and the parameters found
    (normalized text `t`); None when nothing here is for the calculator."""
    has = p.__contains__
    # "4090 卡时 1.8 元 … 每百万 token 报价", "包月 5200 … 比按量 9 块": GPU-hours priced for rent, not a
    # training run (only "卡时" said it was one)
    priced_hours = (has("rent_usd_per_hour") or has("rent_cny_per_hour")) and not any(
        has(k) for k in ("train_tokens", "train_flops", "gpu_hours", "gpu_years", "mfu",
                         "from_accelerator")) \
        and not _TRAIN_WORDS.search(t)
    # ("running a Qwen2.5 7B fine-tune. how many L40S?": a fine-tuned model served, no training asked)
    served_tune = _SERVED_TUNE.search(t) is not None and not re.search(
        r"\b(?:train|training|pre-?train|epochs?|mfu)\b|训练|微调|gpu[- ]?hours?", t)
    kw = lambda name: False if name == "train" and (priced_hours or served_tune) \
        else bool(KW[name].search(t))  # noqa: E731
    if has("asks_layout"):
        return "capex"                   # "4096张H20 … 可以分几个池？一共多少台？": the fleet laid out
    if busy_fleet_runway(p):
        return "growth"                  # "eight H100 at 50% load, +25% a year: years before buying more?"
    load = has("users") or has("qps") or has("concurrent_users") or has("queries_per_day") \
        or has("tokens_per_day")
    if (has("per_requests") or re.search(r"每(?:千|万|百|1000|100)次|\bper\s+(?:1,?000|1k|a thousand|"
                                          r"thousand|100)\s+(?:requests|queries|chats|conversations|calls)\b",
                                          t)) \
            and has("queries_per_day") and (has("gpus") or has("servers")) \
            and (has("electricity_usd_per_kwh") or has("electricity_cny_per_kwh")) \
            and not (has("model") or has("params")) and KW["power"].search(t):
        return "power"                   # ("每千次对话的电费 … 2张L40S在跑 … 一天三万次对话": per request)
    if has("asks_value") and (has("model") or has("params")) and has("accelerator") and not load \
            and (has("price_usd") or has("price_cny")) and not any(has(k) for k in (
                "budget_usd", "budget_cny", "rent_usd_per_hour", "rent_cny_per_hour", "speedup",
                "usd_per_million_tokens", "cny_per_million_tokens", "usd_cny", "gpus", "servers",
                "train_tokens", "train_flops")) and not kw("train"):
        return "throughput"              # ("跑Llama 3 70B … H100按2.5万美金算 … 哪个划算": per money)
    if has("one_batch") and has("queries_per_day") and (has("model") or has("params")) \
            and has("accelerator") \
            and not (kw("cost") or kw("power")):
        return "throughput"              # ("一车件大概1500个 … 用L4的话一车货多久能弄完": one batch's time)
    if _GEN_TIME_ASKED.search(t) and has("output_tokens") and not load \
            and not (has("gpus") or has("servers")) \
            and any(has(k) for k in ("observed_tokens_per_s_per_gpu", "observed_tokens_per_s")) \
            and not any(has(k) for k in ("train_tokens", "train_flops", "model", "params")):
        return "throughput"            # "3,000-word chapters … at 18 tok/s on my 4090 how long per chapter?"
    # ("120 replicas … tp=4": the replicas' cards)
    fleet_size = has("gpus") or has("servers") or (has("replicas") and has("tensor_parallel"))
    # a throughput measured on the user's own hardware, per GPU, per server or in all
    measured = any(has(k) for k in ("observed_tokens_per_s", "observed_tokens_per_s_per_gpu",
                                    "observed_tokens_per_s_per_server"))
    if has("factor") and _DOUBLING_TIME_ASKED.search(t) and not (
            has("model") or has("params") or has("train_tokens") or has("train_flops")):
        # ("compute needs grow 10x over the next 3 years from 200k GPU-hours/yr now, what doubling time?": the
        # growth's doubling time, whatever the base it grows from)
        return "growth"
    if (has("growth_rate_year") or has("doubling_months")) and not (load or fleet_size or measured) and (
            has("period_months") or has("horizon") or PERIOD_SAID.search(t) or _CN_PERIOD.search(t)) \
            and PRICE_GROWS.search(t) \
            and sum(has(k) for k in GROWN_PRICES) == 1 and not any(
                has(k) for k in ("model", "params", "train_tokens", "power_mw", "budget_usd", "budget_cny")):
        return "growth"                # "rental prices fall ~35% a year; an H100 hour is $2.20: in 2027?"
    # (not "Google offers us TPU v5e … Gemma 2 27B with 2,000 queries per second": Google the vendor)
    # ("TPU research credits": no search)
    if kw("google") and (re.search(r"(?<!re)search|搜索", t) or (
            re.search(r"query|queries", t) and not (has("model") or has("accelerator")))) and (
            re.search(r"google|谷歌|bing|必应|百度|search engine|搜索引擎", t) or not load) \
            and not (has("model") and not _WEB_SEARCH.search(t)):
        # (not "google cloud rep says TPU v5e is $1.20 … our parts search, llama 3 8b": one's own search, a
        # model named to serve it)
        return "google_search"
    if has("depreciation") and has("asks_per_user") and has("users") and (fleet_size or (
            # ("a Dell R760xa w/ 4x L40S came in at $52k … per seat per month over 36 months": the one box
            # priced)
            (has("server_price_usd") or has("server_price_cny"))
            and not (has("price_usd") or has("price_cny")))) \
            and any(has(k) for k in (
            "price_usd", "price_cny", "server_price_usd", "server_price_cny")) and not any(
            has(k) for k in ("model", "params", "qps", "queries_per_day", "tokens_per_day",
                             "concurrent_users", "tokens_per_user_day", "queries_per_user", "watts_per_gpu",
                             "watts_per_server", "pue",
                             "electricity_usd_per_kwh", "electricity_cny_per_kwh", "usd_per_user_month",
                             "cny_per_user_month")):
        return "capex"                 # "4张H20服务2500个医生，卡价12万/张，按3年折旧，每个医生每月摊多少？"
    if has("asks_payback") and (has("usd_per_user_month") or has("cny_per_user_month")) and has("users") \
            and any(has(k) for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")) \
            and not any(has(k) for k in ("model", "params", "queries_per_user", "tokens_per_user_day", "qps",
                                         "queries_per_day", "tokens_per_day", "concurrent_users")):
        return "capex"                 # "25 seats at $45/seat/mo, one box at ~$14k: months to pay it back?"
    if has("asks_token_price") and (has("usd_per_user_month") or has("cny_per_user_month")) and (
            has("tokens_per_user_day") or has("queries_per_user")) and not (
            has("usd_per_million_tokens") or has("cny_per_million_tokens")):
        return "capex"                 # "ARPU 48.5元 … 推理成本不超过ARPU的2% … token单价要压到多少？"
    if not load and (has("observed_tokens_per_s_per_gpu") or has("observed_tokens_per_s_per_server")) \
            and (has("rent_usd_per_hour") or has("rent_cny_per_hour")) \
            and not (has("usd_per_million_tokens") or has("cny_per_million_tokens")) \
            and PER_MILLION_TOKENS.search(t):
        return "throughput"            # "~21k tok/s/server … At $2.30/GPU-hr what's breakeven per M tokens?"
    if has("asks_token_price") and not load and (
            has("observed_tokens_per_s_per_gpu") or has("observed_tokens_per_s_per_server")) and any(
            has(k) for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny",
                             "rent_usd_per_hour", "rent_cny_per_hour")):
        return "throughput"            # "token price to break even … $25k each over 4 years, 2,000 tok/s"
    if (has("usd_per_user_month") or has("cny_per_user_month") or (has("asks_per_user") and not load)) and (
            has("tokens_per_user_day") or has("queries_per_user")) and not (
            has("usd_per_million_tokens") or has("cny_per_million_tokens")):
        # "$20/seat/mo, 40k tokens a seat a day on H100s": one user's margin; with the users counted,
        # the fleet they need and its cost per user against the charge
        return "fleet"
    if (has("usd_per_user_month") or has("cny_per_user_month")) and (
            has("tokens_per_user_day") or has("queries_per_user")) and (
            has("usd_per_million_tokens") or has("cny_per_million_tokens")) and not any(
            has(k) for k in ("accelerator", "server", "gpus", "servers", "rent_usd_per_hour",
                             "rent_cny_per_hour", "observed_tokens_per_s", "observed_tokens_per_s_per_gpu")):
        return "capex"                 # "收费 19.9 元/月 … 每百万 token 成本 2 元": one user's token bill
    money = [k for k in ("budget_usd", "budget_cny") if has(k)]
    other = "cny" if money and money[0] == "budget_usd" else "usd"
    if len(money) == 1 and (has("usd_cny") or p.get("currency") == other) and not load and not any(
            has(k) for k in ("accelerator", "model", "params", "gpus", "servers", "server", "price_usd",
                             "price_cny", "rent_usd_per_hour", "rent_cny_per_hour")):
        return "capex"                 # "$3.5B in RMB? rate 7.1": an amount in the other currency
    if (has("rent_usd_per_hour") or has("rent_cny_per_hour")) and (
            has("per_tokens") or has("asks_cost_per") or _COST_PER_N.search(t)) \
            and not (load or has("usd_per_million_tokens") or has("cny_per_million_tokens")) \
            and (measured or ((has("model") or has("params")) and has("accelerator") and not kw("train"))):
        # "what does 1M tokens cost on H100 at $2/hr at 3000 tok/s per GPU?", "Llama 2 13B on A100 40GB
        # rented at $1.1/hr, what does that come to per 1k tokens?"
        return "throughput"
    if priced_hours and has("accelerator") and not (load or fleet_size or measured or has("model")
                                                    or has("params") or has("budget_usd")
                                                    or has("budget_cny")) and not any(
            has(k) for k in ("asks_cost_per", "power_mw", "per_tokens", "capacity_flops",
                             "usd_per_million_tokens", "cny_per_million_tokens", "speedup",
                             "electricity_usd_per_kwh", "electricity_cny_per_kwh", "price_usd", "price_cny")):
        return "capex"                 # "包月价是 5200 一张，折成卡时多少？比按量 9 块": the rents themselves
    if (has("server_price_usd") or has("server_price_cny")) and not (load or has("model") or has("params")) \
            and PER_CARD_ASKED.search(t) and not HOURLY_ASKED.search(t):
        return "capex"                 # "HGX H100 8卡整机报价 230万，摊到每张卡多少美元？": one card's share
    if has("single_stream") and has("claim") and has("accelerator") and (has("model") or has("params")) \
            and not (has("users") or has("qps") or has("queries_per_day") or has("tokens_per_day")
                     or p.get("concurrent_users", 1) != 1):
        return "throughput"            # "3k tok/s single-stream on llama 3.1 70b … cap right?": one stream
    if has("asks_sessions") and (has("model") or has("params")) and not load:
        return "memory"                # "128k 上下文能同时服务几个人": the long sessions that fit
    if (has("asks_request_time") or has("claim_request_time")) and (has("model") or has("params")) \
            and not any(has(k) for k in ("users", "qps", "concurrent_users", "tokens_per_day")):
        return "throughput"            # "… how long does each call take?": one request, alone on its replica
    if has("asks_ttft") and (has("model") or has("params")) and not (
            has("users") or has("qps") or has("queries_per_day") or has("tokens_per_day")
            or has("concurrent_users")):
        return "throughput"            # "Llama 3 8B 在 L40S 上，输入 8k，首token延迟大概多少？"
    if (has("asks_mw") or has("asks_total_power")) and (has("gpus") or has("servers")) and not any(
            has(k) for k in ("model", "params", "train_tokens", "train_flops", "gpu_hours", "users", "qps",
                             "queries_per_day", "tokens_per_day", "concurrent_users", "budget_usd",
                             "budget_cny", "factor", "rent_usd_per_hour", "rent_cny_per_hour", "days",
                             "gpu_tflops", "mfu", "utilization", "growth_rate_year", "doubling_months",
                             "price_usd", "price_cny")):
        return "power"                 # "一万张 H100 的训练集群，每卡含服务器 1400W … 要多少 MW？"
    if has("power_per_gpu_hour"):
        return "power"                 # "what's the power cost per GPU-hour?": one card's hour
    if has("from_accelerator"):
        return "training"              # the same job on another fleet
    if has("days") and (has("gpus") or has("servers")) and kw("time_q") and not load and _RUN_TOOK.search(t):
        return "training"              # "Our model took 20 days on 512 A100s. On H100, how long?"
    if fleet_size and has("asks_hours") and not (
            has("budget_usd") or has("budget_cny") or has("rent_usd_per_hour")
            or has("rent_cny_per_hour")
            # ("40 DGX H100 boxes, $0.07/kWh: electricity cost per GPU-hour?": power's price, not the hours)
            or has("electricity_usd_per_kwh") or has("electricity_cny_per_kwh")) and not (
            has("model") or has("params") or has("train_tokens") or has("train_flops") or load):
        return "training"              # "256 张 A100，利用率 75%，每月能给出多少 GPU 小时": the fleet's hours
    if has("compute_optimal") and (has("budget_usd") or has("budget_cny")) and (
            has("rent_usd_per_hour") or has("rent_cny_per_hour")):
        return "training"              # "Budget $5M at $2.1/GPU-hr: biggest Chinchilla-optimal model?"
    if has("server_power_cap_w") and not load:
        return "power"                 # "单柜供电上限 120kW，放得下吗": servers under a rack's limit
    if has("power_headroom") and has("power_mw") and fleet_size and not load:
        return "power"                 # "64 台，每台 10.8kW，机房给了 800kW，还能再加几台": the rest
    grows = has("doubling_months") or has("growth_rate_year")
    bill_only = (has("usd_per_million_tokens") or has("cny_per_million_tokens")) and not (
        has("accelerator") or has("model") or has("params"))
    # ("usage doubles every 4 months. currently 1,800 users. how many users in 2 years?": the load asked,
    # not the cards it needs)
    load_asked = _LOAD_ASKED.search(t) is not None
    # ("800-odd daily users now … roughly how many in 2 years?": with no card, model or fleet named, what is
    # counted is the users)
    if grows and load and not bill_only and (has("accelerator") or has("model")
                                             or (kw("how_many") and not load_asked
                                                 and not _HOW_MANY_BARE.search(t))
                                             or _FLEET_WORDS.search(t)) and (
            has("accelerator") or not has("users_to")) and not (
                # ("800 QPS now on 40 H100s, doubling every 6 months: how many cards in 2 years?": today's
                # fleet grown with its load; no model named to size a new one with)
                fleet_size and not (has("model") or has("params") or has("active_params")
                                    or has("input_tokens") or has("output_tokens") or has("users_to"))):
        return "fleet"                 # the load grown to the horizon (calc/projection.py)
    if grows and has("power_mw") and has("accelerator") and not fleet_size:
        return "power"                 # "5 GW today, +35% a year: how many B200s by 2030?"
    if has("joules_per_token") and has("users_to") and has("users") and not (
            has("growth_rate_year") or has("doubling_months") or has("period_months")):
        return "energy"                # "users grow from 2M to 10M … 0.4 J per token: how much more power?"
    if grows and (not fleet_size or not (kw("cost") or kw("power")) or (
            # "24 instances today, growing ~200% a year: how many in 18 months, and the monthly bill at
            # $70/hr?"
            _FLEET_COUNT_ASKED.search(t)
            and (has("rent_usd_per_hour") or has("rent_cny_per_hour")))) and not (
            has("usd_per_million_tokens") or has("cny_per_million_tokens")):
        return "growth"
    if has("users_to") and has("users") and fleet_size and _FLEET_COUNT_ASKED.search(t) and not (
            has("usd_per_million_tokens") or has("cny_per_million_tokens")):
        # "3 lakh DAU … projecting 40 lakh users in 18 months. Today we are running on 48 GPUs … how many GPUs
        # at end of period?": today's fleet scaled with its users (calc/projection.py)
        return "fleet"
    if has("users_to") and has("users") and (has("model") or has("params")) and _FLEET_COUNT_ASKED.search(t) \
            and not (has("usd_per_million_tokens") or has("cny_per_million_tokens")):
        # "DAU 20万 → 300万 in half a year, Mistral 7B, 10 a day each: how many cards at the start and the
        # end?": the fleet for both (calc/projection.py), on the default card said as such
        return "fleet"
    if has("users_to") and not has("accelerator") and not (
            has("usd_per_million_tokens") or has("cny_per_million_tokens")):
        return "growth"
    if has("factor") and fleet_size and not load and MORE_COUNT.search(t) and not MORE.search(t):
        # "推理需求是训练的3倍，训练用了1.6万张H100…按每卡每小时2美元租，一年要花多少？": the other fleet
        if has("rent_usd_per_hour") or has("rent_cny_per_hour") or kw("cost"):
            return "capex"
        if kw("power"):
            return "power"
    # ("现有算力为800张 … 增长10倍 … 期末所需卡数": the fleet's count asked in a noun, calc/derive factor_by)
    if has("factor") and fleet_size and not load and (MORE.search(t) or _SCALED_UP.search(t) or (
            has("factor_by") and not (has("model") or has("params") or kw("cost") or kw("power"))) or (
            TRAFFIC_GROWS.search(t) and not (kw("cost") or kw("power"))) or (
            # ("3 L4s handling order chat fine … grow volume ~5x. How many cards then, and what's the buy cost
            # at $2.5k a card?": the grown fleet, the added cards priced)
            (has("price_usd") or has("price_cny")) and kw("how_many")
            and (TRAFFIC_GROWS.search(t) or _SCALED_UP.search(t))) or (
            kw("how_many") and not (has("model") or has("params") or kw("cost") or kw("power")
                                    # ("算力要增长1000倍 … 到时候相当于多少张": the grown fleet's worth)
                                    or (kw("convert") and not has("factor_by"))))):
        return "growth"                # "4x more compute; we run 1,024 Gaudi 3: how many more?"
    if kw("growth") and has("factor") and not has("gpus") and not (
            # ("baseline: 20M DAU … what if users double?": the baseline's load scaled, a fleet asked)
            load and (has("model") or has("accelerator")) and _WHAT_IF.search(t)) and not (
            # ("grows 10x over 2 yrs (~800M tok/day now): do we need 10x the L40S fleet?": the cards asked)
            load and (kw("how_many") or re.search(r"\b(?:do|would|will) (?:we|i|they) (?:\w+ )?need\b", t))
            and (has("accelerator") or _FLEET_WORDS.search(t))
            and (has("observed_tokens_per_s_per_gpu") or has("observed_tokens_per_s")
                 or has("model") or has("queries_per_user") or has("tokens_per_user_day")
                 or has("tokens_per_day"))):
        return "growth"                # not "grew 10x; today 30T tokens a day: how many cards?"
    if has("ask_users") and has("accelerator") and not load and not kw("cost"):
        return "throughput"            # "how many users per H100 for Llama 3 8B?"
    if has("speedup") and has("asks_payback") and any(has(k) for k in ("price_usd", "price_cny")) \
            and not load and not any(has(k) for k in ("rent_usd_per_hour", "rent_cny_per_hour",
                                                      "usd_per_million_tokens", "cny_per_million_tokens")):
        return "capex"                 # "H200快1.6倍 … H200卖多少钱以内才划算？": the parity price
    if has("users") and (has("usd_per_user_month") or has("cny_per_user_month")) \
            and (has("rent_usd_per_hour") or has("rent_cny_per_hour")) and not any(has(k) for k in (
                "model", "params", "queries_per_user", "tokens_per_user_day", "qps", "queries_per_day")):
        return "capex"                 # "charge $3/month … 800 sign up, does that cover renting an L4?"
    if has("ask_users") and (has("model") or has("params")) and fleet_size and not load and not (
            has("budget_usd") or has("budget_cny") or has("usd_per_user_month") or has("cny_per_user_month")):
        # "we're at 40 DGX H100 (bought at ~$300k per server): how many users can that serve on Llama 2
        # 13B?": the users, the price only what the fleet cost
        return "throughput"
    if has("asks_cost_per") and (has("electricity_usd_per_kwh") or has("electricity_cny_per_kwh")) \
            and not (has("rent_usd_per_hour") or has("rent_cny_per_hour")) and not load and not any(
                has(k) for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")):
        return "energy"                # "electricity cost per 1M tokens … 0.10 $/kWh, 400W"
    if has("asks_cost_per") and not load and (has("model") or measured) and any(
                has(k) for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")) \
            and not (has("rent_usd_per_hour") or has("rent_cny_per_hour")):
        return "throughput"            # "a rack costs $3.4M … cost per million tokens over 4 yrs?"
    if has("asks_cost_per") and measured and (has("rent_usd_per_hour") or has("rent_cny_per_hour")) \
            and not load:
        return "throughput"            # "$ per 1M tokens at 12,000 tok/s per GPU and $6/GPU-hour"
    if has("asks_cost_per") and has("model") and not load and not (fleet_size and p.get("gpus") != 1):
        return "throughput"            # "cost per million tokens for Llama 3 70B on H100"
    if has("price_against_cost") and not (load or fleet_size):
        return "throughput"            # "API 报价每 1000 token 0.002 美元，H100 上跑 Llama 3 70B 能回本吗"
    if (has("usd_per_million_tokens") or has("cny_per_million_tokens")) and has("power_mw") \
            and has("accelerator") and (has("model") or has("params")) and not (load or fleet_size):
        return "power"                 # "tokens/day a 10MW H100 site can push … at $0.50/M, daily revenue?"
    if (has("joules_per_token") or (has("model") and has("accelerator") and not any(has(k) for k in (
            *CARD_PRICES, "usd_per_million_input_tokens", "cny_per_million_input_tokens", "self_host")))) \
            and not (load or fleet_size) and (has("electricity_usd_per_kwh")
                                              or has("electricity_cny_per_kwh")) \
            and (has("joules_per_token") or has("usd_per_million_tokens") or has("cny_per_million_tokens")):
        # "At $0.60 per million tokens and 0.4 J per token, what share …", "sells tokens at $0.60 per million,
        # Llama 3.1 8B on L40S, 13¢/kWh: is electricity a big slice of revenue?"
        return "energy"
    if has("usd_per_million_tokens") or has("cny_per_million_tokens"):
        return "capex"                 # a token price: the bill for a token volume
    if (has("budget_usd") or has("budget_cny")) and (has("server_price_usd") or has("server_price_cny")) \
            and not (load or (has("model") and not _BUY_HOW_MANY.search(t))):
        return "capex"                 # "$280k a box: how many does $10M buy, and their draw?"
    if has("tco") and not load and not any(
            has(k) for k in ("hbm_multiple", "dram_usd_per_gb", "hbm_usd_per_gb")):
        return "power"                 # chips plus electricity over the life (calc/costs.py tco)
    if has("hbm_gb_per_gpu") and has("accelerator") and (has("hbm_usd_per_gb") or has("dram_usd_per_gb")) \
            and not load and not fleet_size:
        return "memory"                # ("141GB each at like $15 a GB. How much of the price is that?")
    priced = has("price_usd") or has("price_cny") or has("rent_usd_per_hour") or has("rent_cny_per_hour")
    budget = has("budget_usd") or has("budget_cny")
    rented = has("rent_usd_per_hour") or has("rent_cny_per_hour")
    # ("8卡H100服务器每台220万元，汇率7.2，折合美元多少？": a server's price converted too)
    box_priced = (has("server_price_usd") or has("server_price_cny")) and (
        has("usd_cny") or _CONVERT_MONEY.search(t) is not None)
    if (priced or box_priced) and not fleet_size and not load and not (has("model") or has("params")) \
            and not (has("gpu_hours") or has("gpu_years") or has("train_tokens") or has("capacity_flops")
                     or has("train_flops")) \
            and not re.search(r"train|训练", t) and not kw("power") and not (
                has("hbm_usd_per_gb") or has("dram_usd_per_gb")) and (
                has("usd_cny") or (budget and rented) or _CONVERT_MONEY.search(t)):
        # (not "HBM at $15/GB … how much of a ¥11万 card is memory? fx 7.2": the memory's share)
        return "capex"                 # a price converted, or a budget at a rent: no fleet
    if has("rent_or_buy") and (has("params") or has("model")) and has("train_tokens") and (
            fleet_size or has("days") or PERIOD_SAID.search(t)):
        # "a 13B on 2T tokens with 256 GPUs: rent, or buy?", "… in 45 days: how many, buy or rent?"
        return "training"
    if has("rent_or_buy"):
        return "capex"                 # rent vs buy: the break-even
    if budget and rented and not (fleet_size or load or has("model") or has("params")
                                  # ("a run of 3.8e24 FLOPs … at $5.50 per GPU-hour. Is the budget cap of
                                  # US$18M sufficient?": the run's cost against the budget)
                                  or has("train_tokens") or has("train_flops") or has("mfu")
                                  or (has("gpu_hours") and has("claim"))) \
            and _ASKS_GPU_HOURS.search(t):
        return "capex"                 # "training budget is $5M at $1.29/hr: how many GPU-hours?"
    if budget and (has("price_usd") or has("price_cny")) and not (
            load or fleet_size or has("model") or has("params") or re.search(r"train|训练", t)):
        return "capex"                 # "a GPU costs ~$30k: how many does $1B buy?"
    if has("per_watt") and has("accelerator") and has("speedup") and not (load or has("model")):
        return "convert"               # "B200 at 1000W, 2.2x faster than H100: perf/W uplift vs H100 (700W)?"
    if has("per_dollar") and has("accelerator") and not (load or has("model")):
        return "convert"               # "TFLOPS per dollar, A100 vs H100 vs B200"
    if has("utilization_to") and fleet_size and not load:
        return "fleet"                 # "1.5万张，利用率30%提到六成能省多少张？"
    if has("tokens_per_kwh") and not load:
        return "energy"                # "一度电能生成多少token？"
    if has("joules_per_token"):
        return "energy"                # "0.5 J a token, 1T tokens a day: a year's kWh"
    stated_power = has("power_mw") or has("watts_per_server") or has("watts_per_gpu")
    if has("asks_kwh") and (has("watts_per_gpu") or has("watts_per_server")) and fleet_size \
            and re.search(r"\d\s*(?:天|days?|个月|months?|weeks?|周|年|years?)", t) \
            and not (has("joules_per_token") or has("tokens_per_day")):
        return "power"                 # "16384 张 H100 跑了 54 天，每卡 1kW，用了多少 GWh": the energy
    if (has("queries_per_day") or has("qps")) and KW["energy"].search(_TOKENS_PER.sub(" ", t)) and (
            stated_power or fleet_size):
        # (not "500 tokens out per query": a request's length, not its energy)
        return "energy"
    bought = any(has(k) for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny"))
    if has("per_tokens") and _ENERGY_WORD.search(t) and not load and not fleet_size and not (
            bought and has("asks_cost_per")):
        return "energy"                # "kWh to generate 1 billion tokens with Llama 3.1 405B"
    if kw("per_token_energy") and not load and not (fleet_size and stated_power and not measured) and not (
            bought and has("asks_cost_per")):
        return "energy"                # "energy per token for Llama 3 8B on L4"
    if kw("per_request") and (kw("power") or _ENERGY_WORD.search(t)) and not load and (
            not fleet_size or has("observed_tokens_per_s") or has("model")) and not (
            bought and has("asks_cost_per")):
        return "energy"                # one request's energy at the serving operating point
    if has("power_mw") and not (load or fleet_size):
        return "power"
    if has("power_mw") and fleet_size and has("claim") and (has("watts_per_gpu") or has("watts_per_server")) \
            and not (load or has("model") or kw("train")):
        return "power"                 # "100GW，每卡按 1.5kW 算，那就是六千多万张卡？对吗": the count checked
    # ("…一个run要20天，换过去是不是8天就够？": the time checked, not asked)
    if has("speedup") and has("days") and not load and (kw("time_q") or has("claim")) and not (
            has("budget_usd") or has("budget_cny") or has("power_mw")):
        return "training"              # "B200 is 2.5x faster; a job took 90 days on H100 — how long on B200?"
    if load and (has("observed_tokens_per_s_per_gpu") or has("observed_tokens_per_s")) \
            and _ASKS_COUNT.search(t) \
            and not (kw("train") or kw("cost") or kw("power") or has("asks_per_day")):
        return "fleet"                 # "a single L4 gives ~900 tok/s: how many for 2B tokens a day?"
    if fleet_size and (has("watts_per_gpu") or has("watts_per_server")) \
            and re.search(r"how many mw|多少兆瓦", t) and not any(
                has(k) for k in ("model", "params", "train_tokens", "train_flops", "mfu", "days")):
        return "power"                 # "5x the 16,000 GPUs used for training: how many MW at 700W?"
    if has("year") and has("model") and not load:
        return "training"              # "GPT-3 at 2020 prices": the run at the prices of its time
    if has("capacity_flops") and (has("train_flops") or has("train_tokens")) and not (
            load or fleet_size or has("match_accelerator")):
        return "training"              # "200 EFLOPS of capacity, 3.8e25 FLOPs at 40% MFU: days?"
    if has("capacity_flops") or has("match_accelerator"):
        return "convert"
    if has("server") and has("servers") and not load and _GPUS_OF_RACKS.search(t) and not kw("power") \
            and not any(
            has(k) for k in ("model", "params", "budget_usd", "budget_cny", "price_usd", "price_cny",
                             "server_price_usd", "server_price_cny", "power_mw", "watts_per_server",
                             "watts_per_gpu", "rent_usd_per_hour", "rent_cny_per_hour")):
        return "convert"               # "30k NVL72 racks: how many GPUs?": the racks' GPUs (and compute)
    # (not "HBM按每GB 12美元 … DRAM每GB 2.5美元的话差几倍": the memory's price, compared with DRAM's)
    # (not "Llama 3.1 8B … L4和L40S每秒各能出多少token？差几倍？": a model's tokens a second, compared)
    if has("accelerator") and not load and not kw("train") and _SPEC_FLOPS.search(t) and not (
            has("budget_usd") or has("budget_cny") or has("hbm_usd_per_gb")) \
            and not ((has("model") or has("params")) and ASKS_RATE.search(t)) and (
            not fleet_size or re.search(r"算力差|差(?:几|多少)倍|总算力", t)):
        return "convert"                # "how many TFLOPS does an H100 do in FP8?"
    if fleet_size and (_ASKS_CAPACITY.search(t) or (_ASKS_P.search(t) and not has("power_mw"))) and not (
            kw("train") and (
            has("model") or has("params") or has("days") or has("mfu"))) and not (
            has("train_flops") or has("train_tokens") or (has("gpu_tflops") and kw("train"))):
        return "convert"                # what capacity a fleet has
    if (has("rent_usd_per_hour") or has("rent_cny_per_hour")) and fleet_size \
            and not (load or has("train_tokens") or has("train_flops") or has("model")
                     or has("params") or has("gpu_hours") or has("gpu_years") or has("mfu")
                     or (any(has(k) for k in ("mfu_to", "mfu_gain", "mfu_gain_points"))
                         and re.search(r"\bmfu\b", t))
                     or TRAIN_SAID.search(t)):
        return "capex"                 # "每卡时2.1美元，64卡跑6个月": a rental bill, not a run
    if (has("rent_usd_per_hour") or has("rent_cny_per_hour")) and has("tensor_parallel") \
            and PERIOD_SAID.search(t) and not (load or fleet_size or has("replicas") or has("train_tokens")
                                               or has("train_flops") or TRAIN_SAID.search(t)):
        return "capex"                 # "每小时 2.49 美元 … 16 卡一组，跑 30 天费用多少": one group
    if has("observed_tokens_per_s") and fleet_size and not (load or kw("train") or has("model")
                                                          or has("params")) and re.search(
            r"per[- ](?:gpu|card|chip|accelerator)|每(?:张)?卡|单卡|每个?gpu|each (?:gpu|card)", t):
        return "throughput"          # "tok/s per gpu if dashboards show 1.8M tok/s across 96 MI300X"
    if has("observed_tokens_per_s") and load and not fleet_size and not kw("train") \
            and not has("concurrent_users") and ENOUGH.search(t):
        return "throughput"          # "is 1.8M tok/s cluster-wide enough? 300k DAU x 120 calls/day …"
    if has("speedup") and any(has(k) for k in ("rent_usd_per_hour", "rent_cny_per_hour", "price_usd",
                                               "price_cny")) \
            and not (load or fleet_size or any(has(k) for k in (
                "train_tokens", "train_flops", "gpu_hours", "gpu_years", "params", "model", "days", "mfu"))):
        return "capex"                 # "H200 is 1.9x faster; rents $3.80 vs $2.30/hr: cheaper per job?"
    # ("our cluster does 1.5M tok/s on qwen3-30b … how many req/day can we take": served, count unsaid)
    observed = has("observed_tokens_per_s") or has("observed_tokens_per_s_per_server")
    # ("实测单卡每秒大概1800 token … 一天能写多少篇": one card's measured rate, the pieces it writes asked)
    served_rate = (observed or (has("observed_tokens_per_s_per_gpu") and has("asks_requests"))) \
        and (fleet_size or has("asks_qps") or has("asks_requests")) \
        and (has("model") or has("params")) \
        and not (kw("train") or re.search(r"\bmfu\b|利用率|efficien|效率", t))
    # ("power estimate for fine-tuning … on 64 H100s for 5 days": the run's power asked, not its hours)
    # (a model named is the run's to size: "power draw … and could it train GPT-3 in under 1 day?")
    power_of_run = fleet_size and _RUN_POWER_ASKED.search(t) is not None and not any(has(k) for k in (
        "train_tokens", "train_flops", "gpu_hours", "gpu_years", "mfu", "gpu_tflops", "params")) \
        and (p.get("model") in (None, "?")
             # (a fine-tune's model is not the run to size: its pretraining tokens are no fine-tune's)
             or re.search(r"fine-?tun|\bsft\b|微调|\blora\b", t) is not None)
    if (has("train_tokens") or has("train_flops") or has("gpu_years") or has("gpu_hours")
            or has("mfu") or (has("observed_tokens_per_s") and not served_rate) or has("gpu_tflops")
            or (has("observed_tokens_per_s_per_gpu") and kw("train"))
            or kw("train")) and not load and not power_of_run and not has("power_per_gpu_hour") and not (
                # "Gaudi 3 at $15,625 (1835 TFLOPS fp8) vs H100 at $30k, a $500M budget: how many
                # of each, and the PFLOPS?": a purchase, each card's TFLOPS beside it
                has("gpu_tflops") and (has("budget_usd") or has("budget_cny"))
                and not (has("train_tokens") or has("train_flops") or kw("train"))) and not (
                # "$45M for a training cluster, B200 at $38.5k: how many?": a purchase; no run stated
                # ("$3.1M per rack for GB200 NVL72 … 8 racks for the training cluster — total capex?": the
                # purchase's total)
                (has("budget_usd") or has("budget_cny") or (fleet_size and any(has(k) for k in (
                    "server_price_usd", "server_price_cny", "price_usd", "price_cny"))))
                and (has("price_usd") or has("price_cny") or has("all_in_multiple")
                     or has("server_price_usd") or has("server_price_cny"))
                and not any(has(k) for k in (
                    "train_tokens", "train_flops", "gpu_hours", "gpu_years", "mfu",
                    "days", "gpu_tflops", "observed_tokens_per_s", "observed_tokens_per_s_per_gpu"))
                # ("二十台 … 报价一百一十万 … 总共多少？这些卡够做Qwen2.5 72B全参微调吗": the purchase's
                # total, the model only asked to fit)
                and (not (has("params") or has("model")) or ENOUGH.search(t))) and not (
                # ("训练平台全年租卡预算6000万，H800每卡每小时16元，能常驻多少张卡": the cards a rent budget
                # keeps, the training only what the platform is for; no run stated)
                (has("budget_usd") or has("budget_cny"))
                and (has("rent_usd_per_hour") or has("rent_cny_per_hour")) and not fleet_size
                and not any(has(k) for k in ("train_tokens", "train_flops", "gpu_hours", "gpu_years", "mfu",
                                             "gpu_tflops", "params", "model", "observed_tokens_per_s",
                                             "observed_tokens_per_s_per_gpu"))
                # (not "预算10亿美元 … MFU 40% … 最多可获得多少训练FLOP": the run's compute asked)
                and not re.search(r"\bmfu\b|flops?\b", t)) and not (
                # ("A100 80GB一张大概多少钱？我们要买32张做质检模型训练": cards bought, the training only what
                # they are for; no run stated)
                fleet_size and has("asks_purchase") and _PRICE_ASKED.search(t) is not None
                and _RUN_TIME_SAID.search(t) is None
                and not any(has(k) for k in ("train_tokens", "train_flops", "gpu_hours", "gpu_years", "mfu",
                                             "days", "gpu_tflops", "params", "model", "observed_tokens_per_s",
                                             "observed_tokens_per_s_per_gpu"))):
        return "training"
    if has("power_mw") and (has("server") or has("accelerator")) and not (load or has("model")) \
            and not (has("hbm_multiple") or has("dram_usd_per_gb") or has("hbm_usd_per_gb")):
        return "power"                 # "10兆瓦的机房能放多少台DGX H100？"
    if (ASKS_QPS.search(t) or ASKS_RATE.search(t)) and (has("model") or has("params") or (
            fleet_size and (has("observed_tokens_per_s_per_gpu") or has("observed_tokens_per_s")))) and not (
            load or has("budget_usd") or has("budget_cny")):
        return "throughput"            # "how many req/s can I get on a single 4090?"
    if observed and has("asks_requests") and (has("model") or has("params")) \
            and not (load or (fleet_size and not has("observed_tokens_per_s_per_server")) or kw("cost")
                     or kw("power")):
        return "throughput"            # "our cluster does 1.5M tok/s … how many req/day can we take"
    if has("speedup") and has("model") and has("accelerator") and not (load or kw("train")) \
            and not (fleet_size and not (p.get("servers") == 1 or p.get("gpus") == 1)) \
            and not any(has(k) for k in ("days", "gpu_hours", "gpu_years", "train_tokens", "train_flops",
                                         "price_usd", "price_cny", "rent_usd_per_hour", "rent_cny_per_hour")):
        # "vendor says one DGX B200 replaces 6 DGX A100 for inference on Llama 3 70B, legit?": the two
        # cards' serving rates, the stated multiple checked against them
        return "throughput"
    if has("power_mw") and has("accelerator") and not fleet_size and (has("model") or has("params")) \
            and (has("ask_users") or has("asks_qps") or has("ask_concurrent")) and not (
                has("users") or has("qps") or has("concurrent_users")):
        return "power"                 # "3 MW, B200 at 1 kW, Llama 3 70B: how many users can we serve?"
    if (has("model") or has("params")) and has("accelerator") and not (load or fleet_size or measured) and (
            kw("how_many") or re.search(r"\bmin(?:imum)?\b.{0,8}(?:gpus|cards|#)|最少", t)) and not (
            has("budget_usd") or has("budget_cny") or has("power_mw") or kw("train")
            or ASKS_RATE.search(t)
            or ASKS_QPS.search(t) or has("usd_per_million_tokens") or has("cny_per_million_tokens")
            or kw("compare") or re.search(r"faster|slower|quicker|快|慢|比", t)
            or has("ask_concurrent") or has("ask_users") or has("tpot_ms") or has("ttft_ms")
            or has("asks_cost_per") or has("asks_per_hour")
            # (not "HGX H200 … 报价一台230万，电费一块钱一度，三年下来连电费总共多少钱": the box's price and
            # power over the years, asked)
            or (kw("cost") and (has("electricity_usd_per_kwh") or has("electricity_cny_per_kwh")))):
        return "memory"              # "deepseek r1 用int4部署 要几张h20": the cards its weights need
    if (has("model") or has("params")) and has("accelerator") and not load and CLAIM.search(t) and not (
            has("train_tokens") or has("train_flops") or kw("train") or has("budget_usd")
            or has("budget_cny") or has("price_usd") or has("price_cny") or has("tpot_ms")
            # ("厂商报了3台HGX H100，一台220万 … 总价多少？能跑几个副本": the servers' price asked first)
            or ((has("server_price_usd") or has("server_price_cny")) and kw("cost"))
            or has("ttft_ms") or has("ask_concurrent") or has("asks_rate") or has("asks_qps")
            or has("ask_users") or measured) and (
            kw("fit") or _NEEDS.search(t) or fleet_size or has("hbm_gb_per_gpu")):
        return "memory"              # "公众号说DeepSeek-V3用FP8至少要16张H20，靠谱吗？": checked
    if (has("tpot_ms") or has("ttft_ms")) and (has("model") or has("params")) and not load \
            and re.search(r"what batch(?: size)?|which batch|max(?:imum)? batch|"
                          r"how (?:big|large) (?:a )?batch|batch size (?:can|could|do|should)|"
                          r"batch\s*(?:能|可以)?开多大|最大\s*batch", t):
        # "what batch size … if I need TPOT under 35 ms": the batch at that latency
        return "throughput"
    if has("ask_concurrent") and (has("model") or has("params")) and has("accelerator") and not (
            load or kw("fit") or re.search(r"\bkv\b|kv ?cache|kv缓存", t) or has("budget_usd")
            or has("budget_cny") or has("price_usd") or has("price_cny") or has("power_mw")):
        return "throughput"          # "how many concurrent users can a single card serve at 33 ms?"
    if has("hbm_gb_per_gpu") and (has("model") or has("params")) and not (load or fleet_size):
        return "memory"              # "每张卡80GB显存，最少要几张卡？": cards for the weights
    if fleet_size and (has("observed_tokens_per_s_per_gpu") or has("observed_tokens_per_s_per_server")
                       or has("observed_tokens_per_s")) and has("asks_per_day") and not load \
            and not (kw("cost") or kw("power") or has("rent_usd_per_hour") or has("rent_cny_per_hour")):
        return "throughput"          # "3.5万张A100，每张卡每秒1500个token，一天总共能处理多少token？",
        # "256 台 HGX H100，单台实测每秒 9500 token，每天能出多少 token？": the measured rate over a day
    if (has("asks_traffic") or has("asks_token_volume")) and (
            has("users") or has("queries_per_day") or has("tokens_per_day")):
        return "fleet"               # "qps for 1e6 DAU, 15 queries each, peak 3x?": the load, then a fleet
    if has("users") and (has("queries_per_user") or has("tokens_per_user_day")) and (
            has("model") or has("accelerator")):
        return "fleet"               # "could I serve Mistral 7B to 5,000 users at 20 queries a day?"
    if has("ask_concurrent") and (has("replicas") or fleet_size) and kw("how_many") and not load and (
            has("tpot_ms") or has("replicas")) and not _KV_FIT.search(t):
        return "throughput"          # "replicas=12 tp=8 … how many concurrent users can that hold": streams
    if (fleet_size or (has("asks_per_hour") and has("accelerator"))) and (has("model") or has("params")) \
            and (has("asks_tokens") or has("asks_per_day") or has("asks_per_hour")) \
            and not load and not kw("hbm") and not kw("enough") and not _KV_FIT.search(t) \
            and not re.search(r"显存|vram|memory|够不够|够吗|\bfits?\b", t):
        return "throughput"          # "how many tokens/day can 300 h200 push for llama 3.3 70b … at 35 ms"
    if (has("tpot_ms") or has("ttft_ms")) and (has("model") or has("params")) and has("accelerator") \
            and _LATENCY_REACHED.search(t) \
            and not (load and kw("how_many")):
        return "throughput"          # "TP=4，8k 输入，并发 32，TPOT 能到 60ms 吗": the latency at that load
    if has("asks_per_replica") and (has("model") or has("params")) and not load \
            and not any(has(k) for k in ("tpot_ms", "ttft_ms", "rent_usd_per_hour", "rent_cny_per_hour",
                                         "price_usd", "price_cny", "budget_usd", "budget_cny")):
        return "memory"              # ("96 L40S … Llama 3.1 70B in fp8: how many do we need per replica?")
    if (kw("fit") and not (load and fleet_size and has("tokens_per_day"))
            and not (load and (has("tpot_ms") or has("ttft_ms"))
                     and (kw("how_many") or kw("enough") or _CAN_SERVE.search(t)))
            # "TP4, conc=48/replica, need to hold 1,200 concurrent users. how many replicas": a fleet
            and not (load and has("batch_per_replica") and kw("how_many"))
            # ("HPA scales at 70% KV-cache util … 1 GPU per pod, ~900 rps: maxReplicas?": the cache named, a
            # count asked for a load)
            and not (load and has("tensor_parallel") and kw("how_many")
                     and not re.search(r"\bfits?\b|显存|vram|放得下|装得下|放不下|能不能放", t))
            # "how many concurrent sessions per replica can we hold if each needs ≤25 ms per token": the
            # streams a latency target allows, not the memory
            # (not "一柜能装下 … 吗？tpot 20ms 的话能同时服务多少并发": the fit asked first, then the streams)
            and not ((has("tpot_ms") or has("ttft_ms")) and has("ask_concurrent")
                     and not (has("batch_per_replica") or has("replicas") or has("gpus") or has("servers"))
                     and not re.search(r"装|放|塞|\bfits?\b", t))
            # "QPS 50 … 要几张卡？机柜 17kW 的上限放得下吗": what fits is the servers in the racks
            and not (load and has("server_power_cap_w") and kw("how_many"))
            # ("输入大概3万token … 首字要2秒以内出来，Llama 3.1 70B fp8在H200上能做到吗": the first token's
            # time asked, not whether the weights fit)
            and not (has("ttft_ms") and has("accelerator") and (has("model") or has("params")) and not load
                     and not re.search(r"\bfits?\b|memory|vram|显存|放得下|装得下|放不下|\bkv\b|够不够", t))
            # ("benchmarked … on a single L4 and got ~1,100 tok/s. How many L4s for 3B tokens a day": the
            # measurement's card, then a fleet for the load)
            and not (load and measured and kw("how_many"))
            # ("Could we run DeepSeek-V3 on one GB200 NVL72 rack for … 25M requests/day": whether the fleet
            # keeps up with the load, no memory asked)
            and not (fleet_size and any(has(k) for k in ("queries_per_day", "qps", "users", "tokens_per_day"))
                     and not has("concurrent_users")
                     and not re.search(r"\bfits?\b|memory|vram|显存|放得下|装得下|放不下|够不够|绰绰有余|"
                                       r"\bkv\b", t))
            # ("Can Qwen3-30B-A3B in int4 on a single RTX 4090 give me 30 tok/s? … just me using it": a
            # reading speed asked of the card for so many at once, not whether the weights fit)
            and not (has("tpot_ms") and has("concurrent_users") and (has("model") or has("params"))
                     and not re.search(r"\bfits?\b|memory|vram|显存|放得下|装得下|放不下|\bkv\b", t))
            # ("self-host Mistral 7B on a single card (RTX 4090) drawing 450 W … what's our electricity at
            # $0.14/kWh?": the card's power bill asked, its tariff stated, no memory asked)
            and not ((has("electricity_usd_per_kwh") or has("electricity_cny_per_kwh"))
                     and not re.search(r"\bfits?\b|memory|vram|显存|放得下|装得下|放不下|\bkv\b|够不够|够吗",
                                       t))
            # "3 campuses, 4 cards each: how many concurrent users can we serve?": the fleet's streams
            and not (has("ask_concurrent") and (fleet_size or has("server")) and kw("how_many")
                     and not re.search(r"装|放|塞|\bfits?\b|显存|vram|memory|kv", t))
            # "3000 base stations, 1 card per site … 6 concurrent sessions per site: does one card per site
            # hold?": each site's load on its cards
            and not (load and has("sites"))
            # ("Llama 3 8B vs Qwen2.5 7B, which one's cheaper to run on an L4? ~1,000 listings a day": what
            # the load costs on each, no memory asked)
            and not (load and re.search(r"\bcheaper\b|\bcheapest\b|\bless expensive\b|更便宜|更划算|哪个划算|"
                                        r"成本更低|更省钱", t)
                     and not re.search(r"\bfits?\b|memory|vram|显存|放得下|装得下|放不下|\bkv\b", t))
            # ("45,000 records a day … Does this fit on one 8-GPU box or do we need two?": the load on the
            # boxes, no memory asked)
            and not (load and (has("servers") or has("gpus_per_server"))
                     and not re.search(r"显存|vram|memory|\bkv\b|weights|权重|\bhbm\b", t))
            # "每天大概400场…DeepSeek V3 上 H200 一台8卡够不够？": whether that server keeps up with the
            # load, not whether the weights fit
            and not (load and (fleet_size or has("gpus_per_server")) and kw("enough")
                     and not re.search(r"显存|vram|memory|kv|装|放|塞|\bfits?\b|weights|权重", t))
            and not (stated_power and not (has("model") or has("params")))
            # ("4090跑得动吗？每天2w单，每单输入2k token": whether it keeps up with the load said, not only
            # whether the weights fit)
            and not (load and re.search(r"跑得动|撑得住|扛得住|顶得住|带得动|\bkeep up\b|\bhold up\b", t)
                     and not re.search(r"显存|vram|memory|kv|装|放|塞|\bfits?\b|weights|权重", t))
            # ("4090用int4能跑吗？直播间每秒十来个弹幕问题": can it run the requests a second said after)
            and not (has("qps") and re.search(r"能跑吗|能不能跑|跑得了吗", t)
                     and not re.search(r"显存|vram|memory|kv|装|放|塞|\bfits?\b|weights|权重", t))
            # "Gemma 2 27B on a single H100, ~2,600 tok/s … at $2.40/hr: $/M?": a measured rate's price
            and not (has("asks_cost_per") and measured)
            # "5亿元 … H20 at 11.5万 each — how many cards, and how many DAU could we serve": a purchase
            # ("16k H200s at $31.5k each, plus 40% … budget is $800M, does it fit": the bill in the budget)
            and not ((has("budget_usd") or has("budget_cny")) and (has("price_usd") or has("price_cny"))
                     and (kw("how_many") or (fleet_size and not (has("model") or has("params")))))
            # "Q3 budget is $2.5mm … at $2.75/hr per H100 how many GPUs can we run for the full quarter": a
            # rental budget, the cards it keeps
            and not ((has("budget_usd") or has("budget_cny"))
                     and (has("rent_usd_per_hour") or has("rent_cny_per_hour")) and kw("how_many"))) or (
            kw("hbm") and not load) or (
            kw("enough") and not load and (has("model") or has("params"))
            # (not "Would Qwen2.5 72B on 2x A100 80GB be fast enough, like under 30 ms per token?": the speed
            # asked against a target, not whether the weights fit)
            and not ((has("tpot_ms") or has("ttft_ms"))
                     and not re.search(r"显存|vram|memory|\bkv\b|装|放|塞|\bfits?\b|weights|权重", t))
            # (not "预算50万 … 一张一万六，能买几张？够不够跑Qwen2.5 72B": the cards the budget buys, then
            # the fit)
            and not ((has("budget_usd") or has("budget_cny")) and (has("price_usd") or has("price_cny"))
                     and kw("how_many"))):
        return "memory"
    if fleet_size and has("concurrent_users") and not (
            has("users") or has("qps") or has("queries_per_day") or has("tokens_per_day")) and (
            kw("throughput") or "token" in t or "延迟" in t or "latency" in t) and not (
                # ("方案称…5000并发…需要32台DGX H100，是否合理": the fleet someone said is needed, checked)
                CLAIM.search(t) and _COUNT_SAID_NEEDED.search(t)):
        return "throughput"          # what a given fleet delivers at a stated concurrency
    if has("concurrent_users") and not (has("users") or has("qps") or has("queries_per_day")) \
            and ASKS_RATE.search(t):
        return "throughput"          # "每秒能出多少token？batch 64": the rate at that batch
    if fleet_size and has("users") and ASKS_RATE.search(t) and (has("model") or has("params")) and not any(
            has(k) for k in ("queries_per_user", "tokens_per_user_day", "qps", "queries_per_day",
                             "tokens_per_day", "concurrent_users")):
        return "throughput"          # ("how many tok/s would Llama 3 8B do on one RTX 4090? our team of 15")
    if (has("budget_usd") or has("budget_cny")) and (has("price_usd") or has("price_cny")) \
            and kw("how_many") and has("users") \
            and not re.search(r"撑|扛|带得|serv|handle|support|enough|够", t) \
            and not any(has(k) for k in (
                "queries_per_user", "qps", "queries_per_day", "tokens_per_day", "concurrent_users",
                "tokens_per_user_day", "model", "params")):
        # ("Board approved maybe $120k … (we're a bigger cheese maker, 200-ish employees). If the cards are
        # L40S at about $8,500 each … how many cards do we actually get?": what the money buys, the people
        # only who they are)
        return "capex"
    if has("train_tokens") and kw("train") and (has("model") or has("params")) and has("users") and not any(
            has(k) for k in ("queries_per_user", "qps", "queries_per_day", "tokens_per_day",
                             "concurrent_users", "tokens_per_user_day")):
        # ("how many GPU-hours would it take to train a ~125M param model on 2.5B tokens? … We're three people
        # and a cow": a run asked, the people only who they are)
        return "training"
    if load and (has("accelerator") or kw("how_many") or kw("need")
                 # ("is a single GPU enough for 2,000 concurrent users on Llama 3.1 8B?": the fleet the load
                 # needs, checked against the one said, the card not named)
                 or (kw("enough") and (fleet_size or has("model") or has("params")))):
        return "fleet"
    if (has("asks_cost_per") or has("asks_cost")) and not load and (has("per_requests") or re.search(
            r"每(?:千|万|百|1000|100)次|\bper\s+(?:1,?000|1k|a thousand|thousand|100)\s+"
            r"(?:requests|queries|chats|conversations|calls)\b", t)) and any(has(k) for k in (
            "observed_tokens_per_s_per_gpu", "observed_tokens_per_s", "observed_tokens_per_s_per_server")):
        # ("每千次对话成本 … 卡1.6万一张，按三年摊，电费0.9一度 … 单卡实测每秒出800 token": the owned card's
        # hour over what it was measured to make, not its power bill)
        return "throughput"
    if kw("power") and (fleet_size or stated_power):
        return "power"
    if (has("budget_usd") or has("budget_cny")) and (has("price_usd") or has("price_cny")) and kw("train") \
            and (has("model") or has("params")) and (has("train_tokens") or has("mfu")) and not fleet_size:
        return "training"              # "budget=$50M, H100@$30k -> N GPUs; then 70B on 15T tok -> days?"
    if (has("budget_usd") or has("budget_cny")) and has("accelerator"):
        return "capex"
    if (has("server") or re.search(r"整机|整柜|一台|单台|\bbox\b|\bserver\b", t)) \
            and (has("server_price_usd") or has("server_price_cny")) and not load \
            and not (has("model") or has("params") or has("asks_per_gw")) \
            and re.search(r"总共|一共|合计|总价|总计|\bin total\b|\btotal cost\b|"
                          r"\bwhat'?s the all[- ]in\b", t):
        # ("GB200 NVL72整柜报价约2,600万元，打八五折，加上配套按1.2倍，总共要多少？": one rack)
        return "capex"
    if has("accelerator") and (has("model") or has("params")) and not load and not kw("train") \
            and _PERF_GAP_ASKED.search(t):
        return "throughput"          # ("Gaudi 3一张10万，H100 SXM 22万，性能差多少？": each card's speed)
    if fleet_size and (has("model") or has("params")) and has("asks_cost_per") and not kw("train") and (
            has("rent_usd_per_hour") or has("rent_cny_per_hour")):
        return "throughput"          # "Llama 3.1 70B on 8 H100 at $2/hr, cost per million tokens?"
    if fleet_size and has("ask_concurrent") and (has("model") or has("params")) and not load \
            and not kw("train") and not (has("price_usd") or has("price_cny")):
        # ("$310k for a DGX H100 … how many AI game masters at once could it run on Llama 3.3 70B": the
        # streams it holds, its price beside them)
        return "throughput"
    if fleet_size and (kw("cost") or has("price_usd") or has("price_cny") or has("server_price_usd")
                       or has("server_price_cny") or has("rent_usd_per_hour") or has("rent_cny_per_hour")):
        return "capex"
    if fleet_size and not load and re.search(r"\bsupport|\bserve|\bhandle|支撑|支持|承载|服务(?!器)", t):
        return "throughput"          # what a given fleet can carry
    if fleet_size and (has("model") or has("params")) and (
            kw("throughput") or kw("how_many") or "token" in t or ASKS_QPS.search(t)):
        return "throughput"
    if has("accelerator") and has("model") and (kw("throughput") or kw("compare")):
        return "throughput"
    if has("accelerator") and (has("model") or has("params")) and has("claim") and (
            has("observed_tokens_per_s_per_gpu") or has("observed_tokens_per_s_per_server")
            or has("observed_tokens_per_s")):
        return "throughput"          # "有供应商称…每张H100上每秒可输出3000 token，靠谱吗": a claimed rate
    if has("accelerator") and has("params") and kw("throughput") and not kw("train"):
        return "throughput"          # "MoE w/ 480B total, 35B active on b200 fp8: tokens/s per gpu?"
    if has("accelerator") and (has("model") or has("params")) and (has("ttft_ms") or has("tpot_ms")) \
            and not load:
        return "throughput"          # "TTFT 目标 300ms，输入 8k，Llama 3 8B 在 L40S 上做得到吗": the latency
    if has("accelerator") and kw("power") and not (load or fleet_size or has("model") or has("params")
                                                  or has("power_mw") or kw("train")):
        return "power"               # "power draw of a B300?": one card's
    if has("accelerator") and has("model") and not (load or fleet_size or has("power_mw") or kw("train")) \
            and (has("electricity_usd_per_kwh") or has("electricity_cny_per_kwh")) \
            and (kw("power") or kw("bill") or kw("cost")):
        return "power"               # ("RTX 4090 … €0.32/kWh. Mistral 7B. yearly cost 24/7?": one copy's)
    if has("accelerator") and kw("how_many") and kw("serve"):
        return "fleet"
    if has("accelerator") and not (load or fleet_size or has("model") or has("params")
                                   or has("power_mw")) and (
            has("electricity_usd_per_kwh") or has("electricity_cny_per_kwh")) and (kw("power") or kw("bill")):
        return "power"               # "H100一年电费？电价0.8元/度": one card's bill
    one_box = has("server") and p.get("servers") == 1.0     # "whats a DGX B200 going for?"
    if (has("accelerator") and not (load or (fleet_size and not one_box) or has("model") or has("params")
                                    or has("power_mw") or has("days")) and re.search(
            r"多少钱|什么价|价格|售价|单价|how much (?:is|does|do|are|would)|"
            r"what(?:'s| is| does)(?: the)? (?:price|cost)|(?:price|cost) of (?:an?|one|a single)\b|"
            r"what (?:does|do|would|will) [^?？,，;；]{1,30} (?:cost|go for|sell for)\s*(?:[?？.!]|$)|"
            r"what(?:'s|s| is| are) [^?？,，;；]{1,30} (?:going for|selling for|priced at|cost(?:ing)?)\b|"
            r"\b(?:price|pricing|cost)\s*[?？]\s*$", t)) or (
            has("accelerator") and not (load or fleet_size or has("model") or has("params") or has("days"))
            and (PRICE_JUDGED.search(t) or (PRICE_CLAIMED.search(t) and any(has(k) for k in (
                "price_usd", "price_cny", "server_price_usd", "server_price_cny"))))):
        # ("供应商报 两百八十万人民币，贵不贵", "is $35k a fair price for an H100?": a quote judged)
        return "capex"               # "A100多少钱", "how much is an H200?", "B200 price?": one card's
    if has("accelerator") and kw("how_many") and not kw("question_words"):
        return "fleet"
    if (has("rent_usd_per_hour") or has("rent_cny_per_hour")) and not (
            load or fleet_size or has("model") or has("params") or has("train_tokens")
            or has("train_flops") or re.search(r"train|训练", t)):
        return "capex"               # "what does renting H100s at $2/hr come to over a year?"
    if (has("model") or has("params") or has("active_params")) and _PER_TOKEN_FLOPS.search(t) and not (
            load or fleet_size or has("train_tokens")):
        return "convert"             # "总参数6710亿、激活370亿，推理每token需要多少算力？"
    if (has("model") or has("params")) and _MEMORY_TOPIC.search(t) and not (
            kw("question_words") or kw("cost") or kw("power") or kw("train")):
        return "memory"              # "Llama 2 13B fp16 显存", "gpt-2 xl memory in fp32?": its weights
    if fleet_size and not load and any(has(k) for k in ("price_usd", "price_cny", "server_price_usd",
                                                         "server_price_cny")) \
            and re.search(r"how much|\btotal\b|\ball in\b|多少|总共|一共|合计|总价|总额", t):
        return "capex"               # "HGX B200 box at ¥320万 … buying 40 of them. how much in total?"
    if (has("model") or has("params")) and (has("accelerator") or has("server")) and not load \
            and _ENOUGH.search(t):
        return "memory"              # "Gaudi3 has 128GB; with 4 cards is Llama 3.1 405B at fp8 enuf?"
    if (has("model") or has("params")) and has("accelerator") and _ASKS_LATENCY.search(t):
        return "throughput"          # "qwen2.5 72b on h200, TP8 … what TTFT should I expect": the latency
    if (has("model") or has("params")) and has("accelerator") and not (load or fleet_size) \
            and re.match(r"\s*[\w.\- ]{1,40}?(?:\s+(?:on|in)\s+(?:an?\s+|one\s+|a single\s+)?|"
                         r"\s*(?:跑在|在)\s*"
                         r"(?:一张\s*)?)[\w.\- ]{1,24}?\s*(?:上)?\s*(?:行吗|能跑吗|跑得动吗|吗)?\s*[?？]", t):
        return "memory"              # "gemma2 27b on an l4? be honest lol": whether it runs on one
    if (has("price_usd") or has("price_cny")) and has("speedup") and not (load or fleet_size) and kw("cost") \
            and re.search(r"\bvs\.?\b|versus|对比|相比|和[^,，]{0,12}比|cheaper|per dollar|price/perf|"
                          r"性价比|划算|便宜|更值|bang for", t) \
            and not re.search(r"\bmatch|顶替|替换|to replace", t):
        return "capex"               # "gaudi3 ~$15.6k, h100 ~$30k. if gaudi3 is 0.8x the speed, which is
                                     # cheaper": the work each gives per dollar
    if (has("model") or has("params")) and not (load or fleet_size) and WHICH_CARD.search(t):
        return "memory"              # "what GPU do I need for Llama 3 70B": the memory its weights need
    if load and WHICH_CARD.search(t):
        # ("1,200 customers … 2 texts each … smallest/cheapest GPU that does it?")
        return "fleet"
    return None
