"""`opp-assistent export` en `opp-assistent demo`: documenten maken en een voorbeeldsessie.

Afsluitcodes: 0 goed, 1 een fout van de gebruiker (zoals een map waarin niet te schrijven
is), 2 een sessiebestand dat niet te lezen is.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from assistent.cli_opties import map_optie
from assistent.kern.cyclus.stand import VersieFout, zoals_versie
from assistent.kern.export import DOCUMENTEN, FORMATEN, BestaatAl, ExportFout, markdown
from assistent.kern.sessie.opslag import SessieFout
from assistent.kern.werkruimte import Werkruimte, documenttitel


def registreer(sub: Any) -> None:
    export = sub.add_parser(
        "export",
        help="maak het OPP, het kinddeel of de gespreksagenda als Markdown of Word",
        description="Maak een document van een sessie. Het bestand bevat persoonsgegevens.",
    )
    export.add_argument("sessie", metavar="SESSIE", help="het sessiebestand (.toml) of de id")
    export.add_argument("--document", default="opp", choices=DOCUMENTEN,
                        help="welk document (standaard: opp)")
    export.add_argument("--formaat", default="md", choices=FORMATEN,
                        help="md of docx (standaard: md)")
    export.add_argument("--uit", metavar="PAD", help="waar het bestand komt (standaard: "
                        "<map>/export/<sessie-id>-<document>.<formaat>); een map (eindig met /) "
                        "of - voor Markdown op de standaarduitvoer")
    export.add_argument("--overschrijf", action="store_true",
                        help="vervang een bestand dat al bestaat (anders weigert export)")
    export.add_argument("--sjabloon", metavar="FORMAT.docx", help="vul het OPP in het "
                        "Word-sjabloon van de school (een pad, of een naam in <map>/sjablonen/)")
    export.add_argument("--versie", type=int, metavar="N",
                        help="een eerdere versie van het OPP, zoals die toen was")
    map_optie(export)
    export.set_defaults(func=cmd_export)

    demo = sub.add_parser(
        "demo",
        help="maak een complete voorbeeldsessie met een verzonnen leerling",
        description="Maak een voorbeeldsessie (verzonnen leerling) om het programma te leren "
                    "kennen.",
    )
    map_optie(demo)
    demo.set_defaults(func=cmd_demo)


def _fout(tekst: str, code: int) -> int:
    print(tekst, file=sys.stderr)
    return code


def _sessiepad(werkruimte: Werkruimte, sessie: str) -> Path:
    """Een pad, of een sessie-id in de map (met of zonder .toml)."""
    pad = Path(sessie).expanduser()
    if os.path.exists(pad) or pad.suffix == ".toml" or len(pad.parts) > 1:
        return pad
    kandidaat = werkruimte.map / f"{sessie}.toml"
    return kandidaat if os.path.exists(kandidaat) else pad


def cmd_export(args: argparse.Namespace) -> int:
    werkruimte = Werkruimte.laad(args.map)
    pad = _sessiepad(werkruimte, args.sessie)
    try:
        gesprek = werkruimte.open(pad)
        if args.versie is not None:
            gesprek = werkruimte.gesprek(zoals_versie(gesprek.sessie, args.versie), pad)
    except SessieFout as fout:
        return _fout(str(fout), 2)
    except VersieFout as fout:
        return _fout(str(fout), 1)
    if args.sjabloon:
        from assistent import cli_sjabloon

        return cli_sjabloon.exporteer(args, werkruimte, gesprek)
    if args.uit == "-":
        return _naar_standaarduitvoer(gesprek, args.document, args.formaat)
    try:
        geschreven = werkruimte.exporteer(gesprek, args.document, args.formaat, args.uit,
                                          overschrijf=args.overschrijf)
    except BestaatAl as fout:
        return _fout(f"{fout.pad} bestaat al. Kies een andere naam met --uit, of vervang het "
                     "met --overschrijf.", 1)
    except ExportFout as fout:
        return _fout(str(fout), 1)
    print(f"{documenttitel(gesprek, args.document)} staat in {geschreven}")
    print("Let op: dit bestand bevat persoonsgegevens van een kind. Deel het zorgvuldig.")
    return 0


def _naar_standaarduitvoer(gesprek: Any, document: str, formaat: str) -> int:
    """`--uit -`: de Markdown op stdout (voor een pijp); de waarschuwing op stderr."""
    if formaat != "md":
        return _fout("Word (docx) kan niet naar de standaarduitvoer. Gebruik --formaat md, of "
                     "geef met --uit een bestandsnaam.", 1)
    sys.stdout.write(markdown(gesprek, document))
    sys.stdout.flush()
    print("Let op: deze tekst bevat persoonsgegevens van een kind. Deel hem zorgvuldig.",
          file=sys.stderr)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from assistent.kern.demo import maak_demo

    werkruimte = Werkruimte.laad(args.map)
    try:
        gesprek, pad = maak_demo(werkruimte)
    except SessieFout as fout:
        return _fout(str(fout), 2)
    except ValueError as fout:
        return _fout(str(fout), 1)
    print(f"Demosessie gemaakt voor {gesprek.naam} (een verzonnen leerling): {pad}")
    print("Bekijk of exporteer het OPP met:")
    print(f"  opp-assistent {pad}")
    print(f"  opp-assistent export {pad} --document opp --formaat docx")
    return 0
