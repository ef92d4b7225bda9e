"""Kleine taalregels voor documenten die lezen alsof een mens ze schreef.

Een optielabel uit een vragenlijst is geschreven voor elk kind ('doet zijn of haar best'); in het
document van één kind staat het juiste voornaamwoord. Een label dat de kop herhaalt, valt weg.
Een geciteerd doel krijgt zijn leestekens buiten de aanhalingstekens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# 'zijn of haar', 'hij/zij', 'hem of haar': labels die voor elk kind moeten passen.
_VOORNAAMWOORDEN = (
    (re.compile(r"\b(zijn|haar)\s*(?:of|/)\s*(zijn|haar)\b", re.IGNORECASE), "zijn"),
    (re.compile(r"\b(hij|zij|ze)\s*(?:of|/)\s*(hij|zij|ze)\b", re.IGNORECASE), "hij"),
    (re.compile(r"\b(hem|haar)\s*(?:of|/)\s*(hem|haar)\b", re.IGNORECASE), "hem"),
)
# Woorden die in een label niets zeggen over de inhoud ('Welke afwijkingen', 'Zo is …').
_LEEG = frozenset(
    "de het een van in op met voor en of bij aan te tot wat welke wie hoe waar wanneer waarom zo "
    "is zijn er dit dat deze die nu ook nog door over per als om".split()
)
_WOORD = re.compile(r"[^\W\d_]+")
_ZIN = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9‘'\"(])")


def met_voornaamwoord(tekst: str, vormen: Mapping[str, str]) -> str:
    """'doet zijn of haar best' wordt 'doet zijn best' als het voornaamwoord bekend is."""
    if not vormen.get("bekend"):
        return tekst
    for patroon, vorm in _VOORNAAMWOORDEN:
        nieuw = vormen[vorm]
        tekst = patroon.sub(lambda m: _zelfde_hoofdletter(m.group(0), nieuw), tekst)  # noqa: B023
    return tekst


def _zelfde_hoofdletter(origineel: str, nieuw: str) -> str:
    return nieuw[:1].upper() + nieuw[1:] if origineel[:1].isupper() else nieuw


def inhoudswoorden(tekst: str) -> list[str]:
    return [w for w in (m.group(0).lower() for m in _WOORD.finditer(tekst)) if w not in _LEEG]


def label_is_overbodig(label: str, *context: str) -> bool:
    """Een label dat niets toevoegt aan de kop erboven of het begin van het antwoord.

    'Beginsituatie (nulmeting)' boven 'Nulmeting (turflijst …)' in de sectie 'Beginsituatie':
    elk woord van het label staat er al. Een woord telt ook als het in een langer woord zit
    ('programma' in 'onderwijsprogramma').
    """
    woorden = inhoudswoorden(label)
    if not woorden:  # 'Wie', 'Wanneer': kort, maar zonder label zegt het antwoord niets
        return False
    omgeving = " ".join(c.lower() for c in context)
    return all(w in omgeving for w in woorden)


def begin(tekst: str, woorden: int = 6) -> str:
    """De eerste woorden van een tekst: genoeg om te zien of een label ze herhaalt."""
    return " ".join(tekst.split()[:woorden])


def citaat(tekst: str) -> str:
    """Een doel of uitspraak tussen aanhalingstekens, zonder punt binnen de tekens: zo staat er
    nooit '…lezen.'. Maak…' in een zin."""
    return f"‘{tekst.strip().rstrip('.!? ')}’"


def zinnen(tekst: str) -> list[str]:
    """Een tekst in zinnen, voor de controle dat niets twee keer in een document staat."""
    return [z.strip() for deel in tekst.split("\n") for z in _ZIN.split(deel) if z.strip()]


def is_ikvorm(tekst: str) -> bool:
    """Of een tekst in de ik-vorm staat: dan zijn het de woorden van het kind zelf."""
    woorden = {w.lower() for w in _WOORD.findall(tekst)}
    return bool(woorden & {"ik", "mij", "mijn", "me"})


def samen(delen: Iterable[str], slot: str = "en") -> str:
    """'a, b en c'."""
    lijst = [d for d in delen if d]
    if len(lijst) <= 1:
        return "".join(lijst)
    return f"{', '.join(lijst[:-1])} {slot} {lijst[-1]}"
