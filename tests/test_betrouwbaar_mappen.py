"""Opslaan en exporteren laten mappen en bestanden van anderen met rust (issue 13, punt 2)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from assistent.cli import main
from assistent.kern.sessie import opslag

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX-rechten en FIFO's")


def modus(pad: Path) -> int:
    return stat.S_IMODE(os.lstat(pad).st_mode)


@pytest.fixture
def sessie(eigen_map: Path) -> Path:
    return opslag.nieuw(eigen_map, "Sem", ["opp"], {"naam": "Sem", "groep": 5})[1]


@POSIX
def test_opslaan_in_een_gedeelde_map_laat_de_rechten_van_die_map_staan(tmp_path: Path) -> None:
    gedeeld = tmp_path / "gedeeld"
    gedeeld.mkdir()
    os.chmod(gedeeld, 0o1777)
    _, pad = opslag.nieuw(gedeeld, "Sem", ["opp"], {"naam": "Sem"})
    assert modus(gedeeld) == 0o1777
    assert modus(pad) == 0o600


@POSIX
def test_een_map_die_de_assistent_maakt_is_prive_ook_met_umask_000(tmp_path: Path) -> None:
    oud = os.umask(0)
    try:
        _, pad = opslag.nieuw(tmp_path / "nieuw" / "dieper", "Sem", ["opp"], {"naam": "Sem"})
    finally:
        os.umask(oud)
    assert modus(tmp_path / "nieuw") == 0o700 and modus(pad.parent) == 0o700
    assert modus(pad) == 0o600


@POSIX
def test_exporteren_naar_een_bestaande_map_verandert_de_rechten_niet(
    sessie: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    uit = tmp_path / "documenten"
    uit.mkdir()
    os.chmod(uit, 0o755)
    assert main(["export", str(sessie), "--uit", str(uit / "opp.md")]) == 0
    assert modus(uit) == 0o755
    assert modus(uit / "opp.md") == 0o600


@POSIX
def test_een_alleen_lezen_map_wordt_niet_schrijfbaar_gemaakt(
    sessie: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dicht = tmp_path / "dicht"
    dicht.mkdir()
    os.chmod(dicht, 0o500)
    try:
        code = main(["export", str(sessie), "--uit", str(dicht / "opp.md")])
        assert modus(dicht) == 0o500
        if os.geteuid() != 0:  # root mag overal schrijven; dan telt alleen dat de map bleef
            assert code == 1
            fout = capsys.readouterr().err
            assert "geen toestemming" in fout and "Permission" not in fout
            assert not (dicht / "opp.md").exists()
    finally:
        os.chmod(dicht, 0o700)


@POSIX
def test_export_naar_een_snelkoppeling_vervangt_die_niet(
    sessie: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    echt = tmp_path / "echt.md"
    echt.write_text("van iemand anders\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(echt)
    assert main(["export", str(sessie), "--uit", str(link), "--overschrijf"]) == 1
    assert "snelkoppeling" in capsys.readouterr().err
    assert link.is_symlink() and echt.read_text(encoding="utf-8") == "van iemand anders\n"


@POSIX
def test_export_naar_een_fifo_of_apparaat_wordt_geweigerd(
    sessie: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pijp.md"
    os.mkfifo(fifo)
    assert main(["export", str(sessie), "--uit", str(fifo), "--overschrijf"]) == 1
    assert "geen gewoon bestand" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
