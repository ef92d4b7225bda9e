"""`opp-assistent meting` en `bijstellen`: de cyclus van het OPP vanaf de opdrachtregel.

`meting` legt een meting bij een doel vast; `bijstellen` sluit de huidige versie af en begint
versie n+1 in hetzelfde sessiebestand (zie kern/cyclus/bijstellen.py).

Afsluitcodes: 0 goed, 1 een fout van de gebruiker (een doel dat er niet is, een lege waarde,
een datum die geen datum is), 2 een sessiebestand dat niet te lezen is.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from assistent.cli_export import _fout, _sessiepad
from assistent.cli_opties import map_optie
from assistent.kern.cyclus.bijstellen import (
    INSTEMMING_OPNIEUW,
    bijstel,
    instemming_opnieuw_nodig,
    uit_evaluatie,
)
from assistent.kern.cyclus.criterium import gehaald
from assistent.kern.cyclus.metingen import MetingFout, huidige_doelen, voeg_toe
from assistent.kern.sessie.gesprek import Gesprek
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
    map_optie(meting)
    meting.set_defaults(func=cmd_meting)

    bij = sub.add_parser(
        "bijstellen",
        help="stel het OPP bij: maak de volgende versie, de vorige blijft bewaard",
        description="Sluit de huidige versie van het OPP af en begin de volgende, in hetzelfde "
                    "sessiebestand. Wat de evaluatie per doel besloot, telt; een optie gaat "
                    "daarvoor. Zonder besluit gaat een doel door.",
    )
    bij.add_argument("sessie", metavar="SESSIE", help="pad of id van de sessie")
    bij.add_argument("--besluit", action="append", default=[], metavar="N=BESLUIT",
                     help="per doel: doorgaan, bijstellen of afsluiten (mag vaker)")
    bij.add_argument("--herschrijf", action="append", default=[], metavar="N=TEKST",
                     help="de nieuwe tekst van doel N (mag vaker)")
    bij.add_argument("--oordeel", action="append", default=[], metavar="N=OORDEEL",
                     help="per doel: behaald, deels of niet (mag vaker)")
    bij.add_argument("--nieuw", action="append", default=[], metavar="TEKST",
                     help="een nieuw doel (mag vaker)")
    bij.add_argument("--wijziging", default="", metavar="TEKST",
                     help="wat er verandert (standaard een zin uit de besluiten)")
    bij.add_argument("--reden", default="", metavar="TEKST",
                     help="waarom (standaard het waarom uit de evaluatie)")
    bij.add_argument("--datum", metavar="JJJJ-MM-DD", help="de datum (standaard: vandaag)")
    map_optie(bij)
    bij.set_defaults(func=cmd_bijstellen)


def _bewaar(werkruimte: Werkruimte, gesprek: Gesprek, pad: Path) -> int | None:
    """Bewaart de sessie; bij een fout de afsluitcode, anders None (een melding gaat naar
    stderr)."""
    try:
        bewaard = werkruimte.bewaar(gesprek, pad)
    except SessieFout as fout:
        return _fout(str(fout), 2)
    if bewaard.melding:
        print(bewaard.melding, file=sys.stderr)
    return None


def _open(args: argparse.Namespace) -> tuple[Werkruimte, Path, Gesprek] | int:
    """De werkruimte, het pad en het gesprek van `args.sessie`; bij een onleesbare sessie de
    afsluitcode (de melding staat dan al op stderr)."""
    werkruimte = Werkruimte.laad(args.map)
    pad = _sessiepad(werkruimte, args.sessie)
    try:
        return werkruimte, pad, werkruimte.open(pad)
    except SessieFout as fout:
        return _fout(str(fout), 2)


def _datum(tekst: str | None) -> date | None:
    if tekst is None:
        return None
    try:
        return date.fromisoformat(tekst.strip())
    except ValueError:
        raise MetingFout("De datum is geen datum; schrijf hem als 2026-11-28.") from None


def cmd_meting(args: argparse.Namespace) -> int:
    geopend = _open(args)
    if isinstance(geopend, int):
        return geopend
    werkruimte, pad, gesprek = geopend
    try:
        meting = voeg_toe(gesprek, args.doel, args.waarde, _datum(args.datum))
    except MetingFout as fout:
        return _fout(str(fout), 1)
    if (code := _bewaar(werkruimte, gesprek, pad)) is not None:
        return code
    aantal = len(gesprek.sessie.metingen[str(args.doel)])
    soort = "De nulmeting" if aantal == 1 else f"Meting {aantal}"
    print(f"{soort} bij doel {args.doel} staat erin ({meting.datum:%d-%m-%Y}).")
    oordeel = gehaald(huidige_doelen(gesprek)[args.doel - 1], meting.waarde)
    if oordeel is not None:
        print("Het criterium van dit doel is gehaald." if oordeel
              else "Het criterium van dit doel is nog niet gehaald.")
    return 0


def _paren(waarden: list[str], optie: str) -> dict[int, str]:
    """`["1=doorgaan", "2=afsluiten"]` als {1: "doorgaan", 2: "afsluiten"}."""
    uit: dict[int, str] = {}
    for waarde in waarden:
        nummer, teken, rest = waarde.partition("=")
        if not teken or not nummer.strip().isdigit():
            raise MetingFout(f"{optie} verwacht een doelnummer, een = en een waarde, zoals "
                             f"{optie} 2=afsluiten.")
        uit[int(nummer)] = rest.strip()
    return uit


def cmd_bijstellen(args: argparse.Namespace) -> int:
    geopend = _open(args)
    if isinstance(geopend, int):
        return geopend
    werkruimte, pad, gesprek = geopend
    evaluatie = uit_evaluatie(gesprek)
    try:
        # Wat de evaluatie per doel besliste telt, tenzij een optie het anders zegt.
        samen = evaluatie.samen_met(
            besluiten=_paren(args.besluit, "--besluit"),
            herschreven=_paren(args.herschrijf, "--herschrijf"),
            oordelen=_paren(args.oordeel, "--oordeel"), nieuw=args.nieuw,
        )
        versie = bijstel(
            gesprek, _datum(args.datum) or date.today(), besluiten=samen.besluiten,
            herschreven=samen.herschreven, oordelen=samen.oordelen, nieuw=samen.nieuw,
            wijziging=args.wijziging, reden=args.reden.strip() or samen.reden,
        )
    except MetingFout as fout:
        return _fout(str(fout), 1)
    if (code := _bewaar(werkruimte, gesprek, pad)) is not None:
        return code
    if not evaluatie.leeg:
        print("De oordelen en besluiten uit de evaluatie per doel zijn meegenomen.")
    print(f"Versie {versie} staat klaar: {gesprek.sessie.wijziging}")
    print(f"Versie {versie - 1} blijft bewaard; maak die opnieuw met "
          f"opp-assistent export {pad} --versie {versie - 1}")
    if instemming_opnieuw_nodig(gesprek):
        print(INSTEMMING_OPNIEUW)
    return 0
