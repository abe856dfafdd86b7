"""Round 157 (Chinese mother-and-baby retail chains, pest-control and cleaning services, Chinese postnatal-care
centers; sealed: bowling alleys and family entertainment centers, Chinese auto-repair chains, landscaping and
tree-care companies). Found on the first runs: "这个季度一共要做6轮实验" and "要做5轮实验的话总共呢" read the rounds
as each user's requests (one run's cost); "$49 per user per month for 14 users" beside a day's total load gave
each user's share but named the users unused; "a GPU server in the back office with 4 cards (L40S)" and "an L40S
server in the shop office with 2 GPUs" billed one card; "On a single rented GPU, H100 SXM" was dropped; "we'd need 8
of the L40S" was quoted without the need. These tests say the same in other words."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def test_rounds_of_experiments_are_runs():
    assert_params("云上租A100每卡每小时9块，微调一次大概800卡时，这个月一共要做4轮实验，总共多少钱？", {"runs": 4})


def test_the_users_a_charge_is_shared_by_are_read():
    q = ("the vendor charges $39 per user per month for 10 users. if we host it on one L4 at 0.80/hr would that be "
         "cheaper? 200 requests a day in total, 500 tokens in, 200 out, llama 3.1 8b")
    assert not any("10 users" in u.text for u in compute(parse(q)).unused)


def test_a_server_where_it_stands_with_its_cards():
    assert_params("If I put a GPU server in the storage room with 6 cards (L4) running 24/7, what's the power bill "
                  "a month at 15 cents a kWh? Figure 80W per card.", {"gpus": 6})


def test_a_single_rented_card():
    assert_params("We'll do 3 fine-tuning runs of ~10M tokens each on Llama 3.1 8B. On a single rented GPU, A100 80GB, "
                  "at $1.99/hr and 35% MFU, total cost?", {"gpus": 1})
