"""Hulpjes voor de TUI-tests: vaste antwoorden, een sessiebestand maken, antwoorden geven."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, SelectionList, TextArea

from assistent.kern.sessie import opslag
from assistent.kern.vragenlijst.modellen import Vraag
from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.screens.chat import ChatScherm
from assistent.tui.widgets.beurt import Meldingbeurt

MEETBAAR = ("Sem werkt 10 minuten zelfstandig aan een taak, 4 van de 5 keer, "
            "gemeten met een turflijst voor de herfstvakantie.")
VAAG = "Sem gaat beter lezen."

def _dag(dagen: int) -> str:
    dag = date.today() + timedelta(days=dagen)
    return f"{dag.day}-{dag.month}-{dag.year}"


# Een antwoord voor elke vraag van opp.toml, zoals een IB'er het zou geven.
ANTWOORDEN: dict[str, Any] = {
    "naam": "Sem",
    "groep": "5",
    "voornaamwoord": "hij",
    "leerkracht": "Juf Fatima",
    "ouders": "Anna Jansen (moeder)\nKarim Jansen (vader)",
    "gezag": "beide",
    "aanleiding": "Sem leest sinds groep 4 traag en raakt achter bij alle vakken met tekst.",
    "bevorderend_kind": ["gemotiveerd", "sociaal"],
    "bevorderend_onderwijs": ["structuur"],
    "bevorderend_thuis": ["betrokken_ouders"],
    "belemmerend_kind": ["tempo"],
    "belemmerend_onderwijs": [],
    "belemmerend_thuis": [],
    "onderwijsbehoeften": "Sem heeft verlengde instructie nodig en korte teksten met plaatjes.",
    "uitstroom": "vmbo_kb",
    "uitstroom_nu": "Op dit moment leest Sem op AVI-niveau E4; met extra oefening haalbaar.",
    "doelen": [MEETBAAR],
    "aanpak": "Vier keer per week tien minuten duolezen met de onderwijsassistent.",
    "aanpak_wie": "De leerkracht, met hulp van de IB'er.",
    "afspraken_ouders": "Ouders lezen thuis drie keer per week samen een kwartier.",
    "afspraken_leerling": "Sem houdt zelf een leeslogboek bij.",
    "afwijkingen": ["geen"],
    # Data rond vandaag die elkaar niet tegenspreken (de motor waarschuwt anders terecht).
    "start_ondersteuning": _dag(-14),
    "vaststelling": _dag(14),
    "tussenevaluatie": _dag(70),
    "evaluatie_datum": _dag(180),
    "overleg_datum": _dag(-7),
    "instemming": "ja",
    "instemming_opmerkingen": "",
}


def antwoord_voor(vraag: Vraag) -> Any:
    """Het vaste antwoord, of (voor een vraag die later aan opp.toml is toegevoegd) een gewoon."""
    if vraag.id in ANTWOORDEN:
        return ANTWOORDEN[vraag.id]
    gewoon = {"tekst": "Zie het gesprek.", "lang": "Zie het gesprek.", "getal": "1",
              "datum": "1-10-2025", "janee": False, "lijst": ["Zie het gesprek."],
              "doel": MEETBAAR, "meerkeuze": []}
    return vraag.opties[0].waarde if vraag.soort == "keuze" else gewoon[vraag.soort]


def maak_sessie(
    werkruimte: Werkruimte, tot: str | None = None, naam: str = "sem",
    antwoorden: dict[str, Any] | None = None,
) -> Path:
    """Een sessiebestand met vaste data en de antwoorden van `antwoorden` (standaard
    ANTWOORDEN) tot (niet met) de vraag `tot`."""
    antwoorden = ANTWOORDEN if antwoorden is None else antwoorden
    gesprek_, pad = werkruimte.nieuw("Sem", ["opp"], 5)
    for stap in gesprek_.stappen:
        if stap.vraag.id == tot:
            break
        waarde = antwoorden[stap.vraag.id] if stap.vraag.id in antwoorden else antwoord_voor(
            stap.vraag)
        if waarde in ("", []) and not stap.vraag.verplicht:
            gesprek_.sla_over(stap.vraag.id)
        else:
            gesprek_.beantwoord(stap.vraag.id, waarde)
    vast = datetime(2025, 9, 1, 10, 30)
    sessie = gesprek_.sessie
    doel = opslag.maak_map(werkruimte.map) / f"{naam}.toml"
    opslag.bewaar(replace(sessie, id=naam, aangemaakt=vast, bijgewerkt=vast), doel)
    pad.unlink()
    return doel


def chat(app: OppApp) -> ChatScherm:
    scherm = app.screen
    assert isinstance(scherm, ChatScherm), f"verwacht het chatscherm, zie {scherm!r}"
    return scherm


async def antwoord(pilot: Pilot[Any], waarde: Any) -> None:
    """Beantwoordt de huidige vraag zoals een mens: waarde in het vak, één toets."""
    scherm = chat(pilot.app)  # type: ignore[arg-type]
    assert scherm.stap is not None
    oude_stap = scherm.stap
    meldingen = len(scherm.query(Meldingbeurt))
    vraag = scherm.stap.vraag
    # Eerst moet het invoerwidget van deze vraag er helemaal staan (gemonteerd en opgemaakt);
    # een tekstvak vullen dat nog geen stijl heeft, liet Textual soms struikelen bij het tekenen.
    await wacht_tot(pilot, lambda: any(w.is_mounted for w in scherm.query("#antwoord, #ja")))
    await pilot.pause()
    if vraag.soort in ("tekst", "getal", "datum", "doel"):
        scherm.query_one("#antwoord", Input).value = str(waarde)
        await pilot.press("enter")
    elif vraag.soort == "lang":
        scherm.query_one("#antwoord", TextArea).load_text(str(waarde))
        await pilot.press("ctrl+j")
    elif vraag.soort == "keuze":
        nummer = [o.waarde for o in vraag.opties].index(waarde) + 1
        await pilot.press(str(nummer))
    elif vraag.soort == "meerkeuze":
        lijst = scherm.query_one("#antwoord", SelectionList)
        lijst.deselect_all()
        for w in waarde:
            lijst.select(w)
        await pilot.press("ctrl+j")
    elif vraag.soort == "janee":
        await pilot.press("j" if waarde else "n")
    elif vraag.soort == "lijst":
        invoer = scherm.query_one("#antwoord", Input)
        for item in waarde:
            invoer.value = item
            await pilot.press("enter")
        await pilot.press("enter")
    # Op een drukke machine is één pauze niet genoeg: wacht tot het scherm gereageerd heeft
    # met een volgende vraag, een melding of een dialoog.
    await wacht_tot(pilot, lambda: scherm.stap is not oude_stap
                    or len(scherm.query(Meldingbeurt)) > meldingen
                    or pilot.app.screen is not scherm)


async def wacht_tot(pilot: Pilot[Any], voorwaarde: Callable[[], bool], tijd: float = 10.0) -> None:
    """Wacht tot `voorwaarde()` waar is (geen vaste pauze); na `tijd` seconden faalt de test."""
    einde = time.monotonic() + tijd
    while not voorwaarde():
        if time.monotonic() > einde:
            raise AssertionError(f"na {tijd} s nog niet waar: {voorwaarde}")
        await pilot.pause()
