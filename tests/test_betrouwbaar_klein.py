"""Kleine dingen uit punt 14: BOM, groep 3.5, formaat = true, dubbele vragenlijst, volle schijf,
en tijdelijke bestanden na een kill -9."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from assistent.cli import main
from assistent.kern import export
from assistent.kern.sessie import opslag
from assistent.kern.sessie.opslag import SessieFout
from assistent.kern.vragenlijst.laden import LaadFouten, laad_vragenlijst
from assistent.kern.werkruimte import Werkruimte

GELDIG = ('formaat = 1\nid = "x"\nvragenlijsten = ["opp"]\n'
          "aangemaakt = 2026-11-28 09:15:00\nbijgewerkt = 2026-11-28 09:15:00\n")


def test_een_bom_aan_het_begin_krijgt_een_melding_die_hem_noemt(
    eigen_map: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    eigen_map.mkdir(parents=True)
    pad = eigen_map / "bom.toml"
    pad.write_bytes(b"\xef\xbb\xbf" + GELDIG.encode())
    assert main(["invullen", str(pad)]) == 2
    assert "BOM" in capsys.readouterr().err
    lijst = tmp_path / "lijst.toml"
    lijst.write_bytes(b"\xef\xbb\xbfid = 'x'\n")
    with pytest.raises(LaadFouten, match="BOM"):
        laad_vragenlijst(lijst)


def test_groep_3_5_wordt_geweigerd_in_een_bestand_en_bij_het_invullen(
    eigen_map: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    eigen_map.mkdir(parents=True)
    pad = eigen_map / "x.toml"
    pad.write_text(GELDIG + '[antwoorden]\nnaam = "Sem"\ngroep = 3.5\n', encoding="utf-8")
    assert main(["invullen", str(pad)]) == 0
    assert "groep: Hier hoort een geheel getal" in capsys.readouterr().out
    gesprek = Werkruimte.laad(eigen_map).open(pad)
    assert gesprek.geldig_antwoord(gesprek.stap("groep").vraag) is None  # de chat vraagt opnieuw
    assert main(["invullen", str(pad), "--antwoord", "groep=3,5"]) == 1
    assert "geheel getal" in capsys.readouterr().err
    assert gesprek.beantwoord("groep", "6.0").bewaard
    assert gesprek.sessie.antwoorden["groep"] == 6


@pytest.mark.parametrize(("regel", "verwacht"), [
    ("formaat = true", "veld 'formaat' klopt niet"),
    ("formaat = 1.0", "veld 'formaat' klopt niet"),
    ('vragenlijsten = ["opp", "opp"]', "'opp' staat er twee keer in"),
])
def test_formaat_true_en_een_dubbele_vragenlijst_worden_geweigerd(
    tmp_path: Path, regel: str, verwacht: str
) -> None:
    sleutel = regel.split(" ")[0]
    tekst = "\n".join(r for r in GELDIG.splitlines() if not r.startswith(sleutel))
    pad = tmp_path / "x.toml"
    pad.write_text(f"{regel}\n{tekst}\n", encoding="utf-8")
    with pytest.raises(SessieFout, match=verwacht):
        opslag.lees(pad)


def test_een_volle_schijf_staat_in_het_nederlands_in_de_melding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sessie, pad = opslag.nieuw(tmp_path, "Sem", ["opp"], {"naam": "Sem"})

    def vol(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", vol)
    with pytest.raises(SessieFout) as fout:
        opslag.bewaar(sessie, pad)
    assert "de schijf is vol" in str(fout.value) and "No space" not in str(fout.value)
    with pytest.raises(export.ExportFout) as fout_export:
        export.schrijf(tmp_path / "opp.md", b"inhoud")
    assert "de schijf is vol" in str(fout_export.value)


def test_tijdelijke_bestanden_van_een_kill_9_worden_bij_de_volgende_start_opgeruimd(
    eigen_map: Path,
) -> None:
    _, pad = opslag.nieuw(eigen_map, "Sem", ["opp"], {"naam": "Sem"})
    rest = eigen_map / f".{pad.name}.k9x7a2_q.tmp"
    rest.write_text('naam = "Sem"\n', encoding="utf-8")  # net gestopt, nog jong
    (eigen_map / "export").mkdir()
    oud = eigen_map / "export" / ".sem-opp.md.a1b2c3d4.tmp"
    jong = eigen_map / "export" / ".sem-opp.md.e5f6g7h8.tmp"
    oud.write_text("Sem", encoding="utf-8")
    jong.write_text("Sem", encoding="utf-8")
    os.utime(oud, (1, 1))
    assert main(["sessies"]) == 0
    assert not rest.exists() and not oud.exists()
    assert jong.exists()  # misschien schrijft een ander proces dit net
    assert pad.exists()


def test_een_tijdelijk_bestand_naast_een_slot_blijft_staan_tot_het_oud_is(
    eigen_map: Path,
) -> None:
    _, pad = opslag.nieuw(eigen_map, "Sem", ["opp"], {"naam": "Sem"})
    (eigen_map / f".{pad.name}.lock").write_text(f"{os.getpid()} ergens\n", encoding="utf-8")
    bezig = eigen_map / f".{pad.name}.abcdefgh.tmp"
    bezig.write_text("Sem", encoding="utf-8")
    opslag.ruim_op(eigen_map)
    assert bezig.exists()
