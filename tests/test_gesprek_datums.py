"""Data die elkaar tegenspreken geven meteen bij het invullen een zachte waarschuwing met de
reden, net als een vaag doel; met een reden mag het blijven staan."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.model import Sessie
from assistent.kern.vragenlijst.laden import laad_catalogus
from tests.nep import nep_doelcheck

VANDAAG = date(2027, 2, 15)
CATALOGUS = laad_catalogus(None)


def gesprek(*lijsten: str) -> Gesprek:
    nu = datetime(2027, 2, 15, 9)
    ids = list(lijsten or ("opp",))
    g = Gesprek(Sessie(id="t", vragenlijsten=ids, aangemaakt=nu, bijgewerkt=nu),
                [CATALOGUS.vragenlijsten[i] for i in ids], doelcheck=nep_doelcheck,
                vandaag=VANDAAG)
    g.beantwoord("naam", "Sem")
    g.beantwoord("voornaamwoord", "hij")
    return g


def waarschuwingen(g: Gesprek, vraag_id: str, waarde: object) -> list[str]:
    uitkomst = g.beantwoord(vraag_id, waarde)
    assert uitkomst.bewaard, uitkomst.fouten
    return uitkomst.waarschuwingen


def test_een_evaluatie_voor_de_vaststelling_krijgt_een_waarschuwing_met_de_reden() -> None:
    g = gesprek()
    assert waarschuwingen(g, "vaststelling", "1-4-2027") == []
    [tekst] = waarschuwingen(g, "evaluatie_datum", "20-3-2027")
    assert "vóór de vaststelling" in tekst and "Evalueren kan pas" in tekst
    # Ook andersom, als de vaststelling later verschuift.
    assert waarschuwingen(g, "evaluatie_datum", "1-9-2027") == []
    assert any("vóór de vaststelling" in t for t in waarschuwingen(g, "vaststelling", "1-10-2027"))


def test_een_vaststelling_na_meer_dan_zes_weken_noemt_de_uiterste_datum() -> None:
    g = gesprek()
    waarschuwingen(g, "start_ondersteuning", "1-2-2027")
    assert waarschuwingen(g, "vaststelling", "15-3-2027") == []
    [tekst] = waarschuwingen(g, "vaststelling", "16-3-2027")
    assert "meer dan zes weken" in tekst and "uiterlijk 15 maart 2027" in tekst


def test_instemming_voor_het_overleg_krijgt_een_waarschuwing() -> None:
    g = gesprek()
    waarschuwingen(g, "overleg_datum", "1-3-2027")
    [tekst] = waarschuwingen(g, "instemming", "ja")
    assert "pas op 1 maart 2027" in tekst and "nog niet" in tekst
    assert waarschuwingen(g, "instemming", "nog_niet") == []
    # Is het overleg al geweest, dan klopt een besluit van ouders.
    waarschuwingen(g, "overleg_datum", "10-2-2027")
    assert waarschuwingen(g, "instemming", "ja") == []


@pytest.mark.parametrize("vraag_id", ["evaluatie_datum", "tussenevaluatie"])
def test_een_evaluatie_die_al_voorbij_is_krijgt_een_waarschuwing(vraag_id: str) -> None:
    g = gesprek()
    assert any("al voorbij" in t for t in waarschuwingen(g, vraag_id, "1-1-2027"))
    assert not any("al voorbij" in t for t in waarschuwingen(g, vraag_id, "1-4-2027"))


def test_een_evaluatie_na_meer_dan_een_jaar_krijgt_een_waarschuwing() -> None:
    g = gesprek()
    waarschuwingen(g, "vaststelling", "1-3-2027")
    assert any("eens per jaar" in t for t in waarschuwingen(g, "evaluatie_datum", "2-3-2028"))


def test_een_tegenspraak_staat_een_keer_in_de_signalen_en_verdwijnt_met_een_reden() -> None:
    g = gesprek()
    waarschuwingen(g, "vaststelling", "1-4-2027")
    waarschuwingen(g, "evaluatie_datum", "20-3-2027")
    signalen = [m for m in g.signalen() if "vóór de vaststelling" in m.tekst]
    assert [m.vraag for m in signalen] == ["evaluatie_datum"]
    assert g.aanvaard("evaluatie_datum", "Dit OPP wordt achteraf vastgelegd.").bewaard
    assert not [m for m in g.signalen() if "vóór de vaststelling" in m.tekst]


def test_de_data_worden_per_rol_gelezen_ook_als_de_agenda_het_volgende_gesprek_vraagt() -> None:
    g = gesprek("opp", "agenda")
    ids = [s.vraag.id for s in g.zichtbaar()]
    # De tussenevaluatie staat één keer in het gesprek: in de kern, niet nog eens in de agenda.
    assert "tussenevaluatie" in ids and "agenda_volgende" not in ids
