"""Hoe snel is de chat? Starttijd tot de eerste vraag en de tijd per antwoord.

Elk cijfer staat naast dat van een minimale Textual-app met dezelfde widgets (kop, scrollvlak
met beurten, voorbeeldzinnenlijst, tekstvak, voettekst), in dezelfde run gemeten. Doel: hooguit
1,3×. Alleen cijfers, geen beweringen.

    .venv/bin/python benchmarks/tui.py [--keer 5]

Starttijd: beide apps starten als apart proces (headless); het proces meldt het tijdstip waarop
de eerste vraag na een verversing op het scherm staat. Per antwoord: via Pilot, in beide apps
dezelfde handelingen (waarde in het vak, enter, wachten tot de volgende vraag er staat).
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Footer, Input, OptionList, Static, TextArea

VOORAF = {
    "voornaamwoord": "hij", "aanleiding": "Sem leest traag.", "bevorderend_kind": [],
    "bevorderend_onderwijs": [], "bevorderend_thuis": [], "belemmerend_kind": [],
    "belemmerend_onderwijs": [], "belemmerend_thuis": [], "factoren_toelichting": [],
    "onderwijsbehoeften": "Sem heeft verlengde instructie nodig.", "uitstroom": "vmbo_kb",
    "uitstroom_nu": "Op dit moment gaat het redelijk.", "uitstroom_gegevens": ["lvs"],
    "doelen": ["Sem leest eind maart 40 woorden per minuut foutloos op de DMT-kaart 2."],
    "aanpak": "Dagelijks duolezen.", "afspraken_ouders": "Thuis samen lezen.",
    "afspraken_leerling": "Sem houdt een logboek bij.", "afwijkingen": False,
}
DATUMS = ["1-9-2025", "6-10-2025", "1-6-2026", "1-10-2025"]


def maak_sessie(map_: Path, tot_datums: bool) -> Path:
    from assistent.kern.werkruimte import Werkruimte

    werkruimte = Werkruimte.laad(map_)
    gesprek, pad = werkruimte.nieuw("Sem", ["opp"], 5)
    for vraag_id, waarde in VOORAF.items():
        if not tot_datums and vraag_id == "aanleiding":
            break
        if waarde == []:
            gesprek.sla_over(vraag_id)
        else:
            gesprek.beantwoord(vraag_id, waarde)
    werkruimte.bewaar(gesprek, pad)
    return pad


# --- de minimale app ----------------------------------------------------------------------


class MinimaleApp(App[float]):
    AUTO_FOCUS = "#antwoord"
    CSS = "#beurten { height: 1fr; } TextArea { height: 6; } OptionList { max-height: 5; }"

    def __init__(self, meten: bool = False) -> None:
        super().__init__()
        self.meten = meten
        self.teller = 0
        self.getoond = asyncio.Event()

    def compose(self) -> ComposeResult:
        yield Static("kop", id="kop")
        with VerticalScroll(id="beurten"):
            yield Static("1. Een vraag?")
        yield OptionList("1  een zin", "2  nog een zin")
        yield Input(id="antwoord")
        yield TextArea(id="lang")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#beurten", VerticalScroll).anchor()
        if self.meten:
            self.call_after_refresh(lambda: self.exit(time.time()))

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        self.teller += 1
        await self.query_one("#beurten").mount_all(
            [Static(event.value), Static(f"{self.teller + 1}. Volgende vraag?")])
        event.input.value = ""
        self.query_one("#kop", Static).update(f"nog {10 - self.teller} vragen")
        self.getoond.set()


# --- de echte app, met een seintje bij de eerste vraag -------------------------------------


def opp_app(map_: Path, pad: Path, meten: bool):  # type: ignore[no-untyped-def]
    from assistent.kern.werkruimte import Werkruimte
    from assistent.tui.app import OppApp
    from assistent.tui.screens.chat import ChatScherm

    class GemetenApp(OppApp):
        def on_mount(self) -> None:
            # Textual roept ook OppApp.on_mount aan (elke klasse in de MRO).
            self.getoond = asyncio.Event()

        def on_chat_scherm_vraag_getoond(self, _: ChatScherm.VraagGetoond) -> None:
            self.getoond.set()
            if meten:
                self.call_after_refresh(lambda: self.exit(time.time()))  # type: ignore[arg-type]

    return GemetenApp(Werkruimte.laad(map_), pad)


def kind(soort: str, map_: str, pad: str) -> None:
    """In het kindproces: start de app en druk het tijdstip van de eerste vraag af."""
    app = MinimaleApp(meten=True) if soort == "minimaal" else opp_app(Path(map_), Path(pad), True)
    tijdstip = app.run(headless=True, size=(100, 30))
    print(tijdstip)


def starttijd(soort: str, map_: Path, pad: Path) -> float:
    begin = time.time()
    uit = subprocess.run(
        [sys.executable, __file__, "--kind", soort, str(map_), str(pad)],
        capture_output=True, text=True, check=True,
    )
    return float(uit.stdout.strip().splitlines()[-1]) - begin


async def per_antwoord(app, waarden: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    tijden: list[float] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for waarde in waarden:
            app.getoond.clear()
            app.screen.query_one("#antwoord", Input).value = waarde
            begin = time.perf_counter()
            await pilot.press("enter")
            await asyncio.wait_for(app.getoond.wait(), 10)
            await pilot.pause()
            tijden.append(time.perf_counter() - begin)
    return tijden


def regel(naam: str, eigen: float, minimaal: float) -> str:
    return f"{naam:<32} {eigen * 1000:8.1f} ms {minimaal * 1000:8.1f} ms {eigen / minimaal:6.2f}×"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keer", type=int, default=5)
    parser.add_argument("--kind", nargs=3)
    args = parser.parse_args()
    if args.kind:
        kind(*args.kind)
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    basis = Path(tempfile.mkdtemp(prefix="opp-bench-"))
    try:
        map_ = basis / "sessies"
        pad = maak_sessie(map_, tot_datums=True)
        eigen_start = [starttijd("opp", map_, pad) for _ in range(args.keer)]
        mini_start = [starttijd("minimaal", map_, pad) for _ in range(args.keer)]
        eigen_antw: list[float] = []
        mini_antw: list[float] = []
        for _ in range(args.keer):
            map_ronde = basis / f"ronde-{time.perf_counter_ns()}"
            pad_ronde = maak_sessie(map_ronde, tot_datums=True)
            eigen_antw += asyncio.run(per_antwoord(opp_app(map_ronde, pad_ronde, False), DATUMS))
            mini_antw += asyncio.run(per_antwoord(MinimaleApp(), DATUMS))
    finally:
        shutil.rmtree(basis, ignore_errors=True)
    print(f"{'':<32} {'OPP-app':>11} {'minimaal':>11} {'factor':>7}")
    print(regel("start tot eerste vraag (mediaan)", statistics.median(eigen_start),
                statistics.median(mini_start)))
    print(regel("per antwoord (mediaan)", statistics.median(eigen_antw),
                statistics.median(mini_antw)))
    print(regel("per antwoord (max)", max(eigen_antw), max(mini_antw)))
    print(f"({args.keer} starts per app, {len(eigen_antw)} antwoorden per app)")


if __name__ == "__main__":
    main()
