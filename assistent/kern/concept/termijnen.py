"""Relatieve termijnen als datum: 'binnen zes weken' wordt 'uiterlijk 3 februari 2027'.

Een ouder leest liever een datum dan een termijn zonder begin. Alleen wat echt te rekenen is
wordt een datum: weken en maanden vanaf een bekend begin, en 'bij de evaluatie' als die datum er
is. 'Voor de kerstvakantie' blijft staan: die datum kent de assistent niet.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from assistent.kern.vragenlijst.waarden import datumtekst

_GETALLEN = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "twintig": 20,
}
_AANTAL = r"(\d{1,2}|" + "|".join(_GETALLEN) + r")"
_RELATIEF = re.compile(
    rf"^(?:binnen|na|over|in)\s+(?:de\s+komende\s+)?{_AANTAL}\s+(weken|week|maanden|maand)$",
    re.IGNORECASE,
)
_EVALUATIE = re.compile(r"^(?:bij|voor|vóór|tot)\s+de\s+(?:volgende\s+)?evaluatie$", re.IGNORECASE)


def getal(woord: str) -> int | None:
    if woord.isdigit():
        return int(woord)
    return _GETALLEN.get(woord.lower())


def plus_maanden(dag: date, maanden: int) -> date:
    """Dezelfde dag zoveel maanden later; bestaat die dag niet, dan de laatste van de maand."""
    jaar, maand = divmod(dag.month - 1 + maanden, 12)
    jaar += dag.year
    for dagnummer in (dag.day, 30, 29, 28):
        try:
            return date(jaar, maand + 1, dagnummer)
        except ValueError:
            continue
    raise AssertionError("onbereikbaar: 28 bestaat in elke maand")


def einde(termijn: str, begin: date | None, evaluatie: date | None = None) -> date | None:
    """De datum waarop een relatieve termijn afloopt, of None als die niet te rekenen is."""
    tekst = termijn.strip().strip(".,").strip()
    gevonden = _RELATIEF.match(tekst)
    if gevonden and begin is not None:
        aantal = getal(gevonden.group(1))
        if aantal is None:
            return None
        if gevonden.group(2).lower().startswith("we"):
            return begin + timedelta(weeks=aantal)
        return plus_maanden(begin, aantal)
    if _EVALUATIE.match(tekst) and evaluatie is not None:
        return evaluatie
    return None


def als_datum(termijn: str, begin: date | None, evaluatie: date | None = None) -> str:
    """De termijn voor de doelentabel: een datum als dat kan, anders de termijn zelf."""
    dag = einde(termijn, begin, evaluatie)
    return f"uiterlijk {datumtekst(dag)}" if dag else termijn
