"""Als een mens in een echte terminal: antwoorden typen, het proces hard stoppen (kill -9),
opnieuw starten en zien dat niets verloren is en de chat bij de juiste vraag verdergaat."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from tui_hulp import antwoord_voor, maak_sessie

from assistent.kern.sessie import opslag
from assistent.kern.werkruimte import Werkruimte


def wacht_tot(voorwaarde: Callable[[], T | None], tijd: float = 20.0) -> T | None:
    """De eerste uitkomst van `voorwaarde()` die niet None is, of None na `tijd` seconden."""
    einde = time.monotonic() + tijd
    while True:
        uitkomst = voorwaarde()
        if uitkomst is not None or time.monotonic() > einde:
            return uitkomst
        time.sleep(0.05)


pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux staat niet op PATH")

PROGRAMMA = Path(sys.executable).parent / "opp-assistent"
T = TypeVar("T")


class Terminal:
    def __init__(self, map_: Path, maat: tuple[int, int] = (100, 30)) -> None:
        self.naam = f"opp-{uuid.uuid4().hex[:8]}"
        self.map = map_
        self.maat = maat

    def start(self) -> None:
        opdracht = f"{PROGRAMMA} --map {self.map}"
        breedte, hoogte = self.maat
        subprocess.run(["tmux", "new-session", "-d", "-s", self.naam, "-x", str(breedte),
                        "-y", str(hoogte), opdracht], check=True)

    def scherm(self) -> str:
        return subprocess.run(["tmux", "capture-pane", "-p", "-t", self.naam],
                              capture_output=True, text=True, check=False).stdout

    def wacht_op(self, tekst: str, tijd: float = 20.0) -> str:
        """Wacht tot `tekst` op het scherm staat (elke 50 ms kijken, hooguit `tijd` s)."""
        def met_tekst() -> str | None:
            scherm = self.scherm()
            return scherm if tekst in scherm else None

        gezien = wacht_tot(met_tekst, tijd)
        if gezien is None:
            raise AssertionError(f"'{tekst}' verscheen niet; scherm:\n{self.scherm()}")
        return gezien

    def toetsen(self, *toetsen: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.naam, *toetsen], check=True)

    def typ(self, tekst: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.naam, "-l", tekst], check=True)

    def pid(self) -> int:
        uit = subprocess.run(["tmux", "list-panes", "-t", self.naam, "-F", "#{pane_pid}"],
                             capture_output=True, text=True, check=True).stdout
        return int(uit.split()[0])

    def ruim_op(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.naam], check=False,
                       capture_output=True)

    def doe_hard_dicht(self) -> None:
        os.kill(self.pid(), signal.SIGKILL)
        subprocess.run(["tmux", "kill-session", "-t", self.naam], check=False,
                       capture_output=True)


def test_na_kill_9_gaat_niets_verloren_en_loopt_het_gesprek_verder(tmp_path: Path) -> None:
    werkruimte = Werkruimte.laad(tmp_path / "sessies")
    pad = maak_sessie(werkruimte, tot="uitstroom")
    terminal = Terminal(werkruimte.map)
    terminal.start()
    try:
        terminal.wacht_op("Sem · groep 5")
        terminal.toetsen("Enter")
        terminal.wacht_op("Welk uitstroomperspectief")
        terminal.toetsen("5")  # havo
        terminal.wacht_op("Waarop baseer je dit perspectief")
        terminal.typ("Op dit moment leest Sem vlot genoeg voor de havo.")
        terminal.toetsen("C-j")
        terminal.wacht_op("Welke doelen stel je")
        terminal.doe_hard_dicht()

        sessie = opslag.lees(pad)
        assert sessie.antwoorden["uitstroom"] == "havo"
        assert sessie.antwoorden["uitstroom_nu"].startswith("Op dit moment leest Sem vlot")

        terminal.start()
        terminal.wacht_op("Sem · groep 5")
        terminal.toetsen("Enter")
        scherm = terminal.wacht_op("Welke doelen stel je")
        # Ook met voorbeeldzinnen en een lijstvraag heeft het gesprek erboven nog hoogte.
        assert "havo" in scherm and "Op dit moment leest Sem vlot" in scherm
    finally:
        terminal.ruim_op()


@pytest.mark.parametrize("maat", [(80, 24), (100, 30)], ids=["80x24", "100x30"])
def test_alt_en_een_cijfer_voegt_in_een_echte_terminal_een_voorbeeldzin_in(
    tmp_path: Path, maat: tuple[int, int],
) -> None:
    # Een terminal stuurt alt+1 als ESC en '1'; Textual maakte daar eerst een ¡ van.
    werkruimte = Werkruimte.laad(tmp_path / "sessies")
    pad = maak_sessie(werkruimte, tot="onderwijsbehoeften")
    gesprek = werkruimte.open(pad)
    stap = gesprek.volgende()
    assert stap is not None and stap.vraag.id == "onderwijsbehoeften"
    eerste = werkruimte.voorbeeldzinnen(gesprek, stap)[0]
    terminal = Terminal(werkruimte.map, maat)
    terminal.start()
    try:
        terminal.wacht_op("Sem · groep 5")
        terminal.toetsen("Enter")
        terminal.wacht_op("alt+1–9 voegt in")
        terminal.toetsen("M-1")
        terminal.wacht_op(eerste.split()[0] + " " + eerste.split()[1])
        terminal.toetsen("C-j")

        def bewaard() -> str | None:
            antwoord = opslag.lees(pad).antwoorden.get("onderwijsbehoeften")
            return antwoord if isinstance(antwoord, str) else None

        assert wacht_tot(bewaard) == eerste
    finally:
        terminal.ruim_op()


AFWEGING = {
    "aantal_leerlingen": "een", "langdurig": True, "basis_geprobeerd": True,
    "ondersteuningsbudget": False, "eigen_leerlijn": False, "verwijzing": False,
}


def test_het_advies_staat_na_de_afweging_op_het_scherm_en_het_concept_is_leesbaar(
    tmp_path: Path,
) -> None:
    # Op 80x24: de laatste afwegingsvraag met een toets, dan het advies in het gesprek, dan F3
    # en een doelentabel waarvan elke kop heel blijft (smal: "kop: waarde" per rij).
    werkruimte = Werkruimte.laad(tmp_path / "sessies")
    gesprek, pad = werkruimte.nieuw("Sem", ["afweging", "opp"], 5, {"voornaamwoord": "hij"})
    for vraag_id, waarde in AFWEGING.items():
        gesprek.beantwoord(vraag_id, waarde)
    werkruimte.bewaar(gesprek, pad)
    stap = gesprek.volgende()
    assert stap is not None and stap.vraag.id == "onderwijstijd"
    terminal = Terminal(werkruimte.map, (80, 24))
    terminal.start()
    try:
        terminal.wacht_op("Sem · groep 5")
        terminal.toetsen("Enter")
        terminal.wacht_op(gesprek.tekst(stap.vraag)[:30])
        terminal.toetsen("n")
        scherm = terminal.wacht_op("Advies: stel een OPP op.")
        assert "Volgende stap" in scherm
    finally:
        terminal.ruim_op()

    # Daarna het OPP zelf (hier zonder toetsen ingevuld) en het concept bekijken.
    gesprek = werkruimte.open(pad)
    for stap in gesprek.stappen:
        if stap.vraag.id not in gesprek.sessie.antwoorden:
            gesprek.beantwoord(stap.vraag.id, antwoord_voor(stap.vraag))
    werkruimte.bewaar(gesprek, pad)
    terminal = Terminal(werkruimte.map, (80, 24))
    terminal.start()
    try:
        terminal.wacht_op("Sem · groep 5")
        terminal.toetsen("Enter")
        terminal.wacht_op("Alle vragen zijn beantwoord")
        terminal.toetsen("F3")
        terminal.wacht_op("Volledigheid")
        for _ in range(12):
            vorig = terminal.scherm()
            if "Termijn:" in vorig:
                break
            terminal.toetsen("PageDown")
            # Wacht tot het scherm de toets verwerkt heeft: anders volgt er een tweede PageDown
            # voor de eerste klaar is, en schuift "Doel:" soms net buiten beeld.
            for _ in range(30):
                time.sleep(0.1)
                if terminal.scherm() != vorig:
                    break
        scherm = terminal.wacht_op("Termijn:")
        for kop in ("Doel:", "Criterium:", "Termijn:"):
            assert kop in scherm, kop
        assert "Criter…" not in scherm and "T…" not in scherm
        # Elke toets van de voetregel staat er helemaal, ook op 80 tekens.
        assert "f5 Export" in scherm.splitlines()[-1]
    finally:
        terminal.ruim_op()
