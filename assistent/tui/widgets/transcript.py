"""Het gesprek als chat: een scrollvlak dat onderaan blijft, één klein widget per beurt.

Volgorde van de kinderen: de beantwoorde vragen (vraag + antwoord), dan de huidige vraag,
dan de meldingen bij die vraag. Het scherm geeft de rijen; dit widget werkt alleen bij wat
veranderd is, zodat een antwoord niet het hele gesprek opnieuw opbouwt.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.containers import VerticalScroll

from assistent.tui.widgets.beurt import (
    Adviesbeurt,
    Antwoordbeurt,
    Meldingbeurt,
    Vraagbeurt,
    vraagtekst,
)


@dataclass(frozen=True)
class Rij:
    vraag_id: str
    nummer: int
    vraag: str
    antwoord: str
    overgeslagen: bool = False


class Transcript(VerticalScroll, can_focus=False):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rijen: list[Rij] = []
        self._beurten: dict[str, tuple[Vraagbeurt, Antwoordbeurt]] = {}
        self._huidige: Vraagbeurt | None = None
        self._advies: tuple[str, str] | None = None

    def on_mount(self) -> None:
        self.anchor()

    async def toon_rijen(self, rijen: list[Rij]) -> None:
        """Brengt de beantwoorde vragen in lijn met `rijen`; alleen wat anders is verandert."""
        oud_ids = [r.vraag_id for r in self._rijen]
        nieuw_ids = [r.vraag_id for r in rijen]
        if nieuw_ids[: len(oud_ids)] != oud_ids:
            await self.remove_children([w for paar in self._beurten.values() for w in paar])
            self._beurten.clear()
            self._rijen = []
        oud = {r.vraag_id: r for r in self._rijen}
        nieuw_widgets: list[Vraagbeurt | Antwoordbeurt] = []
        for rij in rijen:
            vorige = oud.get(rij.vraag_id)
            if vorige is None:
                paar = (
                    Vraagbeurt(rij.nummer, rij.vraag),
                    Antwoordbeurt(rij.vraag_id, rij.antwoord, rij.overgeslagen),
                )
                self._beurten[rij.vraag_id] = paar
                nieuw_widgets.extend(paar)
            elif vorige != rij:
                vraag, antwoord = self._beurten[rij.vraag_id]
                vraag.update(vraagtekst(rij.nummer, rij.vraag))
                antwoord.update(rij.antwoord)
                antwoord.set_class(rij.overgeslagen, "overgeslagen")
        self._rijen = list(rijen)
        if nieuw_widgets:
            anker = self._huidige if self._huidige is not None else None
            if anker is not None and anker.parent is self:
                await self.mount_all(nieuw_widgets, before=anker)
            else:
                await self.mount_all(nieuw_widgets)

    async def zet_huidige(self, nummer: int, tekst: str, vraag_id: str | None) -> None:
        """Toont de vraag die nu aan de beurt is (of het slotbericht) onderaan."""
        await self.wis_meldingen()
        for _, antwoord in self._beurten.values():
            antwoord.set_class(antwoord.vraag_id == vraag_id, "wordt-gewijzigd")
        if self._huidige is not None:
            await self._huidige.remove()
        self._huidige = Vraagbeurt(nummer, tekst, slot=vraag_id is None, id="huidige-vraag")
        await self.mount(self._huidige)
        self.scroll_end(animate=False)

    async def zet_advies(self, tekst: str | None, na_vraag_id: str | None = None) -> None:
        """Toont het advies direct na het antwoord op `na_vraag_id` (None: geen advies)."""
        oud = self.query(Adviesbeurt)
        paar = self._beurten.get(na_vraag_id) if na_vraag_id else None
        if tekst is None or paar is None or na_vraag_id is None:
            self._advies = None
            await oud.remove()
            return
        antwoord = paar[1]
        if oud and self._advies == (tekst, na_vraag_id):
            kinderen = list(self.children)
            beurt = oud.first()
            if kinderen.index(beurt) == kinderen.index(antwoord) + 1:
                return
        await oud.remove()
        self._advies = (tekst, na_vraag_id)
        await self.mount(Adviesbeurt(tekst), after=antwoord)

    async def melding(self, tekst: str, soort: str = "info") -> None:
        await self.mount(Meldingbeurt(tekst, soort))
        self.scroll_end(animate=False)

    async def wis_meldingen(self) -> None:
        await self.remove_children(Meldingbeurt)

    def antwoord(self, vraag_id: str) -> Antwoordbeurt | None:
        paar = self._beurten.get(vraag_id)
        return paar[1] if paar else None
