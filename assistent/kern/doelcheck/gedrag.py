"""Gedrag: waarneembare werkwoorden, niet als naamwoord, niet in een bijzin, niet ontkend.

"Steekt zijn vinger op", "laat zien hoe", "gaat naar de pleinwacht" zijn gedrag; "het lezen",
"om zelfstandig te werken", "leert plannen" en "stopt met schreeuwen" niet. Alleen gedrag
dat er niet is, krijgt een signaal: dan meldt `meld_negatief` wat alleen zegt wat niet meer mag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from assistent.kern.doelcheck.analyse import Analyse
from assistent.kern.doelcheck.grammatica import BEZIT, HULPWERKWOORDEN, PARTIKELS, is_deelwoord
from assistent.kern.doelcheck.patronen import Span
from assistent.kern.doelcheck.regels import negatief_gedrag
from assistent.kern.doelcheck.woordronde import zoek_uitdrukkingen
from assistent.kern.doelcheck.woordsoorten import (
    AANLEIDING,
    GEDRAG,
    LEER,
    NEGATIEF,
    ONDERWERP,
    PARTIKEL,
    VERMOGEN,
)

WAARNEEMBAAR: Final = "gedrag.waarneembaar"
# Na deze woorden is een heel werkwoord een zelfstandig naamwoord ("bij het voorlezen").
NAAMWOORD_ERVOOR: Final = frozenset(
    "de het een bij in met van voor op tijdens na dit deze die elk elke ieder iedere alle "
    "welke zijn haar mijn hun je jouw z'n m'n over aan".split()
)


@dataclass
class Gedrag:
    """Wat de gedragsregel vindt, als woordnummers."""

    positief: list[int] = field(default_factory=list)  # waar het gedrag begint
    stukken: list[Span] = field(default_factory=list)  # per `positief`: het werkwoord of de zin
    ontkend: set[int] = field(default_factory=set)  # zinsdelen met een ontkenning
    ontkende: list[int] = field(default_factory=list)  # gedrag in zo'n zinsdeel
    stoppers: list[Span] = field(default_factory=list)  # "stopt … met": werkwoord en "met"

    def voeg_toe(self, a: Analyse, i: int, j: int) -> None:
        if a.zinsdelen.zinsdeel[i] in self.ontkend:
            self.ontkende.append(i)
        else:
            self.positief.append(i)
            self.stukken.append((i, j))


# Na deze woorden is een onbekende vorm een naamwoord, geen persoonsvorm: "naar school" is
# geen "scholen", "haar werk" geen "werken".
_GEEN_WERKWOORD_NA: Final = BEZIT | frozenset(
    "de het een eigen naar op in met van uit bij aan voor over door om tot".split())
# "geeft extra uitleg", "krijgt verlengde instructie": na zo'n woord is ook een woord uit de
# gedragslijst een naamwoord.
_NAAMWOORD_NA: Final = frozenset(
    "extra veel weinig geen goede korte duidelijke verlengde gerichte".split())


def zoek_gedrag(a: Analyse) -> Gedrag:
    """Het gedrag in het doel, en wat ontkend is of alleen stopt."""
    reeks, zinsdeel, uitgesloten = a.reeks, a.zinsdelen.zinsdeel, a.zinsdelen.uitgesloten
    gedrag = Gedrag(ontkend=_ontkende_zinsdelen(a))
    vermogen = _zinsdelen_met_vermogen(a)
    leren = (
        {zinsdeel[i] for i, info in enumerate(reeks.infos) if info.leerwerkwoord}
        if reeks.woordsoorten & LEER
        else set()
    )
    partikels = _partikels_per_grootzin(a)
    met_aanleiding = bool(reeks.woordsoorten & AANLEIDING)
    kopje = _kopje(a) if ":" in reeks.tekst else -1
    for i in reeks.met_soort(GEDRAG) if reeks.woordsoorten & GEDRAG else ():
        if i in a.gebruikt or reeks.hoofdletter[i] or _geen_doelgedrag(a, i, leren, vermogen):
            continue
        if i <= kopje:
            continue  # "Rekenen: Sem rekent …", "Plannen en organiseren: …": een kopje
        info = reeks.infos[i]
        if reeks.woorden[i] in PARTIKELS and _werkwoord_ervoor(a, i):
            continue  # "stelt zich … open": het partikel van "stelt", niet "openen"
        vaag_partikel = _vaag_met_partikel(a, i, partikels)
        if vaag_partikel is not None:
            # "staat … open voor feedback": met het partikel een vaag werkwoord ("openstaan")
            # het hele stuk als het kort is ("staat open"), anders het partikel ("open")
            begin = i if vaag_partikel - i <= 3 else vaag_partikel
            a.meld("vaag", begin, vaag_partikel + 1, "gedrag")
            a.gebruikt.update((i, vaag_partikel))
            continue
        vorige = reeks.woorden[i - 1] if i else ""
        if vorige in _NAAMWOORD_NA or ("zitten" in info.vormen and _zit_op_niveau(a, i)) or (
                "werken" in info.vormen and _zit_op_niveau(a, i, _LEERLIJN)):
            continue
        ziet, stopt = _ziet_en_stopt(a, i, partikels)
        vorm = info.persoonsvorm or (
            (_na_hulpwerkwoord(a, i) or _na_hebben(a, i)) if not ziet else False)
        if (ziet or vorm) and (_naamwoord_na_voorzetsel(a, i) or _na_persoonsvorm(a, i)):
            continue  # "in begrijpend lezen": het vak; "ervaart … rust": een naamwoord
        if not (ziet or (vorm and vorige not in _GEEN_WERKWOORD_NA)) or i in uitgesloten:
            continue
        if stopt and not (met_aanleiding or zinsdeel[i] in gedrag.ontkend):
            met = _met_na_stop(a, i)
            if met is not None:
                gedrag.stoppers.append((i, met))  # "stopt met schreeuwen": zegt niet wat wel
                continue
        gedrag.voeg_toe(a, i, i + 1)
    if WAARNEEMBAAR in reeks.uitdrukkingsplekken:  # "blijft zitten", "laat zien"
        for i, j, _zin in zoek_uitdrukkingen(reeks, WAARNEEMBAAR):
            if (
                j - i > 1
                and a.gebruikt.isdisjoint(range(i, j))
                and uitgesloten.isdisjoint(range(i, j))
            ):
                gedrag.voeg_toe(a, i, j)
    return gedrag


# "Zit op AVI-E3", "zit op het niveau van eind groep 5": een uitslag, geen gedrag.
_NIVEAUWOORDEN: Final = frozenset(
    "niveau leerlijn leerroute referentieniveau functioneringsniveau leesniveau "
    "beheersingsniveau groepsniveau 1f 2f 1s".split())
_VOOR_NIVEAU: Final = frozenset("het een de zijn haar hun eigen gewenste".split())


# "Werkt op een eigen leerlijn", "werkt op haar eigen niveau": waar de leerling staat, niet wat
# hij doet ("werkt op niveau 4 van de rubric" is wel een maat).
_LEERLIJN: Final = frozenset({"leerlijn", "leerroute", "eigen"})


def _zit_op_niveau(a: Analyse, i: int, alleen: frozenset[str] | None = None) -> bool:
    """Staat er na "zit" in dezelfde grootzin "op" met een niveau erachter? Met `alleen`: een
    niveau waarvoor een van die woorden staat ("op haar eigen niveau", "op een eigen leerlijn")."""
    woorden, groot = a.reeks.woorden, a.zinsdelen.grootzin
    for k in range(i + 1, len(woorden) - 1):
        if groot[k] != groot[i]:
            return False
        if woorden[k] == "op":
            m = k + 1
            while m < len(woorden) - 1 and woorden[m] in _VOOR_NIVEAU:
                m += 1
            if alleen is not None:
                return woorden[m] in _NIVEAUWOORDEN and not alleen.isdisjoint(woorden[k + 1:m + 1])
            return woorden[m] in _NIVEAUWOORDEN or woorden[m].startswith("avi")
    return False


def _kopje(a: Analyse) -> int:
    """Het laatste woord van een kopje vooraan ("Rekenen:", "Plannen en organiseren:"), of -1.
    Een kopje is hooguit vijf woorden vóór een dubbele punt, zonder persoonsvorm, onderwerp of
    naam, met minstens twee woorden erna ("Sem leest de woorden: …" is geen kopje)."""
    reeks = a.reeks
    n = len(reeks.woorden)
    for k in range(min(5, n - 2)):
        if reeks.tekst[reeks.einden[k]:reeks.einden[k] + 1] == ":":
            break
    else:
        return -1
    if k == 0 and not reeks.infos[0].woordsoorten & ONDERWERP:
        return 0  # één woord: "Taal:", "Gedrag:", ook al is "taal" een vorm van "talen"
    for i in range(k + 1):
        info = reeks.infos[i]
        if info.persoonsvorm or info.woordsoorten & ONDERWERP or (i and reeks.hoofdletter[i]):
            return -1
    return k


_VOORZETSELS: Final = frozenset(
    "in bij met voor op tijdens van over aan na door tot tegenover".split())


def _naamwoord_na_voorzetsel(a: Analyse, i: int) -> bool:
    """ "Ontwikkelt zich in begrijpend lezen", "gaat vooruit in rekenen en lezen": een heel
    werkwoord na een voorzetsel is het vak, geen gedrag. Ertussen mag één bijwoord als
    "begrijpend" of "vlot" staan (`_VAKWOORD`; een naamwoord ertussen, "in de klas lezen", niet);
    een tweede werkwoord in een opsomming volgt het eerste."""
    woorden, infos = a.reeks.woorden, a.reeks.infos
    if not (woorden[i].endswith("en") and woorden[i] == infos[i].lemma):
        return False
    k = i - 1
    if k >= 1 and woorden[k] in ("en", "of"):
        if not (woorden[k - 1].endswith("en") and woorden[k - 1] == infos[k - 1].lemma):
            return False
        k -= 2
    elif k >= 0 and (woorden[k].endswith("end") or woorden[k] in _VAKWOORD
                     or woorden[k] == "vlot"):
        k -= 1
    return k >= 0 and woorden[k] in _VOORZETSELS


MET_HEEL_WERKWOORD: Final = HULPWERKWOORDEN | {"willen"}
# Na deze woorden begint een nieuwe zin met een eigen persoonsvorm ("is stil maar steekt …").
_NIEUWE_ZIN: Final = frozenset(
    "en of maar want dus daarna dan tot totdat als wanneer dat voordat zodra omdat terwijl"
    .split())


def _na_persoonsvorm(a: Analyse, i: int) -> bool:
    """ "Ervaart in 4 van de 5 lessen rust", "zal meer rust ervaren": een zin heeft één
    persoonsvorm. Staat er in dezelfde grootzin al een hulpwerkwoord of vaag werkwoord als
    persoonsvorm, dan is een latere vorm als "rust" (van "rusten") een naamwoord, tenzij "en" of
    "of" ertussen een tweede zin begint. Een heel werkwoord ("kan … werken") valt hier buiten."""
    woorden, infos, grootzin = a.reeks.woorden, a.reeks.infos, a.zinsdelen.grootzin
    if woorden[i].endswith("n"):
        return False  # een heel werkwoord (lezen, staan, doen), ook als naamwoord gelezen
    for k in range(i - 1, -1, -1):
        if grootzin[k] != grootzin[i] or woorden[k] in _NIEUWE_ZIN:
            return False
        info = infos[k]
        if woorden[k] != info.lemma and info.kan_werkwoord_zijn and (
                info.vaag or info.koppelwerkwoord or info.lemma in MET_HEEL_WERKWOORD):
            return True
    return False


def _na_hulpwerkwoord(a: Analyse, i: int) -> bool:
    """ "Kan haar laatje opgeruimd houden" is hetzelfde gedrag als "houdt haar laatje opgeruimd":
    een heel werkwoord achter een hulpwerkwoord in dezelfde grootzin telt als persoonsvorm."""
    reeks, grootzin = a.reeks, a.zinsdelen.grootzin
    woord = reeks.woorden[i]
    if not (woord.endswith("en") and woord == reeks.infos[i].lemma):
        return False
    for k in range(i - 1, -1, -1):
        if grootzin[k] != grootzin[i]:
            return False
        if reeks.infos[k].lemma in HULPWERKWOORDEN and reeks.woorden[k] != reeks.infos[k].lemma:
            return True
    return False


_HEBBEN: Final = frozenset({"heeft", "hebt", "heb", "hebben", "had", "hadden"})


def _na_hebben(a: Analyse, i: int) -> bool:
    """ "Heeft haar laatje opgeruimd" is hetzelfde gedrag als "ruimt haar laatje op": een
    voltooid deelwoord na een vorm van "hebben" in dezelfde grootzin telt als persoonsvorm."""
    reeks, grootzin = a.reeks, a.zinsdelen.grootzin
    if not (reeks.infos[i].voltooid_deelwoord or is_deelwoord(reeks.woorden[i])):
        return False
    for k in range(i - 1, -1, -1):
        if grootzin[k] != grootzin[i]:
            return False
        if reeks.woorden[k] in _HEBBEN:
            return True
    return False


def meld_negatief(a: Analyse, gedrag: Gedrag) -> None:
    """Zonder ander gedrag: meld "stopt met …" en ontkend gedrag ("slaat niet meer")."""
    woorden, n = a.reeks.woorden, len(a.reeks.woorden)
    for i, m in gedrag.stoppers:
        # tot en met het woord na "met", en een lidwoord daartussen ("met het tikken")
        hi = min(n, m + 2 + (m + 2 < n and woorden[m + 1] in ("het", "de", "een")))
        lo = next(
            (
                k
                for k in (i, *range(i + 1, m), m)
                if not a.gebruikt.intersection(range(k, hi))
                and (k in (i, m) or woorden[k] in PARTIKELS)
            ),
            m,
        )
        a.meld("negatief", lo, hi, "gedrag")
        a.gebruikt.update(range(lo, hi))
    negatief_gedrag(a, gedrag.ontkend, gedrag.ontkende)


def _ontkende_zinsdelen(a: Analyse) -> set[int]:
    """De zinsdelen met "niet", "nooit", …; "niet alleen" en "niet zonder" ontkennen niets."""
    if not a.reeks.woordsoorten & NEGATIEF:
        return set()
    woorden, n = a.reeks.woorden, len(a.reeks.woorden)
    return {
        a.zinsdelen.zinsdeel[i]
        for i in range(n)
        if woorden[i] in a.lijsten.ontkenningen
        and i not in a.gebruikt
        and not (i + 1 < n and woorden[i + 1] in ("alleen", "zonder"))
    }


def _zinsdelen_met_vermogen(a: Analyse) -> set[int]:
    """ "Is in staat om stil te zitten", "het lukt hem om …": wat na "om … te" staat, is daar
    wel het gedrag."""
    if not a.reeks.woordsoorten & VERMOGEN:
        return set()
    woorden, infos = a.reeks.woorden, a.reeks.infos
    return {
        a.zinsdelen.zinsdeel[k]
        for k in range(len(woorden))
        if (woorden[k] == "staat" and k and woorden[k - 1] == "in") or "lukken" in infos[k].vormen
    }


def _partikels_per_grootzin(a: Analyse) -> dict[int, list[int]]:
    """Waar de partikels staan, per grootzin: voor scheidbare werkwoorden ("ruimt … op")."""
    uit: dict[int, list[int]] = {}
    if a.reeks.woordsoorten & PARTIKEL:
        for j in a.reeks.met_soort(PARTIKEL):
            uit.setdefault(a.zinsdelen.grootzin[j], []).append(j)
    return uit

# Een vak in twee woorden: "het technisch lezen", "zijn begrijpend lezen".
# Ook een bijwoord bij een werkvorm: "tijdens het zelfstandig werken", "bij het hardop lezen".
_VAKWOORD: Final = frozenset(
    "technisch begrijpend studerend aanvankelijk voortgezet zelfstandig hardop stil vrij samen"
    .split())


_ZINSEINDE: Final = re.compile(r"[.!?;:]")


def _leert_ervoor(a: Analyse, i: int) -> bool:
    """Staat er eerder in de grootzin een leerwerkwoord als persoonsvorm ("leert", "durft",
    "wil"), zonder andere persoonsvorm ertussen ("leert de tafels en kan ze opzeggen")?"""
    reeks = a.reeks
    woorden, infos, groot = reeks.woorden, reeks.infos, a.zinsdelen.grootzin
    for k in range(i - 1, -1, -1):
        # over een komma heen ("leert de klanken ui, eu en ou schrijven"), niet over een punt
        if groot[k] != groot[k + 1] and _ZINSEINDE.search(
                reeks.tekst, reeks.einden[k], reeks.begins[k + 1]):
            return False
        info = infos[k]
        if woorden[k] in BEZIT or woorden[k] in PARTIKELS:
            continue  # "haar" is ook een vorm van "haren", "dicht" van "dichten"
        if woorden[k] != info.lemma and (info.persoonsvorm or info.leerwerkwoord
                                         or info.lemma in MET_HEEL_WERKWOORD):
            return info.leerwerkwoord
    return False


def _geen_doelgedrag(a: Analyse, i: int, leren: set[int], vermogen: set[int]) -> bool:
    """Een naamwoord ("het lezen"), iets wat geleerd wordt ("leert plannen") of een doel van
    een ander ("om zelfstandig te werken")."""
    woorden = a.reeks.woorden
    zinsdeel = a.zinsdelen.zinsdeel[i]
    vorige = woorden[i - 1] if i else ""
    if vorige in NAAMWOORD_ERVOOR:
        return True
    if vorige in _VAKWOORD and i > 1 and woorden[i - 2] in NAAMWOORD_ERVOOR:
        return True  # "verbetert zijn technisch lezen": het vak
    j = i + 1
    if (
        j < len(woorden)
        and woorden[i].endswith("en")
        and woorden[j].endswith("en")
        and a.zinsdelen.zinsdeel[j] == zinsdeel
        and not a.reeks.infos[j].vormen.isdisjoint(a.lijsten.vage_werkwoorden)
    ):
        return True  # "technisch lezen verbeteren": het voorwerp van een vaag werkwoord
    if a.reeks.infos[i].oordeelwoord and _na_koppelwerkwoord(a, i):
        return True  # "is minder druk": een oordeel, geen vorm van "drukken"
    if zinsdeel in leren and (woorden[i].endswith("en") or vorige == "te"):
        return True
    # "leert haar broodtrommel open en dicht te doen": "en" begint een nieuw zinsdeel, maar het
    # hele werkwoord met "te" hoort nog bij "leert"
    if leren and (vorige == "te" or woorden[i] == a.reeks.infos[i].lemma
                  and woorden[i].endswith("en")) and _leert_ervoor(a, i):
        return True
    return (
        i > 1
        and vorige == "te"
        and "om" in woorden[max(0, i - 6) : i - 1]
        and zinsdeel not in vermogen
    )


def _na_koppelwerkwoord(a: Analyse, i: int) -> bool:
    """Staat er kort vóór woord i een koppelwerkwoord in hetzelfde zinsdeel ("is … druk")?"""
    zinsdeel, infos, woorden = a.zinsdelen.zinsdeel, a.reeks.infos, a.reeks.woorden
    return any(
        infos[k].koppelwerkwoord and woorden[k] != "zijn" and zinsdeel[k] == zinsdeel[i]
        for k in range(max(0, i - 4), i)
    )


def _werkwoord_ervoor(a: Analyse, i: int) -> bool:
    """Staat er in de grootzin van woord i eerder een werkwoord?"""
    grootzin, infos = a.zinsdelen.grootzin, a.reeks.infos
    return any(infos[k].werkwoordachtig and grootzin[k] == grootzin[i] for k in range(i))


def _vaag_met_partikel(a: Analyse, i: int, partikels: dict[int, list[int]]) -> int | None:
    """Het partikel dat woord i tot een vaag werkwoord maakt ("staat … open": "openstaan";
    "stelt zich … open": "openstellen"), of None."""
    plekken = partikels.get(a.zinsdelen.grootzin[i])
    if not plekken:
        return None
    vormen, vaag, woorden = a.reeks.infos[i].vormen, a.lijsten.vage_werkwoorden, a.reeks.woorden
    return next((j for j in plekken
                 if j > i and j not in a.gebruikt
                 and any(woorden[j] + v in vaag for v in vormen)), None)


def _ziet_en_stopt(a: Analyse, i: int, partikels: dict[int, list[int]]) -> tuple[bool, bool]:
    """Is woord i waarneembaar gedrag, en is het "stoppen"? Met een partikel verderop in de
    grootzin ("ruimt … op") of een tweede werkwoord ("laat … zien") erbij."""
    reeks, grootzin = a.reeks, a.zinsdelen.grootzin
    woorden, info = reeks.woorden, reeks.infos[i]
    plekken = partikels.get(grootzin[i])
    erna = {woorden[j] for j in plekken if j > i} if plekken else None
    if not (erna or info.tweede_deel_mogelijk):
        return info.waarneembaar, info.stopwerkwoord  # het gewone geval: uit de woordcache
    f = info.vormen
    if "gaan" in f and "naar" in (erna or set()) | set(woorden[i + 1 :]):
        f = f | {"lopen"}  # "gaat naar de pleinwacht" is zichtbaar
    if erna:
        if f is info.vormen:  # de gewone vormen: met elk partikel uit de woordcache
            f = f.union(*[info.met_partikel(p) for p in erna])
        else:
            f = f | {p + v for p in erna for v in f}
    tweede = a.lijsten.tweede_werkwoord
    if not f.isdisjoint(tweede):  # "laat … zien": het tweede werkwoord staat achteraan
        f = f | {
            v + " " + woorden[j]
            for v in tweede.keys() & f
            for j in range(i + 1, len(woorden))
            if grootzin[j] == grootzin[i] and woorden[j] in tweede[v]
        }
    return not f.isdisjoint(a.lijsten.waarneembaar), not f.isdisjoint(a.lijsten.stopwerkwoorden)


def _met_na_stop(a: Analyse, i: int) -> int | None:
    """Waar "met" staat na "stopt" in hetzelfde zinsdeel ("stopt met schreeuwen"), of None."""
    woorden, zinsdeel = a.reeks.woorden, a.zinsdelen.zinsdeel
    n = len(woorden)
    m = next((j for j in range(i + 1, n) if zinsdeel[j] != zinsdeel[i] or woorden[j] == "met"), n)
    return m if m < n and woorden[m] == "met" else None
