"""Het opdrachtenpalet (ctrl+p): Textual's eigen opdrachten, die van de app en die van het scherm.

De app bouwt voort op `App.get_system_commands`; een scherm dat zelf opdrachten heeft, biedt
ze aan met een methode `opdrachten` (zie `MetOpdrachten`). Zo hoeft de app geen scherm te kennen.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from textual.app import SystemCommand


@runtime_checkable
class MetOpdrachten(Protocol):
    """Een scherm met eigen opdrachten voor het palet."""

    def opdrachten(self) -> Iterable[SystemCommand]: ...
