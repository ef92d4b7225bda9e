"""De hele cyclus: OPP → drie metingen → bijstellen → export van versie 2 en van versie 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistent.cli import main
from assistent.kern.concept.bouwen import controles
from assistent.kern.cyclus.metingen import huidige_doelen
from assistent.kern.demo import maak_demo
from assistent.kern.sessie import opslag
from assistent.kern.werkruimte import Werkruimte

NIEUW_DOEL = "Voor de zomer rekent Milan 9 van de 10 deelsommen tot 100 goed uit."


def test_metingen_bijstellen_en_beide_versies_exporteren(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    werkruimte = Werkruimte.laad(tmp_path)
    gesprek, pad = maak_demo(werkruimte)
    doel_1, doel_2 = huidige_doelen(gesprek)
    for waarde, dag in (("1 van de 5 rekenlessen", "2026-11-02"),
                        ("3 van de 5 rekenlessen", "2026-12-07"),
                        ("5 van de 5 rekenlessen", "2027-01-11")):
        assert main(["meting", str(pad), "--doel", "1", "--waarde", waarde, "--datum", dag]) == 0
    assert main(["meting", str(pad), "--doel", "2", "--waarde", "6 van de 10",
                 "--datum", "2027-01-11"]) == 0
    capsys.readouterr()

    assert main(["bijstellen", str(pad), "--datum", "2027-01-18",
                 "--oordeel", "1=behaald", "--oordeel", "2=deels",
                 "--besluit", "1=afsluiten", "--herschrijf", f"2={NIEUW_DOEL}",
                 "--nieuw", "Binnen zes weken leest Milan 40 woorden per minuut.",
                 "--reden", "Milan begint nu zelf aan zijn taak."]) == 0
    uit = capsys.readouterr().out
    assert "Versie 2 staat klaar" in uit and "opnieuw om instemming" in uit

    sessie = opslag.lees(pad)
    assert len(sessie.versies) == 1 and sessie.versies[0].doelen == [doel_1, doel_2]
    assert [m.waarde for m in sessie.versies[0].metingen["1"]][-1] == "5 van de 5 rekenlessen"
    assert sessie.metingen == {}  # doel 1 is af, doel 2 herschreven: opnieuw meten
    nu = werkruimte.open(pad)
    assert huidige_doelen(nu) == [NIEUW_DOEL, "Binnen zes weken leest Milan 40 woorden per minuut."]
    instemming = next(c for c in controles(nu) if c.onderdeel == "Instemming handelingsdeel")
    assert not instemming.ok and "bijgesteld" in instemming.uitleg

    v2, v1 = tmp_path / "v2.md", tmp_path / "v1.md"
    assert main(["export", str(pad), "--uit", str(v2)]) == 0
    assert main(["export", str(pad), "--versie", "1", "--uit", str(v1)]) == 0
    tekst_2, tekst_1 = v2.read_text(encoding="utf-8"), v1.read_text(encoding="utf-8")
    assert "Versie 2, bijgesteld op 18 januari 2027" in tekst_2
    assert "Evaluatie van versie 1" in tekst_2
    assert NIEUW_DOEL in tekst_2 and "Milan begint nu zelf aan zijn taak." in tekst_2
    assert "5 van de 5 rekenlessen (11-01-2027)" in tekst_2
    # "Binnen zes weken" in versie 2 telt vanaf het bijstellen, niet vanaf de oude vaststelling.
    assert "gerekend vanaf het bijstellen op 18 januari 2027" in tekst_2
    assert "uiterlijk 1 maart 2027" in tekst_2
    assert "behaald" in tekst_2 and "afsluiten" in tekst_2
    # Versie 1 zoals die was: de oude doelen, de drie metingen, geen versiekop.
    assert "Versie 2" not in tekst_1 and NIEUW_DOEL not in tekst_1
    assert doel_2 in tekst_1
    for waarde in ("1 van de 5 rekenlessen", "3 van de 5 rekenlessen", "5 van de 5 rekenlessen"):
        assert waarde in tekst_1
    assert "02-11-2026" in tekst_1 and "11-01-2027" in tekst_1
    # Elke metingentabel staat onder zijn doel, ook die van doel 2 (gezien op de pagina's).
    metingen_1 = tekst_1.split("### Metingen")[1]
    assert metingen_1.index("Doel 1\n\n| Datum") < metingen_1.index("Doel 2\n\n| Datum")
    assert metingen_1.count("is de nulmeting") == 1
    docx = tmp_path / "v2.docx"
    assert main(["export", str(pad), "--formaat", "docx", "--uit", str(docx)]) == 0
    assert main(["export", str(pad), "--versie", "3", "--uit", str(tmp_path / "x.md")]) == 1
    assert "geen versie 3" in capsys.readouterr().err


def test_een_sessie_met_alleen_de_evaluatie_telt_het_jaar_vanaf_de_evaluatie(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    werkruimte = Werkruimte.laad(tmp_path)
    from datetime import date

    _, pad = opslag.nieuw(tmp_path, "Sem", ["evaluatie"],
                          {"naam": "Sem", "evaluatie_soort": "jaarlijks",
                           "evaluatie_gesprek": date(2027, 1, 10)})
    gesprek = werkruimte.open(pad)
    jaar = next(c for c in controles(gesprek) if c.onderdeel == "Evaluatie binnen 12 maanden")
    assert not jaar.ok and "10 januari 2027" in jaar.uitleg and "10 januari 2028" in jaar.uitleg
    assert main(["invullen", str(pad), "--json"]) == 0
    assert '"versie": 1' in capsys.readouterr().out
    assert main(["export", str(pad), "--uit", str(tmp_path / "e.md")]) == 0
    assert main(["meting", str(pad), "--doel", "1", "--waarde", "3"]) == 1
    assert "nog geen doelen" in capsys.readouterr().err
