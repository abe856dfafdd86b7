"""Names, and the options they make: catalog and unknown names read from the question;
two accelerators, models or precisions as a comparison, several "N x card" groups as a fleet
mix; and the readings that bind numbers to each option (a run moved to another card, a
speed-up, each option's own count, rent or precision). Part of calc.parse.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType

from calc import readings, registry, rx, units
from calc.catalog import Catalog
from calc.intent import (
    CLAIM,
    PERIOD_SAID,
    TRAIN_SAID,
)
from calc.names import NameSpan
from calc.stated import LOADS, MFU_CHANGES, Reading, Stated, Value
from calc.vocabulary import (
    CLAUSE,
    KW,
    NAME_PARAMS,
    NO_RATE_PRECISIONS,
    PRECISION,
    PRECISION_WORDS,
    PRECISION_ZH,
    WOULD_IT_TAKE,
)


def read_names(r: Reading, cat: Catalog) -> list[tuple[str, str, int]]:
    """Catalog names and precisions as stated spans; returns (param, key, position) of each
    so that comparisons and fleet mixes can be built."""
    found: list[tuple[str, str, int]] = []
    models = [s for s in r.names if s.kind == "model"]
    like = [s for s in models if _LIKE_AFTER.match(r.t, s.end) or _LIKE_BEFORE.search(r.t, 0, s.start)]
    for s in r.names:
        if s.kind.startswith("unknown") or s.kind == "label":
            continue
        if any(s is x for x in like) and len(like) < len(models):
            # "an internal ChatGPT-like assistant on Llama 3.3 70B", "社内ChatGPT的なサービス…Llama 3.3
            # 70Bで": what the service is like, beside the model it runs
            r.add("model", s.key, s.start, s.end, note="descriptor")
            continue
        param = {"acc": "accelerator", "model": "model", "server": "server"}[s.kind]
        found.append((param, s.key, s.start))
        r.add(param, s.key, s.start, s.end, note="option" if param in r.params
              and r.params[param] != s.key else "")
        if param == "server":
            gpu = cat.servers[s.key].gpu
            if "accelerator" not in r.params:
                r.params["accelerator"] = gpu
        mem = _NAME_MEMORY.search(r.t, s.start, s.end)
        if param == "accelerator" and mem is not None:
            # "RTX 4090 24GB", "MI325X 256GB": the memory named with the card is stated too (read
            # with the accelerator it picks out)
            r.stated.append(Stated(r.norm.quote(mem.start(), mem.end()), "hbm_gb_per_gpu",
                                   float(mem.group(1)), "name_part", mem.start(), mem.end()))
    for m in PRECISION.finditer(r.t):
        p = re.sub(r"[- ]|(?<=bit)s$", "", m.group(1))
        p = PRECISION_WORDS.get(re.sub(r"^(q[48])_.*$", r"\1", p), p)
        if p in NO_RATE_PRECISIONS:
            r.add("precision", p, m.start(1), m.end(1), note="no_rate")
            continue
        found.append(("precision", p, m.start()))
        r.add("precision", p, m.start(1), m.end(1), note="option" if "precision" in r.params
              and r.params["precision"] != p else "")
    if "precision" not in r.params:
        for word, p in PRECISION_ZH.items():
            i = r.t.find(word)
            if i >= 0 and p in NO_RATE_PRECISIONS:
                r.add("precision", p, i, i + len(word), note="no_rate")
            elif i >= 0:
                found.append(("precision", p, i))
                r.add("precision", p, i, i + len(word))
    return found


# ("on 8 H100s it would be a day and a half. Is that roughly right?": a time said of the run redone, checked)
_TIME_CONFIRMED = rx.compile(WOULD_IT_TAKE + r"|\b(?:it|that|this) (?:would|will) (?:be|take|"
                                             r"need)\s+[^.?!]{0,16}?"
                                            r"\b(?:days?|weeks?|hours?|months?)\b")
REDO = rx.compile(r"\bre-?do(?:ne)?\b|\bredid\b|\bre-?run\b|\bagain\b|\bswitch(?:ed|ing)? to\b|"
                   r"\bport(?:ed|ing)? to\b|"
                   # ("is being moved to 256 MI300X")
                   r"\bmov(?:e|es|ed|ing) to\b|"
                   # ("The new SOW moves it to 128 H100 SXM": the job moved to the new fleet)
                   r"\bmov(?:e|es|ed|ing)\s+(?:it|this|that|the\s+(?:job|run|workload|training|model))\s+"
                   r"(?:over\s+)?to\b|"
                   r"\bmov(?:e|ed|ing)\s+(?:the\s+|our\s+|this\s+|that\s+)?(?:run|job|it)\s+from\b|"
                   r"\b(?:next|new|this) (?:run|time)\b|"
                   # "took 18,000 GPU-hours on A100. Same recipe on B200": the run redone
                   r"\bsame (?:recipe|run|job|training(?: run)?|workload|data (?:and|&) model)\s+on\b|"
                   # "used 1.08M gpu hours on a100 40gb. what would that run cost on h100"
                   r"\bwould (?:that|the|this|it|the same)(?: run| job| training)? (?:cost|take|need)\b"
                   r"[^.?!]{0,24}\bon\b|"
                   # "355 GPU-years on a V100. if we did it on A100s, say 1,024 of them"
                   r"\bif (?:we|i|you|they) (?:did|do|ran|run|trained|train) "
                   r"(?:it|this|that|the same(?: run| job)?) on\b|"
                   r"\bmigrat|\binstead\b|\breplac|\bupgrad|换成|改用|换到|迁移|如果用|若用|改成|换用|升级|"
                   r"(?:现在|这次|如今|今年|改)\s*换|换(?=\s*[\d一二两三四五六七八九十])|"
                   r"\bsame (?:job|run|training|workload)\b|同样的?(?:任务|数据|训练)|"
                   # "原本 4096 张 H100 … 换 B200 2048 张", "Previous run used … now on H200 with 2048 GPUs"
                   r"换\s*(?:#|[a-z](?=[a-z]*\d))|\bnow (?:on|with|using)\b|"
                   r"\b(?:previous|last|earlier) (?:run|job|training)\b|"
                   r"\bthis (?:year|time)\b|\bnew cluster\b|这次|今年|"
                   # "trained on 1024 A100s for 30 days; now we have 2048 H100s", "… how long on 2048 H100s"
                   r"\bnow\b|现在|如今|目前|\bhow (?:long|many days)\b|"
                   r"要(?:跑|训练?|用)?\s*(?:多久|几天|多少天)|"
                   # "took 420 GPU-years on A100 … how many GPU-years would that be on H200?"
                   r"\bwould (?:that|it|this) (?:be|take)\b[^.?;]{0,24}?\bon\b|"
                   # ("took 30 days on 512 A100s. On 512 H100s would it really finish in 10 days?")
                   r"\bon [^.?;]{0,24}\b" + WOULD_IT_TAKE + "|"
                   r"换到\s*#[^,，。]{0,6}(?:上)?(?:要|是)")
# "how long?", "ETA?", "要几天": a run's duration asked
# ("took 9 days on 16 v100s. on 16 h100s?": the same run asked of the other fleet, said bare)
HOW_LONG_ASKED = rx.compile(r"how long|how many days|how much (?:days|time)|\beta\b|\bwall[- ]?clock\b|多久|"
                            # ("they want to know days on 8 H100 SXM now", "; days on 8 H100 SXM?")
                            r"\b(?:know|estimate|expect)\s+(?:the\s+)?(?:days|time)\s+on\b|"
                            r"[;.]\s*days\s+on\b|"
                            # ("Follow-on effort on 32 A100 80GB … -- days?": the time asked in a word)
                            r"(?:-{1,2}|[—–:;,.])\s*days\s*\?|"
                            r"几天|多少天|多长时间|"
                             # ("what is the revised duration estimate?")
                             r"\b(?:what(?:'s| is| would be| will be)|estimate) (?:the |our |its )?"
                             r"(?:revised |new |expected |estimated |likely )?"
                             r"(?:duration|run ?time|training time|time to (?:train|finish))\b|"
                             r"(?:估算|测算|计算|算一?下|预计|估计)\s*(?:一下)?\s*(?:的)?\s*(?:所需|需要)?(?:的)?(?:训练)?(?:时长|时间|周期|工期|天数)|"
                             r"(?:^|[.;!?]\s*|\band\s+|what about\s+|how about\s+)on\s+[\d,.]+k?\s*"
                             r"[a-z][a-z0-9 -]{1,20}\?")
_A_TIME = rx.compile(r"[天日月周年]|\b(?:days?|weeks?|months?|years?|hours?|hrs?)\b")
# "how many days on each", "各要多少天", "on both": the run asked of each card
_ON_EACH = rx.compile(r"\bon (?:each|both)\b|\bfor (?:each|both)\b|\beach (?:card|gpu|chip|one)\b|"
                      r"各(?:要|需要|自)?|分别|两种卡|两款卡")
# "干同样的活", "the same job": the earlier run's work, done again
_SAME_WORK = rx.compile(r"(?:干|做|跑)\s*同样的\s*(?:活|工作|任务|训练)|同样的活|"
                        r"\b(?:the )?same (?:job|work|run|training|fine-?tune)\b")
_CARDS_ASKED = rx.compile(r"(?:要|需要)?(?:多少|几)\s*(?:张|块|台)|\bhow many\b")
# ("… grows 100x within five years. In B200s, how many?": the card the count is asked in, a sentence's start)
_IN_CARDS = r"(?:^|[.;!?]\s*)in\s*$"
_ASKS_FOR = rx.compile(r"(?:(?:how many|number of|多少|几)\s*(?:张|块|颗|台|个)?\s*(?:of (?:the )?)?|"
                       r"(?:换|改|转)(?:成|到|用)?\s*)$|" + _IN_CARDS)
_ASKED_AFTER = rx.compile(r"\s*s?\s*(?:的话)?\s*(?:需要|要|得|能|can|do|would|will|should)?\s*"
                          r"(?:we |i |you )?"
                          r"(?:need|要|require)?\s*(?:多少|几)\s*(?:张|块|颗|台|个)?")


# ("v100 fleet 3000 cards", "A100 cluster of 512": the fleet's word between the card and its count)
# ("256 GPUs (A100 80GB)": the card in brackets after its count)
# ("128 cards of the V100 variety": "of the" between)
_COUNT_JOIN = rx.compile(r"\s*(?:s|x|×|of(?:\s+the)?|张|块|颗|有|共|一共|总共|共有|:|=)?\s*"
                         r"(?:(?:fleet|cluster|pool|集群)\s*(?:of|is|has|with|有|:|=)?\s*)?[(（]?\s*")


_ASKS_COUNT = rx.compile(r"(?:how many|(?<!same )number of|多少|几)\s*(?:张|块|颗|台|个)?\s*"
                         r"(?:of (?:the )?)?$|" + _IN_CARDS)


def _asks_other(r: Reading, accs: list[tuple[str, int]], c: Stated, *, count: bool = False) -> str | None:
    """"We have 40k H100s: how many B300?": the count names one accelerator and the
    question asks for a number of the other (returned), which is a match of the two. With
    `count`, only a question that asks how many of it ("换成H200需要多少张", not "换成H20呢")."""
    counted = set(_count_joins(r, c, accs))
    for k, pos in accs:
        if k in counted:
            continue
        end = pos
        while end < len(r.masked) and r.masked[end] == "#":
            end += 1
        if (_ASKS_COUNT if count else _ASKS_FOR).search(r.masked[max(0, pos - 16):pos]) or \
                _ASKED_AFTER.match(r.masked, end):
            return k if len(counted) == 1 else None
    return None


# "达到同样训练时长需要多少张", "how many for the same training time": cards matched, not days
_SAME_TIME = rx.compile(r"same (?:training |wall[- ]clock |run )?(?:time|duration)|as fast\b|"
                        r"(?:同样|相同|一样)(?:的)?(?:训练)?(?:时长|时间|天数|工期)|(?:工期|时间|天数)不变")


# "~25k A100s for ~90 days. What would that take on H100 today?": the same run on the other card
_REDO_ON = rx.compile(r"what would (?:that|it|this|the same(?: run)?) take on|"
                      r"how long (?:would (?:that|it) take )?on\b|"
                      # "… took 20 days on 512 A100s. On H100, how long?"
                      r"(?:^|[.;!?]\s*)(?:and |what about |how about )?on\s+[a-z][a-z0-9 -]{1,20}?\s*,?\s*"
                      r"how long\b|"
                      r"(?:如果|要是)?(?:换成|换到|改用|改成)[^,，。？?]{0,12}(?:要|需要)?(?:多久|几天|多少天|多长时间)")
# the card a run moves to, named right after the move ("换到 H100", "switch to h100s", "moving to B200")
MOVED_TO = rx.compile(r"(?:换到|换成|改用|迁到|迁移到|切到|更换为|更换成|替换为|替换成|升级为|升级到|改为|"
                      r"换为|"
                      r"\bswitch(?:ed|ing)? to|"
                      # ("if we move it to the new L40S box": the job moved, the card moved to)
                      r"\bmov(?:e|ed|ing)(?:\s+(?:it|them|this|that|the\s+(?:job|run|training)))?\s+to|"
                       r"\bswap(?:s|ped|ping)?(?: over)? to|\bupgrad(?:e|ed|ing) to|"
                       r"\bmigrat(?:e|ed|ing) to|\bport(?:ed|ing)? to|(?<![交转替])换(?:用|上)?)"
                       # ("Porting to 1,024 H100 SXM": the count of the cards moved to before them)
                       # ("If we move to a 16-GPU H100 SXM configuration": the count said as the box's size)
                       r"\s*(?:the\s+|an?\s+)?(?:new\s+|newer\s+)?"
                       r"(?:[\d,]+\s*(?:x\s*|[- ]?(?:gpus?|cards?)\s+)?)?#")
# ("If we rented an H100 SXM instead": the card a run would use in place of the one it took)
_INSTEAD = rx.compile(r"#[^.?!,;]{0,16}?\binstead\b|\binstead\s+of\s+(?:the\s+|an?\s+|our\s+)?#")
# "从 A100 换到 H100", "moving from A100 to H100": the card left, then the one moved to
_MOVED_FROM_TO = rx.compile(r"(?:从|\bfrom)\s*#[^，,。;；?？]{0,12}?"
                            r"(?:换到|换成|迁到|迁移到|切到|升级到|到|\bto)\s*(?:the\s+)?#")
_HOW_MANY_AFTER_MOVE = rx.compile(r"how many (?:fewer|more|less|extra|do we need|would we need|will we need|"
                                  r"gpus|cards|new ones|new)|same (?:horsepower|muscle|power|oomph)|"
                                  r"(?:要|需要|得)(?:多少|几)张|(?:少|多)(?:多少|几)张|能省(?:多少|几)张")
# ("Now with H100, same quantity, and …": the word alone in its clause)
SAME_COUNT = rx.compile(r"same (?:number|count|amount|quantity) of|same (?:gpu |card |chip )?count|"
                         r"same (?:number|quantity)\s*[,;)]|"
                         r"same\s*#\s*of|"
                         r"as many\b|same[- ]sized?|"
                         # "同樣 8 張卡，之前用 V100 訓了 18 天", "same job on h100s, also 8 cards"
                         r"同样\s*[\d一二两三四五六七八九十]+\s*(?:张|块|台)|\b(?:also|again|same)\s+[\d,]+\s*"
                         r"(?:cards?|gpus?|chips?|#+s?)(?![a-z])|"
                         r"(?:同样|同等)(?:的)?(?:卡数|张数|台数|数量|多的|规模)|相同(?:的)?(?:卡数|张数|"
                         r"台数|数量|规模)|一样多的|等量的?|(?:卡数|张数|台数|数量|规模)(?:保持)?(?:不变|"
                         r"一样|相同)")


# the words before the base of a comparison ("faster than H100", "比 H100")
_COMPARED = rx.compile(r"(?:比|相比|than|vs\.?|versus|(?<!count )(?<!number )(?<!fleet )(?<!cluster )of|"
                       r"over)\s*$")


def c_is_one(c: Stated) -> bool:
    """Whether a count is a single card said in words or digits ("one B200 = 3x an H100"): no fleet."""
    return c.value == 1.0


def _named_in_clause(r: Reading, accs: list[tuple[str, int]], at: int, reach: int) -> list[str]:
    """The accelerators named in the clause that ends at `at` (looking back `reach` characters at most)."""
    clause = re.split(r"[,，;；。?？!！、]|\band\b|\bvs\.?\b", r.masked[max(0, at - reach):at])[-1]
    return [k for k, pos in accs if at - len(clause) <= pos < at]


def _prices_of_pair(r: Reading, accs: list[tuple[str, int]], yard: str) -> None:
    """"24张H100换成B200要几张？B200单价按38万元、H100按22万算，哪个省钱？": each price is the card's named
    right before it in its clause; the matched card's is its fleet's price (match_price_*), compared with
    the purchase of the cards that replace it."""
    for cur in ("usd", "cny"):
        said = [st for st in r.stated if st.param == f"price_{cur}" and st.note in ("", "duplicate")
                and isinstance(st.value, float)]
        if len(said) == 1:
            # ("B200单价按38万元、H100按22万算": the second card's price said bare, listed after the first)
            p = float(said[0].value or 0)
            said += [st for st in r.stated if st.param is None and st.note == ""
                     and isinstance(st.value, float)
                     and p / 50 <= st.value <= p * 50 and 0 < st.start - said[0].end <= 24
                     and re.fullmatch(r"\s*(?:[、,，/;；]|and|vs\.?)?\s*"
                                      r"(?:[\u4e00-\u9fff]{1,4}|(?:the|old|new)\s+)?\s*#+\s*"
                                      # ("H100那边报二十二万": that side's quote)
                                      # ("A100二手按7万算": a used one's price)
                                      r"(?:那边|这边|那头|的|二手的?|全新的?|现货)?\s*"
                                      r"(?:按|单价|价格|报价?|要|卖|at|@|is|for|=|:|：)?\s*(?:按|约|大概|~)?\s*",
                                      r.masked[said[0].end:st.start])][:1]
        if len(said) == 1:
            # ("H100按二十二万算，Gaudi 3一张十二万五": the first card's price said bare, before the second's)
            p = float(said[0].value or 0)
            said += [st for st in r.stated if st.param is None and st.note == ""
                     and isinstance(st.value, float)
                     and p / 50 <= st.value <= p * 50 and 0 < said[0].start - st.end <= 24
                     and re.search(r"#+\s*(?:那边|这边|的|二手的?|全新的?|现货)?\s*"
                                   r"(?:按|单价|价格|报价?|要|卖)\s*"
                                   r"(?:约|大概|~)?\s*$",
                                   r.masked[max(0, st.start - 16):st.start])
                     and re.fullmatch(r"\s*(?:算|元|块)?\s*[、,，;；]\s*(?:[\u4e00-\u9fff]{1,4})?\s*#*\s*"
                                      r"(?:那边|这边|的)?\s*[^\d]{0,6}",
                                      r.masked[st.end:said[0].start])][:1]
        if len(said) == 1 and said[0].note == "":
            # ("how many do i need to match 16 H100 SXM? and if H100 goes for $25k each what should the H200
            # cost": one price, said in a clause naming the matched card alone, is that card's)
            st = said[0]
            # (up to its number: "每张MI355X按2.8万美元算", the card named inside the span)
            digit = re.search(r"\d", r.t[st.start:st.end])
            at = st.start + (digit.start() if digit is not None else 0)
            if set(_named_in_clause(r, accs, at, 40)) == {yard}:
                r.retag(st, param=f"match_price_{cur}", note="")
                r.params.pop(f"price_{cur}", None)
                r.params[f"match_price_{cur}"] = float(st.value or 0)
            continue
        if len(said) != 2:
            continue
        _pair_owned(r, accs, yard, said, f"price_{cur}", f"match_price_{cur}")
    for cur in ("usd", "cny"):
        # ("H200 rents for $3.50/hr, H100 for $2.40/hr": each card's rent, the matched card's its fleet's)
        rents = [st for st in r.stated if st.param == f"rent_{cur}_per_hour" and st.note in ("", "duplicate")
                 and isinstance(st.value, float)]
        if len(rents) == 2:
            _pair_owned(r, accs, yard, rents, f"rent_{cur}_per_hour", f"match_rent_{cur}_per_hour")


def _pair_owned(r: Reading, accs: list[tuple[str, int]], yard: str, said: list[Stated], own: str,
                matched: str) -> None:
    """Two amounts said of the two cards of a match (prices, rents): each is the card's named right before
    it in its clause (or right after it); the matched card's is read as `matched`, the other's as `own`."""
    owners = []
    for st in said:
        named = _named_in_clause(r, accs, st.start, 24)
        if not named:
            # ("is it cheaper at $38k per B200 vs $25k per H100?", "$25k for the H100": the card named
            # right after its price)
            after = r.masked[st.end:st.end + 16]
            per = re.match(r"\s*(?:per|/|a|each|for)\s*(?:the\s+)?(?=#)", after) or (
                re.match(r"\s*(?=#)", after) if re.search(r"(?:\b(?:per|each|for|a)|/)\s*$", str(st.text))
                else None)
            if per is not None:
                named = [k for k, pos in accs if pos == st.end + per.end()]
        owners.append(named[-1] if named else None)
    if owners == [None, None] and re.fullmatch(r"\s*(?:vs\.?|versus|or|and|/|,)\s*",
                                               r.masked[said[0].end:said[1].start]):
        # ("H100 is about 3x faster than A100 … at $30k vs $15k per card": two prices side by side, in
        # the order the two cards were named)
        first_of = {k: min(pos for kk, pos in accs if kk == k) for k, _ in accs}
        others = [k for k in first_of if k != yard]
        if others and yard in first_of and first_of[others[0]] < first_of[yard]:
            owners = [others[0], yard]
    # ("if those run $15k apiece and the H100s $30k": the matched card's price named, the other's is
    # the other card's)
    if owners.count(yard) != 1:
        return
    mine = said[owners.index(yard)]
    theirs = said[1 - owners.index(yard)]
    r.retag(mine, param=matched, note="")
    r.retag(theirs, note="")
    r.params[matched] = float(mine.value or 0)
    r.params[own] = float(theirs.value or 0)


def _count_joins(r: Reading, c: Stated, accs: list[tuple[str, int]]) -> list[str]:
    """The accelerators a count's words join it to ("4096 of the H100s", "H100 2048 张")."""
    generic = re.search(r"(?:gpus?|cards?|chips?|accelerators?)$", str(c.text).lower()) is not None
    if re.search(r"\bof (?:them|those|these)$", str(c.text).lower()) \
            and len({k for k, pos in accs if pos < c.start}) == 1:
        # ("plan was H100 SXM, 8 of them": the one card named before, counted; not "from A100 to H100: we run
        # 4,096 of them", which of two)
        return _named_before(accs, c)
    return [k for k, pos in accs if (c.start <= pos and (_COUNT_JOIN.fullmatch(r.masked[c.end:pos]) or (
        # ("60 days on 2,048 GPUs, H100s": the generic count, then which cards)
        generic and re.fullmatch(r"\s*[,，]\s*", r.masked[c.end:pos])
        # ("2,048 cards, H200 this time")
        and re.match(r"#+s?\s*(?:[,，.;；)）?？]|$|(?:this time|instead|now)\b|这次|这回)", r.masked[pos:]))
        # ("trained on 128 GPUs A100 for 20 days": the generic count, the card's name right after it)
        or (generic and re.fullmatch(r" ", r.masked[c.end:pos]))))
            or (pos < c.start and _COUNT_JOIN.fullmatch(r.masked[pos:c.start].lstrip("#")))
            # ("H100 count to match: 4,000": the card, then its count's label)
            or (pos < c.start and re.fullmatch(r"#*\s*(?:count|qty|quantity|number|数量)"
                                               r"(?:\s+(?:to match|to|needed|required))?\s*(?:[:=：]|is)?\s*",
                                               r.masked[pos:c.start]))]


