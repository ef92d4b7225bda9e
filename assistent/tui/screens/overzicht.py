"""Overzicht: alle vragen per onderdeel met het antwoord, plus wat er nog ontbreekt.

Enter of klikken op een vraag sluit het overzicht en zet die vraag klaar om te wijzigen.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from assistent.kern.sessie.gesprek import Gesprek
from assistent.tui.widgets.concept import controlelijst


class OverzichtScherm(Screen[str | None]):
    BINDINGS = [
        Binding("escape,f4", "sluit", "Terug naar de chat"),
    ]

    def __init__(self, gesprek: Gesprek) -> None:
        super().__init__()
        self.gesprek = gesprek

    def compose(self) -> ComposeResult:
        yield Static(f"Overzicht · {self.gesprek.sessie.naam}", id="kop", markup=False)
        with Horizontal(id="overzicht"):
            yield OptionList(*self._regels(), id="antwoorden")
            with VerticalScroll(id="controles"):
                yield Static(self._controles(), id="volledigheid")
        yield Footer()

    def _regels(self) -> list[Option | None]:
        regels: list[Option | None] = []
        vorig = None
        for nummer, stap in enumerate(self.gesprek.zichtbaar(), start=1):
            sleutel = (stap.vragenlijst.id, stap.onderdeel.id)
            if sleutel != vorig:
                if vorig is not None:
                    regels.append(None)
                regels.append(Option(Content.styled(stap.onderdeel.titel, "bold"), disabled=True))
                vorig = sleutel
            vraag = stap.vraag
            antwoord = self.gesprek.antwoordtekst(vraag) or "(nog open)"
            regels.append(Option(Content(f"{nummer}. {vraag.titel}: {antwoord}"), id=vraag.id))
        return regels

    def _controles(self):  # type: ignore[no-untyped-def]
        from assistent.kern.werkruimte import controleer_volledigheid

        return controlelijst(controleer_volledigheid(self.gesprek))

    def on_mount(self) -> None:
        self.query_one("#antwoorden", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_sluit(self) -> None:
        self.dismiss(None)
