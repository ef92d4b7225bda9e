"""Het chatscherm als een IB'er het gebruikt: een heel gesprek, wijzigen, voorbeeldzinnen."""

from __future__ import annotations

from textual.widgets import Input
from tui_hulp import ANTWOORDEN, antwoord, antwoord_voor, chat, maak_sessie

from assistent.kern.sessie import opslag
from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.widgets.beurt import Antwoordbeurt


async def test_een_heel_gesprek_van_de_oppkern_komt_volledig_in_het_sessiebestand(
    werkruimte: Werkruimte,
) -> None:
    app = OppApp(werkruimte)
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one("#naam", Input).value = "Sem"
        app.screen.query_one("#groep", Input).value = "5"
        app.screen.query_one("#naam", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        scherm = chat(app)
        gezien = []
        while scherm.stap is not None:
            vraag_id = scherm.stap.vraag.id
            assert vraag_id not in gezien, f"vraag {vraag_id} komt twee keer"
            gezien.append(vraag_id)
            await antwoord(pilot, antwoord_voor(scherm.stap.vraag))
        assert "klaar" in str(scherm.query_one("#kop").render())
        assert "naam" not in gezien and "groep" not in gezien
        [info] = opslag.lijst(werkruimte.map)
        assert info.sessie is not None
        bewaard = info.sessie.antwoorden
        assert bewaard["uitstroom"] == "vmbo_kb"
        assert bewaard["doelen"] == ANTWOORDEN["doelen"]
        assert bewaard["afwijkingen"] == ["geen"]
        assert "tussenevaluatie" in bewaard
        assert len(scherm.query(Antwoordbeurt)) == len(scherm.gesprek.zichtbaar())


async def test_een_eerder_antwoord_wijzigen_houdt_latere_antwoorden(
    werkruimte: Werkruimte,
) -> None:
    pad = maak_sessie(werkruimte, tot="uitstroom")
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        assert scherm.stap is not None and scherm.stap.vraag.id == "uitstroom"
        beurt = scherm.query_one(beurt_van("aanleiding"))
        beurt.scroll_visible(animate=False)
        await pilot.pause()
        await pilot.click(beurt)
        await pilot.pause()
        assert scherm.stap.vraag.id == "aanleiding"
        await antwoord(pilot, "Sem leest traag; dat is nu ook bij rekenen te zien.")
        assert scherm.stap is not None and scherm.stap.vraag.id == "uitstroom"
        sessie = opslag.lees(pad)
        assert sessie.antwoorden["aanleiding"].startswith("Sem leest traag; dat")
        assert sessie.antwoorden["onderwijsbehoeften"] == ANTWOORDEN["onderwijsbehoeften"]
        assert "rekenen" in str(scherm.query_one(beurt_van("aanleiding")).render())


def beurt_van(vraag_id: str) -> str:
    return f"Antwoordbeurt.antwoord#antwoord-{vraag_id}"
