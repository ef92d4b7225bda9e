"""Voorwaarden (`toon_als`) snel beoordelen, zonder Jinja2, als ze eenvoudig genoeg zijn.

Een voorwaarde is een Jinja2-expressie. De meeste zijn eenvoudige vergelijkingen, zoals
`instemming in ('nee', 'nog_niet')` of `groep >= 3 and afwijkingen`. Die rekenen we hier zelf
uit, met precies de uitkomst die Jinja2 in de sandbox zou geven (een test vergelijkt beide op
willekeurige expressies en antwoorden). Zo hoeft Jinja2 niet geladen te worden om de chat te
starten. Alles wat meer is (filters, rekenen, attributen, tests met `is`) gaat door Jinja2.

Wat hier mag: namen, teksten zonder backslash, gehele en decimale getallen, true/false/none,
tupels en lijsten, `== != < <= > >= in not in`, `not`, `and`, `or` en haakjes.

Alleen samen met de snelle weg in `kern/jinja.py` de moeite waard: samen minstens 75 ms minder
tot de eerste vraag bij een warme start, per antwoord enkele milliseconden
(`benchmarks/tui.py --snelle-wegen`, zie docs/tui.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from assistent.kern import jinja
from assistent.kern.jinja import JINJA_NAMEN

Beoordeling = Callable[[Mapping[str, Any]], Any]


def voorwaarde_geldt(expressie: str | None, antwoorden: Mapping[str, Any]) -> bool:
    """Evalueert `toon_als`. Wat niet te beoordelen is (een overgeslagen vraag) telt als onwaar."""
    if not expressie:
        return True
    try:
        beoordeling = snel(expressie)
        if beoordeling is not None:
            return bool(beoordeling(antwoorden))
        return bool(jinja.expressie(expressie)(**antwoorden))
    except Exception:  # een sjabloonfout in gebruikersdata mag het gesprek niet stoppen
        return False

_TEKENS = re.compile(
    r"\s*(?:(?P<getal>\d+(?:\.\d+)?(?![\w.]))|(?P<naam>[A-Za-z_]\w*)"
    r"|(?P<tekst>'[^'\\\n]*'|\"[^\"\\\n]*\")|(?P<teken>==|!=|<=|>=|[<>(),\[\]]))"
)
_CONSTANTEN = {"true": True, "false": False, "none": None,
               "True": True, "False": False, "None": None}
_GERESERVEERD = {"and", "or", "not", "in", "is", "if", "else"}
_VERGELIJKINGEN = {"==", "!=", "<", "<=", ">", ">="}


class _Onbekend:
    """Een naam zonder antwoord, zoals Jinja2's `Undefined`: onwaar, gelijk aan niets anders,
    leeg als je erin zoekt, en een fout bij < of > (dan is de hele voorwaarde onwaar)."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return False

    def __eq__(self, ander: object) -> bool:
        return type(ander) is _Onbekend

    def __ne__(self, ander: object) -> bool:
        return type(ander) is not _Onbekend

    def __hash__(self) -> int:
        return id(_Onbekend)

    def __iter__(self) -> Any:
        return iter(())

    def _fout(self, _ander: object) -> bool:
        raise TypeError("geen antwoord om mee te vergelijken")

    __lt__ = __le__ = __gt__ = __ge__ = _fout


ONBEKEND = _Onbekend()


class _NietEenvoudig(Exception):
    """Deze expressie laten we aan Jinja2."""


@lru_cache(maxsize=512)
def snel(expressie: str) -> Beoordeling | None:
    """Een functie die de voorwaarde op antwoorden uitrekent, of None: gebruik dan Jinja2."""
    try:
        tekens = _splits(expressie)
        lezer = _Lezer(tekens)
        beoordeling = lezer.of()
        if lezer.plek != len(tekens):
            raise _NietEenvoudig
    except _NietEenvoudig:
        return None
    return beoordeling


def _splits(expressie: str) -> list[tuple[str, str]]:
    tekens: list[tuple[str, str]] = []
    plek = 0
    while plek < len(expressie):
        if expressie[plek:].strip() == "":
            break
        m = _TEKENS.match(expressie, plek)
        if m is None or m.lastgroup is None:
            raise _NietEenvoudig
        tekens.append((m.lastgroup, m.group(m.lastgroup)))
        plek = m.end()
    return tekens


