"""Numbers that are labels, not quantities: a forwarded e-mail's header lines, dates and times,
phone numbers and extensions, software versions, and ticket, quote, order and case references
("Date: Fri, Mar 14, 2025 at 9:12 AM", "ticket #INC-48213", "vLLM 0.6.3", "ext. 4417",
"合同编号 KH-2025-3307"). They are blanked in the normalized text before anything is read, the
positions of every other character kept, so no rule can take a date for a count or a quote number
for an accelerator. A year alone ("by 2027") and a quarter ("Q3") are not blanked: those can be
what a question asks about."""

from __future__ import annotations

import re

from calc import rx
from calc.numbers import Normalized

# a header line of a forwarded or quoted e-mail (blanked only where at least two of them occur)
_HEADER = rx.compile(r"(?m)^[ \t>]*(?:from|to|cc|bcc|date|sent|subject|reply-to|"
                     r"发件人|收件人|抄送|日期|时间|主题|发送时间|寄件者|收件者|主旨)"
                     r"[ \t]*[:：][^\n]*$")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = rx.compile(
    r"(?<![\d.])(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?![\d.])"      # 2025-03-14
    r"|(?<![\d.])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?![\d.-])"                                    # 2026-01
    r"|\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b"                        # Mar 14, 2025
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?:19|20)\d{2}\b"                         # 14 Mar 2025
    r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]"                           # 2025年3月14日
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)\b"                                                 # 9:12 AM
    r"|\b(?:1[0-2]|0?[1-9])(?:\s*(?:-|–|to)\s*(?:1[0-2]|0?[1-9]))?\s*(?:am|pm)\b"               # 9-10am, 9 pm
    r"|(?<=\d\s)\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"                                 # "2025-02-18 10:41"
    # a clock hour in Chinese: "大促0点那波", "晚上8点高峰", "0点峰值" (not "5个点", "3点5")
    r"|(?:(?<=凌晨)|(?<=晚上)|(?<=早上)|(?<=上午)|(?<=下午)|(?<=中午)|(?<=傍晚)|(?<=晚)|(?<=早))\s*(?:[01]?\d|2[0-4])\s*点"
    r"(?![\d一二三四五六七八九])"
    r"|(?<![\d.])(?:[01]?\d|2[0-4])\s*点(?=\s*(?:钟|整|那波|那一波|峰值|高峰|开抢|开卖|前后|左右|过后|以后|之后|到\s*\d|"
    r"[-~～]\s*\d))")
# phone numbers and extensions: "+1 703 555 0142 x210", "(ext. 4417)", "分机 3312", "dial-in 8812#"
_PHONE = rx.compile(r"\+\d{1,3}[\s-]\(?\d{2,4}\)?[\s-]\d{3,4}[\s-]\d{3,4}(?:\s*(?:x|ext\.?)\s*\d{1,6})?"
                    r"|\b(?:ext|extension)\.?\s*\d{2,6}\b|分机\s*\d{2,6}|\bdial-in\s*\d{3,}#?"
                    # a hotline's short number: "1999市民熱線", "12345热线", "hotline 1999"
                    r"|(?<![\d.,])\d{3,6}(?=\s*(?:市民|政务|政務|服务|服務|客服)?\s*(?:热线|熱線|专线|專線))"
                    r"|\bhotline\s*\d{3,6}\b")
