"""De live doelcheck onder een doel: probleemwoorden gemarkeerd, met uitleg en vervolgvragen.

De controle draait in een thread-worker met een korte wachttijd, zodat typen nooit hapert;
een nieuwe toetsaanslag annuleert de vorige controle.
"""

from __future__ import annotations

import time
from typing import Any

from textual import work
from textual.content import Content
from textual.widgets import Static
from textual.worker import get_current_worker

WACHTTIJD = 0.12  # seconden rust voordat we controleren: licht ontdenderen


class Doelweergave(Static):
    def __init__(self, naam: str | None = None, **kwargs: Any) -> None:
        super().__init__("", classes="doelcheck", **kwargs)
        self.naam = naam
        self.oordeel: Any = None

    def controleer(self, tekst: str) -> None:
        if not tekst.strip():
            self.oordeel = None
            self.update("")
            self.set_class(False, "vaag", "meetbaar")
            return
        self._controleer(tekst)

    @work(thread=True, exclusive=True, group="doelcheck", exit_on_error=False)
    def _controleer(self, tekst: str) -> None:
        time.sleep(WACHTTIJD)
        if get_current_worker().is_cancelled:
            return
        from assistent.kern import doelcheck

        oordeel = doelcheck.controleer(tekst, self.naam)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._toon, tekst, oordeel)

    def _toon(self, tekst: str, oordeel: Any) -> None:
        self.oordeel = oordeel
        self.set_class(not oordeel.meetbaar, "vaag")
        self.set_class(oordeel.meetbaar, "meetbaar")
        self.update(weergave(tekst, oordeel))


def weergave(tekst: str, oordeel: Any) -> Content:
    """De doeltekst met gemarkeerde woorden, daaronder wat er ontbreekt en wat je kunt vragen."""
    gemarkeerd = Content(tekst)
    for signaal in oordeel.signalen:
        begin, eind = max(0, signaal.begin), min(len(tekst), signaal.eind)
        if eind > begin:
            stijl = "bold $text-error on $error-muted" if signaal.blokkerend else (
                "bold $text-warning on $warning-muted"
            )
            gemarkeerd = gemarkeerd.stylize(stijl, begin, eind)
    regels: list[Content] = [gemarkeerd]
    if oordeel.meetbaar:
        regels.append(Content.from_markup("[$text-success]✓ Dit doel is meetbaar.[/]"))
    else:
        ontbreekt = ", ".join(oordeel.ontbreekt)
        kop = f"Nog niet meetbaar: ontbreekt {ontbreekt}." if ontbreekt else "Nog niet meetbaar."
        regels.append(Content.from_markup("[b $text-warning]$kop[/]", kop=kop))
    gezien: set[str] = set()
    for signaal in oordeel.signalen:
        if signaal.uitleg and signaal.uitleg not in gezien:
            gezien.add(signaal.uitleg)
            woorden = " ".join(signaal.woorden) if not isinstance(signaal.woorden, str) else (
                signaal.woorden
            )
            regels.append(Content(f"• {woorden}: {signaal.uitleg}"))
    for vraag in oordeel.vervolgvragen:
        regels.append(Content.from_markup("[$text-accent]?[/] $vraag", vraag=vraag))
    if oordeel.suggestie and not oordeel.meetbaar and oordeel.suggestie != tekst:
        regels.append(Content.from_markup("[dim]Bijvoorbeeld:[/] $zin", zin=oordeel.suggestie))
    return Content("\n").join(regels)
