"""Names in a question: catalog accelerators, servers and models (longest alias first), and
name-like words the catalog does not know ("ZX9000", "A800", "昇腾910B", "Claude 3",
"Qwen3-235B"), which become unknown_accelerator / unknown_model errors with suggestions instead
of being silently sized as a default."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from calc import rx
from calc.catalog import Catalog
from calc.noise import COLO_AIRPORTS, COLO_METROS, GRANT_CODES, OFFICE_SUITES, PRICE_ZONES
from calc.result import CalcError
from calc.vocabulary import PRECISION


@dataclass(frozen=True)
class NameSpan:
    kind: str      # acc | model | server | unknown_acc | unknown_model
    key: str       # catalog id, or the unknown name as written (normalized)
    start: int
    end: int


# ("label": a product-like name that is no accelerator nor model, "Sentinel-2": masked so that its digits are
# not read as a quantity)
MASK = {"acc": "#", "model": "@", "server": "&", "unknown_acc": "§", "unknown_model": "§", "label": "_"}

_MODEL_FAMILY = (r"llama|gpt|claude|qwen|gemini|mistral|mixtral|deepseek|falcon|bloom|gemma|"
                 r"chatglm|glm|ernie|kimi|grok|baichuan|internlm|jamba|dbrx|minimax|hunyuan|"
                 r"doubao|olmo|nemotron|starcoder|codellama|phi|yi|opt|palm|command[- ]r|"
                 r"minicpm|qwq|internvl|llava|stablelm|mpt|vicuna|granite|exaone|skywork|telechat|xverse|"
                 r"aquila|smollm|tinyllama|wizardlm|codegeex|codeqwen|codegemma|deepseek-coder|wizardcoder")
# ("gpt-oss-120b"; "gpt-oss 120b": a hyphened word, then its size after a space, as "qwen3 32b" is)
_VERSION = r"(?:[- ]?(?:v?\d+(?:\.\d+)?[a-z]{0,2}\d*|[a-z]+-?\d[a-z0-9.]*)|-[a-z]+ \d+(?:\.\d+)?[a-z]{0,2}(?![a-z0-9]))"
_SIZE = r"(?:[- ](?:\d+(?:\.\d+)?\s?[bmt](?![a-z])|\d+x\d+b|opus|sonnet|haiku|pro|ultra|flash|turbo|max|mini|nano|instruct|chat|coder|r1|v\d))*"
_UNKNOWN_MODEL = rx.compile(
    r"(?<![a-z0-9])(?:(?:" + _MODEL_FAMILY + r")" + _VERSION + _SIZE +
    r"|(?:claude|gemini|qwen|llama|mistral|deepseek|grok|kimi|ernie|baichuan|hunyuan|doubao|command[- ]r\+?|"
    # earlier labs' models named in papers with no digits ("Redo the PaLM training-time estimate", "Gopher 的训练")
    r"palm(?![- ]?oil)|gopher|lamda|mt-nlg|megatron[- ]turing(?:\s*nlg)?|"
    # image, video and translation models named without a catalog entry ("FLUX.1 [dev]", "Stable Diffusion XL",
    # "HunyuanVideo", "NLLB-200 3.3B")
    r"flux(?:\.\d)?(?:\s*\[(?:dev|pro|schnell)\])?|stable[- ]?diffusion(?:\s*(?:xl|3(?:\.5)?|\d(?:\.\d)?))?|sdxl|"
    r"midjourney|dall[- ]?e(?:\s*\d)?|hunyuan[- ]?(?:video|dit|mt(?:-\d+b)?)|cogvideox?|sora|kling|imagen(?:\s*\d)?|"
    r"nllb(?:-\d+)?|seamless(?:m4t)?|mochi|ltx[- ]?video|wan\s?2\.\d|"
    # speech models served beside an LLM ("Whisper large-v3", "Moshi")
    r"whisper(?:[- ](?:large|medium|small|base|tiny|turbo)(?:-v\d)?)?|moshi|"
    # Mistral's and others' named models with no digits ("self-hosting Codestral on L40S")
    r"codestral|devstral|magistral|pixtral|ministral|starcoder|codellama|codegeex|codeqwen|"
    # (regional models whose names are one letter off a catalog family's: "Vistral-7B-Chat" is not Mistral)
    r"vistral|vinallama|phogpt|seallms?|bielik|pllum|"
    r"(?:cohere(?:'s)?\s+)?aya(?:[- ](?:expanse|vision|23|101))?|sea-?lion(?:\s*v?\d+(?:\.\d+)?)?|"
    r"sealion|"
    # national and regional models (Gulf, Korea, Japan, India) named without a size
    r"jais(?:[- ](?:chat|adapted))?|fanar|allam|"
    # (European ones: "Aleph Alpha Luminous Supreme", "Teuken-7B", "EuroLLM")
    r"aleph[- ]alpha(?:'s)?\s+luminous(?:[- ](?:supreme|extended|base|control))?|"
    r"luminous[- ](?:supreme|extended|base|control)|aleph[- ]alpha|teuken|eurollm|"
    r"occiglot|falcon[- ]?(?:h1|arabic|mamba)|exaone|hyperclova(?:\s*x)?|"
    r"sarvam(?:[- ]m)?|krutrim|plamo|swallow|sakana|solar(?:[- ](?:pro|mini)(?![a-z])|(?=[- ]?\d+(?:\.\d+)?\s?b(?![a-z]))))" + _SIZE +
    # (a model of one's own, named in Chinese with its size: "「港话通-14B」", "“律智-70B”", "法律大模型律智-70B")
    r"|(?<=[「“\"『‘'])[\u4e00-\u9fff]{1,8}[- ]?\d+(?:\.\d+)?\s?b(?=[」”\"』’'])|[\u4e00-\u9fff]{2,6}-\d+(?:\.\d+)?\s?b"
    # ("丝路-电信 13B 运维大模型": two words joined by a hyphen, then the size)
    r"|[\u4e00-\u9fff]{1,6}-[\u4e00-\u9fff]{1,6}[\s-]?\d+(?:\.\d+)?\s?b(?![a-z])"
    # (or quoted, its model word after the quote: "“江澜政务”大模型（52B参数）")
    r"|(?<=[「“『])[\u4e00-\u9fffa-z0-9]{2,10}(?=[」”』]\s*[\u4e00-\u9fff]{0,8}?(?:大模型|模型|llm))"
    # (or the model word inside the quotes: "“光明电力大模型”（据说有 130B 参数）")
    r"|(?<=[「“『])[\u4e00-\u9fffa-z0-9]{2,12}(?:大模型|模型)(?=[」”』])"
    # (a named model of a trade: "南网的大瓦特电力大模型"; not "公司的自研电力大模型")
    r"|(?<=的)(?!自研|开源|通用|垂直|行业|国产|内部|私有|本地|专用|中文|自有|自家|现有|这个|那个|一个|新|旧)"
    r"[\u4e00-\u9fff]{2,4}(?:电力|医疗|法律|金融|政务|教育|工业|能源|电网)大模型"
    r"|(?:文心一言|文心大模型|文心|通义千问|千问|豆包|混元|盘古|智谱|月之暗面)"
    # ("豆包Pro", "文心一言4.0", "混元 turbo", "盘古NLP 38B"): a tier, a version or a size after the name
    r"(?:\s*(?:pro|lite|max|plus|turbo|mini|vision|flash)(?![a-z])|\s*[a-z]*\s*\d+(?:\.\d+)?(?:\s?b(?![a-z]))?)?"
    # ("百川2-13B"; "百川 Baichuan2-13B" is named by its Latin name, which has a did-you-mean)
    r"|百川(?!\s*baichuan)(?:\d+(?:\.\d+)?)?"
    # (a name and its line joined by a middle dot, then the model word: "九天·众擎基座大模型", "星辰·语义大模型")
    # (its start after a word's end: "拟基于九天·…" names 九天·…, not 拟基于九天·…)
    r"|(?:(?<![\u4e00-\u9fff])|(?<=[于用以的是把将为在及和、]))[\u4e00-\u9fff]{2,4}[·・•][\u4e00-\u9fff]{1,8}?"
    r"(?:基座|基础|通用)?(?:大模型|模型)"
    # (operators' and labs' own models: "九天大模型", "元景大模型", "讯飞星火"; the names that are also
    # ordinary words only with 大模型 after them; a Latin name right after is the name's own, read by it)
    # ("我们的九天基座大模型": a name before a foundation model's words; not "自研基座大模型", "千亿基座大模型")
    r"|(?<=的)(?!自研|开源|通用|垂直|行业|国产|内部|私有|本地|专用|中文|自有|自家|现有|这个|那个|一个|新|旧|千亿|百亿|万亿)"
    r"[\u4e00-\u9fff]{2,4}(?:基座|基础)大模型"
    r"|(?:(?:九天|元景|星辰|天工|商量|百灵|书生|悟道|星火)(?:基座|基础|通用)?大模型|讯飞星火|星火认知|日日新|紫东太初|360智脑|阶跃星辰|"
    # ("元景34B模型", "九天 13B": one of those names with its size written after it)
    r"(?:九天|元景|星辰|天工|书生|悟道)(?=\s*\d+(?:\.\d+)?\s?b(?![a-z])))"
    # ("九天大模型13B版本": the size written onto the name, part of it)
    r"(?:\s*\d+(?:\.\d+)?\s?b(?![a-z]))?"
    r")(?![a-z0-9])"
    # ("1 汉字 ≈ 0.6 tokens with the qwen tokenizer": a tokenizer named by its family, not a model)
    r"(?!\s*(?:'s\s+)?(?:tokeni[sz]ers?|vocab(?:ulary)?|分词器?|词表))"
    # ("llama.cpp server", "whisper.cpp": an inference engine named after a model, not the model)
    r"(?![.-]?cpp(?![a-z0-9]))")
# (the models outside the catalog named above, for the typo fixer: "pixtral" is not a slip of "mixtral")
OTHER_MODEL = _UNKNOWN_MODEL
_BARE_R1 = re.compile(
    r"(?:(?<=\bfor )|(?<=\brun )|(?<=\brunning )|(?<=\bserve )|(?<=\bserving )|(?<=\bhost )|(?<=\bhosting )|"
    r"(?<=\bdeploy )|(?<=\bdeploying )|(?<=\bself-hosting )|(?<=\bself-host )|(?<=跑)|(?<=部署))(r1)(?![a-z0-9.-])"
    r"|(?<![a-z0-9.-])(r1)(?=\s*(?:serving|inference|671b|fp8|fp4|满血|推理)\b)"
    # ("1亿用户，H20，R1，要多少卡": listed alone among the question's names)
    r"|(?:(?<=[，、])|(?<=[,;；]\s)|(?<=[,;；]))(r1)(?=\s*(?:[，、,;；。?？!！]|$))")
# a size right after a model's name: "qwen2.5 32b", "llama 3 70b"
# ("Falcon 3 10B": a version between the family and the size)
_SIZE_AFTER = rx.compile(r"(?:[- ][a-z]?\d{1,2}(?:\.\d)?(?=[- ]\d+(?:\.\d+)?\s?b(?![a-z])))?"
                         r"[- ]?(\d+(?:\.\d+)?)\s?b(?![a-z])(?!\s*(?:tokens?|toks?|个?\s*token|词元))")
# a family's other models named by a tier after the family word: "mistral large 2", "qwen max"
_VARIANT_AFTER = rx.compile(r"\s+(?:large|medium|small|nemo|pro|ultra|max|turbo|mini|plus|lite|flash|"
                            r"opus|sonnet|haiku|codestral|coder|math|vl|prover|omni|guard)"
                            # (its version whole, not a size's first digits: "mistral-large 70b" is no
                            # "mistral-large 7" of 0B)
                            r"(?:\s*v?\d+(?:\.\d+)?(?![\d.])(?!\s?[bmt](?![a-z])))?(?![a-z])")
_KIND_AFTER = rx.compile(r"\s+(?:vl|omni|coder|math|audio|vision)(?![a-z])(?:\s+\d+(?:\.\d+)?\s?b(?![a-z]))?")
# a model's size written onto a name: "Med42-70B" (the name a model's, its size part of it)
_SIZE_SUFFIX = r"-\d+(?:\.\d+)?[bm](?![a-z0-9])"
_SIZE_SUFFIX_AT = rx.compile(_SIZE_SUFFIX, re.I)


# an amount in rand, "R" before it: "R500m", "R8.9m", "R55/GPU-hr", "R2,500 each" (a bare "R1" may be a model's name)
_RAND_AMOUNT = rx.compile(r"(?<![a-z0-9$])r\s?\d{1,3}(?:(?:[,.]\d+)+(?:\s?(?:k|m|bn|mn)(?![a-z]))?|"
                          r"\s?(?:k|m|bn|mn)(?![a-z])|(?=\s*(?:/|per\b|each\b|a pop\b)))")
# a question said to be about South Africa, where "R" is the rand
_RAND_SAID = rx.compile(r"\b(?:rand|zar)\b|south africa|jo'?burg|johannesburg|cape town|durban|pretoria|gauteng|"
                        r"sandton|eskom|南非|兰特")


# a name of letters and digits with a model's size in brackets after it: "pi0 (3.3B)", "rdt2 (1.2B)"
_SIZED_IN_BRACKETS = rx.compile(r"(?<![\w.$€£¥-])([A-Za-z][A-Za-z]*\d[\w.-]*)\s*[(（]\s*~?\d+(?:\.\d+)?\s*[BbMm]\s*"
                                r"(?:params?|parameters)?\s*[)）]")


def _with_size(original: str, b: int, taken: list[bool]) -> tuple[int, bool]:
    """A name ending at `b`, and whether a model's size follows it ("Med42-70B"): the end moved past the
    size when the size is not read as something else."""
    sized = _SIZE_SUFFIX_AT.match(original, b)
    if sized is None:
        return b, False
    return (sized.end() if not any(taken[b:sized.end()]) else b), True


_UNKNOWN_ACC = rx.compile(
    r"(?<![a-z0-9])(?:(?:ascend|atlas|kunlun|mlu|gaudi|tpu|instinct|mi|rtx|gtx|tesla|radeon|"
    r"trainium|trn|inferentia|maia|mtia|wse|lpu|ipu|blackwell|hopper|rubin|cmp)[- ]?[a-z]?\d+[a-z0-9]*"
    # ("RTX 6000 Ada workstations": the number, then its generation)
    r"(?:(?<=rtx \d{4})\s+(?:ada|blackwell)(?![a-z]))?"
    # ("RTX PRO 6000 Blackwell", "RTX A6000": a workstation card, its line between the maker's word and number)
    r"|rtx\s+(?:pro|ada)\s+\d{4}(?:\s+(?:blackwell|ada))?"
    # ("how many Blackwell GPUs": an architecture, no card of the catalog; which one is asked, never a default)
    r"|(?:nvidia\s+)?(?:blackwell|hopper)(?:\s+ultra)?(?=\s+(?:gpus?|chips?|cards?|accelerators?|parts?)\b)"
    r"|(?:昇腾|寒武纪|昆仑芯?|(?<!青)海光(?!伏)|摩尔线程|壁仞|燧原|沐曦|天数智芯)\s*(?:思元|曦云|深算)?\s*[a-z]*\s*\d*[a-z0-9]*"
    # Korean NPUs ("리벨리온 ATOM", "퓨리오사 RNGD", "사피온 X330", "Rebellions ATOM")
    r"|(?:리벨리온|퓨리오사|사피온|rebellions|furiosa|sapeon)\s*(?:atom|rebel|rngd|warboy|x\d+)?[a-z0-9-]*"
    # in-car chips ("地平线征程6P", "征程5", "黑芝麻华山A1000", "DRIVE Thor")
    r"|(?:地平线\s*)?征程\s*\d+[a-z]*|地平线(?=\s*(?:芯片|j\d|[a-z]))[a-z0-9]*|黑芝麻\s*(?:华山|武当)?\s*[a-z]*\d*[a-z0-9]*"
    r"|(?:nvidia\s+)?drive\s+(?:thor|orin)(?:[- ]?[a-z])?"
    # ("下一代域控用NVIDIA Thor", "Jetson Orin": the maker's name before the car or edge chip's)
    r"|(?:nvidia\s*|英伟达\s*)(?:thor|orin)(?:[- ]?[a-z])?|jetson\s+(?:orin|agx|nano|thor)(?:\s+(?:nano|nx|agx))?"
    r"|(?!fy|cy|sm|nvl|arm|x|iso|ao3|hbm|ddr|gddr|pcie|v|p(?:50|90|95|99|999)(?!\d)|mfu|pue|qps|rps|tps|dau|mau|wau|"
    r"pro-?\d|max-?\d|a16z|top-?\d|sub-?\d|"
    # amounts in ringgit or rupiah ("RM12.50/hr", "Rp15 juta") and medical codes ("ICD-10"), not chips
    r"rm\d|rp\d|myr|idr|sgd|icd|"
    # (an amount after its currency's code: "a RMB10bn budget", "USD3.5m"; a group named by its size: "Big-4")
    r"(?:rmb|usd|eur|cny|jpy|gbp|hkd|inr|krw|aud|cad|chf)\d|(?:big|mag)-?\d|"
    # office software and research grants ("M365-Copilot-Ersatz", "R01 year 2 has ~$350K set aside")
    r"(?:" + OFFICE_SUITES + r")(?!\d)|(?:" + GRANT_CODES + r")(?![a-z0-9])|"
    # school grades: "K12 problems", "K-12 students"
    r"k-?12(?![a-z0-9])|"
    # fashion seasons ("every AW25 SKU", "the SS26 drop")
    r"(?:aw|ss|fw|pf)\d{2}(?![a-z0-9])|"
    # bitcoin miners (Antminer S19, S21), not accelerators
    r"s(?:1[79]|2[01])(?:j|k|xp|pro)?s?(?![a-z0-9])|"
    # colocation sites named by a metro and a number ("NY4, LD4, TY3"), not chips
    r"(?:ny|ld|ty|fr|sg|sv|dc|ch|da|am|pa|hk|sy|os|zh|ma|me|tr)\d{1,2}(?![a-z0-9])|"
    # engineers' shorthand for parallelism, batch and lengths: "tp4", "bs256", "isl2048"
    r"(?:tp|pp|ep|dp|cp|bs|isl|osl|ctx|seq|conc)-?\d)[a-z]{1,3}-?\d{2,5}[a-z]{0,3}"
    # (not "med42-70b": a model's size after the name makes it a model's)
    r"(?!" + _SIZE_SUFFIX + ")"
    r"|(?:rx\s*)?[6-9]9\d0\s*(?:xtx|xt|gre)(?![a-z])"      # Radeon consumer cards: "7900 XTX"
    # NVIDIA data-centre cards outside the catalog, named by a letter and a digit or two ("colab免费的T4",
    # "an A10G", "P40"): found in any casing, whatever the text's length after normalization
    r"|(?:t4|k80|p40|p100|a10g?|a30|a40)(?![a-z0-9])"
    r"|910[a-c]|(?<=[张块片颗])\d{3,4}(?!gb|tb|mb|kw|mw|gw|w(?![a-z])|g(?![a-z])|gib)[a-z]{1,2}"
    # a consumer card's number alone, said as a card ("3090 二手现在多少钱一张")
    r"|(?<![\d.,$¥])(?:20[6-8]0|30[6-9]0|40[6-8]0|50[7-9]0)(?:\s*ti)?(?=\s*(?:二手|显卡|的卡|卡|现在|多少钱|能不能|能跑|集群|服务器|租|收|(?:x|×)\s?\d|rigs?\b|box\b|homelab|[(（]\s*\d+\s*g|"
    # ("5090出来了，32G显存", "5090出了": a new card, out now, its memory said after it; "5090比4090强多少",
    # "5090 vs 4090": set beside another card, a catalog name masked as "#" here)
    r"出来|出了|上市|发布|显存|(?:比|vs\.?|versus|和|跟)\s*(?:(?:rtx\s*)?(?:20|30|40|50)[6-9]0(?![\d%]|[.,]\d)|#{2,})|[,，]\s*\d{1,2}\s*gb?\s*显存|"
    # ("二手3090 24G": its memory said after it)
    r"\s+\d{1,2}\s*gb?(?![a-z0-9])))"
    # "12 ex-mining 3090s", "a pile of 3080 Tis": a consumer card's number in the plural is the cards
    r"|(?<![\d.,$¥])(?:20[6-8]0|30[5-9]0|40[5-8]0|50[6-9]0)(?:\s*ti)?s(?![a-z0-9])"
    # ("手上有两张闲置的3090": a consumer card's number after a count of cards and what they are)
    r"|(?:(?<=张闲置的)|(?<=张二手的)|(?<=张闲置)|(?<=张二手)|(?<=张旧的)|(?<=块闲置的))"
    r"(?:20[6-8]0|30[5-9]0|40[5-8]0|50[6-9]0)(?:\s*ti)?(?![\d%]|[.,]\d)"
    # "两张3090", "2x 3090": a four-digit card name right after a count of cards
    r"|(?<=[几两二三四五六七八九十\d]张)\d{4}(?![\d%]|[.,]\d)(?!\s*(?:gb|tb|mb|kw|mw|gw|w(?![a-z])|元|块|万|亿|千|个|张|"
    r"台|tokens?|美元|刀|瓦|度|人|次|小时|天))|(?<=\dx )\d{4}s?(?![\d]|[.,]\d)(?!\s*(?:gpus?|cards?|w\b|tokens?))"
    # makers with no catalogued chip: their product, or the maker's name alone ("Groq LPUs")
    # named products outside the catalog with no digits in the name: edge boards, desktop boxes, new
    # generations ("Jetson Orin", "DGX Spark", "Rubin")
    r"|jetson(?:[- ](?:agx|orin|thor|nano|xavier|nx))*|(?:drive[- ])?orin(?:[- ]?(?:x|nx|agx|n))?(?![a-z0-9])|"
    r"drive[- ]thor(?![a-z0-9])|"
    # (Samsung's inference chip: "Samsung Mach-1")
    r"(?:samsung\s+)?mach[- ]?\d(?![a-z0-9])|"
    # in-car and phone SoCs: "高通 8295 座舱芯片", "Horizon Journey 6", "征程6"
    r"(?:qualcomm|高通|骁龙)\s*(?:snapdragon\s*)?(?:sa)?\d{3,4}[a-z]*|(?:horizon\s+)?journey[- ]?\d+[a-z]?|征程\s*\d+[a-z]?|"
    r"dgx[- ](?:spark|station)|(?:intel\s+)?(?:falcon|jaguar)[- ]shores|"
    # (Intel's data-centre GPUs: "Intel Max 1550 (Ponte Vecchio)", "Data Center GPU Max 1100")
    r"(?:intel\s+)?(?:data\s+center\s+gpu\s+)?max\s+1[15][05]0(?![a-z0-9])|ponte[- ]vecchio|"
    # Apple's desktops and their chips ("Mac Studio 192G 统一内存", "M2 Ultra")
    r"mac[- ]?(?:studio|mini|pro)|macbook(?:[- ]pro)?|(?<![a-z])m[1-4][- ](?:ultra|max|pro)|(?:vera[- ])?rubin(?:[- ](?:ultra|cpx))?"
    # named generations with no digits ("Trillium vs Ironwood", "AWS Trainium")
    r"|(?:tpu[- ])?ironwood(?:[- ]tpus?)?|trainium|inferentia|mtia"
    # Huawei's rack-scale systems and any product named after the maker ("华为CloudMatrix 384超节点")
    r"|(?:(?:huawei|华为)\s*)?cloudmatrix(?:[\s-]*\d+)?|(?:huawei|华为)\s*[a-z]+(?:[\s-]*\d+[a-z0-9]*)?"
    # the maker alone, said of its cards ("华为的卡能跑DeepSeek吗", "huawei chips")
    r"|(?:huawei|华为)(?=\s*(?:的)?\s*(?:卡|芯片|加速卡|算力卡|npus?|gpus?|chips?|cards?|accelerators?|服务器|集群))"
    r"|(?:qualcomm\s+)?cloud\s+ai\s*\d+(?:\s+(?:ultra|pro|standard))?|qualcomm"
    r"|(?:untether(?:\s+ai)?|hailo|blaize|axelera(?:\s+ai)?|esperanto|positron|cambricon|biren|enflame|"
    r"iluvatar(?:\s+corex)?|metax|moore\s+threads|kunlunxin|hygon)(?:[\s-]+[a-z]*[- ]?\d+[a-z0-9]*)?"
    r"|(?:groq|cerebras|sambanova|tenstorrent|graphcore|etched|d-matrix|lightmatter)"
    r"(?:[- ](?:lpus?|wse[- ]?\d?|cs[- ]?\d|sn\d+\w*|wormhole|blackhole|ipus?|sohu|corsair))?s?"
    # other makers' accelerators ("Preferred Networks MN-Core 2", "Rebellions ATOM", "FuriosaAI RNGD")
    r"|(?:preferred networks\s+)?mn[- ]?core(?:[- ]?\d+)?|(?:rebellions\s+)?(?:atom|rebel)(?=[- ]?(?:max|\d|\s*(?:npus?|cards?|chips?|boards?)))"
    r"(?:[- ]?(?:max|\d+))?|(?:furiosa(?:ai)?\s+)?(?:rngd|warboy)|rebellions|furiosa(?:ai)?"
    r"|lpus?)(?![a-z0-9])")


_ALIAS_RE: dict[int, tuple[re.Pattern[str], dict[str, tuple[str, str, int]]]] = {}


def _alias_matcher(cat: Catalog) -> tuple[re.Pattern[str], dict[str, tuple[str, str, int]]]:
    """One pattern over every catalog alias, longest first (built once per catalog), and
    alias -> (kind, key, split position). "h-200s" for "h200": a split alias matches only
    where the user wrote a hyphen, so that "a 100-rack deployment" is not an A100."""
    cached = _ALIAS_RE.get(id(cat))
    if cached is not None:
        return cached
    table: dict[str, tuple[str, str, int]] = {}
    sizes: dict[str, dict[str, str]] = {}
    for kind, aliases in (("server", cat.server_aliases()), ("model", cat.model_aliases()),
                          ("acc", cat.accelerator_aliases())):
        for alias, key in aliases:
            table.setdefault(alias, (kind, key, 0))
            sized = re.fullmatch(r"([a-z][a-z0-9 -]*?)[ -](\d+gb)", alias) if kind == "acc" else None
            if sized:                        # "80gb a100" for "a100 80gb"
                table.setdefault(f"{sized.group(2)} {sized.group(1)}", (kind, key, 0))
                sizes.setdefault(sized.group(1), {})[sized.group(2)] = key
            m = re.match(r"[a-z]+(?=\d)", alias)
            if m and " " not in alias:
                table.setdefault(alias[:m.end()] + " " + alias[m.end():], (kind, key, m.end()))
    for base, by_size in sizes.items():
        if len(set(by_size.values())) > 1:
            # "A100 40G": the size without its B, where it tells two catalogued variants apart
            # (not "MI300X 192G显存", one card and its memory)
            for size, key in by_size.items():
                table.setdefault(f"{base} {size[:-1]}", ("acc", key, 0))
    alts = _trie(sorted(table))
    # "8xH200": a count glued to the name with an x is still the name
    pattern = rx.compile(r"(?:(?<![a-z0-9])|(?<=\dx))(" + alts + r")(?:s(?![a-z0-9]))?(?![a-z0-9]|\.\d)")
    _ALIAS_RE[id(cat)] = (pattern, table)
    return pattern, table


def _trie(words: list[str]) -> str:
    """One regex alternation of the words as a trie ("h100|h100 sxm|h200" -> "h(?:100(?: sxm)?|200)"):
    at each character only the branches that can still match are tried, and a longer word is tried
    before the shorter one it extends, which is the longest-first order a plain alternation sorted
    by length gives (all words matching at one place are prefixes of one another)."""
    if words == [""]:
        return ""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(w[1:])
    ends = "" in groups
    alts = [re.escape(c) + _trie(rest) for c, rest in sorted(groups.items()) if c]
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if ends else body


# a product-like word as written: a capital, letters, then digits ("N9", "Phoenix-12", "X5");
# lower-case text is covered by the patterns above
# (process nodes, "the N3 tapeout", "N2P", are no products)
_CAPITALISED = rx.compile(r"(?<![A-Za-z0-9])(?<!\d-)(?!(?:Q\d{1,2}|H[12]|FY\d+|CY\d+|HW\d{1,2}|Ex\d{1,2}|PS\d{1,2}|"
                          # (fashion seasons: "every AW25 SKU", "the SS26 drop")
                          r"(?:AW|SS|FW|PF)\d{2}|"
                          r"N\d{1,2}[PEAX]?)(?![A-Za-z0-9]))"
                          # exam and homework numbering: "Exam Q7", "Homework 3", "Problem 2b"
                          r"(?!(?:Exam|Homework|Quiz|Question|Problem|Lab|Part|Step|Section|Chapter|Figure|Table|"
                          r"Case|Round|Week|Phase|Stage|Scenario|Option|Task|"
                          # a tender's parts: "Attachment J-2", "Lot 3", "Schedule S1", "RFP ITS-112"
                          r"Attachment|Annex|Exhibit|Schedule|Clause|Article|Item|Lot|Form|Appendix|Tender|RFP|RFQ|RFI|"
                          r"Ref|Contract|Project|Package)\s+[A-Z]{0,3}-?\d)"
                          r"(?!(?:PUE|MFU|QPS|RPS|TPS|TTFT|TPOT|DAU|MAU|WAU|KV|GB|TB|MW|KW|GW|HBM|DDR|GDDR|LPDDR|PCIe|PCIE|"
                          r"NVL|SXM|FP|BF|INT|TF|NVLink|CUDA|P|TP|PP|EP|DP|CP|BS|ISL|OSL)\d)"
                          r"(?!V2EX(?![A-Za-z0-9]))"      # a forum, not a chip
                          # business and tech shorthand: "B2B API shop", "K8s", "EC2", "5G edge", "L2 cache"
                          r"(?!(?:B2[BCG]|C2C|P2P|O2O|M2M|A2A|K8s|K3s|S3|EC2|[2-8]K|[345]G|L[123]|W2|Web3)"
                          r"(?![A-Za-z0-9]))"

                          # ("Budgeting Q3 FY26": a word before a quarter is no product line either)
                          r"(?:[A-Z][a-z]+[ \t]+(?!(?:Q\d{1,2}|H[12]|FY\d+|CY\d+)(?![A-Za-z0-9])))?"
                          # ("CosyVoice 2": a name with a capital inside, then its version after a space)
                          r"(?:[A-Z][A-Za-z]*-?\d+[A-Za-z0-9]*|"
                          r"(?!(?:LoRA|QLoRA|DoRA) )[A-Z][a-z]+[A-Z][A-Za-z]+ \d{1,2}(?:\.\d)?(?![\d.,万亿千百%xX]))"
                          r"(?:\s+(?:Ultra|Pro|Max|Plus|Mini|Turbo))?(?![A-Za-z0-9])")
# memory and link generations, not accelerators ("If DDR5 is $3/GB")
# a product word before "TPU"/"NPU" ("Ironwood TPU"): another chip of the family ("GPU" and "chip" follow
# too many ordinary words: "Projected GPU demand", "Hopper chips")
_NAMED_CHIP = rx.compile(r"(?<![A-Za-z0-9])([A-Z][a-z]{2,}|[A-Z]{3,})\s+(?:TPUs?|NPUs?)(?![A-Za-z0-9])|"
                         # "NVIDIA DRIVE Thor chips", "Qualcomm Cloud AI 100 cards": a vendor's product, said to be
                         # chips (catalog names are taken before)
                         r"(?<![A-Za-z0-9])(?:NVIDIA|Nvidia|AMD|Intel|Qualcomm|Huawei|Tesla|Apple|Samsung)\s+"
                         r"((?:[A-Z][A-Za-z0-9]*)(?:\s+[A-Z0-9][A-Za-z0-9]*){0,3})"
                         r"(?=\s+(?:chips?|cards?|gpus?|GPUs?|accelerators?|NPUs?|SoCs?|modules?|boards?)\b|\s*(?:芯片|卡))")
_NOT_A_CHIP_NAME = {"google", "cloud", "nvidia", "amd", "intel", "the", "each", "per", "our", "your", "their", "this",
                    "that", "every", "any", "which", "what", "more", "many", "new", "old", "single", "one", "two",
                    "same", "other", "total", "all", "data", "datacenter", "consumer", "gaming", "server", "how",
                    "ai", "llm", "gen", "current", "existing", "spare", "idle", "used", "modern", "older", "newer",
                    "dense", "sparse", "training", "inference", "mid", "high", "low", "top", "best", "cheap",
                    "cheaper", "fast", "faster", "big", "bigger", "small", "large", "aws", "azure", "gcp", "meta",
                    "microsoft", "openai", "xai", "tesla", "apple", "amazon", "chinese", "domestic", "us", "usa",
                    "china", "these", "those", "some", "most", "few", "several", "enough", "extra", "additional",
                    "for", "with", "and", "or", "vs", "on", "in", "of", "at", "by", "to", "from", "h", "a", "an"}
_NOT_A_CHIP = rx.compile(r"^K-?12$|^AO3$|(?:LP|G)?DDR\d|HBM\d|PCIe|NVLink|Gen\d|USB\d|Wi-?Fi\d|"
                         # a build's phases ("Ph1 energization = 12 MW", "Phase2")
                         r"^Ph(?:ase)?-?\d{1,2}[a-z]?$|"
                         # gases an ESG report weighs ("quy ra kg CO2", "tCO2e")
                         r"^t?(?:CO2|CO2e|NOx|SO2|CH4)$|"
                         # amounts in ringgit or rupiah ("RM12.50/hr", "Budget RM5 million", "Rp15"), medical
                         # codes ("ICD-10")
                         r"(?:^|\s)(?:RM|Rp|MYR|IDR|SGD)\d|^ICD-?\d|"
                         # other currencies' codes before an amount ("a RMB10bn budget"), a group named by its
                         # size ("Big-4 capex", "the Mag-7")
                         r"(?:^|\s)(?:RMB|USD|EUR|CNY|JPY|GBP|HKD|INR|KRW|AUD|CAD|CHF)\d|^(?:Big|Mag|Top)-?\d+$|"
                         # software and its versions: "FlashAttention-3", "ZeRO-3", "FSDP2", "CUDA12"
                         r"^(?:Flash|Paged|Ring|Sliding)?Attention|^FlashAttn|^ZeRO|^FSDP|^CUDA|^cuDNN|^NCCL|^Megatron|"
                         r"^DeepSpeed|^TensorRT|^vLLM|^SGLang|^PyTorch|^Triton|^NeMo|^Python|^Ubuntu|^RHEL|^Rocky|^ROCm|"
                         # datasets and benchmarks: "UniRef90", "ImageNet-1k", "GSM8K", "C4"
                         r"^UniRef\d*$|^UniProt|^ImageNet|^LAION|^MMLU|^GSM8K$|^HumanEval|^RedPajama|^FineWeb|^CommonCrawl|"
                         # bitcoin miners a site is moving out ("pulling the S19s out of a 10 MW building")
                         r"^S(?:9|1[79]|2[01])(?:j|k|XP|Pro)?s?$|Antminer|Whatsminer|"
                         # a plant's controllers whose manuals a copilot reads ("maintenance manuals (S7, KUKA,
                         # Trumpf docs)", "S7-1500 alarms")
                         r"^S7(?:-?\d{3,4}[A-Z]?)?s?$|"
                         # office software a model would replace, research grants ("M365", "R01")
                         r"^(?i:" + OFFICE_SUITES + "|" + GRANT_CODES + r")$")
# ("how much GPU I need for Florence-2 to tag thrift photos": the hardware is asked for the name, so the name
# is what runs on it)
_GPU_FOR_BEFORE = rx.compile(r"\b(?:gpus?|cards?|vram|compute|hardware)\b[^.?!,;]{0,24}?\b(?:need|want|required?)"
                             r"\s+(?:for|to run|to serve|to host)\s*$")
_MODEL_CONTEXT = rx.compile(r"(?:跑|run|running|serve|serving|train|训练|部署|model|模型|tuned|finetuned|微调)\W{0,3}$")


# a name whose size a model is said to share: "GR00T N1同等规模的模型", "X 这个量级的模型"
_SIZED_AS_MODEL = rx.compile(r"(?:\s*[a-z]{0,2}\d[\w.]*)?\s*(?:这个|那个)?\s*(?:同等|同样|相同|一样|差不多)?\s*(?:规模|大小|级别|量级|尺寸)\s*的?\s*"
                             r"(?:大)?模型")
# what a served name is said to be, after it: "GR00T N1.5 as the cloud policy", "X1 model"
_POLICY_AFTER = rx.compile(r"[\s\w.]{0,12}?\b(?:as (?:the|a|our) (?:\w+ )?(?:policy|model)|model|policy|vla|vlm)\b")
# a hyphenated product name said to be a model: "跑Zorblax-Ultra这个模型", "the Zorblax-Ultra model"
# TensorRT-LLM, DeepSpeed, FlashAttention-3 (kernels and libraries, not models)
_SOFTWARE = r"(?!(?:Tensor|Deep|Mega|Open|Hugging|Flash|Paged)-|[A-Z][a-z]*Attention\b)"
_NAMED_MODEL = rx.compile(r"(?<![A-Za-z0-9])" + _SOFTWARE + r"[A-Z][a-z]+(?:-[A-Z0-9][A-Za-z0-9]*)+(?=\s*(?:这个|这款|该|的)?\s*大?模型|"
                          r"\s+(?:model|LLM)\b)")


# a name said to be a model with no hyphen: "NVIDIA Cosmos 世界模型", "π0 这种 VLA", "the Zorb9 model"
# (Chinese model words after any capitalised name; English ones after a name with a digit or two capitals)
_NAMED_MODEL_WORD = rx.compile(
    r"(?<![A-Za-z0-9])(?:[A-Z][A-Za-z0-9.]{2,}|[πΠ][0-9.]*)(?=\s*(?:这个|这款|这种|该|的)?\s*"
    r"(?:(?:同等|同样|相同|一样)?\s*(?:规模|大小|级别|量级)\s*的?\s*)?"
    r"(?:大|世界|视觉|多模态|具身)?模型|\s*(?:这种|这个|这类)\s*(?:VLA|VLM))|"
    r"(?<![A-Za-z0-9])(?=[A-Za-z0-9.]*\d|[A-Z][a-z]*[A-Z])[A-Z][A-Za-z0-9.]+(?=\s+(?:world model|VLA|VLM|policy model)\b)|"
    # ("o AMALIA (o LLM português)", "BLOOMZ (the LLM we fine-tuned)": a name said in brackets to be an LLM)
    r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9.-]{2,}(?=\s*\((?:o|a|the|el|le|il|der|das|our|nosso)?\s*(?:LLM|modelo|model|"
    r"modèle|modello)\b)|"
    # ("pi0-FAST policy for 800 arms": a lower-case name with a digit and a suffix, said to be a policy)
    r"(?<![A-Za-z0-9])(?=[a-z]+\d)[a-z]+\d(?:\.\d)?(?:-[A-Za-z]+)+(?=\s+(?:policy|world model|VLA|VLM)\b)")


# whose model an acronym describes: "上个版本的NPC模型", "我们自研的BEV模型", "our OCR model"
_OWN_BEFORE = rx.compile(r"(?:的|版|代|自研|内部|自家|我们|our|in-house|internal|previous|last|old|new)\s*$", re.I)
# words before 模型 that are no model's name
_LANGUAGE_PAIR = rx.compile(r"(?:english|swahili|french|german|spanish|arabic|hindi|yoruba|hausa|igbo|amharic|zulu|"
                            r"xhosa|somali|chinese|japanese|korean|portuguese|italian|turkish|dutch|russian|thai|"
                            r"vietnamese|indonesian|malay|bengali|urdu|tamil|pidgin)"
                            r"(?:-(?:english|swahili|french|german|spanish|arabic|hindi|yoruba|hausa|igbo|amharic|"
                            r"zulu|xhosa|somali|chinese|japanese|korean|portuguese|italian|turkish|dutch|russian|"
                            r"thai|vietnamese|indonesian|malay|bengali|urdu|tamil|pidgin))+", re.IGNORECASE)
_NOT_A_MODEL_NAME = {"llm", "llms", "ai", "gpt", "moe", "vla", "vlm", "ner", "ocr", "asr", "tts", "nmt", "flops", "flop", "tflops", "pflops", "eflops",
                     "api", "gpu", "cpu", "tpu", "npu", "rag", "sft", "rlhf", "dpo", "lora", "int8", "int4", "fp8",
                     "fp16", "bf16", "fp4", "fp32", "transformer", "dense", "the", "this", "that", "our", "your",
                     "base", "chat", "reasoning", "tokens", "token", "nvidia", "openai", "google", "meta"}


# a name said to be a chip, right after it: "Hailo-8 modules", "Zeta-9 cards"
_LOWER_SIZED_USED = rx.compile(r"\b(?:use|using|deploy|deploying|serve|serving|run|running|fine-?tune|fine-?tuning|"
                               r"host|hosting|try|trying|adopt|adopting)\s+(?:[A-Z]{2,6}\s+)?([a-z][a-z0-9-]{3,})\s+"
                               # (not "fine-tune dataset 3B tokens": tokens, not a model's size)
                               r"\d+(?:\.\d+)?\s?[Bb](?![A-Za-z0-9])(?!\s*(?:tokens?|toks?|words|samples)\b)")
# ("NTTのtsuzumi 7BをL40Sで", "tsuzumi 7B를 …"): a lower-case name used, said with a Japanese or Korean particle
# after its size (found in the text as written: the rewrite into English drops the particle)
_LOWER_SIZED_PARTICLE = rx.compile(r"(?<![A-Za-z0-9])([a-z][a-z0-9-]{3,})\s+\d+(?:\.\d+)?\s?[Bb]"
                                   r"(?=を|で|が|は|の|를|을|로|으로|가|는)")
_NOT_A_LOWER_NAME = frozenset({"only", "just", "about", "around", "roughly", "some", "your", "their", "these",
                               "those", "both", "this", "that", "each", "every", "maybe", "like", "another",
                               "models", "model", "open", "dense", "small", "large", "base", "instruct",
                               "dataset", "datasets", "data", "corpus", "corpora", "text", "samples"})
# (or the maker's server line: "4x PowerEdge XE9680", "ProLiant DL380a", "ThinkSystem SR680a")
_SERVER_MAKER = rx.compile(r"\b(?:dell|hpe|supermicro|lenovo|inspur|gigabyte|asus|quanta|h3c|sugon|xfusion|"
                           r"poweredge|proliant|thinksystem|superserver|uniserver|primergy|cray|"
                           r"cisco|fujitsu|wiwynn|浪潮|新华三|中科曙光|超聚变|联想)\b[^.;?!,]{0,14}$")
_SIZE_IN = rx.compile(r"\d\s*[bm]$")
# (or the cards in each, in brackets: "4x XE9680 (8x H100 SXM each)")
_SERVER_NOUN_AFTER = rx.compile(r"\s*(?:servers?|nodes?|box(?:es)?|chassis|服务器|整机)(?![a-z])|"
                                r"\s*[(（]\s*\d+\s*(?:x|×|卡|张)\s*[a-z]")
_CHIP_AFTER = re.compile(r"\s*(?:modules?|chips?|cards?|accelerators?|npus?|gpus?|boards?|芯片|加速卡|卡)(?![a-z])", re.I)
# ("Sabiá-3": a name with an accented letter)
_NAMEISH = rx.compile(r"(?<![A-Za-z0-9])" + _SOFTWARE
                      # (a group named by its size: "Big-4 capex", "the Mag-7", "Top-5 CSPs")
                      + r"(?!(?:Big|Top|Mag|Tier|Fortune)-\d+(?![A-Za-z0-9]))"
                      + r"[A-Z][a-zà-öø-ÿ]{1,}(?:[A-Z]{1,4}|(?:[A-Z][a-z]+){1,2})?-(?:X{1,3}L|[A-Z]\d+|\d+[BbMmKk]?|Ultra|Pro|Max|Mini|"
                      r"Turbo|Plus|Large|Small|Lite)(?![A-Za-z0-9-])")


_HYPHEN_SIZED = rx.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-zÀ-ÿ]+)(?:-[A-Za-z0-9.]+)+\s+\d+(?:\.\d+)?\s?[BbMm]"
                           r"(?![A-Za-z0-9])(?!\s*(?:tokens?|toks?|tiles?|images?|users?|requests?|queries))|"
                           # ("Cosmos-Predict1-14B": the size the last part of the hyphenated name)
                           r"(?<![A-Za-z0-9])([A-Z][A-Za-z]+)(?:-[A-Za-z0-9.]+)+-\d+(?:\.\d+)?[Bb](?![A-Za-z0-9])")
_COMPARED_NEAR = rx.compile(r"\b(?:vs\.?|versus|or|compared?|against|instead of|swap|switch)\b|还是|对比|比较|换成|替换")
# ("S10 shared-instrumentation grant": a hyphenated word between)
_GRANT_AFTER = rx.compile(r"\s+(?:[A-Za-z]+(?:-[A-Za-z]+)?\s+)?(?i:grants?|awards?|programs?|programmes?|funds?|"
                          r"funding|initiatives?|mechanisms?|proposals?|calls?)\b")
# a research funder before a name-like word: "our NIH S10", "an NSF MRI-2 award"
_FUNDER_BEFORE = rx.compile(r"\b(?:NIH|NSF|DOE|ERC|EPSRC|BBSRC|UKRI|DFG|DARPA|ARPA-H|NIST|NASA|NCI|NIGMS|HHMI|CZI|"
                            r"NSFC)\s+$")
# a document's part or reference number before a name-like word: "Attachment J-2", "RFP 2024-ITS-112"
# ("SKU P52131-B21", "Q#7731-A": a part's or a quote's number)
_LABEL_BEFORE = rx.compile(r"(?:\b(?:attachment|annex|exhibit|schedule|clause|article|item|lot|form|appendix|tender|"
                           r"rfp|rfq|rfi|ref|contract|project|package|section|table|figure|sku|p/n|pn|part|"
                           r"q#|po|invoice)\s*(?:no\.?\s*|number\s*|#\s*)?|\d-)$")


# a standard's or a document's code, said with what it is ("TG20 stuff", "BS5975 guidance", "EN12811 docs")
_PAPERWORK_AFTER = rx.compile(r"\s*(?:stuff|guidance|docs?|documents?|documentation|rules|regs|regulations|"
                              r"standards?|compliance|manuals?|guides?|paperwork|certs?|certificates?|checklists?|"
                              r"forms?|reports?|notes|drawings|templates?|clauses?)\b")


# methods, formats and tools written in capitals, never a model's name
_METHOD_CAPS = r"(?:RLHF|RLAIF|LORA|QLORA|DORA|GRPO|SFT|DPO|PPO|RAG|OCR|ASR|TTS|NLP|LLMS?|GPUS?|CPUS?|TPUS?|APIS?|" \
    r"SDKS?|ETL|CRM|ERP|HPC|MOE|VLMS?|AWQ|GPTQ|GGUF|ONNX|CUDA|ROCM|HTTP|JSON|YAML|SLURM|NCCL|HIPAA|GDPR|SOC2|" \
    r"PDFS?|FAQS?|KPIS?|SLAS?|AWS|GCP|AZURE|IBM|NVIDIA|INTEL|OPENAI|META|GOOGLE|DATA|TEXT|CODE|PROD|TEST)"
_SERVED_NAME = rx.compile(r"\b(?:serving|serve|serves|deploy|deploying|deployed|host|hosting|hosted|"
                          r"self-host|self-hosting|run|running|fine-?tune|fine-?tuning|finetune|finetuning|"
                          r"fine-?tuned|finetuned)\s+"
                          # ("serve Li Auto's MindGPT to …": its maker's name first)
                          r"(?:[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)?(?:'s|’s)\s+)?"
                          # ("fine-tune Stable Audio Open on …": a name of up to three capitalised words)
                          r"([A-Z][a-z]{3,}[A-Za-z]*(?:\s+[A-Z][a-z]+){0,2}|"
                          # ("They fine-tuned DBRX and serve it": a name in capitals, not a method's or a format's)
                          r"(?!" + _METHOD_CAPS + r"(?![A-Za-z0-9]))(?:[A-Z]{4,6}|"
                          # ("we run IDM-VTON for the virtual try-on": capitals joined by a hyphen)
                          r"[A-Z]{2,6}(?:-[A-Z][A-Za-z0-9]{1,10})+)(?![A-Za-z0-9-]))"
                          r"(?=\s+(?:to|for|on|with|at|in|across|model|and)\b|\s*[,.;?])")
# a proper name ending in GPT, LLM or LM: "MindGPT", "BloombergGPT", "FinLLM", "BioMedLM" (not ChatGPT, the product)
# "NTTのtsuzumiを", "NECのcotomiで", "네이버의 hyperclova를": a maker's own model, named after its maker (an
# acronym or a capitalised word, then の or 의) in lower-case letters, in text that writes no Latin words
_MAKERS_OWN = rx.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{2,6}|[A-Z][a-z]{2,15})\s*(?:の|의)\s*"
                         r"([a-z]{4,16}(?:-?\d+[a-z]*)?)(?![A-Za-z0-9])")
# "车端Thor-U跑我们的VLA", "端侧Orin-X上部署": a chip's name with a letter after a hyphen, said where it runs
# ("车端芯片换成Thor-U的话": the place's chip, changed to the one named)
_EDGE_CHIP = rx.compile(r"(?:车端|端侧|车载|車載|板端|边缘端|本体|on[- ]board\s+)\s*(?:芯片|计算平台|平台|soc)?\s*"
                        r"(?:换成|改用|改成|用|选|上)?\s*([A-Z][a-z]+-?[A-Z]{1,2})(?![A-Za-z0-9])|"
                        # ("Thor 车端跑 Qwen2.5 7B": the chip named, then where it sits)
                        r"(?<![A-Za-z0-9])([A-Z][a-z]+-[A-Z]{1,2}|[A-Z][a-z]{2,}(?=\s*(?:车端|端侧|车载|板端)))"
                        r"(?=\s*(?:车端|端侧|车载|板端)?\s*(?:上)?\s*(?:跑|部署|推理))")
# ("GR00T N1.5 部署到云端": a model, deployed to the cloud)
_DEPLOYED_TO_CLOUD = rx.compile(r"(?:\s*[a-z]\d+(?:\.\d+)?)?\s*(?:这个|这款)?\s*(?:模型|大模型)?\s*(?:部署|上线)(?:到|在)\s*"
                                r"(?:云端|云上|线上)")
_NAME_SIZED = rx.compile(r"(?<![\w#-])([a-z][a-z]*(?:-[a-z0-9]+)*-\d+[a-z]?)\s+\d+(?:\.\d+)?\s?b(?![a-z0-9])")
_JARGON = {"cloud", "model", "server", "servers", "cluster", "chatbot", "token", "tokens", "data", "team", "python",
           "docker", "kubernetes", "vllm", "sglang", "chat", "api", "apis", "gpus", "rack", "racks", "node", "nodes",
           "bedrock", "sagemaker", "vertex", "azure", "region", "instance", "instances"}
_CAPS_SIZED = rx.compile(r"(?<![A-Za-z0-9])([A-Z]{4,7})(?=[- ]\d+(?:\.\d+)?\s?[Bb](?![A-Za-z0-9]))")
_QUOTED_LM = rx.compile(r"(?<=['\"“‘])[A-Z][A-Za-z0-9-]*(?:\s+[A-Z][A-Za-z0-9-]*){0,3}\s+(?:LLM|GPT|LM|Model)"
                        r"(?=['\"”’])")
_LM_NAMED = rx.compile(r"(?<![A-Za-z0-9])[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:GPT|LLM|LM)(?:-?\d+(?:\.\d+)?)?"
                       # ("BloombergGPT 50B": its size with it)
                       r"(?:[- ]\d+(?:\.\d+)?\s?[Bb](?![A-Za-z0-9])(?!\s*(?:tokens?|params?|parameters?)))?"
                       r"(?![A-Za-z0-9])")
_NOT_AN_LM = {"chatgpt", "autogpt", "instructgpt"}
# ("BloombergGPT 50B": a word with capitals after its start, too)
# ("Evo 2 40B": a version between the word and the size)
_WORD_SIZED = rx.compile(r"(?<![A-Za-z0-9])([A-Z][a-zà-ÿ]{2,}(?:[A-Z][a-z]+){0,2}(?:[A-Z]{2,4})?|"
                         # ("MaLLaM 5B": capitals inside the name)
                         r"[A-Z][a-z]{1,2}[A-Z]{2,}[a-z][A-Z]?|"
                         # ("GEITje 7B": capitals first, then a few small letters)
                         r"[A-Z]{2,5}[a-z]{2,4}|"
                         # ("PLLuM 70B": capitals, a small letter or two, capitals again)
                         r"[A-Z]{2,5}[a-z]{1,3}[A-Z]{1,3})(?:[\s-]\d{1,2}(?:\.\d)?(?=\s+\d))?"
                         # ("Gervásio PT* 7B": a variant's letters between the name and its size)
                         r"(?:\s[A-Z]{2,3}\*?(?=\s\d))?[- ]?\d+(?:\.\d+)?\s?[Bb]"
                         # (not "Need 2B output tokens a day": a volume of tokens, its kind between)
                         r"(?![A-Za-z0-9])(?!\s*(?:(?:output|input|prompt|generated|training|text)\s+)?"
                         r"(?:tokens?|toks?|params?|parameters?))")
# ordinary words that can begin a sentence before a size ("Serving 70B on …", "Maybe 7B?")
_SENTENCE_WORDS = {"serving", "running", "training", "hosting", "deploying", "using", "with", "for", "maybe", "about",
                   "around", "roughly", "approx", "assume", "assuming", "say", "like", "plus", "then", "also", "just",
                   "only", "size", "sized", "model", "models", "dense", "sparse", "train", "serve", "host", "run",
                   "deploy", "finetune", "pretrain", "continued", "params", "parameters", "weights", "both",
                   # (Indonesian and Malay: "Volume kami 5B input tokens")
                   "kami", "kita", "volume", "untuk", "utk", "dengan", "dari", "yang", "yg",
                   "either", "another", "next", "last", "first", "second", "option", "options", "base", "target",
                   "student", "teacher", "draft", "reward", "judge", "policy", "critic", "actor", "from", "into",
                   "onto", "than", "vs", "versus", "and", "or", "but", "some", "any", "bigger", "smaller", "tiny",
                   "small", "medium", "large", "huge", "giant", "new", "old", "own", "custom", "internal",
                   "proprietary", "open", "closed", "current", "existing", "baseline", "candidate", "winner",
                   "loser", "per", "each", "every", "total", "llm", "slm", "moe", "mixture", "checkpoint", "ckpt",
                   # (verbs starting a sentence: "Need 2B …", "Generate 5B …")
                   "need", "needs", "want", "wants", "generate", "process", "produce", "handle"}
# capitalised words that name no model: languages, peoples, places, ordinary nouns at a line's start
_PLAIN_CAPITALS = {"phase", "stage", "tier", "wave", "round", "lot", "hall", "building", "zone", "campus",
                   # (a data hall in German and Dutch, a room, a cage: "Halle 3", "Suite 4")
                   "halle", "hal", "saal", "suite", "cage", "pod", "room", "floor", "aisle", "row", "level",
                   # (German and French words for "own", "our", "a": "Eigenes 3B-Modell", "Notre 7B")
                   "eigenes", "eigene", "eigenen", "eigener", "unser", "unsere", "unseres", "notre", "nos",
                   "chinese", "english", "indian", "hindi", "arabic", "japanese", "korean", "european", "american",
                   "african", "spanish", "french", "german", "russian", "portuguese", "tamil", "telugu", "bengali",
                   "marathi", "kannada", "malay", "thai", "vietnamese", "indonesian", "customers", "users", "students",
                   "bangla", "urdu", "sinhala", "nepali", "swahili", "hausa", "yoruba", "igbo", "amharic", "hebrew",
                   "greek", "turkish", "polish", "czech", "dutch", "italian", "türkçe", "polski", "nederlandse", "nederlands", "filipino", "tagalog", "khmer", "lao",
                   "traffic", "requests", "queries", "production", "everything", "everyone", "both", "inference",
                   "training", "models", "workloads", "agents", "chat", "search", "support", "internal", "india",
                   "china", "europe", "asia", "singapore", "japan", "korea", "america", "africa", "mumbai",
                   "bangalore", "bengaluru", "delhi", "pune", "hyderabad", "chennai", "beijing", "shanghai",
                   "shenzhen", "frankfurt", "london", "virginia", "ohio", "oregon", "tokyo", "seoul", "dubai",
                   "riyadh", "jakarta", "them", "these", "those", "things", "locally", "onprem", "prem"}
# (a capitalised word any of these sets names no product)
_NO_NAME = _NOT_A_CHIP_NAME | _NOT_A_MODEL_NAME | _PLAIN_CAPITALS


_CAMEL_VERSION = rx.compile(r"(?<![A-Za-z0-9])[A-Z][a-z]+[A-Z][A-Za-z]+ \d{1,2}(?:\.\d)?(?![\d.,万亿千百%xX]|\s*[kKmMbB]\b)")


# a CamelCase name used for a job in a Chinese question ("用星辰TeleChat做客服", "基于JiuTian搭助手"), or said to
# be a kind of model ("the 九天 JiuTian network model"): a model, unknown to the catalog
_CAMEL = r"(?=[A-Z][a-z]+[A-Z])[A-Z][A-Za-z]+(?![A-Za-z0-9])"
_CAMEL_USED = rx.compile(r"(?:用|基于|拿|部署|接入|上线)\s*[\u4e00-\u9fff]{0,4}?\s*(" + _CAMEL + r")"
                         r"(?=\s*(?:来|去)?\s*(?:做|跑|搭|给|为|回答|处理|服务|支撑|当|作为))|"
                         r"(?<![A-Za-z0-9])(" + _CAMEL + r")(?=\s+(?:network|language|foundation|base|chat|reasoning|"
                         r"vision|speech|voice|code|coding|embedding|domain|industry|large|ai)\s+model\b)|"
                         # ("anyone sized MusicGen large for demo generation?": a CamelCase name run or sized)
                         r"\b(?:run|running|serve|serving|host|hosting|deploy|deploying|sized|sizing|"
                         r"fine-?tun(?:e|ed|ing)|train(?:ed|ing)?)\s+(?:a\s+|the\s+|our\s+)?(" + _CAMEL + r")"
                         r"(?=\s+(?:large|medium|small|base|mini|xl|xxl|melody|for|on)\b|\s*[?.!])")
# CamelCase words that are apps, tools or companies, never a served model
_CAMEL_NOT_MODEL = {"wechat", "dingtalk", "wecom", "github", "pytorch", "deepspeed", "tensorrt", "langchain", "openai",
                    "youtube", "tiktok", "powerpoint", "sharepoint", "servicenow", "hubspot", "coreweave", "runpod",
                    "huggingface", "llamaindex", "salesforce", "whatsapp", "linkedin", "macbook", "javascript"}


def _camel_used(original: str, masked: str, taken: list[bool]) -> list[NameSpan]:
    out: list[NameSpan] = []
    for m in _CAMEL_USED.finditer(original):
        g = next(i for i in (1, 2, 3) if m.group(i))
        a, b = m.start(g), m.end(g)
        word = m.group(g).lower()
        if any(taken[a:b]) or masked[a:b] != word or word in _NO_NAME or word in _CAMEL_NOT_MODEL:
            continue
        for k in range(a, b):
            taken[k] = True
        out.append(NameSpan("unknown_model", word, a, b))
    return out


# a lower-case name with digits, then a capitalised part: "pi0-FAST", "gr00t-N1"
_LOWER_LED = rx.compile(r"(?<![A-Za-z0-9.$-])[a-z]{1,6}\d+[a-z0-9]*(?:-[A-Z][A-Za-z0-9]*)+(?![A-Za-z0-9-])")


# a lower-case name served, with its size: "We want to serve tsuzumi 7B (NTT's Japanese LLM)"
_LOWER_SERVED = rx.compile(r"(?<![A-Za-z])(?:serve|serving|host|hosting|deploy|deploying|run|running|use|using|"
                           r"fine-?tune|fine-?tuning)\s+(?:the\s+|our\s+|their\s+)?([a-z][a-z0-9]{3,})[- ]?"
                           r"\d+(?:\.\d+)?\s?[bB](?![A-Za-z0-9])(?!\s*(?:tokens?|toks?|params?|parameters?))")


def _lower_served(text: str, masked: str, taken: list[bool]) -> list[NameSpan]:
    """"serve tsuzumi 7B": a lower-case word served with its size, no family and no ordinary word, is a model
    unknown to the catalog (not a bare size beside the default model)."""
    out: list[NameSpan] = []
    for m in _LOWER_SERVED.finditer(text):
        a, b = m.start(1), m.end()
        word = m.group(1).lower()
        if any(taken[a:b]) or masked[a:b] != text[a:b].lower() or word in _NO_NAME or word in _SENTENCE_WORDS \
                or word in _CAMEL_NOT_MODEL or difflib.get_close_matches(word, _FAMILIES, n=1, cutoff=0.75) \
                or re.fullmatch(r"[a-z]+(?:ing|ed|ly|tion|ment|ness)|(?:a|an|the|it|this|that|our|my|your|"
                                r"their|about|around|roughly|maybe|models?|llms?|chat|bots?)", word):
            continue
        for k in range(a, b):
            taken[k] = True
        out.append(NameSpan("unknown_model", text[a:b].lower(), a, b))
    return out


def _model_shapes(original: str, masked: str, taken: list[bool]) -> list[NameSpan]:
    """Unknown models by shape alone: "Evo 2 40B" (a word, then a size), "CosyVoice 2" (a CamelCase name, then
    its version)."""
    out: list[NameSpan] = []
    for pat in (_WORD_SIZED, _CAMEL_VERSION):
        for m in pat.finditer(original):
            a, b = m.start(), m.end()
            word = (m.group(1) if pat is _WORD_SIZED else m.group(0).split()[0]).lower()
            # (not a misspelt family, "Lamma 3 70B", which the typo fixer reads; nor a method, "LoRA 1亿token")
            if any(taken[a:b]) or masked[a:b] != original[a:b].lower() or word in _NO_NAME \
                    or word in _SENTENCE_WORDS or word in ("lora", "qlora", "dora") \
                    or difflib.get_close_matches(word, _FAMILIES, n=1, cutoff=0.75) \
                    or (pat is _CAMEL_VERSION and _COUNT_OF_CARDS.match(original, b)):
                continue                 # (nor a provider before a count of cards: "RunPod 16 ta GPU H100")
            for k in range(a, b):
                taken[k] = True
            out.append(NameSpan("unknown_model", original[a:b].lower(), a, b))
    return out


def _plain_head(name: str) -> bool:
    """A name-like word whose letters are an ordinary word ("Phase-1", "Tier-3") or a colocation site's code
    ("NY4", "LD4"): no product."""
    head = re.match(r"[A-Za-z]+", name)
    return (head is not None and head.group(0).lower() in _PLAIN_CAPITALS) or _COLO_SITE.fullmatch(name) is not None \
        or _TRADE_ACRONYM.fullmatch(name.split()[-1].lower()) is not None   # ("B2B tenants", "Our D2C …")


# business shorthand written with a digit ("the F2P relaunch", "B2B tenants"): no product
_TRADE_ACRONYM = rx.compile(r"b2b2c|f2p|p2w|b2b|b2c|p2p|c2c|o2o|m2m|g2c|b2g|d2c")


# (the codes calc/noise blanks, written in capitals: "NY4", "FRA2")
_COLO_SITE = rx.compile(r"(?:" + (COLO_METROS + "|" + COLO_AIRPORTS).upper() + r")-?\d{1,2}|"
                        + PRICE_ZONES.upper())


_A_PLACE_BEFORE = rx.compile(r"(?:\bat|\bà|\bchez|\bfrom)\s+(?:the\s+|l['’])?$", re.IGNORECASE)
_A_PLACE_AFTER = rx.compile(r"\s*,?\s*(?:we|they|our|nous|on a)\b", re.IGNORECASE)
# a building or site named by a code, its noun after it ("T3机房", "B2栋", "DC2 hall", "Terminal-style T2
# building"): where the cards go, no product
_SITE_NOUN_AFTER = rx.compile(r"\s*(?:机房|航站楼|号楼|大楼|栋|园区|厂区|基地|数据中心|(?:data\s*)?(?:halls?|buildings?|"
                              r"terminals?|campus|facility|datacenter|data\s+center)(?![A-Za-z]))", re.IGNORECASE)


# a count of cards after a number ("16 ta GPU H100", "16 x H100", "16 GPUs")
_COUNT_OF_CARDS = rx.compile(r"\s*(?:ta\s+|x\s*|×\s*)?(?:gpus?|cards?|nodes?|servers?|(?:[abhl]|mi|rtx\s*)\d{1,4}[a-z]?)\b",
                             re.IGNORECASE)


def _a_place(original: str, name: str, a: int, b: int) -> bool:
    """"At UM6P we have 32 nodes of 8 H100", "À l'UM6P on a …": a name-like word said as where the speakers
    are, no product."""
    return _A_PLACE_AFTER.match(original, b) is not None and (
        re.match(r"(?:at|à|chez|from)\s", name, re.IGNORECASE) is not None
        or _A_PLACE_BEFORE.search(original[max(0, a - 10):a]) is not None)


def _place_label(original: str, name: str, a: int, b: int, taken: list[bool]) -> NameSpan:
    """The place's own word (not the "at" said with it) as a label, taken."""
    lead = re.match(r"(?:at|à|chez|from)\s+", name, re.IGNORECASE)
    a += lead.end() if lead else 0
    for k in range(a, b):
        taken[k] = True
    return NameSpan("label", original[a:b].lower(), a, b)


