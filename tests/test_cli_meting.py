"""`opp-assistent meting`: een meting bij een doel, en wat `invullen --json` daarvan laat zien."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistent.cli import main
from assistent.kern.demo import maak_demo
from assistent.kern.sessie import opslag
from assistent.kern.werkruimte import Werkruimte


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    _, pad = maak_demo(Werkruimte.laad(tmp_path))
    return pad


def test_een_meting_wordt_bewaard_en_het_criterium_beoordeeld(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["meting", str(demo), "--doel", "1", "--waarde", "2 van de 5 rekenlessen",
                 "--datum", "2027-01-10"]) == 0
    assert "nulmeting bij doel 1" in capsys.readouterr().out
    assert main(["meting", str(demo), "--doel", "1", "--waarde", "4 van de 5",
                 "--datum", "2027-02-10"]) == 0
    uit = capsys.readouterr().out
    assert "Meting 2 bij doel 1" in uit and "gehaald" in uit and "nog niet" not in uit
    metingen = opslag.lees(demo).metingen["1"]
    assert [m.waarde for m in metingen] == ["2 van de 5 rekenlessen", "4 van de 5"]
    assert demo.with_name(demo.name + ".bak").exists()

    assert main(["invullen", str(demo), "--json"]) == 0
    staat = json.loads(capsys.readouterr().out)
    eerste, tweede = staat["cyclus"]["doelen"]
    assert staat["cyclus"]["versie"] == 1
    assert [m["gehaald"] for m in eerste["metingen"]] == [False, True]
    assert eerste["criterium_gehaald"] is True and eerste["rekenbaar"] is True
    assert tweede["metingen"] == [] and tweede["criterium_gehaald"] is None


@pytest.mark.parametrize(
    ("extra", "melding"),
    [
        (["--doel", "9", "--waarde", "3"], "geen doel 9"),
        (["--doel", "0", "--waarde", "3"], "geen doel 0"),
        (["--doel", "1", "--waarde", "   "], "heeft een waarde nodig"),
        (["--doel", "1", "--waarde", "3", "--datum", "gisteren"], "geen datum"),
        (["--doel", "1", "--waarde", "x" * 300], "hooguit 200 tekens"),
    ],
)
def test_foute_invoer_geeft_een_nederlandse_melding_en_verandert_niets(
    demo: Path, capsys: pytest.CaptureFixture[str], extra: list[str], melding: str
) -> None:
    voor = demo.read_bytes()
    assert main(["meting", str(demo), *extra]) == 1
    fout = capsys.readouterr().err
    assert melding in fout and "Traceback" not in fout
    assert demo.read_bytes() == voor


def test_een_onleesbare_sessie_geeft_code_2(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    pad = tmp_path / "kapot.toml"
    pad.write_text("formaat = 2\nid = [", encoding="utf-8")
    assert main(["meting", str(pad), "--doel", "1", "--waarde", "3"]) == 2
    assert "kapot.toml" in capsys.readouterr().err
    assert pad.read_text(encoding="utf-8") == "formaat = 2\nid = ["
