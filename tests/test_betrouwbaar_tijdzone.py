"""Een tijdstip met tijdzone naast een zonder: de lijst van sessies blijft werken (punt 5)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from assistent.cli import main
from assistent.kern.sessie import opslag

SESSIE = ('formaat = 1\nid = "{id}"\nvragenlijsten = ["opp"]\n'
          "aangemaakt = 2026-11-28 09:15:00\nbijgewerkt = {bijgewerkt}\n"
          '[antwoorden]\nnaam = "{naam}"\n')


def test_sessies_met_en_zonder_tijdzone_staan_samen_in_de_lijst_op_volgorde(
    eigen_map: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    eigen_map.mkdir(parents=True)
    (eigen_map / "a.toml").write_text(SESSIE.format(
        id="a", naam="Ada", bijgewerkt="2026-11-28T09:15:00+01:00"), encoding="utf-8")
    (eigen_map / "b.toml").write_text(SESSIE.format(
        id="b", naam="Bo", bijgewerkt="2026-11-29 10:00:00"), encoding="utf-8")
    (eigen_map / "c.toml").write_text(SESSIE.format(
        id="c", naam="Cas", bijgewerkt="2026-11-27T23:00:00Z"), encoding="utf-8")
    infos = opslag.lijst(eigen_map)  # zo vult ook het startscherm zijn lijst
    assert [i.sessie.id for i in infos if i.sessie] == ["b", "a", "c"]
    assert all(i.sessie and i.sessie.bijgewerkt.tzinfo is None for i in infos)
    assert main(["sessies"]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_een_tijdstip_met_tijdzone_wordt_de_lokale_tijd(tmp_path: Path) -> None:
    pad = tmp_path / "a.toml"
    pad.write_text(SESSIE.format(id="a", naam="Ada", bijgewerkt="2026-11-28T09:15:00+01:00"),
                   encoding="utf-8")
    verwacht = datetime(2026, 11, 28, 9, 15, tzinfo=timezone(timedelta(hours=1)))
    assert opslag.lees(pad).bijgewerkt == verwacht.astimezone().replace(tzinfo=None)
