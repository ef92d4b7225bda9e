"""`opp-assistent meting`: een meting bij een doel van het OPP vastleggen, zonder de chat.

Afsluitcodes: 0 goed, 1 een fout van de gebruiker (een doel dat er niet is, een lege waarde,
een datum die geen datum is), 2 een sessiebestand dat niet te lezen is.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from assistent.cli_export import _sessiepad
from assistent.kern.cyclus.criterium import gehaald
from assistent.kern.cyclus.metingen import MetingFout, huidige_doelen, voeg_toe
from assistent.kern.sessie.opslag import SessieFout
from assistent.kern.werkruimte import Werkruimte


def registreer(sub: Any) -> None:
    meting = sub.add_parser(
        "meting",
        help="leg een meting vast bij een doel van het OPP",
        description="Leg een meting vast bij een doel, in de eenheid van het doel zelf, "
                    "bijvoorbeeld '3 van de 5 lessen' of '42 woorden per minuut'. De eerste "
                    "meting is de nulmeting.",
    )
    meting.add_argument("sessie", metavar="SESSIE", help="pad of id van de sessie")
    meting.add_argument("--doel", type=int, required=True, metavar="N",
                        help="het nummer van het doel zoals het in het OPP staat")
    meting.add_argument("--waarde", required=True, metavar="TEKST",
                        help="de gemeten waarde, zoals '3 van de 5 lessen'")
    meting.add_argument("--datum", metavar="JJJJ-MM-DD", help="de datum (standaard: vandaag)")
    meting.add_argument("--map", metavar="DIR", help="de map met sessies")
    meting.set_defaults(func=cmd_meting)


def _fout(tekst: str, code: int) -> int:
    print(tekst, file=sys.stderr)
    return code


def _datum(tekst: str | None) -> date | None:
    if tekst is None:
        return None
    try:
        return date.fromisoformat(tekst.strip())
    except ValueError:
        raise MetingFout("De datum is geen datum; schrijf hem als 2026-11-28.") from None


def cmd_meting(args: argparse.Namespace) -> int:
    werkruimte = Werkruimte.laad(args.map)
    pad = _sessiepad(werkruimte, args.sessie)
    try:
        gesprek = werkruimte.open(pad)
    except SessieFout as fout:
        return _fout(str(fout), 2)
    try:
        meting = voeg_toe(gesprek, args.doel, args.waarde, _datum(args.datum))
    except MetingFout as fout:
        return _fout(str(fout), 1)
    try:
        bewaard = werkruimte.bewaar(gesprek, pad)
    except SessieFout as fout:
        return _fout(str(fout), 2)
    if bewaard.melding:
        print(bewaard.melding, file=sys.stderr)
    aantal = len(gesprek.sessie.metingen[str(args.doel)])
    soort = "De nulmeting" if aantal == 1 else f"Meting {aantal}"
    print(f"{soort} bij doel {args.doel} staat erin ({meting.datum:%d-%m-%Y}).")
    oordeel = gehaald(huidige_doelen(gesprek)[args.doel - 1], meting.waarde)
    if oordeel is not None:
        print("Het criterium van dit doel is gehaald." if oordeel
              else "Het criterium van dit doel is nog niet gehaald.")
    return 0
