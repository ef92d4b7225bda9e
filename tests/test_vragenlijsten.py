"""De ingebouwde vragenlijsten, doorlopen door de echte gespreksmotor.

Elke vragenlijst wordt tot het eind gelopen met antwoorden die alleen uit de vraag zelf volgen
(soort, opties, grenzen), zoals een gebruiker die steeds de eerste of juist de laatste keuze
neemt. Daarnaast: het vragenbudget van een volledig OPP en de samengestelde doelen.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

import pytest

from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.model import Sessie
from assistent.kern.vragenlijst.laden import Catalogus, laad_catalogus
from assistent.kern.vragenlijst.modellen import SECTIES, Vraag, Vragenlijst
from tests.nep import nep_doelcheck

LIJSTEN = ("opp", "gedrag", "rekenen", "mbhb", "stem_kind", "afweging", "agenda", "evaluatie")
THEMAS = ("gedrag", "rekenen", "mbhb")
GEDEELD = ("naam", "groep", "voornaamwoord")
VOORVOEGSEL = {
    "gedrag": ("gedrag_", "kind_"),
    "rekenen": ("rekenen_",),
    "mbhb": ("mbhb_",),
    "stem_kind": ("kind_", "gehoord_"),
    "agenda": ("agenda_",),
    "evaluatie": ("evaluatie_",),
}
AFWEGING_IDS = {"aantal_leerlingen", "langdurig", "ondersteuningsbudget", "eigen_leerlijn",
                "verwijzing", "onderwijstijd", "basis_geprobeerd"}
# Een volledig OPP (kern, één thema, stem van het kind) vraagt hooguit ongeveer 45 vragen.
# De kern alleen toont er al 26 tot 27; zie docs/vragenlijsten.md voor de telling per lijst.
BUDGET = 55  # tijdelijk, met de nieuwe dossiervragen; de herindeling brengt het naar 36
KIESBAAR = ("keuze", "meerkeuze", "janee", "getal", "datum")
MEETBAAR = "Voor 1 maart rekent Sem 8 van de 10 sommen goed uit."


@pytest.fixture(scope="module")
def catalogus() -> Catalogus:
    return laad_catalogus(None)


def nieuw_gesprek(catalogus: Catalogus, lijsten: Iterable[str], doelcheck: bool = False) -> Gesprek:
    nu = datetime(2026, 11, 1, 9, 0)
    ids = list(lijsten)
    sessie = Sessie(id="test", vragenlijsten=ids, aangemaakt=nu, bijgewerkt=nu)
    vragen = [catalogus.vragenlijsten[i] for i in ids]
    if doelcheck:
        return Gesprek(sessie, vragen)
    return Gesprek(sessie, vragen, doelcheck=nep_doelcheck)


def antwoord(vraag: Vraag, groep: int, laatste: bool) -> object:
    """Een geldig antwoord dat alleen volgt uit de vraag zelf."""
    if vraag.id == "groep":
        return groep
    kies = -1 if laatste else 0
    if vraag.soort == "keuze":
        return vraag.opties[kies].waarde
    if vraag.soort == "meerkeuze":
        return [vraag.opties[kies].waarde]
    if vraag.soort == "janee":
        return not laatste
    if vraag.soort == "getal":
        return vraag.maximum if laatste and vraag.maximum is not None else vraag.minimum or 5
    if vraag.soort == "datum":
        return date(2027, 3, 1)
    if vraag.soort == "doel":
        return MEETBAAR
    if vraag.soort == "lijst":
        return [MEETBAAR if vraag.item == "doel" else "Een punt"]
    return "Sem" if vraag.id == "naam" else f"Een kort antwoord op {vraag.id}."


def loop(gesprek: Gesprek, groep: int = 5, laatste: bool = False) -> list[str]:
    """Beantwoordt vraag na vraag tot het gesprek klaar is; geeft de gestelde id's terug."""
    gesteld: list[str] = []
    while (stap := gesprek.volgende()) is not None:
        assert len(gesteld) < 200, "het gesprek komt niet aan een eind"
        uitkomst = gesprek.beantwoord(stap.vraag.id, antwoord(stap.vraag, groep, laatste))
        assert uitkomst.bewaard, (stap.vraag.id, uitkomst.fouten)
        gesteld.append(stap.vraag.id)
    return gesteld


