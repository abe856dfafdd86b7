"""Every user-facing string, English and Chinese, in one place."""

from __future__ import annotations

_M: dict[str, dict[str, str]] = {
    "assumptions": {"en": "Assumptions", "zh": "假设"},
    "steps": {"en": "How", "zh": "计算过程"},
    "references": {"en": "Published figures", "zh": "公开数据"},
    "notes": {"en": "Notes", "zh": "说明"},
    "unused": {"en": "Not used", "zh": "未使用的输入"},
    "options": {"en": "Options", "zh": "各方案"},
    "change": {"en": "Change it", "zh": "可以这样改"},
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
    """'zh' when the text has Chinese characters, else 'en' (the bot's two languages)."""
    return "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"


def t(key: str, lang: str = "en") -> str:
    entry = _M[key]
    return entry.get(lang) or entry["en"]

_M.update({
    "tg.start": {"en": "I size AI infrastructure: GPUs, servers, power and cost, with every "
                 "assumption shown, and explain the why.\n\nTry:\n• how many H100s for 100M "
                 "users?\n• what did GPT-3 cost to train?\n• why does ChatGPT drive HBM demand?"
                 "\n\n/help lists the commands.",
                 "zh": "我可以估算 AI 基础设施：GPU、服务器、电力和成本，并列出全部假设，"
                 "再解释原因。\n\n试试：\n• 1亿用户需要多少张H100?\n• 训练GPT-3花了多少钱?\n"
                 "• 为什么ChatGPT带动HBM需求?\n\n/help 查看命令。"},
    "tg.help": {"en": "Ask in plain words, English or Chinese. Follow-ups work: \"what about "
                "H200?\", \"and in fp8?\".\n/ask <question> · /calc <question> (numbers only)\n"
                "/gpus · /models: the catalog\n/assume queries=20 peak=3: this chat's assumptions"
                "\n/reset: forget this chat · /lang en|zh · /usage (admins)",
                "zh": "用中文或英文直接提问，可以追问：\"换成B200呢?\"、\"用fp8呢?\"。\n"
                "/ask <问题> · /calc <问题>（只算数字）\n/gpus · /models：目录\n"
                "/assume queries=20 peak=3：本聊天的假设\n/reset：清除本聊天 · /lang en|zh · "
                "/usage（管理员）"},
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

_M.update({
    "slack.help": {"en": "Ask me to size AI infrastructure, in plain words:\n"
                   "• `/gpubot how many H100s for 100M users?`\n"
                   "• `/gpubot what did GPT-3 cost to train?`\n"
                   "• `/gpubot public what do 25,000 H100s cost in RMB?` (visible to the channel)\n"
                   "Mention me in a channel to answer in a thread; follow-ups in the thread keep "
                   "the context (\"what about H200?\"). DMs work too.",
                   "zh": "直接用中文或英文提问：\n• `/gpubot 1亿用户需要多少张H100?`\n"
                   "• `/gpubot public 25000张H100多少钱?`（频道内可见）\n"
                   "在频道里 @我 会在话题中回答，话题里可以继续追问。也可以私信我。"},
})
