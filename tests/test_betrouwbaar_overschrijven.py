"""Export vervangt niets zonder het te vragen; --uit - en --uit MAP/ doen wat ze zeggen (punt 13)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from assistent.cli import main
from assistent.kern import export
from assistent.kern.sessie import opslag
from assistent.kern.werkruimte import Werkruimte


@pytest.fixture
def sessie(eigen_map: Path) -> Path:
    return opslag.nieuw(eigen_map, "Sem", ["opp"], {"naam": "Sem", "groep": 5})[1]


def test_een_bestaand_bestand_wordt_niet_overschreven_zonder_overschrijf(
    sessie: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doel = tmp_path / "opp.md"
    doel.write_text("mijn eigen aantekeningen\n", encoding="utf-8")
    assert main(["export", str(sessie), "--uit", str(doel)]) == 1
    fout = capsys.readouterr().err
    assert "bestaat al" in fout and "--overschrijf" in fout
    assert doel.read_text(encoding="utf-8") == "mijn eigen aantekeningen\n"
    assert main(["export", str(sessie), "--uit", str(doel), "--overschrijf"]) == 0
    assert "# " in doel.read_text(encoding="utf-8")


def test_ook_de_standaardnaam_wordt_niet_stil_vervangen(
    sessie: Path, eigen_map: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(sessie)]) == 0
    assert main(["export", str(sessie)]) == 1
    assert "bestaat al" in capsys.readouterr().err


def test_een_alleen_lezen_bestand_wordt_ook_met_overschrijf_niet_vervangen(
    sessie: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doel = tmp_path / "opp.md"
    doel.write_text("getekend exemplaar\n", encoding="utf-8")
    os.chmod(doel, 0o444)
    assert main(["export", str(sessie), "--uit", str(doel), "--overschrijf"]) == 1
    assert "alleen-lezen" in capsys.readouterr().err
    assert doel.read_text(encoding="utf-8") == "getekend exemplaar\n"
    assert stat.S_IMODE(doel.stat().st_mode) == 0o444


def test_uit_streepje_schrijft_markdown_naar_de_standaarduitvoer(
    sessie: Path, eigen_map: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(sessie), "--uit", "-"]) == 0
    uit = capsys.readouterr()
    gesprek = Werkruimte.laad(eigen_map).open(sessie)
    assert uit.out == export.markdown(gesprek, "opp")
    assert "persoonsgegevens" in uit.err
    assert not (eigen_map / "export").exists() and not Path("-").exists()
    assert main(["export", str(sessie), "--uit", "-", "--formaat", "docx"]) == 1
    assert "standaarduitvoer" in capsys.readouterr().err


def test_uit_met_een_schuine_streep_schrijft_in_die_map(
    sessie: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    map_ = tmp_path / "documenten"
    assert main(["export", str(sessie), "--uit", f"{map_}/", "--document", "kinddeel"]) == 0
    assert [p.name for p in map_.iterdir()] == [f"{sessie.stem}-kinddeel.md"]


def test_een_te_lange_naam_of_een_bestand_als_map_geeft_een_nederlandse_melding(
    sessie: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(sessie), "--uit", str(tmp_path / ("x" * 300 + ".md"))]) == 1
    fout = capsys.readouterr().err
    assert "naam is te lang" in fout and "Traceback" not in fout and "File name" not in fout
    bestand = tmp_path / "bestand"
    bestand.write_text("", encoding="utf-8")
    assert main(["export", str(sessie), "--uit", str(bestand / "opp.md")]) == 1
    fout = capsys.readouterr().err
    assert "een bestand, geen map" in fout and "Not a directory" not in fout
