"""Berichten die het antwoordvak naar boven stuurt; het chatscherm beslist wat ermee gebeurt."""

from __future__ import annotations

from textual.message import Message

from assistent.tui.commando import Opdracht


class Verstuurd(Message):
    """De gebruiker verstuurt een antwoord (tekst, keuze, lijst of ja/nee)."""

    def __init__(self, waarde: object) -> None:
        super().__init__()
        self.waarde = waarde


class OpdrachtGegeven(Message):
    """De gebruiker typte een chatopdracht, zoals `?` of `wijzig 3`."""

    def __init__(self, opdracht: Opdracht) -> None:
        super().__init__()
        self.opdracht = opdracht
