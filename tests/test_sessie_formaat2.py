"""Formaat 2: metingen per doel en versies; een bestand van formaat 1 wordt gelezen, pas bij
opslaan herschreven, en blijft dan als `.bak` bewaard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistent.kern.sessie import opslag
from assistent.kern.sessie.model import Meting, Versie, versienummer
from assistent.kern.sessie.opslag import SessieFout

OUD = ('formaat = 1\nid = "sem"\nvragenlijsten = ["opp"]\n'
       "aangemaakt = 2026-09-01 09:00:00\nbijgewerkt = 2026-09-01 09:30:00\n"
       '[antwoorden]\nnaam = "Sem"\ndoelen = ["In 4 van de 5 kringen steekt Sem zijn vinger op."]\n')

NIEUW = ('formaat = 2\nid = "sem"\nvragenlijsten = ["opp"]\n'
         "aangemaakt = 2026-09-01 09:00:00\nbijgewerkt = 2026-09-01 09:30:00\n")


def test_formaat_1_wordt_gelezen_en_niet_herschreven_tot_er_bewaard_wordt(tmp_path: Path) -> None:
    pad = tmp_path / "sem.toml"
    pad.write_text(OUD, encoding="utf-8")
    sessie = opslag.lees(pad)
    assert sessie.formaat == 2
    assert sessie.metingen == {} and sessie.versies == []
    assert versienummer(sessie) == 1
    assert pad.read_text(encoding="utf-8") == OUD  # lezen verandert niets
    assert not pad.with_name("sem.toml.bak").exists()
    sessie.metingen = {"1": [Meting(datum=date(2026, 10, 1), waarde="2 van de 5")]}
    opslag.bewaar(sessie, pad)
    assert pad.with_name("sem.toml.bak").read_text(encoding="utf-8") == OUD
    assert "formaat = 2" in pad.read_text(encoding="utf-8")
    assert opslag.lees(pad).metingen["1"][0].waarde == "2 van de 5"


def test_metingen_en_versies_lezen_terug(tmp_path: Path) -> None:
    sessie, pad = opslag.nieuw(tmp_path, "Sem", ["opp"], {"doelen": ["a", "b"]})
    sessie.metingen = {"2": [Meting(datum=date(2026, 10, 1), waarde="42 woorden per minuut"),
                             Meting(datum=date(2026, 11, 1), waarde="50 woorden per minuut")]}
    sessie.versies = [Versie(versie=1, datum=date(2026, 9, 1), wijziging="doel 1 herschreven",
                             reden="behaald", antwoorden={"doelen": ["oud"]},
                             metingen={"1": [Meting(datum=date(2026, 9, 2), waarde="1 van 5")]})]
    sessie.versie_datum = date(2027, 1, 10)
    sessie.wijziging = "doel 1 herschreven"
    opslag.bewaar(sessie, pad)
    terug = opslag.lees(pad)
    assert terug == sessie
    assert versienummer(terug) == 2
    assert terug.versies[0].antwoorden == {"doelen": ["oud"]}


@pytest.mark.parametrize(
    ("extra", "verwacht"),
    [
        ("[metingen]\n1 = 3\n", "veld 'metingen.1' klopt niet"),
        ('[[metingen.x]]\ndatum = 2026-10-01\nwaarde = "3"\n', "nummer van het doel"),
        ('[[metingen.1]]\ndatum = "gisteren"\nwaarde = "3"\n', "metingen.1.datum"),
        ("[[metingen.1]]\ndatum = 2026-10-01\nwaarde = 3\n", "metingen.1.waarde"),
        ('[[metingen.1]]\ndatum = 2026-10-01\nwaarde = "  "\n', "mag niet leeg"),
        ("[[versies]]\nversie = 2\ndatum = 2026-10-01\n", "veld 'versies.1.versie'"),
        ('[[versies]]\nversie = 1\ndatum = 2026-10-01\nkleur = "rood"\n', "versies.1.kleur"),
        ('[[versies]]\nversie = 1\ndatum = 2026-10-01\nevaluatie = "maart"\n',
         "versies.1.evaluatie"),
        ('[[versies]]\nversie = 1\ndatum = 2026-10-01\n[versies.terugblik]\nbuurman = "ja"\n',
         "versies.1.terugblik.buurman"),
        ('[[versies]]\nversie = 1\ndatum = 2026-10-01\n[versies.terugblik]\n'
         'kind_terugblik = 3\n', "versies.1.terugblik.kind_terugblik"),
        ("versie_datum = 12\n", "veld 'versie_datum'"),
    ],
)
def test_kapotte_metingen_en_versies_geven_een_melding_met_het_veld(
    tmp_path: Path, extra: str, verwacht: str
) -> None:
    pad = tmp_path / "s.toml"
    tekst = NIEUW + extra if not extra.startswith("versie_datum") else NIEUW.replace(
        "vragenlijsten", extra + "vragenlijsten")
    pad.write_text(tekst, encoding="utf-8")
    with pytest.raises(SessieFout, match=verwacht):
        opslag.lees(pad)
    assert pad.read_text(encoding="utf-8") == tekst


def test_formaat_1_met_velden_van_formaat_2_wordt_geweigerd(tmp_path: Path) -> None:
    pad = tmp_path / "s.toml"
    pad.write_text(OUD.replace("[antwoorden]", 'wijziging = "x"\n[antwoorden]'), encoding="utf-8")
    with pytest.raises(SessieFout, match="hoort pas bij formaat 2"):
        opslag.lees(pad)


def test_een_meting_van_een_tweede_schrijver_gaat_niet_verloren(tmp_path: Path) -> None:
    sessie, pad = opslag.nieuw(tmp_path, "Sem", ["opp"], {"doelen": ["a"]})
    ander = opslag.lees(pad)
    ander.metingen = {"1": [Meting(datum=date(2026, 10, 1), waarde="3 van de 5")]}
    opslag.bewaar(ander, pad)
    sessie.metingen = {"1": [Meting(datum=date(2026, 10, 8), waarde="4 van de 5")]}
    opslag.bewaar(sessie, pad)
    waarden = [m.waarde for m in opslag.lees(pad).metingen["1"]]
    assert waarden == ["3 van de 5", "4 van de 5"]
