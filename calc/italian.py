"""Italian quantity words in a question ("circa 1.200 utenti al giorno", "25 richieste al giorno", "picco 3x",
"quante GPU servono?", "fra 2 anni"): the period, the counted thing, the hedges and the few verbs the rules
key on, said in English, so that every rule reads them as it reads English (as calc/romance does for Spanish
and Portuguese and calc/french for French). Only the words that carry a quantity's meaning are rewritten,
never the numbers; Italian writes its thousands with dots and its decimals with a comma, which calc/numbers
reads once this module says the message is Italian. A message is rewritten only when it shows the language
(two of its common words, one not shared with English). Every character keeps its position in the source,
so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

# words that show the message is (partly) in Italian
_COMMON = rx.compile(r"(?<![a-zàèéìòù])(?:utent[ei]|richiest[ea]|giorno|giorni|mesi|anni|settimane|"
                     r"ore|quante|quanti|quanto|servono|serve|circa|ciascuno|ciascuna|ogni|schede|scheda|"
                     r"noleggio|costo|costa|oggi|fra|tra|entro|picco|risposta|risposte|parole|medici|medico|"
                     r"vogliamo|abbiamo|siamo|nostro|nostra|nostri|della|dello|degli|delle|per|con|sulle|sul|"
                     r"sulla|una|uno|il|lo|gli|le|di|da|che|ci|ne|bastano|basta|metà|l'ora|l'una|al|alla|"
                     # (round 93: a training question, a quote or a memory price said in Italian)
                     r"modell[oi]|parametri|miliardi|milioni|addestrare|addestramento|preventivo|sconto|dollari|"
                     r"ipotizziamo|vorremmo|dobbiamo|stiamo|facciamo|possiamo|conviene|qual|è|sono|nel|nella|"
                     r"dei|questo|questa|servirebbero|vale|memoria|nostro|abbiamo|vuole|quanta|quale|sola|prezzi|sarebbe|"
                     r"costato|costerebbe|servirebbe)"
                     r"(?![a-zàèéìòù])", re.IGNORECASE)
# the ones English writes too, or too short to tell alone
_SHARED = {"per", "con", "una", "uno", "il", "lo", "le", "di", "da", "che", "ci", "ne", "al", "ore", "costa",
           "fra", "tra", "serve", "ogni", "sul", "circa", "parole", "quanto", "della", "anni"}

N = r"\d+(?:[.,]\d+)*"       # a number as written (its separators Italian or already read)
_REWRITES: list[tuple[str, str]] = [
    # (round 93: Italian banks, manufacturers, universities and public administration, wholly in Italian)
    # the scale's abbreviations and approximate counts, training and its models, durations, speed-ups and
    # MFU changes, doubling, shares, claims, money per unit, rates of exchange, documents and their words,
    # branches,
    # replicas, power factor, shifts
    (r"(?<=\d)(\s*)mln\b(?:\s+di\b)?", r"\1million"), (r"(?<=\d)(\s*)mld\b(?:\s+di\b)?", r"\1billion"),
    (r"\buna\s+ventina\s+di\s+migliaia\s+di\b", "20 thousand"), (r"\bun\s+migliaio\s+di\b", "1000"),
    (r"\buna\s+decina\s+di\b", "10"), (r"\buna\s+quindicina\s+di\b", "15"), (r"\buna\s+ventina\s+di\b", "20"),
    (r"\buna\s+trentina\s+di\b", "30"), (r"\buna\s+cinquantina\s+di\b", "50"),
    (r"\bun\s+centinaio\s+di\b", "100"),
    (r"\bun\s+paio\s+di\b", "2"),
    (r"\bdue\s+(?=schede|gpu|server|nodi|rack)", "2 "), (r"\btre\s+(?=schede|gpu|server|nodi|rack)", "3 "),
    (r"\bquattro\s+(?=schede|gpu|server|nodi|rack)", "4 "),
    (r"\botto\s+(?=schede|gpu|server|nodi|rack)", "8 "),
    (r"\bdi\s+cui\s+(?:circa\s+)?un\s+terzo\s+attivi\s+ogni\s+giorno\b", "of whom a third active daily"),
    (r"\bdi\s+cui\s+(?:circa\s+)?la\s+met[àa]\s+attivi\s+ogni\s+giorno\b", "of whom half active daily"),
    (r"\butenti\s+mensili\b", "monthly users"), (r"\butenti\s+settimanali\b", "weekly users"),
    (r"\bclienti\s+attivi\s+al\s+giorno\b|\butenti\s+attivi\s+al\s+giorno\b", "daily active users"),
    (r"\bclienti\b", "customers"), (r"\bdipendenti\b", "employees"), (r"\boperatori\b", "operators"),
    (r"\bstudenti\b", "students"), (r"\bsiamo\s+(?=\d)", "we are "),
    (r"\ba\s+testa\b", "each"),
    (r"\bogni\s+studente\s+fa\b|\bogni\s+utente\s+fa\b|\bognuno\s+fa\b", "each user makes"),
    (r"\bil\s+(?:suo\s+)?picco\s+(?:è\s+)?di\s+(" + N + r")\s+volte\s+la\s+media\b", r"peak \1x the average"),
    (r"\bpicco\s+di\s+(" + N + r")\s+volte(?:\s+la\s+media)?\b", r"peak \1x"),
    (r"\bda\s+(" + N + r")\s+a\s+(" + N + r")\s+volte\b", r"\1-\2x"),
    (r"\b(?:va|è)\s+(" + N + r")\s+volte\s+più\s+velo(?:ce|ci)\b", r"is \1x faster"),
    (r"\bè\s+cresciut[ao]\s+di\s+(" + N + r")\s+volte\b|\bcresciut[ao]\s+di\s+(" + N + r")\s+volte\b",
     r"grew \1\2x"),
    (r"\btempo\s+di\s+raddoppio\b", "doubling time"),
    (r"\b(?:il|lo)\s+stesso\s+numero\s+di\b", "the same number of"),
    (r"\bil\s+nostro\b|\bla\s+nostra\b", "our"),
    (r"\bla\s+(?=[a-z]{1,3}\d)", "the "),
    (r"\braddoppia\s+ogni\s+(?=\d)", "doubles every "), (r"\braddoppia\b", "doubles"),
    (r"\b(?:costa|costano|vale)\s+(?:circa\s+)?(" + N + r")\s+volte\s+"
     r"(?:il\s+prezzo\s+del(?:la)?\s+|la\s+|il\s+)?",
     r"costs \1x "),
    (r"(?<=\d)(\s*)volte\b", r"\1x"),
    (r"\baddestrare\b|\baddestriamo\b|\baddestrarlo\b", "train"), (r"\baddestramento\b", "training"),
    (r"\baddestrat[oa]\s+su\b", "trained on"),
    (r"\b(?:un\s+)?modello\s+da\s+(?=\d)", "a model of "),
    (r"(?<=\d)(\s*)(billion|million)\s+di\s+parametri\s+totali\b", r"\1\2 parameters total"),
    (r"\bparametri\b", "parameters"), (r"(?<=billion)(\s+)attivi\b", r"\1active"), (r"\battivi\b", "active"),
    (r"\bepoche\b", "epochs"), (r"\bepoca\b", "epoch"),
    (r"\bore[- ]gpu\b|\bore\s+gpu\b", "gpu-hours"), (r"\banni[- ]gpu\b", "gpu-years"),
    (r"\besperimenti\b", "experiments"),
    (r"\bsu\s+(?=[~≈]?\d[\d.,]*\s*(?:billion|million|thousand)?\s*(?:di\s+)?token)",
                                            "on "),
    (r"\bmfu\s+(?:del|al|sul)\s+(?=\d)", "mfu of "), (r"\bal\s+(" + N + r"\s*%)\s+di\s+mfu\b", r"at \1 mfu"),
    (r"\bun\s+mfu\s+(?:realistico\s+)?(?:del|al|sul)\s+(?=\d)", "mfu of "),
    (r"\bmfu\s+realistico\s+sul\s+(?=\d)", "mfu of "),
    (r"\b(?:un\s+)?mfu\s+più\s+alto\s+del\s+(" + N + r"\s*%)", r"\1 better mfu"),
    (r"\bportiamo\s+l['’]mfu\s+al\s+(?=\d)", "mfu goes to "), (r"\bl['’]mfu\s+(?:sale|passa)\s+al\s+(?=\d)",
                                                             "mfu goes to "),
    (r"\bguadagnare\s+(" + N + r")\s+punti\s+di\s+mfu\b", r"mfu \1 points higher"),
    (r"\b(?:è\s+durato|è\s+durata|dura|durava|ha\s+impiegato)\s+(?=\d)", "took "),
    (r"\bquanto\s+ci\s+mettiamo\b|\bdi\s+quanto\s+si\s+accorcia\b", "how long"),
    (r"\bquanti\s+giorni\s+risparmiamo\b", "how many days saved"), (r"\bquanti\s+giorni\b", "how many days"),
    (r"\bquanto\s+tempo\s+ci\s+vuole\b", "how long"), (r"\bci\s+vogliono\b|\bci\s+serve\b", "are needed"),
    (r"\bgira\s+su\b", "runs on"), (r"\bviaggia\s+a\b", "runs at"),
    (r"\b(?:un\s+fornitore|il\s+commerciale|il\s+venditore)\s+(?:ci\s+)?(?:assicura|sostiene|dice)\s+che\b",
     "the vendor claims"), (r"\bè\s+credibile\b", "is that credible"),
    (r"\bsi\s+legge\s+che\b|\bho\s+letto\s+che\b", "reportedly"), (r"\babbia\s+richiesto\b", "took"),
    (r"\bci\s+assegna\b", "gives us"), (r"\bbastano\s+per\b", "are they enough to"),
    (r"\bcontiamo\s+di\s+arrivare\s+a\b|\bpensiamo\s+di\s+arrivare\s+a\b", "expect to reach"),
    (r"\bse\s+ne\s+spendiamo\s+(?:circa\s+)?(?:il\s+)?(" + N + r"\s*%)\s+in\s+gpu\b",
     r"if \1 goes on GPUs"),
    (r"\b(?:spendiamo|spenderemo)\s+(?:circa\s+)?(?:il\s+)?(" + N + r"\s*%)\s+in\s+(?=gpu|schede)",
     r"\1 goes on "),
    (r"\bquante\s+ne\s+portiamo\s+a\s+casa\b|\bquante\s+ne\s+prendiamo\b", "how many do we buy"),
    (r"\benergia\s+a\b|\bl['’]energia\s+a\b|\belettricit[àa]\s+a\b", "electricity at"),
    (r"\bal\s+kwh\b", "per kwh"), (r"\bin\s+un\s+anno\b", "per year"),
    (r"\bquanto\s+ci\s+costa\s+l['’]elettricit[àa]\b", "what does the electricity cost"),
    (r"\bquanto\s+spendiamo\b", "how much do we spend"),
    (r"\bquanto\s+ci\s+costa\b", "how much does it cost"),
    (r"\bognun[oa]\s+con\s+un\s+limite\s+di\b", "each with a limit of"), (r"\blimite\s+di\b", "limit of"),
    (r"\bassorb(?:e|ono)\b", "draws"),
    (r"\bquanti\s+ne\s+riusciamo\s+a\s+installare\b", "how many can we fit"),
    (r"\bper\s+milione\s+di\s+token\s+(?:generati|in\s+output|in\s+uscita)\b", "per million output tokens"),
    (r"\bper\s+milione\s+di\s+token\s+(?:in\s+input|in\s+ingresso)\b", "per million input tokens"),
    (r"\bper\s+milione\s+di\s+token\b", "per million tokens"),
    (r"\bmisuriamo\b|\babbiamo\s+misurato\b", "we measure"), (r"\bper\s+scheda\b", "per card"),
    (r"\bper\s+nodo\b", "per node"), (r"\bnodi\b", "nodes"), (r"\bnodo\b", "node"),
    (r"\btasso\s+di\s+cambio\b", "exchange rate"),
    (r"\bcambio\s+euro\s*/\s*dollaro\b", "EUR/USD"),
    (r"(" + N + r")\s+dollari\s+per\s+euro\b", r"\1 $ per €"),
    (r"\brepliche\b", "replicas"), (r"\breplica\b", "replica"),
    (r"\bmassimo\s+(" + N + r")\s+sequenze\s+per\s+replica\b", r"max batch \1 per replica"),
    (r"\bsconto\s+del\s+(" + N + r"\s*%)", r"\1 discount"), (r"\bl['’]uno\b", "each"),
    (r"\bpreventivo\s+per\b", "quote for"),
    (r"\bmeglio\s+comprare\b", "better to buy"), (r"\bo\s+noleggiarl[ei]\b", "or rent them"),
    (r"\borizzonte\s+(?=\d)", "over "), (r"\butilizzo\s+medio\s+all['’]\s*(?=\d)", "average utilization "),
    (r"\bbudget\s+di\b", "budget of"), (r"\bdisponibili\b", "available"),
    (r"\bin\s+ingresso\b", "input"), (r"\bin\s+uscita\b", "output"), (r"\bin\s+output\b", "output"),
    (r"\bin\s+input\b", "input"),
    (r"\bpratiche\b|\bdocumenti\b|\bfascicoli\b", "documents"), (r"\briassunti\b", "summaries"),
    (r"\bparola\b", "word"), (r"\bcaratteri\b", "characters"), (r"\bcontando\b|\bconsiderando\b", "counting"),
    (r"\bognun[oa]\s+(?:di\s+)?(?:circa\s+|sui\s+)?(?=\d)", "each about "),
    (r"\bciascun[oa]\s+di\s+(?:circa\s+)?(?=\d)",
                                                                          "each about "),
    (r"\bfiliali\b|\bsedi\b|\bagenzie\b|\bsportelli\b", "branches"), (r"\brichieste\s+al\s+secondo\b",
                                                                      "requests per second"),
    (r"\breggiamo\b|\bregge\b", "can it handle"),
    (r"\bfattore\s+di\s+potenza\b", "power factor"), (r"\bquadro\s+elettrico\b", "switchboard"),
    (r"\beguagliare\b|\bpareggiare\b", "match"), (r"\bin\s+addestramento\b", "in training"),
    (r"\brapporto\s+dau\s*/\s*mau\s+del\s+(?=\d)", "DAU/MAU "),
    (r"\binterazioni\b", "interactions"), (r"\bscambi\b", "turns"),
    (r"(?<=\d)(\s+)di\s+risposta\b", r"\1output"), (r"(?<=\d)(\s+)di\s+contesto\b", r"\1context"),
    (r"\bquanto\s+ci\s+costa\s+ogni\s+(?=\d)", "cost per "), (r"\bogni\s+(?=\d[\d.,]*\s+richieste)", "per "),
    (r"\bpiù\s+un\s+(" + N + r"\s*%)\s+per\b", r"plus \1 for"), (r"\brete\b", "networking"),
    (r"\bquanto\s+viene\s+il\s+totale\b|\bquanto\s+fa\s+il\s+totale\b", "what is the total"),
    (r"\ba\s+prezzi\s+(?:del\s+)?(\d{4})\b", r"at \1 prices"), (r"\bvendut[ao]\s+a\b", "sold at"),
    (r"\bsta\s+(?:a|sui)\s+(?=[~≈$€£]?\d)", "is "), (r"\bdomanda\s+di\s+calcolo\b", "compute demand"),
    (r"\btoken\s+di\s+output\s+al\s+giorno\b", "output tokens per day"),
    (r"\bacquisto\s+ed?\s+elettricit[àa]\b", "purchase and electricity"),
    (r"\bturni\b", "shifts"),
    (r"\b(risposte|output|prompt|domande|input)\s+da\s+(" + N + r")(?![\d.,])(?!\s*(?:token|k\b|mila))",
     r"\2-token \1"),
    (r"\bognun[oa]\b", "each"), (r"\bnell[ea]\b|\bnei\b|\bnegli\b", "in"),
    # the scale
    (r"(?<=\d)(\s*)milion[ei]\b(?:\s+di\b)?", r"\1million"),
    (r"(?<=\d)(\s*)miliard[io]\b(?:\s+di\b)?", r"\1billion"),
    (r"(?<=\d)(\s*)mila\b", r"\1thousand"),
    # who is counted
    (r"\butenti\s+concorrenti\b|\butenti\s+contemporanei\b|\butenti\s+simultanei\b", "concurrent users"),
    (r"\butenti\b", "users"), (r"\butente\b", "user"), (r"\bmedici\b", "doctors"), (r"\bmedico\b", "doctor"),
    (r"\bpazienti\b", "patients"), (r"\bdipendenti\b", "employees"), (r"\bospedali\b", "hospitals"),
    # periods
    (r"\bal\s+giorno\b|\bper\s+giorno\b|\bogni\s+giorno\b", "per day"), (r"\bal\s+mese\b", "per month"),
    (r"\ball['’]anno\b|\bl['’]anno\b(?=\s*[?.,]|$)", "per year"),
    (r"\bl['’]ora\b|\ball['’]ora\b", "per hour"),
    (r"(?<=\d)(\s*)giorni\b", r"\1days"), (r"(?<=\d)(\s*)mesi\b", r"\1months"),
    (r"(?<=\d)(\s*)anni\b", r"\1years"),
    (r"(?<=\d)(\s*)settimane\b", r"\1weeks"), (r"(?<=\d)(\s*)ore\b", r"\1hours"),
    (r"\b(?:fra|tra|entro)\s+(?=\d+\s*(?:days|months|years|weeks)\b)", "in "), (r"\boggi\b", "today"),
    # what is counted
    (r"\brichieste\b", "requests"), (r"\brichiesta\b", "request"), (r"\brisposte\b", "answers"),
    (r"\brisposta\b", "answer"), (r"\bparole\b", "words"), (r"\bschede\b", "cards"), (r"\bscheda\b", "card"),
    (r"\breferti\b", "reports"), (r"\bdomande\b", "questions"), (r"\bl['’]una\b", "each"),
    # hedges, "each"
    (r"\b(?:circa|all['’]incirca|intorno\s+a)\s+(?=[~≈$€£\d])", "about "), (r"\bciascun[oa]\b", "each"),
    (r"\bogni\b", "each"), (r"\bin\s+media\b", "average"),
    # what is asked and done
    (r"\bquant[ei]\b", "how many"), (r"\bquanto\s+costa\b", "how much does it cost"), (r"\bcosto\b", "cost"),
    (r"\bservono\b|\bserviranno\b", "are needed"), (r"\bbastano\b|\bbasta\b", "are enough"),
    (r"\ba\s+noleggio\s+a\b", "rented at"), (r"\bnoleggio\b", "rent"), (r"\bpicco\b", "peak"),
    (r"\bmetà\s+(?=sulle|per|in)", "half "), (r"\bsulle\s+(?=gpu|schede|cards)", "on "),
    (r"\bcambio\b", "rate"), (r"\bprevediamo\s+di\s+arrivare\s+a\b", "expect to reach"),
    (r"\barrivare\s+a\b", "reach"), (r"\bci\s+ha\s+messo\b", "took"), (r"\bci\s+metterebbe\b", "would take"),
    (r"\bsu\s+(?=\d+\s*(?:cards|gpu|schede)|[a-z]+[- ]?\d)", "on "), (r"\bcon\b", "with"),
    (r"\bdi\s+(?=[~≈$€£]?\d)", "of "), (r"(?<=\s)e(?=\s)", "and"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_italian(text: str) -> bool:
    """The message shows Italian: two of its common words, at least one not shared with English."""
    return shows_language(_COMMON, _SHARED, text)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Italian quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
