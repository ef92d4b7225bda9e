"""Twee schrijvers, één sessie: samenvoegen per antwoord, zonder iets stil te laten verdwijnen.

Dezelfde sessie kan in twee vensters open staan, of in de chat terwijl een script
`opp-assistent invullen` draait. Voordat de assistent schrijft, vergelijkt hij wat er nu op
schijf staat met wat hij eerder las (`basis`). Is het veranderd, dan voegt hij per antwoord
samen, zoals git dat per regel doet:

- alleen hier veranderd: dit antwoord; alleen daar veranderd: dat antwoord (overgenomen);
- aan beide kanten anders veranderd: een conflict. Dan blijft het antwoord van hier staan,
  en bewaart `opslag` de andere versie als conflictkopie, zodat er niets verloren gaat.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from assistent.kern.sessie.model import Meting, Sessie

_GEEN = object()  # het antwoord ontbreekt aan die kant


@dataclass
class Samenvoeging:
    """Wat het samenvoegen deed; de sessie zelf is bijgewerkt."""

    overgenomen: list[str] = field(default_factory=list)  # vraag-id's van de andere kant
    conflicten: list[str] = field(default_factory=list)  # aan beide kanten anders


def _gelijk(a: Any, b: Any) -> bool:
    """Gelijk in waarde én soort: `1`, `1.0` en `true` zijn voor een antwoord niet hetzelfde."""
    return type(a) is type(b) and bool(a == b)


def _drieweg(basis: Any, hier: Any, daar: Any) -> tuple[Any, str]:
    """De samengevoegde waarde en wat er gebeurde: 'gelijk', 'hier', 'daar' of 'conflict'."""
    if _gelijk(hier, daar):
        return hier, "gelijk"
    if _gelijk(hier, basis):
        return daar, "daar"
    if _gelijk(daar, basis):
        return hier, "hier"
    return hier, "conflict"


def _tabellen(
    basis: Mapping[str, Any], hier: Mapping[str, Any], daar: Mapping[str, Any],
) -> tuple[dict[str, Any], list[str], list[str]]:
    uit: dict[str, Any] = {}
    overgenomen: list[str] = []
    conflicten: list[str] = []
    for sleutel in dict.fromkeys([*hier, *daar, *basis]):
        waarde, wat = _drieweg(
            basis.get(sleutel, _GEEN), hier.get(sleutel, _GEEN), daar.get(sleutel, _GEEN)
        )
        if wat == "daar":
            overgenomen.append(sleutel)
        elif wat == "conflict":
            conflicten.append(sleutel)
        if waarde is not _GEEN:
            uit[sleutel] = waarde
    return uit, overgenomen, conflicten


def _leden(basis: list[str], hier: list[str], daar: list[str]) -> list[str]:
    """Een lijst als verzameling (`overgeslagen`): per id erin of eruit, volgorde van hier."""
    uit = []
    for lid in dict.fromkeys([*hier, *daar]):
        waarde, _ = _drieweg(lid in basis, lid in hier, lid in daar)
        if waarde:
            uit.append(lid)
    return uit


def _metingen(basis: Sessie, hier: Sessie, daar: Sessie) -> dict[str, list[Meting]]:
    """Per doel als verzameling: een meting die aan één kant is toegevoegd komt erbij, een die
    aan één kant is weggehaald gaat weg; volgorde op datum."""
    uit: dict[str, list[Meting]] = {}
    for nummer in dict.fromkeys([*hier.metingen, *daar.metingen]):
        b, h, d = (s.metingen.get(nummer, []) for s in (basis, hier, daar))
        samen = [m for m in dict.fromkeys(
            (m.datum, m.waarde) for m in [*h, *d]
        ) if _drieweg(m in {(x.datum, x.waarde) for x in b},
                      m in {(x.datum, x.waarde) for x in h},
                      m in {(x.datum, x.waarde) for x in d})[0]]
        if samen:
            uit[nummer] = [Meting(datum=dag, waarde=w) for dag, w in sorted(samen, key=_dag)]
    return uit


def _dag(meting: tuple[Any, str]) -> Any:
    return meting[0]


def voeg_samen(basis: Sessie, hier: Sessie, daar: Sessie) -> Samenvoeging:
    """Zet in `hier` wat `daar` veranderde sinds `basis`; geeft terug wat er gebeurde."""
    uitkomst = Samenvoeging()
    antwoorden, overgenomen, conflicten = _tabellen(basis.antwoorden, hier.antwoorden,
                                                    daar.antwoorden)
    uitkomst.overgenomen += overgenomen
    uitkomst.conflicten += conflicten
    aanvaard, _, conflicten = _tabellen(basis.aanvaard, hier.aanvaard, daar.aanvaard)
    uitkomst.conflicten += [f"aanvaard.{c}" for c in conflicten]
    # Notities zijn afgeleid (het advies): bij een conflict telt die van hier, die wordt bij
    # het volgende antwoord toch opnieuw berekend.
    notities, _, _ = _tabellen(basis.notities, hier.notities, daar.notities)
    lijsten, wat = _drieweg(basis.vragenlijsten, hier.vragenlijsten, daar.vragenlijsten)
    if wat == "conflict":
        uitkomst.conflicten.append("vragenlijsten")
    hier.antwoorden = antwoorden
    hier.aanvaard = aanvaard
    hier.notities = notities
    hier.vragenlijsten = list(lijsten)
    hier.overgeslagen = _leden(basis.overgeslagen, hier.overgeslagen, daar.overgeslagen)
    hier.metingen = _metingen(basis, hier, daar)
    # Bijstellen maakt een nieuwe versie: is dat alleen daar gebeurd, dan neemt hier die over.
    if len(daar.versies) > len(hier.versies) and len(hier.versies) == len(basis.versies):
        hier.versies = daar.versies
        hier.versie_datum, hier.wijziging, hier.reden = (daar.versie_datum, daar.wijziging,
                                                         daar.reden)
        uitkomst.overgenomen.append("versies")
    elif hier.versies != daar.versies and len(daar.versies) != len(basis.versies):
        uitkomst.conflicten.append("versies")
    hier.bijgewerkt = max(hier.bijgewerkt, daar.bijgewerkt)
    return uitkomst
