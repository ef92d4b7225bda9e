"""De werkruimte: sessiemap plus geladen vragenlijsten, en de use cases die CLI en TUI aanroepen.

Openen, nieuw, bewaren, het concept met zijn controles, het overzicht en exporteren: een scherm
of subopdracht roept één functie hier aan en toont wat terugkomt. Het werk zelf gebeurt in de
deelpakketten eronder.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistent.kern import locaties, school
from assistent.kern.cyclus.criterium import gehaald
from assistent.kern.cyclus.metingen import versie_overzicht
from assistent.kern.cyclus.stand import vul_oude_versies_aan
from assistent.kern.sessie import afweging, opslag
from assistent.kern.sessie.gesprek import Gesprek, Stap
from assistent.kern.sessie.model import Sessie
from assistent.kern.sessie.opslag import SessieFout
from assistent.kern.vragenlijst import cache
from assistent.kern.vragenlijst.laden import Catalogus
from assistent.kern.vragenlijst.modellen import Vragenlijst
from assistent.kern.vragenlijst.rollen import ROLLEN
from assistent.kern.vragenlijst.waarden import toon

if TYPE_CHECKING:
    from assistent.kern.concept.volledigheid import Controle
    from assistent.kern.vragenlijst.voorbeeldzinnen import Suggestie


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
        vul_oude_versies_aan(sessie, self.catalogus.vragenlijsten)
        return Gesprek(sessie, [self.catalogus.vragenlijsten[i] for i in sessie.vragenlijsten],
                       meetoordeel=gehaald)

    def open(self, pad: Path) -> Gesprek:
        """Opent een sessiebestand; geeft `SessieFout` als het niet te lezen is."""
        return self.gesprek(opslag.lees(pad), pad)

    def nieuw(
        self,
        naam: str,
        vragenlijsten: list[str],
        groep: int | None = None,
        vooraf: Mapping[str, object] | None = None,
    ) -> tuple[Gesprek, Path]:
        """Een nieuwe sessie met de naam (en groep) al beantwoord; `vooraf` zijn nog meer
        antwoorden die al bekend zijn, per rol (zoals het voornaamwoord). De vragenlijsten
        zeggen welke vraag elke rol vervult; de motor controleert elk antwoord voordat er iets
        wordt opgeslagen. Geeft `ValueError` met een Nederlandse uitleg."""
        onbekend = self.onbekende_lijsten(vragenlijsten)
        if onbekend:
            raise ValueError(f"Onbekende vragenlijst '{onbekend[0]}'.")
        lijsten = [self.catalogus.vragenlijsten[i] for i in vragenlijsten]
        sessie = opslag.nieuwe_sessie(naam, vragenlijsten)
        gesprek = Gesprek(sessie, lijsten, meetoordeel=gehaald)
        bekend = {"naam": naam, **({"groep": groep} if groep is not None else {}),
                  **(vooraf or {})}
        for rol, waarde in bekend.items():
            vraag = gesprek.vraag_met_rol(rol)
            if vraag is None:
                uitleg = ROLLEN[rol].uitleg if rol in ROLLEN else f"de rol '{rol}'"
                raise ValueError(f"De gekozen vragenlijsten hebben geen vraag voor {uitleg}.")
            uitkomst = gesprek.beantwoord(vraag.id, waarde)
            if uitkomst.fouten:
                raise ValueError(f"{vraag.kop or vraag.id}: {uitkomst.fouten[0]}")
        pad = opslag.nieuw_pad(self.map, sessie)
        self.bewaar(gesprek, pad)
        return gesprek, pad

    def evaluatielijst(self, gesprek: Gesprek | None = None) -> Vragenlijst | None:
        """De vragenlijst voor de evaluatie: een die vragen per doel stelt (`herhaal =
        "doelen"`). Eerst die de sessie (of een eerdere versie) al gebruikte, anders de eerste in
        de volgorde van de catalogus (een school zet de hare met `volgorde` vooraan)."""
        lijsten = [lijst for lijst in self.catalogus.vragenlijsten.values()
                   if lijst.vraagt_per_doel]
        if gesprek is not None:
            eerder = {*gesprek.sessie.vragenlijsten,
                      *(i for v in gesprek.sessie.versies for i in v.vragenlijsten)}
            lijsten.sort(key=lambda lijst: lijst.id not in eerder)
        return lijsten[0] if lijsten else None

    def begin_evaluatie(self, gesprek: Gesprek) -> Vragenlijst:
        """Zet de evaluatie per doel achter het lopende gesprek; bewaren doet de aanroeper.
        Geeft `ValueError` als er geen vragenlijst voor de evaluatie geladen is."""
        lijst = self.evaluatielijst(gesprek)
        if lijst is None:
            raise ValueError("Er is geen vragenlijst voor de evaluatie geladen; kijk met "
                             "'opp-assistent valideer' wat er mis is.")
        gesprek.voeg_toe(lijst)
        return lijst

    def schoolprofiel(self) -> school.Schoolprofiel:
        """Het schoolprofiel van deze sessiemap; een kapot profiel geeft een leeg profiel (het
        startscherm en `opp-assistent school` melden wat er mis is)."""
        try:
            return school.laad(self.map)
        except school.SchoolFout:
            return school.Schoolprofiel()

    def bewaar_schoolprofiel(self, profiel: school.Schoolprofiel) -> Path:
        return school.bewaar(profiel, self.map)

    def bewaar(self, gesprek: Gesprek, pad: Path) -> opslag.Bewaard:
        """Bewaart de sessie, met de afgeleide redenering (het advies) erbij; de uitkomst zegt
        of er antwoorden van een tweede schrijver zijn samengevoegd (zie `Bewaard.melding`)."""
        werk_notities_bij(gesprek)
        return opslag.bewaar(gesprek.sessie, pad)

    def bewaar_kopie(self, gesprek: Gesprek, pad: Path) -> Path:
        """Een kopie van de sessie op een ander pad (als opslaan op de gewone plek niet lukt);
        een bestaand bestand blijft staan. Geeft `SessieFout`."""
        if os.path.lexists(pad):
            raise SessieFout(pad, "dit bestand bestaat al; kies een andere naam")
        werk_notities_bij(gesprek)
        opslag.bewaar(replace(gesprek.sessie, op_schijf=None), pad)
        return pad

    def voorbeeldzinnen(self, gesprek: Gesprek, stap: Stap, maximum: int = 9) -> list[str]:
        """De voorbeeldzinnen bij deze vraag, al ingevuld met naam en voornaamwoorden."""
        # Dezelfde zinnen in dezelfde volgorde als `invullen --json`: de thema's van de sessie voor.
        return [s.tekst for s in voorbeeldzinnen_bij(self.catalogus, gesprek, stap, maximum)]

    def exportpad(self, gesprek: Gesprek, document: str, formaat: str) -> Path:
        """Waar een document standaard komt: in de exportmap, met de sessie-id in de naam."""
        from assistent.kern import export  # pas bij exporteren: het documentmodel is zwaar

        return export.standaard_pad(self.map, gesprek, document, formaat)

    def exporteer(
        self, gesprek: Gesprek, document: str, formaat: str, pad: Path | str | None = None, *,
        vandaag: date | None = None, overschrijf: bool = False,
    ) -> Path:
        """Schrijft één document en geeft het pad terug; `ExportFout` (met een tekst voor de
        gebruiker) als het niet lukt. Zonder pad komt het in de exportmap; is het pad een map
        (of eindigt het op /), dan komt het bestand daarin met de standaardnaam. Een bestaand
        bestand blijft staan (`export.BestaatAl`) tenzij `overschrijf`."""
        from assistent.kern import export  # pas bij exporteren: het documentmodel is zwaar

        standaard = self.exportpad(gesprek, document, formaat)
        doel = standaard if pad is None else Path(pad).expanduser()
        # os.path: Path.is_dir geeft bij een naam van meer dan 255 tekens een uitzondering.
        if pad is not None and (str(pad).endswith(("/", os.sep)) or os.path.isdir(doel)):
            doel = doel / standaard.name
        return export.exporteer(gesprek, document, formaat, doel, vandaag=vandaag,
                                school=self.schoolprofiel(), overschrijf=overschrijf)


    def exporteer_sjabloon(
        self, gesprek: Gesprek, sjabloon: Path, pad: Path | str | None = None, *,
        vandaag: date | None = None, overschrijf: bool = False,
    ) -> Path:
        """Vult een Word-sjabloon van de school met het concept-OPP en schrijft het atomair;
        `ExportFout` of `SjabloonFout` (met een tekst voor de gebruiker) als het niet lukt. Bij
        een fout wordt er niets geschreven. Zonder pad: `<export>/<id>-<sjabloonnaam>.docx`."""
        from assistent.kern import export
        from assistent.kern.schoolsjabloon.velden import bouw_velden
        from assistent.kern.schoolsjabloon.vullen import vul

        standaard = self.sjabloonpad(gesprek, sjabloon)
        doel = standaard if pad is None else Path(pad).expanduser()
        if pad is not None and (str(pad).endswith(("/", os.sep)) or os.path.isdir(doel)):
            doel = doel / standaard.name
        concept = export.concept(gesprek, "opp", vandaag=vandaag, school=self.schoolprofiel())
        gegevens = vul(sjabloon, bouw_velden(concept))
        export.schrijf(doel, gegevens, overschrijf=overschrijf)
        return doel

    def sjabloonpad(self, gesprek: Gesprek, sjabloon: Path) -> Path:
        """Waar het OPP in het format van de school standaard komt."""
        standaard = self.exportpad(gesprek, "opp", "docx")
        return standaard.with_name(f"{standaard.stem}-{sjabloon.stem}.docx")

    def schoolsjablonen(self) -> list[Path]:
        """De Word-sjablonen van de school in `<sessiemap>/sjablonen/`, op naam."""
        map_ = locaties.schoolsjablonenmap(self.map)
        try:
            return sorted(p for p in map_.iterdir() if p.suffix.lower() == ".docx"
                          and not p.name.startswith("~$") and p.is_file())
        except OSError:
            return []


def werk_notities_bij(gesprek: Gesprek) -> None:
    """Het advies basisaanpak of OPP hoort met de redenen in de sessie (om later te tonen)."""
    advies = gesprek.advies()
    notities = dict(gesprek.sessie.notities)
    if advies is None:
        notities.pop("advies", None)
    else:
        notities["advies"] = advies.als_dict()
    if notities != gesprek.sessie.notities:
        gesprek.sessie.notities = notities


DOCUMENTTITELS: dict[str, str] = {
    "opp": "Concept-OPP", "kinddeel": "Kinddeel", "agenda": "Gespreksagenda",
}
FORMAATNAMEN: dict[str, str] = {"md": "Markdown (.md)", "docx": "Word (.docx)"}


def documenttitel(gesprek: Gesprek, document: str) -> str:
    """De naam van een document voor deze sessie: bij het advies basisaanpak is het OPP de
    notitie voor het groepsplan (zie concept/notitie.py)."""
    advies = gesprek.advies()
    if document == "opp" and advies is not None and advies.uitkomst == "basisaanpak":
        return "Notitie voor het groepsplan"
    return DOCUMENTTITELS.get(document, document)


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
    return Conceptweergave(documenttitel(gesprek, document), render_concept(concept), controles)


@dataclass(frozen=True)
class Overzichtregel:
    """Eén zichtbare vraag in het overzicht, met het nummer waarmee je hem kunt wijzigen."""

    onderdeel: str
    nummer: int
    vraag_id: str
    vraag: str
    antwoord: str | None  # None: nog open
    onderdeel_id: str = ""  # vragenlijst en onderdeel samen: waar een nieuw kopje begint


@dataclass(frozen=True)
class Overzicht:
    """Alles wat het overzichtsscherm toont: de vragen per onderdeel en de controles."""

    regels: list[Overzichtregel]
    controles: list[Controle]


def overzicht(gesprek: Gesprek) -> Overzicht:
    """Alle zichtbare vragen met hun antwoord, in volgorde, plus de volledigheidscontrole."""
    regels = [
        Overzichtregel(stap.onderdeel.titel, nummer, stap.vraag.id, stap.vraag.titel,
                       gesprek.antwoordtekst(stap.vraag),
                       f"{stap.vragenlijst.id}.{stap.onderdeel.id}")
        for nummer, stap in enumerate(gesprek.zichtbaar(), start=1)
    ]
    return Overzicht(regels, controleer_volledigheid(gesprek))


def toestand(catalogus: Catalogus, gesprek: Gesprek) -> dict[str, Any]:
    """De toestand van een gesprek als JSON-klare dict (voor `invullen --json`), met bij de
    volgende vraag wat de chat daar aanbiedt (zie `_aanbod`)."""
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
        volgende.update(_aanbod(catalogus, gesprek, stap))
    staat: dict[str, Any] = {
        "volgende": volgende,
        "voortgang": gesprek.voortgang().als_dict(),
        "signalen": [m.als_dict() for m in gesprek.signalen()],
        "ontbrekend": gesprek.ontbrekend(),
        "volledigheid": [c.als_dict() for c in controleer_volledigheid(gesprek)],
        "cyclus": versie_overzicht(gesprek),
    }
    advies = gesprek.advies()
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


# Bij deze soorten vragen toont de chat voorbeeldzinnen; bij een keuze of datum helpen ze niet.
SOORTEN_MET_ZINNEN = ("tekst", "lang", "doel", "lijst")


def voorbeeldzinnen_bij(
    catalogus: Catalogus, gesprek: Gesprek, stap: Stap, maximum: int = 9
) -> list[Suggestie]:
    """De voorbeeldzinnen bij een vraag in de volgorde van de chat: eerst wat de vraag noemt,
    dan de zinnen van de thema's van deze sessie, dan die van de lopende vragenlijst."""
    if stap.vraag.soort not in SOORTEN_MET_ZINNEN:
        return []
    from assistent.kern.vragenlijst import voorbeeldzinnen  # niet op het startpad nodig

    return voorbeeldzinnen.suggesties(
        catalogus, stap.vraag, stap.vragenlijst.id, gesprek.context(), maximum,
        themas=gesprek.sessie.vragenlijsten,
    )


