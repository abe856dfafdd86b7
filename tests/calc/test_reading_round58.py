"""Round 58 (grid planners, Chinese retail investors, venture due diligence; procurement tenders, SRE chatter,
Zhihu walk-throughs): a cluster's training rate with no count and no model, a total checked against the whole
build, a run's time on the new cards claimed, requests a day beside users counted later, a day's English text
counted in Chinese, electricity's share of a token price, the energy of the same run on two cards."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # a count of users said before the growth, read after the requests: the requests are each user's
    ("users going from 10M to 200M over 2 years, Llama 3.1 8B, 15 queries/day, on L40S. how many GPUs at the end?",
     {"queries_per_user": 15, "users": 1e7}),
    ("DAU grows from 2M to 8M next year; 12 requests/day, Llama 3 70B on H100. GPUs then?",
     {"queries_per_user": 12}),
    # … but not a number of words a user pastes
    ("my users paste in like 3,000 words of docs each time (1 token ≈ 0.75 words), get ~200 word answers. "
     "2k queries/day. whats my monthly bill at $0.15 per million input tokens and $0.60 per million output?",
     {"queries_per_day": 2000}),
    # English text counted in Chinese words
    # (at the catalogue's 0.75 words a token)
    ("每天翻译20亿个英文单词，Llama 3 8B在L40S上要多少卡？", {"tokens_per_day": 2e9 / 0.75}),
])
def test_round58_readings(q, expect):
    assert_params(q, expect)


def test_english_characters_said_in_chinese_use_the_stated_ratio():
    res = _answer("每天要处理60亿个英文字符，按约4个英文字符一个token，Llama 3 8B在L4上需要多少张？")
    assert not res.unused
    assert {i.param for i in res.inputs} >= {"tokens_per_day", "tokens_per_letter"}


def test_a_cluster_rate_with_no_count_and_no_model_gives_the_days():
    # 3.2M tokens/s is no single card's training rate for any model worth training: the cluster's
    res = _answer("the team reports 3.2M tokens/s training throughput. how long to chew through 12T tokens?")
    assert res.figure("train_days").value == pytest.approx(12e12 / 3.2e6 / 86400, rel=0.01)
    # one card's rate stays one card's
    res = _answer("实测每张卡训练吞吐 4000 token/s，跑 1T token 要多少 GPU 小时？")
    assert res.figure("gpu_hours").value == pytest.approx(1e12 / 4000 / 3600, rel=0.01)


def test_a_claim_said_as_a_total_is_checked_against_the_whole_build():
    res = _answer("Pitch deck: 100 DGX B200 at $500k each, plus 30% for networking and facility; they put it at "
                  "$65M total — close?")
    claim = next(f for f in res.figures if f.name == "claimed_claimed_value")
    assert claim.value == pytest.approx(65e6 / (100 * 500e3 * 1.3), rel=0.01)


def test_a_count_times_a_price_said_as_a_sum_is_a_claim():
    res = _answer("3000 H100 at $28k each comes to $84M, right?")
    assert [u.text for u in res.unused] == []
    assert any(i.param == "claimed_value" for i in res.inputs)
    res = _answer("GB200 NVL72 draws ~130 kW a rack and lists at $3.5M; so 500 racks = 65 MW and $1.75B, right?")
    assert not res.unused
    assert {"claimed_power_mw", "claimed_claimed_value"} <= {f.name for f in res.figures}


def test_a_time_claimed_on_the_new_cards_is_checked():
    res = _answer("our last run took 40 days on 512 A100s; vendor says H100 is 3x faster per GPU, so the same 512 "
                  "would finish in 2 weeks. check?")
    assert not res.unused
    claim = next(f for f in res.figures if f.name == "claimed_claimed_value")
    assert claim.value == pytest.approx(14 / (40 / 3), rel=0.01)


def test_electricity_share_of_a_token_price_needs_no_volume():
    res = _answer("We charge $0.80 per million tokens; serving takes 0.5 J per token and power is $0.09/kWh. "
                  "What percent of revenue is electricity?")
    assert res.intent == "energy" and not res.unused
    share = res.figure("electricity_share_of_price").value
    assert share == pytest.approx(100 * 0.5e6 / 3.6e6 * 0.09 / 0.80, rel=0.01)


def test_the_same_runs_energy_on_two_cards_from_a_stated_speedup():
    res = _answer("MI355X trains 2x faster than H100; what's the energy per training run compared with H100?")
    ratio = res.figure("energy_per_run_ratio")
    assert ratio is not None
    assert ratio.value == pytest.approx(1 / res.figure("work_per_watt_ratio").value)
    zh = _answer("B200比H100快2.5倍，每次训练的能耗是H100的几倍？")
    assert zh.figure("energy_per_run_ratio").value < 1 and "耗电" in zh.headline


@pytest.mark.parametrize("q,expect", [
    # a day's conversations labelled with two words before the count, then each one's turns
    ("热线项目：每日咨询对话120万通，每单平均4轮对话，Qwen2.5 72B on H20，要多少卡？",
     {"queries_per_day": 1.2e6, "turns_per_session": 4}),
    # "its" speed: the card named before
    ("评标说明：原方案采用A100训练需30天，投标人称H100训练速度是其3倍，同等卡数下需要多少天？",
     {"speedup": 3, "days": 30}),
    # the faster card named between the speed and the "是": the old cards counted by time, the new by "新"
    ("大家都说推理速度上MI355X是H100的2倍。原来1024张卡跑了40天，换成512张新卡要多久？",
     {"from_gpus": 1024, "gpus": 512, "speedup": 2}),
    # the training time asked as 估算训练时长: the same job on the newly bought cards
    ("去年在128张A100上训练用时30天。今年采购64张H100，请估算训练时长。", {"from_gpus": 128, "gpus": 64}),
    # "MFU goes up 50%": a gain, not the MFU it goes to ("goes up to 50%")
    ("a 13B on 2T tokens took 25 days at 32% MFU; if MFU goes up 25%, how long now?", {"mfu_gain": 0.25}),
    ("45 days at 30% MFU on 1024 H100; if MFU goes up to 40%, how long?", {"mfu_to": 0.40}),
    # a growth said with a plus sign
    ("调用量每年+150%，现在每天50亿token，2年后要多少张H100跑Llama 3 70B？", {"growth_rate_year": 1.5}),
    # places counted with "部署N个", each with its cards
    ("全市共部署300个社区服务站，每个服务站配置2张L4，单卡72W，年耗电多少？", {"servers": 300, "gpus_per_server": 2}),
    # an ablation's groups counted with 共 and no verb
    ("消融实验共12组，每组训练1B模型、200亿token，H100 64卡，MFU 40%，总GPU小时？", {"runs": 12}),
])
def test_round58_sealed_readings(q, expect):
    assert_params(q, expect)


def test_clause_numbers_inside_one_line_are_labels():
    # "5.2 日均…" is a clause number, not 5.2 days; the unknown model is still refused by name
    req = parse("第三章 需求：3.1 模型：Qwen2.5 7B；3.2 日均调用量50万次；3.3 推理卡：L40S。请给出配置数量。")
    assert "days" not in req.params and req.params.get("queries_per_day") == 5e5
    with pytest.raises(CalcError) as err:
        parse("第五章 技术要求：5.1 基座模型：Baichuan2-13B；5.2 日均请求量20万次；5.3 推理卡：L40S。请给出配置数量。")
    assert err.value.kind == "unknown_model"


def test_a_days_energy_bill_from_each_users_tokens():
    res = _answer("能耗评估：用户规模200万，每人每天生成3000个token，每个token能耗0.4焦耳，电价0.6元/度，年电费多少？")
    assert not res.unused
    kwh = 2e6 * 3000 * 0.4 * 365.25 / 3.6e6
    assert res.figure("energy_kwh").value == pytest.approx(kwh, rel=0.02)


def test_the_cards_a_power_is_said_to_hold_are_the_claim():
    res = _answer("某厂商称“50MW的机房能放下3万张B200”，PUE 1.3，每卡分摊1.5kW，这个说法成立吗？")
    assert not res.unused
    claim = next(f for f in res.figures if f.name == "claimed_claimed_value")
    assert claim.value == pytest.approx(3e4 / (50e6 / 1.3 / 1500), rel=0.01)
