"""Het eigen Word-format van een school: `export --sjabloon`, `sjabloon voorbeeld` en `valideer`
van een .docx-sjabloon.

Afsluitcodes: 0 goed, 1 een fout van de gebruiker of in het sjabloon, 2 een bestand dat niet te
lezen is (sessie of sjabloon).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from assistent.cli_opties import map_optie
from assistent.kern import locaties
from assistent.kern.bestanden import veilige_naam
from assistent.kern.export import BestaatAl, ExportFout, schrijf
from assistent.kern.sessie.opslag import SessieFout
from assistent.kern.werkruimte import Werkruimte

VOORBEELDNAAM = "voorbeeld-opp-format.docx"


def registreer(sub: Any) -> None:
    parser = sub.add_parser(
        "sjabloon", help="werk met het eigen Word-format van de school",
        description="Word-sjablonen van de school: zie docs/sjablonen.md voor alle velden.",
    )
    onder = parser.add_subparsers(dest="sjabloon_commando", metavar="OPDRACHT",
                                  parser_class=type(parser))
    voorbeeld = onder.add_parser("voorbeeld", help="schrijf een voorbeeldsjabloon met elk veld")
    voorbeeld.add_argument("--uit", metavar="PAD", help="waar het komt (standaard: "
                           f"<map>/sjablonen/{VOORBEELDNAAM})")
    voorbeeld.add_argument("--overschrijf", action="store_true",
                           help="vervang een bestaand bestand")
    map_optie(voorbeeld)
    voorbeeld.set_defaults(func=cmd_voorbeeld)
    parser.set_defaults(func=lambda _args: _fout("Kies een opdracht, bijvoorbeeld: "
                                                 "opp-assistent sjabloon voorbeeld", 1))


def _fout(tekst: str, code: int) -> int:
    print(tekst, file=sys.stderr)
    return code


def cmd_voorbeeld(args: argparse.Namespace) -> int:
    from assistent.kern.schoolsjabloon.voorbeeld import voorbeeld

    werkruimte_map = locaties.gebruikersmap(args.map)
    standaard = locaties.schoolsjablonenmap(werkruimte_map) / VOORBEELDNAAM
    doel = standaard if args.uit is None else Path(args.uit).expanduser()
    if args.uit is not None and (args.uit.endswith(("/", os.sep)) or os.path.isdir(doel)):
        doel = doel / VOORBEELDNAAM
    try:
        schrijf(doel, voorbeeld(), overschrijf=args.overschrijf)
    except BestaatAl as fout:
        return _fout(f"{fout.pad} bestaat al. Kies een andere naam met --uit, of vervang het "
                     "met --overschrijf.", 1)
    except ExportFout as fout:
        return _fout(str(fout), 1)
    print(f"Het voorbeeldsjabloon staat in {doel}")
    print("Pas het aan in Word; controleer het daarna met: opp-assistent valideer " f"{doel}")
    return 0


def is_sjabloon(paden: list[str]) -> bool:
    """`valideer` met een .docx: dan gaat het om een Word-sjabloon, niet om een vragenlijst."""
    return bool(paden) and all(p.lower().endswith(".docx") for p in paden)


def cmd_valideer(args: argparse.Namespace) -> int:
    from assistent.kern.demo import demo_velden
    from assistent.kern.schoolsjabloon.valideer import valideer
    from assistent.kern.schoolsjabloon.vullen import OnleesbaarSjabloon

    werkruimte = Werkruimte.laad(args.map)
    proef = demo_velden(werkruimte)
    code = 0
    for naam in args.paden:
        pad = Path(naam)
        if not os.path.isfile(pad):
            print(f"{pad}: dit bestand bestaat niet.", file=sys.stderr)
            code = 2
            continue
        try:
            meldingen = valideer(pad, proef)
        except OnleesbaarSjabloon as fout:
            print(f"{pad}: {fout}", file=sys.stderr)
            code = 2
            continue
        fouten = [m for m in meldingen if m.soort == "fout"]
        for melding in meldingen:
            print(f"{'✘' if melding.soort == 'fout' else '!'} {pad.name}, {melding}")
        if fouten:
            print(f"{len(fouten)} probleem/problemen in {pad.name}.")
            code = max(code, 1)
        else:
            print(f"✔ {pad.name} is in orde: de proef met de demo lukt.")
    return code


def exporteer(args: argparse.Namespace, werkruimte: Werkruimte, gesprek: Any) -> int:
    """`export SESSIE --sjabloon FORMAT.docx`: het concept-OPP in het format van de school."""
    from assistent.kern.schoolsjabloon.vullen import OnleesbaarSjabloon, SjabloonFout

    sjabloon = Path(args.sjabloon).expanduser()
    if not os.path.isfile(sjabloon):
        kandidaat = locaties.schoolsjablonenmap(werkruimte.map) / args.sjabloon
        if not os.path.isfile(kandidaat):
            return _fout(f"{sjabloon}: dit sjabloon bestaat niet.", 2)
        sjabloon = kandidaat
    if args.uit == "-" or args.document != "opp":
        return _fout("Een sjabloon van de school vult alleen het OPP, in een Word-bestand; "
                     "geef met --uit een bestandsnaam.", 1)
    try:
        geschreven = werkruimte.exporteer_sjabloon(gesprek, sjabloon, args.uit,
                                                   overschrijf=args.overschrijf)
    except OnleesbaarSjabloon as fout:
        return _fout(str(fout), 2)
    except BestaatAl as fout:
        return _fout(f"{fout.pad} bestaat al. Kies een andere naam met --uit, of vervang het "
                     "met --overschrijf.", 1)
    except (ExportFout, SjabloonFout) as fout:
        return _fout(f"{fout} Er is niets geschreven.", 1)
    print(f"Het OPP in het format {veilige_naam(sjabloon.stem)} staat in {geschreven}")
    print("Let op: dit bestand bevat persoonsgegevens van een kind. Deel het zorgvuldig.")
    return 0


__all__ = ["SessieFout", "cmd_valideer", "exporteer", "is_sjabloon", "registreer"]
