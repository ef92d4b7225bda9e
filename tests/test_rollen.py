"""Rollen en domeinen: de kern leest wat een vraag betekent, nooit hoe zijn id gespeld is.

De sterkste toets: een school die elk id in de meegeleverde vragenlijsten hernoemt (ook in de
voorwaarden en sjablonen) maar de rollen laat staan, krijgt voor dezelfde antwoorden precies
hetzelfde OPP, kinddeel en dezelfde agenda.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from assistent.kern import export, locaties
from assistent.kern.concept.bouwen import bouw_concept, controles
from assistent.kern.demo import vul
from assistent.kern.sessie.afweging import advies_van
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.herhaling import herhaald_id, uit_herhaald_id
from assistent.kern.sessie.model import Sessie
from assistent.kern.vragenlijst.laden import (
    Catalogus,
    LaadFouten,
    laad_catalogus,
    laad_vragenlijst,
)
from assistent.kern.vragenlijst.modellen import Vragenlijst
from assistent.kern.vragenlijst.rollen import DOMEINEN, ROLLEN
from assistent.kern.vragenlijst.voorbeeldzinnen import PLEKKEN, vul_zin
from assistent.kern.werkruimte import Werkruimte
from tests.nep import nep_doelcheck

VANDAAG = date(2027, 2, 15)
DOCS = Path(__file__).parent.parent / "docs" / "vragenlijsten.md"
ALLE = ("opp", "gedrag", "rekenen", "mbhb", "stem_kind", "afweging", "agenda", "evaluatie")

# Een naam, een string of iets anders: zo vervangen we alleen namen, nooit tekst tussen quotes.
_TOKEN = re.compile(r"'[^']*'|\"[^\"]*\"|[A-Za-z_][A-Za-z0-9_]*|.", re.S)
_SJABLOONCODE = re.compile(r"(\{\{.*?\}\}|\{%.*?%\})", re.S)


def _hernoem_code(code: str, nieuw: dict[str, str]) -> str:
    return "".join(nieuw.get(t, t) for t in _TOKEN.findall(code))


def _hernoem_sjabloon(tekst: str, nieuw: dict[str, str]) -> str:
    return _SJABLOONCODE.sub(lambda m: _hernoem_code(m.group(0), nieuw), tekst)


def hernoemde_ids(bestanden: list[Path]) -> dict[str, str]:
    """Elk vraag-id krijgt een nieuw id zonder enig spoor van het oude: q001, q002, …"""
    ids: list[str] = []
    for pad in bestanden:
        for onderdeel in tomllib.loads(pad.read_text(encoding="utf-8"))["onderdelen"]:
            ids.extend(v["id"] for v in onderdeel["vragen"] if v["id"] not in ids)
    return {oud: f"q{i:03d}" for i, oud in enumerate(ids, 1)}


def schrijf_hernoemd(bron: Path, doel: Path, nieuw: dict[str, str]) -> Path:
    """De vragenlijst met nieuwe ids voor vragen en onderdelen, ook in voorwaarden en teksten."""
    gegevens: dict[str, Any] = tomllib.loads(bron.read_text(encoding="utf-8"))
    for n, onderdeel in enumerate(gegevens["onderdelen"], 1):
        onderdeel["id"] = f"deel{n}"
        for vraag in onderdeel["vragen"]:
            vraag["id"] = nieuw[vraag["id"]]
            if "toon_als" in vraag:
                vraag["toon_als"] = _hernoem_code(vraag["toon_als"], nieuw)
            for veld in ("vraag", "uitleg", "voorstel"):
                if veld in vraag:
                    vraag[veld] = _hernoem_sjabloon(vraag[veld], nieuw)
    pad = doel / bron.name
    pad.write_text(tomli_w.dumps(gegevens), encoding="utf-8")
    return pad


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Vragenlijst],
                                                             dict[str, str]]:
    """Alle meegeleverde vragenlijsten, hernoemd zoals een school dat zou kunnen doen."""
    map_ = tmp_path_factory.mktemp("school")
    bronnen = sorted(locaties.vragenlijstenmap().glob("*.toml"))
    nieuw = hernoemde_ids(bronnen)
    zinnen = laad_catalogus(None).voorbeeldzinnen
    lijsten = [laad_vragenlijst(schrijf_hernoemd(b, map_, nieuw), zinnen) for b in bronnen]
    return {lijst.id: lijst for lijst in lijsten}, nieuw


def sessie(lijsten: list[str], antwoorden: dict[str, Any] | None = None,
           aanvaard: dict[str, str] | None = None) -> Sessie:
    nu = datetime(2027, 2, 15, 9, 0)
    return Sessie(id="sem-20270215-0000", vragenlijsten=lijsten, aangemaakt=nu, bijgewerkt=nu,
                  antwoorden=antwoorden or {}, aanvaard=aanvaard or {})


def ingevuld(lijsten: tuple[str, ...]) -> Gesprek:
    """Een volledig ingevuld gesprek over de ingebouwde vragenlijsten (de demo-antwoorden)."""
    catalogus = laad_catalogus(None)
    gesprek = Gesprek(sessie(list(lijsten), {"naam": "Sem", "groep": 5}),
                      [catalogus.vragenlijsten[i] for i in lijsten], doelcheck=nep_doelcheck)
    vul(gesprek, VANDAAG)
    # Een vaag doel dat bewust zo blijft: ook die reden moet mee naar het hernoemde gesprek.
    doellijst = next(s.vraag.id for s in gesprek.zichtbaar()
                     if s.vraag.rol == "doel" and s.vraag.soort == "lijst")
    gesprek.beantwoord(doellijst, ["Sem wordt beter in rekenen."], reden="Een tussenstap.")
    return gesprek


def hernoemd(gesprek: Gesprek, school: dict[str, Vragenlijst], nieuw: dict[str, str]) -> Gesprek:
    s = gesprek.sessie

    def id_(k: str) -> str:
        # Een antwoord per doel heet naar zijn vraag: die hernoemt de school, het nummer blijft.
        per_doel = uit_herhaald_id(k)
        return herhaald_id(nieuw[per_doel[0]], per_doel[1]) if per_doel else nieuw[k]

    antwoorden = {id_(k): v for k, v in s.antwoorden.items()}
    aanvaard = {id_(k): v for k, v in s.aanvaard.items()}
    kopie = sessie(list(s.vragenlijsten), antwoorden, aanvaard)
    kopie.overgeslagen = [id_(i) for i in s.overgeslagen]
    return Gesprek(kopie, [school[i] for i in s.vragenlijsten], doelcheck=nep_doelcheck)


@pytest.mark.parametrize("lijsten", [
    ("opp", "gedrag", "rekenen", "stem_kind"),
    ("opp", "mbhb", "stem_kind", "agenda"),
    ("afweging", "opp", "evaluatie"),
    ALLE,
], ids="+".join)
def test_een_school_die_elk_id_hernoemt_krijgt_hetzelfde_concept(
    school: tuple[dict[str, Vragenlijst], dict[str, str]], lijsten: tuple[str, ...]
) -> None:
    lijsten_school, nieuw = school
    origineel = ingevuld(lijsten)
    kopie = hernoemd(origineel, lijsten_school, nieuw)
    assert not set(kopie.sessie.antwoorden) & set(origineel.sessie.antwoorden)
    assert [s.vraag.rol for s in kopie.zichtbaar()] == [s.vraag.rol for s in origineel.zichtbaar()]
    for document in export.DOCUMENTEN:
        assert (
            export.markdown(kopie, document, vandaag=VANDAAG, doelcheck=nep_doelcheck)
            == export.markdown(origineel, document, vandaag=VANDAAG, doelcheck=nep_doelcheck)
        ), document
    assert controles(kopie, vandaag=VANDAAG, doelcheck=nep_doelcheck) == controles(
        origineel, vandaag=VANDAAG, doelcheck=nep_doelcheck)
    assert advies_van(kopie) == advies_van(origineel)


def test_het_hernoemde_concept_heeft_echt_inhoud(
    school: tuple[dict[str, Vragenlijst], dict[str, str]],
) -> None:
    """Zodat de vergelijking hierboven niet twee lege documenten gelijk noemt."""
    lijsten_school, nieuw = school
    kopie = hernoemd(ingevuld(("opp", "gedrag", "stem_kind")), lijsten_school, nieuw)
    opp = export.markdown(kopie, "opp", vandaag=VANDAAG, doelcheck=nep_doelcheck)
    for verwacht in ("Groep 5", "De leerkracht; de intern begeleider", "bewust zo geformuleerd",
                     "| Thuis | ouders zijn betrokken", "uiterlijk"):
        assert verwacht in opp
    kinddeel = export.markdown(kopie, "kinddeel", vandaag=VANDAAG, doelcheck=nep_doelcheck)
    assert "Ik zit in groep 5." in kinddeel and "Ik reken binnen tien weken" in kinddeel
    agenda = export.markdown(kopie, "agenda", vandaag=VANDAAG, doelcheck=nep_doelcheck)
    assert "Vraag elke ouder met gezag of die instemt met het handelingsdeel" in agenda


def test_een_hernoemd_thema_stelt_naam_groep_en_voornaamwoord_niet_opnieuw(
    school: tuple[dict[str, Vragenlijst], dict[str, str]],
) -> None:
    lijsten_school, nieuw = school
    kern = laad_catalogus(None).vragenlijsten["opp"]
    gesprek = Gesprek(sessie(["opp", "stem_kind"]), [kern, lijsten_school["stem_kind"]],
                      doelcheck=nep_doelcheck)
    rollen = [s.vraag.rol for s in gesprek.stappen if s.vraag.rol]
    assert rollen.count("naam") == rollen.count("groep") == rollen.count("voornaamwoord") == 1
    # Het eigen id van de weggelaten groepvraag blijft in voorwaarden naar de groep wijzen.
    kleuter = next(s.vraag for s in gesprek.stappen if s.vraag.id == nieuw["kind_gevoel"])
    assert kleuter.toon_als == f"{nieuw['groep']} <= 2"
    assert gesprek.beantwoord("groep", 1).bewaard
    assert kleuter in [s.vraag for s in gesprek.zichtbaar()]
    assert gesprek.beantwoord("groep", 6).bewaard
    assert kleuter not in [s.vraag for s in gesprek.zichtbaar()]


def test_een_hernoemde_naamvraag_vult_toch_naam_en_voornaamwoord_in_zinnen_in(
    school: tuple[dict[str, Vragenlijst], dict[str, str]],
) -> None:
    lijsten_school, nieuw = school
    gesprek = Gesprek(sessie(["stem_kind"]), [lijsten_school["stem_kind"]],
                      doelcheck=nep_doelcheck)
    gesprek.beantwoord(nieuw["naam"], "Noor")
    gesprek.beantwoord(nieuw["voornaamwoord"], "zij")
    gesprek.beantwoord(nieuw["groep"], 2)
    context = gesprek.context()
    assert (context["naam"], context["voornaamwoord"], context["groep"]) == ("Noor", "zij", 2)
    assert vul_zin("{{ Naam }} vertelt wat {{ hij }} fijn vindt.", context) == (
        "Noor vertelt wat zij fijn vindt.")
    kleuter = next(s.vraag for s in gesprek.stappen if s.vraag.id == nieuw["kind_gevoel"])
    assert kleuter in [s.vraag for s in gesprek.zichtbaar()]


def test_een_nieuwe_sessie_bewaart_naam_en_groep_onder_de_vraag_met_die_rol(
    school: tuple[dict[str, Vragenlijst], dict[str, str]], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Een nieuwe sessie bewaart naam en groep onder de vraag met die rol, en het heropende
    gesprek (zoals de sessielijst en het startscherm het tonen) leest ze via de rol."""
    lijsten_school, nieuw = school
    catalogus = Catalogus(vragenlijsten={"stem_kind": lijsten_school["stem_kind"]})
    werkruimte = Werkruimte(tmp_path, catalogus)
    gesprek, pad = werkruimte.nieuw("Noor", ["stem_kind"], 3, {"voornaamwoord": "zij"})
    bewaard = tomllib.loads(pad.read_text(encoding="utf-8"))["antwoorden"]
    assert bewaard == {nieuw["naam"]: "Noor", nieuw["groep"]: 3, nieuw["voornaamwoord"]: "zij"}
    heropend = werkruimte.open(pad)
    assert (heropend.naam, heropend.groep) == ("Noor", 3)
    # Een groep die de vragenlijst niet toelaat, wordt niet stilletjes bewaard.
    with pytest.raises(ValueError, match="(?i)groep"):
        werkruimte.nieuw("Noor", ["stem_kind"], 12)
    # En de vragenlijsten zonder vraag voor de naam zeggen dat in gewone taal.
    lijst = lijsten_school["stem_kind"]
    onderdelen = tuple(replace(o, vragen=tuple(
        replace(v, rol=None) if v.rol == "naam" else v for v in o.vragen)) for o in lijst.onderdelen)
    zonder = Werkruimte(tmp_path, Catalogus(vragenlijsten={
        "stem_kind": replace(lijst, onderdelen=onderdelen)}))
    with pytest.raises(ValueError, match="geen vraag voor de roepnaam"):
        zonder.nieuw("Noor", ["stem_kind"])