def _model_or_chip(original: str, a: int, b: int, model_said: bool) -> str:
    """The kind of an unknown product-like name at [a, b): a model's when `model_said` (a card named beside it,
    a size after it) or a model's word comes just before it, unless a chip's word follows it; else a chip's."""
    model = model_said or _MODEL_CONTEXT.search(original[max(0, a - 12):a].lower()) is not None \
        or _GPU_FOR_BEFORE.search(original[max(0, a - 48):a].lower()) is not None
    return "unknown_model" if model and not _CHIP_AFTER.match(original, b) else "unknown_acc"


def _capitalised_unknowns(original: str, masked: str, taken: list[bool], model_named: bool = False,
                          named: Sequence[NameSpan] = ()) -> list[NameSpan]:
    """Name-like words left over, read as unknown accelerators or models; `named`: the catalog's names found,
    whose cards tell a model run on them and a family beside its own cards."""
    out: list[NameSpan] = []
    acc_at = {sp.start for sp in named if sp.kind == "acc"}
    if len(original) != len(masked):
        return out                      # positions differ after normalization: skip the net
    named_acc = "#" in masked
    for m in _HYPHEN_SIZED.finditer(original):
        # "serve Prithvi-EO-2.0 600M": a hyphenated proper name with a model's size after it
        a, b = m.start(), m.end()
        if not any(taken[a:b]) and masked[a:b] == original[a:b].lower() \
                and (m.group(1) or m.group(2)).lower() not in _NO_NAME \
                and not re.search(r"-(?:optimal|style|class|sized?|scale|like|level|grade)\b", m.group(0), re.I):
            for k in range(a, b):
                taken[k] = True
            out.append(NameSpan("unknown_model", original[a:b].lower(), a, b))
    for m in _NAMEISH.finditer(original):
        # "Zorbulon-XL 一天500亿token用B200": a product-like name beside a named accelerator is
        # the model (else the accelerator)
        a, b = m.start(), m.end()
        if model_named and not _MODEL_CONTEXT.search(original[max(0, a - 12):a].lower()) \
                and not _COMPARED_NEAR.search(original[max(0, a - 30):b + 30]) \
                and not re.match(r"\s*(?:model|llm|模型|这个模型)", original[b:b + 10], re.I) \
                and not _CHIP_AFTER.match(original, b):
            # "from our Sentinel-2 AOIs … with Qwen2.5 72B": the model is named; a product-like word
            # beside it, not compared with it nor said to be a model, is something else (a satellite)
            if not any(taken[a:b]):
                for k in range(a, b):
                    taken[k] = True
                out.append(NameSpan("label", original[a:b].lower(), a, b))
            continue
        if _plain_head(m.group(0)):
            continue                    # ("Phase-1 AIDC budget", "Tier-3 hall": a stage of a build, no product)
        if _a_place(original, m.group(0), a, b):
            # ("At UM6P we have 32 nodes of 8 H100": where the cards are, no product; its digits no number)
            out.append(_place_label(original, m.group(0), a, b, taken))
            continue
        if not any(taken[a:b]) and masked[a:b] == original[a:b].lower():
            b, sized = _with_size(original, b, taken)
            for k in range(a, b):
                taken[k] = True
            out.append(NameSpan(_model_or_chip(original, a, b, named_acc or sized), original[a:b].lower(), a, b))
    for m in _LOWER_LED.finditer(original):
        # "the latency of pi0-FAST on one H100": a lower-case name with digits and a capitalised suffix
        a, b = m.start(), m.end()
        if not any(taken[a:b]) and masked[a:b] == original[a:b].lower():
            for k in range(a, b):
                taken[k] = True
            out.append(NameSpan(_model_or_chip(original, a, b, named_acc), original[a:b].lower(), a, b))
    for m in _NAMED_MODEL.finditer(original):
        a, b = m.start(), m.end()
        if not any(taken[a:b]) and masked[a:b] == original[a:b].lower():
            for k in range(a, b):
                taken[k] = True
            out.append(NameSpan("unknown_model", original[a:b].lower(), a, b))
    for m in _NAMED_MODEL_WORD.finditer(original):
        a, b = m.start(), m.end()
        if any(taken[a:b]) or masked[a:b] != original[a:b].lower() or m.group(0).lower() in _NOT_A_CHIP_NAME \
                or m.group(0).lower() in _NOT_A_MODEL_NAME or re.search(r"\d\s*$", original[max(0, a - 3):a]):
            continue                    # ("一个 2e25 FLOPs 的模型": a size, not a name)
        if re.fullmatch(r"[A-Z]{2,4}", m.group(0)) and _OWN_BEFORE.search(original[max(0, a - 8):a]):
            continue                    # ("上个版本的NPC模型", "我们的OCR模型": the job's acronym, describing it)
        for k in range(a, b):
            taken[k] = True
        out.append(NameSpan("unknown_model", original[a:b].lower(), a, b))
    for m in _QUOTED_LM.finditer(original):
        # "their in-house 'Guangming Power LLM' (~130B dense)": a quoted proper name ending in a model's word
        # (not "'logistics LLM'", "'biggest open model'": words, lower case)
        a, b = m.start(), m.end()
        if any(taken[a:b]) or masked[a:b] != original[a:b].lower():
            continue
        for k in range(a, b):
            taken[k] = True
        out.append(NameSpan("unknown_model", original[a:b].lower(), a, b))
    for m in _LM_NAMED.finditer(original):
        # "MindGPT", "BloombergGPT", "FinLLM": a proper name ending in the letters of a language model
        a, b = m.start(), m.end()
        if any(taken[a:b]) or masked[a:b] != original[a:b].lower() or m.group(0).lower() in _NOT_AN_LM:
            continue
        for k in range(a, b):
            taken[k] = True
        out.append(NameSpan("unknown_model", original[a:b].lower(), a, b))
    for m in _WORD_SIZED.finditer(original):
        # "Considering Galactica 120B as the base": a proper name with a model's size after it, not in the
        # catalog (catalog names are taken before): the model, unknown
        a, b = m.start(), m.end()
        word = m.group(1).lower()
        if any(taken[a:b]) or masked[a:b] != original[a:b].lower() or word in _NO_NAME or word in _SENTENCE_WORDS \
                or (" " in m.group(0).strip() and difflib.get_close_matches(word, _FAMILIES, n=1, cutoff=0.75)):
            continue                    # ("Lamma 3 70B": a misspelt family, which the typo fixer reads)
        if re.match(r"[- ]?param(?:eter)?s?\b(?:\s+(?:[a-z]+\s+)?(?:model|llm))?", original[b:b + 24], re.I):
            continue                    # ("an Indic 13B-param model": a kind of model and its size, no name)
        for k in range(a, b):
            taken[k] = True
        out.append(NameSpan("unknown_model", original[a:b].lower(), a, b))
    # "Fine-tuning pi0 (3.3B) on our teleop data": a name with digits, its model's size in brackets after it;
    # "serving Airavata to 2 lakh students", "deploy Zephyrine for our bank": a proper name served, no digits,
    # mid-sentence, the model (unknown to the catalog: never sized as the default model)
    for m in (*_SIZED_IN_BRACKETS.finditer(original), *_SERVED_NAME.finditer(original)):
        a, b = m.start(1), m.end(1)
        if any(taken[a:b]) or masked[a:b] != original[a:b].lower() or m.group(1).lower() in _NO_NAME:
            continue
        for k in range(a, b):
            taken[k] = True
        out.append(NameSpan("unknown_model", original[a:b].lower(), a, b))
    for m in _NAMED_CHIP.finditer(original):
        # "Ironwood TPU", "Maia accelerator": a product word named as a chip, not in the catalog
        a, b = m.start(), m.end()
        if any(taken[a:b]) or masked[a:b] != original[a:b].lower() or \
                (m.group(1) or m.group(2)).lower() in _NOT_A_CHIP_NAME:
            continue
        if _of_named_family(original[a:b], named):
            continue                    # ("18,000 Nvidia Blackwell chips … If those are B200s": the family)
        for k in range(a, b):
            taken[k] = True
        out.append(NameSpan("unknown_acc", original[a:b].lower(), a, b))
    for m in _CAPITALISED.finditer(original):
        a, b = m.start(), m.end()
        if any(taken[a:b]) or masked[a:b] != original[a:b].lower() or _NOT_A_CHIP.search(m.group(0)) \
                or _plain_head(m.group(0)):
            continue
        if _of_named_family(m.group(0), named):
            continue                    # ("18,000 Nvidia Blackwell chips … If those are B200s": the family)
        if re.fullmatch(r"(?:[A-Z][a-z]+\s+)?(?:TP|PP|EP|DP)\s*=?\s*\d{1,3}", m.group(0)):
            continue                    # ("With TP8 in fp8": a parallelism, no chip)
        if (a == 0 or original[a - 1] == "\n") and re.match(r"[.)：:]\s", original[b:b + 2]) and b - a <= 4:
            continue                    # ("S1. p95 time to first token ≤ 800 ms": a numbered line's label)
        if _LABEL_BEFORE.search(original[max(0, a - 16):a].lower()) or _GRANT_AFTER.match(original, b) \
                or _FUNDER_BEFORE.search(original, max(0, a - 12), a):
            continue                    # ("$2.4M from our S10 instrumentation grant": a funding programme)
        if named_acc and _PAPERWORK_AFTER.match(original, b):
            for k in range(a, b):
                taken[k] = True
            out.append(NameSpan("label", original[a:b].lower(), a, b))
            continue                    # ("BS 5975 guidance … renting H100s": a code of practice)
        if _a_place(original, m.group(0), a, b) or _SITE_NOUN_AFTER.match(original, b):
            out.append(_place_label(original, m.group(0), a, b, taken))
            continue
        if re.search(r"\s\d+$", m.group(0)) and _COUNT_OF_CARDS.match(original, b):
            continue                    # ("az RunPod 16 ta GPU H100 SXM": a provider, then a count of cards)
        b, sized = _with_size(original, b, taken)
        # ("Baichuan2-13B": a parameter count in the name is a model's; "CosyVoice 2": a versioned CamelCase name)
        # ("用GAIA-2做闭环仿真 … 需要几张B200": beside a known card, not compared with it, no model named,
        # the name is the model's)
        # ("anyone sized GR00T N1.5 on an RTX 4090": a name run on a catalogued card is a model)
        on = _ON_A_CARD_AFTER.match(original, b)
        on_card = on is not None and on.end() in acc_at
        kind = "unknown_model" if sized or on_card or _MODEL_CONTEXT.search(original[max(0, a - 12):a].lower()) \
            or re.search(r"[-_ ]\d+(?:\.\d+)?[BbMm]$", m.group(0)) \
            or _CAMEL_VERSION.fullmatch(m.group(0)) or (
                named_acc and not model_named and not _COMPARED_NEAR.search(original[max(0, a - 30):b + 30])
                and not _CHIP_AFTER.match(original, b)) else "unknown_acc"
        out.append(NameSpan(kind, original[a:b].lower(), a, b))
    return out


