"""Het advies basisaanpak of OPP, getoetst tegen een eigen tabel met de regels.

Het orakel hieronder is los van de implementatie opgeschreven: eerst de harde signalen, dan
een tabel per (aantal, langdurig, geprobeerd). Zo vangt de test een fout in de volgorde of in
een van de takken.
"""

from __future__ import annotations

import itertools
from datetime import datetime
from pathlib import Path

import pytest

from assistent.kern.sessie.afweging import Advies, advies, advies_van
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.model import Sessie
from assistent.kern.vragenlijst.laden import laad_vragenlijst

AANTALLEN = ("een", "enkele", "groep")
JANEE = ("langdurig", "basis_geprobeerd", "ondersteuningsbudget", "eigen_leerlijn",
         "verwijzing", "onderwijstijd")
HARD = {"ondersteuningsbudget", "eigen_leerlijn", "verwijzing", "onderwijstijd"}
# Een woord dat in de reden van elk hard signaal moet staan.
KENMERK = {
    "ondersteuningsbudget": "ondersteuningsbudget",
    "eigen_leerlijn": "eigen leerlijn",
    "verwijzing": "toelaatbaarheidsverklaring",
    "onderwijstijd": "onderwijstijd",
}

# (aantal, langdurig, geprobeerd) -> uitkomst, als er geen hard signaal is.
TABEL = {
    ("een", True, True): "opp",
    ("een", True, False): "twijfel",
    ("een", False, True): "basisaanpak",
    ("een", False, False): "basisaanpak",
    **{(a, lang, g): "basisaanpak"
       for a in ("enkele", "groep") for lang in (True, False) for g in (True, False)},
}


def orakel(aantal: str, ja: set[str]) -> str:
    if ja & HARD:
        return "opp"
    return TABEL[(aantal, "langdurig" in ja, "basis_geprobeerd" in ja)]


ALLE = [
    (aantal, dict(zip(JANEE, waarden, strict=True)))
    for aantal in AANTALLEN
    for waarden in itertools.product((True, False), repeat=len(JANEE))
]


def test_alle_combinaties_worden_getoetst() -> None:
    assert len(ALLE) == 3 * 2**6


@pytest.mark.parametrize(("aantal", "janee"), ALLE)
def test_het_advies_volgt_de_regels_voor_elke_combinatie(
    aantal: str, janee: dict[str, bool]
) -> None:
    ja = {k for k, v in janee.items() if v}
    uit = advies({"aantal_leerlingen": aantal, **janee})
    assert uit is not None
    assert uit.uitkomst == orakel(aantal, ja)
    tekst = " ".join(uit.redenen)
    for signaal in HARD:
        assert (KENMERK[signaal] in tekst) == (signaal in ja), signaal
    assert "samenwerkingsverband zelf" in uit.redenen[-1]
    assert "niet beantwoord" not in tekst.lower()


def test_zonder_aantal_leerlingen_is_er_nog_geen_advies() -> None:
    assert advies({}) is None
    assert advies({"langdurig": True, "eigen_leerlijn": True}) is None
    assert advies({"aantal_leerlingen": "iedereen"}) is None


@pytest.mark.parametrize("aantal", AANTALLEN)
def test_onbeantwoorde_vragen_tellen_als_nee_en_dat_staat_erbij(aantal: str) -> None:
    uit = advies({"aantal_leerlingen": aantal})
    assert uit is not None
    assert uit.uitkomst == orakel(aantal, set())
    open_reden = next(r for r in uit.redenen if "niet beantwoord" in r.lower())
    assert "ondersteuningsbudget" in open_reden and "onderwijstijd" in open_reden
    # Bij één leerling doet ook de duur ertoe; bij meer leerlingen niet.
    assert ("planperiode" in open_reden) == (aantal == "een")


def test_een_onbeantwoorde_vraag_telt_als_nee_voor_elke_combinatie() -> None:
    for aantal, janee in ALLE:
        for weg in JANEE:
            deels = {k: v for k, v in janee.items() if k != weg}
            uit = advies({"aantal_leerlingen": aantal, **deels})
            assert uit is not None
            ja = {k for k, v in deels.items() if v}
            assert uit.uitkomst == orakel(aantal, ja), (aantal, deels)


def test_janee_als_tekst_wordt_ook_gelezen() -> None:
    uit = advies({"aantal_leerlingen": "een", "langdurig": "ja", "basis_geprobeerd": "Ja"})
    assert uit is not None and uit.uitkomst == "opp"


def test_het_advies_wordt_een_eenvoudige_dict() -> None:
    uit = advies({"aantal_leerlingen": "groep"})
    assert isinstance(uit, Advies)
    gegevens = uit.als_dict()
    assert gegevens["uitkomst"] == "basisaanpak"
    assert isinstance(gegevens["redenen"], list) and gegevens["redenen"] == list(uit.redenen)
    with pytest.raises(AttributeError):
        uit.uitkomst = "opp"  # type: ignore[misc]


EIGEN_AFWEGING = """
id = "eigen_afweging"
titel = "Onze afweging"
versie = 1
[[onderdelen]]
id = "een"
titel = "Een"
[[onderdelen.vragen]]
id = "hoeveel_kinderen"
rol = "aantal_leerlingen"
soort = "keuze"
vraag = "Om hoeveel kinderen gaat het?"
sectie = "afweging"
opties = [{ waarde = "een", label = "één" }, { waarde = "enkele", label = "een paar" },
          { waarde = "groep", label = "de groep" }]
[[onderdelen.vragen]]
id = "arrangement_swv"
rol = "ondersteuningsbudget"
soort = "janee"
vraag = "Is er een arrangement van het samenwerkingsverband?"
sectie = "afweging"
"""


def test_het_advies_van_een_gesprek_leest_rollen_niet_ids(tmp_path: Path) -> None:
    pad = tmp_path / "eigen_afweging.toml"
    pad.write_text(EIGEN_AFWEGING, encoding="utf-8")
    nu = datetime(2026, 11, 1)
    sessie = Sessie(id="t", vragenlijsten=["eigen_afweging"], aangemaakt=nu, bijgewerkt=nu)
    gesprek = Gesprek(sessie, [laad_vragenlijst(pad)])
    assert advies_van(gesprek) is None
    gesprek.beantwoord("hoeveel_kinderen", "groep")
    uit = advies_van(gesprek)
    assert uit is not None and uit.uitkomst == "basisaanpak"
    gesprek.beantwoord("arrangement_swv", True)
    uit = advies_van(gesprek)
    assert uit is not None and uit.uitkomst == "opp"
    assert "arrangement" in " ".join(uit.redenen)