# --- Een eigen factorvraag van een school ------------------------------------------------

DYSLEXIE = """
id = "dyslexie"
titel = "Dyslexie op onze school"
versie = 1
[[onderdelen]]
id = "lezen"
titel = "Lezen"
[[onderdelen.vragen]]
id = "dyslexie_belemmerend_school"
domein = "{domein}"
soort = "meerkeuze"
vraag = "Wat maakt lezen op school moeilijker?"
sectie = "factoren_belemmerend"
opties = [
  {{ waarde = "voorlezen", label = "hardop voorlezen in de klas" }},
  {{ waarde = "kleine_letters", label = "teksten met kleine letters" }},
]
[[onderdelen.vragen]]
id = "dyslexie_toelichting_thuis"
domein = "thuis"
soort = "tekst"
vraag = "Wat merken ouders thuis bij het lezen?"
sectie = "factoren_belemmerend"
verplicht = false
"""


def factorrijen(tmp_path: Path, domein: str) -> dict[str, tuple[str, ...]]:
    pad = tmp_path / "dyslexie.toml"
    pad.write_text(DYSLEXIE.format(domein=domein), encoding="utf-8")
    gesprek = Gesprek(sessie(["dyslexie"], {
        "dyslexie_belemmerend_school": ["voorlezen", "kleine_letters"],
        "dyslexie_toelichting_thuis": "Lezen gaat thuis beter met een liniaal.",
    }), [laad_vragenlijst(pad)], doelcheck=nep_doelcheck)
    sectie = bouw_concept(gesprek, "opp", vandaag=VANDAAG, doelcheck=nep_doelcheck).sectie(
        "factoren")
    assert sectie is not None
    return {rij[0]: rij[1:] for rij in sectie.tabellen[0].rijen}


