"""Het laden van vragenlijsten: alles wat we meeleveren is geldig, kapotte bestanden krijgen
een Nederlandse melding met bestand, regel, vraag en veld."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from assistent.kern import locaties
from assistent.kern.vragenlijst.laden import (
    LaadFouten,
    laad_catalogus,
    laad_voorbeeldzinnen,
    laad_vragenlijst,
)

KAPOT = Path(__file__).parent / "data" / "kapot"


def verwachting(pad: Path) -> dict[str, str]:
    kop = pad.read_bytes().decode("utf-8", "replace")
    return dict(re.findall(r"^# (verwacht|regel|vraag|veld): (.+)$", kop, re.M))


def test_elke_meegeleverde_vragenlijst_en_voorbeeldzin_is_geldig() -> None:
    catalogus = laad_catalogus(None)
    assert catalogus.fouten == []
    assert "opp" in catalogus.vragenlijsten
    bestanden = sorted(locaties.vragenlijstenmap().glob("*.toml"))
    assert len(catalogus.vragenlijsten) == len(bestanden)


@pytest.mark.parametrize("pad", sorted(KAPOT.glob("*.toml")), ids=lambda p: p.stem)
def test_een_kapot_bestand_geeft_een_duidelijke_melding(pad: Path) -> None:
    verwacht = verwachting(pad)
    with pytest.raises(LaadFouten) as info:
        laad_vragenlijst(pad, voorbeeldzinnen=set())
    fout = info.value.fouten[0]
    tekst = str(fout)
    assert tekst.startswith(str(pad))
    assert verwacht["verwacht"] in tekst
    if "regel" in verwacht:
        assert fout.regel == int(verwacht["regel"])
    if "vraag" in verwacht:
        assert fout.vraag == verwacht["vraag"] and f"vraag '{fout.vraag}'" in tekst
    if "veld" in verwacht:
        assert fout.veld == verwacht["veld"]
    assert "Traceback" not in tekst


def test_een_kapot_bestand_houdt_de_andere_niet_tegen(tmp_path: Path) -> None:
    eigen = tmp_path / "vragenlijsten"
    eigen.mkdir()
    shutil.copy(KAPOT / "dubbel_id.toml", eigen / "kapot.toml")
    shutil.copy(Path(__file__).parent / "data" / "mini.toml", eigen / "mini.toml")
    catalogus = laad_catalogus(tmp_path)
    assert "mini" in catalogus.vragenlijsten and catalogus.herkomst["mini"] == "eigen"
    assert "opp" in catalogus.vragenlijsten and catalogus.herkomst["opp"] == "ingebouwd"
    assert [f.bestand.name for f in catalogus.fouten] == ["kapot.toml"]


def test_een_eigen_vragenlijst_met_hetzelfde_id_vervangt_de_ingebouwde(tmp_path: Path) -> None:
    eigen = tmp_path / "vragenlijsten"
    eigen.mkdir()
    tekst = (Path(__file__).parent / "data" / "mini.toml").read_text(encoding="utf-8")
    (eigen / "opp.toml").write_text(tekst.replace('id = "mini"', 'id = "opp"'), encoding="utf-8")
    catalogus = laad_catalogus(tmp_path)
    assert catalogus.herkomst["opp"] == "eigen"
    assert catalogus.vragenlijsten["opp"].titel == "Mini"


@pytest.mark.parametrize(
    ("sjabloon", "namen"),
    [
        ("Geen sjabloon", set()),
        ("{{ naam }} en {{Hij}}", {"naam", "Hij"}),
        ("{{ false }}", set()),
        ("{{ groep >= 3 and 'x' in lijst }}", {"groep", "lijst"}),
        ("{% set x = 1 %}{{ x }} {{ y }}", {"y"}),
        ("{% for d in doelen %}{{ d }}{% endfor %}", {"doelen"}),
    ],
)
def test_de_namen_in_een_sjabloon_worden_gevonden(sjabloon: str, namen: set[str]) -> None:
    from assistent.kern.jinja import gelezen_namen

    assert gelezen_namen(sjabloon) == namen


def test_een_zin_die_geen_tabel_is_geeft_een_melding(tmp_path: Path) -> None:
    pad = tmp_path / "zinnen.toml"
    pad.write_text('zin = ["Sem leest."]\n', encoding="utf-8")
    with pytest.raises(LaadFouten) as info:
        laad_voorbeeldzinnen(pad)
    assert str(info.value).startswith(str(pad))
