"""Slovenian quantity words in a question ("250.000 uporabnikov na dan", "vsak po 12 vprašanj", "16 kartic
H100 po 2,49 $ na uro", "tečaj 1,08 $/€", "kolk H100 rabimo?", "čez 2 leti"): the period, the counted
thing, the hedges and the few verbs the rules key on, said in English, so that every rule reads them as it
reads English (as calc/serbian does for Serbian and Croatian, whose words Slovenian shares some of and
whose reader runs after this one). Only the words that carry a quantity's meaning are rewritten, never the
numbers; Slovenian writes its thousands with dots or spaces ("250.000", "2 400") and its decimals with a
comma ("1,08"), which calc/numbers reads once this module says the message is Slovenian. People often type
it without its diacritics ("kolk", "vprasanj", "socasnih") and in the spoken forms ("kolk", "kok",
"rabmo", "zdej", "štrom"): every word is read either way. A message is rewritten only when it shows the
language (a word only Slovenian writes among the languages read). Every character keeps its position in
the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, with_or_without_marks
from calc.slovak import SLOVAK_WORDS

_PLAIN = {"č": "c", "š": "s", "ž": "z"}


def _d(pattern: str) -> str:
    """The pattern with each letter that has a diacritic read with or without it (calc/script)."""
    return with_or_without_marks(pattern, _PLAIN)


_L = "a-zčšžćđ"
_E = rf"(?![{_L}])"       # a word's end
_N = r"\d[\d\s,.]*"
# words only Slovenian writes among the languages read (with or without its carons)
_SLOVENIAN = rx.compile(rf"(?<![{_L}])(?:" + _d(
    r"uporabnik(?:ov|i|a|e|om|u)?|userjev|kolk|kok|rabmo|rabli|bomo|evrih|evrov|vprašanj|poizvedb|"
    r"zahtevkov|strežnik(?:ov|e|a|i|u)?|sočasnih|kartic|karticah|kartico|tisoč|zdej|hitrejši|"
    r"izkoriščenost(?:i)?|splača|kolksna|odstotnih|točk|poslovalnicah|omar|sporočil|tedenskih|porabimo|"
    r"ponudnik|podvoji|poskusov|besed|člankov|zdržimo|repliko|obdelamo|povprečen|znake|mrežo|omejena|noter|"
    r"pomnilnik|besedila|faktorju|čipih|rackov|moči|priklopimo|cenah|besedo|gpu-jev|gpu-je|"
    r"rabimo") +
    rf")(?![{_L}])", re.IGNORECASE)


def _r(pattern: str, to: str) -> tuple[str, str]:
    return _d(pattern), to


_REWRITES: list[tuple[str, str]] = [
    # whole phrases first (their words are rewritten one by one below)
    _r(rf"\b(?:kolk|kok|koliko|kolko)\s+(?:nas\s+)?(?:bo\s+)?(?:stal[aoi]?|stane|pride|je\s+to|bo){_E}",
       "how much does it cost"),
    _r(rf"\b(?:kolk|kok|koliko|kolko)\s+dni{_E}", "how many days"),
    _r(rf"\b(?:kolk|kok|koliko|kolko)\s+(?:gpu\s+ur|ur){_E}", "how many gpu-hours"),
    _r(rf"\b(?:kolk|kok|koliko|kolko|kolksna){_E}", "how many"),
    _r(rf"\b(?:sočasnih|hkratnih)\s+(?:uporabnikov|userjev){_E}|\buporabnikov\s+hkrati{_E}",
       "concurrent users"),
    _r(rf"\bmesečnih\s+uporabnikov{_E}", "monthly users"),
    _r(rf"\btedenskih\s+uporabnikov{_E}", "weekly users"),
    _r(rf"\bdnevnih\s+uporabnikov{_E}", "daily users"),
    _r(rf"\bpolovica\s+gre\s+za\s+(?:gpu-je|gpuje|kartice){_E}", "half of it on GPUs"),
    _r(rf"\bmfu\s+zraste\s+za\s+({_N})\s*odstotn(?:ih|e|i)\s+točk(?:e|i)?{_E}", r"MFU improves by \1 points"),
    _r(rf"\bmfu\s+dvignemo\s+na{_E}|\bmfu\s+zraste\s+na{_E}", "MFU goes to"),
    _r(rf"\bmfu\s+bo\s+za\s+({_N}\s*%)\s+boljš(?:i|a|e){_E}", r"MFU \1 better"),
    _r(rf"\bza\s+({_N}\s*%)\s+boljš(?:i|a|e){_E}", r"\1 better"),
    _r(rf"\brastemo\s+({_N}\s*%)\s+na\s+leto{_E}", r"growing \1 a year"),
    _r(rf"\bse\s+(?:nam\s+)?podvoji\s+vsak(?:e|ih|a)?{_E}", "doubles every"),
    _r(rf"\bse\s+izenačimo\s+z{_E}", "to match"),
    _r(rf"\ba\s+je\s+to\s+(?:sploh\s+)?realno{_E}", "is that right"),
    _r(rf"\btrdi(?:,)?\s+da{_E}|\btrdi{_E}", "claims"),
    _r(rf"\ba\s+se\s+(?:nam\s+)?splača{_E}|\bse\s+splača{_E}", "is it worth it to"),
    _r(rf"\bz\s+vsem\s+skupaj{_E}|\bvse\s+skupaj{_E}", "all-in"),
    _r(rf"\bračun\s+za\s+(?:štrom|elektriko){_E}", "electricity bill"),
    _r(rf"\+\s*({_N}\s*%)\s+za\s+mrežo(?:\s+in\s+ostalo)?{_E}", r"plus \1 for networking"),
    _r(r"\bv\s+evrih\s+pri\s+(?=\d)", "in EUR, rate "),
    _r(rf"\bvsak(?:a|o|i)?\s+omejen(?:a|o|i)?\s+na{_E}", "each capped at"),
    _r(rf"\bspravimo\s+noter{_E}", "fit"),
    _r(r"\bče\s+gre\s+(?=\d)|\bce\s+gre\s+(?=\d)", "at "), _r(r"\bgre\s+na\s+(?=\d)", "per "),
    _r(rf"\bteče\s+na{_E}", "runs on"), _r(r"\bbatch\s+do\s+(?=\d)", "batch up to "),
    _r(rf"\bzdržimo{_E}", "can we sustain"),
    _r(rf"\bdnevno\s+(?:okol|okoli|okrog|približno|cca\.?)\s+({_N}\s*k?){_E}", r"about \1 daily"),
    _r(rf"\bpo\s+({_N})\s+besed{_E}", r"of \1 words each"),
    _r(_d(r"\bfaktor(?:ju|jem|ja)?(?![a-zčšžćđ])(?!\s+moči)"), "factor"),
    _r(rf"\bgeneriramo{_E}", "we generate"),
    _r(rf"\bznak(?:ov|e|a|i)?\s+na\s+token{_E}", "characters per token"),
    _r(rf"\bna\s+(?:milijon|mio){_E}", "per million"), _r(rf"\bza\s+milijon{_E}", "per million"),
    _r(rf"\bna\s+(?:kartico|gpu|karto){_E}", "per gpu"), _r(rf"\bna\s+strežnik{_E}", "per server"),
    _r(rf"\bna\s+uporabnika{_E}", "per user"), _r(rf"\bna\s+repliko{_E}", "per replica"),
    _r(rf"\bna\s+tiket{_E}", "per ticket"), _r(rf"\bna\s+besedo{_E}", "per word"),
    _r(rf"\bna\s+token{_E}", "per token"), _r(rf"\bna\s+čip-uro{_E}", "per chip-hour"),
    _r(rf"\bna\s+uro{_E}", "per hour"), _r(rf"(?<=/)\s*uro{_E}", "hr"),
    _r(rf"\bna\s+sekundo{_E}", "per second"), _r(rf"\bna\s+dan{_E}|\bdnevno{_E}", "per day"),
    _r(rf"\bna\s+leto{_E}|\bletno{_E}", "per year"), _r(rf"\bna\s+mesec{_E}|\bmesečno{_E}", "per month"),
    _r(rf"\bčez\s+({_N})\s*(?:leti|let|leta|leto){_E}", r"in \1 years"),
    _r(rf"\bčez\s+({_N})\s*(?:mesecev|mesece|meseca|mesec){_E}", r"in \1 months"),
    _r(rf"\bv\s+({_N})\s*(?:letih|leti|letu){_E}", r"in \1 years"),
    _r(rf"\bv\s+({_N})\s*(?:mesecih){_E}", r"in \1 months"),
    _r(rf"\bod\s+({_N}\s*(?:k|tisoč|mio)?)\s+do\s+(?=\d)", r"from \1 to "),
    _r(r"\bvsak(?:a|o|i)?\s+po\s+(?=\d)", "each "), _r(rf"\bvsak(?:a|o|i)?\s+porabi{_E}", "each uses"),
    _r(rf"\bvsak(?:a|o|i)?\s+naredi{_E}|\bvsak(?:a|o|i)?\s+pošlje{_E}", "each user does"),
    _r(r"\bpo\s+(?=[~≈]?\s*\d[\d.,\s]*\s*(?:\$|€|eur|usd|evr))", "at "),
    _r(rf"\bpo\s+cenah\s+iz{_E}", "at prices of"),
    _r(rf"\b(?:1\s*)?gpu[- ]?ur(?:e|i)?{_E}", "gpu-hours"), _r(rf"\bgpu[- ]?let{_E}", "gpu-years"),
    # who is counted
    _r(rf"\buporabnik(?:ov|i|a|e|om|u)?{_E}|\buserjev{_E}", "users"),
    _r(rf"\baktivni{_E}", "active users"), _r(rf"\bposlovalnic(?:ah|e|i)?{_E}", "sites"),
    # periods
    _r(rf"(?<=\d)(\s*)(?:dni|dan|dneh){_E}", r"\1days"), _r(rf"(?<=\d)(\s*)(?:tednov|tedne|tedna|teden){_E}",
                                                             r"\1weeks"),
    _r(rf"(?<=\d)(\s*)(?:mesecev|mesece|meseca|mesec){_E}", r"\1months"),
    _r(rf"(?<=\d)(\s*)(?:let|leti|leta|leto){_E}", r"\1years"),
    _r(rf"(?<=\d)(\s*)(?:ur|uri|ure){_E}", r"\1hours"),
    _r(r"\bvsake\s+(?=\d)|\bvsakih\s+(?=\d)", "every "), _r(rf"\bzdaj{_E}|\bzdej{_E}", "now"),
    _r(rf"\blani{_E}", "last year"),
    # what is counted
    _r(rf"\bvhodnih\s+tokenov{_E}|\btokenov\s+vhoda{_E}", "input tokens"),
    _r(rf"\bizhodnih\s+tokenov{_E}|\btokenov\s+izhoda{_E}", "output tokens"),
    _r(rf"\bvhodnih{_E}|\bvhoda{_E}|\bvhod{_E}", "input"),
    _r(rf"\bizhodnih{_E}|\bizhoda{_E}|\bizhod{_E}", "output"),
    _r(rf"\bodgovor(?:a|ov|i)?{_E}", "answer"), _r(rf"\btoken(?:ov|i|a|e|om)?{_E}", "tokens"),
    _r(rf"\bvprašanj(?:e|a)?{_E}|\bpoizvedb(?:e)?{_E}", "queries"),
    _r(rf"\bzahtev(?:kov|e|a)?{_E}", "requests"),
    _r(rf"\bsporočil(?:a|o)?{_E}", "messages"), _r(rf"\btiket(?:ov|a|i)?{_E}", "tickets"),
    _r(rf"\bčlank(?:ov|a|i)?{_E}", "articles"), _r(rf"\bbesed(?:a|e|o)?{_E}", "words"),
    _r(rf"\bznak(?:ov|e|a|i)?{_E}", "characters"),
    _r(rf"\bgrafičn(?:ih|e|a)\s+kartic(?:ah|e|o)?{_E}|\bgrafičn(?:ih|e|a){_E}", "gpus"),
    _r(rf"\bkartic(?:ah|e|o|i)?{_E}|\bkos(?:ov|ih|a|i)?{_E}|\bkomad(?:ov)?{_E}", "cards"),
    _r(rf"\bstrežnik(?:ov|e|a|i|u)?{_E}|\bserverj(?:e|ev|i)?{_E}", "servers"),
    _r(rf"\bomar(?:e|a)?{_E}|\brack(?:ov|e|a)?{_E}", "racks"), _r(rf"\bčip(?:ih|ov|e|a)?{_E}", "chips"),
    _r(rf"\breplik(?:ah|e|a)?{_E}", "replicas"), _r(rf"\bepoh(?:e|a)?{_E}", "epochs"),
    _r(rf"\bposkus(?:ov|i|a)?{_E}", "runs"), _r(rf"\bparametr(?:ov|i)?{_E}", "parameters"),
    _r(rf"\baktivnih{_E}", "active"),
    # hedges
    _r(rf"(?:\bokoli{_E}|\bokol{_E}|\bokrog{_E}|\bpribližno{_E}|\bcca\.?|\bpovprečno{_E})\s*(?=[~≈$€£\d])",
       "about "),
    _r(rf"\bpovprečn(?:o|i|a){_E}", "average"), _r(rf"\bvsak(?:a|o|i)?{_E}", "each"),
    # money, scale, measurements
    _r(rf"(?<=\d)(\s*)(?:bilijon(?:ov|a|e)?){_E}", r"\1trillion"),
    _r(rf"(?<=\d)(\s*)(?:milijard(?:e|i|a)?|mrd){_E}", r"\1billion"),
    _r(rf"(?<=\d)(\s*)(?:milijon(?:ov|a|e|i)?|mio){_E}", r"\1million"),
    _r(rf"(?<=\d)(\s*)tisoč{_E}", r"\1thousand"),
    _r(rf"\btečaj(?:u)?{_E}", "rate"), _r(rf"\bv\s+evrih{_E}", "in EUR"),
    _r(rf"\bevr(?:ov|ih|a|e)?{_E}", "EUR"),
    _r(rf"\bpopust(?:a|om)?{_E}", "discount"), _r(rf"\bcen(?:a|e|i|o){_E}", "price"),
    _r(rf"\bstane{_E}|\bstal(?:o|a|i)?{_E}", "costs"), _r(rf"\bzaračunamo{_E}", "we charge"),
    _r(rf"\bnajem{_E}|\bnajet(?:ih|e|i|o)?{_E}", "rent"),
    _r(rf"\bkupimo{_E}|\bkupiti{_E}|\bnakup{_E}", "buy"),
    _r(rf"\bbudžet(?:a|u)?{_E}|\bproračun(?:a|u)?{_E}", "budget"),
    _r(rf"\bštrom(?:a)?{_E}|\belektrik(?:a|e|o){_E}", "electricity"),
    _r(rf"\bizkoriščenost(?:i)?{_E}", "utilization"), _r(rf"\bfaktor\s+moči{_E}", "power factor"),
    _r(rf"\bvleče{_E}", "draws"), _r(rf"\bporaba{_E}", "energy use"),
    _r(rf"(?<=\d)(\s*)[×x]\s+hitrejš(?:i|a|e){_E}", r"\1x faster"), _r(rf"\bhitrejš(?:i|a|e){_E}", "faster"),
    # what is asked and done
    _r(rf"\brab(?:imo|mo|ili|li|im){_E}|\bpotrebujemo{_E}", "needed"),
    _r(rf"\b(?:natrenirat|trenirali|trenirati|treniramo|trening){_E}", "training"),
    _r(rf"\btrajal(?:o|a)?{_E}", "took"), _r(rf"\btraja{_E}", "takes"),
    _r(rf"\bizmerili\s+smo{_E}", "we measured"), _r(rf"\bimamo{_E}", "we have"),
    _r(r"\bpri\s+(?=[~≈$€£\d]|mfu|pue|peak)", "at "), _r(r"\bna\s+(?=[~≈]?\s*\d)", "on "),
    _r(r"\bza\s+(?=\d)", "for "), _r(rf"\bče{_E}", "if"), _r(rf"\bali{_E}", "or"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


_SHARED_WITH_SLOVAK = {"tokenov", "tiketov", "rackov", "člankov", "clankov", "znakov", "dokumentov",
                       "serverov"}


def said_in_slovenian(text: str) -> bool:
    """The message shows Slovenian: a word only Slovenian writes among the languages read."""
    # (not Slovak, which writes the same genitive plurals, "tokenov", "tiketov", "člankov": more Slovak words
    # than Slovenian ones say Slovak)
    own = {m.group(0).lower() for m in _SLOVENIAN.finditer(text)}
    slovak = {m.group(0).lower() for m in SLOVAK_WORDS.finditer(text)} - _SHARED_WITH_SLOVAK
    return bool(own) and len(own) >= len(slovak)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Slovenian quantity words in English, with the position in the source of each
    character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
