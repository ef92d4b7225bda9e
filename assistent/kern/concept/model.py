"""Het documentmodel: één `OppConcept` per document, gebouwd uit de antwoorden.

Markdown, Word, het live voorbeeld en de volledigheidscheck lezen allemaal hetzelfde concept.
Elke alinea weet waar hij vandaan komt (`herkomst`), zodat een scherm kan tonen wat getypt,
wat een voorbeeldzin en wat berekend is. Antwoorden landen via hun `sectie`; zo komt een
nieuwe vragenlijst op de goede plek zonder code per vragenlijst.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar, Literal

from assistent.kern.cyclus.stand import Cyclusstand
from assistent.kern.doelcheck import Doeloordeel
from assistent.kern.jinja import open_plek
from assistent.kern.vragenlijst.modellen import Antwoordwaarde, Vraag
from assistent.kern.vragenlijst.voorbeeldzinnen import OPEN_PLEK

Herkomst = Literal["antwoord", "voorbeeldzin", "afgeleid", "ontbreekt"]
DOCUMENTEN: tuple[str, ...] = ("opp", "kinddeel", "agenda")

PRIVACY = (
    "Let op: dit document bevat persoonsgegevens van een kind. Deel en bewaar het zorgvuldig."
)
# Een open plek in een document: '[nog invullen: …]'. Een plek uit een voorbeeldzin ('[aantal]')
# krijgt dezelfde vorm, zodat een lezer één soort plek ziet en Word ze allemaal markeert.
PLEK_IN_DOCUMENT = re.compile(r"\[nog invullen: [^\[\]\n]*\]")
# Een vakje om aan te kruisen, op papier (instemming, evaluatie, het kinddeel).
VAKJE = "☐"
__all__ = [
    "DOCUMENTEN", "OPEN_PLEK", "PLEK_IN_DOCUMENT", "PRIVACY", "VAKJE", "Alinea", "Blok", "Doel",
    "Feit", "Feiten", "Gegevens", "Herkomst", "Ondertekening", "OppConcept", "Schrijfruimte",
    "Sectie", "Tabel", "Tekenblok", "Tekenregel", "Tekenvak", "heeft_inhoud", "nog_invullen",
    "uniforme_plekken",
]


def nog_invullen(wat: str) -> str:
    """Een zichtbare open plek, dezelfde als een onbekende naam in een sjabloon geeft."""
    return open_plek(wat)


def uniforme_plekken(tekst: str) -> str:
    """'[aantal]' wordt '[nog invullen: aantal]': één vorm voor elke open plek op papier."""
    if "[" not in tekst:
        return tekst
    return OPEN_PLEK.sub(
        lambda m: m.group(0) if m.group(1).startswith("nog invullen") else open_plek(m.group(1)),
        tekst,
    )


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
    """Een tabel met een kopregel; de kopregel herhaalt zich in Word op elke nieuwe pagina."""

    soort: ClassVar[str] = "tabel"

    sleutel: str
    kolommen: tuple[str, ...]
    rijen: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Gegevens:
    """Vaste gegevens als rijtje 'label: waarde' (leerling, school, data): een overzicht, geen
    lopende tekst. In Word een tabel zonder rasterlijnen, in Markdown één regel per gegeven."""

    soort: ClassVar[str] = "gegevens"

    regels: tuple[tuple[str, str], ...]
    herkomst: Herkomst = "afgeleid"


@dataclass(frozen=True)
class Schrijfruimte:
    """Lege regels om op papier iets op te schrijven, zoals een besluit in het gesprek."""

    soort: ClassVar[str] = "schrijfruimte"

    label: str
    regels: int = 2


@dataclass(frozen=True)
class Tekenvak:
    """Lege ruimte om te tekenen of te schrijven (kinddeel)."""

    soort: ClassVar[str] = "tekenvak"

    uitleg: str
    regels: int = 10


Blok = Alinea | Tabel | Tekenvak | Gegevens | Schrijfruimte


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
class Tekenregel:
    """Eén handtekening: wie tekent, de naam als die bekend is, en eventueel vakjes om aan te
    kruisen (stemt in / stemt niet in)."""

    rol: str
    naam: str = ""
    keuzes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tekenblok:
    """Een groep handtekeningen: vastgesteld door de school, instemming, of 'voor gezien'."""

    titel: str
    uitleg: str
    regels: tuple[Tekenregel, ...]

    @property
    def rollen(self) -> tuple[str, ...]:
        return tuple(r.rol for r in self.regels)


@dataclass(frozen=True)
class Ondertekening:
    blokken: tuple[Tekenblok, ...]
    opmerkingen: str
    toelichting: str
    # Het tekenblad staat in Word op een eigen pagina en noemt daarom zelf het kind.
    titel: str = "Ondertekening"


@dataclass(frozen=True)
class Feit:
    """Een zichtbare vraag met zijn geldige antwoord (None als het nog open is)."""

    vraag: Vraag
    waarde: Antwoordwaarde | None
    vragenlijst: str
    # Bij een vraag per doel (de evaluatie): het nummer van het doel.
    doelnummer: int | None = None


@dataclass(frozen=True)
class Feiten:
    """De antwoorden waarop een concept rust; de volledigheidscheck leest ze hier."""

    items: tuple[Feit, ...]
    aanvaard: Mapping[str, str] = field(default_factory=dict)
    # Versie en metingen (zie kern/cyclus): voor de versiekop en de metingentabellen.
    cyclus: Cyclusstand = field(default_factory=Cyclusstand)

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

    def per_doel(self, rol: str) -> dict[int, Antwoordwaarde]:
        """Per doelnummer het antwoord met deze rol, bij de vragen die per doel gaan."""
        return {f.doelnummer: f.waarde for f in self.met_rol(rol)
                if f.doelnummer is not None and f.waarde is not None}

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
    # De kopregel van elke pagina: document, kind, groep, concept en datum.
    kopregel: str = ""

    def sectie(self, sleutel: str) -> Sectie | None:
        return next((s for s in self.secties if s.sleutel == sleutel), None)


def heeft_inhoud(waarde: object) -> bool:
    if waarde is None:
        return False
    if isinstance(waarde, str | list):
        return bool(waarde)
    return True


