"""Japanese quantity words in a question, in Japanese script ("L40Sだと何枚必要ですか",
"1人1日10回", "同時接続は2万人", "1kWhあたり0.15ドル") or romanised in English ("30 man DAU",
"4 oku tokens per day", "16 dai of DGX H100", "1 nichi ni 80 man requests"): the counters, the period, the
counted thing and the few verbs the rules key on, said in English, so that every rule reads them as it reads
English (as calc/romance does for Spanish and Portuguese). 万 and 億 are scale words calc/numbers reads
itself; the romanised "man" and "oku" are written as them. Every character keeps its position in the source,
so a span is quoted as the user wrote it. Japanese says what an amount is per before it ("1枚3.5万ドル",
"1時間あたり$1.8", "1日あたり200万リクエスト") and the verb last ("6ヶ月ごとに倍", "18ヶ月で5万人になる",
"64枚使って21日かかった学習を…128枚に載せ替えたら"), so those are put in English's order ("35,000 dollars
per card", "doubling every 6 months", "moved to 128 …"); 兆 is a million millions. Japanese questions are
answered in English (calc/text.lang_of): the answers have no Japanese text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.cn_numeral import chinese_numeral
from calc.script import aligned, latin_outweighs, rewrite

# kana, which no Chinese text has; or the romanised counters said after a number
_KANA = rx.compile(r"[\u3040-\u30ff]")
_ROMAJI = rx.compile(r"\d\s+(?:man|oku)\s+(?!-|hours?\b|days?\b|months?\b|years?\b|power\b|in\b|on\b|at\b)"
                     r"[a-z]|"
                     r"\b\d+\s+dai\s+of\b|\bnichi\s+ni\b|\bhow many dai\b|\bper dai\b", re.IGNORECASE)

# the things an amount is per, said before it ("1枚3.5万ドル", "1台$515k", "1時間あたり$1.8", "1日あたり200万
# リクエスト", "1ユーザー1日あたり5千トークン"): in English's order, "35,000 dollars per card"
_PER_WHAT = {"枚": "card", "台": "server", "時間": "hour", "人": "user", "日": "day", "件": "request",
             "ラック": "rack", "チップ": "chip", "基": "card", "kwh": "kwh", "gb": "gb", "トークン": "token",
             "リクエスト": "request", "ユーザー": "user", "レプリカ": "replica", "セッション": "session",
             "秒": "second", "ノード": "node", "拠点": "site", "gpu": "gpu", "語": "word",
             "文字": "character", "字": "character", "往復": "request", "チケット": "conversation"}
# (things also counted, per them only with あたり: "1トークンあたり0.3J", not "2kトークン出力150")
# (and a Latin unit, which a name can end with: "GB200 8千枚" is no "per GB")
_PER_ONLY_SAID = {"トークン", "語", "文字", "字", "gb", "kwh", "gpu"}
_AMOUNT = (r"(?:[$¥€£]\s*)?\d(?:[\d,.]*\d)?(?:\s*[万億兆千]{1,2})?(?:\d+\s*[千百万]{1,2})?\s*"
           r"(?:[km](?![a-z])\s*(?=トークン|tok))?(?:ドル|円|元|ユーロ|ポンド|ms|ミリ秒|秒|トークン|tok(?:ens?)?\s*/\s*s|tflops|pflops|tok(?:ens?)?|kwh|kw|w|j|"
           r"ジュール|件|回|人|名|リクエスト|"
           r"クエリ|往復|ターン|セッション|チケット|語|文字|字|枚|台|\s*requests?|\s*queries|gb|tb|%|[km](?![a-z]))?")
# ("ユーザー1人あたり", "1ユーザー"): one of them
_ONE_JA = r"(?<![\d.])(?:1\s*)?"
_NOUN_JA = r"(?:(?P<noun>入力|出力)\s*)?"
_PER_JA = [(rf"(?:(?<![\d.])(?:1|毎)\s*{what}(?:\s*1\s*人)?\s*(?:生成|出力|処理)?\s*"
            rf"(?:あたり|当たり){'' if what in _PER_ONLY_SAID else '?'}|"
            # (without the one, only with あたり: not "ユーザー1万人")
            rf"(?<![\d.]){what}(?:\s*1\s*人)?\s*(?:生成|出力|処理)?\s*(?:あたり|当たり))\s*"
            rf"(?:(?P<when>1\s*日|1\s*か?ヶ?月|月額|1\s*時間)"
            # (a hedge before the amount: "1枚あたり約480万円", "1日あたり約1万件"; not before a power,
            # "1台あたり約1.8kW", read with the server it is of)
            rf"\s*(?:あたり|当たり)?)?\s*{_NOUN_JA}(?:(?:約|およそ)(?!\s*\d[\d,.]*\s*k?w(?![a-z])))?\s*"
            rf"(?P<amt>{_AMOUNT})",
            rf"\g<noun> \g<amt> per {said} \g<when> ") for what, said in _PER_WHAT.items()]

_REWRITES: list[tuple[str, str]] = [
    # (round 100, after the sealed sets) a growth to a count ("500万人まで伸ばす": grow to 5 million), a peak
    # ("ピーク4倍"), sessions at once ("同時に300セッション", "同時接続数は最大2,400"), one card's speed over
    # another's ("B200はH100の2.5倍速い"), the build as a multiple of the cards alone ("GPU単体の1.4倍")
    (r"(\d[\d,.]*\s*[万億千]?\s*(?:人|ユーザー))\s*まで\s*(?:伸ば|増や|増え|伸び|拡大)\w*", r" grow to \1 "),
    (r"ピーク(?:時)?\s*(?:は|を)?\s*(\d+(?:\.\d+)?)\s*倍", r" peak \1x "),
    (r"同時に\s*(\d[\d,.]*\s*[万千]?)\s*(?:セッション|接続|ユーザー|人)", r" \1 concurrent sessions "),
    (r"同時接続数\s*(?:は)?\s*(?:最大|ピーク)?\s*(\d[\d,.]*\s*[万千]?)", r" \1 concurrent users "),
    (r"([a-z]+\s?\d+[a-z]*)\s*は\s*([a-z]+\s?\d+[a-z]*)\s*の\s*(\d+(?:\.\d+)?)\s*倍\s*速",
     r" \1 is \3x faster than \2 "),
    # ("1日1人あたり3会話": so many conversations of one person a day, the day said first)
    (r"1\s*日\s*1\s*(?:人|ユーザー)\s*(?:あたり|当たり)?\s*(?:平均)?\s*(\d+(?:\.\d+)?)\s*"
     r"(?:会話|回|件|セッション|質問)", r" \1 queries per person per day "),
    # ("DAUはWAUの35%くらい": the daily share of the weekly or monthly users)
    (r"\bdau\s*(?:は|が)\s*(wau|mau)\s*の\s*(\d+(?:\.\d+)?\s*%)", r" DAU/\1 \2 "),
    (r"(?:gpu|カード)\s*単体の\s*(\d+(?:\.\d+)?)\s*倍", r" \1x the GPUs, all-in "),
    # a space between a Latin name and the kana glued to it ("NTTのtsuzumi 7Bを", "H100を512枚")
    (r"(?<=[a-z0-9])(?=[\u3040-\u30ff])", " "), (r"(?<=[\u3040-\u309f])(?=[a-z0-9])", " "),
    # someone else's words in 「」, then who said them ("「L4一枚で毎秒1,000トークン出せます」とベンダーから
    # 説明を受けました", "「H100を1万枚で足りる」とある記事で報道されています"): what they say, to be checked
    (r"「([^」]{1,200})」\s*(?:と|って)\s*(?:[^。、？?]{0,30}?)(?:報道|説明|言われ|言って|申して|聞き|聞い|提案|"
     r"書かれ|書いて|記載|主張|宣伝|謳っ|うたっ|され|あり|いわれ|見かけ|発表|試算|回答)\w*",
     r" someone says: \1; "),
    (r"本当(?:でしょうか|ですか|なのでしょうか|か)|事実(?:でしょうか|ですか)", " is that true? "),
    (r"(?:妥当|適切)(?:でしょうか|ですか|か)", " is that reasonable? "),
    (r"現実的な(?:数字|数値|値)?(?:でしょうか|ですか)", " is that realistic? "),
    (r"で\s*足りる", " are enough "), (r"検証|確認", " check "),
    # (round 91: local governments and ministries in formal Japanese) a text-to-token ratio said with で
    # ("およそ1.3文字で1トークン"), English text a day ("1日あたり約50万語の英文を生成"), one card's GPU-hour,
    # users at once with を, the first token's return, turns of one consultation, a speed-up per card
    (r"(\d+(?:\.\d+)?)\s*(?:文字|字)\s*(?:で|が|につき)\s*(?:約|およそ)?\s*1\s*トークン",
     r" \1 characters ≈ 1 token "),
    (r"(\d+(?:\.\d+)?)\s*語\s*(?:で|が|につき)\s*(?:約|およそ)?\s*1\s*トークン", r" \1 words ≈ 1 token "),
    (r"1\s*日\s*(?:あたり|当たり)?\s*(?:合計|計)?\s*(?:約|およそ)?\s*(\d[\d,.]*\s*[万億千]?)\s*語\s*の\s*(?:英文|英語)",
     r" \1 words of english per day "),
    (r"1\s*日\s*(?:あたり|当たり)?\s*(?:合計|計)?\s*(?:約|およそ)?\s*(\d[\d,.]*\s*[万億千]?)\s*文字\s*の\s*(?:英文|英語)",
     r" \1 characters of english per day "),
    (r"1\s*gpu\s*時間\s*(?:あたり|当たり)\s*(?:約|およそ)?\s*", "1枚1時間"),
    (r"同時\s*(?:接続|利用|ユーザー|利用者)\s*(?:者)?\s*(?:数)?\s*(?:を|は|が)\s*(?:約|最大)?\s*(\d[\d,.]*\s*[万千]?)\s*"
     r"(?:人|名)", r" \1 concurrent users "),
    (r"(?:初回|最初の?)\s*(?:トークン|応答|レスポンス|回答)\s*(?:が\s*(?:返る|出る|返ってくる|表示される))?\s*"
     r"(?:まで|までの時間)\s*(?:は|を|が)?\s*(\d+(?:\.\d+)?)\s*(秒|ms|ミリ秒)",
     r" time to first token \1 \2 "),
    (r"1\s*(?:回|件)?\s*の\s*(?:相談|問い合わせ|チケット|会話|セッション)\s*(?:で|あたり|当たり|につき)\s*(?:平均)?\s*"
     r"(\d+)\s*(?:往復|ターン|回)", r" \1 turns per conversation "),
    (r"1\s*枚\s*(?:あたり|当たり)\s*(?:約)?\s*(\d+(?:\.\d+)?)\s*倍\s*(?:高速|速い|速く|の性能)",
     r" \1x faster per card "),
    (r"(\d+(?:\.\d+)?)\s*年\s*間?\s*で[^。、\d]{0,24}?(\d[\d,.]*)\s*倍\s*(?:程度|ほど|くらい)?\s*(?:に)?\s*"
     r"(?:増|伸|成長|拡大)", r" grows \2x over \1 years "),
    (r"年\s*平均\s*の?\s*(?:伸び率|成長率|増加率)", " average annual growth rate "),
    (r"(\d+)\s*(?:か所|ヶ所|カ所|箇所)", r" \1 sites "), (r"(\d+)\s*枚\s*ずつ", r" \1 cards each "),
    (r"(?:約)?\s*(\d[\d,.]*\s*[万千億]?)\s*人\s*(?:への|に|まで)\s*(?:拡大|拡張|増加|広げ|展開)",
     r" expanding to \1 users "),
    (r"要約\s*(?:は|が)?\s*(?:1\s*件)?\s*(?:あたり)?\s*(?:約)?\s*(\d[\d,.]*)\s*トークン",
     r" output \1 tokens "),
    (r"(?:会議録|議事録|記事|文書|原稿|本文|報告書)\s*(?:は|が)?\s*1\s*(?:件|本)\s*(?:あたり|当たり)?\s*(?:約|平均)?\s*"
     r"(\d[\d,.]*\s*[万千]?)\s*(?:文字|字)", r" input \1 characters "),
    (r"ラック\s*(?:は|の)?\s*1\s*本\s*(?:あたり|当たり)\s*の?\s*(?:電力)?\s*(?:上限|容量)?\s*(?:が|は)?\s*(\d[\d,.]*\s*k?w)",
     r" racks are limited to \1 each; "),
    (r"(?<![\d.])([1-9])\s*割\s*(?:程度|ほど|くらい)?\s*を?\s*(?:gpu|アクセラレータ)\s*(?:の)?\s*(?:購入|調達)?\s*に",
     r" \g<1>0% of it on gpus "),
    # ("電気代は1億円以下", "1.6ユーロで借りられる", "コストパフォーマンスが良いのは")
    (r"(\d[\d,.]*\s*[万億千兆]?\s*(?:円|ドル))\s*(?:以下|未満|以内)", r" under \1 "),
    (r"電気代\s*(?:は|が)", " the electricity bill is "),
    (r"借りられる|借りる|借りた場合|レンタルする", " rent "),
    (r"(?:コストパフォーマンス|コスパ)\s*(?:が|の)?\s*(?:良い|いい|高い)", " cheaper per token "),
    # a card as fast as so many times another ("B200はH100の3倍の学習性能"), a run moved to it
    # ("現在H100で40日かかっている学習をB200に置き換えると")
    (r"([a-z][a-z0-9 .-]*?)\s*(?:は|が)\s*([a-z][a-z0-9 .-]*?)\s*の\s*(?:約)?\s*(\d+(?:\.\d+)?)\s*倍\s*の?\s*"
     r"(?:学習|推論|訓練)?\s*(?:性能|速度)", r" \1 is faster than \2 by \3x, "),
    (r"([a-z][\w.-]*(?:\s+(?:sxm|pcie|nvl|\d+\s*gb))?)\s*で\s*(\d+(?:\.\d+)?)\s*日\s*(?:かかった|かかっている|かかる)\s*"
     r"(?:学習|ジョブ|訓練|トレーニング)\s*を\s*[、,]?\s*([a-z][\w.-]*(?:\s+(?:sxm|pcie|nvl|\d+\s*gb))?)\s*に\s*"
     r"(?:置き換え|載せ替え|移行|乗り換え)\w*", r" a training run took \2 days on \1; moved to \3, "),
    # so many cards' compute matched with another ("H100 2,000枚と同等の演算性能を得るには、MI355Xが何枚")
    (r"([a-z0-9][a-z0-9 .-]{0,39}?)\s*(\d[\d,.]{0,30}\s*[万千]?)\s*枚\s*と\s*(?:同等|同じ|同程度)\s*の\s*"
     r"(?:演算|計算)?\s*"
     r"(?:性能|算力|能力)\s*を\s*(?:得る|出す|実現する|確保する)\s*(?:には|ために)\s*[、,]?\s*([a-z0-9][a-z0-9.-]*?)\s*(?:が|を|で)",
     r" to match \2 \1 with \3 "),
    # ("学習トークン数3,000億", "1トークンあたり約1.2文字", "5回実験", "MFUが30%向上", "DAU/MAU比率は25％",
    # "毎年180%成長", "稼働率は70%")
    (r"学習\s*(?:トークン|データ)\s*(?:数|量)?\s*(?:は|が)?\s*(?:約)?\s*(\d[\d,.]*\s*[万億千兆]?)(?:\s*トークン)?",
     r" \1 training tokens; "),
    (r"1\s*トークン\s*(?:あたり|当たり)\s*(?:約|およそ)?\s*(\d+(?:\.\d+)?)\s*(?:文字|字)",
     r" 1 token ≈ \1 characters "),
    (r"(\d+)\s*回\s*(?:の)?\s*(?:実験|試行)", r" \1 runs "),
    (r"mfu\s*(?:が|は)?\s*(\d+(?:\.\d+)?)\s*%\s*(?:向上|改善|アップ|上が)", r" mfu \1% better "),
    (r"(dau\s*/\s*[mw]au)\s*(?:比率|比|率)\s*(?:は|が)?", r" \1 is "),
    (r"毎年\s*(\d+(?:\.\d+)?)\s*%\s*(?:の)?\s*(?:成長|増加|伸び|拡大)", r" growing \1% a year "),
    (r"(?:稼働率|使用率)\s*(?:は|が|を)?\s*(?:約)?\s*(\d+(?:\.\d+)?)\s*%", r" utilization \1% "),
    # a native one before a counter ("L4一枚で", "一台あたり")
    (r"(?<![一二三四五六七八九十百千万億])一\s*(?=枚|台)", " 1"),
    # input and output tokens named, then their number ("入力トークンは平均1,500、出力トークンは400程度",
    # "1日あたり入力トークン30億、出力トークン5億")
    (r"(?<!あたりの)(?<!当たりの)(?<!日の)(?<!あたり)(?<!当たり)(入力|出力)\s*トークン(?:数|長)?\s*(?:は|が)?\s*"
     r"(?:平均|約|およそ)?\s*(\d[\d,.]*\s*[万億千]?)(?!\s*[-〜～万億千\d])", r" \1 \2 tokens "),
    # a text's length in characters, the text and its summary named ("記事は平均2,000文字",
    # "要約は300文字程度")
    (r"要約\s*(?:は|が)?\s*(?:約|平均)?\s*(\d[\d,.]*\s*[万千]?)\s*(?:文字|字)", r" output \1 characters "),
    (r"(?:記事|文書|原稿|本文|ドキュメント|契約書|資料|報告書|レポート)\s*(?:は|が)?\s*(?:1\s*本\s*)?(?:約|平均)?\s*"
     r"(\d[\d,.]*\s*[万千]?)\s*(?:文字|字)", r" input \1 characters "),
    # a number per so many ("100万トークンあたり$0.6", "入力100万トークン0.8元", "1,000リクエストあたり")
    (r"(入力|出力)\s*(100\s*万|百万)\s*トークン(?:あたり|当たり)?\s*(?:約|およそ)?\s*"
     r"(?P<amt>(?:[$¥]\s*)?\d[\d,.]*\s*(?:ドル|円|元)?)",
     r"\1 \g<amt> per \2 tokens "),
    (r"(100\s*万|百万)\s*トークン(?:あたり|当たり)?\s*(?:約|およそ)?\s*(?P<amt>(?:[$¥]\s*)?\d[\d,.]*\s*(?:ドル|円|元)?)",
     r" \g<amt> per \1 tokens "),
    # a ratio of text to tokens ("1トークン≈0.75語", "1.5字≈1トークン", "4文字≒1トークン")
    (r"1\s*トークン\s*([≈≒=~〜])\s*(\d+(?:\.\d+)?)\s*語", r" 1 token \1 \2 words "),
    (r"(\d+(?:\.\d+)?)\s*(?:文字|字)\s*[≈≒=~〜]\s*1\s*トークン", r" \1 characters ≈ 1 token "),
    (r"1\s*トークン\s*[≈≒=~〜]\s*(\d+(?:\.\d+)?)\s*(?:文字|字)", r" 1 token ≈ \1 characters "),
    (r"1\s*(?:単語|語)\s*[≈≒=~〜]\s*(\d+(?:\.\d+)?)\s*トークン", r" 1 word ≈ \1 tokens "),
    # a range ("300〜500トークン")
    (r"(?<=\d)\s*[〜～]\s*(?=\d)", "-"),
    # so many times a day ("800名が1日平均3回"), grown so many times in so many years
    # ("6年間で30万倍に増えた")
    (r"(\d+(?:\.\d+)?)\s*年\s*間?\s*で\s*(\d[\d,.]*\s*[万億千]?)\s*倍\s*(?:に)?\s*(?:増|伸|成長|拡大)",
     r" grew \2x in \1 years "),
    (r"何\s*[かヶケ]?\s*月\s*(?:ごと|毎)\s*に\s*(?:倍増|倍|2\s*倍)", " doubling every how many months "),
    # a turn count of one conversation ("1件あたり平均3往復", "1回の相談で平均8ターン")
    (r"1\s*(?:回の)?\s*(?:チケット|件|セッション|会話|相談|問い合わせ|やり取り)\s*(?:で|あたり|当たり|につき)?\s*"
     r"(?:平均)?\s*(\d+)\s*(?:往復|ターン|回)", r" \1 turns per conversation "),
    # the daily ones among weekly or monthly users ("週間利用者が2万人、そのうち日次で使うのは約6,000人",
    # "月間利用者は約1.2万人、うち日次で使うのは3割程度")
    (r"週間\s*(?:の)?\s*(?:利用者|ユーザー|アクティブ\s*(?:ユーザー)?)(?:数)?\s*(?:は|が)?",
     " weekly users "),
    (r"月間\s*(?:の)?\s*(?:利用者|ユーザー|アクティブ\s*(?:ユーザー)?)(?:数)?\s*(?:は|が)?",
     " monthly users "),
    (r"(?:その)?うち\s*(?:日次|毎日|日常的)\s*(?:で|に)?\s*(?:使う|利用する|使っている|利用している|アクセスする)?"
     r"\s*(?:の|人)?\s*(?:は|が)\s*(?:約)?\s*(\d[\d,.]*\s*(?:[万千]|割|%)?)\s*(?:人|名)?",
     r" of whom \1 daily "),
    # how fast the first token, or the first answer, comes ("初回トークンまで1秒以内",
    # "最初の応答まで0.8秒以内")
    (r"(?:初回|最初の?)\s*(?:トークン|応答|レスポンス|回答)\s*(?:まで|までの時間)\s*(?:を|は|が)?\s*"
     r"(\d+(?:\.\d+)?)\s*(?:秒)", r" time to first token \1 seconds "),
    (r"(?:初回|最初の?)\s*(?:トークン|応答|レスポンス|回答)\s*(?:まで|までの時間)\s*(?:を|は|が)?\s*"
     r"(\d+(?:\.\d+)?)\s*(?:ms|ミリ秒)", r" time to first token \1 ms "),
    # at once: users, sessions, a batch ("同時50ユーザー", "同時バッチは32程度",
    # "同時に処理するのは最大20件程度")
    (r"同時\s*(?:接続)?\s*(\d[\d,.]*\s*[万千]?)\s*(?:ユーザー|人|名|セッション)", r" \1 concurrent users "),
    (r"同時\s*(?:に)?\s*(?:処理する|捌く|扱う)\s*(?:の|件数)?\s*(?:は|が)?\s*(?:最大)?\s*(\d[\d,.]*)\s*(?:件|リクエスト)?",
     r" \1 concurrent requests "),
    (r"(?:同時)?\s*バッチ(?:サイズ)?\s*(?:は|が)?\s*(\d+)", r" batch \1 "),

    (r"秒間\s*(\d[\d,.]*\s*[万千]?)\s*トークン", r" \1 tokens per second "),
    # ("1人1日10回程度の質問", "1人1日3セッション"): so many asks of one person a day
    (r"1\s*(?:人|ユーザー)\s*(?:あたり|当たり)?\s*(?:平均)?\s*1\s*日(?:あたり|当たり)?\s*(?:平均)?\s*(\d+(?:\.\d+)?)\s*"
     r"(?:回|件|クエリ|往復|リクエスト|セッション|質問)",
     r"\1 queries per person per day"),
    (r"1\s*(?:人|ユーザー)\s*(?:あたり|当たり)?\s*平均\s*(\d{1,3}(?:\.\d+)?)\s*(?:回|件|クエリ|質問)",
     r"\1 queries per person per day"),
    (r"(?<![\d.])1\s*日\s*(?:平均)?\s*(\d{1,3}(?:\.\d+)?)\s*回(?![\d])", r" \1 times a day "),
    # ("1日2万チケット": tickets counted are requests)
    (r"(?<![\d.])(?!1\s*チケット)(\d[\d,.]*\s*[万千]?)\s*チケット", r" \1 requests "),
    # (Japanese 兆 is a million millions: "2兆トークン")
    (r"(?<=\d)\s*兆", "万亿"),
    (r"(\d[\d,.]*\s*[万千]?)\s*(?:リクエスト|件|回)(?:あたり|当たり)の?\s*(?:コスト|費用|原価)",
     r" cost per \1 requests "),
    # (one request's lengths: "1件あたり入力2,000文字", "1回あたり入力1,500")
    (r"(?<![\d.])1\s*(?:リクエスト|件|回)\s*(?:あたり|当たり)(?=\s*(?:の)?\s*(?:入力|出力|平均|プロンプト|回答|\d))",
     " per request "),
    (r"(\d[\d,.]*\s*[万千]?)\s*(?:リクエスト|件|回)(?:あたり|当たり)", r" per \1 requests "),
    (r"(100\s*万|百万)\s*トークン\s*(?:あたり|当たり)\s*(?:の)?\s*(?=いくら|コスト|費用|料金|単価)",
     r" cost per \1 tokens "),
    (r"(?<![\d.])(?!1\s*トークン)(\d[\d,.]*\s*[万千]?)\s*トークン\s*(?:あたり|当たり)の?",
     r" per \1 tokens "),
    (r"(?:消費)?電力量", " energy "),
    (r"(\d+)\s*枚\s*1\s*レプリカ", r" tp\1 "), (r"/\s*時間", "/hr "),
    # casual Japanese: replicas and their batch said with 本, tickets and their turns, a card's hourly wage
    (r"レプリカ\s*(\d+)\s*(?:本|個|つ)", r" \1 replicas "),
    (r"1\s*レプリカ(?:あたり|当たり)?(?:の)?\s*(?:最大)?\s*(?:同時)?\s*(?:処理数|並列数|バッチ(?:サイズ)?)?\s*(?:は|が)?\s*(?:最大)?\s*"
     r"(\d+)\s*(?:本|シーケンス|並列|リクエスト)?",
     r" batch limited to \1 per replica "),
    # a rack's limit said per 本, its counter ("ラックが1本あたり20kWまで")
    (r"ラック\s*(?:が|は)?\s*1\s*本\s*(?:あたり|当たり)\s*(\d[\d,.]*\s*k?w)\s*(?:まで)?",
     r" racks are limited to \1 each; "),
    (r"(?:空き)?ラック\s*(?:は|が|を)?\s*(?:全部で|合計)?\s*(\d+)\s*本", r" \1 racks "),
    (r"1\s*(?:チケット|件|セッション|会話)\s*(?:あたり)?\s*(?:平均)?\s*(\d+)\s*(?:往復|ターン|回)",
     r" \1 turns per conversation "),
    (r"1\s*枚\s*(?:の)?\s*時給\s*(?P<amt>(?:[$¥]\s*)?\d[\d,.]*\s*(?:ドル|円|元)?)",
     r" \g<amt> per hour per card "),
    (r"時給\s*(?P<amt>(?:[$¥]\s*)?\d[\d,.]*\s*(?:ドル|円|元)?)", r" \g<amt> per hour "),
    (r"月\s*(\d[\d,.]*)\s*(元|ドル)\s*の?\s*(?:プラン|サブスク)", r" subscription \1 \2 a month "),
    (r"(\d+(?:\.\d+)?)\s*[かヶケ]?\s*月\s*で\s*(?:倍|2\s*倍)(?:に)?", r" doubling every \1 months "),
    (r"(\d+(?:\.\d+)?)\s*年\s*で\s*(\d+(?:\.\d+)?)\s*倍", r" \2x in \1 years "),
    (r"年率で(?:いうと|言うと)?\s*何\s*%", " what annual growth rate "),
    (r"(\d[\d,.]*)\s*枚\s*弱", r" just under \1 cards "),
    (r"([a-z0-9][a-z0-9 .-]{0,39}?)\s*(\d[\d,.]{0,30}\s*[万千]?)\s*枚\s*(?:相当|分)の?\s*(?:演算|計算)?"
     r"(?:性能|算力|能力)を?\s*"
     r"([a-z0-9][a-z0-9.-]*?)\s*で", r" to match \2 \1 with \3 "),
    (r"どっち|どちら", " which "), (r"スループット", " throughput "), (r"トークン単価", " cost per token "),
    (r"(?:に)?移行して", " moved to it, "),
    (r"1\s*日(?:あたり|当たり)?の?\s*(出力|入力)?\s*トークン(?:数|量)?\s*(?:は|が)?\s*(?:約)?\s*"
     r"(\d[\d,.]*(?:\s*[-〜～]\s*\d[\d,.]*)?\s*[万億千兆]?)",
     r" \2 \1tokens per day "),
    (r"総パラ(?:メータ)?(?:数)?\s*(\d[\d,.]*\s*(?:[万億千兆]|[tbm](?![a-z]))?)", r" \1 params total "),
    (r"アクティブ(?:パラ(?:メータ)?)?\s*(?:約)?\s*(\d[\d,.]*\s*(?:[万億千兆]|[tbm](?![a-z]))?)",
     r" \1 active "),
    # a rate said with its own word ("時間単価$2.8", "GPU1枚あたり時間単価$2.8")
    (r"時間\s*単価\s*(?:は|が)?\s*(?P<amt>(?:[$¥€£]\s*)?\d[\d,.]*\s*(?:ドル|円|元)?)", r" \g<amt> per hour "),
    (r"(\d[\d,.]*\s*[万億千]?)\s*パラメータ", r" \1 parameters "),
    # ("1GPU・1時間あたり約600円": one card's hour, as "1枚1時間"; "1kWh 30円", "1kWh=31円", "22円/kWh": a
    # kWh's price)
    (r"1\s*(?:gpu|枚|基)\s*[・/、]\s*1\s*時間\s*(?:あたり|当たり)?\s*(?:約|およそ)?\s*", "1枚1時間"),
    (r"(?<![\d.])1\s*kwh\s*(?:あたり|当たり)?\s*[=＝:：]?\s*(?:約|およそ)?\s*(\d[\d,.]*\s*円)",
     r"\1 per kwh"),
    (r"(\d[\d,.]*\s*円)\s*/\s*kwh", r"\1 per kwh"),
    # counted things: 基 (machines), 本 (papers, documents), 週 (weeks)
    (r"(?<![\d.])1\s*基\s*(?:あたり|当たり)", " per card "), (r"(?<=[\d万千])\s*基", " cards "),
    (r"1\s*ラック\s*(?:に|あたり|当たり)\s*何\s*台", " how many servers per rack "),
    (r"[(（]\s*1\s*(?:ノード|台|サーバー?)\s*[)）]", " (1 node) "), (r"(\d+)\s*週間?", r" \1 weeks "),
    (r"1\s*日\s*(\d[\d,.]*\s*[万千]?)\s*本", r" \1 requests per day "),
    (r"(?<![\d.])1\s*本\s*(?:あたり|当たり)?(?=\s*\d)(?!\s*\d[\d,.]*\s*k?w)", " per request "),
    # at once ("同時ユーザー200人", "同時接続で最大100人")
    (r"同時\s*(?:接続|ユーザー|利用者|利用)\s*(?:数)?\s*(?:で|は|が)?\s*(?:最大)?\s*(?:約)?\s*(\d[\d,.]*\s*[万千]?)\s*"
     r"(?:人|名|ユーザー)", r" \1 concurrent users "),
    (r"(?<![\d.])1\s*文字\s*[≈≒=~〜]\s*(\d+(?:\.\d+)?)\s*トークン", r" 1 character ≈ \1 tokens "),
    (r"(?:100\s*万|百万)\s*トークン\s*(?:あたり|当たり)\s*(?:の)?\s*(?=いくら|コスト|費用|料金|単価)",
     " cost per million tokens "),
    (r"(?:アカデミック|学割|ボリューム|大口)?\s*割引\s*(?:は|が)?\s*(\d+(?:\.\d+)?)\s*%", r" \1% off "),
    (r"(?<![\d.])1\s*台\s*(?:あたり|当たり)?\s*(?=いくら|の価格|の値段)", " per server "),
    (r"毎年\s*(\d+(?:\.\d+)?)\s*倍", r" growing \1x a year "),
    (r"(?:今|現在)の\s*(\d[\d,.]*)\s*倍\s*(?:に|まで)\s*(?:なる|達する)\s*(?:の)?\s*(?:は)?\s*何\s*年\s*(?:後|先)",
     r" how many years until \1x "),
    (r"(\d{4})\s*年\s*(?:時点|当時)\s*の\s*(?:価格|値段)\s*で", r" at \1 prices "),
    (r"そろえ|揃え", " buy "), (r"科研費|研究費", " budget "),
    (r"為替\s*(?:レート)?\s*(?:は|が|を)?\s*(?:1\s*ドル\s*[=＝]?\s*)?(\d{2,3}(?:\.\d+)?)\s*円",
     r" usd/jpy \1 "),
    (r"24\s*時間\s*[×x*]?\s*365\s*日", " 24/7 "),
    (r"(\d[\d,.]*\s*[万千億]?)\s*人\s*から\s*(\d+(?:\.\d+)?)\s*年\s*で\s*(\d[\d,.]*\s*[万千億]?)\s*人\s*(?:まで|に)",
     r" from \1 users to \3 users in \2 years "),
    (r"(\d[\d,.]*\s*[万千億]?)\s*人\s*から\s*(\d+(?:\.\d+)?)\s*[かヶケ]\s*月\s*で\s*(\d[\d,.]*\s*[万千億]?)\s*人\s*(?:まで|に)",
     r" from \1 users to \3 users in \2 months "),
    (r"mfu\s*(?:が|を|は)?\s*([1-9])\s*割\s*(?:改善|向上|アップ|上が|良くな)", r" mfu \g<1>0% better "),
    # ("半分をGPUに使う", "1本15kWまで" beside racks, "1日のチケット8千件", "全国120店舗に各2枚")
    (r"半分\s*(?:を|は)?\s*(?:gpu|アクセラレータ)\s*に", " half of it on gpus "),
    (r"(racks\s*[、,]?\s*)(?<![\d.])1\s*本\s*(?:あたり|当たり)?\s*(\d[\d,.]*\s*k?w)\s*(?:まで)?",
     r"\1 racks are limited to \2 each; "),
    (r"1\s*日(?:あたり)?の?\s*(?:チケット|問い合わせ|問合せ|リクエスト)(?:数|件数)?\s*(?:は|が)?\s*(\d[\d,.]*\s*[万千]?)\s*"
     r"(?:件|チケット)?", r" \1 requests per day "),
    (r"(\d[\d,]*)\s*店舗", r" \1 stores "), (r"各\s*(\d+)\s*枚", r" \1 cards each "),
    # ("8枚構成のサーバー1台あたり何ユーザー": what one server holds, the one server counted)
    (r"(?:サーバー|ノード|筐体)\s*(1)\s*台\s*(?:あたり|当たり)\s*(?=何)", r" on \1 server, "),
    *_PER_JA,
    # (the hour after a card's price: "1枚1時間450円くらい")
    (r"(?<=per )(card|server|gpu|chip|node)\s+1\s*時間", r"\1 per hour"),
    # Japanese's order put in English's ("18ヶ月で5万人になる", "6ヶ月ごとに倍", "3年後", "年率80%で伸び",
    # "今の10倍", "ピークは平均の2.5倍", "12%引き", "6割", "8枚挿し", "1ドル=7.2元", "本体価格の1.4倍",
    # "3エポック")
    (r"(\d+(?:\.\d+)?)\s*[かヶケ]?\s*月\s*(?:ごと|毎)に\s*(?:倍|2\s*倍)", r" doubling every \1 months "),
    (r"(\d+(?:\.\d+)?)\s*年\s*(?:ごと|毎)に\s*(?:倍|2\s*倍)", r" doubling every \1 years "),
    (r"(\d+(?:\.\d+)?)\s*年\s*(?:後|先)", r" in \1 years "),
    (r"(\d+(?:\.\d+)?)\s*[かヶケ]\s*月\s*(?:後|先)", r" in \1 months "),
    (r"年率\s*(\d+(?:\.\d+)?)\s*%", r" growing \1% a year "),
    (r"(?:今|現在|現状)の\s*(\d[\d,.]*)\s*倍", r" \1x the current "),
    (r"ピーク(?:時)?(?:は|が)?\s*平均の\s*(\d+(?:\.\d+)?)\s*倍", r" peak \1x the average "),
    (r"ピーク(?:時)?(?:は|が)?\s*平均の\s*(\d+(?:\.\d+)?)\s*[〜~～-]\s*(\d+(?:\.\d+)?)\s*倍",
     r" peak is \1-\2x the average "),
    (r"(\d+(?:\.\d+)?)\s*%\s*(?:の)?\s*(?:引き|オフ|割引|値引き|値下げ|ディスカウント)", r" \1% off "),
    (r"ピーク\s*(?:係数|倍率)\s*(?:は|が|を)?\s*(\d+(?:\.\d+)?)", r" peak factor \1 "),
    (r"ピーク(?:時)?\s*(?:は|が)?\s*その\s*(\d+(?:\.\d+)?)\s*倍", r" peak is \1x that "),
    (r"(\d+)\s*回\s*(?:回|走らせ|実行|繰り返)", r" \1 runs "),
    (r"(?<![\d.])([1-9])\s*割(?![引安])", r" \g<1>0% "),
    (r"(\d+)\s*枚\s*(?:挿し|積み|搭載)", r" \1 gpus per server "),
    (r"(\d+)\s*(?:枚|gpu)\s*(?:の)?\s*サーバー?(?!\s*(?:\d|を\s*\d))", r" servers with \1 gpus each "),
    (r"1\s*ドル\s*[=＝]\s*(\d+(?:\.\d+)?)\s*(?:元|人民元)", r" usd/cny \1 "),
    (r"1\s*(?:ドル|us\$|\$|usd)\s*[=＝≒≈]?\s*(\d+(?:\.\d+)?)\s*円", r" usd/jpy \1 "),
    (r"(?:ドル円|ドル/円)\s*(?:レート)?\s*(?:は|が|を)?\s*(\d+(?:\.\d+)?)\s*円?", r" usd/jpy \1 "),
    (r"[¥￥]\s*(?=\d)", " jpy "),
    (r"(?:本体|gpu|カード)\s*(?:価格|代金)?の\s*(\d+(?:\.\d+)?)\s*倍", r" all-in \1x "),
    (r"込み(?:だと|で)\s*(\d+(?:\.\d+)?)\s*倍", r" all-in \1x "),
    (r"(\d+)\s*エポック", r" \1 epochs "), (r"(\d+)\s*レプリカ", r" \1 replicas "),
    (r"レプリカ(?:あたり|当たり|ごと)\s*(?:同時)?\s*(\d+)\s*(?:シーケンス|リクエスト|並列)?",
     r" batch limited to \1 per replica "),
    (r"(\d[\d,.]*)\s*チップ", r" \1 chips "), (r"力率", " power factor "),
    (r"月額\s*(\$\s*\d[\d.,]*|\d[\d,.]*\s*(?:ドル|元|円))\s*(?:の)?\s*(?:サブスク|サブスクリプション|プラン)?",
     r" subscription \1 a month "),
    (r"(\d[\d,.]*\s*[万千]?)\s*[かヶケ]\s*月\s*で\s*(\d[\d,.]*\s*[万千億]?)\s*人に",
     r" in \1 months to \2 users "),
    (r"(\d[\d,.]*\s*[万千億]?)\s*人\s*(?:から|→)\s*(\d[\d,.]*\s*[万千億]?)\s*人",
     r" from \1 users to \2 users "),
    (r"(?<=\d)\s*[ヶケ]\s*月", " months "),
    (r"(\d[\d,.]*\s*[万千]?)\s*文字", r" \1 characters "), (r"(\d+)\s*往復", r" \1 queries "),
    (r"(\d+)\s*ターン", r" \1 turns "),
    (r"(?<![\d.])(\d+(?:\.\d+)?)\s*%\s*を?\s*(?:gpu|gpu購入|アクセラレータ)\s*に",
     r" \1% of it on gpus "),
    (r"(?:のコスト|コスト|費用)", " cost "),
    (r"(?<![a-z\d])(\d+)\s*ラック", r" \1 racks "),
    (r"(\d[\d,.]*\s*[万千]?)\s*語\s*を?\s*入力", r" input \1 words "),
    (r"要約(?:は|が)?\s*(\d[\d,.]*\s*[万千]?)\s*語", r" output \1 words "),
    (r"(\d[\d,.]*\s*[万千]?)\s*語\s*の?\s*要約", r" output \1 words "),
    (r"(\d[\d,.]*\s*[万千]?)\s*語", r" \1 words "),
    # one card faster than another ("Gaudi 3はH100より推論で1.5倍高速"), the order kept
    (r"([a-z][a-z0-9 .-]*?)\s*(?:は|が)\s*([a-z][a-z0-9 .-]*?)\s*より\s*"
     r"(?:(?:推論|学習|訓練)\s*(?:で|が|は)?\s*)?(?:約)?\s*"
     r"(\d+(?:\.\d+)?)\s*倍\s*(?:速い|速く|高速|早い|早く)", r" \1 is faster than \2 by \3x, "),
    (r"(\d+(?:\.\d+)?)\s*倍\s*(?:速い|速く|高速|早い|早く)", r" \1x faster "),
    (r"dau\s*(?:は|が)?\s*その(?:うち)?\s*(\d+(?:\.\d+)?)\s*%", r" dau is \1% of that "),
    (r"月額", " a month "), (r"1\s*(?:€|ユーロ)\s*[=＝]\s*(\d+(?:\.\d+)?)\s*ドル", r" 1 eur = \1 usd "),
    (r"1\s*ポンド\s*[=＝]\s*(\d+(?:\.\d+)?)\s*ドル", r" 1 gbp = \1 usd "),
    (r"/\s*gpu\s*時間", "/gpu-hour "), (r"gpu\s*時間", " gpu-hours "),
    (r"(\d+)\s*拠点", r" \1 sites "),
    (r"mfu\s*(?:が)?\s*(?:当時|前回|以前)?より\s*(\d)\s*割\s*(?:改善|向上|上が|良)", r" mfu \g<1>0% better "),
    (r"(?:gpu)?\s*利用率(?:は|が)?\s*(\d+(?:\.\d+)?)\s*%", r" utilization \1% "),
    (r"(\d+)\s*本\s*(?:回|走らせ|実行)", r" \1 runs "),
    (r"トークン間(?:の)?\s*(?:レイテンシ|遅延|latency)?\s*(\d+(?:\.\d+)?\s*(?:ms|ミリ秒))",
     r" \1 per token "),
    (r"(\d+(?:\.\d+)?)\s*%\s*(?:まで|に)\s*(?:上げ|引き上げ|改善|向上|上が)", r" if we raise it to \1%, "),
    # a run moved to other cards ("A100 80GBを64枚使って21日かかった学習を、H100 SXM 128枚に載せ替えたら")
    (r"(\d[\d,]*)\s*枚\s*(?:使って|で)\s*(\d+(?:\.\d+)?)\s*日\s*(?:かかった|かかっている|かかる)\s*(?:学習|ジョブ|訓練|トレーニング)?",
     r" \1 cards, a training run took \2 days; "),
    (r"([a-z][a-z0-9.-]*(?:\s+(?:sxm|pcie|nvl|\d+\s*gb))?)\s*(\d[\d,]*)\s*枚\s*に\s*"
     r"(?:載せ替え|置き換え|移行|乗り換え)(?:たら|れば|ると|て)?", r" moved to \2 \1, "),
    (r"([a-z][a-z0-9.-]*(?:\s+(?:sxm|pcie|nvl|\d+\s*gb))?)\s*(\d[\d,]*)\s*枚\s*(?:だと|なら|では)(?=\s*何\s*日)",
     r" moved to \2 \1, "),
    (r"mfu\s*(?:も|が|は|を)?\s*(?:(?:前回|以前|当時|今)\s*(?:より|から)\s*)?(\d+(?:\.\d+)?)\s*(?:ポイント|pt|%\s*p)\s*"
     r"(?:くらい|程度|ほど)?\s*(?=上が|上げ|改善|向上|アップ|高く|高ま)",
     r" mfu gains \1 points "), (r"(?<=[\d万千億])\s*件", " requests "),
    (r"(\d+)\s*セッション", r" \1 sessions "),
    (r"(\d[\d,.]*\s*[万億千]?)\s*クエリ", r" \1 queries "),
    (r"(\d[\d,.]*\s*[万億千]?)\s*リクエスト", r" \1 requests "),
    # romanised: "30 man DAU" (万), "4 oku tokens" (億), "16 dai of DGX H100" (machines counted)
    (r"(?<=\d)\s+man(?=\s+(?!-|hours?\b|days?\b|months?\b|years?\b|power\b|in\b|on\b|at\b)[a-z])", "万"),
    (r"(?<=\d)\s+oku(?=\s+[a-z])", "億"),
    (r"(?<=\d)(\s+)dai\s+of\s+", r"\1x "), (r"\bhow many dai(?:\s+of)?\b", "how many"),
    (r"\bper dai\b", "per server"), (r"(?<=\d)(\s+)dai\b", r"\1servers"),
    (r"\b1\s+nichi\s+ni\b", "per day"), (r"(?<=\d)(\s+)nin\b", r"\1people"),
    # script: a "per" left with no amount after it (one with its amount, "1kWhあたり0.15ドル", is _PER_JA's)
    (r"(?<![\d.])1\s*kwhあたり", "per kWh "), (r"(?<![\d.])1\s*枚あたり", "per card "),
    (r"(?<![\d.])1\s*台あたり", "per server "),
    (r"(?<![\d.])1\s*時間(?:あたり|当たり)?(?!\s*(?:かか|以内|以上|未満|程度|ほど|くらい|ぐらい))",
     "per hour "),
    (r"(?<![\d.])1\s*トークン(?:あたり)?", "per token "),
    (r"(?<![\d.])1\s*人(?:あたり)?", "per person "), (r"(?<![\d.])1\s*日(?:あたり)?(?!間)", "per day "),
    (r"(?<![\d.])1\s*回(?:あたり|の)?", "per request "),
    (r"同時接続(?:数)?(?:は|が)?|同接", " concurrent users "), (r"今(?=\s*\d)", " "),
    (r"利用者(?:数)?(?:は|が)?", "users "),
    (r"入力(?:は|が)?", " input "), (r"出力(?:は|が)?", " output "),
    (r"プロンプト(?:長)?(?:は|が)?", " prompt "), (r"(?:回答|応答)(?:長)?(?:は|が)", " answers "),
    (r"ジュール", " J"), (r"トークン", " tokens"),
    (r"ミリ秒", " ms"), (r"以内", ""), (r"ドル", " dollars"), (r"(?<=\d)\s*ユーロ(?!\s*[=＝])", " euros "),
    # (an amount in yen read as money, as "€" is, then converted at the yen's rate:
    # calc/foreign.foreign_money)
    # ("1枚450万円": "$450万 per card yen", the per before the currency's word, as "55c/kWh AUD" says it)
    (r"(?<![\d.,$])(\d[\d,.]*\s*(?:[万億千兆]{1,2})?(?:\s*\d[\d,.]*\s*[万億千]{1,2})*)\s*円\s*"
     r"(per\s+(?:\d[\d,.]*\s*[万億千]?\s*|1m\s+)?(?:input\s+|output\s+)?[a-z-]+(?:\s+per\s+[a-z-]+)?|"
     r"an?\s+(?:month|year|hour))", r"$\1 \2 yen "),
    (r"(?<![\d.,$])(\d[\d,.]*\s*(?:[万億千兆]{1,2})?(?:\s*\d[\d,.]*\s*[万億千]{1,2})*)\s*円", r"$\1 yen "),
    (r"円", " yen "),
    (r"(?<=[\d万億千])\s*人", " people"), (r"(?<=[\d万億千])\s*回", " times"),
    (r"(?<=[\d万億千])\s*枚", " cards"),
    (r"(?<=\d)\s*年間?", " years"), (r"(?<=\d)\s*か?月間?", " months"), (r"(?<=\d)\s*日間", " days"),
    (r"(?<=\d)(?<!月\d)(?<!月\d\d)\s*日(?=\s*(?:で|分|だと|なら|いくら|かか|ほど|程度|[、。,.?？]|$))",
     " days "),
    (r"何枚", " how many cards "), (r"何台", " how many servers "), (r"何日", " how many days "),
    (r"何\s*(?=mw\b|kw\b|kva\b|k?wh\b)", "how many "), (r"いくら", "how much"), (r"必要", " needed "),
    (r"電気代", "electricity cost "), (r"予算(?:は|が)?", " budget "), (r"買う|購入する|購入", " buy "),
    (r"追加学習|学習", " train "), (r"推論", " inference "),
    (r"全体で", "total "), (r"(?<=[a-z0-9%])\s*は\s*", " is "), (r"(?<=[a-z0-9])\s*を\s*", " "),
    (r"(?<=[a-z0-9])\s*だと", " on"),
    (r"(?<=[a-z0-9])\s*で(?!す|し)(?=[\u3040-\u30ff\u4e00-\u9fff])", " on "),
    # (Japanese's comma after a number: "ピーク係数は3、Llama…", not a list's "3、")
    (r"(?<=\d)\s*、", ", "),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


# a count in kanji numerals before a counter ("十五本", "三百件", "五千人", "二十台"): in digits ("一" alone,
# a word as often as a count, stays: "一部", "一方")
_KANJI_COUNT = rx.compile(r"(?<![一二三四五六七八九十百千万億〇\d.,])"
                          r"((?:[一二三四五六七八九]?[十百千])+[一二三四五六七八九]?|"
                          r"[二三四五六七八九])(?=\s*(?:本|台|枚|件|人|名|回|か所|ヶ所|カ所|箇所|基|倍|週|か月|ヶ月|"
                          r"ラック|ノード|レプリカ|チップ|拠点|往復|ターン|万|億))")


def _kanji_count(m: re.Match[str]) -> str:
    return f"{chinese_numeral(m.group(1)):g}"


def said_in_japanese(text: str) -> bool:
    """The message shows Japanese: kana, or a counter romanised after a number ("30 man DAU", "16 dai of")."""
    return _KANA.search(text) is not None or _ROMAJI.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Japanese quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    # (full-width letters, digits and signs as ASCII first, one for one: "１ドル＝１５０円", "ｈ１００")
    text = text.translate(_FULL_WIDTH)
    if _KANJI_COUNT.search(text):
        text, pos = aligned(text, list(pos), _KANJI_COUNT.sub(_kanji_count, text))
    return rewrite(text, pos, _COMPILED)


# Japanese words in an English question, written in kanji with no kana ("H100 SXM 256枚", "毎日 5千万 tokens",
# "約600円 per GPU hour", "DGX H100 16台", "Dataset is 1兆 tokens"): said in English; detected in an English
# message by the words themselves
_KANJI_WORDS = rx.compile(r"枚|毎日|毎月|約(?=\s*[\d$¥])|(?<=\d)\s*台|円|兆")
_ENGLISH_WORDS = rx.compile(r"\b(?:the|and|is|are|we|our|how|what|want|need|please|have|many|much|per|"
    r"each)\b",
                            re.IGNORECASE)
_KANJI_REWRITES = [(rx.compile(p, re.IGNORECASE), to) for p, to in (
    (r"(?<=\d)(\s*)枚", r"\1 cards"), (r"(?<=\d)(\s*)台", r"\1 units"), (r"枚", "cards"),
    (r"(?<=\s)台(?=\s)", "units"),
    (r"毎日", "daily"), (r"毎月", "monthly"), (r"約\s*(?=[\d$¥])", "about "),
    (r"(?<=\d)(\s*)円", r"\1 yen"), (r"円", "yen"), (r"(?<=\d)(\s*)兆(?!瓦|字节|位|赫)", r"\1 trillion"),
    (r"ドル", "dollars"))]


def kanji_words_said(text: str) -> bool:
    """An English message with Japanese words in kanji in it ("256枚", "毎日", "約600円")."""
    if _KANJI_WORDS.search(text) is None or re.search(r"[\u3040-\u30ff]", text):
        return False                     # (kana: Japanese, calc/japanese.in_english reads it)
    return len(_ENGLISH_WORDS.findall(text)) >= 3 \
        or latin_outweighs(re.findall(r"[A-Za-z]+", text), len(re.findall(r"[\u4e00-\u9fff]", text)))


def kanji_words_in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with those words in English, with the position in the source of each character."""
    return rewrite(text, pos, _KANJI_REWRITES)
