"""Eén doel beoordelen: de analyse, met teksten erbij, tot een `Doeloordeel`.

`controleer` bewaart hele oordelen (tijdens het typen komt dezelfde tekst vaak terug);
`beoordeel` rekent altijd opnieuw.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from itertools import product
from pathlib import Path
from typing import Final

from assistent.kern.doelcheck.herkenning import analyseer
from assistent.kern.doelcheck.meetinstrument import Meetinstrument, meetinstrument
from assistent.kern.doelcheck.oordeel import (
    ELEMENTEN,
    MAX_LENGTE,
    Doeloordeel,
    Signaal,
)
from assistent.kern.doelcheck.suggestie import (
    domein,
    met_leerling,
    oordeel_vult_gedrag,
    suggestie,
    vak_vult_gedrag,
    wens_vult_gedrag,
)
from assistent.kern.doelcheck.teksten import uitleg, vervolgvragen, wie
from assistent.kern.doelcheck.vindplaatsen import vindplaatsen
from assistent.kern.doelcheck.woorden import Woorden, bestandsversie, laad_woorden

# Per combinatie van (gedrag, criterium, termijn) aanwezig: wat ontbreekt, in die volgorde.
_ONTBREEKT: Final = {
    aanwezig: tuple(e for e, er in zip(ELEMENTEN, aanwezig, strict=True) if not er)
    for aanwezig in product((False, True), repeat=3)
}


def controleer(
    tekst: str, naam: str | None = None, extra_woorden: os.PathLike[str] | str | None = None
) -> Doeloordeel:
    """Beoordeel één doel. Gooit alleen `DoelwoordenFout` bij een onbruikbaar schoolbestand.

    `naam` is de naam van de leerling (voor de vragen en het voorstel); `extra_woorden` het
    woordenbestand van de school."""
    bestand = Path(extra_woorden) if extra_woorden is not None else None
    return _controleer(str(tekst), naam, bestand, bestandsversie(bestand))


@lru_cache(maxsize=4096)
def _controleer(
    tekst: str, naam: str | None, bestand: Path | None, versie: tuple[int, int]
) -> Doeloordeel:
    # Op de tekst en het woordenbestand (met zijn versie): na een wijziging een nieuw oordeel.
    return beoordeel(tekst, naam, laad_woorden(bestand))


# Een nummer uit een lijst vooraan ("1.1", "2.3.", "4)") is geen datum of maat. Het wordt
# spaties, zodat elke plek in de tekst blijft kloppen.
_NUMMERING: Final = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)])(?=\s)")


def _zonder_nummering(tekst: str) -> str:
    m = _NUMMERING.match(tekst)
    if m is None or _DATUM_ERNA.match(tekst, m.end()):
        return tekst
    return " " * m.end() + tekst[m.end() :]


_DATUM_ERNA: Final = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:januari|februari|maart|april|mei|juni|juli|"
    r"augustus|september|oktober|november|december|\d{2,4}\b)"
)


def warm_op() -> None:
    """Laad het Nederlandse woordenboek van simplemma en de woordenlijsten alvast.

    De eerste controle kost anders ruim een halve seconde; de TUI roept dit in een worker aan.
    """
    beoordeel("Voor de kerst leest Sem elke dag een bladzijde voor.")


def beoordeel(tekst: str, naam: str | None = None, w: Woorden | None = None) -> Doeloordeel:
    """Zoals `controleer`, maar altijd opnieuw berekend (voor de benchmark zonder cache)."""
    if w is None:
        w = laad_woorden()
    bekeken = tekst if len(tekst) <= MAX_LENGTE else tekst[:MAX_LENGTE]
    if bekeken[:1].isdigit():
        bekeken = _zonder_nummering(bekeken)
    a = analyseer(bekeken, w)
    ontbreekt = _ONTBREEKT[a.gedrag, a.criterium, a.termijn]
    persoon = wie(a, naam)
    signalen = []
    for v in a.vondsten:
        woorden = bekeken[v.begin : v.eind]
        blokkerend = v.element in ontbreekt  # het raakt wat ontbreekt
        signalen.append(
            Signaal(v.soort, woorden, v.begin, v.eind, uitleg(v, woorden, persoon), blokkerend)
        )
    instrument = meetinstrument(a, w)
    if instrument.plek is None and instrument.naam == "DMT/AVI" and domein(a) == "leesstrategie":
        instrument = Meetinstrument("observatie", None)  # een strategie zie je, tempo niet
    # "Gaat zelfstandiger naar de wc.": zonder onderwerp houdt het voorstel de zin, met de
    # leerling erin, als die zin hetzelfde mist; anders het voorstel bij de eigen zin
    zin, bij, naar = bekeken, a, instrument.naam
    met = met_leerling(bekeken, a, persoon) if ontbreekt else None
    if met is not None:
        a2 = analyseer(met, w)
        if _ONTBREEKT[a2.gedrag, a2.criterium, a2.termijn] == ontbreekt and a2.onderwerp_plek:
            zin, bij, naar = met, a2, meetinstrument(a2, w).naam
    voorstel = suggestie(zin, bij, ontbreekt, naam, naar, persoon)
    return Doeloordeel(
        tekst=tekst,
        meetbaar=not ontbreekt,
        ontbreekt=ontbreekt,
        signalen=tuple(signalen),
        # De vraag naar de maat past bij de open plek die het voorstel ervoor heeft
        vervolgvragen=vervolgvragen(bij, ontbreekt, persoon, vak_vult_gedrag(zin, bij, ontbreekt),
                                    voorstel, wens_vult_gedrag(bij, ontbreekt),
                                    oordeel_vult_gedrag(bij, ontbreekt)),
        suggestie=voorstel,
        meetinstrument=instrument.naam,
        vindplaatsen=vindplaatsen(a, instrument.plek),
    )
