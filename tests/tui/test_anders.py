"""Elke vinklijst in de chat heeft "anders, namelijk …": een eigen tekst die in hetzelfde
antwoord komt, in het gesprek te zien is en bij wijzigen weer in het vak staat."""

from __future__ import annotations

from textual.widgets import Input, SelectionList
from tui_hulp import chat, maak_sessie, wacht_tot

from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp


async def test_een_eigen_tekst_bij_anders_komt_in_hetzelfde_antwoord(
    werkruimte: Werkruimte,
) -> None:
    pad = maak_sessie(werkruimte, tot="bevorderend_kind")
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        lijst = scherm.query_one("#antwoord", SelectionList)
        lijst.select("gemotiveerd")
        anders = scherm.query_one("#anders", Input)
        assert "Anders, namelijk" in anders.placeholder
        anders.value = "houdt van voetbal en helpt graag jongere kinderen"
        anders.focus()
        await pilot.press("enter")
        await wacht_tot(pilot, lambda: scherm.stap is not None
                        and scherm.stap.vraag.id != "bevorderend_kind")
        antwoord = scherm.gesprek.sessie.antwoorden["bevorderend_kind"]
        assert antwoord == ["gemotiveerd", "anders: houdt van voetbal en helpt graag jongere kinderen"]
        beurt = scherm.query_one("#antwoord-bevorderend_kind")
        assert "houdt van voetbal" in str(beurt.render())

        # Wijzigen: de eigen tekst staat weer in het vak en gaat niet verloren.
        await scherm.wijzig("bevorderend_kind")
        await pilot.pause()
        anders = scherm.query_one("#anders", Input)
        assert anders.value == "houdt van voetbal en helpt graag jongere kinderen"
        await pilot.press("ctrl+j")
        await wacht_tot(pilot, lambda: scherm.stap is not None
                        and scherm.stap.vraag.id != "bevorderend_kind")
        assert scherm.gesprek.sessie.antwoorden["bevorderend_kind"] == antwoord


async def test_alleen_anders_zonder_vinkje_is_ook_een_antwoord(werkruimte: Werkruimte) -> None:
    pad = maak_sessie(werkruimte, tot="bevorderend_kind")
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(80, 24)) as pilot:
        scherm = chat(app)
        scherm.query_one("#anders", Input).value = "tekent graag"
        await pilot.press("ctrl+j")
        await wacht_tot(pilot, lambda: scherm.stap is not None
                        and scherm.stap.vraag.id != "bevorderend_kind")
        assert scherm.gesprek.sessie.antwoorden["bevorderend_kind"] == ["anders: tekent graag"]
