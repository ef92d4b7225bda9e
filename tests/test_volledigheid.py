"""De volledigheidscheck: elke controle slaagt bij een compleet OPP en faalt waar het schort."""

from __future__ import annotations

from datetime import date

import pytest

from assistent.kern.concept.bouwen import bouw_concept, controles
from assistent.kern.concept.volledigheid import Controle, controleer
from tests.golden.sessie import VAAG, VANDAAG, Bouw, gesprek, nep_doelcheck


def uitslag(**wijzigingen: object) -> dict[str, Controle]:
    return {c.onderdeel: c for c in controles(gesprek(**wijzigingen), doelcheck=nep_doelcheck)}


def test_een_compleet_opp_doorstaat_elke_controle() -> None:
    controles = uitslag()
    assert [c.onderdeel for c in controles.values() if not c.ok] == []
    assert len(controles) == 15


def test_een_controle_is_een_dict_met_onderdeel_ok_en_uitleg() -> None:
    c = Controle("Lengte", True, "Ongeveer 2 A4.")
    assert c.als_dict() == {"onderdeel": "Lengte", "ok": True, "uitleg": "Ongeveer 2 A4."}


def test_de_check_gaat_alleen_over_het_opp() -> None:
    concept = bouw_concept(gesprek(), "kinddeel", vandaag=VANDAAG, doelcheck=nep_doelcheck)
    with pytest.raises(ValueError):
        controleer(concept)


@pytest.mark.parametrize(("onderdeel", "wijziging", "woord"), [
    ("Factoren", {"belemmerend_thuis": None, "gedrag_signalen": None}, "belemmerende"),
    ("Factoren", {"bevorderend_kind": None, "bevorderend_onderwijs": None,
                  "factoren_toelichting": None}, "bevorderende"),
    ("Uitstroomperspectief", {"uitstroom_nu": None}, "onderbouwing"),
    ("Uitstroomperspectief", {"uitstroom": None}, "uitstroomperspectief"),
    ("Handelingsdeel", {"aanpak": None}, "aanpak"),
    ("Handelingsdeel", {"afspraken_leerling": None}, "afspraken met de leerling"),
    ("Handelingsdeel", {"doelen": None}, "doelen"),
    ("Doelen meetbaar", {"doelen": [VAAG]}, "Sem wordt beter"),
    ("Stem van het kind", {"gehoord_datum": None}, "de datum"),
    ("Stem van het kind", {"kind_meegenomen": None}, "wat ermee is gedaan"),
    ("Overleg met ouders", {"overleg_datum": None}, "overeenstemming"),
    ("Instemming handelingsdeel", {"instemming": "nee"}, "bezwaren"),
    ("Instemming handelingsdeel", {"instemming": "nog_niet"}, "nog geen besluit"),
    ("Vaststelling binnen 6 weken", {"vaststelling": date(2027, 1, 5)}, "28 december 2026"),
    ("Vaststelling binnen 6 weken", {"vaststelling": None}, "uiterlijk 28 december 2026"),
    ("Vaststelling binnen 6 weken", {"start_ondersteuning": None}, "zes weken"),
    ("Evaluatie binnen 12 maanden", {"evaluatie_datum": date(2028, 1, 10)}, "meer dan een jaar"),
    ("Evaluatie binnen 12 maanden", {"evaluatie_datum": None}, "Kies een datum"),
    ("Open plekken", {"aanpak": "Oefenen met [hulpmiddel], [aantal] keer."}, "[hulpmiddel]"),
    ("Toetsscores", {"aanleiding": "Scores: M4 E4 M5 E5 M6 E6 met 12, 34, 45, 56, 23, 11."},
     "Aanleiding"),
    ("Basisondersteuning", {"aanpak": "Zoals alle leerlingen krijgt Sem de basisondersteuning."},
     "schoolgids"),
])
def test_een_controle_faalt_met_uitleg_als_er_iets_schort(
    onderdeel: str, wijziging: dict[str, object], woord: str
) -> None:
    controle = uitslag(**wijziging)[onderdeel]
    assert not controle.ok
    assert woord in controle.uitleg


def test_een_vaag_doel_met_een_reden_telt_als_bewust_gekozen() -> None:
    bouw = Bouw(aanvaard={"doelen": "Het eerste doel is een tussenstap."})
    bouw.antwoorden["doelen"] = [VAAG]
    uit = {c.onderdeel: c for c in controles(bouw.gesprek(), doelcheck=nep_doelcheck)}
    assert uit["Doelen meetbaar"].ok


def test_de_evaluatie_telt_vanaf_de_start_als_er_geen_vaststelling_is() -> None:
    assert uitslag(vaststelling=None)["Evaluatie binnen 12 maanden"].ok
    assert not uitslag(vaststelling=None, evaluatie_datum=date(2027, 12, 1))[
        "Evaluatie binnen 12 maanden"].ok


def test_de_herinnering_aan_de_leerlingadministratie_staat_er_altijd() -> None:
    controle = uitslag(start_ondersteuning=None)["Registratie"]
    assert controle.ok and "ROD" in controle.uitleg


def test_andere_antwoorden_over_de_stem_van_het_kind_tellen_als_wat_het_kind_zei() -> None:
    assert "wat het kind zei" in uitslag(kind_gezegd=None)["Stem van het kind"].uitleg


def test_de_lengte_noemt_de_aanname_en_waarschuwt_boven_vijf_a4() -> None:
    kort = uitslag()["Lengte"]
    assert kort.ok and "maten van het Word-document" in kort.uitleg
    velden = ("aanpak", "aanleiding", "afspraken_ouders", "afspraken_leerling", "uitstroom_nu")
    # Per veld een eigen tekst, net onder de maximale lengte: een herhaalde alinea valt weg.
    lang = {v: (f"Een zin over {v} in de klas. " * 180)[:4900] for v in velden}
    controle = uitslag(**lang)["Lengte"]
    assert not controle.ok and "hooguit 5 A4" in controle.uitleg
