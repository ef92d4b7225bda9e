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
from assistent.tui.widgets.metingen import KORT, Metingenbeeld, balkjes, regel

DOEL = "Sem steekt in 4 van de 5 kringgesprekken zijn vinger op."


def _m(waarde: str, dag: int = 1) -> Meting:
    return Meting(datum=date(2027, 1, dag), waarde=waarde)


def test_een_vol_balkje_is_het_criterium_en_wat_niet_te_rekenen_is_een_punt() -> None:
    assert balkjes(DOEL, [_m("0 van de 5"), _m("2 van de 5"), _m("4 van de 5"),
                          _m("5 van de 5"), _m("goed")]) == "▁▅██·"
    assert balkjes("Sem is blij.", [_m("4 van de 5")]) == "·"
    assert "criterium gehaald" in regel(1, DOEL, [_m("4 van de 5", 9)])
    assert "09-01-2027" in regel(1, DOEL, [_m("4 van de 5", 9)])
    assert regel(2, "Sem steekt zijn vinger op.", []) == (
        "Doel 2. Sem steekt zijn vinger op.\n   nog geen metingen")
    # Een lang doel staat kort boven zijn balkjes, afgebroken op een woord.
    lang = "Binnen tien weken begint Milan in 4 van de 5 rekenlessen binnen twee minuten zelf."
    kop = regel(1, lang, []).split("\n")[0]
    assert kop.startswith("Doel 1. Binnen tien weken begint Milan") and kop.endswith(" …")
    assert len(kop) <= len("Doel 1. ") + KORT + 2 and lang.startswith(kop[8:-2])


async def test_f8_toont_de_metingen_en_voegt_er_een_toe(werkruimte: Werkruimte) -> None:
    _, pad = maak_demo(werkruimte)
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(110, 34)) as pilot:
        chat(app)
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, MetingenDialoog)
        beeld = app.screen.query_one(Metingenbeeld)
        assert "Doel 1. Binnen" in str(beeld.render())
        assert "nog geen metingen" in str(beeld.render())
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


async def test_op_80x24_blijft_de_melding_in_beeld_ook_na_bijstellen(werkruimte: Werkruimte) -> None:
    """Gezien in tmux: na bijstellen viel de melding met 'Vraag ouders opnieuw …' onder de rand."""
    _, pad = maak_demo(werkruimte)
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(80, 24)) as pilot:
        chat(app)
        await pilot.press("f8")
        await pilot.pause()
        dialoog = app.screen
        assert isinstance(dialoog, MetingenDialoog)
        for dag in range(1, 9):  # acht metingen: het beeld moet dan scrollen, niet duwen
            invoer = dialoog.query_one("#meting", Input)
            invoer.value = f"{1 + dag % 2} {dag % 5} van de 5 rekenlessen"
            await pilot.press("enter")
        dialoog.query_one(Metingenbeeld).update("\n".join(f"Doel {n}. …\n   ▃▆" for n in range(6)))
        dialoog.query_one("#metingmelding").update(
            "Versie 2 staat klaar. Doel 1 gaat door; doel 2 is herschreven. Vraag ouders "
            "opnieuw om instemming met het handelingsdeel: dat is veranderd.")
        await pilot.pause()
        binnen = dialoog.query_one(".dialoog").content_region
        for deel in ("#meting", "#metingmelding"):
            regio = dialoog.query_one(deel).region
            assert regio.y >= binnen.y and regio.bottom <= binnen.bottom, deel
