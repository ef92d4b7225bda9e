"""Wat de start tot de eerste vraag snel houdt, als gedrag vastgelegd (de cijfers staan in
`benchmarks/tui.py --snelle-wegen`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tui_hulp import maak_sessie

from assistent.kern.werkruimte import Werkruimte

CODE = """
import asyncio, sys
from pathlib import Path
from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp

async def main():
    app = OppApp(Werkruimte.laad(Path(sys.argv[1])), Path(sys.argv[2]))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.screen.query("#huidige-vraag"), app.screen
        print("jinja2" in sys.modules)

asyncio.run(main())
"""


def test_een_warme_start_tot_de_eerste_vraag_laadt_geen_jinja2(tmp_path: Path) -> None:
    # Daarom bestaan de snelle wegen in kern/jinja.py en kern/vragenlijst/voorwaarde.py: samen
    # schelen ze Jinja2 laden en sjablonen vertalen bij de start (zie docs/tui.md).
    werkruimte = Werkruimte.laad(tmp_path / "sessies")
    pad = maak_sessie(werkruimte, tot="uitstroom_gegevens")
    Werkruimte.laad(werkruimte.map)  # de cache van de vragenlijsten staat er nu
    uit = subprocess.run([sys.executable, "-c", CODE, str(werkruimte.map), str(pad)],
                         capture_output=True, text=True, timeout=120)
    assert uit.returncode == 0, uit.stderr
    assert uit.stdout.split() == ["False"]