# software versions: "vLLM 0.6.3", "core_r0.9.0", "v3.2", "b4821" after llama.cpp, "rev 57"
# codes that look like products and are none (calc/names reads them as no chip either): office suites a model
# would replace ("M365-Copilot-Ersatz", "O365"), US research grants by their NIH activity code ("R01")
OFFICE_SUITES = r"[mo]365"
GRANT_CODES = r"r0[13]|r21|r3[34]|u0[1-9]|u54|k0[18]|k2[235]|k99|f3[012]|t32"
_VERSION = rx.compile(r"(?<![\w.])(?:v|r|core_r)?\d+\.\d+\.\d+(?:[.-]\w+)?(?![\w.])"
                      r"|(?<![\w.])v\d+\.\d+(?![\w.])"
                      # a medical or standards code: "ICD-10 coding", "ISO 27001", "HL7"
                      r"|\b(?:icd|iso|hl)[- ]?\d+(?:-cm)?\b"
                      # a library's or kernel's version: "FlashAttention-3", "FA3", "CUDA 12.4", "ROCm 6"
                      r"|(?<![a-z0-9])(?:flash[- ]?attention|flash[- ]?attn|paged[- ]?attention|cuda|rocm|"
                      r"nccl|"
                      r"pytorch|deepspeed|megatron(?:-lm|-core)?|sglang|vllm|tensorrt(?:-llm)?|trt-llm)"
                      r"[- ]?v?\d+(?:\.\d+)*(?![\d.a-z])"
                      r"|(?<![a-z0-9])fa[23](?![\d.a-z])|(?<![a-z0-9])(?:" + OFFICE_SUITES + r")(?!\d)"
                      # procurement frameworks and their lots: "CCS TePAS 2", "G-Cloud 14 Lot 2", "DOS6"
                      r"|(?<![a-z0-9])(?:tepas|g-?cloud|dos|lot)\s*-?\s*\d+(?![\d.]|\s*(?:x\b|gpus?|cards?|servers?|nodes?))"
                      # an NIH grant's activity code: "R01 year 2"
                      r"|(?<![a-z0-9])(?:" + GRANT_CODES + r")(?:\s+year\s+\d)?(?![a-z0-9])"
                      # a US defense cloud's impact level: "the on-prem enclave (IL5)", "IL-6 data"
                      r"|(?<![a-z0-9])il-?[2-6](?![a-z0-9])"
                      # (not "if I build 8-card boxes", "build 4 racks": the verb before a count)
                      r"|\b(?:version|ver\.?|rev|revision|build|release|sprint|llama\.cpp)\s*[a-z]?\d[\w.]*"
                      r"(?<!\bbuild \d)(?<!\bbuild \d\d)(?<!\bbuild \d\d\d)"
                      r"(?!\s*(?:x\b|-?(?:cards?|gpus?|nodes?|servers?|racks?|boxes|machines)\b)|-(?:card|gpu|node))")


# colocation sites by metro and number: Equinix's two letters ("NY4", "LD4"), and the airport codes other
# operators name their sites by ("FRA2", "AMS5", "LHR3"); calc/names reads the same codes as no product
COLO_METROS = "ny|ld|ty|fr|sg|sv|dc|ch|da|am|pa|hk|sy|os|zh|ma|me|tr|jb|ct|lg|nb"
COLO_AIRPORTS = ("fra|ams|lhr|lon|iad|ord|dfw|sjc|sfo|lax|sea|phx|atl|cdg|par|mad|mxp|mil|zrh|vie|waw|sto|"
                 "arn|cph|dub|hel|osl|ber|muc|dus|ham|bru|lis|prg|sin|hkg|nrt|tyo|kix|icn|syd|mel|bom|del|"
                 "maa|blr|dxb|auh|jnb|gru|yyz|yul|pek|sha|can|szx|cpt|dur|los|nbo|acc|cai|lhe|khi")
# the Nordic electricity price zones ("SE1", "NO2", "DK1"): a place, neither a product nor a count
PRICE_ZONES = "se[1-4]|no[1-5]|dk[12]"


# a reference said with its word: "ticket #INC-48213", "case 00917342", "quote ref FW-1173", "PO-77310",
# "编号 RA-2025-019"; after a weaker word only a key with a hyphen or "#": "run #r-0412", "hall DC-7"
# (not "business case: 100.000 paying users": a case made, not a case number)
_REF_WORD = (r"(?:ticket|(?<!business )(?<!use )case|quote|ref(?:erence)?|po|p\.o\.|opportunity|opp|contract|"
             r"invoice|order|rfq|sku|"
             r"jira|part no\.?|"
             r"编号|单号|合同编号|工单号?|需求单|订单号?|报价单号?|项目号|流水号)")
_WEAK_WORD = r"(?:thread|issue|doc|page|slide|hall|row|cage|pod|building|wiki)"
# (never a model's or a chip's name: "quote: h100 at $2.35", "run DeepSeek-R1", "thread: GPT-4")
_NOT_A_NAME = (r"(?!(?:gpt|llama|qwen|qwq|deepseek|mistral|mixtral|gemma|glm|chatglm|phi|claude|gemini|"
               r"falcon|bloom|yi|internlm|baichuan|kimi|grok|mi|tpu|gaudi|ascend|rtx|gtx|dgx|hgx|gb|nvl|h|a|b|l|v)[-_]?\d)")
