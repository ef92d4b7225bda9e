"""Het tussenresultaat van één doel: wat de herkenning vindt en de regels aanvullen.

`gebruikt` houdt bij welke woorden al een betekenis kregen (een maat, een signaal), zodat geen
woord twee signalen geeft.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from assistent.kern.doelcheck.patronen import Span
from assistent.kern.doelcheck.regellijsten import Regellijsten
from assistent.kern.doelcheck.woordronde import Woordreeks, Zinsdelen


class Vondst(NamedTuple):
    """Een signaal vóór het zijn uitleg krijgt; `element` is het onderdeel dat het raakt.

    `sleutel` zegt bij een los getal wat voor getal het is ("groep", "leeftijd", …)."""

    soort: str
    begin: int
    eind: int
    element: str
    sleutel: str = ""


@dataclass(eq=False)
class Analyse:
    reeks: Woordreeks
    lijsten: Regellijsten
    zinsdelen: Zinsdelen
    gebruikt: set[int]  # woorden die al een betekenis kregen
    vondsten: list[Vondst] = field(default_factory=list)
    gedrag: bool = False
    criterium: bool = False
    termijn: bool = False
    frequentie: bool = False  # het criterium is een frequentie ("3 keer per week")
    # Wie het doel haalt ("Sem", "ik", "de leerling") en waar; en de persoonsvorm ernaast.
    onderwerp: str | None = None
    onderwerp_plek: Span | None = None
    werkwoord_plek: Span | None = None
    begint_met_onderwerp: bool = False
    ik_vorm: bool = False
    # Waar de elementen staan, als tekenposities: wat een vindplaats wordt.
    gedragplekken: list[Span] = field(default_factory=list)
    criteriumplekken: list[Span] = field(default_factory=list)
    termijnplekken: list[Span] = field(default_factory=list)

    def meld(self, soort: str, i: int, j: int, element: str) -> None:
        """Een vondst over de woorden i tot (niet met) j."""
        self.vondsten.append(Vondst(soort, *self.reeks.plek(i, j), element))


# `binnen` en `raakt` draaien vaak op een paar spans: een gewone lus is dan sneller dan any()
# met een generator, die per aanroep een object bouwt.


def binnen(b: int, e: int, spans: list[Span]) -> bool:
    """Ligt (b, e) helemaal binnen een van de spans?"""
    for sb, se in spans:
        if sb <= b and e <= se:
            return True
    return False


def raakt(b: int, e: int, spans: list[Span]) -> bool:
    """Overlapt (b, e) met een van de spans?"""
    for sb, se in spans:
        if b < se and sb < e:
            return True
    return False
