"""Every user-facing string, English and Chinese, in one place."""

from __future__ import annotations

from calc.script import localized
from calc.text import lang_of as calc_lang_of

_M: dict[str, dict[str, str]] = {
    "assumptions": {"en": "Assumptions", "zh": "假设"},
    "steps": {"en": "How", "zh": "计算过程"},
    "references": {"en": "Published figures", "zh": "公开数据"},
    "notes": {"en": "Notes", "zh": "说明"},
    "unused": {"en": "Not used", "zh": "未使用的输入"},
    "options": {"en": "Options", "zh": "各方案"},
    "change": {"en": "Change it", "zh": "可以这样改"},
    "assuming": {"en": "Assuming", "zh": "假设"},
    "unused_more": {"en": "• … and {n} more, listed in the details", "zh": "• ……另有{n}项，见详情"},
    "more_figures": {"en": "More figures", "zh": "更多数字"},
    "fu_stale": {"en": "That button belongs to an earlier answer. Ask again, or type the follow-up "
                 "(e.g. \"what about H200?\").",
                 "zh": "这个按钮属于之前的回答。请重新提问，或直接输入追问（例如“换成H200呢？”）。"},
    "no_chart": {"en": "No chart for this kind of question yet; charts cover fleet size, "
                 "purchase vs running cost, training time and growth.",
                 "zh": "这类问题暂时没有图表；图表支持集群规模、购置与运行成本、训练时间和增长。"},
    "chart_what": {"en": "Chart what? e.g. /chart how many H100s for 100M users?",
                   "zh": "画什么？例如 /chart 1亿用户需要多少张H100?"},
    "explanation": {"en": "Explanation", "zh": "解释"},
    "from_notes": {"en": "from gpubot's built-in notes", "zh": "来自 gpubot 内置资料"},
    "from_llm": {"en": "explained by the language model; figures above are computed",
                 "zh": "由语言模型解释；上面的数字由计算器给出"},
    "still_writing": {"en": "still writing…", "zh": "仍在生成……"},
    "llm_unavailable": {"en": "(The explanation is unavailable right now; the figures above "
                        "stand on their own.)",
                        "zh": "（暂时无法生成解释；上面的计算结果不受影响。）"},
    "narrative_cut.deadline": {"en": "(Cut short here: the explanation took too long.)",
                               "zh": "（解释用时过长，在此截断。）"},
    "narrative_cut.shutdown": {"en": "(Cut short here: the bot is restarting; ask again in a "
                               "minute.)",
                               "zh": "（机器人正在重启，解释在此中断，请稍后再问。）"},
    "no_notes": {"en": "I have no notes on that yet. Try asking about HBM, memory bandwidth, "
                 "training cost or the ChatGPT fleet.",
                 "zh": "我的资料里还没有这方面的内容。可以问 HBM、显存带宽、训练成本或 ChatGPT 算力。"},
    "internal_error": {"en": "Sorry, something went wrong on my side. Please try again.",
                       "zh": "抱歉，我这边出了点问题，请再试一次。"},
    "budget_spent": {"en": "You have used today's explanation budget; numbers still work. "
                     "It resets at midnight UTC.",
                     "zh": "今天的解释额度已用完；计算功能仍可使用，额度在 UTC 零点重置。"},
    "origin.question": {"en": "you", "zh": "来自问题"},
    "origin.conversation": {"en": "earlier", "zh": "沿用上文"},
    "origin.assumed": {"en": "set with /assume", "zh": "由 /assume 设置"},
    "origin.default": {"en": "default", "zh": "默认"},
    "origin.catalog": {"en": "catalog", "zh": "目录"},
    "origin.derived": {"en": "derived", "zh": "推导"},
    "origin.llm": {"en": "read by the LLM", "zh": "由语言模型提取"},
    "error": {"en": "Sorry:", "zh": "抱歉："},
    "not_numeric": {"en": "That does not look like a numeric question. Ask e.g. 'how many H100s "
                    "for 100M users?'",
                    "zh": "这看起来不是计算类问题。可以问：\"1亿用户需要多少张H100?\""},
}


