"""German quantity words in a question ("ca. 12.000 Nutzer", "25 Anfragen pro Tag", "2,10 €/GPU-Std.",
"verdoppelt sich alle 5 Monate", "wie viele GPUs?"): the period, the counted thing, the hedges and the few
verbs the rules key on, said in English, so that every rule reads them as it reads English (as calc/romance,
calc/french and calc/dutch do for their languages). Only the words that carry a quantity's meaning are
rewritten, never the numbers; German writes its thousands with dots and its decimals with a comma, which
calc/numbers reads once this module says the message is German. A message is rewritten only when it shows
the language (two of its common words, one not shared with English). Every character keeps its position in
the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.nordic import NORDIC_ONLY
from calc.script import rewrite, shows_language

_L = r"[a-zäöüß]"
# words that show the message is (partly) in German
_COMMON = rx.compile(r"(?<![a-zäöüß])(?:nutzer|benutzer|anwender|mitarbeiter|anfragen?|antworten|antwort|"
                     r"karten|karte|stück|tage|tagen|monate|monaten|jahre|jahren|wochen|stunden|wie\s*viele?|"
                     r"wieviele?|wie\s+hoch|einer|einem|verbrauch\w*|energieverbrauch|stromverbrauch|kostet|kosten|wir|unser|unsere|unseren|haben|brauchen|bräuchten?|ersetzen|pro|bei|mit|und|oder|"
                     r"für|ist|sind|jeder|jede|etwa|ungefähr|rund|knapp|gleichzeitige?n?|miete|mieten|gemietet|"
                     r"kaufen|kaufpreis|strom|rabatt|kurs|auslastung|reicht|reichen|laufen|läuft|lief|dauern|"
                     r"nachrichten|wörter|zeichen|werk|werke|werken|verdoppelt|schneller|punkte|höher|"
                     r"liegt|heute|wann|welche|welcher|gesamt|insgesamt|und|im|auf|vom|zum|zur|der|die|das|"
                     r"den|dem|ein|eine|einen|hätte|würde|wenn|dann|nicht|auch|noch|schon|kann|können|müssen|wird|werden)"
                     r"(?![a-zäöüß])", re.IGNORECASE)
# the ones English writes too, or too short to tell alone
_SHARED = {"pro", "die", "den", "im", "bei", "rund", "karte", "ist", "mit", "und", "der", "das", "dem", "ein",
           "eine", "einen", "auf", "werk", "gesamt", "kosten", "strom"}

_REWRITES: list[tuple[str, str]] = [
    # ("will ihn auf alle 3.500 MA ausrollen": roll it out to all of them, the verb said last)
    (r"\b(?:ihn|sie|es)\s+auf\s+alle\s+(?=[~\d])(?=[^;?!]{0,40}?\bausrollen\b)", "roll it out to all "),
    # "pro Nutzer und Monat", "pro Person und Tag": per one, per period
    (r"\bpro\s+(?=[a-zäöüß]+\s+und\s+(?:tag|monat|jahr)\b)", "per "),
    (r"(?<=[a-zäöüß])\s+und\s+tag\b", " per day"), (r"(?<=[a-zäöüß])\s+und\s+monat\b", " per month"),
    (r"(?<=[a-zäöüß])\s+und\s+jahr\b", " per year"),
    # input and output ("Eingabe ca. 1.500 Tokens", "800 Tokens Eingabe", "Ausgabetokens", "Tokens/s Ausgabe")
    (r"\b(?:eingabe|input)-?tokens?\b", "input tokens"),
    (r"\b(?:ausgabe|output)-?tokens?\b", "output tokens"),
    (r"(?<=\d)(\s*)tokens?\s+eingabe\b", r"\1input tokens"),
    (r"(?<=\d)(\s*)tokens?\s+ausgabe\b(?!\s*pro\s+(?:sekunde|s\b))", r"\1output tokens"),
    (r"\beingabe\b", "input"), (r"\bausgabe\b", "output"),
    # ("wenn das Stück 32.000 € kostet": each one's price; "PUE liegt bei 1,35"; "um den Faktor 10")
    (r"\bdas\s+stück\s+([~\d][\d.,]*\s*(?:€|eur\b|euro\b|\$))\s*kostet\b", r"each one costs \1"),
    (r"\bliegt\s+(?:bei|um)\b", "is"), (r"\bum\s+den\s+(?=faktor\s+\d)", ""),
    # a share added on top ("pauschal 20 % aufschlagen", "noch 40 % draufrechnet")
    (r"\b(?:pauschal\s+|noch\s+)?(\d+(?:[.,]\d+)?\s*%)\s+(?:aufschlagen|aufschlägt|draufrechnen|draufrechnet|"
     r"draufschlagen|obendrauf)\b", r"add \1 on top"),
    # an MFU raised by points ("die MFU um 5 Prozentpunkte verbessern")
    (r"\bum\s+(?=\d+(?:[.,]\d+)?\s*prozentpunkte)", "by "),
    # documents counted ("4.000 Arztbriefe", "60.000 Berichte", "20 Ablationsläufe")
    (r"(?<=\d)(\s*)[a-zäöüß]*(?:briefe|berichte|anträge|gutachten|protokolle|befunde)\b", r"\1documents"),
    (r"(?<=\d)(\s*)[a-zäöüß]+läufe\b", r"\1runs"),
    # a peak said with its factor ("Spitzenlast etwa Faktor 3", "Spitzenlast Faktor 2,5")
    (r"\bspitze(?:nlast)?\s+(?:etwa\s+|ca\.\s*|rund\s+)?faktor\s+(?=\d)", "peak "),
    (r"\bmietpreis\b", "rent"), (r"\btrainier(?:en|t|te)\b", "train"),
    (r"\brealistische[nmr]?\b", "realistic"),
    (r"(?<=\s)auf\s+(?=[~\d][\d.,]*\s*(?:mrd\.?|mio\.?|bio\.?|milliarden|millionen|billionen)?\s*tokens)",
     "on "),
    # a model's size in one compound ("ein 70-Mrd.-Modell", "30-Mrd.-Parameter-Modell")
    (r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*-?\s*(?:mrd\.?|milliarden)\s*-?\s*(?:parameter\s*-?\s*)?modell(?:s|en)?\b",
     r"\1B model"), (r"\bparametern?\b", "parameters"), (r"\bggü\.?", "over"),
    (r"\bdafür\b", "for it"), (r"\bnetzwerk\b", "network"), (r"\b(?:energie|strom)verbrauch\b", "energy use"),
    (r"(?<=\s)in\s+der\s+cloud\s+(?=[~\d])", "in the cloud at "),
    # ("2,5-mal so schnell wie", "wenn sich die Last um den Faktor 10 erhöht", "zu Preisen von 2021 gekostet")
    (r"(?<=\d)-?mal\s+so\s+schnell\s+wie\b", "x as fast as"),
    (r"\b(?:sich\s+)?(?:die|der)\s+(last|nutzung|nachfrage)\s+(?:um\s+)?(?:den\s+)?(?:faktor\s+)?(\d+(?:[.,]\d+)?)\s+"
     r"(?:erhöht|steigt|wächst|zunimmt)\b", r"the load grows \2x"),
    (r"\bzu\s+preisen\s+von\s+(\d{4})\b", r"at \1 prices"), (r"\bwas\s+hätte\b", "what would"),
    (r"\bgekostet\b", "have cost"),
    # who is counted
    (r"\bgleichzeitigen?\s+(?:nutzer|benutzer|anwender)\b", "concurrent users"),
    (r"\bgleichzeitigen?\s+streams\b", "concurrent streams"), (r"\bgleichzeitige[n]?\b", "concurrent"),
    (r"\bgleichzeitig\b", "at once"),
    (r"\bein\s+paar\s+(?=hundert|tausend)", "a few "), (r"(?<=few )hundert\b", "hundred"),
    (r"(?<=few )tausend\b", "thousand"), (r"\bstimmt\s+das\b", "is that right"),
    (r"\baktive[n]?\s+(?:nutzer|fahrer)\b", "active users"),
    (r"\b(?:pilot-?)?(?:nutzer|benutzer|anwender)(?:n|innen)?\b", "users"),
    # ("ca. 350 Servicetechniker", "2.400 Außendienst- und Servicemitarbeiter", "3.500 MA", "200 Kollegen":
    # any staff, counted)
    (r"(?<=\d)(\s*)(?:[a-zäöüß]+-\s+und\s+)?[a-zäöüß]*(?:mitarbeiter(?:n|innen)?|techniker(?:n|innen)?|"
     r"instandhalter(?:n|innen)?|sachbearbeiter(?:n|innen)?|kolleg(?:en|innen)|ingenieur(?:e|en|innen)|entwickler(?:n|innen)?|ma)\b",
     r"\1employees"),
    (r"\bmitarbeiter(?:n|innen)?\b", "employees"), (r"\bkopf\b", "person"),
    # ("6.000 Mitarbeitenden", "Kolleg:innen", "12 Läufe", "6 Replikate", "12.000 Seiten", "Spitze 2x",
    # "auf 42 % kommen", "um die 8 %", "verdoppelt sich alle 5 Monate")
    (r"(?<=\d)(\s*)mitarbeitende[n]?\b", r"\1employees"), (r"(?<=\d)(\s*)kolleg:innen\b", r"\1employees"),
    (r"(?<=\d)(\s*)läufe\b", r"\1runs"), (r"(?<=\d)(\s*)replikate\b", r"\1replicas"),
    (r"(?<=\d)(\s*)seiten\b", r"\1pages"),
    (r"\bspitze(?:nlast)?\s*(?=[~\d])", "peak "),
    (r"\bauf\s+(\d+(?:[.,]\d+)?\s*%)\s+kommen\b", r"reach \1"),
    (r"\bum\s+die\s+(?=[~\d])", "about "),
    (r"\bverdoppelt\s+sich\s+(?:(?:grob|ca\.?|etwa|derzeit|aktuell|momentan|gerade|ungefähr|rund)\s+){0,2}"
     r"alle\s+(?=\d)", "doubles every "),
    (r"\bfahrer\b", "drivers"), (r"\bhändler[n]?\b", "dealers"), (r"\bperson\b", "person"),
    # periods
    (r"\bpro\s+tag\b|\bam\s+tag\b|\bje\s+tag\b", "per day"), (r"\btäglich\b", "daily"),
    (r"\bpro\s+monat\b|\bim\s+monat\b", "per month"), (r"\bmonatlich\b", "monthly"),
    (r"\bpro\s+jahr\b|\bim\s+jahr\b|\bübers\s+jahr\b", "per year"), (r"\bjährlich\b", "annual"),
    (r"\bpro\s+stunde\b", "per hour"), (r"\bpro\s+sekunde\b", "per second"),
    (r"(?<=/)\s*tag\b", "day"), (r"\bgpu-std\.?|\bgpu-stunden?\b", "gpu-hours"), (r"(?<=/)\s*std\.?", "hr"),
    (r"\bgpu-jahre\b", "gpu-years"), (r"\bchip-stunden?\b", "chip-hours"),
    (r"(?<=\d)(\s*)(?:tage|tagen)\b", r"\1days"), (r"(?<=\d)(\s*)(?:monate|monaten)\b", r"\1months"),
    (r"(?<=\d)(\s*)(?:jahre|jahren)\b", r"\1years"), (r"(?<=\d)(\s*)wochen\b", r"\1weeks"),
    (r"(?<=\d)(\s*)stunden\b", r"\1hours"), (r"\btage\b", "days"),
    (r"\bverdoppelt\s+sich\s+(?:ca\.\s+|etwa\s+|grob\s+|ungefähr\s+|rund\s+)?alle\b", "doubles every"),
    (r"\balle\s+(?=\d)", "every "),
    (r"\bin\s+(?=\d+\s*(?:months|years|days|weeks)\b)", "in "), (r"\bheute\b", "today"),
    (r"\bbis\s+jahresende\b", "by year end"),
    # what is counted
    (r"\b(?:schaden)?meldungen\b", "claim reports"), (r"\b(?:schaden)?meldung\b", "claim report"),
    (r"\bbelege[n]?\b|\bdokumente[n]?\b|\bpdfs\b", "documents"), (r"\bdokument\b", "document"),
    (r"(?<=\d)(\s*)systeme?\b", r"\1servers"), (r"\bpro\s+system\b", "per server"),
    (r"(?<=\d)(\s*)ct\b", r"\1cents"), (r"\baufschlag\b", "markup"),
    (r"\bauf\s+(?=\d+(?:[.,]\d+)?\s*%\s*(?:ziel-?)?auslastung)", "at "),
    (r"\bab\s+welchem\s+volumen\s+rechnet\s+sich\s+das\b", "at what volume does it break even"),
    (r"\brechnet\s+sich\s+das\b", "does it pay off"),
    (r"\beine?\s+karte\s+(?=(?:ca\.\s*|etwa\s+|rund\s+)?[~\d][^;?]{0,20}?\bkostet\b)", "a card at "),
    (r"\beine?\s+karte\s+(?=(?:ca\.\s*|etwa\s+|rund\s+|für\s+|zu\s+)?[~\d][\d.,]*\s*(?:€|\$|eur\b|euro\b))",
     "a card at "),
    (r"\bmfu\s+auf\s+(?=[~\d])", "mfu goes to "),
    (r"\bauf\s+(?=[^,.;?]{1,30}?\s+wechseln\b)", "switch to "), (r"\s+wechseln\b", ""),
    (r"\bauf\s+(?=[~≈]?\s*[\d.,]+\s*kw\s+begrenzt\b)", "capped at "), (r"(?<=kw)\s+begrenzt\b", ""),
    (r"\bbegrenzt\b", "capped"), (r"\bbekommen\s+wir\s+da\s+unter\b|\bunterbringen\b", "fit"),
    (r"\bbzw\.", "or"), (r"\bje\s+(?=[~≈]?\s*[\d.,]+\s*kw\b)", "each "), (r"\bgebraucht\b", "took"),
    (r"\bein(?:es)?\s+drittel\b", "a third"), (r"\bein(?:es)?\s+viertel\b", "a quarter"),
    (r"\bdie\s+hälfte\b", "half"), (r"(?<=\s)à\s+(?=[~\d])", "at "), (r"\bwort\b", "word"),
    (r"\bpro\s+arbeitstag\b", "per day"), (r"\bsind\s+das\b", "is that"),
    (r"\bzusammenfassung(?:en)?\b", "summary"),
    (r"\bzusammenfassen\b", "summarize"), (r"\breplikas?\b|\breplicas\b", "replicas"),
    (r"\b(?:reicht|passt)\s+das\b", "is that enough"), (r"\bmit\s+je\s+(?=[~\d])", "each with "),
    (r"(?<=\d)(\s*)[a-zäöüß]*(?:direktionen|niederlassungen|filialen|geschäftsstellen|standorte|"
     r"zweigstellen|dienststellen)\b", r"\1offices"),
    (r"\bein(?:em)?\s+quartal\b", "a quarter"), (r"\bquartal\b", "quarter"),
    (r"\bbei\s+volllast\b|\bunter\s+volllast\b", "at full load"), (r"\bvolllast\b", "full load"),
    (r"\bcos\s*[φϕ]\s*", "power factor "), (r"\bverspr(?:icht|echen)\b", "promises"),
    (r"\brealistisch\b", "realistic"),
    (r"\bverzehnfach\w*", "10x"), (r"\bverdreifach\w*", "3x"), (r"\bvervierfach\w*", "4x"),
    (r"\bverfünffach\w*", "5x"), (r"\bverdoppeln\b", "2x"), (r"(?<=\d)(\s+)alte[n]?\b", r"\1old"),
    (r"\bstattdessen\b", "instead"), (r"\bbetreiben\b", "run"), (r"\bauf\s+eigenen\b", "on our own"),
    (r"\babschreibung\b", "depreciation"), (r"\bnutzung\b", "usage"), (r"\bsind\s+es\b", "are there"),
    (r"\bgesamtkosten\b", "total cost"), (r"\binkl\.", "including"), (r"\beinzelnen?\b", "single"),
    (r"\beine?[nr]?\s+(?=(?:single\s+|einzelne\s+)?(?:l4|l40s|[ahb]\d{2,3}|rtx|gpu|mi\d{3}|karte)\b)",
     "one "),
    (r"(?<=€)(\s+)kostet\b", r"\1"),
    (r"\banfragen\b", "requests"), (r"\banfrage\b", "request"), (r"\bfragen\b", "questions"),
    (r"\bnachrichten\b", "messages"), (r"\bantworten\b", "answers"), (r"\bantwort\b", "answer"),
    (r"\bwörter[n]?\b", "words"), (r"\bzeichen\b", "characters"), (r"\bkarten\b", "cards"),
    (r"\bkarte\b", "card"),
    (r"\bknoten\b", "nodes"), (r"\bsequenzen\b", "sequences"), (r"\bpro\s+stück\b", "each"),
    (r"(?<=\d)(\s*)stück(?=\s*[?.!,]|\s*$)", r"\1units"), (r"(?<=\d)(\s*)stück\b", r"\1x"),
    (r"\bwerken?\b|\bwerke\b|\bstandorten?\b", "sites"),
    (r"\bpro\s+werk\b|\bpro\s+standort\b", "per site"),
    (r"\bpro\s+(?=(?:gpu|karte|card|server|node|nutzer|user))",
                                                         "per "),
    (r"\btokens?\s+rein\b", "tokens in"), (r"\btokens?\s+(output|input)\b(?!\s*[:=]?\s*[~\d])", r"\1 tokens"),
    (r"(?:\bnetto\s*)?/\s*stück\b", " each"), (r"\bnetto\b", "net"), (r"(?<=\d)(\s*)epochen\b", r"\1epochs"),
    (r"\bin\s+der\s+spitze\b", "peak"), (r"\b(?:um\s+)?(?<!-)faktor\s+(\d+(?:[.,]\d+)?)", r"\1x"),
    (r"\bprozentpunkte\b", "points"), (r"\bmax\.\s*(?=\d)", "max "), (r"\bvllt\.?(?=\s)", "maybe"),
    (r"\baktiv\b", "active"), (r"\bfragt\b", "asks"), (r"\bsteigt\b", "grows"), (r"\brechnung\b", "bill"),
    # ("um 24 MI300X zu ersetzen": to replace them, the verb said last)
    (r"\bum\s+(?=[^,.;?]{1,40}?\s+zu\s+ersetzen\b)", "to replace "), (r"\s+zu\s+ersetzen\b", ""),
    (r"\bersetzen\b", "replace"), (r"\bausrollen\b", ""), (r"\baktuell\b", "currently"),
    (r"\bnutzen\b", "use"), (r"\bsind\b", "are"), (r"\b(?:die|der)\s+last\b", "the load"),
    (r"\bkommt\s+das\s+hin\b", "does that add up"), (r"\bbräuchte\s+man\b", "would one need"),
    (r"\bwir\b", "we"), (r"\buns\b", "us"), (r"\bbräuchten?\b|\bbenötigen\b", "need"),
    (r"(?<=\d)(\s+)raus\b", r"\1out"),
    # hedges, "each", "every"
    (r"\b(?:etwa|ungefähr|rund|knapp|circa|so|grob)\s+(?=[~≈$€£\d])|\bca\.\s*(?=[~≈$€£\d])", "about "),
    (r"\bim\s+schnitt\b", "average"),
    (r"\bjede[rs]?\b", "each"),
    # ("8 Stück, je 28.000 €": each at that price)
    (r"\bje\s+(?=[~\d][\d.,]*\s*(?:€|\$|eur\b|euro\b|usd\b))", "at "), (r"\bje\s+(?=\d)", ""),
    # shares, multiples, times, prices of a year
    (r"\bin\s+(?:die\s+)?(?=beschleuniger|gpus?\b|karten|chips)", "on "),
    (r"\bbeschleuniger[n]?\b", "accelerators"),
    (r"\bdavon\b", "of it"), (r"\bdas\s+(\d+)-fache\b", r"\1x"), (r"(?<=\d)-fache[n]?\b", "x"),
    (r"(?<=\d)(\s*)mal\b", r"\1times"), (r"(?<=\d)(\s*[bm])\s+aktiv\b", r"\1 active"),
    (r"\bkartenpreis\b", "card price"), (r"\bzu\s+(?=\d{4}er\s+preisen\b)", "at "),
    (r"(?<=\d{4})er\s+preisen\b", " prices"),
    (r"\bentspricht\b", "="), (r"\bpro\s+(1\s+)?mio\.?\s*", r"per \1million "),
    (r"\bwas\s+kost(?:en|et)\s+(?:uns\s+|us\s+)?(?=\d+\s*(?:units|x\b|karten|gpus?|server))", "what do "),
    (r"\bwas\s+kost(?:en|et)\s+(?:uns\s+|us\s+)?(?=\d)", "cost per "),
    (r"\boutput-tokens?\b", "output tokens"),
    (r"\binput-tokens?\b", "input tokens"),
    (r"\bein(?:en)?\s+(?=(?:[a-z]+-)?(?:server|knoten|node))", "one "),
    (r"\bschafft\b", "does"), (r"\bje\s+(?=gpu|karte|stunde|std|dgx|hgx|server|system|node|knoten)", "per "),
    (r"\babgerechnet\b", "billed"),
    (r"\bwie\s+unser(?:e)?\s+([a-zäöüß]+)\s+(?:meint|sagt|behauptet)\b", r"as our \1 claims"),
    (r"\benergie\b", "energy"),
    (r"\bnachrichten\s+pro\s+ticket\b", "messages per ticket"),
    # what is asked and done
    (r"\bwie\s*viele?\b|\bwieviele?\b", "how many"), (r"\bwie\s+lange?\b", "how long"), (r"\bwenn\b", "if"),
    (r"\bwürden?\b", "would"), (r"\bwas\s+kost(?:et|en)\b", "how much does it cost"),
    (r"\bkaufpreis\b", "purchase price"), (r"\blistenpreis\b", "list price"), (r"\bkosten\b", "cost"),
    (r"\bkostet\b", "costs"), (r"\bstromkosten\b|\bstromrechnung\b", "electricity bill"),
    (r"\bstrom\b", "electricity"), (r"\b(?:strom|netz)anschluss(?:es)?\b", "power connection"),
    (r"\banschlussleistung\b", "connected power"), (r"kapazität(?:en)?\b", "capacity"),
    (r"\bmiete\b|\bmieten\b", "rent"), (r"\bgemietet\b", "rented"), (r"\bkaufen\b", "buy"),
    (r"\brabatt\b", "discount"), (r"\bkurs\b", "rate"),
    (r"\bziel-?auslastung\b|\bauslastung\b", "utilization"),
    (r"\bpeak-faktor\b|\bspitzenfaktor\b", "peak"), (r"\bleistungsfaktor\b", "power factor"),
    (r"\bschneller\s+als\b", "faster than"), (r"\bpunkte\s+höher\b", "points higher"),
    (r"\breichen\b|\breicht\b", "are enough"), (r"\bbehauptet\b|\bmeint\b|\bsagt\b", "claims"),
    (r"\bbrauchen\b", "need"), (r"\blief\b", "took"), (r"\bdauern\b", "take"),
    (r"\bvon\s+(?=[~≈$€£\d][^,.;]{0,30}?\bauf\s+[~\d])", "from "), (r"\bvon\s+(?=[~≈$€£\d]|ca\.)", "of "),
    (r"(?<=\s)auf\s+(?=\d+\s*(?:karten|gpus?|stück|x\b|server|knoten|nodes|[a-z]{1,3}\d{2,3}\b))", "on "),
    (r"(?<=\s)auf\s+(?=\d)", "to "), (r"\bbei\s+(?=[~≈$€£\d])", "at "),
    (r"\bauf\s+(?=(?:[a-z]+[- ]?\d|h\d|gpus?\b))", "on "), (r"\bmit\b", "with"), (r"\bfür\b", "for"),
    (r"(?<=\s)und(?=\s)", "and"), (r"(?<=\s)oder(?=\s)", "or"), (r"\bzwischen\b", "between"),
    (r"\bgesamt\b|\binsgesamt\b", "total"), (r"\büber\b", "over"), (r"\bprozent\b", "%"), (r"\bpro\b", "per"),
    (r"\b(?:die|der|das|den|dem)\b", "the"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_german(text: str) -> bool:
    """The message shows German: a word written with a letter only German has here (ä, ö, ü, ß) among its
    common words, or two of them, at least one not shared with English; not an English message with a
    German word or two in it ("… (64 Stück). Now we move to H100 SXM, same Anzahl": german_words_said)."""
    if len(_ENGLISH_SAID.findall(text)) >= 3 and german_words_said(text):
        return False
    return shows_language(_COMMON, _SHARED, text, letters="äöüß")


_ENGLISH_SAID = rx.compile(r"\b(?:the|and|how|what|with|many|much|should|would|does|our|this|that|from|we|"
    r"is)\b",
                           re.IGNORECASE)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its German quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)


# German words in an English question ("ca. 285 k€ net each, zzgl. 20% for network", "14.500 € pro Stück",
# "factor 2,5 faster", "overhead factor 1,5 on top", "same Anzahl", "pro 1 Mio. output tokens"): said in
# English;
# detected by the words themselves, none of them English
_MIXED = rx.compile(r"\b(?:zzgl|inkl|stück|anzahl|pro\s+(?:stück|user|nutzer|gpu|karte|server|tag|monat|jahr|"
                    r"stunde|kwh|1\s*mio|mio))", re.IGNORECASE)
_MIXED_REWRITES = [(rx.compile(p, re.IGNORECASE), to) for p, to in (
    (r"\bzzgl\.?\s*", "plus "), (r"\binkl\.?(?=\s)", "incl."),
    (r"\bpro\s+stück\b", "each"), (r"(?<=\d)(\s*)stück\b", r"\1pcs"), (r"\bstück\b", "pcs"),
    (r"\bsame\s+anzahl\b", "same number"), (r"\banzahl\b", "number"),
    (r"\bpro\s+(?=(?:user|nutzer|gpu|karte|server|tag|monat|jahr|stunde|kwh|1\s*mio|mio)\b)", "per "),
    # ("trains factor 2,5 faster", "overhead factor 1,5 on top": the multiple, as English writes it)
    (r"(?<!power )\bfactor\s+(\d+(?:[.,]\d+)?)\s+(?=faster|slower|quicker|more|higher|on top|cheaper)",
     r"\1x "),
)]


def german_words_said(text: str) -> bool:
    """An English message with German words in it ("zzgl.", "Stück", "Anzahl", "pro user", "factor 2,5"), not
    one in Swedish, Norwegian or Danish (calc/nordic)."""
    return _MIXED.search(text) is not None and NORDIC_ONLY.search(text) is None


def german_words_in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with those German words in English, with the position in the source of each character."""
    return rewrite(text, pos, _MIXED_REWRITES)