# a catalogued architecture's name and the catalog's cards of it: "Nvidia Blackwell" beside B200s is their family
_FAMILY_CARDS = {"blackwell": ("b200", "b300", "gb200", "gb300", "hgx_b200", "hgx_b300"),
                 "hopper": ("h100", "h200", "h800", "h20", "gh200", "hgx_h100", "hgx_h200")}
_FAMILY_WORD = rx.compile(r"(?:(?:nvidia|amd)\s+)?(blackwell|hopper)(?:\s+(?:ultra|gpus?|chips?))?")


def _of_named_family(word: str, spans: Sequence[NameSpan]) -> bool:
    """Whether a name is a catalogued architecture ("Blackwell", "Hopper") a card or server named beside it
    belongs to ("18,000 Nvidia Blackwell chips … If those are B200s")."""
    m = _FAMILY_WORD.fullmatch(word.strip().lower())
    return m is not None and any(sp.kind in ("acc", "server") and sp.key.startswith(_FAMILY_CARDS[m.group(1)])
                                 for sp in spans)
# the card a name is run on, right after it (a version of the name between): " N1.5 on an RTX 4090"
_ON_A_CARD_AFTER = rx.compile(r"(?:\s+[A-Za-z]{0,2}\d+(?:\.\d+)?)?\s+(?:on|onto)\s+"
                              r"(?:an?\s+|the\s+|our\s+|one\s+|a\s+single\s+|\d{1,3}\s*x?\s*)?")
