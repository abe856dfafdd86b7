"""Round 38 (tutoring apps, capex analysts, restated scenarios, Gulf campuses, medical and legal
copilots, students, forum threads, forwarded memos): a season's surge multiplies the usual load and
the extra cards are said, explanations, essays and problems are requests, students, clinicians and
lawyers' seats are users, schools, stores and law firms are sites, a correction's value replaces the
one it corrects wherever that is read, an MFU gain on a stated fleet frees cards, a purchase is shared
over seats, a rack's limit is the power worded as one, and analysts' shorthand (YE24, ASP ~$12k,
list $40k B200, quadrillion tokens a quarter) is read."""

from __future__ import annotations

import pytest

from calc import CalcError, ask
from tests.calc.reading_helpers import assert_read, fig, read


@pytest.mark.parametrize("q,expect", [
    # what a tutoring app counts is requests; who asks is users
    ("homework help bot: 3M DAU students, avg 4 sessions/day, ~6 questions per session, explanations ~900 "
     "tokens. llama 3.1 70b fp8 on H100", {"users": 3e6, "queries_per_user": 4, "turns_per_session": 6}),
    ("8M explanations/day, 1,200 tokens each, llama 3.3 70b on H100", {"queries_per_day": 8e6}),
    ("我们打算用Llama 3.1 8B做作文批改，每篇作文输入约2000 token，输出800 token，每天50万篇，用4090要几张？",
     {"queries_per_day": 5e5, "input_tokens": 2000, "output_tokens": 800}),
    ("每个汉字大概1.5个token，每道题讲解平均400字，每天1000万道题，Qwen2.5 7B 用 L4 部署要几张？",
     {"queries_per_day": 1e7}),
    ("2M students/day, 6 asks each, H100 llama 3 8b how many gpus", {"users": 2e6, "queries_per_user": 6}),
    # a document the model writes is its output
    ("老师端备课助手，MAU 15万，每人每天生成20份教案，每份3000 token，用Llama 3.1 70B，A100 80GB 要几张？",
     {"queries_per_user": 20, "output_tokens": 3000}),
    # a subscription per student, clinician or lawyer is what each user pays
    ("We charge $9.99/mo per student. Llama 3.3 70B on rented H100 at $2.10/hr, each premium student does "
     "~30 explanations a day @ 1200 tokens. gross margin per student?",
     {"usd_per_user_month": 9.99, "queries_per_user": 30}),
    # "from 300M weekly to 1B": the count after "to" is where the users end up, not a 1B model
    ("users from 300M weekly to 1B, llama 3 70b on H100, how many GPUs?", {"users": 3e8, "users_to": 1e9}),
    ("64 tasks running in parallel on llama 3 8b with L40S, how many cards?", {"concurrent_users": 64}),
])
def test_tutoring_loads_are_read(q, expect):
    assert_read(q, expect)


def test_a_seasons_surge_scales_the_load_and_says_what_it_adds():
    req, res = ask("exam season our traffic goes 5x for like 3 weeks. baseline is 40 qps avg on Qwen2.5 72B, "
                   "H200s. how many extra H200 for the peak?")
    assert req.params["qps"] == 200 and not res.unused
    _, usual = ask("baseline is 40 qps avg on Qwen2.5 72B, H200s. how many H200?")
    assert fig(res, "gpus_today") == fig(usual, "gpus")
    assert fig(res, "gpus_added") == fig(res, "gpus") - fig(usual, "gpus") > 0
    assert "more than the" in res.headline
    _, zh = ask("期末考试周流量是平时的4倍，平时峰值QPS 300，DeepSeek V3 部署在H800上，8卡一台，还要加多少台？")
    assert "平时负载" in zh.headline and not zh.unused


