"""French quantity words in a question ("~250 000 utilisateurs actifs par jour", "12 requêtes par jour
chacun", "louer à 4,10 US$/h", "pendant 30 mois", "double tous les 4 mois", "combien de GPU ?"): the
scale, the period, the counted thing, the hedges and the few verbs the rules key on, said in English, so
that every rule reads them as it reads English (as calc/romance does for Spanish and Portuguese and
calc/malay for Indonesian and Malay). Only the words that carry a quantity's meaning are rewritten,
never the numbers; French writes its thousands with spaces and its decimals with a comma, which
calc/numbers reads once this module says the message is French. A message is rewritten only when it
shows the language (two of its common words, one not shared with English), so an English message stays
as it is. Every character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.romanian import ROMANIAN_ONLY
from calc.script import rewrite, shows_language

# words that show the message is (partly) in French
_COMMON = rx.compile(r"(?<![a-zà-ÿ])(?:combien|utilisateurs?|requ[êe]tes?|r[ée]ponses?|environ|chacune?|"
                     r"notre|nos|nous|avec|jours|mois|ans|ann[ée]es?|semaines|heures|cartes|serveurs?|"
                     r"facture|co[ûu]te?|co[ûu]ts|prix|pi[èe]ce|faut|faut-il|aujourd'hui|dans|sur|pendant|louer|"
                     r"acheter|taux|même|[çc]a|c'est|est-ce|quelle?s?|sortie|entrée|mots|abonn[ée]s|"
                     r"membres|baies|succursales|par|pour|des|les|une?|et|ou|le|la|du|au|aux|tous|autour|"
                     r"besoin|avons|sommes|voulons|pouvons|combien|trafic|croissance|rabais|remise|louées?|"
                     r"plafonn[ée]e?s?|dispo(?:nibles?)?|tout|compris|mesur[ée]|mesure|entra[îi]n[ée]|"
                     r"entra[îi]ner|semaine|jour|heure|an|tu|salut|calcul|g[èe]re|[ée]changes?|mille|septante|"
                     r"nonante|octante|huitante)(?![a-zà-ÿ])", re.IGNORECASE)
# the ones English writes too, or too short to tell alone
_SHARED = {"par", "pour", "des", "les", "une", "un", "et", "ou", "le", "la", "du", "au", "aux", "an", "sur",
           "tout", "mesure", "prix", "jour", "nos", "ans"}

_APPROX = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
           "quarantaine": 40,
           "cinquantaine": 50, "soixantaine": 60, "centaine": 100}

_REWRITES: list[tuple[str, str]] = [
    # (round 110: Québec) a rate "à 1,35 $ CA le dollar US", "70 % du budget sur les GPU", "une MFU 20 %
    # meilleure", "si on monte la MFU à 45 %", "ratio quotidien/hebdo", "Entrée de 3 000 tokens, sortie de
    # 500", "en M$ CA à 1,38", "32 séquences par réplique"
    (r"\ble\s+dollar\s+(?:us|am[ée]ricain)\b|\bpour\s+un\s+dollar\s+(?:us|am[ée]ricain)\b", "per USD"),
    (r"(\d[\d,.]*\s*%)\s+du\s+budget\s+(?:sur|pour|en|dans|aux)\s+(?:les\s+)?(?:gpus?|cartes|puces)\b",
     r"\1 of the budget on GPUs"),
    (r"\bmfu\s+(\d[\d,.]*\s*%)\s+(?:meilleure|plus\s+[ée]lev[ée]e|sup[ée]rieure)\b", r"MFU \1 better"),
    (r"\b(?:on\s+)?mont(?:e|er|ait)\s+la\s+mfu\s+[àa]\b", "MFU goes to"),
    (r"\bratio\s+quotidien\s*/\s*hebdo(?:madaire)?\b", "DAU/WAU"),
    (r"\bratio\s+quotidien\s*/\s*mensuel\b", "DAU/MAU"),
    (r"\bentr[ée]e\s+de\s+(?=\d)", "input "), (r"\bsortie\s+de\s+(?=\d)", "output "),
    (r"\ben\s+m\$\s*(?:ca|can)\b|\ben\s+\$\s*(?:ca|can)\b|\ben\s+dollars?\s+canadiens?\b", "in CAD"),
    (r"\bs[ée]quences?\b", "sequences"), (r"\br[ée]pliques?\b", "replicas"),
    # (round 102: Québec) users ("usagers"), a doubling "à tous les 4 mois", a card's watts "avec le serveur",
    # an hour's price "2,85 $ US l'heure", a peak "pointes à 4x"
    (r"\busagers?\b", "users"),
    (r"\bla\s+moiti[ée]\s+(?:sur|pour|dans|en|va\s+(?:sur|dans|aux))\s+(?:les\s+)?(?=gpus?\b|cartes\b|"
     r"puces\b|acc[ée]l)",

     "half of it on "),
    (r"\bcombien\s+(?:on\s+)?en\s+(?:a|aurait|prend|ach[eè]te)\b|\bcombien\s+on\s+peut\s+en\s+avoir\b",
     "how many can we buy"),
    (r"\bdoubl\w*\s+(?:à\s+)?(?:tous|toutes)\s+les\s+(\d+(?:[.,]\d+)?)\s+mois\b",
     r"doubling every \1 months"),
    (r"\bavec\s+(?:le|son|leur)\s+serveur\b|\bserveur\s+compris\b", "incl. server"),
    (r"(?<=\$)(\s*(?:us|ca|can)?)\s*(?:de\s+)?l['’]heure-(?:puce|gpu|carte)\b", r"\1 per gpu-hour"),
    (r"(?<=\$)(\s*(?:us|ca|can)?)\s*l['’]heure\b", r"\1 per hour"),
    (r"\bpointes?\s+(?:à|de)\s+(?=\d)", "peak "),
    # what there is now, and a growth said as a multiple ("si le trafic fait x25 …, combien de B200 au lieu
    # des 40 actuels?": instead of the 40 we have now; grows x25)
    (r"\bau\s+lieu\s+des\s+(\d[\d\s.,]*?)\s*(?:actuel(?:le)?s|qu'on\s+a)\b",
     r"instead of the \1 we have now"),
    (r"\b(?:fait|fera|ferait)\s+(?=x\s*\d|\d+(?:[.,]\d+)?\s*x\b)", "grows "),
    # French's word for a token ("1 500 jetons en entrée", "40 ms/jeton"), before every rule that reads tokens
    (r"\bjetons\b", "tokens"), (r"\bjeton\b", "token"),
    # about so many, said as a noun ("une vingtaine de requêtes", "une trentaine de runs"), one alone
    # ("une seule")
    *[(rf"\bune\s+{word}\s+(?:de\s+|d['’])?", f"about {n} ") for word, n in _APPROX.items()],
    (r"\bune?\s+seule?\b", "one"),
    # (a decimal comma after a multiplication sign: "x1,4", "pointe x2,5")
    (r"(?<![\w.])x\s*(\d+),(\d{1,2})(?!\d)", r"x\1.\2"),
    # (round 91: French labs, hospitals and startups) half the budget on GPUs, a multiple for the rest, a peak
    # said with x, a week, a claim doubted, prices per million and per GB, a rise of the MFU, points of MFU
    (r"\bla\s+moiti[ée]\s+(?:du\s+budget|de\s+l['’]enveloppe)?\s*(?:seulement\s+)?va\s+dans\s+les\s+(?=gpus?|cartes)",

     "half of the budget goes on "),
    (r"\bx\s*(\d+(?:[.,]\d+)?)\s+pour\s+tout\s+le\s+reste\b", r"all-in \1x for servers and everything else"),
    (r"\bpointe\s+(?=x\s*\d)", "peak "), (r"\bfacteur\s+de\s+pointe\s+(?:de\s+)?(?=\d)", "peak factor "),
    (r"\ben\s+moins\s+d['’]une\s+semaine\b", "in under 7 days"), (r"\bune\s+semaine\b", "a week"),
    # (not "0,35 J per token": joules, said in English or French)
    (r"(?<=\d)(\s*)j\b(?!['’])(?!\s*(?:par|per|/|a|each)\s*(?:tokens?|toks?|requ|quer|inf|1k|1\s*000|mille))",
     r"\1days"),
    (r"\bcr[ée]dible\b", "credible"),
    (r"\bpar\s+million\s+(?:de\s+tokens\s+)?en\s+entr[ée]e\b", "per million input tokens"),
    (r"\bpar\s+million\s+(?:de\s+tokens\s+)?en\s+sortie\b", "per million output tokens"),
    (r"\bpar\s+millier\s+de\s+tokens\b", "per 1,000 tokens"), (r"\ble\s+go\b", "per GB"),
    (r"€\s*/\s*go\b", "€/GB"), (r"\br[ée]plicas?\b", "replicas"),
    (r"\bune\s+mfu\s+qui\s+(?:monte|passe)\s+[àa]\s+(?=\d)", "mfu goes to "),
    (r"\bla\s+mfu\s+(?:monte|passe)\s+[àa]\s+(?=\d)", "mfu goes to "),
    (r"\bon\s+gagne\s+(\d+(?:[.,]\d+)?)\s+points?\s+de\s+mfu\b", r"we gain \1 points of mfu"),
    (r"\bun\s+gain\s+de\s+(\d+(?:[.,]\d+)?)\s*x\b", r"\1x faster"),
    (r"\bh[ôo]pitaux\b", "hospitals"),
    (r"\bil\s+nous\s+en\s+reste\s+(\d+)\s+de\s+libres?\b", r"\1 of them are free"),
    (r"\bpasse(?:nt)?\s+de\s+(?=[~\d])", "goes from "), (r"\ble\s+kwh\b", "per kWh"),
    (r"\bg[ée]n[ée]r[ée]s\b", "generated"), (r"\bcomptes?\s+rendus(?:\s+d['’][a-zà-ÿ]+)?", "reports"),
    (r"\bparam[èe]tres\b(?!\s+actifs)", "parameters"),
    (r"(?<=\d)(\s*)fois\s+plus\s+cher\b", r"\1x the price"),
    (r"\bfacteur\s+(\d+(?:[.,]\d+)?)\s+en\s+vitesse\b", r"\1x faster"),
    (r"\btaux\s+d['’]utilisation(?:\s+cible)?\s+(?:de\s+)?(?=\d)", "target utilization of "),
    (r"\bprompts\s+d['’](?=environ|\d)", "prompts of "), (r"\br[ée]sum[ée]s\s+de\s+(?=\d)", "summaries of "),
    (r"\bco[ûu]t\s+pour\s+(?=\d)", "cost per "),
    (r"(?<=\d)(\s*)fois\s+la\s+capacit[ée]\b", r"\1x the capacity"),
    (r"(?<=\d)(\s*)caract[èe]res\s+par\s+token\b", r"\1characters per token"),
    (r"(?<=\d)(\s*)tokens?\s+par\s+mot\b", r"\1tokens per word"),
    (r"\bpar\s+utilisateur\s+et\s+par\s+mois\b", "per user per month"),
    (r"(?<=\d)\s*milliards?\s+actifs\b", " billion active"),
    # Belgian and Swiss tens, before the scales read them ("septante mille appels par jour")
    (r"\bseptante\b", "70"), (r"\b(?:huitante|octante)\b", "80"), (r"\bnonante\b", "90"),
    # ("0,40 $ le million de tokens en entrée et 1,60 $ le million en sortie": a price per million, each side)
    (r"\ble\s+million\s+(?:de\s+tokens\s+)?en\s+entr[ée]e\b", "per million input tokens"),
    (r"\ble\s+million\s+(?:de\s+tokens\s+)?en\s+sortie\b", "per million output tokens"),
    # the scale ("2 milliards de tokens", "3 millions d'utilisateurs", "5 mille")
    (r"(?<=\d)\s*milliards?(?:\s+d['’]|\s+de\b)?", " billion "),
    # (French's billion is a million millions: "2 billions de tokens", "14,8 billions de tokens")
    (r"(?<=\d)\s*billions?(?:\s+d['’]|\s+de\b)", " trillion "),
    (r"\bmilliards?\s+d(?:e\b|['’])", "billion "),
    (r"(?<=\d)\s*millions?(?:\s+d['’]|\s+de\b)?", " million "), (r"\bmillions?\s+d(?:e\b|['’])", "million "),
    (r"(?<=\d)\s*mille\b", " thousand"),
    # ("1,2 Md de tokens", "18 Mds de paramètres", "800 M de tokens": the abbreviated milliard and million)
    (r"(?<=\d)(\s*)mds?\s+au\s+total\b", r"\1B total"),
    (r"(?<=\d)\s*mds?\b(?:\s+d['’]|\s+de\b)?", " billion "), (r"(?<=\d)\s*m\s+d(?:e\b|['’])", " million "),
    (r"(?<=\d)\s*m\s+en\s+entr[ée]e\b", " million input tokens"),
    (r"(?<=\d)\s*m\s+en\s+sortie\b", " million output tokens"),
    (r"(?<=\d)\s*m(?=\s+(?:par\s+jour|tokens?)\b)", " million"),
    # "50 M$ CAD", "≈36 M US$", "3,4 M US$ le rack": a million before the currency
    (r"(?<=\d)\s*M(?=\s*(?:\$|US\$|€|CAD|USD|EUR)(?![a-z]))", "M"),
    # "un modèle de 13B": a 13B model
    (r"\b(?:un\s+)?mod[èe]le\s+de\s+(\d+(?:[.,]\d+)?\s*[bm])\b", r"a \1 model"),
    (r"\bmod[èe]les\b", "models"), (r"\bmod[èe]le\b", "model"),
    # (round 82: Québec and Belgium) Belgian tens, "G" for a billion, "$US" after the amount, "pis" for
    # "and", "genre" for "like", the verbs of a claim and of a doubt
    (r"(?<=\d)\s*g\s+(?:de\s+|d['’])?(?=(?:tokens?|param[èe]tres|params)\b)", " billion "),
    (r"(?<=\d)\s*m\s+d['’]heures(?:\s+gpu)?\b", " million gpu-hours"), (r"\bheures\s+gpu\b", "gpu-hours"),
    # ("4,50 $ CA de l'heure", "1 $ US = 1,38 $ CA": Canada's dollars are no US dollars, read at the rate
    # stated, else named unconverted)
    (r"(?<=\d)(\s*)m\$\s*(?:can|ca)\b", r"\1M CAD"), (r"\$\s*(?:can|ca)\b", " CAD"),
    (r"\bdollars?\s+canadiens?\b", "CAD"),
    (r"\$\s*us\b", "$"), (r"(?<=\d)(\s*)m\$", r"\1M$"),
    (r"\bpis\b", "and"), (r"\bgenre\s+(?=[~\d])", "like "), (r"\bhtva\b|\bhors\s+taxes?\b", ""),
    (r"\bcompte\s+(?=€|\$|1\s*(?:€|\$|eur|usd))", ""),
    (r"\bdouble\s+(?:à\s+)?chaque\b", "doubles every"), (r"\bdouble\s+aux\b", "doubles every"),
    (r"\bon\s+va\s+[êe]tre\s+rendus?\s+o[ùu]\b|\bon\s+sera\s+o[ùu]\b|\bon\s+sera\s+combien\b",
     "how many will there be"),
    (r"\bon\s+passe\s+de\s+(?=[~\d])", "we go from "), (r"\bd['’]ici\s+(?=\d)", "in "),
    (r"(?<![a-z0-9])(\d(?:[\d.,]|\s(?=\d))*)\s+[àa]\s+(?=[~≈]?\d)", r"\1 to "),
    (r"\bsi\s+on\s+passe\s+(?:au|aux)\b", "if we switch to"),
    (r"\bm[êe]me\s+nombre\s+de\b", "same number of"),
    (r"\b[çc]a\s+prend\s+combien\s+de\s+temps\b|\bcombien\s+de\s+temps\b", "how long"),
    (r"(?<=\d)(\s*)uf\b|(?<=\d)(\s*)unit[ée]s\s+de\s+facturation\b", r"\1SU"), (r"\b1\s+uf\b", "1 SU"),
    (r"\bsur\s+un\s+mois\b|\bpour\s+un\s+mois\b", "over a month"),
    (r"\bsur\s+une?\s+an(?:n[ée]e)?\b", "over a year"),
    (r"\butilisateurs\s+simultan[ée]s\b", "concurrent users"), (r"\bsimultan[ée]s?\b", "concurrent"),
    (r"\ben\s+m[êe]me\s+temps\b", "at once"),
    (r"\bpr[ée]tend(?:ent)?\b|\baffirme(?:nt)?\b", "claims"), (r"\bnous\s+dit\b|\bdit\b", "says"),
    (r"\bc['’]est(?:-tu|-il)?\s+(?:vrai|r[ée]aliste|correct|plausible)\b", "is that right"),
    (r"\b[çc]a\s+a(?:-tu|-t-il)?\s+du\s+(?:bon\s+)?sens\b", "does that make sense"),
    (r"\bvaut(?:-tu|-il)?\s+mieux\b", "is it better to"), (r"\bh[ée]berger\s+nous-m[êe]mes\b", "self-host"),
    (r"\bann[ée]es?-gpu\b|\bgpu-ann[ée]es?\b", "gpu-years"), (r"\bheures?-gpu\b", "gpu-hours"),
    (r"(?<=\d)(\s*)points?\s+plus\s+haut\b", r"\1points higher"),
    (r"\bpar-dessus\s+(?:le\s+)?prix\s+des\s+(?=gpus?|cartes)", "on top of the price of the "),
    (r"\bajoutent\b|\bajoute\b", "add"), (r"\bpointe\s+[àa]\s+(?=[\d.,]+\s*x)", "peak "),
    (r"(?<=\d)(\s*)fois\s+le\s+prix\s+de\s+la\b", r"\1x the price of"),
    (r"\bfacteur\s+de\s+puissance\b", "power factor"), (r"\bcentraux\b", "sites"),
    (r"\batteindre\s+(?=\d)", "reach "),
    (r"\bam[ée]liore\s+le\s+mfu\s+de\s+(?=\d)", "improve mfu by "),
    (r"\bon\s+en\s+g[ée]n[èe]re\s+(?=[~\d])", "we generate "),
    (r"\bon\s+en\s+(?:traite|produit|re[çc]oit|fait)\s+(?=[~\d])", "we handle "),
    (r"\bfont\s+en\s+moyenne\s+(?=[~\d])", "average "), (r"\ben\s+moyenne\b", "on average"),
    (r"\bcourriels\b", "emails"), (r"\btranscriptions?\b|\btranscripts?\b", "transcripts"),
    (r"\b[ée]changes\s+par\s+ticket\b", "turns per ticket"), (r"\b[ée]changes\b", "turns"),
    (r"(?<=\d)(\s+)d['’]output\b", r"\1output"), (r"(?<=\d)(\s+)d['’]input\b", r"\1input"),
    (r"\btokens\s+d['’]input\b", "input tokens"), (r"\btokens\s+d['’]output\b", "output tokens"),
    (r"\bpar\s+puce\b", "per chip"), (r"\bpuce\b", "chip"),
    # who is counted, with the period that says they are daily or monthly
    (r"\butilisateurs?\s+actifs\s+(?:par\s+jour|quotidiens)\b", "daily active users"),
    (r"\butilisateurs?\s+(?:actifs\s+)?mensuels\b", "monthly users"),
    (r"\butilisateurs?\s+(?:actifs\s+)?hebdomadaires\b", "weekly users"),
    (r"\butilisateurs?\s+actifs\b", "active users"),
    (r"\butilisateurs\b", "users"), (r"\butilisateur\b", "user"),
    (r"\babonn[ée]s(?:\s+payants)?\b", "subscribers"), (r"\bmembres\b", "members"),
    (r"\bpar\s+actif\b", "per user"),
    # periods
    (r"\bpar\s+seconde\b", "per second"), (r"\bpar\s+minute\b", "per minute"),
    (r"\bpar\s+heure\b", "per hour"),
    (r"\bse\s+connectent\s+chaque\s+jour\b", "are active daily"),
    (r"\bactifs\s+chaque\s+jour\b", "active daily"),
    (r"\bcomptes\s+actifs\b", "active accounts"),
    (r"\bpar\s+jour\b|\bchaque\s+jour\b", "per day"), (r"\bpar\s+semaine\b", "per week"),
    (r"\bpar\s+mois\b", "per month"),
    # (round 81: French public bodies and retailers) a peak, a first token's wait, epochs, a share that logs
    # in, a run "1,5 fois plus rapide", GPU-years, gigabytes written "Go", a count "dont … actifs chaque jour"
    (r"\bpic\s+[àa]\s+(?=[\d.,]+\s*fois\b)", "peak "),
    (r"(?<=\d)(\s*)fois\s+la\s+moyenne\b", r"\1x the average"),
    (r"\blatence\s+au\s+premier\s+token\b|\b(?:avant\s+le\s+)?premier\s+token\b", "time to first token"),
    (r"\b[ée]poques?\b", "epochs"),
    (r"\bparam[èe]tres\s+actifs\b", "active params"), (r"\bau\s+total\b", "in total"),
    (r"\b1\s+token\s+pour\s+(?=[\d.,]+\s*mots?\b)", "1 token = "), (r"(?<=\d)(\s*)mots?\b", r"\1words"),
    (r"\ben\s+ajoutant\b", "plus"), (r"\blimit[ée]e?s?\s+(?:à|a)\s+(?=\d)", "capped at "),
    # ("la charge est multipliée par 15": the same length, so the factor's span quotes the French)
    (r"\bmultipli[ée]e?s?\s+par\s+(?=\d)", "by a factor of "), (r"\bla\s+charge\b", "the load"),
    (r"\bquelle\s+puissance(?:\s+[ée]lectrique)?\b", "what power"),
    (r"\bun\s+(?=serveur\b|server\b|n[œo]ud\b)", "one "),
    (r"\bune?\s+(?=(?:[ahb]\d{2,3}|l4|l40s|mi\d{3}|gpu|carte|card|rtx)\b)", "one "),
    (r"\bun\s+(?=(?:dgx|hgx)\b)", "a "), (r"\bc['’][ée]tait\b", "was"), (r"\b[ée]tait\b", "was"),
    (r"\baux\s+prix\s+de\s+(?=(?:19|20)\d\d\b)", "at prices of "),
    (r"\bsort\b(?=\s+(?:environ\s+)?[~\d])", "does"),
    (r"\bon\s+compte\s+(?=[+~\d])", "say "),
    (r"\bdont\s+(?=(?:environ|à peu près|about)?\s*[\d~])", "of them "),
    (r"\bà\s+peu\s+pr[èe]s\b", "about"),
    (r"(?<=\d)(\s*)fois\s+plus\s+rapide\s+que\b", r"\1x faster than"), (r"\bgpu[- ]ann[ée]es\b", "gpu-years"),
    (r"(?<=\d)(\s*)go\b", r"\1GB"), (r"\$\s*/\s*go\b", "$/GB"),
    (r"\bvendeurs\b", "sellers"), (r"\bagents\b", "agents"), (r"\btours\s+par\s+appel\b", "turns per call"),
    (r"\bappels\b", "calls"), (r"\bmoins\s+de\s+(?=\d)", "under "),
    (r"\bdans\s+un\s+an\s+et\s+demi\b", "in 18 months"),
    (r"\bde\s+l['’]heure\s+par\s+gpu\b|\bde\s+l['’]heure\b", "per hour"), (r"\bHT\b", ""),
    (r"\bpar\s+magasin\b", "per store"),
    (r"\bmagasins\b", "stores"), (r"\bchacun\s+par\s+jour\b", "each per day"),
    (r"\bpar\s+an(?:n[ée]e)?\b", "per year"),
    (r"(?<=/)\s*jour\b", "day"), (r"(?<=/)\s*mois\b", "month"), (r"(?<=/)\s*an\b", "yr"),
    (r"\bquotidien(?:ne)?s?\b", "daily"), (r"\bmensuel(?:le)?s?\b", "monthly"),
    (r"\bhebdomadaires?\b", "weekly"), (r"\bannuel(?:le)?s?\b", "annual"),
    (r"(?<=\d)(\s*)jours\b", r"\1days"), (r"(?<=\d)(\s*)jour\b", r"\1day"),
    (r"(?<=\d)(\s*)mois\b", r"\1months"),
    (r"(?<=\d)(\s*)(?:ans|ann[ée]es)\b", r"\1years"), (r"(?<=\d)(\s*)an\b", r"\1year"),
    (r"(?<=\d)(\s*)semaines?\b", r"\1weeks"), (r"(?<=\d)(\s*)heures?\b", r"\1hours"),
    (r"(?<=\d)(\s*)secondes?\b", r"\1seconds"),
    (r"\bjours\b", "days"), (r"\bheures\b", "hours"), (r"\bsemaines\b", "weeks"), (r"\bann[ée]es\b", "years"),
    (r"\blabo\b", "lab"), (r"\br[ée]seau\b", "networking"), (r"\bstockage\b", "storage"),
    (r"\bb[âa]timent\b", "building"),
    (r"\bdouble\s+tous\s+les\b", "doubles every"), (r"\btous\s+les\s+(?=\d)", "every "),
    (r"\bdans\s+(?=\d)", "in "), (r"\bpendant\s+(?=\d)", "for "),
    (r"\ben\s+(?=\d+\s*(?:days|months|years|weeks|hours)\b)", "in "),
    (r"\bl['’]an\s+pass[ée]\b", "last year"), (r"\bl['’]an\s+prochain\b", "next year"),
    (r"\baujourd['’]hui\b", "today"), (r"\bactuellement\b", "currently"),
    # what is counted
    (r"\btokens?\s+de\s+r[ée]ponses?\b", "answer tokens"), (r"\btokens?\s+de\s+prompt\b", "prompt tokens"),
    (r"\br[ée]sum[ée]s?\b", "summary"), (r"\b[ée]nergie\b", "energy"), (r"\bchaque\b", "each"),
    (r"\bfait\s+(?=[~≈\d])", "is "), (r"\bl['’]utilisent\b", "use it"),
    (r"\bsur\s+(?:la|une|chaque)\s+carte\b|\bpar\s+carte\b", "per card"),
    (r"\brequ[êe]tes\b", "requests"), (r"\brequ[êe]te\b", "request"),
    # (round 176: Québec window cleaners) a quote is a "soumission", asked for as a "demande de soumission"
    (r"\bdemandes\s+de\s+soumissions?\b", "quote requests"),
    (r"\bdemande\s+de\s+soumission\b", "quote request"),
    (r"\bsoumissions\b", "quotes"), (r"\bsoumission\b", "quote"),
    (r"\bdemandes\b", "requests"), (r"\bdemande\b(?=\s+(?:par|chaque|/))", "request"),
    (r"\br[ée]ponses\b", "answers"), (r"\br[ée]ponse\b", "answer"),
    (r"\bcartes\b", "cards"), (r"\bcarte\b", "card"), (r"\bserveurs\s+(?=\d+\s*x\s*[a-z])", "servers of "),
    (r"\bserveurs\b", "servers"),
    (r"\bserveur\b", "server"),
    (r"\bn(?:œ|oe)uds\b", "nodes"), (r"\bn(?:œ|oe)ud\b", "node"), (r"\bbaies\b", "racks"),
    (r"\bbaie\b", "rack"),
    (r"\bacc[ée]l[ée]rateurs\b", "accelerators"), (r"\bpuces\b", "chips"),
    (r"\bdans\s+(?:les\s+)?(?=(?:acc[ée]l[ée]rateurs|accelerators|gpus?|cartes|cards|puces|chips)\b)", "on "),
    (r"\bsuccursales\b", "branches"), (r"\bsuccursale\b", "branch"),
    (r"\bmots\b", "words"), (r"\bmot\b", "word"), (r"\bcaract[èe]res\b", "characters"),
    (r"\bappels\b", "calls"), (r"\btours\b", "turns"), (r"\bpersonnes\b", "people"),
    (r"\btokens?\s+de\s+sortie\b", "output tokens"), (r"\btokens?\s+d['’]entr[ée]e\b", "input tokens"),
    (r"\btokens?\s+de\s+contexte\b", "context tokens"),
    (r"\ben\s+entr[ée]e\b", "input"), (r"\ben\s+sortie\b", "output"), (r"\bde\s+contexte\b", "context"),
    (r"\bde\s+sortie\b", "output"), (r"\bd['’]entr[ée]e\b", "input"),
    # hedges, and "each"
    (r"\b(?:d['’]environ|environ|autour\s+de|[àa]\s+peu\s+pr[èe]s|pr[èe]s\s+de|approximativement)\s*"
     r"(?=[~≈$€£\d])", "about "),
    (r"\bchacun(?:e)?\b", "each"), (r"(?<!a )(?<!per )(?<!by the )pi[èe]ce\b", "each"),
    (r"\bl['’]unit[ée]\b", "each"),
    (r"\b(?:le|la)\s+(?=(?:rack|carte|card|gpu|serveur|server|n(?:œ|oe)ud|node)\b)", "per "),
    (r"\bpar\s+(?=(?:gpus?|cards?|servers?|users?|sites?|nodes?|racks?|tokens?|requests?|people|million|"
     r"thousand|billion)\b)", "per "),
    # what is asked and done
    (r"\bcombien\s+de\b", "how many"), (r"\bcombien\b", "how much"),
    (r"\bfacture\s+d['’][ée]lectricit[ée]\b", "electricity bill"), (r"\bfacture\b", "bill"),
    (r"\bco[ûu]ts?\b", "cost"), (r"\bco[ûu]te(?:nt)?\b", "costs"), (r"\bprix\b", "price"),
    (r"\bacheter\b", "buy"), (r"\blouer\b", "rent"), (r"\blou[ée]e?s?\b", "rented"),
    (r"\blocation\b", "rent"),
    (r"\brabais\b|\bremise\b", "discount"), (r"\btaux\b", "rate"),
    (r"\bplafonn[ée]e?s?\s+[àa]\b", "capped at"), (r"\bdisponibles?\b|\bdispo\b", "available"),
    (r"\bplus\s+rapides?\s+que\b", "faster than"), (r"\bplus\s+rapides?\b", "faster"),
    (r"\bl['’](?=[a-z]+[- ]?\d)", "the "),
    (r"\b[ée]galer\b", "match"), (r"\bpour\s+faire\s+pareil\b", "to match the same"),
    (r"\bmarge\s+de\s+file\s+d['’]attente\b", "queueing margin"), (r"\bmarge\s+brute\b", "gross margin"),
    (r"\bau\s+pic\b|\ben\s+pointe\b|\ben\s+heure\s+de\s+pointe\b", "at peak"), (r"\bpic\b", "peak"),
    (r"\btout\s+compris\b", "all-in"), (r"\bcro[îi]t\s+d['’]", "grows "), (r"\bcro[îi]t\s+de\b", "grows"),
    (r"\bcroissance\b", "growth"), (r"\bm[êe]me\s+efficacit[ée]\b", "same efficiency"),
    (r"\b(?:a|avons|ont)\s+entra[îi]n[ée]\b", "trained"), (r"\bentra[îi]n[ée]\b", "trained"),
    (r"\bentra[îi]ner\b", "train"), (r"\ba\s+pris\b", "took"),
    (r"\bsi\s+on\s+passe\s+[àa]\b", "if we switch to"), (r"\bpasser\s+[àa]\b", "switch to"),
    (r"\bmeilleur\b", "better"), (r"\bplus\s+[ée]lev[ée]e?\b", "higher"),
    (r"\bon\s+a\s+besoin\s+de\b|\bil\s+nous\s+faut\b|\bfaut-il\b|\bil\s+faut\b", "we need"),
    (r"\bbesoin\s+de\b", "need"),
    (r"\bnous\s+avons\b|\bon\s+a\b", "we have"), (r"\bon\s+en\s+(?:prend|ach[èe]te)\b", "we buy"),
    (r"\best-ce\s+que\s+[çc]a\s+(?:passe|tient)\b|\b[çc]a\s+(?:passe|tient)\b", "is it enough"),
    (r"\bsuffisent\b|\bsuffit\b", "are enough"),
    (r"\bon\s+(?:charge|facture)\b", "we charge"), (r"\bon\s+mesure\b|\bon\s+a\s+mesur[ée]\b", "we measure"),
    (r"\bmesur[ée]e?s?\b", "measured"), (r"\bon\s+compte\b", "assume"),
    # who: "notre labo", "nos serveurs", "nous", "on veut"
    (r"\bnotre\b|\bnos\b", "our"), (r"\bnous\b", "we"),
    (r"\bon\s+(?=(?:veut|peut|va|doit|fait|tourne|sert|lance|vise|prévoit|prevoit)\b)", "we "),
    # "de 1 800 tokens", "60% de": of; "à 0,055 US$": at; "sur des H100": on; "avec": with
    (r"(?<=%)\s+d['’]", " "), (r"(?<=%)\s+de\s+", " "), (r"\bde\s+(?=[~≈$€£]?\d)", "of "),
    (r"(?<!\w)à\s+(?=[~≈$€£]?\d)", "at "),
    (r"\bsur\s+(?:des\s+|une?\s+|les\s+|la\s+|le\s+)?(?=[a-z]+[- ]?\d)", "on "), (r"\bsur\s+(?=\d)", "on "),
    (r"\ben\s+(?=(?:fp\d|int\d|bf16|fp16)\b)", "in "),
    (r"\bavec\b", "with"), (r"(?<=\s)et(?=\s)", "and"), (r"(?<=\s)ou(?=\s)", "or"),
    (r"\bpour\b", "for"), (r"\bpar\b", "per"), (r"\bconversation\b", "conversation"), (r"\btour\b", "turn"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_french(text: str) -> bool:
    """The message shows French: two of its common words, at least one not shared with English (and nothing
    only Romanian writes: calc/romanian)."""
    return shows_language(_COMMON, _SHARED, text) and ROMANIAN_ONLY.search(text) is None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its French quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
