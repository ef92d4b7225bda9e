"""Het sessie-id komt in bestandsnamen: gecontroleerd bij het lezen, veilig als naam (punt 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistent.cli import main
from assistent.kern.sessie import opslag
from assistent.kern.sessie.opslag import SessieFout

GELDIG = ('formaat = 1\nvragenlijsten = ["opp"]\n'
          "aangemaakt = 2026-11-28 09:15:00\nbijgewerkt = 2026-11-28 09:15:00\n"
          '[antwoorden]\nnaam = "Sem"\n')


def sessiebestand(map_: Path, sessie_id: str) -> Path:
    map_.mkdir(parents=True, exist_ok=True)
    pad = map_ / "s.toml"
    pad.write_text(f"id = {sessie_id}\n{GELDIG}", encoding="utf-8")
    return pad


@pytest.mark.parametrize("sessie_id", [
    '"../../x"', '"/tmp/ergens"', '"a\\nb"', '".verborgen"', '"map\\\\x"', '"C:x"',
    f'"{"x" * 101}"',
])
def test_een_id_dat_een_pad_of_stuurteken_bevat_wordt_bij_het_lezen_geweigerd(
    eigen_map: Path, tmp_path: Path, sessie_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    pad = sessiebestand(eigen_map, sessie_id)
    with pytest.raises(SessieFout, match="veld 'id' klopt niet"):
        opslag.lees(pad)
    assert main(["export", str(pad)]) == 2
    assert "veld 'id'" in capsys.readouterr().err
    geschreven = [p for p in tmp_path.rglob("*") if ".cache" not in p.parts]
    assert sorted(geschreven) == sorted([eigen_map, pad])  # nergens iets geschreven


def test_een_vrij_gekozen_id_wordt_een_veilige_bestandsnaam_in_de_exportmap(
    eigen_map: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pad = sessiebestand(eigen_map, '"Sem uit groep 5 (één)"')
    assert main(["export", str(pad)]) == 0
    assert [p.name for p in (eigen_map / "export").iterdir()] == [
        "Sem-uit-groep-5-een-opp.md"]
