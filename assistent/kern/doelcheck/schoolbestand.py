"""Het aanvullende woordenbestand van de school: lezen, de vorm controleren, samenvoegen.

Een school vult de ingebouwde lijsten (`doelwoorden.toml` in dit pakket) aan met een eigen
bestand van dezelfde vorm. Elke fout komt terug als `DoelwoordenFout`, met bestand en regel.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from assistent.kern.doelcheck.oordeel import DoelwoordenFout


def lees_schoolbestand(pad: Path, basis: dict[str, Any]) -> dict[str, Any]:
    """De basislijsten aangevuld met het schoolbestand; `DoelwoordenFout` met bestand en regel."""
    ruw, tekst = _lees(pad)
    _controleer_vorm(ruw, basis, pad, tekst)
    return _samenvoegen(basis, ruw)


def _regel_van(tekst: str, sleutel: str) -> int:
    """Het regelnummer waar een sleutel staat, voor een begrijpelijke foutmelding."""
    patroon = re.compile(rf"^[ \t]*\[?[ \t]*\"?{re.escape(sleutel)}\"?[ \t]*[\]=.]", re.MULTILINE)
    gevonden = patroon.search(tekst)
    return tekst.count("\n", 0, gevonden.start()) + 1 if gevonden else 1


def _lees(pad: Path) -> tuple[dict[str, Any], str]:
    try:
        tekst = pad.read_text(encoding="utf-8")
    except FileNotFoundError as fout:
        raise DoelwoordenFout(f"{pad}: het woordenbestand bestaat niet.") from fout
    except UnicodeDecodeError as fout:
        raise DoelwoordenFout(f"{pad}: het bestand is geen UTF-8-tekst.") from fout
    except OSError as fout:
        raise DoelwoordenFout(f"{pad}: het bestand is niet te lezen ({fout.strerror}).") from fout
    try:
        return tomllib.loads(tekst), tekst
    except tomllib.TOMLDecodeError as fout:
        uitleg = str(fout)
        regel = re.search(r"line (\d+)", uitleg)
        waar = f"regel {regel.group(1)}" if regel else "onbekende regel"
        raise DoelwoordenFout(f"{pad}, {waar}: dit is geen geldige TOML ({uitleg}).") from fout


def _controleer_vorm(extra: dict[str, Any], basis: dict[str, Any], pad: Path, tekst: str) -> None:
    """Het schoolbestand moet dezelfde vorm hebben als het basisbestand: tabellen met lijsten."""
    for sectie, inhoud in extra.items():
        if sectie not in basis:
            bekend = ", ".join(sorted(basis))
            raise DoelwoordenFout(
                f"{pad}, regel {_regel_van(tekst, sectie)}: onbekend onderdeel [{sectie}]. "
                f"Gebruik een van: {bekend}."
            )
        if not isinstance(inhoud, dict):
            raise DoelwoordenFout(
                f"{pad}, regel {_regel_van(tekst, sectie)}: [{sectie}] moet een tabel met "
                "lijsten zijn."
            )
        for sleutel, waarde in inhoud.items():
            basiswaarde = basis[sectie].get(sleutel)
            if isinstance(basiswaarde, dict):
                if not isinstance(waarde, dict):
                    raise DoelwoordenFout(
                        f"{pad}, regel {_regel_van(tekst, sleutel)}: {sectie}.{sleutel} moet een "
                        "tabel zijn."
                    )
                lijsten = list(waarde.items())
            else:
                lijsten = [(sleutel, waarde)]
            for naam, lijst in lijsten:
                if not isinstance(lijst, list) or not all(isinstance(w, str) for w in lijst):
                    raise DoelwoordenFout(
                        f"{pad}, regel {_regel_van(tekst, naam)}: {sectie}.{naam} moet een lijst "
                        'met woorden tussen aanhalingstekens zijn, bijvoorbeeld ["woord"].'
                    )


def _samenvoegen(basis: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Eerst de basis, dan wat de school toevoegt, in de volgorde van de bestanden.

    De volgorde telt (bijvoorbeeld welk meetinstrument eerst past), dus geen verzamelingen: die
    zouden per run een andere volgorde kunnen geven.
    """
    uit: dict[str, Any] = {}
    for sectie in _in_volgorde(basis, extra):
        a, b = basis.get(sectie, {}), extra.get(sectie, {})
        uit[sectie] = {}
        for sleutel in _in_volgorde(a, b):
            va, vb = a.get(sleutel), b.get(sleutel)
            if isinstance(va, dict) or isinstance(vb, dict):
                uit[sectie][sleutel] = _samenvoegen({"t": va or {}}, {"t": vb or {}})["t"]
            else:
                uit[sectie][sleutel] = list(va or []) + list(vb or [])
    return uit


def _in_volgorde(eerst: dict[str, Any], dan: dict[str, Any]) -> list[str]:
    return list(dict.fromkeys([*eerst, *dan]))