# (a Latin word ends where a letter does not follow: "PolicyLens-20B" is no "po" number)
_WORD_END = r"(?:(?<=[a-z])(?![a-z])|(?<![a-z]))"
_REF = rx.compile(r"(?<![a-z])" + _REF_WORD + _WORD_END + r"\s*(?:#|no\.?|number|id|:|：)?\s*"
                  r"(#" + _NOT_A_NAME + r"[\w-]*\d[\w-]*|" + _NOT_A_NAME
                  # ("日订单7000万单": a count of orders, never an order number)
                  + r"(?=[\w-]*\d)(?:[a-z]+[-_][\w-]+|"
                  r"\d{4,}(?![\d万亿千百]|\s*(?:单|份|件|笔|次|张|个|条|起|封|宗))"
                  # ("quote: 2000 gpus": a count of what is quoted, not a quote's number)
                  r"(?!\s+(?:[a-z]+\s+)?(?:users?|people|gpus?|cards?|servers?|nodes?|tokens?|queries|requests|"
                  r"employees|customers|subscribers|members)\b)[\w-]*))"
                  r"|(?<![a-z])" + _WEAK_WORD + _WORD_END + r"\s*(#[\w-]*\d[\w-]*|" + _NOT_A_NAME
                  + r"[a-z]+-[\w-]*\d[\w-]*)"
                  r"|(?<![\w#])#" + _NOT_A_NAME + r"[a-z]+-?\d[\w-]*|(?<![\w#])#\d{2,}\b")
# a reference key as written: capitals, hyphens and digits ("RA-2025-019", "Q-8841203", "CAP-1290",
# "SMC-Q-2025-00981"); checked in the original text. A maker's chip ("MI-300", "TPU-4", "GB-200") is no key.
# (nor a model's name: "NLLB-200 3.3B", "GPT-4", "OPT-175B")
_KEY = re.compile(r"(?<![\w-])(?!(?:MI|GB|TPU|LPU|IPU|NPU|WSE|TRN|RTX|GTX|MLU|HBM|DDR|PCIE|NVL|SXM|"
                  r"NLLB|GPT|OPT|GLM|RWKV|XLM|BLOOM)-)"
                  r"(?:(?:[A-Z][A-Z0-9]*-)+(?:\d{4,}|[A-Z]*\d{2,}(?:-[A-Z0-9]+)*-\d{2,}|(?<=[A-Z]{2}-)\d{3,})"
                  # a server's part number: "SYS-821GE-TNHR", "AS-8125GS-TNMR2"
                  r"|[A-Z]{2,4}-\d{3,}[A-Z]+\d*-[A-Z0-9]{2,})(?![\w-])")


# shopping festivals named by their dates: "双十一", "双11", "双十二", "618大促"
# the years a body of data was gathered over: "近三年的12345工单做SFT", "过去两年的客服聊天记录" (the data's
# span, not a run's time)
_DATA_SPAN = rx.compile(r"(?:近|过去|最近|这)\s*[一二两三四五六七八九十\d]{1,3}\s*(?:年|个月)\s*"
                        r"(?:来|以来)?\s*的\s*"
                        r"(?:[\w\u4e00-\u9fff]{0,8}?)(?:工单|数据|日志|记录|语料|文档|对话|病历|报告|文件|邮件|合同|判决书|案卷)")
