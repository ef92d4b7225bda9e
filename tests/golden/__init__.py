"""Gouden bestanden: de verwachte uitvoer van elk document, naast de tests bewaard.

Een test vergelijkt wat de assistent nu maakt met het gouden bestand. Ontbreekt het bestand, dan
faalt de test: een gouden test die zijn eigen verwachting aanmaakt, kan nooit falen. Na een
bedoelde wijziging maak je de bestanden opnieuw en kijk je het verschil na in git:

    OPP_GOLDEN_BIJWERKEN=1 .venv/bin/pytest tests/test_export.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

GOUD = Path(__file__).parent
BIJWERKEN_VAR = "OPP_GOLDEN_BIJWERKEN"


def bijwerken() -> bool:
    """Alleen op verzoek: `OPP_GOLDEN_BIJWERKEN=1`."""
    return os.environ.get(BIJWERKEN_VAR) == "1"


def vergelijk_met_goud(naam: str, tekst: str, map_: Path = GOUD) -> None:
    """Faalt als `tekst` afwijkt van het gouden bestand, of als dat bestand er niet is."""
    pad = map_ / naam
    if bijwerken():
        pad.write_text(tekst, encoding="utf-8")
        return
    if not pad.exists():
        pytest.fail(f"het gouden bestand {pad} ontbreekt; maak het met {BIJWERKEN_VAR}=1 en "
                    "kijk het na voordat je het toevoegt")
    assert tekst == pad.read_text(encoding="utf-8"), f"{naam} wijkt af van het gouden bestand"