def _named_before(accs: list[tuple[str, int]], c: Stated) -> list[str]:
    """The card named last before a count ("V100 集群 128 张 … 迁到 A100 只用 96 张"), when its words
    join it to none."""
    before = [k for k, pos in accs if pos < c.start]
    return before[-1:]


_ONE_EQUALS = rx.compile(r"(?:one|an?|1|一张|一块|一颗|1\s*张)\s*#+\s*"
                         # ("one B200 replaces 3 H100s", "a B200 does the work of 3 H100")
                         r"(?=(?:=|≈|~=|equals|is worth|相当于|顶得上|顶|抵|"
                         r"(?:can\s+|could\s+|will\s+)?replaces?\b|"
                         r"(?:does|do|can do)\s+the\s+(?:work|job)\s+of\b))")


# the card that replaces another, as the group that matched
_REPLACING = rx.compile(r"(?:用|拿|上)\s*(#+)\s*(?:来)?\s*(?:替换|替代|取代|换掉|顶替)|"
                        r"(?:换成|换到|改用|替换为|替换成)\s*(#+)|"
                        r"(#+)\s*(?:\([^()]{0,16}\)\s*)?replacing\b|"
                        r"\breplac(?:e|es|ed|ing)\s+(?:an?\s+|the\s+|our\s+|existing\s+)*[\d.,]*\s*k?\s*#+"
                        r"[^.;?]{0,40}?\bwith\s+(#+)|"
                        r"#+\s*(?:->|→|=>)\s*(?:[\d.,]+\s*k?\s*)?(#+)")


_NEW_GEN = rx.compile(r"新一代|下一代|新卡|后者|"
                      r"\bthe (?:new|newer) (?:ones?|gen(?:eration)?|cards?|chips?|gpus?|parts|boxes|"
                      r"accelerators)\b|"
                      r"\bnext[- ]gen(?:eration)?\b|\bthe latter\b")


def _fast_slow(r: Reading, accs: list[tuple[str, int]]) -> tuple[str, str]:
    """The faster and the slower of two accelerators a stated speed ratio compares: the one named
    before the factor, not after "than"/"比" (or the new card of a replacement), the other one when
    the ratio says "slower" or is under 1 (then the ratio is read as its inverse)."""
    sp = next(st for st in r.stated if st.param == "speedup" and st.note != "corrected")
    if "%" in str(sp.text) and isinstance(sp.value, float) and sp.value > 1:
        # "~15% of an H100's compute": a share, 0.15
        share = sp.value / 100
        sp = replace(sp, value=share)
        r.params["speedup"] = share
        r.stated = [sp if x.start == sp.start and x.param == "speedup" else x for x in r.stated]
    # (a corrected ratio, "是 H100 的 1.3 倍——不对，是 0.9 倍": the cards are named around the first)
    # ("one B200 = 2.5 H100", "a b200 = 2.5x": the card named inside the span, before "=", is the faster)
    at = min((eq.end() if (eq := _ONE_EQUALS.match(r.masked, st.start, st.end)) else st.start)
             for st in r.stated if st.param == "speedup")
    before = [(k, pos) for k, pos in accs
              if pos < at and not _COMPARED.search(r.masked[max(0, pos - 14):pos])]
    # (none before the factor: "training is 2.5x faster than H100 … move to b200": not the one after "than")
    base = {k for k, pos in accs if _COMPARED.search(r.masked[max(0, pos - 14):pos])}
    # (none before the factor and none after "than": "NV sales says 3x faster: 64 H100 for 20 days, on 32 B200
    # how many?": the card moved to, named last)
    fast = before[-1][0] if before else next((k for k, _ in accs if k not in base), accs[0][0]) if base else \
        accs[-1][0]
    digits = list(re.finditer(r"\d[\d.]*", str(sp.text)))     # (the ratio: its last number, not "H100"'s)
    num_at = sp.start + (digits[-1].start() if digits else 0)
    ref = next((k for k, pos in accs if pos < num_at and re.fullmatch(r"#+\s*的\s*(?:约|大约|大概)?\s*",
                                                                      r.masked[pos:num_at])), None)
    if ref is not None and len({k for k, _ in accs}) == 2:
        # "吞吐按 H100 的 0.8 倍": the H100 is what the other is measured by
        fast = next(k for k, _ in accs if k != ref)
    # "match 1000 H100s if gaudi is like 0.8x as fast": the family said alone, nearer the factor
    # than the last full name, is the one the factor is of
    clause = r.t[(before[-1][1] if before else 0):at]
    for k, _ in accs:
        family = re.match(r"[a-z]{3,}", k)
        if k != fast and family and re.search(r"\b" + family.group(0) + r"s?\b(?![^,.;?]*#)",
                                              clause[clause.find(" "):] if " " in clause else ""):
            fast = k
    theirs = _THEIRS_FASTER.search(r.masked[max(0, sp.start - 48):sp.end])
    if theirs is not None:
        # "The AMD rep says theirs is 1,3x faster": the card of the maker whose people say so
        # (not when both cards are the maker's: "nvidia marketing says ~3x faster … h100s … b200s")
        pattern = _MAKER_IDS[theirs.group(1) or theirs.group(2)]
        own = {k for k, _ in accs if re.match(pattern, k)}
        fast = next(iter(own)) if len(own) == 1 else fast
    new = _REPLACING.search(r.masked)
    if new and not re.search(r"比|than|相比|对比", r.masked[max(0, sp.start - 12):sp.end]):
        # "想用 B200 替换现有的一万张 H100，假设单卡快 2.5 倍", "MI250X replacing a V100 fleet", "H100 -> B200
        # upgrade": the new card is the faster one
        pos = next(new.start(g) for g in range(1, 6) if new.group(g))
        fast = next((k for k, p in accs if p == pos), fast)
    # ("2.5x faster on the new gen": said right after it too, in its clause)
    if _NEW_GEN.search(r.masked[max(0, sp.start - 24):sp.end]
                       + CLAUSE.split(r.masked[sp.end:sp.end + 24])[0]) and len({k for k, _ in accs}) == 2:
        # "128张H100训一次要30天。听说新一代快2.5倍，换成64张B200": the new generation, named last
        fast = max(accs, key=lambda kp: kp[1])[0]
    slow = next(k for k, _ in accs if k != fast)
    if re.search(r"slower|慢", r.masked[sp.start:sp.end]):
        fast, slow = slow, fast          # "if H20 is 6.7x slower": the other one is the faster
    elif isinstance(sp.value, float) and 0 < sp.value < 1:
        # "性能按 H100 的 0.6 倍": the other one is faster, by the inverse
        fast, slow = slow, fast
        r.params["speedup"] = 1 / sp.value
    return fast, slow


# a maker's people on their own card: "the AMD rep says theirs is 1.3x faster", "Intel: their chip is 2x"
_THEIRS_FASTER = rx.compile(r"\b(amd|nvidia|intel|google)\b[^.;?]{0,24}?\b"
                            r"(?:theirs|their (?:card|chip|part|gpu|one)s?|"
                            r"its (?:card|chip|part))\b|"
                            # ("Gaudi 3 vs H100: Intel's deck says 1.5x faster": the maker's own material, of
                            # its own card, no other card named between)
                            r"\b(amd|nvidia|intel|google)(?:'s|’s)?\s+(?:deck|slides?|marketing|rep|sales|"
                            r"whitepaper|white paper|pitch|benchmarks?|numbers|datasheet)\s+"
                            r"(?:says?|claims?|shows?|quotes?)\s+(?:it'?s\s+|its\s+)?(?:~|about|around)?\s*"
                            r"[\d.]+\s*(?:x|times)")
# the card a past run was on, said with the run: "our H100 run was 20 days", "the A100 job took 9 days"
_RUN_ON_CARD = rx.compile(r"\b(?:our|the|my|that|their)\s+#+\s+(?:training\s+)?(?:run|job)\s+"
                          r"(?:was|took|ran|needed|lasted)\b")
_MAKER_IDS = {"amd": r"mi\d", "intel": r"gaudi", "google": r"tpu", "nvidia": r"(?:gb|h|b|a|l|v)\d"}


def _by_speedup(r: Reading, accs: list[tuple[str, int]], c: Stated | None) -> None:
    """"H200 is 1.9x faster than H100; our 400 older cards …", "B200训练比H100快3倍，原计划1024张卡
    跑45天": a stated speed of one accelerator over the other (the one named before the factor,
    not after "than"/"比") and a fleet of one of them (the one its count names, else the slower,
    the base of the comparison). The other is asked for: as many as match the fleet, or, with a
    run's days, the days the same run takes on it."""
    fast, slow = _fast_slow(r, accs)
    named = set(_count_joins(r, c, accs)) if c is not None else set()
    counted = next(iter(named)) if len(named) == 1 else slow
    run_on = _RUN_ON_CARD.search(r.masked) if "days" in r.params else None
    ran = next((k for k, pos in accs if run_on.start() <= pos < run_on.end()), None) if run_on else None
    if ran is not None and len({k for k, _ in accs}) == 2:
        # ("our H100 run was 20 days … same job on 512 Gaudi 3": the run's card)
        counted = ran
    other = fast if counted == slow else slow
    r.params["speedup_fast"] = fast
    if c is None:
        r.params.update({"from_accelerator": counted, "accelerator": other})
        param = "from_accelerator"
    elif "days" in r.params and isinstance(c.value, float) and not (
            # "match 1,000 H100s with MI355X at 1.6x … monthly rent at $2.95/hr": the rent's month, no run
            any(k in r.params for k in ("rent_usd_per_hour", "rent_cny_per_hour"))
            and re.search(r"\bmatch", r.t) and not re.search(r"\btrain|训练|\bjob\b|\brun\b", r.t)):
        if _SAME_TIME.search(r.t):
            r.params["same_time"] = True  # "想同样时间训完要多少张": the cards for the same days
            r.params.pop("gpus", None)
            r.retag(c, param="from_gpus")
        # the run planned on the counted cards, redone on as many of the other
        r.params.update({"from_accelerator": counted, "from_gpus": c.value, "accelerator": other})
        param = "from_accelerator"
        joins = [(k, s) for s in r.stated for k, pos in accs
                 if s.start <= pos and _COUNT_JOIN.fullmatch(r.masked[s.end:pos])]
        later = next((s for s in r.stated if s is not c and s.param in ("gpus", "claimed_value")
                      and isinstance(s.value, float) and s.start > c.end
                      # (not a time heard: "老师说答案是 20 天")
                      and not _A_TIME.search(str(s.text))
                      and (
                          (other, s) in joins
                          # "… how long on 3000 of the new chips?": a later count of no card named
                          or not any(x is s for _, x in joins))), None)
        if later is not None:
            # "之前 2048 张 A100 训了 21 天，H100 快 3 倍，换成 1024 张 H100 要几天": on its stated count
            r.params["gpus"] = later.value  # type: ignore[assignment]
            r.stated = [replace(s, param="from_gpus", note="") if (s.start, s.end) == (c.start, c.end) else
                        replace(s, param="gpus", note="") if s is later else s for s in r.stated]
    elif isinstance(c.value, float) and ("gpu_years" in r.params or "gpu_hours" in r.params) and (
            counted == fast or (not named and REDO.search(r.t))):
        # "gpt-3 took ~355 GPU-years on v100s. how many days on 1,024 a100s if an a100 is ~2.5x a v100?":
        # the run's hours, on the counted cards of the faster one ("355 GPU-years on V100. if redone
        # on H100 at a 3.1x speedup, how many days with 1,024 GPUs?": a count of no card, the run redone)
        r.params.update({"from_accelerator": slow, "accelerator": fast})
        counted, param = slow, "from_accelerator"
    else:
        r.params.update({"accelerator": other, "match_accelerator": counted})
        param = "match_accelerator"
    r.stated = [replace(s, param=param, note="") if s.param == "accelerator" and s.value == counted else
                replace(s, note="") if s.param == "accelerator" else s for s in r.stated]
    if param == "match_accelerator":
        _prices_of_pair(r, accs, counted)


def _servers_by_speedup(r: Reading, srvs: list[tuple[str, int]], c: Stated, cat: Catalog) -> None:
    """"a GB200 NVL72 rack does 3x the throughput of an HGX H100 server; with 8 racks, how many of
    the 8-GPU servers would match?": the ratio is per unit (rack against server), so the count
    is turned into the counted unit's GPUs and the ratio into one per GPU, then matched as
    accelerators and answered in the other's servers."""
    at = next(st.start for st in r.stated if st.param == "speedup")
    before = [k for k, pos in srvs if pos < at]
    fast = before[-1] if before else srvs[0][0]
    accs = [(n.key, n.start) for n in r.names if n.kind == "acc"]
    if not before and len({k for k, _ in accs}) == 2:
        # ("B200 is 4x faster than H100; the load of 60 DGX H100 servers, how many DGX B200?": the servers
        # named after the ratio; the cards said with it tell which is the faster)
        fast_acc = _fast_slow(r, accs)[0]
        fast = next((k for k, _ in srvs if cat.servers[k].gpu == fast_acc), fast)
    slow = next(k for k, _ in srvs if k != fast)
    counted = fast if any(w in str(c.text).lower() for w in ("rack", "机柜", "柜")) and \
        cat.servers[fast].gpus > cat.servers[slow].gpus else slow
    other = slow if counted == fast else fast
    k = float(r.params["speedup"])
    per_gpu = k * cat.servers[slow].gpus / cat.servers[fast].gpus    # the fast unit's GPU, in slow GPUs
    fast_gpu, slow_gpu = cat.servers[fast].gpu, cat.servers[slow].gpu
    if per_gpu >= 1:
        r.params["speedup"], r.params["speedup_fast"] = per_gpu, fast_gpu
    else:
        r.params["speedup"], r.params["speedup_fast"] = 1 / per_gpu, slow_gpu
    gpus = float(c.value or 0) * cat.servers[counted].gpus
    r.params.update({"accelerator": cat.servers[other].gpu, "match_accelerator": cat.servers[counted].gpu,
                     "server": other, "gpus": gpus, "speedup_units": f"{counted}:{c.value:g}:{k:g}"})
    r.params.pop("servers", None)
    r.retag(c, param="gpus", value=gpus)


def match_a_server(r: Reading, found: list[tuple[str, str, int]], cat: Catalog) -> None:
    """"4,096 H100 SXM … how many GB200 NVL72 racks would match it?": the rack's accelerator
    matched against the counted one, sized in racks."""
    accs = {k for p, k, _ in found if p == "accelerator"}
    srvs = [k for p, k, _ in found if p == "server"]
    if len(accs) != 1 or len(srvs) != 1 or "gpus" not in r.params or not MATCH.search(r.t):
        return
    srv = cat.servers.get(srvs[0])
    counted = next(iter(accs))
    if srv is None or srv.gpu == counted or srv.gpu not in cat.accelerators:
        return
    r.params["accelerator"], r.params["match_accelerator"] = srv.gpu, counted
    r.stated = [replace(s, param="match_accelerator") if s.param == "accelerator" else s
                for s in r.stated]


_FROM_TO = rx.compile(r"\bfrom\s+[\d,.]+\s*[kx×]?\s*#+[^,.;?]{0,6}?\s+to\s+[\d,.]+\s*[kx×]?\s*#")


# ("要多少张才抵得上500张H100的训练算力": as much as that fleet's)
_REACH_COMPUTE = rx.compile(r"(?:达到|要有|追上|赶上|对标|比肩|相当于|匹配|抵得上|顶得上|比得上|抵得过|顶上|"
                            r"顶住|补上)"
                            r"[^，,。？?]{0,16}的\s*"
                            # ("要达到1000张A100的训练算力": the compute of that fleet for training)
                            r"(?:训练|推理)?(?:算力|性能|吞吐|能力)|"
                            r"\bthe (?:compute|throughput|flops) of\b")


