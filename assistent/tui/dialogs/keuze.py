"""Een vraag met een paar knoppen, en zo nodig een invoervak: 'Overschrijven?', 'Toch stoppen?'.

De dialoog doet zelf niets: hij geeft de gekozen knop terug (met de tekst uit het invoervak),
of None bij escape. Het scherm dat hem opende beslist wat er gebeurt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static


@dataclass(frozen=True)
class Keuze:
    knop: str
    tekst: str = ""  # wat er in het invoervak staat (als er een is)


class KeuzeDialoog(ModalScreen[Keuze | None]):
    BINDINGS = [Binding("escape", "annuleer", "Terug")]

    def __init__(
        self, titel: str, bericht: str, knoppen: Sequence[tuple[str, str]], *,
        invoer: tuple[str, str] | None = None, waarschuwing: bool = False,
    ) -> None:
        """`knoppen`: (id, tekst) per knop, de eerste krijgt de focus; `invoer`: de begintekst
        van een invoervak en de knop die enter daarin kiest (zonder: geen invoervak)."""
        super().__init__()
        self.titel = titel
        self.bericht = bericht
        self.knoppen = list(knoppen)
        self.invoer = invoer
        self.waarschuwing = waarschuwing

    def compose(self) -> ComposeResult:
        klassen = "dialoog fout" if self.waarschuwing else "dialoog"
        with Vertical(classes=klassen, id="keuzedialoog"):
            yield Static(self.titel, classes="dialoogtitel", markup=False)
            yield Static(self.bericht, id="keuzebericht", markup=False)
            if self.invoer is not None:
                yield Input(self.invoer[0], id="keuzeinvoer")
            with Horizontal(classes="knoppen"):
                for i, (knop_id, tekst) in enumerate(self.knoppen):
                    yield Button(tekst, id=knop_id, variant="primary" if i == 0 else "default")

    def on_mount(self) -> None:
        self.query_one(f"#{self.knoppen[0][0]}", Button).focus()

    def _tekst(self) -> str:
        if self.invoer is None:
            return ""
        return self.query_one("#keuzeinvoer", Input).value.strip()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(Keuze(event.button.id or "", self._tekst()))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in het invoervak kiest de knop die bij het invoervak hoort."""
        event.stop()
        if self.invoer is not None:
            self.dismiss(Keuze(self.invoer[1], self._tekst()))

    def action_annuleer(self) -> None:
        self.dismiss(None)