_EVENT = rx.compile(r"双\s*(?:十一|十二|11|12)(?!\s*(?:个|张|台|万|亿|倍|%))|"
                    # datasets and benchmarks named with digits: "UniRef90", "ImageNet-1k", "GSM8K"
                    r"\buniref\d+\b|\bimagenet-?\d+k?\b|\bgsm8k\b|"
                    # a chip process node: "the N3 tapeout", "TSMC N2P", "5nm"/"3纳米" are sizes of no input
                    r"\b(?:tsmc\s*)?n[1-7][pea]?\b(?=\s*(?:tapeout|tape-out|node|process|shuttle|mpw|流片|工艺|制程))|"
                    # the shopping days in English: "Double 11 CS sizing", "double-eleven peak", "11.11"
                    r"\bdouble[- ]?(?:11|12|eleven|twelve)\b(?!\s*(?:x|times|%|gpus?|cards?)\b)|"
                    r"(?<![\d.,])11\.11(?![\d.,%])|"
                    # a quarter said alone ("by Q3", "Q2 pricing"), not with its year ("Q3 2026")
                    r"\b(?:by|in|for|during|until|before|after|of|this|next|last|each|every)\s+q[1-4](?![\w&])"
                    r"(?!\s*(?:'|’)?\s*(?:19|20)?\d{2}\b)|"
                    r"(?<![\d.,])618(?=\s*(?:大促|期间|当天|当晚|活动|购物节|峰值|高峰|那|的时候|前后|和|、|/|双))|"
                    # ("scaled 50x by next 618", "before 618 peak": the day, said in English)
                    r"(?:(?<=\bnext )|(?<=\bthis )|(?<=\blast )|(?<=\bby )|(?<=\bbefore )|(?<=\bafter )|"
                    r"(?<=\bduring )|(?<=\buntil )|(?<=\btill ))618(?!\d|[.,]\d)"
                    r"(?!\s*(?:gpus?|cards?|servers?|users?|k\b|m\b))|"
                    r"(?<![\d.,])618(?=\s+(?:sale|sales|festival|peak|promo|season|rush|traffic)\b)|"
                    # a clock-time window ("晚自习高峰（19:00-22:00）", "peak 7:00 to 10:00pm"): when, not a
                    # count
                    r"(?<![\d.,:])\d{1,2}:\d{2}\s*(?:-|–|~|～|到|至|to)\s*\d{1,2}:\d{2}(?![\d:])(?:\s*(?:am|pm))?|"
                    # a build's phase ("Ph1 energization = 12 MW", "phase 2 adds 10 MW"), a commissioning
                    # level ("the L5 IST / burn-in schedule"), a redundancy ("N+1 on cooling", "2N UPS"):
                    # labels
                    r"\bph(?:ase)?[- ]?\d{1,2}[a-z]?\b(?!\s*(?:x|times|%|gpus?|cards?|mw|kw)\b)|"
                    r"\bl[1-5]\b(?=\s*(?:ist|cx|commissioning|integrated systems|testing|test|burn-?in)\b)|"
                    r"\bn\s*\+\s*[12]\b|\b2n(?:\s*\+\s*1)?\b(?!\s*(?:x|%))|"
                    # ("gens: 5+1 x 2.5 MVA": so many units and their spares, each of the size after)
                    r"(?<![\w.,])\d{1,2}\s*\+\s*[12](?=\s*[x×]\s*[\d.]+\s*(?:mva|kva|mw|kw)\b)|"
                    # a mobile network's generation: "5G MEC", "5G基站", "4G/5G sites"
                    r"(?<![\w.,])[2-6]g(?=\s*(?:/\s*[2-6]g\s*)?(?:(?:mec|nr|sa|nsa|core|ran|network|networks|"
                    r"sites?|base|towers?|cells?|edge|rollout|subs|subscribers|users|phones?)\b|"
                    r"基站|网络|用户|套餐|专网|边缘|核心网|手机))|"
                    # school grades: "K12 problems", "K-12 students"
                    r"(?<![\w.,])k-?12(?![\w.,])|"
                    # a document's parts and a reviewer's number: "Table 4 reports", "Reviewer 2", "论文表3"
                    # (not "We figure 4 questions per member per day": "figure" as "reckon", its subject
                    # before it)
                    r"\b(?:table|tab\.|(?<!we )(?<!i )(?<!they )(?<!you )(?<!i'd )(?<!we'd )figure|fig\.|"
                    r"section|sec\.|"
                    r"appendix|eq\.|equation|reviewer|listing)\s*"
                    r"[a-z]?\d{1,2}(?![kmb]\b)[a-z]?(?![\d,.])\b(?!\s*(?:%|x\b|gpus?|cards?|[kmgt]?w\b|watts?\b|"
                    # ("figure 1 token ~ 0.75 words", "figure 2k ppl a day": "figure" as "reckon")
                    r"tokens?\b|words?\b|chars?\b|characters\b|ppl\b|people\b|users?\b|customers?\b|"
                    r"(?:requests?|queries|orders?|msgs?|messages?|chats?)\s+(?:a|per|each)\b|"
                    # ("figure 4 texts each per day": any things counted, then each one's or the day's)
                    r"[a-z]+s\s+(?:each|apiece|per|every|a\s+(?:day|week|month)|daily)\b))|"
                    # ("Section 5.4 Facility Constraints": a section numbered in levels)
                    r"\b(?:section|sec\.|appendix|§)\s*\d{1,2}(?:\.\d{1,2}){1,3}[a-z]?(?![\d,])(?!\.\d)\b(?!\s*(?:%|x\b|gpus?|cards?|[kmgt]?w\b|watts?\b))|"
                    # colocation sites by metro and number, listed: "6 sites (NY4, LD4, TY3 etc)"
                    r"(?<![\w.,])(?:" + COLO_METROS + r")\d{1,2}(?=\s*[,)，、/]|\s+(?:etc|and)\b)|"
                    # or named where something is: "Kunde in FRA2 wants", "our AMS5 cage" (operators'
                    # airport codes), with the word before it ("50 racks in AMS5 at 30 kW each")
                    r"\b(?:in|at|our|from|to|the|teraco|equinix|digital realty|ntt|iron mountain|rack centre|"
                    r"ixafrica|africa data centres|open access data centres|stack|vantage|cyrusone|"
                    r"global switch|interxion)\s+"
                    r"(?:" + COLO_METROS + "|" + COLO_AIRPORTS + r")"
                    r"-?\d{1,2}(?![\w.,])|"
                    # an electricity price zone: "瑞典 SE1 电价区", "in NO5"
                    r"(?<![\w.])(?:" + PRICE_ZONES + r")(?![\w.])|"
                    # a project's phase: "phase 1 is 3,000 P", "stage 2 adds 512 GPUs"; a hall: "in Halle 3"
                    r"\b(?:phase|stage|tranche|wave|milestone|hall|halle|hal|suite|cage|room)[\s-]*[1-9](?![\d]|[.,]\d)\b"
                    r"(?!\s*(?:%|x\b|gpus?|cards?|[kmg]?w\b))|"
                    # a funding programme's name: "our S10 instrumentation grant", "an R01 award"
                    r"(?<![\w.])[a-z]{1,3}-?\d{1,3}(?=\s+(?:[a-z]+\s+)?(?:grants?|awards?|programs?|programmes?|"
                    r"funds?|funding|initiatives?|mechanisms?|proposals?)\b)|"
                    # a computing centre or machine named with digits: "our Sigma2 allocation", "ARCHER2"
                    r"(?<![\w.])(?:sigma2|archer2|bridges-?2|tsubame\s?[34](?:\.0)?|stampede\s?[23]|"
                    r"marenostrum\s?5|isambard-?ai|isambard\s?3|dawn\s?2)(?![\w.])|"
                    # software versions: "FlashAttention-3", "ZeRO-3", "FSDP2", "CUDA 12.4", "vLLM 0.6"
                    r"(?<![\w.])(?:flash-?attention|flashattn|zero-|fsdp|cuda|rocm|pytorch|vllm|sglang|tensorrt-llm|"
                    r"trt-llm|python)\s?-?v?\d+(?:\.\d+)*(?![\w.])|"
                    # Slack markup: mentions "<@U04KQ7M2P>", channels "<#C01XYZ|infra>", "<!here>", links,
                    # emoji shortcodes ":thinking_face:" (a person, a place, a reaction: no quantity, no chip)
                    r"<[@#!][a-z0-9^|_.-]*(?:\|[^>]*)?>|<https?://[^>\s]+>|"
                    r"(?<![\w:]):(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]{2,40}:(?![\w:])|"
                    # cloud instance types: "p5.48xlarge", "p4de.24xlarge", "g6e.xlarge", "a3-highgpu-8g",
                    # "BM.GPU.H100.8", "ND H100 v5", "ebmgn8v", "HCCPNV5", "GT4" (the GPU said beside them is
                    # read)
                    r"(?<![\w.])[a-z]\d[a-z]{0,3}(?:-[a-z0-9]+)?\.\d*x?large\b|"
                    r"(?<![\w.$])p[4-6](?:d|de|e|en)?(?:-b200)?(?=\s*(?:[,)（(]|instances?\b|boxes\b|nodes\b))|"
                    r"(?<![\w.])[a-z]\d-(?:high|mega|ultra|edge)gpu-\d+g\b|(?<![\w.])g2-standard-\d+\b|"
                    # ("Azure ND H100 v5": the series' letters and version blanked, the card between them
                    # read)
                    r"(?<![\w.])bm\.gpu\.[\w.-]*\d\b|(?<![\w.])n[dc](?=\s+[a-z0-9]+\s+v\d\b)|"
                    r"(?<=\d\s)v[4-6](?=\s+(?:reserved|instances?|vms?|on[- ]demand|spot|at|@|[,.;)]))|"
                    r"(?<![\w.])(?:ebm)?gn\d+[a-z]*\b|(?<![\w.])hccpnv\d\w*\b|(?<![\w.])gt4\b|"
                    # a card's form factor and bus generation: "V100 32GB (SXM2)", "PCIe Gen5", "PCIe 4.0"
                    r"(?<![\w.])sxm[2-6](?![\w.])|(?<![\w.])pcie\s*(?:gen\s*[3-6]|[3-6]\.0)(?![\w.])|"
                    # a group named by its size: "Big-4 capex", "the Mag-7", "Top-5 CSPs"
                    r"(?<![\w.])(?:big|mag|top)-\d{1,2}(?![\d.,])(?!\s*(?:%|x\b|gpus?|cards?|servers?))|"
                    # a supplier's or a data centre's tier: "a Tier-1 supplier", "Tier-1-Zulieferer",
                    # "tier 3 DC"
                    r"(?<![\w.])tier[- ][1-4](?![\d.,])(?!\s*(?:%|x\b|gpus?|cards?|servers?))|"
                    # a tender's parts: "Attachment J-2", "Clause 6.3", "Lot 2", "Item 1", "Schedule S1"
                    # ("Order Form No. 7", "Amendment No. 3", "Side Letter #2": the document's number)
                    r"(?:\b(?:attachment|annex|exhibit|schedule|clause|article|item|lot|form|amendment|addendum)\s*"
                    r"(?:no\.?\s*|number\s+|#\s*)?|\b(?:order|agreement|contract|invoice|po|letter)\s*"
                    r"(?:no\.\s*|number\s+|#\s*))[a-z]?-?\d{1,2}(?:\.\d{1,2}){0,2}"
                    # (a comma after it only where no digit follows: "Amendment No. 4, 128 H100s", not "Lot
                    # 1,000")
                    r"[a-z]?(?!\d|,\d)(?!\.\d)\b(?!\s*(?:%|x\b|gpus?|cards?|[kmgt]?w\b|watts?\b|servers?|nodes?))|"
                    r"(?:论文|报告|文中|附录)?表\s*\d{1,2}(?![\d万千亿张台个%])|(?:论文|报告|文中)图\s*\d{1,2}(?![\d万千亿张台个%])|"
                    # a hotline's number: "12345政务服务便民热线", "12345热线", "the 311 hotline"
                    # ("近三年的12345工单", "12345平台的来电"): the hotline's own records
                    r"(?<![\d.,])(?:12345|311|110|120|119|114|10086|10010|95\d{3})(?=\s*(?:热线|政务|便民|工单|来电|话务|"
                    r"平台|坐席|网上留言|留言|网络问政|诉求|hotline\b|line\b))|"
                    # ("the NHS 111 online triage pilot": the service's number)
                    r"(?<=\bnhs )(?:111|999)\b|"
                    # a quarter naming a budget or a plan: "Q3 budget is $2.5mm", "Q4 run-rate"
                    r"\bq[1-4]\b(?=\s+(?:budget|plan|forecast|spend|bill|run-?rate|opex|capex|target|revenue|numbers|"
                    r"close|review|ask)\b)|"
                    # a fiscal quarter named with its year, a budget's label: "Budgeting Q3 FY26", "FY25 Q4"
                    r"\bq[1-4]\s*(?:fy|cy)\s*'?\d{2,4}\b|\b(?:fy|cy)\s*'?\d{2,4}\s*q[1-4]\b|"
                    # a fashion season: "every AW25 SKU", "the SS26 drop", "FW24 collection"
                    r"\b(?:aw|ss|fw|pf)\s*'?\d{2}\b(?![.,]\d)|"
                    # a fiscal year naming a budget line: "the FY26 GPU line item", "FY2026 GPU budget"
                    r"\b(?:fy|cy)\s*'?\d{2,4}(?=\s+(?:gpu|compute|infra|capex|opex|ai|cloud)\s+(?:line|budget|plan|spend|"
                    r"forecast|item|ask)\b)|"
                    # an ordinal naming which one: "do we need a 2nd node", "the 3rd option", "a 2nd opinion"
                    r"(?<![\w.,])(?:1st|2nd|3rd|[4-9]th)(?=\s+(?:node|server|box|rack|cluster|gpu|card|replica|site|dc|"
                    r"region|shift|attempt|option|opinion|copy|pass|round|gen|generation|wave|phase|stage|try|one|"
                    r"reply|question|ask|point|thing|time|q|part)s?\b)")