def alle_vragen(lijst: Vragenlijst) -> list[Vraag]:
    return [v for _, v in lijst.vragen()]


def test_alle_acht_vragenlijsten_laden_zonder_fouten(catalogus: Catalogus) -> None:
    assert catalogus.fouten == []
    assert set(LIJSTEN) <= set(catalogus.vragenlijsten)


@pytest.mark.parametrize("lijst_id", LIJSTEN)
def test_elke_vragenlijst_begint_met_dezelfde_leerlingvragen_als_de_kern(
    catalogus: Catalogus, lijst_id: str
) -> None:
    kern = catalogus.vragenlijsten["opp"].onderdelen[0]
    eerste = catalogus.vragenlijsten[lijst_id].onderdelen[0]
    assert eerste.id == "leerling"
    assert [v.id for v in eerste.vragen] == list(GEDEELD)
    assert eerste.vragen == kern.vragen


def test_een_id_in_meer_vragenlijsten_is_overal_precies_dezelfde_vraag(
    catalogus: Catalogus,
) -> None:
    gezien: dict[str, tuple[str, Vraag]] = {}
    for lijst_id in LIJSTEN:
        for vraag in alle_vragen(catalogus.vragenlijsten[lijst_id]):
            if vraag.id in gezien:
                eerder, definitie = gezien[vraag.id]
                assert vraag == definitie, f"'{vraag.id}' verschilt in {eerder} en {lijst_id}"
            else:
                gezien[vraag.id] = (lijst_id, vraag)


@pytest.mark.parametrize("lijst_id", LIJSTEN)
def test_elke_vraag_heeft_een_bekende_sectie_en_een_eigen_voorvoegsel(
    catalogus: Catalogus, lijst_id: str
) -> None:
    for vraag in alle_vragen(catalogus.vragenlijsten[lijst_id]):
        assert vraag.sectie in SECTIES, vraag.id
        if vraag.id in GEDEELD or lijst_id == "opp":
            continue
        if lijst_id == "afweging":
            assert vraag.id in AFWEGING_IDS
        else:
            assert vraag.id.startswith(VOORVOEGSEL[lijst_id]), vraag.id


@pytest.mark.parametrize("groep", [1, 4, 7])
@pytest.mark.parametrize("laatste", [False, True], ids=["eerste_keuze", "laatste_keuze"])
@pytest.mark.parametrize("lijst_id", LIJSTEN)
def test_elke_vragenlijst_is_tot_het_eind_te_doorlopen(
    catalogus: Catalogus, lijst_id: str, groep: int, laatste: bool
) -> None:
    gesprek = nieuw_gesprek(catalogus, [lijst_id])
    gesteld = loop(gesprek, groep, laatste)
    assert gesprek.volgende() is None
    assert gesprek.ontbrekend() == []
    assert len(gesteld) == len(set(gesteld))
    assert gesteld[:3] == list(GEDEELD)


def test_in_een_gecombineerde_sessie_worden_naam_groep_en_voornaamwoord_een_keer_gevraagd(
    catalogus: Catalogus,
) -> None:
    gesprek = nieuw_gesprek(catalogus, ["opp", "gedrag", "stem_kind"])
    gesteld = loop(gesprek, groep=5)
    for vraag_id in (*GEDEELD, "kind_helpt"):
        assert gesteld.count(vraag_id) == 1, vraag_id
    assert len(gesteld) == len(set(gesteld))
    # kind_helpt staat in gedrag én stem_kind; het komt op zijn eerste plek, in gedrag.
    stap = gesprek.stap("kind_helpt")
    assert stap is not None and stap.vragenlijst.id == "gedrag"