def test_schools_stores_and_centres_are_sites_of_their_cards():
    _, res = ask("school district pilot: 45 schools, 2 cards each, L40S. 350W per card, $0.14/kWh — yearly "
                 "power bill?")
    assert "90 L40S" in res.headline
    _, zh = ask("全国有1200个学习中心，每个中心放2张4090做本地答疑，每张450W，电费1元/度，一年电费多少？")
    assert "2,400张" in zh.headline and not zh.unused
    _, gulf = ask("quick capex ballpark pls: 3 sites (AUH, RUH, DOH) each with ~256 H100, $30k/GPU")
    assert fig(gulf, "cost_usd") == pytest.approx(3 * 256 * 30_000)


@pytest.mark.parametrize("q,param,value,old", [
    ("ok redo: 3M users, 5 chats/user/day, 1,500 output tokens each, Llama 3.1 8B on L40S — sorry, meant "
     "30M not 3M. fleet size?", "users", 3e7, "3M users"),
    ("跟之前一样：1亿MAU，DAU/MAU 20%，每人每天6次，Qwen3-235B-A22B，H20。改一下：DAU/MAU换成25%。要多少张卡？",
     "dau_per_mau", 0.25, "DAU/MAU 20%"),
    ("$500M budget, 60% goes to GPUs — actually 55% — how many B200 can we get at $40k a pop?",
     "budget_share", 0.55, "60%"),
    ("list price $35k per B200, we get 15% off — correction, 20% off — for 8,000 units. total?",
     "discount", 0.2, "15%"),
    ("training a 70B model on 15T tokens on 2,048 B200s at 40% MFU, then with 20% higher MFU — sorry, 15% "
     "higher MFU — how many days each?", "mfu_gain", 0.15, "20%"),
    ("同样算一下：5000 GPU-年的H100——更正，8000 GPU-年，每小时2.2美元，一共多少钱？", "gpu_years", 8000,
     "5000 GPU-年"),
])
def test_a_corrected_value_is_replaced_wherever_it_is_read(q, param, value, old):
    req, res = ask(q)
    assert req.params[param] == pytest.approx(value)
    assert old in [u.text for u in res.unused]
    assert all("corrected it" in u.reason or "更正" in u.reason for u in res.unused)


def test_an_mfu_gain_on_a_stated_fleet_frees_cards():
    _, res = ask("MFU +8 pts from 35% on a 100k H100 cluster = how many GPU-equivalents freed?")
    assert fig(res, "gpus_freed") == pytest.approx(100_000 * (1 - 0.35 / 0.43))
    assert fig(res, "gpus_gained") == pytest.approx(100_000 * (0.43 / 0.35 - 1))
    # a named run keeps its days: the same work, fewer days
    _, run = ask("GPT-3 175B 用1024张A100训练，MFU从35%提升到45%，训练天数可缩短多少？")
    assert fig(run, "train_days") > 0 and not run.unused


@pytest.mark.parametrize("q,expect", [
    ("META: 350k H100 by YE24 @ $25k ASP, 5yr straight-line dep -> annual D&A from GPUs alone?",
     {"gpus": 350_000, "year": 2024, "price_usd": 25_000, "days": 5 * 365.25}),
    ("MI300X: MSFT reportedly took ~96k in 2024, ASP ~$12k. capex $ and MW at 750W/GPU, PUE 1.25?",
     {"gpus": 96_000, "price_usd": 12_000}),
    ("hyperscaler gets 20% off list $40k B200, 250k units. total spend?",
     {"price_usd": 40_000, "gpus": 250_000, "discount": 0.2}),
    ("租vs买：H100租金每卡每小时2美元，买断价2.8万美元，5年摊销，利用率70%，哪个划算？", {"price_usd": 28_000}),
    ("HGX H200 8-GPU box ~$280k, 3,000 servers -> capex and GPU count",
     {"server_price_usd": 280_000, "servers": 3000}),
    ("L40S推理集群，1,000台server x 4卡，每台$60k，capex换成人民币 @ 7.1 是多少？",
     {"servers": 1000, "gpus_per_server": 4}),
    ("tokens/qtr build: 1.2 quadrillion tokens per quarter, blended $0.40 per 1M tokens. GPUs at 2,500 tok/s "
     "per H100?", {"tokens_per_day": 1.2e15 / 91.3125}),
    ("PUE sensitivity: 400MW grid connection, PUE degrades to 1.5 in July-August. H100 at 700W each - how many?",
     {"pue": 1.5}),
])
def test_analyst_shorthand_is_read(q, expect):
    req, res = ask(q)
    for k, v in expect.items():
        assert req.params[k] == pytest.approx(v), (k, req.params)
    assert not [u for u in res.unused if "could not tell" in u.reason]


