"""Een lijst invullen: één punt per enter, een lege enter (of 'Klaar') verstuurt de lijst.

Pijl omhoog in een leeg vak haalt het laatste punt in het vak om het aan te passen; nog eens
omhoog (of omlaag) gaat naar het punt ervoor (erna). Enter zet het aangepaste punt terug op zijn
plek; een leeg gemaakt punt verdwijnt. Bij doelen blijft de doelcheck van het laatste punt staan
als het vak leeg is.
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
    BINDINGS = [
        Binding("up", "blader(-1)", "Vorig punt wijzigen", show=False),
        Binding("down", "blader(1)", "Volgend punt wijzigen", show=False),
    ]

    def __init__(self, items: list[str], doelen: bool, naam: str | None) -> None:
        super().__init__(id="lijstinvoer")
        self.items = list(items)
        self.doelen = doelen
        self.naam = naam
        self.bewerkt: int | None = None  # het punt dat nu in het vak staat om te wijzigen

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
        return "\n".join(
            f"{self._teken(n - 1)}{n}. {item}"
            + (" (nu in het vak)" if n - 1 == self.bewerkt else "")
            for n, item in enumerate(self.items, start=1))

    def _teken(self, index: int) -> str:
        if self.bewerkt is None:
            return ""
        return "▸ " if index == self.bewerkt else "  "

    def _ververs(self) -> None:
        self.query_one("#lijstitems", Static).update(self._lijsttekst())

    def _controleer(self, tekst: str) -> None:
        if self.doelen:
            if not tekst.strip() and self.items:
                tekst = self.items[-1]  # de markering van het laatste punt blijft staan
            self.query_one(Doelweergave).controleer(tekst)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._controleer(event.value)

    def _leg_neer(self, tekst: str) -> None:
        """Zet de tekst uit het vak in de lijst: als nieuw punt, of op de plek van het
        punt dat gewijzigd wordt (leeg: dat punt vervalt)."""
        if self.bewerkt is None:
            if tekst:
                self.items.append(tekst)
        elif tekst:
            self.items[self.bewerkt] = tekst
        else:
            del self.items[self.bewerkt]
        self.bewerkt = None

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        tekst = event.value.strip()
        opdracht = lees_opdracht(tekst)
        if opdracht is not None:
            event.input.value = ""
            self.post_message(OpdrachtGegeven(opdracht))
        elif tekst or self.bewerkt is not None:
            self._leg_neer(tekst)
            event.input.value = ""
            self._ververs()
            self._controleer("")
        else:
            self.post_message(Verstuurd(list(self.items)))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        invoer = self.query_one("#antwoord", Input)
        self._leg_neer(invoer.value.strip())
        invoer.value = ""
        self._ververs()
        self.post_message(Verstuurd(list(self.items)))

    def action_blader(self, stap: int) -> None:
        invoer = self.query_one("#antwoord", Input)
        if self.bewerkt is None:
            if invoer.value or not self.items or stap > 0:
                return
            nieuw: int | None = len(self.items) - 1
        else:
            self._leg_neer_op_plek(invoer.value.strip())
            nieuw = self.bewerkt + stap if self.bewerkt is not None else None
            if nieuw is not None and not 0 <= nieuw < len(self.items):
                nieuw = None if stap > 0 else 0
        self.bewerkt = nieuw
        invoer.value = self.items[nieuw] if nieuw is not None else ""
        invoer.cursor_position = len(invoer.value)
        self._ververs()

    def _leg_neer_op_plek(self, tekst: str) -> None:
        """Bij bladeren: de tekst terug op de plek van het punt (leeg: het punt blijft)."""
        if self.bewerkt is not None and tekst:
            self.items[self.bewerkt] = tekst
