"""Het tussenresultaat van één doel: wat de herkenning vindt en de regels aanvullen.

`gebruikt` houdt bij welke woorden al een betekenis kregen (een maat, een signaal), zodat geen
woord twee signalen geeft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final, NamedTuple

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
    # Zonder onderwerp: de leerling die het doel toch noemt ("het werktempo van Yara")
    bezitter: str | None = None
    ik_vorm: bool = False
    # Waar de elementen staan, als tekenposities: wat een vindplaats wordt.
    gedragplekken: list[Span] = field(default_factory=list)
    criteriumplekken: list[Span] = field(default_factory=list)
    termijnplekken: list[Span] = field(default_factory=list)
    # Een oordeel over hoe dat een zichtbaar werkwoord zijn gedrag kostte ("ruimt zorgvuldig
    # op"): het voorstel houdt dan de zin en vraagt alleen wat dat "zorgvuldig" is.
    manierplekken: list[Span] = field(default_factory=list)
    # "zit op zijn plek te luisteren en is rustig": het deel met het oordeel ("en is rustig") en
    # het oordeel zelf ("rustig"), als alleen dat het gedrag kostte.
    oordeel_erbij: tuple[Span, str] | None = None

    def heeft(self, soort: str) -> bool:
        """Is er een vondst van deze soort ("negatief", "volwassene")?"""
        return any(v.soort == soort for v in self.vondsten)

    def meld(self, soort: str, i: int, j: int, element: str) -> None:
        """Een vondst over de woorden i tot (niet met) j."""
        self.vondsten.append(Vondst(soort, *self.reeks.plek(i, j), element))


# `binnen` en `raakt` draaien vaak op een paar spans: een gewone lus is dan sneller dan any()
# met een generator, die per aanroep een object bouwt.


def alleen_manier(a: Analyse) -> list[Span]:
    """De plekken van het oordeel over hoe ("zorgvuldig", "op een positieve manier") als dat het
    enige is dat het gedrag mist: met een onderwerp en een persoonsvorm, niet ontkend, en elk
    gedragsignaal is zo'n oordeel. Anders een lege lijst."""
    if a.gedrag or not a.manierplekken or a.onderwerp_plek is None or a.werkwoord_plek is None:
        return []
    if raakt(*a.werkwoord_plek, a.manierplekken):
        return []  # de persoonsvorm moet buiten het oordeel staan
    for v in a.vondsten:
        if v.soort == "negatief" or (v.element == "gedrag"
                                     and not binnen(v.begin, v.eind, a.manierplekken)):
            return []
    # "netjes en geconcentreerd": één plek
    tekst = a.reeks.tekst
    uit: list[Span] = []
    for b, e in sorted(a.manierplekken):
        erna = WOORD_ERNA.match(tekst, e)
        if erna and erna.group(1).lower() not in _NA_MANIER:
            if not tekst[b:e].lower().startswith("met "):
                return []  # "geeft opbouwende tips": het hoort bij een naamwoord
            # "praat met voldoende volume": de hele groep na "met" zegt hoe
            e = erna.end(1)
            erna = WOORD_ERNA.match(tekst, e)
            if erna and erna.group(1).lower() not in _NA_MANIER:
                return []
        if uit and tekst[uit[-1][1] : b].strip(" ,").removesuffix("en").strip() == "":
            uit[-1] = (uit[-1][0], e)
        else:
            uit.append((b, e))
    return uit


# Een vergelijking van een oordeel over hoe ("schrijft netter", "werkt rustiger"): het voorstel
# houdt een open plek voor wat je dan ziet, en de vraag naar de maat vraagt dat ook.
MANIER_TRAP: Final = frozenset(
    "netter zorgvuldiger nauwkeuriger geconcentreerder rustiger actiever serieuzer efficiënter "
    "aandachtiger taakgerichter vriendelijker beleefder geduldiger socialer gemotiveerder".split()
)
# Het eerste woord na een plek in de tekst.
WOORD_ERNA: Final = re.compile(r"\s*([^\W\d_]+)")


# Wat na een bijwoordelijk oordeel mag staan ("speelt gezellig met anderen", "doet actief mee",
# "reageert gepast als …"); een ander woord maakt er een bijvoeglijk naamwoord van.
_NA_MANIER: Final = frozenset(
    "mee op aan af in uit naar met bij voor om te door als en of dan zonder tijdens na tot over "
    "samen terug weg toe binnen".split()
)


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
