"""Genummerde voorbeeldzinnen. Alt+1–9 (overal) of tab hierheen en 1–9/enter voegt er één in."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class Suggesties(OptionList):
    BINDINGS = [
        Binding(str(n), f"kies({n})", f"zin {n}", show=False) for n in range(1, 10)
    ]

    class Gekozen(Message):
        def __init__(self, tekst: str) -> None:
            super().__init__()
            self.tekst = tekst

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "Voorbeeldzinnen · alt+1–9 voegt in"
        self._zinnen: list[str] = []

    def zet(self, zinnen: list[str]) -> None:
        if not zinnen and not self._zinnen:
            return
        self._zinnen = list(zinnen[:9])
        self.clear_options()
        self.add_options(
            Option(Content(f"{n}  {zin}")) for n, zin in enumerate(self._zinnen, start=1)
        )
        self.display = bool(self._zinnen)

    def on_mount(self) -> None:
        self.display = bool(self._zinnen)

    def zin(self, nummer: int) -> str | None:
        return self._zinnen[nummer - 1] if 0 < nummer <= len(self._zinnen) else None

    def action_kies(self, nummer: int) -> None:
        zin = self.zin(nummer)
        if zin is not None:
            self.post_message(self.Gekozen(zin))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_kies(event.option_index + 1)
