"""Hoe snel is de chat? Starttijd tot de eerste vraag en de tijd per antwoord.

Elk cijfer staat naast dat van minimale Textual-apps, in dezelfde run gemeten (zie onder). Doel:
hooguit 1,3× tegen de app met dezelfde widgets. Alleen cijfers, geen beweringen.

    .venv/bin/python benchmarks/tui.py [--keer 5]

Starttijd: elke app start als apart proces (headless) en stopt bij het eerste beeld dat naar de
terminal gaat met de vraag erin; het proces meldt dat tijdstip. Zo hebben alle apps hetzelfde
eindpunt. De sessie heeft al 16 beantwoorde vragen.
- "warm": de gecontroleerde vragenlijsten staan in de cache (elke gewone start);
- "koud": de cache is vooraf weggehaald (eerste start, of na het wijzigen van een vragenlijst).
Drie minimale apps om mee te vergelijken, zonder kern, opslag of logica:
- dezelfde widgets met dezelfde opmaak: de boom van het chatscherm bij deze sessie (een tweede
  scherm boven het standaardscherm, kop, 16 vragen en antwoorden en de huidige vraag,
  suggestielijst, invoervak, verborgen conceptpaneel, dezelfde zeven toetsen in de voettekst),
  met dezelfde id's, klassen en app.tcss. Het verschil is dan alleen onze code: imports, kern,
  laden van sessie en vragenlijsten, de logica in de widgets. Dit is de maat voor het doel.
- dezelfde widgetboom met alleen de opmaak die nodig is: laat zien wat onze opmaak kost.
- de vorige maat van dit script: één vraag, één scherm, vrijwel geen toetsen in de voettekst.
Per antwoord: via Pilot, in elke app dezelfde handelingen (waarde in het vak, enter, wachten tot
de volgende vraag er na een verversing staat). De eerste antwoorden kunnen samenvallen met het
opwarmen van de doelcheck (0,5 s na de start, in een thread); dat zie je in "langzaamste".
Vooraf wordt ons pakket naar bytecode vertaald, zoals na de eerste start bij een gebruiker.

    .venv/bin/python benchmarks/tui.py --snelle-wegen [--keer 7]

meet alleen de OPP-app, met en zonder de snelle wegen om Jinja2 heen (`jinja.vul_eenvoudig`
voor losse `{{ naam }}`'s, `voorwaarde.snel` voor eenvoudige `toon_als`). "Zonder" zet die
weg uit, zodat alles door Jinja2 gaat; de caches van Jinja2 beginnen elke ronde leeg, zoals
in een nieuw proces. Een snelle weg blijft alleen als hij minstens 50 ms scheelt bij de start
of 20 ms per antwoord.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static, TextArea

VOORAF = {
    "voornaamwoord": "hij", "aanleiding": "Sem leest traag.",
    "onderwijsbehoeften": "Sem heeft verlengde instructie nodig.", "uitstroom": "vmbo_kb",
    "uitstroom_nu": "Op dit moment gaat het redelijk.",
    "aanpak": "Dagelijks duolezen.", "afspraken_ouders": "Thuis samen lezen.",
    "afspraken_leerling": "Sem houdt een logboek bij.",
}
def _dag(dagen: int) -> str:
    dag = date.today() + timedelta(days=dagen)
    return f"{dag.day}-{dag.month}-{dag.year}"


# Start, vaststelling, tussenevaluatie en evaluatie rond vandaag, zonder tegenspraak (anders
# waarschuwt de chat terecht en blijft hij bij de vraag).
DATUMS = [_dag(-14), _dag(14), _dag(70), _dag(180)]
# Ongeveer zoveel vragen zijn beantwoord als de datumvragen aan de beurt zijn; de minimale apps
# tonen evenveel beurten (het precieze aantal hangt af van opp.toml en staat in de uitvoer).
BEURTEN = 16


def maak_sessie(map_: Path, tot_datums: bool) -> Path:
    """Een sessie die beantwoord is tot de eerste datumvraag (of, zonder `tot_datums`, tot de
    aanleiding), met een gewoon antwoord op elke vraag die opp.toml daarvoor stelt."""
    from assistent.kern.werkruimte import Werkruimte

    werkruimte = Werkruimte.laad(map_)
    gesprek, pad = werkruimte.nieuw("Sem", ["opp"], 5)
    while (stap := gesprek.volgende()) is not None:
        vraag = stap.vraag
        if vraag.soort == "datum" or (not tot_datums and vraag.id == "aanleiding"):
            break
        gesprek.beantwoord(vraag.id, VOORAF.get(vraag.id, gewoon_antwoord(vraag)))
    werkruimte.bewaar(gesprek, pad)
    return pad


# --- de minimale app ----------------------------------------------------------------------


class MinimaleApp(App[tuple[float, float]]):
    AUTO_FOCUS = "#antwoord"
    EERSTE = 1  # het nummer van de vraag die bij de start op het scherm staat
    SCROLLVLAK = "#beurten"
    CSS = "#beurten { height: 1fr; } TextArea { height: 6; } OptionList { max-height: 5; }"

    def __init__(self) -> None:
        super().__init__()
        self.teller = 0
        self.getoond = asyncio.Event()

    def compose(self) -> ComposeResult:
        yield Static("kop", id="kop")
        with VerticalScroll(id="beurten"):
            yield Static("1. Een vraag?", id="huidige-vraag")
        yield OptionList("1  een zin", "2  nog een zin")
        yield Input(id="antwoord")
        yield TextArea(id="lang")
        yield Footer()

    def on_mount(self) -> None:
        # Textual roept on_mount van elke klasse in de MRO aan: subklassen overschrijven `begin`.
        self.begin()

    def begin(self) -> None:
        self.query_one("#beurten", VerticalScroll).anchor()

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        self.teller += 1
        await self.screen.query_one(self.SCROLLVLAK).mount_all(
            [Static(event.value), Static(f"{self.EERSTE + self.teller}. Volgende vraag?")])
        event.input.value = ""
        self.screen.query_one("#kop", Static).update(f"nog {10 - self.teller} vragen")
        self.call_after_refresh(self.getoond.set)  # zoals de chat: na de verversing


# --- een minimale app met dezelfde widgetboom als de chat bij deze sessie ---------------------


class GelijkScherm(Screen[None]):
    """Dezelfde boom als het chatscherm: kop, beurten, suggesties, invoer, verborgen
    conceptpaneel en een voettekst met dezelfde zichtbare toetsen; zonder enige logica."""

    BINDINGS = [Binding(f"f{n}", "niets", naam)
                for n, naam in [(2, "Uitleg"), (3, "Concept"), (4, "Overzicht"), (5, "Export")]]

    def __init__(self, beurten: int) -> None:
        super().__init__()
        self.beurten = beurten

    def compose(self) -> ComposeResult:
        # Dezelfde id's en klassen als in de chat, zodat app.tcss er net zo op werkt.
        yield Static("kop", id="kop")
        with Horizontal(id="midden"):
            with Vertical(id="gesprek"):
                with VerticalScroll(id="transcript"):
                    for nummer in range(1, self.beurten + 1):
                        yield Static(f"{nummer}. Een vraag van ongeveer de gewone lengte, hier?",
                                     classes="beurt vraag")
                        yield Static("Een antwoord van een paar woorden.",
                                     classes="beurt antwoord")
                    yield Static(f"{self.beurten + 1}. Wanneer begon de extra ondersteuning?",
                                 id="huidige-vraag", classes="beurt vraag")
                yield OptionList(id="suggesties")
                with Vertical(id="antwoordvak"):
                    yield Input(id="antwoord")
            with VerticalScroll(id="concept"):
                yield Static("", id="volledigheid")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#concept").display = False
        self.query_one("#transcript", VerticalScroll).anchor()
        self.query_one("#antwoord").focus()

    def action_niets(self) -> None:
        pass


class GelijkeApp(MinimaleApp):
    """Dezelfde widgetboom, met alleen de opmaak die nodig is om hem te tonen."""

    CSS = "#transcript { height: 1fr; } #midden { height: 1fr; } OptionList { max-height: 5; }"
    BINDINGS = [Binding("ctrl+q", "quit", "Stoppen", priority=True), Binding("f1", "niets", "Hulp")]
    EERSTE = BEURTEN + 1
    SCROLLVLAK = "#transcript"

    def compose(self) -> ComposeResult:
        return iter(())

    def begin(self) -> None:
        self.push_screen(GelijkScherm(BEURTEN))

    def action_niets(self) -> None:
        pass


class OpgemaakteApp(GelijkeApp):
    """Dezelfde widgetboom met de opmaak van de chat (app.tcss): dezelfde widgets, zoals ze er
    ook uitzien. Het verschil met de OPP-app is dan alleen nog onze code."""

    CSS = ""
    CSS_PATH = Path(__file__).resolve().parent.parent / "assistent" / "tui" / "app.tcss"


# --- de echte app, met een seintje bij de eerste vraag -------------------------------------


def opp_app(map_: Path, pad: Path):  # type: ignore[no-untyped-def]
    from assistent.kern.werkruimte import Werkruimte
    from assistent.tui.app import OppApp
    from assistent.tui.screens.chat import ChatScherm

    class GemetenApp(OppApp):
        def on_mount(self) -> None:
            # Textual roept ook OppApp.on_mount aan (elke klasse in de MRO).
            self.getoond = asyncio.Event()

        def on_chat_scherm_vraag_getoond(self, _: ChatScherm.VraagGetoond) -> None:
            self.getoond.set()  # het scherm meldt dit na de verversing met de nieuwe vraag

    return GemetenApp(Werkruimte.laad(map_), pad)


def stop_bij_eerste_beeld(app: App[Any]) -> None:
    """Stop de app bij het eerste beeld waarin de vraag (`#huidige-vraag`) staat.

    Voor elke app hetzelfde eindpunt: het eerste beeld dat naar de terminal gaat met de vraag
    erin, ook als de voettekst of iets anders nog niet af is. `_display` is intern in Textual
    (het doorgeven van een beeld aan de terminal); alleen dit meetscript gebruikt het.
    """
    doorgeven = app._display

    def display(screen: Screen[Any], renderable: Any) -> None:
        doorgeven(screen, renderable)
        if screen.query("#huidige-vraag") and app.return_value is None:
            app.exit(_nu())

    app._display = display  # type: ignore[method-assign]


# --- met en zonder de snelle wegen ----------------------------------------------------------

SNELLE_WEGEN = ("jinja", "voorwaarde")
OMGEVING_ZONDER = "OPP_BENCH_ZONDER"  # zo weet het kindproces welke snelle wegen uit moeten


def zonder_snelle_wegen(zonder: set[str]) -> Callable[[], None]:
    """Zet de gekozen snelle wegen uit (alles gaat dan door Jinja2); geeft een terugzetter.

    Ook maakt het de caches van Jinja2 leeg, zodat elke ronde begint als een nieuw proces.
    """
    from assistent.kern import jinja
    from assistent.kern.vragenlijst import voorwaarde

    oud = (jinja.eenvoudige_namen, voorwaarde.snel)
    jinja.sjabloon.cache_clear()
    jinja.expressie.cache_clear()
    voorwaarde.snel.cache_clear()
    if "jinja" in zonder:
        jinja.eenvoudige_namen = lambda tekst: None  # type: ignore[assignment]
    if "voorwaarde" in zonder:
        voorwaarde.snel = lambda expressie: None  # type: ignore[assignment]

    def terug() -> None:
        jinja.eenvoudige_namen, voorwaarde.snel = oud  # type: ignore[assignment]

    return terug


def kind(soort: str, map_: str, pad: str) -> None:
    """In het kindproces: start de app en druk het tijdstip van de eerste vraag af."""
    zonder = {w for w in os.environ.get(OMGEVING_ZONDER, "").split(",") if w}
    if zonder:
        zonder_snelle_wegen(zonder)
    app: App[Any]
    if soort == "minimaal-opgemaakt":
        app = OpgemaakteApp()
    elif soort == "minimaal-gelijk":
        app = GelijkeApp()
    elif soort == "minimaal-een":
        app = MinimaleApp()
    else:
        app = opp_app(Path(map_), Path(pad))
    stop_bij_eerste_beeld(app)
    wand, processor = app.run(headless=True, size=(100, 30))
    print(int("jinja2" in sys.modules), file=sys.stderr)  # was Jinja2 bij de eerste vraag nodig?
    print(wand, processor)


def _nu() -> tuple[float, float]:
    """Wandklok (voor de tijd sinds de start van het proces) en de processortijd van dit
    proces: die tweede telt alleen eigen rekenwerk en is minder gevoelig voor drukte."""
    return time.time(), time.process_time()


def starttijd(
    soort: str, map_: Path, pad: Path, zonder: set[str] | None = None
) -> tuple[float, float]:
    if soort == "koud":
        from assistent.kern import locaties

        shutil.rmtree(locaties.cachemap(map_), ignore_errors=True)
    omgeving = {**os.environ, OMGEVING_ZONDER: ",".join(sorted(zonder or ()))}
    begin = time.time()
    uit = subprocess.run(
        [sys.executable, __file__, "--kind", soort, str(map_), str(pad)],
        capture_output=True, text=True, check=True, env=omgeving,
    )
    JINJA_BIJ_START.append(uit.stderr.strip().endswith("1"))
    wand, processor = uit.stdout.strip().splitlines()[-1].split()
    return float(wand) - begin, float(processor)


JINJA_BIJ_START: list[bool] = []  # per start: stond Jinja2 in sys.modules bij de eerste vraag


async def per_antwoord(app, waarden: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    tijden: list[float] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for waarde in waarden:
            app.getoond.clear()
            vak = app.screen.query_one("#antwoord")
            if isinstance(vak, TextArea):  # een lang antwoord: versturen met ctrl+j
                vak.load_text(waarde)
                toets = "ctrl+j"
            else:
                app.screen.query_one("#antwoord", Input).value = waarde
                toets = "enter"
            begin = time.perf_counter()
            await pilot.press(toets)
            await asyncio.wait_for(app.getoond.wait(), 10)
            await pilot.pause()
            tijden.append(time.perf_counter() - begin)
    return tijden


def regel(naam: str, eigen: float, minimaal: float) -> str:
    return f"{naam:<40} {eigen * 1000:8.1f} ms {minimaal * 1000:8.1f} ms {eigen / minimaal:6.2f}×"


DOEL = "Sem leest eind maart 40 woorden per minuut foutloos op de DMT-kaart 2."


def gewoon_antwoord(vraag: Any) -> Any:
    """Een geldig antwoord op elke vraag, alleen op basis van de vraag zelf."""
    if vraag.soort in ("keuze", "meerkeuze"):
        eerste = vraag.opties[0].waarde
        return eerste if vraag.soort == "keuze" else [eerste]
    if vraag.soort == "lijst":
        return [DOEL if vraag.item == "doel" else "Zie het gesprek."]
    return {"janee": False, "getal": str(int(vraag.minimum or 1)),
            "datum": "1-10-2025", "doel": DOEL}.get(vraag.soort, "Zie het gesprek.")


def kernwerk_per_antwoord(basis: Path, zonder: set[str]) -> list[float]:
    """Processortijd van wat het chatscherm na elk antwoord van de kern vraagt, over een heel
    gesprek van de OPP-kern: antwoord verwerken, zichtbare vragen en hun teksten, de volgende
    vraag met voorbeeldzinnen. Zonder Textual, dus zonder de ruis van het tekenen."""
    from assistent.kern.werkruimte import Werkruimte

    terug = zonder_snelle_wegen(zonder)
    try:
        werkruimte = Werkruimte.laad(basis / f"kern-{time.perf_counter_ns()}")
        gesprek, _ = werkruimte.nieuw("Sem", ["opp"], 5)
        tijden: list[float] = []
        while (stap := gesprek.volgende()) is not None:
            begin = time.process_time()
            uitkomst = gesprek.beantwoord(stap.vraag.id, gewoon_antwoord(stap.vraag))
            if uitkomst.waarschuwingen:
                gesprek.beantwoord(stap.vraag.id, gewoon_antwoord(stap.vraag), reden="meting")
            if uitkomst.fouten or gesprek.volgende() is stap:
                raise SystemExit(f"geen geldig antwoord voor {stap.vraag.id}: {uitkomst.fouten}")
            for zichtbaar in gesprek.zichtbaar():
                gesprek.tekst(zichtbaar.vraag)
                gesprek.antwoordtekst(zichtbaar.vraag)
            volgende = gesprek.volgende()
            if volgende is not None:
                gesprek.tekst(volgende.vraag)
                werkruimte.voorbeeldzinnen(gesprek, volgende)
            gesprek.voortgang().kop()
            tijden.append(time.process_time() - begin)
        return tijden
    finally:
        terug()


def snelle_wegen(basis: Path, keer: int) -> None:
    """De OPP-app met en zonder elke snelle weg: start (warm, koud), tijd per antwoord in de app
    en het kernwerk per antwoord."""
    standen: dict[str, set[str]] = {
        "met beide": set(), "zonder jinja": {"jinja"}, "zonder voorwaarde": {"voorwaarde"},
        "zonder beide": set(SNELLE_WEGEN),
    }
    map_ = basis / "sessies"
    pad = maak_sessie(map_, tot_datums=True)
    start: dict[tuple[str, str], list[tuple[float, float]]] = {}
    antwoorden: dict[str, list[float]] = {stand: [] for stand in standen}
    kernwerk: dict[str, list[float]] = {stand: [] for stand in standen}
    kernwerk_per_antwoord(basis, set())  # de doelcheck één keer laden, buiten de meting
    jinja_geladen: dict[str, list[bool]] = {stand: [] for stand in standen}  # alleen warm
    for _ in range(keer):  # om en om, zodat drukte op de machine elke stand raakt
        for stand, zonder in standen.items():
            for soort in ("koud", "warm"):  # koud eerst: die vult de cache voor warm
                start.setdefault((stand, soort), []).append(starttijd(soort, map_, pad, zonder))
                if soort == "warm":
                    jinja_geladen[stand].append(JINJA_BIJ_START[-1])
            map_ronde = basis / f"ronde-{time.perf_counter_ns()}"
            pad_ronde = maak_sessie(map_ronde, tot_datums=True)
            terug = zonder_snelle_wegen(zonder)
            try:
                antwoorden[stand] += asyncio.run(per_antwoord(opp_app(map_ronde, pad_ronde),
                                                              DATUMS))
            finally:
                terug()
            kernwerk[stand] += kernwerk_per_antwoord(basis, zonder)

    def ms(tijden: list[float]) -> str:
        return f"{statistics.median(tijden) * 1000:7.1f} ms"

    print(f"{'':<18} {'start warm':>10} {'(cpu)':>10} {'start koud':>10} {'(cpu)':>10} "
          f"{'antwoord':>10} {'langzaamst':>10} {'kernwerk':>10}  jinja2 bij warme start")
    for stand in standen:
        warm, koud = start[(stand, "warm")], start[(stand, "koud")]
        print(f"{stand:<18} {ms([t[0] for t in warm])} {ms([t[1] for t in warm])} "
              f"{ms([t[0] for t in koud])} {ms([t[1] for t in koud])} "
              f"{ms(antwoorden[stand])} {max(antwoorden[stand]) * 1000:7.1f} ms "
              f"{statistics.median(kernwerk[stand]) * 1000:7.2f} ms  "
              f"{sum(jinja_geladen[stand])} van {len(jinja_geladen[stand])}")
    print(f"(mediaan van {keer} starts per stand en {len(antwoorden['met beide'])} antwoorden; "
          "kernwerk: processortijd van de kern per antwoord over een heel gesprek, zonder "
          "Textual; grens: 50 ms bij de start of 20 ms per antwoord)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keer", type=int, default=5)
    parser.add_argument("--kind", nargs=3)
    parser.add_argument("--snelle-wegen", action="store_true",
                        help="meet de OPP-app met en zonder de snelle wegen om Jinja2 heen")
    args = parser.parse_args()
    if args.kind:
        kind(*args.kind)
        return
    wortel = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(wortel))
    # Textual staat als bytecode in site-packages (pip vertaalt bij het installeren); onze
    # bronbestanden ook, net als na de eerste start bij een gebruiker. Anders meet elke start
    # ook het vertalen van onze modules, bijvoorbeeld waar PYTHONDONTWRITEBYTECODE aan staat.
    compileall.compile_dir(wortel / "assistent", quiet=1)
    basis = Path(tempfile.mkdtemp(prefix="opp-bench-"))
    if args.snelle_wegen:
        try:
            snelle_wegen(basis, args.keer)
        finally:
            shutil.rmtree(basis, ignore_errors=True)
        return
    try:
        map_ = basis / "sessies"
        pad = maak_sessie(map_, tot_datums=True)
        start: dict[str, list[tuple[float, float]]] = {
            soort: []
            for soort in ("koud", "warm", "minimaal-opgemaakt", "minimaal-gelijk", "minimaal-een")
        }
        for _ in range(args.keer):  # om en om, zodat drukte op de machine alle soorten raakt
            for soort, tijden in start.items():
                tijden.append(starttijd(soort, map_, pad))
        antwoorden: dict[str, list[float]] = {"eigen": [], "opgemaakt": [], "gelijk": [],
                                               "een": []}
        for _ in range(args.keer):
            map_ronde = basis / f"ronde-{time.perf_counter_ns()}"
            pad_ronde = maak_sessie(map_ronde, tot_datums=True)
            for soort, app in (("eigen", opp_app(map_ronde, pad_ronde)),
                               ("opgemaakt", OpgemaakteApp()), ("gelijk", GelijkeApp()),
                               ("een", MinimaleApp())):
                antwoorden[soort] += asyncio.run(per_antwoord(app, DATUMS))
    finally:
        shutil.rmtree(basis, ignore_errors=True)
    mediaan = {soort: statistics.median(t[0] for t in tijden) for soort, tijden in start.items()}
    cpu = {soort: statistics.median(t[1] for t in tijden) for soort, tijden in start.items()}
    antw = {soort: statistics.median(tijden) for soort, tijden in antwoorden.items()}
    print(f"{'':<40} {'OPP-app':>11} {'minimaal':>11} {'factor':>7}")
    for kop, start_soort, antw_soort in [
        ("tegen dezelfde widgets met dezelfde opmaak (app.tcss), zonder onze code:",
         "minimaal-opgemaakt", "opgemaakt"),
        ("tegen dezelfde widgetboom met alleen de nodige opmaak:", "minimaal-gelijk", "gelijk"),
        ("tegen de vorige maat: één vraag, geen beurten, minder toetsen:", "minimaal-een", "een"),
    ]:
        print(kop)
        print(regel("  start, warm (mediaan)", mediaan["warm"], mediaan[start_soort]))
        print(regel("  start, koud (mediaan)", mediaan["koud"], mediaan[start_soort]))
        print(regel("  start, warm, processortijd", cpu["warm"], cpu[start_soort]))
        print(regel("  per antwoord (mediaan)", antw["eigen"], antw[antw_soort]))
    print(regel("per antwoord, langzaamste", max(antwoorden["eigen"]),
                max(antwoorden["opgemaakt"])))
    print(f"({args.keer} starts per app, {len(antwoorden['eigen'])} antwoorden per app; "
          "doel: hooguit 1,3×)")


if __name__ == "__main__":
    main()
