"""Issue 12 on Telegram: the answer first, details one tap away, one-tap follow-ups that behave
exactly like the typed follow-up, and stale or forged taps refused politely. The layout checks
run over every question of the corpus; the taps go through the real python-telegram-bot against
the fake Bot API on loopback."""

from __future__ import annotations

import functools
import tomllib

import pytest

from bot.core import followups
from bot.core.conversation import Core, Question
from bot.core.narrator import NotesNarrator
from bot.frontends.telegram.app import TelegramBot
from bot.render.telegram import EXPANDABLE, FIRST_SCREEN, calc_messages
from calc import ask
from calc.catalog import load
from tests.calc.test_corpus import answer as corpus_answer
from tests.conftest import ROOT
from tests.fakes.telegram_server import FakeTelegram, check_html, visible

CORPUS = [q for q in tomllib.loads((ROOT / "tests/calc/corpus.toml").read_text("utf-8"))["q"]
          if "intent" in q]


@functools.cache
def answers() -> list:
    """(question, request, result) for every corpus question the calculator answers: computed
    by the first test that needs it, not at import (every parallel worker imports this module),
    through tests/calc/test_corpus.py's cache (parse, then compute: what `calc.ask` does), which
    that module's tests fill on the same worker (conftest.SHARED_WORK)."""
    out = []
    for q in CORPUS:
        req, res, err = corpus_answer(q["text"])
        if err is None:
            out.append((q["text"], req, res))
    return out


KEY = ("telegram", "42", "")
SECRET = b"k" * 32


def test_first_screen_fits_a_phone_and_keeps_the_unused_inputs():
    assert len(answers()) > 200
    for text, req, res in answers():
        msgs = calc_messages(res, req.lang)
        for m in msgs:
            assert not check_html(m), (text, check_html(m))
            assert len(visible(m, True)) <= 4096
        head = msgs[0].split(EXPANDABLE, 1)[0]
        shown = visible(head, True)
        assert len(shown) <= FIRST_SCREEN, (text, len(shown))
        assert res.headline in shown
        for u in res.unused:                 # a trust feature: never behind the tap
            assert u.text[:20] in shown, (text, u.text)


def test_details_hold_every_assumption_with_its_origin():
    _, req, res = next(a for a in answers() if a[0].startswith("How many H100s for 100M users"))
    msgs = calc_messages(res, req.lang)
    assert EXPANDABLE in msgs[0]
    details = visible(msgs[0].split(EXPANDABLE, 1)[1], True)
    for a in res.assumptions:
        assert (a.label or a.name) in details
    assert "(you)" in details and "(default)" in details and "How:" in details


def test_comparisons_are_a_pre_table_on_the_first_screen():
    _, req, res = next(a for a in answers() if a[0] == "H100 vs H200 for 100M users on Llama 3 70B?")
    head = calc_messages(res, req.lang)[0].split(EXPANDABLE, 1)[0]
    table = head.split("<pre>", 1)[1].split("</pre>", 1)[0].splitlines()
    assert table[0].split() == ["GPUs", "servers", "US$"]   # (both cards are priced: the purchase before the power)
    gpus = [f"{o.figure('gpus').value:,.0f}" for o in res.alternatives]    # the options' own counts
    assert table[1].startswith("H100 SXM") and gpus[0] in table[1]
    assert table[2].startswith("H200 SXM") and gpus[1] in table[2]


def test_callback_data_fits_and_buttons_never_offer_what_is_asked():
    cat = load()
    seen: dict[str, set[str]] = {}
    for text, req, res in answers():
        from bot.core.answer import Answer

        fus = followups.for_answer(Answer(question=text, route="calc", lang=req.lang,
                                          request=req, result=res))
        assert 1 <= len(fus) <= followups.MAX_BUTTONS, text
        assert len({f.id for f in fus}) == len(fus)
        token = followups.answer_token(KEY, req, secret=SECRET)
        used = {a.name: str(a.value).lower() for a in res.assumptions}
        for f in fus:
            data = followups.encode(token, f.id)
            assert len(data.encode()) <= 64, data
            assert followups.decode(data) == (token, f.id)
            kind, _, arg = f.id.partition(":")
            if kind == "acc":
                asked = cat.accelerator(used.get("accelerator") or str(req.params["accelerator"])).id
                assert arg != asked, text
            if kind == "prec":
                assert arg != used.get("precision"), text
            if kind == "model":
                assert arg != cat.model(used["model"]).id, text
            if kind == "lang":
                assert arg != req.lang, text
            seen.setdefault(res.intent, set()).add(kind)
    assert seen["fleet"] >= {"acc", "prec", "model", "x2", "chart", "lang"}


