"""Bijstellen in de chat: per doel doorgaan, herschrijven of afsluiten, en versie n+1 maken.

Het werk doet de kern (`kern.cyclus.bijstellen`): dezelfde regels als `opp-assistent
bijstellen`. Is de evaluatie per doel al gehouden, dan staan haar oordelen, besluiten, nieuwe
teksten en nieuwe doelen klaar. Een herschreven of nieuw doel krijgt meteen de live doelcheck.
De oude versie blijft in de sessie bewaard en is te exporteren met `export --versie N`.
"""

from __future__ import annotations

import copy
import dataclasses
from datetime import date
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, RadioSet, Static

from assistent.kern.cyclus.bijstellen import (
    INSTEMMING_OPNIEUW,
    bijstel,
    instemming_opnieuw_nodig,
    uit_evaluatie,
)
from assistent.kern.cyclus.metingen import MetingFout, huidige_doelen
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.model import versienummer
from assistent.kern.sessie.opslag import SessieFout
from assistent.kern.sessie.velden_cyclus import BESLUITEN, OORDELEN
from assistent.kern.werkruimte import Werkruimte
from assistent.tui.widgets.doelweergave import Doelweergave
from assistent.tui.widgets.vinkjes import Keuzerondje, Vinkje

LABELS = {"doorgaan": "Doorgaan", "bijstellen": "Herschrijven", "afsluiten": "Afsluiten",
          "behaald": "Behaald", "deels": "Deels", "niet": "Niet behaald"}