_CHIP_MAKER = rx.compile(r"(?:ascend|atlas|kunlun|mlu|gaudi|tpu|instinct|mi\d|rtx|gtx|tesla|radeon|trainium|trn|"
                         r"inferentia|maia|mtia|昇腾|寒武纪|昆仑|海光|摩尔线程|壁仞|燧原|沐曦|天数智芯)")
# ("JT-135B在H20上做推理": the name run on a catalogued card, said in Chinese)
_ON_A_CARD_AFTER_ZH = rx.compile(r"\s*(?:在|跑在|部署在|部署到|放在|放到|装在)\s*(?:\d{1,3}\s*(?:张|块)\s*)?")
_BARE_DGX = rx.compile(r"(?<![a-z0-9])(?:dgx|hgx)(?:es|s)?(?![a-z0-9])(?!\s*[-_]?\s*(?:[a-z]{1,2}\d|spark|station))")


def find_names(t: str, cat: Catalog, original: str = "", pos: tuple[int, ...] = ()) -> list[NameSpan]:
    """Catalog names, longest alias first, then unknown name-like words in what is left.
    A catalog span must not touch ASCII letters or digits on either side; "h-200s" and
    "H 200" match H200 as "h200" does."""
    spaced = re.sub(r"[-_/]", " ", t)
    taken = [False] * len(t)
    spans: list[NameSpan] = []
    pattern, table = _alias_matcher(cat)
    for m in pattern.finditer(spaced):
        kind, key, split_at = table[m.group(1)]
        i, j = m.start(), m.end()
        if split_at and t[i + split_at] != "-":
            continue
        if m.group(1).isdigit() and _NAME_AFTER.match(spaced, j):
            continue                       # "on 4090 H100s": a count of the name after it
        variant = _VARIANT_AFTER.match(spaced, j) if kind == "model" and not re.search(
            r"\d", m.group(1)) else None
        if variant is None and kind == "model":
            # ("Qwen2.5-VL 72B", "Qwen2.5-Coder 32B": a vision or task model of the family, whatever its version)
            variant = _KIND_AFTER.match(spaced, j)
        if variant is not None:
            # "Mistral Large 2", "Qwen Max": another model of the family, not the catalog's
            j = variant.end()
            kind, key = "unknown_model", t[i:j].strip()
        elif kind == "model" and not re.search(r"\d\s?[bt](?![a-z])|\d+x\d", m.group(1)) and (
                size := _SIZE_AFTER.match(spaced, j)) is not None and key in cat.models:
            # "Qwen2.5 32B" where the catalog's "Qwen2.5" is the 72B: another model of the family,
            # unknown like "Yi-34B" (not the catalog's model with the size set aside)
            b = float(size.group(1))
            if not any(abs(b - x) <= 0.1 * x for x in (cat.models[key].params_b, cat.models[key].active_b)):
                j = size.end()
                kind, key = "unknown_model", t[i:j].strip()
        for k in range(i, j):
            taken[k] = True
        spans.append(NameSpan(kind, key, i, j))
    spans = [_extend_server(t, s) if s.kind == "server" else s for s in spans]
    spans = _same_variant(spaced, sorted(spans, key=lambda s: s.start))
    if any(s.key.startswith("tpu_") for s in spans):
        # "TPU v4 … 4096颗v4": once a TPU is named, a bare generation is that family's chip
        for m in _TPU_GENERATION.finditer(t):
            key = "tpu_" + m.group(1)
            if key in cat.accelerators and not any(taken[m.start():m.end()]):
                for k in range(m.start(), m.end()):
                    taken[k] = True
                spans.append(NameSpan("acc", key, m.start(), m.end()))
    # ("deepseek api is ¥2/M … is self hosting r1 on h800s cheaper?": once DeepSeek is named, its R1 or V3 alone
    # is that model)
    if any(s.kind == "model" and s.key == "deepseek_v3" for s in spans) and "deepseek_v3" in cat.models:
        for m in re.finditer(r"(?<![a-z0-9])(?:r1|v3)(?![a-z0-9])", t):
            if not any(taken[m.start():m.end()]):
                for k in range(m.start(), m.end()):
                    taken[k] = True
                spans.append(NameSpan("model", "deepseek_v3", m.start(), m.end()))
    # ("b300 vs b200 for r1 serving", "self-hosting r1 671b"): R1 alone, with no other model named, is DeepSeek's
    # when it is what is run or served
    elif "deepseek_v3" in cat.models and not any(s.kind in ("model", "unknown_model") for s in spans):
        for m in _BARE_R1.finditer(t):
            a, b = m.span(m.lastindex or 1)
            if not any(taken[a:b]):
                for k in range(a, b):
                    taken[k] = True
                spans.append(NameSpan("model", "deepseek_v3", a, b))
    # "is gaudi 3 cheaper than h100? gaudi at $1.50/hr, h100 at $2.40/hr": once one card of a family is
    # named, the family's word alone is that card
    named = {sp.key for sp in spans if sp.kind == "acc"}
    for key in named:
        fam = re.match(r"[a-z]{3,}", cat.accelerators[key].short.lower())
        if fam is None or sum(cat.accelerators[k].short.lower().startswith(fam.group(0)) for k in named) != 1:
            continue
        for m in re.finditer(rf"(?<![a-z0-9]){fam.group(0)}s?(?![a-z0-9])(?!\s*[-_]?v?\d)", t):
            if not any(taken[m.start():m.end()]):
                for k in range(m.start(), m.end()):
                    taken[k] = True
                spans.append(NameSpan("acc", key, m.start(), m.end()))
    # "a DGX with 8x B200 lists at $515,000": the DGX of the one card named, when the catalog has it
    cards = {sp.key for sp in spans if sp.kind == "acc"}
    boxes = [s for s in cat.servers.values() if s.gpu in cards and s.id.startswith("hgx_")]
    if len(cards) == 1 and len(boxes) == 1:
        for m in _BARE_DGX.finditer(t):
            if not any(taken[m.start():m.end()]):
                for k in range(m.start(), m.end()):
                    taken[k] = True
                spans.append(NameSpan("server", boxes[0].id, m.start(), m.end()))
    # "Intel Falcon Shores": a chip, not the Falcon model
    for sp in [sp for sp in spans if sp.kind == "model" and re.match(r"[- ]shores\b", t[sp.end:sp.end + 8])]:
        spans.remove(sp)
        for k in range(sp.start, sp.end):
            taken[k] = False
    # precisions ("bf16", "fp8") look like names but are not
    masked = t
    for sp in spans:
        masked = masked[:sp.start] + "#" * (sp.end - sp.start) + masked[sp.end:]
    masked = PRECISION.sub(lambda m: "~" * len(m.group(0)), masked)
    for m in _RAND_AMOUNT.finditer(t):
        # ("R500m (~US$27M)", "R55/GPU-hr" in a South African question): an amount in rand, no product
        if not any(taken[m.start():m.end()]) and (
                _RAND_SAID.search(t) or re.search(r"(?:us\$|\$|usd)", t[max(0, m.start() - 25):m.end() + 25])):
            for k in range(m.start(), m.end()):
                taken[k] = True
    for kind, pat in (("unknown_model", _UNKNOWN_MODEL), ("unknown_acc", _UNKNOWN_ACC)):
        for m in pat.finditer(masked):
            a, b = m.start(), m.end()
            if any(taken[a:b]) or b - a < 2 or _LABEL_BEFORE.search(t[max(0, a - 16):a]) \
                    or _GRANT_AFTER.match(t, b) or _FUNDER_BEFORE.search(t[max(0, a - 12):a].upper()) or (
                        # ("At UM6P we have 32 nodes of 8 H100": a place, where the cards are)
                        _A_PLACE_BEFORE.search(t[max(0, a - 10):a]) and _A_PLACE_AFTER.match(t, b)):
                continue
            if kind == "unknown_acc" and _PAPERWORK_AFTER.match(t, b) and "#" in masked:
                # ("scaffold specs and TG20 stuff … renting H100s": a code of practice, its digits no number)
                for k in range(a, b):
                    taken[k] = True
                spans.append(NameSpan("label", t[a:b].strip(), a, b))
                continue
            if kind == "unknown_acc" and _of_named_family(m.group(0), spans):
                continue                 # ("18,000 Nvidia Blackwell chips … If those are B200s": the family)
            family = _CN_FAMILY.get(m.group(0).strip())
            if family and any(sp.kind in ("model", "unknown_model") and sp.key.lower().startswith(family)
                              and 0 <= sp.start - b <= 2 for sp in spans):
                continue                 # "千问Qwen2.5 72B": the family's Chinese name before its model
            for k in range(a, b):
                taken[k] = True
            masked = masked[:a] + "§" * (b - a) + masked[b:]
            on = _ON_A_CARD_AFTER.match(t, b)
            # (not an MoE's active parameters written as a name: "300B-A47B 在 A100 上")
            if on is None and not re.fullmatch(r"a\d+(?:\.\d+)?b", m.group(0).strip()) \
                    and (zh := _ON_A_CARD_AFTER_ZH.match(t, b)) is not None and any(
                    sp.kind == "acc" and sp.start == zh.end() and t[sp.end:sp.end + 3].lstrip().startswith("上")
                    for sp in spans):
                on = zh                  # ("JT-135B在H20上做推理": run on the card, 上 after it)
            if kind == "unknown_acc" and ((_MODEL_CONTEXT.search(t[max(0, a - 12):a]) and _POLICY_AFTER.match(t, b))
                                          or _SIZED_AS_MODEL.match(t, b) or _DEPLOYED_TO_CLOUD.match(t, b)
                                          # ("九天大模型JT-135B在H20上": a parameter count ends the name)
                                          # (not a chip maker's own: "Ascend 910B", "Ascend-910B")
                                          or (re.search(r"[-_]\d+(?:\.\d+)?b$", m.group(0)) is not None
                                              and not _CHIP_MAKER.match(m.group(0)))
                                          # ("sized GR00T N1.5 on an RTX 4090": a name run on a known card)
                                          or (on is not None and any(sp.kind == "acc" and sp.start == on.end()
                                                                     for sp in spans))):
                # "serving GR00T N1.5 as the cloud policy": a model served; "训练一个GR00T N1同等规模的模型": a
                # model's size named by it
                kind_here = "unknown_model"
            else:
                kind_here = kind
            spans.append(NameSpan(kind_here, t[a:b].strip(), a, b))
    # (rewritten when its length changed, or when its letters moved though the length came out the same:
    # "Quantas … a 300 mil" read "how many … at 300 thousand")
    if original and len(pos) == len(t) and (len(original) != len(t) or any(p != i for i, p in enumerate(pos))):
        # ("CosyVoice 2 部署在 L40S 上，每天合成10万小时": "10万" written out changed the length): the original's
        # letters, case kept, laid over the normalized text where they are the same character, for the two
        # shapes that are a model's whatever else is said (a size after a word, a versioned CamelCase name)
        aligned = "".join(original[p] if 0 <= p < len(original) and original[p].lower() == c else c
                          for c, p in zip(t, pos, strict=True))
    else:
        aligned = ""
    # ("servir o Sabiá-3 pra 1 mi de usuários": "1 mi" read as a million changed the length: the aligned letters,
    # a name kept only where the original wrote it so, unrewritten: not "TP=8" read as "tp8")
    model_named = any(sp.kind == "model" for sp in spans)
    unknowns = _capitalised_unknowns(aligned or original, masked, taken, model_named, spans) if original else []
    spans.extend(u for u in unknowns
                 if not aligned or original[pos[u.start]:pos[u.end - 1] + 1] == aligned[u.start:u.end])
    for m in _CAPS_SIZED.finditer(aligned or (original if len(original) == len(t) else "")):
        # "insists on CSMPT 7B for document classification": an acronym named with a size, the model unknown
        # (calc/parse reads the size after it as the model's: "TAIDE 7B" is answered by its 7B, the name named)
        a, b = m.start(1), m.end(1)
        if any(taken[a:b]) or m.group(1).lower() in _NO_NAME:
            continue
        for k in range(a, b):
            taken[k] = True
        spans.append(NameSpan("unknown_model", t[a:b], a, b))
    # names by their shape and what is said around them: "LLM-jp-3 172Bと同じ…" (a hyphenated name with a version,
    # then a model's size), "车端Thor-U跑" (a car's chip), "NTTのtsuzumiを" (a maker's own model), on the text with
    # its letters as written where case tells
    written = aligned or (original if len(original) == len(t) else "")
    for kind, pat, text in (("unknown_model", _NAME_SIZED, masked), ("unknown_acc", _EDGE_CHIP, written),
                            ("unknown_model", _MAKERS_OWN, written)):
        for m in pat.finditer(text):
            a, b = m.span(1) if m.group(1) else m.span(2)
            word = t[a:b]
            if any(taken[a:b]) or word in _NO_NAME or word in _JARGON or PRECISION.fullmatch(word) or (
                    # (a word the question's Korean or Japanese was read as: "API의 평균" is "api의 about")
                    pat is _MAKERS_OWN and original and word.lower() not in original.lower()):
                continue
            for k in range(a, b):
                taken[k] = True
            spans.append(NameSpan(kind, word, a, b))
    for m in _SIZED_WORD.finditer(masked):
        # "mixtrl 8x7b", "lama 70b": a misspelt family before a model's size is a model, not nothing (the
        # question was answered for the default model)
        word = m.group(1)
        a, b = m.start(), m.end()
        if any(taken[a:b]) or word in _NOT_FAMILY:
            continue
        close = difflib.get_close_matches(word, _FAMILIES, n=1, cutoff=0.75)
        if not ("x" in m.group(2) or close):
            continue
        for k in range(a, b):
            taken[k] = True
        fixed = _respelt(spaced[a:b], word, close, pattern, table)
        spans.append(NameSpan("model", fixed, a, b) if fixed else NameSpan("unknown_model", t[a:b].strip(), a, b))
    if not any(s.key.startswith("tpu_") for s in spans):
        for m in re.finditer(r"(?<![a-z0-9])tpus?(?![a-z0-9])", t):
            # "how many Google TPUs": a family, not a chip; asked which one rather than sized as a GPU
            if not any(taken[m.start():m.end()]):
                for k in range(m.start(), m.end()):
                    taken[k] = True
                spans.append(NameSpan("unknown_acc", "tpu", m.start(), m.end()))
                break
    for m in _KEYED_NAME.finditer(t):
        # "模型=文心大模型4.0", "gpu: Ascend 910B": a name given for the key, not in the catalog
        a, b = m.start(2), m.start(2) + len(m.group(2).rstrip())
        if b - a >= 2 and not any(taken[a:b]) and not any(s.start < b and a < s.end for s in spans):
            kind = "unknown_model" if m.group(1) in ("model", "模型", "llm", "大模型") else "unknown_acc"
            for k in range(a, b):
                taken[k] = True
            spans.append(NameSpan(kind, t[a:b], a, b))
    if aligned:
        spans.extend(_model_shapes(aligned, masked, taken))   # (after the typo fixer: "Lamma 3 70B" is Llama)
    if aligned or (original and len(original) == len(t)):
        spans.extend(_lower_served(aligned or original, masked, taken))
    if aligned or original:
        spans.extend(_camel_used(aligned or original, masked, taken))
    for m in _LOWER_SIZED_USED.finditer(aligned or original or ""):
        # ("We plan to use NTT tsuzumi 7B": a lower-case name used, with a model's size after it)
        a, b = m.start(1), m.end(1)
        if any(taken[a:b]) or m.group(1).lower() in _NOT_A_LOWER_NAME or masked[a:b] != (aligned or original)[a:b].lower():
            continue
        for k in range(a, b):
            taken[k] = True
        spans.append(NameSpan("unknown_model", t[a:b], a, b))
    if original and len(pos) == len(t) and not original.isascii():
        for m in _LOWER_SIZED_PARTICLE.finditer(original):
            at = [k for k, p in enumerate(pos) if m.start(1) <= p < m.end(1)]
            if not at or m.group(1).lower() in _NOT_A_LOWER_NAME or m.group(1).lower() in _NO_NAME:
                continue
            a, b = at[0], at[-1] + 1
            if any(taken[a:b]) or t[a:b] != m.group(1).lower():
                continue
            for k in range(a, b):
                taken[k] = True
            spans.append(NameSpan("unknown_model", t[a:b], a, b))
    # ("Dell quote for XE9680 with 8 GPUs per node", "Supermicro SYS-821GE"): a server maker's product, its cards
    # said apart, is a server of those cards (named, not a model or an accelerator unknown)
    # ("4 XE9680 servers w/ 8 H200 per box": a product named as the servers, the cards in them named apart)
    # (not "Cerebras CS-3 boxes instead … cheaper than H100s?": a product compared with the cards)
    spans = [NameSpan("label", s.key, s.start, s.end)
             if s.kind in ("unknown_model", "unknown_acc") and not _SIZE_IN.search(s.key) and (
                 # (not "Dell's pitching RTX 6000 Ada workstations": a card's family named, a card)
                 (_SERVER_MAKER.search(t[max(0, s.start - 20):s.start])
                  and not re.match(r"(?:rtx|gtx|radeon|instinct|gaudi)\b", s.key))
                 # ("£46,500 per server for an R760xa with 4 L40S": a box said to hold a count of known cards)
                 or ((held := _HOLDS_CARDS_AFTER.match(t, s.end)) is not None
                     and any(c.kind == "acc" and c.start == held.end() for c in spans))
                 or (_SERVER_NOUN_AFTER.match(t, s.end)
                     and any(c.kind == "acc" and 0 <= c.start - s.end <= 40 for c in spans)
                     and not _COMPARED_NEAR.search(t[s.start:s.end + 60])
                     and not re.search(r"\breplac|\binstead\b|\bthan\b|替代|代替|取代", t[max(0, s.start - 30):s.end + 60])))
             else s for s in spans]
    # (a pair of languages is no model's name: "a 3B Swahili-English model", "an English-Hindi model")
    spans = [s for s in spans if not (s.kind == "unknown_model" and _LANGUAGE_PAIR.fullmatch(s.key.strip()))]
    # ("Tokenizer Llama jelek buat Bahasa … Llama 3.1 8B di A100": a family's word alone, beside the one model of
    # that family named, is that model, not an unknown one)
    kin: dict[str, set[str]] = {}
    for s in spans:
        if s.kind == "model" and s.key in cat.models:
            kin.setdefault(re.sub(r"[^a-z].*", "", cat.models[s.key].short.lower()), set()).add(s.key)
    spans = [NameSpan("model", next(iter(kin[s.key.strip()])), s.start, s.end)
             if s.kind == "unknown_model" and len(kin.get(s.key.strip(), ())) == 1 else s for s in spans]
    # ("Sarvam-1 serving 10 lakh DAU": an unknown name's version, glued on with a hyphen, is the name's, never a
    # number of its own: it had been read as a size of -1)
    spans = [NameSpan(s.kind, t[s.start:v.end()], s.start, v.end())
             if s.kind in ("unknown_model", "unknown_acc") and (v := _VERSION_AFTER.match(t, s.end)) is not None
             and not any(x.start < v.end() and x.end > s.end for x in spans) else s for s in spans]
    spans.sort(key=lambda s: s.start)
    return spans


