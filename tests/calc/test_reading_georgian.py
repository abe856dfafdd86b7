"""Georgian in Mkhedruli (calc/georgian), as engineers and founders in Tbilisi and Batumi type it with English
terms and Latin digits between: number and scale words (ორასი ათასი, მილიონი, მლრდ, ტრილიონი), a period
said before its amount ("დღეში 3 მილიარდ ტოკენს", "წამში 300 მოთხოვნა"), counts with ცალი, prices, racks and
power, and the case endings glued to English words and numbers ("L4-ზე", "H100-ით", "$2.5-ად")."""

from __future__ import annotations

import time

import pytest

from calc import georgian
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # users, each one's questions a day, number words
    ("ჩვენს აპს 250 ათასი აქტიური იუზერი ჰყავს, თითოზე დღეში 5 კითხვა. Llama 3.1 8B-ს L4-ზე ვუშვებთ, "
     "რამდენი GPU საჭიროა?", {"users": 2.5e5, "queries_per_user": 5}),
    ("ორასი ათასი მომხმარებელი გვყავს, Mistral 7B, A100 80GB-ზე. თითო იუზერი დღეში 10 შეკითხვას სვამს. "
     "რამდენი ბარათი?", {"users": 2e5, "queries_per_user": 10}),
    ("2 მლნ MAU გვაქვს, DAU/MAU 20%, თითო აქტიური დღეში 6 მესიჯს წერს. Llama 3.1 8B, რამდენი L4?",
     {"users": 2e6, "dau_per_mau": 0.2, "queries_per_user": 6}),
    # a period before its amount: tokens of a day, requests of a second; concurrent users; a peak
    ("დღეში 3 მილიარდ ტოკენს ვაგენერირებთ Llama 3.1 70B-ით H100-ზე, რამდენი კარტა დაგვჭირდება?",
     {"tokens_per_day": 3e9}),
    ("წამში 300 მოთხოვნა შემოდის, Qwen2.5 7B L40S-ზე. რამდენი GPU?", {"qps": 300}),
    ("საშუალოდ 50 მოთხოვნა წამში, პიკი x3, Llama 3.1 8B L4-ზე. რამდენი GPU?", {"qps": 50, "peak_factor": 3}),
    ("ერთდროულად 800 მომხმარებელი, Llama 3 70B H100 SXM-ზე. რამდენი კარტაა საჭირო?",
     {"concurrent_users": 800}),
    # training: cards counted with ცალი, a trillion tokens, a speed-up over another card
    ("128 ცალი H100-ით 7B მოდელს 1 ტრილიონ ტოკენზე ვწვრთნით, MFU 40%. რამდენი დღე?",
     {"gpus": 128, "train_tokens": 1e12, "params": 7e9, "mfu": 0.4}),
    ("ჩვენი რანი 64 A100-ზე 20 დღე გაგრძელდა. B200 4x სწრაფია A100-ზე, 32 კარტით რამდენი დღე?",
     {"from_gpus": 64, "days": 20, "speedup": 4, "gpus": 32}),
    # money: a budget and one card's price, an hour's rent
    ("ბიუჯეტი 2 მილიონი დოლარია, თუ ერთი H100 $30,000 ღირს, რამდენს ვიყიდით?",
     {"budget_usd": 2e6, "price_usd": 3e4}),
    ("H100 ქირით საათში $2.5-ად, 256 კარტა 30 დღე. რა ჯდება?",
     {"rent_usd_per_hour": 2.5, "gpus": 256, "days": 30}),
    # power: each card's watts, a rack's limit
    ("48 ცალი A100, თითო 400W, PUE 1.5. თვეში რამდენი კვტსთ გამოვა?",
     {"gpus": 48, "watts_per_gpu": 400, "pue": 1.5}),
    ("თითო რეკზე 40 კვტ, 10 რეკი გვაქვს. HGX H200 ერთი ~10.5 kW-ს ჭამს. რამდენი სერვერი?",
     {"server_power_cap_w": 4e4, "racks": 10, "watts_per_server": 10500}),
])
def test_georgian_questions_are_read(q: str, expect: dict[str, float]) -> None:
    assert_params(q, expect)


def test_lari_are_said_as_gel() -> None:
    for text in ("სერვერი 165 000 ლარი ღირს", "საათში 3.2₾", "ბიუჯეტი 12 მლნ ₾-ია"):
        out, _ = georgian.in_english(text, list(range(len(text))))
        assert "GEL" in out and "ლარ" not in out and "₾" not in out, out


@pytest.mark.parametrize("q", [
    "რამდენი H100 გვჭირდება 100 ათასი იუზერისთვის?", "დღეში 2 მლრდ ტოკენი", "ქირა საათში 4₾",
])
def test_georgian_is_detected(q: str) -> None:
    assert georgian.said_in_georgian(q)


@pytest.mark.parametrize("q", [
    "how many H100 for 2M DAU, 20 chats a day each?",                            # English
    "сколько H100 нужно на 2 млн пользователей, по 20 запросов в день?",           # Russian
    "Քանի՞ H100 է պետք 200 հազար օգտատիրոջ համար, օրական 10 հարցում",             # Armenian
    "Ⴀ ⴀ old Georgian capitals and Nuskhuri only, 5 GPUs",                       # Asomtavruli / Nuskhuri
])
def test_other_languages_are_not_georgian(q: str) -> None:
    assert not georgian.said_in_georgian(q)


def test_a_long_message_is_rewritten_quickly() -> None:
    text = ("ჩვენ 250 ათასი იუზერი გვყავს, თითოზე დღეში 10 კითხვა, ყოველ 4 თვეში ორმაგდება. H100-ზე რამდენი "
            "GPU დაგვჭირდება? ბიუჯეტი 5 მილიონი ლარი, კურსი 2.7. " * 30)[:2000]
    start = time.process_time()
    out, pos = georgian.in_english(text, list(range(len(text))))
    assert time.process_time() - start < 5 and len(pos) == len(out)
