"""Documenten maken en wegschrijven: het OPP, het kinddeel en de gespreksagenda.

Eén `OppConcept` per document, twee weergaven (Markdown en Word). Bestanden worden atomair
geschreven en zijn alleen voor de eigenaar leesbaar: ze bevatten persoonsgegevens.
"""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

from assistent.kern import locaties
from assistent.kern.bestanden import (
    controleer_doel,
    maak_map,
    oorzaak,
    schrijf_atomair,
    veilige_naam,
)
from assistent.kern.concept.bouwen import bouw_concept
from assistent.kern.concept.model import DOCUMENTEN, OppConcept
from assistent.kern.doelcheck import Doelchecker, controleer
from assistent.kern.export.md import render_concept
from assistent.kern.school import Schoolprofiel
from assistent.kern.sessie.gesprek import Gesprek

FORMATEN: tuple[str, ...] = ("md", "docx")

__all__ = [
    "DOCUMENTEN", "FORMATEN", "BestaatAl", "ExportFout", "concept", "exporteer", "markdown",
    "render_concept", "standaard_pad",
]


class ExportFout(ValueError):
    """Een export die niet lukt; de tekst is voor de gebruiker bedoeld."""


class BestaatAl(ExportFout):
    """Het doel bestaat al. De CLI vraagt dan om `--overschrijf`, de chat vraagt het zelf."""

    def __init__(self, pad: Path) -> None:
        super().__init__(f"{pad} bestaat al; ik vervang het niet zonder het te vragen.")
        self.pad = pad


def _controleer(document: str, formaat: str | None = None) -> None:
    if document not in DOCUMENTEN:
        raise ExportFout(f"Onbekend document '{document}'. Kies uit: {', '.join(DOCUMENTEN)}.")
    if formaat is not None and formaat not in FORMATEN:
        raise ExportFout(f"Onbekend formaat '{formaat}'. Kies uit: {', '.join(FORMATEN)}.")


def concept(
    gesprek: Gesprek, document: str, *, vandaag: date | None = None,
    doelcheck: Doelchecker = controleer, school: Schoolprofiel | None = None,
) -> OppConcept:
    """Het concept van één document; zonder `school` het schoolprofiel uit de sessiemap."""
    _controleer(document)
    return bouw_concept(gesprek, document, vandaag=vandaag, doelcheck=doelcheck, school=school)


def markdown(
    gesprek: Gesprek, document: str = "opp", *, vandaag: date | None = None,
    doelcheck: Doelchecker = controleer, strikt: bool = False,
    school: Schoolprofiel | None = None,
) -> str:
    return render_concept(
        concept(gesprek, document, vandaag=vandaag, doelcheck=doelcheck, school=school),
        strikt=strikt,
    )


def inhoud(concept_: OppConcept, formaat: str, *, strikt: bool = False) -> bytes:
    """De bytes van één document in één formaat."""
    _controleer(concept_.document, formaat)
    if formaat == "md":
        return render_concept(concept_, strikt=strikt).encode("utf-8")
    from assistent.kern.export.docx import render_docx  # python-docx pas laden als het moet

    return render_docx(concept_)


def exporteer(
    gesprek: Gesprek, document: str, formaat: str, pad: Path, *,
    vandaag: date | None = None, doelcheck: Doelchecker = controleer,
    school: Schoolprofiel | None = None, overschrijf: bool = False,
) -> Path:
    """Schrijft het document naar `pad` (atomair, 0600) en geeft het pad terug.

    Een bestaand bestand wordt alleen vervangen met `overschrijf` (anders `BestaatAl`), en een
    alleen-lezen bestand nooit.
    """
    _controleer(document, formaat)
    gegevens = inhoud(
        concept(gesprek, document, vandaag=vandaag, doelcheck=doelcheck, school=school), formaat
    )
    schrijf(pad, gegevens, overschrijf=overschrijf)
    return pad


def standaard_pad(map_: Path, gesprek: Gesprek, document: str, formaat: str) -> Path:
    """`<map>/export/<sessie-id>-<document>.<formaat>`, met het id als veilige bestandsnaam."""
    _controleer(document, formaat)
    return locaties.exportmap(map_) / f"{veilige_naam(gesprek.sessie.id)}-{document}.{formaat}"


def schrijf(pad: Path, gegevens: bytes, *, overschrijf: bool = False) -> None:
    """Atomair en privé, net als een sessie: nooit een half document. Alleen een map die hier
    ontstaat wordt privé (0700); een bestaande map en een snelkoppeling of apparaat als doel
    blijven zoals ze zijn (`bestanden.controleer_doel`)."""
    try:
        controleer_doel(pad)
        if os.path.lexists(pad):
            if not overschrijf:
                raise BestaatAl(pad)
            if not os.stat(pad).st_mode & stat.S_IWUSR:
                raise ExportFout(f"{pad} is alleen-lezen; dat bestand vervang ik niet.")
        maak_map(pad.parent)
        schrijf_atomair(pad, gegevens)
    except OSError as fout:
        raise ExportFout(f"Kan niet schrijven naar {pad} ({oorzaak(fout)}).") from None
