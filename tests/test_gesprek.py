"""De gespreksmotor: volgorde, voorwaarden, wijzigen, voortgang en controle per soort."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date, datetime
from pathlib import Path

import pytest

from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.model import Sessie
from assistent.kern.vragenlijst.laden import laad_vragenlijst
from assistent.kern.vragenlijst.voorwaarde import voorwaarde_geldt
from tests.nep import nep_doelcheck

DATA = Path(__file__).parent / "data"
MEETBAAR = "Voor 1 maart rekent Sem 8 van de 10 keersommen goed uit."




def maak(antwoorden: dict[str, object] | None = None) -> Gesprek:
    nu = datetime(2026, 11, 1, 9, 0)
    sessie = Sessie(
        id="t", vragenlijsten=["mini"], aangemaakt=nu, bijgewerkt=nu,
        antwoorden=dict(antwoorden or {}),  # type: ignore[arg-type]
    )
    return Gesprek(sessie, [laad_vragenlijst(DATA / "mini.toml")], doelcheck=nep_doelcheck)


def ids(gesprek: Gesprek) -> list[str]:
    return [s.vraag.id for s in gesprek.zichtbaar()]


def test_de_eerste_vraag_is_de_eerste_onbeantwoorde() -> None:
    gesprek = maak({"naam": "Sem"})
    assert gesprek.volgende().vraag.id == "extra"


def test_een_verborgen_vraag_wordt_niet_gesteld_en_verschijnt_als_de_voorwaarde_geldt() -> None:
    gesprek = maak({"naam": "Sem"})
    assert "welke" not in ids(gesprek)
    gesprek.beantwoord("extra", "ja")
    assert gesprek.volgende().vraag.id == "welke"
    assert gesprek.tekst(gesprek.volgende().vraag) == "Welke ondersteuning krijgt Sem?"


def test_een_eerder_antwoord_wijzigen_verbergt_en_toont_later_maar_bewaart_het_antwoord() -> None:
    gesprek = maak({"naam": "Sem", "extra": True})
    gesprek.beantwoord("welke", "RT twee keer per week")
    gesprek.beantwoord("kleur", "rood")
    gesprek.beantwoord("extra", False)
    assert "welke" not in ids(gesprek)
    assert gesprek.sessie.antwoorden["welke"] == "RT twee keer per week"
    assert "welke" not in gesprek.context()
    assert gesprek.sessie.antwoorden["kleur"] == "rood"
    gesprek.beantwoord("extra", True)
    assert "welke" in ids(gesprek)
    assert gesprek.context()["welke"] == "RT twee keer per week"
    assert gesprek.volgende().vraag.id == "hobbys"


def test_terug_zet_de_vorige_vraag_klaar_en_latere_antwoorden_blijven() -> None:
    gesprek = maak({"naam": "Sem", "extra": False, "kleur": "blauw"})
    assert gesprek.volgende().vraag.id == "hobbys"
    vorige = gesprek.terug()
    assert vorige is not None and vorige.vraag.id == "kleur"
    assert gesprek.volgende().vraag.id == "kleur"
    gesprek.beantwoord("kleur", "Rood")
    assert gesprek.sessie.antwoorden["kleur"] == "rood"
    assert gesprek.volgende().vraag.id == "hobbys"


def test_terug_bij_de_eerste_vraag_blijft_bij_de_eerste_vraag() -> None:
    gesprek = maak()
    assert gesprek.terug().vraag.id == "naam"


def test_ga_naar_een_verborgen_vraag_lukt_niet() -> None:
    gesprek = maak({"naam": "Sem", "extra": False})
    assert gesprek.ga_naar("welke") is False
    assert gesprek.ga_naar("naam") is True
    assert gesprek.volgende().vraag.id == "naam"


def test_terug_na_de_laatste_vraag_gaat_naar_de_laatste_vraag() -> None:
    gesprek = maak({"naam": "S", "extra": False, "kleur": "rood", "hobbys": [], "aantal": 1,
                    "wanneer": date(2027, 1, 1), "doelen": [MEETBAAR]})
    gesprek.sla_over("hobbys")
    assert gesprek.volgende() is None
    assert gesprek.terug().vraag.id == "doelen"


def test_de_voortgang_is_exact() -> None:
    gesprek = maak({"naam": "Sem"})
    v = gesprek.voortgang()
    assert (v.beantwoord, v.totaal, v.onderdeel, v.onderdelen) == (1, 7, 1, 2)
    assert v.kop() == "Mini · onderdeel 1 van 2 · nog 6 vragen"
    gesprek.beantwoord("extra", True)
    v = gesprek.voortgang()
    assert (v.beantwoord, v.totaal) == (2, 8)
    gesprek.beantwoord("welke", "iets")
    assert gesprek.voortgang().onderdeel == 2


def test_een_harde_fout_verandert_niets() -> None:
    gesprek = maak({"naam": "Sem"})
    voor = asdict(gesprek.sessie)
    for vraag_id, waarde in [("kleur", "groen"), ("aantal", "veel"), ("aantal", 11),
                             ("wanneer", "morgen"), ("extra", "misschien"), ("naam", "  "),
                             ("hobbys", ["zwemmen"]), ("doelen", []), ("bestaatniet", "x")]:
        uitkomst = gesprek.beantwoord(vraag_id, waarde)
        assert not uitkomst.bewaard, vraag_id
        assert uitkomst.fouten and all(isinstance(f, str) for f in uitkomst.fouten)
    assert asdict(gesprek.sessie) == voor


@pytest.mark.parametrize(
    ("vraag_id", "invoer", "bewaard"),
    [
        ("extra", "Ja", True),
        ("extra", "nee", False),
        ("kleur", "2", "blauw"),
        ("kleur", "Blauw", "blauw"),
        ("hobbys", "voetbal; tekenen", ["voetbal", "tekenen"]),
        ("aantal", "3,5", 3.5),
        ("aantal", 7, 7),
        ("wanneer", "1-3-2027", date(2027, 3, 1)),
        ("wanneer", "1 maart 2027", date(2027, 3, 1)),
        ("wanneer", "2027-03-01", date(2027, 3, 1)),
        ("doelen", MEETBAAR, [MEETBAAR]),
    ],
)
def test_antwoorden_worden_per_soort_gelezen(vraag_id: str, invoer: object, bewaard: object) -> None:
    gesprek = maak({"naam": "Sem", "extra": True})
    assert gesprek.beantwoord(vraag_id, invoer).bewaard
    assert gesprek.sessie.antwoorden[vraag_id] == bewaard


def test_een_vaag_doel_wordt_bewaard_met_een_waarschuwing_die_open_blijft() -> None:
    gesprek = maak({"naam": "Sem"})
    uitkomst = gesprek.beantwoord("doelen", ["Sem wordt beter in rekenen", MEETBAAR])
    assert uitkomst.bewaard and len(uitkomst.waarschuwingen) == 1
    assert [m.soort for m in gesprek.signalen()] == ["waarschuwing"]


def test_een_waarschuwing_accepteren_vraagt_een_reden_en_vervalt_bij_een_nieuwe_tekst() -> None:
    gesprek = maak({"naam": "Sem"})
    gesprek.beantwoord("doelen", ["Sem wordt beter in rekenen"])
    assert not gesprek.aanvaard("doelen", "  ").bewaard
    assert gesprek.aanvaard("doelen", "Afgesproken met ouders; wordt in januari concreet").bewaard
    assert gesprek.signalen() == []
    gesprek.beantwoord("doelen", ["Sem wordt beter in spelling"])
    assert "doelen" not in gesprek.sessie.aanvaard
    assert gesprek.signalen()
    uitkomst = gesprek.beantwoord("doelen", ["Sem wordt beter in lezen"], reden="Eerste opzet")
    assert uitkomst.waarschuwingen == [] and gesprek.sessie.aanvaard["doelen"] == "Eerste opzet"


def test_een_verplichte_meerkeuzevraag_vraagt_minstens_een_vinkje() -> None:
    gesprek = maak({"naam": "Sem"})
    vraag = replace(gesprek.stap("hobbys").vraag, verplicht=True)
    from assistent.kern.vragenlijst.waarden import WaardeFout, normaliseer

    with pytest.raises(WaardeFout, match="minstens één"):
        normaliseer(vraag, [])
    assert gesprek.beantwoord("hobbys", []).bewaard  # niet verplicht: niets aanvinken mag


def test_overslaan_kan_alleen_bij_een_niet_verplichte_vraag() -> None:
    gesprek = maak({"naam": "Sem", "extra": False, "kleur": "rood"})
    assert not gesprek.sla_over("aantal").bewaard
    assert gesprek.sla_over("hobbys").bewaard
    assert gesprek.volgende().vraag.id == "aantal"
    assert "hobbys" not in gesprek.ontbrekend()
    gesprek.beantwoord("hobbys", ["tekenen"])
    assert gesprek.sessie.overgeslagen == []


def test_een_met_de_hand_fout_ingevuld_antwoord_is_een_signaal_en_telt_als_open() -> None:
    gesprek = maak({"naam": "Sem", "extra": "soms"})
    assert gesprek.volgende().vraag.id == "extra"
    assert any(m.soort == "fout" and m.vraag == "extra" for m in gesprek.signalen())
    assert gesprek.sessie.antwoorden["extra"] == "soms"


def test_ontbrekend_noemt_alleen_zichtbare_verplichte_vragen() -> None:
    gesprek = maak({"naam": "Sem", "extra": False})
    assert gesprek.ontbrekend() == ["kleur", "aantal", "wanneer", "doelen"]


def test_een_gedeeld_feit_wordt_maar_een_keer_gevraagd() -> None:
    lijst = laad_vragenlijst(DATA / "mini.toml")
    nu = datetime(2026, 11, 1)
    sessie = Sessie(id="t", vragenlijsten=["mini", "mini2"], aangemaakt=nu, bijgewerkt=nu)
    tweede = replace(lijst, id="mini2")
    gesprek = Gesprek(sessie, [lijst, tweede])
    assert [s.vraag.id for s in gesprek.stappen].count("naam") == 1


THEMA = """
id = "thema"
titel = "Thema"
versie = 1
[[onderdelen]]
id = "een"
titel = "Een"
[[onderdelen.vragen]]
id = "leerling_roepnaam"
rol = "naam"
soort = "tekst"
vraag = "Hoe heet de leerling?"
[[onderdelen.vragen]]
id = "thema_extra"
soort = "tekst"
vraag = "Wat nog meer voor {{ leerling_roepnaam }}?"
toon_als = "leerling_roepnaam == 'Sem'"
[[onderdelen.vragen]]
id = "thema_doelen"
rol = "doel"
soort = "lijst"
item = "doel"
vraag = "Doelen van het thema?"
sectie = "doelen"
"""


def test_een_unieke_rol_wordt_maar_een_keer_gevraagd_ook_onder_een_ander_id(
    tmp_path: Path,
) -> None:
    (tmp_path / "thema.toml").write_text(THEMA, encoding="utf-8")
    nu = datetime(2026, 11, 1)
    sessie = Sessie(id="t", vragenlijsten=["mini", "thema"], aangemaakt=nu, bijgewerkt=nu)
    gesprek = Gesprek(sessie, [laad_vragenlijst(DATA / "mini.toml"),
                               laad_vragenlijst(tmp_path / "thema.toml")],
                      doelcheck=nep_doelcheck)
    stappen = [s.vraag.id for s in gesprek.stappen]
    assert "leerling_roepnaam" not in stappen and stappen.count("naam") == 1
    # Een rol die vaker mag (doelen) blijft twee vragen.
    assert "doelen" in stappen and "thema_doelen" in stappen
    # Het thema noemt zijn eigen id; dat wijst naar het antwoord op de vraag die wel gesteld is.
    assert "thema_extra" not in ids(gesprek)
    gesprek.beantwoord("naam", "Sem")
    assert "thema_extra" in ids(gesprek)
    stap = gesprek.stap("thema_extra")
    assert stap is not None and gesprek.tekst(stap.vraag) == "Wat nog meer voor Sem?"


@pytest.mark.parametrize(
    ("expressie", "antwoorden", "verwacht"),
    [
        (None, {}, True),
        ("extra", {"extra": True}, True),
        ("groep >= 3", {}, False),
        ("groep >= 3", {"groep": 5}, True),
        ("'rood' in kleuren", {"kleuren": ["rood"]}, True),
        ("().__class__.__mro__", {}, False),
    ],
)
def test_voorwaarden_worden_veilig_geevalueerd(
    expressie: str | None, antwoorden: dict[str, object], verwacht: bool
) -> None:
    assert voorwaarde_geldt(expressie, antwoorden) is verwacht


def test_afgeleide_toestand_volgt_een_nieuwe_antwoordenlijst_van_buiten() -> None:
    gesprek = maak({"naam": "Sem", "extra": False})
    assert "welke" not in ids(gesprek)
    gesprek.sessie.antwoorden = {**gesprek.sessie.antwoorden, "extra": True}
    assert "welke" in ids(gesprek)
    gesprek.sessie.overgeslagen = ["hobbys"]
    assert gesprek.is_afgehandeld(gesprek.stap("hobbys").vraag)


@pytest.mark.parametrize(
    ("waarde", "invoer"),
    [(date(2027, 3, 1), "1-3-2027"), (5, "5"), (5.0, "5"), (2.5, 2.5), (True, True), ("x", "x")],
)
def test_een_bewaard_antwoord_wordt_weer_invoer_die_de_motor_terugleest(
    waarde: object, invoer: object
) -> None:
    from assistent.kern.vragenlijst.waarden import als_invoer

    assert als_invoer(waarde) == invoer


def test_de_antwoordtekst_zegt_of_een_vraag_beantwoord_overgeslagen_of_open_is() -> None:
    gesprek = maak({"naam": "Sem", "extra": False, "wanneer": "2027-03-15", "aantal": "veel"})
    gesprek.sla_over("hobbys")
    stap = {s.vraag.id: s.vraag for s in gesprek.stappen}
    assert gesprek.antwoordtekst(stap["naam"]) == "Sem"
    assert gesprek.antwoordtekst(stap["wanneer"]) == "15 maart 2027"
    assert gesprek.antwoordtekst(stap["hobbys"]) == "(overgeslagen)"
    assert gesprek.antwoordtekst(stap["kleur"]) is None
    assert gesprek.antwoordtekst(stap["aantal"]) is None  # met de hand fout ingevuld: nog open


def test_de_beginwaarde_is_het_eerdere_antwoord_om_te_bewerken() -> None:
    gesprek = maak({"naam": "Sem", "wanneer": "2027-03-15"})
    stap = {s.vraag.id: s.vraag for s in gesprek.stappen}
    assert gesprek.beginwaarde(stap["wanneer"]) == "15-3-2027"
    assert gesprek.beginwaarde(stap["kleur"]) is None
    assert gesprek.beginwaarde(replace(stap["aantal"], standaard=3)) == "3"
