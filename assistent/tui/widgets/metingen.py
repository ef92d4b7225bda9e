"""Per doel een klein beeld van de voortgang: een rij balkjes, één per meting.

Een balkje is zo hoog als de meting, gemeten aan het criterium van het doel (een vol balkje is
het criterium). Het beeld is tekst, geen kleur: ernaast staat de laatste meting en of het
criterium gehaald is, zodat het ook zonder kleur en met een schermlezer te volgen is.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.widgets import Static

from assistent.kern.cyclus.criterium import deel_van_criterium, gehaald
from assistent.kern.sessie.model import Meting

BALKJES = "▁▂▃▄▅▆▇█"


def balkjes(doel: str, metingen: Sequence[Meting]) -> str:
    """De rij balkjes; een meting die niet te rekenen is wordt een '·'."""
    tekens = []
    for meting in metingen:
        deel = deel_van_criterium(doel, meting.waarde)
        tekens.append("·" if deel is None else BALKJES[round(deel * (len(BALKJES) - 1))])
    return "".join(tekens)


# Zo lang mag het begin van een doel boven zijn balkjes zijn: één regel in een dialoog op 80x24.
KORT = 46


def kort(doel: str, lengte: int = KORT) -> str:
    """Het begin van het doel, afgebroken op een woord: genoeg om te zien welk doel het is."""
    if len(doel) <= lengte:
        return doel
    return doel[:lengte].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def regel(nummer: int, doel: str, metingen: Sequence[Meting]) -> str:
    """Twee regels: 'Doel 1. Binnen tien weken …' en daaronder de balkjes met de laatste
    meting: '▁▄█  5 van de 5 (11-01-2027): criterium gehaald'."""
    kop = f"Doel {nummer}. {kort(doel, KORT - len(str(nummer)) + 1)}"  # "Doel 10." is langer
    if not metingen:
        return f"{kop}\n   nog geen metingen"
    laatste = metingen[-1]
    oordeel = {True: "criterium gehaald", False: "criterium nog niet gehaald",
               None: "niet te rekenen"}[gehaald(doel, laatste.waarde)]
    return (f"{kop}\n   {balkjes(doel, metingen)}  {laatste.waarde} "
            f"({laatste.datum:%d-%m-%Y}): {oordeel}")


class Metingenbeeld(Static):
    """Het beeld voor alle doelen van de huidige versie, twee regels per doel."""

    def toon(self, doelen: Sequence[str], metingen: dict[str, list[Meting]]) -> None:
        regels = [regel(n, d, metingen.get(str(n), [])) for n, d in enumerate(doelen, 1)]
        self.update("\n".join(regels) or "Deze sessie heeft nog geen doelen.")