def lang_of(text: str) -> str:
    """'zh' for a Chinese question, else 'en' (the bot's two languages; calc.text.lang_of)."""
    return calc_lang_of(text)


def t(key: str, lang: str = "en") -> str:
    entry = _M[key]
    return localized(entry.get(lang) or entry["en"], lang)

# Slack: the answer-first layout, the Details button and assistant threads (bot/frontends/slack/app.py)
_M.update({
    "slack.details": {"en": "Details", "zh": "详情"},
    "slack.details_of": {"en": "Details: {headline}", "zh": "详情：{headline}"},
    "slack.details_gone": {"en": "Those details are no longer available (the bot restarted or "
                           "the answer is old). Ask the question again for fresh ones.",
                           "zh": "这些详情已失效（机器人重启过或答案太旧）。请重新提问。"},
    "slack.more_figures": {"en": "Other figures", "zh": "其他数字"},
    "slack.more_assumptions": {"en": "+{n} more under Details", "zh": "另有 {n} 项，见详情"},
    "slack.status": {"en": "is working out the numbers…", "zh": "正在计算……"},
    "slack.status_writing": {"en": "is writing the explanation…", "zh": "正在撰写解释……"},
    "slack.status_chart": {"en": "is drawing the chart…", "zh": "正在绘制图表……"},
    "slack.chart_not_posted": {"en": "I could not post the chart here. Is gpubot in this "
                               "channel? Invite it, or ask in a DM.",
                               "zh": "无法在这里发布图表。gpubot 在这个频道里吗？请邀请它，或在私信中提问。"},
    "slack.chart_what": {"en": "Chart what? e.g. /gpubot chart how many H100s for 100M users?",
                         "zh": "画什么？例如 /gpubot chart 1亿用户需要多少张H100?"},
    "slack.prompts_title": {"en": "Try one of these · 试试这些", "zh": "试试这些 · Try one of these"},
    "slack.prompt.fleet": {"en": "How many H100s for 100M users?", "zh": "1亿用户需要多少张H100?"},
    "slack.prompt.train": {"en": "What did GPT-3 cost to train?", "zh": "训练GPT-3花了多少钱?"},
    "slack.prompt.why": {"en": "Why does ChatGPT drive HBM demand?",
                         "zh": "为什么ChatGPT带动HBM需求?"},
})

_M.update({
    "tg.start": {"en": "I size AI infrastructure: GPUs, servers, power and cost, with every "
                 "assumption shown, and explain the why.\n\nTry:\n• how many H100s for 100M "
                 "users?\n• what did GPT-3 cost to train?\n• why does ChatGPT drive HBM demand?"
                 "\n\n/help lists the commands.",
                 "zh": "我可以估算 AI 基础设施：GPU、服务器、电力和成本，并列出全部假设，"
                 "再解释原因。\n\n试试：\n• 1亿用户需要多少张H100?\n• 训练GPT-3花了多少钱?\n"
                 "• 为什么ChatGPT带动HBM需求?\n\n/help 查看命令。"},
    "not_allowed": {"en": "Sorry, this bot is private.", "zh": "抱歉，这是私有机器人。"},
    "slow_down": {"en": "You are asking faster than I can answer well; please wait a minute.",
                  "zh": "提问太快了，请稍等一分钟再问。"},
    "unsupported": {"en": "I read text only. Ask e.g. \"how many H100s for 100M users?\"",
                    "zh": "我只能读文字。可以问：\"1亿用户需要多少张H100?\""},
    "too_long": {"en": "That message is too long for me; please ask one question at a time.",
                 "zh": "消息太长了，请一次问一个问题。"},
    "ask_what": {"en": "Ask what? e.g. /ask how many H100s for 100M users?",
                 "zh": "问什么？例如 /ask 1亿用户需要多少张H100?"},
    "reset_done": {"en": "Forgotten: this chat's history and assumptions.",
                   "zh": "已清除本聊天的记录和假设。"},
    "lang_set": {"en": "Language set to English.", "zh": "已切换为中文。"},
    "lang_usage": {"en": "Use /lang en or /lang zh.", "zh": "用法：/lang en 或 /lang zh"},
    "admins_only": {"en": "That command is for admins.", "zh": "该命令仅限管理员。"},
    "assume_set": {"en": "Assumptions for this chat:", "zh": "本聊天的假设："},
    "thinking": {"en": "…", "zh": "…"},
})

