"""Tekstvakken voor antwoorden, waarin alt+1–9 een voorbeeldzin blijft invoegen.

De meeste terminals (xterm, Windows Terminal, tmux) sturen alt+1 als ESC en '1'. Textual leest
dat als het teken dat macOS met Option+cijfer typt: ¡ ™ £ ¢ ∞ § ¶ • ª. Een tekstvak typt zo'n
teken gewoon, en Textual laat een binding voor een teken dat het vak zelf zou typen niet eens
toe. Deze vakken laten die negen tekens daarom over aan de bindingen van het chatscherm; wie
ze echt wil typen, kan dat hier niet (in een OPP komen ze zelden voor).
"""

from __future__ import annotations

from textual.widgets import Input, TextArea

# (toetsnaam in Textual, teken) per cijfer 1–9, in volgorde.
ALT_CIJFERS: tuple[tuple[str, str], ...] = (
    ("inverted_exclamation_mark", "¡"), ("trade_mark_sign", "™"), ("pound_sign", "£"),
    ("cent_sign", "¢"), ("infinity", "∞"), ("section_sign", "§"), ("pilcrow_sign", "¶"),
    ("bullet", "•"), ("ª", "ª"),
)
_TEKENS = frozenset(teken for _, teken in ALT_CIJFERS)


class Tekstinvoer(Input):
    """Een regel tekst; ¡ ™ £ … zijn voor de voorbeeldzinnen (zie boven)."""

    def check_consume_key(self, key: str, character: str | None) -> bool:
        return character not in _TEKENS and super().check_consume_key(key, character)


class Tekstvak(TextArea):
    """Een lang antwoord; ¡ ™ £ … zijn voor de voorbeeldzinnen (zie boven)."""

    def check_consume_key(self, key: str, character: str | None = None) -> bool:
        return character not in _TEKENS and super().check_consume_key(key, character)
