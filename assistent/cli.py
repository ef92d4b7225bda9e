"""Eén ingang: `opp-assistent` met subcommando's (argparse).

Zonder subcommando start de chat; met een sessiebestand als argument opent de chat die
sessie. Afsluitcodes overal: 0 goed, 1 fout van de gebruiker of bij de controle,
2 een bestand dat niet te lezen is, 70 een fout in het programma zelf (met een kort verslag
zonder gegevens, zie `crashverslag.py`). Geen tracebacks.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from assistent import crashverslag
from assistent.cli_opties import map_optie
from assistent.cli_uitvoer import zichtbare_uitvoer
from assistent.kern import locaties
from assistent.kern.bestanden import BestandFout, GrensFout, toml_uit_tekst
from assistent.kern.sessie import opslag
from assistent.kern.sessie.model import weergavenaam
from assistent.kern.sessie.opslag import SessieFout
from assistent.kern.vragenlijst import laden, proef
from assistent.kern.vragenlijst.waarden import toon
from assistent.kern.werkruimte import Werkruimte, toestand

SUBCOMMANDO_MODULES = ("assistent.cli_doel", "assistent.cli_export", "assistent.cli_school",
                       "assistent.cli_sjabloon", "assistent.cli_cyclus")

_VERTALINGEN = (
    ("the following arguments are required:", "deze opties zijn verplicht:"),
    ("unrecognized arguments:", "onbekende opties:"),
    ("invalid choice:", "ongeldige keuze:"),
    ("choose from", "kies uit"),
    ("invalid int value:", "geen geheel getal:"),
    ("expected one argument", "verwacht een waarde"),
    ("argument ", "bij "),
)


class _Opmaak(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "Gebruik: " if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """argparse met Nederlandse meldingen en afsluitcode 1 bij een verkeerde aanroep."""

    subcommandos: set[str] = set()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Opmaak)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def error(self, message: str) -> NoReturn:
        for engels, nederlands in _VERTALINGEN:
            message = message.replace(engels, nederlands)
        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: fout: {message}\n")


def _fout(tekst: str, code: int = 1) -> int:
    print(tekst, file=sys.stderr)
    return code


def _werkruimte(args: argparse.Namespace, stil: bool = False) -> Werkruimte:
    werkruimte = Werkruimte.laad(getattr(args, "map", None))
    if not stil:
        for fout in werkruimte.catalogus.fouten:
            print(f"Overgeslagen: {fout}", file=sys.stderr)
    return werkruimte


# --- vragenlijsten ----------------------------------------------------------------------------


def cmd_vragenlijsten(args: argparse.Namespace) -> int:
    werkruimte = _werkruimte(args, stil=args.json)
    catalogus = werkruimte.catalogus
    rijen = [
        {
            "id": lijst.id,
            "titel": lijst.titel,
            "vragen": lijst.aantal_vragen,
            "herkomst": catalogus.herkomst[lijst.id],
            "bestand": str(catalogus.bestanden[lijst.id]),
        }
        for lijst in catalogus.vragenlijsten.values()
    ]
    if args.json:
        uit = {"vragenlijsten": rijen, "overgeslagen": [str(f) for f in catalogus.fouten]}
        print(json.dumps(uit, ensure_ascii=False, indent=2))
        return 0
    if not rijen:
        print("Geen vragenlijsten gevonden.")
    for rij in rijen:
        print(f"{rij['id']:<12} {rij['titel']:<40} {rij['vragen']:>3} vragen  ({rij['herkomst']})")
    return 0


def cmd_valideer(args: argparse.Namespace) -> int:
    from assistent import cli_sjabloon  # een .docx is een Word-sjabloon van de school

    if cli_sjabloon.is_sjabloon(args.paden):
        return cli_sjabloon.cmd_valideer(args)
    paden = [Path(p) for p in args.paden]
    ontbrekend = [p for p in paden if not os.path.exists(p)]
    if ontbrekend:
        for pad in ontbrekend:
            print(f"{pad}: dit bestand of deze map bestaat niet.", file=sys.stderr)
        return 2
    # Eerst laden en controleren, dan elke voorwaarde en elk sjabloon echt uitrekenen (proef):
    # een geldige expressie kan toch geheugen of tijd opeten.
    if paden:
        fouten = laden.valideer_bestanden(paden) + proef.proef_bestanden(paden)
        aantal = len(paden)
    else:
        werkruimte = Werkruimte.laad(args.map)
        fouten = [*werkruimte.catalogus.fouten,
                  *proef.proef_catalogus(werkruimte.catalogus, werkruimte.map)]
        aantal = len(werkruimte.catalogus.vragenlijsten)
    for fout in fouten:
        print(f"✘ {fout}")
    if fouten:
        print(f"{len(fouten)} probleem/problemen gevonden.")
        return 1
    soort = "bestand(en)" if paden else "vragenlijsten"
    print(f"✔ Alles in orde ({aantal} {soort} gecontroleerd).")
    return 0


# --- sessies ----------------------------------------------------------------------------------


def cmd_nieuw(args: argparse.Namespace) -> int:
    werkruimte = _werkruimte(args)
    naam = args.naam.strip()
    if not naam:
        return _fout("Geef een roepnaam of initialen met --naam.")
    if args.groep is not None and not 1 <= args.groep <= 8:
        return _fout("De groep is een getal van 1 tot en met 8.")
    lijsten = args.vragenlijst or ["opp"]
    onbekend = werkruimte.onbekende_lijsten(lijsten)
    if onbekend:
        bekend = ", ".join(sorted(werkruimte.catalogus.vragenlijsten))
        return _fout(f"Onbekende vragenlijst '{onbekend[0]}'. Beschikbaar: {bekend}.")
    try:
        _, pad = werkruimte.nieuw(naam, list(dict.fromkeys(lijsten)), args.groep)
    except SessieFout as fout:
        return _fout(str(fout), 2)
    print(pad)
    return 0


def cmd_sessies(args: argparse.Namespace) -> int:
    werkruimte = _werkruimte(args, stil=True)
    rijen: list[dict[str, Any]] = []
    for info in opslag.lijst(werkruimte.map):
        if info.sessie is None:
            rijen.append({"pad": str(info.pad), "fout": info.fout})
            continue
        rij: dict[str, Any] = {
            "pad": str(info.pad),
            "naam": weergavenaam(None),
            "groep": None,
            "bijgewerkt": info.sessie.bijgewerkt.isoformat(timespec="minutes"),
            "vragenlijsten": info.sessie.vragenlijsten,
        }
        try:
            gesprek = werkruimte.gesprek(info.sessie, info.pad)
        except SessieFout as fout:
            rij["fout"] = str(fout)
        else:
            # Naam en groep via hun rol: de vragenlijst zegt welke vraag ze stelt.
            rij["naam"], rij["groep"] = gesprek.naam, gesprek.groep
            voortgang = gesprek.voortgang()
            rij["voortgang"] = {"beantwoord": voortgang.beantwoord, "totaal": voortgang.totaal}
        rijen.append(rij)
    if args.json:
        print(json.dumps(rijen, ensure_ascii=False, indent=2))
        return 0
    if not rijen:
        print(f"Nog geen sessies in {werkruimte.map}.")
    for rij in rijen:
        if "naam" not in rij:
            print(f"✘ {rij['pad']}: niet te lezen ({rij['fout']})")
            continue
        groep = f"groep {rij['groep']}" if rij.get("groep") else "groep ?"
        v = rij.get("voortgang")
        stand = f"{v['beantwoord']}/{v['totaal']} vragen" if v else rij.get("fout", "")
        print(f"{rij['naam']:<20} {groep:<9} {rij['bijgewerkt'].replace('T', ' ')}  {stand}")
        print(f"    {rij['pad']}")
    return 0


def lees_waarde(tekst: str) -> object:
    """Een TOML-waarde als die te lezen is (`true`, `3`, `2027-03-01`, `["a"]`), anders tekst.

    Met dezelfde grenzen als een sessiebestand: een lijst die 500 keer genest is, is een fout
    van de gebruiker (`ValueError`), geen crash.
    """
    try:
        return toml_uit_tekst(f"w = {tekst}")["w"]
    except GrensFout as fout:
        raise ValueError(f"Deze waarde kan ik niet gebruiken: {fout.bericht}.") from None
    except BestandFout:
        return tekst


def _paren(items: Sequence[str], optie: str) -> list[tuple[str, str]]:
    paren = []
    for item in items:
        sleutel, is_, waarde = item.partition("=")
        if not is_ or not sleutel.strip():
            raise ValueError(f"{optie} verwacht VRAAG_ID=WAARDE, niet '{item}'.")
        paren.append((sleutel.strip(), waarde))
    return paren


def _waarden(paren: list[tuple[str, str]]) -> list[tuple[str, object]]:
    uit: list[tuple[str, object]] = []
    for vraag_id, ruw in paren:
        try:
            uit.append((vraag_id, lees_waarde(ruw)))
        except ValueError as fout:
            raise ValueError(f"--antwoord {vraag_id}: {fout}") from None
    return uit


def cmd_invullen(args: argparse.Namespace) -> int:
    werkruimte = _werkruimte(args, stil=args.json)
    pad = Path(args.sessie)
    try:
        gesprek = werkruimte.open(pad)
        if args.evaluatie:
            werkruimte.begin_evaluatie(gesprek)
        antwoorden = _waarden(_paren(args.antwoord, "--antwoord"))
        redenen = _paren(args.reden, "--reden")
    except SessieFout as fout:
        return _fout(str(fout), 2)
    except ValueError as fout:
        return _fout(str(fout))
    fouten: list[str] = []
    # Een vraag kan pas verschijnen na een ander antwoord in dezelfde aanroep (het nieuwe doel
    # na het besluit 'bijstellen'): wat eerst niet lukte, wordt daarna nog één keer geprobeerd.
    later: list[tuple[str, object]] = []
    for vraag_id, waarde in antwoorden:
        if gesprek.beantwoord(vraag_id, waarde).fouten:
            later.append((vraag_id, waarde))
    for vraag_id, waarde in later:
        uitkomst = gesprek.beantwoord(vraag_id, waarde)
        fouten += [f"{vraag_id}: {f}" for f in uitkomst.fouten]
    for vraag_id in args.overslaan:
        fouten += [f"{vraag_id}: {f}" for f in gesprek.sla_over(vraag_id).fouten]
    for vraag_id, reden in redenen:
        fouten += [f"{vraag_id}: {f}" for f in gesprek.aanvaard(vraag_id, reden).fouten]
    if fouten:
        # Een harde fout laat het sessiebestand ongemoeid: niets van deze aanroep wordt bewaard.
        for melding in fouten:
            print(f"✘ {melding}", file=sys.stderr)
        return 1
    if antwoorden or args.overslaan or redenen or args.evaluatie:
        try:
            bewaard = werkruimte.bewaar(gesprek, pad)
        except SessieFout as fout:
            return _fout(str(fout), 2)
        if bewaard.melding:
            print(bewaard.melding, file=sys.stderr)
    staat = toestand(werkruimte.catalogus, gesprek)
    if args.json:
        print(json.dumps(staat, ensure_ascii=False, indent=2, default=str))
        return 0
    _toon_toestand(gesprek, staat)
    return 0


def _toon_toestand(gesprek: Any, staat: dict[str, Any]) -> None:
    print(gesprek.voortgang().kop())
    for signaal in staat["signalen"]:
        teken = "✘" if signaal["soort"] == "fout" else "!"
        print(f"  {teken} {signaal['vraag']}: {signaal['tekst']}")
    volgende = staat["volgende"]
    if volgende is None:
        print("Alle vragen zijn beantwoord.")
        return
    print(f"\nVolgende vraag ({volgende['id']}, {volgende['soort']}):\n  {volgende['vraag']}")
    for nummer, optie in enumerate(volgende["opties"], start=1):
        print(f"   {nummer}. {optie['label']}  [{optie['waarde']}]")
    if volgende.get("voorstel"):
        print(f"  Voorstel: {volgende['voorstel']}")
    stap = gesprek.stap(volgende["id"])
    if stap is not None and stap.vraag.standaard is not None:
        print(f"  Standaard: {toon(stap.vraag, stap.vraag.standaard)}")


# --- de parser --------------------------------------------------------------------------------


def bouw_parser() -> Parser:
    parser = Parser(
        prog="opp-assistent",
        description="Stel stap voor stap een OPP op, lokaal en privé. Zonder subcommando "
        "start de chat; geef een sessiebestand mee om die sessie te openen.",
    )
    map_optie(parser, hoofd=True)
    sub = parser.add_subparsers(dest="commando", metavar="SUBCOMMANDO", parser_class=Parser)

    p = sub.add_parser("vragenlijsten", help="toon de beschikbare vragenlijsten")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    map_optie(p)
    p.set_defaults(func=cmd_vragenlijsten)

    p = sub.add_parser("valideer", help="controleer vragenlijsten, voorbeeldzinnen of een "
                       "Word-sjabloon (.docx)")
    p.add_argument("paden", nargs="*", metavar="PAD", help="bestanden of mappen (anders alles)")
    map_optie(p)
    p.set_defaults(func=cmd_valideer)

    p = sub.add_parser("nieuw", help="maak een nieuwe sessie en toon het pad")
    p.add_argument("--naam", required=True, help="roepnaam of initialen van de leerling")
    p.add_argument("--groep", type=int, help="groep 1 tot en met 8")
    p.add_argument("--vragenlijst", action="append", metavar="ID",
                   help="vragenlijst om te gebruiken (herhaalbaar; standaard: opp)")
    map_optie(p)
    p.set_defaults(func=cmd_nieuw)

    p = sub.add_parser("sessies", help="toon de sessies met hun voortgang")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    map_optie(p)
    p.set_defaults(func=cmd_sessies)

    p = sub.add_parser("invullen", help="beantwoord vragen zonder chat (voor scripts)")
    p.add_argument("sessie", metavar="SESSIE", help="pad naar het sessiebestand")
    p.add_argument("--antwoord", action="append", default=[], metavar="VRAAG_ID=WAARDE",
                   help="een antwoord (herhaalbaar); WAARDE als TOML-waarde of als tekst")
    p.add_argument("--overslaan", action="append", default=[], metavar="VRAAG_ID",
                   help="sla een niet-verplichte vraag over")
    p.add_argument("--reden", action="append", default=[], metavar="VRAAG_ID=TEKST",
                   help="accepteer een waarschuwing (zoals een vaag doel) met een reden")
    p.add_argument("--evaluatie", action="store_true",
                   help="zet de evaluatie per doel achter het OPP (jaarlijks of tussentijds)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    map_optie(p)
    p.set_defaults(func=cmd_invullen)

    import importlib

    for module in SUBCOMMANDO_MODULES:
        importlib.import_module(module).registreer(sub)
    parser.subcommandos = set(sub.choices)
    return parser


def _is_sessiepad(argv: Sequence[str], subcommandos: set[str]) -> str | None:
    """Het eerste losse argument, als dat geen subcommando is: een sessiebestand voor de chat."""
    overslaan = False
    for arg in argv:
        if overslaan:
            overslaan = False
            continue
        if arg == "--map":
            overslaan = True
            continue
        if arg.startswith("-"):
            continue
        return None if arg in subcommandos else arg
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argumenten = list(sys.argv[1:] if argv is None else argv)
    parser = bouw_parser()
    sessiepad = _is_sessiepad(argumenten, parser.subcommandos)
    if sessiepad is not None:
        argumenten.remove(sessiepad)
    args: argparse.Namespace | None = None
    try:
        with zichtbare_uitvoer():
            args = parser.parse_args(argumenten)
            opslag.ruim_op(locaties.gebruikersmap(args.map))
            if getattr(args, "func", None) is not None:
                return int(args.func(args))
        return _start_chat(args, Path(sessiepad) if sessiepad else None)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as fout:  # een fout in het programma: kort melden, zonder gegevens
        if crashverslag.ontwikkelaar():
            raise
        map_ = locaties.gebruikersmap(getattr(args, "map", None))
        return crashverslag.meld(map_, fout, getattr(args, "commando", None))


def _start_chat(args: argparse.Namespace, sessiepad: Path | None) -> int:
    if sessiepad is not None and not os.path.exists(sessiepad):
        return _fout(f"{sessiepad}: dit sessiebestand bestaat niet.", 2)
    werkruimte = Werkruimte.laad(args.map)
    from assistent.tui.app import start

    return start(werkruimte, sessiepad)


if __name__ == "__main__":
    sys.exit(main())