# a box said to hold a count of cards right after its name: " with 4 ", " w/ 8x "
_HOLDS_CARDS_AFTER = rx.compile(r"\s+(?:with|w/|w|holding|housing|carrying)\s+\d{1,2}\s*(?:x\s*|×\s*)?")


# a version number glued to a name with a hyphen, nothing counted after it ("sarvam-1 serving", "ernie-4.5")
_VERSION_AFTER = rx.compile(r"-\d{1,2}(?:\.\d{1,2})?(?![\d.,]|\s*(?:%|x\b|k\b|m\b|bn?\b|gb|tb|w\b|kw|mw|tokens?|"
                            r"gpus?|cards?|h\b|hours?|days?|months?|years?|users?))")


def _respelt(written: str, word: str, close: list[str], pattern: re.Pattern[str],
             table: dict[str, tuple[str, str, int]]) -> str:
    """The catalog model a misspelt family (`word`, nearest family `close`) names when its version
    and size are the catalog's to the letter ("lamma3 70b" is Llama 3 70B, "mixtrel 8x7b" Mixtral
    8x7B), else "" (asked with a did-you-mean: "qwen3 32b" is not Qwen2.5 32B). Only the family's
    letters may differ."""
    if not close or close[0][0] != word[:1].lower():
        return ""                   # ("Vistral-7B-Chat": another model's name, not Mistral's misspelt)
    candidate = close[0] + written.strip()[len(word):]
    m = pattern.fullmatch(candidate)
    if m is None or table[m.group(1)][0] != "model" or not re.search(r"\d", m.group(1)):
        return ""
    return table[m.group(1)][1]


