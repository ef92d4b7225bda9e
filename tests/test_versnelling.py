"""De gecompileerde doelcheck: alleen geladen als hij bij de bronnen past, en met dezelfde uitkomst."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from assistent.kern import versnelling

KERN = Path(versnelling.__file__).parent
WORTEL = KERN.parent.parent


def _nep_build(kern: Path) -> Path:
    """Een kernmap met kopieën van de bronnen en een build die erbij past (lege bestanden)."""
    kern.mkdir()
    map_ = kern / versnelling.MAP
    map_.mkdir()
    regels = []
    for module in versnelling.MODULES:
        bron = (KERN / f"{module}.py").read_bytes()
        (kern / f"{module}.py").write_bytes(bron)
        regels.append(f"{module} {versnelling.vingerafdruk(bron)}\n")
    for module in versnelling.GEBOUWD:
        (map_ / f"{module}{EXTENSION_SUFFIXES[0]}").write_bytes(b"")
    (map_ / versnelling.BRONNEN).write_text("".join(regels), encoding="utf-8")
    return kern


def test_een_passende_build_wijst_elke_module_en_de_gedeelde_bibliotheek_aan(
    tmp_path: Path,
) -> None:
    kern = _nep_build(tmp_path / "kern")
    paden = versnelling.gecompileerde_paden(str(kern))
    assert paden is not None
    verwacht = {f"assistent.kern.{m}" for m in versnelling.MODULES}
    assert set(paden) == verwacht | {"assistent.kern._doelcheck__mypyc"}
    assert all(Path(p).parent == kern / versnelling.MAP for p in paden.values())


def test_zonder_build_laadt_python_de_bronnen(tmp_path: Path) -> None:
    assert versnelling.gecompileerde_paden(str(tmp_path)) is None
    assert versnelling._Zoeker(str(tmp_path)).find_spec("assistent.kern.doelcheck_regels") is None


def test_een_gewijzigde_bron_zet_de_build_buiten_spel(tmp_path: Path) -> None:
    kern = _nep_build(tmp_path / "kern")
    bron = kern / "doelcheck_regels.py"
    bron.write_text(bron.read_text(encoding="utf-8") + "\n# gewijzigd\n", encoding="utf-8")
    assert versnelling.gecompileerde_paden(str(kern)) is None


@pytest.mark.parametrize(
    "bederf",
    [
        lambda map_: (map_ / "doelcheck_tekst" f"{EXTENSION_SUFFIXES[0]}").unlink(),
        lambda map_: (map_ / "_doelcheck__mypyc" f"{EXTENSION_SUFFIXES[0]}").unlink(),
        lambda map_: (map_ / versnelling.BRONNEN).unlink(),
        lambda map_: (map_ / versnelling.BRONNEN).write_bytes(b"\xff\xfe onzin"),
        lambda map_: (map_ / versnelling.BRONNEN).write_text("zonderspatie\n", encoding="utf-8"),
        lambda map_: (map_ / versnelling.BRONNEN).write_text(
            "doelcheck_regels 00000000-1\n", encoding="utf-8"
        ),
    ],
    ids=["module-weg", "bibliotheek-weg", "geen-afdrukken", "onleesbaar", "kapot", "onvolledig"],
)
def test_een_halve_of_kapotte_build_wordt_niet_geladen(tmp_path: Path, bederf: object) -> None:
    kern = _nep_build(tmp_path / "kern")
    bederf(kern / versnelling.MAP)  # type: ignore[operator]
    assert versnelling.gecompileerde_paden(str(kern)) is None


def test_de_zoeker_laat_andere_modules_met_rust(tmp_path: Path) -> None:
    zoeker = versnelling._Zoeker(str(_nep_build(tmp_path / "kern")))
    assert zoeker.find_spec("json") is None
    assert zoeker.find_spec("assistent.kern.doelcheck") is None  # de openbare kant blijft Python
    spec = zoeker.find_spec("assistent.kern.doelcheck_patronen")
    assert spec is not None and spec.origin is not None
    assert spec.origin.endswith(EXTENSION_SUFFIXES[0]) and spec.has_location


# Beoordeelt eigen doelen, ook halverwege getypt, met een naam en met een schoolbestand, en
# schrijft de oordelen als JSON; de eerste regel zegt of de doelcheck gecompileerd draaide.
_VERGELIJK = """
import json, sys, tomllib
from pathlib import Path
from assistent.kern import doelcheck, versnelling
from assistent.kern.doelcheck_woorden import laad_woorden
data = Path(sys.argv[1])
doelen = [d["tekst"] for d in tomllib.loads(data.read_text(encoding="utf-8"))["doel"]]
school = laad_woorden(Path(sys.argv[2]))
regels = []
for i, tekst in enumerate(doelen):
    for stuk in (tekst, tekst[: len(tekst) // 2], tekst.upper(), tekst + " 🙂 " + tekst[::-1]):
        regels.append(doelcheck.beoordeel(stuk).als_dict())
        regels.append(doelcheck.beoordeel(stuk, "Sem" if i % 2 else "de leerling").als_dict())
        regels.append(doelcheck.beoordeel(stuk, "Noor", school).als_dict())
print(versnelling.actief())
for regel in regels:
    print(json.dumps(regel, ensure_ascii=False, sort_keys=True))
"""


def test_gecompileerd_en_als_python_geeft_de_doelcheck_precies_hetzelfde(tmp_path: Path) -> None:
    if versnelling.gecompileerde_paden() is None:
        pytest.skip("geen (passende) gecompileerde doelcheck in deze installatie")
    school = tmp_path / "doelwoorden.toml"
    school.write_text(
        '[gedrag]\nwaarneembaar = ["knikken", "hardop lezen"]\n'
        '[vaag]\nwerkwoorden = ["zwaaien"]\nuitdrukkingen = ["goed gaan"]\n'
        '[volwassene]\ninzet = ["een koptelefoon"]\n[interpretatie]\nwoorden = ["stil"]\n'
        '[termijn]\nmaanden = ["lentemaand"]\nperioden = ["cyclus"]\n'
        '[meetinstrument.genoemd]\nlogboek = ["logboek", "dagboek"]\n',
        encoding="utf-8",
    )
    uitvoer = {}
    for puur in (False, True):
        omgeving = {k: v for k, v in os.environ.items() if k != versnelling.PUUR}
        if puur:
            omgeving[versnelling.PUUR] = "1"
        proces = subprocess.run(
            [sys.executable, "-c", _VERGELIJK, str(WORTEL / "tests/data/doelen_eigen.toml"),
             str(school)],
            capture_output=True, text=True, encoding="utf-8", env=omgeving, cwd=WORTEL,
            timeout=120,
        )
        assert proces.returncode == 0, proces.stderr
        modus, *oordelen = proces.stdout.splitlines()
        assert modus == str(not puur)
        uitvoer[puur] = oordelen
    assert len(uitvoer[False]) > 1000
    verschillen = [(a, b) for a, b in zip(uitvoer[False], uitvoer[True], strict=True) if a != b]
    assert not verschillen, json.dumps(verschillen[:3], ensure_ascii=False, indent=1)


def _kan_compileren() -> bool:
    """Een C-compiler en de headers van deze Python: dan hoort het compileren te lukken."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    headers = Path(sysconfig.get_paths()["include"], "Python.h")
    return shutil.which(compiler) is not None and headers.is_file()


def test_met_een_c_compiler_heeft_de_installatie_de_doelcheck_gecompileerd() -> None:
    """Vangt een build die stil mislukt (bijvoorbeeld na een wijziging die mypyc niet kan)."""
    if os.environ.get(versnelling.PUUR):
        pytest.skip(f"{versnelling.PUUR} is gezet")
    if not _kan_compileren():
        pytest.skip("geen C-compiler of geen Python-headers: de doelcheck draait als Python")
    map_ = KERN / versnelling.MAP
    if (map_ / versnelling.BRONNEN).exists() and versnelling.gecompileerde_paden() is None:
        pytest.skip("de bronnen zijn gewijzigd sinds de installatie: installeer opnieuw")
    reden = map_ / "niet_gecompileerd.txt"
    assert versnelling.gecompileerde_paden() is not None, (
        "er is een C-compiler, maar geen gecompileerde doelcheck; de installatie meldde:\n"
        + (reden.read_text(encoding="utf-8") if reden.exists() else "(niets: was het een wheel?)")
    )
