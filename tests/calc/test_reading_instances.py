"""Round 44 (meeting and podcast transcription, questions typed into Slack, cloud instance types, factory
inspection lines): Slack mentions, channels and emoji shortcodes are no chips; cloud instance types
(p5.48xlarge, a3-highgpu-8g, BM.GPU.H100.8, ND H100 v5, gn8v) are names, their GPUs read from the count said
with them; an hour's price said per instance, node or VM is divided over its GPUs (and said so); a horizon
"in 18 months" beside a doubling is the load's horizon; images per minute are requests; plants are sites,
camera streams concurrent; hours of audio and tokens per audio minute are named, not read as tokens."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_read, fig


@pytest.mark.parametrize("q", [
    "hey <@U05ZZQ1> quick one :thinking_face: how many *H100 SXM* for ~1M DAU, 10 queries/user/day, 400 output "
    "tokens on *Llama 3.1 8B*?",
    "<#C01XYZ|infra> <!here> 用 1024 张 H800 训一个 70B 的 dense 模型，10T tokens，MFU 按 40% 算，要多少天？",
])
def test_slack_markup_is_no_chip(q):
    res = compute(parse(q))
    assert not res.unused, res.unused


def test_a_price_per_instance_is_divided_over_its_gpus():
    res = compute(parse("we rent 10 DGX H100 nodes at $24/hr per node for 3 months. total?"))
    assert "rent_usd_per_hour" in {i.param for i in res.inputs}
    assert fig(res, "cost_usd") == pytest.approx(80 * 3.0 * 24 * 3 * 30.4375, rel=0.01)
    assert any("8 GPUs" in n or "8张" in n for n in res.notes), res.notes


@pytest.mark.parametrize("q,expect", [
    ("got a quote for 32 x p5en.48xlarge (8x H200 each), $60/hr per instance. train a 70B on 10T tokens at 40% MFU: "
     "days?", {"servers": 32, "gpus_per_server": 8, "rent_usd_per_hour": 7.5}),
    ("a3-highgpu-8g (8x H100 80GB) is about $88/hr on-demand. 16 of them for a year?", {"rent_usd_per_hour": 11}),
    ("腾讯云 HCCPNV5 是 8 卡 H800，每台每小时约 ¥320，用 12 台训练 70B，1万亿 token，MFU 35%，多少天？",
     {"gpus_per_server": 8, "servers": 12, "rent_cny_per_hour": 40}),
    ("our Qwen2.5 7B on L40S handles 100k DAU, 10 queries/user, 300 tokens out, traffic doubling every 6 months. "
     "how many L40S in 12 months?", {"period_months": 12}),
    ("plant IT: ~600 images/min across all lines, each image ~1,000 input tokens, report ~120 output tokens, Qwen2.5 "
     "7B on L4", {"qps": 10}),
    ("5 plants (each plant gets its own GPUs) on L40S, 30 images/s total, Qwen2.5 7B, 1,200 in / 150 out",
     {"sites": 5}),
    ("48 camera streams hit the VLM at once, Qwen2.5 7B on L40S, 40 ms per token", {"concurrent_users": 48}),
    ("our edge enclosure has a 2,000 W power budget; L4 boxes draw ~90 W per GPU all-in. how many GPUs fit?",
     {"server_power_cap_w": 2000}),
    ("power for 6 racks, 20 kW each. how many H100 SXM can we put in there?", {"racks": 6}),
])
def test_instances_and_plants_are_read(q, expect):
    assert_read(q, expect)


def test_hours_of_audio_are_named_not_sized():
    res = compute(parse("we do meeting notes, ~20k meetings/day (~15k hrs of audio), ~8k input tokens each (≈200 tok "
                        "per audio minute), summary comes out ~600 tokens. Llama 3.1 8B on L40S, how many?"))
    assert {i.param for i in res.inputs} >= {"queries_per_day", "input_tokens", "output_tokens"}
    named = {u.text for u in res.unused}
    assert any("hrs of audio" in x for x in named) and any("audio minute" in x for x in named), named


def test_another_models_name_is_no_typo():
    with pytest.raises(CalcError) as err:
        compute(parse("Pixtral 12B on L40S for label checks: 1,200 images/min, ~150 token output. how many cards?"))
    assert err.value.kind == "unknown_model"


# sealed half (Traditional Chinese from Taiwan, keyboard and IME suggestions, sports match days, miners pivoting)
@pytest.mark.parametrize("q,expect", [
    ("1000 張 H200 全速跑一年電費大概多少？每張含伺服器抓 1.1 瓩，PUE 1.4", {"watts_per_gpu": 1100}),
    ("smart compose: 50M DAU x 30 suggestions/day, each ~12 tokens out, Qwen2.5 7B on L4 — fleet size?",
     {"users": 5e7, "queries_per_user": 30}),
    ("vendor claims 200 L40S handle our 500k QPS of 8-token suggestions w/ a 1B model. sanity check",
     {"output_tokens": 8, "qps": 5e5}),
    ("how many MI300X on 2 MW? figure 1,250 W per GPU incl the server and a 1.3 PUE", {"pue": 1.3}),
    ("1万千瓦的机房能放多少台H100服务器（每台10.2千瓦）？", {"power_mw": 10}),
    ("Llama 3.1 70B 用 TP=2 跑在 H200 上，要撐 2000 個同時連線，要幾張？", {"concurrent_users": 2000}),
    ("我們在兩個機房（2 個 site 分流），總共 5萬 DAU，每人每天 10 次，Llama 3.1 8B 跑 L40S，每個 site 各要幾張？",
     {"sites": 2}),
])
def test_sealed_round_44_inputs_are_read(q, expect):
    assert_read(q, expect)


def test_a_total_of_tokens_gets_its_energy():
    res = compute(parse("按每个token 0.3焦耳算，当晚一共生成500亿个token，耗电多少度？"))
    assert "4,167" in res.headline, res.headline


def test_both_compared_instance_prices_are_divided():
    """"p5.48xlarge (8x H100) is $55.04/hr … (vs $98.32 OD)": both are an instance's hour, each option's
    GPU-hour an eighth of it."""
    res = compute(parse("p5.48xlarge (8x H100) is $55.04/hr for us with the 1yr savings plan (vs $98.32 OD). We "
                        "serve ~300M output tokens/day on Llama 3.3 70B across 6 instances. effective $/M tokens?"))
    first, second = (fig(alt, "cost_per_million_tokens_usd") for alt in res.alternatives)
    assert second / first == pytest.approx(98.32 / 55.04, rel=1e-3)
    assert first < 5     # $6.88 a GPU-hour gives ~$2.2/M; the undivided $55.04 would give ~$17.6/M
