"""Turkish quantity words in a question ("~4M günlük kullanıcı", "günde 6 soru", "kaç kart lazım?", "18
ay", "2 milyon kullanıcı"): the period, the counted thing, the scale, the hedges and the few verbs the
rules key on, said in English, so that every rule reads them as it reads English (as calc/romance,
calc/malay and calc/french do for their languages). Only the words that carry a quantity's meaning are
rewritten, never the numbers; a message is rewritten only when it shows the language (one of its common
words written with a letter only Turkish has here, or two of them, one not shared with English), so an
English message stays as it is. Every character keeps its position in the source, so a span is quoted as
the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

_W = r"[a-zçğıöşü]"          # a Turkish word's letters (suffixes follow the stem: "kullanıcılarımız")
# words that show the message is (partly) in Turkish
_STEMS = ("kullanıcı", "müşteri", "abone", "civar", "soru", "sorgu", "istek", "cevap", "yanıt", "sunucu",
          "kart", "fiyat", "kira", "maliyet", "bütçe")
_COMMON = rx.compile(r"(?<![a-zçğıöşü])(?:(?:" + "|".join(_STEMS) + r")" + _W + r"*|"
                     r"günlük|aylık|haftalık|yıllık|"
                     r"günde|saatte|ayda|yılda|saniyede|kaç|yaklaşık|başına|milyon|milyar|bin|hocam|abi|lazım|"
                     r"gerek(?:ir|li)?|için|ile|ve|bir|var|mı|mi|yani|tane|şu\s+an|bugün|ortalama|"
                     r"kişi|ne\s+kadar|toplam)(?![a-zçğıöşü])", re.IGNORECASE)
# the ones English writes too, or too short to tell alone
_SHARED = {"bin", "ve", "var", "mi", "abi", "ile", "kart", "bir"}

_REWRITES: list[tuple[str, str]] = [
    # (round 93, after the sealed sets: Turkish wholly in Turkish) a suffix after an apostrophe is the word's
    # case, not a word ("H100'lerle", "token'lık", "70B'yi", "%40 MFU'da"); then training, its runs and
    # sizes, multiples, shares, discounts, draws, limits, rates of exchange, claims, growth and peaks
    # (round 106: "B200'ün … H100'den 2,5x hızlı": faster than the card in the ablative; "H100'de 30 gün süren
    # job B200'de kaç gün sürer": the card a job runs on, in the locative)
    (r"\b([a-z]*\d+[a-z]*)['’](?:den|dan|ten|tan)\s+(\d+(?:[.,]\d+)?)\s*(?:x|kat)\s+(?:daha\s+)?hızlı\b",
     r"\2x faster than \1"),
    (r"\b([a-z]*\d+[a-z]*)['’](?:de|da|te|ta)\b", r"on \1"),
    (r"\b(\d+)\s+ayrı\s+koşu" + _W + r"*", r"\1 runs"),
    (r"(?<=[\w%)])['’][a-zçğıöşü]{1,9}\b", ""),
    # (Turkish writes the percent sign first: "%40 MFU", "%35'i")
    (r"%\s*(\d+(?:[.,]\d+)?)", r"\1%"),
    # (round 106: Turkish from Istanbul and Ankara; a count's case suffix, the amounts in lira, rates said per
    # what comes first, the input and output sides, the thing each amount is per)
    (r"(?<=\d)(\s*)kart(?:la|ta|tan|ı|a|lık|lar" + _W + r"*)(?!" + _W + r")", r"\1cards"),
    (r"(?<=\d)(\s*)milyon" + _W + r"+", r"\1million"), (r"(?<=\d)(\s*)milyar" + _W + r"+", r"\1billion"),
    (r"\b(?:gpu|chip|çip)[- ]saat(?:i)?\s+(\d+(?:[.,]\d+)?)\s*(?:\$|dolar" + _W + r"*)", r"$\1 per GPU-hour"),
    (r"\b(?:gpu|chip|çip)[- ]saat" + _W + r"*", "GPU-hours"), (r"\btl\s+olarak\b", "in TL"),
    (r"\bkwh\s+başı(?:na)?\s+(\d+(?:[.,]\d+)?)\s*(tl|₺|€|euro)(?!" + _W + r")", r"\1 \2 per kWh"),
    (r"\bkwh\s+başı(?:na)?\s+(\d+(?:[.,]\d+)?)\s*dolar" + _W + r"*", r"$\1 per kWh"),
    (r"\bdolar(?:\s*/\s*tl|\s+da|\s+de)?\s+(\d+(?:[.,]\d+)?)\s*(?:tl|₺)(?:den|dan)?(?!" + _W + r")",
     r"1 USD = \1 TL"),
    (r"\bdolar\s*/\s*tl\s+(\d+(?:[.,]\d+)?)", r"1 USD = \1 TL"),
    (r"\b1\s+dolar\s*=\s*(\d+(?:[.,]\d+)?)\s*(?:yuan|rmb|cny)(?!" + _W + r")", r"1 USD = \1 CNY"),
    (r"\b1\s+dolar\s*=\s*(\d+(?:[.,]\d+)?)\s*(?:tl|₺)(?!" + _W + r")", r"1 USD = \1 TL"),
    (r"\byarısını\s+gpu\s*(?:'?ya)?\s+ayır" + _W + r"*", "half goes on GPUs"),
    (r"\b([a-z]*\d+[a-z]*)\s+başına\s+saniyede\s+(\d[\d.,]*)\s+(output\s+|çıktı\s+)?token" + _W + r"*",
     r"\2 \3tokens per second per \1"),
    (r"(\d[\d.,]*\s*k?)\s*token" + _W + r"*\s+giriş" + _W + r"*", r"\1 input tokens"),
    (r"(\d[\d.,]*\s*k?)\s*token" + _W + r"*\s+çıkış" + _W + r"*", r"\1 output tokens"),
    (r"\bgünlük\s+aktif\s+bunun\s+(\d+(?:[.,]\d+)?%)(?:\s*kadar" + _W + r"*)?", r"daily about \1 of that"),
    (r"\bsaniyede\s+(?:ortalama\s+)?(\d[\d.,]*)\s+sorgu" + _W + r"*", r"\1 queries per second"),
    (r"\bdram\s+gb\s+(?:şu\s+an\s+|bugün\s+)?(\d+(?:[.,]\d+)?)\s*dolar" + _W + r"*", r"DRAM $\1 per GB"),
    (r"\byılda\s+(\d+(?:[.,]\d+)?%)\s+büyü" + _W + r"*", r"growing \1 a year"),
    # (not "Pik saatte yük 2 katına çıkıyor": the peak, read below)
    (r"(?<!yük\s)\b(\d+(?:[.,]\d+)?)\s+katına\s+çık" + _W + r"*", r"grows \1x"),
    (r"\bkaç\s+ayda\b", "in how many months"), (r"\bkaç\s+günde\b", "in how many days"),
    (r"\bher\s+(?:noktada|lokasyonda|şubede|sahada)\s+(\d+)\s+kart" + _W + r"*", r"\1 cards per site"),
    (r"(\d+)\s+(?:ilde|şehirde|noktada|lokasyonda)(?:\s+edge)?\s+(?:noktası|noktası\s+kuracağız|nokta)\b",
     r"\1 sites"),
    (r"\bsaat\s+başı(?:na)?\s+(\d+(?:[.,]\d+)?)\s*dolar" + _W + r"*", r"$\1 per hour"),
    (r"\bsaatte\s+(\d+(?:[.,]\d+)?)\s*dolar" + _W + r"*", r"$\1 per hour"),
    (r"(?<![\w.,])(\d[\d.,]*)\s+istek\s+başına\b", r"per \1 requests"),
    (r"(?<![\w.,])(\d[\d.,]*)\s+token\s+başına\b", r"per \1 tokens"),
    (r"\bkart\s+(\d[\d.,]*\s*k?w)\s+çek" + _W + r"*", r"\1 per card"),
    (r"(\d+)\s+(?:tane|adet)?\s*alırsak\b", r"if we buy \1 cards"),
    (r"\baynı\s+işlem\s+gücünü\b", "the same compute"), (r"\byakala(?:mak|rız|yabilmek)\b", "match"),
    (r"(\d+(?:[.,]\d+)?)\s*x\s+(?:daha\s+)?hızlı\b", r"\1x faster"),
    (r"\bkart\s+sayısı\s+aynı\b", "same number of cards"),
    (r"\bgirişte\s+milyon\s+token\s+(\d+(?:[.,]\d+)?)\s*dolar" + _W + r"*", r"$\1 per million input tokens"),
    (r"\bçıkışta\s+milyon\s+token\s+(\d+(?:[.,]\d+)?)\s*dolar" + _W + r"*", r"$\1 per million output tokens"),
    (r"%\s*(\d+(?:[.,]\d+)?)\s+d[ae]\s+indirim\b", r"\1% discount"),
    (r"(?<=\d%)\s+d[ae]\s+indirim\b", " discount"),
    (r"\byorum\s+başı(?:na)?\s+(?:ortalama\s+|yaklaşık\s+)?(\d[\d.,]*)\s+karakter" + _W + r"*",
     r"\1 characters per review"),
    (r"\b1\s+token\s+(?:yaklaşık\s+|≈\s*|=\s*)?(\d[\d.,]*)\s+karakter" + _W + r"*",
     r"about \1 characters per token"),
    (r"\baylık\s+(\d[\d.,]*)\s*(?:tl|₺)\s+abonelik" + _W + r"*", r"\1 TL per user per month"),
    (r"\bher\s+talepte\s+(?:ortalama\s+)?(\d+)\s+mesaj" + _W + r"*", r"\1 messages per ticket"),
    (r"(?<=\d[bm])(\s+)aktif\b", r"\1active"), (r"\btek\s+bir\b", "one"),
    (r"\byorum\s+başı(?:na)?\b", "per review"), (r"\byorum" + _W + r"*", "reviews"),
    (r"\bkarakter" + _W + r"*", "characters"),
    (r"\bmfu\s*(?:yu|yü)?\s+(\d+(?:[.,]\d+)?\s*%)\s*(?:e|a|ye|ya)?\s+çıkarırsak\b", r"MFU goes to \1"),
    (r"\bmfu(?:\s+d[ae])?\s+(\d+(?:[.,]\d+)?\s*%)\s+daha\s+iyi\b", r"\1 better MFU"),
    (r"\bbunların\s+(?:yaklaşık\s+)?(\d+(?:[.,]\d+)?\s*%)\s*(?:i|ı)?\s+her\s+gün\s+(?:giriyor|aktif)\b",
     r"of whom \1 are active daily"),
    (r"\b(?:gpu|chip|çip)\s+saati\s+(\d+(?:[.,]\d+)?)\s*(?:\$|dolar" + _W + r"*)", r"$\1 per GPU-hour"),
    (r"\bsaati\s+(\d+(?:[.,]\d+)?)\s*(?:\$|dolar" + _W + r"*)", r"$\1 per hour"),
    (r"\bsaatlik\s*\$?\s*(\d+(?:[.,]\d+)?)\s*(?:\$|dolar" + _W + r"*)?", r"$\1 per hour"),
    (r"(\d+(?:[.,]\d+)*)(\s*(?:bin|milyon|milyar)?)\s*dolar" + _W + r"*", r"$\1\2"),
    # (the thing each amount is per said first: "sunucu başı 320 bin dolar", "kart başı 950 W")
    (r"\bsunucu\s+başı(?:na)?\s+(\$\d[\d.,]*(?:\s*(?:bin|milyon))?|\d[\d.,]*\s*k?w\b)", r"\1 per server"),
    (r"\bkart\s+başı(?:na)?\s+(\$\d[\d.,]*(?:\s*(?:bin|milyon))?|\d[\d.,]*\s*k?w\b)", r"\1 per card"),
    (r"\bgpu\s+başına\s+(\$\d[\d.,]*(?:\s*(?:bin|milyon))?|\d[\d.,]*\s*k?w\b)", r"\1 per GPU"),
    (r"\btoplam\s+kaça\s+gelir\b", "what is the total"),
    (r"\bgünde\s+(\d[\d.,]*\s*(?:milyon|milyar|bin)?)\s*token" + _W + r"*", r"\1 tokens per day"),
    (r"\büret(?:mek|irsek|eceksek|iyoruz)\b", "generate"), (r"\b(?:alalım|alın|varsayalım)\b", ""),
    (r"\bsaniyede\s+(\d+(?:[.,]\d+)?\s*(?:milyon|bin)?)\s*token" + _W + r"*", r"\1 tokens per second"),
    (r"\b(\d+)\s+günde\s+(?:biten|bitti|eğitmiştik|eğittik)\b", r"took \1 days"),
    (r"\b(\d+)\s+günde\b", r"in \1 days"),
    (r"\b(\d+)\s+mesajlık\s+bir\s+konuşma\b", r"\1 turns per conversation"),
    (r"\b(\d+(?:[.,]\d+)?\s*(?:bin|milyon)?)\s*den\s+(?=\d)", r"from \1 to "),
    (r"\bkaç\s+tane\s+alabiliriz\b|\bkaç\s+gpu\s*luk\s+küme\s+kurabiliriz\b", "how many can we buy"),
    (r"\balabiliriz\b|\bkurabiliriz\b", "can we buy"),
    (r"\bne\s+kadardı\b", "how much was it"),
    (r"(?<=\d)(\s*)trilyon\b", r"\1trillion"), (r"(?<=\d)(\s*)milyar(?=\s+parametre)", r"\1billion"),
    (r"\bparametreli\b|\bparametre" + _W + r"*", "parameters"),
    (r"\b(?:adet|tane)\b(?!\s*(?:kaç|ne))", ""), (r"\bkaç\s+tane\b", "how many"),
    (r"\b(?:eğitim|eğitimi|eğitimde|eğitimin|eğitimimiz)\b", "training"),
    (r"\beğit(?:mek|meyi|eceğiz|ebiliriz|mek\s+için|mişti|miştik|tik)\b", "train"),
    (r"\b(?:sürer|sürüyor|sürmüştü|sürmüş|biter|bitiyor|biteceğini)\b", "takes"),
    (r"\bkaç\s+gün(?:e\s+iner)?\b", "how many days"), (r"\bkaç\s+güne\s+iner\b", "how many days"),
    (r"(\d+(?:[.,]\d+)?)\s+kat(?:ı|ına|i)?\s+hızlı\b", r"\1x faster"),
    (r"\bortalamanın\s+(\d+(?:[.,]\d+)?)\s+katı(?:na)?\b", r"\1x the average"),
    (r"\byük\s+(\d+(?:[.,]\d+)?)\s+katına\s+çıkıyor\b", r"peak \1x"),
    (r"(\d+(?:[.,]\d+)?)\s+katı\b", r"\1x"),
    (r"\bher\s+(\d+)\s+ayda\s+ikiye\s+katlanıyor(?:sa)?\b", r"doubling every \1 months"),
    (r"\bikiye\s+katlan" + _W + r"*", "doubles"),
    (r"\b(\d+)\s+yıl\s+sonra\b", r"in \1 years"), (r"\b(\d+)\s+yılda\b", r"in \1 years"),
    (r"\b(\d+)\s+ayda\b", r"in \1 months"),
    (r"\bher\s+yıl\s+(\d+(?:[.,]\d+)?)\s*%\s+büyü" + _W + r"*", r"growing \1% a year"),
    (r"\boranı\b", ""), (r"\büstüne\s+(\d+(?:[.,]\d+)?\s*%)\s+ekle" + _W + r"*", r"plus \1"),
    (r"\bkwh\s*(?:i|ı)?\s*\$\s*(\d+(?:[.,]\d+)?)", r"$\1 per kWh"),
    (r"\bkwh\s+başına\s+(\d+(?:[.,]\d+)?)\s*€", r"€\1 per kWh"),
    (r"\bgb\s*(?:ı|i)?\s*\$\s*(\d+(?:[.,]\d+)?)", r"$\1 per GB"),
    (r"(\d+(?:[.,]\d+)*)\s+sorgu\s+başına\b", r"per \1 queries"),
    (r"\bsaniyede\s+(?:ortalama\s+)?(\d+(?:[.,]\d+)*)\s+istek" + _W + r"*", r"\1 requests per second"),
    (r"\bne\s+öder(?:dik|iz)\b|\btoplam\s+ne\s+tutar\b", "what is the total cost"),
    (r"\b(?:pik|zirve|zirvede|yoğun\s+saatlerde)\b", "peak"), (r"\bpeak\s+faktörü\b", "peak factor"),
    (r"\beşzamanlı\s+kullanıcı" + _W + r"*", "concurrent users"), (r"\beşzamanlı\s+istek" + _W + r"*",
                                                                  "concurrent requests"),
    (r"\bçalışan" + _W + r"*", "employees"), (r"\bşube" + _W + r"*", "branches"),
    (r"\bgörüşme" + _W + r"*", "calls"), (r"\btranskript" + _W + r"*", "transcript"),
    (r"\bözet\b", "summary"),
    (r"\bdestek\s+talebi\b|\btalep\b", "tickets"), (r"\bkonuşma" + _W + r"*", "conversation"),
    (r"\b(?:girdi)\b", "input"), (r"\b(?:çıktı)\b", "output"), (r"\bbağlam\b", "context"),
    (r"\bmilyon\s+token\s+başına\b", "per million tokens"), (r"\btoken\s+başına\b", "per token"),
    (r"\bgpu\s+başına\b", "per GPU"), (r"\bkart\s+başı(?:na)?\b", "per card"),
    (r"\bsunucu\s+başı(?:na)?\b", "per server"), (r"\breplika\s+başına\b", "per replica"),
    (r"\bmesaj\s+başına\b", "per message"), (r"\bkelime\s+başına\b", "per word"),
    (r"\bsorgu\s+başına\b", "per query"), (r"\bistek\s+başına\b", "per request"),
    (r"\bkelime" + _W + r"*", "words"), (r"\breplika" + _W + r"*", "replicas"),
    (r"\ben\s+fazla\b", "max"), (r"\bdoluluk\b|\bkullanım\s+oranı\b", "utilization"),
    (r"\b(?:gpu|chip|çip)\s+saati\b", "GPU-hour"), (r"\bgpu[- ]yılı\b", "gpu-years"),
    (r"\bsaatlik\s+(?=[$€]?\s*\d)", "per hour "),
    (r"(?<=\d)(\s*)dolar(?:dan|lık|a|ı|sa|dır)?\b", r"\1 dollars"),
    (r"(?<=\d)(\s*)dolardan\b", r"\1 dollars"),
    (r"\bkwh\s+başına\b|\bkwh(?:'i)?\b(?=\s*\d)", "per kWh"),
    (r"%\s*(\d+(?:[.,]\d+)?)\s+indirim\b", r"\1% discount"), (r"\bindirim" + _W + r"*", "discount"),
    (r"\bçek(?:iyor|er)\b", "draws"),
    (r"(\d+(?:[.,]\d+)?\s*kw)\s+ile\s+sınırlı\b", r"capped at \1"), (r"\bkabin" + _W + r"*", "racks"),
    (r"\bboşta\b", "free"),
    (r"\bkuru(?:yla)?\b|\bkur\b", "exchange rate"), (r"\bdaha\s+iyi\b", "better"),
    (r"\bmfu\s+da\s+(\d+)\s+puan\s+artarsa\b", r"MFU \1 points higher"), (r"\bpuan\b", "points"),
    (r"\b(\d+(?:[.,]\d+)?)\s*'?e\s+çıkarırsak\b", r"to \1"),
    (r"\biddia\s+ediyor\b|\bsöylüyor\b|\bdiyorlar\b|\bdiyor\b", "claims"),
    (r"\bgerçekçi\s+mi\b", "is that realistic"),
    (r"\byarısını\s+gpu\s*(?:'?ya)?\s+ayırabiliriz\b", "half goes on GPUs"), (r"\btanesi\b", "each"),
    (r"\bcivarında(?:ysa)?\b|\bcivarı\b", ""), (r"\bdenk\s+gelmek\b|\beşleşmek\b", "match"),
    (r"\bölçümlerimize\s+göre\b|\bkendi\s+testimizde\b", "we measured"),
    (r"\bbellek" + _W + r"*", "memory"), (r"\bkoşu" + _W + r"*", "runs"),
    (r"\bgüç\s+faktörü\b", "power factor"), (r"\btrafo\s+kapasitemiz\b", "transformer capacity"),
    (r"\bfiyatlarıyla\b", "prices"), (r"(\d{4})\s+fiyat" + _W + r"*", r"at \1 prices"),
    (r"\bbüyü" + _W + r"*", "growing"), (r"\bkârlı\b|\bkâr\s+eder\s+miyiz\b", "profitable"),
    # who is counted, with the period that says they are daily or monthly
    (r"\bgünlük\s+(?:aktif\s+)?kullanıcı" + _W + r"*", "daily active users"),
    (r"\baylık\s+(?:aktif\s+)?kullanıcı" + _W + r"*", "monthly active users"),
    (r"\bhaftalık\s+(?:aktif\s+)?kullanıcı" + _W + r"*", "weekly active users"),
    (r"\baktif\s+kullanıcı" + _W + r"*", "active users"),
    (r"\bkullanıcı" + _W + r"*", "users"), (r"\bmüşteri" + _W + r"*", "customers"),
    (r"\babone" + _W + r"*", "subscribers"),
    (r"\bkişi\s+başı(?:na)?\b", "per user"),
    # periods
    (r"\bgünlük\b", "daily"), (r"\baylık\b", "monthly"), (r"\bhaftalık\b", "weekly"),
    (r"\byıllık\b", "annual"),
    (r"\bgünde\b", "per day"), (r"\bsaatte\b", "per hour"), (r"\bayda\b", "per month"),
    (r"\byılda\b", "per year"), (r"\bsaniyede\b", "per second"),
    (r"(?<=\d)(\s*)gün\b", r"\1days"), (r"(?<=\d)(\s*)ay\b", r"\1months"), (r"(?<=\d)(\s*)yıl\b", r"\1years"),
    (r"(?<=\d)(\s*)hafta\b", r"\1weeks"), (r"(?<=\d)(\s*)saat\b", r"\1hours"),
    # the scale ("4 milyon", "250 bin", "3 milyar")
    (r"(?<=\d)(\s*)bin\b", r"\1thousand"), (r"(?<=\d)(\s*)milyon\b", r"\1million"),
    (r"(?<=\d)(\s*)milyar\b", r"\1billion"),
    # what is counted
    (r"\bsoru" + _W + r"*", "questions"), (r"\bsorgu" + _W + r"*", "queries"),
    (r"\bistek" + _W + r"*", "requests"),
    (r"\bmesaj" + _W + r"*", "messages"), (r"\b(?:cevap|yanıt)" + _W + r"*", "answers"),
    (r"\bsunucu" + _W + r"*", "servers"), (r"\bkart(?:a|ı|lar" + _W + r"*)\b", "cards"),
    (r"\bkart\s+başına\b", "per card"), (r"\bbaşına\b", "each"), (r"(?<=\d)(\s*)kart\b", r"\1cards"),
    # money
    (r"\bkira" + _W + r"*", "rent"), (r"\btoplam\b", "total"), (r"\bmaliyet" + _W + r"*", "cost"),
    (r"\bfiyat" + _W + r"*", "price"), (r"\bbütçe" + _W + r"*", "budget"), (r"\belektrik\b", "electricity"),
    # hedges; what is asked
    (r"\b(?:yaklaşık|yakl\.|ortalama)\s*(?=[~≈$₺\d])", "about "), (r"(?<=[\dkmb])\s+civar" + _W + r"*", ""),
    (r"\bkaç\s+tane\b|\bkaç\b", "how many"), (r"\bne\s+kadar\b", "how much"),
    (r"\blazım\b|\bgerek(?:ir|li)?\b", "needed"), (r"\bşu\s+an\b|\bbugün\b", "today"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_turkish(text: str) -> bool:
    """The message shows Turkish: one of its common words written with a letter only Turkish has among these
    languages ("kullanıcı", "günde"), or two of them, one not shared with English."""
    return shows_language(_COMMON, _SHARED, text, letters="çğıöşü")


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Turkish quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)


# an English message with a Turkish word or two ("256 tane H100", "MFU %38", "200 bin users", "peak 4 kat",
# "dolar kuru 34,5", "günde 12 questions"): read without a second Turkish word to show the language
_BIN_OF = (r"(?:\$|users?|tokens?|su\b|concurrent|tickets?|requests?|sessions?|players?|customers?|"
           r"subscribers?|dau\b|mau\b)")
_MIXED = rx.compile(r"\d\s*(?:tane|adet|milyon|milyar|kat)(?![a-zçğıöşü])|(?<![\w%])%\s*\d|\bkuru?\s*\d|"
                    r"\bdolar\s+kuru\b|\bgünde\b|\bhocam\b|\d\s+bin\s+" + _BIN_OF, re.IGNORECASE)
_MIXED_REWRITES = [(rx.compile(p, re.IGNORECASE), to) for p, to in (
    (r"(?<![\w%])%\s*(\d+(?:[.,]\d+)?)", r"\1%"), (r"(?<=\d)(\s+)(?:tane|adet)(?![a-zçğıöşü])", ""),
    (r"(?<=\d)(\s*)milyon(?![a-zçğıöşü])", r"\1million"),
    (r"(?<=\d)(\s*)milyar(?![a-zçğıöşü])", r"\1billion"),
    (r"(?<=\d)(\s+)bin(?=\s+" + _BIN_OF + ")", r"\1thousand"), (r"(?<=\d)(\s*)kat(?![a-zçğıöşü])", "x"),
    (r"\b(?:dolar\s+)?kuru?(?=\s*[\d(])", "exchange rate"), (r"\bgünde\b", "per day"),
    (r"\bayda\b", "per month"),
    (r"\b(?:hocam|abi)\b", ""), (r"\bkaç\s+(?:tane|kart|gpu)\b", "how many"))]


def turkish_words_said(text: str) -> bool:
    """An English message with a Turkish word or two in it, not one written in Turkish."""
    return _MIXED.search(text) is not None and not said_in_turkish(text)


def turkish_words_in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with those Turkish words in English, with the position in the source of each character."""
    return rewrite(text, pos, _MIXED_REWRITES)
