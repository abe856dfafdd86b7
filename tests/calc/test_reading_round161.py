"""Round 161 (Chinese jewelry and gold-shop chains, toy and stationery chains, Chinese eyeglasses chains; sealed:
hardware stores and paint/flooring suppliers, Chinese badminton and swimming venues, bridal shops and pawn and
jewelry stores). Found on the first runs: "Our peak day (Dec 23rd, naturally) is 600M output tokens" was refused
as one answer's length; "$45 per store-seat per month" was not read (refused as not numeric); "Maybe 3,500 brides
a day chat with it … booking fittings" answered a memory fit (the word "fittings" taken for "fit"); "450
consultations a day" beside "runs about 8 turns" left the turns unused; "If the ones who do ask the AI helper ~3
things" was dropped (ten assumed). These tests say the same in other words."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def test_a_days_volume_said_of_one_day():
    q = "Measured 2,000 tok/s per GPU on H100 with Llama 3.1 8B. Our busiest day is 900M output tokens. How many cards?"
    assert_params(q, {"tokens_per_day": 9e8})


def test_a_hyphened_seat_price():
    q = ("We'd charge $30 per clinic-seat per month. Each seat does ~40 queries/day, 600 in / 200 out, Llama 3.1 8B "
         "on rented L4 at $0.80/hr. What's our margin?")
    assert_params(q, {"usd_per_user_month": 30})


def test_fittings_are_no_fit_question():
    q = ("Our tailor app books fittings. 4,000 chats a day, 6 messages each, 400 tokens in, 100 out. How many L4 "
         "for Llama 3 8B?")
    assert compute(parse(q)).intent == "fleet"


def test_consultations_counted_beside_their_turns():
    q = "each consultation runs about 7 turns, we get 800 consultations a day, 900 tokens in, 150 out. Llama 3.1 8B on L4?"
    assert_params(q, {"turns_per_session": 7})


def test_what_the_ones_who_use_it_ask():
    q = ("Our app has 900k monthly members, maybe 10% open it on a given day. If the ones who do ask the AI concierge "
         "~4 things, how many L40S for Llama 3.1 8B?")
    p = parse(q).params
    assert p.get("queries_per_user") == 4
