"""Arabic in a question ("2 مليون daily users", "٣٠٠ ألف users", "12 ريال per GPU-hour", "كم عدد كروت
H100 … على 500 مليار token في 14 يوم؟"): Arabic-Indic digits as ASCII digits, the scale words, the
currencies' words as their codes, and the few words a question's quantities need, said in English, so that
every rule reads them as it reads English (as calc/malay does for Indonesian and Malay). A message is
rewritten only when it shows Arabic letters or digits. Every character keeps its position in the source, so
a span is quoted as the user wrote it."""

from __future__ import annotations

from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

_ARABIC = rx.compile(r"[\u0600-\u06ff]")
_DIGITS = {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
           "٫": ".", "٬": ",", "٪": "%"}

# (round 105: Gulf Arabic) a word's start and end (Arabic joins "and", "the", "with", "for" to the word:
# "والرد", "بالساعة", "للكرت"), and those prefixes
# (letters only: "،" and "؟" end a word)
_A = r"(?<![\u0621-\u064a\u0671-\u06d3\u0640])"
_Z = r"(?![\u0621-\u064a\u0671-\u06d3\u0640])"
_PRE = r"(?:و|ف)?"

# (round 107: Egyptian engineers and founders in Cairo, wholly in colloquial Egyptian Arabic) the pound's
# and the euro's rates, prices said per card, per hour, per kWh; "يوزر", "ريكويست", "كارت", "مليون ونص",
# "دلوقتي", "خد"; sterling is no Egyptian pound
_EGYPT: list[tuple[str, str]] = [
    (r"جنيه\s+استرليني|(?:ال)?استرليني", "GBP"),
    # (the pound's only: "الدولار = 3.75 ريال" is the riyal's, read below; a bare rate of 10 or more is a
    # pound's, the Gulf's are below 4)
    (_A + _PRE + r"(?:ال)?دولار\s*(?:بـ?|=)\s*(\d[\d.,]*)\s*جنيه(?:\s+مصري)?", r"1 USD = \1 EGP"),
    (_A + _PRE + r"(?:ال)?دولار\s*(?:بـ?|=)\s*(\d{2,3}(?:[.,]\d+)?)(?![\d.,])"
     r"(?!\s*(?:ريال|درهم|دينار|يورو|GBP))",
     r"1 USD = \1 EGP"),
    (_A + _PRE + r"(?:ال)?يورو\s*(?:بـ?|=)\s*(\d[\d.,]*)\s*دولار", r"1 EUR = \1 USD"),
    (r"GBP\s*=\s*(\d[\d.,]*)\s*دولار", r"1 GBP = \1 USD"),
    (_A + _PRE + r"(?:ال)?(?:كارت|كرت)\s+(?:الواحد\s+)?بـ?\s*(?=\d)", "each card at "),
    (r"(?:ال)?كيلو\s*(?:وات|واط)\s*ساعة\s+بـ?\s*(\d[\d.,]*)\s*(جنيه|دولار)", r"\1 \2 per kWh"),
    (r"(?:ال)?ساعة\s+بـ?\s*(\d[\d.,]*)\s*دولار", r"$\1 per hour"),
    (r"(\d[\d.,]*)\s*دولار\s+(?:لل|لكل\s+)(?:كارت|كرت)\s+(?:في|بال)\s*ال?ساعة", r"$\1 per card per hour"),
    (r"(\d[\d.,]*)\s*دولار\s+(?:في\s+|بال)?ال?ساعة", r"$\1 per hour"),
    (r"(\d[\d.,]*)\s*جنيه\s+في\s+الشهر\s+لكل\s+(?:يوزر|مستخدم|عميل)", r"\1 EGP per user per month"),
    (r"يوزر(?:ز)?\s+يومي(?:اً|ا)?" + _Z, "daily users"),
    (r"يوزر(?:ز)?\s+(?:أسبوعياً|أسبوعيا|اسبوعيا)", "weekly users"),
    (r"(?:عميل|عملاء)\s+(?:شهرياً|شهريا)", "monthly customers"),
    (_A + _PRE + r"(?:ال)?(?:يوزرز|يوزر)" + _Z, "users"),
    (_A + _PRE + r"(?:ال)?(?:عملاء|عميل)" + _Z, "customers"),
    (r"ريكويست(?:ات)?", "requests"), (r"/\s*ثانية", "/s"), (r"مليون\s+ونص", "1.5 million"),
    (r"(?:خلال|في)\s+سنة" + _Z, "within 1 year"), (r"(?:على\s+مدار|لمدة)\s+سنة" + _Z, "over 1 year"),
    (r"أسرع\s+من\s+(?:الـ\s*)?(\S+)\s+بـ?\s*(\d[\d.]*)\s*(?:مرة|مرات)", r"\2x faster than \1"),
    (r"(?:بيتضاعف|بتتضاعف|يتضاعف)\s+كل\s+كام\s+شهر", "doubling time in months"),
    (r"(?:بيتضاعف|بتتضاعف|يتضاعف)\s+كل", "doubles every"), (_A + r"(?:دلوقتي|دلوقت)" + _Z, "now"),
    (r"(?<=\d)\s*سنين", " years"), (r"نص\s+الفلوس\s+(?:تروح|يروح|هتروح|بتروح)\s+(?:على|لل|في)\s*",
                                    "half of the budget goes on "),
    (r"(\d+)\s+(?:أدوار|ادوار)(?:\s+كلام)?", r"\1 turns"),
    (_A + _PRE + r"(?:ال)?(?:مكالمات|مكالمة)" + _Z, "calls"),
    (r"(?:ال)?توكن\s+(?:تقريباً|تقريبا)?\s*(\d[\d.]*)\s+كلمة", r"1 token ≈ \1 words"),
    (r"كل\s+(\d+)\s+(?:حروف|أحرف)\s+(?:تقريباً|تقريبا)?\s*توكن", r"about \1 characters per token"),
    (_A + _PRE + r"(?:ال)?(?:مستندات|مستند)" + _Z, "documents"), (_A + r"(?:وات|واط)\s+ساعة", "Wh"),
    (r"حسن(?:ّ)?ا\s+(?:الـ\s*)?(?i:mfu)\s+بـ?\s*(\d+)\s*(?:نقط|نقطة|نقاط)", r"MFU \1 points higher"),
    (r"(?:مش\s+عايزين\s+)?(?:ال)?كروت\s+تشتغل\s+(?:أكتر|اكتر)\s+من\s+(?=\d)", "utilization at most "),
    (_A + _PRE + r"(?:الإدخال|الادخال)" + _Z, "input"),
    (_A + _PRE + r"(?:الإخراج|الاخراج|الخرج)" + _Z, "output"),
    (r"منهم\s+(?:حوالي\s+)?(\d[\d.,]*)\s*(ألف|مليون)?\s*بيدخلوا\s+كل\s+يوم",
     r"of whom \1 \2 are active daily"),
    (r"بأسعار\s+(\d{4})", r"at \1 prices"), (r"(?:بيقولوا|بيقول|بتقول)(?:\s+إن)?", "claims"),
    (r"كل\s+فرع\s+فيه\s+(\d+)\s+(?:كارت|كروت|كرت)", r"\1 cards per branch"),
    (_A + _PRE + r"(?:ال)?(?:فروع|فرع)" + _Z, "branches"), (r"(\d+)\s+(?:كارت|كرت)" + _Z, r"\1 cards"),
    (r"(?:لل|لكل\s+)كارت", "per card"), (_A + _PRE + r"(?:ال)?كارت" + _Z, "card"),
    (r"(\d+)\s*(?:آلاف|ألف)\s*(?:ضعف|مرة)", r"\g<1>000x"), (_A + r"نعادل" + _Z, "match"),
    (_A + r"ألف(?=\s+(?:كارت|كرت|كروت|يوزر|سيرفر|جهاز))", "1000"),
    (r"نفس\s+العدد", "the same number of cards"),
    (_A + r"(?:هياخد|بياخد)(?=\s+كام)", "takes"), (_A + r"خد" + _Z, "took"),
    (r"(?:الـ\s*)?peak\s+بيوصل\s+", "peak "), (_A + r"(?:بياخد|بيستهلك|بتستهلك)" + _Z, "uses"),
    (r"لكل\s+(?=\d)", "per "), (r"(?:ال)?تكلفة\s+(?:الـ\s*)?(?=\d+\s*(?:requests|ريكويست|طلب))", "cost per "),
    (r"(?:بيطلّع|بيطلع|بيعمل)(?=\s+\d)", "does"), (_A + r"(?:ال)?يومي" + _Z, "daily"),
    (r"هيوفر\s+كام\s+يوم", "how many days saved"),
    (r"(?:ومتوقعين|متوقعين|وهنوصل|هنوصل)\s+(?:نوصل\s+)?(?:لـ?\s*)?", "going to "),
    (r"(\d+\s*%)\s*زيادة\s+(?:لل|ل)(?:نتوورك|شبكة|network)\s*(?:و\s*)?(?:ال)?(?:تبريد)?",
     r"plus \1 for networking and cooling"),
    (r"/\s*ساعة", "/hr"), (_A + r"(?:بنبيع|هنبيع|نبيع)" + _Z, "sell"),
    (r"(?:ال)?سيرفر\s+عندنا", "each server"),
    (r"بين\s+(\d[\d.]*)\s+و\s*(\d[\d.]*)\s+(?:أضعاف|اضعاف)", r"\1-\2x"),
    (r"(?:بيزيد|بيزيدوا|يزيد|بتزيد)\s+(\d[\d.]*\s*%)\s+(?:في\s+|بال)ال?سنة", r"growing \1 a year"),
]