def _run_moved(r: Reading, accs: list[tuple[str, int]], c: Stated, *, first_named: bool = False,
               **extra: Value) -> bool:
    """The stated count is the earlier run's, on the card its words join it to; the run is redone
    on the other card. False (nothing changed) when the count joins no single card, unless
    `first_named`: then the card named first is the earlier run's ("19 days on 256 GPUs, a100 80gb.
    rerun on h100 with the same count")."""
    joined = _count_joins(r, c, accs)
    if len(set(joined)) != 1 and first_named:
        joined = [min(accs, key=lambda kp: kp[1])[0]]
    moved = MOVED_TO.search(r.masked)
    # (the card moved to, named right after the move)
    to = next((k for k, pos in accs if pos >= moved.end() - 1), None) if moved is not None else None
    if len(set(joined)) != 1 and to is not None:
        # ("took 6 days on V100s, 8 cards. if we move to A100 80GB …": the card moved to is the new one)
        joined = [k for k, _ in accs if k != to][:1]
    if len(set(joined)) != 1:
        return False
    box = next((s for s in r.stated if s.param == "gpus_per_server" and s.note == "" and s.end <= c.start
                and isinstance(s.value, float)), None)
    box_after = next((s for s in r.stated
                      if s.param == "gpus_per_server" and s.note == "" and moved is not None
                      and s.start > max(c.end, moved.start()) and isinstance(s.value, float)), None)
    if box_after is not None and to is not None and to != joined[0] and len({k for k, _ in accs}) == 2 \
            and "servers" not in r.params:
        # ("took 6 days on 8 GPUs, A100 40GB. If we move it to the new L40S box, 16 cards …": the box moved
        # to, its cards the new run's count)
        earlier = joined[0]
        r.params.pop("gpus_per_server", None)
        r.params.update({"from_gpus": float(c.value or 0), "gpus": float(box_after.value or 0)})
        counts = [(c, "from_gpus"), (box_after, "gpus")]
    elif box is not None and to == joined[0] and len({k for k, _ in accs}) == 2:
        # "needed 9 days on a 16-GPU V100 box. Moving to 8x A100 40GB …": the count is the new run's, the
        # earlier run's is its box
        earlier = next(k for k, _ in accs if k != to)
        r.params.pop("gpus_per_server", None)
        r.params.update({"from_gpus": float(box.value or 0), "gpus": float(c.value or 0)})
        counts = [(box, "from_gpus"), (c, "gpus")]
    else:
        earlier = joined[0]
        r.params["from_gpus"] = float(c.value or 0)
        r.params.pop("gpus", None)
        # ("took 9 days on v100s (8 of em). same job on h100s, also 8 cards": the count said twice;
        # "on a V100 box (8 GPUs) … also 8 GPUs": one box, its size the count)
        counts = [(s, "from_gpus") for s in r.stated if s is c or (
            (s.param, s.note) in (("gpus", "restated"), ("gpus_per_server", "")) and s.value == c.value)]
    r.params.update({"from_accelerator": earlier, "accelerator": next(k for k, _ in accs if k != earlier),
                     **extra})
    count_of = {id(x): p for x, p in counts}     # (the spans are alive while this list is built)
    r.stated = [replace(s, param=count_of[id(s)], note="") if id(s) in count_of
                else replace(s, param="from_accelerator", note="")
                if s.param == "accelerator" and s.value == earlier
                else replace(s, note="") if s.param == "accelerator" else s for s in r.stated]
    return True


# a count said of the cards used before: "原来512张卡", "之前用 1024 张", "originally 256 GPUs"
_OLD_COUNT = rx.compile(r"(?:原来|原先|之前|以前|上次|上期|旧的?)\s*(?:用|在|是)?\s*(?:了)?\s*$|"
                        r"\b(?:originally|previously|before|the old|our old)\b[^,.;]{0,12}$")


_IF_IT_WERE = rx.compile(r"(?:\bif it (?:were|was|is|ran on)|\bassuming (?:it'?s|it is|it were)|"
                         r"\bas if it were|"
                         r"假如是|如果是|假设是|假设用|按)\s*(?:a|an|the)?\s*$")


