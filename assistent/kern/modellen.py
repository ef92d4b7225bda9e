"""De gegevensmodellen: vragenlijsten, voorbeeldzinnen en sessies.

Alles wat uit een bestand komt gaat door deze bevroren pydantic-modellen (`extra="forbid"`),
zodat een tikfout in een veldnaam een duidelijke fout geeft in plaats van stil te verdwijnen.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Soort = Literal["tekst", "lang", "keuze", "meerkeuze", "janee", "getal", "datum", "doel", "lijst"]
SOORTEN: tuple[str, ...] = (
    "tekst", "lang", "keuze", "meerkeuze", "janee", "getal", "datum", "doel", "lijst",
)

# De onderdelen van de documenten waar een antwoord naartoe gaat. De sleutel staat in de
# vragenlijst (`sectie = "factoren_bevorderend"`), de titel verschijnt in het concept.
SECTIES: dict[str, str] = {
    "leerling": "Gegevens van de leerling",
    "aanleiding": "Aanleiding en hulpvraag",
    "beginsituatie": "Beginsituatie",
    "factoren_bevorderend": "Bevorderende factoren",
    "factoren_belemmerend": "Belemmerende factoren",
    "onderwijsbehoeften": "Onderwijsbehoeften",
    "uitstroomperspectief": "Uitstroomperspectief",
    "onderbouwing": "Onderbouwing van het uitstroomperspectief",
    "doelen": "Doelen",
    "aanpak": "Aanpak en interventies",
    "afspraken_ouders": "Afspraken met ouders",
    "afspraken_leerling": "Afspraken met de leerling",
    "afwijkingen": "Afwijkingen van het onderwijsprogramma",
    "leerlijn": "Eigen leerlijn",
    "stem_kind": "Stem van het kind",
    "kinddeel": "Kinddeel",
    "data": "Data en termijnen",
    "overleg": "Overleg en instemming",
    "evaluatie": "Evaluatie",
    "afweging": "Basisaanpak of OPP",
    "agenda": "Gespreksagenda",
    "intern": "Alleen voor de assistent",
}

ID_PATROON = re.compile(r"^[a-z][a-z0-9_]*$")
Ident = Annotated[str, Field(pattern=ID_PATROON.pattern, min_length=1, max_length=60)]


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Optie(Model):
    """Een keuzemogelijkheid: de waarde wordt bewaard, het label wordt getoond."""

    waarde: Ident
    label: str = Field(min_length=1)
    voorbeeldzin: Ident | None = None


class Vraag(Model):
    id: Ident
    soort: Soort
    vraag: str = Field(min_length=1)
    uitleg: str = ""
    opties: tuple[Optie, ...] = ()
    verplicht: bool = True
    standaard: Any = None
    toon_als: str | None = None
    voorbeeldzinnen: tuple[Ident, ...] = ()
    sectie: str = "intern"
    # Alleen bij `lijst`: wat elk item is (gewone tekst of een doel dat de doelcheck krijgt).
    item: Literal["tekst", "doel"] = "tekst"
    # Alleen bij `getal`.
    minimum: float | None = None
    maximum: float | None = None
    # Korte naam voor overzichten en het concept; valt terug op de vraag zelf.
    kop: str = ""
    # Een voorstel voor het antwoord, als Jinja2-sjabloon over eerdere antwoorden (bijvoorbeeld
    # een doel samengesteld uit gedrag, situatie en criterium). De gebruiker kan het aanpassen.
    voorstel: str | None = None

    @field_validator("sectie")
    @classmethod
    def _bekende_sectie(cls, waarde: str) -> str:
        if waarde not in SECTIES:
            bekend = ", ".join(sorted(SECTIES))
            raise ValueError(f"onbekende sectie '{waarde}'; kies uit: {bekend}")
        return waarde

    @model_validator(mode="after")
    def _opties_passen_bij_soort(self) -> Vraag:
        met_opties = self.soort in ("keuze", "meerkeuze")
        if met_opties and not self.opties:
            raise ValueError(f"een vraag van soort '{self.soort}' heeft opties nodig")
        if not met_opties and self.opties:
            raise ValueError(f"een vraag van soort '{self.soort}' kan geen opties hebben")
        waarden = [o.waarde for o in self.opties]
        dubbel = {w for w in waarden if waarden.count(w) > 1}
        if dubbel:
            raise ValueError(f"optie '{sorted(dubbel)[0]}' staat er twee keer in")
        if self.soort != "getal" and (self.minimum is not None or self.maximum is not None):
            raise ValueError("minimum en maximum horen alleen bij een vraag van soort 'getal'")
        return self

    @property
    def titel(self) -> str:
        return self.kop or self.vraag

    def optie(self, waarde: str) -> Optie | None:
        return next((o for o in self.opties if o.waarde == waarde), None)


class Onderdeel(Model):
    id: Ident
    titel: str = Field(min_length=1)
    uitleg: str = ""
    vragen: tuple[Vraag, ...] = Field(min_length=1)


class Vragenlijst(Model):
    id: Ident
    titel: str = Field(min_length=1)
    beschrijving: str = ""
    versie: int = Field(ge=1)
    # Plaats in keuzelijsten: eerst de kern, dan de thema's; gelijke volgorde gaat op id.
    volgorde: int = 100
    onderdelen: tuple[Onderdeel, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unieke_ids(self) -> Vragenlijst:
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
        return self

    def vragen(self) -> list[tuple[Onderdeel, Vraag]]:
        return [(o, v) for o in self.onderdelen for v in o.vragen]

    def vraag(self, vraag_id: str) -> Vraag | None:
        return next((v for _, v in self.vragen() if v.id == vraag_id), None)

    @property
    def aantal_vragen(self) -> int:
        return sum(len(o.vragen) for o in self.onderdelen)


class Voorbeeldzin(Model):
    """Een zin om mee te beginnen, als Jinja2-sjabloon met naam en voornaamwoorden.

    Open plekken staan tussen vierkante haken (`[aantal]`) en moet de gebruiker nog invullen.
    """

    id: Ident
    onderdeel: str
    themas: tuple[str, ...] = ()
    tekst: str = Field(min_length=1)
    doel: bool = False

    @field_validator("onderdeel")
    @classmethod
    def _bekend_onderdeel(cls, waarde: str) -> str:
        if waarde not in SECTIES:
            raise ValueError(f"onbekend onderdeel '{waarde}'")
        return waarde


# Een antwoord zoals het in een sessie staat. TOML kent geen null: een overgeslagen vraag
# staat in `overgeslagen`, niet als lege waarde.
Antwoordwaarde = str | int | float | bool | date | list[str]


class Sessie(BaseModel):
    """Eén leerling, één gesprek: de antwoorden en wat erbij hoort."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    formaat: Literal[1] = 1
    id: str = Field(min_length=1)
    vragenlijsten: list[str] = Field(min_length=1)
    aangemaakt: datetime
    bijgewerkt: datetime
    antwoorden: dict[str, Antwoordwaarde] = {}
    overgeslagen: list[str] = []
    # Een zachte waarschuwing (zoals een vaag doel) die bewust is geaccepteerd, met de reden.
    aanvaard: dict[str, str] = {}
    # Vastgelegde redeneringen, zoals het advies basisaanpak of OPP.
    notities: dict[str, Any] = {}

    @property
    def naam(self) -> str:
        waarde = self.antwoorden.get("naam")
        return str(waarde) if waarde else "(nog zonder naam)"
