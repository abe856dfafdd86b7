"""Round 160 (Chinese internet cafés and e-sports venues, optical and eyewear chains, Chinese piano and dance
schools; sealed: furniture and mattress retailers, Chinese foot-massage and bathhouse chains, climbing gyms and
trampoline parks). Found on the first runs: "店里120台机子都是4090" and "包间48台4090整机" were 8-card servers (960
cards rented out; 384 billed); "2.4 million prescriptions scanned per day" was not read (a memory fit answered);
"每天大概出1万套题" was 10,000 servers; "两百来张4090挂到算力平台，一个月能挣30万" costed renting the cards, and the 30万
was not read; "200 cards的4090 … 每天能产出多少" asked for a load; "L4 rent is $0.80/hr" became a second token price;
"a token is roughly 3/4 of a word" was not read; "A batch of 12k new listings … how many GPU hours" answered a fleet.
These tests say the same in other words."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def test_gaming_pcs_hold_one_card_each():
    assert_params("网吧60台机子都是4090，每台满载500W，电费1元一度，一个月电费多少？", {"gpus": 60, "watts_per_gpu": 500})


def test_pcs_fitted_in_racks_hold_one_card():
    assert_params("机房10个机柜，每柜限电6kW，放4090整机每台500W，一共能放多少张卡？", {"gpus_per_server": 1})


def test_things_handled_a_day_are_requests():
    q = "about 800k prescriptions dispensed per day across our branches, 700 tokens in and 90 out. Qwen2.5 7B on L4, how many?"
    assert_params(q, {"queries_per_day": 800_000})


def test_sets_of_questions_made_are_requests():
    p = parse("Llama 3 8B，L40S，每天大概出5000套题，每套输出1500 token，要几张？").params
    assert p.get("queries_per_day") == 5000 and "servers" not in p


def test_cards_listed_on_a_platform_are_rented_out_and_the_income_checked():
    q = "有人说我们100张4090挂到算力平台，一个月能挣15万，电费0.7一度，每卡每小时租1.5元，靠谱吗？"
    res = compute(parse(q))
    assert parse(q).params.get("rents_out") and any(i.param == "claimed_value" for i in res.inputs)


def test_a_days_output_asked_of_a_measured_rate():
    res = compute(parse("100张L40S，每卡实测约1500 tok/s，每天能产出多少？"))
    assert res.intent == "throughput" and "Llama" not in res.headline


def test_a_rent_stated_is_not_a_second_token_price():
    q = ("We pay an API $0.50 per million tokens, about 8M output tokens a day. Would self-hosting Llama 3.1 8B on "
         "two L4s be cheaper? L4 rent is $0.70/hr.")
    p = parse(q).params
    assert p.get("rent_usd_per_hour") == 0.7 and not p.get("rents_out")


def test_a_fraction_of_a_word():
    assert_params("answers are 150 words and a token is about 3/4 of a word. 10,000 chats a day on Mistral 7B, L4s?",
                  {"tokens_per_word": 4 / 3})


def test_a_batchs_gpu_hours():
    q = "Captions of ~800 characters each, 4 chars per token. A batch of 30k product photos with Qwen2.5 7B on one L40S - how many GPU hours?"
    assert compute(parse(q)).figure("job_gpu_hours") is not None