def build_options(r: Reading, found: list[tuple[str, str, int]], cat: Catalog | None = None,
             intent: str | None = None) -> tuple[tuple[Mapping[str, Value], ...], str]:
    """Two or more accelerators, models or precisions: a comparison; two or more
    "N x accelerator" groups: a fleet mix whose totals add up."""
    high, param_range = r.params.pop("range_high", None), str(r.params.pop("range_of", ""))
    hi_mfu = next((s for s in r.stated if s.param == "mfu" and s.note == "option" and s.value == high), None)
    if param_range == "mfu" and hi_mfu is not None and _MFU_RAISED_TO.search(
            r.t[max(0, hi_mfu.start - 24):hi_mfu.end]) and _SAVED_ASKED.search(r.t):
        # "MFU 35% to 50% on the same run - how many days saved?": the MFU the run goes to, not a range
        r.params["mfu_to"] = float(hi_mfu.value or 0)
        r.retag(hi_mfu, param="mfu_to", note="")
        high, param_range = None, ""
    counts = [s for s in r.stated if s.param in ("gpus", "servers") and s.note in ("", "duplicate")]
    accs = [(k, pos) for p, k, pos in found if p == "accelerator"]
    per_box = r.params.get("gpus_per_server")
    if len({k for k, _ in accs}) == 2 and len(counts) == 2 \
            and {c.param for c in counts} == {"servers", "gpus"} \
            and isinstance(per_box, float) and "server" not in r.params and not any(
                k in r.params for k in ("days", "speedup", "from_accelerator")):
        # ("甲方案8台Gaudi 3服务器（每台8卡），乙方案MI325X共48张": one option counted in servers of a size,
        # the other in cards; each option's cards)
        boxes = next(c for c in counts if c.param == "servers")
        r.params.pop("servers", None)
        # (the count's span ends before the card it names: "8 Gaudi 3 servers" is 8 servers of Gaudi 3)
        name_at = next((pos for _, pos in accs if boxes.start < pos < boxes.end), boxes.end)
        counts = [r.retag(c, param="gpus", value=float(c.value or 0) * per_box, end=name_at,
                          text=r.norm.quote(c.start, name_at).rstrip()) if c is boxes else c for c in counts]
    asked = _asks_other(r, accs, counts[0]) if len({k for k, _ in accs}) == 2 and \
        len(counts) == 1 else None
    srvs = [(k, pos) for p, k, pos in found if p == "server"]
    if "speedup" in r.params and len({k for k, _ in srvs}) == 2 and len(counts) == 1 and \
            counts[0].param == "servers" and cat is not None:
        _servers_by_speedup(r, srvs, counts[0], cat)
        return (), ""
    if "speedup" in r.params and len({k for k, _ in accs}) == 2 and intent == "training" \
            and len(counts) <= 1 and not any(k in r.params for k in ("days", "gpu_hours", "gpu_years")) \
            and any(k in r.params for k in ("train_tokens", "train_flops")) and _ON_EACH.search(r.t) \
            and not (counts and _count_joins(r, counts[0], accs)):
        # "B200 trains 2.5x faster than H100 … 70B, 200B tokens, 40% MFU, 64 GPUs. how many days on each": the
        # run on each card, the faster one doing the stated multiple of the other's work per GPU
        fast, slow = _fast_slow(r, accs)
        return (MappingProxyType({"accelerator": slow}),
                MappingProxyType({"accelerator": fast, "speedup_base": slow})), "compare"
    # ("one B200 = 3x an H100 for Llama 3.1 70B … does your model agree?": a speedup claimed of one card,
    # checked by serving the model on each, not a fleet matched)
    one_claimed = bool(r.params.get("claim")) and len(counts) == 1 and c_is_one(counts[0]) \
        and ("model" in r.params or "params" in r.params)
    if "speedup" in r.params and len({k for k, _ in accs}) == 2 and not one_claimed and (
            len(counts) == 1
            # "B200 is 2.5x faster than H100 … a run that used 20,000 GPU-hours on the old cards": redone
            or (not counts and intent == "training" and ("gpu_hours" in r.params or "gpu_years" in r.params))
            or ("days" in r.params and intent == "training" and (not counts or (
                # "… 4096 of the H100s, how long on 3000 of the new chips?": the later count names no card
                len(counts) == 2 and (
                    _count_joins(r, counts[0], accs) == [_fast_slow(r, accs)[1]]
                    # ("… 原来512张卡训了60天，换成256张新卡": the old cards', named by time)
                    or (_count_joins(r, counts[0], accs) == []
                        and _OLD_COUNT.search(r.t[max(0, counts[0].start - 12):counts[0].start])))
                # ("128张H100训一次要30天 … 快2.5倍，换成64张B200": the second count the fast card's own)
                and _count_joins(r, counts[1], accs) in ([], [_fast_slow(r, accs)[0]]))))):
        # (with no count: "原来在 H100 上要跑 60 天的任务，换成 B200": the run's days on the other)
        _by_speedup(r, accs, counts[0] if counts else None)
        return (), ""
    box = next(iter({k for k, _ in srvs}), None) if len({k for k, _ in srvs}) == 1 else None
    if box is not None and cat is not None and "speedup" not in r.params and len({k for k, _ in accs}) == 1 \
            and len(counts) == 1 and counts[0].param == "gpus" and isinstance(counts[0].value, float) \
            and "days" in r.params and intent == "training" and TOOK.search(r.t) and REDO.search(r.t) \
            and cat.servers[box].gpu != accs[0][0] and counts[0].end <= next(pos for _, pos in srvs):
        # ("the finetune took 6 days on 8x V100 SXM2. same job on a DGX H100?": the run redone on the box's
        # cards, as many as it holds)
        r.params.update({"from_accelerator": accs[0][0], "from_gpus": counts[0].value,
                         "accelerator": cat.servers[box].gpu, "gpus": float(cat.servers[box].gpus)})
        r.stated = [replace(st, param="from_gpus", note="") if st is counts[0] else
                    replace(st, param="from_accelerator", note="")
                    if st.param == "accelerator" and st.value == accs[0][0] else st for st in r.stated]
        return (), ""
    if "speedup" not in r.params and len({k for k, _ in accs}) == 2 and len(counts) == 2 \
            and "days" in r.params and intent == "training" and TOOK.search(r.t) \
            and (HOW_LONG_ASKED.search(r.t) or _TIME_CONFIRMED.search(r.t)) \
            and all(c.param == "gpus" and isinstance(c.value, float) for c in counts) \
            and len(j0 := _count_joins(r, counts[0], accs) or _named_before(accs, counts[0])) == 1 \
            and len(j1 := _count_joins(r, counts[1], accs) or _named_before(accs, counts[1])) == 1 \
            and j0 != j1:
        # "Our fine-tune took 9 days on 64 A100s. On 64 H100s, roughly how long?": the run redone on the
        # other card's count (not a fleet of both)
        r.params.update({"from_accelerator": j0[0], "from_gpus": float(counts[0].value or 0),
                         "accelerator": j1[0], "gpus": float(counts[1].value or 0)})
        r.stated = [replace(st, param="from_gpus", note="") if st is counts[0] else
                    replace(st, note="") if st is counts[1] else
                    replace(st, param="from_accelerator", note="")
                    if st.param == "accelerator" and st.value == j0[0] else st for st in r.stated]
        return (), ""
    if "speedup" not in r.params and len({k for k, _ in accs}) == 2 and len(counts) <= 1 \
            and intent == "training" and "days" not in r.params and "mfu" in r.params \
            and any(k in r.params for k in MFU_CHANGES) \
            and any(k in r.params for k in ("train_tokens", "train_flops", "model")) \
            and (move_at := MOVED_TO.search(r.masked)) is not None:
        # "之前在 A100 上 MFU 32%，换到 H100 之后 MFU 能高 6 个点，256 卡训 7B 2 万亿 token 要多久": the work
        # sized on the card moved to; the earlier card is where the MFU was measured
        to = next((k for k, pos in accs if pos >= move_at.end() - 1), None)
        earlier = next((k for k, _ in accs if k != to), None)
        if to is not None and earlier is not None:
            r.params.update({"accelerator": to, "from_accelerator": earlier})
            r.stated = [replace(st, param="from_accelerator", note="") if st.param == "accelerator"
                        and st.value == earlier else replace(st, note="") if st.param == "accelerator"
                        else st for st in r.stated]
            return (), ""
    if "speedup" not in r.params and len({k for k, _ in accs}) == 2 and not counts and "days" in r.params \
            and intent == "training" and TOOK.search(r.t) \
            and (SAME_COUNT.search(r.t) or MOVED_TO.search(r.masked) or _REDO_ON.search(r.t)) \
            and not any(k in r.params for k in ("train_tokens", "train_flops", "gpu_hours", "gpu_years")):
        # "之前在 A100 40GB 上训练用了 25 天，换成 H800 同样卡数，MFU 提升 30%": the run redone on as many of
        # the other cards, no count said (the count cancels: the days scale with each card's peak and MFU)
        move = MOVED_TO.search(r.masked)
        to = next((k for k, pos in accs if move is not None and pos >= move.end() - 1), accs[-1][0])
        earlier = next(k for k, _ in accs if k != to)
        r.params.update({"accelerator": to, "from_accelerator": earlier, "same_count": True})
        r.stated = [replace(st, param="from_accelerator", note="") if st.param == "accelerator"
                    and st.value == earlier else replace(st, note="") if st.param == "accelerator" else st
                    for st in r.stated]
        return (), ""
    # ("took 9 days on a100s, 64 cards. new plan: h100, 64 of em": the count said again, the same count)
    again = len(counts) == 1 and any(s.param == "gpus" and s.note == "restated" and s.value == counts[0].value
                                     and s.start > counts[0].end for s in r.stated)
    if "speedup" not in r.params and len({k for k, _ in accs}) == 2 and len(counts) == 1 \
            and counts[0].param == "gpus" and "days" in r.params \
            and (SAME_COUNT.search(r.t) or _REDO_ON.search(r.t) or (again and TOOK.search(r.t))
                 # "took 20 days on A100s (512 of them). Same job on H100, how long?": redone, as many cards
                 or (TOOK.search(r.t) and _SAME_WORK.search(r.t) and HOW_LONG_ASKED.search(r.t))
                 # "32 張 A100 80GB 訓咗 12日，換 H100 要幾耐？": the run moved, on as many cards
                 or (TOOK.search(r.t) and MOVED_TO.search(r.masked) and HOW_LONG_ASKED.search(r.t))
                 # ("took 3 days on one GPU, an RTX 4090. If we rented an H100 SXM instead, how long"): the
                 # other card named as the one used instead
                 or (TOOK.search(r.t) and _INSTEAD.search(r.masked) and HOW_LONG_ASKED.search(r.t))) \
            and intent == "training" and isinstance(counts[0].value, float):
        # "BLOOM 当年 384 张 A100 训了 3.5 个月，同样卡数换成 H100 要多久": the run redone on as many
        # of the other cards (the counted one is the earlier run's; else the one named first)
        if _run_moved(r, accs, counts[0], first_named=bool(SAME_COUNT.search(r.t)) or again):
            return (), ""
    if "speedup" not in r.params and len({k for k, _ in accs}) == 2 and len(counts) == 1 \
            and counts[0].param == "gpus" and "days" in r.params and _SAME_TIME.search(r.t) \
            and intent in ("training", "convert", None) and isinstance(counts[0].value, float):
        # "去年用 512 张 A100 训了 20 天，今年换 H100，同样工期要几张": the cards the same run needs in
        # the same days on the other accelerator
        if _run_moved(r, accs, counts[0], same_time=True):
            return (), ""
    if "speedup" not in r.params and len({k for k, _ in accs}) == 2 and len(counts) == 1 \
            and counts[0].param == "gpus" and "days" not in r.params and "mfu" in r.params \
            and _SAME_WORK.search(r.t) and _CARDS_ASKED.search(r.t) and isinstance(counts[0].value, float):
        # "去年 2000 张 A100，MFU 35%，今年换 H100 干同样的活，MFU 再提高 10%，要多少张？": the cards that
        # do the same work in the same time, no days needed
        if _run_moved(r, accs, counts[0], same_time=True):
            return (), ""
    if "speedup" in r.params and len({k for k, _ in accs}) == 2 and not counts and "days" in r.params \
            and SAME_COUNT.search(r.t):
        # "B200 训练性能是 H100 的 3 倍，原来 H100 要跑 90 天，换同样卡数的 B200 要多少天": no count,
        # the same number of the other cards
        _by_speedup(r, accs, None)
        return (), ""
    hours = next((st for st in r.stated if st.param in ("gpu_hours", "gpu_years") and st.note == ""), None)
    if hours is not None and len({k for k, _ in accs}) == 2 and intent == "training" and (
            not counts or (len(counts) == 1 and counts[0].param == "gpus")) \
            and (_ASKS_HOURS.search(r.t) or REDO.search(r.t) or TODAY.search(r.t)
                 or (counts and _REDO_ON.search(r.t))) \
            and not _SAME_HOURS.search(r.t):
        # "Llama 2 7B took 184k A100 GPU-hours. Same run on H100 SXM?", "Meta 用了 130 万 H100 GPU 小时，
        # H20 要多少卡时？": the hours were spent on the card named in them; the other one is asked about
        spent = next((k for k, pos in accs if hours.start <= pos < hours.end), None)
        on = re.match(r"\s*(?:(?:on|of|with|using)\s+(?:an?\s+|the\s+)?|[(（]\s*|的\s*)(?=#)",
                      r.masked[hours.end:hours.end + 12])
        if spent is None and on:
            # "took 1.7 mn GPU-hours on A100", "108万 GPU小时（A100）", "420 GPU年 的 A100": the card
            # named right after the hours spent them
            spent = next((k for k, pos in accs if pos == hours.end + on.end()), None)
        if spent is None and len([k for k, pos in accs if pos < hours.start]) >= 1 and \
                any(pos >= hours.end for _, pos in accs):
            # "在H100上训练用了3930万GPU小时，如果换成B200": the card named before the hours spent them
            spent = [k for k, pos in accs if pos < hours.start][-1]
        other = next((k for k, _ in accs if k != spent), None)
        if spent is not None and other is not None:
            r.params.update({"from_accelerator": spent, "accelerator": other})
            moved = False
            out = []
            for st in r.stated:
                if st.param == "accelerator" and st.value == spent and not moved:
                    st, moved = replace(st, param="from_accelerator", note=""), True
                elif st.param == "accelerator" and st.value == spent:
                    st = replace(st, param="from_accelerator", note="duplicate")
                elif st.param == "accelerator":
                    st = replace(st, note="")
                out.append(st)
            r.stated = out
            return (), ""
    if "speedup" in r.params and len({k for k, _ in accs}) == 2 and len(counts) == 2 and CLAIM.search(r.t):
        # "H200 is 1.9x faster than the H100, so 5,000 H200s could replace a 9,500-GPU H100 fleet":
        # the faster one's count is the claim, checked against the slower fleet it replaces
        sp = next(st for st in r.stated if st.param == "speedup")
        fast = next((k for k, pos in reversed(accs) if pos < sp.start), accs[0][0])

        def name_of(c: Stated) -> str | None:
            after = next((k for k, pos in accs if c.end - 1 <= pos <= c.end + 8), None)
            return after or next((k for k, pos in reversed(accs) if pos < c.start), None)
        slow_count = next((c for c in counts if name_of(c) not in (None, fast)), None)
        claimed = next((c for c in counts if c is not slow_count), None)
        if slow_count is not None and claimed is not None:
            r.params.pop(str(claimed.param), None)
            r.params[str(slow_count.param)] = slow_count.value  # type: ignore[assignment]
            r.retag(claimed, param="claimed_value", note="")
            r.retag(slow_count, note="")
            _by_speedup(r, accs, slow_count)
            return (), ""
    same_time = "days" not in r.params and _SAME_TIME.search(r.t) is not None
    # ("同样算力要几张？能省多少电？": the cards asked for the same work, then their power)
    same_count = intent in ("power", "capex", "training", "energy") and not STRICT_MATCH.search(r.t) \
        and not _REACH_COMPUTE.search(r.t) \
        and not (SAME_WORK.search(r.t) and _CARDS_ASKED.search(r.t)) \
        and "match_accelerator" not in r.params and not same_time \
        and not (asked and _asks_other(r, accs, counts[0], count=True))
    # ("if we move npc inference from A100 80GB to H200, how many fewer gpus? currently 96 cards": the
    # fleet moved, matched on the new card)
    moved = _MOVED_FROM_TO.search(r.masked) is not None and _HOW_MANY_AFTER_MOVE.search(r.t) is not None \
        and intent in ("fleet", "throughput", "convert") and not any(k in r.params for k in LOADS)
    if len({k for k, _ in accs}) == 2 and len(counts) == 1 \
            and (asked or MATCH.search(r.t) or _REACH_COMPUTE.search(r.t) or same_time or moved) \
            and not same_count and not MEMORY_PRICE.intersection(r.params):
        # (a bill, a purchase or a run asked "换成H20呢", "the same number of B200s instead": the
        # same count on each, compared below, not a match of capacities)
        # "how many Gaudi 2 to match 1000 H100": the counted one is the yardstick
        c = counts[0]
        yard = next(k for k, _ in accs if k != asked) if asked else min(
            accs, key=lambda kp: abs(kp[1] - c.end) if kp[1] >= c.start
            else abs(c.start - kp[1]) + 8)[0]
        if not asked and len(joined := set(_count_joins(r, c, accs))) == 1:
            yard = next(iter(joined))  # "our a100 cluster of 1024 cards, replacing with H200": counted
        if not asked and (left := _MOVED_FROM_TO.search(r.masked)) is not None:
            # "从A100换到H100，原来512张，保持同样算力需要几张新卡": the count is the old fleet's
            yard = next((k for k, pos in accs if left.start() <= pos < left.end()), yard)
        other = next(k for k, _ in accs if k != yard)
        r.params["accelerator"], r.params["match_accelerator"] = other, yard
        r.stated = [replace(s, param="match_accelerator", note="")
                    if s.param == "accelerator" and s.value == yard else
                    replace(s, note="") if s.param == "accelerator" else s for s in r.stated]
        _prices_of_pair(r, accs, yard)
        return (), ""
    if len({k for k, _ in accs}) >= 3 and len(counts) == 1 and not same_count \
            and not any(s.param in ("speedup", "factor") for s in r.stated) \
            and (MATCH.search(r.t) or _REACH_COMPUTE.search(r.t)) \
            and not MEMORY_PRICE.intersection(r.params):
        # "要达到 8000 张 H100 的算力，需要多少张 H20？多少张 B200？": one yardstick, each other card to it
        c = counts[0]
        yard = min(accs, key=lambda kp: abs(kp[1] - c.end) if kp[1] >= c.start
                   else abs(c.start - kp[1]) + 8)[0]
        others = list(dict.fromkeys(k for k, _ in accs if k != yard))
        r.params["accelerator"], r.params["match_accelerator"] = others[0], yard
        r.stated = [replace(s, param="match_accelerator", note="")
                    if s.param == "accelerator" and s.value == yard else
                    replace(s, note="option") if s.param == "accelerator" else s for s in r.stated]
        return tuple(MappingProxyType({"accelerator": k}) for k in others), "compare"
    if len({k for k, _ in accs}) == 2 and len(counts) == 2 and "days" in r.params and (
            # (up to the second count's first digit: "换 8000 张"; "换 B200 2048 张")
            REDO.search(r.t[counts[0].end:counts[1].start + 1])
            or REDO.search(r.masked[counts[0].end:counts[1].start + 1])
            # "move the run from 256x a100 to 128x b200 … it was 23 days": moved from one to the other
            or _FROM_TO.search(r.masked, max(0, counts[0].start - 6), counts[1].end + 12)
            # "took 19 days on h100 x512 -> on b300 x256 how long?": an arrow to the new fleet
            or re.search(r"(?:->|→|=>)\s*(?:on|to|换成?|用)?\s*[#\dx]",
                         r.masked[counts[0].end:counts[1].start + 2])):
        # "it took 11 days on 8 V100s; if we redo it on 8 H100s …": the same job on a new fleet
        c0, c1 = counts
        # the name right after each count ("8 V100s"), else the last one before it ("A100 40GB 集群 256 卡",
        # "换 H100 1024 张")
        first = next((k for k, pos in accs if c0.end - 1 <= pos <= c0.end + 3), None) or next(
            (k for k, pos in reversed(accs) if pos < c0.start), None) or next(
            (k for k, pos in accs if pos >= c0.end - 1), None)
        second = next((k for k, pos in accs if c1.end - 1 <= pos <= c1.end + 3), None) or next(
            (k for k, pos in reversed(accs) if c0.end <= pos < c1.start), None) or next(
            (k for k, pos in accs if pos >= c1.end - 1), None)
        if first and second and first != second and c0.value and c1.value:
            r.params.update({"from_accelerator": first, "from_gpus": c0.value,
                             "accelerator": second, c1.param or "gpus": c1.value})
            out = []
            moved = False
            for st in r.stated:
                if st is c0:
                    st = replace(st, param="from_gpus", note="")
                elif st is c1:
                    st = replace(st, note="")
                elif st.param == "accelerator" and st.value == first and not moved:
                    st, moved = replace(st, param="from_accelerator", note=""), True
                elif st.param == "accelerator":
                    st = replace(st, note="")
                out.append(st)
            r.stated = out
            return (), ""
    if len({k for k, _ in srvs}) >= 2 and len(counts) >= 2 and cat is not None and \
            all(c.param == "servers" for c in counts):
        # "HGX H100 x40 at 10.2 kW each and DGX B200 x12 at 14.3kW": servers of each kind, added up
        sgroups: list[dict[str, Value]] = []
        for c in counts:
            own = next((k for k, pos in srvs if pos < c.start and re.fullmatch(
                r"&+\s*[x×]?\s*", r.masked[pos:c.start])), None) or next(
                (k for k, pos in srvs if pos >= c.end - 1
                 and _COUNT_JOIN.fullmatch(r.masked[c.end:pos])), None)
            if own is None or c.value is None:
                break
            sgroups.append({"server": own, "accelerator": cat.servers[own].gpu, "servers": c.value})
        if len(sgroups) == len(counts) and len({g["server"] for g in sgroups}) >= 2:
            _mark_options(r, ("servers", "server", "accelerator"))
            named = sorted((pos, i) for i, g in enumerate(sgroups) for p2, k, pos in found
                           if p2 == "server" and k == g["server"])
            _bind_to_options(r, named, sgroups)
            return tuple(MappingProxyType(o) for o in sgroups), "sum"
    if len({k for k, _ in srvs}) == 2 and cat is not None and len({k for k, _ in accs}) <= 1 and (
            (not counts and "power_mw" in r.params) or (
                not any(c.param == "servers" for c in counts)
                and (KW["compare"].search(r.t) or re.search(r"差几倍|差多少|[和跟与].{0,12}比", r.t)
                     # ("1台DGX B200能顶6台DGX A100": one server's worth in the other, checked)
                     or "speedup" in r.params))):
        # "600 kW: HGX H100 servers at 10.2 kW each, or GB200 NVL72 racks at 120 kW each. How
        # many of each fit?": each server with the figures written after its name
        skeys = list(dict.fromkeys(k for k, _ in srvs))
        _mark_options(r, ("server", "accelerator"))
        per_server: list[dict[str, Value]] = [{"server": k, "accelerator": cat.servers[k].gpu}
                                              for k in skeys]
        _bind_to_options(r, sorted((pos, skeys.index(k)) for k, pos in srvs), per_server)
        r.stated = [replace(st, note="option") if st.param == "accelerator" and st.note == "" and
                    st.value in {o["accelerator"] for o in per_server} else st for st in r.stated]
        if "speedup" in r.params and "speedup_fast" not in r.params \
                and len({o["accelerator"] for o in per_server}) == 2:
            # ("1台DGX B200能顶6台DGX A100": the ratio between the servers' cards, checked)
            r.params["speedup_fast"] = _fast_slow(r, [(cat.servers[k].gpu, pos) for k, pos in srvs])[0]
        return tuple(MappingProxyType(o) for o in per_server), "compare"
    if len({k for k, _ in accs}) == 2 and len(counts) == 2 and (
            STRICT_MATCH.search(r.t[counts[0].end:counts[1].start])
            or (_WOULD_REPLACE.search(r.t[counts[0].end:counts[1].start])
                and not any(k in r.params for k in _TWO_FLEETS))) and \
            all(isinstance(c.value, float) for c in counts):
        # "you'd need ~30k A100 to match 10k H100s. legit?": the match of the yardstickstick fleet, the other
        # count the claim checked against it
        c0, c1 = counts
        claimed_acc = next((k for k, pos in accs if c0.end - 1 <= pos <= c0.end + 3), None)
        yardstick = next((k for k, pos in accs if c1.end - 1 <= pos <= c1.end + 3), None)
        if claimed_acc and yardstick and claimed_acc != yardstick:
            r.params.update({"accelerator": claimed_acc, "match_accelerator": yardstick,
                             str(c1.param or "gpus"): float(c1.value or 0)})
            if c0.param != c1.param:
                r.params.pop(str(c0.param), None)
            r.stated = [replace(st, param="claimed_value", note="") if st is c0 else
                        replace(st, note="") if st is c1 else
                        replace(st, param="match_accelerator", note="")
                        if st.param == "accelerator" and st.value == yardstick else
                        replace(st, note="") if st.param == "accelerator" else st for st in r.stated]
            return (), ""
    if len({k for k, _ in accs}) >= 2 and len(counts) >= 2:
        groups: list[Mapping[str, Value]] = []
        for c in counts:
            # ("used A100 PCIe going for $6k. 4 of them vs 1 new H100 PCIe": the card named before, counted)
            them = re.search(r"\bof (?:them|those|these)$", str(c.text).lower()) is not None \
                and len({k for k, pos in accs if pos < c.start}) == 1
            nxt = (next(((k, pos) for k, pos in reversed(accs) if pos < c.start), None) if them else None) \
                or next(((k, pos) for k, pos in accs if pos >= c.end - 1), None) or next(
                # ("乙方案MI325X共48张": the name said just before its count, none after it)
                ((k, pos) for k, pos in reversed(accs) if 0 <= c.start - pos <= 16
                 and re.fullmatch(r"[#\s]*(?:共|一共|总共|合计|x|×|:|：)?\s*", r.masked[pos:c.start])), None)
            if nxt is None or c.value is None:
                break
            groups.append(MappingProxyType({"accelerator": nxt[0], c.param or "gpus": c.value}))
        if len(counts) == 2 and len(groups) == 2 and len({g["accelerator"] for g in groups}) == 1 \
                and len({k for k, _ in accs}) == 2:
            # ("二手A100 PCIe一张4万元，4张 vs 1张新H100 PCIe": a count with no card right after it, the
            # other card named after the second, counts the card named before it)
            c0 = counts[0]
            after = next(((k, pos) for k, pos in accs if pos >= c0.end - 1), None)
            before = next(((k, pos) for k, pos in reversed(accs) if pos < c0.start), None)
            if after is not None and before is not None and before[0] != after[0] \
                    and not re.fullmatch(r"[\s#]*(?:x|×|张|块|颗|台|of(?: the)?)?\s*",
                                         r.masked[c0.end:after[1]]) \
                    and re.search(r"\bvs\.?(?![a-z])|\bversus\b|\bor\b|还是|对比|比起",
                                  r.t[c0.end:counts[1].start]) and c0.value is not None:
                groups[0] = MappingProxyType({"accelerator": before[0], c0.param or "gpus": c0.value})
        if len(groups) == len(counts) and len({g["accelerator"] for g in groups}) >= 2:
            _mark_options(r, ("gpus", "servers", "accelerator"))
            # "1000 H100 at $25k vs 700 B200 at $38k each", "4,000 A100 at 400 W, 2,500 H100 at
            # 700 W": each group with the amounts written after its name
            each = [dict(g) for g in groups]
            named = sorted((pos, i) for i, g in enumerate(groups) for p2, k, pos in found
                           if p2 == "accelerator" and k == g["accelerator"])
            _bind_to_options(r, named, each)
            between = r.t[counts[0].end:counts[-1].start]
            if KW["compare"].search(r.t) or re.search(r"cheaper|cheapest|便宜|划算", r.t) or \
                    _WHICH_BETTER.search(r.t) or \
                    _WHAT_IF.search(between) or (intent == "training" and REDO.search(between)) or \
                    (intent == "memory" and ("model" in r.params or "params" in r.params)):
                # (whether a model fits is asked of each fleet on its own: "on one h200? and on 4x a100?")
                # ("GPT-3 was trained on 10,000 V100s. if we redid it today on 1,024 H100": the run
                # on each fleet, not one run on both)
                return tuple(MappingProxyType(o) for o in each), "compare"
            return tuple(MappingProxyType(o) for o in each), "sum"
    money = "usd" if "price_usd" in r.params else "cny"
    if len({k for k, _ in accs}) == 1 and len({k for k, _ in srvs}) == 1 and not counts and \
            cat is not None and f"price_{money}" in r.params and f"server_price_{money}" in r.params \
            and cat.servers[srvs[0][0]].gpu != accs[0][0]:
        # "how many MI300X at $15k a pop, and how many HGX H100 servers at $280k instead?": the
        # cards at their price, and the servers at theirs
        srv = srvs[0][0]
        return (MappingProxyType({f"price_{money}": r.params[f"price_{money}"], "accelerator": accs[0][0]}),
                MappingProxyType({f"server_price_{money}": r.params[f"server_price_{money}"],
                                  "server": srv, "accelerator": cat.servers[srv].gpu})), "compare"
    models = [(k, pos) for p, k, pos in found if p == "model"]
    if len({k for k, _ in models}) == 2 \
            and _IF_IT_WERE.search(r.t, max(0, models[-1][1] - 24), models[-1][1]):
        # "ChatGPT generates 100 billion words a day … how many H100s if it were Llama 3 70B?": the service,
        # sized as the model it is supposed to be
        last = models[-1][0]
        r.params["model"] = last
        r.stated = [replace(st, note="restated") if st.param == "model" and st.value != last else
                    replace(st, note="") if st.param == "model" else st for st in r.stated]
        found = [f for f in found if not (f[0] == "model" and f[1] != last)]
    for param in ("accelerator", "model", "precision"):
        keys: list[str] = []
        for p, k, _ in found:
            if p == param and k not in keys:
                keys.append(k)
        if len(keys) >= 2:
            _mark_options(r, (param,))
            mentions = sorted((pos, keys.index(k2)) for p, k2, pos in found if p == param)
            overlays: list[dict[str, Value]] = [{param: k} for k in keys]
            _bind_to_options(r, mentions, overlays)
            mfu = r.params.get("mfu")
            if param == "accelerator" and len(overlays) == 2 and isinstance(mfu, float) \
                    and "mfu" not in overlays[1]:
                # "2000 张 H100，MFU 35% … 换成 B200 同样 2000 张、MFU 提高 5 个点": the new card's gain
                for gain in ("mfu_gain_points", "mfu_gain"):
                    g = r.params.get(gain)
                    if isinstance(g, float):
                        overlays[1]["mfu"] = min(1.0, mfu + g if gain == "mfu_gain_points" else mfu * (1 + g))
                        overlays[1][gain] = g
                        overlays[1]["mfu_gain_applied"] = True   # (the MFU above has it already)
                        r.params.pop(gain)                       # (not the first card's)
                        break
            if param == "accelerator" and len(keys) == 2 and "speedup" in r.params \
                    and "speedup_fast" not in r.params:
                # "MI325X at $18k vs H200 at $32k, if H200 is 1.3x faster": which card the ratio
                # favours, for the work each gives per dollar
                r.params["speedup_fast"] = _fast_slow(r, accs)[0]
            return tuple(MappingProxyType(o) for o in overlays), "compare"
    rates = sorted((s for s in r.stated if s.param in ("growth_rate_year", "doubling_months")
                    and s.note == "" and isinstance(s.value, float)), key=lambda s: s.start)
    if len(rates) == 2 and rates[0].param != rates[1].param:
        # "at 2x a year how long to 1000x? and what if doubling every 6 months": both, in order
        _mark_options(r, ("growth_rate_year", "doubling_months"))
        return tuple(MappingProxyType({str(s.param): float(s.value or 0)}) for s in rates), "compare"
    scaled = _load_scaled(r) or _tokens_scaled(r) or _count_scaled(r, intent)
    if scaled:
        return scaled, "compare"
    if intent == "memory" and (tp := _tp_instead(r)) is not None:
        return tp, "compare"
    if isinstance(high, float) and isinstance(low := r.params.get(param_range), float):
        # "$2-3/hr": the answer at each end of the stated range
        return (MappingProxyType({param_range: low}), MappingProxyType({param_range: high})), "compare"
    # each quantity stated twice is compared; several at once pair up in the order written
    # ("¥0.38/kWh vs $0.11/kWh … PUE 1.2 vs 1.4": Guizhou's price with 1.2, Virginia's with 1.4)
    pairs: list[list[Stated]] = []
    kwh = [s for s in r.stated if s.param in ("electricity_usd_per_kwh", "electricity_cny_per_kwh")
           and s.note == "" and isinstance(s.value, float)]
    if len(kwh) == 2 and kwh[0].param != kwh[1].param:
        # "美国电价0.09美元/度，中国0.45元/度…两边电费差多少": the bill at each, side by side
        pairs.append(sorted(kwh, key=lambda s: s.start))
    rents = [s for s in r.stated if s.param in ("rent_usd_per_hour", "rent_cny_per_hour")
             and s.note == "" and isinstance(s.value, float)]
    if len(rents) == 2 and rents[0].param != rents[1].param:
        # "按 $2/GPU hour 算 … 要是按国内租价 ¥10/卡时 又是多少": the bill at each
        pairs.append(sorted(rents, key=lambda s: s.start))
    if "doubling_months" in r.params:
        # "doubling every 6 months … what if it's 9 months instead?": the other doubling time, compared
        for st in [x for x in r.stated if x.param == "period_months" and x.note == ""]:
            if re.match(r"\s*(?:instead|rather)\b", r.t[st.end:st.end + 10]) or re.search(
                    r"what if (?:it'?s|it is|doubling is|the doubling is)\s*$",
                    r.t[max(0, st.start - 24):st.start]):
                r.params.pop("period_months", None)
                r.retag(st, param="doubling_months", note="duplicate")
    mfus = sorted((s for s in r.stated if s.param == "mfu" and s.note in ("", "duplicate")
                   and isinstance(s.value, float)), key=lambda s: s.start)
    if len(mfus) == 2 and mfus[0].value != mfus[1].value and (("days" in r.params and not any(
            k in r.params for k in ("model", "params", "active_params", "train_flops", "train_tokens",
                                    "gpu_hours", "gpu_years", "from_accelerator", "from_gpus"))) or (
            # ("our 13B run ran at 31% MFU … took 40 days … we expect MFU to go to 46%. How many days?": the
            # run that took the days, redone at the new MFU)
            ("gpus" in r.params or "servers" in r.params or _SAVED_ASKED.search(r.t)
             or ("days" in r.params and TOOK.search(r.t) and HOW_LONG_ASKED.search(r.t)))
            and "from_accelerator" not in r.params
            and len({s.value for s in r.stated if s.param == "accelerator"}) <= 1
            and _MFU_RAISED_TO.search(r.t[max(0, mfus[1].start - 24):mfus[1].end]))):
        # "45 days at 30% MFU; if MFU goes to 40%, how long?": the run's MFU and the one it goes to
        # ("256 张 H800 训 13B … 现在 MFU 31%，如果 MFU 提到 42% 能省几天": the same run at the new MFU)
        r.params["mfu"], r.params["mfu_to"] = float(mfus[0].value or 0), float(mfus[1].value or 0)
        r.retag(mfus[1], param="mfu_to", note="")
        r.retag(mfus[0], note="")

    for money in ("rent_usd_per_hour", "rent_cny_per_hour", "electricity_usd_per_kwh",
                  "electricity_cny_per_kwh", "price_usd", "price_cny", "usd_per_million_tokens",
                  "cny_per_million_tokens", "observed_tokens_per_s_per_gpu", "gpu_tflops", "mfu",
                  "pue", "watts_per_gpu", "watts_per_server", "utilization", "input_tokens",
                  "output_tokens", "growth_rate_year", "doubling_months", "usd_cny", "peak_factor",
                  "tpot_ms", "ttft_ms", "hbm_multiple", "queries_per_user", "concurrent_users",
                  "train_tokens", "epochs", "tokens_per_user_day", *sorted(r.joined), *_WHAT_IF_PARAMS):
        twice = [s for s in r.stated if s.param == money and s.note in ("", "duplicate")
                 and isinstance(s.value, float)]
        if money in _WHAT_IF_PARAMS and money not in r.joined and (
                len(twice) != 2 or not _CHANGE_CUE.search(_clause(r.t, twice[1], twice[0].end))
                # ("两年后单次训练如果用H100跑90天": the run's own length after a horizon, no second horizon)
                or (money == "period_months"
                    and _RUN_LASTS.search(r.t[max(0, twice[1].start - 12):twice[1].start]))
                or (money in ("gpus", "servers") and twice[1].value == 1)):
            continue      # (these are compared only when the second is a change asked about)
        if len(twice) == 2 and (twice[0].value != twice[1].value
                                or readings.text_cur(twice[0].text) != readings.text_cur(twice[1].text)):
            # (the same amount in two currencies is compared too: "每卡时2.5美元和每卡时18元人民币")
            # "$2.35/GPU-hr … and if we renegotiate to $1.90/hr?": the answer at each
            pairs.append(sorted(twice, key=lambda s: s.start))
    if not pairs and (changed := _mfu_changed(r, intent)) is not None:
        return changed, "compare"
    if not pairs and (teams := _per_team(r)):
        return teams, "sum"
    listed = str(r.params.pop("value_list", ""))
    in_list = sorted((s for s in r.stated if s.param == listed and s.note in ("", "duplicate")
                      and isinstance(s.value, float)), key=lambda s: s.start)
    if listed and len(in_list) >= 3 and not pairs:
        # "at 30%, 40% or 50% MFU": the answer at each value listed
        _mark_options(r, (listed,))
        return tuple(MappingProxyType({listed: float(s.value or 0)}) for s in in_list), "compare"
    if pairs:
        _mark_options(r, tuple(str(s.param) for pair in pairs for s in pair))
        return _scenarios(r, pairs), "compare"
    periods = [s for s in r.stated if s.param == "days" and s.note in ("", "duplicate")]
    shortest = min(periods, key=lambda s: float(s.value or 0)) if periods else None
    if len(periods) == 2 and shortest is not None and (r.params.get("depreciation") or r.params.get(
            "purchase_per_user")) and (r.params.get("purchase_per_user") or not any(
            k in r.params for k in ("electricity_usd_per_kwh", "electricity_cny_per_kwh", "watts_per_gpu",
                                    "watts_per_server", "pue"))) \
            and re.fullmatch(r"annual(?:ly)?|yearly|per year|a year|每年|年度|monthly|per month|a month|"
                             r"每个?月(?:的)?(?:成本|费用|折旧|摊销|花费)?", str(shortest.text).lower()):
        # "5yr straight-line dep -> annual D&A": the years written off over, the annual share asked (the
        # answer gives a year's depreciation)
        life = max(periods, key=lambda s: float(s.value or 0))
        r.params["days"] = float(life.value or 0)
        r.retag(life, note="")
        r.retag(shortest, note="restated")
        return (), ""
    if len(periods) >= 2 and len({s.value for s in periods}) == len(periods) and (
            KW["cost"].search(r.t) or KW["power"].search(r.t)):
        # "what does a quarter cost, and per annum?": the bill over each period
        _mark_options(r, ("days",))
        periods.sort(key=lambda s: s.start)
        values = [float(s.value) for s in periods if isinstance(s.value, (int, float))]
        r.params["days"] = values[0]
        return tuple(MappingProxyType({"days": v}) for v in values), "compare"
    return (), ""


