"""FIFO's, apparaten en enorme bestanden met een .toml-naam: niets hangt, niets loopt vol (punt 12).

Als los proces met een tijdslimiet: een test die hangt, moet falen en niet de hele testrun
laten hangen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from assistent.kern.sessie import opslag
from assistent.kern.sessie.model import weergavenaam
from assistent.kern.sessie.opslag import SessieFout
from tests.helpers import opp

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="FIFO's en /dev/zero")


@POSIX
def test_een_fifo_met_toml_naam_laat_sessies_invullen_en_export_niet_hangen(
    eigen_map: Path,
) -> None:
    _, goed = opslag.nieuw(eigen_map, "Sem", ["opp"], {"naam": "Sem"})
    fifo = eigen_map / "pijp.toml"
    os.mkfifo(fifo)
    lijst = opp("sessies", map_=eigen_map)
    assert lijst.returncode == 0 and str(goed) in lijst.stdout
    assert "pijp.toml: dit is geen gewoon bestand" in lijst.stdout
    for args in (["invullen", str(fifo)], ["export", str(fifo)]):
        proces = opp(*args, map_=eigen_map)
        assert proces.returncode == 2 and "geen gewoon bestand" in proces.stderr, args


@POSIX
def test_een_snelkoppeling_naar_dev_zero_wordt_niet_gelezen(eigen_map: Path) -> None:
    eigen_map.mkdir(parents=True)
    nul = eigen_map / "nul.toml"
    nul.symlink_to("/dev/zero")
    with pytest.raises(SessieFout, match="geen gewoon bestand"):
        opslag.lees(nul)
    proces = opp("sessies", map_=eigen_map)
    assert proces.returncode == 0 and "nul.toml: dit is geen gewoon bestand" in proces.stdout


@POSIX
def test_een_fifo_tussen_de_vragenlijsten_van_de_school_laat_de_start_niet_hangen(
    eigen_map: Path,
) -> None:
    (eigen_map / "vragenlijsten").mkdir(parents=True)
    os.mkfifo(eigen_map / "vragenlijsten" / "pijp.toml")
    os.mkfifo(eigen_map / "doelwoorden.toml")
    proces = opp("vragenlijsten", map_=eigen_map)
    assert proces.returncode == 0 and "OPP-kern" in proces.stdout
    assert "pijp.toml" in proces.stderr and "geen gewoon bestand" in proces.stderr


def test_een_te_groot_sessiebestand_wordt_geweigerd_zonder_het_helemaal_te_lezen(
    tmp_path: Path,
) -> None:
    pad = tmp_path / "groot.toml"
    with pad.open("wb") as bestand:
        bestand.truncate(50_000_000)  # 50 MB aan nullen, zonder ze te schrijven
    with pytest.raises(SessieFout, match="te groot"):
        opslag.lees(pad)


def test_een_naam_van_een_megabyte_geeft_een_melding_dat_het_veld_te_lang_is(
    eigen_map: Path,
) -> None:
    _, pad = opslag.nieuw(eigen_map, "Sem", ["opp"], {"naam": "Sem"})
    tekst = pad.read_text(encoding="utf-8").replace('naam = "Sem"', f'naam = "{"S" * 1_000_000}"')
    pad.write_text(tekst, encoding="utf-8")
    with pytest.raises(SessieFout, match="antwoorden.naam' is te lang"):
        opslag.lees(pad)
    assert [i.fout is not None for i in opslag.lijst(eigen_map)] == [True]


def test_een_lange_naam_met_regelovergangen_wordt_in_lijsten_een_korte_regel(
    eigen_map: Path,
) -> None:
    sessie, _ = opslag.nieuw(eigen_map, "Sem", ["opp"], {"naam": "Sem"})
    sessie.antwoorden = {**sessie.antwoorden, "naam": "Sem\n" + "a" * 4000}
    naam = weergavenaam(sessie.antwoorden["naam"])
    assert len(naam) == 60 and "\n" not in naam and naam.endswith("…")
