"""Een sessiebestand als snelkoppeling (symlink): er wordt naar het doel geschreven (punt 11)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assistent.cli import main
from assistent.kern.sessie import opslag
from assistent.kern.sessie.opslag import SessieFout

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symlinks vragen rechten")


def test_invullen_via_een_snelkoppeling_werkt_het_doel_bij_en_laat_de_koppeling_staan(
    eigen_map: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, echt = opslag.nieuw(tmp_path / "elders", "Sem", ["opp"], {"naam": "Sem"})
    eigen_map.mkdir(parents=True)
    link = eigen_map / "sem.toml"
    link.symlink_to(echt)
    assert main(["invullen", str(link), "--antwoord", "groep=6"]) == 0
    assert link.is_symlink() and link.resolve() == echt.resolve()
    assert opslag.lees(echt).antwoorden["groep"] == 6
    assert echt.with_name(echt.name + ".bak").exists()
    assert not (eigen_map / "sem.toml.bak").exists()
    # Nog een keer, nu via het echte pad: dezelfde sessie, dus geen conflict.
    gelezen = opslag.lees(link)
    gelezen.antwoorden = {**gelezen.antwoorden, "groep": 7}
    assert opslag.bewaar(gelezen, echt).melding is None


def test_een_snelkoppeling_naar_niets_of_naar_een_map_wordt_geweigerd(tmp_path: Path) -> None:
    sessie, _ = opslag.nieuw(tmp_path / "s", "Sem", ["opp"], {"naam": "Sem"})
    weg = tmp_path / "weg.toml"
    weg.symlink_to(tmp_path / "bestaat-niet.toml")
    with pytest.raises(SessieFout, match="snelkoppeling naar een bestand dat niet bestaat"):
        opslag.bewaar(sessie, weg)
    assert not (tmp_path / "bestaat-niet.toml").exists()
    map_ = tmp_path / "map.toml"
    map_.symlink_to(tmp_path / "s")
    with pytest.raises(SessieFout, match="geen gewoon bestand"):
        opslag.bewaar(sessie, map_)
    assert weg.is_symlink() and map_.is_symlink()
