"""Bestanden veilig schrijven en TOML-fouten in gewone taal: gedeeld door sessies, cache en export.

Schrijven gaat altijd atomair: eerst naar een tijdelijk bestand in dezelfde map, fsync, dan
`os.replace`. Zo staat er na een crash of een volle schijf nooit een half bestand.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import tomllib
from pathlib import Path

BESTANDSMODUS = 0o600
MAPMODUS = 0o700


def maak_map(map_: Path) -> Path:
    map_.mkdir(parents=True, exist_ok=True, mode=MAPMODUS)
    with contextlib.suppress(OSError):
        os.chmod(map_, MAPMODUS)
    return map_


def schrijf_atomair(pad: Path, inhoud: bytes) -> None:
    """Schrijft `inhoud` naar `pad` (alleen voor de eigenaar leesbaar), of laat `pad` ongemoeid."""
    descriptor, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=pad.parent)
    try:
        with os.fdopen(descriptor, "wb") as bestand:
            bestand.write(inhoud)
            bestand.flush()
            os.fsync(bestand.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tijdelijk, BESTANDSMODUS)
        os.replace(tijdelijk, pad)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tijdelijk)
        raise
    if hasattr(os, "O_DIRECTORY"):
        with contextlib.suppress(OSError):
            map_fd = os.open(pad.parent, os.O_DIRECTORY)
            try:
                os.fsync(map_fd)
            finally:
                os.close(map_fd)


def toml_fout(fout: tomllib.TOMLDecodeError, tekst: str) -> tuple[str, int | None]:
    """Een TOML-fout als Nederlandse melding plus regelnummer (ook 'aan het eind')."""
    ruw = str(fout)
    m = re.search(r"line (\d+)", ruw)
    regel = int(m[1]) if m else None
    if regel is None and "end of document" in ruw:
        regel = tekst.count("\n") + (0 if tekst.endswith("\n") else 1)
    kern = re.sub(r"\s*\((at line \d+, column \d+|at end of document)\)", "", ruw)
    return f"geen geldige TOML ({kern})", regel
