"""Metingen in de chat: F8 toont per doel een rij balkjes en voegt een meting toe."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input
from tui_hulp import chat

from assistent.kern.demo import maak_demo
from assistent.kern.sessie import opslag
from assistent.kern.sessie.model import Meting
from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.dialogs.cyclus import MetingenDialoog
from assistent.tui.widgets.metingen import Metingenbeeld, balkjes, regel

DOEL = "Sem steekt in 4 van de 5 kringgesprekken zijn vinger op."


def _m(waarde: str, dag: int = 1) -> Meting:
    return Meting(datum=date(2027, 1, dag), waarde=waarde)


def test_een_vol_balkje_is_het_criterium_en_wat_niet_te_rekenen_is_een_punt() -> None:
    assert balkjes(DOEL, [_m("0 van de 5"), _m("2 van de 5"), _m("4 van de 5"),
                          _m("5 van de 5"), _m("goed")]) == "▁▅██·"
    assert balkjes("Sem is blij.", [_m("4 van de 5")]) == "·"
    assert "criterium gehaald" in regel(1, DOEL, [_m("4 van de 5", 9)])
    assert "09-01-2027" in regel(1, DOEL, [_m("4 van de 5", 9)])
    assert regel(2, DOEL, []) == "Doel 2  nog geen metingen"


async def test_f8_toont_de_metingen_en_voegt_er_een_toe(werkruimte: Werkruimte) -> None:
    _, pad = maak_demo(werkruimte)
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(110, 34)) as pilot:
        chat(app)
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, MetingenDialoog)
        beeld = app.screen.query_one(Metingenbeeld)
        assert "Doel 1  nog geen metingen" in str(beeld.render())
        invoer = app.screen.query_one("#meting", Input)
        invoer.value = "1 2 van de 5 rekenlessen"
        await pilot.press("enter")
        await pilot.pause()
        assert "criterium nog niet gehaald" in str(beeld.render())
        invoer.value = "9 iets"
        await pilot.press("enter")
        await pilot.pause()
        assert "geen doel 9" in str(app.screen.query_one("#metingmelding").render())
        invoer.value = "twee"
        await pilot.press("enter")
        await pilot.pause()
        assert "nummer van het doel" in str(app.screen.query_one("#metingmelding").render())
        await pilot.press("escape")
        await pilot.pause()
        chat(app)
    assert [m.waarde for m in opslag.lees(pad).metingen["1"]] == ["2 van de 5 rekenlessen"]
