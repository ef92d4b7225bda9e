"""Wat de doelcheck naar buiten geeft: het oordeel over één doel, en wat een doelcheck is.

De binnenste module van het pakket: ze kent geen andere. Wie een doelcheck meekrijgt (de
gespreksmotor, het concept, de export) kent alleen deze typen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

# Langer dan dit lezen we niet: een doel is een zin, geen verslag; zo blijft elke toets snel.
MAX_LENGTE = 2000
# De drie elementen van een meetbaar doel, in deze volgorde (ook in `ontbreekt`).
ELEMENTEN = ("gedrag", "criterium", "termijn")
# Waar een vindplaats over kan gaan: de drie elementen, en het meetinstrument als het doel dat
# zelf noemt.
VINDPLAATS_ELEMENTEN = (*ELEMENTEN, "meetinstrument")


class DoelwoordenFout(ValueError):
    """Het aanvullende woordenbestand van de school is niet te gebruiken (met bestand en regel)."""


@dataclass(frozen=True)
class Signaal:
    """Een woord of woordgroep die het doel minder controleerbaar maakt, met uitleg."""

    soort: str
    woorden: str
    begin: int
    eind: int
    uitleg: str
    blokkerend: bool

    def als_dict(self) -> dict[str, Any]:
        return {
            "soort": self.soort,
            "woorden": self.woorden,
            "begin": self.begin,
            "eind": self.eind,
            "uitleg": self.uitleg,
            "blokkerend": self.blokkerend,
        }


class Vindplaats(NamedTuple):
    """Waar in de tekst de check een element vond: `tekst[begin:eind] == woorden`.

    `element` is een van `VINDPLAATS_ELEMENTEN`. Bij gedrag is het het werkwoord (of de vaste
    uitdrukking) waaraan het gedrag herkend werd; bij criterium en termijn de hele maat
    ("8 van de 10", "voor de kerstvakantie"); bij het meetinstrument de woorden waarmee het
    doel het zelf noemt ("turflijst"). Een voorgesteld meetinstrument heeft geen vindplaats.
    """

    element: str
    begin: int
    eind: int
    woorden: str

    def als_dict(self) -> dict[str, Any]:
        return {
            "element": self.element,
            "begin": self.begin,
            "eind": self.eind,
            "woorden": self.woorden,
        }


@dataclass(frozen=True)
class Doeloordeel:
    """Het oordeel over één doel; `meetbaar` alleen als alle drie de elementen er zijn."""

    tekst: str
    meetbaar: bool
    ontbreekt: tuple[str, ...]
    signalen: tuple[Signaal, ...]
    vervolgvragen: tuple[str, ...]
    suggestie: str
    meetinstrument: str | None
    # Op volgorde van begin in de tekst; leeg bij een oordeel dat niet van de doelcheck komt.
    vindplaatsen: tuple[Vindplaats, ...] = ()

    def als_dict(self) -> dict[str, Any]:
        return {
            "tekst": self.tekst,
            "meetbaar": self.meetbaar,
            "ontbreekt": list(self.ontbreekt),
            "signalen": [s.als_dict() for s in self.signalen],
            "vervolgvragen": list(self.vervolgvragen),
            "suggestie": self.suggestie,
            "meetinstrument": self.meetinstrument,
            "vindplaatsen": [v.als_dict() for v in self.vindplaatsen],
        }

    def gevonden(self, element: str) -> tuple[Vindplaats, ...]:
        """De vindplaatsen van één element, bijvoorbeeld `gevonden("termijn")`."""
        return tuple(v for v in self.vindplaatsen if v.element == element)


class Doelchecker(Protocol):
    """Een doelcheck die meegegeven wordt (de motor, het concept, de export, tests)."""

    def __call__(self, tekst: str, /, naam: str | None = None) -> Doeloordeel:
        """`naam`: de leerling uit de sessie, voor vragen en voorstel (anders "de leerling")."""
        ...
