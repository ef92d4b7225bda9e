"""Diep geneste lijsten en tabellen: een duidelijke melding, nooit een RecursionError (punt 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistent.cli import main
from assistent.kern.sessie import opslag
from assistent.kern.sessie.opslag import SessieFout
from assistent.kern.werkruimte import Werkruimte

KOP = ('formaat = 1\nid = "diep"\nvragenlijsten = ["opp"]\n'
       "aangemaakt = 2026-11-28 09:15:00\nbijgewerkt = 2026-11-28 09:15:00\n")


def diep(n: int) -> str:
    return "[" * n + '"x"' + "]" * n


@pytest.mark.parametrize("n", [30, 500, 5000])
def test_een_diep_geneste_sessie_geeft_een_melding_en_blijft_ongemoeid(
    eigen_map: Path, n: int, capsys: pytest.CaptureFixture[str]
) -> None:
    _, goed = opslag.nieuw(eigen_map, "Sem", ["opp"], {"naam": "Sem"})
    pad = eigen_map / "diep.toml"
    inhoud = f"{KOP}[antwoorden]\nnaam = {diep(n)}\n"
    pad.write_text(inhoud, encoding="utf-8")
    with pytest.raises(SessieFout, match="te diep genest"):
        opslag.lees(pad)
    assert main(["invullen", str(pad), "--antwoord", "groep=6"]) == 2
    assert main(["export", str(pad)]) == 2
    fout = capsys.readouterr().err
    assert fout.count("te diep genest") == 2 and "Traceback" not in fout
    # Eén diep bestand verbergt de andere sessies niet.
    assert main(["sessies"]) == 0
    uit = capsys.readouterr().out
    assert "diep.toml: niet te lezen" in uit and str(goed) in uit
    assert pad.read_text(encoding="utf-8") == inhoud


def test_een_diep_geneste_tabel_in_notities_wordt_ook_geweigerd(eigen_map: Path) -> None:
    pad = eigen_map / "diep.toml"
    eigen_map.mkdir(parents=True)
    pad.write_text(KOP + "[notities]\n" + "x = {" * 40 + "a = 1" + "}" * 40 + "\n",
                   encoding="utf-8")
    with pytest.raises(SessieFout, match="te diep genest"):
        opslag.lees(pad)


@pytest.mark.parametrize("n", [50, 1000])
def test_een_diep_geneste_vragenlijst_van_de_school_houdt_de_andere_niet_tegen(
    eigen_map: Path, n: int, capsys: pytest.CaptureFixture[str]
) -> None:
    eigen = eigen_map / "vragenlijsten"
    eigen.mkdir(parents=True)
    (eigen / "diep.toml").write_text(f'id = "diep"\ntitel = "Diep"\nversie = 1\n'
                                     f"onderdelen = {diep(n)}\n", encoding="utf-8")
    werkruimte = Werkruimte.laad(eigen_map)  # zo start ook de chat
    assert "opp" in werkruimte.catalogus.vragenlijsten
    assert any("te diep genest" in f.bericht for f in werkruimte.catalogus.fouten)
    assert main(["vragenlijsten"]) == 0
    assert "diep.toml" in capsys.readouterr().err
    assert main(["valideer", str(eigen / "diep.toml")]) == 1
    assert "te diep genest" in capsys.readouterr().out


def test_een_diep_geneste_waarde_bij_antwoord_is_een_gebruikersfout(
    eigen_map: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, pad = opslag.nieuw(eigen_map, "Sem", ["opp"], {"naam": "Sem"})
    voor = pad.read_bytes()
    assert main(["invullen", str(pad), "--antwoord", f"doelen={diep(800)}"]) == 1
    fout = capsys.readouterr().err
    assert "--antwoord doelen" in fout and "te diep genest" in fout
    assert pad.read_bytes() == voor


@pytest.mark.parametrize("n", [300, 3000])
def test_diep_geneste_haakjes_in_een_voorwaarde_of_tekst_zijn_een_fout_in_dat_bestand(
    eigen_map: Path, n: int, capsys: pytest.CaptureFixture[str]
) -> None:
    eigen = eigen_map / "vragenlijsten"
    eigen.mkdir(parents=True)
    haakjes = "(" * n + "naam" + ")" * n
    (eigen / "haakjes.toml").write_text(
        'id = "haakjes"\ntitel = "Haakjes"\nversie = 1\n[[onderdelen]]\nid = "een"\n'
        'titel = "Een"\n[[onderdelen.vragen]]\nid = "naam"\nsoort = "tekst"\nvraag = "Naam?"\n'
        f'[[onderdelen.vragen]]\nid = "b"\nsoort = "tekst"\nvraag = "{{{{ {haakjes} }}}}"\n'
        f'toon_als = "{haakjes}"\n', encoding="utf-8")
    werkruimte = Werkruimte.laad(eigen_map)
    assert "opp" in werkruimte.catalogus.vragenlijsten
    assert main(["vragenlijsten"]) == 0
    assert "haakjes.toml" in capsys.readouterr().err
