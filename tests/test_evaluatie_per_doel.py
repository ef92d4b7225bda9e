"""De evaluatie per doel: elk doel van het huidige OPP met zijn eigen tekst, tot en met bijstellen.

De vragen per doel staan één keer in evaluatie.toml (`herhaal = "doelen"`); het gesprek stelt ze
voor elk doel, met vaste ids per doel. `bijstellen` neemt de besluiten over.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from assistent.cli import main
from assistent.kern.concept.bouwen import controles
from assistent.kern.cyclus.bijstellen import Evaluatie, bijstel, uit_evaluatie
from assistent.kern.cyclus.metingen import MetingFout, huidige_doelen, voeg_toe
from assistent.kern.demo import maak_demo
from assistent.kern.sessie import opslag
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.herhaling import uit_herhaald_id
from assistent.kern.vragenlijst.laden import LaadFouten, laad_vragenlijst
from assistent.kern.vragenlijst.waarden import datumtekst
from assistent.kern.werkruimte import Werkruimte

HERSCHREVEN = "Voor de zomer rekent Milan 9 van de 10 keersommen uit de tafels van 6 en 7 goed uit."
NIEUW = "Binnen zes weken leest Milan 40 woorden per minuut op de AVI-kaart."


def _evaluatie(tmp_path: Path) -> tuple[Werkruimte, Gesprek, Path]:
    werkruimte = Werkruimte.laad(tmp_path)
    gesprek, pad = maak_demo(werkruimte)
    werkruimte.begin_evaluatie(gesprek)
    return werkruimte, gesprek, pad


def _ids(gesprek: Gesprek) -> list[str]:
    return [s.vraag.id for s in gesprek.zichtbaar() if s.vragenlijst.id == "evaluatie"]


def test_elk_doel_komt_met_zijn_eigen_tekst_en_metingen_langs(tmp_path: Path) -> None:
    _, gesprek, _ = _evaluatie(tmp_path)
    doel_1, doel_2 = huidige_doelen(gesprek)
    voeg_toe(gesprek, 1, "2 van de 5 rekenlessen", date(2026, 12, 7))
    assert gesprek.beantwoord("evaluatie_soort", "jaarlijks").bewaard
    oordeel_2 = gesprek.stap("evaluatie_oordeel__doel2")
    assert oordeel_2 is not None and doel_2 in gesprek.tekst(oordeel_2.vraag)
    assert doel_1 not in gesprek.tekst(oordeel_2.vraag)
    assert oordeel_2.vraag.titel == "Doel 2: behaald?"
    # De metingen van dit doel staan klaar als voorstel; een doel zonder metingen krijgt er geen.
    bewijs_1, bewijs_2 = (gesprek.stap(f"evaluatie_bewijs__doel{n}") for n in (1, 2))
    assert bewijs_1 is not None and bewijs_2 is not None
    assert gesprek.beginwaarde(bewijs_1.vraag) == "Metingen: 2 van de 5 rekenlessen (07-12-2026)."
    assert gesprek.beginwaarde(bewijs_2.vraag) is None
    # Eerst per doel de terugblik, dan het kind en de ouders, dan per doel het besluit.
    ids = _ids(gesprek)
    assert ids.index("evaluatie_werkte__doel2") < ids.index("evaluatie_kind")
    assert ids.index("evaluatie_kind") < ids.index("evaluatie_ouders")
    assert ids.index("evaluatie_ouders") < ids.index("evaluatie_besluit_doel__doel1")
    # Een doel dat bijgesteld wordt, krijgt de oude tekst klaar en de doelcheck erbij.
    assert "evaluatie_herschreven__doel2" not in ids
    assert gesprek.beantwoord("evaluatie_besluit_doel__doel2", "bijstellen").bewaard
    herschreven = gesprek.stap("evaluatie_herschreven__doel2")
    assert herschreven is not None and gesprek.beginwaarde(herschreven.vraag) == doel_2
    assert "evaluatie_herschreven__doel1" not in _ids(gesprek)
    vaag = gesprek.beantwoord("evaluatie_herschreven__doel2", "Milan wordt beter in de tafels.")
    assert vaag.bewaard and any("niet meetbaar" in w for w in vaag.waarschuwingen)


def test_een_tussenevaluatie_vraagt_minder(tmp_path: Path) -> None:
    _, gesprek, _ = _evaluatie(tmp_path)
    gesprek.beantwoord("evaluatie_soort", "jaarlijks")
    jaarlijks = set(_ids(gesprek))
    gesprek.beantwoord("evaluatie_soort", "tussentijds")
    tussentijds = set(_ids(gesprek))
    assert tussentijds < jaarlijks | {"evaluatie_tussendatum"}
    assert {"evaluatie_werkte__doel1", "evaluatie_ouders", "evaluatie_perspectief",
            "evaluatie_gesprek"} <= jaarlijks - tussentijds
    assert {"evaluatie_oordeel__doel1", "evaluatie_bewijs__doel2", "evaluatie_kind",
            "evaluatie_besluit_doel__doel2"} <= tussentijds


def test_verkeerde_ids_per_doel_krijgen_een_duidelijke_melding(tmp_path: Path) -> None:
    _, gesprek, _ = _evaluatie(tmp_path)
    voor = dict(gesprek.sessie.antwoorden)
    [zonder_nummer] = gesprek.beantwoord("evaluatie_oordeel", "behaald").fouten
    assert "per doel" in zonder_nummer and "evaluatie_oordeel__doel1" in zonder_nummer
    [te_hoog] = gesprek.beantwoord("evaluatie_oordeel__doel7", "behaald").fouten
    assert te_hoog == "Er is geen doel 7: het huidige OPP heeft 2 doelen."
    [keuze] = gesprek.beantwoord("evaluatie_oordeel__doel1", "prima").fouten
    assert "behaald" in keuze
    assert gesprek.sessie.antwoorden == voor


def test_een_sessie_met_alleen_de_evaluatie_vraagt_eerst_de_doelen(tmp_path: Path) -> None:
    werkruimte = Werkruimte.laad(tmp_path)
    gesprek, _ = werkruimte.nieuw("Sem", ["evaluatie"])
    ids = _ids(gesprek)
    assert "evaluatie_doelen_opp" in ids and not any("__doel" in i for i in ids)
    assert gesprek.beantwoord("evaluatie_doelen_opp", [
        "Voor de kerstvakantie steekt Sem in 4 van de 5 kringen zijn vinger op.",
        HERSCHREVEN]).bewaard
    ids = _ids(gesprek)
    assert "evaluatie_oordeel__doel2" in ids and "evaluatie_oordeel__doel3" not in ids
    # In een sessie met het OPP erbij komt de vraag naar de doelen niet.
    _, met_opp, _ = _evaluatie(tmp_path / "opp")
    assert "evaluatie_doelen_opp" not in _ids(met_opp)


def test_bijstellen_neemt_de_evaluatie_over_en_de_volgende_evaluatie_begint_leeg(
    tmp_path: Path,
) -> None:
    werkruimte, gesprek, _ = _evaluatie(tmp_path)
    doel_1, _ = huidige_doelen(gesprek)
    for vraag_id, waarde in (
        ("evaluatie_soort", "tussentijds"), ("evaluatie_oordeel__doel1", "deels"),
        ("evaluatie_oordeel__doel2", "niet"), ("evaluatie_besluit_doel__doel1", "doorgaan"),
        ("evaluatie_besluit_doel__doel2", "bijstellen"),
        ("evaluatie_herschreven__doel2", HERSCHREVEN), ("evaluatie_besluit", "bijstellen"),
        ("evaluatie_nieuwe_doelen", [NIEUW]),
    ):
        assert gesprek.beantwoord(vraag_id, waarde).bewaard, vraag_id
    evaluatie = uit_evaluatie(gesprek)
    assert evaluatie == Evaluatie({1: "deels", 2: "niet"}, {1: "doorgaan", 2: "bijstellen"},
                                  {2: HERSCHREVEN}, [NIEUW])
    # Een eigen besluit gaat voor; dan valt de herschreven tekst uit de evaluatie weg.
    anders = evaluatie.samen_met(besluiten={2: "afsluiten"}, oordelen={1: "behaald"})
    assert anders.besluiten[2] == "afsluiten" and anders.herschreven == {}
    assert anders.oordelen == {1: "behaald", 2: "niet"}

    oud = dict(gesprek.sessie.antwoorden)
    bijstel(gesprek, date(2027, 2, 1), besluiten=evaluatie.besluiten,
            herschreven=evaluatie.herschreven, oordelen=evaluatie.oordelen, nieuw=evaluatie.nieuw)
    assert huidige_doelen(gesprek) == [doel_1, HERSCHREVEN, NIEUW]
    vorige = gesprek.sessie.versies[0]
    assert vorige.oordelen == {"1": "deels", "2": "niet"}
    assert vorige.antwoorden["evaluatie_herschreven__doel2"] == HERSCHREVEN
    # De evaluatie gaat uit het gesprek (de oude versie onthoudt haar) en begint bij de volgende
    # keer leeg, nu over drie doelen.
    assert "evaluatie" not in gesprek.sessie.vragenlijsten
    assert "evaluatie" in vorige.vragenlijsten
    # Wat het gesprek nu vraagt, is de instemming met het nieuwe handelingsdeel, niet de evaluatie.
    assert [s.vraag.rol for s in gesprek.zichtbaar() if not gesprek.is_afgehandeld(s.vraag)] == [
        "instemming"]
    assert not uit_evaluatie(gesprek).oordelen
    evaluatielijst = werkruimte.evaluatielijst()
    assert evaluatielijst is not None
    van_evaluatie = {v.id for _, v in evaluatielijst.vragen()} - {
        v.id for lijst in gesprek.vragenlijsten for _, v in lijst.vragen()}
    over = {(uit_herhaald_id(k) or (k, 0))[0] for k in gesprek.sessie.antwoorden}
    assert not over & van_evaluatie
    werkruimte.begin_evaluatie(gesprek)
    assert "evaluatie_oordeel__doel3" in _ids(gesprek)
    open_ = [s.vraag.id for s in gesprek.zichtbaar() if not gesprek.is_afgehandeld(s.vraag)]
    assert open_[:2] == ["instemming", "evaluatie_soort"]
    # De rest blijft, behalve de instemming (het handelingsdeel veranderde).
    gebleven = {k for k in oud if k not in van_evaluatie and uit_herhaald_id(k) is None}
    assert gebleven - set(gesprek.sessie.antwoorden) == {"instemming"}


def test_bijstellen_zonder_tekst_bij_een_bijgesteld_doel_verandert_niets(tmp_path: Path) -> None:
    _, gesprek, _ = _evaluatie(tmp_path)
    gesprek.beantwoord("evaluatie_besluit_doel__doel1", "bijstellen")
    evaluatie = uit_evaluatie(gesprek)
    voor = dict(gesprek.sessie.antwoorden)
    with pytest.raises(MetingFout, match="Doel 1 wordt bijgesteld"):
        bijstel(gesprek, date(2027, 2, 1), besluiten=evaluatie.besluiten,
                herschreven=evaluatie.herschreven)
    assert gesprek.sessie.antwoorden == voor and not gesprek.sessie.versies


def test_de_hele_cyclus_met_evaluatie_per_doel_zonder_chat(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """OPP → drie metingen → evaluatie (invullen) → bijstellen → export van versie 2 en 1."""
    werkruimte = Werkruimte.laad(tmp_path)
    _, pad = maak_demo(werkruimte)
    for waarde, dag in (("1 van de 5 rekenlessen", "2026-12-07"),
                        ("3 van de 5 rekenlessen", "2027-01-11"),
                        ("5 van de 5 rekenlessen", "2027-02-08")):
        assert main(["meting", str(pad), "--doel", "1", "--waarde", waarde, "--datum", dag]) == 0
    capsys.readouterr()
    assert main(["invullen", str(pad), "--evaluatie", "--antwoord", "evaluatie_soort=jaarlijks",
                 "--antwoord", "evaluatie_gesprek=2027-02-15"]) == 0
    uit = capsys.readouterr().out
    assert "evaluatie_oordeel__doel1" in uit and "Is dit doel behaald?" in uit
    bewijs = "5 van de 5 rekenlessen op 8 februari"
    antwoorden = {
        "evaluatie_oordeel__doel1": "behaald", "evaluatie_bewijs__doel1": bewijs,
        "evaluatie_werkte__doel1": "de stappenkaart op tafel",
        "evaluatie_oordeel__doel2": "deels", "evaluatie_bewijs__doel2": "6 van de 10 sommen",
        "evaluatie_kind": "Beginnen gaat nu makkelijker.",
        "evaluatie_ouders": "Thuis begint hij ook sneller.",
        "evaluatie_besluit_doel__doel1": "afsluiten",
        "evaluatie_besluit_doel__doel2": "bijstellen",
        "evaluatie_herschreven__doel2": HERSCHREVEN, "evaluatie_perspectief": "gelijk",
        "evaluatie_besluit": "bijstellen", "evaluatie_besluit_waarom": "Doel 1 is gehaald.",
        "evaluatie_nieuwe_doelen": NIEUW, "evaluatie_volgende": "2027-06-20",
    }
    args = [a for k, v in antwoorden.items() for a in ("--antwoord", f"{k}={v}")]
    assert main(["invullen", str(pad), *args, "--overslaan", "evaluatie_werkte__doel2"]) == 0
    assert main(["bijstellen", str(pad), "--datum", "2027-02-15", "--reden", "Een stap verder."]) == 0
    uit = capsys.readouterr().out
    assert "uit de evaluatie per doel zijn meegenomen" in uit
    assert "Doel 1 is afgesloten; doel 2 is herschreven; 1 nieuw doel." in uit

    sessie = opslag.lees(pad)
    assert sessie.versies[0].oordelen == {"1": "behaald", "2": "deels"}
    assert sessie.versies[0].besluiten == {"1": "afsluiten", "2": "bijstellen"}
    nu = werkruimte.open(pad)
    assert huidige_doelen(nu) == [HERSCHREVEN, NIEUW]
    # De volgende evaluatie die de evaluatie koos, is de geplande evaluatie van versie 2.
    assert nu.per_rol()["evaluatie_datum"] == date(2027, 6, 20)

    v2, v1 = tmp_path / "v2.md", tmp_path / "v1.md"
    assert main(["export", str(pad), "--uit", str(v2)]) == 0
    assert main(["export", str(pad), "--versie", "1", "--uit", str(v1)]) == 0
    tekst_2, tekst_1 = v2.read_text(encoding="utf-8"), v1.read_text(encoding="utf-8")
    assert "Versie 2, bijgesteld op 15 februari 2027" in tekst_2
    # Wat kind en ouders bij de evaluatie zeiden, staat in de korte evaluatie van versie 1.
    assert "Wat Milan ervan vond: Beginnen gaat nu makkelijker." in tekst_2
    assert "Wat ouders ervan vonden: Thuis begint hij ook sneller." in tekst_2
    assert ("**Jaarlijkse evaluatie:** 20 juni 2027 (uiterlijk 15 februari 2028: minstens eens "
            "per jaar na de evaluatie van 15 februari 2027)") in tekst_2
    assert HERSCHREVEN in tekst_2 and NIEUW in tekst_2
    assert "5 van de 5 rekenlessen (08-02-2027) | behaald | afsluiten" in tekst_2
    # De evaluatie van versie 2 staat nog open; die van versie 1 staat ingevuld in versie 1.
    assert "| Doel 3 |" not in tekst_2 and "| Doel 2 | ☐ | ☐ | ☐ |  |" in tekst_2
    assert "Zo staan de doelen bij de evaluatie van 15 februari 2027." in tekst_1
    assert (f"| Doel 1 | X | – | – | {bewijs}. Wat werkte en wat niet: de stappenkaart op "
            "tafel. Het doel wordt afgesloten. |") in tekst_1
    assert ("| Doel 2 | – | X | – | 6 van de 10 sommen. Het doel wordt bijgesteld. "
            f"Nieuw doel: {HERSCHREVEN} |") in tekst_1
    assert "Beginnen gaat nu makkelijker." in tekst_1 and HERSCHREVEN not in tekst_2.split(
        "Evaluatie van versie 1")[1].split("Evaluatie van de doelen")[1]


_KAPOT = '''
id = "eigen_evaluatie"
titel = "Eigen evaluatie"
versie = 1

[[onderdelen]]
id = "los"
titel = "Los"
{herhaal}

[[onderdelen.vragen]]
id = "{vraag_id}"
rol = "doel_oordeel"
soort = "keuze"
vraag = "Behaald?"
opties = [{{ waarde = "behaald", label = "behaald" }}]

[[onderdelen]]
id = "daarna"
titel = "Daarna"

[[onderdelen.vragen]]
id = "verder"
soort = "tekst"
vraag = "Verder?"
toon_als = "{vraag_id} == 'behaald'"

[[onderdelen.vragen]]
id = "verder_tekst"
soort = "tekst"
vraag = "Eerder gekozen: {{{{ {vraag_id} }}}}"

[[onderdelen.vragen]]
id = "doelen_te_laat"
rol = "doel"
soort = "lijst"
item = "doel"
vraag = "Welke doelen?"
sectie = "doelen"
'''


@pytest.mark.parametrize(("herhaal", "vraag_id", "melding"), [
    ("", "oordeel", "rol 'doel_oordeel' hoort bij één doel"),
    ('herhaal = "doelen"', "oordeel", "de voorwaarde noemt 'oordeel', een vraag die per doel"),
    ('herhaal = "doelen"', "oordeel", "de tekst noemt 'oordeel', een vraag die per doel"),
    ('herhaal = "doelen"', "oor__deel", "geen twee _ achter elkaar"),
    ('herhaal = "doelen"', "oordeel", "staat na onderdeel 'los', dat per doel herhaald wordt"),
])
def test_een_kapotte_vragenlijst_per_doel_geeft_een_melding_bij_het_laden(
    tmp_path: Path, herhaal: str, vraag_id: str, melding: str
) -> None:
    pad = tmp_path / "eigen.toml"
    pad.write_text(_KAPOT.format(herhaal=herhaal, vraag_id=vraag_id), encoding="utf-8")
    with pytest.raises(LaadFouten) as fout:
        laad_vragenlijst(pad)
    assert any(melding in str(f) for f in fout.value.fouten), fout.value.fouten


def test_de_vraag_zegt_of_de_laatste_meting_het_criterium_haalt(tmp_path: Path) -> None:
    werkruimte, gesprek, pad = _evaluatie(tmp_path)
    voeg_toe(gesprek, 1, "2 van de 5 rekenlessen", date(2026, 11, 2))
    voeg_toe(gesprek, 1, "5 van de 5 rekenlessen", date(2026, 12, 7))
    voeg_toe(gesprek, 2, "6 van de 10", date(2026, 12, 7))
    werkruimte.bewaar(gesprek, pad)
    nu = werkruimte.open(pad)  # zoals de chat hem opent: met het meetoordeel van de cyclus
    tekst_1, tekst_2 = (nu.tekst(nu.stap(f"evaluatie_oordeel__doel{n}").vraag)  # type: ignore[union-attr]
                        for n in (1, 2))
    assert tekst_1.endswith("De laatste meting haalt het criterium: 5 van de 5 rekenlessen "
                            "op 07-12-2026.")
    assert tekst_2.endswith("De laatste meting haalt het criterium nog niet: 6 van de 10 "
                            "op 07-12-2026.")
    # Zonder metingen, of zonder meetoordeel, zegt de vraag er niets over.
    kaal = Gesprek(nu.sessie, nu.vragenlijsten)
    assert kaal.tekst(kaal.stap("evaluatie_oordeel__doel1").vraag).endswith(  # type: ignore[union-attr]
        "Is dit doel behaald?")


def test_antwoorden_per_doel_schuiven_mee_met_hun_doel_en_verdwijnen_niet(tmp_path: Path) -> None:
    _, gesprek, _ = _evaluatie(tmp_path)
    doel_1, _ = huidige_doelen(gesprek)
    vraag_id = next(s.vraag.id for s in gesprek.zichtbaar()
                    if s.vraag.rol == "doel" and doel_1 in (gesprek.geldig_antwoord(s.vraag) or []))
    gesprek.beantwoord("evaluatie_besluit_doel__doel1", "afsluiten")
    gesprek.beantwoord("evaluatie_oordeel__doel2", "deels")
    extra = "Voor de kerst steekt Milan in 4 van de 5 kringen zijn vinger op."
    # Een doel ervoor: doel 1 wordt doel 2, en zijn besluit gaat mee.
    assert gesprek.beantwoord(vraag_id, [extra, doel_1]).bewaard
    assert uit_evaluatie(gesprek).besluiten == {2: "afsluiten"}
    assert uit_evaluatie(gesprek).oordelen == {3: "deels"}
    # Het oude doel 1 eruit: zijn besluit hoort bij geen doel meer, en staat in de notities.
    weg = gesprek.beantwoord(vraag_id, [extra])
    assert any("notities" in w for w in weg.waarschuwingen)
    assert uit_evaluatie(gesprek).besluiten == {} and uit_evaluatie(gesprek).oordelen == {2: "deels"}
    assert gesprek.sessie.notities["evaluatie_zonder_doel"] == {
        doel_1: {"evaluatie_besluit_doel": "afsluiten"}}


def test_bijstellen_weigert_als_de_evaluatie_het_opp_afsluit_of_een_antwoord_niet_klopt(
    tmp_path: Path,
) -> None:
    _, gesprek, _ = _evaluatie(tmp_path)
    assert gesprek.beantwoord("evaluatie_besluit", "afsluiten").bewaard
    voor = dict(gesprek.sessie.antwoorden)
    with pytest.raises(MetingFout, match="af te sluiten"):
        bijstel(gesprek, date(2027, 2, 1))
    gesprek.beantwoord("evaluatie_besluit", "voortzetten")
    # Met de hand verkeerd ingevuld: het doel zou anders stil doorgaan.
    gesprek.sessie.antwoorden = {**gesprek.sessie.antwoorden,
                                 "evaluatie_besluit_doel__doel1": "afsluitten"}
    with pytest.raises(MetingFout, match="evaluatie_besluit_doel__doel1"):
        bijstel(gesprek, date(2027, 2, 1))
    assert not gesprek.sessie.versies and "evaluatie" in gesprek.sessie.vragenlijsten
    assert voor["evaluatie_besluit"] == "afsluiten"  # de eerste weigering veranderde niets


def test_invullen_in_een_keer_met_het_nieuwe_doel_voor_het_besluit_en_een_tussenevaluatie(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    werkruimte = Werkruimte.laad(tmp_path)
    _, pad = maak_demo(werkruimte)
    # Het herschreven doel staat vóór het besluit dat de vraag laat verschijnen.
    assert main(["invullen", str(pad), "--evaluatie",
                 "--antwoord", f"evaluatie_herschreven__doel2={HERSCHREVEN}",
                 "--antwoord", "evaluatie_besluit_doel__doel2=bijstellen",
                 "--antwoord", "evaluatie_soort=tussentijds",
                 "--antwoord", "evaluatie_tussendatum=2027-01-20",
                 "--antwoord", "evaluatie_oordeel__doel1=behaald"]) == 0
    assert main(["invullen", str(pad), "--antwoord", "evaluatie_oordeel__doel0=behaald"]) == 1
    assert "Er is geen doel 0" in capsys.readouterr().err
    uit = tmp_path / "opp.md"
    assert main(["export", str(pad), "--uit", str(uit)]) == 0
    tekst = uit.read_text(encoding="utf-8")
    assert "Zo staan de doelen bij de tussenevaluatie van 20 januari 2027." in tekst
    assert f"Nieuw doel: {HERSCHREVEN}" in tekst


def test_na_het_afsluiten_van_het_enige_doel_van_een_vraag_vraagt_het_gesprek_hem_niet_opnieuw(
    tmp_path: Path,
) -> None:
    werkruimte = Werkruimte.laad(tmp_path)
    gesprek, _ = maak_demo(werkruimte)
    _, doel_2 = huidige_doelen(gesprek)
    bijstel(gesprek, date(2027, 2, 1), besluiten={1: "afsluiten"})
    assert huidige_doelen(gesprek) == [doel_2]
    # Alleen de instemming staat open; de lege doelbouwer telt als klaar, want er is een doel.
    open_ = [s.vraag for s in gesprek.zichtbaar() if not gesprek.is_afgehandeld(s.vraag)]
    assert [v.rol for v in open_] == ["instemming"]
    assert [i for i in gesprek.ontbrekend() if gesprek.stap(i).vraag.rol == "doel"] == []  # type: ignore[union-attr]
    # Wordt ook het laatste doel afgesloten, dan vraagt het gesprek weer om een doel.
    bijstel(gesprek, date(2027, 3, 1), besluiten={1: "afsluiten"})
    assert huidige_doelen(gesprek) == []
    assert any(v.rol == "doel" for v in (s.vraag for s in gesprek.zichtbaar()
                                          if not gesprek.is_afgehandeld(s.vraag)))


def test_geen_nieuwe_doelen_is_een_lege_lijst_en_dat_is_overslaan(tmp_path: Path) -> None:
    """Gezien in tmux: een lege enter bij 'Komen er nieuwe doelen bij?' gaf 'De lijst is leeg'."""
    _, gesprek, _ = _evaluatie(tmp_path)
    for leeg in ([], [""], "", "  ", None):
        uitkomst = gesprek.beantwoord("evaluatie_nieuwe_doelen", leeg)
        assert uitkomst.bewaard and "evaluatie_nieuwe_doelen" in gesprek.sessie.overgeslagen
        assert "evaluatie_nieuwe_doelen" not in gesprek.sessie.antwoorden
    # Wie een ingevulde lijst leeg maakt, wil die doelen niet meer: ze gaan niet mee.
    assert gesprek.beantwoord("evaluatie_besluit", "bijstellen").bewaard
    assert gesprek.beantwoord("evaluatie_nieuwe_doelen", [NIEUW]).bewaard
    assert uit_evaluatie(gesprek).nieuw == [NIEUW]
    assert gesprek.beantwoord("evaluatie_nieuwe_doelen", [""]).bewaard
    assert "evaluatie_nieuwe_doelen" not in gesprek.sessie.antwoorden
    assert uit_evaluatie(gesprek).nieuw == []
    # Een vraag die wel moet, blijft een leeg antwoord weigeren.
    assert gesprek.beantwoord("evaluatie_kind", "").fouten == ["Het antwoord is leeg."]


@pytest.mark.parametrize("soort", ["jaarlijks", "tussentijds"])
def test_het_jaar_telt_vanaf_de_jaarlijkse_evaluatie_niet_vanaf_bijstellen(
    tmp_path: Path, soort: str
) -> None:
    """Een tussenevaluatie (zonder ouders) en het bijstellen zelf zetten de klok niet terug."""
    from assistent.kern.concept.feiten import verzamel_feiten
    from assistent.kern.concept.opp import laatste_evaluatie

    werkruimte, gesprek, pad = _evaluatie(tmp_path)
    vast = gesprek.per_rol()["vaststelling"]
    assert isinstance(vast, date)
    evaluatie, bijstellen = vast + timedelta(days=150), vast + timedelta(days=160)
    gesprek.beantwoord("evaluatie_soort", soort)
    veld = "evaluatie_gesprek" if soort == "jaarlijks" else "evaluatie_tussendatum"
    assert gesprek.beantwoord(veld, evaluatie).bewaard
    bijstel(gesprek, bijstellen)
    werkruimte.bewaar(gesprek, pad)

    nu = werkruimte.open(pad)  # ook na opslaan en weer lezen
    verwacht = evaluatie if soort == "jaarlijks" else None
    assert nu.sessie.versies[0].evaluatie == verwacht
    assert laatste_evaluatie(verzamel_feiten(nu)) == verwacht
    jaar = next(c for c in controles(nu) if c.onderdeel == "Evaluatie binnen 12 maanden")
    if soort == "jaarlijks":
        assert datumtekst(evaluatie) in jaar.uitleg
    assert datumtekst(bijstellen) not in jaar.uitleg


def test_zonder_eigen_reden_neemt_bijstellen_het_waarom_uit_de_evaluatie(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    werkruimte, gesprek, pad = _evaluatie(tmp_path)
    waarom = "Milan begint zelf; doel 1 mag een stap verder."
    for vraag_id, waarde in (("evaluatie_soort", "tussentijds"),
                             ("evaluatie_besluit", "bijstellen"),
                             ("evaluatie_besluit_waarom", waarom)):
        assert gesprek.beantwoord(vraag_id, waarde).bewaard, vraag_id
    werkruimte.bewaar(gesprek, pad)
    assert uit_evaluatie(gesprek).reden == waarom
    datum = str(max(date.today(), gesprek.sessie.aangemaakt.date()))
    assert main(["bijstellen", str(pad), "--datum", datum]) == 0, capsys.readouterr().err
    assert opslag.lees(pad).reden == waarom
    tekst = tmp_path / "v2.md"
    assert main(["export", str(pad), "--uit", str(tekst)]) == 0
    assert f"Waarom: {waarom}" in tekst.read_text(encoding="utf-8")


def test_een_oud_bestand_zonder_versies_evaluatie_telt_het_jaar_vanaf_de_evaluatie_van_toen(
    tmp_path: Path,
) -> None:
    """Bestanden die bijgesteld zijn vóór `versies.evaluatie` bestond: de datum staat in de
    antwoorden van de oude versie, en daar haalt het openen hem vandaan."""
    from assistent.kern.concept.feiten import verzamel_feiten
    from assistent.kern.concept.opp import laatste_evaluatie

    werkruimte, gesprek, pad = _evaluatie(tmp_path)
    vast = gesprek.per_rol()["vaststelling"]
    assert isinstance(vast, date)
    evaluatie = vast + timedelta(days=330)
    for vraag_id, waarde in (("evaluatie_soort", "jaarlijks"), ("evaluatie_gesprek", evaluatie),
                             ("evaluatie_kind", "Het gaat beter.")):
        assert gesprek.beantwoord(vraag_id, waarde).bewaard, vraag_id
    bijstel(gesprek, evaluatie + timedelta(days=5))
    werkruimte.bewaar(gesprek, pad)
    oud = "\n".join(r for r in pad.read_text(encoding="utf-8").splitlines()
                    if not r.startswith(("evaluatie = ", "[versies.terugblik]", "kind_terugblik")))
    pad.write_text(oud + "\n", encoding="utf-8")
    assert opslag.lees(pad).versies[0].evaluatie is None  # zo stond het in het oude bestand

    nu = werkruimte.open(pad)
    assert nu.sessie.versies[0].evaluatie == evaluatie
    assert nu.sessie.versies[0].terugblik == {"kind_terugblik": "Het gaat beter."}
    assert laatste_evaluatie(verzamel_feiten(nu)) == evaluatie
    assert pad.read_text(encoding="utf-8") == oud + "\n"  # openen schrijft niets


def test_een_evaluatie_na_het_bijstellen_telt_niet_en_de_sessie_blijft_leesbaar(
    tmp_path: Path,
) -> None:
    """Een geplande evaluatie (later dan vandaag) en dan vandaag bijstellen: eerst bewaarde dat
    een datum die het lezen daarna weigerde (helper)."""
    werkruimte, gesprek, pad = _evaluatie(tmp_path)
    vandaag = max(date.today(), gesprek.sessie.aangemaakt.date())
    assert gesprek.beantwoord("evaluatie_soort", "jaarlijks").bewaard
    assert gesprek.beantwoord("evaluatie_gesprek", vandaag + timedelta(days=30)).bewaard
    bijstel(gesprek, vandaag)
    werkruimte.bewaar(gesprek, pad)
    assert werkruimte.open(pad).sessie.versies[0].evaluatie is None
    # Met de hand in het bestand gezet: het bestand blijft leesbaar, de datum telt niet.
    tekst = pad.read_text(encoding="utf-8").replace(
        "[[versies]]\nversie = 1\n", "[[versies]]\nversie = 1\nevaluatie = 2099-01-01\n")
    pad.write_text(tekst, encoding="utf-8")
    assert opslag.lees(pad).versies[0].evaluatie is None
