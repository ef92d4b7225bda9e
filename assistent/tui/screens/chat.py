"""Het chatscherm: vraag, antwoord, volgende vraag. Al het echte werk doet het `Gesprek`.

Het scherm vertaalt berichten van het antwoordvak naar aanroepen van de kern, bewaart na elke
wijziging en geeft de nieuwe toestand door aan transcript, suggesties en conceptpaneel.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from assistent.kern.sessie.gesprek import Gesprek, Stap
from assistent.kern.sessie.opslag import SessieFout
from assistent.kern.werkruimte import (
    DOCUMENTTITELS,
    FORMAATNAMEN,
    Werkruimte,
    adviesweergave,
    conceptweergave,
    overzicht,
    stop_wijzigen,
)
from assistent.tui.commando import Opdracht
from assistent.tui.widgets.antwoordvak import Antwoordvak
from assistent.tui.widgets.berichten import OpdrachtGegeven, Verstuurd
from assistent.tui.widgets.beurt import Antwoordbeurt
from assistent.tui.widgets.concept import ConceptPaneel
from assistent.tui.widgets.invoer import ALT_CIJFERS
from assistent.tui.widgets.suggesties import Suggesties
from assistent.tui.widgets.transcript import Rij, Transcript

if TYPE_CHECKING:
    from assistent.tui.dialogs.export import Exportkeuze

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
        Binding("f6", "terug", "Terug", show=False),
        Binding("f7", "overslaan", "Overslaan", show=False),
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
        # Mislukte het laatste opslaan (schijf vol)? Dan waarschuwt stoppen eerst.
        self.onbewaard = False

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
        naam = self.gesprek.per_rol().get("naam")
        return str(naam) if naam else None

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

    # --- opslaan -----------------------------------------------------------------------------

    def bewaar(self) -> bool:
        try:
            bewaard = self.werkruimte.bewaar(self.gesprek, self.pad)
        except SessieFout as fout:
            from assistent.tui.dialogs.fout import FoutDialoog

            self.onbewaard = True
            self.app.push_screen(FoutDialoog(
                "Opslaan lukte niet",
                f"{fout}\n\nJe antwoord staat nog op het scherm en blijft bewaard zolang de "
                "assistent openstaat. Los het probleem op; bij het volgende antwoord probeer ik "
                "opnieuw op te slaan.",
            ))
            return False
        self.onbewaard = False
        if bewaard.melding:  # een tweede venster of script schreef intussen ook
            self.notify(bewaard.melding, title="Samengevoegd", severity="warning", timeout=30)
        return True

    def vraag_voor_stoppen(self, verder: Callable[[], None]) -> None:
        """Er staat een antwoord nog niet op schijf (de schijf was vol, de map weg): eerst
        vragen of het opnieuw moet, ergens anders heen, of echt weg mag."""
        from assistent.tui.dialogs.keuze import Keuze, KeuzeDialoog

        def na_keuze(keuze: Keuze | None) -> None:
            if keuze is None or keuze.knop == "terug":
                return
            if keuze.knop == "stoppen" or (keuze.knop == "opnieuw" and self.bewaar()):
                verder()
            elif keuze.knop == "elders":
                fout = self.bewaar_elders(keuze.tekst)
                if fout is None:
                    verder()
                else:
                    self.notify(fout, title="Ook daar lukte het niet", severity="error",
                                timeout=20)

        elders = Path.home() / f"{self.pad.stem}-kopie.toml"
        self.app.push_screen(KeuzeDialoog(
            "Je laatste antwoord staat nog niet op schijf",
            f"Opslaan in {self.pad} lukte niet. Stop je nu, dan is dat antwoord weg. "
            "Probeer het opnieuw, of bewaar de sessie ergens anders (bijvoorbeeld op een "
            "USB-stick):",
            [("opnieuw", "Opnieuw opslaan"), ("elders", "Hier opslaan"),
             ("stoppen", "Toch stoppen"), ("terug", "Terug")],
            invoer=(str(elders), "elders"), waarschuwing=True,
        ), na_keuze)

    def bewaar_elders(self, tekst: str) -> str | None:
        """Bewaart een kopie van de sessie op een ander pad; None als het lukte, anders de fout.
        Een bestaand bestand wordt niet overschreven."""
        if not tekst:
            return "Geef een pad op."
        pad = Path(tekst).expanduser()
        try:
            self.werkruimte.bewaar_kopie(self.gesprek, pad)
        except SessieFout as fout:
            return str(fout)
        self.onbewaard = False
        self.notify(f"Bewaard in {pad}", title="Opgeslagen")
        return None

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
        self._open_export()

    def _open_export(self, vorige: Exportkeuze | None = None, fout: str = "") -> None:
        from assistent.tui.dialogs.export import ExportDialoog

        voorstellen = {
            (document, formaat): self.werkruimte.exportpad(self.gesprek, document, formaat)
            for document in DOCUMENTTITELS for formaat in FORMAATNAMEN
        }
        sjablonen = {s: self.werkruimte.sjabloonpad(self.gesprek, s)
                     for s in self.werkruimte.schoolsjablonen()}
        self.app.push_screen(ExportDialoog(voorstellen, vorige, fout, sjablonen), self._na_export)

    async def _na_export(self, keuze: Exportkeuze | None, overschrijf: bool = False) -> None:
        """De kern schrijft het bestand; lukt het niet, dan de dialoog terug met de fout.
        Bestaat het bestand al, dan eerst vragen of het vervangen mag."""
        if keuze is None:
            return
        from assistent.kern.export import BestaatAl, ExportFout
        from assistent.kern.schoolsjabloon.vullen import SjabloonFout

        try:
            if keuze.sjabloon is not None:  # het Word-format van de school
                pad = self.werkruimte.exporteer_sjabloon(
                    self.gesprek, keuze.sjabloon, keuze.pad, vandaag=self.vandaag,
                    overschrijf=overschrijf)
            else:
                pad = self.werkruimte.exporteer(self.gesprek, keuze.document, keuze.formaat,
                                                keuze.pad, vandaag=self.vandaag,
                                                overschrijf=overschrijf)
        except BestaatAl as fout:
            self._vraag_overschrijven(keuze, fout.pad)
            return
        except (ExportFout, SjabloonFout, OSError) as fout:
            self._open_export(keuze, f"Exporteren lukte niet: {fout}")
            return
        await self.query_one(Transcript).melding(f"Opgeslagen als {pad}", "info")
        self.notify(f"Opgeslagen als {pad}", title="Geëxporteerd")

    def _vraag_overschrijven(self, keuze: Exportkeuze, pad: Path) -> None:
        from assistent.tui.dialogs.export import Exportkeuze
        from assistent.tui.dialogs.keuze import Keuze, KeuzeDialoog

        async def na_keuze(antwoord: Keuze | None) -> None:
            if antwoord is not None and antwoord.knop == "overschrijf":
                await self._na_export(Exportkeuze(keuze.document, keuze.formaat, pad,
                                                  keuze.sjabloon), True)
            else:
                self._open_export(keuze, "Kies een andere naam, of vervang het bestand.")

        self.app.push_screen(KeuzeDialoog(
            "Dit bestand bestaat al", f"{pad} bestaat al. Wil je het vervangen?",
            [("anders", "Andere naam kiezen"), ("overschrijf", "Vervangen")],
        ), na_keuze)

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
        yield SystemCommand("Exporteren", "OPP, kinddeel of agenda als Markdown of Word",
                            self.action_exporteer)
        yield SystemCommand("Vorige vraag", "Latere antwoorden blijven staan", self.action_terug)
        yield SystemCommand("Vraag overslaan", "Alleen bij vragen die niet verplicht zijn",
                            self.action_overslaan)

    def action_metingen(self) -> None:
        """Metingen per doel zien en toevoegen (zie dialogs/cyclus.py)."""
        from assistent.tui.dialogs.cyclus import MetingenDialoog

        self.app.push_screen(MetingenDialoog(self.werkruimte, self.gesprek, self.pad))
