"""Naam en voornaamwoorden in teksten: 'hij werkt', 'zij werkt', 'hen werkt'."""

from __future__ import annotations

from collections.abc import Mapping

from assistent.kern import jinja

VORMEN: dict[str, dict[str, str]] = {
    "hij": {"hij": "hij", "hem": "hem", "zijn": "zijn"},
    "zij": {"hij": "zij", "hem": "haar", "zijn": "haar"},
    "hen": {"hij": "hen", "hem": "hen", "zijn": "hun"},
}
# Zonder gekozen voornaamwoord schrijven we neutraal over 'de leerling'.
_ONBEKEND = {"hij": "de leerling", "hem": "de leerling", "zijn": "zijn/haar"}

NAMEN = frozenset({"naam", "hij", "hem", "zijn", "Hij", "Hem", "Zijn", "Naam"})


def voornaamwoorden(context: Mapping[str, object]) -> dict[str, str]:
    """`naam`, `hij`, `hem`, `zijn` en de vormen met hoofdletter voor een zinsbegin."""
    keuze = str(context.get("voornaamwoord") or "")
    vormen = VORMEN.get(keuze, _ONBEKEND)
    naam = str(context.get("naam") or "de leerling")
    uit = {"naam": naam, "Naam": naam[:1].upper() + naam[1:]}
    for sleutel, waarde in vormen.items():
        uit[sleutel] = waarde
        uit[sleutel.capitalize()] = waarde[:1].upper() + waarde[1:]
    return uit


def vul_in(tekst: str, context: Mapping[str, object]) -> str:
    """Vult `{{ naam }}`, `{{ hij }}` en eerdere antwoorden in een tekst in.

    Antwoorden blijven gegevens, nooit sjabloontekst. Een tekst die niet te verwerken is (een
    tikfout in een eigen vragenlijst) komt ongewijzigd terug: liever de ruwe tekst op het scherm
    dan een foutmelding midden in het gesprek.
    """
    if "{" not in tekst:
        return tekst
    try:
        return jinja.vul_in(tekst, {**context, **voornaamwoorden(context)})
    except Exception:  # een fout in een eigen sjabloon toont de ruwe tekst
        return tekst
