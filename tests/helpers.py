"""Hulp voor tests die de CLI als los proces draaien, zoals een gebruiker of script dat doet."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def opp(*args: str, map_: Path | None = None, invoer: str | None = None) -> subprocess.CompletedProcess[str]:
    omgeving = dict(os.environ)
    if map_ is not None:
        omgeving["OPP_ASSISTENT_MAP"] = str(map_)
    return subprocess.run(
        [sys.executable, "-m", "assistent", *args],
        capture_output=True, text=True, input=invoer, env=omgeving, timeout=60,
    )


def json_uit(proces: subprocess.CompletedProcess[str]) -> Any:
    assert proces.returncode == 0, proces.stderr
    return json.loads(proces.stdout)


def meetbaar_doel(naam: str) -> str:
    return f"Voor 1 maart rekent {naam} 8 van de 10 keersommen uit de tafel van 6 goed uit."


def antwoord_voor(volgende: dict[str, Any], naam: str = "Sem") -> str:
    """Een geldig antwoord als CLI-waarde, alleen op basis van wat de vraag zelf vertelt."""
    soort = volgende["soort"]
    if volgende.get("voorstel"):
        return json.dumps(volgende["voorstel"])
    if soort in ("keuze",):
        return json.dumps(volgende["opties"][0]["waarde"])
    if soort == "meerkeuze":
        return json.dumps([o["waarde"] for o in volgende["opties"][:2]])
    if soort == "janee":
        return "true"
    if soort == "getal":
        return "5"
    if soort == "datum":
        return "2027-03-01"
    if soort == "doel":
        return json.dumps(meetbaar_doel(naam))
    if soort == "lijst":
        item = meetbaar_doel(naam) if volgende.get("item") == "doel" else "Een punt"
        return json.dumps([item])
    return json.dumps(f"Antwoord op {volgende['id']}")