@pytest.mark.parametrize("data", ["", "garbage", "fu1:short:acc:h200_sxm",
                                  "fu1:AAAAAAAAAAA:rm -rf", "fu1:AAAAAAAAAAA:acc:../../x",
                                  "fu2:AAAAAAAAAAA:chart", "fu1:AAAAAAAAAAA:" + "x" * 60])
def test_decode_refuses_what_it_did_not_make(data):
    assert followups.decode(data) is None


async def test_every_generated_follow_up_reads_as_the_change_it_names():
    """The calculator reads each phrasing as intended: the same intent, with the accelerator,
    precision or model the button names, or the load scaled."""
    checked = 0
    for text, req, _res in answers()[::3]:
        core = Core()
        first = await core.answer(Question(text))
        for fu in followups.for_answer(first):
            if fu.text.startswith("/"):
                continue
            await core.answer(Question(text))
            b = await core.answer(Question(fu.text))
            assert b.result is not None and b.request is not None, (text, fu.text, b.error)
            assert b.request.intent == req.intent
            kind, _, arg = fu.id.partition(":")
            key = {"acc": "accelerator", "model": "model", "prec": "precision"}.get(kind)
            if key:
                assert str(b.request.params.get(key)).lower() == arg, (text, fu.text)
            if kind == "x2":
                assert b.request.scaled is not None and b.request.scaled[1] == 2.0
            checked += 1
    assert checked > 150


# ------------------------------------------------------------------ through the fake Bot API
async def _bot(tg: FakeTelegram) -> TelegramBot:
    bot = TelegramBot(Core(narrator=NotesNarrator()), token=tg.token, api_base_url=tg.url)
    await bot.start()
    return bot


def _with_buttons(tg: FakeTelegram, chat: int) -> int:
    return max(mid for (c, mid), m in tg.messages.items() if c == chat and m.get("reply_markup"))


async def test_a_tap_gives_the_same_answer_as_typing_the_follow_up(tg):
    bot = await _bot(tg)
    try:
        tg.push(tg.text_message("how many H100s for 100M users?", chat_id=42))
        await tg.wait_for(lambda: any(m.get("reply_markup") for m in tg.messages.values()))
        mid = _with_buttons(tg, 42)
        buttons = dict(tg.buttons(42, mid))
        assert set(buttons) >= {"H200", "BF16", "users ×2", "📈 chart", "🇨🇳 中文"}
        before = len(tg.texts(42))
        tg.push(tg.tap(buttons["H200"], message_id=mid))
        await tg.wait_for(lambda: len(tg.texts(42)) > before and "H200" in tg.texts(42)[-1])
        tapped = tg.texts(42)[-1]
        # the same follow-up typed in another chat with the same first question
        tg.push(tg.text_message("how many H100s for 100M users?", chat_id=43))
        await tg.wait_for(lambda: len(tg.texts(43)) == 1)
        tg.push(tg.text_message("what about H200?", chat_id=43))
        await tg.wait_for(lambda: len(tg.texts(43)) == 2)
        assert tg.texts(43)[1] == tapped
        # answered first, then the reply in the chat
        calls = [c.method for c in tg.calls]
        tap_at = calls.index("answerCallbackQuery")
        assert "sendMessage" in calls[tap_at:]
        # the new answer has buttons of its own, which no longer offer H200
        labels = [label for label, _ in tg.buttons(42, _with_buttons(tg, 42))]
        assert "H200" not in labels and "B200" in labels
    finally:
        await bot.stop()


