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

from assistent.kern.sessie.model import Meting

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
