"""Eén gesprek, niet drie lijsten achter elkaar: geen vraag twee keer, het budget gehaald, en
elke combinatie loopt via `invullen` tot het eind en wordt geëxporteerd."""

from __future__ import annotations

import difflib
import importlib.util
import itertools
import json
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from assistent.kern import demo
from assistent.kern.jinja import gelezen_namen
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.vragenlijst.rollen import is_uniek
from assistent.kern.werkruimte import Werkruimte
from tests.helpers import json_uit, opp
from tests.test_vragenlijsten_cli import antwoorden, nieuwe_sessie

THEMAS = ("gedrag", "rekenen", "mbhb")
# Wat in één zitting samen kan: de afweging, de kern, een thema, de stem van het kind en de
# gespreksagenda. De evaluatie hoort bij een later moment (met haar eigen nieuwe doelen).
LOS = ("afweging", "stem_kind", "agenda")
VOLGORDE = ("afweging", "opp", "gedrag", "rekenen", "mbhb", "stem_kind", "agenda")
# Hoe sterk twee vraagteksten op elkaar mogen lijken (difflib, na invullen van de naam).
GELIJKENIS = 0.75


def combinaties() -> list[tuple[str, ...]]:
    uit: list[tuple[str, ...]] = []
    for thema in (None, *THEMAS):
        for k in range(len(LOS) + 1):
            for extra in itertools.combinations(LOS, k):
                gekozen = {"opp", *extra, *([thema] if thema else [])}
                uit.append(tuple(i for i in VOLGORDE if i in gekozen))
    return uit


@pytest.fixture(scope="module")
def werkruimte(tmp_path_factory: pytest.TempPathFactory) -> Werkruimte:
    return Werkruimte.laad(tmp_path_factory.mktemp("sessies"))


def gevuld(werkruimte: Werkruimte, lijsten: tuple[str, ...]) -> Gesprek:
    gesprek, _ = werkruimte.nieuw(demo.NAAM, list(lijsten), demo.GROEP,
                                  {"voornaamwoord": "hij"})
    demo.vul(gesprek, date(2027, 2, 15))
    return gesprek


def _tekst(gesprek: Gesprek, tekst: str) -> str:
    return " ".join(tekst.lower().replace("?", "").split())


@pytest.mark.parametrize("lijsten", combinaties(), ids="+".join)
def test_geen_vraag_vraagt_twee_keer_hetzelfde(werkruimte: Werkruimte,
                                               lijsten: tuple[str, ...]) -> None:
    gesprek = gevuld(werkruimte, lijsten)
    stappen = gesprek.zichtbaar()
    rollen = [s.vraag.rol for s in stappen if s.vraag.rol]
    # Een unieke rol één keer; ook de doellijst en de aanpak staan er maar één keer, want
    # een thema neemt ze over in plaats van ze te herhalen.
    dubbel = {r for r in rollen if rollen.count(r) > 1 and (is_uniek(r) or r in ("aanpak",))}
    assert dubbel == set()
    doellijsten = [s.vraag.id for s in stappen if s.vraag.rol == "doel" and s.vraag.soort == "lijst"]
    assert len(doellijsten) <= 1, doellijsten
    for a, b in itertools.combinations(stappen, 2):
        ta, tb = _tekst(gesprek, gesprek.tekst(a.vraag)), _tekst(gesprek, gesprek.tekst(b.vraag))
        gelijk = difflib.SequenceMatcher(None, ta, tb).ratio()
        assert gelijk < GELIJKENIS, (a.vraag.id, b.vraag.id, ta, tb)


@pytest.mark.parametrize("lijsten", combinaties(), ids="+".join)
def test_een_voorwaarde_noemt_alleen_vragen_die_eerder_in_het_gesprek_komen(
    werkruimte: Werkruimte, lijsten: tuple[str, ...]
) -> None:
    """Een thema zet vragen midden in de kern; de voorwaarden moeten daarna nog kloppen."""
    gesprek, _ = werkruimte.nieuw("Sem", list(lijsten), 5)
    eerder: set[str] = {"naam", "groep", "voornaamwoord"}
    vervangen = {a: d for d, ids in gesprek._zelfde.items() for a in ids}
    for stap in gesprek.stappen:
        if stap.vraag.toon_als:
            for naam in gelezen_namen(f"{{{{ {stap.vraag.toon_als} }}}}"):
                assert vervangen.get(naam, naam) in eerder, (stap.vraag.id, naam)
        eerder.add(stap.vraag.id)


def _benchmark() -> ModuleType:
    pad = Path(__file__).parent.parent / "benchmarks" / "gesprek.py"
    spec = importlib.util.spec_from_file_location("benchmark_gesprek", pad)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses zoeken hun module op
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("thema", THEMAS)
def test_een_volledig_opp_haalt_het_budget_van_het_tijdmodel(werkruimte: Werkruimte,
                                                             thema: str) -> None:
    bench = _benchmark()
    beurten = bench.loop_door(werkruimte, ("opp", thema, "stem_kind"), date(2027, 2, 15))
    kiezen = sum(b.kiezen for b in beurten) / len(beurten)
    minuten = sum(b.seconden for b in beurten) / 60
    assert len(beurten) <= bench.DOEL_VRAGEN
    assert kiezen >= bench.DOEL_KIEZEN
    assert minuten <= bench.DOEL_MINUTEN


