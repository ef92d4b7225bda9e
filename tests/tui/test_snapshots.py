"""SVG-momentopnamen van de belangrijkste schermen, op 100×30 en 80×24.

Met een eigen kleine vragenlijst en voorbeeldzinnen (tests/data/scherm/), niet met de
meegeleverde: een vraag in opp.toml anders formuleren verandert hier niets. Herhaalbaar: een
relatieve sessiemap (geen tijdelijk pad in beeld), een sessiebestand met vaste data en een vaste
datum voor de documenten. Bijwerken met `pytest --snapshot-update`, en kijk dan naar de SVG's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Input, Markdown
from tui_hulp import MEETBAAR, VAAG, maak_sessie, wacht_tot

from assistent.kern import locaties
from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp

VANDAAG = date(2025, 9, 15)
GROOT = (100, 30)
KLEIN = (80, 24)
SCHERM = Path(__file__).resolve().parent.parent / "data" / "scherm"
ANTWOORDEN: dict[str, Any] = {
    "voornaamwoord": "hij",
    "aanleiding": "Sem leest traag en raakt achter bij vakken met veel tekst.",
    "sterk": ["doorzetten"],
    "uitstroom": "havo",
    "doelen": [MEETBAAR],
    "extra": True,
    "evaluatie_datum": "1-6-2026",
}


@pytest.fixture
def vaste_map(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Werkruimte:
    """Alleen de vragenlijst en zinnen van tests/data/scherm/, via de naad in locaties."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(locaties, "vragenlijstenmap", lambda: SCHERM / "vragenlijsten")
    monkeypatch.setattr(locaties, "voorbeeldzinnenmap", lambda: SCHERM / "voorbeeldzinnen")
    werkruimte = Werkruimte.laad(Path("sessies"))
    assert list(werkruimte.catalogus.vragenlijsten) == ["opp"], werkruimte.catalogus.fouten
    return werkruimte


def app_bij(werkruimte: Werkruimte, tot: str | None) -> OppApp:
    if tot is None:
        maak_sessie(werkruimte, tot="uitstroom", antwoorden=ANTWOORDEN)
        return OppApp(werkruimte, vandaag=VANDAAG)
    pad = maak_sessie(werkruimte, tot=tot, antwoorden=ANTWOORDEN)
    return OppApp(werkruimte, pad, vandaag=VANDAAG)


def zonder_knipperen(app: Any) -> None:
    """Een knipperende cursor maakt momentopnamen toevallig; zet hem in elk tekstvak stil."""
    for scherm in app.screen_stack:
        for vak in scherm.query("Input, TextArea"):
            vak.cursor_blink = False


def druk(*toetsen: str):  # type: ignore[no-untyped-def]
    async def doe(pilot: Any) -> None:
        zonder_knipperen(pilot.app)
        await pilot.press(*toetsen)
        await pilot.pause()
        zonder_knipperen(pilot.app)

    return doe


async def vaag_doel(pilot: Any) -> None:
    zonder_knipperen(pilot.app)
    pilot.app.screen.query_one("#antwoord", Input).value = VAAG
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("maat", [GROOT, KLEIN], ids=["100x30", "80x24"])
def test_het_startscherm_toont_nieuw_verder_en_demo(vaste_map, snap_compare, maat) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app_bij(vaste_map, None), terminal_size=maat, run_before=druk())


@pytest.mark.parametrize("maat", [GROOT, KLEIN], ids=["100x30", "80x24"])
def test_de_chat_markeert_een_vaag_doel(vaste_map, snap_compare, maat) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app_bij(vaste_map, "doelen"), terminal_size=maat, run_before=vaag_doel)


@pytest.mark.parametrize("maat", [GROOT, KLEIN], ids=["100x30", "80x24"])
def test_het_concept_vult_het_scherm(vaste_map, snap_compare, maat) -> None:  # type: ignore[no-untyped-def]
    async def open_concept(pilot: Any) -> None:
        zonder_knipperen(pilot.app)
        await pilot.press("f3")
        paneel = pilot.app.screen.query_one("#concept", VerticalScroll)

        def opgebouwd() -> bool:
            # Het Markdown-widget bouwt zijn blokken na het mounten; wacht tot ze er staan en
            # het paneel zijn hoogte kent.
            documenten = paneel.query("#conceptdocument")
            return bool(documenten) and bool(documenten.first(Markdown).children) and (
                paneel.virtual_size.height > paneel.size.height)

        await wacht_tot(pilot, opgebouwd)
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()

    assert snap_compare(app_bij(vaste_map, "doelen"), terminal_size=maat, run_before=open_concept)


def test_het_overzicht_toont_antwoorden_per_onderdeel(vaste_map, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app_bij(vaste_map, "doelen"), terminal_size=GROOT, run_before=druk("f4"))


def test_de_exportdialoog_stelt_een_pad_voor(vaste_map, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app_bij(vaste_map, "doelen"), terminal_size=KLEIN, run_before=druk("f5"))


def test_het_hulpscherm_noemt_de_toetsen(vaste_map, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app_bij(vaste_map, "doelen"), terminal_size=GROOT, run_before=druk("f1"))