def _aanbod(catalogus: Catalogus, gesprek: Gesprek, stap: Stap) -> dict[str, Any]:
    """Wat de chat bij deze vraag aanbiedt: de voorbeeldzinnen (ingevuld, in de volgorde van
    het scherm), het voorstel in het antwoordvak (of None) en of een checklist 'anders,
    namelijk …' heeft."""
    vraag = stap.vraag
    voorstel = gesprek.voorstel(vraag)
    if voorstel is None and isinstance(vraag.standaard, str):
        voorstel = vraag.standaard
    return {
        "voorbeeldzinnen": [
            {"id": s.id, "tekst": s.tekst, "thema": s.thema}
            for s in voorbeeldzinnen_bij(catalogus, gesprek, stap)
        ],
        "voorstel": voorstel,
        "anders": vraag.soort == "meerkeuze",
    }


ADVIESKOPPEN: dict[str, str] = {
    "opp": "Advies: stel een OPP op.",
    "basisaanpak": "Advies: geen OPP nodig; dit past in de basisaanpak.",
    "twijfel": "Advies: nog geen OPP; probeer eerst de basisondersteuning.",
}


@dataclass(frozen=True)
class Adviesweergave:
    """Het advies basisaanpak of OPP zoals de chat en het overzicht het tonen."""

    na_vraag_id: str  # het advies staat in het gesprek na het antwoord op deze vraag
    uitkomst: str
    kop: str
    redenen: list[str]
    volgende_stap: str

    def als_tekst(self) -> str:
        redenen = "\n".join(f"• {r}" for r in self.redenen)
        return f"{self.kop}\n\nWaarom:\n{redenen}\n\nVolgende stap: {self.volgende_stap}"


