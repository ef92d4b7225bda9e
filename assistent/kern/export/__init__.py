"""Documenten maken en wegschrijven: het OPP, het kinddeel en de gespreksagenda.

Eén `OppConcept` per document, twee weergaven (Markdown en Word). Bestanden worden atomair
geschreven en zijn alleen voor de eigenaar leesbaar: ze bevatten persoonsgegevens.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import date
from pathlib import Path

from assistent.kern.concept import DOCUMENTEN, Doelcheck, OppConcept, bouw_concept

# Eerst het submodule laden: daarna overschrijft de functie `markdown` hieronder de naam van
# het submodule in dit pakket, zodat `export.markdown(gesprek, "opp")` de functie is.
from assistent.kern.export.markdown import render_concept
from assistent.kern.gesprek import Gesprek

FORMATEN: tuple[str, ...] = ("md", "docx")
BESTANDSMODUS = 0o600
MAPMODUS = 0o700

__all__ = ["DOCUMENTEN", "FORMATEN", "ExportFout", "exporteer", "markdown", "standaard_pad"]


class ExportFout(ValueError):
    """Een export die niet lukt; de tekst is voor de gebruiker bedoeld."""


def _controleer(document: str, formaat: str | None = None) -> None:
    if document not in DOCUMENTEN:
        raise ExportFout(f"Onbekend document '{document}'. Kies uit: {', '.join(DOCUMENTEN)}.")
    if formaat is not None and formaat not in FORMATEN:
        raise ExportFout(f"Onbekend formaat '{formaat}'. Kies uit: {', '.join(FORMATEN)}.")


def concept(
    gesprek: Gesprek, document: str, *, vandaag: date | None = None,
    doelcheck: Doelcheck | None = None,
) -> OppConcept:
    _controleer(document)
    return bouw_concept(gesprek, document, vandaag=vandaag, doelcheck=doelcheck)


def markdown(
    gesprek: Gesprek, document: str = "opp", *, vandaag: date | None = None,
    doelcheck: Doelcheck | None = None, strikt: bool = False,
) -> str:
    return render_concept(
        concept(gesprek, document, vandaag=vandaag, doelcheck=doelcheck), strikt=strikt
    )


def inhoud(concept_: OppConcept, formaat: str, *, strikt: bool = False) -> bytes:
    """De bytes van één document in één formaat."""
    _controleer(concept_.document, formaat)
    if formaat == "md":
        return render_concept(concept_, strikt=strikt).encode("utf-8")
    from assistent.kern.export.docx import render_docx

    return render_docx(concept_)


def exporteer(
    gesprek: Gesprek, document: str, formaat: str, pad: Path, *,
    vandaag: date | None = None, doelcheck: Doelcheck | None = None,
) -> Path:
    """Schrijft het document naar `pad` (atomair, 0600) en geeft het pad terug."""
    _controleer(document, formaat)
    gegevens = inhoud(concept(gesprek, document, vandaag=vandaag, doelcheck=doelcheck), formaat)
    schrijf(pad, gegevens)
    return pad


def standaard_pad(map_: Path, gesprek: Gesprek, document: str, formaat: str) -> Path:
    """`<map>/export/<sessie-id>-<document>.<formaat>`."""
    _controleer(document, formaat)
    return map_ / "export" / f"{gesprek.sessie.id}-{document}.{formaat}"


def schrijf(pad: Path, gegevens: bytes) -> None:
    """Tijdelijk bestand in dezelfde map, fsync, dan `os.replace`: nooit een half document."""
    map_ = pad.parent
    try:
        if not map_.exists():
            map_.mkdir(parents=True, mode=MAPMODUS)
        descriptor, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=map_)
    except OSError as fout:
        raise ExportFout(f"Kan niet schrijven in {map_} ({fout.strerror}).") from None
    try:
        with os.fdopen(descriptor, "wb") as bestand:
            bestand.write(gegevens)
            bestand.flush()
            os.fsync(bestand.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tijdelijk, BESTANDSMODUS)
        os.replace(tijdelijk, pad)
    except OSError as fout:
        with contextlib.suppress(OSError):
            os.unlink(tijdelijk)
        raise ExportFout(f"Kan {pad} niet schrijven ({fout.strerror}).") from None