# a sheet's cells named by reference: "A1: 100M users\nA2: 8 queries/user/day", "B1 = ???", "cell C7"
_CELL_LABEL = rx.compile(r"(?m)^[ \t]*([a-z]\d{1,2})(?:[ \t]*[:=：]|[.)](?=[ \t]))")
# (a sheet said, its cells set inside a line: "GPUs in C5 = 8,192 …, PUE C7 = 1.3")
_SHEET_SAID = rx.compile(r"\b(?:(?:spread)?sheets?|excel|xlsx?|workbook|tab|gsheets?)\b|表格|工作表")
_CELL_SET = rx.compile(r"(?<![a-z0-9])([a-z]\d{1,2})[ \t]*=(?!=)")
_CELL_WORD = rx.compile(r"\bcells?\s+[a-z]{1,2}\d{1,4}\b|单元格\s*[a-z]{1,2}\d{1,4}")


# a pasted document's numbered clauses: "2.1 The Supplier shall…", "5.4.2 Design PUE…", "4.2 系统应…", and the
# same numbers named again ("is 6.3 achievable on the 6.4 hardware", "to actually make 2.4?", "Section 5.4")
_CLAUSE_LABEL = rx.compile(r"(?m)^[ \t]*(?:(?:section|clause|item|article|§)\s*)?"
                           r"(\d{1,2}(?:\.\d{1,2}){1,3})[ \t]+(?=\S)"
                           r"(?![ \t]*(?:%|x\b|[kmgt]?w\b|mw\b|gb\b|tb\b|tokens?|"
                           r"倍|万|亿|千|张|台|个|元|美元))")