# a bill split by who uses the cards: "spend per team", "每组多少钱", "费用分摊"
_PER_TEAM = rx.compile(r"\bper (?:team|group|org|department|project|tenant|bu)\b|"
                       r"\bby (?:team|group|department|project)\b|\beach (?:team|group|department|project)\b|"
                       r"\bsplit\b|每组|各组|每个(?:团队|组|部门|项目)|各(?:团队|部门|项目)|分摊")


def _per_team(r: Reading) -> tuple[Mapping[str, Value], ...]:
    """"team split …\nml-research: 48 GPUs\nsearch: 16 GPUs\nads: 32 GPUs\nspend per team": one line per
    team, each its count of the same cards: each team's bill, and the total."""
    if not _PER_TEAM.search(r.t):
        return ()
    counts = sorted((s for s in r.stated if s.param == "gpus" and s.note in ("", "duplicate")
                     and isinstance(s.value, float)), key=lambda s: s.start)
    lines = {r.t.count("\n", 0, s.start) for s in counts}
    if len(counts) < 2 or len(lines) != len(counts) or len({s.value for s in counts}) < 2:
        return ()                          # (one line each, or it is no list of teams)
    _mark_options(r, ("gpus",))
    r.stated = [replace(s, note="option") if any(s is c for c in counts) else s for s in r.stated]
    return tuple(MappingProxyType({"gpus": float(s.value or 0)}) for s in counts)


def _mfu_changed(r: Reading, intent: str | None) -> tuple[Mapping[str, Value], ...] | None:
    """"2,500 GPU-years of H100 at 40% MFU: how many tokens for a 70B? and with 20% higher MFU?": the
    answer at the stated MFU and at the changed one, side by side, for GPU-hours or money stated (a
    run's days at a new MFU, a fleet's days and a new card's MFU have their own readings)."""
    mfu = r.params.get("mfu")
    change = next((k for k in ("mfu_to", "mfu_gain", "mfu_gain_points")
                   if isinstance(r.params.get(k), float)), None)
    if intent != "training" or not isinstance(mfu, float) or change is None or any(
            k in r.params for k in ("from_accelerator", "from_gpus", "mfu_gain_applied")) or not any(
            k in r.params for k in ("gpu_years", "gpu_hours", "budget_usd", "budget_cny")):
        return None
    if any(k in r.params for k in ("gpu_years", "gpu_hours")) and not any(
            k in r.params for k in ("params", "model", "active_params", "days", "train_flops", "train_tokens",
                                    "budget_usd", "budget_cny")):
        # ("2,600 GPU-hours at 30% MFU. If we get MFU up to 42% how many GPU-hours?": the same run's hours at
        # the new MFU, one answer (calc/training._hours_at_new_mfu), not the old hours beside themselves)
        return None
    value = r.params.pop(change)
    assert isinstance(value, float)
    new = value if change == "mfu_to" else mfu * (1 + value) if change == "mfu_gain" else mfu + value
    r.stated = [replace(s, note="option") if s.param == change else s for s in r.stated]
    # (the second option's MFU has the change in it; these paths never apply it again)
    return MappingProxyType({"mfu": mfu}), MappingProxyType({"mfu": min(1.0, max(0.01, new)), change: value})


# quantities compared when stated twice only if the second is asked about as a change ("what if
# MFU were 55% instead", "如果卡数加到 512 张", "now suppose 900 QPS", "最坏情况只到 2.5万 tok/s 呢")
_WHAT_IF_PARAMS = ("gpus", "qps", "queries_per_day", "tokens_per_day", "users", "users_to",
                   "joules_per_token", "batch_per_replica", "budget_share", "dau_per_mau", "dau_per_wau",
                   "hbm_usd_per_gb", "hbm_gb_per_gpu", "ttft_margin", "observed_tokens_per_s_per_server",
                   "observed_tokens_per_s", "speedup", "tensor_parallel", "replicas", "server_price_usd",
                   "server_price_cny", "budget_usd", "budget_cny", "discount", "power_mw",
                   "server_power_cap_w", "gpu_hours", "params",
                   "dram_usd_per_gb", "all_in_multiple", "factor", "period_months")
_RUN_LASTS = rx.compile(r"(?:跑|训练?|\btrain(?:ing)?\s+(?:it\s+)?(?:in|for|over)|\brun(?:ning)?\s+(?:it\s+)?"
                        r"(?:for|over)?|\bfinish(?:ed)?\s+in)\s*(?:约|大约|大概|about|~)?\s*$")
_CHANGE_CUE = rx.compile(r"\bwhat (?:happens |about )?if\b|\bwhat about\b|\bhow about\b|\band if\b|\bif\b|"
                         r"\binstead\b|\bsuppose|\bassum|\bnow\b|\bworst|\bbest|\bvs\.?\b|\bversus\b|"
                         r"\bgo(?:es)? (?:up |down )?to\b|\bdrops?\b|\bcuts? (?:it )?to\b|\braise|"
                         r"\bmoved? to\b|\bbumps?\b|\bpush|\bor\b|\bgrows? to\b|\breach|"
                         r"如果|假如|假设|要是|若是|若|换成|改成|改为|变成|降到|降至|提到|提高到|涨到|加到|增加到|"
                         r"增至|减到|减少到|缩到|升到|做到|只有|只到|放宽到|收紧到|最坏|最好|乐观|悲观|"
                         r"或者|还是|呢|分别")


def _scenarios(r: Reading, pairs: list[list[Stated]]) -> tuple[Mapping[str, Value], ...]:
    """The answer at the first values and at each change asked about: changes asked together ("如果卡数
    加到 512 张，MFU 降到 36%") are one scenario; changes asked separately ("what if MFU were 55% … and
    separately what if we had 4,096 GPUs") are one each, the other quantities at their first values."""
    base = {str(p[0].param): float(p[0].value or 0) for p in pairs}
    asks = [m.start() for m in _SEPARATE_ASK.finditer(r.t)]

    def clause(st: Stated) -> int:
        return sum(1 for a in asks if a < st.start)
    groups: dict[int, list[list[Stated]]] = {}
    for p in pairs:
        groups.setdefault(clause(p[1]) if len(pairs) > 1 else 0, []).append(p)

    def changed(group: list[list[Stated]]) -> Mapping[str, Value]:
        # ("¥0.38/kWh vs $0.11/kWh": the second price replaces the first in the other currency)
        out = {k: v for k, v in base.items() if not any(p[0].param == k != p[1].param for p in group)}
        return MappingProxyType(out | {str(p[1].param): float(p[1].value or 0) for p in group})
    if len(groups) == 1:
        return (MappingProxyType(base), changed(pairs))
    return (MappingProxyType(base), *(changed(g) for _, g in sorted(groups.items())))


_CLAUSE_END = rx.compile(r"[，。？！；?!;]|,(?!\d{3})|[.:](?:\s|$)|\s[-–—]+\s|\n")


def _clause(t: str, st: Stated, after: int) -> str:
    """The clause a value is written in ("…要几天？如果卡数加到 512 张，" → "如果卡数加到 512 张"), not
    reaching back before `after`."""
    start = max([after, *(m.end() for m in _CLAUSE_END.finditer(t, after, st.start))])
    end = next((m.start() for m in _CLAUSE_END.finditer(t, st.end)), len(t))
    return t[start:end]


_NUMBER_END = rx.compile(r"[\d.,]+(?:\s*(?:[万亿千百kmb]|mn|bn|mln)(?![a-z]))?(?!.*\d)")
# a unit after the first value's number ("80ms"), not the thing it is per ("64 per replica", "64/replica")
_UNIT_AFTER = rx.compile(r"\s*(?!%)(?!(?:per|/)\s*(?:replica|instance|node|server|gpu|card|user)\b)"
                         r"[a-z\u4e00-\u9fff/$¥]")
_SENTENCE_END = rx.compile(r"[。？！?!;；\n]|\.(?:\s|$)")
_ECHO_STOP = {"per", "the", "and", "for", "with", "what", "how", "many", "much", "our", "are", "its"}


_RATES = ("observed_tokens_per_s_per_gpu", "observed_tokens_per_s_per_server", "observed_tokens_per_s")
_BARE_RATE = rx.compile(r"[~≈约]?\s*[\d.,]+\s*[万千kmb]?\s*(?:tok(?:en)?s?\s*/\s*(?:s|sec)|t/s|"
                        r"tokens? (?:per|a) second|tokens?每秒)")


_RATE_PER = rx.compile(r"单卡|单机|单台|每卡|每张|每台|每柜|单柜|每节点|整机|集群|合计|总共|总|一张|一台|"
                       r"\s*(?:per|/|a|each)[- ]?(?:gpu|card|chip|server|node|rack|box|replica)|\beach\b|"
                       r"cluster|\btotal|in all|aggregate|combined")


def same_kind_rates(r: Reading) -> None:
    """A measured rate written bare after one said per card or per rack is of the same kind: "实测每柜 4 万
    tok/s … 最坏情况实测只到 2.5万 tok/s 呢", "measured 900 tok/s per GPU … L40S doing 2,600 tok/s"."""
    rates = sorted((s for s in r.stated if s.param in _RATES and isinstance(s.value, float)),
                   key=lambda s: s.start)

    def said_per(st: Stated) -> bool:
        return not _BARE_RATE.fullmatch(st.text.lower().strip()) or bool(
            _RATE_PER.search(r.t[max(0, st.start - 10):st.start]) or _RATE_PER.match(r.t, st.end))
    if len(rates) < 2 or not said_per(rates[0]):
        return
    kind = rates[0].param
    for st in rates[1:]:
        if st.param == kind or said_per(st):
            continue
        if st.note == "" and r.params.get(str(st.param)) == st.value:
            del r.params[str(st.param)]
        again = kind in r.params and r.params[str(kind)] != st.value
        if not again:
            r.params[str(kind)] = st.value  # type: ignore[assignment]
        r.stated = [replace(x, param=kind, note="duplicate" if again else "") if x is st else x
                    for x in r.stated]


def echo_changes(r: Reading) -> None:
    """A bare number asked as a change of an earlier quantity is that quantity's second value: "at 40%
    MFU? what about at 25%?", "排队余量按 1.5 … 余量改成 2 呢", "如果 PUE 差些，到 1.5 呢", "max batch 64 …
    what if we raise the batch cap to 128": the quantity whose words the change's sentence repeats, else
    the only one written the same way (a percentage for a percentage)."""
    firsts = [s for s in r.stated if s.param is not None and s.note == "" and isinstance(s.value, float)
              and s.param not in NAME_PARAMS]
    for st in [s for s in r.stated if s.param is None and s.note == "" and isinstance(s.value, float)]:
        start = max([0, *(m.end() for m in _SENTENCE_END.finditer(r.t, 0, st.start))])
        before = [f for f in firsts if f.end <= st.start]
        if not before or not _CHANGE_CUE.search(_clause(r.t, st, before[-1].end)):
            continue
        window = r.t[start:st.start].lower()
        fits = [(f, v) for f in before if (v := _echo_value(st, f)) is not None]
        named = [(f, v) for f, v in fits if any(w in window for w in _echo_words(f))]
        # (without the words, only a change said right before the number: "what about at 25%", not
        # "how many L40S will we need then if today we use 24")
        right_after = any(m.end() >= st.start - 6 for m in _CHANGE_CUE.finditer(r.t, start, st.start))
        pick = named if len({f.param for f, _ in named}) == 1 else \
            fits if not named and right_after and len({f.param for f, _ in fits}) == 1 else []
        if pick:
            f, v = pick[0]
            r.retag(st, param=f.param, value=v, note="duplicate")


def _echo_value(st: Stated, f: Stated) -> float | None:
    """The bare number as a second value of `f`, when it could be one (written the same way, in the
    parameter's range, within 5x of the first)."""
    pct = st.text.rstrip().endswith("%")
    v = float(st.value or 0) / 100 if pct else float(st.value or 0)
    p = registry.params().get(str(f.param))
    same_way = pct == f.text.rstrip().endswith("%") or (pct and "%" in f.text)
    if p is None or not same_way or not p.lo <= v <= p.hi or v == f.value:
        return None
    if (num := _NUMBER_END.search(low := f.text.lower())) and not pct and _UNIT_AFTER.match(low, num.end()):
        return None       # ("TPOT 从 80ms 压到 40ms … TP 从 4 提到 8": 8 is no TPOT)
    return v if 0.2 <= v / float(f.value or 1) <= 5 else None


def _echo_words(f: Stated) -> set[str]:
    """The words that name `f`'s quantity: those written with it and the registry's, English words of
    three letters or more and Chinese pairs of characters."""
    p = registry.params()[str(f.param)]
    text = " ".join([re.sub(r"[\d.,%]+", " ", f.text.lower()), *p.words.get("en", ()),
                     *p.words.get("zh", ())])
    out = {w for w in re.findall(r"[a-z]{3,}", text) if w not in _ECHO_STOP}
    for run in re.findall(r"[\u4e00-\u9fff]{2,}", text):
        out |= {run[i:i + 2] for i in range(len(run) - 1)}
    return out


# a new what-if question inside one message ("… and separately what if …", "另外，如果…")
_SEPARATE_ASK = rx.compile(r"\bseparately\b|\bwhat (?:happens |about )?if\b|\bwhat about\b|\bhow about\b|"
                           r"另外|此外|再问|单独")


RENT_OUT = rx.compile(r"\b(?:rent|lease|let)(?:ing|s)? (?:them |it |those |these |our \w+ |the \w+ )?out\b|"
                       r"\bsell(?:ing)? (?:gpu[- ]?hours|compute|capacity)|"
                       # a host's words: "hosting 8x 4090 on vast", "occupancy 50%", "resell at $2.30/hr"
                       # (not "the last BEV occupancy run": an occupancy network, a model)
                       # (not "self-hosting": serving one's own load)
                       r"(?<!self-)(?<!self )\bhosting\b|"
                       r"\boccupancy\b(?!\s+(?:net(?:work)?s?|grids?|models?|runs?|heads?|"
                       r"predictions?|training)\b)|\brental demand\b|\bresell(?!ers?\b)|\bvast\.?ai\b|"
                       r"\bon vast\b|"
                       r"\b(?:they|it|the cards|the gpus) rent (?:out )?(?:for|at)\b|"
                       r"\brunpod\b|"
                       r"\blist(?:ing|ed)? (?:\w+ )?(?:at|for) (?:us)?\$|"
                       r"出租|租出去|对外租|往外租|租给客户|转租|卖卡时|卖算力|做租赁|用于租赁|租赁业务|算力租赁|"
                       # ("两百来张4090挂到算力平台，一个月能挣30万": listed on a platform, to earn)
                       r"挂(?:到|在|上)?\s*(?:算力)?(?:平台|市场)|挂出去|挂租")


_BATCH_WORDS = rx.compile(r"(?:conc(?:urrency)?|batch(?: size)?|bs|并发数|批大小)"
                          r"\s*(?:最多|最大|上限|不超过|max\b|up to\b)?\s*(?:=|:|of|是|为)?\s*[\d.]")


_EACH_CAPPED = rx.compile(r"\beach\s+(?:is\s+|one\s+)?(?:capped at|limited to|with|running|serving|handling|"
                          r"holding|taking|at|max(?:imum)?|up to)\s*(?:max(?:imum)?\s*|up to\s*)?$")


def exact_in_brackets(r: Reading, params: tuple[str, ...] = ("gpus", "servers")) -> None:
    """"H800 千卡集群（1024 张）": a round count, then the exact one in brackets right after it: the
    exact one is the count, the round one said again (read, not a second value)."""
    for param in params:
        first = next((x for x in r.stated if x.param == param and x.note == ""
                      and isinstance(x.value, float)), None)
        again = next((x for x in r.stated if x.param == param and x.note in ("duplicate", "option")
                      and isinstance(x.value, float)), None)
        if first is None or again is None or not first.value or again.start < first.end:
            continue
        # ("租4张跑一个月（按30天）": a month, then the days it is counted as)
        if re.fullmatch(r"[^,，。;；?？]{0,12}[（(]\s*(?:按|算|i\.e\.|ie|=|~|即|约)?\s*",
                        r.t[first.end:again.start]) and \
                abs(float(again.value or 0) / float(first.value) - 1) <= 0.1:
            r.params[param] = again.value  # type: ignore[assignment]
            r.retag(first, note="restated")
            r.retag(again, note="")


# the people a count "of them" may be of, and the cards it may be of: "Heavy users (our M&A associates) …
# there are a few hundred of them (call it 350)"
_PEOPLE_SAID = rx.compile(r"\b(?:users?|people|associates|lawyers|attorneys|employees|staff|engineers|"
                          r"developers|"
                          r"agents|analysts|students|customers|clients|members|doctors|nurses|teachers|paralegals|"
                          r"partners|reps|seats|researchers|traders)\b")
_CARDS_SAID = rx.compile(r"#|\b(?:gpus?|cards?|chips?|accelerators?|servers?|nodes?|boxes)\b")
_OF_THEM = rx.compile(r"\bof (?:them|those|these)$")