async def test_forged_and_stale_taps_are_refused_politely(tg):
    bot = await _bot(tg)
    try:
        tg.push(tg.text_message("how many H100s for 100M users?"))
        await tg.wait_for(lambda: any(m.get("reply_markup") for m in tg.messages.values()))
        mid = _with_buttons(tg, 42)
        data = dict(tg.buttons(42, mid))["H200"]
        forged = data.replace(data.split(":")[1], "A" * 11)
        tg.push(tg.tap(forged, message_id=mid))
        await tg.wait_for(lambda: "earlier answer" in tg.texts(42)[-1])
        tg.push(tg.tap("not ours", message_id=mid))
        await tg.wait_for(lambda: sum("earlier answer" in x for x in tg.texts(42)) == 2)
        # a newer question makes the first answer's buttons stale
        tg.push(tg.text_message("what do 25,000 H100s cost?"))
        await tg.wait_for(lambda: "US$" in tg.texts(42)[-1] and "25,000" in tg.texts(42)[-1])
        n = len(tg.texts(42))
        tg.push(tg.tap(data, message_id=mid))
        await tg.wait_for(lambda: len(tg.texts(42)) == n + 1)
        assert "earlier answer" in tg.texts(42)[-1]
        # in the user's language
        tg.push(tg.tap("fu1:BBBBBBBBBBB:chart", message_id=mid, chat_id=44, language_code="zh-hans"))
        await tg.wait_for(lambda: len(tg.texts(44)) == 1)
        assert "之前的回答" in tg.texts(44)[0]
        assert len(tg.of("answerCallbackQuery")) == 4
    finally:
        await bot.stop()


async def test_chart_button_and_chart_command_send_a_photo(tg):
    bot = await _bot(tg)
    try:
        tg.push(tg.text_message("how many H100s for 100M users?"))
        await tg.wait_for(lambda: any(m.get("reply_markup") for m in tg.messages.values()))
        mid = _with_buttons(tg, 42)
        tg.push(tg.tap(dict(tg.buttons(42, mid))["📈 chart"], message_id=mid))
        await tg.wait_for(lambda: len(tg.photos(42)) == 1, timeout=20)
        photo = tg.photos(42)[0]
        assert photo["photo"].startswith(b"\x89PNG\r\n\x1a\n") and len(photo["photo"]) < 200_000
        assert ask("how many H100s for 100M users?")[1].headline.split(" (")[0] in photo["text"]
        assert "📈 chart" not in [label for label, _ in tg.buttons(42, photo["message_id"])]
        tg.push(tg.text_message("/chart What do 50,000 H100s cost?"))
        await tg.wait_for(lambda: len(tg.photos(42)) == 2, timeout=20)
        assert "50,000 H100 SXM" in tg.photos(42)[1]["text"]
        tg.push(tg.text_message("/chart how many MW do 100,000 H100s draw?"))
        await tg.wait_for(lambda: any("No chart" in x for x in tg.texts(42)), timeout=20)
    finally:
        await bot.stop()


async def test_language_button_switches_the_chat_and_answers_again(tg):
    bot = await _bot(tg)
    try:
        tg.push(tg.text_message("how many H100s for 100M users?"))
        await tg.wait_for(lambda: any(m.get("reply_markup") for m in tg.messages.values()))
        mid = _with_buttons(tg, 42)
        tg.push(tg.tap(dict(tg.buttons(42, mid))["🇨🇳 中文"], message_id=mid))
        await tg.wait_for(lambda: any("张H100" in x for x in tg.texts(42)))
        assert "已切换为中文。" in tg.texts(42)
        zh = _with_buttons(tg, 42)
        labels = dict(tg.buttons(42, zh))
        assert "English" in labels and "📈 图表" in labels
        # the new answer's buttons are live: a tap on one is answered, in Chinese
        n = len(tg.texts(42))
        tg.push(tg.tap(labels["H200"], message_id=zh))
        await tg.wait_for(lambda: len(tg.texts(42)) > n and "H200" in tg.texts(42)[-1])
        assert "张H200" in tg.texts(42)[-1]
    finally:
        await bot.stop()