def adviesweergave(gesprek: Gesprek) -> Adviesweergave | None:
    """Het advies, zodra alle zichtbare afwegingsvragen beantwoord of overgeslagen zijn."""
    stappen = [s for s in gesprek.zichtbaar() if s.vraag.rol in afweging.ROLLEN]
    if not stappen or not all(gesprek.is_afgehandeld(s.vraag) for s in stappen):
        return None
    advies = gesprek.advies()
    if advies is None:
        return None
    laatste = stappen[-1]
    verder = [s for s in gesprek.stappen
              if s.vragenlijst.id != laatste.vragenlijst.id and s.vraag.rol not in afweging.ROLLEN]
    if advies.uitkomst == "opp":
        stap = ("Begin aan het OPP: de vragen daarvoor komen hierna." if verder else
                "Begin aan het OPP: start een nieuwe sessie met de vragenlijst OPP-kern.")
    elif advies.uitkomst == "basisaanpak":
        stap = ("Leg de aanpak vast in het groepsplan of groepsoverzicht, en kijk na een "
                "planperiode of hij werkt.")
    else:
        stap = ("Probeer eerst een planperiode wat binnen de basisondersteuning kan, leg dat "
                "vast in het groepsplan en evalueer het. Bespreek de leerling daarna in de "
                "leerlingbespreking.")
    return Adviesweergave(laatste.vraag.id, advies.uitkomst, ADVIESKOPPEN[advies.uitkomst],
                          list(advies.redenen), stap)


def stop_wijzigen(gesprek: Gesprek) -> None:
    """Esc tijdens het wijzigen van een eerder antwoord: het antwoord blijft zoals het was."""
    gesprek.stop_wijzigen()