def counted_of_them(r: Reading) -> None:
    """"… there are a few hundred of them (call it 350)": a count "of them" (or the exact one said for it) is
    of the people named last, not cards, when people were named after any card."""
    if "users" in r.params:
        return
    for st in [x for x in r.stated if x.param == "gpus" and x.note == ""]:
        said = [x for x in r.stated
                if x.param == "gpus" and (x is st or (x.note == "vague" and x.end <= st.start))]
        of_them = next((x for x in said if _OF_THEM.search(str(x.text).lower())), None)
        if of_them is None:
            continue
        people = [m.end() for m in _PEOPLE_SAID.finditer(r.t, 0, of_them.start)]
        cards = [m.end() for m in _CARDS_SAID.finditer(r.masked, 0, of_them.start)]
        if people and (not cards or people[-1] > cards[-1]):
            for x in said:
                r.retag(x, param="users")
            r.params.pop("gpus", None)
            r.params["users"] = float(st.value or 0)
            return


_EACH_REPLICA_AFTER = rx.compile(r"\s*(?:each|apiece|per replica|a replica|per copy|each replica)\b|"
                                 r"\s*(?:一个|每个)\s*副本")
_EACH_REPLICA_BEFORE = rx.compile(r"(?:每个?|单个?)(?:副本|实例)|\b(?:each|per) (?:replica|instance)")


def one_group_rented(r: Reading) -> None:
    """"H100 每小时 2.49 美元 … 16 卡一组，连续跑 30 天费用多少": one tensor-parallel group rented for
    the period, with no fleet, replicas or load stated, is the fleet of that group's cards."""
    p = r.params
    tp = p.get("tensor_parallel")
    if not isinstance(tp, float) or any(k in p for k in ("gpus", "servers", "replicas", *LOADS)) \
            or not any(k in p for k in ("rent_usd_per_hour", "rent_cny_per_hour")) \
            or not PERIOD_SAID.search(r.t) or TRAIN_SAID.search(r.t):
        return
    p["gpus"] = p.pop("tensor_parallel")
    r.stated = [replace(st, param="gpus") if st.param == "tensor_parallel" else st for st in r.stated]


def gpus_of_each_replica(r: Reading) -> None:
    """A GPU count that is each replica's, not the fleet's: "24 replicas of DeepSeek-V3 on H200, 16 GPUs
    each" (its tensor-parallel group, said after it) and "48 个副本，每个副本 TP=1 用一张 L40S" (the
    group said again as cards); the fleet is the replicas times the group."""
    p = r.params
    reps, tp = p.get("replicas"), p.get("tensor_parallel")
    counts = [x for x in r.stated if x.param == "gpus" and x.note == "" and isinstance(x.value, float)]
    if not isinstance(reps, float) or not counts:
        return
    each = next((x for x in counts if _EACH_REPLICA_AFTER.match(r.t[x.end:x.end + 16])), None)
    st, note = counts[0], "restated"
    if tp is None and each is not None:
        st, note, tp = each, "", float(each.value or 0)
        p["tensor_parallel"] = tp
    elif not (reps > 1 and tp == st.value
              and _EACH_REPLICA_BEFORE.search(r.t[max(0, st.start - 24):st.start])):
        return
    p["gpus"] = reps * float(tp or 0)
    r.retag(st, param="tensor_parallel", note=note)


def cap_each_replica(r: Reading) -> None:
    """"24 replicas of deepseek-r1 at TP8, each capped at 96 concurrent seqs": the streams each
    replica holds, not the fleet's load."""
    if "replicas" not in r.params or "batch_per_replica" in r.params:
        return
    st = next((x for x in r.stated if x.param == "concurrent_users" and x.note == ""
               and _EACH_CAPPED.search(r.t[max(0, x.start - 24):x.start])), None)
    if st is None:
        return
    r.params["batch_per_replica"] = r.params.pop("concurrent_users")
    r.retag(st, param="batch_per_replica")


def batch_beside_load(r: Reading) -> None:
    """"ISL/OSL = 2048/256, conc=64, TPOT ≤ 40ms … 120 QPS at peak": a concurrency or batch written
    as a serving setting beside a stated load is the batch one replica runs, not the load (beside a
    measured rate it is the batch the rate was measured at, named as such)."""
    st = next((x for x in r.stated if x.param == "concurrent_users" and x.note == ""
               and _BATCH_WORDS.match(str(x.text).lower())), None)
    cap = st or next((x for x in r.stated if x.param == "concurrent_users" and x.note == "duplicate"
                      and _BATCH_WORDS.match(str(x.text).lower())), None)
    load = next((x for x in r.stated if x.param == "concurrent_users" and x.note in ("", "duplicate")
                 and not _BATCH_WORDS.match(str(x.text).lower())), None)
    if cap is not None and load is not None and "batch_per_replica" not in r.params:
        st = cap
        # "batch 最多 64，要扛 3000 并发": the batch one replica runs, and the streams the fleet holds
        r.params["batch_per_replica"], r.params["concurrent_users"] = st.value, load.value  # type: ignore[assignment]
        r.retag(st, param="batch_per_replica", note="")
        r.retag(load, note="")
        return
    measured = any(k.startswith("observed_tokens_per_s") for k in r.params)
    if st is not None and measured and "batch_per_replica" not in r.params \
            and any(k in r.params for k in ("gpus", "servers")) and re.search(
                r"\bat\s+(?:a\s+)?(?:batch|bs)\b", r.t[max(0, st.start - 4):st.end]):
        # ("we measured about 1,400 tok/s per GPU … at batch 32 … how many updates an hour can 2 of them
        # do": the batch the rate was measured at, each replica's, not the fleet's streams)
        r.params["batch_per_replica"] = r.params.pop("concurrent_users")
        r.retag(st, param="batch_per_replica")
        return
    if st is None or measured or "batch_per_replica" in r.params or not any(
            k in r.params for k in ("qps", "users", "queries_per_day", "tokens_per_day")):
        return
    r.params["batch_per_replica"] = r.params.pop("concurrent_users")
    r.retag(st, param="batch_per_replica")


def promote_orphans(r: Reading) -> None:
    """A value kept as a duplicate whose first value a reading took for another parameter is now the
    only one: "prices fall from $30,000 to $22k … can a $500M budget buy?" ($30,000 was first read
    as the budget, then as the price's before-value)."""
    for st in list(r.stated):
        if st.note == "duplicate" and st.param and st.param not in r.params and isinstance(st.value, float) \
                and not any(x.param == st.param and x.note in ("", "option") for x in r.stated):
            r.params[str(st.param)] = st.value
            r.retag(st, note="")


_WHAT_IF = rx.compile(r"\bwhat (?:happens |about )?if\b|\bwhat about\b|\band if\b|\bif (?:\w+ ){0,4}"
                      r"(?:grows?|goes up|increases?|jumps?|rises?|triples?|doubles?|quadruples?|"
                      r"scales?)|如果|假如|要是|再涨|涨到|增长到|翻倍|翻一番|翻两番")


def _tp_instead(r: Reading) -> tuple[Mapping[str, Value], ...] | None:
    """"fits on one card or do we need TP2?": the count stated, and the tensor-parallel group asked
    of instead, each checked (None when the question says no such alternative)."""
    cnt = next((s for s in r.stated if s.param == "gpus" and s.note == ""), None)
    tp = next((s for s in r.stated if s.param == "tensor_parallel" and s.note == ""), None)
    if cnt is None or tp is None or not isinstance(cnt.value, float) or not isinstance(tp.value, float) \
            or cnt.value == tp.value or cnt.start > tp.start \
            or not re.search(r"\bor\b|还是|或者|不够", r.t[cnt.end:tp.start]):
        return None
    r.params.pop("tensor_parallel", None)
    r.retag(tp, param="gpus", note="option")
    return MappingProxyType({"gpus": cnt.value}), MappingProxyType({"gpus": tp.value})


def _load_scaled(r: Reading) -> tuple[Mapping[str, Value], ...]:
    """"how many cards for 40B tokens a day, and what if volume triples?": the answer for the
    stated load and for the load times the factor, side by side."""
    fac = next((s for s in r.stated if s.param == "factor" and s.note == ""), None)
    load = next((k for k in LOADS if isinstance(r.params.get(k), (int, float))), None)
    if fac is None or load is None or not isinstance(fac.value, (int, float)) or fac.value <= 1 \
            or "users_to" in r.params or not _WHAT_IF.search(r.t[:fac.end]):
        return ()
    base = r.params[load]
    assert isinstance(base, (int, float))
    r.params.pop("factor", None)
    r.retag(fac, note="option")
    return (MappingProxyType({load: base}),
            MappingProxyType({load: base * float(fac.value), "factor": float(fac.value)}))


# "reasoning models use 5x more output tokens", "输出token变成原来的3倍": the answers' length scaled
_TOKENS_SCALED = rx.compile(r"(?:x|×|times|倍)\s*(?:more|longer|as many|the)\s*(?:output |generated |answer |"
                            r"reasoning |thinking |decode )?(?:tokens|answers|outputs|responses|completions)|"
                            # "makes output 3x longer": the answers, the factor written after them
                            r"\b(?:output|outputs|answers?|responses?|completions?|generations?)\s+"
                            r"(?:[\d.]+\s*(?:x|×|times)|[\d.]+-fold)\s*(?:longer|more|bigger)|"
                            r"(?:输出|回答|生成|回复)(?:的)?\s*(?:token)?\s*(?:数|量|长度)?\s*(?:变成|是|多|长|增加到?|翻)"
                            r"(?:原来的|现在的|以前的)?\s*[\d.一二两三四五六七八九十]+\s*倍")


_COUNT_WORDS = rx.compile(r"gpus|cards|accelerators|chips|servers|nodes|quantity|units|order|as many|"
                          r"that many|卡数|卡|机器|"
                          r"服务器|"
                          r"节点|规模|数量|采购量|台数")


def _count_scaled(r: Reading, intent: str | None) -> tuple[Mapping[str, Value], ...]:
    """"… with 512 A100 at 45% MFU? and if we had twice the GPUs?", "…用256张H800…如果卡数翻倍呢？": a
    run, a bill or a fleet on the stated count and on the count times the factor, side by side."""
    fac = next((s for s in r.stated if s.param == "factor" and s.note == ""), None)
    counted = "gpus" if isinstance(r.params.get("gpus"), float) else \
        "servers" if isinstance(r.params.get("servers"), float) else None
    if fac is None or counted is None or intent not in ("training", "power", "capex", "energy", "convert") \
            or not isinstance(fac.value, (int, float)) or fac.value <= 1 \
            or not _WHAT_IF.search(r.t[:fac.end]) \
            or not _COUNT_WORDS.search(r.t[max(0, fac.start - 12):fac.end + 16]):
        return ()
    base = r.params[counted]
    assert isinstance(base, float)
    r.params.pop("factor", None)
    r.retag(fac, note="option")
    return (MappingProxyType({counted: base}),
            MappingProxyType({counted: base * float(fac.value), "factor": float(fac.value)}))


def _tokens_scaled(r: Reading) -> tuple[Mapping[str, Value], ...]:
    """"If reasoning models use 5x more output tokens, how many more H200s … averaging 400 output
    tokens?": the answer at the stated length and at the length times the factor, side by side."""
    fac = next((s for s in r.stated if s.param == "factor" and s.note == ""), None)
    base = r.params.get("output_tokens")
    if fac is None or not isinstance(fac.value, (int, float)) or fac.value <= 1 or \
            not isinstance(base, (int, float)) or not _TOKENS_SCALED.search(r.t):
        return ()
    r.params.pop("factor", None)
    r.retag(fac, note="option")
    return (MappingProxyType({"output_tokens": base}),
            MappingProxyType({"output_tokens": base * float(fac.value), "factor": float(fac.value)}))


_BUILD_WORDS = rx.compile(r"服务器|网络|机房|配套|基础设施|整机|存储|全套|整套|机箱|电源|主板|配件|散热|"
                          r"机柜|机架|交换机|布线|"
                          r"chassis|\bpsus?\b|power suppl(?:y|ies)|motherboards?|network(?:ing)?|netwrk|ntwk|"
                          r"\bnet\b|\bfac\b|spine|leaf|fit-?out|cabling|optics|install(?:ation)?|cooling|switchgear|"
                          r"servers?|"
                          r"facilit(?:y|ies)|"
                          # (not "AI DC load is 10x today": the data centres' load, grown, not a build)
                          r"infrastructure|\binfra\b|(?:datacenter|data center|\bdc\b)"
                          r"(?!s?\s+(?:load|demand|power|capacity|footprint|consumption|draw)\b)|switch(?:es|ing)?|"
                          r"storage|fabric|\bib\b|infiniband|"
                          r"everything else|the rest\b|其他|其余|"
                          r"整体投入|全部投入|总投入|整体投资|总投资|全部算上|全算上|"
                          r"all[- ]in|卡价|卡钱|chip cost|"
                          r"cost of the chips|\bcapex\b|(?:gpu|chip|accelerator) (?:bill|cost|spend(?:ing)?)")
_ALL_IN_COEF = rx.compile(r"(?:all[- ]in|整体|全部投入|总投入)\s*,?\s*"
                          r"(?:系数|multiple|multiplier|factor|倍数|multiply\s+by|times)\s*"
                          r"(?:为|是|按|of|=|:)?\s*$")
# "全包成本係晶片1.5倍", "all-in cost is 1.5x the chips' … ": the whole build against the chips, named first
_ALL_IN_OF_CHIPS = rx.compile(r"(?:全包|all[- ]in|整体|全部|总|综合|total)\s*"
                              r"(?:成本|投入|投资|造价|费用|cost|capex|investment)?\s*"
                              r"(?:系|係|是|为|為|約|约|大概|按照?|以|is|=)?\s*(?:the\s+)?"
                              r"(?:芯片|晶片|卡|加速卡|gpus?|chips?|设备|硬件|服务器|整机)"
                              r"(?:成本|价格|價格|费用|費用|价|價)?(?:的|嘅|价|價|'s)?\s*$")
_PRICE_WITH_BUILD = rx.compile(r"(?:连|含|包含|加上?|算上)\s*[^,，。；;?？\d]{0,16}?"
                               r"(?:网络|机房|服务器|整机|配套|基础设施)|\ball[- ]in\b|"
                               r"\b(?:including|incl\.?|with)\s+(?:the\s+)?(?:servers?|network\w*|facilit\w*|infra\w*)")


# "with servers + networking adding 35%": the build's words, then the share they add
_BUILD_ADDS = rx.compile(r"(?:" + _BUILD_WORDS.pattern + r")"
                         # ("everything else — servers, switches, the lot — adds about 40% on top": an aside
                         # between dashes)
                         r"(?:[^,;.?，。；？]{0,24}?|[^()（）;.?。；？]{0,40}?[)）]\s*|[^;.?。；？]{0,40}?[—–]\s*)\b"
                         r"(?:adding|add|adds|bring(?:ing)?|on top of)\s*"
                         r"(?:another|an? extra|a further|further|an additional|additional|about|~|"
                         r"roughly)?\s*$")


def _share_of_build(t: str, share: Stated) -> bool:
    """Whether a share ("plus 30% for networking & facilities", "另加网络及存储约 20%") is said of the build
    around the accelerators, by its words around it."""
    return bool(
        (re.search(r"^\s*(?:on top|extra|more)?\s*(?:for|on|of|的|做|作|用于|用在|用来|给|算)?\s*"
                   r"(?:the\s*)?(?:[a-z]+(?:-[a-z]+)?(?:\s+|\s*[/&+,]\s*)){0,3}(?:"
                   + _BUILD_WORDS.pattern + ")", t[share.end:share.end + 40])
         and (re.search(r"(?:plus|add(?:ing|s)?|\+|加上?|另加|\bwith|\bw/|\bincl(?:\.|uding)?|含)\s*,?\s*"
                        r"(?:(?:uh|um|er|like),?\s*)*"
                        # ("with a 40% all-in uplift for servers": the article before the share)
                        # ("with maybe 40% extra for server and networking": a hedge before it)
                        r"(?:(?:maybe|probably|perhaps|say|like)\s+)?"
                        r"(?:another|an? extra|an?|about|roughly|around|~)?\s*$",
                        t[max(0, share.start - 16):share.start])
              # ("assume 40% on top for servers/network": "on top" is the adding word)
              or re.match(r"\s*(?:more\s+|extra\s+)?on top\b", t[share.end:])
              # ("they said budget another 40% for the servers/networking": "another" adds it)
              or re.search(r"\b(?:another|an additional)\s*(?:~|about|roughly|around)?\s*$",
                           t[max(0, share.start - 24):share.start])))
        or _BUILD_ADDS.search(t[max(0, share.start - 60):share.start])
        # ("What's the damage all in with networking, racking and that - say plus 25%?": the build named, a
        # list of it, then the share added)
        or (re.search(r"(?:\bplus|\+|\badd(?:ing)?)\s*(?:another|an? extra|about|roughly|around|~)?\s*$",
                      t[max(0, share.start - 16):share.start]) is not None
            and _BUILD_WORDS.search(t[max(0, share.start - 60):share.start]) is not None
            and re.search(r"all[- ]in|all up|in total|\btotal\b", t) is not None)
        # "另加网络及存储约 20%": the build's words between the adding word and the share
        or re.search(r"(?:另加|再加|加上?|plus|add)\s*[^,;.?，。；？\d]{0,12}?(?:" + _BUILD_WORDS.pattern
                     + r")[^,;.?，。；？\d]{0,20}?(?:约|大约|大概|about|~|say|maybe|roughly)?\s*$",
                     t[max(0, share.start - 48):share.start])
        # "另外网络存储加 25%": the build's words, then the adding word
        or re.search(r"(?:" + _BUILD_WORDS.pattern + r")[^,;.?，。；？\d]{0,6}?(?:另|再|还要|还得|要|得)?"
                     r"(?:加(?:上)?|多花|多出|多付|多掏|(?<=[再另])多)\s*(?:约|大约|大概)?\s*$",
                     t[max(0, share.start - 20):share.start])
        # ("networking aur installation alag se 25% extra": the build named first, the share said as extra)
        or (re.search(r"(?:" + _BUILD_WORDS.pattern + r")[^,;.?，。；？\d]{0,24}?$",
                      t[max(0, share.start - 40):share.start])
            and re.match(r"\s*(?:extra|more|additional|on top)\b", t[share.end:]) is not None)
        # ("'installation, networking and facilities' estimated at an additional 35%": the build named first,
        # the share said to be added)
        or re.search(r"(?:" + _BUILD_WORDS.pattern + r")[^;.?；。？\d]{0,40}?\b(?:an?\s+)?"
                     r"(?:additional|extra|"
                     r"further)\s*$", t[max(0, share.start - 60):share.start])
        # ("servers and network on top +40%": the build named first, the share signed as an addition)
        or re.search(r"(?:" + _BUILD_WORDS.pattern + r")[^,;.?，。；？\d]{0,24}?\+\s*$",
                     t[max(0, share.start - 40):share.start])
        # ("we plan a 40% markup for servers, networking and storage": a share named as an addition)
        or re.match(r"\s*(?:markup|mark-up|uplift|surcharge|overhead)\s+(?:for|on|of)\s+(?:the\s+)?"
                    r"(?:[a-z]+(?:-[a-z]+)?(?:\s+|\s*[/&+,]\s*)){0,3}(?:" + _BUILD_WORDS.pattern + ")",
                    t[share.end:share.end + 50])
        # ("what do 6 servers cost including network and installation, if we add 20% on top?": the build
        # named earlier in its sentence, the share added on top)
        or ((re.match(r"\s*on top\b", t[share.end:])
             or re.search(r"\badd(?:ing|s)?\s*(?:another|an? extra|about|~)?\s*$",
                          t[max(0, share.start - 16):share.start]))
            # ("plus the server chassis/cpu/ram which is prob another 40% on top": the build added, named
            # first)
            and re.search(r"(?:\bincl(?:\.|uding|udes?)?|\bwith|\bplus|含|包括)\s*(?:the\s*)?(?:"
                          + _BUILD_WORDS.pattern + ")",
                          re.split(r"[?!;。？！；]|(?<!incl)\.\s",
                                   t[max(0, share.start - 100):share.start])[-1]))
        # "networking + facilities: +35%": a pasted line, the build's words its key
        or re.search(r"(?:" + _BUILD_WORDS.pattern + r")[^:：=\n\d]{0,12}[:：=]\s*\+?\s*(?:~|about)?\s*$",
                     t[max(0, share.start - 20):share.start]))


