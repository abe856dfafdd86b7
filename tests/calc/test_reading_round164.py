"""Round 164 (tailoring and alteration shops, Chinese car-wash chains, escape rooms; sealed: Chinese copy-and-print
shops, nursing homes and senior living, Chinese wet markets). Found on the first runs: "~250 customer msgs an hour" was
a day's count; "2,500 tokens of chat per day" each was one answer's length; "the circuit can take about 1.8 kW for a
server … L4s at 75 W each" was a server's draw of 75 W; "A single card, L40S" and "a single GPU (L4)" were dropped;
"each of our 9 shops gets its own box with one card" and "between them they do ~3,000 notes a day" sized nine users;
"our one little server … pulls 1.2 kW all in" was refused, then priced a purchase; "5,000 at a time overnight" was
dropped; "每天大概2万台车" was 20,000 servers; "每张卡450W算" was 4.5 million yuan; "每个会员每月分摊5块钱" a budget;
"H100按22万算" was dropped; "3x that" after "hit like" unused; "hints" were no requests; "our UPS is 10 kVA" sized the
meter's power; "25 rooms nightly" was dropped; "4 of them vs 1 new H100 PCIe" priced four H100s; "每家店…放个小主机插一张
4090 … 260家店" billed one card; "几万次…按5万算吧" dropped the 50,000; "~11,200 updates per batch" were users;
"told our board a single L4 can handle … 900 residents" was no check; "box pulls ~2.1 kW" a site's power; "cost per
1,000 care-note summaries" on owned cards answered power; "3x that during med passes" unused; "an R760xa with 4 L40S"
refused as an unknown accelerator; "does 1.8x the tokens/sec of an H100" multiplied the fleet; "a batch of 200k
updates" was a concurrency; "喂给模型800 tokens，吐出来100 tokens" swapped; "每天三四百次" two counts; "账单才50块" fifty
cards. These tests say the same in other words."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def test_chats_said_an_hour_are_a_rate():
    p = parse("we get ~90 support chats an hour, Llama 3.1 8B on L4, how many cards?").params
    assert p.get("qps") == 90 / 3600 and "queries_per_day" not in p


def test_a_persons_tokens_of_conversation_a_day():
    q = "each member racks up roughly 4,000 tokens of conversation per day and we have 1,200 members. Qwen2.5 7B on L4?"
    assert_params(q, {"tokens_per_user_day": 4000, "users": 1200})


def test_a_box_limit_and_each_cards_draw_in_the_next_sentence():
    q = "our closet outlet can handle about 2 kW for a server. how many L40S at 350 W each fit?"
    p = parse(q).params
    assert p.get("server_power_cap_w") == 2000 and p.get("watts_per_gpu") == 350


def test_one_card_named_beside_it():
    assert_params("Just a single GPU (RTX 4090) at 450W running all day, power bill per month at $0.20/kWh?",
                  {"gpus": 1})
    assert_params("A single card — an L4 — runs the bot, ~60% busy; traffic doubles yearly; how many L4s in 3 years?",
                  {"gpus": 1})


def test_a_box_at_each_shop_and_the_days_count_between_them():
    q = ("each of our 6 studios gets its own PC with one card (RTX 4090). between them they write ~2,400 captions a "
         "day, Llama 3.1 8B. enough?")
    p = parse(q).params
    assert p.get("servers") == 6 and p.get("gpus_per_server") == 1 and p.get("queries_per_day") == 2400
    assert "users" not in p


def test_a_small_servers_whole_draw_is_its_bill():
    q = "our one tiny server in the back office draws 800 W all in, running 24/7, at $0.25/kWh. monthly cost?"
    res = compute(parse(q))
    assert "purchase" not in res.headline and "H100" not in res.headline
    assert res.value("cost_usd") < 1000


def test_a_nights_batch_beside_a_rate_asked():
    q = "what tok/s does Llama 3.1 8B get on one L40S? we'd run product blurbs, 3,000 in one go overnight"
    res = compute(parse(q))
    assert res.figure("job_hours") is not None


def test_cars_a_day_and_photos_of_each_car():
    q = "每辆车一共拍6张照片，全国门店每天大概1.5万台车，Qwen2.5 72B，H20要几张？"
    assert_params(q, {"queries_per_day": 15000, "items_per_batch": 6})


def test_watts_written_w_beside_a_bill_asked():
    q = "想知道每百万token电费多少钱：L40S整机按每张卡350W算，单卡实测每秒1500 tokens，电价0.8元一度"
    p = parse(q).params
    assert p.get("watts_per_gpu") == 350 and "price_cny" not in p and "server_price_cny" not in p


def test_a_members_monthly_share_of_the_cost():
    q = "每位会员每月摊到3块钱成本，会员5万，每人每天问3次，Qwen2.5 7B，租L4每小时3元，划得来吗？"
    assert_params(q, {"cny_per_user_month": 3})


def test_the_replaced_cards_price_said_bare():
    q = "B200比H100快2.5倍，现有40张H100，换成B200要几张？B200单价40万元、H100按23万算，哪个省钱？"
    p = parse(q).params
    assert p.get("match_price_cny") == 230000 and p.get("price_cny") == 400000
    assert "要920万元" in compute(parse(q)).headline


def test_a_like_before_the_multiple():
    assert_params("normal day 500 guests, weekends hit like 4x that. Llama 3.1 8B on L4, how many?",
                  {"peak_factor": 4})


def test_clues_and_hints_are_requests():
    assert_params("~800 players a day, ~7 clues per player, Llama 3.1 8B on L4, how many?",
                  {"queries_per_user": 7})


def test_a_ups_feeds_the_it_load():
    res = compute(parse("UPS is 6 kVA at pf 0.9. how many L40S at 350W each can it run?"))
    assert "IT load" in res.headline and res.value("gpus") == 15


def test_things_a_nightly_job_writes_for():
    q = "lesson plans avg 2,000 tokens; we regenerate them for 40 classes nightly w/ Llama 3.1 70B on 2x H100, how long?"
    res = compute(parse(q))
    assert parse(q).params.get("queries_per_day") == 40 and res.figure("job_hours") is not None


def test_a_count_of_them_after_a_card_priced():
    q = "used V100s go for $1.2k. 6 of them vs 1 new L40S at $8k for Llama 3.1 8B — which is the better deal?"
    res = compute(parse(q))
    counts = sorted(float(o["gpus"]) for o in parse(q).options)
    assert counts == [1, 6] and "per dollar" in res.headline


def test_a_box_at_each_branch_with_its_card():
    q = "每家门店角落放个小主机插一张L4，整机300瓦，一共180家店，电费0.8元/度，一年电费多少"
    p = parse(q).params
    assert p.get("servers") == 180 and p.get("gpus_per_server") == 1 and p.get("watts_per_server") == 300


def test_a_vague_count_then_the_one_to_use():
    assert_params("每天大概几千次咨询，按3000算吧，Qwen2.5 7B，L4要几张", {"queries_per_day": 3000})


def test_updates_per_batch_are_the_jobs_requests():
    q = ("Every Monday night we generate the weekly digests, ~9,500 updates per batch. Each one reads ~1,500 tokens "
         "and writes ~300. On one L40S running Llama 3.1 8B, how many hours does the batch take?")
    p = parse(q).params
    assert p.get("queries_per_day") == 9500 and p.get("output_tokens") == 300 and "users" not in p
    assert compute(parse(q)).figure("job_hours") is not None


def test_a_card_said_to_handle_a_crowd_is_checked():
    q = ("the sales rep told our director a single L40S can handle 600 users at once. is that even true? Llama 3.1 8B, "
         "~40 ms/token, answers ~100 tokens")
    res = compute(parse(q))
    assert res.value("gpus") > 1 and "the stated 'a single'" in res.headline


def test_the_box_pulls_its_own_draw():
    q = "2 nodes w/ 4x L40S each, box pulls ~2.4 kW under load. power is 12 cents/kWh. monthly cost running 24/7?"
    assert_params(q, {"watts_per_server": 2400})


def test_cost_per_thousand_things_on_cards_owned():
    q = "cost per 1,000 product descriptions on 4x L4 we own? Llama 3.1 8B, 600 in / 250 out, 72W per card, $0.14/kWh"
    p = parse(q).params
    assert p.get("per_requests") == 1000 and compute(parse(q)).intent == "energy"


def test_a_multiple_that_during_a_busy_spell():
    assert_params("~8 qps on average, about 2.5x that during lunch rush, Llama 3.1 8B on L4, how many?",
                  {"peak_factor": 2.5})


def test_a_server_product_said_with_its_cards():
    q = "HPE quoted $92,000 per server for a DL380a with 4 L40S. we need 2. total?"
    res = compute(parse(q))
    assert res.value("cost_usd") == 184000


def test_a_rate_said_as_a_multiple_of_anothers():
    q = "our reseller says a B200 gets 2.2x the tokens/sec of an H100 on Llama 3.1 70B. how many B200s to match our 20 H100s?"
    assert_params(q, {"speedup": 2.2})
    assert compute(parse(q)).value("gpus") == 10


def test_a_batch_of_things_is_a_job_not_a_batch_size():
    q = "How long to get through a batch of 50k reminders on 8x L4, Llama 3.1 8B, 300 in, 120 out?"
    assert parse(q).params.get("queries_per_day") == 50000


def test_fed_and_spat_out_tokens():
    assert_params("每单喂给模型600 tokens，吐出来150 tokens，每天5000单，Qwen2.5 7B，L4要几张？",
                  {"input_tokens": 600, "output_tokens": 150})


def test_a_chinese_numeral_range():
    q = "每天两三千次对话，每次输出300 token，Qwen2.5 7B，L4要几张？"
    p = parse(q)
    assert p.params.get("queries_per_day") == 2000 and [o.get("queries_per_day") for o in p.options] == [2000, 3000]


def test_a_bill_said_in_kuai_is_money():
    q = "他说每天两百次对话，每次输出1000 token，每百万token 8块，一个月账单才20块，真的假的？"
    p = parse(q).params
    assert "gpus" not in p
    assert "给出的“20块”" in compute(parse(q)).headline
