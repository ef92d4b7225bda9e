"""De werkruimte: sessiemap plus geladen vragenlijsten. CLI en TUI openen sessies via hier."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistent.kern import locaties, school
from assistent.kern.sessie import afweging, opslag
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.model import Sessie
from assistent.kern.sessie.opslag import SessieFout
from assistent.kern.vragenlijst import cache
from assistent.kern.vragenlijst.laden import Catalogus
from assistent.kern.vragenlijst.waarden import toon

if TYPE_CHECKING:
    from assistent.kern.concept.volledigheid import Controle


@dataclass
class Werkruimte:
    map: Path
    catalogus: Catalogus

    @classmethod
    def laad(cls, map_override: str | Path | None = None) -> Werkruimte:
        map_ = locaties.gebruikersmap(map_override)
        return cls(map_, cache.laad(map_))

    def onbekende_lijsten(self, lijst_ids: list[str]) -> list[str]:
        return [i for i in lijst_ids if i not in self.catalogus.vragenlijsten]

    def gesprek(self, sessie: Sessie, pad: Path) -> Gesprek:
        onbekend = self.onbekende_lijsten(sessie.vragenlijsten)
        if onbekend:
            raise SessieFout(
                pad,
                f"de vragenlijst '{onbekend[0]}' is niet (goed) geladen; "
                "kijk met 'opp-assistent vragenlijsten' welke er zijn",
            )
        return Gesprek(sessie, [self.catalogus.vragenlijsten[i] for i in sessie.vragenlijsten])

    def open(self, pad: Path) -> Gesprek:
        """Opent een sessiebestand; geeft `SessieFout` als het niet te lezen is."""
        return self.gesprek(opslag.lees(pad), pad)

    def nieuw(
        self,
        naam: str,
        vragenlijsten: list[str],
        groep: int | None = None,
        vooraf: dict[str, object] | None = None,
    ) -> tuple[Gesprek, Path]:
        """Een nieuwe sessie; `vooraf` zijn antwoorden die al bekend zijn (zoals het
        voornaamwoord), gecontroleerd door de motor voordat er iets wordt opgeslagen."""
        onbekend = self.onbekende_lijsten(vragenlijsten)
        if onbekend:
            raise ValueError(f"Onbekende vragenlijst '{onbekend[0]}'.")
        lijsten = [self.catalogus.vragenlijsten[i] for i in vragenlijsten]
        sessie = opslag.nieuwe_sessie(naam, vragenlijsten, groep)
        gesprek = Gesprek(sessie, lijsten)
        for vraag_id, waarde in (vooraf or {}).items():
            uitkomst = gesprek.beantwoord(vraag_id, waarde)
            if uitkomst.fouten:
                raise ValueError(f"{vraag_id}: {uitkomst.fouten[0]}")
        pad = opslag.nieuw_pad(self.map, sessie)
        self.bewaar(gesprek, pad)
        return gesprek, pad

    def schoolprofiel(self) -> school.Schoolprofiel:
        """Het schoolprofiel van deze sessiemap; een kapot profiel geeft een leeg profiel (het
        startscherm en `opp-assistent school` melden wat er mis is)."""
        try:
            return school.laad(self.map)
        except school.SchoolFout:
            return school.Schoolprofiel()

    def bewaar_schoolprofiel(self, profiel: school.Schoolprofiel) -> Path:
        return school.bewaar(profiel, self.map)

    def bewaar(self, gesprek: Gesprek, pad: Path) -> None:
        """Bewaart de sessie, met de afgeleide redenering (het advies) erbij."""
        werk_notities_bij(gesprek)
        opslag.bewaar(gesprek.sessie, pad)


def werk_notities_bij(gesprek: Gesprek) -> None:
    """Het advies basisaanpak of OPP hoort met de redenen in de sessie (om later te tonen)."""
    advies = afweging.advies(gesprek.context())
    notities = dict(gesprek.sessie.notities)
    if advies is None:
        notities.pop("advies", None)
    else:
        notities["advies"] = advies.als_dict()
    if notities != gesprek.sessie.notities:
        gesprek.sessie.notities = notities


def controleer_volledigheid(gesprek: Gesprek) -> list[Controle]:
    # Pas hier laden: het documentmodel hoort niet op het startpad van de chat (starttijd).
    from assistent.kern.concept.bouwen import controles

    return controles(gesprek)


@dataclass(frozen=True)
class Conceptweergave:
    """Wat het conceptpaneel toont: de Markdown van één document en, bij het OPP, de controles."""

    titel: str
    markdown: str
    controles: list[Controle] | None


TITELS = {"opp": "Concept-OPP", "agenda": "Gespreksagenda", "kinddeel": "Kinddeel"}


def conceptweergave(
    gesprek: Gesprek, document: str = "opp", *, vandaag: date | None = None,
    schoolprofiel: school.Schoolprofiel | None = None,
) -> Conceptweergave:
    """Eén concept voor document én controle: de doelen worden dan één keer gecontroleerd.
    Zonder `schoolprofiel` het profiel uit de standaard-sessiemap."""
    # Pas hier laden: het documentmodel hoort niet op het startpad van de chat (starttijd).
    from assistent.kern.concept.bouwen import bouw_concept
    from assistent.kern.concept.volledigheid import controleer
    from assistent.kern.export.md import render_concept

    concept = bouw_concept(gesprek, document, vandaag=vandaag, school=schoolprofiel)
    controles = controleer(concept) if document == "opp" else None
    return Conceptweergave(TITELS.get(document, document), render_concept(concept), controles)


def toestand(gesprek: Gesprek) -> dict[str, Any]:
    """De toestand van een gesprek als JSON-klare dict (voor `invullen --json`)."""
    stap = gesprek.volgende()
    volgende: dict[str, Any] | None = None
    if stap is not None:
        vraag = stap.vraag
        volgende = {
            "id": vraag.id,
            "vraag": gesprek.tekst(vraag),
            "soort": vraag.soort,
            "opties": [{"waarde": o.waarde, "label": o.label} for o in vraag.opties],
            "verplicht": vraag.verplicht,
        }
        if vraag.soort == "lijst":
            volgende["item"] = vraag.item
        voorstel = gesprek.voorstel(vraag)
        if voorstel:
            volgende["voorstel"] = voorstel
    staat: dict[str, Any] = {
        "volgende": volgende,
        "voortgang": gesprek.voortgang().als_dict(),
        "signalen": [m.als_dict() for m in gesprek.signalen()],
        "ontbrekend": gesprek.ontbrekend(),
        "volledigheid": [c.als_dict() for c in controleer_volledigheid(gesprek)],
    }
    advies = afweging.advies(gesprek.context())
    if advies is not None:
        staat["advies"] = advies.als_dict()
    return staat


def samenvatting(gesprek: Gesprek) -> list[tuple[str, str, str]]:
    """(onderdeel, vraag, antwoord) voor elk zichtbaar, beantwoord antwoord."""
    regels: list[tuple[str, str, str]] = []
    for stap in gesprek.zichtbaar():
        waarde = gesprek.geldig_antwoord(stap.vraag)
        if waarde is not None:
            regels.append((stap.onderdeel.titel, stap.vraag.titel, toon(stap.vraag, waarde)))
    return regels