# a document's numbered parts, in Chinese: "序号1：", "附件3", "第4条", "编号：2"
_ZH_LABEL = rx.compile(r"(?:序号|编号|附件|附表)\s*[:：]?\s*\d{1,3}(?=\s*[:：、，,.)）(（]|\s*$)|"
                       r"第\s*\d{1,3}\s*(?:条|章|节|项|款|部分|题)|"
                       # an exercise's number: "【习题41】", "例题3：", "Exercise 12."
                       r"(?:习题|练习|例题|题目|思考题)\s*\d{1,3}(?=\s*[】\]:：.、)）])|"
                       r"\b(?:exercise|problem|question)\s+\d{1,3}(?=\s*[.:)\]】])")


# clauses numbered inside one line, each a heading and a colon:
# "技术要求：5.1 基座模型：GLM-4-9B；5.2 日均请求量…"
_CLAUSE_INLINE = rx.compile(r"(?:^|(?<=[：:；;。，,]))[ \t]*(\d{1,2}\.\d{1,2})[ \t]*"
                            r"(?=[\u4e00-\u9fff]{2,10}[ \t]*[：:]|[a-z]{3,}(?:[ \t][a-z]+)?[ \t]*[：:])")


def _clauses(text: str) -> list[tuple[int, int]]:
    """The numbers of a pasted document's clauses, where two or more lines start with one ("2.1 …",
    "2.2 …"), and wherever the same numbers are named again without a unit after them."""
    inline = list(_CLAUSE_INLINE.finditer(text))
    if len(inline) < 2:
        return _clauses_on_lines(text)
    spans = [(m.start(1), m.end(1)) for m in inline]
    for prefix in {m.group(1).split(".")[0] for m in inline}:
        # ("…；5.2 日均请求量20万次；…": a sibling clause whose heading runs into its figure)
        spans += [(m.start(1), m.end(1)) for m in re.finditer(
            r"(?:^|(?<=[：:；;。，,]))[ \t]*(" + prefix + r"\.\d{1,2})(?![\d.])[ \t]*"
            r"(?![ \t]*(?:%|x\b|[kmgt]?w\b|gb\b|tb\b|tokens?|"
            r"倍|万|亿|千|张|台|个|元|美元|天|年|月|小时|瓦|度|秒))"
            r"(?=[\u4e00-\u9fff]|[a-z])", text)]
    return spans + _clauses_on_lines(text)


