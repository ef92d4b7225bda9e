"""De kern blijft vrij van Textual, en de data zit in het wheel."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import assistent.kern

WORTEL = Path(__file__).resolve().parent.parent
# Deze tests gaan over de data in het wheel; het compileren van de doelcheck (hatch_build.py,
# bijna een minuut) slaan ze over. Dat de build werkt, toetst tests/test_versnelling.py.
_ZONDER_COMPILEREN = {**os.environ, "OPP_ASSISTENT_PUUR": "1"}


def kernmodules() -> list[str]:
    return [
        m.name for m in pkgutil.walk_packages(assistent.kern.__path__, prefix="assistent.kern.")
    ]


def test_er_zijn_kernmodules_om_te_controleren() -> None:
    assert {"assistent.kern.gesprek", "assistent.kern.opslag"} <= set(kernmodules())


@pytest.mark.parametrize("module", kernmodules())
def test_een_kernmodule_importeert_nooit_textual(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "geladen = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(geladen))"
    )
    proces = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert proces.returncode == 0, proces.stderr
    assert proces.stdout.strip() == ""


def test_het_wheel_bevat_de_vragenlijsten_en_voorbeeldzinnen(tmp_path: Path) -> None:
    proces = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(tmp_path), str(WORTEL)],
        capture_output=True, text=True, timeout=180, env=_ZONDER_COMPILEREN,
    )
    assert proces.returncode == 0, proces.stderr
    (wheel,) = tmp_path.glob("opp_assistent-*.whl")
    namen = set(zipfile.ZipFile(wheel).namelist())
    for map_ in ("vragenlijsten", "voorbeeldzinnen"):
        verwacht = {f"assistent/_data/{map_}/{p.name}" for p in (WORTEL / map_).glob("*.toml")}
        assert verwacht and verwacht <= namen, map_
    assert "assistent/cli.py" in namen


def test_de_datamap_wordt_gevonden_vanuit_een_geinstalleerd_wheel(tmp_path: Path) -> None:
    proces = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(tmp_path / "w"), str(WORTEL)],
        capture_output=True, text=True, timeout=180, env=_ZONDER_COMPILEREN,
    )
    assert proces.returncode == 0, proces.stderr
    (wheel,) = (tmp_path / "w").glob("*.whl")
    doel = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(doel)
    code = (
        "from assistent.kern import locaties; "
        "print(locaties.vragenlijstenmap()); print(locaties.voorbeeldzinnenmap())"
    )
    proces = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=tmp_path, env={"PYTHONPATH": str(doel), "PATH": ""}, timeout=60)
    assert proces.returncode == 0, proces.stderr
    for regel in proces.stdout.split():
        assert Path(regel).is_relative_to(doel) and list(Path(regel).glob("*.toml"))
