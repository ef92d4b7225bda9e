"""Het startscherm: een nieuwe sessie, verder met een bestaande, of de demo openen."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import (
    Button,
    Checkbox,
    Footer,
    Input,
    Label,
    OptionList,
    RadioSet,
    SelectionList,
    Static,
)
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from assistent.kern import school
from assistent.kern.sessie import opslag
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.opslag import SessieFout, SessieInfo
from assistent.kern.werkruimte import Werkruimte
from assistent.tui.dialogs.fout import FoutDialoog
from assistent.tui.dialogs.school import SchoolDialoog, samenvatting
from assistent.tui.widgets.vinkjes import Keuzerondje, Vinkje, Vinklijst

AFWEGING = "afweging"
MAANDEN = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def datumtekst(moment: datetime) -> str:
    return f"{moment.day} {MAANDEN[moment.month - 1]} {moment.year} {moment:%H:%M}"


class StartScherm(Screen[None]):
    BINDINGS = [
        Binding("f9", "demo", "Demo"),
        Binding("ctrl+n", "focus_nieuw", "Nieuwe sessie"),
        Binding("f8", "school", "Schoolprofiel"),
    ]

    @dataclass
    class SessieGekozen(Message):
        """Een sessie is gekozen of gemaakt; de app opent er de chat voor."""

        gesprek: Gesprek
        pad: Path

    def __init__(self, werkruimte: Werkruimte) -> None:
        super().__init__()
        self.werkruimte = werkruimte
        self.paden: dict[str, SessieInfo] = {}

    def compose(self) -> ComposeResult:
        yield Static("OPP-assistent · een ontwikkelingsperspectiefplan, vraag voor vraag",
                     id="kop")
        yield Static(self._profielregel(), id="schoolprofiel", markup=False)
        lijsten = self.werkruimte.catalogus.vragenlijsten
        with Horizontal(id="start"):
            with Vertical(id="nieuw"):
                yield Input(placeholder="Roepnaam of initialen", id="naam", compact=True)
                yield Input(placeholder="Groep (1–8); leeg: de chat vraagt ernaar",
                            id="groep", compact=True,
                            restrict=r"[1-8]?", max_length=1)
                yield Label("Voornaamwoord in de teksten")
                with RadioSet(id="voornaamwoord", compact=True):
                    for woord in ("hij", "zij", "hen"):
                        yield Keuzerondje(woord, name=woord)
                yield Label("Vragenlijsten")
                yield Vinklijst(
                    *(Selection(lijst.titel, lijst_id, lijst_id == "opp")
                      for lijst_id, lijst in lijsten.items() if lijst_id != AFWEGING),
                    id="lijsten", compact=True,
                )
                if AFWEGING in lijsten:
                    yield Vinkje("Twijfel? Eerst: basis of OPP",
                                   id="twijfel", compact=True)
                yield Static("", id="startfout", markup=False)
                yield Button("Beginnen", id="begin", variant="primary", compact=True)
            with Vertical(id="bestaand"):
                yield OptionList(id="sessies")
                yield Button("Demo openen (F9)", id="demo", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#nieuw").border_title = "Nieuwe sessie"
        self.query_one("#bestaand").border_title = "Verder met een sessie"
        self.vul_sessies()

    def on_screen_resume(self) -> None:
        self.vul_sessies()

    def _regel(self, info: SessieInfo) -> Option:
        sleutel = str(info.pad)
        self.paden[sleutel] = info
        if info.sessie is None:
            reden = (info.fout or "").removeprefix(f"{info.pad}: ")
            return Option(Content(f"⚠ {info.pad.name}: {reden}"), id=sleutel, disabled=True)
        try:
            gesprek = self.werkruimte.gesprek(info.sessie, info.pad)
        except SessieFout as fout:
            reden = str(fout).removeprefix(f"{info.pad}: ")
            return Option(Content(f"⚠ {info.pad.name}: {reden}"), id=sleutel, disabled=True)
        voortgang = gesprek.voortgang()
        groep = gesprek.groep
        delen = [gesprek.naam]
        if groep is not None:
            delen.append(f"groep {groep}")
        delen.append(f"{voortgang.beantwoord} van {voortgang.totaal}")
        delen.append(datumtekst(info.sessie.bijgewerkt))
        return Option(Content(" · ".join(delen)), id=sleutel)

    def vul_sessies(self) -> None:
        lijst = self.query_one("#sessies", OptionList)
        lijst.clear_options()
        self.paden.clear()
        regels = [self._regel(info) for info in opslag.lijst(self.werkruimte.map)]
        if not regels:
            lijst.add_option(Option("Nog geen sessies in deze map.", disabled=True))
            return
        lijst.add_options(regels)
        eerste = next((i for i, r in enumerate(regels) if not r.disabled), None)
        lijst.highlighted = eerste
        if eerste is not None:
            lijst.focus()
        else:
            self.query_one("#naam", Input).focus()

    # --- kiezen ------------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#sessies")
    def open_sessie(self, event: OptionList.OptionSelected) -> None:
        info = self.paden.get(event.option.id or "")
        if info is None:
            return
        try:
            gesprek = self.werkruimte.open(info.pad)
        except SessieFout as fout:
            self.app.push_screen(FoutDialoog("Deze sessie is niet te openen", str(fout)))
            return
        self.post_message(self.SessieGekozen(gesprek, info.pad))

    @on(Input.Submitted, "#naam, #groep")
    @on(Button.Pressed, "#begin")
    def begin(self) -> None:
        naam = self.query_one("#naam", Input).value.strip()
        melding = self.query_one("#startfout", Static)
        if not naam:
            melding.update("Vul een roepnaam of initialen in.")
            self.query_one("#naam", Input).focus()
            return
        groep_tekst = self.query_one("#groep", Input).value.strip()
        groep = int(groep_tekst) if groep_tekst else None
        gekozen_lijsten = set(self.query_one("#lijsten", SelectionList).selected)
        twijfel = self.query("#twijfel")
        if twijfel and twijfel.first(Checkbox).value:
            gekozen_lijsten.add(AFWEGING)
        # In de volgorde van de catalogus: de afweging eerst, dan de kern, dan de thema's.
        lijsten = [i for i in self.werkruimte.catalogus.vragenlijsten if i in gekozen_lijsten]
        if not lijsten:
            melding.update("Kies minstens één vragenlijst.")
            return
        knop = self.query_one("#voornaamwoord", RadioSet).pressed_button
        # Per rol: de werkruimte zoekt op welke vraag het voornaamwoord stelt.
        vooraf = {"voornaamwoord": knop.name} if knop is not None and knop.name else {}
        try:
            gesprek, pad = self.werkruimte.nieuw(naam, lijsten, groep, vooraf)
        except (ValueError, SessieFout) as fout:
            melding.update(str(fout))
            return
        self.post_message(self.SessieGekozen(gesprek, pad))

    @on(Button.Pressed, "#demo")
    def action_demo(self) -> None:
        from assistent.kern.demo import maak_demo

        try:
            gesprek, pad = maak_demo(self.werkruimte)
        except SessieFout as fout:
            self.app.push_screen(FoutDialoog("De demo is niet te openen", str(fout)))
            return
        self.post_message(self.SessieGekozen(gesprek, pad))

    def action_focus_nieuw(self) -> None:
        self.query_one("#naam", Input).focus()

    # --- het schoolprofiel -------------------------------------------------------------

    def _profielregel(self) -> str:
        try:
            return samenvatting(school.laad(self.werkruimte.map))
        except school.SchoolFout as fout:
            return f"⚠ Het schoolprofiel is niet te lezen: {fout} (F8 maakt een nieuw)"

    def action_school(self) -> None:
        def bewaar(profiel: school.Schoolprofiel | None) -> None:
            if profiel is None:
                return
            try:
                self.werkruimte.bewaar_schoolprofiel(profiel)
            except school.SchoolFout as fout:
                self.app.push_screen(FoutDialoog("Het schoolprofiel is niet bewaard", str(fout)))
                return
            self.query_one("#schoolprofiel", Static).update(self._profielregel())

        self.app.push_screen(SchoolDialoog(self.werkruimte.schoolprofiel()), bewaar)

    def opdrachten(self) -> Iterator[SystemCommand]:
        """Voor het opdrachtenpalet (ctrl+p)."""
        yield SystemCommand("Nieuwe sessie", "Een OPP voor een nieuwe leerling",
                            self.action_focus_nieuw)
        yield SystemCommand("Demo openen", "Een ingevuld voorbeeld om rond te kijken",
                            self.action_demo)
        yield SystemCommand("Schoolprofiel", "School, IB'er en directeur voor elk OPP",
                            self.action_school)
