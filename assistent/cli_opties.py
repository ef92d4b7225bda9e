"""Opties die elk subcommando van de CLI deelt."""

from __future__ import annotations

import argparse

MAP_UITLEG = "map met sessies (anders OPP_ASSISTENT_MAP of de gebruikersdatamap)"


def map_optie(parser: argparse.ArgumentParser, *, hoofd: bool = False,
              uitleg: str = MAP_UITLEG) -> None:
    """`--map`, vóór of na het subcommando. Bij een subcommando zonder eigen `--map` blijft
    de waarde van vóór het subcommando staan ("opp-assistent --map M demo"); zonder
    SUPPRESS zette argparse hem terug op None en kwam de sessie in de gebruikersdatamap."""
    parser.add_argument("--map", metavar="MAP", help=uitleg,
                        default=None if hoofd else argparse.SUPPRESS)
