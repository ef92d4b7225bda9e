"""De vindplaatsen: waar in het doel de check gedrag, criterium, termijn en meetinstrument vond."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistent.kern.doelcheck import (
    ELEMENTEN,
    MAX_LENGTE,
    VINDPLAATS_ELEMENTEN,
    Doelchecker,
    Doeloordeel,
    Vindplaats,
    controleer,
)

DOELEN = [
    str(d["tekst"])
    for d in tomllib.loads(
        (Path(__file__).parent / "data" / "doelen_eigen.toml").read_text(encoding="utf-8")
    )["doel"]
]
STUKKEN = st.sampled_from(
    [
        "Sem", "Ik", "De leerling", "leest", "rekent", "de sommen", "uit", "steekt", "zijn",
        "vinger", "op", "voor de kerst", "binnen zes weken", "8 van de 10", "80%", "elke ochtend",
        "twee keer per week", "hooguit één keer per les", "op AVI-niveau E5", "1F", "blok 3",
        "12-03-2026", "medio maart", "gemeten met een turflijst", "op de DMT-kaart", "rubric",
        "beter", "vaker", "krijgt extra instructie", "3 keer per week RT", "groep 5", "8 jaar",
        "niet meer", "is lui", ",", ".", "(", ")", "İ", "😀", "  ", "\t",
    ]
)
TEKSTEN = st.one_of(
    st.lists(STUKKEN, max_size=25).map(" ".join),
    st.text(max_size=200),
)


def _klopt(oordeel: Doeloordeel) -> None:
    tekst = oordeel.tekst
    plekken = oordeel.vindplaatsen
    for plek in plekken:
        assert plek.element in VINDPLAATS_ELEMENTEN
        assert 0 <= plek.begin < plek.eind <= min(len(tekst), MAX_LENGTE)
        assert tekst[plek.begin : plek.eind] == plek.woorden
    assert list(plekken) == sorted(plekken, key=lambda v: (v.begin, v.eind))
    # Precies de elementen die niet ontbreken, hebben een vindplaats.
    gevonden = {p.element for p in plekken} & set(ELEMENTEN)
    assert gevonden == set(ELEMENTEN) - set(oordeel.ontbreekt)
    # Hooguit één meetinstrument, en alleen als het doel het zelf noemt.
    instrumenten = oordeel.gevonden("meetinstrument")
    assert len(instrumenten) <= 1
    if instrumenten:
        assert oordeel.meetinstrument is not None


@settings(max_examples=300, deadline=None)
@given(TEKSTEN)
def test_elke_vindplaats_wijst_precies_zijn_woorden_in_de_tekst_aan(tekst: str) -> None:
    _klopt(controleer(tekst))


@pytest.mark.parametrize("tekst", DOELEN, ids=[d[:60] for d in DOELEN])
def test_vindplaatsen_kloppen_op_de_gelabelde_doelen(tekst: str) -> None:
    _klopt(controleer(tekst))


def test_een_meetbaar_doel_toont_waar_gedrag_criterium_en_termijn_staan() -> None:
    oordeel = controleer("Voor de kerstvakantie rekent Tess 9 van de 10 keersommen goed uit.")
    assert [(p.element, p.woorden) for p in oordeel.vindplaatsen] == [
        ("termijn", "Voor de kerstvakantie"),
        ("gedrag", "rekent"),
        ("criterium", "9 van de 10"),
    ]


def test_overlappende_stukken_van_een_criterium_worden_een_vindplaats() -> None:
    oordeel = controleer("Bij de evaluatie in maart staat Mats hooguit één keer per les op.")
    assert [p.woorden for p in oordeel.gevonden("criterium")] == ["hooguit één keer per les"]
    assert [p.woorden for p in oordeel.gevonden("termijn")] == ["Bij de evaluatie in maart"]


def test_een_genoemd_meetinstrument_heeft_een_vindplaats_een_voorstel_niet() -> None:
    genoemd = controleer("Voor 1 juni steekt Sem elke les zijn vinger op, gemeten met een turflijst.")
    assert genoemd.meetinstrument == "turflijst"
    assert [p.woorden for p in genoemd.gevonden("meetinstrument")] == ["turflijst"]
    voorstel = controleer("Voor 1 juni rekent Sem 8 van de 10 sommen goed uit.")
    assert voorstel.meetinstrument == "methodetoets"
    assert voorstel.gevonden("meetinstrument") == ()


def test_een_criterium_bij_de_inzet_van_een_volwassene_is_geen_vindplaats() -> None:
    oordeel = controleer("Voor de kerst krijgt Sem 3 keer per week RT.")
    assert "criterium" in oordeel.ontbreekt
    assert oordeel.gevonden("criterium") == ()


def test_een_aantal_bij_het_gedrag_is_een_criterium_met_vindplaats() -> None:
    oordeel = controleer("Binnen een maand schrijft Bente per week drie zinnen in haar dagboek.")
    assert oordeel.meetbaar
    assert "drie" in [p.woorden for p in oordeel.gevonden("criterium")]


def test_vindplaatsen_staan_in_als_dict() -> None:
    d = controleer("Voor de kerst leest Sem elke dag een bladzijde voor.").als_dict()
    assert d["vindplaatsen"][0] == {
        "element": "termijn", "begin": 0, "eind": 13, "woorden": "Voor de kerst",
    }
    assert json.loads(json.dumps(d)) == d


def test_een_oordeel_van_buiten_de_doelcheck_heeft_geen_vindplaatsen() -> None:
    oordeel = Doeloordeel("x", True, (), (), (), "x", None)
    assert oordeel.vindplaatsen == ()
    assert Vindplaats("termijn", 0, 1, "x").als_dict()["element"] == "termijn"


def test_controleer_is_een_doelchecker() -> None:
    checker: Doelchecker = controleer
    assert checker("Sem leest.").tekst == "Sem leest."
