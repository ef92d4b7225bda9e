"""Het documentmodel: één `OppConcept` per document, gebouwd uit de antwoorden.

Markdown, Word, het live voorbeeld en de volledigheidscheck lezen allemaal hetzelfde concept.
Elke alinea weet waar hij vandaan komt (`herkomst`), zodat een scherm kan tonen wat getypt,
wat een voorbeeldzin en wat berekend is. Antwoorden landen via hun `sectie`; zo komt een
nieuwe vragenlijst op de goede plek zonder code per vragenlijst.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from assistent.kern.gesprek import Gesprek
from assistent.kern.modellen import SECTIES, Antwoordwaarde, Vraag
from assistent.kern.taal import voornaamwoorden
from assistent.kern.waarden import toon

Herkomst = Literal["antwoord", "voorbeeldzin", "afgeleid", "ontbreekt"]
DOCUMENTEN: tuple[str, ...] = ("opp", "kinddeel", "agenda")

PRIVACY = (
    "Let op: dit document bevat persoonsgegevens van een kind. Deel en bewaar het zorgvuldig."
)
# Een open plek begint met een letter: "[aantal]" is open, "[1]" is een verwijzing.
OPEN_PLEK = re.compile(r"\[([^\W\d_][^\[\]\n]{0,59})\]")


def nog_invullen(wat: str) -> str:
    return f"[nog invullen: {wat}]"


@dataclass(frozen=True)
class Alinea:
    """Eén stuk tekst; `punten` maakt er een opsomming van (meerkeuze, lijst)."""

    tekst: str
    herkomst: Herkomst
    kop: str = ""
    punten: tuple[str, ...] = ()
    vraag: str | None = None


@dataclass(frozen=True)
class Tabel:
    sleutel: str
    kolommen: tuple[str, ...]
    rijen: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Tekenvak:
    """Lege ruimte om te tekenen of te schrijven (kinddeel)."""

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

    def waarde(self, vraag_id: str) -> Antwoordwaarde | None:
        return next((f.waarde for f in self.items if f.vraag.id == vraag_id), None)

    def in_sectie(self, *secties: str) -> list[Feit]:
        return [f for f in self.items if f.vraag.sectie in secties]

    def beantwoord(self, *secties: str) -> list[Feit]:
        return [f for f in self.in_sectie(*secties) if heeft_inhoud(f.waarde)]

    def context(self) -> dict[str, Antwoordwaarde]:
        return {f.vraag.id: f.waarde for f in self.items if f.waarde is not None}


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

    def sectie(self, sleutel: str) -> Sectie | None:
        return next((s for s in self.secties if s.sleutel == sleutel), None)


# Een doelcheck geeft een `doelcheck.Doeloordeel`; we lezen alleen meetbaar, ontbreekt,
# signalen en meetinstrument, en blijven werken als er een veld ontbreekt.
Doelcheck = Callable[[str], Any]


def heeft_inhoud(waarde: object) -> bool:
    if waarde is None:
        return False
    if isinstance(waarde, str | list):
        return bool(waarde)
    return True


def verzamel_feiten(gesprek: Gesprek) -> Feiten:
    items = tuple(
        Feit(s.vraag, gesprek.geldig_antwoord(s.vraag), s.vragenlijst.id)
        for s in gesprek.zichtbaar()
    )
    return Feiten(items, dict(gesprek.sessie.aanvaard))


def herkomst_van(waarde: Antwoordwaarde) -> Herkomst:
    """Een tekst met open plekken komt uit een voorbeeldzin die nog persoonlijk moet worden."""
    teksten = waarde if isinstance(waarde, list) else [waarde]
    if any(isinstance(t, str) and OPEN_PLEK.search(t) for t in teksten):
        return "voorbeeldzin"
    return "antwoord"


def alinea_van(feit: Feit, sectietitel: str = "") -> Alinea | None:
    """Een antwoord als alinea; een lege of ontbrekende waarde geeft None."""
    vraag, waarde = feit.vraag, feit.waarde
    kop = "" if vraag.titel.lower() == sectietitel.lower() else vraag.titel
    if not heeft_inhoud(waarde) or waarde is None:
        return None
    if isinstance(waarde, list) and len(waarde) > 1:
        punten = tuple(toon(vraag, [w]) for w in waarde)
        return Alinea("", herkomst_van(waarde), kop, punten, vraag.id)
    return Alinea(toon(vraag, waarde), herkomst_van(waarde), kop, (), vraag.id)


def generieke_blokken(
    feiten: Feiten, secties: tuple[str, ...], titel: str, *, zonder: frozenset[str] = frozenset()
) -> list[Blok]:
    """De antwoorden van een of meer secties, met een open plek voor wat verplicht ontbreekt."""
    blokken: list[Blok] = []
    open_: list[Alinea] = []
    for feit in feiten.in_sectie(*secties):
        if feit.vraag.id in zonder:
            continue
        alinea = alinea_van(feit, titel)
        if alinea is not None:
            blokken.append(alinea)
        elif feit.vraag.verplicht:
            wat = feit.vraag.titel
            open_.append(Alinea(nog_invullen(wat.lower()), "ontbreekt", wat, (), feit.vraag.id))
    if not blokken:
        return [Alinea(nog_invullen(titel.lower()), "ontbreekt")]
    return blokken + open_


def sectietitel(sleutel: str) -> str:
    return SECTIES.get(sleutel, sleutel)


def vormen(feiten: Feiten) -> dict[str, str]:
    """Naam en voornaamwoorden voor afgeleide zinnen ('wat {hij} zelf doet')."""
    return voornaamwoorden(feiten.context())


def bouw_concept(
    gesprek: Gesprek,
    document: str = "opp",
    *,
    vandaag: date | None = None,
    doelcheck: Doelcheck | None = None,
) -> OppConcept:
    """Bouwt het concept van één document ("opp", "kinddeel" of "agenda")."""
    feiten = verzamel_feiten(gesprek)
    dag = vandaag or date.today()
    if document == "opp":
        from assistent.kern.concept_opp import bouw_opp

        return bouw_opp(feiten, dag, doelcheck)
    if document == "kinddeel":
        from assistent.kern.concept_kind import bouw_kinddeel

        return bouw_kinddeel(feiten, dag)
    if document == "agenda":
        from assistent.kern.concept_kind import bouw_agenda

        return bouw_agenda(feiten, dag, doelcheck)
    raise ValueError(f"Onbekend document '{document}'. Kies uit: {', '.join(DOCUMENTEN)}.")
