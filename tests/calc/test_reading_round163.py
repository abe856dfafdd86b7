"""Round 163 (Chinese postpartum-care centers, community theaters, Chinese fast-food chains; sealed: car rental
agencies, Chinese B&Bs, tire shops and garages). Found on the first runs: "全国18家店，在住宝妈六百来人" sized 18 users;
"每晚跑一批，一千二百来个请求 … 一晚上跑得完吗" answered daily users; "两百个宝妈同时在问" was ten requests a user; "给30家店共用
… 能搭几个32卡的池子" sized a GPT-3 fleet for 30 users; "每台4卡，约2.2kW" was a second room power; "a 200-seat community
theater" was 200 users and "300 chats on a busy day" 300 requests each; "if the first is ~$7,800" was a budget (0
cards); "H100 PCIe cards around $28k" beside a budget was a second budget; "每秒也就3-5个请求" was requests a user;
"1卡1小时120日元" was a GPU-hour; "一轮消融实验，一共十二组" trained one group; "$50/month in power … true??" was a budget
(0 cards); "our parts search … llama 3 8b" answered the Google-search scenario; "L4 cards x2" powered one card; "10
service advisors chatting at once" was dropped; "each msg … 3,500 texts a day total" was 3,500 a user. These tests
say the same in other words."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, assert_read


def test_people_counted_with_ren_beside_the_shops():
    q = "我们是连锁月子中心，全国15家店，在住宝妈五百来人，每人每天问10次，Qwen2.5 7B，L4要几张？"
    assert_params(q, {"users": 500})


def test_a_nights_batch_asked_whether_it_finishes():
    q = "每晚跑一批报表，八百来个请求，每个prompt约1.5k tokens，输出600 tokens，Llama 3.1 8B，一张L40S一晚上跑得完吗？"
    assert compute(parse(q)).figure("job_hours") is not None


def test_mothers_asking_at_once():
    assert_params("高峰三百个宝妈同时在问，Qwen2.5 7B，4090要几张？", {"concurrent_users": 300})


def test_shops_sharing_a_pool_are_no_users():
    q = "集团想建统一算力池给25家店共用，预算800万，L40S每张6万，能搭几个16卡的池子？"
    p = parse(q).params
    assert "users" not in p
    assert compute(parse(q)).intent == "capex"


def test_a_servers_cards_and_draw_said_together():
    assert_params("机房配电只有30kVA，功率因数0.9，放L4服务器（每台4卡，约1.6kW），能放几台？", {"watts_per_server": 1600})


def test_users_named_with_a_word_before_them():
    assert_params("we get about 900 chat users a day, 3 questions each, Llama 3.1 8B on L4, how many?", {"users": 900})
    assert_params("expecting ~40k ticket-buyers a day, 2 chats each, Llama 3.1 8B on L40S, how many?",
                  {"users": 40000})


def test_a_venues_seats_and_a_busy_days_chats():
    q = ("I run a 350-seat playhouse. maybe 500 chats on a busy day, each ~5 back-and-forths, Llama 3.1 8B on one "
         "L4. enough?")
    p = parse(q).params
    assert p.get("queries_per_day") == 500 and "users" not in p


def test_the_first_and_the_second_priced():
    q = "H200 vs MI300X: which gives more tokens per dollar if the first is ~$32,000 and the MI300X is ~$15,000? Llama 3.1 70B."
    prices = sorted(s.value for s in parse(q).stated if s.param == "price_usd")
    assert prices == [15000, 32000]


def test_a_pilot_rolled_out_to_more_a_day():
    q = ("Piloting the chatbot at one store with ~300 users a day, then rolling it out to every branch, so maybe "
         "4,000 a day. Llama 3.1 8B on L4. How many GPUs?")
    assert_params(q, {"users": 300, "users_to": 4000})


def test_the_answer_starting_to_come_back():
    q = "live captions, 2,000 cues a show, Llama 3.1 8B on an L4: every cue must start coming back in under 250 ms"
    assert_params(q, {"ttft_ms": 250})


def test_a_cards_price_said_after_the_budget():
    q = "Budget is ¥6,000,000, 150 yen to the dollar, L40S cards around $8,000. How many can we get?"
    assert_params(q, {"price_usd": 8000})


def test_requests_a_second_said_as_a_range():
    q = "每家店一张RTX 4090，高峰每秒也就2-4个请求，输入300 token输出80 token，Qwen2.5 7B够吗？"
    assert_params(q, {"qps": 2})


def test_one_card_one_hour_in_yen():
    q = "云上L40S报价1卡1小时300日元，1美元=150日元，租4张跑3个月多少美元？"
    assert_params(q, {"rent_usd_per_hour": 2.0})


def test_a_round_of_experiments_counted_in_groups():
    q = "要做一轮对比实验，一共八组，每组在Qwen2.5 7B上训20亿token，16张A100 80GB，MFU 40%，总共要几天？"
    assert_params(q, {"runs": 8})


def test_per_thousand_orders_with_latin_letters_between():
    q = "每千单AI客服的成本多少？L4租金每卡每小时3元，Qwen2.5 7B，每单输入800 token输出100 token"
    assert_params(q, {"per_requests": 1000})


def test_a_days_prompt_tokens():
    assert_params("The vendor charges $0.10 per million input tokens and $0.40 per million output. We're at ~4M input "
                  "tokens and 600k output tokens daily in season. Cheaper on an L4 at $0.70/hr?",
                  {"input_tokens_per_day": 4e6})
    assert_params("API是$0.2 per million input tokens，每天总输入约2.4亿token，八百来家店，每店每月收$39，能覆盖成本吗",
                  {"input_tokens_per_day": 2.4e8})


def test_a_single_card_said_to_be_enough():
    q = "Our contractor says a single GPU is enough for 1,500 concurrent users on Llama 3 8B (L40S). Sanity check?"
    assert_params(q, {"gpus": 1})


def test_the_peak_doubled_and_the_peak_against_ordinary_times():
    assert_params("平均QPS大概20，高峰再翻个倍，Qwen2.5 7B，L40S要几张？", {"peak_factor": 2})
    assert_params("每天五千个客人，每人问4个问题，Llama 3.1 8B，L4要几张？峰值大概是平时的3倍", {"peak_factor": 3})


def test_an_idle_consumer_card_not_in_the_catalog():
    with pytest.raises(CalcError) as err:
        parse("家里有三张闲置的3080，想跑Qwen2.5 7B客服，一天一千条消息够吗？")
    assert err.value.kind == "unknown_accelerator"


def test_servers_counted_with_their_maker():
    q = "We have 3 Supermicro boxes with 4 L40S per server. At 350 W per card and $0.10 per kWh, monthly power cost?"
    assert_params(q, {"servers": 3})


def test_pieces_a_day_from_one_cards_measured_rate():
    q = "实测单卡每秒大概1200 token，L40S跑Qwen2.5 7B，一篇文案输出400个token，一天能写多少篇？"
    res = compute(parse(q))
    assert res.intent == "throughput"


def test_listings_counted_each_with_its_prompt():
    q = "平台上有1.8万个房源要用AI重写标题，每个房源输入大概900 token，输出400 token，用Llama 3.1 8B在4张L40S上跑，要跑几天？"
    assert parse(q).params.get("queries_per_day") == 18000


def test_pieces_made_all_told_are_one_batch():
    q = "每篇大概500个英文单词，1个token约0.75个词，一共要生成3000篇，用Llama 3.1 70B的API，每百万token $1，总共多少钱？"
    p = parse(q).params
    assert p.get("queries_per_day") == 3000 and p.get("one_off")


def test_two_counts_one_apart_are_a_range():
    q = "旺季每天大概两三千个客人咨询，每人问5，6个问题，Llama 3.1 8B，L4要几张？"
    assert_params(q, {"queries_per_user": 5.5})


def test_the_smallest_setup_asked():
    q = "we get maybe 40 people chatting at the same time. whats the smallest gpu setup for llama 3.1 8b at 50ms per token"
    assert compute(parse(q)).intent == "fleet"


def test_a_quoted_fine_tune_doubted():
    q = ("consultant quoted 6 days to fine tune llama 3.1 8b on our 300M tokens, on A100 80GB x8. is he padding the "
         "bill?")
    assert "the stated" in compute(parse(q)).headline


def test_a_monthly_power_bill_doubted():
    q = "my friend says running his 4090 24/7 costs like $70/month in power. its 450W, my rate is 20 cents/kwh. true??"
    assert_read(q, {"claimed_value": 70})


def test_tokens_worth_a_day_for_each_person():
    assert_params("each nurse uses the charting helper maybe 4,000 tokens worth a day, we got 250 nurses. L4 w/ qwen2.5 "
                  "7b, how many?", {"tokens_per_user_day": 4000})


def test_a_days_texts_in_total():
    q = "we run 9 garages. figure 2,000 texts a day total, each msg like 120 tokens out. one L4 w/ llama 3 8b enough?"
    assert_params(q, {"queries_per_day": 2000})


def test_ones_own_search_is_no_web_search():
    q = "google cloud says L4 is $0.70 per hour. how many for our product search, llama 3 8b, 10 requests/sec?"
    assert compute(parse(q)).intent == "fleet"


def test_cards_then_how_many():
    q = "electricity is $0.25 per kWh. L40S cards x3 running 24/7, 350W each, whats that a year?"
    assert_params(q, {"gpus": 3})


def test_people_doing_something_at_once():
    assert_params("can we fit llama 2 13b on the L40S and serve 8 parts advisors chatting at once, ~20 tok/s each?",
                  {"concurrent_users": 8})


def test_a_weekend_job():
    q = "how long to train 1B params on 20B tokens with 8 H100 SXM at 40% mfu? my friend says its a weekend job"
    assert "the stated 'a weekend'" in compute(parse(q)).headline
