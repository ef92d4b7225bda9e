"""Snelheid van de doelcheck: doelen per seconde, importtijd en de eerste controle.

De live check draait bij elke toetsaanslag, achter een typpauze van 120 ms en een cache van
hele oordelen; een controle moet dus ruim onder een milliseconde blijven. Het doel voor gewone
Python: minstens 5.000 doelen per seconde zonder resultaatcache. Draai vanuit de projectmap:
    .venv/bin/python benchmarks/doelcheck.py
Cijfers zijn metingen op deze machine, op één kern; geen test die faalt.

"Zonder resultaatcache" roept `beoordeel` aan op bijna 500 verschillende doelen (eigen
testdoelen en varianten zoals tijdens het typen): elk doel wordt helemaal opnieuw beoordeeld,
alleen wat per woord vaststaat (lemma, woordsoorten) komt uit de woordcache, zoals na een paar
toetsaanslagen. "Nieuwe doelen" meet de eerste ronde in een vers proces, waar elk woord voor
het eerst langskomt en die woordcache nog gevuld wordt. "Harnas" geeft `controleer` ruim
36.000 verschillende teksten uit `doelcheck_harnas.py`, elk één keer, waaronder lange teksten
en willekeurige woordreeksen: zwaarder dan gewoon typen. Op een drukke machine geven
"snelste blokken" en de CPU-tijd het eerlijkste beeld.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

HIER = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HIER))


def _doelen() -> list[str]:
    """Een gevarieerde set: eigen testdoelen, plus varianten zoals tijdens het typen."""
    bron = HIER / "tests" / "data" / "doelen_eigen.toml"
    basis = [d["tekst"] for d in tomllib.loads(bron.read_text(encoding="utf-8"))["doel"]]
    namen = ["Sem", "Noor", "Daan", "Aya", "Milan", "Fenna", "Yusuf", "Lotte"]
    varianten = []
    for tekst, naam in zip(basis, itertools.cycle(namen)):
        varianten.append(tekst)
        varianten.append(tekst.replace(" de ", f" {naam} de ", 1))
        varianten.append(tekst[: max(1, len(tekst) * 2 // 3)])  # halverwege getypt
    return list(dict.fromkeys(varianten))  # elk doel één keer: geen herhaling in de meting


def _in_vers_proces(code: str, **omgeving: str) -> float:
    """Draai `code` in een vers Python-proces in de projectmap; het getal dat het afdrukt."""
    uit = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=HIER, check=True,
        env={**os.environ, **omgeving},
    )
    return float(uit.stdout)


def _importtijd() -> float:
    """Importtijd in een vers proces, gemiddeld over vijf keer (ms)."""
    code = (
        "import time; t = time.perf_counter(); import assistent.kern.doelcheck; "
        "print((time.perf_counter() - t) * 1000)"
    )
    metingen = sorted(_in_vers_proces(code) for _ in range(5))
    return metingen[len(metingen) // 2]


def _eerste_controle() -> tuple[float, float]:
    """Eerste controle in een vers proces: met en zonder `warm_op` vooraf (ms)."""
    code = (
        "import time; from assistent.kern import doelcheck as d; {voor}"
        "t = time.perf_counter(); d.controleer('Tess wordt beter in rekenen.'); "
        "print((time.perf_counter() - t) * 1000)"
    )
    return _in_vers_proces(code.format(voor="")), _in_vers_proces(code.format(voor="d.warm_op(); "))


def _nieuwe_doelen() -> float:
    """Doelen per seconde in de eerste ronde van een vers proces, na `warm_op` (woorden nieuw)."""
    code = (
        "import sys, time; sys.path.insert(0, 'benchmarks'); from doelcheck import _doelen; "
        "from assistent.kern import doelcheck as d; doelen = _doelen(); d.warm_op(); "
        "t = time.perf_counter(); [d.beoordeel(x) for x in doelen]; "
        "print(len(doelen) / (time.perf_counter() - t))"
    )
    return _in_vers_proces(code)


def _verschillende_doelen() -> tuple[int, float, float]:
    """`controleer` op elk doel uit het harnas één keer, na `warm_op`: aantal, doelen per
    seconde (klok) en doelen per seconde CPU-tijd van dit proces."""
    sys.path.insert(0, str(HIER / "benchmarks"))
    from doelcheck_harnas import teksten

    from assistent.kern import doelcheck

    doelen = [tekst for tekst, _naam, _school in teksten()]
    doelcheck.warm_op()
    klok, cpu = time.perf_counter(), time.process_time()
    for tekst in doelen:
        doelcheck.controleer(tekst)
    klok, cpu = time.perf_counter() - klok, time.process_time() - cpu
    return len(doelen), len(doelen) / klok, len(doelen) / cpu


def _per_seconde(
    functie: object, doelen: list[str], seconden: float = 2.0
) -> tuple[float, float]:
    """Doelen per seconde naar de klok en naar de CPU-tijd van dit proces (die telt alleen
    als het proces echt draait, dus andere processen op de machine tellen minder mee)."""
    aantal = 0
    start, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconden:
        for tekst in doelen:
            functie(tekst)  # type: ignore[operator]
        aantal += len(doelen)
    return aantal / (time.perf_counter() - start), aantal / (time.process_time() - cpu)


def _snelste_blokken(functie: object, doelen: list[str], seconden: float = 3.0) -> float:
    """Doelen per seconde uit de snelste tijd per blok van 25 doelen, over veel herhalingen.

    Hetzelfde werk als `_per_seconde`, maar minder gevoelig voor andere processen op de machine:
    een blok dat even moest wachten telt niet mee."""
    blokken = [doelen[i : i + 25] for i in range(0, len(doelen), 25)]
    snelste = [float("inf")] * len(blokken)
    klok = time.perf_counter
    einde = klok() + seconden
    while klok() < einde:
        for k, blok in enumerate(blokken):
            start = klok()
            for tekst in blok:
                functie(tekst)  # type: ignore[operator]
            snelste[k] = min(snelste[k], klok() - start)
    return len(doelen) / sum(snelste)


def main() -> None:
    from assistent.kern import doelcheck

    doelen = _doelen()
    aantal, verschillend, verschillend_cpu = _verschillende_doelen()
    importtijd = _importtijd()
    koud, na_warm_op = _eerste_controle()
    nieuw = _nieuwe_doelen()
    doelcheck.warm_op()
    for _ in range(2):  # lemma's van deze woorden in de cache, zoals na een paar toetsen
        for tekst in doelen:
            doelcheck.beoordeel(tekst)
    zonder_cache, zonder_cache_cpu = _per_seconde(doelcheck.beoordeel, doelen)
    snelste = _snelste_blokken(doelcheck.beoordeel, doelen)
    met_cache, _ = _per_seconde(doelcheck.controleer, doelen)
    print(f"doelen in de set:                     {len(doelen)} (elk verschillend)")
    print(
        f"doelen/s zonder resultaatcache:       {zonder_cache_cpu:,.0f} naar CPU-tijd "
        "(gewone Python; lemma's en woordeigenschappen wel gecachet; doel ≥ 5.000/s)"
    )
    print(f"  dat is per doel:                    {1e6 / zonder_cache_cpu:.0f} µs")
    print(f"  naar de klok:                       {zonder_cache:,.0f}/s")
    print(
        f"  snelste blokken (zelfde werk):      {snelste:,.0f}/s, {1e6 / snelste:.0f} µs per doel "
        "(minder gevoelig voor andere processen)"
    )
    print(
        f"doelen/s bij nieuwe doelen:           {nieuw:,.0f} "
        "(eerste ronde in een vers proces; de woordcache begint leeg)"
    )
    print(
        f"doelen/s, harnas via controleer:      {verschillend:,.0f} "
        f"({aantal:,} verschillende teksten, elk één keer; CPU-tijd: {verschillend_cpu:,.0f}/s)"
    )
    print(f"doelen/s met resultaatcache (LRU):    {met_cache:,.0f}")
    print(f"importtijd assistent.kern.doelcheck:  {importtijd:.1f} ms (doel < 50 ms)")
    print(f"eerste controle, koud:                {koud:.0f} ms (laadt simplemma)")
    print(f"eerste controle na warm_op():         {na_warm_op:.1f} ms")
    print(f"verhouding cache / geen cache:        {met_cache / zonder_cache:.1f}x")


if __name__ == "__main__":
    main()
