"""Het schoolprofiel wijzigen: één veld per regel, 'Bewaren' geeft het nieuwe profiel terug."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from assistent.kern.school import VELDEN, Schoolprofiel


def samenvatting(profiel: Schoolprofiel) -> str:
    """Eén regel voor het startscherm: wat er in het profiel staat, of dat het nog leeg is."""
    if profiel.leeg:
        return "Schoolprofiel nog niet ingevuld: F8 voor school, IB'er en directeur."
    delen = [f"{label}: {profiel.waarde(v)}" for v, label in
             (("school", "School"), ("intern_begeleider", "IB"), ("directeur", "Directeur"))
             if profiel.waarde(v)]
    return " · ".join(delen) + " · F8 wijzigt"


class SchoolDialoog(ModalScreen[Schoolprofiel | None]):
    BINDINGS = [Binding("escape", "annuleren", "Annuleren")]

    def __init__(self, profiel: Schoolprofiel) -> None:
        super().__init__()
        self.profiel = profiel

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoog"):
            yield Static("Schoolprofiel: geldt voor elke leerling", classes="dialoogtitel")
            for veld, (label, uitleg) in VELDEN.items():
                yield Label(label)
                yield Input(self.profiel.waarde(veld), placeholder=uitleg, id=f"veld_{veld}",
                            compact=True)
            with Horizontal(classes="knoppen"):
                yield Button("Bewaren", id="bewaren", variant="primary")
                yield Button("Annuleren (esc)", id="annuleren")

    def on_mount(self) -> None:
        self.query_one(f"#veld_{next(iter(VELDEN))}", Input).focus()

    def _bewaar(self) -> None:
        waarden = {v: self.query_one(f"#veld_{v}", Input).value for v in VELDEN}
        self.dismiss(self.profiel.met(**waarden))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._bewaar()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "bewaren":
            self._bewaar()
        else:
            self.dismiss(None)

    def action_annuleren(self) -> None:
        self.dismiss(None)