def test_a_months_energy_is_a_month():
    req, res = ask("energy/token: 0.4 J/token, 2 quadrillion tokens/mo. MWh/mo and $ at $0.08/kWh?")
    assert req.params["days"] == pytest.approx(30.4375) and not res.unused
    assert fig(res, "energy_kwh") == pytest.approx(0.4 * 2e15 / 3.6e6, rel=1e-3)


def test_a_school_grade_is_no_accelerator():
    _, res = ask("we want to pretrain a 7B math model on 1T tokens of K12 problems, 256x H100 at 40% MFU. "
                 "how many days?")
    assert not res.unused and fig(res, "train_days") > 0


@pytest.mark.parametrize("q", ["Ministry wants Jais served nationwide - 3M daily users, 10 queries each, on H100",
                               "qatar pilot: Fanar on MI300X, ~50k requests/day, cost per million tokens?"])
def test_national_models_are_refused_by_name(q):
    with pytest.raises(CalcError) as e:
        ask(q)
    assert e.value.kind == "unknown_model"


@pytest.mark.parametrize("q,expect", [
    # professionals' seats are users; a bare "seat" count in Chinese too
    ("legal copilot math: 1200 lawyer seats, 15 briefs per seat per day, 3000 tokens per brief output, "
     "qwen2.5 72b on H200", {"users": 1200, "queries_per_user": 15}),
    ("周活医生10万，日活/周活大约45%，每人每天18份记录，每份输出600 token，用MI300X跑Llama 3.1 70B需要多少张？",
     {"users": 1e5, "dau_per_wau": 0.45}),
    ("4090 跑 Qwen2.5 7B 推理，int8，我们组想给200个同学做个内部助手，每人每天大概30次提问，要几张卡？",
     {"users": 200, "queries_per_user": 30}),
    ("门诊高峰期同时在线的医生大约3000人，每人一个流式生成，要求首字延迟500毫秒以内，用H200部署Llama 3.1 70B，FP8",
     {"concurrent_users": 3000}),
    # prices per seat and per month, said in either order
    ("quick q 关于pricing：我们per seat每月$99，医生每天平均25 notes，每条note大概1.2k output tokens，用自建H100"
     "（折算$2/GPU-hour），gross margin能到多少？", {"usd_per_user_month": 99, "queries_per_user": 25}),
    ("个人版每月订阅39元，平均每人每天消耗15万token，自建用4090跑Qwen2.5 7B，实测每卡每秒大概2500 token",
     {"cny_per_user_month": 39}),
    # "、" ends a token length's clause: the prompt's, then the answer's
    ("每人每天30份病历，每份输入转写大概5000 tokens、输出约1000 tokens。用H20部署Qwen2.5 72B，要几张卡？",
     {"input_tokens": 5000, "output_tokens": 1000}),
    ("words not tokens: users send ~300 words, get ~600 words back, 1.3 tokens/word. 2M queries a day on "
     "Gemma 2 27B / H100", {"input_tokens": 300 * 1.3, "output_tokens": 600 * 1.3}),
    ("our corpus is 50B chinese characters, qwen tokenizer ~0.7 tokens per character, pretraining a 1.5B model "
     "for 2 epochs on 32 cards, A100 40GB, at 42% mfu. days?", {"tokens_per_character": 0.7}),
    # an agent task's calls, the verb before the count
    ("我们做代码Agent，每个任务平均调用模型25次，每次输入3万token、输出1000 token，每天总共2万个任务，"
     "用Qwen3-235B-A22B fp8跑在H200上", {"turns_per_session": 25, "queries_per_day": 2e4}),
    ("各位同事，\n背景：我们自建推理集群，H200每卡小时租金折算约18元，实测单卡吞吐2,500 tokens/s。", {"rent_cny_per_hour": 18}),
])
def test_professional_seats_and_their_loads_are_read(q, expect):
    assert_read(q, expect)


