"""Is het criterium van een doel gehaald? Alleen waar het uit de tekst te rekenen is.

Drie vormen zijn te rekenen: "x van de y" (4 van de 5 lessen), een aantal per tijdseenheid
(40 woorden per minuut) en een percentage (80%). Staat er iets anders in het doel, of past de
meting niet bij de vorm van het doel, dan is het antwoord `None`: dan beslist een mens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Vorm = Literal["verhouding", "tempo", "procent"]

_GETAL = r"(\d+(?:[.,]\d+)?)"
_WOORDGETALLEN = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "twintig": 20,
}
_WOORD = "|".join(sorted(_WOORDGETALLEN, key=len, reverse=True))
_AANTAL = rf"(\d+|{_WOORD})"
_VERHOUDING = re.compile(rf"\b{_AANTAL}\s*(?:van\s+de|van|op\s+de|op|uit|/)\s*{_AANTAL}\b",
                         re.IGNORECASE)
_PROCENT = re.compile(rf"{_GETAL}\s*(?:%|procent\b)", re.IGNORECASE)
_TEMPO = re.compile(
    rf"{_GETAL}\s+(?:[a-zà-ÿ-]+\s+){{0,3}}?(?:per|in\s+een|in\s+één|in\s+1|p/?)\s*"
    r"(minuut|min\b|uur|dag|week|les)", re.IGNORECASE,
)
# Woorden die van een ondergrens een bovengrens maken ("hooguit 2 van de 5 keer boos").
_HOOGUIT = re.compile(r"\b(hooguit|hoogstens|maximaal|ten hoogste|minder dan|niet meer dan|"
                      r"max\.?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Norm:
    """Wat een doel vraagt: de vorm, de grens (als fractie, tempo of percentage) en of het
    een ondergrens (minstens) of bovengrens (hooguit) is."""

    vorm: Vorm
    grens: float
    hooguit: bool = False
    eenheid: str = ""  # bij tempo: minuut, uur, ...


def _aantal(tekst: str) -> float:
    tekst = tekst.lower()
    return float(_WOORDGETALLEN[tekst]) if tekst in _WOORDGETALLEN else float(tekst)


def _getal(tekst: str) -> float:
    return float(tekst.replace(",", "."))


def _eenheid(tekst: str) -> str:
    tekst = tekst.lower()
    return "minuut" if tekst == "min" else tekst


def _lees(tekst: str) -> tuple[Vorm, float, str, int] | None:
    """De eerste rekenbare maat in een tekst: vorm, waarde, eenheid en waar hij begint."""
    kandidaten: list[tuple[int, Vorm, float, str]] = []
    if m := _PROCENT.search(tekst):
        kandidaten.append((m.start(), "procent", _getal(m.group(1)), ""))
    if m := _TEMPO.search(tekst):
        kandidaten.append((m.start(), "tempo", _getal(m.group(1)), _eenheid(m.group(2))))
    if m := _VERHOUDING.search(tekst):
        noemer = _aantal(m.group(2))
        if noemer > 0 and _aantal(m.group(1)) <= noemer:
            kandidaten.append((m.start(), "verhouding", _aantal(m.group(1)) / noemer, ""))
    if not kandidaten:
        return None
    begin, vorm, waarde, eenheid = min(kandidaten, key=lambda k: k[0])
    return vorm, waarde, eenheid, begin


def norm(doel: str) -> Norm | None:
    """De rekenbare norm uit een doeltekst, of None als die er niet in staat."""
    gelezen = _lees(doel)
    if gelezen is None:
        return None
    vorm, waarde, eenheid, begin = gelezen
    hooguit = bool(_HOOGUIT.search(doel[:begin]))
    return Norm(vorm, waarde, hooguit, eenheid)


def waarde(meting: str, gevraagd: Norm) -> float | None:
    """De meting in de vorm van de norm (fractie, tempo of percentage), of None als ze niet
    bij elkaar passen. Een percentage en een verhouding zijn om te rekenen."""
    gelezen = _lees(meting)
    if gelezen is None:
        kaal = re.fullmatch(rf"\s*{_GETAL}\s*", meting)
        if kaal is None:
            return None
        # Alleen een getal: in de eenheid van het doel; bij "x van de y" weet je niet van hoeveel.
        return None if gevraagd.vorm == "verhouding" else _getal(kaal.group(1))
    vorm, getal, eenheid, _ = gelezen
    if vorm == gevraagd.vorm:
        if vorm == "tempo" and eenheid != gevraagd.eenheid:
            return None
        return getal
    if {vorm, gevraagd.vorm} == {"verhouding", "procent"}:
        return getal * 100 if vorm == "verhouding" else getal / 100
    return None


def gehaald(doel: str, meting: str) -> bool | None:
    """Of deze meting het criterium van het doel haalt; None als dat niet te rekenen is."""
    gevraagd = norm(doel)
    if gevraagd is None:
        return None
    gemeten = waarde(meting, gevraagd)
    if gemeten is None:
        return None
    marge = 1e-9
    return gemeten <= gevraagd.grens + marge if gevraagd.hooguit \
        else gemeten >= gevraagd.grens - marge


def deel_van_criterium(doel: str, meting: str) -> float | None:
    """Hoe ver deze meting op weg is naar het criterium, van 0 tot 1 (1: gehaald); None als
    dat niet te rekenen is. Bij "hooguit" is minder beter: boven de grens zakt het deel."""
    gevraagd = norm(doel)
    if gevraagd is None or gevraagd.grens <= 0:
        return None
    gemeten = waarde(meting, gevraagd)
    if gemeten is None:
        return None
    if gevraagd.hooguit:
        return 1.0 if gemeten <= gevraagd.grens else gevraagd.grens / gemeten
    return min(1.0, max(0.0, gemeten / gevraagd.grens))
