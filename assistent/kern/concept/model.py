"""Het documentmodel: één `OppConcept` per document, gebouwd uit de antwoorden.

Markdown, Word, het live voorbeeld en de volledigheidscheck lezen allemaal hetzelfde concept.
Elke alinea weet waar hij vandaan komt (`herkomst`), zodat een scherm kan tonen wat getypt,
wat een voorbeeldzin en wat berekend is. Antwoorden landen via hun `sectie`; zo komt een
nieuwe vragenlijst op de goede plek zonder code per vragenlijst.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar, Literal

from assistent.kern.doelcheck import Doeloordeel
from assistent.kern.jinja import open_plek
from assistent.kern.vragenlijst.modellen import Antwoordwaarde, Vraag
from assistent.kern.vragenlijst.voorbeeldzinnen import OPEN_PLEK

Herkomst = Literal["antwoord", "voorbeeldzin", "afgeleid", "ontbreekt"]
DOCUMENTEN: tuple[str, ...] = ("opp", "kinddeel", "agenda")

PRIVACY = (
    "Let op: dit document bevat persoonsgegevens van een kind. Deel en bewaar het zorgvuldig."
)
__all__ = [
    "DOCUMENTEN", "OPEN_PLEK", "PRIVACY", "Alinea", "Blok", "Doel", "Feit", "Feiten", "Herkomst",
    "Ondertekening", "OppConcept", "Sectie", "Tabel", "Tekenblok", "Tekenvak", "heeft_inhoud",
    "nog_invullen",
]


def nog_invullen(wat: str) -> str:
    """Een zichtbare open plek, dezelfde als een onbekende naam in een sjabloon geeft."""
    return open_plek(wat)


@dataclass(frozen=True)
class Alinea:
    """Eén stuk tekst; `punten` maakt er een opsomming van (meerkeuze, lijst)."""

    soort: ClassVar[str] = "alinea"

    tekst: str
    herkomst: Herkomst
    kop: str = ""
    punten: tuple[str, ...] = ()
    vraag: str | None = None


@dataclass(frozen=True)
class Tabel:
    soort: ClassVar[str] = "tabel"

    sleutel: str
    kolommen: tuple[str, ...]
    rijen: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Tekenvak:
    """Lege ruimte om te tekenen of te schrijven (kinddeel)."""

    soort: ClassVar[str] = "tekenvak"

    uitleg: str
    regels: int = 10


Blok = Alinea | Tabel | Tekenvak


@dataclass(frozen=True)
class Sectie:
    sleutel: str
    titel: str
    blokken: tuple[Blok, ...] = ()
    niveau: int = 1

    @property
    def alineas(self) -> tuple[Alinea, ...]:
        return tuple(b for b in self.blokken if isinstance(b, Alinea))

    @property
    def tabellen(self) -> tuple[Tabel, ...]:
        return tuple(b for b in self.blokken if isinstance(b, Tabel))


@dataclass(frozen=True)
class Tekenblok:
    """Een groep handtekeningen: 'voor gezien' of 'akkoord handelingsdeel'."""

    titel: str
    uitleg: str
    rollen: tuple[str, ...]


@dataclass(frozen=True)
class Ondertekening:
    blokken: tuple[Tekenblok, ...]
    opmerkingen: str
    toelichting: str


@dataclass(frozen=True)
class Feit:
    """Een zichtbare vraag met zijn geldige antwoord (None als het nog open is)."""

    vraag: Vraag
    waarde: Antwoordwaarde | None
    vragenlijst: str


@dataclass(frozen=True)
class Feiten:
    """De antwoorden waarop een concept rust; de volledigheidscheck leest ze hier."""

    items: tuple[Feit, ...]
    aanvaard: Mapping[str, str] = field(default_factory=dict)

    def met_rol(self, *rollen: str) -> list[Feit]:
        """De feiten met een van deze rollen, in gespreksvolgorde. De kern zoekt op rol, nooit
        op vraag-id: zo telt een eigen vraag van een school net als een ingebouwde."""
        return [f for f in self.items if f.vraag.rol in rollen]

    def feit(self, rol: str) -> Feit | None:
        """Het feit met deze rol: het eerste met een antwoord, anders het eerste."""
        feiten = self.met_rol(rol)
        return next((f for f in feiten if f.waarde is not None), feiten[0] if feiten else None)

    def rol(self, rol: str) -> Antwoordwaarde | None:
        """Het antwoord met deze rol, of None als die vraag er niet is of nog open staat."""
        feit = self.feit(rol)
        return feit.waarde if feit is not None else None

    def in_sectie(self, *secties: str) -> list[Feit]:
        return [f for f in self.items if f.vraag.sectie in secties]

    def beantwoord(self, *secties: str) -> list[Feit]:
        return [f for f in self.in_sectie(*secties) if heeft_inhoud(f.waarde)]


@dataclass(frozen=True)
class Doel:
    """Eén doel uit het handelingsdeel, met het oordeel van de doelcheck erbij."""

    tekst: str
    vraag: str
    oordeel: Doeloordeel
    aanvaard: bool  # bewust zo gelaten, met een reden


@dataclass(frozen=True)
class OppConcept:
    document: str
    titel: str
    ondertitel: str
    privacy: str
    secties: tuple[Sectie, ...]
    feiten: Feiten
    vandaag: date
    ondertekening: Ondertekening | None = None
    doelen: tuple[Doel, ...] = ()

    def sectie(self, sleutel: str) -> Sectie | None:
        return next((s for s in self.secties if s.sleutel == sleutel), None)


def heeft_inhoud(waarde: object) -> bool:
    if waarde is None:
        return False
    if isinstance(waarde, str | list):
        return bool(waarde)
    return True


