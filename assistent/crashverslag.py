"""Als het programma zelf een fout maakt: een kort verslag, zonder antwoorden en zonder namen.

Een traceback met lokale variabelen (zoals Textual die toont) bevat de antwoorden over een
kind; zelfs de tekst van een fout kan een antwoord bevatten (`KeyError('Sem')`). Daarom staat
in het verslag alleen wát er misging (het soort fout) en wáár (bestand, regel, functie), en
op het scherm een korte Nederlandse melding met het pad van het verslag. De afsluitcode is
`CRASH`, zodat een script het merkt.

Wie de assistent ontwikkelt, zet `OPP_ASSISTENT_TRACEBACK=1` voor de gewone traceback.
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path

from assistent import __version__
from assistent.kern.bestanden import maak_map, schrijf_atomair

CRASH = 70  # EX_SOFTWARE: een fout in het programma, niet bij de gebruiker
OMGEVING = "OPP_ASSISTENT_TRACEBACK"


def ontwikkelaar() -> bool:
    return os.environ.get(OMGEVING, "") not in ("", "0")


def _plek(bestand: str) -> str:
    """Het pad binnen het pakket, of alleen de naam: een thuismap kan een naam bevatten."""
    delen = Path(bestand).parts
    if "assistent" in delen:
        return "/".join(delen[len(delen) - 1 - delen[::-1].index("assistent"):])
    return Path(bestand).name


def verslag(fout: BaseException, commando: str | None = None) -> str:
    """De tekst van het verslag: soorten fouten en plekken in de code, geen gegevens."""
    regels = [
        "Verslag van een fout in de OPP-assistent. Er staan geen antwoorden of namen in.",
        f"tijd: {datetime.now():%Y-%m-%d %H:%M:%S}",
        f"versie: {__version__}, Python {platform.python_version()}, {platform.system()}",
        f"onderdeel: {commando or 'chat'}",
    ]
    gezien: set[int] = set()
    huidig: BaseException | None = fout
    while huidig is not None and id(huidig) not in gezien:
        gezien.add(id(huidig))
        soort = type(huidig)
        regels.append(f"fout: {soort.__module__}.{soort.__qualname__}")
        for frame in traceback.extract_tb(huidig.__traceback__):
            regels.append(f"  {_plek(frame.filename)}:{frame.lineno} in {frame.name}")
        huidig = huidig.__cause__ or huidig.__context__
    return "\n".join(regels) + "\n"


def schrijf(map_: Path, fout: BaseException, commando: str | None = None) -> Path | None:
    """Bewaart het verslag in de gegevensmap (0600); None als ook dat niet lukt."""
    pad = map_ / f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
    try:
        maak_map(map_)
        schrijf_atomair(pad, verslag(fout, commando).encode("utf-8"))
    except OSError:
        return None
    return pad


def meld(map_: Path, fout: BaseException, commando: str | None = None) -> int:
    """Schrijft het verslag, zegt het de gebruiker kort op stderr, en geeft de afsluitcode."""
    pad = schrijf(map_, fout, commando)
    waar = f"Een kort verslag (zonder antwoorden of namen) staat in {pad}." if pad else (
        "Een verslag kon ik niet bewaren.")
    print(
        "De OPP-assistent is gestopt door een fout in het programma, niet door iets wat jij "
        "deed. Alles tot en met je laatste bewaarde antwoord staat veilig in het sessiebestand. "
        f"{waar} Stuur dat mee als je de fout meldt.",
        file=sys.stderr,
    )
    return CRASH
