"""Getallen buiten criterium en termijn: een aantal bij het gedrag, of een los getal.

"Schrijft per week drie zinnen": "drie zinnen" is een aantal, dus een criterium. "Groep 5",
"8 jaar" en "de tafel van 6" zeggen niets over het gedrag: een signaal `los_getal`.
"""

from __future__ import annotations

import re
from typing import Final

from assistent.kern.doelcheck.analyse import Analyse, Vondst, raakt
from assistent.kern.doelcheck.grammatica import FUNCTIEWOORDEN
from assistent.kern.doelcheck.patronen import Span

_WOORDJE: Final = re.compile(r"[\w/'-]+")
_ERNA: Final = re.compile(r"(?:\s*-?)([a-zà-ÿ]+)")
_VERBINDING: Final = re.compile(r"^\s*(?:,|en|of|tot(?:\s+en\s+met)?|t/m|-|/)\s*$")
_GROEPWOORDEN: Final = ("groep", "leerjaar", "jaargroep", "klas")
_PER: Final = ("per", "elke", "iedere", "elk", "ieder")


def getallen(a: Analyse, getalplekken: list[Span], maten: list[Span]) -> None:
    """Elk getal dat niet in een maat (`maten`: termijnen en criteria) ligt: een aantal wordt
    een criterium (ook in `maten` en `a.criteriumplekken`), de rest een los getal. Een los
    getal geeft alleen een signaal als het een groep of leeftijd is, of als er geen criterium
    is. Getallen die door "en", "t/m" of een komma verbonden zijn, worden één signaal."""
    groepen: list[tuple[int, int, str]] = []
    laag = a.reeks.laag
    for b, e in getalplekken:
        if raakt(b, e, maten):  # de meeste getallen liggen in een maat
            continue
        soort = _soort_getal(a, b, e)
        if soort == "aantal":
            a.criterium = True
            a.criteriumplekken.append((b, e))
            maten.append((b, e))
            continue
        if groepen and _VERBINDING.match(laag[groepen[-1][1] : b]):
            groepen[-1] = (groepen[-1][0], e, groepen[-1][2])
            continue
        if soort == "groep":  # het signaal begint bij "groep"
            ervoor = _woorden_ervoor(laag, b)
            b = laag.rfind(ervoor[-1], 0, b)
        elif soort == "leeftijd":  # en loopt door tot en met "jaar"
            erna = _ERNA.match(laag, e, e + 40)
            if erna:
                e = erna.end(1)
        groepen.append((b, e, soort))
    for b, e, soort in groepen:
        if soort in ("groep", "leeftijd") or not a.criterium:
            a.vondsten.append(Vondst("los_getal", b, e, "criterium", soort))


def _soort_getal(a: Analyse, b: int, e: int) -> str:
    """"groep", "leeftijd", "inhoud" (de tafel van 6), "aantal" (een criterium) of "anders"."""
    laag = a.reeks.laag
    voor, na = a.lijsten.geen_maat_voor, a.lijsten.geen_maat_na
    ervoor = _woorden_ervoor(laag, b)
    erna = _ERNA.match(laag, e, e + 40)  # met pos en endpos: geen kopie van de tekst
    volgende = erna.group(1) if erna else ""
    vorige = ervoor[-1] if ervoor else ""
    if vorige in _GROEPWOORDEN:
        return "groep"
    if volgende in na or volgende.startswith("jarig"):
        return "leeftijd"
    # het woord ervoor of de twee of drie woorden ervoor, of het laatste deel met "-"
    inhoud = (
        vorige in a.lijsten.geen_maat_voor_laatste
        and (vorige in voor or " ".join(ervoor[-2:]) in voor or " ".join(ervoor[-3:]) in voor)
    ) or ("-" in vorige and vorige.rsplit("-", 1)[1] in voor)
    if inhoud and not (len(ervoor) > 1 and ervoor[-2] in _PER):
        return "inhoud"  # "tafel van 6"; maar "per week drie zinnen" is wel een aantal
    if volgende and volgende not in FUNCTIEWOORDEN:
        return "aantal"
    return "anders"


def _woorden_ervoor(laag: str, b: int) -> list[str]:
    """De laatste (hooguit drie) woorden zoals `_WOORDJE` ze vindt in de 40 tekens vóór `b`.

    Een woord bevat geen witruimte: meestal geven de laatste drie stukken tussen spaties al
    drie woorden, en hoeft de reguliere expressie (traag per teken) niet over alle 40."""
    stuk = laag[max(0, b - 40) : b]
    delen = stuk.rsplit(None, 3)
    afgekapt = len(delen) == 4
    if afgekapt:
        del delen[0]
    woorden: list[str] = []
    for deel in delen:
        if deel.isalnum():  # precies \w zonder "_": één woord
            woorden.append(deel)
        else:
            woorden += _WOORDJE.findall(deel)
    if afgekapt and len(woorden) < 3:
        woorden = _WOORDJE.findall(stuk)
    return woorden[-3:]
