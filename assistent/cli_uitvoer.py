"""Uitvoer van de CLI: stuurtekens worden zichtbaar in plaats van dat de terminal erop reageert."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from assistent.kern.tekens import zichtbaar


class Zichtbaar:
    """Een uitvoerstroom die stuurtekens zichtbaar maakt in plaats van ze door te geven.

    Antwoorden worden bij het invoeren al schoongemaakt, maar een bestandsnaam, een vraag-id
    of een foutmelding kan er nog een bevatten: die komt zo nooit rauw op de terminal.
    """

    def __init__(self, stroom: TextIO) -> None:
        self._stroom = stroom

    def write(self, tekst: str) -> int:
        return self._stroom.write(zichtbaar(tekst))

    def __getattr__(self, naam: str) -> Any:
        return getattr(self._stroom, naam)


@contextlib.contextmanager
def zichtbare_uitvoer() -> Iterator[None]:
    """Voor de subcommando's; niet voor de chat, die de terminal zelf beheert."""
    oud = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = Zichtbaar(sys.stdout), Zichtbaar(sys.stderr)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = oud
