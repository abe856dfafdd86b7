"""A clean stop is quiet (issue 10 item 5): the real process, SIGTERM while it long-polls and
while an answer is being sent, exits 0 and logs no ERROR or CRITICAL line and no traceback
(operators read those as incidents)."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

import pytest

from tests.conftest import ROOT

LOUD = (" ERROR ", " CRITICAL ", "Traceback")


async def _run_and_stop(tg, tmp_path, *, mid_answer: bool) -> tuple[int, str]:
    from tests.bot.test_telegram import _free_port

    # the health port from the OS, not the default 8080: another bot process (the other case of
    # this test in a parallel worker, another checkout's tests) may hold that one
    cfg = tmp_path / "config.toml"
    cfg.write_text(f"""
[bot]
data_dir = "{tmp_path}"
[telegram]
enabled = true
token = "{tg.token}"
api_base_url = "{tg.url}"
[health]
port = {_free_port()}
""")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "--config", str(cfg),
                                                "telegram", cwd=ROOT, env=env,
                                                stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.PIPE)
    try:
        polls = len(tg.of("getUpdates"))
        # a long poll is open on the fake (the second getUpdates: the first answered at once)
        await tg.wait_for(lambda: len(tg.of("getUpdates")) >= polls + 2, timeout=60)
        if mid_answer:
            tg.push(tg.text_message("how many H100s for 100M users, and why HBM?"))
            await tg.wait_for(lambda: tg.of("sendMessage", 42), timeout=60)
        proc.send_signal(signal.SIGTERM)
        rc = await asyncio.wait_for(proc.wait(), 60)
        err = (await proc.stderr.read()).decode()
        return rc, err
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


@pytest.mark.parametrize("mid_answer", [False, True], ids=["polling", "answering"])
async def test_sigterm_is_quiet_and_exits_0(tg, tmp_path, mid_answer):
    rc, err = await _run_and_stop(tg, tmp_path, mid_answer=mid_answer)
    loud = [line for line in err.splitlines() if any(w in line for w in LOUD)]
    assert rc == 0 and not loud, err
    assert "stopping: finishing replies" in err        # it did take the signal