def _tel(gesprek: Gesprek, lijst_id: str | None = None) -> tuple[int, int]:
    zichtbaar = [s for s in gesprek.zichtbaar()
                 if lijst_id is None or (s.vragenlijst.id == lijst_id and s.vraag.id not in GEDEELD)]
    kiesbaar = [s for s in zichtbaar if s.vraag.soort in KIESBAAR or s.vraag.voorstel]
    return len(zichtbaar), len(kiesbaar)


@pytest.mark.parametrize("groep", [1, 4, 7])
@pytest.mark.parametrize("thema", THEMAS)
def test_een_volledig_opp_blijft_binnen_het_vragenbudget_en_is_voor_de_helft_kiesbaar(
    catalogus: Catalogus, thema: str, groep: int
) -> None:
    # Steeds de eerste keuze en 'ja'. Wie bij 'hoe gehoord' ook het signaleringsplan kiest,
    # krijgt drie korte vragen extra die overgeslagen mogen worden.
    gesprek = nieuw_gesprek(catalogus, ["opp", thema, "stem_kind"])
    loop(gesprek, groep)
    totaal, kiesbaar = _tel(gesprek)
    assert totaal <= BUDGET, f"{totaal} vragen zichtbaar"
    assert kiesbaar * 2 >= totaal, f"{kiesbaar} van {totaal} kiesbaar"
    thema_aantal, _ = _tel(gesprek, thema)
    kind_aantal, _ = _tel(gesprek, "stem_kind")
    assert thema_aantal <= 12, f"{thema}: {thema_aantal} eigen vragen"
    assert kind_aantal <= 10, f"stem van het kind: {kind_aantal} vragen"


def _vul(gesprek: Gesprek, antwoorden: dict[str, object]) -> None:
    for vraag_id, waarde in antwoorden.items():
        uitkomst = gesprek.beantwoord(vraag_id, waarde)
        assert uitkomst.bewaard, (vraag_id, uitkomst.fouten)


LEERLING = {"naam": "Sem", "groep": 5, "voornaamwoord": "hij"}


@pytest.mark.parametrize(("antwoorden", "verwacht"), [
    ({"gedrag_gewenst": "steekt zijn vinger op", "gedrag_situatie": "tijdens de kringgesprekken",
      "gedrag_criterium": "in 4 van de 5 kringen", "gedrag_moment": "Voor de kerstvakantie",
      "gedrag_meting": "turflijst"},
     "Voor de kerstvakantie steekt Sem zijn vinger op tijdens de kringgesprekken, "
     "in 4 van de 5 kringen (bijgehouden op een turflijst)."),
    # Met de naam ervoor, een punt erachter en zonder hoofdletter: de zin blijft goed.
    ({"gedrag_gewenst": "Sem begint binnen twee minuten aan zijn taak",
      "gedrag_situatie": "bij het zelfstandig werken.", "gedrag_criterium": "in 4 van de 5 lessen.",
      "gedrag_moment": "over zes weken", "gedrag_meting": "observatie"},
     "Over zes weken begint Sem binnen twee minuten aan zijn taak bij het zelfstandig werken, "
     "in 4 van de 5 lessen (gezien in geplande observaties)."),
])
def test_de_doelbouwer_voor_gedrag_maakt_een_goedlopende_zin(
    catalogus: Catalogus, antwoorden: dict[str, object], verwacht: str
) -> None:
    gesprek = nieuw_gesprek(catalogus, ["gedrag"])
    _vul(gesprek, {**LEERLING, **antwoorden})
    vraag = catalogus.vragenlijsten["gedrag"].vraag("gedrag_doel")
    assert vraag is not None
    assert gesprek.voorstel(vraag) == verwacht


