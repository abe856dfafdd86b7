"""Lithuanian quantity words in a question ("350 tūkst. DAU", "6 užklausos per dieną vienam", "64 vnt. H100",
"3,20 €/val. už GPU", "2,5 mln. € biudžetą", "kiek kortų reikės?", "per 18 mėn."): the period, the counted
thing, the hedges and the few verbs the rules key on, said in English, so that every rule reads them as it
reads English. Only the words that carry a quantity's meaning are rewritten, never the numbers; Lithuanian
writes its thousands with spaces ("310 000") and its decimals with a comma ("1,1"), which calc/numbers reads
once this module says the message is Lithuanian; its scale words are abbreviated with a dot ("tūkst.", "mln.",
"mlrd."). People often type it without its diacritics ("kiek tokenu", "uzklausu"): every word is read either
way. A message is rewritten only when it shows the language (a word only Lithuanian writes among the languages
read: not Latvian, whose "tūkst." and "dienas" it shares). Every character keeps its position in the source,
so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, with_or_without_marks

_PLAIN = {"ą": "a", "č": "c", "ę": "e", "ė": "e", "į": "i", "š": "s", "ų": "u", "ū": "u", "ž": "z"}


def _d(pattern: str) -> str:
    """The pattern with each letter that has a diacritic read with or without it (calc/script)."""
    return with_or_without_marks(pattern, _PLAIN)


_L = "a-ząčęėįšųūž"
_W = rf"[{_L}]*"           # the rest of a word (Lithuanian endings: "kortų", "kortos", "kortomis")
_E = rf"(?![{_L}])"        # a word's end
_N = r"\d(?:[\d\s,.]*\d)?"
# a name after a count ("64 vnt. H100", "16 tk DGX H100", "8 gab. Gaudi 3")
_NAME = r"(?=\s+(?:dgx\s+|hgx\s+|nvidia\s+|amd\s+|intel\s+|google\s+)?[a-z]{1,6}[\s-]?\d)"
# words only Lithuanian writes among the languages read (with or without its marks; the last few only with
# them: "diena", "musu" and "sekunde" are Latvian or German words too)
_LITHUANIAN = rx.compile(r"(?<!\w)(?:" + _d(
    r"kiek|reikia|reikės|reiktų|reikėtų|prireiks|kortų|kortos|kortas|kortomis|kortelių|užklaus(?:ų|os|a|as)|"
    r"tūkstančių|tūkstančiai|vartotojų|vartotojai|naudotojų|naudotojai|darbuotojų|"
    r"turim|turime|norim|norime|kainuoja|kainuos|kainuotų|užtruks|užtruktų|užtrunka|vnt|išvesties|įvesties|"
    r"jei|jeigu|kiekvienas|kiekvienam|vidutiniškai|valandų|valandą|metinė|metinės|biudžetą|biudžetas|"
    r"nuolaida|nuolaidą|tiekėjas|treniravimas|treniruotė|apmokyti|aptarnauti|stelažų|serverių|milijonų|"
    r"milijardų|pigiau|atsakymas|atsakymų|sveiki|perkam|perkame|pirkti|nuoma|nuomos|nuomojant|"
    r"elektros|elektrą|sąskaita") + r"|dieną|dienų|mūsų|sekundę)(?!\w)", re.IGNORECASE)


def _r(pattern: str, to: str) -> tuple[str, str]:
    return _d(pattern), to


# (not "one": "viena korta kainuoja" is what each card costs)
_NUMERALS = (("du|dvi|dviem|dvejus", "2"),
             ("tris|trims|trys|trejus", "3"),
             ("keturis|keturiems|keturios|keturi", "4"), ("penkis|penkiems|penkios|penki", "5"),
             ("šešis|šešiems|šešios|šeši", "6"), ("aštuonis|aštuoniems|aštuonios|aštuoni", "8"),
             ("dešimt", "10"), ("dvylika", "12"))

_REWRITES: list[tuple[str, str]] = [
    # scale words, abbreviated with a dot that ends no sentence
    _r(rf"(?<=\d)(\s*)(?:tūkst\.?|tūkstan{_W}|tūkstanč{_W}){_E}", r"\1thousand"),
    _r(rf"(?<=\d)(\s*)(?:mln\.?|milijon{_W}){_E}", r"\1million"),
    _r(rf"(?<=\d)(\s*)(?:mlrd\.?|milijard{_W}){_E}", r"\1billion"),
    _r(rf"(?<=\d)(\s*)(?:trln\.?|trilijon{_W}){_E}", r"\1trillion"),
    # whole phrases first (their words are rewritten one by one below)
    _r(rf"\bkiek\s+(?:tai\s+|tas\s+|mums\s+)*(?:kainuos|kainuotų|kainuoja|kaštuos|kaštuotų|atsieis|"
       rf"atsieitų){_E}", "how much does it cost"),
    _r(rf"\bkiek\s+iš\s+viso{_E}", "how much in total"),
    _r(rf"\bkiek\s+(?:savaičių|mėnesių)(?:\s+(?:užtruks|užtruktų|užtrunka|truks|truktų|trunka))?{_E}",
       "how long would it take"),
    _r(rf"\bkiek\s+dienų{_E}", "how many days"), _r(rf"\bkiek\s+valandų{_E}", "how many hours"),
    _r(rf"\bkiek\s+(?:laiko\s+)?(?:užtruks|užtruktų|užtrunka|truks|truktų|trunka){_E}|"
       rf"\bkiek\s+laiko(?:\s+reikės)?{_E}",
       "how long would it take"),
    # ("kiek kainuoja 1M tokenų": what so many tokens cost)
    _r(rf"\bkiek\s+(?:kainuoja|kainuotų|kainuos|kaštuoja)\s+({_N}\s*(?:k|m|million|thousand|billion)?\s*"
       rf"(?:tokenų|žetonų|užklausų)){_E}", r"how much do \1 cost"),
    _r(rf"\bkiek{_E}", "how many"),
    _r(rf"\bkas\s+pigiau{_E}|\bkas\s+bus\s+pigiau{_E}", "which is cheaper"),
    _r(rf"\bar\s+tai\s+realu{_E}|\bar\s+tai\s+tiesa{_E}|\bar\s+realu{_E}", "is that right"),
    _r(rf"\bar\s+apsimoka{_E}", "is it worth it to"),
    _r(rf"\bsako,?\s+kad{_E}|\bteigia,?\s+kad{_E}|\bteigia{_E}|\btvirtina,?\s+kad{_E}", "claims"),
    # ("vienu metu vykstančių pokalbių", "vienu metu prisijungusių vartotojų": at one time, so many at once)
    _r(rf"\bvienu\s+metu\s+(?:[{_L}]+\s+)?(?:pokalbi{_W}|sesij{_W}|vartotoj{_W}|naudotoj{_W}|agent{_W}|"
       rf"klient{_W}|sraut{_W}){_E}|\bvienalaiki{_W}\s+(?:vartotoj{_W}|naudotoj{_W}|pokalbi{_W}|sesij{_W})",
       "concurrent users"),
    _r(rf"\bvienu\s+metu{_E}", "concurrently"),
    _r(rf"\bdienos\s+aktyvi{_W}\s+(?:vartotoj{_W}|naudotoj{_W}){_E}|\bkasdien\s+aktyvi{_W}\s+"
       rf"(?:vartotoj{_W}|naudotoj{_W}){_E}", "daily users"),
    _r(rf"\bmėnesio\s+aktyvi{_W}\s+(?:vartotoj{_W}|naudotoj{_W}){_E}", "monthly users"),
    _r(rf"\bpusę\s+(?:jo\s+|biudžeto\s+)?(?:leisim|leisime|išleisim|skirsim|skirsime|eis)\s+(?:gpu|kortoms|"
       rf"kortelėms){_E}|\bpusė\s+(?:eis|bus)\s+(?:gpu|kortoms|kortelėms){_E}", "half of it on GPUs"),
    _r(rf"\bpiko\s+metu{_E}|\bpike{_E}|\bpikas{_E}", "peak"),
    _r(rf"\bpadvigubėja\s+kas\s+({_N})\s*(?:mėn\.?|mėnesi{_W}){_E}", r"doubles every \1 months"),
    _r(rf"\bauga\s+({_N}\s*%)\s+per\s+metus{_E}", r"grows \1 a year"),
    _r(rf"({_N}\s*%)\s+per\s+metus{_E}", r"\1 a year"),
    _r(rf"\bpo\s+({_N})\s*(?:metų|m\.){_E}", r"in \1 years"),
    _r(rf"\bpo\s+({_N})\s*(?:mėnesių|mėn\.?){_E}", r"in \1 months"),
    _r(rf"\bper\s+({_N})\s*(?:mėn\.?|mėnesi{_W}){_E}", r"in \1 months"),
    _r(rf"\bper\s+({_N})\s*(?:metus|metų|m\.){_E}", r"in \1 years"),
    _r(rf"\bper\s+({_N})\s*(?:savait{_W}){_E}", r"in \1 weeks"),
    _r(rf"\bper\s+({_N})\s*(?:dien{_W}|d\.){_E}", r"in \1 days"),
    _r(rf"\bper\s+({_N})\s*(?:valand{_W}|val\.?){_E}", r"in \1 hours"),
    _r(rf"\bnuo\s+({_N}\s*(?:k|thousand|million|billion)?)\s+iki\s+(?=\d)", r"from \1 to "),
    _r(rf"\bnuo\s+nulio{_E}", "from scratch"),
    _r(r"\biki\s+(?=\d)", "to "),
    # a length's tokens said after their number ("600 tokenų įvesties", "2k įvesties / 500 išvesties tokenų")
    _r(rf"(?<=\d)(\s*)tokenų\s+įvesties{_E}", r"\1input tokens"),
    _r(rf"(?<=\d)(\s*)tokenų\s+išvesties{_E}", r"\1output tokens"),
    _r(rf"\bįvesties\s+tokenų{_E}|\bįvesties\s+žetonų{_E}", "input tokens"),
    _r(rf"\bišvesties\s+tokenų{_E}|\bišvesties\s+žetonų{_E}", "output tokens"),
    _r(rf"\bįvest{_W}", "input"), _r(rf"\bišvest{_W}", "output"),
    # numbers said in words before what they count ("trims mėnesiams", "dvi savaites", "aštuonios kortos")
    *(_r(rf"\b(?:{word}){_E}(?=\s+(?:mėnes|savait|dien|met|val|kort|server|gpu|[a-z]{{1,6}}\d))", digits)
      for word, digits in _NUMERALS),
    # what one card draws ("viena korta su serveriu traukia 1,2 kW"), said as English says it: per card
    _r(rf"\b(?:viena|kiekviena)\s+(?:korta|kortelė|gpu)(\s+su\s+serveriu)?\s+(?:traukia|naudoja|suvartoja)\s+"
       rf"({_N}\s*k?w){_E}", r"\2 per gpu\1"),
    # per what
    _r(rf"\bper\s+dieną\s+vienam(?:\s+(?:vartotojui|naudotojui))?{_E}", "per day per user"),
    _r(rf"\bvienam\s+(?:vartotojui|naudotojui|žmogui|darbuotojui){_E}|\bvartotojui{_E}|\bnaudotojui{_E}|"
       rf"\b(?:už|iš)\s+(?:vieną\s+)?(?:vartotoją|naudotoją|vartotojo|naudotojo){_E}", "per user"),
    # ("8 H100 nuoma mėnesiui": for one such period)
    _r(rf"(?<![\d.,])(\d+)\s*mėnesiams{_E}", r"for \1 months"),
    _r(rf"(?<![\d.,])(\d+)\s*savaitėms{_E}", r"for \1 weeks"),
    _r(rf"(?<![\d.,])(\d+)\s*dienoms{_E}", r"for \1 days"),
    _r(rf"(?<![\d.,])(\d+)\s*metams{_E}", r"for \1 years"),
    _r(rf"\bmėnesiui{_E}", "for a month"), _r(rf"\bmetams{_E}", "for a year"),
    _r(rf"\bsavaitei{_E}", "for a week"), _r(rf"\bparai{_E}", "for a day"),
    _r(rf"\bvienai\s+(?:gpu|kortai|kortelei){_E}|\bvienai\s+gpu{_E}|\bkortai{_E}", "per gpu"),
    _r(rf"\bvienam\s+serveriui{_E}", "per server"),
    _r(rf"\bsu\s+serveriu{_E}|\bsu\s+serveriais{_E}", "including server"),
    _r(r"\bvienam\s+(?=[a-z]{1,6}\d)", "per "),
    _r(rf"\bper\s+(?:dieną|parą){_E}|\bkasdien{_E}|\bper\s+d\.(?![{_L}])", "per day"),
    _r(rf"(?<=/)\s*d\.?(?![{_L}])", "day"),
    _r(rf"\bper\s+valandą{_E}|(?<=/)\s*val\.?(?![{_L}])", "hr"),
    _r(rf"\bper\s+mėnesį{_E}|\bper\s+mėn\.?(?![{_L}])|\bkas\s+mėnesį{_E}|(?<=/)\s*mėn\.?(?![{_L}])",
       "per month"),
    _r(rf"\bper\s+metus{_E}|\bkasmet{_E}", "per year"), _r(rf"\bmetin{_W}", "annual"),
    _r(rf"\bper\s+sekundę{_E}|(?<=/)\s*sek\.?(?![{_L}])", "per second"),
    _r(rf"\bper\s+tokeną{_E}|\bvienam\s+tokenui{_E}", "per token"),
    _r(rf"\bper\s+milijoną{_E}|\bmilijonui{_E}", "per million"),
    _r(rf"\bgpu\s+valand{_W}|\bgpu-valand{_W}|\bgpu\s+val\.(?![{_L}])", "gpu-hours"),
    _r(rf"\bgpu\s+met{_W}|\bgpu-met{_W}", "gpu-years"),
    # who is counted
    _r(rf"\bvartotoj{_W}|\bnaudotoj{_W}", "users"), _r(rf"\bdarbuotoj{_W}", "employees"),
    _r(rf"\bklient{_W}", "customers"),
    # periods
    _r(rf"(?<=\d)(\s*)(?:dien{_W}|d\.){_E}", r"\1days"), _r(rf"(?<=\d)(\s*)savait{_W}", r"\1weeks"),
    _r(rf"(?<=\d)(\s*)(?:mėnesi{_W}|mėnes{_W}|mėn\.?){_E}", r"\1months"),
    _r(rf"(?<=\d)(\s*)(?:metai|metus|metų|m\.){_E}", r"\1years"),
    _r(rf"(?<=\d)(\s*)(?:valand{_W}|val\.?){_E}", r"\1hours"),
    _r(rf"\bdabar{_E}|\bšiuo\s+metu{_E}", "now"), _r(rf"\bpabaigoje{_E}", "at the end"),
    # what is counted
    _r(rf"\bpromptas{_E}|\bprompt{_W}", "prompt"), _r(rf"\btokenas{_E}", "token"),
    _r(rf"\bsimbol{_W}|\bženkl{_W}", "characters"), _r(rf"\bper\s+užklausą{_E}", "per query"),
    _r(rf"\batsakym{_W}", "answer"),
    _r(rf"\btoken(?:ų|ai|us|ą|ais|ams|o|u|e|ui){_E}|\bžeton{_W}", "tokens"), _r(rf"\bužklaus{_W}", "queries"),
    _r(rf"\bprašym{_W}", "requests"), _r(rf"\bpokalbi{_W}", "conversations"), _r(rf"\bžinut{_W}", "messages"),
    _r(rf"\bkort{_W}|\bkortel{_W}|\bvaizdo\s+plokšt{_W}", "cards"),
    _r(rf"\bserver(?:is|į|io|iu|yje){_E}", "server"), _r(rf"\bserver{_W}", "servers"),
    _r(rf"\bstelaž{_W}|\bspint{_W}", "racks"),
    _r(rf"\bmazg{_W}", "nodes"), _r(rf"\blust{_W}", "chips"), _r(rf"\bepoch{_W}", "epochs"),
    _r(rf"\bklasteri{_W}", "cluster"), _r(rf"\bmodel{_W}", "model"),
    # pieces before a name are so many of it ("64 vnt. H100"), else a count (the dot may end the sentence)
    _r(rf"(?<=\d)(\s*)vnt\.?{_NAME}", r"\1x"),
    _r(r"(?<=\d)(\s*)vnt\b", r"\1pcs"),
    # hedges
    _r(rf"(?:\bapie{_E}|\bmaždaug{_E}|\bapytiksliai{_E}|\bgal{_E}|\bvidutiniškai{_E}|\bvid\.)\s*"
       r"(?=[~≈$€£\d])", "about "),
    _r(rf"\bvidutiniškai{_E}|\bvidutin{_W}", "average"),
    _r(rf"\bkiekvienas\s+(?:daro|siunčia|pateikia|užduoda)(?:\s+po)?{_E}", "each user does"),
    # (each word said apart, so that a span quotes the words whole)
    _r(rf"\b(?:kiekvienas|kiekviena|vienas|viena)(?=\s+(?:traukia|naudoja|suvartoja|kainuoja|kainuotų|"
       rf"kainuos){_E})", "each"),
    _r(rf"\bkiekvien{_W}(?:\s+po)?{_E}", "each"),
    # money, power
    _r(rf"\bkainuoja{_E}|\bkainuotų{_E}|\bkainuos{_E}|\bkaštuoja{_E}", "costs"),
    _r(rf"\bkain{_W}", "price"),
    _r(rf"\bimame{_E}|\bimam{_E}|\bprašome{_E}|\bprašom{_E}", "we charge"),
    _r(rf"\bkurs(?:as|u|o|ą){_E}", "rate"), _r(rf"\beurais{_E}", "in EUR"), _r(rf"\bdoleriais{_E}", "in USD"),
    _r(rf"\bkašt{_W}|\bišlaid{_W}", "costs"),
    _r(rf"\bnuomojant\s+po{_E}", "renting at"),
    _r(rf"\b(?:iš)?nuom{_W}", "rent"), _r(rf"\bpirkti{_E}|\bperkam{_W}|\bpirksim{_W}|\bnupirkti{_E}", "buy"),
    _r(rf"\bgausim{_W}", "can we buy"),
    _r(rf"\bbiudžet{_W}", "budget"), _r(rf"\bnuolaid{_W}", "discount"),
    _r(rf"\belektros\s+sąskait{_W}|\bsąskaita\s+už\s+elektrą{_E}", "electricity bill"),
    _r(rf"\bsąskait{_W}", "bill"), _r(rf"\belektr{_W}", "electricity"),
    _r(rf"\btinklui\s+ir\s+serveriams{_E}", "networking and servers"),
    _r(rf"\btinkl{_W}", "networking"),
    _r(rf"\bpridėti{_E}|\bpridedam{_W}", "plus"),
    _r(rf"\btraukia{_E}|\bnaudoja{_E}", "draws"), _r(rf"\blaisvos\s+galios{_E}", "available"),
    _r(rf"\bpanaudojim{_W}|\bišnaudojim{_W}|\butilizacij{_W}", "utilization"),
    _r(rf"\bgreitesn{_W}", "faster"), _r(rf"\bpigiau{_E}|\bpigesn{_W}", "cheaper"),
    # what is asked and done
    _r(rf"\bmums\s+(?:reikia|reikės|reiktų|reikėtų|reiks|reik){_E}", "we need"),
    _r(rf"\breikia{_E}|\breikės{_E}|\breiktų{_E}|\breikėtų{_E}|\bprireiks{_E}|\breiks{_E}|\breik{_E}",
       "needed"),
    _r(rf"\bmums{_E}", "we"),
    _r(rf"\bgeneruojam{_W}|\bgeneruoja{_E}", "we generate"),
    _r(rf"\bkad\s+aptarnautum{_W}|\baptarnautum{_W}", "to serve"),
    _r(rf"\bgalim(?:e)?\s+(?:nu)?pirkti{_E}|\bgalim(?:e)?\s+gauti{_E}", "can we buy"),
    _r(rf"\bturi\s+po\s+({_N}\s*k?w){_E}", r"have \1 each"),
    _r(rf"\bužteks{_E}|\bužtektų{_E}|\bpakaks{_E}|\bpakanka{_E}|\bužtenka{_E}", "enough"),
    _r(rf"\btreniravim{_W}|\btreniruo{_W}|\bapmokyti{_E}|\bapmokym{_W}|\bpretrain{_W}", "training"),
    _r(rf"\bužtruks{_E}|\bužtruktų{_E}|\btruks{_E}|\btruktų{_E}", "will take"),
    _r(rf"\bužtrunka{_E}|\btrunka{_E}", "takes"),
    _r(rf"\bužtruko{_E}|\btruko{_E}|\bsuvalgė{_E}", "took"),
    _r(rf"\btiekėj{_W}|\bpardavėj{_W}", "vendor"), _r(rf"\bduos{_E}|\bduoda{_E}|\bduotų{_E}", "gives"),
    _r(rf"\byra{_E}", "is"), _r(rf"\baptarnauti{_E}", "serve"),
    _r(rf"\btilps{_E}|\btilptų{_E}|\bsutalpinsim{_W}", "fit"), _r(r"(?<=\s)į\s+(?=\d)", "into "),
    _r(rf"\baugti{_E}|\baugs{_E}|\bauga{_E}", "grow"),
    _r(rf"\bišmatavom{_W}", "we measured"), _r(rf"\bturim{_W}", "we have"), _r(rf"\bmūsų{_E}", "our"),
    _r(r"\bpo\s+(?=[~≈]?\s*\d[\d\s.,]*\s*(?:\$|€|eur|usd))", "at "), _r(rf"\bpo{_E}", "each"),
    _r(r"(?<=[€$])(\s*(?:/\s*[a-z.]+)?\s+)už\s+(?=gpu|kort)", r"\1per "),
    # a price ("serverį už 310 000 €"); what a sum buys is "for" it ("nupirkti už 2 mln. €")
    _r(rf"\b((?:pirkti|nupirkti|gausim|gauti|įsigyti|buy)\s+)už{_E}", r"\1for"),
    _r(r"\buž\s+(?=[~≈]?\s*\d[\d\s.,]*\s*(?:\$|€|eur|usd|thousand|million|billion))", "at "),
    _r(rf"\bplanuojam{_W}", "we plan to"),
    _r(r"\bsu\s+(?=\d)", "with "), _r(r"\bant\s+", "on "), _r(r"\bsu\s+", "with "),
    _r(r"\bjei\s+|\bjeigu\s+", "if "), _r(r"(?<=\s)ir(?=\s)", "and"), _r(r"(?<=\s)ar(?=\s)", "or"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_lithuanian(text: str) -> bool:
    """The message shows Lithuanian: a word only Lithuanian writes among the languages read."""
    return _LITHUANIAN.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Lithuanian quantity words in English, with the position in the source of each
    character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
