"""Toegankelijk en in het Nederlands: vinkjes verschillen in teken, het palet zoekt in het
Nederlands, en op 80×24 staan F1 en ctrl+q in de voetregel."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.widgets import Footer, Input, SelectionList
from tui_hulp import chat, maak_sessie, wacht_tot

from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp


async def test_aangevinkt_en_niet_aangevinkt_verschillen_in_teken(werkruimte: Werkruimte) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="bevorderend_kind"))
    async with app.run_test(size=(100, 30)) as pilot:
        lijst = chat(app).query_one("#antwoord", SelectionList)
        assert not str(lijst.get_option_at_index(0).prompt).startswith("✓")
        await pilot.press("space")
        await wacht_tot(pilot, lambda: str(lijst.get_option_at_index(0).prompt).startswith("✓"))
        assert "aangevinkt" in str(lijst.get_option_at_index(0).prompt)
        assert not str(lijst.get_option_at_index(1).prompt).startswith("✓")


async def test_het_palet_zoekt_in_het_nederlands(werkruimte: Werkruimte) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="aanpak_wie"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await wacht_tot(pilot, lambda: isinstance(app.screen, CommandPalette))
        assert app.screen.query_one(Input).placeholder == "Zoek een opdracht…"


async def test_op_80x24_staan_hulp_en_stoppen_in_de_voetregel(werkruimte: Werkruimte) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="aanpak_wie"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        voet = chat(app).query_one(Footer)
        sleutels = [k for k in voet.query("FooterKey") if k.region.right <= 80
                    and k.region.width > 0]
        zichtbaar = " ".join(str(k.render()) for k in sleutels)
        assert "Hulp" in zichtbaar and "Stoppen" in zichtbaar
        scherm = chat(app)
        # Ook tijdens het wijzigen en in het concept staan F1 tot F5 en ctrl+q er helemaal.
        for stand in ("gewoon", "wijzigen", "concept"):
            if stand == "wijzigen":
                await scherm.wijzig("aanleiding")
            elif stand == "concept":
                await pilot.press("f3")
            await pilot.pause()
            zichtbaar = {str(k.render()).strip() for k in voet.query("FooterKey")
                         if k.region.width > 0 and k.region.right <= 80}
            for toets in ("f1 Hulp", "^q Stoppen", "f3 Concept", "f4 Overzicht", "f5 Export"):
                assert toets in zichtbaar, (stand, toets, zichtbaar)
            vakken = sorted((k.region.x, k.region.right) for k in voet.query("FooterKey")
                            if k.region.width > 0)
            assert vakken[-1][1] <= 80, stand
            for (_, eind), (begin, _) in zip(vakken, vakken[1:], strict=False):
                assert begin >= eind, f"{stand}: toetsen in de voetregel overlappen"
        await pilot.press("f3")
        await pilot.press("f1")
        await wacht_tot(pilot, lambda: type(app.screen).__name__ == "HulpScherm")
