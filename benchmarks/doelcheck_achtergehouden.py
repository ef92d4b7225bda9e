"""Het eindcijfer op de achtergehouden doelen (tests/data/doelen_achtergehouden.toml).

Eén keer draaien, aan het eind: niet op deze set afstemmen, en dus ook geen --missers op deze set
zolang hij achtergehouden is. Drukt af: meetbaar juist, vage doelen herkend, per element (gedrag,
criterium, termijn) juist, en hoeveel voorstellen van vage doelen ingevuld meetbaar zijn.
Met --geopend: hetzelfde op de eerste achtergehouden set, die sinds sessie 28 open is
(tests/data/doelen_eerdere_achtergehouden.toml). Met --ontwikkel: op de twee ontwikkelsets van
sessie 30 (tests/data/doelen_ontwikkel_a.toml en _b.toml), los gelabeld en open om op te werken.
Met --controle: op controleset C (tests/data/doelen_controle_c.toml, sessie 30), net als de
achtergehouden set alleen voor een meting aan het eind, zonder --missers.

    .venv/bin/python benchmarks/doelcheck_achtergehouden.py [--geopend | --ontwikkel | --controle]
        [--missers]
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from assistent.kern.doelcheck import controleer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.test_doelcheck_voorstel import ingevuld  # noqa: E402

if "--geopend" in sys.argv:
    BESTANDEN = ("doelen_eerdere_achtergehouden.toml",)
elif "--ontwikkel" in sys.argv:
    BESTANDEN = ("doelen_ontwikkel_a.toml", "doelen_ontwikkel_b.toml")
elif "--controle" in sys.argv:
    BESTANDEN = ("doelen_controle_c.toml",)
else:
    BESTANDEN = ("doelen_achtergehouden.toml",)
ELEMENTEN = ("gedrag", "criterium", "termijn")


def main() -> None:
    for bestand in BESTANDEN:
        toon(bestand)


def toon(bestand: str) -> None:
    doelen = tomllib.loads((ROOT / "tests" / "data" / bestand).read_text(encoding="utf-8"))["doel"]
    missers = "--missers" in sys.argv
    goed = vaag = gevangen = voorstel_ok = 0
    per = dict.fromkeys(ELEMENTEN, 0)
    for d in doelen:
        o = controleer(d["tekst"])
        goed += o.meetbaar is d["meetbaar"]
        fout = [e for e in ELEMENTEN if (e not in o.ontbreekt) is not d[e]]
        for e in ELEMENTEN:
            per[e] += e not in fout
        if not d["meetbaar"]:
            vaag += 1
            gevangen += not o.meetbaar
            voorstel_ok += controleer(ingevuld(o.suggestie)).meetbaar
        if missers and (fout or o.meetbaar is not d["meetbaar"]):
            print(f"  {','.join(fout) or 'meetbaar'}: {d['tekst']}")
    n = len(doelen)
    soort = ("geopende doelen" if "--geopend" in sys.argv else
             "ontwikkeldoelen" if "--ontwikkel" in sys.argv else
             "controledoelen" if "--controle" in sys.argv else "achtergehouden doelen")
    print(f"{soort}: {n} ({bestand})")
    print(f"meetbaar juist: {goed}/{n} ({100 * goed / n:.1f}%)  doel ≥ 95%")
    print(f"vage doelen herkend: {gevangen}/{vaag} ({100 * gevangen / vaag:.1f}%)  doel 100%")
    for e, doel in zip(ELEMENTEN, (90, 95, 95), strict=True):
        print(f"{e} juist: {per[e]}/{n} ({100 * per[e] / n:.1f}%)  doel ≥ {doel}%")
    print(f"voorstel ingevuld meetbaar: {voorstel_ok}/{vaag} ({100 * voorstel_ok / vaag:.1f}%)")


if __name__ == "__main__":
    main()
