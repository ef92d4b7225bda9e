"""De velden van een sessiebestand controleren: elk veld, met een melding die het veld noemt.

Met de hand en niet met pydantic: de chat opent een sessie bij de start, en dat moet snel. De
grenzen aan diepte, lengte en stuurtekens heeft `bestanden.toml_uit_tekst` dan al bewaakt.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from assistent.kern.sessie.model import Sessie
from assistent.kern.sessie.velden_cyclus import (
    CyclusFout,
    datum,
    evaluatie_voor_bijstellen,
    metingen_uit,
    tekst,
    versies_uit,
)


class VeldFout(ValueError):
    """Eén veld dat niet klopt; `opslag.lees_tekst` maakt er een `SessieFout` van."""

    def __init__(self, veld: str, uitleg: str) -> None:
        super().__init__(f"{veld}: {uitleg}")
        self.veld = veld
        self.uitleg = uitleg


_VELDEN = {"formaat", "id", "vragenlijsten", "aangemaakt", "bijgewerkt", "antwoorden",
           "overgeslagen", "aanvaard", "notities",
           # formaat 2: metingen per doel en eerdere versies (zie velden_cyclus.py)
           "metingen", "versies", "versie_datum", "wijziging", "reden"}

# Het id komt in bestandsnamen (de export): geen pad, geen stuurteken, niet eindeloos lang.
_ONVEILIG_ID = re.compile(r"[\x00-\x1f\x7f-\x9f/\\:]|\.\.|^\.")
MAX_ID = 100


def _id(ruw: dict[str, Any]) -> str:
    sessie_id = ruw.get("id")
    if not isinstance(sessie_id, str) or not sessie_id.strip():
        raise VeldFout("id", "moet een tekst zijn en mag niet leeg zijn")
    if len(sessie_id) > MAX_ID or _ONVEILIG_ID.search(sessie_id):
        raise VeldFout(
            "id", f"hooguit {MAX_ID} tekens, zonder / \\ : of '..', zonder regelovergang, "
            "en niet beginnend met een punt"
        )
    return sessie_id


def _tijdstip(ruw: dict[str, Any], veld: str) -> datetime:
    waarde = ruw.get(veld)
    if waarde is None:
        raise VeldFout(veld, "ontbreekt")
    if isinstance(waarde, str):
        try:
            waarde = datetime.fromisoformat(waarde)
        except ValueError:
            raise VeldFout(veld, "geen datum met tijd, zoals 2026-11-28 09:15:00") from None
    if not isinstance(waarde, datetime):
        raise VeldFout(veld, "moet een datum met tijd zijn, zoals 2026-11-28 09:15:00")
    if waarde.tzinfo is not None:
        # Met tijdzone (2026-11-28T09:15:00+01:00): als lokale tijd, net als de rest.
        waarde = waarde.astimezone().replace(tzinfo=None)
    return waarde


def _teksten(ruw: dict[str, Any], veld: str, *, niet_leeg: bool = False) -> list[str]:
    waarde = ruw.get(veld, [])
    if not isinstance(waarde, list) or not all(isinstance(w, str) for w in waarde):
        raise VeldFout(veld, 'moet een lijst met teksten zijn, zoals ["opp"]')
    if niet_leeg and not waarde:
        raise VeldFout(veld, "ontbreekt of is leeg")
    dubbel = sorted({w for w in waarde if waarde.count(w) > 1})
    if dubbel:
        raise VeldFout(veld, f"'{dubbel[0]}' staat er twee keer in")
    return list(waarde)


def _tabel(ruw: dict[str, Any], veld: str) -> dict[str, Any]:
    waarde = ruw.get(veld, {})
    if not isinstance(waarde, dict):
        raise VeldFout(veld, f"moet een tabel zijn: [{veld}]")
    return waarde


def _antwoord(vraag_id: str, waarde: Any) -> Any:
    """Alleen de vormen die een antwoord kan hebben; of het bij de vraag past, ziet de motor."""
    if isinstance(waarde, list):
        if not all(isinstance(w, str) for w in waarde):
            raise VeldFout(f"antwoorden.{vraag_id}", "een lijst mag alleen teksten bevatten")
        return list(waarde)
    if isinstance(waarde, datetime):
        return waarde.date()
    if isinstance(waarde, str | int | float | bool | date):
        return waarde
    raise VeldFout(f"antwoorden.{vraag_id}", "geen tekst, getal, ja/nee, datum of lijst")


def sessie_uit(ruw: dict[str, Any]) -> Sessie:
    """Een sessie uit de gegevens van een sessiebestand, met elk veld gecontroleerd.

    Het formaat heeft `opslag.lees_tekst` dan al bekeken (met een eigen melding).
    """
    onbekend = sorted(set(ruw) - _VELDEN)
    if onbekend:
        raise VeldFout(onbekend[0], "is geen bekend veld")
    sessie_id = _id(ruw)
    aanvaard = _tabel(ruw, "aanvaard")
    for vraag_id, reden in aanvaard.items():
        if not isinstance(reden, str):
            raise VeldFout(f"aanvaard.{vraag_id}", "de reden moet een tekst zijn")
    try:
        metingen = metingen_uit(ruw.get("metingen", {}))
        versies = versies_uit(ruw.get("versies", []), _antwoord)
        begin = ruw.get("versie_datum")
        versie_datum = None if begin is None else datum(begin, "versie_datum")
        wijziging = tekst(ruw.get("wijziging", ""), "wijziging")
        reden = tekst(ruw.get("reden", ""), "reden")
        evaluatie_voor_bijstellen(versies, versie_datum)
    except CyclusFout as fout:
        raise VeldFout(fout.veld, fout.uitleg) from None
    return Sessie(
        id=sessie_id,
        vragenlijsten=_teksten(ruw, "vragenlijsten", niet_leeg=True),
        aangemaakt=_tijdstip(ruw, "aangemaakt"),
        bijgewerkt=_tijdstip(ruw, "bijgewerkt"),
        antwoorden={k: _antwoord(k, v) for k, v in _tabel(ruw, "antwoorden").items()},
        overgeslagen=_teksten(ruw, "overgeslagen"),
        aanvaard=dict(aanvaard),
        notities=dict(_tabel(ruw, "notities")),
        metingen=metingen,
        versies=versies,
        versie_datum=versie_datum,
        wijziging=wijziging,
        reden=reden,
    )
