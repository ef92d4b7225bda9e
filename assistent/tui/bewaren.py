"""Bewaren vanuit de chat: na elk antwoord naar schijf, en als dat mislukt niets kwijtraken.

Lukt opslaan niet (schijf vol, map weg), dan onthoudt de `Bewaarder` dat; stoppen vraagt dan
eerst of het opnieuw moet, ergens anders heen, of echt weg mag.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.screen import Screen

from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.opslag import SessieFout
from assistent.kern.werkruimte import Werkruimte


class Bewaarder:
    """Bewaart het gesprek van één chatscherm; meldingen en dialogen gaan via dat scherm."""

    def __init__(self, scherm: Screen[None], werkruimte: Werkruimte, gesprek: Gesprek,
                 pad: Path) -> None:
        self.scherm = scherm
        self.werkruimte = werkruimte
        self.gesprek = gesprek
        self.pad = pad
        # Mislukte het laatste opslaan? Dan waarschuwt stoppen eerst.
        self.onbewaard = False

    def bewaar(self) -> bool:
        try:
            bewaard = self.werkruimte.bewaar(self.gesprek, self.pad)
        except SessieFout as fout:
            from assistent.tui.dialogs.fout import FoutDialoog

            self.onbewaard = True
            self.scherm.app.push_screen(FoutDialoog(
                "Opslaan lukte niet",
                f"{fout}\n\nJe antwoord staat nog op het scherm en blijft bewaard zolang de "
                "assistent openstaat. Los het probleem op; bij het volgende antwoord probeer ik "
                "opnieuw op te slaan.",
            ))
            return False
        self.onbewaard = False
        if bewaard.melding:  # een tweede venster of script schreef intussen ook
            self.scherm.notify(bewaard.melding, title="Samengevoegd", severity="warning",
                               timeout=30)
        return True

    def bewaar_stil(self) -> str | None:
        """Bewaart zonder eigen dialoog (voor een dialoog die de fout zelf toont): None als het
        lukte, anders de melding. Ook dan waarschuwt stoppen eerst."""
        try:
            bewaard = self.werkruimte.bewaar(self.gesprek, self.pad)
        except SessieFout as fout:
            self.onbewaard = True
            return str(fout)
        self.onbewaard = False
        if bewaard.melding:
            self.scherm.notify(bewaard.melding, title="Samengevoegd", severity="warning",
                               timeout=30)
        return None

    def vraag_voor_stoppen(self, verder: Callable[[], None]) -> None:
        """Er staat een antwoord nog niet op schijf: eerst vragen wat er moet gebeuren."""
        from assistent.tui.dialogs.keuze import Keuze, KeuzeDialoog

        def na_keuze(keuze: Keuze | None) -> None:
            if keuze is None or keuze.knop == "terug":
                return
            if keuze.knop == "stoppen" or (keuze.knop == "opnieuw" and self.bewaar()):
                verder()
            elif keuze.knop == "elders":
                fout = self.bewaar_elders(keuze.tekst)
                if fout is None:
                    verder()
                else:
                    self.scherm.notify(fout, title="Ook daar lukte het niet", severity="error",
                                       timeout=20)

        elders = Path.home() / f"{self.pad.stem}-kopie.toml"
        self.scherm.app.push_screen(KeuzeDialoog(
            "Je laatste antwoord staat nog niet op schijf",
            f"Opslaan in {self.pad} lukte niet. Stop je nu, dan is dat antwoord weg. "
            "Probeer het opnieuw, of bewaar de sessie ergens anders (bijvoorbeeld op een "
            "USB-stick):",
            [("opnieuw", "Opnieuw opslaan"), ("elders", "Hier opslaan"),
             ("stoppen", "Toch stoppen"), ("terug", "Terug")],
            invoer=(str(elders), "elders"), waarschuwing=True,
        ), na_keuze)

    def bewaar_elders(self, tekst: str) -> str | None:
        """Bewaart een kopie van de sessie op een ander pad; None als het lukte, anders de fout.
        Een bestaand bestand wordt niet overschreven."""
        if not tekst:
            return "Geef een pad op."
        pad = Path(tekst).expanduser()
        try:
            self.werkruimte.bewaar_kopie(self.gesprek, pad)
        except SessieFout as fout:
            return str(fout)
        self.onbewaard = False
        self.scherm.notify(f"Bewaard in {pad}", title="Opgeslagen")
        return None
