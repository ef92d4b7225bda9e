"""Kleine dingen die een IB'er meteen merkt: '?' blijft niet staan, het startscherm zegt
over de groep wat de chat doet, een lege vinklijst staat als 'niets aangevinkt' in het gesprek."""

from __future__ import annotations

from textual.widgets import Input, OptionList
from tui_hulp import antwoord, chat, maak_sessie, wacht_tot

from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.screens.overzicht import OverzichtScherm
from assistent.tui.widgets.beurt import Meldingbeurt


async def test_vraagteken_en_enter_laat_het_vak_leeg(werkruimte: Werkruimte) -> None:
    pad = maak_sessie(werkruimte, tot="aanpak_wie")
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        vak = scherm.query_one("#antwoord", Input)
        vak.value = "?"
        await pilot.press("enter")
        await wacht_tot(pilot, lambda: bool(scherm.query(Meldingbeurt)))
        assert vak.value == ""


async def test_het_startscherm_belooft_niet_dat_de_groep_leeg_mag(
    werkruimte: Werkruimte,
) -> None:
    app = OppApp(werkruimte)
    async with app.run_test(size=(100, 30)):
        groep = app.screen.query_one("#groep", Input)
        assert "mag leeg" not in groep.placeholder
        assert "vraagt" in groep.placeholder


async def test_een_lege_vinklijst_staat_als_niets_aangevinkt_in_het_gesprek(
    werkruimte: Werkruimte,
) -> None:
    pad = maak_sessie(werkruimte, tot="bevorderend_kind")
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        assert scherm.stap is not None and scherm.stap.vraag.soort == "meerkeuze"
        await antwoord(pilot, [])
        beurt = scherm.query_one("#antwoord-bevorderend_kind")
        assert "niets aangevinkt" in str(beurt.render())
        await pilot.press("f4")
        await wacht_tot(pilot, lambda: isinstance(app.screen, OverzichtScherm))
        optie = app.screen.query_one("#antwoorden", OptionList).get_option("bevorderend_kind")
        assert "niets aangevinkt" in str(optie.prompt)
