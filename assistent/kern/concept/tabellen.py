"""De twee tabellen van het OPP: factoren (per domein) en doelen (met criterium en termijn).

De doelcheck vult criterium, termijn en meting waar hij ze vindt. Wat niet te vinden is,
blijft een zichtbare open plek: liever '[nog invullen: termijn]' dan een verzonnen datum.
"""

from __future__ import annotations

import re
from typing import Any

from assistent.kern.concept.feiten import generieke_blokken
from assistent.kern.concept.model import (
    Alinea,
    Blok,
    Doel,
    Feiten,
    Tabel,
    heeft_inhoud,
    nog_invullen,
)
from assistent.kern.doelcheck import Doelchecker
from assistent.kern.vragenlijst.rollen import DOMEINEN
from assistent.kern.vragenlijst.waarden import toon

FACTOR_KOLOMMEN = ("Domein", "Bevorderend", "Belemmerend")
DOEL_KOLOMMEN = ("Doel", "Criterium", "Termijn", "Meting", "Wie")
LEEG = "–"


def factoren(feiten: Feiten) -> list[Blok]:
    """De factorentabel: één rij per domein dat de vraag zelf noemt (kind, onderwijs, thuis).

    Een open factorvraag met een domein komt in de tabel; zonder domein is het een toelichting
    onder de tabel. 'Overig' staat er alleen als een vraag dat domein kiest.
    """
    cellen: dict[tuple[str, str], list[str]] = {}
    toelichting: list[Blok] = []
    for soort in ("bevorderend", "belemmerend"):
        for feit in feiten.beantwoord(f"factoren_{soort}"):
            vraag, waarde = feit.vraag, feit.waarde
            if isinstance(waarde, list) and vraag.soort in ("meerkeuze", "lijst"):
                cel = cellen.setdefault((vraag.domein or "overig", soort), [])
                cel.extend(toon(vraag, [w]) for w in waarde)
            elif waarde is not None and vraag.domein is not None:
                cellen.setdefault((vraag.domein, soort), []).append(toon(vraag, waarde))
            elif waarde is not None:
                tekst = toon(vraag, waarde)
                toelichting.append(Alinea(tekst, "antwoord", vraag.titel, (), vraag.id))
    vast = [d for d in DOMEINEN if d != "overig"]
    domeinen = [*vast, *(["overig"] if any(d == "overig" for d, _ in cellen) else [])]
    rijen = tuple(
        (
            DOMEINEN[d],
            "\n".join(cellen.get((d, "bevorderend"), [])) or LEEG,
            "\n".join(cellen.get((d, "belemmerend"), [])) or LEEG,
        )
        for d in domeinen
    )
    blokken: list[Blok] = [Tabel("factoren", FACTOR_KOLOMMEN, rijen)]
    for soort in ("bevorderend", "belemmerend"):
        if not any(s == soort for _, s in cellen) and not feiten.beantwoord(f"factoren_{soort}"):
            blokken.append(Alinea(nog_invullen(f"{soort}e factoren"), "ontbreekt"))
    return blokken + toelichting


def doelteksten(feiten: Feiten) -> list[tuple[str, str]]:
    """(vraag-id, doel) voor elk doel van een vraag met de rol doel."""
    uit: list[tuple[str, str]] = []
    for feit in feiten.met_rol("doel"):
        if not heeft_inhoud(feit.waarde):
            continue
        waarde = feit.waarde
        items = waarde if isinstance(waarde, list) else [str(waarde)]
        uit.extend((feit.vraag.id, item) for item in items if item)
    return uit


def beoordeel_doelen(feiten: Feiten, doelcheck: Doelchecker) -> tuple[Doel, ...]:
    """Elk doel met het oordeel van de doelcheck: één keer, voor tabel en controles samen."""
    return tuple(
        Doel(tekst, vraag_id, doelcheck(tekst), vraag_id in feiten.aanvaard)
        for vraag_id, tekst in doelteksten(feiten)
    )


def doelen(feiten: Feiten, beoordeeld: tuple[Doel, ...]) -> list[Blok]:
    wie = _wie(feiten)
    rijen: list[tuple[str, ...]] = [
        (doel.tekst, *_slots(doel.tekst, doel.oordeel), wie) for doel in beoordeeld
    ]
    blokken: list[Blok] = []
    if not rijen:
        rijen = [(nog_invullen("doel"), *(nog_invullen(k.lower()) for k in DOEL_KOLOMMEN[1:]))]
    blokken.append(Tabel("doelen", DOEL_KOLOMMEN, tuple(tuple(r) for r in rijen)))
    for vraag_id, reden in feiten.aanvaard.items():
        feit = next((f for f in feiten.in_sectie("doelen") if f.vraag.id == vraag_id), None)
        if feit is not None and heeft_inhoud(feit.waarde):
            blokken.append(Alinea(reden, "antwoord", "Bewust zo geformuleerd", (), vraag_id))
    rest = generieke_blokken(feiten, ("doelen",), "Doelen", zonder=frozenset({"doel"}))
    blokken.extend(b for b in rest if not (isinstance(b, Alinea) and b.herkomst == "ontbreekt"))
    return blokken


