"""Een slot tegen twee schrijvers tegelijk: `.<naam>.lock` naast het bestand.

Het slot duurt alleen zolang lezen, vergelijken en schrijven duren (milliseconden). Een slot
van een proces dat niet meer bestaat (kill -9 tijdens het schrijven) of dat ouder is dan
`verouderd` seconden wordt opgeruimd. Twee processen die op precies hetzelfde moment een oud
slot opruimen, kunnen allebei doorgaan; dat venster is kleiner dan één schrijfactie, en wat
er dan gebeurt is wat er zonder slot altijd gebeurde.
"""

from __future__ import annotations

import contextlib
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

from assistent.kern.bestanden import BESTANDSMODUS, Weigering


class Bezet(Weigering):
    """Een ander proces schrijft dit bestand op dit moment."""


def slotpad(pad: Path) -> Path:
    return pad.with_name(f".{pad.name}.lock")


@contextlib.contextmanager
def slot(pad: Path, wachttijd: float = 5.0, verouderd: float = 30.0) -> Iterator[None]:
    """Houdt `.<naam>.lock` vast zolang het blok loopt: lezen, vergelijken en schrijven gebeuren
    dan niet door elkaar heen met een ander proces. Geeft `Bezet` na `wachttijd` seconden."""
    doel = slotpad(pad)
    eind = time.monotonic() + wachttijd
    while True:
        try:
            descriptor = os.open(doel, os.O_CREAT | os.O_EXCL | os.O_WRONLY, BESTANDSMODUS)
            break
        except FileExistsError:
            if _verouderd(doel, verouderd):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(doel)
                continue
            if time.monotonic() >= eind:
                raise Bezet(
                    "een ander venster of programma slaat deze sessie op dit moment op; "
                    "probeer het zo opnieuw"
                ) from None
            time.sleep(0.02)
    try:
        with contextlib.suppress(OSError):
            os.write(descriptor, f"{os.getpid()} {socket.gethostname()}\n".encode())
        os.close(descriptor)
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(doel)


def _verouderd(doel: Path, verouderd: float) -> bool:
    try:
        inhoud = doel.read_text(encoding="utf-8", errors="replace").split()
        leeftijd = time.time() - os.stat(doel).st_mtime
    except OSError:
        return False  # net weg, of niet te lezen: opnieuw proberen
    if leeftijd > verouderd:
        return True
    if len(inhoud) == 2 and inhoud[0].isdigit() and inhoud[1] == socket.gethostname():
        return not _leeft(int(inhoud[0]))
    return False


def _leeft(pid: int) -> bool:
    if os.name == "nt":  # os.kill met 0 stopt op Windows het proces: alleen de leeftijd telt
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # bestaat, maar van een ander
    return True
