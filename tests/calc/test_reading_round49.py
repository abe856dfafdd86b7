"""Round 49 (airlines, biotech, data-centre builders, founders, utilities, audit firms, speech, dictated
questions): what each person asks said with its verb first ("each asks ~3 things"), users rolled out to a
count "over the next year", places of any name per generic site, datasets named beside a run, claims
checked however their numbers are written, each card's price said of "each", and unknown models named by
shape in Chinese questions whose numbers were rewritten ("CosyVoice 2 … 10万小时", "Evo 2 40B")."""

from __future__ import annotations

import pytest

from calc import CalcError, parse
from tests.calc.reading_helpers import assert_read, read


@pytest.mark.parametrize("q,expect", [
    ("5M weekly shoppers, DAU about 20% of that. each asks ~4 things, 300-token answers, Llama 3 8B on L4. cards?",
     {"queries_per_user": 4}),
    ("50k staff, each does maybe 6 a day, Llama 3 8B on L4?", {"queries_per_user": 6}),
    ("Pilot: 200 users today, rolling out to 8,000 over the next year. 10 queries/day each, Llama 3 8B on L4?",
     {"users": 200, "users_to": 8000}),
    ("an L4 box in each of 80 hotel lobbies, 2 cards per site, Llama 3 8B: concurrent chats at 50 ms/token?",
     {"servers": 80, "gpus_per_server": 2}),
    ("Pretraining a 1B protein LM on 500B tokens (UniRef50 + PDB), 64 GPUs, H100 SXM, 40% MFU. days?",
     {"params": 1e9, "train_tokens": 5e11, "gpus": 64}),
    ("budget is twenty million dollars, how many H100 if each is like $25k?", {"budget_usd": 2e7, "price_usd": 25_000}),
    ("4,000 employees at 20 queries each per day, Llama 3 8B on L4, how many?", {"users": 4000,
                                                                                 "queries_per_user": 20}),
])
def test_round49_readings(q, expect):
    assert_read(q, expect)


def test_a_dataset_is_no_accelerator():
    assert "accelerator" in read("train a 3B model on 1T tokens (UniRef90 + metagenomic clusters) on 128 H100 at "
                                 "40% MFU, days?")


@pytest.mark.parametrize("q", [
    "FishSpeech 1 部署在 L40S 上，每天合成5万小时有声书，需要多少张卡？",
    "Evo 2 7B 做序列生成，每天10万条，每条输出4000 token，需要几张H100？",
])
def test_unknown_models_by_shape_in_rewritten_chinese(q):
    with pytest.raises(CalcError) as e:
        parse(q)
    assert e.value.kind == "unknown_model"


def test_a_misspelt_family_with_a_version_is_still_corrected():
    assert read("Lamma 3 70B 在 A100 40G 上 bf16 推理最少几张卡").get("model") == "llama3_70b"
