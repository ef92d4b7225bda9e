"""Het concept als eigen weergave: de volle breedte, scrollen met toetsen, één toets om te
openen en te sluiten, en tabellen die op 80×24 leesbaar blijven."""

from __future__ import annotations

from textual.widgets import Markdown
from tui_hulp import chat, maak_sessie, wacht_tot

from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.widgets.concept import ConceptPaneel, tabellen_als_lijsten


def test_een_tabel_wordt_een_lijst_met_kop_en_waarde() -> None:
    tekst = "Voor\n\n| Doel | Wie |\n|---|---|\n| Lezen | juf |\n| Rekenen | |\n\nNa"
    assert tabellen_als_lijsten(tekst) == (
        "Voor\n\n- **Doel**: Lezen  \n  **Wie**: juf\n- **Doel**: Rekenen  \n  **Wie**: …\n"
        "\n\nNa")


async def test_het_concept_vult_het_scherm_en_scrolt_met_toetsen_op_80x24(
    werkruimte: Werkruimte,
) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="aanpak"))
    async with app.run_test(size=(80, 24)) as pilot:
        scherm = chat(app)
        await pilot.press("f3")
        paneel = scherm.query_one(ConceptPaneel)
        document = scherm.query_one("#conceptdocument", Markdown)
        await wacht_tot(pilot, lambda: bool(document.children)
                        and paneel.virtual_size.height > paneel.size.height)
        assert not scherm.query_one("#gesprek").display
        assert paneel.size.width >= 76
        assert paneel.has_focus
        # Smal: de doelentabel is een lijst met de koppen voluit.
        assert "**Criterium**:" in document.source and "|---" not in document.source
        await pilot.press("pagedown")
        await wacht_tot(pilot, lambda: paneel.scroll_y > 0)
        await pilot.press("end")
        await wacht_tot(pilot, lambda: paneel.scroll_y == paneel.max_scroll_y)
        await pilot.press("home")
        await wacht_tot(pilot, lambda: paneel.scroll_y == 0)
        await pilot.press("f3")
        assert not paneel.display and scherm.query_one("#gesprek").display
        assert scherm.focused is not None and scherm.focused.id == "antwoord"


async def test_f3_en_esc_sluiten_ook_kinddeel_en_agenda(werkruimte: Werkruimte) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="aanpak"))
    async with app.run_test(size=(140, 30)) as pilot:
        scherm = chat(app)
        paneel = scherm.query_one(ConceptPaneel)
        await scherm.toon_document("agenda")
        await pilot.pause()
        assert paneel.display and paneel.border_title == "Gespreksagenda"
        await pilot.press("f3")
        assert not paneel.display
        await scherm.toon_document("kinddeel")
        await pilot.pause()
        assert paneel.display
        await pilot.press("escape")
        assert not paneel.display
        # Breed genoeg: de tabellen blijven tabellen.
        await pilot.press("f3")
        document = scherm.query_one("#conceptdocument", Markdown)
        await wacht_tot(pilot, lambda: "|---" in document.source)
