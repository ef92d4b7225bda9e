"""Doelen in de chat: live gemarkeerd, met reden te laten staan, en voorbeeldzinnen invoegen."""

from __future__ import annotations

from textual.keys import key_to_character
from textual.widgets import Input, TextArea
from tui_hulp import MEETBAAR, VAAG, chat, maak_sessie

from assistent.kern.sessie import opslag
from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.dialogs.reden import RedenDialoog
from assistent.tui.widgets.doelweergave import Doelweergave
from assistent.tui.widgets.invoer import ALT_CIJFERS
from assistent.tui.widgets.suggesties import Suggesties


async def wacht_op_doelcheck(pilot, app) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_een_vaag_doel_wordt_tijdens_het_typen_gemarkeerd(werkruimte: Werkruimte) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="doelen"))
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        scherm.query_one("#antwoord", Input).value = VAAG
        await wacht_op_doelcheck(pilot, app)
        weergave = scherm.query_one(Doelweergave)
        assert weergave.has_class("vaag")
        inhoud = weergave.visual
        assert "beter" in str(inhoud) and "Nog niet meetbaar" in str(inhoud)
        gemarkeerd = [str(inhoud)[s.start:s.end] for s in inhoud.spans]  # type: ignore[union-attr]
        assert "beter" in gemarkeerd
        scherm.query_one("#antwoord", Input).value = MEETBAAR
        await wacht_op_doelcheck(pilot, app)
        assert weergave.has_class("meetbaar") and not weergave.has_class("vaag")


async def test_een_vaag_doel_mag_blijven_staan_met_een_reden(werkruimte: Werkruimte) -> None:
    pad = maak_sessie(werkruimte, tot="doelen")
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        scherm.query_one("#antwoord", Input).value = VAAG
        await pilot.press("enter")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RedenDialoog)
        assert "Waarom mag dit doel zo blijven?" in str(app.screen.query_one(".dialoogtitel").render())
        app.screen.query_one("#reden", Input).value = "wordt in de aanpak meetbaar gemaakt"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is scherm
        assert scherm.stap is not None and scherm.stap.vraag.id == "aanpak"
        sessie = opslag.lees(pad)
        assert sessie.antwoorden["doelen"] == [VAAG]
        assert sessie.aanvaard["doelen"] == "wordt in de aanpak meetbaar gemaakt"


async def test_aanpassen_in_plaats_van_een_reden_zet_het_doel_terug_in_het_vak(
    werkruimte: Werkruimte,
) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="doelen"))
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        scherm.query_one("#antwoord", Input).value = VAAG
        await pilot.press("enter", "enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert scherm.stap is not None and scherm.stap.vraag.id == "doelen"
        assert VAAG in str(scherm.query_one("#lijstitems").render())


async def test_alt_en_een_cijfer_voegt_een_ingevulde_voorbeeldzin_in(
    werkruimte: Werkruimte,
) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="onderwijsbehoeften"))
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        suggesties = scherm.query_one(Suggesties)
        eerste = suggesties.zin(1)
        assert eerste is not None and "Sem" in eerste and "{{" not in eerste
        await pilot.press("alt+1")
        assert scherm.query_one("#antwoord", TextArea).text == eerste
        await pilot.press("!")
        assert scherm.query_one("#antwoord", TextArea).text.endswith("!")


async def test_cijfers_in_een_tekstvak_blijven_cijfers(werkruimte: Werkruimte) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="doelen"))
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        assert scherm.query_one(Suggesties).display
        await pilot.press("4", "0")
        assert scherm.query_one("#antwoord", Input).value == "40"


def test_de_tekens_van_alt_en_een_cijfer_horen_bij_de_toetsnamen_van_textual() -> None:
    assert [key_to_character(toets) for toets, _ in ALT_CIJFERS] == list("¡™£¢∞§¶•ª")


async def test_alt_1_uit_een_terminal_voegt_ook_een_voorbeeldzin_in_en_geen_teken(
    werkruimte: Werkruimte,
) -> None:
    # Een terminal stuurt ESC 1; Textual maakt daar ¡ van (zoals Option+1 op een Mac).
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="onderwijsbehoeften"))
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        tweede = scherm.query_one(Suggesties).zin(2)
        await pilot.press("™")
        assert scherm.query_one("#antwoord", TextArea).text == tweede