_GULF: list[tuple[str, str]] = [
    (r"تقريباً|تقريبا|حوالي|حوالى", "about"), (r"(?<=\d)\s*(?:شهور)", " months"),
    # a model's size said after it ("موديل ١٣ مليار", "المفعّل منها ٣٠ مليار"), a multiple of a price
    (r"(?:لـ?\s*)?(?:ال)?موديل\s+(\d+(?:\.\d+)?)\s+مليار(?!\s*(?:token|توكن))", r"\1B model"),
    (r"(?:ال)?مفع(?:ّ)?ل\s+منها\s+(\d+(?:\.\d+)?)\s+مليار", r"\1B active"),
    (r"(?<=\d)(\s*)(?:أضعاف|اضعاف|ضعف)(?=\s+(?:سعر\s+)?(?:الـ\s*|ال)?[A-Za-z])", r"\1x"),
    (r"(?<=x)\s+سعر\s+(?:الـ\s*|ال)?(?=[A-Za-z])", " "),
    # each one, priced ("السيرفر الواحد بـ ١٫٤ مليون ريال", "الراك بـ ٣٫٩ مليون دولار", "الكرت بـ ١٢٠ ألف
    # ريال")
    (r"(?:ال)?سيرفر\s+(?:الواحد\s+)?(?=بـ)", "each server "),
    (r"(?:ال)?راك\s+(?:الواحد\s+)?(?=بـ)", "each rack "),
    (r"(?:ال)?كرت\s+(?:الواحد\s+)?(?=بـ)", "each card "),
    (r"سعر\s+(?:ال)?كيلو\s*(?:وات|واط)\s*(?:/\s*)?ساعة", "price per kWh"),
    (r"كل\s+واحد", "each user"), (_A + r"(?:يستهلك|تستهلك|يستخدم)" + _Z, "uses"),
    (r"(?:ال)?(?:توكن|token)\s+الواحد", "one token"), (r"لكل\s+(?:توكن|token)(?!\s+بعده)", "per token"),
    (r"كل(?=\s+\d+\s*(?:request|طلب))", "per"), (_A + _PRE + r"(?:ال)?ملخص" + _Z, "summary"),
    (_A + r"(?:زادت|زاد|كبرت|كبر)" + _Z, "grew"), (_A + _PRE + r"(?:ال)?يورو" + _Z, "EUR"),
    (r"(?<=\d)\s*(?:تجارب|تجربة)" + _Z, " runs"), (r"بـ\s*|" + _A + r"ب(?=\s*\d)", "at "),
    # two of a unit, said in one word ("بعد سنتين", "الذروة ضعفين", "تحت ثانيتين"); half, a quarter, a third
    (_A + _PRE + r"(?:ال)?سنتين" + _Z, "2 years"), (_A + _PRE + r"(?:ال)?شهرين" + _Z, "2 months"),
    (_A + _PRE + r"(?:ال)?يومين" + _Z, "2 days"), (_A + _PRE + r"(?:ال)?ساعتين" + _Z, "2 hours"),
    (_A + _PRE + r"(?:ال)?ثانيتين" + _Z, "2 seconds"), (_A + _PRE + r"(?:ال)?أسبوعين" + _Z, "2 weeks"),
    (_A + _PRE + r"(?:ال)?(?:ضعفين|مرتين)" + _Z, "2x"),
    (r"(?:نص|نصف)\s+(?:المبلغ|الميزانية|الفلوس)\s+(?:بيروح|يروح|راح|بنحطه|نحطه)\s+(?:على|لل|في)\s*",
     "half of the budget goes on "),
    (_A + _PRE + r"(?:نص|نصف)" + _Z, "half"), (_A + _PRE + r"ربع" + _Z, "a quarter"),
    (_A + _PRE + r"ثلث" + _Z, "a third"),
    # per so much ("للكيلوواط ساعة", "بالساعة", "للكرت", "لكل مليون token", "للجيجا")
    (r"(?:لل|لكل\s+)كيلو\s*(?:وات|واط)\s*(?:/\s*)?ساعة", "per kWh"),
    (r"(?:لل|لكل\s+)جيجا(?:بايت)?", "per GB"),
    (r"(?:لل|لكل\s+)(?:مليون)", "per million"), (r"(?:لل|لكل\s+)(?:كرت|بطاقة)", "per card"),
    (r"(?:لل|لكل\s+)(?:سيرفر|خادم)", "per server"), (r"(?:لل|لكل\s+)(?:مستخدم)", "per user"),
    (r"(?:لكل\s+)(?:توكن|token)\s+بعده", "per output token"), (r"(?:لل|لكل\s+)(?:راك)", "per rack"),
    (_A + r"(?:بال|لل|في\s+ال)ساعة" + _Z, "per hour"), (_A + r"(?:بال|في\s+ال)ثانية" + _Z, "per second"),
    (r"مستخدم(?:ين)?\s+يومي(?:ين)?", "daily users"), (r"مستخدم(?:ين)?\s+متزامن(?:ين)?", "concurrent users"),
    (_A + r"(?:بال|في\s+ال)يوم" + _Z + r"|" + _A + r"يومي(?:اً|ا)" + _Z, "per day"),
    (_A + r"(?:بال|في\s+ال)شهر" + _Z + r"|" + _A + r"شهري(?:اً|ا)" + _Z, "per month"),
    (_A + r"سنوي(?:اً|ا)" + _Z, "per year"),
    # units ("٢٠٠ ميجاوات", "١٠٫٢ كيلوواط", "١٠٠٠ واط", "٨٠٠ ملي ثانية", "٠٫٥ جول")
    (r"(?:ميجا|ميغا)\s*(?:وات|واط)\s*(?:/\s*)?ساعة", "MWh"), (r"(?:ميجا|ميغا)\s*(?:وات|واط)", "MW"),
    (r"كيلو\s*(?:وات|واط)\s*(?:/\s*)?ساعة", "kWh"), (r"كيلو\s*(?:وات|واط)", "kW"),
    (r"(?<=[\d\s])(?:وات|واط)" + _Z, "W"),
    (r"ملي\s*ثاني[ةه]", "ms"), (r"(?<=[\d\s])(?:ثواني|ثانية)" + _Z, "seconds"),
    (r"(?<=[\d\s])جول" + _Z, "J"), (r"(?<=[\d\s])(?:جيجا(?:بايت)?)" + _Z, "GB"),
    (r"(?<=[\d\s])(?:تريليون|ترليون)", "trillion"),
    # what is counted
    (r"سعر\s+(?:ال)?(?:كرت|بطاقة)(?:\s+الواحد)?", "price per card"),
    (_A + _PRE + r"(?:ال|بال|لل)?(?:كروت|بطاقات)" + _Z, "cards"),
    (_A + _PRE + r"(?:ال|بال)?(?:كرت|بطاقة)" + _Z, "card"),
    (_A + r"(?:إذا|اذا|لو)" + _Z, "if"), (_A + r"نقدر" + _Z, "can we"),
    (_A + _PRE + r"(?:ال)?(?:مشتركين|مشترك)" + _Z, "users"),
    (_A + _PRE + r"(?:ال)?(?:موظفين|موظف)" + _Z, "employees"),
    (_A + _PRE + r"(?:ال)?(?:طلبات|طلب)" + _Z, "requests"),
    (_A + _PRE + r"(?:ال)?(?:أسئلة|اسئلة|سؤال)" + _Z, "questions"),
    (_A + _PRE + r"(?:ال)?(?:رسائل|رسالة)" + _Z, "messages"),
    (_A + _PRE + r"(?:ال)?(?:محادثات|محادثة)" + _Z, "conversations"),
    (_A + _PRE + r"(?:ال)?(?:سيرفرات|سيرفر|خوادم|خادم)" + _Z, "servers"),
    (_A + _PRE + r"(?:ال)?(?:راكات|راك)" + _Z, "racks"), (_A + _PRE + r"(?:ال)?(?:مواقع|موقع)" + _Z, "sites"),
    (_A + _PRE + r"(?:ال)?(?:تقارير|تقرير)" + _Z, "reports"),
    (_A + _PRE + r"(?:ال)?(?:كلمات|كلمة)" + _Z, "words"),
    (_A + _PRE + r"(?:ال)?(?:أحرف|حروف|حرف)" + _Z, "characters"), (r"باراميتر|بارامتر|معامل", "params"),
    (_A + _PRE + r"(?:ال)?(?:توكنات|توكن)" + _Z, "tokens"),
    # a request's sides ("١٠٠٠ token داخل و ٣٠٠ خارج", "البرومبت حوالي ١٢٠٠ token والرد ٤٠٠ token")
    (r"(?<=[\d\s])(?:داخل|مدخل|مدخلات|إدخال)" + _Z, "input"),
    (r"(?<=[\d\s])(?:خارج|مخرج|مخرجات)" + _Z, "output"),
    (_A + _PRE + r"(?:ال)?برومبت" + _Z, "prompt"), (_A + _PRE + r"الرد" + _Z, "answer"),
    # a peak, an average, a multiple, latency
    (_A + _PRE + r"(?:ال)?ذروة" + _Z, "peak"), (_A + _PRE + r"(?:ال)?متوسط" + _Z, "average"),
    (r"(?<=\d)\s*(?:أضعاف|اضعاف|ضعف)" + _Z, "x"),
    (r"زمن\s+(?:أول|اول)\s+(?:توكن|token)", "time to first token"),
    (_A + r"(?:أقل\s+من|اقل\s+من|تحت)" + _Z, "under"),
    (r"أسرع\s+(\d+(?:\.\d+)?)\s*(?:مرة|مرات)", r"\1x faster"),
    # money ("الدولار = 3.75 ريال", "سعر الصرف ٣٫٧٥", "دينار كويتي")
    (r"دينار\s+كويتي", "KWD"), (_A + _PRE + r"(?:ال)?دولار" + _Z, "USD"), (r"سعر\s+الصرف", "exchange rate"),
    (_A + _PRE + r"(?:ال)?خصم" + _Z, "discount"),
    (_A + _PRE + r"(?:ال|بال|ب)?(?:إيجار|ايجار)" + _Z + r"|" + _A + r"(?:نأجر|نستأجر)(?:ه|ها)?" + _Z, "rent"),
    (_A + _PRE + r"(?:ال)?شراء" + _Z + r"|" + _A + r"نشتري" + _Z, "buy"),
    (_A + _PRE + r"(?:ال)?ميزانية" + _Z + r"|" + _A + r"ميزانيت(?:نا|هم|كم)" + _Z, "budget"),
    (_A + _PRE + r"(?:ال)?(?:تكلفة|تكاليف)" + _Z, "cost"),
    (_A + _PRE + r"(?:ال)?فاتورة" + _Z, "bill"), (_A + _PRE + r"(?:ال)?(?:كهربا|كهرباء)" + _Z, "electricity"),
    (_A + _PRE + r"(?:ال)?(?:تعرفة|تعريفة)" + _Z, "tariff"), (_A + _PRE + r"(?:ال)?سعر" + _Z, "price"),
    # asked and done
    (r"كم\s+يوم", "how many days"), (r"كم\s+شهر", "how many months"), (r"كم\s+سنة", "how many years"),
    (_A + r"(?:شقد|قديش|بكم)" + _Z, "how much"),
    (_A + r"(?:ندرب|ندربه|نعيده|تدريبنا|تدربناه)" + _Z, "train"), (_A + r"(?:ياخذ|يأخذ|بياخذ)" + _Z, "takes"),
    (_A + r"(?:أخذ|اخذ|أخذت)" + _Z, "took"),
    (_A + r"(?:نقاط|نقطة)" + _Z, "points"), (_A + r"يزيد" + _Z, "goes up"),
    (_A + r"(?:يتضاعف|تتضاعف)" + _Z, "doubles"), (_A + r"(?:ينمو|تنمو)" + _Z, "grows"),
    (_A + r"(?:حالياً|حاليا|الحين)" + _Z, "now"), (_A + r"(?:بعد|خلال)(?=\s+\d|\s+2 )", "in"),
    (r"على\s+مدى", "over"), (_A + r"(?:ماكس|حده)" + _Z, "max"),
    (_A + r"كل" + _Z, "each"), (_A + r"من(?=\s+\d)", "from"), (_A + r"(?:إلى|الى)(?=\s+\d)", "to"),
]

