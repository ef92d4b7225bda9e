"""Het eigen doel van het kind naast de doelen van de school.

Het kind zegt 'de tafels van 6 en 7', het OPP 'de tafels van 6, 7 en 8': dat kan bewust zijn,
maar het moet dan wel besproken worden. We zoeken het OPP-doel dat het meest op het kinddoel
lijkt (dezelfde inhoudswoorden) en vergelijken de getallen erin, ook als ze voluit staan.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from assistent.kern.concept.termijnen import getal
from assistent.kern.concept.zinnen import inhoudswoorden

# Woorden die in elk doel staan en dus niets zeggen over welk doel het is.
_ALGEMEEN = frozenset(
    "ik mijn mij me goed beter binnen weken week keer lessen les uit kan wil leren doe".split()
)
# 'een' is bijna altijd een lidwoord; 'één' telt wel.
_GETAL = re.compile(r"\b(\d+|" + "|".join(
    ("één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
     "elf", "twaalf")) + r")\b", re.IGNORECASE)
MINSTE_OVERLAP = 2


@dataclass(frozen=True)
class Vergelijking:
    """Het OPP-doel dat bij het kinddoel hoort (0-based) en de getallen die verschillen."""

    index: int
    alleen_kind: tuple[int, ...]
    alleen_school: tuple[int, ...]

    @property
    def wijkt_af(self) -> bool:
        return bool(self.alleen_kind or self.alleen_school)


def _woorden(tekst: str, naam: str) -> set[str]:
    return {w for w in inhoudswoorden(tekst) if w not in _ALGEMEEN and w != naam.lower()
            and getal(w) is None}


def _getallen(tekst: str) -> Counter[int]:
    return Counter(g for m in _GETAL.finditer(tekst) if (g := getal(m.group(1))) is not None)


def _lijkt(a: str, b: str) -> bool:
    """'reken' en 'rekent', 'sommen' en 'keersommen': hetzelfde woord voor een kind en een IB'er."""
    if len(a) < 4 or len(b) < 4:
        return a == b
    return a in b or b in a or a[:5] == b[:5]


def _overlap(eigen: set[str], ander: set[str]) -> int:
    return sum(1 for w in eigen if any(_lijkt(w, a) for a in ander))


def vergelijk(kinddoel: str, doelen: Sequence[str], naam: str = "") -> Vergelijking | None:
    """Het best passende OPP-doel en wat er aan getallen verschilt; None als geen doel past."""
    eigen = _woorden(kinddoel, naam)
    scores = [_overlap(eigen, _woorden(doel, naam)) for doel in doelen]
    if not scores or max(scores) < MINSTE_OVERLAP:
        return None
    index = scores.index(max(scores))
    kind, school = _getallen(kinddoel), _getallen(doelen[index])
    return Vergelijking(
        index,
        tuple(sorted((kind - school).elements())),
        tuple(sorted((school - kind).elements())),
    )
