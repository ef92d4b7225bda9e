"""Vragen per doel: een onderdeel met `herhaal = "doelen"` wordt gesteld voor elk doel.

Het onderdeel staat één keer in de vragenlijst; het gesprek stelt zijn vragen voor doel 1, 2,
3 ... van het huidige OPP, in de volgorde van de doelentabel. Elk antwoord staat onder een
eigen, vast id: het id van de vraag, `__doel` en het nummer van het doel
(`doel_oordeel__doel2`). Binnen het onderdeel kennen teksten en voorwaarden het doel zelf
(`{{ doel }}`), zijn nummer (`{{ doelnummer }}`), zijn metingen (`{{ metingen }}`) en de
antwoorden bij hetzelfde doel onder het gewone id (`doel_besluit == 'bijstellen'`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from assistent.kern.sessie.model import Meting, Sessie

_SCHEIDING = "__doel"
_HERHAALD = re.compile(r"^([a-z][a-z0-9_]*?)__doel([0-9]+)$")


def herhaald_id(vraag_id: str, nummer: int) -> str:
    """Het id van het antwoord op vraag `vraag_id` bij doel `nummer`."""
    return f"{vraag_id}{_SCHEIDING}{nummer}"


def uit_herhaald_id(antwoord_id: str) -> tuple[str, int] | None:
    """(vraag-id, doelnummer) van een antwoord per doel, of None bij een gewone vraag."""
    gevonden = _HERHAALD.match(antwoord_id)
    return (gevonden.group(1), int(gevonden.group(2))) if gevonden else None


def metingtekst(metingen: Sequence[Meting]) -> str:
    """De metingen van één doel als één regel, oud naar nieuw: '2 van de 5 (02-11-2026); …'."""
    return "; ".join(f"{m.waarde} ({m.datum:%d-%m-%Y})" for m in metingen)


def _plekken(oud: Sequence[str], nieuw: Sequence[str]) -> dict[int, int]:
    """Per oud doelnummer het nieuwe: hetzelfde doel op een andere plek, anders (een bewerkt
    doel) dezelfde plek als daar een nieuwe tekst staat. Een doel dat weg is, ontbreekt."""
    naar: dict[int, int] = {}
    for i, tekst in enumerate(oud, start=1):
        j = next((k for k, t in enumerate(nieuw, start=1)
                  if t == tekst and k not in naar.values()), None)
        if j is not None:
            naar[i] = j
    for i in range(1, min(len(oud), len(nieuw)) + 1):
        if i not in naar and i not in naar.values() and nieuw[i - 1] not in oud:
            naar[i] = i
    return naar


def schuif_mee(sessie: Sessie, oud: Sequence[str], nieuw: Sequence[str]) -> bool:
    """De antwoorden per doel horen bij een doel, niet bij een nummer: na een nieuwe lijst doelen
    schuiven ze mee. Die van een doel dat weg is, gaan naar `notities.evaluatie_zonder_doel`
    (niets verdwijnt); dan geeft dit True."""
    if list(oud) == list(nieuw) or not any(uit_herhaald_id(k) for k in sessie.antwoorden):
        return False
    naar = _plekken(oud, nieuw)

    def verplaatst(sleutel: str) -> str | None:
        """De nieuwe sleutel van een antwoord, of None als zijn doel weg is."""
        per_doel = uit_herhaald_id(sleutel)
        if per_doel is None or per_doel[1] > len(oud):
            return sleutel
        basis, nummer = per_doel
        return herhaald_id(basis, naar[nummer]) if nummer in naar else None

    bewaard: dict[str, dict[str, Any]] = dict(sessie.notities.get("evaluatie_zonder_doel", {}))
    antwoorden = {}
    for sleutel, waarde in sessie.antwoorden.items():
        nieuwe = verplaatst(sleutel)
        if nieuwe is not None:
            antwoorden[nieuwe] = waarde
        else:
            basis, nummer = uit_herhaald_id(sleutel) or (sleutel, 0)
            bewaard.setdefault(oud[nummer - 1], {})[basis] = waarde
    weggezet = len(antwoorden) < len(sessie.antwoorden)
    sessie.antwoorden = antwoorden
    sessie.overgeslagen = [n for k in sessie.overgeslagen if (n := verplaatst(k))]
    sessie.aanvaard = {n: v for k, v in sessie.aanvaard.items() if (n := verplaatst(k))}
    if weggezet:
        sessie.notities = {**sessie.notities, "evaluatie_zonder_doel": bewaard}
    return weggezet
