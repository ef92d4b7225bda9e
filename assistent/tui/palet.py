"""Het opdrachtenpalet (ctrl+p): de opdrachten van het huidige scherm plus die van de app."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider


class OppOpdrachten(Provider):
    def _alle(self) -> Iterator[tuple[str, str, Callable[[], Any]]]:
        scherm = self.screen
        van_scherm = getattr(scherm, "opdrachten", None)
        if callable(van_scherm):
            yield from van_scherm()
        yield from self.app.opdrachten()  # type: ignore[attr-defined]

    async def discover(self) -> Hits:
        for titel, uitleg, actie in self._alle():
            yield DiscoveryHit(titel, partial(self._doe, actie), help=uitleg)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for titel, uitleg, actie in self._alle():
            score = matcher.match(titel)
            if score > 0:
                yield Hit(score, matcher.highlight(titel), partial(self._doe, actie),
                          text=titel, help=uitleg)

    async def _doe(self, actie: Callable[[], Any]) -> None:
        uitkomst = actie()
        if hasattr(uitkomst, "__await__"):
            await uitkomst
