"""Chatopdrachten in het antwoordvak lezen: `?`, `terug`, `overslaan`, `wijzig 3`, ...

Een pure functie zonder Textual en zonder kern, zodat ze los te testen is. Al het echte werk
doet het chatscherm via het `Gesprek`.
"""

from __future__ import annotations

from dataclasses import dataclass

OPDRACHTEN = ("?", "uitleg", "terug", "overslaan", "wijzig", "concept", "agenda", "stop")


@dataclass(frozen=True)
class Opdracht:
    naam: str
    nummer: int | None = None
    fout: str | None = None


def lees_opdracht(tekst: str) -> Opdracht | None:
    """Een opdracht als de hele invoer er één is; anders None (dan is het een antwoord)."""
    woorden = tekst.strip().lower().split()
    if not woorden or woorden[0] not in OPDRACHTEN:
        return None
    naam = "?" if woorden[0] == "uitleg" else woorden[0]
    if naam == "wijzig":
        if len(woorden) == 2 and woorden[1].isdigit():
            return Opdracht("wijzig", int(woorden[1]))
        if len(woorden) == 1:
            return Opdracht("wijzig", fout="Zet het nummer erachter, zoals 'wijzig 3'.")
        return None
    # 'terug naar huis' is een antwoord, geen opdracht: alleen het losse woord telt.
    return Opdracht(naam) if len(woorden) == 1 else None
