"""Hoe lang wordt het document op papier? Een schatting per blok, met de maten van Word.

Woorden tellen alleen zegt te weinig: een tabel met een smalle kolom of een tekenblad op een eigen
pagina neemt veel meer ruimte in dan zijn woorden. Daarom rekent de assistent met de bladspiegel
die de Word-export ook gebruikt (A4, marges, lettergrootte, kolombreedtes): per alinea het aantal
regels, per tabelrij de hoogste cel. Een test legt de schatting naast wat LibreOffice echt
opmaakt (tests/test_documenten_paginas.py); ze mag hooguit een pagina schelen.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from assistent.kern.concept.model import (
    Alinea,
    Blok,
    Gegevens,
    OppConcept,
    Schrijfruimte,
    Tabel,
    Tekenvak,
)

PT_PER_CM = 72 / 2.54
A4_HOOGTE = 29.7
A4_BREEDTE = 21.0
# De gemiddelde breedte van een teken in Calibri, als deel van de lettergrootte.
TEKENBREEDTE = 0.49
REGELHOOGTE = 1.22
CELMARGE = 0.38  # cm links en rechts samen, binnen een tabelcel


@dataclass(frozen=True)
class Bladspiegel:
    """De maten van één soort document, in cm en punten."""

    marge_boven: float = 1.8
    marge_zij: float = 2.2
    tekst: float = 10.5
    tabel: float = 9.5
    titel: float = 18
    kop1: float = 13
    kop2: float = 11
    voor_kop1: float = 10
    voor_kop2: float = 6
    na_alinea: float = 3

    @property
    def breedte(self) -> float:
        return A4_BREEDTE - 2 * self.marge_zij

    @property
    def hoogte_pt(self) -> float:
        return (A4_HOOGTE - 2 * self.marge_boven) * PT_PER_CM


BLADSPIEGEL: dict[str, Bladspiegel] = {
    "opp": Bladspiegel(),
    "agenda": Bladspiegel(),
    # Het kinddeel: een grotere, rustige letter voor een kind, en alles op één A4.
    "kinddeel": Bladspiegel(marge_boven=1.5, marge_zij=2.0, tekst=12.5, tabel=12, titel=20,
                            kop1=14, kop2=13, voor_kop1=7, voor_kop2=6, na_alinea=2),
}
# Kolombreedtes in cm per tabel (bruikbare breedte 16,6 cm); de Word-export gebruikt ze ook.
BREEDTES: dict[str, tuple[float, ...]] = {
    "factoren": (2.4, 7.1, 7.1),
    "doelen": (0.8, 6.9, 3.0, 2.9, 3.0),
    "evaluatie": (1.8, 1.7, 1.5, 1.5, 10.1),
    "gegevens": (4.2, 12.4),
    "ondertekening": (4.4, 4.4, 2.6, 5.2),
    "instemming": (3.6, 3.6, 3.0, 2.4, 4.0),
    # De korte evaluatie van de vorige versie: het doel krijgt de ruimte, oordeel en besluit
    # zijn één woord.
    "vorige_versie": (8.6, 4.0, 2.0, 2.0),
}
TEKENRIJ_CM = 1.5  # hoog genoeg voor een handtekening
# Rijen om met de hand in te vullen (de evaluatie per doel): hoog genoeg om te schrijven.
RIJHOOGTE: dict[str, float] = {"evaluatie": 1.0}
SCHRIJFREGEL_CM = 0.8
TUSSENRUIMTE_PT = 6  # de lage lege alinea na een tabel
OPMERKINGEN_CM = 2.5
# Gemeten met LibreOffice: zo vol raakt een pagina gemiddeld voordat iets doorschuift.
VULLING = 1.0
MIN_TEKENVAK_CM = 4.0
MAX_TEKENVAK_CM = 11.0


def regels(tekst: str, breedte_cm: float, grootte: float) -> int:
    """Het aantal regels dat een tekst nodig heeft in een kolom van deze breedte."""
    per_regel = max(8, int(breedte_cm * PT_PER_CM / (grootte * TEKENBREEDTE)))
    return sum(max(1, math.ceil(len(deel) / per_regel)) for deel in tekst.split("\n"))


def _regelhoogte(grootte: float) -> float:
    return grootte * REGELHOOGTE


def _alinea(blok: Alinea, s: Bladspiegel) -> float:
    hoogte = 0.0
    tekst = f"{blok.kop}: {blok.tekst}" if blok.kop else blok.tekst
    punten: tuple[str, ...] = blok.punten
    if blok.kop and punten and not blok.tekst and len("; ".join(punten)) <= 160:
        tekst, punten = f"{blok.kop}: {'; '.join(punten)}", ()
    if tekst:
        for deel in (d for d in tekst.split("\n\n") if d.strip()):
            hoogte += regels(deel, s.breedte, s.tekst) * _regelhoogte(s.tekst) + s.na_alinea
    for punt in punten:
        hoogte += regels(punt, s.breedte - 0.9, s.tekst) * _regelhoogte(s.tekst) + 1
    return hoogte


def _rijen(rijen: list[tuple[str, ...]], breedtes: tuple[float, ...], grootte: float,
           min_cm: float = 0) -> float:
    hoogte = 0.0
    for rij in rijen:
        lijnen = max(regels(c, b - CELMARGE, grootte) for c, b in zip(rij, breedtes, strict=True))
        hoogte += max(lijnen * _regelhoogte(grootte) + 2, min_cm * PT_PER_CM)
    return hoogte


def _tabel(blok: Tabel, s: Bladspiegel) -> float:
    breedtes = BREEDTES.get(blok.sleutel) or tuple(
        s.breedte / len(blok.kolommen) for _ in blok.kolommen)
    return (_rijen([blok.kolommen], breedtes, s.tabel)
            + _rijen(list(blok.rijen), breedtes, s.tabel, RIJHOOGTE.get(blok.sleutel, 0))
            + _leeg(s))


def _leeg(s: Bladspiegel) -> float:
    """De lage lege alinea die de export na een tabel zet."""
    return float(TUSSENRUIMTE_PT)


def blokhoogte(blok: Blok, s: Bladspiegel) -> float:
    """De hoogte van één blok in punten (zonder tekenvak in het kinddeel: dat vult de rest)."""
    if isinstance(blok, Alinea):
        return _alinea(blok, s)
    if isinstance(blok, Tabel):
        return _tabel(blok, s)
    if isinstance(blok, Gegevens):
        return _rijen(list(blok.regels), BREEDTES["gegevens"], s.tekst) + _leeg(s)
    if isinstance(blok, Schrijfruimte):
        return (_regelhoogte(s.tekst) + s.na_alinea + blok.regels * SCHRIJFREGEL_CM * PT_PER_CM
                + _leeg(s))
    if isinstance(blok, Tekenvak):
        return _regelhoogte(s.tekst) + s.na_alinea + _leeg(s)
    return 0.0


def _kop(titel: str, niveau: int, s: Bladspiegel) -> float:
    grootte, voor = (s.kop1, s.voor_kop1) if niveau <= 1 else (s.kop2, s.voor_kop2)
    return regels(titel, s.breedte, grootte) * _regelhoogte(grootte) + voor + 3


def inhoud_hoogte(concept: OppConcept) -> float:
    """De hoogte van alles vóór het tekenblad, in punten."""
    s = BLADSPIEGEL.get(concept.document, Bladspiegel())
    hoogte = _regelhoogte(s.titel) * 1.6 + _regelhoogte(s.tekst) + s.na_alinea
    for sectie in concept.secties:
        if sectie.titel:
            hoogte += _kop(sectie.titel, sectie.niveau, s)
        hoogte += sum(blokhoogte(b, s) for b in sectie.blokken)
    return hoogte


def tekenblad_hoogte(concept: OppConcept) -> float:
    o = concept.ondertekening
    if o is None:
        return 0.0
    s = BLADSPIEGEL.get(concept.document, Bladspiegel())
    hoogte = _kop(o.titel, 1, s)
    for blok in o.blokken:
        keuzes = any(r.keuzes for r in blok.regels)
        breedtes = BREEDTES["instemming" if keuzes else "ondertekening"]
        hoogte += _kop(blok.titel, 2, s) + regels(blok.uitleg, s.breedte, s.tekst) * (
            _regelhoogte(s.tekst)) + s.na_alinea
        kop = ("Wie", "Naam", *(("Instemming",) if keuzes else ()), "Datum", "Handtekening")
        rijen = [(r.rol, r.naam, *(("\n".join(r.keuzes),) if keuzes else ()), "", "")
                 for r in blok.regels]
        hoogte += _rijen([kop], breedtes, s.tabel) + _rijen(rijen, breedtes, s.tabel,
                                                              TEKENRIJ_CM) + _leeg(s)
    hoogte += _regelhoogte(s.tekst) + OPMERKINGEN_CM * PT_PER_CM + _leeg(s)
    if o.toelichting:
        hoogte += regels(o.toelichting, s.breedte, 9) * _regelhoogte(9)
    return hoogte


def paginas(concept: OppConcept) -> int:
    """Het geschatte aantal A4 in Word; het tekenblad begint op een eigen pagina."""
    s = BLADSPIEGEL.get(concept.document, Bladspiegel())
    # Een pagina vult nooit helemaal: een tabelrij of kop die niet past, schuift door.
    netto = s.hoogte_pt * VULLING
    aantal = max(1, math.ceil(inhoud_hoogte(concept) / netto))
    if concept.ondertekening is not None:
        aantal += max(1, math.ceil(tekenblad_hoogte(concept) / s.hoogte_pt))
    return aantal


def kinddeel_tekenvak(concept: OppConcept) -> float:
    """Zo hoog dat het kinddeel precies op één A4 blijft, maar nooit kleiner dan 4 cm."""
    s = BLADSPIEGEL["kinddeel"]
    over = (s.hoogte_pt * 0.98 - inhoud_hoogte(concept)) / PT_PER_CM
    return round(min(MAX_TEKENVAK_CM, max(MIN_TEKENVAK_CM, over)), 1)
