"""Het advies basisaanpak of OPP staat in het gesprek na de laatste afwegingsvraag, en in het
overzicht."""

from __future__ import annotations

from textual.widgets import Static
from tui_hulp import antwoord, chat, wacht_tot

from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.screens.overzicht import OverzichtScherm
from assistent.tui.widgets.beurt import Adviesbeurt

AFWEGING = {
    "aantal_leerlingen": "een", "langdurig": True, "basis_geprobeerd": True,
    "ondersteuningsbudget": False, "eigen_leerlijn": False, "verwijzing": False,
    "onderwijstijd": False,
}


async def test_na_de_laatste_afwegingsvraag_staat_het_advies_in_het_gesprek(
    werkruimte: Werkruimte,
) -> None:
    _, pad = werkruimte.nieuw("Sem", ["afweging", "opp"], 5, {"voornaamwoord": "hij"})
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        while scherm.stap is not None and scherm.stap.vraag.id in AFWEGING:
            assert not scherm.query(Adviesbeurt), "het advies komt pas na de laatste vraag"
            await antwoord(pilot, AFWEGING[scherm.stap.vraag.id])
        await wacht_tot(pilot, lambda: bool(scherm.query(Adviesbeurt)))
        tekst = str(scherm.query_one(Adviesbeurt).render())
        assert "Advies: stel een OPP op." in tekst
        assert "Waarom:" in tekst and "planperiode" in tekst
        assert "Volgende stap: Begin aan het OPP" in tekst
        # Het advies staat direct na het antwoord op de laatste afwegingsvraag.
        kinderen = list(scherm.query_one("#transcript").children)
        advies = scherm.query_one(Adviesbeurt)
        assert kinderen[kinderen.index(advies) - 1].id == "antwoord-onderwijstijd"
        # Een volgend antwoord laat het advies op zijn plek.
        assert scherm.stap is not None
        await antwoord(pilot, "Sem leest traag en raakt achter bij alle vakken met tekst.")
        kinderen = list(scherm.query_one("#transcript").children)
        assert kinderen[kinderen.index(scherm.query_one(Adviesbeurt)) - 1].id == (
            "antwoord-onderwijstijd")
        await pilot.press("f4")
        await wacht_tot(pilot, lambda: isinstance(app.screen, OverzichtScherm))
        overzicht = app.screen.query_one("#overzicht-advies", Static)
        assert "Advies: stel een OPP op." in str(overzicht.render())


async def test_wie_de_basisaanpak_krijgt_hoort_het_groepsplan_als_volgende_stap(
    werkruimte: Werkruimte,
) -> None:
    _, pad = werkruimte.nieuw("Sem", ["afweging"], 5, {"voornaamwoord": "hij"})
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(80, 24)) as pilot:
        scherm = chat(app)
        await antwoord(pilot, "enkele")
        while scherm.stap is not None:
            await antwoord(pilot, False)
        await wacht_tot(pilot, lambda: bool(scherm.query(Adviesbeurt)))
        tekst = str(scherm.query_one(Adviesbeurt).render())
        assert "basisaanpak" in tekst and "groepsplan" in tekst
