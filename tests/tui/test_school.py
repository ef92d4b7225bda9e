"""Het schoolprofiel in het startscherm: zichtbaar, en met F8 in een kleine dialoog te wijzigen."""

from __future__ import annotations

from textual.widgets import Input, Static

from assistent.kern import school
from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.dialogs.school import SchoolDialoog


def regel(app: OppApp) -> str:
    return str(app.screen.query_one("#schoolprofiel", Static).render())


async def test_het_startscherm_toont_het_profiel_en_f8_wijzigt_het(
    werkruimte: Werkruimte,
) -> None:
    app = OppApp(werkruimte, None)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "nog niet ingevuld" in regel(app)
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, SchoolDialoog)
        app.screen.query_one("#veld_school", Input).value = "De Regenboog"
        app.screen.query_one("#veld_intern_begeleider", Input).value = "Fatma Yilmaz"
        app.screen.query_one("#veld_school", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, SchoolDialoog)
        assert "De Regenboog" in regel(app) and "Fatma Yilmaz" in regel(app)
    assert school.laad(werkruimte.map) == school.Schoolprofiel(
        school="De Regenboog", intern_begeleider="Fatma Yilmaz")


async def test_escape_laat_het_profiel_zoals_het_was(werkruimte: Werkruimte) -> None:
    werkruimte.bewaar_schoolprofiel(school.Schoolprofiel(school="De Regenboog"))
    app = OppApp(werkruimte, None)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("f8")
        await pilot.pause()
        app.screen.query_one("#veld_school", Input).value = "Iets anders"
        await pilot.press("escape")
        await pilot.pause()
        assert "De Regenboog" in regel(app)
    assert school.laad(werkruimte.map).school == "De Regenboog"


async def test_een_kapot_profiel_staat_als_melding_in_het_startscherm(
    werkruimte: Werkruimte,
) -> None:
    pad = werkruimte.map / "instellingen" / "school.toml"
    pad.parent.mkdir(parents=True)
    pad.write_text("school = [", encoding="utf-8")
    app = OppApp(werkruimte, None)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "niet te lezen" in regel(app)
