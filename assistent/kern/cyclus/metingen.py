"""Metingen bij de doelen van het huidige OPP: toevoegen, en per doel laten zien wat ze zeggen.

Een doel heet hier naar zijn nummer in het OPP (1, 2, 3 ...), in dezelfde volgorde als de
doelentabel: de vragen met de rol `doel`, in gespreksvolgorde. De nulmeting is de eerste
meting, de beginsituatie; daarna volgen de metingen in volgorde van datum.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from assistent.kern.cyclus.criterium import gehaald, norm
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.model import Meting, versienummer
from assistent.kern.tekens import zonder_stuurtekens

MAX_WAARDE = 200  # een meting is kort: "3 van de 5 kringgesprekken"


class MetingFout(ValueError):
    """Een meting die niet kan; de tekst is voor de gebruiker en noemt geen antwoorden."""


def doelen_per_vraag(gesprek: Gesprek) -> list[tuple[str, str]]:
    """(vraag-id, doel) voor elk doel van het huidige OPP, in de volgorde van het OPP."""
    uit: list[tuple[str, str]] = []
    for stap in gesprek.zichtbaar():
        if stap.vraag.rol != "doel":
            continue
        waarde = gesprek.geldig_antwoord(stap.vraag)
        items = waarde if isinstance(waarde, list) else [waarde] if waarde else []
        uit.extend((stap.vraag.id, str(item)) for item in items if item)
    return uit


def huidige_doelen(gesprek: Gesprek) -> list[str]:
    """De doelen van het huidige OPP, in de volgorde (en dus met de nummers) van het OPP: dezelfde
    die de evaluatie per doel langsloopt."""
    return gesprek.doelen()


def voeg_toe(gesprek: Gesprek, nummer: int, waarde: str, datum: date | None = None) -> Meting:
    """Zet een meting bij doel `nummer`; bewaren doet de aanroeper (`Werkruimte.bewaar`)."""
    doelen = huidige_doelen(gesprek)
    if not doelen:
        raise MetingFout("Deze sessie heeft nog geen doelen; vul eerst de doelen in.")
    if not 1 <= nummer <= len(doelen):
        raise MetingFout(f"Er is geen doel {nummer}; kies een nummer van 1 tot en met "
                         f"{len(doelen)}, zoals in het OPP.")
    tekst = " ".join(zonder_stuurtekens(waarde).split())
    if not tekst:
        raise MetingFout("Een meting heeft een waarde nodig, zoals '3 van de 5 lessen'.")
    if len(tekst) > MAX_WAARDE:
        raise MetingFout(f"Een meting is hooguit {MAX_WAARDE} tekens; schrijf de toelichting "
                         "liever bij de evaluatie.")
    meting = Meting(datum=datum or date.today(), waarde=tekst)
    sessie = gesprek.sessie
    lijst = [*sessie.metingen.get(str(nummer), []), meting]
    sessie.metingen = {**sessie.metingen,
                       str(nummer): sorted(lijst, key=lambda m: m.datum)}
    return meting


def overzicht(doelen: list[str], metingen: dict[str, list[Meting]]) -> list[dict[str, Any]]:
    """Per doel de metingen en, waar te rekenen, of het criterium gehaald is (JSON-klaar).

    `criterium_gehaald` zegt het van de laatste meting: true, false, of null als het niet te
    rekenen is (geen metingen, of een doel zonder "x van de y", tempo of percentage).
    """
    uit = []
    for nummer, doel in enumerate(doelen, start=1):
        lijst = metingen.get(str(nummer), [])
        laatste = gehaald(doel, lijst[-1].waarde) if lijst else None
        uit.append({
            "doel": nummer,
            "tekst": doel,
            "rekenbaar": norm(doel) is not None,
            "metingen": [{"datum": m.datum.isoformat(), "waarde": m.waarde,
                          "gehaald": gehaald(doel, m.waarde)} for m in lijst],
            "criterium_gehaald": laatste,
        })
    return uit


def versie_overzicht(gesprek: Gesprek) -> dict[str, Any]:
    """Voor `invullen --json`: het versienummer en per doel de metingen."""
    sessie = gesprek.sessie
    return {
        "versie": versienummer(sessie),
        "doelen": overzicht(huidige_doelen(gesprek), sessie.metingen),
    }

