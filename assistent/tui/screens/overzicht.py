"""Overzicht: alle vragen per onderdeel met het antwoord, plus wat er nog ontbreekt.

Wat er te zien is, komt in één aanroep uit de kern (`werkruimte.overzicht`); dit scherm zet het
alleen op een rij. Enter of klikken op een vraag sluit het overzicht en zet die vraag klaar om
te wijzigen.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from assistent.kern.werkruimte import Adviesweergave, Overzicht
from assistent.tui.widgets.concept import controlelijst


class OverzichtScherm(Screen[str | None]):
    BINDINGS = [
        Binding("escape,f4", "sluit", "Terug naar de chat"),
    ]

    def __init__(
        self, naam: str, overzicht: Overzicht, advies: Adviesweergave | None = None
    ) -> None:
        super().__init__()
        self.naam = naam
        self.overzicht = overzicht
        self.advies = advies

    def compose(self) -> ComposeResult:
        yield Static(f"Overzicht · {self.naam}", id="kop", markup=False)
        with Horizontal(id="overzicht"):
            yield OptionList(*self._regels(), id="antwoorden")
            with VerticalScroll(id="controles"):
                if self.advies is not None:
                    yield Static(self.advies.als_tekst(), id="overzicht-advies",
                                 classes="advies", markup=False)
                yield Static(controlelijst(self.overzicht.controles), id="volledigheid")
        yield Footer()

    def _regels(self) -> list[Option | None]:
        regels: list[Option | None] = []
        vorig: str | None = None
        for regel in self.overzicht.regels:
            if regel.onderdeel_id != vorig:
                if vorig is not None:
                    regels.append(None)
                regels.append(Option(Content.styled(regel.onderdeel, "bold"), disabled=True))
                vorig = regel.onderdeel_id
            antwoord = ("(nog open)" if regel.antwoord is None
                        else regel.antwoord or "(niets aangevinkt)")
            regels.append(Option(Content(f"{regel.nummer}. {regel.vraag}: {antwoord}"),
                                 id=regel.vraag_id))
        return regels

    def on_mount(self) -> None:
        self.query_one("#antwoorden", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_sluit(self) -> None:
        self.dismiss(None)