def _clauses_on_lines(text: str) -> list[tuple[int, int]]:
    """The clause numbers that start lines (and the same numbers named again)."""
    labels = list(_CLAUSE_LABEL.finditer(text))
    if len(labels) < 2:
        # ("4.1 Pricing Schedule (excerpt)": one heading, its line holding no other number)
        labels = [m for m in labels
                  if not re.search(r"\d", text[m.end():text.find("\n", m.end()) % (len(text) + 1)])]
        if not labels:
            return []
    spans = [(m.start(1), m.end(1)) for m in labels]
    for prefix in {m.group(1).rsplit(".", 1)[0] for m in labels}:
        # ("RFQ 2025-OPS-448, 3.1 Model: Llama 3.1 70B\n3.2 Load: …": a sibling clause's number mid-line,
        # its heading word and colon after it)
        spans += [(m.start(), m.end()) for m in re.finditer(
            r"(?<![\d.])" + re.escape(prefix) + r"\.\d{1,2}(?![\d.]*\d)(?=[ \t]+[a-z]+[ \t]*[:：])", text)]
    for num in {m.group(1) for m in labels}:
        for m in re.finditer(r"(?<![\d.])" + re.escape(num) + r"(?![\d.]*\d)"
                             r"(?=\s*(?:[?？!！,，;；:：)）]|\.(?!\d)|$|"
                             r"(?:the|of|is|be|achievable|hardware|requirement|clause|section|要求|条款?)\b))",
                             text):
            spans.append((m.start(), m.end()))
    return spans


