"""Plekken tussen haken in een voorbeeldzin: tab en shift+tab springen ernaartoe en selecteren
ze, zodat typen de plek vervangt."""

from __future__ import annotations

from textual.widgets import Input, TextArea
from tui_hulp import chat, maak_sessie

from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.widgets.antwoordvak import Antwoordvak
from assistent.tui.widgets.invoer import plek_bij

ZIN = "Sem krijgt [aantal] keer per week [minuten] minuten hulp."


def test_plek_bij_gaat_vooruit_en_achteruit_en_rondt_af() -> None:
    eerste, tweede = (11, 19), (34, 43)
    assert plek_bij(ZIN, len(ZIN), len(ZIN), 1) == eerste
    assert plek_bij(ZIN, *eerste, 1) == tweede
    assert plek_bij(ZIN, *tweede, -1) == eerste
    assert plek_bij("geen plekken", 0, 0, 1) is None


async def test_tab_selecteert_de_volgende_plek_in_een_regel(werkruimte: Werkruimte) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="aanpak_wie"))
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        vak = scherm.query_one("#antwoord", Input)
        vak.value = ""  # de vraag komt met een voorstel; hier gaat het om de plekken in de zin
        scherm.query_one(Antwoordvak).voeg_in(ZIN)
        await pilot.press("tab")
        assert vak.selected_text == "[aantal]"
        await pilot.press("tab")
        assert vak.selected_text == "[minuten]"
        await pilot.press("shift+tab")
        assert vak.selected_text == "[aantal]"
        await pilot.press("3")
        assert vak.value.startswith("Sem krijgt 3 keer")


async def test_tab_selecteert_een_plek_in_een_lang_antwoord(werkruimte: Werkruimte) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="aanpak"))
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        vak = scherm.query_one("#antwoord", TextArea)
        vak.load_text("Eerste regel.")
        scherm.query_one(Antwoordvak).voeg_in(ZIN)
        await pilot.press("tab")
        assert vak.selected_text == "[aantal]"
        await pilot.press("tab")
        assert vak.selected_text == "[minuten]"