def test_a_purchase_is_shared_over_the_seats():
    _, res = ask("NVIDIA partner quoted HGX H100 at $280k/server with 12% off if we take 6 servers. total cost + "
                 "capex per seat if we have 9k lawyer seats?")
    assert fig(res, "capex_per_user_usd") == pytest.approx(6 * 280_000 * 0.88 / 9000) and not res.unused
    _, zh = ask("如果300万美元一台，我们买2台GB200 NVL72给法律大模型做推理，5年摊销，座位数8万，每个座位每月硬件成本多少？")
    assert fig(zh, "capex_per_user_month_cny") == pytest.approx(fig(zh, "capex_per_user_cny") / 60, rel=1e-3)
    assert "每个座位" in zh.headline


def test_sites_said_in_chinese_hold_their_cards():
    _, res = ask("律所客户要求数据不出所，我们给每家律所放一台4卡L40S的服务器，共120家律所，每台15万元，总硬件投入多少？")
    assert fig(res, "cost_cny") == pytest.approx(120 * 150_000) and not res.unused
    req, stores = ask("我们在 4 个门店各放 8 张 L40S，跑 Llama 3 8B int8，TPOT 要求 50ms，总共能撑多少并发？")
    assert req.params["gpus_per_server"] == 8 and "32张" in stores.headline


def test_a_pool_at_low_utilization_needs_fewer_cards_fully_busy():
    _, res = ask("our L40S inference pool (48 cards) sits at ~35% utilization most of the day. how many cards "
                 "would we actually need if it were fully busy?")
    assert fig(res, "gpus") == 17 and not res.unused
    # "满打满算" is a manner of speaking, not a pool run full
    req, _ = ask("CoreWeave 手上 25 万张卡，平均租价 2.2 美元一小时，满打满算一年收入多少？利用率 80%")
    assert "utilization_to" not in req.params


def test_the_limit_is_the_power_worded_as_one_and_whole_servers_are_counted():
    _, res = ask("NGA 看到有人说 B300 单卡 1400W，一整柜 140kW 左右。我们机房单柜限 40kW，8 卡一台的 B300 服务器一柜"
                 "能塞几台？")
    assert fig(res, "servers_under_cap") == 3
    assert [u.text for u in res.unused] == ["140kW"]
    _, en = ask("MI300X boxes, 8 gpus/node, 750W each gpu, rack cap 40kW, how many nodes per rack?")
    assert fig(en, "servers_under_cap") == 6


@pytest.mark.parametrize("q,expect", [
    # dictated questions: fillers before numbers, years and powers of ten said aloud, "a sec"
    ("so um our users are growing like eighty percent a year, we're at ten million now, how many H100s will we "
     "need in twenty twenty eight if each user does um three thousand tokens a day",
     {"growth_rate_year": 0.8, "users": 1e7, "tokens_per_user_day": 3000}),
    ("so the training run is like three point eight e twenty five FLOPs on sixteen thousand H100s at forty "
     "percent MFU, and um if we squeeze out like five more points of MFU how many days do we save",
     {"train_flops": 3.8e25, "gpus": 16000, "mfu_gain_points": 0.05}),
    ("whats the cost per million tokens if um an H100 rents for two dollars an hour and does like three "
     "thousand tokens a sec", {"observed_tokens_per_s_per_gpu": 3000, "rent_usd_per_hour": 2}),
    # "and output …" is not "a … output": the prompt's length stays the prompt's
    ("we're serving Mixtral 8x7B at 200 QPS peak, average input is 1500 tokens and output about 400 tokens, "
     "how many L40S do I need", {"input_tokens": 1500, "output_tokens": 400}),
    ("Assume 1 word ≈ 1.3 tokens. Users write 200 words, model replies 400 words. 8M DAU x 6 chats. Gemma 2 "
     "27B on L40S. How many L40S?", {"tokens_per_word": 1.3, "input_tokens": 260, "output_tokens": 520}),
    ("嗯那个TPU v6e，每张算力九百一十八TFLOPS，训练Llama 3.1 8B，十五万亿token，一千张卡要多久，MFU提高五个点能快多少",
     {"mfu_gain_points": 0.05}),
    ("那个我们有两百家门店，每家放两张4090，跑Qwen2.5 7B，总共能支撑多少并发用户", {"servers": 200, "gpus_per_server": 2}),
])
def test_spoken_and_hedged_numbers_are_read(q, expect):
    assert_read(q, expect)


