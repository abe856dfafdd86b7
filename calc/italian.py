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
                     r"costato|costerebbe|servirebbe|"
                     # (round 117: a public tender's words, racks, a quote)
                     r"acceleratori|acceleratore|dispone|potenza|nuovo|massimo|progetto|richiede|chiede|"
                     r"stima|stimare|armadi|giornaliere|giornalieri|quotato|spendiamo|spenderemo|paghiamo|"
                     r"pagando|riusciamo|guadagniamo|risparmiamo|passano|passiamo|cresce|crescono|crescita|"
                     r"volte|noleggiate|noleggiare|conversazioni|messaggi|raga|torna|bisogna)"
                     r"(?![a-zàèéìòù])", re.IGNORECASE)
# the ones English writes too, or too short to tell alone
_SHARED = {"per", "con", "una", "uno", "il", "lo", "le", "di", "da", "che", "ci", "ne", "al", "ore", "costa",
           "fra", "tra", "serve", "ogni", "sul", "circa", "parole", "quanto", "della", "anni"}

N = r"\d+(?:[.,]\d+)*"       # a number as written (its separators Italian or already read)
IS = r"(?:è|e['’]|é)"          # "is", with its accent typed or not
_FROM_TO = (r"\b(?:passano|passare|passeranno|passiamo|passerà|passa|crescono|cresceranno|salgono|saliranno|"
            r"aumentano|aumenteranno|vanno|arrivano)\s+da\s+(" + N + r"\s*(?:k|mila|mln|milioni|million|"
            r"thousand)?)\s+a\s+(?=[~≈]?\d)")
# an amount of money as written: "€ 3.200", "2,8 milioni di dollari", "450.000 €", "30k $"
_MONEY = (r"[~≈]?\s*[$€£]?\s?" + N + r"\s*(?:mila\s+|milioni\s+(?:di\s+)?|mln\s+|k\s*)?"
          r"(?:€|\$|£|eur\b|euro\b|usd\b|dollar[is]\b)")