def test_samengestelde_doelen_halen_de_doelcheck(catalogus: Catalogus) -> None:
    pytest.importorskip("assistent.kern.doelcheck")
    gesprek = nieuw_gesprek(catalogus, ["gedrag", "rekenen"], doelcheck=True)
    _vul(gesprek, {
        **LEERLING,
        "gedrag_gewenst": "loopt naar de rustplek als hij boos wordt",
        "gedrag_situatie": "op het plein", "gedrag_criterium": "bij 3 van de 4 ruzies",
        "gedrag_moment": "Bij de evaluatie in maart", "gedrag_meting": "signaleringsplan",
        "rekenen_vaardigheid": "rekent keersommen uit de tafels van 6 en 7 uit",
        "rekenen_criterium": "met 9 van de 10 goed op de tempotoets",
        "rekenen_moment": "Voor de voorjaarsvakantie",
    })
    for vraag_id in ("gedrag_doel", "rekenen_doel"):
        stap = gesprek.stap(vraag_id)
        assert stap is not None
        voorstel = gesprek.voorstel(stap.vraag)
        assert voorstel and "{" not in voorstel
        uitkomst = gesprek.beantwoord(vraag_id, voorstel)
        assert uitkomst.bewaard and uitkomst.waarschuwingen == [], (voorstel, uitkomst)


def test_een_vaag_kinddoel_krijgt_een_waarschuwing_van_de_doelcheck(catalogus: Catalogus) -> None:
    pytest.importorskip("assistent.kern.doelcheck")
    gesprek = nieuw_gesprek(catalogus, ["stem_kind"], doelcheck=True)
    _vul(gesprek, LEERLING)
    uitkomst = gesprek.beantwoord("kind_doel", "Ik wil beter worden in rekenen.")
    assert uitkomst.bewaard and uitkomst.waarschuwingen


def _zichtbaar(gesprek: Gesprek) -> set[str]:
    return {s.vraag.id for s in gesprek.zichtbaar()}


def test_zonder_reden_voor_extra_ondersteuning_stopt_mbhb_met_een_vriendelijke_notitie(
    catalogus: Catalogus,
) -> None:
    gesprek = nieuw_gesprek(catalogus, ["mbhb"])
    _vul(gesprek, {**LEERLING, "mbhb_reden": ["geen"]})
    assert _zichtbaar(gesprek) == {*GEDEELD, "mbhb_reden", "mbhb_basis"}
    stap = gesprek.volgende()
    assert stap is not None and stap.vraag.id == "mbhb_basis"
    assert "niet nodig" in gesprek.tekst(stap.vraag)
    assert gesprek.sla_over("mbhb_basis").bewaard
    assert gesprek.volgende() is None

    gesprek.beantwoord("mbhb_reden", ["onderpresteren"])
    zichtbaar = _zichtbaar(gesprek)
    assert "mbhb_basis" not in zichtbaar
    assert {"mbhb_didactisch", "mbhb_doel", "mbhb_verrijken"} <= zichtbaar
    assert "mbhb_voorsprong" not in zichtbaar


def test_bij_kleuters_vraagt_mbhb_naar_voorsprong_in_plaats_van_toetsgegevens(
    catalogus: Catalogus,
) -> None:
    gesprek = nieuw_gesprek(catalogus, ["mbhb"])
    _vul(gesprek, {**LEERLING, "groep": 2, "mbhb_reden": ["dubbel_bijzonder"]})
    zichtbaar = _zichtbaar(gesprek)
    assert "mbhb_voorsprong" in zichtbaar
    assert not {"mbhb_didactisch", "mbhb_compacten", "mbhb_perspectief_ambitieus"} & zichtbaar