def test_een_eigen_factorvraag_landt_in_het_domein_dat_hij_noemt(tmp_path: Path) -> None:
    rijen = factorrijen(tmp_path, "onderwijs")
    assert rijen["Onderwijs"] == ("–", "hardop voorlezen in de klas\nteksten met kleine letters")
    # Een open factorvraag met een domein komt ook in de tabel, niet als losse toelichting.
    assert rijen["Thuis"] == ("–", "Lezen gaat thuis beter met een liniaal.")
    assert "Overig" not in rijen


def test_overig_is_een_bewuste_keuze_van_de_vragenlijst(tmp_path: Path) -> None:
    rijen = factorrijen(tmp_path, "overig")
    assert rijen["Overig"][1].startswith("hardop voorlezen")
    assert rijen["Onderwijs"] == ("–", "–")


def test_een_eigen_factorvraag_zonder_domein_wordt_niet_geladen(tmp_path: Path) -> None:
    pad = tmp_path / "dyslexie.toml"
    pad.write_text(DYSLEXIE.format(domein="x").replace('domein = "x"\n', ""), encoding="utf-8")
    with pytest.raises(LaadFouten) as info:
        laad_vragenlijst(pad)
    (fout,) = info.value.fouten
    assert (fout.vraag, fout.veld) == ("dyslexie_belemmerend_school", "domein")
    assert "heeft een domein nodig" in str(fout) and str(fout).startswith(str(pad))


