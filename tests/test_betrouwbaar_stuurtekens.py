"""Stuurtekens: bij het invoeren weg, en nooit rauw naar de terminal of een document (punt 6)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from assistent.cli import main
from assistent.kern.sessie import opslag
from assistent.kern.tekens import zichtbaar, zonder_stuurtekens
from assistent.kern.werkruimte import Werkruimte

# Titel van de terminal veranderen, scherm wissen, een bel, een C1-CSI en een verticale tab
# (zo plakt Word een zachte regelovergang).
VIJANDIG = "\x1b]0;gehackt\x07Zet \x1b[2J\x9b31mhet\x0bscherm\r\nop zijn kop\x00"
SCHOON = "]0;gehacktZet [2J31mhet\nscherm\nop zijn kop"

SESSIE = ('formaat = 1\nid = "s"\nvragenlijsten = ["opp"]\n'
          "aangemaakt = 2026-11-28 09:15:00\nbijgewerkt = 2026-11-28 09:15:00\n"
          '[antwoorden]\nnaam = "Sem\\u001b]0;titel\\u0007"\n'
          'aanleiding = "Eerst\\u000bdan\\u001b[2J"\n')


def rauw(tekst: str) -> bool:
    return any(t in tekst for t in ("\x1b", "\x07", "\x9b", "\x0b", "\x00"))


def test_stuurtekens_gaan_eruit_regelovergang_en_tab_blijven() -> None:
    assert zonder_stuurtekens(VIJANDIG) == SCHOON
    assert zonder_stuurtekens("a\tb\nc") == "a\tb\nc"
    assert zichtbaar("a\x1bb\tc\n") == "a\\u001bb\tc\n"


def test_een_antwoord_met_escapereeksen_wordt_schoon_bewaard_en_getoond(
    eigen_map: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, pad = opslag.nieuw(eigen_map, "Sem", ["opp"], {"naam": "Sem"})
    assert main(["invullen", str(pad), "--antwoord", f"aanleiding={VIJANDIG}"]) == 0
    uit = capsys.readouterr()
    assert not rauw(uit.out + uit.err)
    assert opslag.lees(pad).antwoorden["aanleiding"] == SCHOON
    assert not rauw(pad.read_text(encoding="utf-8"))


def test_een_sessiebestand_met_stuurtekens_geeft_schone_uitvoer_en_een_werkend_word_bestand(
    eigen_map: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    eigen_map.mkdir(parents=True)
    pad = eigen_map / "s.toml"
    pad.write_text(SESSIE, encoding="utf-8")
    for args in (["sessies"], ["sessies", "--json"], ["invullen", str(pad)]):
        assert main(args) == 0
        uit = capsys.readouterr()
        assert not rauw(uit.out + uit.err), args
    md, docx = tmp_path / "opp.md", tmp_path / "opp.docx"
    assert main(["export", str(pad), "--uit", str(md)]) == 0
    assert main(["export", str(pad), "--formaat", "docx", "--uit", str(docx)]) == 0
    assert not rauw(md.read_text(encoding="utf-8")) and "Eerst\ndan" in md.read_text("utf-8")
    with zipfile.ZipFile(io.BytesIO(docx.read_bytes())) as word:
        assert "Eerst" in word.read("word/document.xml").decode("utf-8")


def test_een_bestandsnaam_met_een_escapereeks_komt_zichtbaar_in_de_lijst(
    eigen_map: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, pad = opslag.nieuw(eigen_map, "Sem", ["opp"], {"naam": "Sem"})
    vreemd = pad.with_name("x\x1b[2J.toml")
    pad.rename(vreemd)
    assert main(["sessies"]) == 0
    uit = capsys.readouterr().out
    assert "x\\u001b[2J.toml" in uit and not rauw(uit)


def test_een_vragenlijst_van_de_school_met_stuurtekens_wordt_schoon_geladen(
    eigen_map: Path,
) -> None:
    eigen = eigen_map / "vragenlijsten"
    eigen.mkdir(parents=True)
    (eigen / "school.toml").write_text(
        'id = "school"\ntitel = "School\\u001b]0;x\\u0007"\nversie = 1\n'
        '[[onderdelen]]\nid = "een"\ntitel = "Een"\n'
        '[[onderdelen.vragen]]\nid = "naam"\nsoort = "tekst"\n'
        'vraag = "Naam\\u001b[2J?"\n', encoding="utf-8")
    lijst = Werkruimte.laad(eigen_map).catalogus.vragenlijsten["school"]
    assert lijst.titel == "School]0;x"
    assert lijst.onderdelen[0].vragen[0].vraag == "Naam[2J?"


def test_een_reden_en_een_naam_worden_ook_schoongemaakt(eigen_map: Path) -> None:
    werkruimte = Werkruimte.laad(eigen_map)
    gesprek, _ = werkruimte.nieuw("Sem\x1b[2J", ["opp"])
    assert gesprek.naam == "Sem[2J"
    gesprek.beantwoord("aanleiding", "Iets")
    gesprek.aanvaard("aanleiding", "Omdat\x07 het mag")
    assert gesprek.sessie.aanvaard["aanleiding"] == "Omdat het mag"
