"""Round 42 (hospital IT, comparisons, bank and insurance back offices, mixed units, game studios, public
services, what-if lists, streaming): physicians and radiologists are users and encounters, admissions,
claims and contacts requests; a document's pages are its requests when each page is one call; "人次",
"件", "集" are counted requests and a year's volume is a day's share; clinics, branch offices, 分院 are
sites; "200名护士同时在线" are concurrent; "峰值系数4估算" is the peak; a hotline's number is no quantity."""

from __future__ import annotations

import pytest

from tests.calc.reading_helpers import assert_read


@pytest.mark.parametrize("q,expect", [
    ("ambient scribe pilot: 350 physicians, ~22 encounters each per day, transcript is ~6k tokens in, note ~900 "
     "tokens out. llama 3 8B fp16 on L4s. how many cards??", {"users": 350, "queries_per_user": 22}),
    ("护理文书助手：每班大约200名护士同时在线，要求首字延迟2秒以内，模型用Qwen3-30B-A3B，H20要几张？",
     {"concurrent_users": 200}),
    ("门诊每天接诊1.2万人次，病历生成每次输入3k输出500，Qwen2.5 7B fp16跑在4090上，要几张？", {"queries_per_day": 1.2e4}),
    ("我们是三甲医院信息科，每天出院小结约1800份，想本地部署Qwen2.5 72B（int8），每份输入约4000 tokens、输出800 tokens，"
     "用H20需要几张卡？", {"queries_per_day": 1800}),
    ("集团有6家分院，每家放一台4卡的L40S服务器跑Qwen2.5 7B，每卡350W，PUE 1.4，总共功耗多少kW？",
     {"servers": 6, "watts_per_gpu": 350}),
    ("we have 14 community clinics, each gets a 2-GPU box with RTX 4090. capex at ~$1,900 per card, and power at "
     "450W per GPU? total across all sites", {"servers": 14}),
    ("We process 120k claims/day, avg 14 pages per claim, one LLM call per page (~1,800 tokens in, 250 out). "
     # (each claim's pages its items, one request each: calc/readings.items_per_batch)
     "Qwen2.5 72B on H200 in fp8. GPU count please.", {"queries_per_day": 1.2e5, "items_per_batch": 14}),
    ("我们是保险公司运营中心，每天理赔单据约8万份，每份平均12页，OCR后每页调用一次大模型抽取字段，每次输入约1500 tokens、"
     "输出200 tokens。用Qwen2.5 72B部署在H20上，需要多少张卡？", {"queries_per_day": 8e4, "turns_per_session": 12}),
    ("保险运营中心夜间批处理：每晚约600万页扫描件，每页约800个token送入Qwen2.5 7B，输出约100 token。用L4卡，批处理窗口按"
     "峰值系数4估算，需要几张L4？", {"peak_factor": 4}),
    ("我们是市12345政务服务便民热线，每年受理工单约800万件，智能客服准备用Qwen2.5 72B本地部署，每次回答约600个token，"
     "需要多少张H800？", {"queries_per_day": 8e6 / 365.25}),
    ("hi, benefits enquiry bot here. 900k contacts/month, about 6 msgs per ticket, ~350 tokens per reply. Llama 3 8B "
     "on RTX 4090. how many?", {"queries_per_day": 9e5 / 30.4375}),
    ("Citizens contact centre: 18,000 calls a day, avg conversation 8 turns, output 250 tokens. On Gaudi 3 with "
     "Llama 3.1 8B, how many accelerators?", {"turns_per_session": 8}),
    ("我们视频平台每天新上架3000集剧，每集字幕约1.2万字，要翻成英文，每个汉字约1.5个token，用Qwen2.5 72B跑在H800上，要多少张卡？",
     {"queries_per_day": 3000}),
    ("we measured 2,400 tok/s per GPU on H100 for our subtitle model (llama 3.1 8b, bf16). daily need is 6B tokens. "
     "how many gpus at 60% utilization?", {"tokens_per_day": 6e9}),
])
def test_clinical_and_back_office_inputs_are_read(q, expect):
    assert_read(q, expect)
