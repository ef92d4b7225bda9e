"""Bijstellen in de chat: F8, dan F9; per doel een besluit, en versie 2 staat op schijf."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input, RadioSet
from tui_hulp import chat, wacht_tot

from assistent.kern.cyclus.metingen import huidige_doelen
from assistent.kern.demo import maak_demo
from assistent.kern.sessie import opslag
from assistent.kern.sessie.model import versienummer
from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.dialogs.bijstellen import BijstelDialoog
from assistent.tui.dialogs.cyclus import MetingenDialoog
from assistent.tui.screens.chat import ChatScherm
from assistent.tui.widgets.doelweergave import Doelweergave
from assistent.tui.widgets.vinkjes import Keuzerondje

NIEUW_1 = "Sem steekt voor de kerstvakantie in 4 van de 5 kringgesprekken zijn vinger op."
NIEUW_DOEL = "Sem leest voor de zomervakantie 40 woorden per minuut op een DMT-kaart."


def _transcripttekst(app: OppApp) -> str:
    return " ".join(str(w.render()) for w in app.screen.query("#transcript Static"))


async def _open_bijstellen(app: OppApp, pilot: Pilot[None]) -> None:
    """Vanuit de chat: F8 (metingen), dan F9 (bijstellen)."""
    chat(app)
    await pilot.press("f8")
    await wacht_tot(pilot, lambda: isinstance(app.screen, MetingenDialoog))
    await pilot.press("f9")
    await wacht_tot(pilot, lambda: isinstance(app.screen, BijstelDialoog))


def _kies(dialoog: BijstelDialoog, nummer: int, keuze: str, soort: str = "besluit") -> None:
    rondjes = dialoog.query_one(f"#{soort}-{nummer}", RadioSet).query(Keuzerondje)
    next(r for r in rondjes if r.name == keuze).value = True


async def test_f9_stelt_bij_naar_versie_2_en_de_oude_versie_blijft(
        werkruimte: Werkruimte) -> None:
    _, pad = maak_demo(werkruimte)
    oud = huidige_doelen(werkruimte.open(pad))
    assert len(oud) >= 2  # anders toetst deze test het afsluiten niet
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        await _open_bijstellen(app, pilot)
        dialoog = app.screen
        assert isinstance(dialoog, BijstelDialoog)
        tekst_1 = dialoog.query_one("#tekst-1", Input)
        assert not tekst_1.display  # alleen bij herschrijven
        _kies(dialoog, 1, "bijstellen")
        await pilot.pause()
        assert tekst_1.display and tekst_1.value == oud[0]  # je begint bij de oude tekst
        tekst_1.value = "Sem doet beter mee."
        await wacht_tot(pilot, lambda: "vaag" in dialoog.query_one("#check-1").classes)
        tekst_1.value = NIEUW_1
        await wacht_tot(pilot, lambda: "meetbaar" in dialoog.query_one("#check-1").classes)
        _kies(dialoog, 2, "afsluiten")
        _kies(dialoog, 2, "behaald", soort="oordeel")
        dialoog.query_one("#nieuwdoel", Input).value = NIEUW_DOEL
        dialoog.query_one("#reden", Input).value = "Het kringdoel was te ruim."
        await pilot.press("ctrl+s")
        await wacht_tot(pilot, lambda: isinstance(app.screen, MetingenDialoog))
        melding = str(app.screen.query_one("#metingmelding").render())
        assert "Versie 2 staat klaar" in melding and "instemming" in melding
        assert "versie 2" in str(app.screen.query_one("#metingentitel").render())
        await pilot.press("escape")
        await wacht_tot(pilot, lambda: isinstance(app.screen, ChatScherm))
        # Het gesprek toont meteen het herschreven doel, niet het oude.
        await wacht_tot(pilot, lambda: NIEUW_1 in _transcripttekst(app))
        assert oud[1] not in _transcripttekst(app)
    sessie = opslag.lees(pad)
    assert versienummer(sessie) == 2
    assert sessie.versies[0].doelen == oud
    assert sessie.versies[0].besluiten["2"] == "afsluiten"
    assert sessie.versies[0].oordelen == {"2": "behaald"}  # een open oordeel blijft open
    assert sessie.reden == "Het kringdoel was te ruim."
    nieuw = huidige_doelen(werkruimte.open(pad))
    assert nieuw[0] == NIEUW_1 and NIEUW_DOEL in nieuw and oud[1] not in nieuw


async def test_herschrijven_zonder_tekst_geeft_een_melding_en_verandert_niets(
        werkruimte: Werkruimte) -> None:
    _, pad = maak_demo(werkruimte)
    voor = pad.read_bytes()
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_bijstellen(app, pilot)
        dialoog = app.screen
        assert isinstance(dialoog, BijstelDialoog)
        _kies(dialoog, 1, "bijstellen")
        await pilot.pause()
        dialoog.query_one("#tekst-1", Input).value = "  "
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, BijstelDialoog)
        assert "nieuwe tekst" in str(dialoog.query_one("#bijstelmelding").render())
        assert dialoog.query(Doelweergave)
        await pilot.press("escape")
        await wacht_tot(pilot, lambda: isinstance(app.screen, MetingenDialoog))
    assert pad.read_bytes() == voor
    assert versienummer(opslag.lees(pad)) == 1


async def test_alles_gaat_door_zonder_nieuw_doel(werkruimte: Werkruimte) -> None:
    _, pad = maak_demo(werkruimte)
    oud = huidige_doelen(werkruimte.open(pad))
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_bijstellen(app, pilot)
        await pilot.press("ctrl+s")
        await wacht_tot(pilot, lambda: isinstance(app.screen, MetingenDialoog))
        melding = str(app.screen.query_one("#metingmelding").render())
        assert "gaat door" in melding and "nieuw" not in melding  # een leeg vak is geen doel
        assert "instemming" not in melding  # niets veranderd: de instemming blijft
    assert huidige_doelen(werkruimte.open(pad)) == oud
    assert versienummer(opslag.lees(pad)) == 2
