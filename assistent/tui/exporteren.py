"""Exporteren vanuit de chat: de dialoog, het schrijven door de kern, en vragen bij een
bestand dat al bestaat. Lukt het niet, dan komt de dialoog terug met de fout erin."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from textual.screen import Screen

from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.werkruimte import DOCUMENTTITELS, FORMAATNAMEN, Werkruimte

if TYPE_CHECKING:
    from assistent.tui.dialogs.export import Exportkeuze


class Exportstroom:
    """De export van één chatscherm; `melding` zet een regel in het gesprek."""

    def __init__(self, scherm: Screen[None], werkruimte: Werkruimte, gesprek: Gesprek,
                 melding: Callable[[str], Awaitable[None]], *, vandaag: date | None) -> None:
        self.scherm = scherm
        self.werkruimte = werkruimte
        self.gesprek = gesprek
        self.melding = melding
        self.vandaag = vandaag

    def open(self, vorige: Exportkeuze | None = None, fout: str = "") -> None:
        from assistent.tui.dialogs.export import ExportDialoog

        voorstellen = {
            (document, formaat): self.werkruimte.exportpad(self.gesprek, document, formaat)
            for document in DOCUMENTTITELS for formaat in FORMAATNAMEN
        }
        sjablonen = {s: self.werkruimte.sjabloonpad(self.gesprek, s)
                     for s in self.werkruimte.schoolsjablonen()}
        self.scherm.app.push_screen(ExportDialoog(voorstellen, vorige, fout, sjablonen),
                                    self.na_keuze)

    async def na_keuze(self, keuze: Exportkeuze | None, overschrijf: bool = False) -> None:
        """De kern schrijft het bestand; bestaat het al, dan eerst vragen of het vervangen mag."""
        if keuze is None:
            return
        from assistent.kern.export import BestaatAl, ExportFout
        from assistent.kern.schoolsjabloon.vullen import SjabloonFout

        try:
            if keuze.sjabloon is not None:  # het Word-format van de school
                pad = self.werkruimte.exporteer_sjabloon(
                    self.gesprek, keuze.sjabloon, keuze.pad, vandaag=self.vandaag,
                    overschrijf=overschrijf)
            else:
                pad = self.werkruimte.exporteer(self.gesprek, keuze.document, keuze.formaat,
                                                keuze.pad, vandaag=self.vandaag,
                                                overschrijf=overschrijf)
        except BestaatAl as fout:
            self._vraag_overschrijven(keuze, fout.pad)
            return
        except (ExportFout, SjabloonFout, OSError) as fout:
            self.open(keuze, f"Exporteren lukte niet: {fout}")
            return
        await self.melding(f"Opgeslagen als {pad}")
        self.scherm.notify(f"Opgeslagen als {pad}", title="Geëxporteerd")

    def _vraag_overschrijven(self, keuze: Exportkeuze, pad: Path) -> None:
        from assistent.tui.dialogs.export import Exportkeuze
        from assistent.tui.dialogs.keuze import Keuze, KeuzeDialoog

        async def na_antwoord(antwoord: Keuze | None) -> None:
            if antwoord is not None and antwoord.knop == "overschrijf":
                await self.na_keuze(Exportkeuze(keuze.document, keuze.formaat, pad,
                                                keuze.sjabloon), True)
            else:
                self.open(keuze, "Kies een andere naam, of vervang het bestand.")

        self.scherm.app.push_screen(KeuzeDialoog(
            "Dit bestand bestaat al", f"{pad} bestaat al. Wil je het vervangen?",
            [("anders", "Andere naam kiezen"), ("overschrijf", "Vervangen")],
        ), na_antwoord)
