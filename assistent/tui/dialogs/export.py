"""Exporteren: kies document en formaat, pas zo nodig het pad aan; geeft het pad terug."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, RadioButton, RadioSet, Static

DOCUMENTEN = {"opp": "Concept-OPP", "kinddeel": "Kinddeel", "agenda": "Gespreksagenda"}
FORMATEN = {"md": "Markdown (.md)", "docx": "Word (.docx)"}


class ExportDialoog(ModalScreen[Path | None]):
    BINDINGS = [Binding("escape", "annuleer", "Annuleren")]

    def __init__(
        self, gesprek: Any, map_: Path, document: str = "opp", *, vandaag: date | None = None
    ) -> None:
        super().__init__()
        self.vandaag = vandaag
        self.gesprek = gesprek
        self.map = map_
        self.document = document
        self.formaat = "docx"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog", id="exportdialoog"):
            yield Static("Exporteren", classes="dialoogtitel")
            with Horizontal(id="exportkeuzes"):
                with RadioSet(id="document"):
                    for sleutel, titel in DOCUMENTEN.items():
                        yield RadioButton(titel, value=sleutel == self.document, name=sleutel)
                with RadioSet(id="formaat"):
                    for sleutel, titel in FORMATEN.items():
                        yield RadioButton(titel, value=sleutel == self.formaat, name=sleutel)
            yield Input(str(self._pad()), id="pad")
            yield Static(
                "Het bestand bevat persoonsgegevens van een kind: bewaar en deel het zorgvuldig.",
                id="privacy",
            )
            yield Static("", id="exportfout", markup=False)
            with Horizontal(classes="knoppen"):
                yield Button("Exporteren", id="exporteer", variant="primary")
                yield Button("Annuleren (esc)", id="annuleer")

    def on_mount(self) -> None:
        self.query_one("#exporteer", Button).focus()

    def _pad(self) -> Path:
        from assistent.kern import export

        return Path(export.standaard_pad(self.map, self.gesprek, self.document, self.formaat))

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        keuze = event.pressed.name or ""
        if event.radio_set.id == "document":
            self.document = keuze
        else:
            self.formaat = keuze
        self.query_one("#pad", Input).value = str(self._pad())

    def exporteer(self) -> Path | None:
        from assistent.kern import export

        tekst = self.query_one("#pad", Input).value.strip()
        if not tekst:
            self.query_one("#exportfout", Static).update("Geef een bestandsnaam op.")
            return None
        pad = Path(tekst).expanduser()
        try:
            uit = export.exporteer(self.gesprek, self.document, self.formaat, pad,
                                   vandaag=self.vandaag)
        except (OSError, ValueError) as fout:
            self.query_one("#exportfout", Static).update(f"Exporteren lukte niet: {fout}")
            return None
        return Path(uit) if isinstance(uit, str | Path) else pad

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._klaar()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "exporteer":
            self._klaar()
        else:
            self.dismiss(None)

    def _klaar(self) -> None:
        pad = self.exporteer()
        if pad is not None:
            self.dismiss(pad)

    def action_annuleer(self) -> None:
        self.dismiss(None)
