"""Round 153 (Chinese homestays, dairy cooperatives and farm-equipment dealers, Chinese tea-drink chains; sealed:
campgrounds, RV parks and hostels, Chinese pet hospitals, port terminals). Found on the first runs: "所有店加起来每天一千六百
条左右消息" was each store's day (a memory answer); "每个副本拼发上限32" (并发 mistyped) was unread, and "高峰最多能扛多少人同时
聊" answered tokens a second; "the old V100 SXM2 box (4 GPUs)" was unread (the retrain sized for 2 V100s); "an L4 in each
of our 62 collection depots" read the depots as turns of each chat (558,000 requests a day); "a guy at the RV show swore
it'd be about a month" was dropped; "打算每家店放一张L4" was read but quoted short (counted as dropped); "one 4x L40S box
draws about 1.9 kW" was each card's draw (US$3,464 a month; US$866); "PUE say 1.4" was unread. These tests say the same in
other words."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def test_every_places_day_together():
    p = parse("我们一共6家店，想每家放台小主机。所有店加起来每天两千条左右消息，Llama 3 8B，L4每家店放几张？").params
    assert p.get("queries_per_day") == 2000 and "queries_per_user" not in p


def test_concurrency_mistyped_by_its_sound():
    assert_params("部署了2个副本，每个TP4，H100跑Llama 3 70B，每个副本拼发上限64，最多能扛多少人同时聊？",
                  {"batch_per_replica": 64})


def test_people_at_once_asked_as_how_many_it_holds():
    assert parse("部署了2个副本，每个TP4，H100跑Llama 3 70B，每个副本并发上限64，最多能扛多少人同时聊？").params.get(
        "ask_concurrent")


def test_a_boxs_cards_in_brackets():
    assert_params("The job took 5 days on our old A100 box (8 GPUs). On 4 H100 SXM, how many days?", {"from_gpus": 8})


def test_one_card_in_each_of_the_places():
    p = parse("Putting an L4 in each of our 40 field offices for offline lookups. About 6,000 queries a day across all "
              "offices, Llama 3 8B. Enough?").params
    assert p.get("servers") == 40 and "turns_per_session" not in p


def test_a_time_someone_swore_to():
    res = compute(parse("how long would training GPT-3 175B take on 128 H100s? my cousin swore it'd take about a "
                        "month"))
    assert "about a month" in res.headline
    assert not any("about a month" in u.text for u in res.unused)


def test_one_card_at_each_store_quoted_whole():
    st = next(s for s in parse("打算每家店放一张L4做本地影像初筛，全国300家门店，加起来每天大概5万张片子，每张输入800 token"
                               "输出120 token，算力够不够？").stated if s.param == "gpus_per_server")
    assert st.text.startswith("每家店")


def test_a_boxs_draw_with_the_count_of_boxes_after():
    p = parse("our rack bills by power. one 8x L4 box draws about 1.2 kW. we'd run 5 of them at $0.15/kWh, monthly "
              "bill?").params
    assert p.get("watts_per_server") == pytest.approx(1200)


def test_a_pue_offered_with_say():
    assert_params("how many kWh a month would a DGX H100 use? PUE say 1.5, power 30c/kWh", {"pue": 1.5})
