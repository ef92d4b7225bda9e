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
class Patronen:
    criterium: re.Pattern[str]
    termijn: re.Pattern[str]
    getal: re.Pattern[str]


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

    termijn = "|".join(
        [
            r"\b\d{4}-\d{1,2}-\d{1,2}\b",
            r"\b\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?\b",
            rf"\b\d{{1,2}}(?:e|ste|de)?\s+(?:{maand}|{afkorting}\.?)(?:\s+\d{{4}})?",
            rf"(?<!sinds )(?<!afgelopen )(?<!vorige )\b{maand}\b(?:\s+\d{{4}})?",
            rf"\b(?:binnen|over|na|in|komende|gedurende|(?:na|voor)\s+afloop\s+van)\s+"
            rf"(?:de\s+komende\s+|ruim\s+|uiterlijk\s+|maximaal\s+|hooguit\s+)?"
            rf"(?:{getal1}|een\s+half|anderhalve?|half)\s*{eenheid}\b",
            r"\b\w*vakantie\b",
            rf"\b{voorzetsel}\s+(?:de\s+|het\s+)?{feest}\b",
            rf"\b(?:{grens_t}\s+(?:van\s+)?(?:de\s+|het\s+)?)?{periode}[\s-]*{getal}\b",
            rf"\b(?:aan\s+het\s+|tegen\s+het\s+|op\s+het\s+|bij\s+het\s+|per\s+|voor\s+het\s+)?"
            rf"{grens_t}\s+(?:van\s+)?(?:het\s+|dit\s+|deze\s+|de\s+|volgend\s+|volgende\s+)?"
            rf"(?:schooljaar|jaar|groep\s*\d+|leerjaar\s*\d+|{periode}|planperiode|maand|"
            rf"kwartaal|{maand}|{feest}|\w*vakantie|\w*periode)\b",
            rf"\b(?:bij|tijdens|voor|vóór|na|op|in|rond|tot|uiterlijk\s+bij)\s+(?:de|het)\s+"
            rf"(?:volgende\s+|eerstvolgende\s+|eerste\s+|tweede\s+|derde\s+|laatste\s+|"
            rf"geplande\s+|komende\s+|jaarlijkse\s+)?(?:opp-|cito-|lvs-)?{moment}\b",
            r"\b(?:cito|toets|lvs)[\s-]*[me]\s?\d\b|\b[me]\d-?toets\b",
            rf"\b(?:voor|vóór|op|uiterlijk|tot|per|a\.s\.)\s+(?:a\.s\.\s+|aanstaande\s+|"
            rf"volgende\s+)?{weekdag}\b",
            r"\b(?:volgende|deze|komende)\s+(?:week|maand)\b|\b(?:volgend|dit)\s+schooljaar\b",
            r"\bmorgen\b|\bovermorgen\b",
            r"\b(?:in|voor|vóór|per|uiterlijk|eind|einde|begin|medio|tot)\s+20\d\d\b",
            r"\bschooljaar\s+20\d\d(?:\s*[-/]\s*(?:20)?\d\d)?\b",
        ]
    )

    maatwoord = _of(lijst("criterium.maatwoorden"))
    elke = _of(lijst("criterium.elke"))
    grens = _of(lijst("criterium.grens"))
    duur = _of(lijst("criterium.duur"))
    criterium = "|".join(
        [
            rf"\b{getal1}\s+(?:van|uit|op)\s+(?:de\s+|het\s+|alle\s+)?{getal}\b",
            rf"\b{cijfer}\s*(?:%|procent\b)|\b{woordgetal}\s+procent\b",
            r"\b(?:de\s+)?helft\b|\b(?:een|één|twee|drie)\s*(?:kwart|derde|vierde)\b",
            rf"\b(?:{getal1}|\d+x)\s*(?:keer|maal|x)\b(?:\s+(?:per|in\s+de|op\s+een|op\s+de)\s+\w+)?",
            r"\b\d+\s*x\b",
            rf"(?<!\w){maatwoord}(?!\w)",
            rf"\b{elke}\s+\w+",
            rf"\b{grens}\s+(?:{getal1}|de\s+helft)\b(?:\s+\w+)?",
            rf"\b(?:{getal1}|een\s+half|anderhalf|een\s+paar)\s+{duur}\b",
            rf"\b(?:meer|minder|langer|korter|sneller|vaker|hoger|lager)\s+dan\s+{getal1}\b(?:\s+\w+)?",
            r"\bavi[-\s]*(?:niveau\s*|plus\s*)?(?:[em]\s?\d+|start|plus|\d+)\b",
            r"\b(?:niveau|score|functioneringsniveau)\s+[em]\s?\d\b|\b[em][3-8]\b",
            r"\b[12][fs]\b|\bleerroute\s*\d\b",
            rf"\b(?:niveau|score|cijfer|stap|fase|schaal|trede)\s+(?:van\s+)?(?:een\s+)?"
            rf"(?:{getal}|[ivx]{{1,3}}|[a-e])\b",
            r"\b(?:i{1,3}|iv|v|[a-e])-(?:score|niveau)\b",
            r"\bwoorden\s+per\s+minuut\b|\bwpm\b|\bwoorden\s+per\s+min\b",
            r"\b(?:een|minimaal\s+een|ten\s+minste\s+een)\s+(?:voldoende|goed|\d+(?:[.,]\d)?)\b",
        ]
    )
    return Patronen(
        criterium=re.compile(criterium),
        termijn=re.compile(termijn),
        getal=re.compile(rf"\b(?:{getal})\b"),
    )