def _wie(feiten: Feiten) -> str:
    feit = feiten.feit("aanpak_wie")
    if feit is not None and feit.waarde:
        return toon(feit.vraag, feit.waarde)
    return nog_invullen("wie")


def _slots(tekst: str, oordeel: Any) -> tuple[str, str, str]:
    ontbreekt = {str(o) for o in (getattr(oordeel, "ontbreekt", None) or ())}
    uit: list[str] = []
    for element, patroon in (("criterium", _CRITERIUM), ("termijn", _TERMIJN)):
        if element in ontbreekt:
            uit.append(nog_invullen(element))
            continue
        gevonden = _uit_signalen(tekst, oordeel, element) or _zoek(patroon, tekst)
        if gevonden:
            uit.append(gevonden)
        else:
            uit.append("staat in het doel" if oordeel is not None else nog_invullen(element))
    uit.append(_meting(tekst, oordeel))
    return uit[0], uit[1], uit[2]


def _meting(tekst: str, oordeel: Any) -> str:
    """Wat het doel zelf noemt; een instrument dat de doelcheck voorstelt, heet 'voorstel'."""
    genoemd = _zoek(_METING, tekst)
    if genoemd:
        return genoemd
    instrument = getattr(oordeel, "meetinstrument", None)
    if not instrument:
        return nog_invullen("meting")
    instrument = str(instrument)
    return instrument if instrument.lower() in tekst.lower() else f"{instrument} (voorstel)"


def _uit_signalen(tekst: str, oordeel: Any, element: str) -> str:
    for signaal in getattr(oordeel, "signalen", None) or ():
        if getattr(signaal, "soort", None) != element:
            continue
        begin, eind = getattr(signaal, "begin", None), getattr(signaal, "eind", None)
        if isinstance(begin, int) and isinstance(eind, int) and 0 <= begin < eind:
            return tekst[begin:eind].strip()
        woorden = getattr(signaal, "woorden", None)
        if woorden:
            return woorden if isinstance(woorden, str) else " ".join(map(str, woorden))
    return ""


def _zoek(patroon: re.Pattern[str], tekst: str) -> str:
    """De gevonden stukken; een criterium dat eigenlijk een termijn is telt niet mee."""
    termijnen = [m.span() for m in _TERMIJN.finditer(tekst)] if patroon is _CRITERIUM else []
    delen = [
        m.group(0).strip(" ,.") for m in patroon.finditer(tekst)
        if not any(b < m.end() and m.start() < e for b, e in termijnen)
    ]
    return ", ".join(dict.fromkeys(delen))


_GETAL = r"(?:\d+(?:[.,]\d+)?|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf)"
_MAAND = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december)"
)
_CRITERIUM = re.compile(
    rf"\b(?:(?:minimaal|minstens|ten minste|hooguit|maximaal|binnen)\s+)?{_GETAL}\s+van\s+de\s+"
    rf"{_GETAL}(?:\s+\w+)?"
    rf"|\b(?:minimaal|minstens|ten minste|hooguit|maximaal|binnen)\s+{_GETAL}\s+\w+"
    rf"(?:\s+per\s+\w+)?"
    rf"|\b{_GETAL}\s*(?:%|procent)"
    rf"|\b{_GETAL}\s+(?:keer|woorden)\s+per\s+\w+"
    r"|\b(?:elke|iedere)\s+(?:dag|les|ochtend|middag|week)\b|\bfoutloos\b"
    r"|\bAVI-niveau\s+\w+|\b[12][FS]\b",
    re.IGNORECASE,
)
_TERMIJN = re.compile(
    rf"\b(?:voor|vóór|tot|na|uiterlijk|bij de evaluatie in|in|op)\s+(?:de\s+)?\w*vakantie\b"
    rf"|\b(?:binnen|na|over)\s+{_GETAL}\s+weken\b"
    r"|\b(?:aan het )?eind(?:e)?\s+(?:van\s+)?(?:periode|blok)\s+\d+"
    rf"|\b(?:uiterlijk|voor|vóór|op|tot)\s+\d{{1,2}}\s+{_MAAND}(?:\s+\d{{4}})?"
    rf"|\b(?:in|eind|bij de evaluatie in)\s+{_MAAND}\b"
    r"|\b\d{1,2}-\d{1,2}-\d{4}\b",
    re.IGNORECASE,
)
_METING = re.compile(
    r"\b(?:methodetoets|tempotoets|turflijst|observatielijst|observatie|cito(?:-toets)?"
    r"|dmt(?:-kaart)?|avi|zien!?|rubric|checklist|kindgesprek|incidentregistratie"
    r"|leerlingvolgsysteem)\b",
    re.IGNORECASE,
)
