"""Doelen die de aanpak van de volwassene beschrijven, en het sjabloon als de zin niet te
houden is: het voorstel noemt de leerling, houdt een gevonden termijn heel en neemt geen los
aantal van het aanbod over."""

from __future__ import annotations

import pytest

from assistent.kern.doelcheck import beoordeel


@pytest.mark.parametrize("tekst", [
    "Twee woorden per dag aanbieden, uitleggen en herhalen.",
    "Elke ochtend de planning voordoen en samen oefenen.",
    "Drie keer per week extra instructie geven en de sommen bespreken.",
])
def test_een_rij_hele_werkwoorden_zonder_onderwerp_is_de_aanpak(tekst: str) -> None:
    oordeel = beoordeel(tekst, "Noor")
    assert "gedrag" in oordeel.ontbreekt
    assert "Noor" in oordeel.suggestie


@pytest.mark.parametrize("tekst", [
    "Er worden minimaal 10 nieuwe woorden per week uitgelegd.",
    "Twee woorden per dag aanbieden, uitleggen en herhalen.",
    "Dit lukt steeds beter.",
])
def test_een_woord_vooraan_dat_geen_persoon_is_wordt_niet_het_onderwerp(tekst: str) -> None:
    oordeel = beoordeel(tekst, "Noor")
    assert "Noor" in oordeel.suggestie
    eerste = tekst.split()[0]
    assert f"{eerste} [" not in oordeel.suggestie and f"] {eerste} " not in oordeel.suggestie
    assert not any(f" {eerste} " in f" {v} " for v in oordeel.vervolgvragen)


def test_het_sjabloon_houdt_voorzetsel_en_lidwoord_van_de_termijn() -> None:
    oordeel = beoordeel("De kinderen hebben de woorden aangeboden gekregen voor de "
                        "kerstvakantie.", "Noor")
    assert oordeel.suggestie.startswith("Voor de kerstvakantie ")


def test_het_sjabloon_neemt_geen_los_aantal_uit_het_aanbod_over() -> None:
    oordeel = beoordeel("Er worden minimaal 10 nieuwe woorden per week uitgelegd.", "Noor")
    assert "minimaal 10" not in oordeel.suggestie
    assert "[x]" in oordeel.suggestie
