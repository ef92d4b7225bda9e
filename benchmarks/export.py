"""Hoe snel is een export? Bouwt de demosessie en meet concept + schrijven per formaat.

Draai: .venv/bin/python benchmarks/export.py   (doel: onder 150 ms per export)
Drukt de mediaan van een aantal herhalingen af; de eerste (koude) ronde telt apart.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistent.kern import export  # noqa: E402
from assistent.kern.concept.bouwen import controles  # noqa: E402
from assistent.kern.demo import maak_demo  # noqa: E402
from assistent.kern.werkruimte import Werkruimte  # noqa: E402

HERHALINGEN = 15
DOEL_MS = 150.0


def meet(functie: object, herhalingen: int = HERHALINGEN) -> tuple[float, float]:
    """(eerste keer, mediaan van de rest) in milliseconden."""
    tijden = []
    for _ in range(herhalingen + 1):
        begin = time.perf_counter()
        functie()  # type: ignore[operator]
        tijden.append((time.perf_counter() - begin) * 1000)
    return tijden[0], statistics.median(tijden[1:])


def main() -> None:
    with tempfile.TemporaryDirectory() as map_:
        werkruimte = Werkruimte.laad(map_)
        gesprek, _ = maak_demo(werkruimte)
        print(f"Demo-OPP van {gesprek.sessie.naam}, {len(gesprek.sessie.antwoorden)} antwoorden")
        for formaat in export.FORMATEN:
            pad = Path(map_) / f"demo.{formaat}"
            koud, mediaan = meet(
                lambda f=formaat, p=pad: export.exporteer(gesprek, "opp", f, p, overschrijf=True)
            )
            oordeel = "ok" if mediaan < DOEL_MS else "TE TRAAG"
            print(f"  opp.{formaat:<5} eerste {koud:6.1f} ms · mediaan {mediaan:6.1f} ms "
                  f"({mediaan / DOEL_MS:.0%} van {DOEL_MS:.0f} ms) {oordeel}")
        for document in ("kinddeel", "agenda"):
            koud, mediaan = meet(lambda d=document: export.markdown(gesprek, d))
            print(f"  {document}.md  eerste {koud:6.1f} ms · mediaan {mediaan:6.1f} ms")
        koud, mediaan = meet(lambda: controles(gesprek))
        print(f"  volledigheid  eerste {koud:6.1f} ms · mediaan {mediaan:6.1f} ms")


if __name__ == "__main__":
    main()