def _cells(text: str) -> list[tuple[int, int]]:
    """The cell references of a pasted sheet: labels at the start of two or more lines with the same
    column letter (A1, A2 ...), wherever they are named again ("what goes in B1", "the A5 year"), and
    any "cell C7"."""
    spans = [(m.start(), m.end()) for m in _CELL_WORD.finditer(text)]
    labels = {m.group(1) for m in _CELL_LABEL.finditer(text)}
    if _SHEET_SAID.search(text):
        # ("Sheet check: GPUs in C5 = 8,192 H100 SXM, W/GPU in C6 = 1,050": a sheet's cells set inline)
        labels |= {m.group(1) for m in _CELL_SET.finditer(text)}
    columns = {c for c in {x[0] for x in labels} if sum(x[0] == c for x in labels) >= 2}
    if columns:
        names = {x for x in labels if x[0] in columns} | {m.group(1) for m in re.finditer(
            r"(?<![a-z0-9])([a-z]\d{1,2})[ \t]*(?:=|:|：)", text) if m.group(1)[0] in "abcdefgh"}
        alternatives = "|".join(sorted(names, key=len, reverse=True))
        # ("W/GPU in C6 = 1,050": the cell with its "in", the key then its value)
        for m in re.finditer(r"(?:\bin[ \t]+(?=(?:" + alternatives + r")[ \t]*=))?(?<![a-z0-9])(?:"
                             + alternatives + r")(?![a-z0-9])", text):
            spans.append((m.start(), m.end()))
    return spans


# a list's or an exercise's item number at the start of a line: "2. Given an inference service …", "(3) 已知",
# "Q4: how many …", "1、某模型…" (a label, not a quantity: a word, not a number, follows it; one item is
# enough here, where calc/numbers.LINE_ITEM skips the numbers of a list of two or more items whatever follows)
_LIST_MARK = rx.compile(r"(?m)^[ \t]*(?:[(（](\d{1,2})[)）]|(\d{1,2})[.)、](?![\d.])|q(\d{1,2})\s*[:：.])"
                        r"(?=[ \t]*(?:[a-z]|[\u4e00-\u9fff]))"
                        r"(?![ \t]*(?:x\b|k\b|m\b|b\b|万|亿|千|张|台|个|倍|年|月|天))")


# a place's number: "the Werk 2 server room", "Plant 3's cabinets", "Building 7" (a label, never a count of
# what follows it)
_PLACE_NO = rx.compile(r"(?<![a-z])(?:werk|plant|building|bldg\.?|halle|hall|fab|gebäude|campus)\s*(\d{1,3})"
                       r"(?![\d.,]|\s*[%x×])"
                       r"(?=\s+(?:servers?|computer|machine|data|it|cabinets?|racks?|rooms?|floor|site)\b|'s\b|[,.;:)]|\s*$)")


def blank(norm: Normalized) -> Normalized:
    """The normalized question with its labels blanked (spaces of the same length)."""
    text = norm.text
    spans: list[tuple[int, int]] = []
    headers = list(_HEADER.finditer(text))
    if len(headers) >= 2:
        spans += [(m.start(), m.end()) for m in headers]
    for pat in (_DATE, _PHONE, _VERSION, _EVENT):
        spans += [(m.start(), m.end()) for m in pat.finditer(text)]
    spans += _cells(text)
    spans += _clauses(text)
    spans += [(m.start(), m.end()) for m in _ZH_LABEL.finditer(text)]
    for m in _LIST_MARK.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i))
        spans.append((m.start(g), m.end(g)))
    for m in _DATA_SPAN.finditer(text):
        spans.append((m.start(), m.start() + len(m.group(0).split("的")[0])))
    for m in _PLACE_NO.finditer(text):
        spans.append((m.start(1), m.end(1)))
    for m in _REF.finditer(text):
        g = 1 if m.group(1) else 2 if m.group(2) else 0
        spans.append((m.start(g), m.end(g)))
    keys = [(m.start(), m.end()) for m in _KEY.finditer(norm.original)]
    if keys:                             # (found in the original, blanked where they went)
        spans += [(i, i + 1) for i, p in enumerate(norm.pos) if any(a <= p < b for a, b in keys)]
    if not spans:
        return norm
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return Normalized("".join(chars), norm.pos, norm.original)


# a night's volume is a day's: "40k judge calls/night", "1.2B tokens per night", "一晚 3 亿 token", "每晚"
_NIGHT = rx.compile(r"(?:(?<=/)|\b(?:per|a|each|every)\s+)night\b|(?<=/)nite\b|一晚|每晚|每夜|一夜")
_DAY_FOR = {"一晚": "一天", "每晚": "每天", "每夜": "每天", "一夜": "一天"}


def nights(norm: Normalized) -> Normalized:
    """The question with a night said as the day it stands for (same length, so every position and
    quote stays): a nightly job's volume is a day's."""
    if not _NIGHT.search(norm.text):
        return norm

    def day(m: re.Match[str]) -> str:
        w = m.group()
        return _DAY_FOR.get(w) or re.sub(r"night$|nite$", "day", w).ljust(len(w))
    return Normalized(_NIGHT.sub(day, norm.text), norm.pos, norm.original)