def _doel_uit_voorstel(staat: dict[str, Any]) -> str:
    volgende = staat["volgende"]
    assert volgende["soort"] == "lijst" and volgende["voorstel"], volgende
    return str(volgende["voorstel"])


@pytest.mark.parametrize("thema", ["rekenen", "mbhb"])
def test_kern_thema_en_stem_van_het_kind_lopen_via_invullen_tot_het_eind_en_exporteren(
    eigen_map: Path, tmp_path: Path, thema: str
) -> None:
    lijsten = ("opp", thema, "stem_kind")
    pad = nieuwe_sessie(eigen_map, *lijsten)
    staat = json_uit(opp("invullen", str(pad), *antwoorden(lijsten, set()), "--json",
                         map_=eigen_map))
    assert staat["volgende"] is None, staat["volgende"]
    assert staat["ontbrekend"] == [] and staat["signalen"] == []
    assert staat["voortgang"]["totaal"] <= 39
    for document in ("opp", "kinddeel", "agenda"):
        uit = tmp_path / f"{document}.md"
        proces = opp("export", str(pad), "--document", document, "--uit", str(uit),
                     map_=eigen_map)
        assert proces.returncode == 0, proces.stderr
        assert "{{" not in uit.read_text(encoding="utf-8")


def test_de_doelbouwer_van_rekenen_geeft_zijn_voorstel_aan_een_script(eigen_map: Path) -> None:
    lijsten = ("opp", "rekenen", "stem_kind")
    pad = nieuwe_sessie(eigen_map, *lijsten)
    args = antwoorden(lijsten, {"rekenen_doel"})
    args += ["--antwoord", 'rekenen_vaardigheid="rekent keersommen uit de tafels van 6 en 7 uit"',
             "--antwoord", 'rekenen_criterium="met 9 van de 10 goed, voor de kerstvakantie"']
    staat = json_uit(opp("invullen", str(pad), *args, "--json", map_=eigen_map))
    assert staat["volgende"]["id"] == "rekenen_doel"
    assert _doel_uit_voorstel(staat) == (
        "Voor de kerstvakantie rekent Sem keersommen uit de tafels van 6 en 7 uit, "
        "met 9 van de 10 goed.")
    zinnen = staat["volgende"]["voorbeeldzinnen"]
    assert zinnen and zinnen[0]["thema"] == "rekenen"


def test_bij_het_advies_basisaanpak_eindigt_het_gesprek_met_een_notitie(eigen_map: Path,
                                                                       tmp_path: Path) -> None:
    pad = nieuwe_sessie(eigen_map, "afweging", "opp", "gedrag")
    nee = [a for rol in ("ondersteuningsbudget", "eigen_leerlijn", "verwijzing", "onderwijstijd")
           for a in ("--antwoord", f"{rol}=false")]
    staat = json_uit(opp("invullen", str(pad), "--antwoord", "voornaamwoord=hij",
                         "--antwoord", 'aantal_leerlingen="groep"', *nee, "--json",
                         map_=eigen_map))
    assert staat["advies"]["uitkomst"] == "basisaanpak"
    assert staat["advies"]["volgende_stap"]
    assert staat["volgende"]["id"] == "groepsplan"
    assert staat["volgende"]["voorbeeldzinnen"]
    notitie = "In het groepsplan krijgt Sem drie keer per week verlengde instructie."
    staat = json_uit(opp("invullen", str(pad), "--antwoord", f"groepsplan={json.dumps(notitie)}",
                         "--json", map_=eigen_map))
    assert staat["volgende"] is None
    uit = tmp_path / "opp.md"
    assert opp("export", str(pad), "--uit", str(uit), map_=eigen_map).returncode == 0
    tekst = uit.read_text(encoding="utf-8")
    assert "# Notitie voor het groepsplan van Sem" in tekst and notitie in tekst
    assert "**Advies:** Basisaanpak." in tekst and "Handelingsdeel" not in tekst


def test_bij_twijfel_gaat_het_gesprek_door_en_zegt_het_advies_wat_eerst_te_proberen(
    werkruimte: Werkruimte,
) -> None:
    gesprek, _ = werkruimte.nieuw("Sem", ["afweging", "opp"], 5, {"voornaamwoord": "hij"})
    for rol, waarde in (("aantal_leerlingen", "een"), ("langdurig", True),
                        ("basis_geprobeerd", False)):
        assert gesprek.beantwoord(rol, waarde).bewaard
    advies = gesprek.advies()
    assert advies is not None and advies.uitkomst == "twijfel"
    assert "Probeer eerst" in advies.volgende_stap
    ids = [s.vraag.id for s in gesprek.zichtbaar()]
    assert "groepsplan" not in ids and "aanleiding" in ids
