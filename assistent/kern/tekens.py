"""Stuurtekens uit tekst halen: wat iemand typt of een bestand bevat, komt nooit rauw op het scherm.

Een escape-reeks in een antwoord (ESC `]0;…` BEL) verandert de titel van de terminal of wist het
scherm, en een verticale tab maakt een Word-bestand ongeldig. Daarom gaat elke tekst die
binnenkomt (een antwoord, een sessiebestand, een vragenlijst van de school) hier doorheen.
Regelovergang en tab blijven; een Windows-regelovergang (CR LF) wordt een gewone.
"""

from __future__ import annotations

import re

# C0 (behalve tab en regelovergang), DEL en C1. Een verticale tab of pagina-einde (zo plakt Word
# een zachte regelovergang) wordt een regelovergang; de rest verdwijnt.
_STUURTEKENS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_REGELEINDE = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85]")


def zonder_stuurtekens(tekst: str) -> str:
    """De tekst zonder stuurtekens; regelovergang en tab blijven staan."""
    if tekst.isprintable():  # het gewone geval, en dat is snel
        return tekst
    return _STUURTEKENS.sub("", _REGELEINDE.sub("\n", tekst))


def zichtbaar(tekst: str) -> str:
    """Voor uitvoer op de terminal: een stuurteken wordt zichtbaar (`\\u001b`) in plaats van actief.

    Zo ziet iemand dat er iets vreemds in een bestandsnaam of antwoord staat, zonder dat de
    terminal erop reageert. De vorm is die van JSON, zodat `--json`-uitvoer geldig blijft.
    """
    if tekst.isprintable():
        return tekst
    return _STUURTEKENS.sub(lambda m: f"\\u{ord(m[0]):04x}", tekst.replace("\r", "\\r"))
