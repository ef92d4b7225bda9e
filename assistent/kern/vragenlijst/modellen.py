"""De gegevensmodellen van een vragenlijst: vragen, onderdelen, voorbeeldzinnen.

Gewone bevroren dataclasses, zodat de chat snel start: pydantic wordt pas geladen als een
vragenlijst of voorbeeldzin echt gecontroleerd moet worden (zie `schema.py`). Wat uit een
bestand komt gaat door die controle (`extra="forbid"`, zodat een tikfout in een veldnaam een
duidelijke fout geeft); de regels per veld staan hier, als `Regel` in de typeannotatie.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from assistent.kern.vragenlijst.rollen import DOMEINEN, ROLLEN, SECTIES

__all__ = ["SECTIES", "SOORTEN", "Antwoordwaarde", "Onderdeel", "Optie", "Soort", "Voorbeeldzin",
           "Vraag", "Vragenlijst"]

Soort = Literal["tekst", "lang", "keuze", "meerkeuze", "janee", "getal", "datum", "doel", "lijst"]
SOORTEN: tuple[str, ...] = (
    "tekst", "lang", "keuze", "meerkeuze", "janee", "getal", "datum", "doel", "lijst",
)

ID_PATROON = re.compile(r"^[a-z][a-z0-9_]*$")

# Zo controleert pydantic elk model dat uit een bestand komt (zie schema.py).
_STRENG = {"extra": "forbid", "str_strip_whitespace": True}


class Regel:
    """Een extra controle op één veld, als metadata in `Annotated`.

    Pydantic roept de controle aan na de typecontrole; de `ValueError` wordt een melding bij
    precies dat veld. Hier wordt niets van pydantic geïmporteerd: dat gebeurt pas als een
    schema gebouwd wordt.
    """

    def __init__(self, controle: Callable[[Any], Any]) -> None:
        self.controle = controle

    def __get_pydantic_core_schema__(self, bron: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(self.controle, handler(bron))


def _ident(waarde: str) -> str:
    if not ID_PATROON.match(waarde):
        raise ValueError("gebruik kleine letters, cijfers en _ (begin met een letter)")
    if len(waarde) > 60:
        raise ValueError("is te lang (hooguit 60 tekens)")
    if "__" in waarde:
        # Een vraag die per doel herhaald wordt, krijgt per doel een id met __ (zie HERHAAL).
        raise ValueError("gebruik geen twee _ achter elkaar: die zijn voor de vragen per doel")
    return waarde


def _niet_leeg(waarde: Any) -> Any:
    if not waarde:
        raise ValueError("mag niet leeg zijn")
    return waarde


def _positief(waarde: int) -> int:
    if waarde < 1:
        raise ValueError("moet 1 of hoger zijn")
    return waarde


def _bekende_sectie(waarde: str) -> str:
    if waarde not in SECTIES:
        bekend = ", ".join(sorted(SECTIES))
        raise ValueError(f"onbekende sectie '{waarde}'; kies uit: {bekend}")
    return waarde


def _bekende_rol(waarde: str | None) -> str | None:
    if waarde is not None and waarde not in ROLLEN:
        bekend = ", ".join(sorted(ROLLEN))
        raise ValueError(f"onbekende rol '{waarde}'; kies uit: {bekend}")
    return waarde


def _bekend_domein(waarde: str | None) -> str | None:
    if waarde is not None and waarde not in DOMEINEN:
        raise ValueError(f"onbekend domein '{waarde}'; kies uit: {', '.join(DOMEINEN)}")
    return waarde


def _bekend_onderdeel(waarde: str) -> str:
    if waarde not in SECTIES:
        raise ValueError(f"onbekend onderdeel '{waarde}'")
    return waarde


Ident = Annotated[str, Regel(_ident)]
Tekst = Annotated[str, Regel(_niet_leeg)]


@dataclass(frozen=True, kw_only=True)
class Optie:
    """Een keuzemogelijkheid: de waarde wordt bewaard, het label wordt getoond."""

    __pydantic_config__ = _STRENG

    waarde: Ident
    label: Tekst
    voorbeeldzin: Ident | None = None


@dataclass(frozen=True, kw_only=True)
class Vraag:
    __pydantic_config__ = _STRENG

    id: Ident
    soort: Soort
    vraag: Tekst
    uitleg: str = ""
    opties: tuple[Optie, ...] = ()
    verplicht: bool = True
    standaard: Any = None
    toon_als: str | None = None
    voorbeeldzinnen: tuple[Ident, ...] = ()
    sectie: Annotated[str, Regel(_bekende_sectie)] = "intern"
    # Alleen bij `lijst`: wat elk item is (gewone tekst of een doel dat de doelcheck krijgt).
    item: Literal["tekst", "doel"] = "tekst"
    # Alleen bij `getal`.
    minimum: float | None = None
    maximum: float | None = None
    geheel: bool = False  # alleen gehele getallen (zoals de groep: 3.5 bestaat niet)
    # Korte naam voor overzichten en het concept; valt terug op de vraag zelf.
    kop: str = ""
    # Een voorstel voor het antwoord, als Jinja2-sjabloon over eerdere antwoorden (bijvoorbeeld
    # een doel samengesteld uit gedrag, situatie en criterium). De gebruiker kan het aanpassen.
    voorstel: str | None = None
    # Wat het antwoord voor de kern betekent (zie `rollen.ROLLEN`); de kern leest nooit ids.
    rol: Annotated[str | None, Regel(_bekende_rol)] = None
    # Alleen bij een factorvraag: over wie of wat de factor gaat (kind, onderwijs, thuis).
    domein: Annotated[str | None, Regel(_bekend_domein)] = None
    # De thema's van voorbeeldzinnen die bij deze vraag het best passen, naast de vragenlijst
    # zelf en het domein (bijvoorbeeld "kind" bij de vragen aan het kind).
    themas: tuple[str, ...] = ()
    # Een thema neemt met deze vraag de vraag met dezelfde betekenis (dezelfde rol, of bij een
    # factorvraag dezelfde sectie en hetzelfde domein) over uit de vragenlijsten die eerder in
    # de sessie staan, zoals de kern: die wordt dan niet meer gesteld.
    neemt_over: bool = False

    def __post_init__(self) -> None:
        met_opties = self.soort in ("keuze", "meerkeuze")
        if met_opties and not self.opties:
            raise ValueError(f"een vraag van soort '{self.soort}' heeft opties nodig")
        if not met_opties and self.opties:
            raise ValueError(f"een vraag van soort '{self.soort}' kan geen opties hebben")
        waarden = [o.waarde for o in self.opties]
        dubbel = {w for w in waarden if waarden.count(w) > 1}
        if dubbel:
            raise ValueError(f"optie '{sorted(dubbel)[0]}' staat er twee keer in")
        if self.soort != "getal" and (
            self.minimum is not None or self.maximum is not None or self.geheel
        ):
            raise ValueError(
                "minimum, maximum en geheel horen alleen bij een vraag van soort 'getal'"
            )

    @property
    def titel(self) -> str:
        return self.kop or self.vraag

    def optie(self, waarde: str) -> Optie | None:
        return next((o for o in self.opties if o.waarde == waarde), None)


@dataclass(frozen=True, kw_only=True)
class Onderdeel:
    __pydantic_config__ = _STRENG

    id: Ident
    titel: Tekst
    uitleg: str = ""
    vragen: Annotated[tuple[Vraag, ...], Regel(_niet_leeg)]
    # Waar een thema dit onderdeel in het gesprek zet: vlak vóór de eerste of vlak na de laatste
    # vraag met deze rol in een eerdere vragenlijst (de kern). Zonder plaats komt het achteraan.
    voor: Annotated[str | None, Regel(_bekende_rol)] = None
    na: Annotated[str | None, Regel(_bekende_rol)] = None
    # "doelen": de vragen van dit onderdeel worden gesteld voor elk doel van het huidige OPP,
    # met de tekst van dat doel (`{{ doel }}`); zie `sessie/herhaling.py`.
    herhaal: Literal["doelen"] | None = None

    def __post_init__(self) -> None:
        if self.voor is not None and self.na is not None:
            raise ValueError("een onderdeel staat vóór of na een rol, niet allebei")
        if self.herhaal is not None and any(v.neemt_over for v in self.vragen):
            raise ValueError("een vraag die per doel herhaald wordt, kan geen vraag overnemen")


@dataclass(frozen=True, kw_only=True)
class Vragenlijst:
    __pydantic_config__ = _STRENG

    id: Ident
    titel: Tekst
    beschrijving: str = ""
    versie: Annotated[int, Regel(_positief)]
    # Plaats in keuzelijsten: eerst de kern, dan de thema's; gelijke volgorde gaat op id.
    volgorde: int = 100
    onderdelen: Annotated[tuple[Onderdeel, ...], Regel(_niet_leeg)]

    def __post_init__(self) -> None:
        gezien: set[str] = set()
        for onderdeel in self.onderdelen:
            for vraag in onderdeel.vragen:
                if vraag.id in gezien:
                    raise ValueError(f"vraag-id '{vraag.id}' komt twee keer voor")
                gezien.add(vraag.id)
        onderdeel_ids = [o.id for o in self.onderdelen]
        dubbel = {i for i in onderdeel_ids if onderdeel_ids.count(i) > 1}
        if dubbel:
            raise ValueError(f"onderdeel-id '{sorted(dubbel)[0]}' komt twee keer voor")

    def vragen(self) -> list[tuple[Onderdeel, Vraag]]:
        return [(o, v) for o in self.onderdelen for v in o.vragen]

    def vraag(self, vraag_id: str) -> Vraag | None:
        return next((v for _, v in self.vragen() if v.id == vraag_id), None)

    @property
    def vraagt_per_doel(self) -> bool:
        """Stelt deze vragenlijst vragen per doel (`herhaal = "doelen"`), zoals de evaluatie?"""
        return any(o.herhaal == "doelen" for o in self.onderdelen)

    @property
    def aantal_vragen(self) -> int:
        return sum(len(o.vragen) for o in self.onderdelen)


@dataclass(frozen=True, kw_only=True)
class Voorbeeldzin:
    """Een zin om mee te beginnen, als Jinja2-sjabloon met naam en voornaamwoorden.

    Open plekken staan tussen vierkante haken (`[aantal]`) en moet de gebruiker nog invullen.
    """

    __pydantic_config__ = _STRENG

    id: Ident
    onderdeel: Annotated[str, Regel(_bekend_onderdeel)]
    themas: tuple[str, ...] = ()
    tekst: Tekst
    doel: bool = False


# Een antwoord zoals het in een sessie staat. TOML kent geen null: een overgeslagen vraag
# staat in `overgeslagen`, niet als lege waarde.
Antwoordwaarde = str | int | float | bool | date | list[str]
