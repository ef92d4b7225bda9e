"""Tab uit het antwoordvak gaat naar de voorbeeldzinnen; de lijst krijgt meer regels als er
plaats is."""

from __future__ import annotations

from tui_hulp import chat, maak_sessie, wacht_tot

from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.widgets.suggesties import Suggesties


async def test_tab_uit_het_antwoordvak_gaat_naar_de_voorbeeldzinnen(
    werkruimte: Werkruimte,
) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="aanpak"))
    async with app.run_test(size=(100, 40)) as pilot:
        scherm = chat(app)
        suggesties = scherm.query_one(Suggesties)
        assert suggesties.display and suggesties.option_count > 3
        assert scherm.focused is not None and scherm.focused.id == "antwoord"
        await pilot.press("tab")
        await wacht_tot(pilot, lambda: scherm.focused is suggesties)
        # Meer dan drie zinnen zichtbaar als het scherm hoog genoeg is.
        assert suggesties.size.height > 3
