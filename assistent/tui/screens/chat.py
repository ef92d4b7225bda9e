"""Het chatscherm: vraag, antwoord, volgende vraag. Al het echte werk doet het `Gesprek`.

Het scherm vertaalt berichten van het antwoordvak naar aanroepen van de kern, bewaart na elke
wijziging en geeft de nieuwe toestand door aan transcript, suggesties en conceptpaneel.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from textual import events
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from assistent.kern.sessie.gesprek import Gesprek, Stap
from assistent.kern.werkruimte import (
    Werkruimte,
    adviesweergave,
    conceptweergave,
    overzicht,
    stop_wijzigen,
)
from assistent.tui.bewaren import Bewaarder
from assistent.tui.commando import Opdracht
from assistent.tui.exporteren import Exportstroom
from assistent.tui.widgets.antwoordvak import Antwoordvak
from assistent.tui.widgets.berichten import OpdrachtGegeven, Verstuurd
from assistent.tui.widgets.beurt import Antwoordbeurt
from assistent.tui.widgets.concept import ConceptPaneel
from assistent.tui.widgets.invoer import ALT_CIJFERS
from assistent.tui.widgets.suggesties import Suggesties
from assistent.tui.widgets.transcript import Rij, Transcript

# Dialogen worden pas bij gebruik geïmporteerd: ze horen niet bij de tijd tot de eerste vraag.
TEKSTSOORTEN = ("tekst", "lang", "doel", "lijst")
SLOT = ("Alle vragen zijn beantwoord. Bekijk het concept (F3), loop alles na in het overzicht "
        "(F4) of exporteer (F5). Kies een antwoord hierboven om het te wijzigen.")
NIETS_AANGEVINKT = "(niets aangevinkt)"


class ChatScherm(Screen[None]):
    # Alleen het antwoordvak krijgt vanzelf de focus: een beurt in het gesprek of de
    # voorbeeldzinnen zouden het gesprek weg van de huidige vraag laten scrollen.
    AUTO_FOCUS = "#antwoord, #ja"
    BINDINGS = [
        # F1 en ctrl+q vooraan: dan blijven ze ook op 80 tekens breed in de voetregel staan.
        Binding("f1", "app.hulp", "Hulp"),
        Binding("ctrl+q", "app.quit", "Stoppen"),
        Binding("f2", "uitleg", "Uitleg"),
        Binding("f3,ctrl+o", "concept", "Concept"),
        Binding("f4", "overzicht", "Overzicht"),
        Binding("f5", "exporteer", "Export"),
        # Niet in de voetregel (die past anders niet op 80 tekens); de vraag zelf noemt esc.
        Binding("escape", "stop_wijzigen", "Wijzigen stoppen", show=False),
        # Tab uit het antwoordvak gaat naar de voorbeeldzinnen, niet langs alle eerdere
        # antwoorden (een plek tussen haken in het vak gaat voor, zie widgets.invoer).
        Binding("tab", "naar_suggesties", show=False),
        # Voorrang: het tekstvak van een lange vraag kent F6 en F7 zelf (regel en alles
        # selecteren), en dan deden terug en overslaan daar niets.
        Binding("f6", "terug", "Terug", show=False, priority=True),
        Binding("f7", "overslaan", "Overslaan", show=False, priority=True),
        Binding("f8", "metingen", "Metingen", show=False),
        # alt+1 en het teken dat Textual van alt+1 uit een terminal maakt (zie widgets.invoer).
        *(Binding(f"alt+{n},{toets}", f"voorbeeldzin({n})", show=False, priority=True)
          for n, (toets, _) in enumerate(ALT_CIJFERS, start=1)),
    ]

    class VraagGetoond(Message):
        """De volgende vraag staat op het scherm (None: het gesprek is klaar)."""

        def __init__(self, vraag_id: str | None) -> None:
            super().__init__()
            self.vraag_id = vraag_id

    class StopGevraagd(Message):
        """De gebruiker typte 'stop': terug naar het startscherm (alles is al bewaard)."""

    def __init__(
        self, werkruimte: Werkruimte, gesprek: Gesprek, pad: Path, *, vandaag: date | None = None
    ) -> None:
        super().__init__()
        self.vandaag = vandaag
        self.werkruimte = werkruimte
        self.gesprek = gesprek
        self.pad = pad
        self.stap: Stap | None = None
        self.document = "opp"
        self.bewaarder = Bewaarder(self, werkruimte, gesprek, pad)
        self.exportstroom = Exportstroom(self, werkruimte, gesprek, self._meld_info,
                                         vandaag=vandaag)

    def compose(self) -> ComposeResult:
        yield Static("", id="kop", markup=False)
        with Horizontal(id="midden"):
            with Vertical(id="gesprek"):
                yield Transcript(id="transcript")
                yield Suggesties(id="suggesties")
                yield Antwoordvak(id="antwoordvak")
            yield ConceptPaneel(id="concept")
        yield Footer(compact=True)

    async def on_mount(self) -> None:
        self.query_one(ConceptPaneel).display = False
        self._pas_voetregel_aan(self.app.size.width)
        await self.ververs()

    def on_resize(self, event: events.Resize) -> None:
        self._pas_voetregel_aan(event.size.width)

    def _pas_voetregel_aan(self, breedte: int) -> None:
        """Smal (80 tekens) wijkt ^p uit de voetregel, zodat F1 tot F5 en ctrl+q blijven staan;
        ctrl+p werkt dan nog steeds en staat bij F1."""
        self.query_one(Footer).show_command_palette = breedte >= 100

    # --- toestand tonen --------------------------------------------------------------------

    def _rijen(self, zichtbaar: list[Stap]) -> list[Rij]:
        rijen: list[Rij] = []
        for nummer, stap in enumerate(zichtbaar, start=1):
            vraag = stap.vraag
            tekst = self.gesprek.antwoordtekst(vraag)
            if tekst == "" and vraag.soort == "meerkeuze":
                tekst = NIETS_AANGEVINKT
            if tekst is not None:
                overgeslagen = self.gesprek.geldig_antwoord(vraag) is None
                rijen.append(Rij(vraag.id, nummer, self.gesprek.tekst(vraag), tekst, overgeslagen))
        return rijen

    def _naam(self) -> str | None:
        return self.gesprek.leerlingnaam()

    async def ververs(self) -> None:
        """Toont de toestand van het gesprek: antwoorden, huidige vraag, invoer, voortgang."""
        zichtbaar = self.gesprek.zichtbaar()
        transcript = self.query_one(Transcript)
        await transcript.toon_rijen(self._rijen(zichtbaar))
        advies = adviesweergave(self.gesprek)
        if advies is None:
            await transcript.zet_advies(None)
        else:
            await transcript.zet_advies(advies.als_tekst(), advies.na_vraag_id)
        self.stap = stap = self.gesprek.volgende()
        self.query_one("#kop", Static).update(self.gesprek.voortgang().kop())
        vak = self.query_one(Antwoordvak)
        suggesties = self.query_one(Suggesties)
        if stap is None:
            await transcript.zet_huidige(0, SLOT, None)
            suggesties.zet([])
            await vak.toon(None)
        else:
            vraag = stap.vraag
            nummer = zichtbaar.index(stap) + 1
            tekst = self.gesprek.tekst(vraag)
            if self.gesprek.is_afgehandeld(vraag):
                tekst = f"Je wijzigt: {tekst} (esc laat het oude antwoord staan)"
            await transcript.zet_huidige(nummer, tekst, vraag.id)
            suggesties.zet(self._suggesties(stap))
            await vak.toon(vraag, self.gesprek.beginwaarde(vraag), self._naam())
        if self.query_one(ConceptPaneel).display:
            await self._toon_concept()
        self.refresh_bindings()
        # Pas na de verversing melden: dan staat de vraag echt op het scherm.
        getoond = self.VraagGetoond(stap.vraag.id if stap else None)
        self.call_after_refresh(self.post_message, getoond)

    def _suggesties(self, stap: Stap) -> list[str]:
        if stap.vraag.soort not in TEKSTSOORTEN:
            return []
        return self.werkruimte.voorbeeldzinnen(self.gesprek, stap, maximum=9)

    async def _toon_concept(self) -> None:
        weergave = conceptweergave(self.gesprek, self.document, vandaag=self.vandaag,
                                   schoolprofiel=self.werkruimte.schoolprofiel())
        await self.query_one(ConceptPaneel).toon(weergave.titel, weergave.markdown,
                                                 weergave.controles)

    # --- opslaan (zie tui/bewaren.py) -----------------------------------------------------

    def bewaar(self) -> bool:
        return self.bewaarder.bewaar()

    @property
    def onbewaard(self) -> bool:
        """Mislukte het laatste opslaan (schijf vol)? Dan waarschuwt stoppen eerst."""
        return self.bewaarder.onbewaard

    def vraag_voor_stoppen(self, verder: Callable[[], None]) -> None:
        self.bewaarder.vraag_voor_stoppen(verder)

    async def _meld_info(self, tekst: str) -> None:
        await self.query_one(Transcript).melding(tekst, "info")

    # --- antwoorden ----------------------------------------------------------------------

    async def on_verstuurd(self, bericht: Verstuurd) -> None:
        bericht.stop()
        if self.stap is None:
            return
        vraag = self.stap.vraag
        uitkomst = self.gesprek.beantwoord(vraag.id, bericht.waarde)
        if uitkomst.fouten:
            await self.query_one(Transcript).melding("\n".join(uitkomst.fouten), "fout")
            return
        self.bewaar()
        if uitkomst.waarschuwingen:
            titel = ("Waarom mag dit doel zo blijven?" if vraag.soort in ("doel", "lijst")
                     else "Waarom klopt dit zo?")

            async def na_reden(reden: str | None) -> None:
                if reden:
                    self.gesprek.beantwoord(vraag.id, bericht.waarde, reden=reden)
                    self.bewaar()
                else:
                    self.gesprek.ga_naar(vraag.id)
                await self.ververs()
                if reden:
                    await self.query_one(Transcript).melding(
                        f"Bewaard met je reden: {reden}", "info")

            from assistent.tui.dialogs.reden import RedenDialoog

            self.app.push_screen(RedenDialoog(uitkomst.waarschuwingen, titel), na_reden)
            return
        await self.ververs()

    async def on_opdracht_gegeven(self, bericht: OpdrachtGegeven) -> None:
        bericht.stop()
        await self.voer_uit(bericht.opdracht)

    async def voer_uit(self, opdracht: Opdracht) -> None:
        transcript = self.query_one(Transcript)
        if opdracht.fout:
            await transcript.melding(opdracht.fout, "fout")
        elif opdracht.naam == "?":
            await self.action_uitleg()
        elif opdracht.naam == "terug":
            await self.action_terug()
        elif opdracht.naam == "overslaan":
            await self.action_overslaan()
        elif opdracht.naam == "wijzig" and opdracht.nummer is not None:
            zichtbaar = self.gesprek.zichtbaar()
            if 1 <= opdracht.nummer <= len(zichtbaar):
                await self.wijzig(zichtbaar[opdracht.nummer - 1].vraag.id)
            else:
                await transcript.melding(
                    f"Er is geen vraag {opdracht.nummer}; kies 1 tot en met {len(zichtbaar)}.",
                    "fout")
        elif opdracht.naam in ("concept", "agenda"):
            await self.toon_document("opp" if opdracht.naam == "concept" else "agenda")
        elif opdracht.naam == "stop":
            self.post_message(self.StopGevraagd())

    async def wijzig(self, vraag_id: str) -> None:
        if self.gesprek.ga_naar(vraag_id):
            await self.ververs()

    async def on_antwoordbeurt_gekozen(self, bericht: Antwoordbeurt.Gekozen) -> None:
        bericht.stop()
        await self.wijzig(bericht.vraag_id)

    def on_suggesties_gekozen(self, bericht: Suggesties.Gekozen) -> None:
        bericht.stop()
        self.query_one(Antwoordvak).voeg_in(bericht.tekst)

    # --- acties ----------------------------------------------------------------------------

    async def action_uitleg(self) -> None:
        if self.stap is None:
            return
        uitleg = self.gesprek.uitleg(self.stap.vraag) or self.stap.onderdeel.uitleg
        await self.query_one(Transcript).melding(
            uitleg or "Bij deze vraag is geen extra uitleg.", "uitleg")

    def wijzigt(self) -> bool:
        """Staat er een eerder beantwoorde vraag klaar om te wijzigen?"""
        return self.stap is not None and self.gesprek.is_afgehandeld(self.stap.vraag)

    async def action_stop_wijzigen(self) -> None:
        if not self.wijzigt():
            return
        stop_wijzigen(self.gesprek)
        await self.ververs()
        await self.query_one(Transcript).melding(
            "Niet gewijzigd: het oude antwoord blijft staan.", "info")

    def action_naar_suggesties(self) -> None:
        """Tab: uit het antwoordvak naar de voorbeeldzinnen als die er zijn, anders gewoon naar
        het volgende veld (bij een vinklijst: 'anders, namelijk …')."""
        focus = self.focused
        suggesties = self.query_one(Suggesties)
        if focus is not None and focus.id == "antwoord" and suggesties.display:
            suggesties.focus()
        else:
            self.focus_next()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "stop_wijzigen":
            return self.wijzigt() and not self.query_one(ConceptPaneel).display
        return True

    async def action_terug(self) -> None:
        self.gesprek.terug()
        await self.ververs()

    async def action_overslaan(self) -> None:
        if self.stap is None:
            return
        uitkomst = self.gesprek.sla_over(self.stap.vraag.id)
        if uitkomst.fouten:
            await self.query_one(Transcript).melding("\n".join(uitkomst.fouten), "fout")
            return
        self.bewaar()
        await self.ververs()

    def action_voorbeeldzin(self, nummer: int) -> None:
        zin = self.query_one(Suggesties).zin(nummer)
        if zin is not None:
            self.query_one(Antwoordvak).voeg_in(zin)

    async def toon_document(self, document: str) -> None:
        """Opent het document over de volle breedte; nog eens dezelfde opdracht sluit het."""
        paneel = self.query_one(ConceptPaneel)
        if paneel.display and self.document == document:
            self.sluit_document()
            return
        self.document = document
        self.query_one("#gesprek").display = False
        paneel.display = True
        await self._toon_concept()
        paneel.scroll_home(animate=False)
        paneel.focus()

    def sluit_document(self) -> None:
        self.query_one(ConceptPaneel).display = False
        self.query_one("#gesprek").display = True
        self.query_one(Antwoordvak).focus_invoer()

    async def action_concept(self) -> None:
        """F3: het concept openen, of elk open document (ook kinddeel of agenda) sluiten."""
        if self.query_one(ConceptPaneel).display:
            self.sluit_document()
        else:
            await self.toon_document("opp")

    def on_concept_paneel_sluiten(self, bericht: ConceptPaneel.Sluiten) -> None:
        bericht.stop()
        self.sluit_document()

    def action_overzicht(self) -> None:
        from assistent.tui.screens.overzicht import OverzichtScherm

        async def na_overzicht(vraag_id: str | None) -> None:
            if vraag_id:
                await self.wijzig(vraag_id)

        scherm = OverzichtScherm(self.gesprek.naam, overzicht(self.gesprek),
                                 adviesweergave(self.gesprek))
        self.app.push_screen(scherm, na_overzicht)

    def action_exporteer(self) -> None:
        self.exportstroom.open()

    def opdrachten(self) -> Iterator[SystemCommand]:
        """Voor het opdrachtenpalet (ctrl+p): alles wat je hier kunt doen."""
        yield SystemCommand("Uitleg bij deze vraag",
                            "Waarom deze vraag, en wat een goed antwoord is", self.action_uitleg)
        yield SystemCommand("Concept tonen of verbergen",
                            "Het concept-OPP met de volledigheidscontrole", self.action_concept)
        yield SystemCommand("Gespreksagenda tonen",
                            "De agenda voor het gesprek met ouders en kind",
                            lambda: self.toon_document("agenda"))
        yield SystemCommand("Kinddeel tonen", "Het deel in de woorden van het kind",
                            lambda: self.toon_document("kinddeel"))
        yield SystemCommand("Overzicht van alle antwoorden", "Per onderdeel, met wijzigen",
                            self.action_overzicht)
        yield SystemCommand("Evaluatie houden",
                            "Per doel terugkijken en besluiten, jaarlijks of tussentijds",
                            self.action_evaluatie)
        yield SystemCommand("Exporteren", "OPP, kinddeel of agenda als Markdown of Word",
                            self.action_exporteer)
        yield SystemCommand("Vorige vraag", "Latere antwoorden blijven staan", self.action_terug)
        yield SystemCommand("Vraag overslaan", "Alleen bij vragen die niet verplicht zijn",
                            self.action_overslaan)

    def action_metingen(self) -> None:
        """Metingen per doel zien en toevoegen (zie dialogs/cyclus.py)."""
        from assistent.tui.dialogs.cyclus import MetingenDialoog

        async def na_metingen(_: None) -> None:
            await self.ververs()  # na bijstellen (F9) staan er andere doelen in het gesprek

        self.app.push_screen(MetingenDialoog(self.werkruimte, self.gesprek, self.pad,
                                             self.bewaarder), na_metingen)

    async def action_evaluatie(self) -> None:
        """De evaluatie per doel achter het gesprek zetten (ook F10 bij de metingen)."""
        from assistent.tui.dialogs.cyclus import begin_evaluatie

        fout = begin_evaluatie(self.werkruimte, self.gesprek, self.bewaarder)
        await self.ververs()
        if fout is not None:
            await self._meld_info(fout)
