"""Hoe snel is de chat? Starttijd tot de eerste vraag en de tijd per antwoord.

Elk cijfer staat naast dat van een minimale Textual-app met dezelfde widgets (kop, scrollvlak
met beurten, voorbeeldzinnenlijst, tekstvak, voettekst), in dezelfde run gemeten. Doel: hooguit
1,3×. Alleen cijfers, geen beweringen.

    .venv/bin/python benchmarks/tui.py [--keer 5]

Starttijd: elke app start als apart proces (headless); het proces meldt het tijdstip waarop de
eerste vraag na een verversing op het scherm staat. De sessie heeft al 16 beantwoorde vragen.
- "warm": de gecontroleerde vragenlijsten staan in de cache (elke gewone start);
- "koud": de cache is vooraf weggehaald (eerste start, of na het wijzigen van een vragenlijst).
Twee minimale apps om mee te vergelijken, zonder kern, opslag of logica:
- dezelfde widgetboom als de chat bij deze sessie: een tweede scherm boven het standaardscherm,
  kop, 16 vragen en antwoorden en de huidige vraag in het scrollvlak, suggestielijst, invoervak,
  een verborgen conceptpaneel en dezelfde zeven toetsen in de voettekst. Dit is de maat voor het
  doel: wat kost onze code bovenop wat Textual voor dezelfde widgets toch al doet?
- de vorige maat van dit script: één vraag, één scherm, vrijwel geen toetsen in de voettekst.
Per antwoord: via Pilot, in beide apps dezelfde handelingen (waarde in het vak, enter, wachten
tot de volgende vraag er staat).
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
from typing import Any

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
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
# Zoveel vragen zijn beantwoord als de datumvragen aan de beurt zijn (naam, groep en VOORAF).
BEURTEN = 16


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


class MinimaleApp(App[tuple[float, float]]):
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
            self.call_after_refresh(lambda: self.exit(_nu()))

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        self.teller += 1
        await self.query_one("#beurten").mount_all(
            [Static(event.value), Static(f"{self.teller + 1}. Volgende vraag?")])
        event.input.value = ""
        self.query_one("#kop", Static).update(f"nog {10 - self.teller} vragen")
        self.getoond.set()


# --- een minimale app met dezelfde widgetboom als de chat bij deze sessie ---------------------


class GelijkScherm(Screen[None]):
    """Dezelfde boom als het chatscherm: kop, beurten, suggesties, invoer, verborgen
    conceptpaneel en een voettekst met dezelfde zichtbare toetsen; zonder enige logica."""

    BINDINGS = [Binding(f"f{n}", "niets", naam)
                for n, naam in [(2, "Uitleg"), (3, "Concept"), (4, "Overzicht"), (5, "Export")]]

    def __init__(self, beurten: int, meten: bool) -> None:
        super().__init__()
        self.beurten = beurten
        self.meten = meten

    def compose(self) -> ComposeResult:
        yield Static("kop", id="kop")
        with Horizontal(id="midden"):
            with Vertical(id="gesprek"):
                with VerticalScroll(id="beurten"):
                    for nummer in range(1, self.beurten + 1):
                        yield Static(f"{nummer}. Een vraag van ongeveer de gewone lengte, hier?")
                        yield Static("Een antwoord van een paar woorden.")
                    yield Static(f"{self.beurten + 1}. Wanneer begon de extra ondersteuning?")
                yield OptionList(id="suggesties")
                with Vertical(id="antwoordvak"):
                    yield Input(id="antwoord")
            with VerticalScroll(id="concept"):
                yield Static("")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#concept").display = False
        self.query_one("#beurten", VerticalScroll).anchor()
        self.query_one("#antwoord").focus()
        if self.meten:
            self.call_after_refresh(lambda: self.app.exit(_nu()))

    def action_niets(self) -> None:
        pass


class GelijkeApp(App[tuple[float, float]]):
    CSS = "#beurten { height: 1fr; } #midden { height: 1fr; } OptionList { max-height: 5; }"
    BINDINGS = [Binding("ctrl+q", "quit", "Stoppen", priority=True), Binding("f1", "niets", "Hulp")]

    def __init__(self, meten: bool = False) -> None:
        super().__init__()
        self.meten = meten
        self.teller = 0
        self.getoond = asyncio.Event()

    def on_mount(self) -> None:
        self.push_screen(GelijkScherm(BEURTEN, self.meten))

    def action_niets(self) -> None:
        pass

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        self.teller += 1
        await self.screen.query_one("#beurten").mount_all(
            [Static(event.value), Static(f"{BEURTEN + self.teller + 1}. Volgende vraag?")])
        event.input.value = ""
        self.screen.query_one("#kop", Static).update(f"nog {10 - self.teller} vragen")
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
                self.call_after_refresh(lambda: self.exit(_nu()))  # type: ignore[arg-type]

    return GemetenApp(Werkruimte.laad(map_), pad)


def kind(soort: str, map_: str, pad: str) -> None:
    """In het kindproces: start de app en druk het tijdstip van de eerste vraag af."""
    app: App[Any]
    if soort == "minimaal-gelijk":
        app = GelijkeApp(meten=True)
    elif soort == "minimaal-een":
        app = MinimaleApp(meten=True)
    else:
        app = opp_app(Path(map_), Path(pad), True)
    wand, processor = app.run(headless=True, size=(100, 30))
    print(wand, processor)


def _nu() -> tuple[float, float]:
    """Wandklok (voor de tijd sinds de start van het proces) en de processortijd van dit
    proces: die tweede telt alleen eigen rekenwerk en is minder gevoelig voor drukte."""
    return time.time(), time.process_time()


def starttijd(soort: str, map_: Path, pad: Path) -> tuple[float, float]:
    if soort == "koud":
        shutil.rmtree(map_ / ".cache", ignore_errors=True)
    begin = time.time()
    uit = subprocess.run(
        [sys.executable, __file__, "--kind", soort, str(map_), str(pad)],
        capture_output=True, text=True, check=True,
    )
    wand, processor = uit.stdout.strip().splitlines()[-1].split()
    return float(wand) - begin, float(processor)


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
    return f"{naam:<40} {eigen * 1000:8.1f} ms {minimaal * 1000:8.1f} ms {eigen / minimaal:6.2f}×"


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
        start: dict[str, list[tuple[float, float]]] = {
            soort: [] for soort in ("koud", "warm", "minimaal-gelijk", "minimaal-een")
        }
        for _ in range(args.keer):  # om en om, zodat drukte op de machine alle soorten raakt
            for soort, tijden in start.items():
                tijden.append(starttijd(soort, map_, pad))
        eigen_antw: list[float] = []
        gelijk_antw: list[float] = []
        mini_antw: list[float] = []
        for _ in range(args.keer):
            map_ronde = basis / f"ronde-{time.perf_counter_ns()}"
            pad_ronde = maak_sessie(map_ronde, tot_datums=True)
            eigen_antw += asyncio.run(per_antwoord(opp_app(map_ronde, pad_ronde, False), DATUMS))
            gelijk_antw += asyncio.run(per_antwoord(GelijkeApp(), DATUMS))
            mini_antw += asyncio.run(per_antwoord(MinimaleApp(), DATUMS))
    finally:
        shutil.rmtree(basis, ignore_errors=True)
    mediaan = {soort: statistics.median(t[0] for t in tijden) for soort, tijden in start.items()}
    cpu = {soort: statistics.median(t[1] for t in tijden) for soort, tijden in start.items()}
    print(f"{'':<40} {'OPP-app':>11} {'minimaal':>11} {'factor':>7}")
    print("tegen een minimale app met dezelfde widgetboom (doel: hooguit 1,3×):")
    print(regel("  start, warm (mediaan)", mediaan["warm"], mediaan["minimaal-gelijk"]))
    print(regel("  start, koud (mediaan)", mediaan["koud"], mediaan["minimaal-gelijk"]))
    print(regel("  start, warm, processortijd", cpu["warm"], cpu["minimaal-gelijk"]))
    print(regel("  start, koud, processortijd", cpu["koud"], cpu["minimaal-gelijk"]))
    print(regel("  per antwoord (mediaan)", statistics.median(eigen_antw),
                statistics.median(gelijk_antw)))
    print(regel("  per antwoord (max)", max(eigen_antw), max(gelijk_antw)))
    print("tegen de vorige maat: één vraag, geen beurten, minder toetsen in de voettekst:")
    print(regel("  start, warm (mediaan)", mediaan["warm"], mediaan["minimaal-een"]))
    print(regel("  start, koud (mediaan)", mediaan["koud"], mediaan["minimaal-een"]))
    print(regel("  per antwoord (mediaan)", statistics.median(eigen_antw),
                statistics.median(mini_antw)))
    print(f"({args.keer} starts per app, {len(eigen_antw)} antwoorden per app)")


if __name__ == "__main__":
    main()