class BijstelDialoog(ModalScreen[str | None]):
    """Geeft bij succes de zin terug over wat er veranderde; None bij escape."""

    BINDINGS = [Binding("escape", "sluit", "Terug"),
                Binding("ctrl+s", "maak", "Versie maken")]

    def __init__(self, werkruimte: Werkruimte, gesprek: Gesprek, pad: Path,
                 *, vandaag: date | None = None) -> None:
        super().__init__()
        self.werkruimte = werkruimte
        self.gesprek = gesprek
        self.pad = pad
        self.vandaag = vandaag
        self.doelen = huidige_doelen(gesprek)
        self.evaluatie = uit_evaluatie(gesprek)

    def compose(self) -> ComposeResult:
        volgende = versienummer(self.gesprek.sessie) + 1
        leerling = self.gesprek.leerlingnaam()
        with Vertical(classes="dialoog"):
            yield Static(f"Bijstellen naar versie {volgende}", classes="dialoogtitel",
                         markup=False)
            # Kort, zodat op 80x24 de doelen zelf in beeld blijven.
            klaar = " De keuzes uit de evaluatie staan klaar." if not self.evaluatie.leeg else ""
            yield Static("Tab: volgend vak · pijltjes en enter: kiezen · ctrl+s: versie maken · "
                         f"esc: terug.{klaar}", markup=False)
            with VerticalScroll(id="bijsteldoelen"):
                for nummer, doel in enumerate(self.doelen, start=1):
                    oordeel_nu = self.evaluatie.oordelen.get(nummer)
                    besluit_nu = self.evaluatie.besluiten.get(nummer, "doorgaan")
                    yield Static(f"Doel {nummer}: {doel}", markup=False, classes="bijsteldoel")
                    # Het oordeel mag open blijven; het komt in de evaluatie in het OPP.
                    with RadioSet(id=f"oordeel-{nummer}", classes="keuzerij"):
                        for oordeel in OORDELEN:
                            yield Keuzerondje(LABELS.get(oordeel, oordeel), name=oordeel,
                                              value=oordeel == oordeel_nu)
                    with RadioSet(id=f"besluit-{nummer}", classes="keuzerij"):
                        for besluit in BESLUITEN:
                            yield Keuzerondje(LABELS.get(besluit, besluit), name=besluit,
                                              value=besluit == besluit_nu)
                    yield Input(self.evaluatie.herschreven.get(nummer, ""), id=f"tekst-{nummer}",
                                classes="herschrijf", select_on_focus=False,
                                placeholder=f"Nieuwe tekst voor doel {nummer}")
                    yield Doelweergave(leerling, id=f"check-{nummer}")
                # Aangevinkt gaan ze mee; spatie haalt er een uit dat toch niet mee moet. De
                # tekst staat erboven: een vinkje toont maar één regel.
                for k, doel in enumerate(self.evaluatie.nieuw, start=1):
                    yield Static(f"Nieuw doel uit de evaluatie: {doel}", markup=False,
                                 classes="bijsteldoel")
                    yield Vinkje(f"Meenemen in versie {volgende}", True,
                                 id=f"evaluatiedoel-{k}")
                yield Input(id="nieuwdoel", placeholder="Een nieuw doel (mag leeg)")
                yield Doelweergave(leerling, id="check-nieuwdoel")
                # Het waarom uit de evaluatie staat klaar; een eigen tekst gaat voor.
                # Eén regel: een lang antwoord met witregels past niet in een invoerregel.
                yield Input(" ".join(self.evaluatie.reden.split()), id="reden",
                            select_on_focus=False,
                            placeholder="Waarom stel je bij? (komt in het OPP)")
            yield Static("", id="bijstelmelding", markup=False)
            yield Button(f"Versie {volgende} maken (ctrl+s)", id="maak", variant="primary",
                         compact=True)

    def on_mount(self) -> None:
        for rij in self.query(".keuzerij").results(RadioSet):
            rij.border_title = "Oordeel" if (rij.id or "").startswith("oordeel") else "Besluit"
        for nummer in range(1, len(self.doelen) + 1):
            invoer = self.query_one(f"#tekst-{nummer}", Input)
            invoer.display = self._gekozen("besluit", nummer) == "bijstellen"
            self.query_one(f"#check-{nummer}", Doelweergave).controleer(invoer.value)
        if not self.doelen:
            self.query_one("#bijstelmelding", Static).update(
                "Deze versie heeft nog geen doelen; je kunt er wel een nieuw doel bij zetten.")

    def on_radio_set_changed(self, bericht: RadioSet.Changed) -> None:
        bericht.stop()
        soort, _, nummer = (bericht.radio_set.id or "").partition("-")
        if soort != "besluit":
            return
        invoer = self.query_one(f"#tekst-{nummer}", Input)
        invoer.display = bericht.pressed.name == "bijstellen"
        if invoer.display:
            if not invoer.value:
                invoer.value = self.doelen[int(nummer) - 1]
            invoer.focus()

    def on_input_changed(self, bericht: Input.Changed) -> None:
        sleutel = (bericht.input.id or "").removeprefix("tekst-")
        if sleutel.isdigit() or sleutel == "nieuwdoel":
            self.query_one(f"#check-{sleutel}", Doelweergave).controleer(bericht.value)

    def on_input_submitted(self, bericht: Input.Submitted) -> None:
        bericht.stop()
        self.focus_next()

    def on_button_pressed(self, bericht: Button.Pressed) -> None:
        bericht.stop()
        self.action_maak()

    def _gekozen(self, soort: str, nummer: int) -> str | None:
        gekozen = self.query_one(f"#{soort}-{nummer}", RadioSet).pressed_button
        return gekozen.name if gekozen is not None else None

    def action_maak(self) -> None:
        melding = self.query_one("#bijstelmelding", Static)
        nummers = range(1, len(self.doelen) + 1)
        besluiten = {n: self._gekozen("besluit", n) or "doorgaan" for n in nummers}
        oordelen = {n: o for n in nummers if (o := self._gekozen("oordeel", n))}
        herschreven = {n: self.query_one(f"#tekst-{n}", Input).value
                       for n, b in besluiten.items() if b == "bijstellen"}
        reden = self.query_one("#reden", Input).value
        # Wat hier gekozen is, gaat voor; de aangevinkte nieuwe doelen uit de evaluatie komen
        # erbij.
        mee = [doel for k, doel in enumerate(self.evaluatie.nieuw, start=1)
               if self.query_one(f"#evaluatiedoel-{k}", Vinkje).value]
        samen = dataclasses.replace(self.evaluatie, nieuw=mee).samen_met(
            besluiten=besluiten, herschreven=herschreven, oordelen=oordelen,
            nieuw=[self.query_one("#nieuwdoel", Input).value])
        oude = copy.deepcopy(self.gesprek.sessie), list(self.gesprek.vragenlijsten)
        try:
            bijstel(self.gesprek, self.vandaag or date.today(), besluiten=samen.besluiten,
                    herschreven=samen.herschreven, oordelen=samen.oordelen, nieuw=samen.nieuw,
                    reden=reden)
            self.werkruimte.bewaar(self.gesprek, self.pad)
        except (MetingFout, SessieFout) as fout:
            self.gesprek.zet_terug(*oude)  # alles of niets: niets half bijgesteld laten staan
            melding.update(str(fout))
            return
        zin = self.gesprek.sessie.wijziging
        if instemming_opnieuw_nodig(self.gesprek):
            zin += " " + INSTEMMING_OPNIEUW
        self.dismiss(zin)

    def action_sluit(self) -> None:
        self.dismiss(None)
