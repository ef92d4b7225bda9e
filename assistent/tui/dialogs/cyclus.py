"""Metingen in de chat: de voortgang per doel zien en een meting toevoegen.

Een meting is een doelnummer en een waarde in de eenheid van het doel ("3 van de 5 lessen");
de datum is vandaag. Bewaard wordt meteen, net als een antwoord.
"""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from assistent.kern.cyclus.metingen import MetingFout, huidige_doelen, voeg_toe
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.model import versienummer
from assistent.kern.werkruimte import Werkruimte
from assistent.tui.bewaren import Bewaarder
from assistent.tui.widgets.metingen import Metingenbeeld

UITLEG = ("Typ het nummer van het doel en de meting, zoals: 1 3 van de 5 lessen (datum: "
          "vandaag). F10: evaluatie per doel · F9: bijstellen · esc: sluiten.")


# Regels in de dialoog naast het beeld: rand en marge 4, titel 2, uitleg 3 (op 80 breed), invoer 3,
# melding 3, de witregel onder het beeld 1.
RUIMTE_ERNAAST = 16


class MetingenDialoog(ModalScreen[None]):
    BINDINGS = [Binding("escape", "sluit", "Sluiten"), Binding("f10", "evaluatie", "Evaluatie"),
                Binding("f9", "bijstellen", "Bijstellen")]

    def __init__(self, werkruimte: Werkruimte, gesprek: Gesprek, pad: Path,
                 bewaarder: Bewaarder) -> None:
        super().__init__()
        self.werkruimte = werkruimte
        self.gesprek = gesprek
        self.pad = pad
        # Bewaren via de chat: mislukt het, dan waarschuwt stoppen (zie tui/bewaren.py).
        self.bewaarder = bewaarder

    def compose(self) -> ComposeResult:
        versie = versienummer(self.gesprek.sessie)
        with Vertical(classes="dialoog"):
            yield Static(f"Metingen (versie {versie})", id="metingentitel",
                         classes="dialoogtitel", markup=False)
            # Veel doelen: het beeld scrolt, zodat uitleg, invoer en melding in beeld blijven.
            with VerticalScroll(id="metingenrol", can_focus=False):
                yield Metingenbeeld(id="metingenbeeld", markup=False)
            yield Static(UITLEG, markup=False)
            yield Input(id="meting", placeholder="1 3 van de 5 lessen")
            yield Static("", id="metingmelding", markup=False)

    def on_mount(self) -> None:
        self._ververs()
        self.query_one("#meting", Input).focus()

    def on_resize(self, bericht: events.Resize) -> None:
        # De dialoog is hooguit 90% van het scherm; daarvan gaan RUIMTE_ERNAAST regels naar
        # rand, titel, uitleg, invoer en een melding van drie regels. De rest is voor het beeld.
        hoogte = int(bericht.size.height * 0.9) - RUIMTE_ERNAAST
        self.query_one("#metingenrol").styles.max_height = max(4, hoogte)

    def _ververs(self) -> None:
        self.query_one(Metingenbeeld).toon(huidige_doelen(self.gesprek),
                                           self.gesprek.sessie.metingen)

    def on_input_submitted(self, bericht: Input.Submitted) -> None:
        melding = self.query_one("#metingmelding", Static)
        nummer, _, waarde = bericht.value.strip().partition(" ")
        if not nummer.isdigit():
            melding.update("Begin met het nummer van het doel, bijvoorbeeld: 1 3 van de 5.")
            return
        try:
            voeg_toe(self.gesprek, int(nummer), waarde)
        except MetingFout as fout:
            melding.update(str(fout))
            return
        bericht.input.value = ""
        self._ververs()
        mislukt = self.bewaarder.bewaar_stil()
        melding.update(f"De meting bij doel {nummer} is bewaard." if mislukt is None else
                       f"De meting staat erin, maar bewaren lukte niet: {mislukt}")

    def action_bijstellen(self) -> None:
        from assistent.tui.dialogs.bijstellen import BijstelDialoog

        def na_bijstellen(zin: str | None) -> None:
            if zin is None:
                return
            versie = versienummer(self.gesprek.sessie)
            self.query_one("#metingentitel", Static).update(f"Metingen (versie {versie})")
            self.query_one("#metingmelding", Static).update(f"Versie {versie} staat klaar. {zin}")
            self._ververs()

        self.app.push_screen(BijstelDialoog(self.werkruimte, self.gesprek, self.pad),
                             na_bijstellen)

    def action_evaluatie(self) -> None:
        """De evaluatie per doel achter het gesprek zetten; het gesprek gaat daar verder."""
        melding = self.query_one("#metingmelding", Static)
        fout = begin_evaluatie(self.werkruimte, self.gesprek, self.bewaarder)
        if fout is not None:
            melding.update(fout)
            return
        self.dismiss(None)

    def action_sluit(self) -> None:
        self.dismiss(None)


def begin_evaluatie(werkruimte: Werkruimte, gesprek: Gesprek, bewaarder: Bewaarder) -> str | None:
    """Zet de evaluatie achter het gesprek en bewaart; bij een fout de melding. Lukt alleen het
    bewaren niet, dan staat de evaluatie wel in het gesprek en waarschuwt stoppen."""
    try:
        werkruimte.begin_evaluatie(gesprek)
    except ValueError as fout:
        return str(fout)
    mislukt = bewaarder.bewaar_stil()
    if mislukt is None:
        return None
    return f"De evaluatie staat klaar, maar bewaren lukte niet: {mislukt}"
