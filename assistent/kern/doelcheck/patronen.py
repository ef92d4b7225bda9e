"""Reguliere patronen voor termijn, criterium en getal, en het zoeken ermee.

Elk patroon is een `Deel` met een snelle voorwaarde: het draait alleen als een sleutelwoord of
cijfer in de tekst staat en al zijn `eisen` gelden, en alleen op woorden waar het kan
beginnen. Eén grote alternatie kostte ~70 µs per doel; zo blijft het een fractie. Welke delen
er zijn, staat in `maatpatronen`.

Patronen werken op de tekst in kleine letters (even lang als het origineel), zodat elke vondst
meteen de juiste tekenposities in de oorspronkelijke tekst heeft.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final, NamedTuple

# Wat een deel vindt.
TERMIJN: Final = 0
CRITERIUM: Final = 1
GETAL: Final = 2

Span = tuple[int, int]
# Per plek in de tekst waar een reeks woordtekens begint: de delen die daar mogen beginnen.
Begins = list[tuple[int, tuple[int, ...]]]


@dataclass(frozen=True)
class Eis:
    """Iets wat in de tekst moet staan voordat een deel kan passen, naast zijn sleutelwoord of
    cijfer: een woorddeel (reeks woordtekens, zie `Patronen.sleutelbits`) dat een van `woorden`
    is, met een van `voor` begint of op een van `achter` eindigt; of een cijfer (`cijfer`); of
    een van de `stukjes` ergens in de tekst ("%", dat nooit in een woord staat). Elke eis moet
    gelden voor elke treffer: ruim mag, te krap nooit."""

    woorden: frozenset[str] = frozenset()
    voor: tuple[str, ...] = ()
    achter: tuple[str, ...] = ()
    cijfer: bool = False
    stukjes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Deel:
    """Eén patroon met zijn voorwaarden en de woorden waar een treffer kan beginnen.

    Het begin mag ruim zijn, nooit te krap. `overal` zoekt door de hele tekst, voor patronen
    waarvan het begin niet aan een woord te zien is."""

    patroon: re.Pattern[str]
    sleutels: frozenset[str]
    cijfer: bool = False  # een cijfer in de tekst staat het deel ook toe
    begin: frozenset[str] = frozenset()  # het hele eerste woord
    voorvoegsels: tuple[str, ...] = ()  # het eerste woord begint hiermee
    cijferbegin: bool = False  # het eerste woord begint met een cijfer
    cijfer_tweede: bool = False  # het tweede teken van het eerste woord is een cijfer ("m5")
    achter: str = ""  # het eerste woord eindigt hierop ("herfstvakantie")
    overal: bool = False
    altijd: bool = False  # geen sleutelwoord of cijfer nodig (alleen de eisen)
    # Strenger dan `cijferbegin`: de hele eerste reeks woordtekens past hierop ("12" of "3e",
    # niet "2026" voor een datum als "12-3"). Zo proberen we zo'n patroon niet bij elk getal.
    vorm: re.Pattern[str] | None = None
    eisen: tuple[Eis, ...] = ()
    achteraan: bool = False  # zelden toegestaan en zelden een beginwoord: een hoge bit


class Maten(NamedTuple):
    """Wat de patronen in één tekst vinden, per soort gesorteerd."""

    termijnen: list[Span]
    criteria: list[Span]
    getallen: list[Span]


class Patronen:
    """Alle delen, met een index van beginwoord naar de delen die daar kunnen beginnen.

    De voorwaarden zijn bits: bit i hoort bij deel i, bit `len(delen) + j` bij eis j (elke
    verschillende `Eis` één keer). Per doel is "mag dit deel draaien" dan een paar `&`."""

    def __init__(self, delen: Sequence[tuple[int, Deel]]) -> None:
        # De zeldzame delen achteraan: dan blijven de bits van een doel en van een woord
        # meestal onder 2**30, en daarop is `&` in CPython een stuk sneller dan op een groot int.
        paren = sorted(delen, key=lambda paar: paar[1].achteraan)
        self.delen = tuple(deel for _soort, deel in paren)
        self.soort = tuple(soort for soort, _deel in paren)
        self._passen = tuple(deel.patroon.match for deel in self.delen)
        self._indexeer_begins()
        self._indexeer_voorwaarden()
        # Caches: per combinatie van vervulde eisen de delen die mogen; per reeks woordtekens
        # de delen die er kunnen beginnen.
        self._maskers: dict[int, int] = {}
        self._begindelen: dict[str, tuple[int, ...]] = {}

    def _indexeer_begins(self) -> None:
        op_woord: dict[str, list[int]] = {}
        for i, deel in enumerate(self.delen):
            for woord in deel.begin:
                op_woord.setdefault(woord, []).append(i)
        self._op_beginwoord = {woord: tuple(ids) for woord, ids in op_woord.items()}
        genummerd = list(enumerate(self.delen))
        self._met_cijferbegin = tuple(i for i, d in genummerd if d.cijferbegin)
        self._met_cijfer_tweede = tuple(i for i, d in genummerd if d.cijfer_tweede)
        self._met_voorvoegsel = tuple((i, d.voorvoegsels) for i, d in genummerd if d.voorvoegsels)
        self._voorvoegsels = tuple(v for _i, vs in self._met_voorvoegsel for v in vs)
        self._met_achter = tuple((i, d.achter) for i, d in genummerd if d.achter)
        self._overal = tuple(i for i, d in genummerd if d.overal)

    def _indexeer_voorwaarden(self) -> None:
        genummerd = list(enumerate(self.delen))
        self._op_sleutel: dict[str, int] = {}
        for i, deel in genummerd:
            for woord in deel.sleutels:
                self._op_sleutel[woord] = self._op_sleutel.get(woord, 0) | 1 << i
        # Elke verschillende eis krijgt een bit boven de delen; delen met dezelfde eis delen hem.
        eisen = list(dict.fromkeys(e for d in self.delen for e in d.eisen))
        eisbit = {e: 1 << (len(self.delen) + j) for j, e in enumerate(eisen)}
        self._op_eiswoord: dict[str, int] = {}
        voor: dict[str, int] = {}
        achter: dict[str, int] = {}
        for eis, bit in eisbit.items():
            for woord in eis.woorden:
                self._op_eiswoord[woord] = self._op_eiswoord.get(woord, 0) | bit
            for v in eis.voor:
                voor[v] = voor.get(v, 0) | bit
            for a in eis.achter:
                achter[a] = achter.get(a, 0) | bit
        self._eis_voor = tuple(voor.items())  # (begin van een woorddeel, eisbits)
        self._eis_achter = tuple(achter.items())  # (eind van een woorddeel, eisbits)
        self._eis_stukjes = tuple((eisbit[e], s) for e in eisen for s in e.stukjes)
        self._delen_per_eis = tuple(
            sum(1 << i for i, d in genummerd if e in d.eisen) for e in eisen
        )
        self._altijd = sum(1 << i for i, d in genummerd if d.altijd)
        self._bij_cijfer = sum(1 << i for i, d in genummerd if d.cijfer) | sum(
            bit for eis, bit in eisbit.items() if eis.cijfer
        )

    def begindelen(self, reeks: str) -> tuple[int, ...]:
        """De delen die bij deze reeks woordtekens kunnen beginnen (per reeks bewaard)."""
        ids = self._begindelen.get(reeks)
        if ids is not None:
            return ids
        ids = self._op_beginwoord.get(reeks, ())
        if reeks[0].isdecimal():
            ids += self._met_cijferbegin
        if len(reeks) > 1 and reeks[1].isdecimal():
            ids += self._met_cijfer_tweede
        if reeks.startswith(self._voorvoegsels):
            ids += tuple(i for i, v in self._met_voorvoegsel if reeks.startswith(v))
        ids += tuple(i for i, a in self._met_achter if reeks.endswith(a))
        ids = tuple(dict.fromkeys(i for i in ids if self._kan_beginnen(i, reeks)))  # elk één keer
        if len(self._begindelen) >= 65536:
            self._begindelen.clear()
        self._begindelen[reeks] = ids
        return ids

    def _kan_beginnen(self, i: int, reeks: str) -> bool:
        deel = self.delen[i]
        return not deel.overal and (deel.vorm is None or deel.vorm.fullmatch(reeks) is not None)

    def sleutelbits(self, woorddelen: Iterable[str], reeksen: Iterable[str]) -> int:
        """De delen die dit woord toestaat (één keer per woord berekend): de bits van zijn
        sleutels (het woord en zijn delen tussen streepjes), en daarboven, vanaf bit
        `len(delen)`, de eisen die zijn reeksen woordtekens vervullen (tussen streepjes en
        apostrofs: "kerst’s")."""
        bits = 0
        for d in woorddelen:
            bits |= self._op_sleutel.get(d, 0)
        for d in reeksen:
            bits |= self._op_eiswoord.get(d, 0)
            for voor, eis in self._eis_voor:
                if d.startswith(voor):
                    bits |= eis
            for achter, eis in self._eis_achter:
                if d.endswith(achter):
                    bits |= eis
        return bits

    def toegestaan(self, laag: str, sleutelbits: int, heeft_cijfer: bool) -> int:
        """De delen die in deze tekst mogen draaien, als bits. `sleutelbits` zijn die van alle
        woorden samen (zie `sleutelbits`)."""
        toegestaan = self._altijd | sleutelbits
        if heeft_cijfer:
            toegestaan |= self._bij_cijfer
        for eis, stukje in self._eis_stukjes:
            if not toegestaan & eis and stukje in laag:
                toegestaan |= eis
        vervuld = toegestaan >> len(self.delen)
        masker = self._maskers.get(vervuld)
        if masker is None:
            masker = self._maskers[vervuld] = self._masker(vervuld)
        return toegestaan & masker

    def _masker(self, vervuld: int) -> int:
        """De delen waarvan alle eisen vervuld zijn (eisbit j is bit j van `vervuld`)."""
        masker = (1 << len(self.delen)) - 1
        for j, delen in enumerate(self._delen_per_eis):
            if not vervuld >> j & 1:
                masker &= ~delen
        return masker

    def zoek(self, laag: str, begins: Begins, toegestaan: int) -> Maten:
        """Termijnen, criteria en getallen (gesorteerd), zoals `finditer` per patroon ze vindt.

        Een patroon wordt alleen geprobeerd op de `begins` van woorden die het kunnen openen
        (oplopend, met de delen uit `begindelen` die in deze tekst mogen); na een treffer gaat
        het verder achter de treffer, net als `finditer`. `toegestaan` geldt hier nog voor de
        delen die `overal` zoeken.
        """
        maten = Maten([], [], [])
        if not begins and not self._overal:
            return maten  # geen woord waar een deel kan beginnen
        soort = self.soort
        for i in self._overal:
            if toegestaan >> i & 1:
                maten[soort[i]].extend(m.span() for m in self.delen[i].patroon.finditer(laag))
        # Eén ronde over de woorden; per deel onthouden waar de vorige treffer eindigde. Per
        # deel blijven de begins oplopend, dus dit is wat `finditer` vindt.
        vrij_vanaf = [-1] * len(soort)
        passen = self._passen
        for begin, ids in begins:
            for i in ids:
                if vrij_vanaf[i] <= begin:
                    treffer = passen[i](laag, begin)
                    if treffer is not None:
                        span = treffer.span()
                        maten[soort[i]].append(span)
                        vrij_vanaf[i] = span[1] if span[1] > begin else begin + 1
        for spans in maten:
            spans.sort()
        return maten


# --- Bouwstenen voor de patronen in `maatpatronen` ---

_EERSTE: Final = re.compile(r"\w+")


def beginwoorden(woorden: Iterable[str]) -> frozenset[str] | None:
    """Het eerste woord van elk alternatief; None als een alternatief niet met een woordteken
    begint (dan is het begin niet aan een woord te zien en zoeken we overal)."""
    uit = set()
    for woord in woorden:
        m = _EERSTE.match(woord)
        if m is None:
            return None
        uit.add(m.group())
    return frozenset(uit)


def kernwoorden(zinnen: Iterable[str]) -> frozenset[str] | None:
    """Per zin zijn langste reeks woordtekens (het zeldzaamst: "kerstviering", niet "de"), voor
    een `Eis`: voor een patroon dat `alternatieven(zinnen)` tussen woordgrenzen zet, staat die
    reeks in elke treffer als heel woorddeel ("maarten" uit "sint-maarten"). Liefst niet de
    eerste ("keer" uit "elke keer"): als de zin het patroon begint, is dat het beginwoord, en
    dat staat er al als het patroon geprobeerd wordt. None (geen eis) als een zin er geen heeft."""
    uit = set()
    for zin in zinnen:
        reeksen = _EERSTE.findall(zin)
        if not reeksen:
            return None
        uit.add(max(reeksen[1:] or reeksen, key=len))
    return frozenset(uit)


def woorden_van(lijst: Iterable[str]) -> frozenset[str]:
    """De losse woorden (ook de delen tussen streepjes) van een lijst uitdrukkingen."""
    return frozenset(d for w in lijst for d in re.split(r"[\s-]+", w) if d)


def alternatieven(woorden: Iterable[str]) -> str:
    """Alternatieven, langste eerst, met flexibele spaties tussen de woorden."""
    delen = sorted({w for w in woorden if w}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in delen) + ")"


def zonder_optionele_groepen(patroon: str) -> str:
    """Elke `(?:…)?` als `(?:…|)`: dezelfde treffers, in dezelfde volgorde geprobeerd. Een
    optionele groep kost in `re` bij elke poging een herhaalteller op de heap, een lege tak niet."""
    uit: list[str] = []
    groepen: list[bool] = []  # per open haakje: is het een gewone groep `(?:`
    i, n = 0, len(patroon)
    while i < n:
        teken = patroon[i]
        if teken == "\\":
            uit.append(patroon[i : i + 2])
            i += 2
            continue
        if teken == "[":  # een tekenklasse tot aan de sluitende ], die zelf vooraan mag staan
            j = i + 1
            j += patroon[j] == "^"
            j += patroon[j] == "]"
            while patroon[j] != "]":
                j += 2 if patroon[j] == "\\" else 1
            uit.append(patroon[i : j + 1])
            i = j + 1
            continue
        if teken == "(":
            groepen.append(patroon.startswith("(?:", i))
        elif teken == ")" and groepen.pop() and patroon[i + 1 : i + 2] == "?":
            if patroon[i + 2 : i + 3] not in ("?", "+"):  # niet lui of bezitterig
                uit.append("|)")
                i += 2
                continue
        uit.append(teken)
        i += 1
    return "".join(uit)
