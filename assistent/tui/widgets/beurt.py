"""Eén beurt in het gesprek: een vraag, een antwoord of een melding van de assistent.

De CSS-klassen gaan mee in de constructor: `add_class` op een widget dat nog niet gemount is
laat Textual de stijlen meteen uitrekenen, en dat kost bij een lang gesprek merkbaar tijd.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Static


class Vraagbeurt(Static):
    """De vraag van de assistent, met het nummer waarmee je hem kunt wijzigen."""

    def __init__(
        self, nummer: int, tekst: str, *, slot: bool = False, id: str | None = None
    ) -> None:
        klassen = "beurt vraag slot" if slot else "beurt vraag"
        super().__init__(vraagtekst(nummer, tekst), markup=False, classes=klassen, id=id)


def vraagtekst(nummer: int, tekst: str) -> str:
    return f"{nummer}. {tekst}" if nummer else tekst


class Antwoordbeurt(Static, can_focus=True):
    """Een gegeven antwoord; klikken of enter zet de vraag klaar om te wijzigen."""

    BINDINGS = [Binding("enter", "kies", "Wijzig dit antwoord")]

    class Gekozen(Message):
        def __init__(self, vraag_id: str) -> None:
            super().__init__()
            self.vraag_id = vraag_id

    def __init__(self, vraag_id: str, tekst: str, overgeslagen: bool = False) -> None:
        klassen = "beurt antwoord overgeslagen" if overgeslagen else "beurt antwoord"
        super().__init__(tekst, markup=False, id=f"antwoord-{vraag_id}", classes=klassen)
        self.vraag_id = vraag_id
        self.tooltip = "Klik of druk op enter om dit antwoord te wijzigen"

    def action_kies(self) -> None:
        self.post_message(self.Gekozen(self.vraag_id))

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.action_kies()


class Meldingbeurt(Static):
    """Uitleg, een foutmelding of een waarschuwing bij de huidige vraag."""

    def __init__(self, tekst: str, soort: str = "info") -> None:
        super().__init__(tekst, markup=False, classes=f"beurt melding {soort}")


class Adviesbeurt(Static):
    """Het advies basisaanpak of OPP, als uitkomst in het gesprek na de laatste afwegingsvraag."""

    def __init__(self, tekst: str) -> None:
        super().__init__(tekst, markup=False, classes="beurt advies", id="advies")
