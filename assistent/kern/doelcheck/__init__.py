"""De doelcheck: is een doel meetbaar (gedrag, criterium, termijn) en wat kan beter?

Zuiver, voorspelbaar en lokaal: regels en woordenlijsten, lemma's uit simplemma, geen netwerk.
De modules, van binnen naar buiten; elke module kent alleen modules eerder in dit lijstje
(import-linter bewaakt dat, zie pyproject.toml):

- `oordeel`: wat de doelcheck naar buiten geeft (`Doeloordeel`, `Signaal`, `Vindplaats`,
  `DoelwoordenFout`) en het `Doelchecker`-protocol;
- `schoolbestand`, `grammatica`, `woordsoorten`, `patronen`: losse bouwstenen;
- `maatpatronen`, `regellijsten`, `woorden`: de woordenlijsten, voorbewerkt;
- `woordronde`, `analyse`: één doel in woorden, en het tussenresultaat;
- `regels`, `getallen`, `onderwerp`, `gedrag`, `herkenning`: wat er in het doel staat;
- `teksten`, `meetinstrument`, `suggestie`, `beoordeling`: het oordeel met zijn teksten.

Zie docs/doelcheck.md.
"""

from __future__ import annotations

import os

from assistent.kern.doelcheck.oordeel import (
    ELEMENTEN,
    MAX_LENGTE,
    VINDPLAATS_ELEMENTEN,
    Doelchecker,
    Doeloordeel,
    DoelwoordenFout,
    Signaal,
    Vindplaats,
)

__all__ = [
    "ELEMENTEN",
    "MAX_LENGTE",
    "VINDPLAATS_ELEMENTEN",
    "Doelchecker",
    "Doeloordeel",
    "DoelwoordenFout",
    "Signaal",
    "Vindplaats",
    "beoordeel",
    "controleer",
    "warm_op",
]

# De regels, woordenlijsten en simplemma laden pas bij de eerste controle (de imports in de
# functies hieronder), zodat de kern en de TUI snel starten.


def controleer(
    tekst: str, naam: str | None = None, extra_woorden: os.PathLike[str] | str | None = None
) -> Doeloordeel:
    """Beoordeel één doel. Gooit alleen `DoelwoordenFout` bij een onbruikbaar schoolbestand.

    `naam` is de naam van de leerling (voor de vragen en het voorstel); `extra_woorden` het
    woordenbestand van de school. Hele oordelen worden bewaard: tijdens het typen komt
    dezelfde tekst vaak terug."""
    from assistent.kern.doelcheck import beoordeling  # pas bij de eerste controle

    return beoordeling.controleer(tekst, naam, extra_woorden)


def beoordeel(tekst: str, naam: str | None = None) -> Doeloordeel:
    """Zoals `controleer` (zonder schoolbestand), maar altijd opnieuw berekend."""
    from assistent.kern.doelcheck import beoordeling  # pas bij de eerste controle

    return beoordeling.beoordeel(tekst, naam)


def warm_op() -> None:
    """Laad het Nederlandse woordenboek van simplemma en de woordenlijsten alvast.

    De eerste controle kost anders ruim een halve seconde; de TUI roept dit in een worker aan.
    """
    from assistent.kern.doelcheck import beoordeling  # pas bij de eerste controle

    beoordeling.warm_op()
