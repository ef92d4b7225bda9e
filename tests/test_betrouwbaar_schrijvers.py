"""Twee schrijvers op één sessie (issue 13, punt 1): niets stil kwijt, en de gebruiker hoort het."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from assistent.cli import main
from assistent.kern import slot as slotmodule
from assistent.kern.sessie import opslag
from assistent.kern.sessie.opslag import SessieFout
from tests.helpers import opp


def _twee_vensters(map_: Path) -> tuple[opslag.Sessie, opslag.Sessie, Path]:
    _, pad = opslag.nieuw(map_, "Sem", ["opp"], {"naam": "Sem", "groep": 5})
    return opslag.lees(pad), opslag.lees(pad), pad


def test_twee_vensters_met_verschillende_antwoorden_houden_allebei_hun_antwoord(
    tmp_path: Path,
) -> None:
    een, twee, pad = _twee_vensters(tmp_path)
    een.antwoorden = {**een.antwoorden, "aanleiding": "Uit het eerste venster"}
    assert opslag.bewaar(een, pad).melding is None
    twee.antwoorden = {**twee.antwoorden, "hulpvraag": "Uit het tweede venster"}
    bewaard = opslag.bewaar(twee, pad)
    op_schijf = opslag.lees(pad).antwoorden
    assert op_schijf["aanleiding"] == "Uit het eerste venster"
    assert op_schijf["hulpvraag"] == "Uit het tweede venster"
    assert bewaard.overgenomen == ("aanleiding",) and not bewaard.conflicten
    assert bewaard.melding and "aanleiding" in bewaard.melding
    # Het tweede venster ziet het antwoord van het eerste nu ook.
    assert twee.antwoorden["aanleiding"] == "Uit het eerste venster"


def test_na_nog_een_keer_opslaan_staat_het_antwoord_van_de_ander_er_nog(tmp_path: Path) -> None:
    een, twee, pad = _twee_vensters(tmp_path)
    een.antwoorden = {**een.antwoorden, "aanleiding": "Eerste"}
    opslag.bewaar(een, pad)
    twee.antwoorden = {**twee.antwoorden, "hulpvraag": "Tweede"}
    opslag.bewaar(twee, pad)
    opslag.bewaar(twee, pad)
    een.antwoorden = {**een.antwoorden, "groep": 6}
    opslag.bewaar(een, pad)
    op_schijf = opslag.lees(pad).antwoorden
    assert (op_schijf["aanleiding"], op_schijf["hulpvraag"], op_schijf["groep"]) == (
        "Eerste", "Tweede", 6)
    assert "Tweede" in pad.with_name(pad.name + ".bak").read_text(encoding="utf-8")


def test_hetzelfde_antwoord_verschillend_ingevuld_bewaart_de_andere_als_conflictkopie(
    tmp_path: Path,
) -> None:
    een, twee, pad = _twee_vensters(tmp_path)
    een.antwoorden = {**een.antwoorden, "aanleiding": "Versie van venster een"}
    opslag.bewaar(een, pad)
    twee.antwoorden = {**twee.antwoorden, "aanleiding": "Versie van venster twee"}
    bewaard = opslag.bewaar(twee, pad)
    assert bewaard.conflicten == ("aanleiding",)
    assert bewaard.kopie is not None and bewaard.kopie.exists()
    assert opslag.lees(pad).antwoorden["aanleiding"] == "Versie van venster twee"
    assert opslag.lees(bewaard.kopie).antwoorden["aanleiding"] == "Versie van venster een"
    assert bewaard.melding and str(bewaard.kopie) in bewaard.melding
    # De melding noemt de vraag, niet de antwoorden (die zijn persoonsgegevens).
    assert "Versie van" not in bewaard.melding
    # De kopie is een eigen sessie in de lijst: de gebruiker ziet beide.
    assert {i.pad for i in opslag.lijst(tmp_path)} == {pad, bewaard.kopie}


def test_een_overgeslagen_vraag_en_een_geaccepteerde_reden_gaan_ook_niet_verloren(
    tmp_path: Path,
) -> None:
    een, twee, pad = _twee_vensters(tmp_path)
    een.overgeslagen = ["toelichting"]
    een.aanvaard = {"doelen": "Met ouders besproken"}
    opslag.bewaar(een, pad)
    twee.antwoorden = {**twee.antwoorden, "groep": 6}
    opslag.bewaar(twee, pad)
    terug = opslag.lees(pad)
    assert terug.overgeslagen == ["toelichting"]
    assert terug.aanvaard == {"doelen": "Met ouders besproken"}
    assert terug.antwoorden["groep"] == 6


def test_de_chat_en_invullen_tegelijk_verliezen_geen_antwoord(eigen_map: Path) -> None:
    _, pad = opslag.nieuw(eigen_map, "Sem", ["opp"], {"naam": "Sem", "groep": 5})
    chat = opslag.lees(pad)
    proces = opp("invullen", str(pad), "--antwoord", "aanleiding=Door het script",
                 map_=eigen_map)
    assert proces.returncode == 0, proces.stderr
    chat.antwoorden = {**chat.antwoorden, "hulpvraag": "In de chat"}
    bewaard = opslag.bewaar(chat, pad)
    assert bewaard.overgenomen == ("aanleiding",)
    antwoorden = opslag.lees(pad).antwoorden
    assert antwoorden["aanleiding"] == "Door het script"
    assert antwoorden["hulpvraag"] == "In de chat"


def test_invullen_zegt_het_als_het_antwoorden_van_een_ander_overnam(
    eigen_map: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _, pad = opslag.nieuw(eigen_map, "Sem", ["opp"], {"naam": "Sem", "groep": 5})
    vooraf = opslag.lees(pad)
    chat = opslag.lees(pad)
    chat.antwoorden = {**chat.antwoorden, "aanleiding": "In de chat"}
    opslag.bewaar(chat, pad)
    # Het script las het bestand net vóór de chat schreef.
    monkeypatch.setattr(opslag, "lees", lambda _pad: vooraf)
    assert main(["invullen", str(pad), "--antwoord", "groep=6"]) == 0
    fout = capsys.readouterr().err
    assert "ergens anders gewijzigd" in fout and "aanleiding" in fout
    assert "In de chat" not in fout
    monkeypatch.undo()
    assert opslag.lees(pad).antwoorden["aanleiding"] == "In de chat"
    assert opslag.lees(pad).antwoorden["groep"] == 6


def test_een_achtergebleven_slot_van_een_gestopt_proces_houdt_niemand_tegen(
    tmp_path: Path,
) -> None:
    sessie, pad = opslag.nieuw(tmp_path, "Sem", ["opp"], {"naam": "Sem"})
    dood = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    slotmodule.slotpad(pad).write_text(f"{dood.stdout.strip()} {socket.gethostname()}\n")
    sessie.antwoorden = {**sessie.antwoorden, "groep": 7}
    opslag.bewaar(sessie, pad)
    assert opslag.lees(pad).antwoorden["groep"] == 7
    assert not slotmodule.slotpad(pad).exists()


def test_een_oud_slot_wordt_opgeruimd_ook_zonder_te_weten_van_wie(tmp_path: Path) -> None:
    sessie, pad = opslag.nieuw(tmp_path, "Sem", ["opp"], {"naam": "Sem"})
    slot = slotmodule.slotpad(pad)
    slot.write_text("onbekend\n")
    os.utime(slot, (1, 1))
    opslag.bewaar(sessie, pad)
    assert not slot.exists()


def test_een_slot_van_een_levend_proces_geeft_na_even_wachten_een_duidelijke_melding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sessie, pad = opslag.nieuw(tmp_path, "Sem", ["opp"], {"naam": "Sem"})
    voor = pad.read_bytes()
    slotmodule.slotpad(pad).write_text(f"{os.getpid()} {socket.gethostname()}\n")
    echt = slotmodule.slot
    monkeypatch.setattr(opslag, "slot", lambda p: echt(p, wachttijd=0.2))
    sessie.antwoorden = {**sessie.antwoorden, "groep": 7}
    with pytest.raises(SessieFout, match="ander venster of programma slaat deze sessie"):
        opslag.bewaar(sessie, pad)
    assert pad.read_bytes() == voor
