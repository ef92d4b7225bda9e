"""Hulp (F1): de toetsen en hoe het gesprek werkt, kort."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HULP = """\
# Hulp

**Zo werkt het gesprek.** De assistent stelt één vraag tegelijk. Je antwoord wordt meteen
bewaard. Kies een eerder antwoord (klikken, of tab en enter) om het te wijzigen; latere
antwoorden blijven staan.

| Toets | Wat het doet |
|---|---|
| enter | antwoord versturen (bij een lijst: punt toevoegen; lege enter = klaar) |
| ctrl+j | versturen bij een lang antwoord of een vinklijst |
| spatie | aanvinken in een vinklijst |
| 1–9 | optie kiezen in een keuzelijst |
| j / n | ja of nee |
| alt+1–9 | voorbeeldzin invoegen (of tab naar de zinnen en kies met 1–9) |
| F2 | uitleg bij de vraag (of typ `?`) |
| F3 / ctrl+o | concept tonen of verbergen |
| F4 | overzicht van alle antwoorden |
| F5 | exporteren naar Markdown of Word |
| F6 / F7 | vorige vraag / overslaan |
| F8 | in de chat: metingen per doel bekijken en toevoegen; op het startscherm: schoolprofiel |
| F9 | bij de metingen: het OPP bijstellen naar een nieuwe versie |
| F10 | bij de metingen: de evaluatie per doel beginnen (ook: ctrl+p, "Evaluatie houden") |
| esc | een wijziging laten vallen, of het concept sluiten |
| ctrl+p | alle opdrachten zoeken |
| ctrl+t | licht of donker thema |
| ctrl+q | stoppen (alles is al bewaard) |

**Typen in het antwoordvak** kan ook: `?`, `terug`, `overslaan`, `wijzig 3`, `concept`,
`agenda`, `stop`.

**Doelen** worden tijdens het typen gecontroleerd. Een doel dat nog niet meetbaar is, mag
blijven staan als je kort zegt waarom.
"""


class HulpScherm(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q", "sluit", "Sluiten")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialoog", id="hulp"):
            yield Markdown(HULP)

    def action_sluit(self) -> None:
        self.dismiss(None)
