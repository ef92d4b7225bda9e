"""Een rustige melding als iets niet lukt (opslaan, een sessie openen); sluit met enter."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class FoutDialoog(ModalScreen[None]):
    BINDINGS = [Binding("escape", "sluit", "Sluiten")]

    def __init__(self, titel: str, bericht: str) -> None:
        super().__init__()
        self.titel = titel
        self.bericht = bericht

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog fout"):
            yield Static(self.titel, classes="dialoogtitel", markup=False)
            yield Static(self.bericht, id="foutbericht", markup=False)
            yield Button("Oké", id="oke", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#oke").focus()

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_sluit(self) -> None:
        self.dismiss(None)
