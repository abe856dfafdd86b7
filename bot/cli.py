"""The `gpubot` command line: ask, chat, catalog, check-config, and the front ends.

Thin over bot.core. Heavy imports (openai, telegram, slack) happen only in the commands
that need them, so `gpubot ask` on the calculator path starts fast.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Awaitable
from typing import TextIO, TypeVar

from bot.core.answer import Answer, ErrorInfo
from bot.core.conversation import CalcReady, Core, Finished, NarrativeDelta, Question, clean_text
from bot.render.json import to_dict
from bot.render.text import calc_text, render

T = TypeVar("T")

# what could make the settings differ from their defaults when no config file is given
_SETTINGS_ENV = ("OPENAI_API_KEY", "OPENAI_BASE_URL")


def build_core(config: str | None, *, db: str | None = None) -> Core:
    """The CLI's core: like the bots', but in-memory unless --db names a file. With no config
    file and no LLM in the environment every setting is its default, so the settings (and
    pydantic, ~0.2 s to import and build) are skipped: the core they would describe is the
    calculator with the built-in notes."""
    from bot.store import MemoryStore, open_sqlite

    store = open_sqlite(db) if db else MemoryStore()     # a bad file: one line, then memory
    if config is None and not any(os.environ.get(v) for v in _SETTINGS_ENV):
        from bot.core.narrator import NotesNarrator

        return Core(store=store, narrator=NotesNarrator())
    from bot.config import load_settings
    from bot.runner import build_core as core_for

    return core_for(load_settings(config), store)


def _print_answer(ans: Answer, as_json: bool, out: TextIO) -> None:
    if as_json:
        out.write(json.dumps(to_dict(ans), ensure_ascii=False) + "\n")
    else:
        out.write(render(ans) + "\n")
    out.flush()


async def _ask_streaming(core: Core, q: Question, out: TextIO) -> Answer:
    """Text mode: print the numbers at once, then the narrative as it streams."""
    from bot.core.messages import lang_of, t
    from calc.script import localized

    final: Answer | None = None
    started = False
    streamed = ""
    lang = lang_of(q.text)
    async for ev in core.stream(q):
        if isinstance(ev, CalcReady):
            a = ev.answer
            if a.result is not None:
                out.write(calc_text(a.result, a.lang) + "\n")
            if a.error is not None:
                sep = "" if a.lang == "zh" else " "
                out.write(localized(f"{t('error', a.lang)}{sep}{a.error.message}\n", a.lang))
            out.flush()
        elif isinstance(ev, NarrativeDelta):
            if not started:
                out.write(f"\n{t('explanation', lang)}:\n")
                started = True
            out.write(localized(ev.text, lang))
            streamed += ev.text
            out.flush()
        elif isinstance(ev, Finished):
            final = ev.answer
            if final.narrative is not None and not started:
                out.write(f"\n{t('explanation', final.lang)}:\n{final.narrative.text}")
            elif final.narrative is not None:
                # a cut or failed stream ends with a note the deltas did not carry
                text, shown = final.narrative.text, streamed.strip()
                out.write(text[len(shown):] if text.startswith(shown) else f"\n\n{text}")
            if final.narrative is not None:
                out.write("\n")
    assert final is not None
    return final


async def _closing(core: Core, work: Awaitable[T]) -> T:
    """The work, then the store closed (its connection ends with the event loop)."""
    try:
        return await work
    finally:
        await core.store.close()


def cmd_ask(args: argparse.Namespace) -> int:
    args.question = " ".join(args.question)
    core = build_core(args.config)
    q = Question(text=args.question)
    try:
        if args.json:
            ans = asyncio.run(_closing(core, core.answer(q)))
            _print_answer(ans, True, sys.stdout)
        else:
            ans = asyncio.run(_closing(core, _ask_streaming(core, q, sys.stdout)))
        if args.chart:
            _write_chart(ans, args.chart)
    except BrokenPipeError:
        raise
    except Exception:  # the last line of defence: never a traceback for a user
        import logging

        logging.getLogger("gpubot").exception("ask failed")
        ans = Answer(question=clean_text(args.question), route="none",
                     error=ErrorInfo("internal", "Sorry, something went wrong. Please try again."))
        _print_answer(ans, args.json, sys.stdout)
    return 0


def _write_chart(ans: Answer, path: str) -> None:
    """--chart PATH: the answer's chart as a PNG (matplotlib is loaded only here); a note on
    stderr when the answer has none."""
    from bot.core.messages import t
    from bot.render import charts

    try:
        chart = charts.render(ans)
    except charts.NoChart:
        print(t("no_chart", ans.lang), file=sys.stderr)
        return
    with open(path, "wb") as f:
        f.write(chart.png)
    print(f"{chart.title}: {path}", file=sys.stderr)


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.core.commands import Commands, parse
    from bot.core.messages import lang_of

    core = build_core(args.config, db=args.db)
    commands = Commands(core)
    interactive = sys.stdin.isatty() and not args.json

    async def run() -> None:
        while True:
            if interactive:
                sys.stdout.write("gpubot> ")
                sys.stdout.flush()
            line = await asyncio.to_thread(sys.stdin.readline)
            if not line:
                break
            text = clean_text(line).strip()
            if not text:
                continue
            if text in ("/quit", "/exit", "quit", "exit"):
                break
            q = Question(text=text, platform="cli", chat=args.chat)
            try:
                cmd = parse(text) if text.startswith("/") else None
                if cmd is not None:     # the console's user is its admin
                    reply = await commands.run(key=q.key, user=q.user, is_admin=True,
                                               lang=lang_of(text), name=cmd.name, arg=cmd.arg)
                    if not args.json:
                        sys.stdout.write(reply + "\n\n")
                        sys.stdout.flush()
                        continue
                    out = to_dict(Answer(question=text, route="none")) | {"text": reply}
                    sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
                    sys.stdout.flush()
                    continue
                if args.json:
                    ans = await core.answer(q)
                else:
                    await _ask_streaming(core, q, sys.stdout)
                    sys.stdout.write("\n")
                    continue
            except BrokenPipeError:
                raise
            except Exception:
                import logging

                logging.getLogger("gpubot").exception("chat failed")
                ans = Answer(question=text, route="none",
                             error=ErrorInfo("internal", "Sorry, something went wrong."))
            _print_answer(ans, args.json, sys.stdout)

    async def run_and_close() -> None:
        try:
            await run()
        finally:
            await core.store.close()

    asyncio.run(run_and_close())
    return 0


def cmd_catalog(args: argparse.Namespace) -> int:
    from calc.catalog import load

    cat = load()
    if args.json:
        data = {
            "accelerators": [{"id": a.id, "name": a.name, "mem_gb": a.mem_gb, "bw_tbs": a.bw_tbs,
                              "tflops": a.tflops, "tdp_w": a.tdp_w, "source": a.source,
                              "as_of": a.as_of} for a in cat.accelerators.values()],
            "models": [{"id": m.id, "name": m.name, "params_b": m.params_b,
                        "active_params_b": m.active_params_b, "source": m.source,
                        "as_of": m.as_of} for m in cat.models.values()],
        }
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    print("Accelerators (dense TFLOP/s; memory GB; bandwidth TB/s):")
    for a in cat.accelerators.values():
        bf = a.tflops.get("bf16") or a.tflops.get("fp16") or 0
        fp8 = a.tflops.get("fp8")
        print(f"  {a.short:<12} {a.mem_gb:>5g} GB {a.bw_tbs:>6.2f} TB/s  BF16 {bf:>7,.0f}"
              f"{f'  FP8 {fp8:,.0f}' if fp8 else ''}  {a.tdp_w:,.0f} W   [{a.source}; {a.as_of}]")
    print("\nModels (parameters):")
    for m in cat.models.values():
        act = f" ({m.active_params_b:g}B active)" if m.active_params_b else ""
        print(f"  {m.short:<16} {m.params_b:>6g}B{act}   [{m.source}]")
    return 0


def cmd_check_config(args: argparse.Namespace) -> int:
    """Exit 0 when the file is valid (warnings may be printed), 2 when it is not."""
    from bot.config import check_file

    problems = check_file(args.path)
    errors = [p for p in problems if not p.startswith("warning:")]
    for p in problems:
        print(p)
    if errors:
        n = len(errors)
        print(f"{args.path}: {'1 problem' if n == 1 else f'{n} problems'}. Fix "
              f"{'it' if n == 1 else 'them'} (config.example.toml documents every key and its "
              f"default), then run `gpubot check-config {args.path}` again.")
        return 2
    print(f"{args.path}: OK")
    return 0


def _serve(args: argparse.Namespace, names: list[str] | None) -> int:
    from bot.config import ConfigError, load_settings
    from bot.logs import setup_logging
    from bot.runner import serve

    settings = load_settings(args.config)
    if names is None:
        names = [n for n in ("telegram", "slack") if getattr(settings, n).enabled]
    missing = settings.requirements(names)
    if missing:
        raise ConfigError.many(missing, args.config)
    setup_logging(settings)
    return asyncio.run(serve(settings, names))


def cmd_telegram(args: argparse.Namespace) -> int:
    return _serve(args, ["telegram"])


def cmd_slack(args: argparse.Namespace) -> int:
    return _serve(args, ["slack"])


def cmd_run(args: argparse.Namespace) -> int:
    return _serve(args, None)


def cmd_health(args: argparse.Namespace) -> int:
    from bot.config import load_settings
    from bot.health import check

    settings = load_settings(args.config)
    host = settings.health.listen
    host = "127.0.0.1" if host in ("0.0.0.0", "", "::") else host
    ok, body = check(f"http://{host}:{settings.health.port}/healthz")
    print(body)
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="gpubot", description="Size AI infrastructure: numbers "
                                "from a calculator, explanations from an LLM or built-in notes.")
    p.add_argument("--config", default=os.environ.get("GPUBOT_CONFIG") or None,
                   help="path to config.toml (default: $GPUBOT_CONFIG, else none; the "
                        "conventional environment variables still apply)")
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("ask", help="answer one question")
    a.add_argument("question", nargs="+", help="the question; quotes are optional")
    a.add_argument("--json", action="store_true", help="print one JSON object")
    a.add_argument("--chart", metavar="PNG", help="also draw the answer's chart into this file")
    a.set_defaults(fn=cmd_ask)
    c = sub.add_parser("chat", help="answer questions line by line; follow-ups keep context")
    c.add_argument("--json", action="store_true", help="one JSON object per input line")
    c.add_argument("--db", help="SQLite file to keep the conversation (default: in memory)")
    c.add_argument("--chat", default="local", help="conversation id within the store")
    c.set_defaults(fn=cmd_chat)
    g = sub.add_parser("catalog", help="list accelerators and models with sources")
    g.add_argument("--json", action="store_true")
    g.set_defaults(fn=cmd_catalog)
    k = sub.add_parser("check-config", help="validate a config file")
    k.add_argument("path")
    k.set_defaults(fn=cmd_check_config)
    for name, fn, text in (("telegram", cmd_telegram, "run the Telegram bot"),
                           ("slack", cmd_slack, "run the Slack app"),
                           ("run", cmd_run, "run every front end enabled in the config"),
                           ("health", cmd_health, "check a running gpubot (exit 0 when healthy)")):
        sp = sub.add_parser(name, help=text)
        sp.set_defaults(fn=fn)
    args = p.parse_args(argv)
    try:
        return int(args.fn(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a config error: what is wrong, by its dotted key, and what to do
        from bot.config import ConfigError

        if isinstance(exc, ConfigError):
            print(exc.explain(), file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
