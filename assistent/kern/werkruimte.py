"""De werkruimte: sessiemap plus geladen vragenlijsten. CLI en TUI openen sessies via hier."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistent.kern import afweging, catalogus_cache, locaties, opslag
from assistent.kern.gesprek import Gesprek
from assistent.kern.laden import Catalogus
from assistent.kern.modellen import Sessie
from assistent.kern.opslag import SessieFout
from assistent.kern.waarden import toon


@dataclass
class Werkruimte:
    map: Path
    catalogus: Catalogus

    @classmethod
    def laad(cls, map_override: str | Path | None = None) -> Werkruimte:
        map_ = locaties.gebruikersmap(map_override)
        return cls(map_, catalogus_cache.laad(map_))

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


def controleer_volledigheid(gesprek: Gesprek) -> list[Any]:
    # Pas hier laden: het documentmodel hoort niet op het startpad van de chat.
    from assistent.kern import volledigheid

    return list(volledigheid.controleer(gesprek))


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
