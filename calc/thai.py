"""Thai quantity words in a question ("มีผู้ใช้ 8 แสนคนต่อวัน", "ต้องใช้กี่การ์ดครับ?", "ตู้ละ 15kW max"):
the period, the counted thing and the asked, said in English, so that every rule reads them as it reads
English (as calc/malay does for Indonesian and Malay). Thai writes no spaces between words, so each English
word comes with its own. The numbers' scale words ("แสน", "ล้าน", "หมื่น", "พัน") are read by calc/numbers;
baht is a currency not converted (calc/foreign.foreign_money). A message is rewritten only when it shows
Thai script. Every character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, single_spaced

_THAI = rx.compile(r"[\u0e00-\u0e7f]")

# (NFKC, which calc/numbers applies first, writes the vowel "ำ" as "ํา": both are read)
_AM = "(?:ำ|ํา)"

# an amount: a number, its scale and its unit ("~10.2 kW", "11 ล้านบาท", "$32k", "11万元")
_DOLLAR = r"(?:ดอลลาร์|ดอลล่าร์|ดอลล์|เหรียญ(?:สหรัฐ)?)"
_AMOUNT = (r"(?:[$฿~≈]|us\$)?\s*\d[\d.,]*\s*(?:พันล้าน|ล้าน|หมื่น|แสน|พัน|万|千|[kmb](?![a-z]))?\s*"
           r"(?:บาท|baht|thb|元|usd|kw|w(?![a-z])|gb|tb|\$|" + _DOLLAR + ")?")
_ABOUT = r"(?:ประมาณ|ราวๆ?|ราว|สัก|ซัก)?\s*"

_REWRITES: list[tuple[str, str]] = [
    # politeness, fillers and laughter ("555", said to no number)
    (r"นะคะ|นะครับ|ครับ|ค่ะ|คะ|นะ|จ้า|จ้ะ", " "), (r"(?<![\d.,])5{3,}\+*(?![\d.,%])", " haha "),
    # (round 107: Bangkok engineers and bank IT writing wholly in Thai) the dollar and its rate in baht;
    # amounts said after what they are per ("ชม.ละ 85 บาท", "GB ละ 15 ดอลลาร์"),
    # a million millions, the words for documents, words, cases, runs, points and "not above"
    (r"\b1\s*" + _DOLLAR + r"\s*[=~≈]?\s*(\d[\d.]*)\s*บาท", r"1 USD = \1 baht "),
    (r"(\d[\d.]*)\s*บาทต่อ" + _DOLLAR, r"\1 baht per USD "), (r"เรทวันนี้", " rate "), (r"วันนี้", " today "),
    (r"เร็วกว่า\s*([a-z0-9 ]+?)\s*(?:ถึง)?\s*(\d[\d.]*)\s*เท่า", r" \2x faster than \1 "),
    (r"เร็วกว่า", " faster than "), (r"(?<!ไป)ถึง(?=\s*\d)", " "),
    (r"(?<=\d)\s*ล้านล้าน", " trillion "),
    (r"(?:ชม\.?ละ|ชั่วโมงละ)\s*" + _ABOUT + "(" + _AMOUNT + ")", r"\1 per hour "),
    (r"(?<![a-z])gb\s*ละ\s*" + _ABOUT + "(" + _AMOUNT + ")", r"\1 per GB "),
    (r"(input|output)\s*ล้าน\s*(?:tokens?\s*)?ละ\s*" + _ABOUT + "(" + _AMOUNT + ")",
     r"\2 per million \1 tokens "),
    (r"ต่อล้าน\s*(?=tokens?)", " per million "),
    (r"หน่วยละ\s*" + _ABOUT + "(" + _AMOUNT + ")", r"\1 per kwh "),
    (r"เดือนละ\s*(" + _AMOUNT + r")\s*/\s*คน", r"\1 per user per month "),
    (r"(?<=pue)\s*ของ\s*(?:dc|ดีซี|ศูนย์ข้อมูล|ดาต้าเซ็นเตอร์)?\s*(?:เรา)?", " "),
    (r"(?<=batch)\s*ได้\s*(?=\d)", " "), (r"(\d+)\s*รอบ", r"\1 runs "),
    (r"ครึ่งหนึ่งให้ลง|ครึ่งนึงให้ลง", " half goes into "), (r"ลดให้|ส่วนลด", " discount "),
    (r"แค่", " only "),
    (r"ฉบับ", " documents "), (r"(?<=\d)\s*ค" + _AM + r"(?!ถาม)", " words "),
    (r"(?<=\()\s*1\s*ค" + _AM + r"(?!ถาม)", "1 word "),
    (r"สรุปออกมา|สรุปออก|สรุป", " summary "), (r"(?<=prompt)\s*ยาว", " "), (r"ยาว(?=\s*(?:ประมาณ|ราว))", " "),
    (r"จ" + _AM + r"นวนเท่ากัน", " same number of cards "), (r"จ" + _AM + r"นวน", " "),
    (r"(\d+)\s*หมื่นเคส|(\d+)\s*เคส", r"\1\2 หมื่น tickets "),
    (r"เคสละ\s*(\d+)\s*(?:turns?|รอบ)", r"\1 turns per ticket "), (r"เคส", " tickets "),
    (r"สูงขึ้นอีก\s*(\d+)\s*จุด", r"\1 points higher "), (r"(\d+)\s*จุด", r"\1 points "),
    (r"ดีขึ้น", " improves by "), (r"ไม่เกิน", " at most "),
    (r"คิดเป็น\s*daily\s*" + _ABOUT + r"(\d[\d.]*\s*%)", r" daily about \1 of that "),
    (r"แต่ละคนต้องได้", " each user needs "),
    (r"เผื่อ(?:ค่า)?\s*([a-z][a-z /&]*?)\s*(?:กับ|และ)\s*([a-z]+)\s*อีก\s*(\d[\d.]*\s*%)",
     r" plus \3 for \1 and \2 "),
    (r"โต(?:ขึ้น)?\s*ปีละ\s*(\d[\d.]*\s*%)", r" growing \1 a year "),
    (r"เทรน", " train "), (r"ใช้ไป", " took "), (r"ย้ายไป", " move to "),
    (r"(?:จูน|ปรับ|optimi[sz]e)\s*(?:จน|ให้)?\s*(?:ได้|ถึง|เป็น)\s*(?=\d[\d.]*\s*%)", " so mfu goes to "),
    (r"ราคาตลาดปี\s*((?:19|20)\d\d)", r" at \1 market prices "), (r"ปี\s*((?:19|20)\d\d)", r" in \1 "),
    # a day's or a month's amount said after its period ("วันละ 1 พันล้าน tokens": 1 billion tokens a day)
    (r"(?:วันละ|ต่อวัน|วันนึง|วันหนึ่ง)\s*(\d[\d.,]*\s*(?:พันล้าน|ล้าน|หมื่น|แสน|พัน|[kmb](?![a-z]))?\s*"
     r"(?:(?:input|output)\s+)?(?:tokens?|requests?|queries|reqs?|messages|msgs|คน|ครั้ง|ค" + _AM + r"ถาม|ฉบับ|"
     r"documents|เคส|tickets|ไฟล์|files))",
     r"\1 per day "),
    # an amount said after what it is each of ("เครื่องละ 11 ล้านบาท": 11 million baht per server; "ใบละ 11万元")
    (r"(?:เครื่องละ|ต่อเครื่อง)\s*" + _ABOUT + "(" + _AMOUNT + ")", r"\1 per server "),
    (r"(?:ใบละ|การ์ดละ|ต่อใบ|ต่อการ์ด)\s*" + _ABOUT + "(" + _AMOUNT + ")", r"\1 per card "),
    (r"(?:ตู้ละ|ต่อตู้)\s*" + _ABOUT + "(" + _AMOUNT + ")", r"\1 per rack "),
    # ("2 ครั้ง/วัน ครั้งละ ~6 turns": twice a day, 6 turns each time)
    (r"ครั้งละ\s*(" + _AMOUNT + r"\s*(?:turns?|rounds?|messages|msgs|questions|queries|ข้อความ|ค" + _AM
     + r"ถาม)?)", r", \1 each time "),
    (r"/\s*(?:ใบ|การ์ด)", "/card"), (r"/\s*เครื่อง", "/server"), (r"/\s*ตู้", "/rack"),
    # asked and claimed ("เท่าไหร่": how much; "จริงป่าว": true?; "sales อ้างว่า": sales claim)
    (r"เท่าไหร่|เท่าไร", " how much "), (r"เท่ากับ", " equal to "),
    (r"จริง(?:ป่าว|ไหม|มั้ย|หรอ|เหรอ)", " true? "), (r"เชื่อได้(?:มั้ย|ไหม)", " believable? "),
    (r"พอ(?:มั้ย|ไหม)", " enough? "), (r"คุ้ม(?:มั้ย|ไหม)", " worth it? "), (r"มั้ย|ไหม", "? "),
    (r"อ้างว่า|เคลมว่า|เคลม", " claims "), (r"บอกว่า", " says "),
    # money: baht, the asked currency ("กี่บาท", "เป็นเงินบาท": in baht), a budget, a price, a cost, a total
    (r"เป็นเงิน\s*บาท", " in baht "), (r"กี่ล้าน", " how many "), (r"(?<=\d)\s*ล้านบาท", " million baht "),
    (r"บาท", " baht "), (_DOLLAR, " dollars "),
    (r"งบ(?:ประมาณ)?", " budget "), (r"ราคา", " price "), (r"ค่าใช้จ่าย|ต้นทุน", " cost "),
    (r"รวมทุก", " across all "), (r"รวม|ทั้งหมด", " total "),
    # scale words English says ("2 ล้าน ผู้ใช้": 2 million users; "2 พันล้าน tokens": 2 billion)
    (r"(?<=\d)\s*พันล้าน", " billion "), (r"(?<=\d)\s*ล้าน(?!\s*(?:บาท|baht))", " million "),
    # times ("peak 6 เท่า": 6x; "เร็วกว่า 2.5x": 2.5x faster; "โต 2 เท่าทุก 4 เดือน": grows 2x every 4 months)
    (r"เร็ว(?:กว่า|ขึ้น)", " faster "), (r"(?<=\d)\s*เท่า", "x "), (r"แพง(?:กว่า)?", " costs "),
    (r"(?:โต|เพิ่ม|ขึ้น)เป็น", " grow to "), (r"โต", " grow "), (r"ทุก", " every "),
    # a time from now ("อีก 1 ปี": in 1 year) and the rest of "อีก" ("บวก … อีก 20%": plus 20%)
    (r"(?:ขึ้น|เพิ่ม)ได้อีก", " can improve by "),
    (r"อีก(?=\s*\d[\d.,]*\s*(?:ปี|เดือน|วัน|สัปดาห์))", " in "), (r"บวก", " plus "), (r"อีก", " plus "),
    (r"ใน(?=\s*\d)", " in "), (r"ภายใน", " within "),
    # periods ("/วัน", "ต่อเดือน", "วันละ", "3 เดือน", "กี่วัน")
    (r"/\s*วัน", "/day"), (r"/\s*เดือน", "/month"), (r"/\s*ปี", "/year"), (r"/\s*ชม\.?|/\s*ชั่วโมง", "/hr"),
    (r"/\s*หน่วย", "/kwh"), (r"หน่วยละ", " per kwh "),
    (r"ต่อวัน|วันละ|วันนึง|วันหนึ่ง", " per day "), (r"ต่อเดือน|เดือนละ", " per month "),
    (r"ต่อปี|ปีละ", " per year "), (r"ต่อชั่วโมง|ชั่วโมงละ|ต่อชม\.?", " per hour "),
    (r"(?<=\d)(\s*)วัน", r"\1 days "), (r"(?<=\d)(\s*)เดือน", r"\1 months "),
    (r"(?<=\d)(\s*)ปี", r"\1 years "),
    (r"(?<=\d)(\s*)ชั่วโมง|(?<=\d)(\s*)ชม\.?", " hours "), (r"(?<=\d)(\s*)สัปดาห์", r"\1 weeks "),
    (r"วัน", " day "), (r"เดือน", " month "), (r"เรท", " rate "),
    # who and what is counted ("ตู้ละ 15kW": each rack's; "ใบละ 11万元": a card's; "สาขาละ 2 ใบ")
    (r"คนนึง|คนหนึ่ง|คนละ|ต่อคน", " per user "), (r"เจ้านึง|เจ้าหนึ่ง", " one vendor "),
    (r"ผู้ใช้(?:งาน)?", " users "), (r"ลูกค้า", " customers "), (r"สมาชิก", " subscribers "),
    (r"ค" + _AM + r"ถาม", " questions "), (r"ข้อความ", " messages "), (r"ครั้งละ", " each time "),
    (r"ครั้ง", " times "), (r"สาขาละ", " per branch "), (r"สาขา", " branches "), (r"คน", " users "),
    (r"ต่อ(?:การ์ด|ใบ)|(?:การ์ด|ใบ)ละ", " per card "), (r"ต่อเครื่อง|เครื่องละ", " per server "),
    (r"การ์ด|ใบ", " cards "), (r"ตู้ละ", " each rack "), (r"ตู้", " racks "), (r"เครื่อง", " servers "),
    (r"กินไฟ", " draws "), (r"ค่าไฟ", " electricity "), (r"หน่วย", " kwh "),
    # the few verbs and words the rules key on
    (r"ประมาณ|ราว(?:ๆ)?|ซัก|สัก|ราวๆ", " about "), (r"กี่", " how many "), (r"ต้องใช้|ต้องการ", " need "),
    (r"ต้องเพิ่ม", " need to add "), (r"ต้อง", " need "), (r"สมมติ(?:ว่า)?", " assume "),
    (r"ครึ่งนึง|ครึ่งหนึ่ง", " half "), (r"เปลี่ยนเป็น", " switch to "), (r"ไปถึง", " reaches "),
    (r"วัดได้", " measured "), (r"เสร็จ", " done "), (r"ประหยัด", " save "), (r"เหลือ", " down to "),
    (r"ตอนนี้|ปัจจุบัน", " now "), (r"เดิม", " originally "), (r"จาก", " from "), (r"ขึ้น", " up "),
    (r"เช่า", " rent "), (r"ซื้อ", " buy "), (r"ขาย", " sell "), (r"ตอบ", " answer "), (r"ถาม", " ask "),
    (r"ถ้า", " if "), (r"และ", " and "), (r"หรือ", " or "), (r"กับ", " with "), (r"บน", " on "),
    (r"ด้วย", " with "), (r"ของ", " of "), (r"ใช้", " use "), (r"มี", " has "),
    (r"ได้", " get "),
    (r"ถึงจะ", " to "), (r"จน", " until "), (r"ที่", " at "), (r"จะ", " will "), (r"เรา", " we "),
    (r"ทีม", " team "), (r"เพื่อน", " a friend "), (r"ยาว", " for "), (r"วาง", " deploy "), (r"รัน", " run "),
    (r"ปกติ", " normal "), (r"เตรียม", " prepare "), (r"เทียบ", " vs "), (r"คิด", " charges "),
    (r"เพิ่ง", " just "), (r"ลง", " go into "), (r"เปิด", " open "), (r"แถว", " near "), (r"มา(?!ก)", ""),
    (r"ส" + _AM + r"หรับ", " for "),
    (r"ไม่", " not "), (r"หลายภาษา", " multilingual "), (r"ท" + _AM, " do "), (r"ต่อ", " per "),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_thai(text: str) -> bool:
    """The message shows Thai script."""
    return _THAI.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Thai quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    out, where = rewrite(text, pos, _COMPILED)
    # (Thai writes no spaces between words, so every English word came with its own: one space between two,
    # as English writes it, so that rules reading "half will go into" read it here too)
    return single_spaced(out, where)
