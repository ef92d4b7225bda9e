"""`opp-assistent doel` via een echt subproces: uitvoer, JSON Lines en exitcodes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

MEETBAAR = "Voor de kerstvakantie leest Sem 40 woorden per minuut op DMT-kaart 2."
VAAG = "Tess wordt beter in rekenen."


def doel(
    *args: str, invoer: bytes | None = None, map_: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    omgeving = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    omgeving.pop("OPP_ASSISTENT_MAP", None)
    if map_ is not None:
        omgeving["OPP_ASSISTENT_MAP"] = str(map_)
    return subprocess.run(
        [sys.executable, "-m", "assistent", "doel", *args],
        input=invoer,
        capture_output=True,
        env=omgeving,
        timeout=60,
    )


def test_meetbaar_doel_geeft_exit_0(tmp_path: Path) -> None:
    uit = doel(MEETBAAR, map_=tmp_path)
    assert uit.returncode == 0
    assert "✔ meetbaar" in uit.stdout.decode()


def test_vaag_doel_geeft_exit_1_en_wijst_woorden_aan(tmp_path: Path) -> None:
    uit = doel(VAAG, map_=tmp_path)
    tekst = uit.stdout.decode()
    assert uit.returncode == 1
    assert "✘ niet meetbaar: ontbreekt gedrag, criterium en termijn" in tekst
    regels = tekst.splitlines()
    doelregel = next(r for r in regels if VAAG in r)
    streep = regels[regels.index(doelregel) + 1]
    kolom = doelregel.index("beter")
    assert streep[kolom : kolom + 5] == "^^^^^"
    assert "Voorstel:" in tekst and "Wanneer kijk je of het gelukt is?" in tekst


def test_json_lines_een_object_per_doel(tmp_path: Path) -> None:
    uit = doel("--json", MEETBAAR, VAAG, map_=tmp_path)
    regels = uit.stdout.decode().splitlines()
    assert uit.returncode == 1
    assert len(regels) == 2
    eerste, tweede = (json.loads(r) for r in regels)
    assert eerste["meetbaar"] is True and tweede["meetbaar"] is False
    for sleutel in (
        "tekst",
        "ontbreekt",
        "signalen",
        "vervolgvragen",
        "suggestie",
        "meetinstrument",
    ):
        assert sleutel in tweede


def test_bestand_met_een_doel_per_regel(tmp_path: Path) -> None:
    bestand = tmp_path / "doelen.txt"
    bestand.write_text(f"{MEETBAAR}\n\n   \n{MEETBAAR}\n", encoding="utf-8")
    uit = doel("--json", "--bestand", str(bestand), map_=tmp_path)
    assert uit.returncode == 0
    assert len(uit.stdout.decode().splitlines()) == 2


def test_stdin_met_streepje(tmp_path: Path) -> None:
    uit = doel("--json", "--bestand", "-", invoer=f"{VAAG}\n{MEETBAAR}\n".encode(), map_=tmp_path)
    assert uit.returncode == 1
    assert [json.loads(r)["meetbaar"] for r in uit.stdout.decode().splitlines()] == [False, True]


def test_ontbrekend_bestand_geeft_exit_2_zonder_traceback(tmp_path: Path) -> None:
    uit = doel("--bestand", str(tmp_path / "bestaat-niet.txt"), map_=tmp_path)
    fout = uit.stderr.decode()
    assert uit.returncode == 2
    assert "bestaat niet" in fout and "Traceback" not in fout


def test_bestand_dat_geen_utf8_is_geeft_exit_2(tmp_path: Path) -> None:
    bestand = tmp_path / "doelen.txt"
    bestand.write_bytes("Sem leest beter in de caf\xe9.\n".encode("latin-1"))
    uit = doel("--bestand", str(bestand), map_=tmp_path)
    assert uit.returncode == 2
    assert "UTF-8" in uit.stderr.decode() and "Traceback" not in uit.stderr.decode()


def test_zonder_doelen_een_gebruiksmelding_en_exit_1(tmp_path: Path) -> None:
    uit = doel(map_=tmp_path)
    assert uit.returncode == 1
    assert "Geef een of meer doelen" in uit.stderr.decode()


def test_eigen_woordenbestand_in_de_map_wordt_gebruikt(tmp_path: Path) -> None:
    tekst = "Voor de kerst knikt Sem elke ochtend naar de juf."
    assert doel(tekst, map_=tmp_path).returncode == 0
    (tmp_path / "doelwoorden.toml").write_text('[vaag]\nwerkwoorden = ["knikken"]\n', "utf-8")
    assert doel(tekst, "--map", str(tmp_path)).returncode == 1


def test_kapot_woordenbestand_geeft_exit_2_met_bestand_en_regel(tmp_path: Path) -> None:
    (tmp_path / "doelwoorden.toml").write_text('[vaag]\nwerkwoorden = "knikken"\n', "utf-8")
    uit = doel(MEETBAAR, "--map", str(tmp_path))
    fout = uit.stderr.decode()
    assert uit.returncode == 2
    assert "doelwoorden.toml" in fout and "regel 2" in fout and "Traceback" not in fout