# the commands every front end shares (bot/core/commands.py); "/assume" is written as in Telegram and
# the CLI; Slack takes the same words after /gpubot or a mention
_M.update({
    "cmd.help": {"en": "Ask in plain words, English or Chinese: \"how many H100s for 100M users?\", "
                 "\"what did GPT-3 cost to train?\", \"why does ChatGPT drive HBM demand?\". "
                 "Follow-ups keep the context: \"what about H200?\", \"and in fp8?\".\n\n"
                 "Commands (in Slack: /gpubot help, /gpubot assume …, or the same words after "
                 "@gpubot):\n"
                 "/help: this text\n"
                 "/assume: this chat's assumptions and what can be set\n"
                 "/assume queries=20 gpu=H200: set them · /assume clear [name]: clear\n"
                 "/lang en|zh: reply language\n"
                 "/reset: forget this chat (history, assumptions, language)\n"
                 "/gpus · /models: the catalog\n"
                 "/usage: LLM token use and cost today (admins)\n"
                 "Telegram also has /ask QUESTION and /calc QUESTION (numbers only); Slack has "
                 "/gpubot public QUESTION (visible to the channel).",
                 "zh": "用中文或英文直接提问：\"1亿用户需要多少张H100?\"、\"训练GPT-3花了多少钱?\"、"
                 "\"为什么ChatGPT带动HBM需求?\"。可以追问：\"换成B200呢?\"、\"用fp8呢?\"。\n\n"
                 "命令（在 Slack 中：/gpubot help、/gpubot assume …，或 @gpubot 后跟同样的词）：\n"
                 "/help：本说明\n"
                 "/assume：查看本聊天的假设及可设置项\n"
                 "/assume queries=20 gpu=H200：设置 · /assume clear [名称]：清除\n"
                 "/lang en|zh：回复语言\n"
                 "/reset：清除本聊天（记录、假设、语言）\n"
                 "/gpus · /models：目录\n"
                 "/usage：今天的语言模型用量与成本（管理员）\n"
                 "Telegram 另有 /ask 问题 和 /calc 问题（只算数字）；Slack 有 /gpubot public 问题"
                 "（频道内可见）。"},
    "cmd.unknown": {"en": "I do not know the command '{name}'. /help lists the commands.",
                    "zh": "没有“{name}”这个命令。/help 列出全部命令。"},
    "assume_cleared": {"en": "Cleared.", "zh": "已清除。"},
    "assume_cleared_all": {"en": "Cleared: this chat's assumptions; defaults apply.",
                           "zh": "已清除本聊天的全部假设，使用默认值。"},
    "assume_how": {"en": "Set with /assume queries=20 gpu=H200; clear with /assume clear or "
                   "/assume clear queries.",
                   "zh": "设置：/assume queries=20 gpu=H200；清除：/assume clear 或 "
                   "/assume clear queries。"},
    "assume_can_set": {"en": "What can be set (name: meaning, valid range):",
                       "zh": "可设置项（名称：含义，有效范围）："},
    "assume_example": {"en": "For example: /assume queries=20 gpu=H200 · /assume clear queries",
                       "zh": "例如：/assume queries=20 gpu=H200 · /assume clear queries"},
    "lang_now": {"en": "Replies are in English. Use /lang zh for Chinese.",
                 "zh": "当前用中文回复。用 /lang en 切换为英文。"},
    "usage_head": {"en": "LLM usage on {day} (UTC):", "zh": "{day}（UTC）的语言模型用量："},
    "usage_line": {"en": "{user}: {requests} requests, {prompt:,} in + {completion:,} out "
                   "tokens, ~US${cost:.4f}",
                   "zh": "{user}：{requests} 次请求，输入 {prompt:,} + 输出 {completion:,} "
                   "token，约 {cost:.4f} 美元"},
    "usage_none": {"en": "No LLM usage recorded on {day} (UTC).",
                   "zh": "{day}（UTC）没有语言模型用量记录。"},
    "cat.accelerators": {"en": "Accelerators (dense TFLOP/s · memory · bandwidth · power):",
                         "zh": "加速卡（稠密 TFLOP/s · 显存 · 带宽 · 功耗）："},
    "cat.models": {"en": "Models:", "zh": "模型："},
    "cat.params": {"en": "params", "zh": "参数"},
    "cat.active": {"en": "active", "zh": "激活"},
    "cat.models_size": {"en": "Or give a size: 'a 70B model', 'a MoE with 671B total and 37B "
                        "active'.",
                        "zh": "也可以直接给出规模：“一个70B的模型”、“总参数671B、激活37B的MoE”。"},
})