_SIZED_WORD = rx.compile(r"(?<![a-z0-9#@&§])([a-z]{4,})(?:[- ]?\d(?:\.\d)?(?=[- ]\d))?[- ]?(\d+x\d+b|\d+(?:\.\d+)?b|"
                         # "deepsek v3", "mixtrall r1": a misspelt family before its version
                         r"v\d(?:\.\d)?|r1)(?![a-z0-9])")
_FAMILIES = [w for w in re.split(r"\|", _MODEL_FAMILY) if w.isalpha() and len(w) >= 4]
_NOT_FAMILY = {"with", "from", "have", "dense", "model", "params", "total", "active", "serve", "train", "than",
               "about", "like", "only", "same", "each", "over", "into", "using", "runs", "size", "sized", "plus",
               "kami", "kita"}               # (Indonesian "we": "Volume kami 5B input tokens", not Kimi)


# (or its memory: "A100 40GB … 按H100比A100快3倍")
_FORM_FACTOR = rx.compile(r"\b(?:pcie|sxm\d?|nvl|\d{2,3}\s?gb?)\b")


def _same_variant(spaced: str, spans: list[NameSpan]) -> list[NameSpan]:
    """"a100 80gb pcie vs h100 sxm … a100 $1.1/h": a bare name after the same card named with its
    form factor is that card again, not the catalog's default variant."""
    out: list[NameSpan] = []
    for sp in spans:
        # ("… on A100 40GB. How many A100s …": the plural of the same card)
        words = re.sub(r"(?<=\d)'?s$", "", spaced[sp.start:sp.end].lower().strip())
        full = next((e for e in reversed(out) if e.kind == "acc" and e.key != sp.key and sp.kind == "acc"
                     and (longer := spaced[e.start:e.end].lower().strip()).startswith(words + " ")
                     and _FORM_FACTOR.search(longer[len(words):])), None)
        out.append(NameSpan(sp.kind, full.key, sp.start, sp.end) if full is not None else sp)
    return out


