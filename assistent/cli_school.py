"""`opp-assistent school`: het schoolprofiel tonen en aanpassen.

School, intern begeleider, directeur, bestuur en samenwerkingsverband gelden voor elke leerling.
Je vult ze één keer in; elk OPP, kinddeel en elke agenda neemt ze over.

    opp-assistent school                                  # tonen
    opp-assistent school --school "De Regenboog, Utrecht" --ib "Fatma Yilmaz"
    opp-assistent school --directeur ""                   # een veld leegmaken

Afsluitcodes: 0 goed, 1 een profiel dat niet te lezen of te schrijven is.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from assistent.cli_opties import map_optie
from assistent.kern import school

# Korte opties voor de velden van het profiel.
OPTIES = {
    "school": "--school", "intern_begeleider": "--ib", "directeur": "--directeur",
    "bestuur": "--bestuur", "samenwerkingsverband": "--swv", "schooljaar": "--schooljaar",
}


def registreer(sub: Any) -> None:
    p = sub.add_parser(
        "school",
        help="toon of wijzig het schoolprofiel (school, IB'er, directeur …)",
        description="Het schoolprofiel geldt voor elke leerling: je vult het één keer in. "
                    "Zonder opties toont dit het profiel; met opties pas je velden aan.",
    )
    for veld, optie in OPTIES.items():
        label, uitleg = school.VELDEN[veld]
        p.add_argument(optie, dest=veld, metavar="TEKST", help=f"{label.lower()}: {uitleg}")
    map_optie(p)
    p.set_defaults(func=cmd_school)


def toon(profiel: school.Schoolprofiel, vandaag: date | None = None) -> str:
    dag = vandaag or date.today()
    regels = []
    for veld, (label, _) in school.VELDEN.items():
        waarde = profiel.waarde(veld)
        if veld == "schooljaar" and not waarde:
            waarde = f"{profiel.jaar(dag)} (uitgerekend)"
        regels.append(f"{label + ':':23} {waarde or '(nog niet ingevuld)'}")
    return "\n".join(regels)


def cmd_school(args: argparse.Namespace) -> int:
    basis = Path(args.map).expanduser() if args.map else None
    try:
        profiel = school.laad(basis)
        wijzigingen = {v: getattr(args, v) for v in OPTIES if getattr(args, v) is not None}
        if wijzigingen:
            profiel = profiel.met(**wijzigingen)
            pad = school.bewaar(profiel, basis)
            print(f"Schoolprofiel bewaard in {pad}")
    except school.SchoolFout as fout:
        print(fout, file=sys.stderr)
        return 1
    print(toon(profiel))
    if not wijzigingen and profiel.leeg:
        print("\nVul het profiel in met bijvoorbeeld: opp-assistent school --school \"Naam\" "
              "--ib \"Naam\" --directeur \"Naam\"")
    return 0
