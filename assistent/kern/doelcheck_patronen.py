"""Reguliere patronen voor criterium, termijn en getallen, gebouwd uit de woordenlijsten.

Patronen werken op de tekst in kleine letters (even lang als het origineel), zodat elke vondst
meteen de juiste tekenposities in de oorspronkelijke tekst heeft.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Final

_EENHEDEN: Final = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_TIENTALLEN: Final = tuple(
    "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
)


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
    """Eén patroon met een snelle voorwaarde: het draait alleen als een sleutelwoord of cijfer
    in de tekst staat, en alle `eisen` gelden. Eén grote alternatie kost ~70 µs per doel, zo
    blijft het een fractie. De voorwaarde wordt per doel één getal met een bit per deel (zie
    `Patronen.toegestaan`).

    Het deel zegt ook met welk woord (reeks woordtekens) een treffer kan beginnen; alleen
    daar proberen we het patroon. Dat mag ruim zijn, nooit te krap. `overal` zoekt door de
    hele tekst, voor patronen waarvan het begin niet zo te zeggen is."""

    patroon: re.Pattern[str]
    sleutels: frozenset[str]
    cijfer: bool = False
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


# (begin, delen) voor elke reeks woordtekens (\w+) waar een deel kan beginnen
Kansen = list[tuple[int, tuple[int, ...]]]


@dataclass(frozen=True)
class Patronen:
    """Alle delen, met een index van beginwoord naar de delen die daar kunnen beginnen."""

    alle: tuple[Deel, ...]
    soort: tuple[int, ...]  # per deel in `alle`: 0 termijn, 1 criterium, 2 getal
    op_woord: dict[str, tuple[int, ...]]
    met_cijfer: tuple[int, ...]
    cijfer_tweede: tuple[int, ...]
    voorvoegsels: tuple[str, ...]
    met_voorvoegsel: tuple[tuple[int, tuple[str, ...]], ...]
    met_achter: tuple[tuple[int, str], ...]
    overal: tuple[int, ...]
    # De voorwaarden als bits: bit i hoort bij deel i, bit `len(alle) + j` bij eis j (elke
    # verschillende `Eis` één keer). Per doel is "mag dit deel draaien" dan een paar `&`.
    altijd: int  # delen zonder sleutelwoord of cijfer
    met_cijfer_bits: int  # delen en eisen die een cijfer in de tekst toestaat
    op_sleutel: dict[str, int]  # per sleutelwoord de delen die het toestaat
    op_eiswoord: dict[str, int]  # per woorddeel de eisen die het vervult (bits boven de delen)
    eis_voor: tuple[tuple[str, int], ...]  # (begin van een woorddeel, eisbits)
    eis_achter: tuple[tuple[str, int], ...]  # (eind van een woorddeel, eisbits)
    eis_stukjes: tuple[tuple[int, str], ...]  # (eisbit, stukje dat in de tekst moet staan)
    eis_delen: tuple[int, ...]  # per eis de delen die haar hebben
    # Per combinatie van vervulde eisen de delen die mogen (de bits boven de delen eraf).
    maskers: dict[int, int] = field(default_factory=dict, compare=False)
    # Per woord de delen die er kunnen beginnen; een woordcache, net als die van de lemma's.
    per_woord: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    # Per deel de `match` van zijn patroon, zonder attributen op te zoeken per poging.
    passen: tuple[Callable[[str, int], re.Match[str] | None], ...] = field(
        default=(), compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "passen", tuple(d.patroon.match for d in self.alle))

    def delen_bij(self, woord: str) -> tuple[int, ...]:
        """De delen die bij deze reeks woordtekens kunnen beginnen (per woord bewaard)."""
        ids = self.per_woord.get(woord)
        if ids is not None:
            return ids
        ids = self.op_woord.get(woord, ())
        if woord[0].isdecimal():
            ids += self.met_cijfer
        if len(woord) > 1 and woord[1].isdecimal():
            ids += self.cijfer_tweede
        if woord.startswith(self.voorvoegsels):
            ids += tuple(i for i, v in self.met_voorvoegsel if woord.startswith(v))
        ids += tuple(i for i, a in self.met_achter if woord.endswith(a))
        ids = tuple(dict.fromkeys(i for i in ids if self._kan_beginnen(i, woord)))  # elk één keer
        if len(self.per_woord) >= 65536:
            self.per_woord.clear()
        self.per_woord[woord] = ids
        return ids

    def _kan_beginnen(self, i: int, woord: str) -> bool:
        deel = self.alle[i]
        return not deel.overal and (deel.vorm is None or deel.vorm.fullmatch(woord) is not None)

    def sleutelbits(self, delen: Iterable[str], losse: Iterable[str]) -> int:
        """De delen die dit woord toestaat (voor de woordcache: één keer per woord): de bits van
        zijn sleutels (het woord en zijn delen tussen streepjes), en daarboven, vanaf bit
        `len(alle)`, de eisen die zijn woorddelen vervullen (de reeksen woordtekens tussen
        streepjes en apostrofs: "kerst’s"). Eén getal per woord, zodat de woordronde er één `|`
        voor doet."""
        bits = 0
        for d in delen:
            bits |= self.op_sleutel.get(d, 0)
        for d in losse:
            bits |= self.op_eiswoord.get(d, 0)
            for voor, eis in self.eis_voor:
                if d.startswith(voor):
                    bits |= eis
            for achter, eis in self.eis_achter:
                if d.endswith(achter):
                    bits |= eis
        return bits

    def toegestaan(self, laag: str, sleutelbits: int, heeft_cijfer: bool) -> int:
        """De delen die in deze tekst mogen draaien, als bits. `sleutelbits` zijn die van alle
        woorden samen (zie `sleutelbits`)."""
        toegestaan = self.altijd | sleutelbits
        if heeft_cijfer:
            toegestaan |= self.met_cijfer_bits
        for eis, stukje in self.eis_stukjes:
            if not toegestaan & eis and stukje in laag:
                toegestaan |= eis
        vervuld = toegestaan >> len(self.alle)
        masker = self.maskers.get(vervuld)
        if masker is None:
            masker = self._masker(vervuld)
        return toegestaan & masker

    def _masker(self, vervuld: int) -> int:
        """De delen waarvan alle eisen vervuld zijn (eisbit j is bit j van `vervuld`)."""
        masker = (1 << len(self.alle)) - 1
        for j, delen in enumerate(self.eis_delen):
            if not vervuld >> j & 1:
                masker &= ~delen
        self.maskers[vervuld] = masker  # hoogstens 2 ** len(eis_delen) combinaties
        return masker

    def zoek(
        self, laag: str, kansen: Kansen, toegestaan: int
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]:
        """Termijnen, criteria en getallen (gesorteerd), zoals `finditer` per patroon ze vindt.

        Een patroon wordt alleen geprobeerd op de begins van woorden die het kunnen openen
        (`kansen`: oplopende begins met de delen uit `delen_bij` van hun reeks woordtekens die
        in deze tekst mogen, al gefilterd op `toegestaan`); na een treffer gaat het verder
        achter de treffer, net als `finditer`. `toegestaan` geldt hier nog voor `overal`.
        """
        uit: tuple[list[tuple[int, int]], ...] = ([], [], [])
        if not kansen and not self.overal:
            return uit[0], uit[1], uit[2]  # geen woord waar een deel kan beginnen
        soort = self.soort
        for i in self.overal:
            if toegestaan >> i & 1:
                uit[soort[i]].extend(m.span() for m in self.alle[i].patroon.finditer(laag))
        # Eén ronde over de woorden; per deel onthouden waar de vorige treffer eindigde. Per
        # deel blijven de begins oplopend, dus dit is wat `finditer` vindt.
        einde = [-1] * len(soort)
        passen = self.passen
        for b, ids in kansen:
            for i in ids:  # alleen delen die mogen (`Woordinfo.kansen_met`)
                if einde[i] <= b:
                    m = passen[i](laag, b)
                    if m is not None:
                        span = m.span()
                        uit[soort[i]].append(span)
                        einde[i] = span[1] if span[1] > b else b + 1
        for spans in uit:
            spans.sort()
        return uit[0], uit[1], uit[2]


def _indexeer(criterium: tuple[Deel, ...], termijn: tuple[Deel, ...], getal: Deel) -> Patronen:
    paren = [(0, d) for d in termijn] + [(1, d) for d in criterium] + [(2, getal)]
    # De zeldzame delen achteraan: dan blijven `toegestaan` en de `kansbits` van een woord
    # meestal onder 2**30, en daarop is `&` in CPython een stuk sneller dan op een groot int.
    paren.sort(key=lambda p: p[1].achteraan)
    alle = tuple(d for _s, d in paren)
    soort = tuple(s for s, _d in paren)
    op_woord: dict[str, list[int]] = {}
    for i, deel in enumerate(alle):
        for woord in deel.begin:
            op_woord.setdefault(woord, []).append(i)
    met_voorvoegsel = tuple((i, d.voorvoegsels) for i, d in enumerate(alle) if d.voorvoegsels)
    op_sleutel: dict[str, int] = {}
    for i, deel in enumerate(alle):
        for woord in deel.sleutels:
            op_sleutel[woord] = op_sleutel.get(woord, 0) | 1 << i
    # Elke verschillende eis krijgt een bit boven de delen; delen met dezelfde eis delen hem.
    eisen = list(dict.fromkeys(e for d in alle for e in d.eisen))
    eisbit = {e: 1 << (len(alle) + j) for j, e in enumerate(eisen)}
    op_eiswoord: dict[str, int] = {}
    voor: dict[str, int] = {}
    achter: dict[str, int] = {}
    for eis, bit in eisbit.items():
        for woord in eis.woorden:
            op_eiswoord[woord] = op_eiswoord.get(woord, 0) | bit
        for v in eis.voor:
            voor[v] = voor.get(v, 0) | bit
        for a in eis.achter:
            achter[a] = achter.get(a, 0) | bit
    return Patronen(
        alle=alle,
        soort=soort,
        op_woord={w: tuple(ids) for w, ids in op_woord.items()},
        met_cijfer=tuple(i for i, d in enumerate(alle) if d.cijferbegin),
        cijfer_tweede=tuple(i for i, d in enumerate(alle) if d.cijfer_tweede),
        voorvoegsels=tuple(v for _i, vs in met_voorvoegsel for v in vs),
        met_voorvoegsel=met_voorvoegsel,
        met_achter=tuple((i, d.achter) for i, d in enumerate(alle) if d.achter),
        overal=tuple(i for i, d in enumerate(alle) if d.overal),
        altijd=sum(1 << i for i, d in enumerate(alle) if d.altijd),
        met_cijfer_bits=sum(1 << i for i, d in enumerate(alle) if d.cijfer)
        | sum(bit for eis, bit in eisbit.items() if eis.cijfer),
        op_sleutel=op_sleutel,
        op_eiswoord=op_eiswoord,
        eis_voor=tuple(voor.items()),
        eis_achter=tuple(achter.items()),
        eis_stukjes=tuple((eisbit[e], s) for e in eisen for s in e.stukjes),
        eis_delen=tuple(sum(1 << i for i, d in enumerate(alle) if e in d.eisen) for e in eisen),
    )


_EERSTE: Final = re.compile(r"\w+")


def _beginwoorden(woorden: Iterable[str]) -> frozenset[str] | None:
    """Het eerste woord van elk alternatief; None als een alternatief niet met een woordteken
    begint (dan is het begin niet aan een woord te zien en zoeken we overal)."""
    uit = set()
    for woord in woorden:
        m = _EERSTE.match(woord)
        if m is None:
            return None
        uit.add(m.group())
    return frozenset(uit)


def _kernwoorden(zinnen: Iterable[str]) -> frozenset[str] | None:
    """Per zin zijn langste reeks woordtekens (het zeldzaamst: "kerstviering", niet "de"), voor
    een `Eis`: voor een patroon dat `_of(zinnen)` tussen woordgrenzen zet (`\\s+`, `\\b`), staat
    die reeks in elke treffer als heel woorddeel ("maarten" uit "sint-maarten"). Liefst niet
    de eerste ("keer" uit "elke keer"): als de zin het patroon begint, is dat het beginwoord, en
    dat staat er al als het patroon geprobeerd wordt. None (geen eis) als een zin er geen heeft."""
    uit = set()
    for zin in zinnen:
        reeksen = _EERSTE.findall(zin)
        if not reeksen:
            return None
        uit.add(max(reeksen[1:] or reeksen, key=len))
    return frozenset(uit)


def _woorden_van(lijst: Iterable[str]) -> frozenset[str]:
    return frozenset(d for w in lijst for d in re.split(r"[\s-]+", w) if d)


def _of(woorden: Iterable[str]) -> str:
    """Alternatieven, langste eerst, met flexibele spaties tussen de woorden."""
    delen = sorted({w for w in woorden if w}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in delen) + ")"


def _zonder_optie(patroon: str) -> str:
    """Elke `(?:…)?` als `(?:…|)`: dezelfde treffers, in dezelfde volgorde geprobeerd. Een
    optionele groep kost in `re` bij elke poging een herhaalteller op de heap, een lege tak niet."""
    uit: list[str] = []
    groepen: list[bool] = []  # per open haakje: is het een gewone groep `(?:`
    i, n = 0, len(patroon)
    while i < n:
        c = patroon[i]
        if c == "\\":
            uit.append(patroon[i : i + 2])
            i += 2
            continue
        if c == "[":  # een tekenklasse tot aan de sluitende ], die zelf vooraan mag staan
            j = i + 1
            j += patroon[j] == "^"
            j += patroon[j] == "]"
            while patroon[j] != "]":
                j += 2 if patroon[j] == "\\" else 1
            uit.append(patroon[i : j + 1])
            i = j + 1
            continue
        if c == "(":
            groepen.append(patroon.startswith("(?:", i))
        elif c == ")" and groepen.pop() and patroon[i + 1 : i + 2] == "?":
            if patroon[i + 2 : i + 3] not in ("?", "+"):  # niet lui of bezitterig
                uit.append("|)")
                i += 2
                continue
        uit.append(c)
        i += 1
    return "".join(uit)


def bouw_patronen(lijsten: Mapping[str, frozenset[str]]) -> Patronen:
    def lijst(naam: str) -> frozenset[str]:
        return lijsten.get(naam, frozenset())

    samengesteld = rf"(?:{'|'.join(_EENHEDEN)})[eë]n(?:{'|'.join(_TIENTALLEN)})"
    woordgetal = rf"(?:{samengesteld}|{_of(lijst('getallen.woorden') - {'beide', 'enkele'})})"
    cijfer = r"\d+(?:[.,]\d+)?"
    getal = rf"(?:{cijfer}|{woordgetal})"
    getal1 = rf"(?:{getal}|een|één)"
    maand = _of(lijst("termijn.maanden"))
    afkorting = _of(lijst("termijn.maand_afkortingen"))
    feest = _of(lijst("termijn.feestdagen"))
    eenheid = _of(lijst("termijn.eenheden"))
    periode = _of(lijst("termijn.perioden"))
    grens_t = _of(lijst("termijn.grenzen"))
    moment = _of(lijst("termijn.momenten"))
    weekdag = _of(lijst("termijn.weekdagen"))
    voorzetsel = (
        r"(?:voor|vóór|tegen|na|in|rond|rondom|begin|eind|einde|medio|halverwege|tot|vanaf|"
        r"uiterlijk|bij|met|op|per|half)"
    )
    voorzetsels = voorzetsel[3:-1].split("|")

    getalwoorden = _woorden_van(lijst("getallen.woorden")) | {"een", "één", "half", "anderhalve"}
    samengesteld_ok = frozenset(e + "en" + t for e in _EENHEDEN for t in _TIENTALLEN) | frozenset(
        e + "ën" + t for e in _EENHEDEN for t in _TIENTALLEN
    )
    getalsleutels = getalwoorden | samengesteld_ok

    # Beginwoorden per lijst; None als een woord uit de lijst niet met een woordteken begint.
    g_woorden = _beginwoorden(lijst("getallen.woorden") - {"beide", "enkele"})
    getalbegin = None if g_woorden is None else g_woorden | samengesteld_ok
    getal1begin = None if getalbegin is None else getalbegin | {"een", "één"}

    def deel(
        patroon: str,
        sleutels: Iterable[str] = (),
        cijfer: bool = False,
        *,
        begin: Iterable[Iterable[str] | None] = (),
        voor: Iterable[str] | None = (),
        cijferbegin: bool = False,
        cijfer_tweede: bool = False,
        vorm: str | None = None,
        eisen: Iterable[Eis | None] = (),
        achteraan: bool = False,
    ) -> Deel:
        woorden: set[str] = set()
        overal = voor is None
        for groep in begin:
            if groep is None:
                overal = True
            else:
                woorden.update(groep)
        return Deel(
            re.compile(_zonder_optie(patroon)),
            frozenset(sleutels),
            cijfer,
            begin=frozenset(woorden),
            voorvoegsels=tuple(sorted(voor or ())),
            cijferbegin=cijferbegin,
            cijfer_tweede=cijfer_tweede,
            overal=overal,
            vorm=re.compile(vorm) if vorm else None,
            eisen=tuple(e for e in eisen if e is not None),  # None: niet als eis te zeggen
            achteraan=achteraan,
        )

    def van(naam: str) -> frozenset[str] | None:
        return _beginwoorden(lijst(naam))

    def kern(naam: str) -> Eis | None:
        """Een woorddeel uit elk alternatief van de lijst, voor een patroon dat de lijst tussen
        woordgrenzen zet (zie `_kernwoorden`)."""
        woorden = _kernwoorden(lijst(naam))
        return None if woorden is None else Eis(woorden)

    # Een getal (`getal`, geen "een") tussen woordgrenzen: een cijfer, of een woorddeel dat het
    # eerste woord van een getalwoord is (een woordgrens erachter: het hele woorddeel).
    getaleis = None if getalbegin is None else Eis(getalbegin, cijfer=True)
    # Een maand (ook afgekort) na witruimte, maar zonder woordgrens erachter: het begin van een
    # woorddeel ("12 sept." of "12 maartje" ook).
    m_woorden, a_woorden = van("termijn.maanden"), van("termijn.maand_afkortingen")
    maandeis = (
        None
        if m_woorden is None or a_woorden is None
        else Eis(voor=tuple(sorted(m_woorden | a_woorden)))
    )

    def met(basis: Iterable[str] | None, achter: Iterable[str]) -> set[str] | None:
        """Ook aan elkaar geschreven ("tweemaal", "driekwart"): het patroon staat `\\s*` toe."""
        return None if basis is None else {b + a for b in basis for a in ("", *achter)}

    termijn = (
        deel(r"\b\d{4}-\d{1,2}-\d{1,2}\b", cijfer=True, cijferbegin=True, vorm=r"\d{4}"),
        deel(
            r"(?<!groep )\b\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?\b",
            cijfer=True,
            cijferbegin=True,
            vorm=r"\d{1,2}",
        ),
        deel(
            rf"\b\d{{1,2}}(?:e|ste|de)?\s+(?:{maand}|{afkorting}\.?)(?:\s+\d{{4}})?",
            cijfer=True,
            cijferbegin=True,
            vorm=r"\d{1,2}(?:e|ste|de)?",  # daarna witruimte: de reeks houdt daar op
            eisen=[maandeis],
        ),
        deel(
            rf"(?<!sinds )(?<!afgelopen )(?<!vorige )\b{maand}\b(?:\s+\d{{4}})?",
            lijst("termijn.maanden"),
            begin=[van("termijn.maanden")],
        ),
        deel(
            rf"\b(?:binnen|over|na|in|komende|gedurende|(?:na|voor)\s+afloop\s+van)\s+"
            rf"(?:de\s+komende\s+|ruim\s+|uiterlijk\s+|maximaal\s+|hooguit\s+)?"
            rf"(?:{getal1}|een\s+half|anderhalve?|half)\s*{eenheid}\b",
            _woorden_van(lijst("termijn.eenheden")),
            begin=[("binnen", "over", "na", "in", "komende", "gedurende", "voor")],
        ),
        Deel(
            re.compile(r"\b\w*vakantie\b"),
            frozenset(),
            achter="vakantie",
            altijd=True,
            eisen=(Eis(achter=("vakantie",)),),
        ),
        deel(
            rf"\b{voorzetsel}\s+(?:de\s+|het\s+)?{feest}\b",
            _woorden_van(lijst("termijn.feestdagen")),
            begin=[voorzetsels],
            # Niet bij elk "voor de": "kerstviering" uit "de kerstviering" moet er ook staan.
            eisen=[kern("termijn.feestdagen")],
        ),
        deel(
            rf"(?<!per )(?<!elke )(?<!iedere )"
            rf"\b(?:{grens_t}\s+(?:van\s+)?(?:de\s+|het\s+)?)?{periode}[\s-]*{getal}\b",
            _woorden_van(lijst("termijn.perioden")),
            begin=[van("termijn.grenzen")],
            voor=van("termijn.perioden"),  # "blok3": het getal mag vastzitten
        ),
        deel(
            rf"\b(?:aan\s+het\s+|tegen\s+het\s+|op\s+het\s+|bij\s+het\s+|per\s+|voor\s+het\s+)?"
            rf"{grens_t}\s+(?:van\s+)?(?:het\s+|dit\s+|deze\s+|de\s+|volgend\s+|volgende\s+)?"
            rf"(?:schooljaar|jaar|groep\s*\d+|leerjaar\s*\d+|{periode}|planperiode|maand|"
            rf"kwartaal|{maand}|{feest}|\w*vakantie|\w*periode)\b",
            _woorden_van(lijst("termijn.grenzen")),
            begin=[("aan", "tegen", "op", "bij", "per", "voor"), van("termijn.grenzen")],
        ),
        deel(
            rf"\b(?:bij|tijdens|voor|vóór|na|op|in|rond|tot|uiterlijk\s+bij)\s+(?:de|het)\s+"
            rf"(?:volgende\s+|eerstvolgende\s+|eerste\s+|tweede\s+|derde\s+|laatste\s+|"
            rf"geplande\s+|komende\s+|jaarlijkse\s+)?(?:opp-|cito-|lvs-)?{moment}\b",
            _woorden_van(lijst("termijn.momenten")),
            begin=["bij tijdens voor vóór na op in rond tot uiterlijk".split()],
            eisen=[kern("termijn.momenten")],  # "minutengesprek", niet de "10" ervan
        ),
        deel(
            r"\b(?:cito|toets|lvs)[\s-]*[me]\s?\d\b|\b[me]\d-?toets\b",
            cijfer=True,
            voor=("cito", "toets", "lvs"),
            cijfer_tweede=True,
            vorm=r"(?:cito|toets|lvs|[me]\d)\w*",  # niet bij elk getal ("10")
            eisen=[Eis(voor=("cito", "toets", "lvs"), achter=("toets",))],
            achteraan=True,
        ),
        deel(
            rf"\b(?:voor|vóór|op|uiterlijk|tot|per|a\.s\.)\s+(?:a\.s\.\s+|aanstaande\s+|"
            rf"volgende\s+)?{weekdag}\b",
            lijst("termijn.weekdagen"),
            begin=[("voor", "vóór", "op", "uiterlijk", "tot", "per", "a")],
        ),
        deel(
            r"\b(?:volgende|deze|komende)\s+(?:week|maand)\b|\b(?:volgend|dit)\s+schooljaar\b",
            {"volgende", "deze", "komende", "volgend", "dit"},
            begin=[("volgende", "deze", "komende", "volgend", "dit")],
            eisen=[Eis(frozenset({"week", "maand", "schooljaar"}))],
        ),
        deel(
            r"\bmorgen\b|\bovermorgen\b",
            {"morgen", "overmorgen"},
            begin=[("morgen", "overmorgen")],
            achteraan=True,
        ),
        deel(
            r"\b(?:in|voor|vóór|per|uiterlijk|eind|einde|begin|medio|tot)\s+20\d\d\b",
            cijfer=True,
            begin=["in voor vóór per uiterlijk eind einde begin medio tot".split()],
            eisen=[Eis(voor=("20",))],
        ),
        deel(
            r"\bschooljaar\s+20\d\d(?:\s*[-/]\s*(?:20)?\d\d)?\b",
            cijfer=True,
            begin=[("schooljaar",)],
        ),
    )

    maatwoord = _of(lijst("criterium.maatwoorden"))
    elke = _of(lijst("criterium.elke"))
    grens = _of(lijst("criterium.grens"))
    duur = _of(lijst("criterium.duur"))
    niveausleutels = set(
        "avi niveau score functioneringsniveau leerroute cijfer stap fase schaal trede woorden "
        "wpm voldoende".split()
    )
    criterium = (
        deel(
            rf"\b{getal1}\s+(?:van|uit|op)\s+(?:de\s+|het\s+|alle\s+)?{getal}\b",
            getalsleutels,
            cijfer=True,
            begin=[getal1begin],
            cijferbegin=True,
            eisen=[Eis(frozenset({"van", "uit", "op"})), getaleis],  # "van" staat los
        ),
        deel(
            rf"\b{cijfer}\s*(?:%|procent\b)",
            cijfer=True,
            cijferbegin=True,
            vorm=r"\d+(?:procent)?",  # "80", of aan elkaar: "80procent"
            eisen=[Eis(achter=("procent",), stukjes=("%",))],
        ),
        deel(rf"\b{woordgetal}\s+procent\b", {"procent"}, begin=[getalbegin]),
        deel(
            r"\b(?:de\s+)?helft\b|\b(?:een|één|twee|drie)\s*(?:kwart|derde|vierde)\b",
            _woorden_van(lijst("getallen.delen")) | {"helft", "kwart", "derde", "vierde"},
            begin=[("de", "helft"), met("een één twee drie".split(), ("kwart", "derde", "vierde"))],
            eisen=[Eis(frozenset({"helft"}), achter=("kwart", "derde", "vierde"))],
        ),
        deel(
            rf"\b(?:{getal1}|\d+x)\s*(?:keer|maal|x)\b(?:\s+(?:per|in\s+de|op\s+een|op\s+de)\s+\w+)?",
            {"keer", "maal", "x"},
            cijfer=True,
            begin=[met(getal1begin, ("keer", "maal", "x"))],
            cijferbegin=True,
            # Ook vast aan het getal ("3x", "tweemaal"), maar altijd aan het eind van een woorddeel.
            eisen=[Eis(achter=("keer", "maal", "x"))],
        ),
        deel(
            rf"(?<!\w){maatwoord}(?!\w)",
            _woorden_van(lijst("criterium.maatwoorden")),
            cijfer=True,
            begin=[van("criterium.maatwoorden")],
            eisen=[kern("criterium.maatwoorden")],  # "voldoende", niet elke "een"
        ),
        deel(rf"\b{elke}\s+\w+", lijst("criterium.elke"), begin=[van("criterium.elke")]),
        deel(
            rf"\b{grens}\s+(?:{getal1}|de\s+helft)\b(?:\s+\w+)?",
            {w.split()[0] for w in lijst("criterium.grens")},
            begin=[van("criterium.grens")],
        ),
        deel(
            rf"\b(?:{getal1}|een\s+half|anderhalf|een\s+paar)\s+{duur}\b",
            lijst("criterium.duur"),
            begin=[getal1begin, ("een", "anderhalf")],
            cijferbegin=True,
        ),
        deel(
            rf"\b(?:meer|minder|langer|korter|sneller|vaker|hoger|lager)\s+dan\s+{getal1}\b"
            rf"(?:\s+\w+)?",
            {"dan"},
            begin=[("meer", "minder", "langer", "korter", "sneller", "vaker", "hoger", "lager")],
        ),
        deel(
            r"\bavi[-\s]*(?:niveau\s*|plus\s*)?(?:[em]\s?\d+|start|plus|\d+)\b",
            {"avi"},
            voor=("avi",),
            achteraan=True,
        ),
        deel(
            r"\b(?:niveau|score|functioneringsniveau)\s+[em]\s?\d\b|\b[em][3-8]\b",
            cijfer=True,
            begin=[("niveau", "score", "functioneringsniveau"), met("em", "345678")],
        ),
        deel(
            r"\b[12][fs]\b|\bleerroute\s*\d\b",
            cijfer=True,
            begin=[("1f", "2f", "1s", "2s")],
            voor=("leerroute",),
        ),
        deel(
            rf"\b(?:niveau|score|cijfer|stap|fase|schaal|trede)\s+(?:van\s+)?(?:een\s+)?"
            rf"(?:{getal}|[ivx]{{1,3}}|[a-e])\b",
            niveausleutels,
            begin=[("niveau", "score", "cijfer", "stap", "fase", "schaal", "trede")],
        ),
        deel(
            r"\b(?:i{1,3}|iv|v|[a-e])-(?:score|niveau)\b",
            {"score", "niveau"},
            begin=[("i", "ii", "iii", "iv", "v", "a", "b", "c", "d", "e")],
            achteraan=True,
        ),
        deel(
            r"\bwoorden\s+per\s+minuut\b|\bwpm\b|\bwoorden\s+per\s+min\b",
            {"wpm", "per"},
            begin=[("woorden", "wpm")],
        ),
        deel(
            r"\b(?:een|minimaal\s+een|ten\s+minste\s+een)\s+(?:voldoende|\d+(?:[.,]\d)?)\b",
            {"voldoende"},
            cijfer=True,
            begin=[("een", "minimaal", "ten")],
        ),
    )
    # Een los getal: zonder voorwaarde, maar ook alleen op woorden die een getal kunnen zijn.
    getaldeel = deel(rf"\b(?:{getal})\b", begin=[getalbegin], cijferbegin=True)
    return _indexeer(criterium, termijn, replace(getaldeel, altijd=True))
