"""Waar een sessie in de cyclus staat: welke versie, sinds wanneer, en de metingen ervan.

Het concept (de documenten) leest deze stand, niet de sessie zelf: zo hoeft een document niet
te weten hoe versies in het bestand staan.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.model import Meting, Sessie, Versie, versienummer
from assistent.kern.sessie.velden_cyclus import TERUGBLIK
from assistent.kern.vragenlijst.modellen import Vragenlijst


@dataclass(frozen=True)
class Cyclusstand:
    versie: int = 1
    versie_datum: date | None = None  # wanneer deze versie begon (bij versie 1: leeg)
    wijziging: str = ""  # wat er bij het bijstellen veranderde
    reden: str = ""  # en waarom
    metingen: Mapping[str, tuple[Meting, ...]] = field(default_factory=dict)
    vorige: Versie | None = None  # de versie hiervoor, voor de korte evaluatie
    # De laatste jaarlijkse evaluatie met ouders in een eerdere versie (zie `Versie.evaluatie`).
    evaluatie_eerder: date | None = None


def cyclusstand(sessie: Sessie) -> Cyclusstand:
    return Cyclusstand(
        versie=versienummer(sessie),
        versie_datum=sessie.versie_datum,
        wijziging=sessie.wijziging,
        reden=sessie.reden,
        metingen={k: tuple(v) for k, v in sessie.metingen.items()},
        vorige=sessie.versies[-1] if sessie.versies else None,
        evaluatie_eerder=max((v.evaluatie for v in sessie.versies if v.evaluatie), default=None),
    )


class VersieFout(ValueError):
    """Een versie die er niet is; de tekst is voor de gebruiker."""


def zoals_versie(sessie: Sessie, nummer: int) -> Sessie:
    """De sessie zoals die in versie `nummer` was (een kopie; de geschiedenis tot dan toe).

    De huidige versie geeft de sessie zelf terug. Een kopie wordt nooit bewaard; haar id krijgt
    `-versieN` erachter, zodat een export de huidige niet overschrijft.
    """
    huidig = versienummer(sessie)
    if nummer == huidig:
        return sessie
    if not 1 <= nummer < huidig:
        raise VersieFout(f"Er is geen versie {nummer}; deze sessie heeft versie 1 tot en met "
                         f"{huidig}." if huidig > 1 else
                         f"Er is geen versie {nummer}; deze sessie heeft alleen versie 1.")
    oud = sessie.versies[nummer - 1]
    return replace(
        sessie,
        id=f"{sessie.id}-versie{nummer}",
        vragenlijsten=list(oud.vragenlijsten or sessie.vragenlijsten),
        antwoorden=dict(oud.antwoorden),
        metingen={k: list(v) for k, v in oud.metingen.items()},
        versies=list(sessie.versies[: nummer - 1]),
        versie_datum=oud.datum if nummer > 1 else None,
        wijziging=oud.wijziging,
        reden=oud.reden,
        op_schijf=None,
    )


def vul_oude_versies_aan(sessie: Sessie, lijsten: Mapping[str, Vragenlijst]) -> None:
    """Een versie uit een bestand van voor `versies.evaluatie` en `versies.terugblik` krijgt die
    uit haar eigen antwoorden (op rol, alleen wat toen zichtbaar was), zodat de termijn van een
    jaar ook daar vanaf de laatste jaarlijkse evaluatie telt. Alleen in het geheugen; bewaren
    doet de aanroeper pas als de gebruiker iets bewaart."""
    for plaats, versie in enumerate(sessie.versies, start=1):
        if versie.evaluatie is not None and versie.terugblik:
            continue
        toen = zoals_versie(sessie, plaats)
        gesprek = Gesprek(toen, [lijsten[i] for i in toen.vragenlijsten if i in lijsten])
        rollen = gesprek.per_rol()
        volgende = (sessie.versies[plaats].datum if plaats < len(sessie.versies)
                    else sessie.versie_datum)
        dag = rollen.get("evaluatie_gehouden")
        if versie.evaluatie is None and isinstance(dag, date) and (
                volgende is None or dag <= volgende):
            versie.evaluatie = dag
        if not versie.terugblik:
            versie.terugblik = terugblik_uit(rollen)


def terugblik_uit(rollen: Mapping[str, object]) -> dict[str, str]:
    """Wat kind en ouders bij een evaluatie zeiden, uit de antwoorden op rol."""
    return {rol: waarde.strip() for rol in TERUGBLIK
            if isinstance(waarde := rollen.get(rol), str) and waarde.strip()}
