"""Het opdrachtenpalet (ctrl+p): Textual's eigen opdrachten blijven, die van ons komen erbij."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.widgets import Input, OptionList
from tui_hulp import chat, maak_sessie, wacht_tot

from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.dialogs.export import ExportDialoog
from assistent.tui.screens.start import StartScherm


async def test_het_palet_heeft_de_opdrachten_van_textual_de_app_en_het_scherm(
    werkruimte: Werkruimte,
) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="doelen"))
    async with app.run_test(size=(100, 30)):
        titels = [c.title for c in app.get_system_commands(chat(app))]
        assert {"Theme", "Quit", "Keys"} <= set(titels)  # van Textual zelf
        assert {"Hulp", "Licht of donker thema", "Naar het startscherm", "Stoppen"} <= set(titels)
        assert {"Exporteren", "Overzicht van alle antwoorden", "Kinddeel tonen"} <= set(titels)


async def test_op_het_startscherm_biedt_het_palet_een_nieuwe_sessie_en_de_demo(
    werkruimte: Werkruimte,
) -> None:
    app = OppApp(werkruimte)
    async with app.run_test(size=(100, 30)):
        assert isinstance(app.screen, StartScherm)
        titels = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Nieuwe sessie", "Demo openen", "Quit"} <= titels
        assert "Exporteren" not in titels


async def test_exporteren_zoeken_in_het_palet_opent_de_exportdialoog(
    werkruimte: Werkruimte,
) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="doelen"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await wacht_tot(pilot, lambda: isinstance(app.screen, CommandPalette))
        app.screen.query_one(Input).value = "Exporteren"

        def gevonden() -> bool:
            lijsten = app.screen.query("CommandList")
            return bool(lijsten) and lijsten.first(OptionList).option_count > 0

        await wacht_tot(pilot, gevonden)
        await pilot.press("enter")
        await wacht_tot(pilot, lambda: isinstance(app.screen, ExportDialoog))
