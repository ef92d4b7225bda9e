"""Een zachte waarschuwing bewust laten staan: vraagt om een korte reden (of None: aanpassen)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static


class RedenDialoog(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "aanpassen", "Aanpassen")]

    def __init__(self, waarschuwingen: list[str], vraag: str) -> None:
        super().__init__()
        self.waarschuwingen = waarschuwingen
        self.vraag = vraag

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog"):
            yield Static(self.vraag, classes="dialoogtitel", markup=False)
            yield Static("\n".join(self.waarschuwingen), id="waarschuwingen", markup=False)
            yield Input(placeholder="Bijvoorbeeld: meetbaar gemaakt in de aanpak", id="reden")
            yield Static("", id="redenfout", markup=False)
            with Horizontal(classes="knoppen"):
                yield Button("Zo laten", id="laten", variant="primary")
                yield Button("Aanpassen (esc)", id="aanpassen")

    def on_mount(self) -> None:
        self.query_one("#reden", Input).focus()

    def _laten(self) -> None:
        reden = self.query_one("#reden", Input).value.strip()
        if not reden:
            self.query_one("#redenfout", Static).update(
                "Schrijf kort waarom dit zo mag blijven; of kies 'Aanpassen'.")
            return
        self.dismiss(reden)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._laten()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "laten":
            self._laten()
        else:
            self.dismiss(None)

    def action_aanpassen(self) -> None:
        self.dismiss(None)