def test_a_fleet_grows_with_its_load_when_asked_how_many_after():
    _, res = ask("heads up legal team is onboarding a big firm, expect 3x the load. today we run 40 GPUs (H100) "
                 "on llama 3.3 70b. how many after?")
    assert "120 x H100" in res.headline and not res.unused


def test_the_break_even_token_price_of_owned_cards():
    _, res = ask("uh what's the token price I need to break even, like ten thousand H100s at um twenty five "
                 "thousand bucks each over four years, they do like two thousand tokens a second each at fifty "
                 "percent utilization")
    owned = fig(res, "owned_cost_per_gpu_hour_usd")
    assert fig(res, "cost_per_million_tokens_usd") == pytest.approx(owned / (2000 * 0.5 * 3600) * 1e6, rel=1e-3)
    assert not res.unused


def test_runs_repeat_the_days_an_mfu_gain_saves():
    _, res = ask("our MFU is 32% on 512 H800, 20 days per run. if we push MFU to 45%, how many days saved? "
                 "we do ~6 runs a quarter")
    assert fig(res, "days_saved_all_runs") == pytest.approx(6 * 20 * (1 - 0.32 / 0.45))
    assert not res.unused


@pytest.mark.parametrize("q,expect", [
    # images, screenshots, photos and clips are requests; an image's tokens are read in
    ("screenshot QA bot: 1.5M MAU, DAU/MAU ~30%, 6 screenshots per user per day, 1k tokens per screenshot, 400 "
     "token replies, mistral 7b int8 on 4090s", {"queries_per_user": 6, "input_tokens": 1000, "output_tokens": 400}),
    ("我们做截图理解，DAU 80万，人均每天12次请求，每张截图大概1500个图片token，输出200 token左右，用H20跑Qwen2.5 72B",
     {"input_tokens": 1500, "output_tokens": 200}),
    ("我哋app每日有50萬用戶，每人平均影5張相問問題，每張相大約1,000 token，回覆約300 token，用RTX 4090跑Qwen2.5 7B",
     {"queries_per_user": 5, "input_tokens": 1000}),
    ("视频抽帧：每段视频抽16帧，每帧256个token，每天200万段视频，输出100 token，用L40S跑Qwen2.5 7B int8",
     {"queries_per_day": 2e6, "input_tokens": 256}),
    ("多模态请求量每6个月翻一倍，现在每天1亿张图，每张图1,000 token，输出200 token，用B200跑Llama 3.3 70B",
     {"queries_per_day": 1e8, "input_tokens": 1000}),
    # headroom held back is a utilization target; a latency's margin is not
    ("need 1200 qps peak sustained, 600 in / 350 out tokens, Qwen2.5 72B bf16 on H200. keep 30% headroom",
     {"utilization": 0.7}),
    ("MAU 1亿，DAU/MAU 25%，每个DAU每天8轮对话，每轮输出600 token，Mixtral 8x22B 跑 MI325X，留30%余量，要多少卡？",
     {"utilization": 0.7}),
])
def test_images_and_headroom_are_read(q, expect):
    assert_read(q, expect)
    assert "utilization" not in read("ttft budget 300ms, keep 20% headroom on it. llama 3.1 8b on L40S, 2k-token "
                                     "prompts — max concurrency per gpu?")
