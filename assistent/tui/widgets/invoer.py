"""Tekstvakken voor antwoorden, waarin alt+1–9 een voorbeeldzin blijft invoegen.

De meeste terminals (xterm, Windows Terminal, tmux) sturen alt+1 als ESC en '1'. Textual leest
dat als het teken dat macOS met Option+cijfer typt: ¡ ™ £ ¢ ∞ § ¶ • ª. Een tekstvak typt zo'n
teken gewoon, en Textual laat een binding voor een teken dat het vak zelf zou typen niet eens
toe. Deze vakken laten die negen tekens daarom over aan de bindingen van het chatscherm; wie
ze echt wil typen, kan dat hier niet (in een OPP komen ze zelden voor).

Staat er een plek tussen haken in het vak, zoals `[datum]` uit een voorbeeldzin, dan springt
tab naar de volgende plek en shift+tab naar de vorige, en selecteert hem: typen vervangt hem.
Zonder plekken doen tab en shift+tab wat ze altijd doen (naar het volgende of vorige veld).
"""

from __future__ import annotations

import re

from textual.binding import Binding
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import Input, TextArea
from textual.widgets.input import Selection as Regelselectie
from textual.widgets.text_area import Selection

PLEK = re.compile(r"\[[^\[\]\n]+\]")

# (toetsnaam in Textual, teken) per cijfer 1–9, in volgorde.
ALT_CIJFERS: tuple[tuple[str, str], ...] = (
    ("inverted_exclamation_mark", "¡"), ("trade_mark_sign", "™"), ("pound_sign", "£"),
    ("cent_sign", "¢"), ("infinity", "∞"), ("section_sign", "§"), ("pilcrow_sign", "¶"),
    ("bullet", "•"), ("ª", "ª"),
)
_TEKENS = frozenset(teken for _, teken in ALT_CIJFERS)


PLEKBINDINGEN: list[Binding | tuple[str, str] | tuple[str, str, str]] = [
    Binding("tab", "plek(1)", "Volgende plek", show=False),
    Binding("shift+tab", "plek(-1)", "Vorige plek", show=False),
]


def plek_bij(tekst: str, van: int, tot: int, richting: int) -> tuple[int, int] | None:
    """De volgende (richting 1) of vorige (-1) plek tussen haken, gezien vanaf de selectie
    van..tot; rond aan het eind weer naar het begin. None: geen plekken."""
    plekken = [(m.start(), m.end()) for m in PLEK.finditer(tekst)]
    if not plekken:
        return None
    if richting > 0:
        return next((p for p in plekken if p[0] >= tot and p != (van, tot)), plekken[0])
    return next((p for p in reversed(plekken) if p[1] <= van and p != (van, tot)), plekken[-1])


class Tekstinvoer(Input):
    """Een regel tekst; ¡ ™ £ … zijn voor de voorbeeldzinnen, tab springt naar plekken."""

    BINDINGS = PLEKBINDINGEN

    def check_consume_key(self, key: str, character: str | None) -> bool:
        return character not in _TEKENS and super().check_consume_key(key, character)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "plek":
            return PLEK.search(self.value) is not None
        return super().check_action(action, parameters)

    def action_plek(self, richting: int) -> None:
        van, tot = sorted(self.selection)
        plek = plek_bij(self.value, van, tot, richting)
        if plek is not None:
            self.selection = Regelselectie(*plek)


class Tekstvak(TextArea):
    """Een lang antwoord; ¡ ™ £ … zijn voor de voorbeeldzinnen, tab springt naar plekken."""

    BINDINGS = PLEKBINDINGEN
    _leeg_getekend = False

    def check_consume_key(self, key: str, character: str | None = None) -> bool:
        return character not in _TEKENS and super().check_consume_key(key, character)

    def render_lines(self, crop: Region) -> list[Strip]:
        # Een TextArea die net weggehaald is (het antwoordvak bouwt zich bij elke vraag opnieuw
        # op), heeft zijn stijlen al kwijt, maar de schermklok kan hem nog één keer tekenen.
        # Textual geeft dan een KeyError ("text-area--gutter") en de chat stopt. Hetzelfde kan
        # bij de eerste keer tekenen, voor de stijlen er zijn (Textual-issue 6528). Zo'n vak
        # is (nog) niet te zien: teken het leeg, en opnieuw zodra het kan.
        if not self.is_attached:
            return [Strip.blank(crop.width)] * crop.height
        try:
            self.get_component_styles("text-area--gutter")
        except KeyError:
            if not self._leeg_getekend:  # één keer opnieuw vragen, niet bij elke tekenbeurt
                self._leeg_getekend = True
                self.call_after_refresh(self.refresh)
            return [Strip.blank(crop.width)] * crop.height
        return super().render_lines(crop)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "plek":
            return PLEK.search(self.text) is not None
        return super().check_action(action, parameters)

    def action_plek(self, richting: int) -> None:
        begin, eind = sorted(self.selection)
        plek = plek_bij(self.text, _index(self.text, begin), _index(self.text, eind), richting)
        if plek is not None:
            self.selection = Selection(_locatie(self.text, plek[0]), _locatie(self.text, plek[1]))


def _index(tekst: str, locatie: tuple[int, int]) -> int:
    rij, kolom = locatie
    return sum(len(regel) + 1 for regel in tekst.split("\n")[:rij]) + kolom


def _locatie(tekst: str, index: int) -> tuple[int, int]:
    voor = tekst[:index]
    return voor.count("\n"), index - (voor.rfind("\n") + 1)
