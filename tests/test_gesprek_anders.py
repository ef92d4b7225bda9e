"""Elke checklist heeft 'anders, namelijk …': een eigen tekst in hetzelfde antwoord, die in het
concept gewoon tussen de aangevinkte opties staat."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from assistent.kern.concept.bouwen import bouw_concept
from assistent.kern.export.md import render_concept
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.model import Sessie
from assistent.kern.vragenlijst.laden import laad_catalogus
from assistent.kern.vragenlijst.waarden import ANDERS, normaliseer, toon
from assistent.kern.werkruimte import toestand
from tests.nep import nep_doelcheck

CATALOGUS = laad_catalogus(None)
VRAAG = CATALOGUS.vragenlijsten["opp"].vraag("bevorderend_kind")
assert VRAAG is not None


@pytest.mark.parametrize("invoer", [
    "anders: houdt van voetbal", "Anders, namelijk houdt van voetbal",
    "anders, namelijk: houdt van voetbal", "anders namelijk houdt van voetbal",
])
def test_anders_namelijk_wordt_een_eigen_tekst_in_hetzelfde_antwoord(invoer: str) -> None:
    waarde = normaliseer(VRAAG, ["sociaal", invoer])
    assert waarde == ["sociaal", f"{ANDERS}houdt van voetbal"]
    assert toon(VRAAG, waarde) == "gaat goed om met andere kinderen; houdt van voetbal"


def test_een_lege_eigen_tekst_en_een_tikfout_worden_geweigerd() -> None:
    with pytest.raises(ValueError, match="anders, namelijk"):
        normaliseer(VRAAG, ["anders:"])
    with pytest.raises(ValueError, match="anders: …"):
        normaliseer(VRAAG, ["gemotiveert"])


def test_een_optie_die_toevallig_anders_heet_blijft_een_optie() -> None:
    vraag = CATALOGUS.vragenlijsten["stem_kind"].vraag("gehoord_door")
    assert vraag is not None
    assert normaliseer(vraag, ["anders"]) == ["anders"]
    assert normaliseer(vraag, ["anders: de buurtsportcoach"]) == [f"{ANDERS}de buurtsportcoach"]


def test_elke_meegeleverde_checklist_neemt_een_eigen_tekst_aan() -> None:
    for lijst in CATALOGUS.vragenlijsten.values():
        for _, vraag in lijst.vragen():
            if vraag.soort == "meerkeuze":
                assert normaliseer(vraag, ["anders: iets eigens"]) == [f"{ANDERS}iets eigens"]


def test_de_eigen_tekst_staat_in_de_factorentabel_en_het_aanbod_meldt_anders() -> None:
    nu = datetime(2027, 2, 15)
    g = Gesprek(Sessie(id="t", vragenlijsten=["opp"], aangemaakt=nu, bijgewerkt=nu),
                [CATALOGUS.vragenlijsten["opp"]], doelcheck=nep_doelcheck)
    for vraag_id, waarde in (("naam", "Sem"), ("groep", 5), ("voornaamwoord", "hij")):
        g.beantwoord(vraag_id, waarde)
    assert toestand(CATALOGUS, g)["volgende"]["anders"] is False  # de leerkracht is een tekstvraag
    g.beantwoord("leerkracht", "Juf Fatima")
    g.beantwoord("ouders", "Anna (moeder)")
    g.beantwoord("gezag", "beide")
    g.beantwoord("aanleiding", "Sem loopt vast bij rekenen.")
    assert toestand(CATALOGUS, g)["volgende"]["anders"] is True
    assert g.beantwoord("bevorderend_kind", ["sociaal", "anders: bouwt graag met lego"]).bewaard
    md = render_concept(bouw_concept(g, "opp", vandaag=date(2027, 2, 15), doelcheck=nep_doelcheck))
    regel = next(r for r in md.splitlines() if r.startswith("| Kind |"))
    assert "bouwt graag met lego" in regel and ANDERS not in regel
