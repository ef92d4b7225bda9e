"""Het meetinstrument bij een doel: wat het doel zelf noemt, anders wat bij de inhoud past.

De lijsten staan onder `[meetinstrument.genoemd]` ("turflijst", "rubric") en
`[meetinstrument.inhoud]` ("sommen" → methodetoets) in `doelwoorden.toml`.
"""

from __future__ import annotations

from typing import NamedTuple

from assistent.kern.doelcheck.analyse import Analyse
from assistent.kern.doelcheck.patronen import Span
from assistent.kern.doelcheck.woorden import Woorden
from assistent.kern.doelcheck.woordronde import zoek_uitdrukkingen


class Meetinstrument(NamedTuple):
    naam: str | None
    plek: Span | None  # waar het doel het instrument zelf noemt (tekenposities), of None


def meetinstrument(a: Analyse, w: Woorden) -> Meetinstrument:
    """Wat het doel zelf noemt, anders wat bij de inhoud past, anders turven of observeren.

    Binnen een groep wint de langste uitdrukking, dan de eerste lijst, dan de eerste plek in
    de tekst. Alleen lijsten met een woord in het doel kunnen iets vinden; meestal is dat er
    geen of één."""
    plekken = a.reeks.uitdrukkingsplekken
    beste: tuple[int, int, int, int, str, Span] | None = None
    for naam in w.instrumenten.keys() & plekken.keys():  # meestal geen of één
        lijst = w.instrumenten[naam]
        for i, j, _zin in zoek_uitdrukkingen(a.reeks, lijst.lijstnaam):
            plek = a.reeks.plek(i, j)
            groep = 0 if lijst.genoemd else 1
            kandidaat = (groep, i - j, lijst.volgorde, plek[0], lijst.instrument, plek)
            if beste is None or kandidaat < beste:
                beste = kandidaat
    if beste is not None:
        genoemd, *_rest, naam, plek = beste
        return Meetinstrument(naam, plek if genoemd == 0 else None)
    if a.frequentie:
        return Meetinstrument("turflijst", None)
    if a.gedrag:
        return Meetinstrument("observatie", None)
    return Meetinstrument(None, None)
