"""Eén gesprek over kern en thema's: een thema zet vragen midden in de kern, neemt een vraag
over met een rijkere, of voegt een onderdeel toe; een rol wordt één keer gevraagd."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.model import Sessie
from assistent.kern.vragenlijst.laden import laad_catalogus
from assistent.kern.vragenlijst.modellen import Vragenlijst
from assistent.kern.vragenlijst.schema import valideer
from tests.nep import nep_doelcheck

LEERLING = {"id": "leerling", "titel": "De leerling", "vragen": [
    {"id": "naam", "rol": "naam", "soort": "tekst", "vraag": "Naam?", "sectie": "leerling"},
]}


def lijst(lijst_id: str, *onderdelen: dict[str, Any]) -> Vragenlijst:
    return valideer(Vragenlijst, {"id": lijst_id, "titel": lijst_id, "versie": 1,
                                  "onderdelen": [LEERLING, *onderdelen]})


def vraag(vraag_id: str, **velden: Any) -> dict[str, Any]:
    return {"id": vraag_id, "soort": "lang", "vraag": f"{vraag_id}?", "sectie": "aanpak",
            **velden}


KERN = lijst(
    "kern",
    {"id": "begin", "titel": "Begin", "vragen": [
        vraag("aanleiding", rol="aanleiding", sectie="aanleiding")]},
    {"id": "factoren", "titel": "Factoren", "vragen": [
        vraag("sterk", soort="meerkeuze", domein="kind", sectie="factoren_bevorderend",
              opties=[{"waarde": "a", "label": "A"}]),
        vraag("school", soort="meerkeuze", domein="onderwijs", sectie="factoren_bevorderend",
              opties=[{"waarde": "a", "label": "A"}])]},
    {"id": "handelen", "titel": "Handelen", "vragen": [
        vraag("doelen", rol="doel", soort="lijst", item="doel", sectie="doelen"),
        vraag("aanpak", rol="aanpak"),
        vraag("wie", rol="aanpak_wie")]},
)
THEMA = lijst(
    "thema",
    {"id": "nulmeting", "titel": "Nulmeting", "voor": "aanleiding", "vragen": [
        vraag("thema_nulmeting", rol="aanleiding", neemt_over=True, sectie="beginsituatie")]},
    {"id": "bouwer", "titel": "Doelbouwer", "voor": "doel", "vragen": [
        vraag("thema_gedrag", soort="tekst", sectie="intern"),
        vraag("thema_doel", rol="doel", neemt_over=True, soort="lijst", item="doel",
              sectie="doelen")]},
    {"id": "na_aanpak", "titel": "Na de aanpak", "na": "aanpak", "vragen": [
        vraag("thema_extra")]},
    {"id": "kenmerken", "titel": "Kenmerken", "vragen": [
        vraag("thema_sterk", soort="meerkeuze", domein="kind", neemt_over=True,
              sectie="factoren_bevorderend", opties=[{"waarde": "b", "label": "B"}])]},
    {"id": "eigen", "titel": "Eigen onderdeel", "vragen": [vraag("thema_eigen")]},
)


def gesprek(*lijsten: Vragenlijst) -> Gesprek:
    nu = datetime(2027, 2, 15, 9, 0)
    sessie = Sessie(id="t", vragenlijsten=[v.id for v in lijsten], aangemaakt=nu, bijgewerkt=nu)
    return Gesprek(sessie, list(lijsten), doelcheck=nep_doelcheck)


def ids(g: Gesprek) -> list[str]:
    return [s.vraag.id for s in g.zichtbaar()]


def test_een_thema_zet_onderdelen_op_de_aangegeven_plek_en_neemt_vragen_over() -> None:
    assert ids(gesprek(KERN, THEMA)) == [
        "naam", "thema_nulmeting", "thema_sterk", "school", "thema_gedrag", "thema_doel",
        "aanpak", "thema_extra", "wie", "thema_eigen",
    ]


def test_zonder_thema_loopt_de_kern_zoals_hij_is() -> None:
    assert ids(gesprek(KERN)) == ["naam", "aanleiding", "sterk", "school", "doelen", "aanpak",
                                  "wie"]


def test_een_overgenomen_vraag_wijst_naar_het_antwoord_van_de_vraag_die_hem_vervangt() -> None:
    g = gesprek(KERN, THEMA)
    assert g.beantwoord("thema_nulmeting", "Hij loopt vier keer per les rond.").bewaard
    assert g.context()["aanleiding"] == "Hij loopt vier keer per les rond."
    uitkomst = g.beantwoord("aanleiding", "iets")
    assert uitkomst.fouten and "thema_nulmeting" in uitkomst.fouten[0]


def test_alleen_latere_vragenlijsten_nemen_over_niet_andersom() -> None:
    # Staat het thema eerst in de sessie, dan is er niets om over te nemen of in te voegen
    # (het startscherm zet de kern altijd voor de thema's).
    volgorde = ids(gesprek(THEMA, KERN))
    assert volgorde[:2] == ["naam", "thema_nulmeting"]
    assert "doelen" in volgorde and "thema_doel" in volgorde


def test_twee_themas_die_de_doelen_overnemen_vullen_samen_een_doellijst() -> None:
    ander = lijst("ander", {"id": "doel", "titel": "Doel", "voor": "doel", "vragen": [
        vraag("ander_doel", rol="doel", neemt_over=True, soort="lijst", item="doel",
              sectie="doelen")]})
    volgorde = ids(gesprek(KERN, THEMA, ander))
    assert "doelen" not in volgorde
    assert volgorde.index("thema_doel") < volgorde.index("ander_doel") < volgorde.index("aanpak")


def test_een_unieke_rol_wordt_een_keer_gevraagd_ook_als_twee_themas_hem_overnemen() -> None:
    ander = lijst("ander", {"id": "begin", "titel": "Begin", "voor": "aanleiding", "vragen": [
        vraag("ander_nulmeting", rol="aanleiding", neemt_over=True, sectie="beginsituatie")]})
    volgorde = ids(gesprek(KERN, THEMA, ander))
    assert "thema_nulmeting" in volgorde
    assert "ander_nulmeting" not in volgorde and "aanleiding" not in volgorde


def test_een_plaats_met_een_rol_die_de_kern_niet_heeft_zet_het_onderdeel_achteraan() -> None:
    los = lijst("los", {"id": "x", "titel": "X", "voor": "instemming", "vragen": [
        vraag("los_vraag")]})
    assert ids(gesprek(KERN, los))[-1] == "los_vraag"


@pytest.fixture(scope="module")
def catalogus() -> Any:
    return laad_catalogus(None)


@pytest.mark.parametrize("thema", ["gedrag", "rekenen", "mbhb"])
def test_in_de_meegeleverde_themas_is_er_een_doellijst_en_staat_de_beginsituatie_ervoor(
    catalogus: Any, thema: str
) -> None:
    g = Gesprek(Sessie(id="t", vragenlijsten=["opp", thema, "stem_kind"],
                       aangemaakt=datetime(2027, 1, 1), bijgewerkt=datetime(2027, 1, 1)),
                [catalogus.vragenlijsten[i] for i in ("opp", thema, "stem_kind")],
                doelcheck=nep_doelcheck)
    g.beantwoord("groep", 6)
    if thema == "mbhb":
        g.beantwoord("mbhb_reden", ["onderpresteren"])
    stappen = g.zichtbaar()
    doellijsten = [s for s in stappen if s.vraag.rol == "doel" and s.vraag.soort == "lijst"]
    assert [s.vragenlijst.id for s in doellijsten] == [thema]
    eerste_doel = stappen.index(doellijsten[0])
    begin = [i for i, s in enumerate(stappen) if s.vraag.sectie == "beginsituatie"]
    assert begin and max(begin) < eerste_doel
    assert sum(s.vraag.rol == "aanpak" for s in stappen) == 1
    assert sum(s.vraag.rol == "aanleiding" for s in stappen) == 1


def test_een_label_volgt_het_gekozen_voornaamwoord(catalogus: Any) -> None:
    g = Gesprek(Sessie(id="t", vragenlijsten=["opp"], aangemaakt=datetime(2027, 1, 1),
                       bijgewerkt=datetime(2027, 1, 1)),
                [catalogus.vragenlijsten["opp"]], doelcheck=nep_doelcheck)
    for woord, verwacht in (("hij", "doet zijn best"), ("zij", "doet haar best"),
                            ("hen", "doet hun best")):
        g.beantwoord("naam", "Sem")
        g.beantwoord("voornaamwoord", woord)
        stap = next(s for s in g.zichtbaar() if s.vraag.id == "bevorderend_kind")
        labels = [o.label for o in stap.vraag.opties]
        assert any(verwacht in label for label in labels), labels
        assert not any("{" in label or "zijn of haar" in label for label in labels)
    # Wie een label typt zoals het op het scherm staat, krijgt die optie.
    assert g.beantwoord("bevorderend_kind", "wil graag leren en doet hun best").bewaard
    assert g.sessie.antwoorden["bevorderend_kind"] == ["gemotiveerd"]


def test_geen_meegeleverde_optie_schrijft_hij_of_zij_voluit(catalogus: Any) -> None:
    for vragenlijst in catalogus.vragenlijsten.values():
        for _, v in vragenlijst.vragen():
            for tekst in (v.vraag, v.uitleg, *(o.label for o in v.opties)):
                for dubbel in ("zijn of haar", "hij of zij", "hem of haar", "zij of hij"):
                    assert dubbel not in tekst, (vragenlijst.id, v.id, tekst)
