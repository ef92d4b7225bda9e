"""Het documentmodel: volgorde, herkomst, tabellen en antwoorden uit onbekende flows."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from assistent.kern.concept.bouwen import bouw_concept
from assistent.kern.concept.model import Alinea, Gegevens, OppConcept, Tabel
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.model import Sessie
from assistent.kern.vragenlijst.laden import laad_vragenlijst
from tests.golden.sessie import (
    ANTWOORDEN,
    HIER,
    MEETBAAR,
    VAAG,
    VANDAAG,
    gesprek,
    leeg,
    nep_doelcheck,
)

EXTRA = """
id = "extra"
titel = "Een flow van iemand anders"
versie = 1
[[onderdelen]]
id = "een"
titel = "Een"
[[onderdelen.vragen]]
id = "extra_hulpmiddel"
soort = "tekst"
kop = "Hulpmiddel"
vraag = "Welk hulpmiddel?"
sectie = "aanpak"
[[onderdelen.vragen]]
id = "extra_doel"
rol = "doel"
soort = "doel"
vraag = "Welk doel?"
sectie = "doelen"
[[onderdelen.vragen]]
id = "extra_verborgen"
soort = "tekst"
vraag = "Verborgen?"
sectie = "aanpak"
toon_als = "false"
"""


def opp(g: Gesprek | None = None) -> OppConcept:
    return bouw_concept(g or gesprek(), "opp", vandaag=VANDAAG, doelcheck=nep_doelcheck)


def met_extra_flow(tmp_path: Path, extra: dict[str, object]) -> Gesprek:
    (tmp_path / "extra.toml").write_text(EXTRA, encoding="utf-8")
    nu = datetime(2026, 12, 1)
    sessie = Sessie(id="x", vragenlijsten=["gouden", "extra"], aangemaakt=nu, bijgewerkt=nu,
                    antwoorden={**ANTWOORDEN, **extra})
    lijsten = [laad_vragenlijst(HIER / "vragenlijst.toml"), laad_vragenlijst(tmp_path / "extra.toml")]
    return Gesprek(sessie, lijsten, doelcheck=nep_doelcheck)


def teksten(concept: OppConcept, sleutel: str) -> list[str]:
    sectie = concept.sectie(sleutel)
    assert sectie is not None
    return [a.tekst for a in sectie.alineas]


def test_de_wettelijke_onderdelen_staan_voor_de_achtergrond() -> None:
    sleutels = [s.sleutel for s in opp().secties]
    for wettelijk in ("factoren", "uitstroomperspectief", "onderbouwing", "handelingsdeel",
                      "doelen", "aanpak", "stem_kind", "data", "overleg"):
        assert sleutels.index(wettelijk) < sleutels.index("achtergrond")
    assert sleutels.index("achtergrond") < sleutels.index("aanleiding")
    assert opp().ondertekening is not None


def test_een_antwoord_uit_een_nieuwe_flow_landt_via_zijn_sectie(tmp_path: Path) -> None:
    g = met_extra_flow(tmp_path, {"extra_hulpmiddel": "een time-timer",
                                  "extra_doel": MEETBAAR.replace("8", "9"),
                                  "extra_verborgen": "mag niet te zien zijn"})
    concept = opp(g)
    assert "een time-timer" in teksten(concept, "aanpak")
    assert "mag niet te zien zijn" not in str(concept.secties)
    doelen = concept.sectie("doelen")
    assert doelen is not None
    assert [r[1] for r in doelen.tabellen[0].rijen][-1] == MEETBAAR.replace("8", "9")


def test_factoren_komen_per_domein_in_de_tabel() -> None:
    sectie = opp().sectie("factoren")
    assert sectie is not None
    tabel = sectie.tabellen[0]
    assert tabel.kolommen == ("Domein", "Bevorderend", "Belemmerend")
    rijen = {r[0]: r[1:] for r in tabel.rijen}
    assert rijen["Kind"][0] == "zet door als iets moeilijk is\ngaat goed om met andere kinderen"
    assert rijen["Thuis"] == ("–", "weinig slaap")
    # De rij Overig zegt zelf niet waarover het gaat: elk punt krijgt de kop van zijn vraag.
    assert rijen["Overig"] == ("–", "Signalen: loopt weg bij ruzie")


def test_de_doeltabel_gebruikt_de_doelcheck_en_laat_open_wat_ontbreekt() -> None:
    concept = bouw_concept(gesprek(doelen=[MEETBAAR, VAAG]), "opp", vandaag=VANDAAG)
    sectie = concept.sectie("doelen")
    assert sectie is not None
    tabel = sectie.tabellen[0]
    assert isinstance(tabel, Tabel)
    assert tabel.kolommen == ("Nr", "Doel", "Criterium", "Termijn", "Meting")
    # Wat de doelcheck vond, staat letterlijk in het doel; een voorgesteld instrument is open.
    assert tabel.rijen[0][2:5] == ("8 van de 10", "Voor de kerstvakantie", "tempotoets")
    assert tabel.rijen[1][2:5] == (
        "[nog invullen: criterium]", "[nog invullen: termijn]",
        "[nog invullen: meting, bijvoorbeeld methodetoets]",
    )
    # Een vaag doel krijgt in de tabel zelf een markering, niet alleen in de controle.
    assert tabel.rijen[1][1].startswith(VAAG + "\n[nog invullen: maak dit doel meetbaar")
    assert "[nog invullen" not in tabel.rijen[0][1]


def test_de_doeltabel_leest_alleen_wat_de_doelcheck_vond() -> None:
    """Eén analyse: een checker die niets vindt, laat de cellen open, ook bij een meetbaar doel."""
    concept = bouw_concept(gesprek(doelen=[MEETBAAR]), "opp", vandaag=VANDAAG,
                           doelcheck=nep_doelcheck)
    sectie = concept.sectie("doelen")
    assert sectie is not None
    rij = sectie.tabellen[0].rijen[0]
    assert rij[2:4] == ("[nog invullen: criterium]", "[nog invullen: termijn]")


def test_de_echte_doelcheck_vult_de_meting_uit_het_doel() -> None:
    pytest.importorskip("assistent.kern.doelcheck")
    concept = bouw_concept(gesprek(), "opp", vandaag=VANDAAG)
    sectie = concept.sectie("doelen")
    assert sectie is not None
    assert sectie.tabellen[0].rijen[0][4] == "tempotoets"


def test_elke_alinea_weet_waar_hij_vandaan_komt() -> None:
    g = gesprek(aanpak="Oefenen met [hulpmiddel].")
    concept = opp(g)
    herkomst = {a.vraag: a.herkomst for s in concept.secties for a in s.alineas if a.vraag}
    assert herkomst["afspraken_ouders"] == "antwoord"
    assert herkomst["aanpak"] == "voorbeeldzin"
    data = concept.sectie("data").blokken  # type: ignore[union-attr]
    assert {b.herkomst for b in data} == {"afgeleid"}
    assert "ontbreekt" in {a.herkomst for s in opp(leeg()).secties for a in s.alineas}


def test_de_vaststellingstermijn_is_zes_weken_na_de_start() -> None:
    gegevens = next(b for b in opp().sectie("data").blokken  # type: ignore[union-attr]
                    if isinstance(b, Gegevens))
    vaststelling = dict(gegevens.regels)["Vaststelling"]
    assert "uiterlijk 28 december 2026: zes weken na de start" in vaststelling


def test_een_ontbrekend_onderdeel_wordt_een_zichtbare_open_plek() -> None:
    concept = opp(gesprek(uitstroom=None))
    assert "[nog invullen: uitstroomperspectief]" in teksten(concept, "uitstroomperspectief")
    aanwezig = opp(gesprek(uitstroom_nu=None, aanpak=None))
    assert "[nog invullen: onderbouwing]" in teksten(aanwezig, "onderbouwing")


def test_het_voornaamwoord_zelf_staat_niet_in_het_document() -> None:
    assert "Voornaamwoord?" not in str(opp().sectie("leerling"))
    assert all(not isinstance(a, Alinea) or a.vraag != "voornaamwoord"
               for a in opp().sectie("leerling").blokken)  # type: ignore[union-attr]


def test_een_onbekend_document_geeft_een_nederlandse_fout() -> None:
    with pytest.raises(ValueError, match="Onbekend document"):
        bouw_concept(gesprek(), "brief")
