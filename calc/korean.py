"""Korean quantity words in a question ("동시접속자 5만 명", "H200 몇 장 필요해요?",
"하루 요청 1,200만 건", "시간당 $1.8"): the period, the counted thing, the hedges and the few verbs the
rules key on, said in English, so that every rule reads them as it reads English (as calc/malay does for
Indonesian and Malay). Korean says what an amount is per before it ("장당 3만 5천 달러", "kWh당 0.11달러",
"1인당 하루 질의 20건") and puts the verb last ("50만에서 1,000만으로 늘리면", "20일이면 충분하다고
하는데"), so those are put in English's order ("35,000 dollars per card", "from 500,000 to 10 million",
"they say 20 days is enough"); numbers said in words, Sino-Korean ("천오백 토큰") and native before a
counter ("두 달마다 두 배"), are written in digits first. Korean attaches its particles to the word before
them ("장이", "토큰으로"), so the words are matched without an end. The numbers' scale words ("만", "억",
"천", "조") are read by calc/numbers ("3만 5천" as one amount); won is a currency not converted
(calc/foreign.foreign_money). A message is rewritten only when it shows Hangul. Every character keeps its
position in the source, and a number a rewrite moves keeps its own (calc/script.rewrite), so a span is quoted
as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import aligned, rewrite

_HANGUL = rx.compile(r"[\uac00-\ud7a3]")

# the things an amount is per, said before it with 당 ("장당 3만 5천 달러": 35,000 dollars per card, "kWh당
# 0.11달러", "초당 8천 요청", "토큰당 50ms", "1인당 하루 질의 20건", "좌석당 월 30달러"), in English
_PER_WHAT = {"장": "card", "카드": "card", "칩": "chip", "gpu": "gpu", "대": "server", "서버": "server",
             "노드": "node", "랙": "rack", "시간": "hour", "초": "second", "토큰": "token", "kwh": "kwh",
             "gb": "gb", "tb": "tb", "유저": "user", "사용자": "user", "이용자": "user", "인": "user",
             "명": "user", "dau": "user", "좌석": "seat", "건": "request", "요청": "request", "회": "request",
             "턴": "turn", "레플리카": "replica", "replica": "replica", "세션": "session",
             "대화": "conversation",
             "문서": "document", "호출": "request", "사이트": "site", "곳": "site", "월": "month",
             "달": "month", "년": "year",
             "일": "day", "주": "week", "글자": "character", "자": "character", "단어": "word"}
# an amount as Korean writes it: "$2.3", "3만 5천", "1,000억", "₩4.6억", "1천 건", "50ms", "0.11달러"
_AMOUNT = (r"(?:(?:us\s*)?[$₩€£]\s*)?\d(?:[\d,.]*\d)?(?:k(?![a-z]))?(?:\s*[만천억조]{1,2})?"
           r"(?:\s*\d+\s*[천백만]{1,2})?\s*"
           r"(?:달러|원|위안|유로|ms|tflops|pflops|단어|words?|글자|자(?![가-힣])|밀리초|초|토큰|tokens?|쿼리|요청|"
           r"건|턴|장|kwh|wh|kw|w|와트|j|줄|회|번|%)?")
# ("1인당", "한 장당", "DAU당": one of them)
_ONE = r"(?<![가-힣a-z])(?:(?:1|한)\s*)?"
# what is counted, said between the per and the amount ("1인당 하루 질의 20건": 20 queries per user a day)
# (a price's own word is dropped: "랙당 가격 300만 달러"; a hedge before the amount kept out: "단어당 약
# 1.3토큰")
_NOUN = (r"(?:(?P<noun>질의|질문|요청|쿼리|출력\s*토큰|입력\s*토큰|출력|입력|토큰)(?:은|는|이|가|을|를)?\s*|"
         r"(?:가격|단가|비용|요금|견적가|견적|정가|판매가|구매가|공급가)(?:은|는|이|가)?\s*)?(?:(?:약|대략|평균)\s*)?")
_WHEN = r"(?P<when>하루|매일|월|한\s*달|연간|1년|일)?\s*(?:평균\s*)?"
# a rate per unit of time per card said with two 당 ("칩당 시간당 2.7달러", "한 장당 초당 1,100 토큰")
_PER_TIME_EACH = [(rf"{_ONE}({what})당\s*(?:실측|측정치?)?\s*(?:으로|상|기준)?\s*({time})당\s*{_NOUN}"
                   rf"(?P<amt>{_AMOUNT})",
                   rf"\g<noun> \g<amt> per {unit} per {said} ")
                  for what, said in (("칩", "chip"), ("장", "card"), ("카드", "card"), ("gpu", "gpu"),
                                     ("대", "server"), ("서버", "server"), ("노드", "node"))
                  for time, unit in (("시간", "hour"), ("초", "second"))]
_MONEY = (r"(?:(?:us\s*)?[$₩€£]\s*\d(?:[\d,.]*\d)?(?:\s*[만천억조]{1,2})?(?:\s*\d+\s*[천백만]{1,2})?|"
          r"\d(?:[\d,.]*\d)?(?:\s*[만천억조]{1,2})?(?:\s*\d+\s*[천백만]{1,2})?\s*(?:달러|원|위안|유로|불))")
_PER = _PER_TIME_EACH + [(rf"{_ONE}({what})당\s*{_WHEN}{_NOUN}(?P<amt>{_MONEY})",
                          rf" at \g<amt> per {said} \g<when> ")
                         for what, said in _PER_WHAT.items() if said not in ("month", "year", "day")] + [
    (rf"{_ONE}({what})당\s*{_WHEN}{_NOUN}(?P<amt>{_AMOUNT})(?:\s*개(?![가-힣]))?",
                          rf"\g<noun> \g<amt> per {said} \g<when> ") for what, said in _PER_WHAT.items()]

# a card's name before its count, in one word or two ("H100 512장", "H100 SXM 128장", "B200 64장")
# (a name of at most 40 characters: tried at every position of a long message, an unbounded one made rules
# with it take seconds)
_CARD = r"[a-z][\w.-]{0,39}?(?:\s+(?:[a-z][\w.-]{0,39}?|\d+\s*gb))?(?=\s*\d)|\S{1,40}?"

# a number before a 당 ("100만 토큰당 $0.6", "요청 1천 건당 비용", "1천 토큰당 전력"): per that many
_N = r"\d[\d,.]{0,30}\s*(?:[만천억조]{1,2}(?:\s*\d+\s*[천백만]{1,2})?|[kmbt](?![a-z]))?"
_PER_N = [(r"(?:100\s*만|백만)(?=\s*(?:토큰\s*)?당)", "1m"),
          (rf"(?:출력|output)\s*토큰당\s*(?P<amt>{_AMOUNT})", r" \g<amt> per output token "),
          (rf"(?:요청|쿼리|질의)?\s*({_N})\s*(?:건|회|번)당\s*(?:비용|원가|단가)", r" cost per \1 requests "),
          (rf"({_N})\s*토큰당\s*(?P<amt>{_AMOUNT})", r"\g<amt> per \1 tokens "),
          (rf"({_N})\s*(?:토큰)?당\s*(?P<amt>{_AMOUNT})(?![\d.]*\d)", r"\g<amt> per \1 tokens "),
          (rf"({_N})\s*토큰당|토큰\s*({_N})\s*개당", r" per \1\2 tokens "),
          (rf"(?:요청|쿼리|질의)?\s*({_N})\s*(?:건|회|번)당", r" per \1 requests ")]
# Korean's order put in English's, the numbers kept: "4개월마다 2배씩" (2x every 4 months), "매년 80%씩 성장"
# (growing 80% a year), "1.5년 뒤" (in 1.5 years), "MFU를 45%까지" (MFU to 45%), "50만에서 1,000만으로" (from
# 500,000 to 10 million), "카드 전력 700W" (700W per card), "GPU 500년" (500 GPU-years)
# a claimed time ("20일이면 충분하다고 하는데", "한 달이면 끝난다고 하네요"): what they say, then the check
_CLAIMED = [(r"(?<![가-힣])한\s*(달|주)(?=\s*(?:이면|만에|안에|내에|내로))", r"1\1")] + [
    (rf"(\d+(?:\.\d+)?)\s*{said}\s*(?:이면|만에|안에|내에|내로)?\s*(?:충분|끝난|끝낼|끝나|끝냈|마쳤|완료했|가능|된)\w*?(?:\s*수\s*있)?\w*?"
     r"(?:다는데|라는데|다던데|라던데|다고|라고|단다|대요|대)\s*"
     r"(?:하는데|합니다|하네요|하던데|함|해요|들었)?",
     rf" they say \1 {unit} is enough; is that realistic? ")
            for said, unit in (("일", "days"), ("주", "weeks"), ("개월", "months"), ("달", "months"))]

_ORDER = [
    *_CLAIMED,
    # replicas and their batch, servers with their cards, a cluster's throughput, a day's input and output
    (r"(?:replica|레플리카)\s*(\d+)\s*개", r" \1 replicas "),
    # ("We have 512개 H100 SXM GPU", "2,048 장 B200": a count of the cards named after it)
    (r"(?<=\d)\s*(?:개|장)\s+(?=(?:[A-Za-z]{1,3}\d{2,3}|mi\d|gaudi|tpu|rtx|dgx|hgx)(?![a-z]))", " x "),
    (r"(?:replica|레플리카)당\s*동시\s*(?:처리\s*)?(?:최대\s*)?(\d+)\s*(?:개|건|요청)?",
     r" batch limited to \1 per replica "),
    (r"(?:replica|레플리카)당\s*(?:동시\s*)?(?:처리\s*)?(?:최대\s*)?배치(?:\s*사이즈)?(?:를|는)?\s*(?:최대\s*)?(\d+)",
     r" batch limited to \1 per replica "),
    (r"동시에\s*몇\s*(?:세션|명|사용자)", " how many concurrent sessions "),
    (rf"(?:(?:노드|서버)당\s*)?(?:gpu\s*)?(\d+)\s*장\s*(?:짜리|씩\s*들어간|씩)?\s*(?:서버|노드)\s*({_N})\s*대",
     r" \2 servers with \1 gpus each "),
    (r"(?:클러스터|전체)\s*(?:전체\s*)?(?:처리량|throughput)(?:이|은|는)?\s*초당\s*"
     r"(\d[\d,.]*\s*[만천억]?)\s*토큰", r" cluster throughput is \1 tokens per second "),
    (r"(?:클러스터|전체)\s*(?:전체\s*)?(?:에서\s*)?초당\s*(?:약\s*)?(\d[\d,.]*\s*[만천억]?)\s*토큰\s*"
     r"(?:처리량|throughput)?", r" cluster throughput is \1 tokens per second "),
    (rf"(입력|출력)\s*토큰(?:이|은|는)?\s*(?:총\s*)?({_N})(?:\s*개)?", r"\1 \2 tokens "),
    (r"몇\s*개까지", " how many "),
    # Korean's own numerals for a factor ("두 배씩", "세 배"): 2x, 3x
    (r"(?<![가-힣])두\s*배", "2x"), (r"(?<![가-힣])세\s*배", "3x"), (r"(?<![가-힣])네\s*배", "4x"),
    (r"(?:매년|연간|해마다|1년마다|일\s*년마다)\s*2\s*(?:x|배)\s*씩?\s*(?=성장|증가|늘)",
     " doubling every year "),
    (r"(?:현재|지금)의\s*(\d[\d,.]*)\s*배", r" \1x the current "),
    # a length said before its input or output ("3,000 단어 입력", "50억 토큰 출력하는")
    (rf"({_N})\s*(단어|토큰|자|글자)?\s*(입력|출력)(?=하|에|으로|로|은|는|이|가|을|를|\s*[,.]|$)",
     r"\3 \1 \2"),
    (rf"요약(?:은|는|이)?\s*({_N})\s*(단어|토큰|자|글자)", r" output \1 \2 "),
    # a run moved to other cards ("H100 512장으로 40일 걸리는 학습을 B200 256장으로 옮기면")
    (rf"({_CARD})\s*({_N})\s*장(?:으로|로)\s*(\d+(?:\.\d+)?)\s*일\s*걸리는\s*"
     rf"(?:학습|훈련|잡|작업)(?:을|를)?\s*({_CARD})\s*({_N})\s*장(?:으로|로)\s*"
     r"(?:옮기|바꾸|돌리|이전하|하면|할\s*경우)\w*",
     r" a training run took \3 days on \2 \1; moved to \5 \4 "),
    (r"성능(?:이|은)?\s*(\d+(?:\.\d+)?)\s*배", r" \1x faster "),
    (rf"(\S{{1,40}})\s*({_N})\s*(?:장|대)\s*(?:과|와|이랑|랑)?\s*(?:동등한|같은|비슷한|맞먹는)\s*성능(?:을|를)?\s*"
     rf"(\S+?)(?:으로|로)\s*(?:맞추|내|구성|대체)",
     r" to match \2 \1 with \3 "),
    (r"(\d+(?:\.\d+)?)\s*(?:개월|달)\s*마다\s*2\s*배(?:씩)?", r" doubling every \1 months "),
    (r"(\d+(?:\.\d+)?)\s*(?:개월|달)\s*마다\s*(\d+(?:\.\d+)?)\s*배(?:씩)?", r" \2x every \1 months "),
    (rf"({_N})\s*(?:찍는|도달하는|되는|넘는|찍을|될)\s*(?:데|데까지|때까지)?", r" to reach \1 "),
    (r"반\s*(?:정도|쯤)?\s*(?:만|은|을)?\s*(?:gpu|가속기)\s*(?:구매)?\s*에", " half of it on gpus "),
    (rf"(?:유저|사용자|이용자|고객|인당)(?:가|는|이)?\s*(?:하루|일)\s*(?:평균\s*)?(?:약\s*)?({_N})\s*토큰",
     r" \1 tokens per user per day "),
    (rf"(?:랙|서버|노드)\s*하나(?:에|당|가)?\s*(?P<amt>{_AMOUNT})", r" at \g<amt> per rack "),
    (r"(?<![a-z0-9.])(\d+)\s*랙(?!당)", r"\1 racks "),
    (rf"(?:글|문서|기사|포스트|리포트|게시물)\s*({_N})\s*(?:개|건|편)", r" \1 requests "),
    (r"mfu(?:가|이)?\s*(\d+(?:\.\d+)?)\s*%\s*p\s*(?:정도\s*)?(?=오르|올라|상승|높아|개선)",
     r" mfu gains \1 points "),
    (rf"활성\s*(?:파라미터)?(?:는|은|이|가)?\s*({_N}(?:\s*b)?)", r" \1 active "),
    (rf"(?:전기료|전기\s*요금|전기세)(?:가|는|이)?\s*(?P<amt>{_AMOUNT})",
     r" the electricity bill is \g<amt> "),
    (r"환율", " exchange rate "), (r"프롬프트", " prompt "),
    (r"(?<!토큰)(?<!토큰 )(?:답변|응답)(?:은|는|이)?", " answer "),
    (r"(?<=\d)\s*달(?=\s|마다|이면|만에|안에|동안|간|후|뒤|$)", " months "),
    (r"(?<=[\d만천억])\s*위안", " yuan "), (r"(?<![가-힣\d.])1\s*유로", "1 euro"),
    (r"(?<=\d)\s*유로", " euros "), (r"\(\s*영문\s*\)|영문|영어", " english "), (r"메시지", " messages "),
    (r"(?:매년|연간|해마다|연|년)\s*(\d+(?:\.\d+)?)\s*%\s*씩?\s*(?=성장|증가|늘)", r" growing \1% a year "),
    (r"(\d+(?:\.\d+)?)\s*년\s*(?:뒤|후)", r" in \1 years "),
    (r"(\d+(?:\.\d+)?)\s*개월\s*(?:뒤|후)", r" in \1 months "),
    (r"mfu를?\s*(\d+(?:\.\d+)?)\s*%\s*(?:까지|로)\s*(?:올리|높이|끌어올리|개선하)\w*",
     r" if we raise mfu to \1%, "),
    (r"mfu를?\s*(\d+(?:\.\d+)?)\s*%\s*까지", r" mfu to \1% "),
    (r"(\S+?)(?:으로|로)\s*(\S+)\s*(\d[\d,.]*\s*[만천]?)\s*(?:장|대)\s*(?:성능|만큼)\s*(?:을\s*)?"
     r"(?:맞추|따라잡|내)", r" to match \3 \2 with \1 "),
    (r"(\d+(?:\.\d+)?)\s*%\s*p\s*(?:정도\s*)?(?:더\s*)?(?=올리|높이|개선|향상|끌어올)", r" gain \1 points "),
    (r"(\d+(?:\.\d+)?)\s*%\s*p\b", r"\1 percentage points "),
    (r"(?:네트워크|랙|스토리지|서버|인프라|전체)[^\d?]{0,24}?(?:까지|포함)\s*(?:해서|하면|합쳐서|쳐서|해)?\s*"
     r"(?:(?:[a-z]+\s*)?[가-힣]{1,5}의\s*)?(?:보통|대략|약|대충|통상|일반적으로)?\s*(\d+(?:\.\d+)?)\s*배",
     r" all-in \1x including network "),
    (r"(?:(?:이|그)\s*)?중\s*(\d+(?:\.\d+)?)\s*%\s*(?:정도|가량|쯤)?\s*(?:만|는|를|을)?\s*(?:gpu|가속기)\s*"
     r"(?:구매|구입|자체)?\s*에", r" \1% of it on gpus "),
    # a target said with 까지 ("500만까지 키우는 게 목표"), a price cut ("15% 깎아준대요"), HBM's multiple
    (rf"({_N})\s*(?:명)?\s*까지\s*(?:키우|늘리|늘어나|늘어날|늘|성장|확대|증가)", r" grow to \1 "),
    (r"(\d+(?:\.\d+)?)\s*%\s*(?:깎|할인|디씨|dc\b)", r" \1% off "),
    (r"hbm\s*(?:은|는|이|가)?\s*dram\s*(?:의|대비)\s*(\d+(?:\.\d+)?)\s*배(?!\s*(?:에서|~|-|〜))",
     r" hbm is \1x dram "),
    (r"배치(?:\s*사이즈)?(?:는|가)?\s*(\d+)", r" batch \1 "),
    (r"(출력|입력|생성)\s*기준", r"\1"),
    # a run's MFU raised, the run said by the days it took ("45%까지 올리면, 그때 30일 걸렸던 학습이")
    (r"(?<!mfu )(?<!mfu)(\d+(?:\.\d+)?)\s*%\s*(?:까지|로)\s*(?:올리|높이|끌어올리|개선하)\w*",
     r" if we raise it to \1%, "),
    (r"(\d+(?:\.\d+)?)\s*일\s*(?:걸렸던|걸린|걸리던)\s*(?:학습|훈련|잡|작업)",
     r" the run that took \1 days "),
    # what a fleet of one card matches on another ("H100 1.5만 장 수준 성능을 원한다는데 TPU v6e로 맞추면")
    (rf"({_CARD})\s*({_N})\s*(?:장|대)\s*(?:수준|급|분|어치|규모)(?:의)?\s*(?:연산\s*|계산\s*)?성능[^\d]{{0,24}}?((?:tpu\s+)?\S+?)(?:으로|로)\s*"
     r"(?:맞추|대체|구성)", r" to match \2 \1 with \3 "),
    (r"피크\s*(?:시|때)?\s*(?:는|가|에는)?\s*평균\s*(?:대비|의)\s*(\d+(?:\.\d+)?)\s*배",
     r" peak \1x the average "),
    # models' names written in Hangul ("라마3 70B", "딥시크 V3", "큐웬2.5", "젬마 2")
    (r"라마\s*(?=\d)", "llama "), (r"라마", "llama"), (r"딥시크", "deepseek"), (r"(?:큐웬|큐원|퀜)", "qwen"),
    (r"믹스트랄", "mixtral"), (r"미스트랄", "mistral"), (r"젬마", "gemma"), (r"팔콘", "falcon"),
    (r"처리량", " throughput "), (r"비교", " compare "), (r"차이", " difference "), (r"대신", " instead of "),
    (r"월\s*(\$\s*\d[\d.,]*|\d[\d,.]*\s*(?:만\s*)?(?:달러|원))\s*(?:짜리\s*)?(?:[가-힣a-z]{1,6}\s*){0,2}?구독",
     r" subscription \1 a month "),
    (r"(?:빌려서|빌릴\s*때|빌리는)", " rent "),
    (r"어느\s*(?:쪽|게|것)이?\s*(?:더\s*)?싸", " which is cheaper "),
    (r"지금|현재", " now "),
    (r"dau(?:는|가)?\s*(?:그\s*중(?:에서?)?)\s*(\d+(?:\.\d+)?)\s*%", r" dau is \1% of that "),
    (r"(\d+(?:\.\d+)?)\s*년\s*(?:감가\s*상각|감가|상각)", r" depreciated over \1 years "),
    (r"gpu\s*시간당", " per gpu-hour "),
    (r"(?:gpu|카드|서버)(?:도|가|를|는)?\s*(\d+(?:\.\d+)?)\s*배(?:로)?\s*(?:가\s*)?"
     r"(?=필요|늘려야|있어야|사야)", r" we need \1x the gpus "),
    (r"(?<=\d)\s*주(?=[^\w]|$|간|동안|에|로|면|이|를|짜리|\s)", " weeks "),
    (rf"({_N})\s*(?:명\s*)?에서\s*({_N})\s*(?:명\s*)?(?:으로|로)", r" from \1 to \2 "),
    *[(rf"({_N})\s*명\s*에서\s*(\d+(?:\.\d+)?)\s*{said}\s*(?:내|안에|이내|만에|후|뒤)?(?:에)?\s*({_N})\s*명\s*"
       r"(?:으로|로|까지)", rf" from \1 users to \3 users in \2 {unit} ") for said, unit in (("년", "years"),
                                                                                   ("개월", "months"))],
    (rf"({_N})\s*명\s*에서\s*(?:시작해서\s*|시작해\s*)?[^\d]{{0,24}}?({_N})\s*명\s*(?:으로|로|까지)",
     r" from \1 users to \2 users "),
    (r"(?:이면|면)?\s*충분하다고\s*(?:하는데|합니다|하네요|하던데|함|해요)",
     " is enough, they say; is that realistic? "),
    (r"(?:다고|라고)\s*(?:하는데|하네요|하던데|합니다)|(?:다는데|라는데|라던데|다던데)", " they say "),
    (r"검증", " check "),
    (rf"파라미터\s*({_N})\s*(?:짜리|개)?", r" \1 params "),
    (r"(\d+)\s*(?:번|회)\s*(?:정도|가량|쯤)?\s*(?:돌릴|돌려|돌리|실행|반복)", r" \1 runs "),
    (r"첫\s*토큰(?:까지)?\s*(?:응답\s*)?(?:지연|시간|latency)?\s*(?:은|는|이|가)?\s*(\d[\d.]*\s*(?:초|ms|밀리초))\s*(?:이내|이하|미만|안)?",
     r" time to first token under \1 "),
    (rf"(?:한글|한국어)\s*({_N})\s*(?:자|글자)(?![가-힣])", r" \1 characters of korean "),
    (rf"({_N})\s*(?:자|글자)(?!(?!고|이고|인데|이에요|예요|이며|씩)[가-힣])", r" \1 characters "),
    (r"한글", " korean "),
    (r"가입자", " subscribers "),
    (r"(?<![가-힣])월(?=\s|$)(?!\s*(?:구독|요금))", " a month "),
    (r"(?<![가-힣\d])일(?=\s|$)", " daily "),
    (r"(카드|gpu|노드|서버|랙)\s*(?:1\s*(?:장|대|개)\s*)?(?:소비\s*)?(?:전력|파워)(?:은|는|이)?\s*"
     r"(\d[\d,.]*\s*k?w)", r" \2 per \1 "),
    (r"gpu\s*(\d[\d,.]*)\s*년", r" \1 gpu-years "), (r"(\d[\d,.]*)\s*gpu\s*년", r" \1 gpu-years "),
    (r"연간", " yearly "), (r"월간", " monthly "), (r"보다", " than "),
    (rf"토큰(?:이|은|는|을|를)?\s*(?:총\s*)?({_N})\s*개", r" \1 tokens "),
    (rf"({_N})\s*에폭", r" \1 epochs "),
    (rf"({_N})\s*곳", r" \1 sites "), (r"(\d+)\s*장씩", r" \1 cards each "),
    (rf"({_N})\s*단어", r" \1 words "), (rf"({_N})\s*쿼리", r" \1 queries "),
    (rf"({_N})\s*칩", r" \1 chips "), (r"칩", " chip "),
    (r"(?<=\d)\s*배\s*에서\s*(\d+(?:\.\d+)?)\s*배", r"x to \1x "),
    (r"동접(?:자)?", " concurrent users "), (r"(?:이용률|가동률|사용률|활용률)", " utilization "),
    (r"할인", " off "), (r"(?<![가-힣])총(?![가-힣])", " total "), (r"전력\s*사용량", " energy "),
    (r"역률", " power factor "), (r"수전\s*용량", " grid capacity "),
    (r"파라미터", " params "), (r"활성", " active "), (r"그\s*중", " of them "), (r"성장", " growth "),
]

# Korean's own numbers before a counter ("두 달마다 두 배", "세 대", "한 장당"): digits
_NATIVE = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
           "열": 10}
# ("한 달" stays a month, read below)
_NATIVE_RULES = [(rf"(?<![가-힣]){word}\s*(?=(?:{'' if n == 1 else '달|'}대|장|번|배|시간|주|개|명|곳|랙|"
                  r"노드|칩|카드|서버)(?![가-힣]*[이를을]?\s*\d))", f"{n} ") for word, n in _NATIVE.items()]
# numbers said in Sino-Korean words ("천오백 토큰", "개발자 천이백 명", "요청 천 건당", "삼천 명"): digits
_SINO_DIGIT = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_SINO_SCALE = {"십": 10, "백": 100, "천": 1000}
_SINO = rx.compile(r"(?<![가-힣\d])((?:[일이삼사오육칠팔구]?[십백천]){1,3}[일이삼사오육칠팔구]?)"
                   r"(?=\s*(?:명|건|토큰|장|대|개|번|회|달러|원|만|억|시간|일|턴|자|단어|words?|tokens?|[,.?]|$)|\s)")


def _sino(m: re.Match[str]) -> str:
    if m.group(1) == "백" and m.string[m.end():m.end() + 1] == "만":
        return m.group(1)                # ("$0.15/백만토큰": a million, read with its tokens below)
    total, digit = 0, 0
    for ch in m.group(1):
        if ch in _SINO_DIGIT:
            digit = _SINO_DIGIT[ch]
        else:
            total += (digit or 1) * _SINO_SCALE[ch]
            digit = 0
    return str(total + digit)


# turns said per conversation before the per rules read 건 as a request ("건당 평균 6턴", "세션당 6턴")
_TURNS = [(r"(?:1\s*)?(?:건|세션|대화|상담)당\s*(?:평균\s*)?(\d+)\s*턴", r"\1 turns per conversation"),
          # a ratio of text to tokens ("1글자에 1.3토큰", "4글자당 1토큰") before the per rules read 글자 as
          # a unit
          (r"(?<![\d.])1\s*(?:글자|자)\s*(?:에|당)\s*(?:약\s*)?(\d+(?:\.\d+)?)\s*토큰",
           r" 1 character ≈ \1 tokens "),
          (r"(\d+(?:\.\d+)?)\s*(?:글자|자)\s*(?:에|당|≈|=|~)\s*1\s*토큰", r" 1 token per \1 characters "),
          # 불 (bucks) after an amount: dollars; a subscription said first ("월 구독 9.9달러짜리")
          (r"(?<=[\d만천억])\s*불(?![가-힣])", " dollars "),
          (r"월\s*구독(?:료)?\s*(\$?\s*\d[\d,.]*\s*(?:달러|불)?)\s*(?:짜리)?", r" subscription \1 a month "),
          # so many as a vague amount ("수백 장", "수천 명", "수십 대"): the words calc/numbers reads as vague
          *[(rf"(?<![가-힣])수\s*{ko}(?=\s*(?:명|장|대|개|건|만|억)|[^가-힣]|$)", f"数{zh}")
            for ko, zh in (("십", "十"), ("백", "百"), ("천", "千"), ("만", "万"))],
          # one card faster than another ("B200이 H100보다 학습 2.5배 빠르다고")
          (r"([a-z][a-z0-9 .-]*?)\s*(?:이|가|은|는)\s+([a-z][a-z0-9 .-]*?)\s*보다\s*"
           r"(?:학습|훈련|추론)?\s*(?:이|은|에서)?\s*"
           r"(\d+(?:\.\d+)?)\s*배\s*빠르?\w*", r" \1 is faster than \2 by \3x, "),
          (r"([a-z][a-z0-9 .-]*?)\s*(?:이|가|은|는)\s+([a-z][a-z0-9 .-]*?)\s*대비\s*(?:학습|훈련|추론)?\s*"
           r"(?:속도|성능)?\s*(?:가|이|은|는)?\s*(?:약\s*)?(\d+(?:\.\d+)?)\s*배\s*(?:빠르|빨라|높)\w*",
           r" \1 is faster than \2 by \3x, "),
          (r"(한\s*달|월)(?:에|간|동안)?\s*(?:총\s*)?얼마", r" how much \1 ")]

# native numbers for a few ("한두 장", "두세 대"): a range, read before the single numbers
_FEW = [
    # (round 101: Korean wholly in Korean) a growth over years ("10년 동안 1만 배 늘었다",
    # "연평균 몇 배씩", "몇 개월마다 두 배"), a compute matched ("H100 1만 장이랑 같은 연산 성능
    # 맞추려면 MI355X"), a figure asked to be believed ("현실적인 숫자예요?", "말이 되나요?"), the share
    # of text to tokens with the token first ("1자당 토큰 1.3개"), streams at once counted in sessions
    # ("동시 대화 세션 8만 개"), tokens before their count ("토큰 15T"), documents and their words
    # ("문서 2만 건, 건당 평균 3,000단어"), the all-in as a multiple of the equipment ("올인 비용은
    # 장비값의 1.5배"), a discount before its share ("물량 할인 12%"), sites with cards each and the
    # card's name between ("1,500개 국사에 국사당 L4 2장씩")
    (r"(\d+(?:\.\d+)?)\s*년\s*(?:동안|간)", r" over \1 years "),
    (r"(?:늘었|늘어났|증가했|커졌|성장했)\w*", " grew "),
    (r"연\s*평균\s*몇\s*배\s*씩?", " how many x per year "),
    (r"몇\s*(?:개월|달)\s*마다\s*(?:두|2)\s*배", " doubling every how many months "),
    (rf"({_CARD})\s*({_N})\s*(?:장|대)\s*(?:과|와|이랑|랑)\s*(?:같은|동등한|비슷한|맞먹는)\s*"
     r"(?:연산\s*|계산\s*|학습\s*|추론\s*)?(?:성능|연산력|처리량)(?:을|를)?\s*(?:맞추|내)\w*\s*([a-z][\w.-]*)",
     r" to match \2 \1 with \3 "),
    (r"(?:이거|이게|그게)?\s*현실적인?\s*(?:숫자|수치|얘기|말)?\s*(?:인가요|예요|이에요|일까요|인가|입니까|인지|이야)?",
     " realistic "),
    (r"말이\s*(?:되나요|돼요|되는지|됩니까|되나|되는\s*건가요|될까요|되냐)", " realistic "),
    (r"(?<![\d.])1\s*(?:글자|자)\s*(?:에|당)\s*토큰(?:이|은|는)?\s*(?:약\s*)?(\d+(?:\.\d+)?)\s*개",
     r" 1 character ≈ \1 tokens "),
    (rf"동시\s*(?:대화|채팅|접속)?\s*세션(?:\s*수)?(?:는|가|이|은)?\s*(?:약\s*)?({_N})\s*개",
     r" \1 concurrent users "),
    (r"토큰(?:이|은|는|을|를)?\s*(?:총\s*)?(\d[\d,.]*\s*(?:[tbmk](?![a-z])|[조억]))(?:\s*개)?",
     r" \1 tokens "),
    (rf"(?:문서|기사|리포트|보고서)\s*({_N})\s*(?:개|건|편)(\s*,?\s*)(?:건|편|개)당",
     r" \1 documents\2 per document "),
    (rf"(?:문서|기사|리포트|보고서)\s*({_N})\s*(?:개|건|편)", r" \1 documents "),
    (r"(?:올인|총)\s*(?:비용|금액|코스트)?\s*(?:은|는|이|가|을|를)?\s*(?:장비\s*(?:값|가격|비)|하드웨어\s*(?:값|가격))"
     r"(?:의|대비)\s*(\d+(?:\.\d+)?)\s*배", r" all-in \1x "),
    (r"할인\s*(?:율|률)?\s*(?:은|는|이|가)?\s*(\d+(?:\.\d+)?)\s*%", r" \1% off "),
    (r"(\d[\d,]*)\s*개\s*(?:[가-힣·]{1,8}\s*){1,3}(?:에|마다)\s*(?:각|[가-힣]{1,4}당)\s*([a-z][\w.-]*\s+)?(\d+)\s*(?:장|대)\s*씩",
     r" \1 sites with \3 \2 cards each "),
    # formal words for common ones ("복제본" replicas, "단일 카드" one card, "실험 4회" runs,
    # "일간 이용 비율은 15%")
    (r"복제본", "레플리카"), (r"단일\s*(?:카드|gpu|장)", " one card "),
    # ("하이퍼파라미터 실험 4회": runs, not 4 parameters; "조달청 제3자 단가계약": not 3 characters)
    (r"하이퍼\s*파라미터", " hyperparameter "), (r"(?<![가-힣])제\s*3\s*자", " third-party "),
    # the staff counted ("임직원은 1만 2천 명이나 일 사용자는 약 4천 명"): employees, the users when no
    # other count is
    (r"(?:임직원|전\s*직원|직원|사원|구성원)(?:은|는|이|가)?\s*(?:약\s*)?(\d[\d,.]*\s*[만천]?(?:\s*\d+\s*[천백])?)\s*명",
     r" \1 employees "),
    # who is connected at once, a word for them between ("동시접속 상담사 1,200명", "동시 사용 직원 300명")
    (r"동시\s*(?:접속|사용|이용)?\s*(?:자|사용자|이용자|상담사|상담원|직원|인원|고객|학생|인원수)?\s*"
     r"(?:수)?(?:는|가|이|은)?\s*(?:약\s*)?(\d[\d,.]*\s*[만천]?(?:\s*\d+\s*[천백])?)\s*명",
     r" \1 concurrent users "),
    # the weekly and daily users ("주간 이용자가 약 250만 명, 일 이용자는 그중 약 60만 명")
    *[(rf"{said}\s*(?:활성\s*)?(?:이용자|사용자|유저)(?:가|는|이|은)?\s*(?:그\s*중(?:에서?)?\s*)?(?:약\s*)?"
       r"(\d[\d,.]*\s*[만천]?(?:\s*\d+\s*[천백])?)\s*명", rf" \1 {who} ")
      for said, who in (("주간", "weekly users"), ("월간", "monthly users"),
                        ("(?<![가-힣])(?:일간|일)", "daily users"))],
    # a supercomputer's service units ("1 SU는 GPU 1시간에 해당"), a server's cards said in brackets
    (r"1\s*su\s*(?:는|은|가|이|=)?\s*gpu\s*1\s*시간(?:에\s*해당|과\s*같|이)?\w*", " 1 su = 1 gpu-hour "),
    (r"서버\s*\(\s*(\d+)\s*장\s*(?:탑재|장착)?\s*\)\s*(\d[\d,.]*)\s*대", r" \2 servers with \1 gpus each "),
    # so many sites with so many cards each ("전국 17개 시·도 교육청에 각 2장씩")
    (r"(\d+)\s*개\s*(?:[가-힣·]{1,8}\s*){1,3}(?:에|마다)\s*(?:각|[가-힣]{1,4}당)\s*(\d+)\s*(?:장|대)\s*씩",
     r" \1 sites with \2 cards each "),
    (r"실험\s*(?:을|를)?\s*(?:총\s*)?(\d+)\s*(?:회|번)(?!\s*(?:정도\s*)?돌)", r" \1 runs "),
    # (round 91: startup founders and investors, casual) growth a year in multiples, active parameters, a
    # subscription said first, cost per so many requests, the build's share added, one server's measured rate,
    # a card matched, an MFU better by a share, a year's prices
    (r"(?:매년|해마다|연간|1년에)\s*(\d+(?:\.\d+)?)\s*배\s*씩?\s*(?=크|성장|늘|증가|커)",
     r" growing \1x a year "),
    (r"(?:액티브|활성)\s*(?:파라미터)?\s*(?:는|은|이|가)?\s*(\d[\d,.]*\s*b)(?![a-z])", r" \1 active "),
    (r"구독료?\s*(?:는|가|은)?\s*월\s*(\$\s*\d[\d.,]*|\d[\d,.]*\s*(?:달러|불)|\d[\d,.]*\s*(?:[만천]\s*)?원)",
     r" subscription \1 a month "),
    (r"(\d[\d,.]*\s*[만천]?)\s*(?:요청|쿼리|질의|건)\s*당\s*(?:비용|원가|단가)", r" cost per \1 requests "),
    (r"(?:네트워크|스토리지|서버|인프라|설치)[^\d?]{0,24}?(\d+(?:\.\d+)?)\s*%\s*(?:추가|더|가산|별도|얹)",
     r" plus \1% for networking and storage "),
    (r"(\d+)\s*장\s*짜리\s*(?:노드|서버)\s*(?:하나|한\s*대|1\s*대)\s*(?:에서|에|로)?",
     r" one server with \1 gpus, "),
    (r"토큰\s*/\s*초", " tokens/s "),
    (r"([a-z][\w.-]*(?:\s+(?:sxm|pcie|nvl))?)\s*(\d[\d,.]*\s*(?:[만천억조]{1,2}(?:\s*\d+\s*[천백만]{1,2})?|[kmbt](?![a-z]))?)\s*(?:장|대)\s*(?:이랑|랑|과|와)\s*맞먹(?:으려면|으려고|게|는)\s*"
     r"([a-z][\w.-]*)", r" to match \2 \1 with \3 "),
    (r"mfu\s*(?:가|이)?\s*(\d+(?:\.\d+)?)\s*%\s*(?=개선|향상|올라|좋아|높아)", r" mfu \1% better "),
    (r"(\d{4})\s*년\s*(?:도)?\s*(?:가격|시세|단가)\s*(?:기준)?\s*(?:으로|에)?", r" at \1 prices "),
    (r"원가", " cost "),
    (r"몇\s*토큰\s*(?:까지)?\s*(?:을|를)?\s*(?:돌릴|학습|훈련|돌려)", " how many tokens can we train "),
    # a count in units ("H100 64EA"), the cards needed asked ("필요한 장수"), one run ("1회 학습에 21일")
    (r"(?<=[a-z0-9])\s+(\d[\d,]*)\s*ea(?![a-z])", r" x\1 cards "),
    (r"(?:필요한\s*)?장수", " how many cards "),
    (r"1\s*회\s*(?=학습|훈련)", " one "),
    # the daily share of weekly users ("그중 하루 접속 비중은 약 50%"), of monthly ones ("일 활성
    # 비율(DAU/MAU)은
    # 35%"), a day's requests counted ("하루 문의 건수는 약 6천 건"), calls a second ("호출량은 초당 35건")
    (r"(?:그\s*중\s*)?(?:하루|일)\s*(?:접속|이용|사용)\s*(?:비중|비율|률)\s*(?:은|는|이)?\s*(?:약\s*)?(\d+(?:\.\d+)?)\s*%",
     r" dau is \1% of that "),
    (r"일\s*활성\s*(?:비율|률)\s*(?:\(\s*dau\s*/\s*mau\s*\))?\s*(?:은|는|이)?\s*(?:약\s*)?(\d+(?:\.\d+)?)\s*%",
     r" dau/mau is \1% "),
    (r"(?:하루|일)\s*(?:문의|요청|상담|민원|호출)\s*(?:건수|수)\s*(?:는|가|은|이)?\s*(?:약\s*)?(\d[\d,.]*\s*[만천]?)\s*건",
     r" \1 requests per day "),
    (r"호출\s*(?:량|수)?\s*(?:은|는|이|가)?\s*초당\s*(?:약\s*)?(\d[\d,.]*)\s*건",
     r" \1 requests per second "),
    # a peak said as a factor ("피크 계수는 4배", "교대 교체 시간대에는 3배까지 치솟습니다")
    (r"피크\s*(?:계수|배수|팩터)\s*(?:는|가|을|를)?\s*(?:약\s*)?(\d+(?:\.\d+)?)\s*(?:배)?",
     r" peak \1x the average "),
    (r"(\d+(?:\.\d+)?)\s*배\s*까지\s*(?:치솟|치솟습|늘어나|올라가|튀)\w*", r" peak \1x the average "),
    # an MFU raised from one share to another ("MFU를 33%에서 45%로 올릴")
    (r"mfu\s*(?:를|을|가)?\s*(\d+(?:\.\d+)?)\s*%\s*에서\s*(\d+(?:\.\d+)?)\s*%\s*(?:로|까지)\s*"
     r"(?:올리|높이|개선|끌어올리|향상)\w*", r" if mfu goes from \1% to \2%, "),
    # a subscription per user ("월 구독 1인당 15달러"), a rate of exchange ("1달러=7.2위안"), a haggled cut
    # ("8% 네고")
    (r"월\s*구독(?:료)?\s*1\s*인당\s*(\$?\s*\d[\d,.]*\s*(?:달러|불)?)",
     r" subscription \1 per user a month "),
    (r"1\s*(?:달러|\$|usd)\s*[=＝]\s*(\d+(?:\.\d+)?)\s*(?:위안|元|cny)", r" usd/cny \1 "),
    (r"(\d+(?:\.\d+)?)\s*%\s*네고", r" \1% off "),
    # GPU-hours said with the hour twice ("GPU 시간 약 18만 시간")
    (r"gpu\s*시간\s*(?:은|는|이)?\s*(?:약\s*)?(\d[\d,.]*\s*[만천억]?)\s*시간", r" \1 gpu-hours "),
    # text counted in Korean characters ("한글 기준 약 25억 자")
    (r"(?:한글|한국어)\s*기준\s*(?:으로\s*)?(?:약\s*)?(\d[\d,.]*\s*[만천억]?)\s*(?:자|글자)(?!(?!입|이|고|인데|이며)[가-힣])",
     r" \1 characters of korean "),
    (r"일간\s*이용\s*(?:비율|률)\s*(?:은|는|이)?\s*(?:약\s*)?(\d+(?:\.\d+)?)\s*%", r" dau is \1% of that "),
    (r"(?:민원|상담|문서|요청|질의)\s*(?!1\s*건)(\d[\d,.]*\s*[만천]?)\s*건당\s*(?:처리\s*)?(?:비용|원가|단가)",
     r" cost per \1 requests "),
    (r"(?:민원|상담|문서)\s*(?!1\s*건)(\d[\d,.]*\s*[만천]?)\s*건당", r" per \1 requests "),
    (r"(?<![가-힣])한두(?=\s*(?:장|대|개|명|번))", "1-2"),
        (r"(?<![가-힣])두세(?=\s*(?:장|대|개|명|번))", "2-3"),
        (r"(?<![가-힣])서너(?=\s*(?:장|대|개|명|번))", "3-4")]
_REWRITES: list[tuple[str, str]] = _FEW + _NATIVE_RULES + _TURNS + _PER_N + _PER + _ORDER + [
    # said in Korean's order, put in English's: "시간당 $1.8" ($1.8 per hour), "평균의 3배" (3x the average),
    # "랙 4개" (4 racks), "세션당 6턴" (6 turns per session), "H100 1.6만 장" (16,000 H100)
    (r"시간당\s*(\$\s*[\d.,]+k?)", r"\1 per hour"),
    (r"gb당\s*(\$\s*[\d.,]+)", r"\1 per gb"), (r"월\s*구독료\s*(\$\s*[\d.,]+)", r"subscription \1 a month"),
    (r"평균의\s*(\d+(?:\.\d+)?)\s*배", r"\1x the average"),
    (r"(\d+(?:\.\d+)?)\s*배\s*빠르?\w*", r"\1x faster "),
    (r"랙\s*(\d+)\s*개", r"\1 racks"),
    (r"(\d[\d,.]*\s*[만천억]?)\s*명\s*목표", r"target \1 users"), (r"(\d+)\s*번\s*돌", r"\1 runs "),
    (r"동시\s*(\d[\d,.]*\s*[만천]?)\s*명", r"\1 concurrent users"),
    (r"(?<=[a-z0-9])(\s+)(?=\d[\d.]*(?:,\d{3})*\s*[만천]?\s*장)", " x"),
    (r"백만\s*토큰", " million tokens "), (r"/\s*백만", "/million "), (r"gpu\s*시간", " gpu-hours "),
    (r"장당\s*(?=\$)", " at "), (r"걸렸", " took "), (r"파인\s*튜닝", " fine-tuning "), (r"비용", " cost "),
    (r"얼마", " how much "), (r"같은\s*작업", " the same job "),
    (r"한\s*대", " one server "), (r"한\s*장", " one card "), (r"(?<=\d)\s*초", "s "),
    # who and what is counted, with the counter after the number ("5만 명", "64장", "40만 건", "8턴", "3번")
    (r"동시\s*접속자|동시\s*사용자|동시\s*접속", " concurrent users "), (r"(?<=[\d만억천])\s*명", " users "),
    (r"(?:사용자|이용자|접속자|유저|고객)", " users "),
    (r"(?<=[\d만억천kK])\s*장", " cards "), (r"장당", " per card "), (r"(?<=[\d만억천])\s*대", " servers "),
    (r"대당|서버당", " per server "), (r"랙\s*(?=\d)", " racks "), (r"랙당", " per rack "),
    (r"랙", " racks "),
    (r"(?<=[\d만억천])\s*(?:건|회|번)(?=\s*(?:[,.?(（]|$|\s)|[을를이가에의은는씩])", " requests "),
    (r"(?<=[\d만억천])\s*턴", " turns "),
    (r"(?<=[\d만천억])\s*배", "x "), (r"건당|턴당|요청당", " per request "),
    (r"(?:세션|대화|상담)\s*\d*\s*건당", " per conversation "),
    (r"토큰", " tokens "), (r"요청|질의|질문", " queries "),
    # periods
    (r"하루(?:에)?|일일|매일|일\s*평균", " daily "), (r"시간당", " per hour "), (r"/\s*시간", "/hr"),
    (r"월\s*(?=구독료|요금)", " monthly "), (r"한\s*달|1\s*개월", " a month "),
    (r"(?<=\d)\s*개월", " months "),
    (r"(?<=\d)\s*년", " years "), (r"(?<=\d)\s*일(?![본])", " days "), (r"(?<=\d)\s*시간", " hours "),
    (r"며칠", " how many days "), (r"1년|일\s*년", " a year "),
    # hedges, money, the asked and the done
    (r"(?<![가-힣])약|대략|정도|대충|평균", " about "), (r"몇", " how many "),
    (r"필요(?:해요|합니까|한가요|할까요)?", " need "),
    (r"예산", " budget "), (r"구독료", " subscription fee "), (r"임대|렌탈|빌리면", " rent "),
    (r"구매", " buy "),
    (r"전기\s*(?:요금|료|사용량)", " electricity "), (r"입력", " input "), (r"출력", " output "),
    (r"피크(?:는|가)?", " peak "), (r"학습|훈련", " train "), (r"(?<=[\d만천억조])\s*달러", " dollars "),
    (r"실험을?\s*(?=\d)", " runs "), (r"(?<=\d)\s*번\s*돌릴", " runs "),
    # the particles left after a number or a word put in English ("32%로", "a month 에"): a space
    (r"(?<=[%\d])(?:으로|로|에서|에|이|가|은|는|을|를|도)(?=[\s,.?]|$)", " "),
    (r"(?<=[a-z0-9%] )(?:으로|로|에서|에|이|가|은|는|을|를|도)(?=[\s,.?]|$)", " "),
    (r"(?<=[a-z0-9])(?:으로|로|에서|에|이|가|은|는|을|를|도|와|과|랑)(?=[\s,.?]|$)", " "),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


# hundreds said with 백 after digits ("6백 명", "3천5백 명", "3만 2천5백 달러"): in digits, the whole amount
_HUNDREDS = rx.compile(r"(?<![\d.,])(?:(\d+)\s*만\s*)?(?:(\d)\s*천\s*)?(\d)\s*백(?![만억])")


def _hundreds(m: re.Match[str]) -> str:
    return str(int(m.group(1) or 0) * 10000 + int(m.group(2) or 0) * 1000 + int(m.group(3)) * 100)


def said_in_korean(text: str) -> bool:
    """The message shows Hangul."""
    return _HANGUL.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Korean quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    if _SINO.search(text):
        text, pos = aligned(text, list(pos), _SINO.sub(_sino, text))
    if _HUNDREDS.search(text):
        text, pos = aligned(text, list(pos), _HUNDREDS.sub(_hundreds, text))
    return rewrite(text, pos, _COMPILED)
