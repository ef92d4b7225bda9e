"""De doelcheck: is een doel meetbaar (gedrag, criterium, termijn) en wat kan beter?

Zuiver, voorspelbaar en lokaal: regels en woordenlijsten, lemma's uit simplemma, geen netwerk.
simplemma laadt pas bij de eerste controle (of bij `warm_op`), zodat importeren goedkoop blijft.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from assistent.kern import doelcheck_tekst as _tekst
    from assistent.kern.doelcheck_woorden import Woorden

# Alleen dataclasses wordt bij het importeren geladen; regels, woordenlijsten en simplemma pas
# bij de eerste controle, zodat de TUI snel start (doel: importeren onder 50 ms).

__all__ = ["ELEMENTEN", "Doeloordeel", "DoelwoordenFout", "Signaal", "controleer", "warm_op"]

ELEMENTEN = ("gedrag", "criterium", "termijn")


class DoelwoordenFout(ValueError):
    """Het aanvullende woordenbestand van de school is niet te gebruiken (met bestand en regel)."""


# Langer dan dit lezen we niet: een doel is een zin, geen verslag; zo blijft elke toets snel.
MAX_LENGTE = 2000


# Een frozen dataclass zet in zijn `__init__` elk veld met een eigen `object.__setattr__`; bij
# elke toetsaanslag ontstaan er een oordeel en een paar signalen. De `__init__`s hieronder
# schrijven de velden rechtstreeks in de eigen `__dict__` (zelfde velden, zelfde volgorde); dat
# houdt het bevroren zijn niet tegen. Dat kost minder dan de helft van de tijd, en ook minder dan
# een nieuwe dict als `__dict__` zetten: zo deelt elke instantie de sleutels van de klasse.
# Gelijkheid, hash, repr en het bevroren zijn komen nog steeds van dataclass.


@dataclass(frozen=True, init=False)
class Signaal:
    """Een woord of woordgroep die het doel minder controleerbaar maakt, met uitleg."""

    soort: str
    woorden: str
    begin: int
    eind: int
    uitleg: str
    blokkerend: bool

    def __init__(
        self, soort: str, woorden: str, begin: int, eind: int, uitleg: str, blokkerend: bool
    ) -> None:
        velden = self.__dict__
        velden["soort"] = soort
        velden["woorden"] = woorden
        velden["begin"] = begin
        velden["eind"] = eind
        velden["uitleg"] = uitleg
        velden["blokkerend"] = blokkerend

    def als_dict(self) -> dict[str, Any]:
        return {
            "soort": self.soort,
            "woorden": self.woorden,
            "begin": self.begin,
            "eind": self.eind,
            "uitleg": self.uitleg,
            "blokkerend": self.blokkerend,
        }


@dataclass(frozen=True, init=False)
class Doeloordeel:
    """Het oordeel over één doel; `meetbaar` alleen als alle drie de elementen er zijn."""

    tekst: str
    meetbaar: bool
    ontbreekt: tuple[str, ...]
    signalen: tuple[Signaal, ...]
    vervolgvragen: tuple[str, ...]
    suggestie: str
    meetinstrument: str | None

    def __init__(
        self,
        tekst: str,
        meetbaar: bool,
        ontbreekt: tuple[str, ...],
        signalen: tuple[Signaal, ...],
        vervolgvragen: tuple[str, ...],
        suggestie: str,
        meetinstrument: str | None,
    ) -> None:
        velden = self.__dict__  # zie `Signaal.__init__`
        velden["tekst"] = tekst
        velden["meetbaar"] = meetbaar
        velden["ontbreekt"] = ontbreekt
        velden["signalen"] = signalen
        velden["vervolgvragen"] = vervolgvragen
        velden["suggestie"] = suggestie
        velden["meetinstrument"] = meetinstrument

    def als_dict(self) -> dict[str, Any]:
        return {
            "tekst": self.tekst,
            "meetbaar": self.meetbaar,
            "ontbreekt": list(self.ontbreekt),
            "signalen": [s.als_dict() for s in self.signalen],
            "vervolgvragen": list(self.vervolgvragen),
            "suggestie": self.suggestie,
            "meetinstrument": self.meetinstrument,
        }


def warm_op() -> None:
    """Laad het Nederlandse woordenboek van simplemma en de woordenlijsten alvast.

    De eerste controle kost anders ruim een halve seconde; de TUI roept dit in een worker aan.
    """
    from assistent.kern.doelcheck_woorden import laad_woorden, lemma

    laad_woorden()
    lemma("verbeterde")
    beoordeel("Voor de kerst leest Sem elke dag een bladzijde voor.")  # laadt ook de regels


def controleer(
    tekst: str, naam: str | None = None, extra_woorden: os.PathLike[str] | str | None = None
) -> Doeloordeel:
    """Beoordeel één doel. Gooit alleen `DoelwoordenFout` bij een onbruikbaar schoolbestand."""
    from pathlib import Path

    from assistent.kern.doelcheck_woorden import laad_woorden

    woordenbestand = Path(extra_woorden) if extra_woorden is not None else None
    w = laad_woorden(woordenbestand)  # fouten in het schoolbestand komen hier naar boven
    return _controleer(str(tekst), naam, w)


@lru_cache(maxsize=4096)
def _controleer(tekst: str, naam: str | None, w: Woorden) -> Doeloordeel:
    # Hele oordelen per tekst bewaren: tijdens het typen komt dezelfde tekst vaak terug.
    return beoordeel(tekst, naam, w)


def beoordeel(tekst: str, naam: str | None = None, w: Woorden | None = None) -> Doeloordeel:
    """Zoals `controleer`, maar altijd opnieuw berekend (voor de benchmark zonder cache)."""
    if not _KERN:
        _laad_kern()
    if w is None:
        w = _KERN[0]
    bekeken = tekst if len(tekst) <= MAX_LENGTE else tekst[:MAX_LENGTE]
    meetbaar, ontbreekt, ruw, vragen, voorstel, instrument = _tekst.delen(bekeken, w, naam)
    signalen = tuple([Signaal(*s) for s in ruw]) if ruw else ()
    return Doeloordeel(tekst, meetbaar, ontbreekt, signalen, vragen, voorstel, instrument)


# De regels laden pas bij de eerste controle; daarna zonder import per aanroep. Hier staan dan
# ook de basislijsten: `laad_woorden()` bouwt die één keer, en zo kost het geen opzoeking per doel.
_KERN: list[Woorden] = []


def _laad_kern() -> None:
    global _tekst
    from assistent.kern import doelcheck_tekst as _tekst
    from assistent.kern.doelcheck_woorden import laad_woorden

    _KERN.append(laad_woorden())


# --- Het aanvullende woordenbestand van de school: lezen, vorm controleren, samenvoegen ---


def lees_schoolbestand(pad: Path, basis: dict[str, Any]) -> dict[str, Any]:
    """De basislijsten aangevuld met het schoolbestand; `DoelwoordenFout` met bestand en regel."""
    ruw, tekst = _lees(pad)
    _controleer_vorm(ruw, basis, pad, tekst)
    return _samenvoegen(basis, ruw)


def _regel_van(tekst: str, sleutel: str) -> int:
    """Het regelnummer waar een sleutel staat, voor een begrijpelijke foutmelding."""
    import re

    patroon = re.compile(rf"^[ \t]*\[?[ \t]*\"?{re.escape(sleutel)}\"?[ \t]*[\]=.]", re.MULTILINE)
    gevonden = patroon.search(tekst)
    return tekst.count("\n", 0, gevonden.start()) + 1 if gevonden else 1


def _lees(pad: Path) -> tuple[dict[str, Any], str]:
    import re
    import tomllib

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
