"""Indonesian and Malay quantity words in a question ("3 chat per user per hari", "sewa US$3.40/jam per GPU",
"Horizon 3 tahun", "35% dari WAU", "berapa GPU?"): the period, the counted thing, the hedges and the few verbs
the rules key on, said in English, so that every rule reads them as it reads English (as calc/romance does for
Spanish and Portuguese). Only the words that carry a quantity's meaning are rewritten, never the numbers
("juta", "ribu" and "miliar" are scale words calc/numbers reads itself); a message is rewritten only when it
shows the languages (two of their common words), so an English message stays as it is. Every character keeps
its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

# words that show the message is (partly) in Indonesian or Malay; none of them an English word
_COMMON = rx.compile(r"(?<![a-z])(?:kami|kita|berapa|brp|butuh|perlu|sehari|hari|tahun|bulan|jam|sewa|beli|"
                     r"buat|dapet|dapat|kartu|"
                     r"keping|harian|detik|bakal|mending|atau|biaya|biayanya|harga|harganya|listrik|"
                     r"cukup|masing-masing|cabang|dari|dengan|untuk|utk|yang|yg|nggak|gak|tidak|bisa|sekitar|"
                     r"kira-kira|kurleb|rata2|rata-rata|tiap|setiap|pakai|jawaban|pertanyaan|pengguna|sekarang|"
                     r"selama|harus|tambah|naik|betul|ke|ya|kah|lebih|hemat|mana|boleh|ialah|adalah|sebulan|"
                     r"setahun|seminggu|pelanggan|nasabah)(?![a-z])", re.IGNORECASE)
# the ones English shares or that are too short to tell alone
_SHARED = {"ke", "ya", "mana", "jam", "hari"}

_REWRITES: list[tuple[str, str]] = [
    # (round 105: Indonesia) "pengguna aktif harian sekitar 2,5 juta", "6 chat per orang per hari", "Rp 5,2 M"
    # (miliar), "harga per keping $38.000", "targetnya 12 juta dalam 18 bulan", "128 keping H200 SXM"
    (r"\b(?:pengguna|user)\s+aktif\s+harian\b", "daily active users"),
    (r"\b(?:pengguna|user)\s+aktif\s+bulanan\b", "monthly active users"),
    (r"\bper\s+orang\b", "per person"),
    (r"\b(rp\.?\s*~?\d[\d.,]*)\s*m\b(?![a-z])", r"\1 miliar"),
    (r"\b(rp\.?\s*~?\d[\d.,]*)\s*jt\b", r"\1 juta"),
    (r"\bharga\s+per\s+(?:keping|kartu|unit\s+gpu)\b", "price per card"),
    (r"\btarget(?:nya)?\s+(?=~?\d)", "target "),
    (r"(?<=\d)(\s+)keping\s+(?=[a-z]+[- ]?\d)", r"\1x "), (r"(?<=\d)(\s*)keping\b", r"\1cards"),
    (r"\bharga\s+beli\b", "purchase price"), (r"\bdlm\b", "in"),
    (r"(?<=\d)(\s+)kali\s+(?:eksperimen|percobaan|training|run)\b", r"\1runs"),
    (r"\butili[sz]asi\s+gpu\b", "GPU utilization"),
    (r"(?<=\d)(\s*)tiket\b", r"\1tickets"), (r"\btiket\b", "ticket"), (r"(?<=\d)(\s*)balasan\b", r"\1turns"),
    # ("marketing yakin bakal naik 20x": will grow, a growth ahead)
    (r"\b(?:bakal|akan)\s+naik\b", "will grow"),
    # ("berapa hari", "brp bulan": how many days, months)
    (r"\b(?:berapa|brp)\s+hari\b", "how many days"), (r"\b(?:berapa|brp)\s+bulan\b", "how many months"),
    (r"\b(?:berapa|brp)\s+tahun\b", "how many years"), (r"\b(?:berapa|brp)\s+jam\b", "how many hours"),
    # ("WAU app kita 1,2 juta": the app's WAU)
    (r"(?<=\b(?:dau|wau|mau))\s+(?:app|aplikasi)(?:nya)?\b", ""),
    # ("DAU kita 300 ribu", "Run kita di H100": our, said after the noun; left out, as English says it first)
    (r"(?<=[a-z0-9])\s+kita\b(?!\s+(?:butuh|perlu|harus|bisa|mau|lagi|cuma|hanya|pakai|punya|sewa|beli))",
     ""),
    (r"\buntuk\b", "for"),
    # a time from now ("Setahun lagi", "6 bulan lagi": in a year, in 6 months)
    (r"\b(?:setahun|satu\s+tahun)\s+lagi\b", "in 12 months"),
    (r"\b(\d+(?:[.,]\d+)?)(\s*)bulan\s+lagi\b", r"in \1\2months"),
    (r"\b(\d+(?:[.,]\d+)?)(\s*)tahun\s+lagi\b", r"in \1\2years"),
    # periods ("per hari", "/jam", "sehari", "3 tahun", "18 bulan")
    (r"(?<=/)\s*hari\b", "day"), (r"(?<=/)\s*jam\b", "hr"), (r"(?<=/)\s*bulan\b", "month"),
    (r"(?<=/)\s*tahun\b", "yr"), (r"(?<=/)\s*detik\b", "s"), (r"(?<=-)jam\b", "hour"),
    (r"\bper\s+detik\b", "per second"), (r"\bharian\b", "daily"), (r"\btahun\s+ini\b", "this year"),
    (r"\bper\s+hari\b|\bsehari\b|\bsetiap\s+hari\b|\btiap\s+hari\b", "per day"),
    (r"\bper\s+jam\b", "per hour"), (r"\bper\s+bulan\b|\bsebulan\b", "per month"),
    (r"\bper\s+tahun\b|\bsetahun\b", "per year"), (r"\bseminggu\b|\bper\s+minggu\b", "per week"),
    (r"(?<=\d)(\s*)hari\b", r"\1days"), (r"(?<=\d)(\s*)tahun\b", r"\1years"),
    (r"(?<=\d)(\s*)bulan\b", r"\1months"),
    (r"(?<=\d)(\s*)minggu\b", r"\1weeks"), (r"(?<=\d)(\s*)jam\b", r"\1hours"),
    (r"\btahun\s+depan\b", "next year"), (r"\bbulan\s+depan\b", "next month"),
    (r"\b(\d+(?:\.\d+)?)x\s+(?=per day\b)", r"\1 times "), (r"\bkali\b", "times"),
    # hedges and "each"
    (r"\b(?:sekitar|kira-kira|kira2|kurleb|kurang\s+lebih|lebih\s+kurang|lk\.?)\s*(?=[~$€£\d]|us\$|rp)",
     "about "),
    # (a word said twice, written with a 2: "kira2", "masing2"; never a name's digit)
    (r"\bkira2\b", "roughly"), (r"\b(?:sama2|kadang2|tiba2|baru2|cepat2|lama2|banyak2)\b", "also"),
    (r"\b(?:rata2|rata-rata|rerata)\b", "average"),
    (r"\b(?:masing-masing|masing2|tiap|setiap)\b", "each"),
    # who and what is counted
    (r"\b(?:pengguna|pelanggan|nasabah)\b", "users"), (r"\bjawaban\b", "answers"),
    (r"(?<=\d)(\s*)chat\b", r"\1chats"),
    (r"\bpertanyaan\b", "questions"),
    # ("1 rak GB200 NVL72", "1 juta sesi per hari, 6 turn per sesi", "34 provinsi", "1.500 kata",
    # "12 pesan/hari", "800 karakter": the counted things)
    (r"(?<=\d)(\s*)rak\b", r"\1racks"), (r"\brak\b", "rack"), (r"\btagihan\b", "bill"),
    (r"(?<=\d)(\s*)sesi\b", r"\1sessions"), (r"\bsesi\b", "session"), (r"(?<=\d)(\s*)turn\b", r"\1turns"),
    (r"(?<=\d)(\s*)provinsi\b", r"\1provinces"), (r"(?<=\d)(\s*)kota\b", r"\1cities"),
    (r"(?<=\d)(\s*)kata\b", r"\1words"), (r"\bkata\b", "words"),
    (r"(?<=\d)(\s*)dokumen\b", r"\1documents"), (r"\bdokumen\b", "documents"),
    (r"(?<=\d)(\s*)pesan\b", r"\1messages"), (r"\bpesan\b", "messages"),
    (r"(?<=\d)(\s*)karakter\b", r"\1characters"), (r"\bkarakter\b", "characters"),
    (r"(?<=\d)(\s*)poin\b", r"\1points"), (r"(?<=\d)(\s*)detik\b", r"\1s"),
    (r"\baktif\b", "active"), (r"\bper\s+juta\b", "per million"), (r"\bjawabannya\b", "answers"),
    (r"\bcabang\b", "branches"), (r"\bringkasan\b", "summaries"),
    (r"\bfitur\b", "feature"),
    (r"\breplika\b", "replicas"), (r"\bkartu\b", "cards"), (r"\bper\s+keping\b|\bsekeping\b", "each"),
    (r"(?<=\d)(\s*)run\b", r"\1runs"), (r"\blistrik\b", "electricity"), (r"\butili[sz]asi\b", "utilization"),
    (r"\bbiaya(?:nya)?\b", "cost"),
    (r"\bharga(?:nya)?\b", "price"), (r"\blebih\s+murah\b", "cheaper"), (r"\bmending\b", "better"),
    (r"\batau\b", "or"), (r"\b(?:dapet|dapat)\b", "get"), (r"\bbakal\b", "will"), (r"\bhabis\b", "after"),
    # ("per 1 juta token": the scale as the English rules key on it)
    (r"(?<=\d)(\s+)juta\b", r"\1million"), (r"(?<=\d)(\s+)(?:miliar|milyar)\b", r"\1billion"),
    (r"(?<=\d)(\s*(?:million|billion|ribu|rb|jt)?\s+)request\b", r"\1requests"),
    # ("900 juta token output/hari": the side after "token")
    (r"\btokens?\s+(output|input)\b(?!\s*[:=]?\s*[~\d])", r"\1 tokens"),
    (r"\bpas\s+(?=peak\b)", "at "), (r"\bhari\s+(?:normal|biasa)\b", "a normal day"), (r"\bada\b", "has"),
    (r"\bbuat\s+(?=[a-z])", "for "),
    (r"\bunit\b(?=\s*(?:[A-Za-z]+\d|\d))", "x "),
    (r"\bdiskon\b", "discount"), (r"\bsewa\b", "rent"), (r"\bbeli\b", "buy"), (r"\banggaran\b", "budget"),
    # "35% dari WAU": of; "dari 500 ribu ke 5 juta": from, to
    (r"(?<=%)\s*dari\b", " of"), (r"\bdari\s+(?=[~$€£\d])", "from "), (r"\bke\s+(?=[~$€£\d])", "to "),
    (r"\bselama\s+(?=\d)", "for "), (r"\bdalam\s+(?=\d)", "in "),
    # "naik 6x dari rata-rata harian": a peak over the day's average, not growth
    (r"\bnaik\s+(?=\d+(?:[.,]\d+)?\s*x\s+dari\s+(?:rata|average))", "rises "),
    (r"(?<=\dx)\s+dari\b(?=\s+(?:rata|average))", " over"),
    # a peak said as what it can reach: "Peak pas tanggal gajian bisa 4x"
    (r"\bbisa\s+(?=\d+(?:\.\d+)?\s*x\b)", "peak "),
    # what is asked and done
    (r"\b(?:berapa|brp)\b", "how many"), (r"\b(?:butuh|perlu|harus)\b", "need"),
    (r"\bcukup\b", "enough"),
    # ("Mana yang butuh GPU lebih sedikit?", "B200 3x lebih cepat dari H100", "Run kita di H100 makan 40
    # hari, kalau pindah ke B200", "dulu dilatih di 8 kartu V100", "bisa naikin MFU 8 poin", "tiap rak
    # maksimal 15 kW. Bisa masuk berapa server", "40% dialokasikan ke GPU")
    (r"\bmana\s+yang\b", "which"), (r"\blebih\s+sedikit\b", "fewer"), (r"\blebih\s+cepat\b", "faster"),
    (r"\blebih\s+lambat\b", "slower"), (r"(?<=faster )dari\b|(?<=slower )dari\b", "than"),
    (r"\bbilang\b", "says"), (r"\bmakan\s+(?=[~\d])", "takes "), (r"\bpindah\s+ke\b", "move to"),
    (r"\bdilatih\b", "trained"), (r"\bdulu\b", "previously"),
    (r"\b(?:naikin|naikkan|menaikkan)\b", "raise"), (r"\bhemat\b", "save"),
    (r"\b(?:cuma|hanya)\b", "only"), (r"\b(?:maksimal|maks)\b", "max"), (r"\bbisa\s+masuk\b", "fit"),
    (r"\bkalau\b", "if"), (r"\bsatu\b(?=\s+(?:server|rak|kartu|node|gpu|mesin)\b)", "each"),
    (r"\bsatu\b(?=\s+[a-z])", "one"),
    (r"\bdialokasikan\s+(?:ke|untuk|buat)\b", "allocated to"), (r"\bdialokasikan\b", "allocated"),
    (r"\btambah\b", "add"), (r"\bnaik\s+(?=\d)", "grew "),
    (r"\bdengan\b", "with"), (r"\bpakai\b", "using"), (r"\bdi\s+(?=[A-Za-z]+\d|\d)", "on "),
    (r"\bbetul\s+(?:ke|kah)\b", "right"), (r"\bsekarang\b", "today"),
    # ("Mau launch chatbot": want, not monthly actives, which follow a number or a slash)
    (r"(?<![\d/])(?<!\d )\bmau\b(?=\s+(?!dau\b|wau\b|ratio\b|of\b)[a-z])", "want"),
    # ("Tim riset mau 12 run": want, a count of something other than users after it)
    (r"(?<![\d/])(?<!\d )\bmau\b(?=\s+[\d.,]+\s*(?:runs?|times|x|gpus?|cards|servers?|tokens?|models?)\b)",
     "want"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_malay(text: str) -> bool:
    """The message shows Indonesian or Malay: two of their common words, one not shared with English."""
    return shows_language(_COMMON, _SHARED, text)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Indonesian and Malay quantity words in English, with the position in the source of
    each character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
