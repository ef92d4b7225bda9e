"""Een fout in het programma: exit niet 0, geen traceback, geen persoonsgegevens (punt 9)."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from assistent import cli, crashverslag
from assistent.kern.sessie import opslag

GEHEIM = "Sem heeft thuis veel meegemaakt"


def _kapot(*_: object) -> int:
    antwoorden = {"aanleiding": GEHEIM}  # een lokale variabele met persoonsgegevens
    raise KeyError(antwoorden["aanleiding"])


def test_een_fout_in_een_subcommando_geeft_een_kort_verslag_zonder_gegevens(
    eigen_map: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(crashverslag.OMGEVING, raising=False)
    _, pad = opslag.nieuw(eigen_map, "Sem", ["opp"], {"naam": "Sem"})
    monkeypatch.setattr(cli, "toestand", _kapot)
    assert cli.main(["invullen", str(pad)]) == crashverslag.CRASH
    fout = capsys.readouterr().err
    assert "Traceback" not in fout and GEHEIM not in fout and "Sem" not in fout
    assert "fout in het programma" in fout
    verslagen = list(eigen_map.glob("crash-*.txt"))
    assert len(verslagen) == 1 and str(verslagen[0]) in fout
    tekst = verslagen[0].read_text(encoding="utf-8")
    assert "builtins.KeyError" in tekst and "tests/test_betrouwbaar_crash.py" not in tekst
    assert "_kapot" in tekst and GEHEIM not in tekst and "Sem" not in tekst
    if sys.platform != "win32":
        assert stat.S_IMODE(verslagen[0].stat().st_mode) == 0o600


def test_een_ontwikkelaar_krijgt_met_een_omgevingsvariabele_de_gewone_traceback(
    eigen_map: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(crashverslag.OMGEVING, "1")
    _, pad = opslag.nieuw(eigen_map, "Sem", ["opp"], {"naam": "Sem"})
    monkeypatch.setattr(cli, "toestand", _kapot)
    with pytest.raises(KeyError):
        cli.main(["invullen", str(pad)])
