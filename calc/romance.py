"""Spanish and Portuguese quantity words in a question ("12 milhões de requests por dia", "tenemos 50 mil
usuarios", "cada uno hace 6 consultas", "cuántas H100 necesitamos?"): the scale, the period, the counted
thing and the few verbs the rules key on, said in English, so that every rule reads them as it reads
English. Only the words that carry a quantity's meaning are rewritten, never the numbers; a message is
rewritten only when it shows the languages (two of their common words, or one of their scale words), so an
English "5 mil users" stays five million. Every character keeps its position in the source, so a span is
quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

# words that show the message is (partly) in Spanish or Portuguese: none of them an English word, a
# letter or a place's name ("e.g.", "8 of em", "Los Angeles" show nothing)
_COMMON = rx.compile(r"(?<![a-z])(?:tenemos|temos|cu[aá]nt[oa]s?|quant[oa]s|necesit\w*|nesesit\w*|precisamos|"
                     r"usuari[oa]s|usu[aá]rios|cada|por|nuestr[oa]s?|noss[oa]s?|somos|queremos|podemos|"
                     r"cuesta|custa|tarjetas|servidores|mensajes|mensagens|respuestas?|respostas?|consultas|"
                     r"llamadas|chamadas|d[ií]as|meses|a[nñ]os|horas|entrenar|entrenamos|treinar|treinamos|"
                     r"tard[oó]|tardamos|levou|tambi[eé]n|tamb[eé]m|pero|unas|unos|umas|d[ií]a|m[eê]s|año|"
                     r"hacer|hace|hacen|fazer|faz|tiene|tiene[mn]|tem|cu[aá]l|qual|costo|custo|presupuesto|"
                     r"or[cç]amento|millones|mil|diarios|di[aá]rios|activos|ativos|"
                     # (round 76: Latin American fintech and e-commerce)
                     r"promedio|m[eé]dia|salida|sa[ií]da|entrada|ocupo|ocupamos|conviene|compensa|cu[aá]nto|quanto|"
                     # (round 83: Spain) "¿cuántas MI355X harían falta?", "hoy servimos la carga"
                     r"hoy|carga|falta|har[ií]an|r[aá]pid[oa]s?|servimos|semanales|"
                     r"[eé]pocas|corridas|rentar|rentamos|nube|nuvem|d[oó]lares|perguntas|preguntas|gente|"
                     r"fornecedor|proveedor|garante|dão|treinar|placas?|precio|pre[cç]o|tarifa|esperamos|"
                     r"sobre|pra|pro|voc[eê]|usted|ustedes|nosotros|n[oó]s|"
                     # (round 81: Brazilian agribusiness, banks and retail)
                     r"processar|rodar|rodarmos|rodando|vamos|expandir|cooperativas?|treinando|uns|"
                     # (round 104: Mexico) "¿Que tanto del costo…? Trae 192GB … y dicen que anda en 14 dls"
                     r"trae|traen|dicen|anda|nos|ser[ií]an?|porfa|lana|varo|chamba|rentad[oa]s|"
                     r"cotiz\w+|pagar\w*|metemos|sacamos|pasamos|corremos|correr|conversaci[oó]n|"
                     # (round 104: Spain) "Dimensionad Llama 3.1 70B … en pico … salidas de 250"
                     r"salidas|entradas|dimension(?:ad|ar|a)|pico|latencia)(?![a-z])",
                     re.IGNORECASE)
# words that show it alone: a scale, a period, a counted thing only these languages write
_SCALE = rx.compile(r"(?<![a-z])(?:milh(?:ão|ao|ões|oes)|mill(?:ón|on|ones)|bilh(?:ão|ao|ões|oes)|"
                    r"por\s+(?:segundo|d[ií]a|m[eê]s|hora|ano|año|semana)|(?:ao|al)\s+(?:d[ií]a|m[eê]s|ano|año)|"
                    r"vezes|veces|perguntas|preguntas|usu[aá]rios|usuarios|clientes|requisi[cç]|ag[eê]ncias?|"
                    r"filia(?:is|l)|sucursal(?:es)?|lojas?|tiendas?|tarjetas|dl?ls|mdd)(?![a-z])|"
                    r"(?<=\d )(?:anos|años|meses|d[ií]as)\b",
                    re.IGNORECASE)
# the ones English writes too, in a sentence of its own ("por favor", "mil" for a million)
_SHARED = {"por", "mil", "hace", "entrada", "tarifa", "sobre", "pro", "gente", "uns", "nos"}

_REWRITES: list[tuple[str, str]] = [
    # (round 112: Brazil) "kWh a R$ 0,80", "por mil requisições", "hora a US$ 2,25", "usuários na semana",
    # "conversa média de 6 mensagens", "MFU subir uns 5 pontos", "1 SU vale 1 hora de GPU", "por nó",
    # "euro a US$ 1,08", "se o MFU passar de 32% pra 45%"
    (r"\bkwh\s+a\s+(r\$\s*[\d.,]+)", r"\1/kWh"), (r"\bpor\s+mil\s+requisi[çc][õo]es\b", "per 1000 requests"),
    (r"\bpor\s+(?=\d[\d.,]*\s*k?\s*(?:tokens?|requisi|requests))", "per "),
    (r"\bhora\s+a\s+((?:us|r)\$\s*[\d.,]+)", r"\1/hr"),
    (r"\busu[áa]rios\s+na\s+semana\b|\busu[áa]rios\s+por\s+semana\b", "weekly users"),
    (r"\bconversa\s+m[ée]dia\s+de\s+(\d+)\s+mensagens\b", r"\1 turns per conversation"),
    (r"\bbatch\s+m[áa]x(?:imo|\.)?\s+(\d+)", r"max batch \1"),
    (r"\bmfu\s+(?:subir|aumentar|crescer)\s+(?:uns\s+|cerca\s+de\s+)?(\d+(?:[.,]\d+)?)\s+pontos\b",
     r"MFU improves by \1 points"),
    (r"\bmfu\s+melhorar\s+(?:uns\s+|cerca\s+de\s+)?(\d+(?:[.,]\d+)?\s*%)", r"MFU improves by \1"),
    (r"\bvale\s+(\d+(?:[.,]\d+)?)\s+hora(?:s)?\s+de\s+gpu\b", r"= \1 GPU-hours"),
    (r"\bpor\s+n[óo]\b", "per node"), (r"\bn[óo]s\b(?=\s+(?:pra|para|de)\b)", "nodes"),
    (r"\butiliza[çc][ãa]o\s+m[áa]xima\s+de\b", "utilization"),
    (r"\beuro\s+a\s+(us\$\s*[\d.,]+)", r"1 EUR = \1"),
    (r"\bmfu\s+passar\s+de\s+(\d+(?:[.,]\d+)?\s*%)\s+(?:pra|para)\s+(\d+(?:[.,]\d+)?\s*%)",
     r"MFU goes from \1 to \2"),
    # (round 104: Mexico) dollars written "dls"/"dlls" and millions of them "mdd" (millones de dólares), of
    # pesos "mdp"; the exchange rate written "TC" ("TC 17.8", "el TC peso-dolar en 17.6", "(TC 17.4)")
    (r"(?<=\d)\s*mdd\b", " million dollars"), (r"(?<=\d)\s*mdp\b", " million pesos"),
    (r"\bdl?ls\b\.?", "dollars"),
    (r"\beach\s+conversaci[oó]n\s+(?:trae|tiene|lleva)\b|\bcada\s+conversaci[oó]n\s+(?:trae|tiene|lleva)\b",
     "each conversation has"),
    (r"\bhoras[- ](chip|gpu)\b", r"\1-hours"), (r"\b(chip|gpu)[- ]horas?\b", r"\1-hour"),
    # (Latin American Spanglish: "el millón de tokens", "subimos el MFU a 45%", "por dev", "1 token son como 4
    # caracteres")
    (r"\bel\s+mill[oó]n\s+de\s+tokens\b", "per million tokens"),
    (r"\bsi\s+pasamos\s+a\b", "if we move to"),
    (r"\bsubimos\s+el\s+mfu\s+a\b|\bsube\s+el\s+mfu\s+a\b", "MFU goes to"),
    (r"\bpor\s+(dev|developer|engineer|agent|seat|user|usuario)\b", r"per \1"),
    (r"\b1\s+token\s+son\s+(?:como|unos|aprox\.?)?\s*(?=\d)", "1 token is about "),
    (r"\b¿?en\s+cu[aá]nto\s+(?:queda|quedar[ií]a|sale)\b", "how long then"), (r"\bnuestr[oa]s?\b", "our"),
    (r"\bpromedian\b", "average"), (r"\b(?:contestamos|respondemos)\s+con\b", "answer with"),
    (r"(?<!entra )(?<!entran )\bcada\s+d[ií]a\b", "every day"),
    # ("metemos 6 mil millones de tokens de entrada y sacamos 900 millones de tokens de salida")
    (r"\bmetemos\b(?=[^.?!]{0,50}\bentrada\b)", "we send"),
    (r"\bsacamos\b(?=[^.?!]{0,50}\bsalida\b)", "we get"),
    (r"\bpor\s+cada\s+mil\b", "per 1000"),
    (r"\blatencia\s+(?:de|del|al)\s+primer\s+token\b", "time to first token"),
    (r"(?<=token )(?:menor|menos)\s+(?:a|de|que)\s+(?=[~\d])|\bpor\s+debajo\s+de\s+(?=[~\d])", "under "),
    (r"(\d+(?:[.,]\d+)?\s*%)\s+(?:entra|entran|se\s+conecta|usa)\s+(?:diario|a\s+diario|diariamente|cada\s+d[ií]a|"
     r"todos\s+los\s+d[ií]as)\b", r"\1 are active daily"),
    (r"\bm[aá]s\s+(?=(?:un\s+|unos\s+)?~?\d+(?:[.,]\d+)?\s*%)", "plus "),
    # (a price per unit after its currency's word: "2.8 pesos el kWh", "14 dls el GB"; a card that "anda en
    # 38k dls", "sale en", "está en": costs)
    (r"(?<=\d)(\s*(?:k|mil)?\s*(?:pesos|dollars|d[oó]lares|euros|usd|mxn|reales|soles)\s+)(?:el|la)\s+"
     r"(?=kwh\b|gb\b|tb\b|token\b|mill[oó]n\b)", r"\1per "),
    (r"(?<=[€$])(\s+)(?:el|por)\s+(?=mill[oó]n\b)", r"\1per "),
    # (round 104: Spain) "3.200 horas de GPU", "cada 1.000 peticiones", "45.000 funcionarios haciendo 20
    # consultas"
    (r"\bhoras\s+de\s+(gpu|chip)\b", r"\1-hours"), (r"\balgo\s+m[aá]s\s+de\s+(?=~?\d)", "a bit over "),
    (r"\bus[oó]\b(?=\s+(?:a\s+bit|about|unas?|unos|~?\d))", "used"),
    (r"\b(?:cada\s+un[oa]|each)\s+en\s+(?=~?\d)", "each at "),
    (r"\bde\s+(\d+)\s+turnos\b", r"with \1 turns each"),
    (r"\b(?:llegamos|llegaremos|llegar[ií]amos|llegan|lleguemos)\s+a\b", "we reach"),
    (r"\bs[uú]male(?:s)?\s+(?:un\s+)?(?=~?\d[\d.,]*\s*%)", "plus "),
    (r"\bmultiplicar\s+por\s+(\d+(?:[.,]\d+)?)(?![\d%])", r"grow \1x"),
    (r"\b(?:nos\s+)?asegur(?:a|an|[oó])\b", "claims"),
    (r"\busuari[oa]s\s+mensuales\b", "monthly users"), (r"\busuari[oa]s\s+diari[oa]s\b", "daily users"),
    (r"\banda\s+por\s+(?:el\s+|los\s+|las\s+)?(?=~?\d[\d.,]*\s*%)", "is about "),
    (r"\b(?:hemos\s+)?(?:pasado|subido|llevado)\s+el\s+mfu\s+del?\s+(?=~?\d)", "raised mfu from "),
    (r"(?<=%)\s+al\s+(?=~?\d[\d.,]*\s*%)", " to "),
    (r"\bcada\s+(?=[\d.,]+\s*(?:peticiones|solicitudes|consultas|llamadas|requests|queries)\b)", "per "),
    (r"\b(?:funcionari[oa]s|emplead[oa]s|trabajador(?:es|as))\b", "employees"),
    (r"\bhaciendo\s+(?=(?:unas\s+|about\s+)?~?\d)", "doing "),
    (r"\b(?:anda|sale|est[aá])\s+(?:en|a|por)\s+(?=(?:unos\s+|como\s+)?[~$]?\d)", "costs "),
    (r"\b(?:el\s+)?tc\b(?:\s+(?:peso[- ]d[oó]lar|d[oó]lar[- ]peso|usd[/-]mxn))?(?:\s+(?:en|de|a|=|:))?"
     r"\s*(?=\d)",
     "exchange rate "),
    # (round 103: Portugal) half a budget on the cards, each card's cost ("Se metade do orçamento for para
    # GPUs e cada H100 custar 28 mil €")
    (r"\bmetade\s+(?:do\s+(?:orçamento|or[çc]amento|dinheiro)\s+)?(?:for|vai|v[ãa]o|fica|"
     r"fique)\s+(?:para|pra|pras|pros|em)\s+(?:as\s+|os\s+|a\s+)?"
     r"(?=gpus?\b|placas\b|aceleradores\b)", "half of it on "),
    (r"\bcada\s+([a-z][\w.-]*(?:\s+(?:sxm|pcie|nvl))?)\s+(?:custar|custa|custe|"
     r"sair\s+a)\b", r"each \1 costs"),
    # (round 91: Spanish speakers in Mexico, Colombia, Chile, Argentina and Spain) a peak "de 2.5x", "es de",
    # a price "el kWh", half the budget on GPUs, inputs and outputs "de 1.500", a run "tomó", an MFU raised,
    # yearly growth, GPU-years, sites, limits, "MM" for millions, a multiple of the cost, a claim sworn,
    # SUs, numbers in words, active parameters, a doubling asked, a year's prices
    (r"\bel\s+pico\s+es\s+de\s+(?=[~\d])", "peak "), (r"\bes\s+de\s+(?=[~\d])", "is "),
    (r"(?<=[€$])(\s+)(?:el|la)\s+(?=kwh\b|gb\b|tb\b|token\b)", r"\1per "),
    (r"(?:(?<=usd)|(?<=ares))(\s+)(?:el|la)\s+(?=kwh\b|gb\b|tb\b|token\b)", r"\1per "),
    (r"\bla\s+mitad\s+del\s+presupuesto\s+se\s+va\s+en\s+(?:las\s+)?(?=gpus?\b|tarjetas)",
     "half of the budget goes on "),
    (r"\bentradas?\s+de\s+(?=[~\d])", "input of "), (r"\bsalidas?\s+de\s+(?=[~\d])", "output of "),
    (r"\bnos\s+tom[oó]\b|\btom[oó]\b", "took"), (r"\bsi\s+lo\s+corremos\s+en\b", "if we run it on"),
    (r"\b(?:ahora\s+)?lo\s+(?:queremos|vamos\s+a)\s+(?:correr|pasar|mover)\s+(?:en|a)\b",
     "now we want to run it on"),
    (r"\bsi\s+lo\s+(?:pasamos|movemos|migramos)\s+a\b", "if we move it to"),
    (r"\bsubir\s+el\s+mfu\s+al?\s+(?=\d)", "raise mfu to "),
    (r"\bcrece\s+(?:un\s+)?(\d+(?:[.,]\d+)?\s*%)\s+(?:anual|al\s+año|por\s+año)\b", r"grows \1 a year"),
    (r"\baños[- ]gpu\b", "gpu-years"), (r"\bpor\s+sede\b", "per site"), (r"\bsedes\b", "sites"),
    (r"\bl[íi]mite\s+de\s+(?=\d)", "cap of "), (r"(?<=\d)\s*mm\b(?:\s+de)?", " million"),
    (r"(?<=\d)\s*veces\s+el\s+(?:costo|coste|precio)\b", "x the cost"), (r"\blo\s+dem[aá]s\b", "the rest"),
    (r"\blo\s+contamos\s+como\b", "counted as"),
    (r"\b(\d+(?:[.,]\d+)?\s*x)\s+m[aá]s\s+r[aá]pid[oa]s?\b", r"\1 faster"),
    (r"(?<=[a-z0-9])\s+es\s+(?=[~\d])", " is "),
    (r"\bcu[aá]nto\s+tardar[ií]amos\b", "how long would it take"),
    (r"\bla\s+misma\s+cantidad\s+de\b", "the same number of"),
    (r"\bnos\s+jura\b|\bjura\b", "claims"), (r"\b¿?es\s+verdad\b", "is that true"),
    (r"\b1\s+su\s+equivale\s+a\s+1\s+hora[- ]gpu\b", "1 SU = 1 GPU-hour"),
    (r"\bmil\s+(?:quinient[oa]s)\b", "1500"), (r"\bmil\s+doscient[oa]s\b", "1200"),
    (r"\bmil\s+trescient[oa]s\b", "1300"), (r"\bmil\s+cuatrocient[oa]s\b", "1400"),
    (r"\bmil\s+seiscient[oa]s\b", "1600"), (r"\bmil\s+ochocient[oa]s\b", "1800"),
    (r"\bquinient[oa]s\b", "500"), (r"\bdoscient[oa]s\b", "200"), (r"\btrescient[oa]s\b", "300"),
    (r"(?<=\d)\s*mil\s+millones\s+activos\b", " billion active"),
    (r"\bcreci[oó]\s+(?=[\d.,]+\s*veces)", "grew "), (r"(?<=\d)\s*veces\s+en\b", "x in"),
    (r"\bcada\s+cu[aá]ntos\s+meses\s+se\s+duplic(?:[oó]|a|ar[ií]a)\b", "doubling every how many months"),
    (r"\bcrece\s+(?=[\d.,]+\s*x\b)", "grows "), (r"\b(?:en|in)\s+una\s+d[eé]cada\b", "in a decade"),
    (r"\ba\s+precios\s+de\s+(\d{4})\b", r"at \1 prices"),
    # (round 92: Brazilian and Portuguese engineers) Portugal's "biliões" (a million millions), half the
    # money on GPUs, a claim sworn, a target reached, prices per million and per GB, a speed-up and a run
    # moved, a server "saindo por", the build's share added, people at once, numbers in words, the euro
    # "a 1,10 dólar", GPU-years, a server's draw, an MFU raised, points, a share better, "mais ou menos …
    # disso", a year's prices, the total as a multiple of the cards
    (r"\bbili(?:ão|ao|ões|oes)(?:\s+de)?\b", "trillion"),
    (r"\btrilh(?:ão|ao|ões|oes)(?:\s+de)?\b", "trillion"),
    (r"\bnuma?\s+(?=(?:servidor|server|n[oó]|node|m[aá]quina|rack|placa|gpu)\b)", "on a "),
    (r"\bm[aá]quina\b", "server"), (r"\bm[aá]quinas\b", "servers"),
    (r"\bcom\s+o\b", "with the"), (r"\bpassando\s+(?:para|pra)\b", "moving to"), (r"\btem\b", "has"),
    (r"\busu[aá]rios\s+semanais\b", "weekly users"), (r"(?<=dau)\s+[ée]\b", " is"),
    (r"(?:(?<=\d)|(?<=mil))(\s+)sus\b", r"\1SU"),
    (r"\bdemorou\b", "took"), (r"\bquanto\s+tempo\s+demora\b", "how long"),
    (r"\b(?:em|en)\s+(?=\d+\s+(?:chips|placas|tarjetas)\b)", "on "),
    (r"\bqual\s+sai\s+mais\s+barato\b", "which is cheaper"),
    (r"\b(?:s[oó]\s+)?(?:a\s+)?metade\s+d[ao]\s+(?:grana|or[cç]amento|verba|dinheiro)\s+(?:vai|fica|entra)\s+(?:pras?|para|nas?|em)\s+(?:as?\s+)?"
     r"(?=gpus?\b|placas)", "half of the budget goes on "),
    (r"\bjurou\b|\bjura\b", "claims"), (r"\bisso\s+bate\b", "does that add up"),
    (r"\bchegar\s+em\b", "reach"), (r"\bpor\s+milh[ãa]o\s+de\s+tokens\b", "per million tokens"),
    (r"\b(\d+(?:[.,]\d+)?\s*x)\s+mais\s+r[aá]pid[oa]s?\s+que\b", r"is \1 faster than"),
    (r"\bquanto\s+tempo\s+levaria\b", "how long would it take"),
    (r"\bo\s+mesmo\s+n[uú]mero\s+de\b", "the same number of"),
    (r"\bt[aá]\s+saindo\s+por\b|\bsai\s+por\b", "costs"),
    (r"\b(?:com\s+)?(?:rede|infra|servidores)[^\d?]{0,24}?somando\s+(?:uns\s+|umas\s+)?(\d+(?:[.,]\d+)?\s*%)\s+a\s+mais\b",
     r"plus \1 for networking and infra"),
    (r"\butilizadores\s+em\s+simult[aâ]neo\b|\busu[aá]rios\s+em\s+simult[aâ]neo\b", "concurrent users"),
    (r"\butilizadores\b", "users"), (r"\bpor\s+ticket\b", "per ticket"),
    (r"(?<=\d)(\s+)de\s+resp(?:osta|uesta)\b", r"\1output"),
    (r"\bmil\s+e\s+quinhent[oa]s\b", "1500"), (r"\bmil\s+e\s+duzent[oa]s\b", "1200"),
    (r"\bmil\s+e\s+trezent[oa]s\b", "1300"), (r"\bmil\s+e\s+oitocent[oa]s\b", "1800"),
    (r"\bquinhent[oa]s\b", "500"), (r"\bduzent[oa]s\b", "200"), (r"\btrezent[oa]s\b", "300"),
    (r"\bo\s+euro\s+a\s+(?=\d)", "the euro at "), (r"\bd[oó]lar\b", "dollar"),
    (r"\banos[- ]gpu\b", "gpu-years"), (r"\bpor\s+(?=[\d.,]+\s*tokens\b)", "per "),
    (r"\bpor\s+mil\s+(?=requisi)", "per 1000 "), (r"\bpuxa\b", "draws"),
    (r"(?<=\d)(\s+)(?:o|a)\s+(?=gb\b|kwh\b|tb\b)", r"\1per "), (r"\bmedimos\b", "we measured"),
    (r"\bsubir\s+de\s+(?=\d)", "goes from "), (r"(?<=%)\s+pra\s+(?=\d)", " to "),
    (r"(\d+(?:[.,]\d+)?)\s+pontos\s+percentuais\s+acima\b", r"\1 points higher"),
    (r"(\d+(?:[.,]\d+)?\s*%)\s+melhor(?:es)?\b", r"\1 better"),
    (r"\bmais\s+ou\s+menos\b", "about"), (r"\bdisso\b", "of that"),
    (r"\ba\s+pre[cç]os\s+de\s+(\d{4})\b", r"at \1 prices"), (r"\bc[aâ]mbio\b", "exchange rate"),
    (r"\bo\s+custo\s+total\s+(?:for|[eé]|seja|fica)\s+(?:de\s+)?(\d+(?:[.,]\d+)?)\s*x\s+o\s+d[ao]s\s+"
     r"(placas|gpus|servidores)\b", r"the rest counted as \1x the cost of the \2"),
    # (round 83: companies in Spain) "pasa de 200k usuarios a 2,5M", "a unos 38.000 € la unidad", "a 2,20
    # €/hora", "cada 1.000 tokens", "horas-GPU", "2,5 veces más rápidas", "un 30% más por red y CPD"
    (r"\bpasa(?:mos|n|r)?\s+de\b", "goes from"), (r"(?<=%)\s+m[aá]s\b", " more"),
    (r"\blimitad[oa]s?\s+a\s+(?=\d)", "capped at "),
    (r"\bresumimos\b", "we summarize"), (r"\bres[uú]menes\b|\bresumen\b", "summary"),
    (r"\bganamos\s+(\d+)\s+puntos\s+de\s+mfu\b", r"mfu goes up \1 points"),
    (r"\bse\s+multiplica\s+por\s+(\d+)", r"grows \1x"), (r"\brespecto\s+a\s+la\s+media\b", "the average"),
    (r"\bde\s+esos\s+", "of them "), (r"\bentra\s+cada\s+d[ií]a\b", "active daily"),
    (r"\bconcurrencia\s+m[aá]x\.?\s+de\s+(?=\d)", "max concurrency "), (r"\bgpu[- ]años\b", "gpu-years"),
    (r"\bpor\s+nodo\b", "per node"), (r"\busuarios\s+semanales\b", "weekly users"),
    (r"\bcon\s+precios\s+de\s+(?=(?:19|20)\d\d)", "at prices of "),
    (r"(?<=x)\s+m[aá]s\s+r[aá]pid[oa]s?\s+que\b", " faster than"), (r"\bdice\s+que\b", "says"),
    (r"(?<=\d)(\s*[kmb]?\s+(?:usuarios|clientes|usuarias|personas|tarjetas|gpus))\s+a\s+(?=[~\d])",
     r"\1 to "),
    (r"(?<![a-z\d.,])(\d[\d.,]*\s*[kmb]?)\s+a\s+(?=[~\d])", r"\1 to "),
    (r"\bun(?:os)?\s+(?=\d+(?:[.,]\d+)?\s*%)", ""),
    (r"\ba\s+unos\s+(?=[~$€\d])|\ba\s+unas\s+(?=[~$€\d])", "at about "),
    # (not "llegar a 2M", "pasar a 500": the amount reached)
    (r"(?<![\w.])(?<!llegar )(?<!llega )(?<!llegamos )(?<!subir )(?<!sube )(?<!crecer )(?<!crece )(?<!pasar )"
     r"(?<!hasta )a\s+(?=[~$€£]?\s*\d)", "at "),
    # (the symbol kept where it was written, so the amount is still read in euros)
    (r"(?:(?<=\d €)|(?<=\d€)|(?<=\d \$)|(?<=\d\$))\s+la\s+unidad\b", " each"),
    (r"\bla\s+unidad\b|\bpor\s+unidad\b", "each"),
    (r"(?<=/)\s*hora\b", "hour"), (r"\bpor\s+hora\b|\bla\s+hora\b", "per hour"),
    (r"\bcada\s+(?=[\d.,]+\s*(?:mil\s+)?tokens?\b)", "per "), (r"\bhoras[- ]gpu\b", "gpu-hours"),
    (r"(?<=\d)(\s*)veces\s+m[aá]s\s+r[aá]pid[oa]s?\b", r"\1x faster"),
    (r"\bsumamos\b|\bañadimos\b|\bagregamos\b", "add"), (r"\bpor\s+red\b", "for networking"),
    (r"\balmacenamiento\b", "storage"), (r"\bcpd\b", "datacenter"),
    # ("DAU/MAU de uns 35%": of about; said before "uns" becomes "about")
    (r"\bde\s+(?=(?:uns|unos|unas|umas)\s+[~$\d])", "of "),
    # ("a cada mil tokens", "por mil tokens": per thousand, the basis)
    (r"\b(?:a\s+cada|por)\s+mil\s+(?=tokens?\b)", "per 1000 "),
    (r"\bgpu[- ]anos\b", "gpu-years"), (r"\bgpu[- ]horas\b", "gpu-hours"),
    # (round 81: a Latin American carrier) "el PUE es 1,5", "alrededor de", "1.200 pasajeros simultáneos",
    # "primer token en menos de 1 segundo", "la electricidad nos cuesta"
    (r"(?<=pue)\s+(?:es|[eé])\b", " is"), (r"\balrededor\s+de\b|\bcerca\s+de\b|\baproximadamente\b", "about"),
    (r"(?<=\d)(\s+)(?:pasajeros|passageiros|clientes|personas|pessoas)\s+"
     r"(?:simult[aá]ne[oa]s|concurrentes|concorrentes)\b", r"\1concurrent users"),
    (r"\b(?:el\s+|o\s+)?primer\s+token\s+en\s+menos\s+de\b|\bo\s+primeiro\s+token\s+em\s+menos\s+de\b",
     "TTFT under"),
    (r"\belectricidad\b|\beletricidade\b", "electricity"), (r"\bpor\s+(?=kwh\b|mwh\b|gb\b|tb\b)", "per "),
    (r"\b(?:do|de)\s+noss[oa]\b|\bda\s+nossa\b", "of our"),
    # the scale: Spanish and Portuguese "mil" is a thousand; "billón" a million millions, "bilhão" a billion
    (r"(?<=\d)\s*mil\s+millones(?:\s+de)?\b", " billion"),
    (r"\bmil\s+millones(?:\s+de)?\b", "billion"),
    (r"(?<=\d)\s*mil\b(?!\s+mill)", " thousand"),
    (r"\b(?:milh(?:ão|ao|ões|oes)|mill(?:ón|on|ones))(?:\s+de)?\b", "million"),
    (r"\bbilh(?:ão|ao|ões|oes)(?:\s+de)?\b", "billion"),
    (r"\bbill(?:ón|on|ones)(?:\s+de)?\b", "trillion"),
    # ("5 mi de usuários", "30 bi de tokens", "2 tri": Brazilian shorthand for millions, billions, trillions)
    (r"(?<=\d)\s*mi\b(?:\s+de)?", " million"), (r"(?<=\d)\s*bi\b(?:\s+de)?", " billion"),
    (r"(?<=\d)\s*tri\b(?:\s+de)?", " trillion"),
    # periods
    (r"\bpor\s+segundo\b", "per second"), (r"\bpor\s+minuto\b", "per minute"),
    (r"\bpor\s+hora\b", "per hour"),
    (r"\bpor\s+d[ií]a\b", "per day"), (r"\bpor\s+m[eê]s\b", "per month"), (r"\bpor\s+semana\b", "per week"),
    (r"\bpor\s+(?:ano|año)\b", "per year"),
    (r"\b(?:ao|al)\s+d[ií]a\b", "a day"), (r"\b(?:ao|al)\s+m[eê]s\b", "a month"),
    (r"\b(?:ao|al)\s+(?:ano|año)\b", "a year"),
    (r"\bdiari[oa]s\b|\bdi[aá]ri[oa]s\b", "daily"), (r"\bmensual(?:es)?\b|\bmensais\b", "monthly"),
    (r"(?<=\d)(\s*)(?:anos|años)\b", r"\1years"), (r"(?<=\d)(\s*)meses\b", r"\1months"),
    (r"(?<=\b1)(\s*)(?:ano|año)\b", r"\1year"), (r"(?<=\b1)(\s*)m[eê]s\b", r"\1month"),
    (r"(?<=\d)(\s*)d[ií]as\b", r"\1days"), (r"(?<=\d)(\s*)horas\b", r"\1hours"),
    (r"(?<=\d)(\s*)semanas\b", r"\1weeks"), (r"(?<=\d)(\s*)minutos\b", r"\1minutes"),
    (r"(?<=\d)(\s*)segundos?\b", r"\1seconds"), (r"\b(?:vezes|veces)\b", "times"),
    # who and what is counted ("por usuario" before the users: "per user")
    (r"\bpor\s+(?:usuari[oa]|usu[aá]rio)\b", "per user"),
    (r"\busu[aá]ri[oa]s\s+(?:concurrentes|simult[aáâ]ne[oa]s|concorrentes)\b", "concurrent users"),
    (r"\b(?:llamadas|chamadas)\s+(?:concurrentes|simult[aá]neas|concorrentes)\b", "concurrent calls"),
    (r"\busu[aá]ri[oa]s\s+(?:activ|ativ)[oa]s\b", "active users"),
    (r"\busu[aá]ri[oa]s\b", "users"), (r"\busu[aá]ri[oa]\b", "user"),
    (r"\bclientes\b", "customers"), (r"\bcorrentistas\b", "account holders"),
    (r"\bconsultas\b", "queries"), (r"\b(?:perguntas|preguntas)\b", "questions"),
    (r"\b(?:mensajes|mensagens)\b", "messages"),
    (r"\b(?:conversaciones|conversas|conversa[cç](?:õ|o)es)\b", "conversations"),
    (r"\b(?:llamadas|chamadas)\b", "calls"),
    (r"\b(?:solicitudes|peticiones|requisi[cç](?:ões|oes))\b", "requests"),
    (r"\b(?:respuestas|respostas)\b", "answers"), (r"\b(?:respuesta|resposta)\b", "answer"),
    (r"\btarjetas\b", "cards"), (r"\bservidores\b", "servers"), (r"\bservidor\b", "server"),
    (r"\bnodos\b", "nodes"), (r"\b(?:palabras|palavras)\b", "words"), (r"\bcaracteres\b", "characters"),
    (r"\bexperimentos\b", "runs"), (r"\bpar[aáâ]metros\b", "params"), (r"\bgerentes\b", "managers"),
    (r"(?<=[\db] )(?:activos|ativos)\b", "active"),
    (r"\bde\s+entrada\b", "input"), (r"\bde\s+(?:salida|sa[ií]da)\b", "output"),
    (r"\b(?:descuento|desconto)\b", "discount"), (r"\butiliza(?:ción|cion|ção|cao)\b", "utilization"),
    (r"\b(?:presupuesto|or[cç]amento)\b", "budget"),
    (r"\bag[eê]ncias\b|\bfiliais\b|\bsucursales\b", "branches"),
    (r"\bag[eê]ncia\b|\bfilial\b|\bsucursal\b", "branch"),
    (r"\blojas\b|\btiendas\b", "stores"), (r"\bloja\b|\btienda\b", "store"),
    # "each", "per", "the same number"
    (r"\b(?:dobrando|duplicando|se\s+duplica|dobra)\s+(?:a\s+)?cada\b", "doubling every"),
    (r"\bpor\s+cada\b", "per"), (r"\bc/u\b", "each"), (r"\bcada\s+(?:una|uno|um|uma)\b", "each"),
    (r"\bcada\b", "each"),
    (r"(?<=\d)(\s+)(?:el|o)\s+kwh\b", r"\1per kwh"),
    (r"\b(?:misma|mesma)\s+cantidad\s+de\b|\bmesma\s+quantidade\s+de\b", "same number of"),
    (r"\bla\s+mitad\b|\ba\s+metade\b", "half"),
    # what is asked and done
    (r"\bcu[aá]nt[oa]s\b|\bquant[oa]s\b", "how many"),
    (r"\bcu[aá]nto\s+(?:nos\s+|me\s+|te\s+|le\s+)?(?:cuesta|sale|costar[ií]a|costaba|cuestan)\b|"
     r"\bquanto\s+(?:nos\s+)?custa\b", "how much does it cost"),
    (r"\bcu[aá]l\s+(?:es|ser[ií]a)\s+el\s+(?:costo|coste)\b|\bqual\s+[eé]\s+o\s+custo\b", "what is the cost"),
    (r"\bcon\s+precios\s+de\s+(\d{4})\b", r"at \1 prices"), (r"\bprecios\s+de\s+(\d{4})\b", r"\1 prices"),
    (r"\b(?:d[oó]lares)\b", "dollars"),
    (r"\bllegar\s+a\b|\bchegar\s+a\b", "reach"), (r"\bhoy\b|\bhoje\b", "today"),
    (r"\bse\s+va\s+en\b|\bvai\s+para\b|\bse\s+van\s+en\b", "goes on"),
    (r"\bpodemos\s+comprar\b", "can we buy"), (r"\bcomprar\b", "buy"),
    (r"\brentad[oa]s?\b|\balugad[oa]s?\b|\balquilad[oa]s?\b", "rented"),
    (r"\b(?:cambiamos|cambiar|cambiamos)\s+a\b|\bmudamos\s+para\b|\bmudar\s+para\b", "switch to"),
    (r"\bsi\b(?=\s+(?:we|switch|el|la|the|optimiz|cambi|mud))", "if"),
    (r"\bm[aá]ximo\b", "max"), (r"\ben\s+el\s+pico\b|\bno\s+pico\b", "at peak"),
    (r"\bveces\s+m[aá]s\s+r[aá]pid[oa]\b", "times faster"),
    (r"\bm[aá]s\s+r[aá]pid[oa]\s+que\b", "faster than"),
    (r"\bpara\s+igualar\b", "to match"),
    (r"\bentrenar\b|\btreinar\b", "train"), (r"\bentrenamos\b|\btreinamos\b", "we trained"),
    (r"\btard[oó]\b|\btardamos\b|\blevou\b|\blevamos\b", "took"),
    (r"\btardar[ií]a\b|\blevaria\b", "would take"),
    (r"\b(?:necesitamos|nesesitamos|precisamos)\b", "we need"), (r"\bnecesito\b", "i need"),
    (r"\bsube\s+(?=\d)", "goes up "), (r"\bpuntos\b|\bpontos\b", "points"),
    (r"\bllega\s+a\b|\bchega\s+a\b", "goes to"),
    (r"\bconsume\b|\bconsome\b", "draws"),
    # "DAU/MAU de 25%", "prompts de 600 tokens": of; "60% de utilización": the share's noun after it; "en L4",
    # "en 18 meses": on the card, in the months
    (r"(?<=%)\s+de\s+", " "), (r"\bde\s+(?=[~$€£]?\d)", "of "),
    (r"\ben\s+(?=[A-Za-z]+[- ]?\d)", "on "), (r"\b(?:en|em)\s+una?\s+(?=[A-Za-z]+[- ]?\d)", "on a "),
    (r"\bcon\b", "with"), (r"(?<=\s)y(?=\s)", "and"),
    (r"\b(?:en|em)\s+(?=\d+\s*(?:months|years|weeks|days)\b)", "in "),
    # "cada server a $350k": at a price
    (r"\b(servers?|gpus?|cards?|each|nodes?|racks?)\s+a\s+(?=[$€£~\d])", r"\1 at "),
    # "unas 6 consultas", "como 3,000 tokens": about; "cada uno hace 6": does
    (r"\b(?:unas|unos|umas|uns|como)\s+(?=[~\d])", "about "),
    (r"\b(?:hacen?|faz(?:em)?)\s+(?=(?:about\s+)?[~\d])", "does "),
    # a peak, cards and units, replicas and sequences, growth and limits (round 69: Latin American startups)
    (r"\b(?:con|com)\s+pico\b", "with peak"), (r"\bpico\s+(?:de\s+|of\s+)?(?=[~\dx])", "peak "),
    # ("32 tarjetas H100 SXM", "16 unidades de H100 PCIe": cards counted before their name)
    (r"(?<=\d)(\s+)(?:tarjetas|placas|unidades)(?:\s+de)?\s+(?=[A-Za-z]+\d)", r"\1x "),
    (r"\bplacas\b", "cards"), (r"\bplaca\b", "card"), (r"\bunidades\b", "units"),
    (r"\bpacientes\b", "patients"), (r"\bturnos\b", "turns"),
    (r"\bpor\s+conversaci[oó]n\b|\bpor\s+conversa\b", "per conversation"), (r"\bpor\s+unidade\b", "per unit"),
    (r"\b(\d+(?:[.,]\d+)?\s*x)\s+mais\s+r[aá]pid[oa]s?\b", r"\1 faster"),
    (r"\bmais\s+r[aá]pid[oa]s?\s+que\b", "faster than"),
    (r"\bcai\s+(?:pra|para)\s+quanto\b", "how long then"), (r"(?<=\s)é(?=\s+(?:de\s+)?[~\d])", "is"),
    (r"\bmais\s+(?=(?:uns\s+|umas\s+|about\s+)?[~\d])", "plus "),
    (r"\bquanto\s+de\s+energia\b", "how much energy"),
    (r"\bqual\s+(?:[eé]\s+)?o\s+custo\b", "what is the cost"),
    (r"\bpor\s+(?=[\d.,]+\s+(?:requisi|requests|solicitud|consultas|queries|chamadas|calls|llamadas|perguntas|"
     r"preguntas|questions))", "per "),
    (r"\bexpandir\s+(?:pra|para)\b", "roll it out to"), (r"\btreinando\b", "training"),
    (r"\bd[aá]\s+(?:pra|para)\b", "can we"),
    (r"\b(?:em|en)\s+(?=[\d.,]+\s*(?:bi|mi|tri|billion|million|trillion)\b)", "on "),
    (r"\br[eé]plicas\b", "replicas"), (r"\br[eé]plica\b", "replica"),
    (r"\b(?:secuencias|sequ[eê]ncias)\b", "sequences"),
    (r"\baguanta\s+hasta\b|\baguenta\s+at[eé]\b", "holds up to"),
    (r"\blimitad[oa]s?\s+a\b", "capped at"), (r"\b(?:livres|libres)\b", "free"),
    (r"\bsub(?:ir|a|e)\s+(?=(?:about\s+|uns\s+|unos\s+)?[~\d])", "goes up "),
    (r"\bgast(?:amos|ar|o)\b", "spend"), (r"\b(?:en|em)\s+(?=gpus?\b)", "on "),
    (r"\b(?:palabra|palavra)\b", "word"),
    (r"\bconta\s+de\s+luz\b|\bfactura\s+de\s+(?:luz|electricidad)\b", "electricity bill"),
    (r"\b(?:energia|energ[ií]a)\s+a\s+(?=[~$\dr])", "electricity at "),
    (r"\bentram\s+todo\s+dia\b|\bentran\s+todos\s+los\s+d[ií]as\b", "are active daily"),
    (r"\b(?:falou|dijo|disse)\b", "said"),
    (r"\bcontando\s+(?:o|el)\s+servidor\b", "incl. server share"),
    (r"\b(?:aluguel|alquiler)\b", "rent"),
    (r"\b(?:uns|unos|unas|umas)\s+(?=us\$|\$)", "about "),
    # (round 76: Latin American fintech and e-commerce) epochs and runs, a period for a rent, per token, the
    # answer's and the prompt's length, a share of a budget, a speed-up, documents, a power factor
    (r"\b[eé]pocas\b", "epochs"), (r"\b[eé]poca\b", "epoch"),
    (r"\b(?:corridas|ejecuciones|execu[cç](?:õ|o)es|rodadas)\b", "runs"),
    (r"\bpor\s+(?=\d+\s*(?:years|months|weeks|days)\b)", "for "),
    (r"\brentar\b|\balquilar\b|\balugar\b", "rent"),
    (r"\bgpu[- ]hora\b", "GPU-hour"), (r"\b(?:la|a)\s+hora\b", "an hour"),
    (r"\bpor\s+(?=tokens?\b)", "per "), (r"\bpor\s+chip\b", "per chip"),
    (r"\b(?:salida|sa[ií]da)\s+(?=(?:about\s+)?~?\d)", "output "),
    (r"\bentrada\s+(?=(?:about\s+)?~?\d)", "input "),
    (r"\b(?:va|vai|van|v[aã]o)\s+(?:a|para|pra)\s+(?=(?:las\s+|as\s+|os\s+)?gpus?\b)", "goes on "),
    (r"\b(?:cuesta|custa)\b", "costs"), (r"\b(?:cuestan|custam)\b", "cost"),
    (r"\bdel\s+(?=~?\d)", "of "),
    (r"\b(?:rinde|rende)\s+(~?\d[\d.,]*\s*x)(?![a-z])", r"is \1 faster"),
    (r"\bdocumentos\b", "documents"), (r"\bdocumento\b", "document"),
    (r"\bfa(?:c)?tor\s+de\s+pot[eê]ncia\b", "power factor"),
    (r"\bpromedio\b|\bm[eé]dia\b", "average"), (r"\bocup(?:o|amos)\b", "need"),
    (r"\bhoras\s+de\s+(?=[A-Za-z]+[- ]?\d)", "hours of "),
    (r"\bsobre\s+(?:a|o|el|la)\s+(?=average)", "over the "), (r"(?<=\s)e(?=\s)", "and"),
    (r"\bentrada\b", "input"), (r"\b(?:salida|sa[ií]da)\b", "output"),
    (r"\bpor\s+(?=(?:gpus?|cards?|nodes?|servers?|users?|words?|chips?)\b)", "per "),
    (r"(?<=/)\s*d[ií]a\b", "day"), (r"(?<=/)\s*m[eê]s\b", "month"),
    (r"\bde\s+(?=(?:input|output|prompt)\b)", " "),
    (r"\bpor\s+(?=(?:million|billion|thousand)\b)", "per "),
    (r"\bmigr(?:ar|amos|o|e)\s+(?:pra|para|a)\b", "move to"),
    (r"\b(?:le\s+)?sum(?:amos|ar|o)\b", "add"), (r"\bpor\s+(?=servers\b)", "for "),
    (r"(?<=servers )(?:y|e)\s+red\b", "and network"),
    (r"\bconfere\b|\bt[aá]\s+certo\b|\best[aá]\s+bien\b|\bes\s+correcto\b", "right"),
    (r"\b(?:em|en)\s+(?=\d+\s+(?:cards|gpus?|units)\b)", "on "),
    # (round 104: Mexico) "40 dias en 512 A100", "a 30k dls por H100": on so many cards, per card
    (r"\b(?:en|em)\s+(?=\d+\s+[a-z]+[- ]?\d)", "on "), (r"\bpor\s+(?=[a-z]+[- ]?\d)", "per "),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_romance(text: str) -> bool:
    """The message shows Spanish or Portuguese: a scale word, or two of their common words (not only the
    ones English shares)."""
    return _SCALE.search(text) is not None or shows_language(_COMMON, _SHARED, text)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Spanish and Portuguese quantity words in English, with the position in the source
    of each character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