_REWRITES: list[tuple[str, str]] = [
    # digits, one for one ("٣٠٠ ألف", "١٢٠٠")
    *((d, a) for d, a in _DIGITS.items()),
    *_EGYPT,
    *_GULF,
    # scale words after a number ("2 مليون", "300 ألف", "500 مليار")
    (r"(?<=[\d\s])مليارات|(?<=[\d\s])مليار", "billion"), (r"(?<=[\d\s])ملايين|(?<=[\d\s])مليون", "million"),
    # (not "الفرع", "الفلوس": a word that starts with the letters)
    (r"(?:(?<=[\d\s])آلاف|(?<=[\d\s])ألف|(?<=[\d\s])الف)" + _Z, "thousand"),
    # currencies, as their codes ("12 ريال", "14 درهم", "500 جنيه")
    (r"ريال(?:\s+سعودي)?", "SAR"), (r"درهم(?:\s+إماراتي)?", "AED"), (r"جنيه(?:\s+مصري)?", "EGP"),
    (r"دينار(?:\s+أردني)?", "JOD"), (r"دولار", "USD"),
    # periods and what is counted ("في 14 يوم", "يوميا", "شهريا")
    (r"(?<=\d)(\s*)(?:يوم|أيام|ايام)", r"\1days"), (r"(?<=\d)(\s*)(?:شهر|أشهر|اشهر)", r"\1months"),
    (r"(?<=\d)(\s*)(?:سنة|سنوات)", r"\1years"), (r"يوميا|يومياً|في اليوم", "per day"),
    (r"شهريا|شهرياً", "per month"),
    (r"كروت|بطاقات|كرت", "cards"), (r"مستخدم(?:ين)?", "users"), (r"موديل|نموذج", "model"),
    # the asked and said ("كم عدد كروت H100 اللي نحتاجها لتدريب موديل 13B على … في 14 يوم؟ MFU حوالي 40%")
    (r"كم\s+عدد", "how many"), (r"كم", "how many"), (r"لتدريب|تدريب", "to train"),
    (r"حوالي|تقريبا|تقريباً", "about"),
    (r"(?<=\s)على(?=\s)", "on"), (r"(?<=\s)في(?=\s)", "in"), (r"اللي\s+نحتاجها|نحتاج", "we need"),
]
_COMPILED = [(rx.compile(p), to) for p, to in _REWRITES]


def said_in_arabic(text: str) -> bool:
    """The message shows Arabic letters or Arabic-Indic digits."""
    return _ARABIC.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Arabic quantity words in English and its digits in ASCII, with the position in the "
        "source
    of each character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