# charts (bot/render/charts.py): titles, axes and legends
_M.update({
    "chart.fleet_users.title": {"en": "GPUs needed vs {load}", "zh": "所需卡数与{load}"},
    "chart.users": {"en": "daily active users", "zh": "日活用户数"},
    "chart.qps": {"en": "queries per second", "zh": "每秒查询数"},
    "chart.queries_per_day": {"en": "queries per day", "zh": "每天查询数"},
    "chart.concurrent_users": {"en": "concurrent users", "zh": "并发用户数"},
    "chart.tokens_per_day": {"en": "tokens per day", "zh": "每天token数"},
    "chart.log": {"en": "{what} (log scale)", "zh": "{what}（对数刻度）"},
    "chart.gpus_needed": {"en": "GPUs needed", "zh": "所需卡数（张）"},
    "chart.asked": {"en": "your question", "zh": "你的问题"},
    "chart.capex_opex.title": {"en": "Purchase vs yearly electricity, {gpus}",
                               "zh": "采购成本与每年电费，{gpus}"},
    "chart.same_gpus": {"en": "{n} GPUs each", "zh": "各{n}张卡"},
    "chart.own_fleet": {"en": "each option's own fleet", "zh": "各方案自己的卡数"},
    "chart.capex": {"en": "purchase (chips)", "zh": "采购（芯片）"},
    "chart.opex": {"en": "electricity per year", "zh": "每年电费"},
    "chart.prices": {"en": "chip prices: catalog estimates", "zh": "芯片价格：目录估计"},
    "chart.usd": {"en": "US$ million", "zh": "百万美元"},
    "chart.training.title": {"en": "Training days vs GPU count", "zh": "训练天数与卡数"},
    "chart.gpu_count": {"en": "GPUs (log scale)", "zh": "卡数（对数刻度）"},
    "chart.days": {"en": "days to train (log scale)", "zh": "训练天数（对数刻度）"},
    "chart.growth.title": {"en": "Growth: doubling every {d} months vs Moore's law",
                           "zh": "增长：每{d}个月翻一番与摩尔定律"},
    "chart.months": {"en": "months", "zh": "月数"},
    "chart.factor": {"en": "growth (x, log scale)", "zh": "增长倍数（对数刻度）"},
    "chart.every": {"en": "doubling every {d} months", "zh": "每{d}个月翻一番"},
    "chart.moore": {"en": "Moore's law (every 24 months)", "zh": "摩尔定律（每24个月）"},
    "chart.ai": {"en": "AI compute (every 3.5 months)", "zh": "AI算力（每3.5个月）"},
})
