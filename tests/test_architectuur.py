"""De kern blijft gelaagd en vrij van Textual, en de data zit in het wheel."""

from __future__ import annotations

import os
import pkgutil
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import assistent.kern

WORTEL = Path(__file__).resolve().parent.parent


def kernmodules() -> list[str]:
    return [
        m.name for m in pkgutil.walk_packages(assistent.kern.__path__, prefix="assistent.kern.")
    ]


def test_er_zijn_kernmodules_om_te_controleren() -> None:
    assert {"assistent.kern.sessie.gesprek", "assistent.kern.sessie.opslag"} <= set(kernmodules())


def test_geen_kernmodule_laadt_textual() -> None:
    modules = kernmodules()
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "geladen = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(geladen))"
    )
    proces = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert proces.returncode == 0, proces.stderr
    assert proces.stdout.strip() == ""


def test_de_importcontracten_houden_stand() -> None:
    """Lagen, geen kringen, geen Textual in de kern: de contracten in pyproject.toml."""
    lint = Path(sys.executable).with_name("lint-imports")
    proces = subprocess.run([str(lint)], capture_output=True, text=True, timeout=120, cwd=WORTEL)
    assert proces.returncode == 0, proces.stdout + proces.stderr


def test_een_nieuwe_kring_breekt_het_contract(tmp_path: Path) -> None:
    """Het contract is geen papieren tijger: een kopie van het pakket met een kring faalt."""
    kopie = tmp_path / "kopie"
    shutil.copytree(WORTEL / "assistent", kopie / "assistent",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(WORTEL / "pyproject.toml", kopie / "pyproject.toml")
    model = kopie / "assistent" / "kern" / "concept" / "model.py"
    model.write_text(model.read_text(encoding="utf-8")
                     + "\nfrom assistent.kern.concept import bouwen  # noqa\n", encoding="utf-8")
    lint = Path(sys.executable).with_name("lint-imports")
    omgeving = {**os.environ, "PYTHONPATH": str(kopie)}
    proces = subprocess.run([str(lint), "--no-cache"], capture_output=True, text=True,
                            timeout=120, cwd=kopie, env=omgeving)
    assert proces.returncode != 0
    assert "assistent.kern.concept" in proces.stdout


def test_het_wheel_is_pure_python_met_de_vragenlijsten_en_voorbeeldzinnen(
    tmp_path: Path,
) -> None:
    proces = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(tmp_path), str(WORTEL)],
        capture_output=True, text=True, timeout=180,
    )
    assert proces.returncode == 0, proces.stderr
    (wheel,) = tmp_path.glob("opp_assistent-*.whl")
    # Geen bouwstap van onszelf: één wheel voor elke Python 3 en elk platform.
    assert wheel.name.endswith("-py3-none-any.whl"), wheel.name
    archief = zipfile.ZipFile(wheel)
    namen = set(archief.namelist())
    (wheelinfo,) = (n for n in namen if n.endswith(".dist-info/WHEEL"))
    info = archief.read(wheelinfo).decode()
    assert "Root-Is-Purelib: true" in info and "Tag: py3-none-any" in info, info
    assert not [n for n in namen if n.endswith((".so", ".pyd", ".c"))]
    for map_ in ("vragenlijsten", "voorbeeldzinnen"):
        verwacht = {f"assistent/_data/{map_}/{p.name}" for p in (WORTEL / map_).glob("*.toml")}
        assert verwacht and verwacht <= namen, map_
    assert "assistent/cli.py" in namen
    assert "assistent/kern/doelcheck/doelwoorden.toml" in namen


def test_de_datamap_wordt_gevonden_vanuit_een_geinstalleerd_wheel(tmp_path: Path) -> None:
    proces = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(tmp_path / "w"), str(WORTEL)],
        capture_output=True, text=True, timeout=180,
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
    # De woordenlijsten van de doelcheck komen uit het pakket (importlib.resources).
    code = (
        "from assistent.kern import doelcheck; "
        "print(doelcheck.__file__); "
        "print(doelcheck.controleer('Voor de kerst leest Sem elke dag een bladzijde voor.').meetbaar)"
    )
    proces = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=tmp_path, env={"PYTHONPATH": str(doel), "PATH": ""}, timeout=60)
    assert proces.returncode == 0, proces.stderr
    bestand, meetbaar = proces.stdout.split()
    assert Path(bestand).is_relative_to(doel) and meetbaar == "True"