_REWRITES: list[tuple[str, str]] = [
    # (round 117: engineers, founders and public tenders wholly in Italian: "pari a", "non superiore a",
    # "armadi", a grant's share put in GPUs, growth a year, users from … to, "1 token ogni 0,75 parole",
    # MFU points gained, a total at so many times the accelerators' cost, "ci fa il 12% di sconto", tokens
    # generated or sent in input, conversations and messages, a target utilization, a quote for a rack)
    (r"\b(?:(?:il\s+)?rapporto\s+)?dau\s*/\s*mau\s+(?:(?:" + IS + r"\s*)?(?:pari\s+al?|del|di|al)\s+)?"
     r"(?=[~≈]?\d)", "DAU/MAU ratio of "),
    (r"\bpue\s+(?:(?:di\s+progetto|progettuale|di\s+design|target|obiettivo|medio|previsto|atteso|stimato)"
     r"\s+)?(?:(?:" + IS + r"\s*)?(?:pari\s+a|di|del)\s+|=\s*)(?=[~≈]?\d)", "PUE of "),
    (r"\bpue\s+(?:di\s+progetto|progettuale|di\s+design|target|obiettivo|medio|previsto|atteso|stimato)"
     r"\s+(?=[~≈]?\d)", "PUE of "),
    (r"\btempo\s+(?:al|del|per\s+il|fino\s+al)\s+primo\s+token\b", "time to first token"),
    (r"\b(?:non\s+superiore\s+a[il]?|inferiore\s+a[il]?|sotto\s+(?:i\s+|il\s+|al\s+|ai\s+)?|"
     r"al\s+di\s+sotto\s+d(?:i|ei|el)\s+|entro\s+(?:i\s+|il\s+)?)\s*(?=[~≈]?\d[\d.,]*\s*(?:ms|s|sec|secondi|"
     r"secondo|millisecondi)\b)", "under "),
    (r"\butenti\s+attivi\s+mensili\b|\butenti\s+attivi\s+al\s+mese\b|\butenti\s+attivi\s+(?:su\s+base\s+)?"
     r"mensil[ie]\b", "monthly active users"),
    (r"\butenti\s+(?:attivi\s+)?giornalieri\b|\butenti\s+attivi\s+quotidiani\b", "daily active users"),
    (r"\bper\s+utente\s+attivo\b", "per active user"),
    (r"\b(?:giornalier[ie]|quotidian[ie])\b", "per day"),
    (r"\bacceleratori\b", "accelerators"), (r"\bacceleratore\b", "accelerator"),
    (r"\b(?:armadi|rack)\s+(?:liberi|vuoti|disponibili|a\s+disposizione)\b", "free racks"),
    (r"\barmadi\b", "racks"), (r"\barmadio\b", "rack"),
    (r"\b(?:ci\s+facciamo\s+stare|ci\s+stanno|ci\s+entrano|ci\s+(?:fa|facciamo)\s+entrare|"
     r"riusciamo\s+a\s+(?:far\s+)?(?:stare|entrare|mettere))\b", "fit"),
    (r"\b(?:finanziamento|stanziamento|contributo|fondo)\b(?=\s+(?:[a-z]+\s+)?(?:di|da)\s+[~≈$€£]?\d)",
     "budget"),
    (r"\b(?:metter(?:e|ne)|destinar(?:e|ne)|investir(?:e|ne)|spender(?:e|ne)|dedicar(?:e|ne)|usar(?:e|ne)|"
     r"impiegar(?:e|ne)|mettiamo|destiniamo|investiamo)\s+(?:circa\s+)?(?:il\s+)?(" + N + r"\s*%)\s+"
     r"(?:in|sulle|nelle|alle|agli|ai|per\s+le|per\s+l['’]acquisto\s+di)\s+"
     r"(?=gpu|schede|acceleratori|hardware)",
     r"put \1 of the budget on "),
    (r"\b(?:riusciamo|riusciremmo|possiamo|potremmo)\s+(?:a\s+|ad\s+)?(?:prendere|comprare|acquistare|"
     r"permetterci)\b|\bportiamo\s+a\s+casa\b|\bci\s+escono\b|\bci\s+possiamo\s+permettere\b",
     "can we buy"),
    (r"\b(?:sostiene|dichiara|afferma|assicura|garantisce|promette|giura)(?:\s+che)?\b", "claims"),
    (r"\bsi\s+(?:addestra|allena)\s+in\b", "trains in"),
    (r"\b(?:vi|ti|ci)\s+torna(?:\s+come\s+stima)?\b|" + IS + r"\s*(?:realistico|plausibile|verosimile)\b",
     "is that right"),
    (r"(?<=\d[kmbt])(\s+)di\s+(?=token)", r"\1"),
    # (users from … to …: the users named before the verb, or after the second number)
    (r"\b((?:utenti|clienti|iscritti|dipendenti|studenti|users)\b[^.;:?!\d]{0,40}?)" + _FROM_TO,
     r"\1go from \2 to "),
    (_FROM_TO + r"(?=[~≈]?" + N + r"\s*(?:k|mila|mln|milioni)?\s*(?:di\s+)?(?:utenti|clienti|iscritti|"
                r"users))", r"go from \1 to "),
    (r"\bserv(?:no|ono|rebbero|iranno|on)\b", "are needed"),
    (r"(?<=/)(\s*)or[ae]\b", r"\1hour"),
    (r"\b(token|tokens)(\s+)ogni\s+(?=[~≈]?\d)", r"\1\2per "),
    (r"\b(?:riassunt[oi]|sintes[ie])\s+(?:finale\s+|breve\s+)?da\s+(" + N + r")\s+parole\b",
     r"\1-word summary"),
    (r"\b(?:rispost[ae])\s+(?:finale\s+|breve\s+)?da\s+(" + N + r")\s+parole\b", r"\1-word answer"),
    (r"\b(rispost[ae]|riassunt[oi])\s+da\s+(" + N + r")(?![\d.,])(?!\s*(?:token|k\b|mila|parole))",
     r"\2-token answer"),
    (r"\b(?:in\s+)?(?:crescita|cresc(?:e|ono|iamo|erà|eranno))\s+(?:annu[ao]\s+|annuale\s+)?(?:del|di|al)\s+"
     r"(" + N + r"\s*%)\s*(?:annu[oa]|annuale|all['’]\s*anno|l['’]\s*anno|ogni\s+anno|per\s+anno|"
     r"su\s+base\s+annua)\b", r"growing \1 per year"),
    (r"\b(?:in\s+)?crescita\s+annu(?:a|ale)\s+(?:del|di)\s+(" + N + r"\s*%)", r"growing \1 per year"),
    (r"\b(?:in\s+)?(?:crescita|cresc(?:e|ono|iamo|erà|eranno))\s+(?:mensile\s+)?(?:del|di|al)\s+"
     r"(" + N + r"\s*%)\s*(?:mensile|al\s+mese|ogni\s+mese|su\s+base\s+mensile)\b", r"growing \1 per month"),
    (r"\bpartiamo\s+da\b", "starting from"),
    (r"(" + N + r")\s*(?:x|volte)\s+pi[uù]\s+velo(?:ce|ci)\b", r"\1x faster"),
    (r"\bper\s+(?:eguagliare|uguagliare|pareggiare|equiparare|eguagliarne|pareggiarne)\b", "to match"),
    (r"\b(?:guadagn|recuper)[a-zàèéìòù]*\s+(?:circa\s+)?(" + N + r")\s+punti(?:\s+percentuali)?\s+"
     r"(?:di\s+|dell['’]\s*|d['’]\s*|in\s+|sull['’]\s*)mfu\b", r"gain \1 points of mfu"),
    (r"\b(?:l['’]\s*)?mfu\s+(?:" + IS + r"\s*)?(?:migliore|pi[uù]\s+alt[oa]|superiore|pi[uù]\s+efficiente)\s+"
     r"(?:del|di)\s+(" + N + r"\s*%)", r"\1 better mfu"),
    (r"\b(?:l['’]\s*)?mfu\s+(?:" + IS + r"\s*)?(?:del\s+|di\s+un\s+|un\s+)?(" + N + r"\s*%)\s+"
     r"(?:migliore|pi[uù]\s+alt[oa]|superiore|in\s+pi[uù])\b", r"\1 better mfu"),
    (r"\b(" + N + r")\s*(?:x|volte)\s+il\s+(?:costo|prezzo)\s+(?:degli|delle|dei|del|della|dello)\s+"
     r"(?=accelerat|gpu|schede|server|hardware|chip)", r"\1x the cost of the "),
    (r"\b(?:" + IS + r"\s*)?stimat[oa]\s+(?:pari\s+a|in|a)\s+(?=[~≈$€£]?\d)", "is estimated at "),
    (r"\bcosto\s+(?:complessivo|totale)\b", "total cost"),
    (r"\bprezzo\s+unitario\s+(?:di|pari\s+a)\s+(?=[~≈$€£]?\d)", "unit price of "),
    (r"\bprezzo\s+unitario\b", "unit price"),
    (r"(?:\+\s*|\b(?:oltre|più)\s+)?\biva\s+(?:esclusa|escl\.?)(?!\w)|\besclusa\s+iva\b|\+\s*iva\b|"
     r"\boltre\s+iva\b", "excl. VAT"),
    (r"\biva\s+(?:inclusa|incl\.?|compresa)(?!\w)|\b(?:inclusa|compresa)\s+iva\b", "incl. VAT"),
    (r"\bsi\s+considerino\b|\bsi\s+consideri\b", "consider"),
    (r"\b(?:ci\s+)?(?:fa|fanno|applica|applicano|concede|concedono|dà|danno)\s+(?:il|un|"
     r"un\s+ulteriore)\s+(" + N + r"\s*%)\s+di\s+sconto\b", r"gives us a \1 discount"),
    (r"(" + N + r"\s*%)\s+di\s+sconto\b", r"\1 discount"),
    (r"\b(?:prezzo\s+(?:di\s+)?)?listino\s+(?:del(?:la|lo|l['’])?\s*|per\s+(?:il|la|un|una|l['’])?\s*)?"
     r"((?:[a-z0-9.-]+\s+){1,3}?)(?:a|" + IS + r"|=|:)\s*(?=[~≈$€£]?\s?\d)", r"\1list price "),
    (r"\blistino\b|\bprezzo\s+di\s+listino\b", "list price"),
    (r"\bquanti\s+server\b", "how many servers"), (r"\bquanti\s+rack\b", "how many racks"),
    (r"\bquanto\s+cost(?:ano|a)\s+(?=\d[\d.,]*\s*(?:k\s+|mila\s+)?(?:richieste|query|domande|risposte|"
     r"token|conversazioni|pratiche|documenti)\b)", "cost per "),
    (r"\bsistemi\b", "systems"),
    (r"\btoken\s+(?:in\s+|di\s+)?(?:input|ingresso)\b", "input tokens"),
    (r"\btoken\s+(?:in\s+|di\s+)?(?:output|uscita)\b|\btoken\s+(?:generati|prodotti|in\s+risposta)\b",
     "output tokens"),
    (r"\bper\s+milione\s+(?:in\s+|di\s+)?(?:input|ingresso)\b", "per million input tokens"),
    (r"\bper\s+milione\s+(?:in\s+|di\s+)?(?:output|uscita)\b", "per million output tokens"),
    (r"\b(?:mandiamo|inviamo|spediamo|mandiamo\s+all['’]\s*api|inviamo\s+all['’]\s*api)\b", "we send"),
    (r"\bpagando\b", "paying"), (r"\bpaghiamo\b", "we pay"),
    (r"\b(?:ha\s+senso|conviene)\s+(?:portarci|portare|portarlo|portarla)\s+in\s+casa\b",
     "does it make sense to self-host"),
    (r"\bconversazioni\b", "conversations"), (r"\bconversazione\b", "conversation"),
    (r"\bmessaggi\b", "messages"), (r"\bmessaggio\b", "message"),
    (r"\bchat\s+al\s+giorno\b", "chats per day"),
    (r"\b(?:il\s+)?(?:suo\s+)?picco\s+(?:" + IS + r"\s*|sale\s+a\s+|arriva\s+a\s+)?(?:di\s+|pari\s+a\s+)?"
     r"(" + N + r")\s*(?:volte|x)\s+(?:la\s+)?media\b", r"peak \1x the average"),
    (r"\b(?:con\s+(?:un\s+)?)?(?:utilizzo|utilizzazione|occupazione|saturazione|carico)\s+(?:target|"
     r"obiettivo|massimo|previsto|medio|di\s+riferimento)\s+(?:al|del|di|pari\s+al)\s+(?=[~≈]?\d)",
     "target utilization of "),
    (r"\b(?:con\s+(?:un\s+)?)?(?:utilizzo|utilizzazione)\s+(?:al|del|pari\s+al)\s+(?=[~≈]?\d)",
     "utilization of "),
    (r"\bparametri\s+totali\b", "parameters total"),
    (r"\bservire\b", "serve"),
    (r"\bci\s+hanno\s+quotato\b|\bci\s+(?:hanno\s+)?(?:offerto|proposto)\b|\bci\s+quota(?:no)?\b",
     "we were quoted"),
    (r"\bdollari\b", "dollars"),
    # (an amount "a" so much: at that price; "da 1,8 a 2,2 €": a range)
    (r"\bda\s+(" + N + r")\s+a\s+(?=" + _MONEY + ")", r"\1-"),
    (r"\ba\s+(?=(?:circa\s+)?" + _MONEY + ")", "at "),
    (r"\b(?:e\s+)?(?:il\s+|un\s+)?(" + N + r"\s*%)\s+in\s+pi[uù]\s+(?:per|di)\b", r"plus \1 for"),
    (r"\bimpianti\b", "facilities"),
    (r"\btoken\s+al\s+secondo\b", "tokens per second"),
    (r"\bal\s+secondo\b(?!\s+(?:posto|turno|piano|anno|livello))", "per second"),
    (r"\bper\s+arrivare\s+a\b", "to reach"),
    (r"\bquanto\s+(?:ci\s+)?(?:metterebbe|metteremmo|metterà|metteremo|mette|impiegherebbe)\b",
     "how long would it take"),
    (r"\bse\s+(?=l['’]|il\b|la\b|gli\b|le\b|lo\b|passiamo|usiamo|abbiamo|portiamo|\d)", "if "),
    (r"\bl['’]\s*(mfu)\s+" + IS + r"\s*(?=[~≈]?\d)", r"\1 is "),
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