# ("明年算力要翻10倍，现在256台H800服务器": a growth, not the build around the servers said after it)
_GROWN_BY = rx.compile(r"(?:翻|增长|增加|扩大|扩容|提升|涨|\bgrows?|\bgrowing|\bincreases?|\bscales?(?: up)?)"
                       r"\s*(?:了|到|by)?\s*$")


def all_in_stated(r: Reading) -> None:
    """"加上服务器和网络按1.5倍算", "plus 30% for networking & facilities": the whole build as a
    stated multiple of the accelerators."""
    p, t = r.params, r.t
    if "all_in_multiple" not in p and "factor" not in p and any(
            st.param in ("price_usd", "price_cny") and st.note == "" and (
                _PRICE_WITH_BUILD.search(t[st.start:st.end])
                or re.match(r"\s*all[- ]in\b", t[st.end:st.end + 10]))
            for st in r.stated):
        p["price_all_in"] = True         # "每张卡连网络和机房摊下来4万美元": the price carries the build
    fac = next((st for st in r.stated if st.param in ("factor", None) and st.note == ""
                and _ALL_IN_OF_CHIPS.search(t[max(0, st.start - 24):st.start])), None) or \
        next((st for st in r.stated if st.param in ("factor", None) and st.note == ""
              # ("4,096 A100 at $15k each, x1.5 all-in": a multiple, then the words all-in)
              and re.match(r"[x×]\s*[\d.]+\s*(?:all[- ]in|全包)|[\d.]+\s*[x×]\s*all[- ]in|"
                           # ("everything else (servers, network) is x1,6 over cards")
                           r"[x×]\s*[\d.]+\s*(?:over|above|on top of)\s+(?:the\s+)?"
                           r"(?:cards?|gpus?|chips?|accel)|"
                           # ("gpu cost x1.4 for the server, switch, install etc.": the build it pays for)
                           r"[x×]\s*[\d.]+\s*for\s+(?:the\s+)?(?:" + _BUILD_WORDS.pattern + ")",
                           t[st.start:st.end + 24])), None) or \
        next((st for st in r.stated if st.param == "factor" and st.note == ""), None)
    # ("I multiply by 1.6 for server, networking and install", read "grow 1.6x for …": the build's multiple)
    build_after = fac is not None and re.match(
        r"\s*(?:x\s*)?for\s+(?:the\s+)?(?:" + _BUILD_WORDS.pattern + ")", t[fac.end:]) is not None
    if fac is not None and isinstance(fac.value, float) and 1 < fac.value <= 10 and "factor_of" not in p and \
            (build_after or not _GROWN_BY.search(t, max(0, fac.start - 10), fac.start)) and \
            (_ALL_IN_OF_CHIPS.search(t[max(0, fac.start - 24):fac.start])
             # (its clause only: not "traffic will be 2.8x. How many servers")
             or _BUILD_WORDS.search(t[max(0, fac.start - 24):fac.end]
                                    + re.split(r"[.?!;。？！；]", t[fac.end:fac.end + 24])[0])
             # ("the rest counted as 1.4x the cost of the racks": the whole build, as a multiple of the racks)
             or re.match(r"\s*(?:x|×)?\s*(?:the\s+)?(?:cost|price)\s+(?:of|de)\s+(?:the\s+|los\s+|las\s+)?"
                         r"(?:racks?|servers?|gpus?|cards?|"
                         r"chips?|accelerators?|&+|#+)", t[fac.end:]) or (
                re.match(r"\s*(?:the\s+)?(?:(?:gpus?|chips?|accelerators?|cards?)\b|芯片|晶片|卡价|加速卡)",
                         t[fac.end:])
                and re.search(r"all[- ]in|整体|全部投入|总投入", t))):
        # "加上服务器和网络按1.5倍算": the whole build as a multiple of the accelerators
        p["all_in"] = True
        p["all_in_multiple"] = float(fac.value)
        if p.get("factor") == fac.value:
            del p["factor"]
        r.retag(fac, param="all_in_multiple")
    coef = next((st for st in r.stated if st.param in (None, "params") and isinstance(st.value, float)
                 and 1 < st.value <= 10 and (_ALL_IN_COEF.search(t[max(0, st.start - 24):st.start]) or (
                     # "含服务器乘1.6": with the build, times a multiple (no model has 1.6 parameters)
                     re.search(r"(?:乘以?|[x×])\s*$", t[max(0, st.start - 3):st.start])
                     and _PRICE_WITH_BUILD.search(t[max(0, st.start - 20):st.start])) or (
                     # "网络存储机房按1.4倍all-in算": the build's words, then a multiple
                     str(st.text).endswith(("倍", "x"))
                     and _BUILD_WORDS.search(t[max(0, st.start - 16):st.start])
                     and re.search(r"all[- ]in|整体|全部|总", t[st.start:st.end + 12])) or (
                     # "連埋網絡同機房成本 x1.4 計": with the build (连/含/including), at a multiple
                     re.match(r"[x×]|.*(?:倍|x)$", str(st.text))
                     and _PRICE_WITH_BUILD.search(t[max(0, st.start - 20):st.start])))), None)
    if coef is not None and "all_in_multiple" not in p:
        # "all-in 系数 1.3": the build as that multiple of the chips
        p["all_in"] = True
        p["all_in_multiple"] = float(coef.value or 0)
        if coef.param == "params" and p.get("params") == coef.value:
            del p["params"]
        r.retag(coef, param="all_in_multiple")
    # (a share read as the budget's: "¥120M … plus 35% for servers/networking" is the build's)
    # (the first share said of the build: "~55% of it on GPUs … all-in is +35% for network/racks")
    # ("服务器+IB网络再加三成": a share in tenths, 成, as well as in percent)
    # ("my IT bloke says add 40% for the box, psu, networking": a share someone gave, still the build's)
    for share in [st for st in r.stated if st.param in (None, "budget_share", "claimed_value")
                  and (str(st.text).endswith("%") or re.search(r"[一二两三四五六七八九]成$", str(st.text)))
                  and isinstance(st.value, float)]:
        value = float(share.value or 0)
        pct = value * 100 if share.param == "budget_share" else value
        if not (0 < pct <= 300 and _share_of_build(t, share)):
            continue
        # "at $25k per GPU plus 30% for networking & facilities": 1.3x the accelerators
        p["all_in"] = True
        p["all_in_multiple"] = 1 + pct / 100
        if share.param in ("budget_share", "claimed_value"):
            p.pop(str(share.param), None)
        r.retag(share, param="all_in_multiple", value=1 + pct / 100)
        break


# the cards a run moves to: "集群扩到1,024张", "scaled out to 1,024 cards", "grow the cluster to 2k GPUs"
_RESCALED_TO = rx.compile(r"(?:扩到|扩容到|扩充到|增加到|加到|扩大到|翻到|"
                          r"\b(?:scaled?(?: out| up)?|grows?|grown|expand(?:ed|s)?|increased?|goes|going)"
                          r"\s+to|"
                          r"\bmove(?:s|d)? to)\s*(?:约|大约|about|~)?\s*$")


def run_rescaled(r: Reading) -> None:
    """"上一版用512张H800 SXM训练了21天 … MFU提到42%，集群扩到1,024张，需要几天？": a run that took its
    days on one count, redone on the count the cluster is scaled to (the same card, named once)."""
    p = r.params
    if "days" not in p or "from_gpus" in p or ("from_accelerator" not in p and "accelerator" not in p) \
            or len({st.value for st in r.stated if st.param in ("accelerator", "from_accelerator")}) != 1:
        return              # (not "took 30 days on 1024 H100. move to 512 B200": another card, the run moved)
    counts = [st for st in r.stated if st.param == "gpus" and isinstance(st.value, float)
              and st.note in ("", "duplicate")]
    if len(counts) != 2 or counts[0].value == counts[1].value:
        return
    first, second = counts
    if not _RESCALED_TO.search(r.t[max(0, second.start - 12):second.start]):
        return
    acc = p.get("from_accelerator", p.get("accelerator"))
    assert isinstance(acc, str)
    p.update({"from_gpus": float(first.value or 0), "gpus": float(second.value or 0),
              "from_accelerator": acc})
    r.retag(first, param="from_gpus", note="")
    r.retag(second, note="")
    again = next((st for st in r.stated if st.param == "mfu" and st.note == "duplicate"
                  and isinstance(st.value, float)), None)
    if again is not None and not any(k in p for k in MFU_CHANGES) and _MFU_RAISED_TO.search(
            r.t[max(0, again.start - 24):again.end]):
        # ("MFU 32% … MFU提到42%": the redone run's MFU, the earlier one's the first)
        p["mfu_to"] = float(again.value or 0)
        r.retag(again, param="mfu_to", note="")


# two fleets weighed against each other: "which has higher throughput?", "option A … option B", "哪个更高"
_WHICH_BETTER = rx.compile(r"\bwhich\b[^.?;]{0,30}\b(?:higher|more|better|faster|cheaper|lower|bigger|wins?)"
                           r"\b|"
                           r"\boption [ab12]\b[^?]*\boption [ab12]\b|哪个|哪家|哪种|哪一个|[甲乙]方案")


# an HBM bill "换成H200的141GB呢" is the other card's memory priced, not a match of compute
MEMORY_PRICE = {"hbm_multiple", "dram_usd_per_gb", "hbm_usd_per_gb"}
_NAMES_AND_COUNTS = ("accelerator", "model", "precision", "server", "gpus", "servers")


_MONEY_RATES = {"rent_usd_per_hour", "rent_cny_per_hour", "electricity_usd_per_kwh",
                "electricity_cny_per_kwh", "usd_per_million_tokens", "cny_per_million_tokens",
                "server_price_usd", "server_price_cny"}
_MONEY = _MONEY_RATES | {"price_usd", "price_cny", "budget_usd", "budget_cny"}
# "Gaudi 3租金1.8刀一小时，H100 2.5刀": the next option's name between the two amounts
_NAME_JOIN = rx.compile(r"(?:\s*(?:[,，、;；]|and|和|与|vs\.?|versus|or|而))*\s*(?:and |和|与)?[#@]+\s*"
                        r"(?:的|is|at|@|租金|价格)?\s*")
_LIST_JOIN = rx.compile(r"\s*(?:和|与|及|或|、|/|,|，|and|or|vs\.?|versus)\s*")


_BARE_AMOUNT = rx.compile(r"\s*(?:at|@|按|约|大概)?\s*(?:us\$|\$|¥|￥|rmb|usd|cny)?\s*"
                          r"[\d.,]+\s*(?:[kmb]|万|亿|千)?\s*(?:美元|美金|刀|元|块|dollars?|usd|rmb|yuan)?\s*",
                          re.IGNORECASE)


_BUDGET_BEFORE = rx.compile(r"(?:预算|经费|\bbudget|投资|投入)\s*(?:是|为|约|大概|有|:|：|of|is)?\s*$")


def share_list_roles(r: Reading) -> None:
    """Amounts listed together share the rate written once: "$2 and $1.2 per hour",
    "每小时2美元和1.2美元" are two hourly rents, not a price and a rent."""
    spans = sorted((st for st in r.stated if st.param in _MONEY and st.note in ("", "duplicate")),
                   key=lambda st: st.start)
    for a, b in itertools.pairwise(spans):
        listed = bool(_LIST_JOIN.fullmatch(r.t[a.end:b.start]))
        # across a name only forward: "A 租金1.8刀一小时，B 2.5刀", never "$10M, H100 at $2/hr"
        named = not listed and a.param in _MONEY_RATES and \
            bool(_NAME_JOIN.fullmatch(r.masked[a.end:b.start]))
        if a.param == b.param or not (listed or named):
            continue
        cur_a = "cny" if "cny" in str(a.param) else "usd"
        cur_b = "cny" if "cny" in str(b.param) else "usd"
        rates = [st.param for st in (a, b) if st.param in _MONEY_RATES]
        if cur_a != cur_b or len(rates) != 1:
            continue
        rate, other = rates[0], (b if a.param in _MONEY_RATES else a)
        if not _BARE_AMOUNT.fullmatch(str(other.text)) \
                or _BUDGET_BEFORE.search(r.t[max(0, other.start - 10):other.start]):
            continue                   # "$2/hr or $25k purchase", "预算1200万元，单台报价230万元": own words
        va, vb = float(a.value or 0), float(b.value or 0)
        if min(va, vb) <= 0 or max(va, vb) > 20 * min(va, vb):
            continue                   # "bought at $9,000, $0.10/kWh": not one quantity's values
        old = other.param
        r.retag(other, param=rate)
        if not any(st.param == old for st in r.stated):
            r.params.pop(str(old), None)
        elif r.params.get(str(old)) == other.value:
            nxt = next(st for st in r.stated if st.param == old)
            r.params[str(old)] = nxt.value  # type: ignore[assignment]
            r.retag(nxt, note="")
        first = min((st for st in r.stated if st.param == rate), key=lambda st: st.start)
        r.params[rate] = first.value  # type: ignore[assignment]
        r.stated = [replace(st, note="" if st is first else "duplicate")
                    if st.param == rate and st.note in ("", "duplicate") else st
                    for st in r.stated]
        return


# "能比这便宜吗", "would self-hosting be cheaper": serving it oneself against a stated token price
CHEAPER_THAN_PRICE = rx.compile(r"比\s*(?:这|它|他们|api|官方)?\s*(?:还|更)?\s*便宜|更便宜|\bcheaper\b|"
                                 r"\bless expensive\b")
ASKS_FLOPS = rx.compile(r"how many (?:total )?flops|\bflops (?:is that|do (?:i|we)|would|in total)|"
                         r"total (?:flops|compute)\b|(?:多少|几)\s*(?:次)?\s*(?:flops|浮点运算)|总计算量")
# ("每天能处理多少次学员问答": who asks said between)
ASKS_REQUESTS = rx.compile(r"(?:多少|几)\s*(?:次|个|万次|亿次|单|张|个|条|份|篇)?\s*"
                           r"(?:[\u4e00-\u9fff]{1,3}?)?"
                           # ("一天最多能做多少条回复": the answers made, each one request)
                           r"(?:请求|查询|调用|问答|对话|工单|回复|回答|摘要|总结|咨询)|"
                           # ("一篇文案输出600个token … 一天能写多少篇": the pieces written, each one request)
                           r"(?:能|可以)\s*(?:写|生成|出|产出|处理)\s*(?:多少|几)\s*(?:篇|份|条|张|个|单)|"
                            r"\bhow many (?:requests|queries|calls|prompts|conversations|reqs?|tickets|chats|"
                            r"sessions|questions|messages|answers|replies|consults|consultations|orders|bookings|"
                            r"appointments)\b|"
                            # ("how many 250-token summaries a day can it do": things made, each one request)
                            # ("how many lyric drafts/hr": their kind said before, the hour after a slash)
                            r"\bhow many (?:[\d,.]+[- ]?k?[- ]?(?:tokens?|toks?|words?)\s+)?"
                            r"(?:[a-z-]+\s+){0,2}?"
                            r"(?:summaries|reports|"
                            r"drafts|replies|answers|descriptions|captions|translations|emails|documents|docs|"
                            r"pages|items|jobs|tasks|updates|texts|notes|hints|write-?ups|estimates|messages|posts|"
                            r"letters|blurbs|listings|notifications|reminders|recaps|memos|articles|plans|quotes)\b"
                            r"(?:[^.?]{0,30}\b(?:a|per|each|an)\s+(?:day|hour|second|minute)\b|"
                            r"\s*/\s*(?:day|d|hour|hr|h|second|sec|s|minute|min)\b)")
ASKS_MFU = rx.compile(r"(?:what|which|how much|多少|几)[^.?？。]{0,20}\bmfu\b|"
                       # (not "… if we hit 30% MFU?": a stated MFU, the question mark the sentence's)
                       r"(?<!%)(?<!% )\bmfu\b[^.?？。]{0,12}(?:是多少|多少|几|\?|？)")
# "qps for 1M DAU", "峰值每秒多少请求": the request rate asked, not a fleet
ASKS_TRAFFIC = rx.compile(r"(?:^|[^a-z])(?:peak )?(?:qps|rps)\b(?!\s*(?:of|=|:|is)?\s*[\d])|"
                           r"(?:requests?|queries) (?:per|a) second\b(?!\s*(?:of|=|:|is)?\s*[\d])|"
                           r"每秒(?:的)?(?:多少|几)(?:个|次)?(?:请求|查询)|(?:qps|rps|每秒请求数?)\s*(?:是|有|为|会是)?\s*多少")
# "total output tokens/day?", "How many output tokens per day is that in total?", "一天总共输出多少token": the
# day's tokens of a stated load, asked
ASKS_TOKEN_VOLUME = rx.compile(r"\btokens?\s*(?:/|per|a)\s*day\b(?!\s*(?:of|=|:|is|are|at|each)?\s*[\d~])"
                               r"(?=[^.;!\n]{0,48}(?:[?？]|$))|"
                               r"\bdaily (?:output |input |total |generated )*tokens\b"
                               r"(?=[^.;!\n]{0,30}(?:[?？]|$))|"
                               r"\bhow many (?:total |output |input )*tokens\b"
                               r"(?=[^.;!?？\n]{0,40}\b(?:day|daily)\b)|"
                               r"(?:每天|一天|每日|日)(?:总共|一共|合计|总计)?(?:要|会|能)?(?:输出|生成|消耗|处理|产生)?"
                               r"(?:多少|几)(?:个)?\s*(?:token|tokens)|"
                               r"(?:日|每天|一天)?\s*token\s*(?:总量|量|消耗量?)\s*(?:是|有|大概)?多少")
BOX_AFTER = rx.compile(r"\s*[x×]?\s*#+\s*(?:box|server|node|machine|服务器|节点|整机)")
STRICT_MATCH = rx.compile(r"(?<![a-z])match|equal|equivalent|相当于|等于|等同|替代|取代|折合|"
                          r"算力[^，,。；;？?]{0,4}(?:持平|打平|看齐|拉平)|"
                           r"how many .{0,30}\b(?:replace|match)")
# "48 MI325X cards would replace 96 H100": the claim of a match (where no load nor price makes it two fleets)
_WOULD_REPLACE = rx.compile(r"\b(?:can|could|would|will|should|to)\s+(?:fully\s+)?replace\b|\breplaces\b|"
                            # ("32张Gaudi 3就能顶我们现在的48张H100": the fewer cards said to do the others'
                            # work)
                            r"(?:就能|能|可以|就可以|可|就)(?:顶|抵)(?:得上|替|掉)?|顶替|顶得上|抵得上|替换掉|换掉")
_TWO_FLEETS = ("qps", "users", "queries_per_day", "concurrent_users", "tokens_per_day", "price_usd",
               "price_cny", "rent_usd_per_hour", "rent_cny_per_hour")
_FOR_NAME = rx.compile(r"\s*(?:for|of|on|per)\s*(?:an?\s+|the\s+|one\s+)?")


_ONE_CARDS = ("gpu_tflops", "watts_per_gpu", "hbm_gb_per_gpu", "observed_tokens_per_s_per_gpu",
              # ("a Gaudi2 server with 8 cards is $190k … vs H100 at $28k": each its own price)
              "price_usd", "price_cny", "server_price_usd", "server_price_cny")