# Chinese brand names of catalog families, said before the model's own name
_CN_FAMILY = {"千问": "qwen", "通义千问": "qwen", "通义": "qwen", "深度求索": "deepseek", "羊驼": "llama"}
_NAME_AFTER = rx.compile(r"\s*(?:x\s*)?(?:nvidia |amd |intel |google )?(?:[abhlv]\d{2,3}|gb\d{3}|mi\d{3}|"
                         r"tpu|gaudi|rtx|dgx|hgx)", re.IGNORECASE)
_TPU_GENERATION = rx.compile(r"(?<![a-z0-9])(v[4-7][ep]?)(?![a-z0-9])")
_KEYED_NAME = rx.compile(r"(?:^|(?<=[,;，；(（\n])|(?<=[,;，；(（\n] ))"
                         r"(model|模型|llm|大模型|gpu|accelerator|card|chip|加速卡|芯片|卡)"
                         r"\s*[=:：]\s*(?![\d.])(?!how|what|which|多少|几)([^,，;；。\n()（）=?？]{2,40})")
_SERVER_PREFIX = rx.compile(r"(?:dgx|hgx|nvidia|supermicro|dell|hpe|英伟达)[\s-]*$")


def _extend_server(t: str, s: NameSpan) -> NameSpan:
    """'DGX H100 servers' where the alias 'h100 servers' matched: the span takes the prefix."""
    m = _SERVER_PREFIX.search(t[max(0, s.start - 12):s.start])
    return NameSpan(s.kind, s.key, s.start - len(m.group(0)), s.end) if m else s


def mask(t: str, spans: list[NameSpan]) -> str:
    # a user's own "&" ("1k input & 400 output tokens") must not read as a masked server name
    chars = list(t.replace("&", ",")) if "&" in t else list(t)
    for s in spans:
        # ("4 XE9680 servers": a server product's name between the count and its noun, read as "4 servers")
        ch = " " if s.kind == "label" and _SERVER_NOUN_AFTER.match(t, s.end) else MASK[s.kind]
        for k in range(s.start, s.end):
            chars[k] = ch
    return "".join(chars)


def unknown_error(span: NameSpan, written: str, cat: Catalog) -> CalcError:
    """An unknown name as an error with the nearest catalog entries as suggestions."""
    return cat.unknown("model" if span.kind == "unknown_model" else "acc", written)
