"""`opp-assistent doel`: controleer doelen vanaf de opdrachtregel, zoals een linter dat doet.

Exitcode 0 als elk doel meetbaar is, 1 als er een doel niet meetbaar is (of er geen doelen zijn),
2 als de invoer of het woordenbestand van de school niet te lezen is.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from assistent.cli_opties import map_optie
from assistent.kern import locaties

GEBRUIK = (
    "Geef een of meer doelen om te controleren, bijvoorbeeld:\n"
    '  opp-assistent doel "Voor de kerstvakantie leest Sem 40 woorden per minuut."\n'
    "  opp-assistent doel --bestand doelen.txt   (één doel per regel; - leest van stdin)"
)


class InvoerFout(Exception):
    """De doelen zijn niet te lezen; de melding is voor de gebruiker bedoeld."""


def registreer(sub: Any) -> None:
    parser = sub.add_parser(
        "doel",
        help="controleer of doelen meetbaar zijn",
        description="Controleer of een doel gedrag, een criterium en een termijn noemt.",
    )
    parser.add_argument("tekst", nargs="*", metavar="TEKST", help="een doel (meerdere mag)")
    parser.add_argument(
        "--bestand", metavar="PAD", help="bestand met één doel per regel; - leest van stdin"
    )
    parser.add_argument("--json", action="store_true", help="één JSON-object per doel per regel")
    map_optie(parser, uitleg="gebruikersmap met een eigen doelwoorden.toml van de school")
    parser.add_argument(
        "--naam", metavar="NAAM", help="de naam van de leerling voor vragen en voorstel"
    )
    parser.set_defaults(func=voer_uit)


def _lees_doelen(args: argparse.Namespace) -> list[str]:
    doelen = [t for t in args.tekst if t.strip()]
    if args.bestand is None:
        return doelen
    try:
        if args.bestand == "-":
            ruw = sys.stdin.buffer.read()
            naam = "standaardinvoer"
        else:
            ruw = Path(args.bestand).read_bytes()
            naam = args.bestand
    except FileNotFoundError as fout:
        raise InvoerFout(f"Het bestand {args.bestand} bestaat niet.") from fout
    except IsADirectoryError as fout:
        raise InvoerFout(f"{args.bestand} is een map, geen bestand.") from fout
    except OSError as fout:
        raise InvoerFout(
            f"Het bestand {args.bestand} is niet te lezen ({fout.strerror})."
        ) from fout
    try:
        inhoud = ruw.decode("utf-8-sig")
    except UnicodeDecodeError as fout:
        raise InvoerFout(
            f"{naam} is geen UTF-8-tekst. Sla het bestand op als UTF-8 en probeer het opnieuw."
        ) from fout
    return doelen + [regel.strip() for regel in inhoud.splitlines() if regel.strip()]


def _woordenbestand(args: argparse.Namespace) -> Path | None:
    try:
        pad = locaties.eigen_doelwoorden(locaties.gebruikersmap(args.map))
    except OSError:
        return None
    return pad if pad.is_file() else None


def _onderstreep(tekst: str, signalen: tuple[Any, ...]) -> str:
    regel = [" "] * len(tekst)
    for s in signalen:
        for i in range(s.begin, min(s.eind, len(tekst))):
            regel[i] = "^"
    return "".join(regel).rstrip()


def _menselijk(nummer: int, oordeel: Any) -> str:
    tekst = " ".join(oordeel.tekst.split("\n")).replace("\t", " ")
    regels = [f"{nummer}. {tekst}"]
    inspringing = " " * (len(str(nummer)) + 2)
    streep = _onderstreep(tekst, oordeel.signalen)
    if streep.strip():
        regels.append(inspringing + streep)
    if oordeel.meetbaar:
        regels.append(f"{inspringing}✔ meetbaar")
    else:
        ontbreekt = list(oordeel.ontbreekt)
        if ontbreekt:
            opsomming = (
                ", ".join(ontbreekt[:-1]) + " en " + ontbreekt[-1]
                if len(ontbreekt) > 1
                else ontbreekt[0]
            )
            regels.append(f"{inspringing}✘ niet meetbaar: ontbreekt {opsomming}")
        else:
            regels.append(f"{inspringing}✘ niet meetbaar")
    for s in oordeel.signalen:
        regels.append(f"{inspringing}  • {s.uitleg}")
    for vraag in oordeel.vervolgvragen:
        regels.append(f"{inspringing}  ? {vraag}")
    if not oordeel.meetbaar:
        regels.append(f"{inspringing}Voorstel: {oordeel.suggestie}")
    if oordeel.meetinstrument:
        regels.append(f"{inspringing}Meten met: {oordeel.meetinstrument}")
    return "\n".join(regels)


def voer_uit(args: argparse.Namespace) -> int:
    from assistent.kern.doelcheck import DoelwoordenFout, controleer

    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    try:
        doelen = _lees_doelen(args)
    except InvoerFout as fout:
        print(f"opp-assistent doel: {fout}", file=sys.stderr)
        return 2
    if not doelen:
        print(GEBRUIK, file=sys.stderr)
        return 1
    extra = _woordenbestand(args)
    alles_meetbaar = True
    for nummer, doel in enumerate(doelen, start=1):
        try:
            oordeel = controleer(doel, args.naam or None, extra_woorden=extra)
        except DoelwoordenFout as fout:
            print(f"opp-assistent doel: {fout}", file=sys.stderr)
            return 2
        alles_meetbaar &= oordeel.meetbaar
        if args.json:
            print(json.dumps(oordeel.als_dict(), ensure_ascii=False))
        else:
            print(_menselijk(nummer, oordeel) + "\n")
    return 0 if alles_meetbaar else 1