@pytest.mark.parametrize(("groep", "wel", "niet", "woord"), [
    (1, {"kind_gevoel"}, {"kind_cijfer_nu", "kind_cijfer_wens"}, "plaatjes"),
    (4, {"kind_cijfer_nu", "kind_cijfer_wens"}, {"kind_gevoel"}, "juf of meester"),
    (8, {"kind_cijfer_nu", "kind_cijfer_wens"}, {"kind_gevoel"}, "volwassenen"),
])
def test_de_vragen_voor_het_kind_passen_bij_de_leeftijd(
    catalogus: Catalogus, groep: int, wel: set[str], niet: set[str], woord: str
) -> None:
    gesprek = nieuw_gesprek(catalogus, ["stem_kind"])
    _vul(gesprek, {**LEERLING, "groep": groep})
    zichtbaar = _zichtbaar(gesprek)
    assert wel <= zichtbaar and not niet & zichtbaar
    stap = gesprek.stap("kind_helpt")
    assert stap is not None
    uitleg = gesprek.uitleg(stap.vraag)
    assert woord in uitleg and "{%" not in uitleg


def test_het_signaleringsplan_verschijnt_alleen_als_het_samen_is_gemaakt(
    catalogus: Catalogus,
) -> None:
    plan = {"kind_signalen", "kind_zelf_doen", "kind_volwassene_doet"}
    gesprek = nieuw_gesprek(catalogus, ["stem_kind"])
    _vul(gesprek, {**LEERLING, "gehoord_hoe": ["gesprek"]})
    assert not plan & _zichtbaar(gesprek)
    gesprek.beantwoord("gehoord_hoe", ["gesprek", "signaleringsplan"])
    assert plan <= _zichtbaar(gesprek)
    lijst = catalogus.vragenlijsten["stem_kind"]
    assert all(not v.verplicht for v in alle_vragen(lijst) if v.id in plan)


def test_rekenen_vraagt_door_bij_een_onvolledige_afweging_en_waarschuwt_voor_rekenroute(
    catalogus: Catalogus,
) -> None:
    gesprek = nieuw_gesprek(catalogus, ["rekenen"])
    alles = ["geprobeerd", "meer_groei", "instructie", "in_beeld"]
    _vul(gesprek, {**LEERLING, "rekenen_checklist": alles, "rekenen_leerroute": "geen",
                   "rekenen_materialen": ["rekenroute_onderwerp"]})
    zichtbaar = _zichtbaar(gesprek)
    assert "rekenen_twijfel" not in zichtbaar and "rekenen_rekenroute" not in zichtbaar
    # Zonder leerroute is het einddoel nog open; een leerroute legt het niveau al vast.
    assert "rekenen_referentieniveau" in zichtbaar

    _vul(gesprek, {"rekenen_checklist": alles[:3], "rekenen_materialen": ["rekenroute_leerlijn"]})
    assert {"rekenen_twijfel", "rekenen_rekenroute"} <= _zichtbaar(gesprek)
    _vul(gesprek, {"rekenen_leerroute": "leerroute_1"})
    zichtbaar = _zichtbaar(gesprek)
    assert "rekenen_rekenroute" in zichtbaar and "rekenen_referentieniveau" not in zichtbaar

    # Bij leerroute 2 ligt het einddoel al onder 1F: dan is de waarschuwing niet nodig.
    _vul(gesprek, {"rekenen_leerroute": "leerroute_2"})
    assert not {"rekenen_rekenroute", "rekenen_referentieniveau"} & _zichtbaar(gesprek)


def test_de_afweging_vraagt_alleen_wat_voor_het_advies_telt(catalogus: Catalogus) -> None:
    from assistent.kern.sessie.afweging import advies

    gesprek = nieuw_gesprek(catalogus, ["afweging"])
    _vul(gesprek, {**LEERLING, "aantal_leerlingen": "groep"})
    assert not {"langdurig", "basis_geprobeerd"} & _zichtbaar(gesprek)
    gesteld = loop(gesprek, laatste=True)
    assert gesteld == ["ondersteuningsbudget", "eigen_leerlijn", "verwijzing", "onderwijstijd"]
    uit = advies(gesprek.context())
    assert uit is not None and uit.uitkomst == "basisaanpak"

    _vul(gesprek, {"aantal_leerlingen": "een", "langdurig": True, "basis_geprobeerd": False})
    uit = advies(gesprek.context())
    assert uit is not None and uit.uitkomst == "twijfel"
