"""De velden van formaat 2 controleren: metingen per doel en eerdere versies van het OPP.

Apart van `velden.py`, dat de antwoorden controleert; de meldingen noemen het veld net zo.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from assistent.kern.sessie.model import Meting, Versie

_VERSIEVELDEN = {"versie", "datum", "wijziging", "reden", "antwoorden", "metingen", "doelen",
                 "oordelen", "besluiten", "vragenlijsten", "evaluatie",
                 "terugblik"}
TERUGBLIK = ("kind_terugblik", "ouders_terugblik")
OORDELEN = ("behaald", "deels", "niet")
BESLUITEN = ("doorgaan", "bijstellen", "afsluiten")
MAX_METINGEN = 500  # per doel; een meting per schooldag is al ruim


class CyclusFout(ValueError):
    """Eén veld dat niet klopt; `velden.sessie_uit` maakt er een `VeldFout` van."""

    def __init__(self, veld: str, uitleg: str) -> None:
        super().__init__(f"{veld}: {uitleg}")
        self.veld = veld
        self.uitleg = uitleg


def datum(waarde: Any, veld: str) -> date:
    """Een TOML-datum (of datum met tijd, dan telt de dag) of een tekst als 2026-11-28."""
    if isinstance(waarde, str):
        try:
            waarde = date.fromisoformat(waarde.strip())
        except ValueError:
            raise CyclusFout(veld, "geen datum zoals 2026-11-28") from None
    if isinstance(waarde, datetime):
        return waarde.date()
    if not isinstance(waarde, date):
        raise CyclusFout(veld, "moet een datum zijn, zoals 2026-11-28")
    return waarde


def tekst(waarde: Any, veld: str) -> str:
    if not isinstance(waarde, str):
        raise CyclusFout(veld, "moet een tekst zijn")
    return waarde


def metingen_uit(ruw: Any, veld: str = "metingen") -> dict[str, list[Meting]]:
    """`[[metingen.1]]` met `datum` en `waarde`, per doelnummer."""
    if not isinstance(ruw, dict):
        raise CyclusFout(veld, f"moet een tabel zijn: [{veld}]")
    uit: dict[str, list[Meting]] = {}
    for nummer, lijst in ruw.items():
        plek = f"{veld}.{nummer}"
        if not nummer.isdigit() or int(nummer) < 1:
            raise CyclusFout(plek, "de sleutel is het nummer van het doel: 1, 2, 3 ...")
        if not isinstance(lijst, list) or not all(isinstance(m, dict) for m in lijst):
            raise CyclusFout(plek, "moet een lijst metingen zijn: [[" + plek + "]]")
        if len(lijst) > MAX_METINGEN:
            raise CyclusFout(plek, f"meer dan {MAX_METINGEN} metingen")
        metingen = []
        for meting in lijst:
            if set(meting) - {"datum", "waarde"}:
                raise CyclusFout(plek, "een meting heeft alleen 'datum' en 'waarde'")
            waarde = tekst(meting.get("waarde"), f"{plek}.waarde").strip()
            if not waarde:
                raise CyclusFout(f"{plek}.waarde", "mag niet leeg zijn")
            metingen.append(Meting(datum=datum(meting.get("datum"), f"{plek}.datum"),
                                   waarde=waarde))
        uit[str(int(nummer))] = metingen
    return uit


def _keuzes(ruw: Any, veld: str, toegestaan: tuple[str, ...]) -> dict[str, str]:
    if not isinstance(ruw, dict):
        raise CyclusFout(veld, "moet een tabel zijn")
    for nummer, waarde in ruw.items():
        if not nummer.isdigit() or waarde not in toegestaan:
            raise CyclusFout(f"{veld}.{nummer}", f"per doelnummer een van: {', '.join(toegestaan)}")
    return dict(ruw)


def versies_uit(ruw: Any, antwoord: Callable[[str, Any], Any]) -> list[Versie]:
    """`[[versies]]`: de afgesloten versies, oplopend genummerd vanaf 1."""
    if not isinstance(ruw, list) or not all(isinstance(v, dict) for v in ruw):
        raise CyclusFout("versies", "moet een lijst versies zijn: [[versies]]")
    uit: list[Versie] = []
    for plaats, versie in enumerate(ruw, start=1):
        plek = f"versies.{plaats}"
        onbekend = sorted(set(versie) - _VERSIEVELDEN)
        if onbekend:
            raise CyclusFout(f"{plek}.{onbekend[0]}", "is geen bekend veld")
        if type(versie.get("versie")) is not int or versie["versie"] != plaats:
            raise CyclusFout(f"{plek}.versie", f"moet het getal {plaats} zijn (op volgorde)")
        antwoorden = versie.get("antwoorden", {})
        if not isinstance(antwoorden, dict):
            raise CyclusFout(f"{plek}.antwoorden", "moet een tabel zijn")
        uit.append(Versie(
            versie=plaats,
            datum=datum(versie.get("datum"), f"{plek}.datum"),
            wijziging=tekst(versie.get("wijziging", ""), f"{plek}.wijziging"),
            reden=tekst(versie.get("reden", ""), f"{plek}.reden"),
            antwoorden={k: antwoord(k, v) for k, v in antwoorden.items()},
            metingen=metingen_uit(versie.get("metingen", {}), f"{plek}.metingen"),
            doelen=_doelen(versie.get("doelen", []), f"{plek}.doelen"),
            oordelen=_keuzes(versie.get("oordelen", {}), f"{plek}.oordelen", OORDELEN),
            besluiten=_keuzes(versie.get("besluiten", {}), f"{plek}.besluiten", BESLUITEN),
            vragenlijsten=_doelen(versie.get("vragenlijsten", []), f"{plek}.vragenlijsten"),
            evaluatie=(datum(versie["evaluatie"], f"{plek}.evaluatie")
                       if "evaluatie" in versie else None),
            terugblik=_terugblik(versie.get("terugblik", {}), f"{plek}.terugblik"),
        ))
    return uit


def _doelen(ruw: Any, veld: str) -> list[str]:
    if not isinstance(ruw, list) or not all(isinstance(d, str) for d in ruw):
        raise CyclusFout(veld, "moet een lijst met teksten zijn")
    return list(ruw)


def _terugblik(ruw: Any, veld: str) -> dict[str, str]:
    if not isinstance(ruw, dict):
        raise CyclusFout(veld, "moet een tabel zijn")
    for rol, waarde in ruw.items():
        if rol not in TERUGBLIK:
            raise CyclusFout(f"{veld}.{rol}",
                             f"is geen bekend veld; kies uit {', '.join(TERUGBLIK)}")
        tekst(waarde, f"{veld}.{rol}")
    return dict(ruw)


def evaluatie_voor_bijstellen(versies: list[Versie], versie_datum: date | None) -> None:
    """De evaluatie waarmee een versie werd afgesloten, ligt niet na het begin van de volgende:
    een latere datum zou de termijn van een jaar verder weg leggen dan de wet toestaat. Zo'n
    datum telt niet mee (de sessie blijft leesbaar; de antwoorden van toen blijven staan)."""
    for plaats, versie in enumerate(versies, start=1):
        volgende = versies[plaats].datum if plaats < len(versies) else versie_datum
        if versie.evaluatie is not None and volgende is not None and versie.evaluatie > volgende:
            versie.evaluatie = None
