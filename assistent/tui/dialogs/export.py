"""Exporteren: kies document en formaat, of het Word-format van de school, en pas zo nodig het
pad aan. De keuzerondjes tonen alleen bij de gekozen keuze een teken (zie `widgets/vinkjes.py`).

De dialoog schrijft niets: hij geeft een `Exportkeuze` terug (of None) en het chatscherm laat de
kern het bestand maken. Lukt dat niet, dan opent het scherm de dialoog opnieuw met de fout.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, RadioSet, Static

from assistent.kern.werkruimte import DOCUMENTTITELS, FORMAATNAMEN
from assistent.tui.widgets.vinkjes import Keuzerondje

ONZE_OPMAAK = "Onze opmaak"


@dataclass(frozen=True)
class Exportkeuze:
    document: str
    formaat: str
    pad: Path
    sjabloon: Path | None = None  # het Word-format van de school, of None: onze opmaak


class ExportDialoog(ModalScreen[Exportkeuze | None]):
    BINDINGS = [Binding("escape", "annuleer", "Annuleren")]

    def __init__(
        self, voorstellen: Mapping[tuple[str, str], Path], vorige: Exportkeuze | None = None,
        fout: str = "", sjablonen: Mapping[Path, Path] | None = None,
    ) -> None:
        """`voorstellen`: het standaardpad per (document, formaat); `vorige` en `fout` als een
        eerdere poging niet lukte, zodat je je keuze alleen hoeft te verbeteren. `sjablonen`:
        de Word-sjablonen van de school met het standaardpad van het gevulde OPP."""
        super().__init__()
        self.voorstellen = voorstellen
        self.sjablonen = dict(sjablonen or {})
        self.sjabloon = vorige.sjabloon if vorige else None
        self.document = vorige.document if vorige else "opp"
        self.formaat = vorige.formaat if vorige else "docx"
        self.begin_pad = vorige.pad if vorige else self._voorstel()
        self.fout = fout

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog", id="exportdialoog"):
            yield Static("Exporteren", classes="dialoogtitel")
            with Horizontal(id="exportkeuzes"):
                with RadioSet(id="document"):
                    for sleutel, titel in DOCUMENTTITELS.items():
                        yield Keuzerondje(titel, value=sleutel == self.document, name=sleutel)
                with RadioSet(id="formaat"):
                    for sleutel, titel in FORMAATNAMEN.items():
                        yield Keuzerondje(titel, value=sleutel == self.formaat, name=sleutel)
                if self.sjablonen:
                    with RadioSet(id="opmaak"):
                        yield Keuzerondje(ONZE_OPMAAK, value=self.sjabloon is None, name="")
                        for sjabloon in self.sjablonen:
                            yield Keuzerondje(sjabloon.name, value=sjabloon == self.sjabloon,
                                              name=str(sjabloon))
            yield Input(str(self.begin_pad), id="pad")
            yield Static(
                "Het bestand bevat persoonsgegevens van een kind: bewaar en deel het zorgvuldig.",
                id="privacy",
            )
            yield Static(self.fout, id="exportfout", markup=False)
            with Horizontal(classes="knoppen"):
                yield Button("Exporteren", id="exporteer", variant="primary")
                yield Button("Annuleren (esc)", id="annuleer")

    def on_mount(self) -> None:
        # Zonder fout geen lege regel: op 80×24 past de dialoog dan met knoppen en al.
        self.query_one("#exportfout", Static).display = bool(self.fout)
        self.query_one("#exporteer", Button).focus()

    def _toon_fout(self, tekst: str) -> None:
        melding = self.query_one("#exportfout", Static)
        melding.update(tekst)
        melding.display = True

    def _voorstel(self) -> Path:
        if self.sjabloon is not None:
            return self.sjablonen[self.sjabloon]
        return self.voorstellen[(self.document, self.formaat)]

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        keuze = event.pressed.name or ""
        if event.radio_set.id == "document":
            self.document = keuze
        elif event.radio_set.id == "opmaak":
            # Een schoolformat vult alleen het OPP, als Word-bestand.
            self.sjabloon = Path(keuze) if keuze else None
        else:
            self.formaat = keuze
        self.query_one("#pad", Input).value = str(self._voorstel())

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
        tekst = self.query_one("#pad", Input).value.strip()
        if not tekst:
            self._toon_fout("Geef een bestandsnaam op.")
            return
        if self.sjabloon is not None:
            self.dismiss(Exportkeuze("opp", "docx", Path(tekst), self.sjabloon))
            return
        self.dismiss(Exportkeuze(self.document, self.formaat, Path(tekst)))

    def action_annuleer(self) -> None:
        self.dismiss(None)