# --- De lijst met rollen ---------------------------------------------------------------


def test_elke_rol_heeft_uitleg_en_een_vorm() -> None:
    for naam, rol in ROLLEN.items():
        assert rol.uitleg and rol.vormen and rol.gebruik, naam


@pytest.mark.parametrize("lijst_id", ALLE)
def test_de_meegeleverde_vragenlijsten_gebruiken_alleen_bestaande_rollen(lijst_id: str) -> None:
    lijst = laad_catalogus(None).vragenlijsten[lijst_id]
    for _, vraag in lijst.vragen():
        assert vraag.rol is None or vraag.rol in ROLLEN
        assert vraag.domein is None or vraag.domein in DOMEINEN


def test_elke_rol_die_de_kern_leest_staat_op_een_meegeleverde_vraag() -> None:
    gebruikt = {v.rol for lijst in laad_catalogus(None).vragenlijsten.values()
                for _, v in lijst.vragen()}
    assert set(ROLLEN) <= gebruikt



def test_elke_rol_elk_domein_en_elke_open_plek_staat_in_de_documentatie() -> None:
    tekst = DOCS.read_text(encoding="utf-8")
    for naam in [*ROLLEN, *DOMEINEN]:
        assert f"| `{naam}` |" in tekst, naam
    for plek in PLEKKEN:
        assert f"| `[{plek}]` |" in tekst, plek
