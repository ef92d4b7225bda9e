"""Wie het doel haalt (een naam, "ik", "de leerling", "hij") en waar de persoonsvorm staat.

Voor de teksten: de vervolgvragen noemen de leerling bij naam, het voorstel zet "Voor [datum]"
vooraan met inversie ("Voor [datum] leest Sem …").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from assistent.kern.doelcheck.analyse import Analyse
from assistent.kern.doelcheck.grammatica import BEZIT, FUNCTIEWOORDEN, VOORNAAMWOORDEN

# Na een voorzetsel is een woord met een hoofdletter een vak of taal, geen onderwerp.
_VOORZETSELS = frozenset("in bij voor van met aan op over naar".split())
# "minimaal een III op rekenen": een Cito-niveau in Romeinse cijfers is geen naam.
_ROMEINS: Final = re.compile(r"[IVX]+")


# Zo korten scholen "de leerling" af.
AFGEKORT: Final = frozenset({"ll", "lln"})


def onderwerp(a: Analyse, onderwerpwoorden: list[int]) -> None:
    """Zet `a.onderwerp`, `a.onderwerp_plek`, `a.ik_vorm` en de plek van de persoonsvorm.

    Alleen een naam (hoofdletter), "ik" of "de leerling" kan het onderwerp zijn: de eerste die
    past. `onderwerpwoorden` zijn de plekken van "ik" en "leerling" (woordsoort ONDERWERP);
    anders kan het eerste woord het onderwerp zijn ("Hij leest …")."""
    reeks = a.reeks
    woorden = reeks.woorden
    n = len(woorden)
    plek = min(_eerste_naam(a), _eerste_ik_of_leerling(a, onderwerpwoorden))
    lengte = 1
    if plek < n:
        if woorden[plek] == "ik":
            a.ik_vorm = True
        elif woorden[plek] == "leerling" and plek and woorden[plek - 1] == "de":
            plek, lengte = plek - 1, 2
    elif _eerste_woord_is_onderwerp(a):
        plek = 0
    else:
        # "Mijn doel is …": een ik-doel zonder "ik" als onderwerp.
        a.ik_vorm = bool(woorden) and woorden[0] == "mijn"
        a.bezitter = _bezitter(a)
        return
    b, e = reeks.begins[plek], reeks.einden[plek + lengte - 1]
    if woorden[plek] in AFGEKORT and reeks.tekst[e : e + 1] == ".":
        e += 1  # "Ll." en "Lln.": de afkorting van "de leerling", met de punt
    a.onderwerp, a.onderwerp_plek = reeks.tekst[b:e], (b, e)
    na = _na_bijstelling(a, plek + lengte)
    infos = reeks.infos
    # Ook een werkwoord dat pas met zijn partikel gedrag is ("past … toe"): de gedragsregel
    # vond het al, ook al kent de lijst met werkwoorden "passen" niet.
    gedrag = {b for b, _e in a.gedragplekken}

    def werkwoord(k: int) -> bool:
        return infos[k].werkwoordachtig or reeks.begins[k] in gedrag

    # "schrijft Bram zijn verhalen": na inversie is "zijn" het bezit, niet het werkwoord.
    inversie = plek > 0 and werkwoord(plek - 1) and reeks.begins[plek - 1] in gedrag
    if na < n and werkwoord(na) and not (inversie and woorden[na] in BEZIT):
        a.werkwoord_plek = reeks.begins[na], reeks.einden[na]
        a.begint_met_onderwerp = plek == 0
    elif plek and werkwoord(plek - 1):
        a.werkwoord_plek = reeks.begins[plek - 1], reeks.einden[plek - 1]


def _eerste_naam(a: Analyse) -> int:
    """Het eerste woord met een hoofdletter dat een naam kan zijn (of "ik"); anders n."""
    woorden, hoofdletter = a.reeks.woorden, a.reeks.hoofdletter
    if True not in hoofdletter:
        return len(woorden)
    tijd = a.lijsten.tijdwoorden
    i = hoofdletter.index(True)  # zoekt in C, in plaats van een ronde over alle woorden
    while True:
        k = woorden[i]
        if (
            k == "ik"
            or k == "leerling"
            or (k not in tijd and k not in a.lijsten.geen_persoon
                and (k.isalpha() or _dubbele_naam(a, i))  # ook "Jan-Willem"
                and (not i or woorden[i - 1] not in _VOORZETSELS)
                # "in het Nederlands": ook met een lidwoord ertussen geen onderwerp
                and not (i > 1 and woorden[i - 1] in ("het", "de")
                         and woorden[i - 2] in _VOORZETSELS)
                and not _ROMEINS.fullmatch(a.reeks.tekst, a.reeks.begins[i], a.reeks.einden[i]))
        ):
            return i  # "beter in Engels": een woord na een voorzetsel is geen onderwerp
        try:  # zelden: een maand of feestdag met een hoofdletter
            i = hoofdletter.index(True, i + 1)
        except ValueError:
            return len(woorden)


def _dubbele_naam(a: Analyse, i: int) -> bool:
    """ "Jan-Willem", "Anne-Sophie": elk deel met een hoofdletter (niet "Cito-toets")."""
    delen = a.reeks.tekst[a.reeks.begins[i] : a.reeks.einden[i]].split("-")
    return len(delen) > 1 and all(d[:1].isupper() and d.isalpha() for d in delen)


def _bezitter(a: Analyse) -> str | None:
    """ "Het werktempo van Yara", "de werkhouding van Sem": de naam na "van" bij een naamwoord
    met lidwoord. Geen onderwerp (het werkwoord hoort bij het naamwoord), wel wie het doel noemt."""
    reeks = a.reeks
    woorden, hoofdletter = reeks.woorden, reeks.hoofdletter
    for i in range(2, len(woorden) - 1):
        k = i + 1
        if (woorden[i] == "van" and woorden[i - 2] in ("het", "de") and hoofdletter[k]
                and woorden[k].isalpha() and woorden[k] not in a.lijsten.tijdwoorden
                and woorden[k] not in a.lijsten.geen_persoon):
            return reeks.tekst[reeks.begins[k] : reeks.einden[k]]
    return None


def _na_bijstelling(a: Analyse, k: int) -> int:
    """Het woord na een bijstelling bij het onderwerp ("Daan (8 jaar, groep 5) wordt …", "Milan
    uit groep 3 rekent …"), anders k zelf."""
    reeks = a.reeks
    woorden, n = reeks.woorden, len(reeks.woorden)
    if 0 < k < n and reeks.tekst[reeks.einden[k - 1] : reeks.begins[k]].strip() == "(":
        sluit = reeks.tekst.find(")", reeks.begins[k])
        if sluit >= 0:
            return bisect_left(reeks.begins, sluit)
    if k + 2 < n and woorden[k] in ("uit", "van", "in") and woorden[k + 1] == "groep" and (
            woorden[k + 2].isdigit()):
        return k + 3
    return k


def _eerste_ik_of_leerling(a: Analyse, onderwerpwoorden: list[int]) -> int:
    woorden = a.reeks.woorden
    for i in onderwerpwoorden:
        k = woorden[i]
        if k == "ik" or (k == "leerling" and i and woorden[i - 1] == "de"):
            return i
    return len(woorden)


def _eerste_woord_is_onderwerp(a: Analyse) -> bool:
    """ "Hij leest …", of een woord dat geen werkwoord is vóór een werkwoord ("Mo leest")."""
    woorden, infos = a.reeks.woorden, a.reeks.infos
    eerste = woorden[0] if woorden else ""
    return (
        len(woorden) > 1
        and a.reeks.tekst[a.reeks.begins[0]].isupper()
        and (
            eerste in VOORNAAMWOORDEN
            or (
                eerste not in FUNCTIEWOORDEN
                and (na := _na_bijstelling(a, 1)) < len(woorden)
                and infos[na].werkwoordachtig
                # "Kaan rekent": ook een naam die op een werkwoord lijkt ("kanen"), als er direct
                # een persoonsvorm op volgt; twee persoonsvormen na elkaar kan niet
                and (not infos[0].werkwoordachtig or (
                    infos[na].persoonsvorm and na == 1 and not eerste.endswith("en")
                    and woorden[na] != infos[na].lemma
                    # "Spel speelt hij eerlijk": het onderwerp staat erna
                    and not (len(woorden) > 2 and (woorden[2] in VOORNAAMWOORDEN
                                                   or a.reeks.hoofdletter[2]))))
                # "Werkhouding verbeteren": een heel werkwoord is geen persoonsvorm bij één
                # persoon; "Mo leest" wel
                and not (woorden[na].endswith("en") and woorden[na] == infos[na].lemma)
                # "Beter worden in Engels": een vergelijking of oordeel is geen persoon
                and not (infos[0].vergrotende_trap or infos[0].oordeelwoord)
            )
        )
        and eerste not in a.lijsten.tijdwoorden
        and eerste not in a.lijsten.geen_persoon
        and not eerste[:1].isdigit()
        # "Taal: begrijpt …": een kopje is geen onderwerp
        and a.reeks.tekst[a.reeks.einden[0] : a.reeks.einden[0] + 1] != ":"
    )
