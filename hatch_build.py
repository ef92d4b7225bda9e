"""Bouwstap: compileer de rekendelen van de doelcheck met mypyc, als er een C-compiler is.

De doelcheck draait bij elke toetsaanslag; gecompileerd is hij ongeveer twee keer zo snel. Welke
modules, waarheen en hoe ze geladen worden staat in `assistent/kern/versnelling.py`.

Lukt het compileren niet (geen compiler, zoals vaak op Windows, of een andere fout), dan gaat de
installatie gewoon door en draait de doelcheck als Python, met dezelfde uitkomst.
`OPP_ASSISTENT_PUUR=1` slaat het compileren over.

- `pip install -e .`: de build komt in `assistent/kern/_versneld/` (staat in .gitignore).
- een gewoon wheel: de build gaat mee in het wheel, dat dan bij één Python-versie hoort.

Als script (`python hatch_build.py WORTEL UITMAP`) doet dit bestand het compileren zelf; de
bouwstap roept het zo aan in een eigen proces, zodat setuptools niets van de bouw van het wheel
ziet of verandert.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # als script, in het eigen proces: hatchling is dan niet nodig
    BuildHookInterface = object  # type: ignore[assignment,misc]

WHEELMAP = "assistent/kern/_versneld"


class Versnelling(BuildHookInterface):  # type: ignore[misc,valid-type]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if os.environ.get("OPP_ASSISTENT_PUUR"):
            return
        bewerkbaar = version == "editable"
        if bewerkbaar:  # de bronmap staat op het pad; de build ernaast
            uit = Path(self.root, WHEELMAP)
            shutil.rmtree(uit, ignore_errors=True)  # nooit een oude build laten staan
        else:  # naar het wheel, via een tijdelijke map die `finalize` opruimt
            self._tijdelijk = tempfile.mkdtemp(prefix="opp-versnelling-")
            uit = Path(self._tijdelijk, "_versneld")
        # Bij een bewerkbare installatie blijft de reden van een mislukte build bewaard.
        reden_naar = uit if bewerkbaar else None
        try:
            proces = subprocess.run(
                [sys.executable, str(Path(self.root, "hatch_build.py")), self.root, str(uit)],
                capture_output=True, text=True, timeout=900, cwd=self.root,
            )
        except (OSError, subprocess.SubprocessError) as fout:
            self._zonder(f"{fout}", reden_naar)
            return
        if proces.returncode != 0:
            shutil.rmtree(uit, ignore_errors=True)  # niets half laten staan
            reden = "\n".join((proces.stdout + proces.stderr).splitlines()[-15:])
            self._zonder(reden, reden_naar)
            return
        if not bewerkbaar:
            for bestand in uit.iterdir():
                build_data["force_include"][str(bestand)] = f"{WHEELMAP}/{bestand.name}"
            build_data["pure_python"] = False
            build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        shutil.rmtree(getattr(self, "_tijdelijk", ""), ignore_errors=True)

    def _zonder(self, reden: str, uit: Path | None = None) -> None:
        if uit is not None:  # bewaard voor tests/test_versnelling.py; wordt nooit geladen
            uit.mkdir(parents=True, exist_ok=True)
            (uit / "niet_gecompileerd.txt").write_text(reden + "\n", encoding="utf-8")
        self.app.display_warning(
            "De doelcheck wordt niet gecompileerd en draait als Python (zelfde uitkomst, "
            f"langzamer). Reden:\n{reden}"
        )


def compileer(wortel: Path, uit: Path) -> None:
    """Compileer `versnelling.MODULES` naar `uit`, met als laatste het bestand met vingerafdrukken.

    Dat bestand komt pas als alles er staat: een halve build wordt zo nooit geladen."""
    sys.path.insert(0, str(wortel))
    from importlib.machinery import EXTENSION_SUFFIXES

    from mypyc.build import mypycify
    from setuptools import Distribution

    from assistent.kern import versnelling

    kern = wortel / "assistent" / "kern"
    bronnen = [kern / f"{module}.py" for module in versnelling.MODULES]
    with tempfile.TemporaryDirectory(prefix="opp-mypyc-") as tijdelijk:
        extensies = mypycify(
            [
                f"--python-version={sys.version_info[0]}.{sys.version_info[1]}",
                f"--cache-dir={tijdelijk}/cache",
                *map(str, bronnen),
            ],
            opt_level="3",
            group_name=f"{versnelling.PAKKET}.{versnelling.GROEP}",
            target_dir=f"{tijdelijk}/c",
        )
        distributie = Distribution({"name": "opp-assistent-versnelling", "ext_modules": extensies})
        opdracht: Any = distributie.get_command_obj("build_ext")
        opdracht.build_lib = f"{tijdelijk}/lib"
        opdracht.build_temp = f"{tijdelijk}/obj"
        distributie.run_command("build_ext")
        gebouwd = Path(tijdelijk, "lib", *versnelling.PAKKET.split("."))
        uit.mkdir(parents=True, exist_ok=True)
        for bestand in gebouwd.glob("*" + EXTENSION_SUFFIXES[0]):
            shutil.copy2(bestand, uit / bestand.name)
    afdrukken = [
        f"{module} {versnelling.vingerafdruk(bron.read_bytes())}"
        for module, bron in zip(versnelling.MODULES, bronnen, strict=True)
    ]
    (uit / versnelling.BRONNEN).write_text("\n".join(afdrukken) + "\n", encoding="utf-8")


if __name__ == "__main__":
    compileer(Path(sys.argv[1]), Path(sys.argv[2]))