def after_options(r: Reading, opts: tuple[Mapping[str, Value], ...], combine: str, intent: str | None,
                   names: list[NameSpan]) -> tuple[tuple[Mapping[str, Value], ...], str]:
    """What the options leave to read: the first card's own count and each ask's precision in a
    comparison of fleets; a redone run's MFU; a later time beside a price said to move (the options
    and how they combine, as they then stand)."""
    if combine == "compare" and intent in ("memory", "throughput") and len(opts) == 2 \
            and "gpus" not in opts[0] and "gpus" in opts[1] and "accelerator" in opts[0]:
        # "does Qwen2.5 72B fit on one MI300X? what about on 2 L40S?": the first card's own count, one
        card = next((n for n in names if n.kind == "acc" and n.key == opts[0]["accelerator"]), None)
        one = re.search(r"(?:(?<![a-z])(?:one|a single|a)|单张|一张|一块|单卡)\s*$",
                        r.masked[max(0, card.start - 10):card.start]) if card else None
        if card is not None and one is not None:
            at = card.start - len(one.group(0))
            opts = (MappingProxyType({**opts[0], "gpus": 1.0}), opts[1])
            r.stated.append(Stated(r.norm.quote(at, card.end), "gpus", 1.0, "option", at, card.end))
    if combine == "compare" and intent in ("memory", "throughput") and len(opts) == 2:
        opts = _precision_per_ask(r, opts, names)
    new_card = next((st for st in r.stated if st.param == "accelerator" and st.note in ("", "option")), None)
    mfu = next((st for st in r.stated if st.param == "mfu" and st.note == "duplicate"), None) or \
        next((st for st in r.stated if st.param == "mfu" and st.note == ""), None)
    if "from_accelerator" in r.params and new_card is not None and mfu is not None \
            and mfu.start > new_card.start and not any(k in r.params for k in MFU_CHANGES) \
            and _MFU_RAISED_TO.search(r.t[max(0, mfu.start - 24):mfu.end]):
        # "16 张 V100 训了 9 天，换成 16 张 H100 …？MFU 能提到 45% 的话呢": the redone run's MFU, the
        # earlier one's the default (not both runs at 45%, which changes nothing)
        # ("MFU 能从 35% 提到 42%": from the first, said with it, to the second)
        r.params["mfu_to"] = float(mfu.value or 0) if mfu.note == "duplicate" else r.params.pop("mfu")
        r.retag(mfu, param="mfu_to", note="")
    horizon = next((st for st in r.stated if st.param == "days" and st.note == "option"), None)
    if r.params.get("price_grows") and len(opts) == 2 and all(set(o) == {"days"} for o in opts) \
            and horizon is not None and isinstance(horizon.value, float) and (
                re.search(r"\b(?:in|after)\s*$", r.t[max(0, horizon.start - 8):horizon.start])
                or re.match(r"\s*(?:后|以后|之后|later\b|from now\b)", r.t[horizon.end:])):
        # "rent … for a month; rental prices fall 30% a year: what will that cost in 2 years?": the
        # second time is when the price is paid, not another rental's length
        r.params["period_months"] = units.convert(horizon.value, "day", "month")
        r.retag(horizon, param="period_months", value=r.params["period_months"], note="")
        opts, combine = (), ""
    return opts, combine


def _precision_per_ask(r: Reading, opts: tuple[Mapping[str, Value], ...],
                       names: list[NameSpan]) -> tuple[Mapping[str, Value], ...]:
    """"does qwen2.5 72b fit on one h200 in fp8? and in bf16 on 4x a100?": two precisions, each the
    one said in the same ask as its option's card (not the first for both)."""
    precs = [st for st in r.stated if st.param == "precision" and st.note in ("", "duplicate", "option")]
    if len({st.value for st in precs}) != 2 or any("precision" in o for o in opts):
        return opts
    asks = [(m.start(), m.end()) for m in re.finditer(r"[^?？;；。]+[?？;；。]?", r.t)]
    out = [dict(o) for o in opts]
    for st in precs:
        ask = next(((a, b) for a, b in asks if a <= st.start < b), None)
        owners = {i for i, o in enumerate(opts) for n in names
                  if ask and n.kind == "acc" and n.key == o.get("accelerator") and ask[0] <= n.start < ask[1]}
        if len(owners) != 1:
            return opts
        out[owners.pop()]["precision"] = st.value  # type: ignore[assignment]
    if any("precision" not in o for o in out):
        return opts
    r.params.pop("precision", None)
    r.stated = [replace(st, note="option") if st in precs else st for st in r.stated]
    return tuple(MappingProxyType(o) for o in out)


def _bind_to_options(r: Reading, mentions: list[tuple[int, int]],
                     overlays: list[dict[str, Value]]) -> None:
    """A value stated once per option ("H100 at $2.5/hr or MI300X at $1.8/hr", "H100 ($25k)
    vs H200 ($32k)", "8k Gaudi 3 at $15k vs H100 at $30k") belongs to the option last named
    before it. `mentions` are (position, option index) of every naming of an option."""
    # ("Gaudi 3 is 1.5x faster than H100 at $15,000 per card; if H100 is $28,000": a card named as what
    # another is compared with owns no value said after it, when it is named again)
    based = [(pos, i) for pos, i in mentions if _COMPARED_WITH.search(r.t, max(0, pos - 10), pos)
             or _COMPARED_WITH_AFTER.match(r.t, _name_end(r, pos))]
    if based and all(any(j == i and (q, j) not in based for q, j in mentions) for _, i in based):
        mentions = [m for m in mentions if m not in based]
    by_param: dict[str, list[Stated]] = {}
    for st in r.stated:
        if st.param and st.param not in _NAMES_AND_COUNTS and st.note in ("", "duplicate") \
                and st.value is not None:
            by_param.setdefault(st.param, []).append(st)
    for name, spans in by_param.items():
        if len(spans) == 1 and name in _ONE_CARDS:
            # "Gaudi 3 at ~$15,625 a card (1835 TFLOPS fp8) vs H100 at ~$30k": a card's own figure,
            # written between its name and the next option's, is that option's alone
            st = spans[0]
            before = [(pos, i) for pos, i in mentions if pos <= st.start]
            after = [(pos, i) for pos, i in mentions if pos >= st.end]
            inside = [(pos, i) for pos, i in mentions if st.start < pos < st.end]
            if len({i for _, i in inside}) == 1 and name.startswith("server_price"):
                # ("¥5.2M per L40S server … vs H100 PCIe at $27k per card": the server named inside its price)
                overlays[inside[0][1]][name] = st.value  # type: ignore[assignment]
                r.params.pop(name, None)
                r.retag(st, note="option")
                continue
            if before and ((after and max(before)[1] != min(after)[1])
                           # ("H100 PCIe at $27k per card": from the name's end, its form words between)
                           or (not after and (st.start - max(before)[0] <= 12 or re.fullmatch(
                               r"\s*(?:sxm\d?|pcie|nvl\d*|\d+\s*gb)?\s*(?:at|@|for|is|=|:|costs?)?\s*(?:~|about)?\s*",
                               r.masked[_name_end(r, max(before)[0]):st.start])))):
                overlays[max(before)[1]][name] = st.value  # type: ignore[assignment]
                r.params.pop(name, None)
                r.retag(st, note="option")
            continue
        if len(spans) < 2:
            continue
        owners = [max(((pos, i) for pos, i in mentions if pos <= st.start), default=(-1, -1))[1]
                  for st in spans]
        for j, st in enumerate(spans):
            nxt = min(((pos, i) for pos, i in mentions if pos >= st.end), default=None)
            if (owners[j] == -1 or (j > 0 and owners[j] == owners[j - 1])) and nxt is not None \
                    and (_FOR_NAME.fullmatch(r.masked[st.end:nxt[0]]) or (
                        # ("$15k per card vs $30k per H100": the span's own "per" names it)
                        not r.masked[st.end:nxt[0]].strip()
                        and re.search(r"(?:\bper|\bfor|/|一张|每张|每卡|单卡)\s*$",
                                      r.masked[st.start:st.end]))):
                # "$2.23/hr for H100", "MI300X … $15k vs $30k for an H100": the option named right after
                owners[j] = nxt[1]
        if len(spans) == len(overlays) == 2 and owners[0] == owners[1] != -1 \
                and _FOR_NAME.fullmatch(r.masked[spans[1].end:min(
                    (pos for pos, _ in mentions if pos >= spans[1].end), default=spans[1].end)]) \
                and not _FOR_NAME.fullmatch(r.masked[spans[0].end:min(
                    (pos for pos, _ in mentions if pos >= spans[0].end), default=spans[0].end)]):
            # "cheaper than h100 … intel quoted us $15,600 per card vs $25k for h100": the second
            # is the option named after it, so the first is the other one's
            owners[0] = 1 - owners[1]
        elif len(spans) == len(overlays) == 2 and owners[0] == owners[1] != -1 \
                and _right_after_name(r, spans[1], [m for m in mentions
                                                    if m[1] == owners[1] and m[0] >= spans[0].end]) \
                and not _right_after_name(r, spans[0], [m for m in mentions if m[0] < spans[0].start]):
            # ("MI300X … 跟H100 SXM比 … 他们报价每张1.5万美元，H100按2.5万美元": the second price follows its
            # card's name again; the first, said of neither, is the other card's)
            owners[0] = 1 - owners[1]
        in_order = len(spans) == len(overlays) and (
            all(st.start > max(pos for pos, _ in mentions) for st in spans)
            or all(st.end < min(pos for pos, _ in mentions) for st in spans))
        if in_order:
            # "4090 vs L40S … at $0.4/hr and $1/hr", "单卡功耗从700W升到1200W（H100换GB200）": in order
            owners = list(range(len(overlays)))
        if -1 in owners or len(set(owners)) != len(owners):
            continue                   # not one value after each option's name
        if name.startswith("budget_") and (all(_right_after_name(r, st, mentions) for st in spans) or (
                # "gaudi2 vs a100 80gb pcie, $8k vs $15k": the amounts listed in the options' order
                in_order and all(_AMOUNTS_JOINED.fullmatch(r.t[a.end:b.start])
                                 for a, b in itertools.pairwise(spans)) and not _BUDGET_SAID.search(r.t))):
            # "MI355X ~$25k, B200 ~$38k": an amount written right after each option's name is
            # that option's unit price, not a budget
            price = "price_" + name.removeprefix("budget_")
            spans = [replace(st, param=price) for st in spans]
            r.stated = [next((n for n in spans if n.start == st.start), st)
                        if st.param == name else st for st in r.stated]
            r.params.pop(name, None)
            r.params[price] = spans[0].value  # type: ignore[assignment]
            for ov in overlays:
                ov.pop(name, None)
            name = price
        for st, i in zip(spans, owners, strict=True):
            overlays[i][name] = st.value  # type: ignore[assignment]
        r.stated = [replace(st, note="option") if st.start in {s.start for s in spans}
                    and st.param == name else st for st in r.stated]


_COMPARED_WITH = rx.compile(r"(?:\bthan|比)\s*(?:an?\s+|the\s+)?$")
_COMPARED_WITH_AFTER = rx.compile(r"\s*(?:より|보다)")


def _name_end(r: Reading, pos: int) -> int:
    """Where the masked name that starts at `pos` ends."""
    end = pos
    while end < len(r.masked) and r.masked[end] in "#@":
        end += 1
    return end


_AMOUNTS_JOINED = rx.compile(r"\s*(?:vs\.?|versus|or|/|和|与|对比|还是|,|，|and)\s*(?:us\$|\$|¥|￥)?\s*")
_BUDGET_SAID = rx.compile(r"budget|预算|经费|\bwe have\b|我们有|\bspend\b|投资|\bin total\b")


def _right_after_name(r: Reading, st: Stated, mentions: list[tuple[int, int]]) -> bool:
    """Whether an amount follows an option's name with nothing but a separator between."""
    for pos, _ in mentions:
        end = _name_end(r, pos)
        if end > pos and re.fullmatch(r"\s*(?:[~:=@(（]|at|is|for|按|约|大概)?\s*(?:~\s*)?",
                                      r.masked[end:st.start]):
            return True
    return False


# "换成人民币", "折合多少人民币" convert money, not accelerators
_NOT_MONEY = "(?!\\s*(?:多少|成)?\\s*(?:人民币|美元|美金|rmb|usd|元|钱))"
# "保持同样算力需要几张新卡", "same training throughput": the same work from the other card
SAME_WORK = rx.compile(r"same (?:inference |training )?"
                       r"(?:compute|flops|capacity|performance|throughput|load|workload|work)\b|"
                   r"\bdo the work of\b|"
                       r"(?:同样|同等|相同|一样)的?\s*(?:算力|性能|吞吐)|算力不变|保持[^，,。；;？?]{0,6}算力")
MATCH = rx.compile(r"(?<![a-z])match|equal|equivalent|(?:同样|同等|相同|一样)的?\s*(?:算力|性能|吞吐)|"
                   r"算力不变|保持[^，,。；;？?]{0,6}算力|"
                   r"same (?:inference |training )?"
                   r"(?:compute|flops|capacity|performance|throughput|load|workload|work)\b|"
                   r"\bdo the work of\b|"
                   r"replac(?:e|ing)|换算成" + _NOT_MONEY + r"|折算成" + _NOT_MONEY + r"|换成多少|"
                   r"\bratio\b|几比几|"
                   # ("需要多少张才能在训练算力上持平"): the compute brought level
                   r"算力[^，,。；;？?]{0,4}(?:持平|打平|看齐|拉平)|"
                    r"比例是多少|换算比|as much (?:compute|flops)|相当于|等于|等同|替代|取代|替换(?!成本)|"
                    r"折合(?:成)?" + _NOT_MONEY + r"|"
                    r"换成" + _NOT_MONEY + r"|顶得上|抵得上|对标|能顶|顶几|抵几|能抵|顶多少|抵多少|"
                    r"\bworth (?:in|of)\b")


def _mark_options(r: Reading, params: tuple[str, ...]) -> None:
    r.stated = [replace(s, note="option") if s.param in params and s.note == "duplicate"
                else s for s in r.stated]


# "how many GPU-hours", "how many H100-hours"
_ASKS_HOURS = rx.compile(r"how many (?:[a-z]{1,4}\d{2,3}[a-z]?[- ]?)?(?:gpu[- ]?|chip[- ]?)?hours|"
                         r"(?:多少|几)\s*(?:个)?\s*(?:gpu\s*)?(?:卡时|小时)")
TODAY = rx.compile(r"\btoday\b|如今|现在|今天")
_SAME_HOURS = rx.compile(r"same (?:gpu[- ])?hours|同样的?(?:卡时|gpu\s*小时)")
# a model named as what a service is like ("ChatGPT-like", "ChatGPT式的", "类ChatGPT", "ChatGPT的な",
# "ChatGPTみたいな", "ChatGPT 같은")
_LIKE_AFTER = rx.compile(r"\s*(?:-\s*|\s)(?:like|style|esque)\b|\s*(?:式|風|风|类|類)的|\s*(?:风格|風格)|"
                         r"\s*(?:的な|のような|みたいな|風の|ライクな|같은|스타일|류의)")
_LIKE_BEFORE = rx.compile(r"(?<![这那此该一同這該])[类類]\s*$")
_NAME_MEMORY = rx.compile(r"(\d{2,3})\s*gb\b")
# "MFU 能提到 45%", "if MFU goes up to 45%", "MFU improves to 50%": the MFU a run is raised to
# what a change brings a share to: "if the new kernels get us to 50%" (calc/claims.py too)
BRINGS_TO = r"(?:get|gets|getting|bring|brings|take|takes|tune|tunes|push|pushes|optimi[sz]es?)\s+" \
    r"(?:us|it|the run|the job|mfu)\s+(?:up\s+)?to"
# what a change saves, asked: "how many GPU-hours does it save", "能省几天", "可以慳幾多日"
_SAVED_ASKED = rx.compile(r"\bsav(?:e|es|ed|ing)\b|省|慳|少跑|快多少|how much faster")
_MFU_RAISED_TO = rx.compile(r"(?:mfu\s*(?:能|可以|可能|要|会|如果|若)?\s*(?:再)?\s*"
                            r"(?:[从由]\s*[\d.]+\s*%\s*)?"
                            r"(?:提到|提高到|提升到|升到|拉到|做到|达到|到)|"
                            # "MFU现在只有30%，优化后能提到45%": the second said after the optimisation
                            r"(?:优化后|改进后|调优后|优化以后|优化一下|优化下|调一调|调一下)\s*(?:能|可以|可能|会|预计)?\s*"
                            r"(?:提到|提高到|提升到|升到|拉到|做到|达到)|"
                            # "如果这次优化到 MFU 45%": the verb first, then the MFU it brings the run to
                            r"(?:优化|提升|提高|提|拉|做|调优|改进)(?:到|至)\s*mfu\s*(?:为|是)?|"
                            # "MFU 35% to 50% on the same run", "MFU 35%提升到45%", "MFU from 32% to 45%"
                            r"mfu\s*(?:from\s*)?[\d.]+\s*%\s*(?:to|提升到|提高到|提到|升到|到)|"
                            # "if the new kernels get us to 50%"
                            + BRINGS_TO + r"|"
                            # ("als we MFU naar 45% krijgen", "die MFU … auf 45% bringen": the MFU, then its
                            # new value)
                            r"\bmfu\s+(?:[a-z]+\s+){0,3}?(?:up\s+)?to(?=\s*[\d.]+\s*%)|"
                            # "if we lift MFU from 35% to 50%"
                            r"(?:lift|raise|bump|push|improve|increase|boost|get)(?:s|ed|ing)?\s+(?:the\s+|our\s+)?"
                            r"mfu\s+(?:up\s+)?from\s*[\d.]+\s*%\s*to|"
                            # "30% MFU on our run … if we bump to 45%"
                            r"\b(?:we|i|they)\s+(?:can\s+|could\s+)?(?:bump|lift|raise|push|boost|get)\s+(?:it\s+|that\s+)?"
                            r"(?:up\s+)?to|"
                            # ("MFU was 42% on the old run and rises to 45%": the second MFU's own verb)
                            r"\band\s+(?:rises|rose|goes|went|climbs|improves|increases|jumps|gets)\s+(?:up\s+)?to|"
                            r"mfu\s+(?:to\s+(?:go|get|rise|climb)|goes|went|gets|got|rises|rose|improves|improved|"
                            r"is raised|climbs)"
                            r"\s+(?:up\s+)?(?:from\s*[\d.]+\s*%\s*)?to)\s*(?:about|~|约|大约)?\s*[\d.]+\s*%")


TOOK = rx.compile(r"\btook\b|\bran\b|\bused to\b|"
                   # ("~14 days on 64 A100 40GB at ~30% MFU; on 64 H100 SXM …": a run's days said first)
                   r"^\W*(?:about\s+|~\s*)?\d+(?:\.\d+)?\s*days?\s+on\s+[~≈]?\d|"
                   r"\bneeded\s+(?:~|about\s+)?\d+(?:\.\d+)?\s*(?:days?|weeks?|hours?)\b|"
                   r"\b(?:did|finished|completed) (?:the|our|a|that|this|it)\b|"
                   # ("last BEV occupancy run": which run, a few words between)
                   r"\b(?:last|previous|earlier|prior) "
                   r"(?:(?!(?:year|month|week|quarter)\b)[a-z0-9-]+\s+){0,3}?"
                   r"(?:run|time|job|fine-?tun\w*|training|pre-?train\w*|experiment)\b|"
                   r"\b(?:move|moved|moving|migrate|port) (?:it|this|that|the (?:job|run)) (?:over )?to\b|"
                   # ("Last year we trained our model in 20 days")
                   r"\blast (?:year|month|quarter)\b|\bwe trained\b|\boriginal(?:ly)?\b|"
                   # ("Model previously trained on 8 V100 for 11 days", "v1 was trained on 64 A100s in 9
                   # days")
                   r"\bpreviously\b|\b(?:was|were|got|had been) (?:pre-?|fine-?)?trained\b|"
                   # ("An old paper trained its model on 8 V100s for 11 days")
                   r"\btrained\b(?=[^.?!]{0,40}\bfor\s+\d[\d.,]*\s*(?:days?|weeks?|months?)\b)|"
                   # ("8B on 15T tokens was projected at 40 days on 2k GPUs, now?": the run as planned)
                   r"\b(?:was|were|is) (?:projected|estimated|planned|scheduled|budgeted) (?:at|for)\b|"
                   r"上次|之前|以前|原来|原本|训了|跑了|用了|上一期|上期|上一次|上一轮|前一期|此前|用时|"
                   # ("原有模型…使用64卡训练耗时42天": the time the existing run took)
                   r"耗时|历时|原有")
