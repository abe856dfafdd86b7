"""Vietnamese quantity words in a question ("2 tỷ tokens output mỗi ngày", "rent vs buy for 2 năm", "cần bao
nhiêu con 4090?"): the period, the counted thing, the hedges and the few verbs the rules key on, said in
English, so that every rule reads them as it reads English (as calc/malay does for Indonesian and Malay).
Only the words that carry a quantity's meaning are rewritten, never the numbers ("triệu", "tỷ" and "nghìn",
and the "tr" of "3.5tr DAU", are scale words calc/numbers reads itself); a message is rewritten only when it
shows the language (one of its common words written with a letter only Vietnamese has, or two of them). Every
character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

# words that show the message is (partly) in Vietnamese
_COMMON = rx.compile(r"(?<![\w])(?:của|các|mỗi|ngày|người|nhiêu|cần|năm|tháng|giờ|khoảng|tầm|dùng|chạy|trên|"
                     r"tụi|em|anh|chị|vậy|mấy|khách|hàng|đang|với|và|được|nếu|luôn|điện|giá|thuê|mua|"
                     r"bao|cho|không|hay|thì|là|ơi|nhé|ạ|tuần)(?![\w])", re.IGNORECASE)
_SHARED = {"em", "anh", "bao", "cho", "hay", "la"}
# letters only Vietnamese writes among the languages read in English
_LETTERS = "ơưăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"

_REWRITES: list[tuple[str, str]] = [
    # ("năng lượng cho mỗi 1.000 token": per; "Growth như vậy là bao nhiêu % mỗi năm": what %)
    (r"\b(?:được\s+)?(?:bao\s+nhiêu|mấy)\s+token\b", "how many tokens"),
    # (round 105: "giá vốn cho mỗi triệu token": the cost per million tokens)
    (r"\b(?:cho\s+)?(?:mỗi|moi)\s+(?:triệu|trieu)\b", "per million"), (r"\bgiá\s+vốn\b", "cost"),
    (r"\bcho\s+mỗi\b", "per"),
    (r"\bbao\s+nhiêu\s*%", "what %"), (r"\bnhư\s+vậy\s+là\b", "is"),
    # ("MFU cao hơn 8 điểm", "MFU tốt hơn 25% so với trước": the change said after the MFU, as English says
    # it)
    (r"\bmfu\s+cao\s+hơn\s+(\d+(?:[.,]\d+)?)\s*điểm\b", r"MFU \1 points higher"),
    (r"\bmfu\s+(?:tốt|cao)\s+hơn\s+(\d+(?:[.,]\d+)?\s*%)", r"MFU \1 better"),
    (r"\btổng\s+(?:hết|cộng)\b", "total"), (r"\bhết\b", "total"), (r"\bđược\s+(?=discount|giảm)", ""),
    (r"\btính\s+giúp\s+(?:em|mình|tôi)\b", "compute"), (r"\bkhi\s+chạy\b", "when running"),
    # a time from now ("2 năm nữa", "6 tháng nữa": in 2 years, in 6 months) and how long ("bao lâu", "mấy
    # năm")
    (r"\b(\d+(?:[.,]\d+)?)(\s*)năm\s+nữa\b", r"in \1\2years"),
    (r"\b(\d+(?:[.,]\d+)?)(\s*)tháng\s+nữa\b", r"in \1\2months"),
    (r"\bbao\s+lâu\b", "how long"), (r"\b(?:bao\s+nhiêu|mấy)\s+ngày\b", "how many days"),
    (r"\b(?:bao\s+nhiêu|mấy)\s+năm\b", "how many years"),
    (r"\b(?:bao\s+nhiêu|mấy)\s+tháng\b", "how many months"),
    # ("doubling 6 tháng một lần": every 6 months; "tăng 10.000 lần": grows 10,000x; "nhanh gấp 3 lần": 3x
    # faster;
    # "đắt gấp 5 lần DRAM": 5x DRAM's price; "15 lần mỗi ngày": 15 times a day)
    (r"\b(\d+(?:[.,]\d+)?)(\s*)tháng\s+một\s+lần\b", r"every \1\2months"),
    (r"\bmỗi\s+(?=\d+(?:[.,]\d+)?\s*(?:tháng|năm|ngày|tuần)\b)", "every "),
    (r"\bnhanh\s+(?:hơn\s+)?gấp\s+(\d+(?:[.,]\d+)?)\s*lần\b", r"\1x faster"),
    (r"\bnhanh\s+hơn\s+(\d+(?:[.,]\d+)?)\s*lần\b", r"\1x faster"),
    (r"\bđắt\s+(?:hơn\s+)?gấp\s+(\d+(?:[.,]\d+)?)\s*lần\b", r"costs \1x"),
    (r"\btăng\s+(?:gấp\s+)?(\d+(?:[.,]\d+)?)\s*lần\b", r"grow \1x"),
    (r"\bgấp\s+(\d+(?:[.,]\d+)?)\s*lần\b", r"\1x"), (r"(?<=\d)(\s*)lần\b", r"\1times"),
    # hours and years of a card ("GPU-giờ", "chip-giờ", "GPU-năm")
    (r"(?<=[a-z])-giờ\b", "-hours"), (r"(?<=[a-z])-năm\b", "-years"),
    # periods ("mỗi ngày", "/ngày", "2 năm", "mấy ngày?")
    (r"(?<=/)\s*ngày\b", "day"), (r"(?<=/)\s*tháng\b", "month"), (r"(?<=/)\s*năm\b", "yr"),
    (r"(?<=/)\s*giờ\b", "hr"),
    (r"\b(?:mỗi|mọi|hàng)\s+ngày\b|\bmột\s+ngày\b", "per day"),
    (r"\b(?:mỗi|hàng)\s+tháng\b|\bmột\s+tháng\b", "per month"),
    (r"\b(?:mỗi|hàng)\s+năm\b|\bmột\s+năm\b", "per year"), (r"\bmỗi\s+giờ\b", "per hour"),
    (r"(?<=\d)(\s*)ngày\b", r"\1days"), (r"(?<=\d)(\s*)tháng\b", r"\1months"),
    (r"(?<=\d)(\s*)năm\b", r"\1years"),
    (r"(?<=\d)(\s*)tuần\b", r"\1weeks"), (r"(?<=\d)(\s*)giờ\b", r"\1hours"),
    (r"\bmấy\s+ngày\b", "how many days"),
    # who and what is counted; "con" counts things ("bao nhiêu con 4090": how many 4090)
    (r"\bngười\s+dùng\b", "users"), (r"\bkhách\s+hàng\b", "customers"), (r"\bcâu\s+hỏi\b", "questions"),
    (r"\bngười\b", "people"), (r"\bcon\s+(?=(?:[a-z]+\s*)?\d)", ""),
    # ("20 câu mỗi ngày", "80 nghìn học viên", "63 chi nhánh", "20 nghìn nhân viên", "20 thí nghiệm", "4 cái",
    # "1 token ~ 0,75 từ", "6.000 ký tự tiếng Anh", "3.000 chữ Hán", "200 nghìn tài liệu")
    (r"\bcâu\s+trả\s+lời\b|\btrả\s+lời\b", "answer"), (r"\bmỗi\s+chi\s+nhánh\b", "each branch"),
    (r"(?<=\d)(\s*)câu\b", r"\1questions"), (r"\bcâu\b", "questions"),
    (r"\bhọc\s+viên\b|\bsinh\s+viên\b|\bhọc\s+sinh\b", "students"), (r"\bchi\s+nhánh\b", "branches"),
    (r"\bnhân\s+viên\b", "employees"), (r"\bthí\s+nghiệm\b", "experiments"), (r"\btài\s+liệu\b", "documents"),
    (r"\bmua\s+(\d+)\s*cái\b", r"buy \1 of them"), (r"(?<=\d)(\s*)cái\b", r"\1units"),
    (r"(?<=\d)(\s*)card\b", r"\1cards"),
    (r"\bký\s+tự\s+tiếng\s+anh\b", "English characters"), (r"\bký\s+tự\b", "characters"),
    (r"\bchữ\s+hán\b", "Chinese characters"), (r"(?<=\d)(\s*)chữ\b", r"\1characters"),
    (r"(?<=\d)(\s*)từ\b", r"\1words"), (r"\btệ\b", "yuan"),
    (r"\bcộng\s+thêm\b", "plus"), (r"\bcho\s+server\s+(?:với|và)\s+network\b", "for servers and network"),
    (r"\bdành\s+(?=\d)", "allocate "), (r"(?<=%)\s*cho\b", " for"), (r"\bgọi\s+vốn\s+được\b", "raised"),
    (r"\bđược\s+cấp\b", "granted"), (r"\bquy\s+đổi\b", "counts"),
    # a run before and now ("Hồi trước dùng V100 … mất 11 ngày", "Run cũ … mất 30 ngày, run mới mất bao lâu",
    # "chạy lại job đó", "đổi sang cùng số card", "để tương đương 2.000 card H100")
    (r"\bhồi\s+trước\b|\btrước\s+đây\b", "previously"), (r"\brun\s+cũ\b", "the previous run"),
    (r"\brun\s+trước\b", "the previous run"), (r"\brun\s+mới\b", "the new run"),
    (r"\bmất\s+(?=[~\d])", "took "), (r"\bchạy\s+lại\b", "rerun"), (r"\bđổi\s+sang\b", "switch to"),
    (r"\bcùng\s+số\s+card\b", "the same number of cards"), (r"\bđể\s+tương\s+đương\b", "to match"),
    (r"\bkhi\s+train\b", "for training"),
    # MFU changed ("tối ưu MFU lên 45%", "MFU cao hơn 8 điểm", "MFU tốt hơn 25% so với trước")
    (r"\b(?:tối\s+ưu|tăng)\s+mfu\s+lên\b", "raise MFU to"), (r"(?<=\d)(\s*)điểm\b", r"\1points"),
    (r"\bcao\s+hơn\b", "higher"), (r"\btốt\s+hơn\b", "better"), (r"\bso\s+với\s+trước\b", "than before"),
    (r"\btiết\s+kiệm\s+được\b", "saves"), (r"\bcòn\b", "then"),
    # asked and said ("có đúng không", "có đủ không", "có rẻ hơn không", "báo là", "chỉ trong 5 ngày",
    # "kế hoạch lên 2 triệu user trong 18 tháng", "Theo giá năm 2023")
    (r"\bcó\s+đúng\s+không\b", "is that right"), (r"\bcó\s+đủ\s+không\b", "is it enough"),
    (r"\bcó\s+rẻ\s+hơn\s+không\b", "is it cheaper"), (r"\brẻ\s+hơn\b", "cheaper"),
    (r"\btỷ\s+giá\b", "exchange rate"), (r"\bbáo\s+giá\b", "quote"),
    (r"\bbáo\s+là\b|\bbảo\b|\bnói\b", "says"),
    (r"\bchỉ\s+trong\b", "in just"), (r"\btrong\s+(?=\d)", "in "), (r"\blên\s+(?=[~\d])", "to "),
    (r"\btheo\s+giá\s+năm\b", "at the prices of"), (r"\bđang\s+có\b", "have"),
    (r"\bhiện\s+(?:tại\s+)?dùng\b", "currently using"), (r"\bhiện\s+tại\b", "currently"),
    (r"\bhỏi\b", "asks"), (r"\bxài\b", "use"), (r"\btự\s+host\b", "self-host"),
    (r"\bnăng\s+lượng\b", "energy"), (r"\bmỗi\s+triệu\b", "per million"),
    (r"\btoken\s+(output|input)\b(?!\s*[:=]?\s*[~\d])", r"\1 tokens"), (r"\btóm\s+tắt\s+ra\b", "output"),
    # hedges, "each", the asked and the done
    (r"\b(?:khoảng|tầm|cỡ|chừng)\s*(?=[~$€£\d])", "about "), (r"\bmỗi\b", "each"),
    (r"\bbao\s+nhiêu\b|\bmấy\b", "how many"), (r"\bcần\b", "need"),
    (r"\btrên\s+(?=[a-z]+[- ]?\d|[~\d]|card|server|gpu|tpu)", "on "), (r"\bcho\s+mỗi\b", "per"),
    (r"\bcho\s+(?=[~\d])", "for "), (r"\bnếu\s+có\b", "if we have"), (r"\bnếu\b", "if"), (r"\bthì\b", ","),
    (r"\bkế\s+hoạch\s+lên\b", "plan to grow to"), (r"\bmuốn\b", "want to"), (r"\bmua\s+được\b", "can buy"),
    (r"\bđịnh\b", "plan to"), (r"\bdự\s+kiến\b", "expected"), (r"\bhứa\b", "promises"),
    (r"\brun\s+này\b", "this run"), (r"\btổng\s+chi\s+phí\b", "total cost"), (r"\bchi\s+phí\b", "cost"),
    (r"\btốn\b", "costs"), (r"\bcó\s+(?=[~\d])", "has "), (r"\bbên\s+(?:em|mình|tôi|tao)\b", "we"),
    (r"\bquy\s+ra\b", "in"), (r"\btriển\s+khai\s+ở\b", "deploy at"), (r"\bxử\s+lý\b", "process"),
    (r"\btiếng\s+trung\b", "Chinese"), (r"\bxong\b", ""), (r"\btốc\s+độ\b", ""),
    (r"\bmất\s+(?=how|bao)", "takes "), (r"\btổng\b", "total"), (r"\bđang\s+chạy\b", "running"),
    (r"\bchạy\b", "running"),
    (r"\bđiện\b", "electricity"), (r"\bthuê\b", "rent"), (r"\bmua\b", "buy"), (r"\bgiá\b", "price"),
    (r"\bvà\b", "and"), (r"\bvới\b", "with"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_vietnamese(text: str) -> bool:
    """The message shows Vietnamese: one of its common words written with a letter only it has, or two."""
    return shows_language(_COMMON, _SHARED, text, _LETTERS)


# ("tài liệu tiếng Trung … 3.000 chữ Hán, tầm 1,5 chữ ≈ 1 token": in a message about Chinese text, a character
# counted is a Chinese one)
_CHINESE_TEXT = rx.compile(r"\bchữ\s+hán\b|\btiếng\s+(?:trung|hoa)\b", re.IGNORECASE)
_COMPILED_CHINESE = [(rx.compile(r"(?<=\d)(\s*)chữ\b(?!\s+hán)", re.IGNORECASE), r"\1Chinese characters"),
                     *_COMPILED]


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Vietnamese quantity words in English, with the position in the source of each
    character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED_CHINESE if _CHINESE_TEXT.search(text) else _COMPILED)
