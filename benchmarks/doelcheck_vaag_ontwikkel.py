"""Hoeveel van de eigen vage doelen (ontwikkelset) herkent de doelcheck als niet meetbaar?

    .venv/bin/python benchmarks/doelcheck_vaag_ontwikkel.py [--details]

De set (tests/data/doelen_vaag_ontwikkel.txt) is geschreven om zwakke plekken te vinden en daarna
gebruikt om mechanismen te repareren: een ontwikkelset, geen achtergehouden set. Alleen cijfers.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistent.kern.doelcheck import controleer  # noqa: E402

SET = Path(__file__).resolve().parent.parent / "tests" / "data" / "doelen_vaag_ontwikkel.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="toon de doelen die doorkomen")
    args = parser.parse_args()
    doelen = [r.strip() for r in SET.read_text(encoding="utf-8").splitlines()
              if r.strip() and not r.startswith("#")]
    door = [d for d in doelen if controleer(d).meetbaar]
    herkend = len(doelen) - len(door)
    print(f"eigen vage doelen: {len(doelen)}")
    print(f"herkend als niet meetbaar: {herkend}/{len(doelen)} ({herkend / len(doelen):.1%})")
    if args.details:
        for doel in door:
            print(f"  komt door: {doel}")


if __name__ == "__main__":
    main()
