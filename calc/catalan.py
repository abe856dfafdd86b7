"""Catalan quantity words in a question ("entre 300.000 i 400.000 usuaris diaris", "12 consultes per usuari al
dia", "64 A100 80GB a 1,85 €/h per targeta", "canvi 1,08 $/€", "quantes targetes necessito?", "en 18 mesos"):
the period, the counted thing, the hedges and the few verbs the rules key on, said in English, so that every
rule reads them as it reads English (as calc/romance does for Spanish and Portuguese, whose reader runs after
this one and reads what Catalan shares with them). Only the words that carry a quantity's meaning are
rewritten, never the numbers; Catalan writes its thousands with dots ("300.000") and its decimals with a comma
("1,85"), which calc/numbers reads once this module says the message is Catalan; "mil milions" is a billion
and "bilió" a trillion. A message is rewritten only when it shows the language (a word only Catalan writes
among the languages read). Every character keeps its position in the source, so a span is quoted as the user
wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

_L = "a-zàèéíïòóúüç·"
_E = rf"(?![{_L}])"       # a word's end
_N = r"\d(?:[\d.,]*\d)?"
# words only Catalan writes among the languages read
_CATALAN = rx.compile(rf"(?<![{_L}])(?:quantes|quants|targetes|targeta|usuaris|usuari|consultes|peticions|"
                      r"setmanes|mesos|anys|pressupost|llogar|llogo|lloguem|llogada|paraules|paraula|"
                      r"respostes|necessito|necessitem|calen|cal|tenim|volem|surt|fem|som|amb|aquest|"
                      r"servidors|milions|bilions|bilió|meitat|cadascun|cadascuna|quant|també|llum|"
                      rf"rèpliques|rèplica|seqüències|hores|màxim|mitjana|diàries|diaris|diària|diari)(?![{_L}])",
                      re.IGNORECASE)

_REWRITES: list[tuple[str, str]] = [
    # whole phrases first (their words are rewritten one by one below)
    (r"\bd'(?=[a-zàèéíòóú])", ""),
    (rf"(?<=\d)(\s*)mil\s+milions\s+de{_E}", r"\1billion"), (rf"(?<=\d)(\s*)milions?\s+de{_E}", r"\1million"),
    (rf"(?<=\d)(\s*)bili(?:ons|ó)\s+de{_E}", r"\1trillion"),
    (rf"\bsurt\s+a{_E}", "costs"), (rf"\ben\s+tindríem\s+prou\s+amb{_E}", "claims it is enough with"),
    (rf"\bus\s+quadra{_E}|\bés\s+realista{_E}", "is that right"),
    (r"\brespostes\s+de\s+(?=\d)", "answers of "), (rf"({_N}\s*%)\s+de\s+descompte{_E}", r"\1 discount"),
    (rf"\bmultipliqueu\s+per\s+({_N}){_E}", r"all-in \1x"),
    (rf"\bfactor\s+de\s+potència\s+de{_E}", "power factor"),
    (rf"\bparàmetres\s+actius{_E}", "active parameters"), (rf"\bper\s+igualar{_E}", "to match"),
    (rf"\bmillorem\s+(?:l')?mfu\s+un\s+({_N}\s*%)", r"MFU \1 better"),
    (rf"\bestem\s+al\s+({_N}\s*%)\s+de\s+mfu{_E}", r"at \1 MFU"),
    (rf"\bsi\s+arribem\s+al\s+({_N}\s*%)", r"if MFU goes to \1"),
    (rf"\bquants\s+dies\s+ens\s+estalviem{_E}", "how many days saved"),
    (rf"\bquant\s+temps{_E}|\bquant\s+trigarem{_E}", "how long would it take"),
    (rf"\bèpoques{_E}", "epochs"), (rf"\bproves{_E}", "runs"),
    (rf"\bcreix\s+un\s+({_N}\s*%)\s+anual{_E}", r"grows \1 a year"),
    (r"\bd'aquí\s+a\s+(?=\d)|\baquí\s+a\s+(?=\d)", "in "),
    (rf"\bmultiplicar\s+per\s+({_N}){_E}", r"grow \1x"), (r"\bpic\s+de\s+(?=\d)", "peak "),
    (rf"\ba\s+tot\s+el\s+clúster{_E}", "for the whole cluster"),
    (rf"\busuaris\s+setmanals{_E}", "weekly users"), (rf"\bdiàriament\s+n'entra\s+un{_E}", "DAU/WAU"),
    (rf"\bconverses\s+al\s+dia\s+de\s+({_N})\s+missatges\s+per\s+conversa{_E}",
     r"conversations per day, \1 messages per conversation"),
    (rf"\bconverses{_E}", "conversations"), (rf"\bmissatges{_E}", "messages"),
    (rf"({_N}\s*%)\s+(?:d')?utilització{_E}", r"\1 utilization"), (rf"\bper\s+servidor{_E}", "per server"),
    (rf"\bquant\s+(?:em\s+|ens\s+)?(?:surt|costa|costaria|pagarem|val|seria)(?:\s+en)?{_E}",
     "how much does it cost"),
    (rf"\ba\s+quant\s+surt{_E}|\bquant\s+gastem{_E}", "how much does it cost"),
    (rf"\bquants\s+dies{_E}", "how many days"), (rf"\bquant\s+trigaria{_E}", "how long would it take"),
    (rf"\bquant(?:es|s)?{_E}", "how many"),
    (rf"\bentre\s+({_N})\s+i\s+({_N}){_E}", r"\1-\2"),
    (rf"(?<=\d)(\s*)mil\s+milions{_E}", r"\1billion"), (rf"(?<=\d)(\s*)milions?{_E}", r"\1million"),
    (rf"(?<=\d)(\s*)bili(?:ons|ó){_E}", r"\1trillion"), (rf"(?<=\d)(\s*)mil{_E}", r"\1thousand"),
    (r"(?<=\d)(\s*)k€", r"\1k €"),
    (rf"\bd'euros{_E}|\beuros{_E}", "EUR"),
    (rf"\bcanvi{_E}", "rate"), (rf"\ben\s+dòlars{_E}", "in USD"), (rf"\bdòlars{_E}", "dollars"),
    (rf"\bla\s+meitat\s+va\s+a\s+(?:targetes|gpus?){_E}", "half of it on GPUs"),
    (rf"\bper\s+usuari\s+al\s+dia{_E}|\bper\s+usuari\s+i\s+dia{_E}", "per user per day"),
    (rf"\bal\s+dia{_E}|\bper\s+dia{_E}|\bcada\s+dia{_E}|\bdiàri(?:es|a)?{_E}|\bdiari(?:s)?{_E}", "per day"),
    (rf"\bal\s+mes{_E}|\bper\s+mes{_E}", "per month"),
    (rf"\bl'any{_E}|\bper\s+any{_E}|\ba\s+l'any{_E}", "per year"),
    (rf"\bper\s+segon{_E}", "per second"), (rf"(?<=/)\s*hora{_E}", "hr"), (rf"\bper\s+hora{_E}", "per hour"),
    (rf"\bper\s+targeta{_E}", "per gpu"), (rf"\bper\s+usuari{_E}|\bper\s+cap{_E}", "per user"),
    (rf"\bper\s+rèplica{_E}", "per replica"), (rf"\bper\s+centre{_E}", "per site"),
    (rf"\bper\s+paraula{_E}", "per word"), (rf"\bper\s+milió{_E}|\bper\s+milio{_E}", "per million"),
    (rf"\bper\s+cada\s+({_N})\s+(?=tokens|peticions)", r"per \1 "),
    (rf"\bper\s+cada\s+mil{_E}", "per 1000"),
    (rf"\bhores\s+gpu{_E}|\bhores\s+de\s+gpu{_E}", "gpu-hours"), (rf"\banys-gpu{_E}", "gpu-years"),
    (rf"\bhora\s+de\s+gpu{_E}", "GPU-hour"), (rf"\ben\s+un\s+any{_E}", "in a year"),
    (rf"\bes\s+duplica\s+cada{_E}", "doubles every"),
    (rf"\bl'mfu\s+puja\s+({_N})\s+punts{_E}", r"MFU improves by \1 points"),
    (rf"(?<=\d)(\s*)vegades\s+més\s+ràpid{_E}", r"\1x faster"),
    (rf"\ba\s+(\d[\d.,]*)\s+vegades\s+el\s+preu\s+de\s+la\s+dram{_E}", r"at \1x DRAM prices"),
    (rf"\busuaris\s+(?:concurrents|simultanis){_E}", "concurrent users"),
    (rf"\busuaris\s+diaris{_E}", "daily users"),
    (rf"\bactius\s+cada\s+dia\s+potser\s+un{_E}", "DAU/MAU"),
    (rf"\bde\s+sortida{_E}", "output"), (rf"\bd'entrada{_E}", "input"),
    (rf"\bcomptant\s+el\s+servidor{_E}", "including server"),
    (rf"\bfactura\s+de\s+la\s+llum{_E}", "electricity bill"), (rf"\bla\s+llum{_E}|\bl'electricitat{_E}",
                                                                 "electricity"),
    (rf"\bnodes\s+de\s+({_N})\s+targetes{_E}", r"nodes of \1 GPUs"),
    (rf"\bracks\s+lliures\s+de\s+({_N}\s*kw)\s+cadascun{_E}", r"free racks at \1 each"),
    # periods
    (rf"(?<=\d)(\s*)setmanes{_E}", r"\1weeks"), (rf"(?<=\d)(\s*)mesos{_E}", r"\1months"),
    (rf"(?<=\d)(\s*)anys{_E}", r"\1years"), (rf"(?<=\d)(\s*)dies{_E}", r"\1days"), (rf"(?<=\d)(\s*)hores{_E}",
                                                                                       r"\1hours"),
    (rf"\bdurant{_E}", "for"), (r"\ben\s+(?=\d+\s*(?:months|years|weeks|days))", "in "),
    # what is counted
    (rf"\btargetes{_E}|\btargeta{_E}", "gpus"), (rf"\busuaris{_E}|\busuari{_E}", "users"),
    (rf"\bconsultes{_E}|\bpreguntes{_E}", "queries"), (rf"\bpeticions{_E}", "requests"),
    (rf"\brespostes{_E}", "answers"), (rf"\bparaules{_E}", "words"), (rf"\bcaràcters{_E}", "characters"),
    (rf"\bservidors{_E}", "servers"), (rf"\brèpliques{_E}", "replicas"), (rf"\bseqüències{_E}", "sequences"),
    (rf"\bparàmetres{_E}", "parameters"), (rf"\bcentres{_E}", "sites"), (rf"\bdocuments{_E}", "documents"),
    # hedges
    (rf"(?:\buns{_E}|\bunes{_E}|\bd'uns{_E}|\bd'unes{_E}|\baproximadament{_E}|\bcap\s+a{_E})\s*(?=[~≈$€\d])",
     "about "),
    (rf"\bcadascun(?:a)?{_E}", "each"), (rf"\bmàxim{_E}", "max"),
    # money, asked and done
    (rf"\bpressupost{_E}", "budget"), (rf"\bpreu{_E}", "price"), (rf"\bcobrem{_E}", "we charge"),
    (rf"\bllog(?:o|ar|uem|ada|at)?{_E}", "rent"), (rf"\bcomprar{_E}", "buy"),
    (rf"\bnecessit(?:o|em)?{_E}|\bcalen{_E}|\bcal{_E}", "needed"), (rf"\bentrenar{_E}", "train"),
    (rf"\bva\s+trigar{_E}|\btrigava{_E}", "took"), (rf"\bmesurem{_E}", "we measure"),
    (rf"\btenim{_E}", "we have"), (r"\bamb\s+(?=\d)", "with "), (r"\bsobre\s+(?=[a-z]+\d|h\d)", "on "),
    (rf"\bpic{_E}", "peak"), (rf"\bsi{_E}", "if"), (r"(?<=\s)i(?=\s)", "and"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_catalan(text: str) -> bool:
    """The message shows Catalan: two of the words only Catalan writes among the languages read."""
    return len({m.group(0).lower() for m in _CATALAN.finditer(text)}) >= 2


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Catalan quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