class _Lezer:
    """Leest de tekens met dezelfde voorrang als Jinja2: or < and < not < vergelijking."""

    def __init__(self, tekens: list[tuple[str, str]]) -> None:
        self.tekens = tekens
        self.plek = 0

    def _kijk(self) -> tuple[str, str] | None:
        return self.tekens[self.plek] if self.plek < len(self.tekens) else None

    def _is(self, waarde: str) -> bool:
        teken = self._kijk()
        return teken is not None and teken[1] == waarde and teken[0] in ("naam", "teken")

    def _neem(self, waarde: str) -> None:
        if not self._is(waarde):
            raise _NietEenvoudig
        self.plek += 1

    def of(self) -> Beoordeling:
        return self._verbonden("or", self.en, lambda a, b: lambda c: a(c) or b(c))

    def en(self) -> Beoordeling:
        return self._verbonden("and", self.niet, lambda a, b: lambda c: a(c) and b(c))

    def _verbonden(
        self, woord: str, deel: Callable[[], Beoordeling],
        samen: Callable[[Beoordeling, Beoordeling], Beoordeling],
    ) -> Beoordeling:
        """`a or b or c`: de delen van links naar rechts, zoals Python en Jinja2 ze uitrekenen."""
        links = deel()
        while self._is(woord):
            self.plek += 1
            links = samen(links, deel())
        return links

    def niet(self) -> Beoordeling:
        if self._is("not"):
            self.plek += 1
            binnen = self.niet()
            return lambda c: not binnen(c)
        return self.vergelijking()

    def vergelijking(self) -> Beoordeling:
        eerste = self.waarde()
        stappen: list[tuple[str, Beoordeling]] = []
        while True:
            teken = self._kijk()
            if teken is None:
                break
            if teken[0] == "teken" and teken[1] in _VERGELIJKINGEN:
                operator = teken[1]
                self.plek += 1
            elif self._is("in"):
                operator = "in"
                self.plek += 1
            elif self._is("not") and self.plek + 1 < len(self.tekens) and \
                    self.tekens[self.plek + 1] == ("naam", "in"):
                operator = "not in"
                self.plek += 2
            else:
                break
            stappen.append((operator, self.waarde()))
        if not stappen:
            return eerste
        return _keten(eerste, stappen)

    def waarde(self) -> Beoordeling:
        teken = self._kijk()
        if teken is None:
            raise _NietEenvoudig
        soort, tekst = teken
        self.plek += 1
        if soort == "getal":
            getal: Any = float(tekst) if "." in tekst else int(tekst)
            return lambda c: getal
        if soort == "tekst":
            letterlijk = tekst[1:-1]
            return lambda c: letterlijk
        if soort == "naam":
            if tekst in _CONSTANTEN:
                constante = _CONSTANTEN[tekst]
                return lambda c: constante
            if tekst in _GERESERVEERD or tekst in JINJA_NAMEN:
                raise _NietEenvoudig
            return lambda c: c.get(tekst, ONBEKEND)
        if tekst == "(":
            return self._reeks(")", tuple)
        if tekst == "[":
            return self._reeks("]", list)
        raise _NietEenvoudig

    def _reeks(self, sluit: str, maak: Callable[[list[Any]], Any]) -> Beoordeling:
        """Haakjes om een expressie, een tupel `(a, b)` of een lijst `[a, b]`."""
        delen: list[Beoordeling] = []
        komma = False
        while not self._is(sluit):
            delen.append(self.of())
            if self._is(","):
                self.plek += 1
                komma = True
            elif not self._is(sluit):
                raise _NietEenvoudig
        self._neem(sluit)
        if sluit == ")" and len(delen) == 1 and not komma:
            return delen[0]  # alleen haakjes om een expressie
        return lambda c: maak([deel(c) for deel in delen])


def _keten(eerste: Beoordeling, stappen: list[tuple[str, Beoordeling]]) -> Beoordeling:
    """Een vergelijking, ook als keten (`1 < a < 5`), zoals in Python en Jinja2."""
    def reken(c: Mapping[str, Any]) -> bool:
        links = eerste(c)
        for operator, rechts_van in stappen:
            rechts = rechts_van(c)
            if not _vergelijk(operator, links, rechts):
                return False
            links = rechts
        return True

    return reken


def _vergelijk(operator: str, a: Any, b: Any) -> bool:
    if operator == "==":
        return bool(a == b)
    if operator == "!=":
        return bool(a != b)
    if operator == "<":
        return bool(a < b)
    if operator == "<=":
        return bool(a <= b)
    if operator == ">":
        return bool(a > b)
    if operator == ">=":
        return bool(a >= b)
    if operator == "in":
        return a in b
    return a not in b
