"""De conceptweergave: het document zoals het nu is, en wat er nog ontbreekt.

Ze neemt de volle breedte van het chatscherm; pgup/pgdn/home/end en de pijltjes scrollen, F3 of
esc sluit haar. Op een smal scherm worden tabellen lijsten met "kop: waarde" per rij, zodat een
kolom nooit één woord per regel wordt.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

if TYPE_CHECKING:
    from assistent.kern.concept.volledigheid import Controle


def controlelijst(controles: Iterable[Controle]) -> Content:
    """De volledigheidscontrole als lijst met ✓ en ✗, rustig en kort."""
    regels = [Content.from_markup("[b]Volledigheid[/]")]
    for controle in controles:
        if controle.ok:
            regels.append(Content.from_markup(
                "[$text-success]✓[/] $onderdeel", onderdeel=controle.onderdeel))
        else:
            regels.append(Content.from_markup(
                "[$text-warning]✗[/] $onderdeel — $uitleg",
                onderdeel=controle.onderdeel, uitleg=controle.uitleg,
            ))
    return Content("\n").join(regels)


SMAL = 110  # onder deze breedte (in tekens) worden tabellen lijsten


def _cellen(regel: str) -> list[str]:
    return [c.strip() for c in regel.strip().strip("|").split("|")]


def _is_tabelregel(regel: str) -> bool:
    return regel.lstrip().startswith("|")


def _is_scheiding(regel: str) -> bool:
    return _is_tabelregel(regel) and all(set(c) <= set(":- ") and c for c in _cellen(regel))


def tabellen_als_lijsten(markdown: str) -> str:
    """Elke Markdown-tabel als blokjes "**kop**: waarde", één blok per rij."""
    regels = markdown.splitlines()
    uit: list[str] = []
    i = 0
    while i < len(regels):
        if (_is_tabelregel(regels[i]) and i + 1 < len(regels)
                and _is_scheiding(regels[i + 1])):
            koppen = _cellen(regels[i])
            i += 2
            while i < len(regels) and _is_tabelregel(regels[i]):
                cellen = _cellen(regels[i])
                paren = [f"**{kop}**: {cel or '…'}"
                         for kop, cel in zip(koppen, cellen, strict=False)]
                uit.append("- " + "  \n  ".join(paren))
                i += 1
            uit.append("")
        else:
            uit.append(regels[i])
            i += 1
    return "\n".join(uit)


class ConceptPaneel(VerticalScroll):
    # Esc staat in de rand, niet in de voetregel: zo past die op 80 tekens met F1 tot F5.
    BINDINGS = [Binding("escape", "sluit", "Terug naar de chat", show=False)]

    class Sluiten(Message):
        """Esc in de conceptweergave: terug naar de chat."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.border_title = "Concept"
        self.border_subtitle = "esc of F3: terug naar de chat"
        self._markdown = ""
        self._smal: bool | None = None

    def action_sluit(self) -> None:
        self.post_message(self.Sluiten())

    def _is_smal(self) -> bool:
        breedte = self.size.width or self.app.size.width
        return breedte < SMAL

    async def on_resize(self, event: events.Resize) -> None:
        if self._markdown and self._is_smal() != self._smal:
            await self._zet_markdown()

    def compose(self) -> ComposeResult:
        yield Static("", id="volledigheid")

    async def toon(self, titel: str, markdown: str, controles: Iterable[Controle] | None) -> None:
        self.border_title = titel
        lijst = self.query_one("#volledigheid", Static)
        if controles is None:
            lijst.display = False
        else:
            lijst.display = True
            lijst.update(controlelijst(controles))
        # Het Markdown-widget pas laden als het paneel voor het eerst opengaat: snellere start.
        from textual.widgets import Markdown

        documenten = self.query("#conceptdocument")
        if not documenten:
            await self.mount(Markdown(id="conceptdocument"))
        self._markdown = markdown
        await self._zet_markdown()

    async def _zet_markdown(self) -> None:
        from textual.widgets import Markdown

        self._smal = self._is_smal()
        tekst = tabellen_als_lijsten(self._markdown) if self._smal else self._markdown
        await self.query_one("#conceptdocument", Markdown).update(tekst)
