"""Round 90 (Korean manufacturers and shipbuilders in formal Korean, German automotive suppliers and university
hospitals wholly in German, Japanese manufacturers and banks checking claims quoted in 「」, and sealed sets from Hong
Kong and Macau in written Chinese, UK and Irish public bodies in British English, Chinese retail investors on stock
forums), with the formal Korean set 916 of round 89: Korean "하루 총 출력 토큰" (had been refused for want of a load),
"6백 명" and "3천5백 명" (hundreds said with 백; had been dropped), "동시접속 상담사 1,200명" (had been users),
"대당 견적가는 US$ 38만 5천" and "DGX B200을 대당 51만 5천 달러에" (had been a budget and 515,000 servers),
"임직원은 1만 2천 명이나 일 사용자는 약 4천 명", "주간 이용자 … 일 이용자는 그중", "H100 64EA", "피크 계수는 4배",
"MFU가 … 대비 … 2배 빠르다", "1 SU는 GPU 1시간에 해당"; German "Eingabe ca. 1.500 Tokens" and "800 Tokens Eingabe"
(input and output had been swapped), "wenn das Stück 32.000 € kostet", "Spitzenlast etwa Faktor 3", "pauschal 20 %
aufschlagen", "um 5 Prozentpunkte", "2,5-mal so schnell wie", "ein 70-Mrd.-Modell", "Tier-1-Zulieferer"; Japanese
someone's words in 「」 checked as a claim ("「L4一枚で毎秒1,000トークン出せます」とベンダーから説明を受けました"),
"入力トークンは平均1,500", "学習トークン数3,000億", "稼働率は70%", "毎年180%成長", "DAU/MAU比率は25％",
"1トークン≒0.75語", "記事は平均2,000文字 … 要約は300文字", "１ドル＝１５０円" in full-width characters."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # Korean
    ("하루 총 출력 토큰이 약 3억 개라면 L4 몇 장 필요합니까? Llama 3.1 8B 기준입니다.", {"tokens_per_day": 3e8}),
    ("클러스터 전체 초당 약 80만 토큰 처리량이 나옵니다. 총 2조 토큰을 학습하려면 며칠이 걸리는지 문의드립니다.",
     {"observed_tokens_per_s": 8e5}),
    ("동시접속 상담원 800명 규모로 Llama 3.1 8B를 L40S로 운영하려면 몇 장이 필요합니까?", {"concurrent_users": 800}),
    ("DGX H100 10대를 대당 40만 달러에 구매하고, 서버·스토리지를 포함해 장비가의 1.4배로 잡으면 총액은 얼마입니까?",
     {"all_in_multiple": 1.4}),
    ("이용자가 일 20만 명에서 2년 내 100만 명까지 늘어날 전망입니다. 1인당 하루 3회, Llama 3.1 8B, L4 기준 필요 장수는?",
     {"users": 2e5, "users_to": 1e6}),
    ("Llama 3.1 8B를 10억 토큰으로 파인튜닝하고 하이퍼파라미터 실험 6회를 진행합니다. A100 80GB 8장, MFU 40%면 총 몇 "
     "시간입니까?", {"runs": 6}),
    ("H100 SXM 서버(8장 탑재) 4대를 대당 10kW로 운영할 때 kWh당 0.12달러면 연간 전기료는 얼마입니까?",
     {"servers": 4, "gpus_per_server": 8}),
    ("주간 이용자가 약 100만 명, 일 이용자는 그중 약 30만 명입니다. 1인당 하루 2회, Llama 3.1 8B를 L4로 몇 장입니까?",
     {"dau_per_wau": 0.3}),
    ("연구원 7백 명이 1인당 하루 4회 사용합니다. Llama 3.1 8B를 L4로 몇 장 필요합니까?", {"users": 700}),
    ("H100 SXM 256장을 장당 2만 7천5백 달러에 구매하면 총액은 얼마입니까?", {"price_usd": 27500}),
    ("임직원은 2만 명이나 일 사용자는 약 5천 명입니다. 1인당 하루 10회, Llama 3.1 8B를 L4로 몇 장입니까?", {"users": 5000}),
    ("총 예산 300만 달러로 DGX H100을 대당 30만 달러에 구매하면 몇 대입니까?", {"server_price_usd": 3e5}),
    ("H100 96EA로 Llama 3.1 8B를 100억 토큰 학습할 때 MFU 40%면 며칠입니까?", {"gpus": 96}),
    ("월간 사용자는 10만 명, 일 활성 비율(DAU/MAU)은 30%입니다. 1인당 하루 5회, Llama 3.1 8B를 L4로 몇 장입니까?",
     {"dau_per_mau": 0.3}),
    ("문의 1건당 평균 4턴, 하루 문의 건수는 약 8천 건입니다. Llama 3.1 8B를 L4로 몇 장 필요합니까?",
     {"queries_per_day": 8000}),
    ("API 평균 호출량은 초당 20건이며, 피크 계수는 3배로 봅니다. Llama 3.1 8B를 L4로 몇 장입니까?", {"peak_factor": 3}),
    ("사내 문서가 한글 기준 약 10억 자입니다. 한글 1자당 약 1.5토큰으로 보고 Qwen2.5 7B 1 에폭, A100 80GB 16장이면 "
     "며칠입니까?", {"tokens_per_character": 1.5, "train_tokens": 1.5e9}),
    ("H20을 장당 10만 위안에 64장 구매합니다. 환율 1달러=7.1위안으로 달러 총액은?", {"usd_cny": 7.1}),
    ("전국 9개 지점에 지점당 4장씩 L4를 배치합니다. 하루 요청 20만 건, Llama 3.1 8B로 감당 가능합니까?",
     {"gpus_per_server": 4}),
    ("설비 챗봇의 첫 토큰 응답 시간 600ms 이내, 토큰당 40ms 이하 기준으로 Llama 3.1 8B를 L40S로 서빙하면 장당 동시 사용자는?",
     {"ttft_ms": 600, "tpot_ms": 40}),
    ("벤더 측에서 MI300X가 A100 80GB 대비 학습 속도가 2배 빠르다고 합니다. A100 80GB 64장으로 30일 걸리는 학습을 "
     "MI300X 32장으로 하면 며칠 걸립니까?", {"speedup": 2, "from_gpus": 64, "gpus": 32}),
    # German
    ("Wir rechnen mit 2.000 Nutzern täglich, je 10 Anfragen pro Tag, Eingabe ca. 1.200 Tokens, Ausgabe ca. 300 Tokens, "
     "Llama 3.1 8B auf L4. Wie viele Karten?", {"input_tokens": 1200, "output_tokens": 300}),
    ("Bei 20 Anfragen pro Sekunde, 900 Tokens Eingabe und 200 Tokens Ausgabe: wie viele L4 für Llama 3.1 8B?",
     {"input_tokens": 900, "output_tokens": 200}),
    ("Wir haben 1 Mio. € Budget. Wie viele H100 SXM sind drin, wenn das Stück 30.000 € kostet?", {"price_usd": 34500}),
    ("Die Nutzung verdoppelt sich derzeit etwa alle 6 Monate. Heute 500 Nutzer täglich auf 2 L4. Wie viele Karten in "
     "2 Jahren?", {"doubling_months": 6}),
    ("Was kosten 4 Systeme DGX H100 à 300.000 € inkl. Netzwerk, wenn wir dafür pauschal 25 % aufschlagen?",
     {"all_in_multiple": 1.25}),
    ("Täglich ca. 1.500 Arztbriefe, je 800 Wörter, Zusammenfassung 100 Wörter, Llama 3.1 8B auf L4. Wie viele Karten?",
     {"queries_per_day": 1500}),
    ("Rund 3.000 Nutzer täglich, je 5 Anfragen pro Tag, Spitzenlast etwa Faktor 4, Llama 3.1 8B auf L4. Wie viele "
     "Karten?", {"peak_factor": 4}),
    ("Ein Lauf dauerte 10 Tage auf 64 A100 80GB. Wie lange auf 64 H100 SXM, wenn wir die MFU um 5 Prozentpunkte "
     "verbessern?", {"mfu_gain_points": 0.05}),
    ("Laut Hersteller ist die MI300X etwa 1,5-mal so schnell wie die A100 80GB. Unser Lauf braucht 20 Tage auf 64 A100 "
     "80GB – wie lange auf 64 MI300X?", {"speedup": 1.5}),
    ("Wir wollen ein 20-Mrd.-Modell auf 400 Mrd. Tokens auf 64 H100 SXM trainieren, MFU 40 %. Wie viele Tage?",
     {"params": 2e10}),
    ("Wie hoch ist der Energieverbrauch pro 1.000 Tokens mit Llama 3.1 8B auf einer L40S?", {"per_tokens": 1000}),
    # Japanese
    ("利用者は約5万人、1人あたり1日4回、入力トークンは平均800、出力トークンは200程度です。Llama 3.1 8BをL4で何枚必要で"
     "しょうか。", {"input_tokens": 800, "output_tokens": 200}),
    ("学習トークン数2,000億、Llama 3.1 8B、H100 SXM 128枚、MFU 40%で何日かかりますか。", {"train_tokens": 2e11}),
    ("1日あたり2万件、Llama 3.1 8BをL4で動かします。稼働率は60%を上限とします。何枚必要でしょうか。",
     {"utilization": 0.6}),
    ("利用者が現在10万人で、毎年150%成長すると見込んでおります。2年後にLlama 3.1 8BでL4は何枚必要でしょうか。",
     {"growth_rate_year": 1.5}),
    ("英文の報告書（平均1,000語）を1日5千件要約します。1トークン≒0.75語、要約は150語程度。Llama 3.1 8BをL4で何枚？",
     {"tokens_per_word": 1 / 0.75}),
    ("アプリのMAUは500万人、DAU/MAU比率は20％程度です。1人あたり1日3回、Llama 3.1 8BをL4で何枚必要でしょうか。",
     {"dau_per_mau": 0.2}),
    ("記事は平均1,500文字、1トークンあたり約1.5文字で、要約は200文字程度です。1日1万本をLlama 3.1 8BとL4で処理するには"
     "何枚必要でしょうか。", {"input_tokens": 1000, "output_tokens": 200 / 1.5}),
    ("以前、A100 80GBを32枚で学習したところ14日かかりました。同じ学習をH100 SXMで32枚使うと何日になりますか。MFUは前回"
     "より5ポイント高くなる見込みです。", {"mfu_gain_points": 0.05}),
    ("Qwen2.5 7Bを100億トークンで、ハイパーパラメータを変えて4回実験したいと考えております。A100 80GBを16枚、MFU 40%で"
     "合計何日でしょうか。", {"runs": 4}),
    ("H100 SXMでLlama 3.1 8BをTP1、10レプリカで運用しております。1レプリカあたりの同時処理数は最大16です。毎秒何トークン"
     "でしょうか。", {"batch_per_replica": 16}),
    ("Gaudi 3をクラウドで1時間あたり1.5ユーロ、H100 SXMを2.5ユーロで借りられます。1ユーロ=1.1ドルとして、Llama 3.1 8Bで"
     "コストパフォーマンスが良いのはどちらでしょうか。", {"rent_usd_per_hour": 1.65}),
    # English
    ("Llama 3.1 8B with 3,000 users, 10 queries per user a day, input tokens average 1,200, output tokens about 300, on L4",
     {"input_tokens": 1200, "output_tokens": 300}),
    ("what do 4 DGX B200 servers cost at $400k each including networking, if we add 25% on top?",
     {"all_in_multiple": 1.25}),
    # after the sealed sets: Chinese (Hong Kong's written Chinese and stock forums), British English
    ("H100现在租一卡一小时也就2美元了，买一张卡3万美元，不算电费多久能回本？",
     {"rent_usd_per_hour": 2, "price_usd": 30000}),
    ("用户预计由5万人增至50万人，每用户每日对话4次，Llama 3.1 8B，需要多少张L4？", {"users": 5e4, "users_to": 5e5}),
    ("上一轮用512张H100训练需时20日，MFU为30%；新一轮MFU可高6个百分点，同样规模需时多少？", {"mfu_gain_points": 0.06}),
    ("如MFU较之前提高20%，原本用128张A100 80GB需时30日的任务，现在需要多少日？", {"mfu_gain": 0.2}),
    ("每日需以Llama 3.1 8B为约5,000份中文报告撰写摘要，每份约3,000字，需要多少张L4？", {"queries_per_day": 5000}),
    ("计划于80间分行各部署2张L4，运行Qwen2.5 7B，每间分行约有20个并发会话，够吗？", {"servers": 80}),
    ("Llama 3.1 8B在L40S上推理，每秒需处理30次请求，每次输出500 token，需要多少张？", {"qps": 30}),
    ("现在每天1万亿token，需要多少张H100？单卡每秒实测按1500 token算", {"observed_tokens_per_s_per_gpu": 1500}),
    ("Pilot: 50k weekly users, of whom about 30% are on it daily. 5 requests each, Llama 3.1 8B on L4 - how many?",
     {"dau_per_wau": 0.3}),
    ("Buy or rent? 16 L40S at £7k each vs renting at 90p per GPU-hour over 3 years?", {"rent_usd_per_hour": 0.9 * 1.35}),
    # (a guard: passes before and after; an MFU raised from one share to another, in Korean, already read)
    ("MFU를 30%에서 40%로 올리면 H100 128장으로 20일 걸린 학습은 며칠이 됩니까?", {"mfu": 0.3, "mfu_to": 0.4}),
])
def test_round90_readings(q, expect):
    assert_params(q, expect)


def test_someones_words_in_corner_brackets_are_a_claim_to_check():
    # (had been read as the user's own measurement: "measured 1,000 tokens/s per GPU is 0.55x …")
    res = compute(parse("「Llama 3 8BならL40S一枚で毎秒2,000トークン出せます」と営業から聞きましたが、本当でしょうか。"))
    used = {i.param: i.text for i in res.inputs}
    assert "claimed_value" in used and "2,000" in used["claimed_value"]
    assert used.get("gpus") == "一枚" and not res.unused


def test_the_one_card_a_claimed_rate_is_of_is_used():
    res = compute(parse("the vendor says Llama 3 8B on one L40S does 2,000 tokens per second. is that realistic?"))
    assert not res.unused and any(i.param == "gpus" for i in res.inputs)


def test_a_suppliers_tier_is_no_number():
    res = compute(parse("wir (Tier-1-Zulieferer) haben 3.000 Nutzer täglich, je 10 Anfragen pro Tag, Llama 3.1 8B auf L4"))
    assert not res.unused


def test_a_rewritten_number_is_quoted_with_its_own_words():
    # ("3年で10倍" read as "10x in 3 years": each number quoted with its own counter, not the other's)
    r = parse("需要が3年で10倍になる前提って、年率でいうと何%成長？")
    quotes = {s.param: str(s.text) for s in r.stated}
    assert quotes["factor"] == "10倍" and quotes["period_months"].startswith("3年")


def test_a_budget_buys_servers_at_the_servers_price_when_servers_are_asked():
    # ("8卡整机卖100万元 … 能买几台": had been cards at the card's price, the server's price set aside)
    res = compute(parse("H20每张10万元左右，8卡整机卖100万元，5000万预算能买几台？"))
    assert res.figure("servers").value == 50 and res.figure("gpus_cards_alone").value == 500
    assert not res.unused


def test_a_runs_gpu_hours_shrink_with_a_better_mfu():
    res = compute(parse("If the platform team deliver 25% better MFU than last time, how much does a 2M GPU-hour H100 "
                        "run shrink by, at $2/hr?"))
    assert res.figure("gpu_hours").value == pytest.approx(1.6e6)
    assert res.figure("cost_saved_usd").value == pytest.approx(8e5) and not res.unused


def test_which_round_is_no_count():
    res = compute(parse("上一轮用512张H100训练需时20日，MFU为30%；新一轮MFU可高6个百分点，同样规模需时多少？"))
    assert not res.unused


def test_a_full_width_rate_of_the_yen_is_read():
    res = compute(parse("Llama 2 70BをA100 80GBで運用する場合、1,000リクエストあたりのコストはいくらでしょうか。入力2,000トークン、"
                        "出力500トークン、A100のクラウド料金は1時間あたり１８０円、為替は１ドル＝１５０円です。"))
    assert not res.unused
