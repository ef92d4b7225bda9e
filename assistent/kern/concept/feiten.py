"""Van gesprek naar feiten, en van feiten naar alinea's: de bouwstenen van elk document.

Antwoorden landen via hun `sectie`; zo komt een nieuwe vragenlijst op de goede plek zonder code
per vragenlijst.
"""

from __future__ import annotations

from assistent.kern.concept.model import (
    OPEN_PLEK,
    Alinea,
    Blok,
    Feit,
    Feiten,
    Herkomst,
    heeft_inhoud,
    nog_invullen,
)
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.taal import voornaamwoorden
from assistent.kern.vragenlijst.modellen import SECTIES, Antwoordwaarde
from assistent.kern.vragenlijst.waarden import toon


def verzamel_feiten(gesprek: Gesprek) -> Feiten:
    items = tuple(
        Feit(s.vraag, gesprek.geldig_antwoord(s.vraag), s.vragenlijst.id)
        for s in gesprek.zichtbaar()
    )
    return Feiten(items, dict(gesprek.sessie.aanvaard))


def herkomst_van(waarde: Antwoordwaarde) -> Herkomst:
    """Een tekst met open plekken komt uit een voorbeeldzin die nog persoonlijk moet worden."""
    teksten = waarde if isinstance(waarde, list) else [waarde]
    if any(isinstance(t, str) and OPEN_PLEK.search(t) for t in teksten):
        return "voorbeeldzin"
    return "antwoord"


def alinea_van(feit: Feit, sectietitel: str = "") -> Alinea | None:
    """Een antwoord als alinea; een lege of ontbrekende waarde geeft None."""
    vraag, waarde = feit.vraag, feit.waarde
    kop = "" if vraag.titel.lower() == sectietitel.lower() else vraag.titel
    if not heeft_inhoud(waarde) or waarde is None:
        return None
    if isinstance(waarde, list) and len(waarde) > 1:
        punten = tuple(toon(vraag, [w]) for w in waarde)
        return Alinea("", herkomst_van(waarde), kop, punten, vraag.id)
    return Alinea(toon(vraag, waarde), herkomst_van(waarde), kop, (), vraag.id)


def generieke_blokken(
    feiten: Feiten, secties: tuple[str, ...], titel: str, *, zonder: frozenset[str] = frozenset()
) -> list[Blok]:
    """De antwoorden van een of meer secties, met een open plek voor wat verplicht ontbreekt.

    `zonder` zijn rollen die elders in het document een eigen plek hebben.
    """
    blokken: list[Blok] = []
    open_: list[Alinea] = []
    for feit in feiten.in_sectie(*secties):
        if feit.vraag.rol in zonder:
            continue
        alinea = alinea_van(feit, titel)
        if alinea is not None:
            blokken.append(alinea)
        elif feit.vraag.verplicht:
            wat = feit.vraag.titel
            open_.append(Alinea(nog_invullen(wat.lower()), "ontbreekt", wat, (), feit.vraag.id))
    if not blokken:
        return [Alinea(nog_invullen(titel.lower()), "ontbreekt")]
    return blokken + open_


def sectietitel(sleutel: str) -> str:
    return SECTIES.get(sleutel, sleutel)


def vormen(feiten: Feiten) -> dict[str, str]:
    """Naam en voornaamwoorden voor afgeleide zinnen ('wat {hij} zelf doet')."""
    return voornaamwoorden({rol: feiten.rol(rol) for rol in ("naam", "voornaamwoord")})
