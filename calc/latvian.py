"""Latvian quantity words in a question ("1,5 milj. lietotāju", "katrs 12 pieprasījumi dienā", "128 gab.
H100", "1,45 €/h", "kurss 1 € = 1,09 $", "cik karšu vajag?", "pēc 2 gadiem"): the period, the counted thing,
the hedges and the few verbs the rules key on, said in English, so that every rule reads them as it reads
English. Only the words that carry a quantity's meaning are rewritten, never the numbers; Latvian writes its
thousands with spaces ("10 000") and its decimals with a comma ("0,16"), which calc/numbers reads once this
module says the message is Latvian; its scale words are abbreviated with a dot ("tūkst.", "milj.", "mljrd.").
People often type it without its diacritics ("cik lietotaju", "diena"): every word is read either way. A
message is rewritten only when it shows the language (a word only Latvian writes among the languages read: not
Lithuanian, whose "tūkst." it shares, nor Finnish, whose "milj." it shares). Every character keeps its
position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, with_or_without_marks

_PLAIN = {"ā": "a", "č": "c", "ē": "e", "ģ": "g", "ī": "i", "ķ": "k", "ļ": "l", "ņ": "n", "š": "s", "ū": "u",
          "ž": "z"}


def _d(pattern: str) -> str:
    """The pattern with each letter that has a diacritic read with or without it (calc/script)."""
    return with_or_without_marks(pattern, _PLAIN)


_L = "a-zāčēģīķļņšūž"
_W = rf"[{_L}]*"           # the rest of a word (Latvian endings: "kartes", "karšu", "kartēm")
_E = rf"(?![{_L}])"        # a word's end
_N = r"\d(?:[\d\s,.]*\d)?"
# a name after a count ("64 vnt. H100", "16 tk DGX H100", "8 gab. Gaudi 3")
_NAME = r"(?=\s+(?:dgx\s+|hgx\s+|nvidia\s+|amd\s+|intel\s+|google\s+)?[a-z]{1,6}[\s-]?\d)"
# words only Latvian writes among the languages read (with or without its marks; the last few only with
# them: "diena", "musu" and "sekunde" are Lithuanian or German words too)
_LATVIAN = rx.compile(r"(?<!\w)(?:" + _d(
    r"cik|vajag|vajadzēs|vajadzētu|nepieciešams|nepieciešami|lietotāj(?:u|i|iem|s|us)|pieprasījum(?:i|u|s|"
    r"iem)|vaicājum(?:i|u|s|iem)|stundā|mēnesī|gadā|tūkstoši|tūkstošiem|miljonu|"
    r"miljardu|mljrd|karšu|kartēm|ievade|ievades|izvade|izvades|katrs|katram|apmēram|aptuveni|"
    r"vidēji|izmaksās|izmaksātu|maksātu|maksās|budžets|budžetu|noma|nomu|nomas|elektrība|elektrības|"
    r"gadus|gadiem|mēnešiem|mēnešus|aizņem|aizņems|apkalpotu|apkalpot|varam|atlaide|atlaidi|"
    r"statnes|statņu|pārdevējs|apgalvo|patēriņš|ģenerē|izmērījām|pietiek|izmantojam|prasām|pārdodam|"
    r"dubultojas|iepriekšējais") + r"|dienā|mūsu|sekundē)(?!\w)", re.IGNORECASE)


def _r(pattern: str, to: str) -> tuple[str, str]:
    return _d(pattern), to


# (not "one": "viena karte maksā" is what each card costs)
_NUMERALS = (("divi|divas|diviem", "2"), ("trīs|trijiem", "3"),
             ("četri|četras|četriem", "4"), ("pieci|piecas|pieciem", "5"), ("seši|sešas|sešiem", "6"),
             ("astoņi|astoņas|astoņiem", "8"), ("desmit", "10"), ("divpadsmit", "12"))

_REWRITES: list[tuple[str, str]] = [
    # scale words, abbreviated with a dot that ends no sentence
    _r(rf"(?<=\d)(\s*)(?:tūkst\.?|tūksto{_W}|tūkstot{_W}){_E}", r"\1thousand"),
    _r(rf"(?<=\d)(\s*)(?:milj\.?|miljon{_W}|mln\.?){_E}", r"\1million"),
    _r(rf"(?<=\d)(\s*)(?:mljrd\.?|mlrd\.?|miljard{_W}){_E}", r"\1billion"),
    _r(rf"(?<=\d)(\s*)(?:trilj\.?|triljon{_W}){_E}", r"\1trillion"),
    # whole phrases first (their words are rewritten one by one below)
    # ("cik maksā 1M tokenu": what so many tokens cost)
    _r(rf"\bcik\s+(?:maksā|maksātu|izmaksā|izmaksātu)\s+({_N}\s*(?:k|m|million|thousand|billion)?\s*"
       rf"(?:token{_W}|pieprasījum{_W}|vaicājum{_W})){_E}", r"how much do \1 cost"),
    _r(rf"\bcik\s+(?:tas\s+|tie\s+|mums\s+)*(?:izmaksās|izmaksātu|izmaksā|maksās|maksātu|maksā){_E}",
       "how much does it cost"),
    _r(rf"\bcik\s+(?:nedēļas|nedēļu|mēnešus|mēnešu)(?:\s+(?:aizņems|aizņemtu|aizņem|ilgs|ilgtu))?{_E}",
       "how long would it take"),
    _r(rf"\bcik\s+dienas{_E}|\bcik\s+dienu{_E}", "how many days"),
    _r(rf"\bcik\s+stundas{_E}", "how many hours"),
    _r(rf"\bcik\s+ilgi{_E}|\bcik\s+ilgā\s+laikā{_E}", "how long would it take"),
    _r(rf"\bcik\s+aizņems{_E}", "how long would it take"),
    _r(rf"\bcik\s+kopā{_E}", "how much in total"),
    _r(rf"\bcik{_E}", "how many"),
    _r(rf"\bvai\s+tā\s+(?:tiešām\s+)?ir{_E}|\bvai\s+tas\s+ir\s+reāli{_E}|\bvai\s+tas\s+(?:tiešām\s+)?tā\s+ir{_E}",
       "is that right"),
    _r(rf"\bvai\s+(?:ir\s+)?izdevīgi{_E}|\bvai\s+atmaksājas{_E}", "is it worth it to"),
    _r(rf"\b(?:saka|apgalvo|stāsta),?\s+ka{_E}|\bapgalvo{_E}", "claims"),
    _r(rf"\bpietiek\s+ar\s+({_N}){_E}", r"enough with \1"),
    _r(rf"\bvienlaicīg{_W}\s+(?:lietotāj{_W}|sesij{_W}|sarun{_W}){_E}", "concurrent users"),
    _r(rf"\bvienlaicīg{_W}{_E}|\bvienlaikus{_E}", "concurrent"),
    _r(rf"\bdienas\s+aktīv{_W}\s+lietotāj{_W}", "daily users"),
    _r(rf"\bmēneša\s+aktīv{_W}\s+lietotāj{_W}", "monthly users"),
    _r(rf"\bpusi\s+(?:no\s+tā\s+|budžeta\s+)?(?:tērēsim|liksim|iztērēsim|novirzīsim)\s+(?:gpu|kartēm){_E}|"
       rf"\bpuse\s+(?:ies|aiz{_W})\s+(?:gpu|kartēm){_E}", "half of it on GPUs"),
    _r(rf"\bmaksimum(?:a|ā)\s+(?:slodz{_W}|brīd{_W}){_E}|\bpīķ{_W}", "peak"),
    _r(rf"\bdubultojas\s+ik\s+pēc\s+({_N})\s*(?:mēneš{_W}|mēn\.?){_E}", r"doubles every \1 months"),
    _r(rf"\bdubultojas\s+katr{_W}\s+({_N})\s*(?:mēneš{_W}|mēn\.?){_E}", r"doubles every \1 months"),
    _r(rf"\bik\s+pēc\s+({_N})\s*(?:mēneš{_W}|mēn\.?){_E}", r"every \1 months"),
    _r(rf"\baug\s+(?:par\s+)?({_N}\s*%)\s+gadā{_E}", r"grows \1 a year"),
    _r(rf"({_N}\s*%)\s+gadā{_E}", r"\1 a year"),
    _r(rf"\bpēc\s+({_N})\s*(?:gad{_W}){_E}", r"in \1 years"),
    _r(rf"\bpēc\s+({_N})\s*(?:mēneš{_W}|mēn\.?){_E}", r"in \1 months"),
    _r(rf"\bno\s+({_N}\s*(?:k|thousand|million|billion)?)\s+līdz\s+(?=\d)", r"from \1 to "),
    _r(rf"\bpacelsim\s+līdz{_E}|\bpaaugstināsim\s+līdz{_E}|\bpaaugstinās\s+līdz{_E}|\bpieaugs\s+līdz{_E}",
       "goes to"),
    _r(rf"\bpārejam\s+uz\s+tikpat{_E}|\bpāriesim\s+uz\s+tikpat{_E}", "move to the same number of"),
    _r(rf"\biepriekšēj{_W}\s+(?:runs|treniņ{_W}|palaišan{_W}){_E}", "the last run"),
    _r(r"\bizmantojam\s+(?=[~≈]?\s*\d)|\bnoslodze\s+(?=[~≈]?\s*\d)", "utilization "),
    # a length's tokens ("ievade ~700 tokenu", "1500 ievades un 300 izvades tokeni")
    _r(rf"\bievades\s+token{_W}", "input tokens"), _r(rf"\bizvades\s+token{_W}", "output tokens"),
    _r(rf"\bievad{_W}", "input"), _r(rf"\bizvad{_W}", "output"),
    # numbers said in words before what they count ("trīs mēneši", "divas nedēļas", "astoņas kartes")
    *(_r(rf"\b(?:{word}){_E}(?=\s+(?:mēneš|nedēļ|dien|gad|stund|kart|server|gpu|[a-z]{{1,6}}\d))", digits)
      for word, digits in _NUMERALS),
    # a period something is rented for ("uz 3 mēnešiem")
    _r(rf"\buz\s+(?=\d+\s*(?:mēneš|nedēļ|dien|gad)[{_L}]*)", "for "),
    # what one card draws ("viena karte ar serveri patērē 1,2 kW"), said as English says it: per card
    _r(rf"\b(?:viena|katra)\s+(?:karte|gpu)(\s+(?:kopā\s+)?ar\s+serveri)?\s+(?:patērē|velk|prasa)\s+"
       rf"({_N}\s*k?w){_E}", r"\2 per gpu\1"),
    # per what
    _r(rf"\bpar\s+(?:vienu\s+)?lietotāju{_E}|\buz\s+(?:vienu\s+)?lietotāju{_E}|\blietotājam{_E}", "per user"),
    _r(rf"\bpar\s+(?:vienu\s+)?(?:gpu|karti){_E}|\buz\s+(?:vienu\s+)?(?:gpu|karti){_E}", "per gpu"),
    _r(rf"\bpar\s+miljonu{_E}|\buz\s+miljonu{_E}", "per million"),
    _r(rf"\bpar\s+tokenu{_E}|\buz\s+tokenu{_E}", "per token"),
    _r(r"\buz\s+vienu(?=\s+[a-z]{1,6}\d)", "per gpu on"), _r(rf"\buz\s+vienu{_E}", "per gpu"),
    _r(rf"\bdienā{_E}", "per day"), _r(rf"(?<=/)\s*d(?:ienā)?\.?(?![{_L}])", "day"),
    _r(rf"\bstundā{_E}", "per hour"), _r(rf"(?<=/)\s*st(?:undā)?\.?(?![{_L}])", "hr"),
    _r(rf"\bmēnesī{_E}", "per month"), _r(rf"(?<=/)\s*mēn(?:esī)?\.?(?![{_L}])", "month"),
    _r(rf"\bgadā{_E}", "per year"), _r(rf"\bsekundē{_E}", "per second"),
    _r(rf"\bgpu[\s-]stund{_W}", "gpu-hours"), _r(rf"\bgpu[\s-]gad{_W}", "gpu-years"),
    _r(rf"\bar\s+serveri(?:em)?{_E}|\bkopā\s+ar\s+serveri{_E}", "including server"),
    # who is counted
    _r(rf"\blietotāj{_W}", "users"), _r(rf"\bdarbiniek{_W}", "employees"), _r(rf"\bklient{_W}", "customers"),
    # periods
    _r(rf"(?<=\d)(\s*)dien{_W}", r"\1days"), _r(rf"(?<=\d)(\s*)nedēļ{_W}", r"\1weeks"),
    _r(rf"(?<=\d)(\s*)(?:mēneš{_W}|mēnes{_W}|mēn\.?){_E}", r"\1months"),
    _r(rf"(?<=\d)(\s*)gad{_W}", r"\1years"), _r(rf"(?<=\d)(\s*)stund{_W}", r"\1hours"),
    _r(rf"\btagad{_E}|\bpašlaik{_E}", "now"),
    # what is counted
    _r(rf"\batbild{_W}", "answers"), _r(rf"\btokens{_E}", "token"), _r(rf"\btoken{_W}", "tokens"),
    _r(rf"\brakstzīm{_W}|\bsimbol{_W}", "characters"),
    _r(rf"\b(?:uz|par)\s+(?:vienu\s+)?(?:pieprasījumu|vaicājumu){_E}", "per query"),
    _r(rf"\bpieprasījum{_W}|\bvaicājum{_W}", "requests"), _r(rf"\bziņ{_W}", "messages"),
    _r(rf"\bsarun{_W}", "conversations"),
    _r(rf"\bkart(?:e|es|ēm|i|u|ei){_E}|\bkaršu{_E}|\bvideokart{_W}", "cards"),
    _r(rf"\bserver(?:is|i|u|iem|us|a){_E}", "servers"), _r(rf"\bstatn{_W}|\bstatņu{_E}|\bskap{_W}", "racks"),
    _r(rf"\bčip{_W}|\bčipu{_E}", "chips"), _r(rf"\bmezgl{_W}", "nodes"), _r(rf"\bepoh{_W}", "epochs"),
    _r(rf"\bmodel(?:is|i|im|a|u){_E}|\bmodeļ{_W}", "model"),
    # pieces before a name are so many of it ("128 gab. H100"), else a count (the dot may end the sentence)
    _r(rf"(?<=\d)(\s*)gab\.?{_NAME}", r"\1x"),
    _r(r"(?<=\d)(\s*)gab\b", r"\1pcs"),
    # hedges
    _r(rf"(?:\bap{_E}|\bapmēram{_E}|\baptuveni{_E}|\bvidēji{_E}|\bcirka{_E})\s*(?=[~≈$€£\d])", "about "),
    _r(rf"\bvidēj{_W}", "average"),
    _r(rf"\bkatrs\s+(?:veic|sūta|uzdod|dara)(?:\s+pa)?{_E}", "each user does"),
    # (each word said apart, so that a span quotes the words whole)
    _r(r"\b(?:viens|viena)(?=\s+(?:maksā|izmaksā|patērē)\s)", "each"),
    _r(r"\bviens(?=\s*[~≈]?\s*\d)", "each costs"),
    _r(rf"\bkatr{_W}", "each"),
    _r(r"\bpa\s+(?=[~≈]?\s*\d[\d\s.,]*\s*(?:\$|€|eur|usd|thousand|million))", "at "),
    _r(rf"\bgabalā{_E}|\bpar\s+gabalu{_E}|\bpar\s+vienu{_E}", "each"),
    # money, power
    _r(rf"\bmaksā{_E}|\bmaksātu{_E}|\bmaksās{_E}|\bizmaksā{_E}", "costs"),
    _r(rf"\bcen{_W}", "price"), _r(rf"\bnom{_W}", "rent"), _r(rf"\bnopirkt{_W}|\bpirkt{_E}", "buy"),
    _r(rf"\bbudžet{_W}", "budget"), _r(rf"\batlaid{_W}", "discount"),
    _r(rf"\belektrības\s+rēķin{_W}", "electricity bill"), _r(rf"\belektrīb{_W}", "electricity"),
    _r(rf"\btīkl{_W}", "networking"), _r(r"\bvēl\s+\+", "plus "),
    _r(rf"\bpatērē{_E}", "draws"), _r(rf"\bpatēriņ{_W}", "usage"), _r(rf"\batmiņ{_W}", "memory"),
    _r(rf"\bkurs(?:s|a|u)?{_E}", "rate"), _r(rf"\bātrāk{_W}", "faster"), _r(rf"\blētāk{_W}", "cheaper"),
    # what is asked and done
    _r(rf"\bvajag{_E}|\bvajadzēs{_E}|\bvajadzētu{_E}|\bnepieciešam{_W}", "needed"),
    _r(rf"\bpietiek{_E}|\bpietiks{_E}|\bpietiktu{_E}", "enough"),
    _r(rf"\btreniņ{_W}|\bapmācīb{_W}|\b(?:pre|uz|no)?trenē{_W}|\bapmācīt{_E}", "training"),
    _r(rf"\bilgs{_E}|\bilgst{_E}", "takes"),
    _r(rf"\baizņems{_E}|\baizņemtu{_E}", "will take"), _r(rf"\baizņem{_E}", "takes"),
    _r(rf"\baizņēma{_E}", "took"),
    _r(rf"\bpārdevēj{_W}|\bpiegādātāj{_W}", "vendor"), _r(rf"\bapkalpo(?:tu|t|šanai){_E}", "serve"),
    _r(rf"\bģenerē{_E}", "generates"), _r(rf"\bdos{_E}|\bdod{_E}|\bdotu{_E}", "gives"),
    _r(rf"\bizmērījām{_E}", "we measured"),
    _r(rf"\bprasām{_E}", "we charge"), _r(rf"\bpārdodam{_E}", "we sell"),
    _r(rf"\bjāpārdod{_E}", "must we sell"),
    _r(rf"\b(?:lai\s+)?atpelnītu{_E}|\b(?:lai\s+)?atpelnīt{_E}", "to break even on"),
    _r(rf"\bvaram\s+nopirkt{_E}", "can we buy"), _r(rf"\bvaram{_E}", "can we"),
    _r(rf"\bmūsu{_E}", "our"), _r(rf"\bkopā{_E}", "total"),
    _r(r"\bpie\s+(?=[~≈$€£\d])", "at "), _r(r"\bpar\s+(?=[~≈]?\s*\d)", "at "),
    _r(r"\bpar\s+", "for "), _r(r"\buz\s+", "on "), _r(r"\bar\s+", "with "),
    _r(rf"\bmums\s+ir{_E}", "we have"), _r(rf"\bmums{_E}", "we"),
    _r(rf"\btur\s+var{_E}|\bvar{_E}", "can"), _r(rf"\bievietot{_E}|\bsalikt{_E}|\bietilpt{_E}", "fit"),
    _r(rf"\bjaud{_W}", "power"), _r(r"\blīdz\s+(?=[~≈]?\s*\d)", "up to "),
    _r(r"^ir\s+|(?<=[.!?]\s)ir\s+", "we have "),
    _r(r"(?<=\s)ir(?=\s)", "is"), _r(r"\bja\s+", "if "), _r(r"(?<=\s)un(?=\s)", "and"),
    _r(r"(?<=\s)vai(?=\s)", "or"), _r(r"^vai\s+|(?<=[.!?]\s)vai\s+", "is "),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_latvian(text: str) -> bool:
    """The message shows Latvian: a word only Latvian writes among the languages read."""
    return _LATVIAN.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Latvian quantity words in English, with the position in the source of each
    character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
