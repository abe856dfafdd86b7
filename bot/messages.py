"""Every user-facing string, English and Chinese, in one place."""

from __future__ import annotations

_M: dict[str, dict[str, str]] = {
    "assumptions": {"en": "Assumptions", "zh": "假设"},
    "steps": {"en": "How", "zh": "计算过程"},
    "references": {"en": "Published figures", "zh": "公开数据"},
    "notes": {"en": "Notes", "zh": "说明"},
    "change": {"en": "Change it", "zh": "可以这样改"},
    "explanation": {"en": "Explanation", "zh": "解释"},
    "from_notes": {"en": "from gpubot's built-in notes", "zh": "来自 gpubot 内置资料"},
    "from_llm": {"en": "explained by the language model; figures above are computed",
                 "zh": "由语言模型解释；上面的数字由计算器给出"},
    "llm_unavailable": {"en": "(The explanation is unavailable right now; the figures above "
                        "stand on their own.)",
                        "zh": "（暂时无法生成解释；上面的计算结果不受影响。）"},
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
}


def t(key: str, lang: str = "en") -> str:
    entry = _M[key]
    return entry.get(lang) or entry["en"]
