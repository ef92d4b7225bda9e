"""Het conceptpaneel: het document zoals het nu is, en wat er nog ontbreekt."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
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


class ConceptPaneel(VerticalScroll):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.border_title = "Concept"

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
        if documenten:
            document = documenten.first(Markdown)
        else:
            document = Markdown(id="conceptdocument")
            await self.mount(document)
        await document.update(markdown)
