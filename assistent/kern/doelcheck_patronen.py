"""Reguliere patronen voor criterium, termijn en getallen, gebouwd uit de woordenlijsten.

Patronen werken op de tekst in kleine letters (even lang als het origineel), zodat elke vondst
meteen de juiste tekenposities in de oorspronkelijke tekst heeft.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_EENHEDEN = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_TIENTALLEN = (
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "zestig",
    "zeventig",
    "tachtig",
    "negentig",
)


@dataclass(frozen=True)
class Deel:
    """Eén patroon met een snelle voorwaarde: het draait alleen als een sleutelwoord of cijfer
    in de tekst staat. Eén grote alternatie kost ~70 µs per doel, zo blijft het een fractie."""

    patroon: re.Pattern[str]
    sleutels: frozenset[str]
    cijfer: bool = False
    stukje: str = ""

    def zoek(self, laag: str, woorden: frozenset[str], heeft_cijfer: bool) -> list[tuple[int, int]]:
        if not (
            (self.cijfer and heeft_cijfer)
            or not self.sleutels.isdisjoint(woorden)
            or (self.stukje and self.stukje in laag)
        ):
            return []
        return [m.span() for m in self.patroon.finditer(laag)]


@dataclass(frozen=True)
class Patronen:
    criterium: tuple[Deel, ...]
    termijn: tuple[Deel, ...]
    getal: re.Pattern[str]


def zoek_alle(
    delen: tuple[Deel, ...], laag: str, woorden: frozenset[str], heeft_cijfer: bool
) -> list[tuple[int, int]]:
    return sorted(s for d in delen for s in d.zoek(laag, woorden, heeft_cijfer))


def _woorden_van(lijst: Iterable[str]) -> frozenset[str]:
    return frozenset(d for w in lijst for d in re.split(r"[\s-]+", w) if d)


def _of(woorden: Iterable[str]) -> str:
    """Alternatieven, langste eerst, met flexibele spaties tussen de woorden."""
    delen = sorted({w for w in woorden if w}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in delen) + ")"


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

    getalwoorden = _woorden_van(lijst("getallen.woorden")) | {"een", "één", "half", "anderhalve"}
    samengesteld_ok = frozenset(e + "en" + t for e in _EENHEDEN for t in _TIENTALLEN) | frozenset(
        e + "ën" + t for e in _EENHEDEN for t in _TIENTALLEN
    )
    getalsleutels = getalwoorden | samengesteld_ok

    def deel(patroon: str, sleutels: Iterable[str] = (), cijfer: bool = False) -> Deel:
        return Deel(re.compile(patroon), frozenset(sleutels), cijfer)

    termijn = (
        deel(r"\b\d{4}-\d{1,2}-\d{1,2}\b", cijfer=True),
        deel(r"(?<!groep )\b\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?\b", cijfer=True),
        deel(rf"\b\d{{1,2}}(?:e|ste|de)?\s+(?:{maand}|{afkorting}\.?)(?:\s+\d{{4}})?", cijfer=True),
        deel(
            rf"(?<!sinds )(?<!afgelopen )(?<!vorige )\b{maand}\b(?:\s+\d{{4}})?",
            lijst("termijn.maanden"),
        ),
        deel(
            rf"\b(?:binnen|over|na|in|komende|gedurende|(?:na|voor)\s+afloop\s+van)\s+"
            rf"(?:de\s+komende\s+|ruim\s+|uiterlijk\s+|maximaal\s+|hooguit\s+)?"
            rf"(?:{getal1}|een\s+half|anderhalve?|half)\s*{eenheid}\b",
            _woorden_van(lijst("termijn.eenheden")),
        ),
        Deel(re.compile(r"\b\w*vakantie\b"), frozenset(), stukje="vakantie"),
        deel(
            rf"\b{voorzetsel}\s+(?:de\s+|het\s+)?{feest}\b",
            _woorden_van(lijst("termijn.feestdagen")),
        ),
        deel(
            rf"(?<!per )(?<!elke )(?<!iedere )"
            rf"\b(?:{grens_t}\s+(?:van\s+)?(?:de\s+|het\s+)?)?{periode}[\s-]*{getal}\b",
            _woorden_van(lijst("termijn.perioden")),
        ),
        deel(
            rf"\b(?:aan\s+het\s+|tegen\s+het\s+|op\s+het\s+|bij\s+het\s+|per\s+|voor\s+het\s+)?"
            rf"{grens_t}\s+(?:van\s+)?(?:het\s+|dit\s+|deze\s+|de\s+|volgend\s+|volgende\s+)?"
            rf"(?:schooljaar|jaar|groep\s*\d+|leerjaar\s*\d+|{periode}|planperiode|maand|"
            rf"kwartaal|{maand}|{feest}|\w*vakantie|\w*periode)\b",
            _woorden_van(lijst("termijn.grenzen")),
        ),
        deel(
            rf"\b(?:bij|tijdens|voor|vóór|na|op|in|rond|tot|uiterlijk\s+bij)\s+(?:de|het)\s+"
            rf"(?:volgende\s+|eerstvolgende\s+|eerste\s+|tweede\s+|derde\s+|laatste\s+|"
            rf"geplande\s+|komende\s+|jaarlijkse\s+)?(?:opp-|cito-|lvs-)?{moment}\b",
            _woorden_van(lijst("termijn.momenten")),
        ),
        deel(r"\b(?:cito|toets|lvs)[\s-]*[me]\s?\d\b|\b[me]\d-?toets\b", cijfer=True),
        deel(
            rf"\b(?:voor|vóór|op|uiterlijk|tot|per|a\.s\.)\s+(?:a\.s\.\s+|aanstaande\s+|"
            rf"volgende\s+)?{weekdag}\b",
            lijst("termijn.weekdagen"),
        ),
        deel(
            r"\b(?:volgende|deze|komende)\s+(?:week|maand)\b|\b(?:volgend|dit)\s+schooljaar\b",
            {"volgende", "deze", "komende", "volgend", "dit"},
        ),
        deel(r"\bmorgen\b|\bovermorgen\b", {"morgen", "overmorgen"}),
        deel(
            r"\b(?:in|voor|vóór|per|uiterlijk|eind|einde|begin|medio|tot)\s+20\d\d\b", cijfer=True
        ),
        deel(r"\bschooljaar\s+20\d\d(?:\s*[-/]\s*(?:20)?\d\d)?\b", cijfer=True),
    )

    maatwoord = _of(lijst("criterium.maatwoorden"))
    elke = _of(lijst("criterium.elke"))
    grens = _of(lijst("criterium.grens"))
    duur = _of(lijst("criterium.duur"))
    niveausleutels = {
        "avi",
        "niveau",
        "score",
        "functioneringsniveau",
        "leerroute",
        "cijfer",
        "stap",
        "fase",
        "schaal",
        "trede",
        "woorden",
        "wpm",
        "voldoende",
    }
    criterium = (
        deel(
            rf"\b{getal1}\s+(?:van|uit|op)\s+(?:de\s+|het\s+|alle\s+)?{getal}\b",
            getalsleutels,
            cijfer=True,
        ),
        deel(rf"\b{cijfer}\s*(?:%|procent\b)", cijfer=True),
        deel(rf"\b{woordgetal}\s+procent\b", {"procent"}),
        deel(
            r"\b(?:de\s+)?helft\b|\b(?:een|één|twee|drie)\s*(?:kwart|derde|vierde)\b",
            _woorden_van(lijst("getallen.delen")) | {"helft", "kwart", "derde", "vierde"},
        ),
        deel(
            rf"\b(?:{getal1}|\d+x)\s*(?:keer|maal|x)\b(?:\s+(?:per|in\s+de|op\s+een|op\s+de)\s+\w+)?",
            {"keer", "maal", "x"},
            cijfer=True,
        ),
        deel(
            rf"(?<!\w){maatwoord}(?!\w)",
            _woorden_van(lijst("criterium.maatwoorden")),
            cijfer=True,
        ),
        deel(rf"\b{elke}\s+\w+", lijst("criterium.elke")),
        deel(
            rf"\b{grens}\s+(?:{getal1}|de\s+helft)\b(?:\s+\w+)?",
            {w.split()[0] for w in lijst("criterium.grens")},
        ),
        deel(
            rf"\b(?:{getal1}|een\s+half|anderhalf|een\s+paar)\s+{duur}\b",
            lijst("criterium.duur"),
        ),
        deel(
            rf"\b(?:meer|minder|langer|korter|sneller|vaker|hoger|lager)\s+dan\s+{getal1}\b"
            rf"(?:\s+\w+)?",
            {"dan"},
        ),
        deel(r"\bavi[-\s]*(?:niveau\s*|plus\s*)?(?:[em]\s?\d+|start|plus|\d+)\b", {"avi"}),
        deel(r"\b(?:niveau|score|functioneringsniveau)\s+[em]\s?\d\b|\b[em][3-8]\b", cijfer=True),
        deel(r"\b[12][fs]\b|\bleerroute\s*\d\b", cijfer=True),
        deel(
            rf"\b(?:niveau|score|cijfer|stap|fase|schaal|trede)\s+(?:van\s+)?(?:een\s+)?"
            rf"(?:{getal}|[ivx]{{1,3}}|[a-e])\b",
            niveausleutels,
        ),
        deel(r"\b(?:i{1,3}|iv|v|[a-e])-(?:score|niveau)\b", {"score", "niveau"}),
        deel(r"\bwoorden\s+per\s+minuut\b|\bwpm\b|\bwoorden\s+per\s+min\b", {"wpm", "per"}),
        deel(
            r"\b(?:een|minimaal\s+een|ten\s+minste\s+een)\s+(?:voldoende|\d+(?:[.,]\d)?)\b",
            {"voldoende"},
            cijfer=True,
        ),
    )
    return Patronen(
        criterium=criterium,
        termijn=termijn,
        getal=re.compile(rf"\b(?:{getal})\b"),
    )
