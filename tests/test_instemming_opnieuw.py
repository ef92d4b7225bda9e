"""De kern beslist of ouders opnieuw moeten instemmen na bijstellen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistent.kern.cyclus.bijstellen import bijstel, instemming_opnieuw_nodig
from assistent.kern.cyclus.metingen import MetingFout, voeg_toe
from assistent.kern.demo import maak_demo
from assistent.kern.werkruimte import Werkruimte


def test_alles_doorzetten_laat_de_instemming_staan(tmp_path: Path) -> None:
    gesprek, _ = maak_demo(Werkruimte.laad(tmp_path))
    voor = instemming_opnieuw_nodig(gesprek)
    bijstel(gesprek, date(2027, 1, 18), besluiten={}, herschreven={}, oordelen={}, nieuw=[],
            wijziging="", reden="")
    assert instemming_opnieuw_nodig(gesprek) == voor


def test_een_afgesloten_doel_vraagt_opnieuw_om_instemming(tmp_path: Path) -> None:
    gesprek, _ = maak_demo(Werkruimte.laad(tmp_path))
    assert not instemming_opnieuw_nodig(gesprek)  # het demo-OPP heeft instemming
    bijstel(gesprek, date(2027, 1, 18), besluiten={1: "afsluiten"}, herschreven={},
            oordelen={1: "behaald"}, nieuw=[], wijziging="", reden="")
    assert instemming_opnieuw_nodig(gesprek)


def test_bijstellen_voor_de_laatste_meting_kan_niet_en_verandert_niets(tmp_path: Path) -> None:
    gesprek, _pad = maak_demo(Werkruimte.laad(tmp_path))
    voeg_toe(gesprek, 1, "3 van de 5 rekenlessen", date(2027, 3, 1))
    voor = gesprek.sessie.antwoorden.copy()
    with pytest.raises(MetingFout, match="01-03-2027"):
        bijstel(gesprek, date(2027, 2, 26), besluiten={1: "afsluiten"})
    assert gesprek.sessie.antwoorden == voor and not gesprek.sessie.versies
