"""Eén leerling, één gesprek: de sessie zoals die in het sessiebestand staat."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from assistent.kern.vragenlijst.modellen import Antwoordwaarde

MAX_NAAM = 60
FORMAAT = 2  # het formaat dat nu geschreven wordt; formaat 1 wordt nog gelezen


@dataclass(kw_only=True)
class Meting:
    """Eén meting bij een doel: de datum en de waarde in de eenheid van het doel zelf
    ("3 van de 5 lessen", "42 woorden per minuut", "80%"), als tekst."""

    datum: date
    waarde: str


@dataclass(kw_only=True)
class Versie:
    """Een afgesloten versie van het OPP, zoals die was: de antwoorden en metingen van toen,
    en wat er bij het bijstellen veranderde en waarom."""

    versie: int
    datum: date  # de datum waarop deze versie begon
    wijziging: str = ""  # wat er bij het bijstellen veranderde
    reden: str = ""  # waarom
    antwoorden: dict[str, Antwoordwaarde] = field(default_factory=dict)
    metingen: dict[str, list[Meting]] = field(default_factory=dict)
    # Bij het afsluiten vastgelegd, voor de korte evaluatie in de volgende versie: de doelen
    # van toen, en per doelnummer het oordeel (behaald, deels, niet) en het besluit
    # (doorgaan, bijstellen, afsluiten).
    doelen: list[str] = field(default_factory=list)
    oordelen: dict[str, str] = field(default_factory=dict)
    besluiten: dict[str, str] = field(default_factory=dict)
    # De vragenlijsten van toen, zoals de evaluatie die na het bijstellen uit het gesprek gaat;
    # leeg (in oudere bestanden) betekent: dezelfde als nu.
    vragenlijsten: list[str] = field(default_factory=list)
    # De jaarlijkse evaluatie met ouders (rol `evaluatie_gehouden`) waarmee deze versie werd
    # afgesloten; leeg als er bij het bijstellen geen was (een tussenevaluatie telt niet mee).
    evaluatie: date | None = None
    # Wat kind en ouders bij die evaluatie zeiden (rollen kind_terugblik, ouders_terugblik),
    # voor de korte evaluatie in het OPP van de volgende versie.
    terugblik: dict[str, str] = field(default_factory=dict)


@dataclass(kw_only=True)
class Sessie:
    """Eén leerling, één gesprek: de antwoorden en wat erbij hoort.

    Een sessiebestand wordt bij het lezen gecontroleerd door `velden.sessie_uit`.
    """

    formaat: Literal[2] = 2
    id: str
    vragenlijsten: list[str]
    aangemaakt: datetime
    bijgewerkt: datetime
    antwoorden: dict[str, Antwoordwaarde] = field(default_factory=dict)
    overgeslagen: list[str] = field(default_factory=list)
    # Een zachte waarschuwing (zoals een vaag doel) die bewust is geaccepteerd, met de reden.
    aanvaard: dict[str, str] = field(default_factory=dict)
    # Vastgelegde redeneringen, zoals het advies basisaanpak of OPP.
    notities: dict[str, Any] = field(default_factory=dict)
    # Per doelnummer (zoals in het OPP, vanaf "1") de metingen van de huidige versie.
    metingen: dict[str, list[Meting]] = field(default_factory=dict)
    # Eerdere, afgesloten versies van het OPP; de huidige versie is `len(versies) + 1`.
    versies: list[Versie] = field(default_factory=list)
    # De datum waarop de huidige versie begon (bij versie 1: leeg, dan telt `aangemaakt`).
    versie_datum: date | None = None
    # Wat er bij het bijstellen naar de huidige versie veranderde en waarom.
    wijziging: str = ""
    reden: str = ""
    # Waar en hoe het bestand eruitzag toen deze sessie gelezen of bewaard werd: zo merkt
    # `opslag.bewaar` dat een ander (een tweede venster, `invullen`) het intussen veranderde.
    # Hoort niet in het bestand en telt niet mee bij het vergelijken.
    op_schijf: tuple[Path, bytes] | None = field(default=None, compare=False, repr=False)


def versienummer(sessie: Sessie) -> int:
    """Het nummer van de huidige versie van het OPP."""
    return len(sessie.versies) + 1


def weergavenaam(waarde: object) -> str:
    """De naam voor lijsten en koppen: hooguit één regel van `MAX_NAAM` tekens, zodat een met de
    hand geschreven naam van duizenden tekens een lijst niet laat vastlopen."""
    tekst = " ".join(str(waarde or "").split())
    if not tekst:
        return "(nog zonder naam)"
    return tekst if len(tekst) <= MAX_NAAM else tekst[: MAX_NAAM - 1] + "…"
