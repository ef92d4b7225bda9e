"""De vindplaatsen: waar in de tekst de check elk element vond, als leesbare stukken.

De herkenning kent de plekken al (`Analyse.gedragplekken` enzovoort); hier worden ze wat een
mens in een tabel wil zien. Een termijn krijgt zijn voorzetsel erbij ("voor de kerstvakantie",
niet alleen "kerstvakantie"), en stukken van één element die elkaar overlappen of alleen door
een verbindingswoord gescheiden zijn, worden één vindplaats ("bij de evaluatie in maart").
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from assistent.kern.doelcheck.analyse import Analyse
from assistent.kern.doelcheck.oordeel import VINDPLAATS_ELEMENTEN, Vindplaats
from assistent.kern.doelcheck.patronen import Span
from assistent.kern.doelcheck.woordronde import Woordreeks

_VOORZETSELS: Final = frozenset(
    "voor vóór na tot rond tegen tijdens uiterlijk vanaf in op bij eind begin medio".split()
)
_LIDWOORDEN: Final = ("de", "het")
_VERBINDINGSWOORDEN: Final = frozenset("in op van tot en per".split())


def vindplaatsen(a: Analyse, instrumentplek: Span | None) -> tuple[Vindplaats, ...]:
    """Alle vindplaatsen, op volgorde in de tekst (en bij gelijke plek in de volgorde van
    `VINDPLAATS_ELEMENTEN`)."""
    reeks = a.reeks
    per_element = (
        a.gedragplekken,
        a.criteriumplekken,
        [_met_voorzetsel(reeks, plek) for plek in a.termijnplekken],
        [instrumentplek] if instrumentplek else [],
    )  # in de volgorde van `VINDPLAATS_ELEMENTEN`
    plekken: list[tuple[int, int, int]] = []
    for volgorde, spans in enumerate(per_element):
        for b, e in _samengevoegd(reeks.tekst, spans) if len(spans) > 1 else spans:
            plekken.append((b, e, volgorde))
    plekken.sort()
    tekst = reeks.tekst
    return tuple(
        [Vindplaats(VINDPLAATS_ELEMENTEN[v], b, e, tekst[b:e]) for b, e, v in plekken]
    )


def _met_voorzetsel(reeks: Woordreeks, plek: Span) -> Span:
    """De termijn met het voorzetsel (en lidwoord) ervoor, als die er los voor staan."""
    b, e = plek
    i = bisect_left(reeks.begins, b)  # het woord waarmee de termijn begint
    if i == len(reeks.begins) or reeks.begins[i] != b:
        return plek
    j = i
    if j >= 1 and reeks.woorden[j - 1] in _LIDWOORDEN:
        j -= 1
    if j >= 1 and reeks.woorden[j - 1] in _VOORZETSELS:
        j -= 1
    else:
        j = i  # een lidwoord alleen hoort er niet bij
    if j == i or not _alleen_witruimte(reeks, j, i):
        return plek
    return reeks.begins[j], e


def _alleen_witruimte(reeks: Woordreeks, van: int, tot: int) -> bool:
    """Staat er tussen de woorden van `van` tot en met `tot` alleen witruimte?"""
    tekst = reeks.tekst
    return all(
        tekst[reeks.einden[k] : reeks.begins[k + 1]].isspace() for k in range(van, tot)
    )


def _samengevoegd(tekst: str, spans: list[Span]) -> list[Span]:
    """De spans op volgorde; die elkaar raken of overlappen, en die met alleen witruimte en
    hooguit één verbindingswoord ertussen, samengevoegd."""
    uit: list[Span] = []
    for b, e in sorted(spans):
        if uit and (b <= uit[-1][1] or _verbonden(tekst[uit[-1][1] : b])):
            uit[-1] = (uit[-1][0], max(e, uit[-1][1]))
        else:
            uit.append((b, e))
    return uit


def _verbonden(tussen: str) -> bool:
    woorden = tussen.split()
    return tussen[:1].isspace() and tussen[-1:].isspace() and (
        not woorden or (len(woorden) == 1 and woorden[0].lower() in _VERBINDINGSWOORDEN)
    )
