"""Charts (issue 12): valid, small PNGs, drawn fast enough, whose plotted data are the
calculator's own figures (checked against the typed questions that ask for each point, never
read back from pixels), with Chinese labels only where a CJK font can draw them."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import time

import pytest

from bot.core.conversation import Core, Question
from bot.render import charts
from calc import ask
from tests.conftest import ROOT

CJK = re.compile(r"[\u4e00-\u9fff]")
CASES = {
    "fleet_users": "how many H100s for 100M users?",
    "capex_opex": "What do 50,000 H100s cost?",
    "training_days": "How long to train a 70B model on 15T tokens with 2,048 H100s at 40% MFU?",
    "growth": "doubles every 3.5 months: how much in 2 years?",
}


async def answer(text: str):
    return await Core().answer(Question(text))


# Drawing costs 0.1-0.3 s of CPU a chart (the first about 1 s more: matplotlib's import), and a
# chart is the same bytes every time it is drawn from the same answer (asserted below): each
# question's chart is drawn once per worker and read by every test that checks its data. The
# module runs whole on one worker under `make test` (conftest.SHARED_WORK).
_drawn: dict[str, charts.Chart] = {}


async def drawn(text: str) -> charts.Chart:
    if text not in _drawn:
        _drawn[text] = charts.render(await answer(text))
    return _drawn[text]


def point(series: charts.Series, x: float | str) -> float:
    for sx, sy in zip(series.x, series.y, strict=True):
        if sx == x or (isinstance(sx, float) and isinstance(x, float) and abs(sx - x) <= 1e-9 * x):
            return sy
    raise KeyError(x)


def by_name(chart: charts.Chart, name: str) -> charts.Series:
    return next(s for s in chart.series if s.name == name)


@pytest.mark.parametrize("kind", list(CASES))
async def test_png_is_valid_small_and_quick(kind):
    from PIL import Image

    ans = await answer(CASES[kind])
    assert charts.chart_kind(ans) == kind
    first = await drawn(CASES[kind])         # the first render pays for matplotlib's import
    # CPU time, not wall time: other processes on a busy machine (the suite's own parallel
    # workers) can stretch the wall clock many times, but not the work the drawing does
    started = time.process_time()
    chart = charts.render(ans)
    took = time.process_time() - started
    assert chart == first                    # the same answer draws the same chart, byte for byte
    print(f"{kind}: {took * 1000:.0f} ms, {len(chart.png) / 1024:.0f} KB")
    assert chart.png.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(io.BytesIO(chart.png)) as img:
        img.verify()
    with Image.open(io.BytesIO(chart.png)) as img:
        assert img.size[0] >= 600 and img.size[1] >= 400       # readable on a phone
    assert len(chart.png) < 200_000
    assert took < 5.0                        # generous: about 0.2-0.5 s of CPU on a 2-core machine
    assert chart.kind == kind and chart.title and chart.series


async def test_fleet_curves_are_the_calculators_fleets():
    chart = await drawn(CASES["fleet_users"])
    h100, h200 = by_name(chart, "H100 SXM"), by_name(chart, "H200 SXM")
    assert len(chart.series) >= 4                       # the asked one and 3 alternatives
    asked = ask(CASES["fleet_users"])[1].value("gpus")
    assert chart.marked == (1e8, asked) and point(h100, 1e8) == asked
    assert point(h100, 1e9) == ask("how many H100s for 1B users?")[1].value("gpus")
    previous = ask(CASES["fleet_users"])[0]
    assert point(h200, 1e8) == ask("what about H200?", previous)[1].value("gpus")
    assert "GPT-3 175B" in chart.labels[1] and "FP8" in chart.labels[1]     # the title says so
    assert "log scale" in chart.xlabel and chart.ylabel == "GPUs needed"


async def test_purchase_and_electricity_bars_are_the_calculators_costs():
    chart = await drawn(CASES["capex_opex"])
    capex, opex = chart.series
    assert capex.x[0] == "H100 SXM" and "B200" in capex.x
    assert point(capex, "H100 SXM") == ask("What do 50,000 H100s cost?")[1].value("cost_usd")
    assert point(capex, "B200") == ask("What do 50,000 B200s cost?")[1].value("cost_usd")
    assert point(opex, "H100 SXM") == ask("how many MW do 50,000 H100s draw?")[1].value("cost_usd")
    assert "50,000 GPUs each" in chart.title and chart.ylabel == "US$ million"


async def test_training_days_are_the_calculators_days():
    chart = await drawn(CASES["training_days"])
    h100 = by_name(chart, "H100 SXM")
    asked = ask(CASES["training_days"])[1].value("train_days")
    assert chart.marked == (2048.0, asked) and point(h100, 2048.0) == asked
    more = ask("How long to train a 70B model on 15T tokens with 4,096 H100s at 40% MFU?")
    assert point(h100, 4096.0) == more[1].value("train_days")


async def test_growth_curves_are_the_calculators_factors():
    chart = await drawn(CASES["growth"])
    ai, moore = chart.series
    assert point(ai, 24.0) == ask(CASES["growth"])[1].value("growth_factor")
    assert point(moore, 24.0) == pytest.approx(2.0)
    assert chart.marked == (24.0, point(ai, 24.0))


async def test_english_charts_draw_no_chinese():
    for text in CASES.values():
        chart = await drawn(text)
        assert chart.lang == "en" and not any(CJK.search(x) for x in chart.labels)


async def test_a_chinese_chart_has_chinese_labels_when_a_cjk_font_is_installed():
    if charts.cjk_font() is None:
        pytest.skip("no CJK font installed (Debian: fonts-wqy-microhei); English labels are used")
    chart = charts.render(await answer("1亿用户需要多少张H100?"))
    assert chart.lang == "zh"
    assert CJK.search(chart.title) and CJK.search(chart.xlabel) and CJK.search(chart.ylabel)
    assert point(by_name(chart, "H100 SXM"), 1e8) == ask("1亿用户需要多少张H100?")[1].value("gpus")


async def test_without_a_cjk_font_a_chinese_answer_gets_english_labels(monkeypatch):
    monkeypatch.setattr(charts, "cjk_font", lambda: None)
    chart = charts.render(await answer("1亿用户需要多少张H100?"))
    assert chart.lang == "en" and not any(CJK.search(x) for x in chart.labels)


async def test_answers_without_a_chart_say_so():
    ans = await answer("how many MW do 100,000 H100s draw?")
    assert charts.chart_kind(ans) is None
    with pytest.raises(charts.NoChart):
        charts.render(ans)


def test_the_text_path_never_imports_matplotlib():
    code = ("import sys; from bot.cli import main; import bot.frontends.telegram.app, bot.render.charts; "
            "main(['ask', 'how many H100s for 100M users?']); "
            "assert 'matplotlib' not in sys.modules, 'matplotlib imported'")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]


def test_cli_chart_writes_a_png(tmp_path, capsys):
    from bot.cli import main

    out = tmp_path / "fleet.png"
    assert main(["ask", "--chart", str(out), "how many H100s for 100M users?"]) == 0
    assert out.read_bytes().startswith(b"\x89PNG")
    from calc import ask

    assert ask("how many H100s for 100M users?")[1].headline in capsys.readouterr().out
