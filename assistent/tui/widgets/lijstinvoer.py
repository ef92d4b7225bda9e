"""Een lijst invullen: één punt per enter, een lege enter (of 'Klaar') verstuurt de lijst.

Pijl omhoog in een leeg vak haalt het laatste punt terug om het aan te passen.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from assistent.tui.commando import lees_opdracht
from assistent.tui.widgets.berichten import OpdrachtGegeven, Verstuurd
from assistent.tui.widgets.doelweergave import Doelweergave
from assistent.tui.widgets.invoer import Tekstinvoer


class Lijstinvoer(Vertical):
    BINDINGS = [Binding("up", "haal_terug", "Laatste punt terug", show=False)]

    def __init__(self, items: list[str], doelen: bool, naam: str | None) -> None:
        super().__init__(id="lijstinvoer")
        self.items = list(items)
        self.doelen = doelen
        self.naam = naam

    def compose(self) -> ComposeResult:
        yield Static(self._lijsttekst(), id="lijstitems", markup=False)
        with Horizontal(id="lijstregel"):
            yield Tekstinvoer(placeholder="Nieuw punt; een lege enter is klaar", id="antwoord")
            yield Button("Klaar", id="klaar", variant="primary", compact=True)
        if self.doelen:
            yield Doelweergave(self.naam, id="doelweergave")

    def _lijsttekst(self) -> str:
        if not self.items:
            return "(nog geen punten)"
        return "\n".join(f"{n}. {item}" for n, item in enumerate(self.items, start=1))

    def _ververs(self) -> None:
        self.query_one("#lijstitems", Static).update(self._lijsttekst())

    def on_input_changed(self, event: Input.Changed) -> None:
        if self.doelen:
            self.query_one(Doelweergave).controleer(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        tekst = event.value.strip()
        opdracht = lees_opdracht(tekst)
        if opdracht is not None:
            event.input.value = ""
            self.post_message(OpdrachtGegeven(opdracht))
        elif tekst:
            self.items.append(tekst)
            event.input.value = ""
            self._ververs()
        else:
            self.post_message(Verstuurd(list(self.items)))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        invoer = self.query_one("#antwoord", Input)
        if invoer.value.strip():
            self.items.append(invoer.value.strip())
            invoer.value = ""
            self._ververs()
        self.post_message(Verstuurd(list(self.items)))

    def action_haal_terug(self) -> None:
        invoer = self.query_one("#antwoord", Input)
        if self.items and not invoer.value:
            invoer.value = self.items.pop()
            self._ververs()
