"""De chat onder moeilijke omstandigheden (issue 13, punten 1, 9, 10 en 13).

Een volle schijf en dan ctrl+q, een crash, een export over een bestaand bestand, en een tweede
schrijver terwijl de chat openstaat.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.pilot import Pilot
from tui_hulp import antwoord, chat, maak_sessie, wacht_tot

from assistent import crashverslag
from assistent.kern.sessie import opslag
from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp, start
from assistent.tui.dialogs.export import ExportDialoog
from assistent.tui.dialogs.fout import FoutDialoog
from assistent.tui.dialogs.keuze import KeuzeDialoog
from assistent.tui.screens.chat import ChatScherm
from assistent.tui.widgets.invoer import Tekstvak

GEHEIM = "Sem vertelde over de ruzies thuis"


def schijf_vol(monkeypatch: pytest.MonkeyPatch) -> None:
    def vol(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", vol)


async def na_mislukte_opslag(pilot: Pilot[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    schijf_vol(monkeypatch)
    await antwoord(pilot, "havo")
    assert isinstance(pilot.app.screen, FoutDialoog)
    assert "de schijf is vol" in str(pilot.app.screen.query_one("#foutbericht").render())
    await pilot.press("enter")
    await pilot.press("ctrl+q")
    await pilot.pause()
    assert isinstance(pilot.app.screen, KeuzeDialoog)  # niet gestopt: eerst de vraag
    assert pilot.app.is_running


async def test_stoppen_na_een_mislukte_opslag_waarschuwt_en_bewaart_elders(
    werkruimte: Werkruimte, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pad = maak_sessie(werkruimte, tot="uitstroom")
    elders = tmp_path / "usb" / "sem.toml"
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        await na_mislukte_opslag(pilot, monkeypatch)
        monkeypatch.undo()  # de USB-stick heeft wel ruimte
        app.screen.query_one("#keuzeinvoer").value = str(elders)  # type: ignore[attr-defined]
        await pilot.click("#elders")
        await wacht_tot(pilot, lambda: not app.is_running)
    assert opslag.lees(elders).antwoorden["uitstroom"] == "havo"
    assert "uitstroom" not in opslag.lees(pad).antwoorden  # de gewone plek was vol


async def test_opnieuw_opslaan_na_de_waarschuwing_bewaart_het_antwoord_en_stopt(
    werkruimte: Werkruimte, monkeypatch: pytest.MonkeyPatch
) -> None:
    pad = maak_sessie(werkruimte, tot="uitstroom")
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        await na_mislukte_opslag(pilot, monkeypatch)
        monkeypatch.undo()  # er is weer ruimte
        await pilot.click("#opnieuw")
        await wacht_tot(pilot, lambda: not app.is_running)
    assert opslag.lees(pad).antwoorden["uitstroom"] == "havo"


async def test_terug_na_de_waarschuwing_laat_de_chat_open_met_het_antwoord(
    werkruimte: Werkruimte, monkeypatch: pytest.MonkeyPatch
) -> None:
    pad = maak_sessie(werkruimte, tot="uitstroom")
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        await na_mislukte_opslag(pilot, monkeypatch)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ChatScherm) and app.is_running
        assert app.screen.gesprek.sessie.antwoorden["uitstroom"] == "havo"


async def test_een_bestaand_exportbestand_wordt_pas_na_vragen_vervangen(
    werkruimte: Werkruimte,
) -> None:
    pad = maak_sessie(werkruimte, tot="doelen")
    docx = werkruimte.map / "export" / "sem-opp.docx"
    docx.parent.mkdir(parents=True)
    docx.write_bytes(b"het getekende exemplaar")
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, KeuzeDialoog)
        assert docx.read_bytes() == b"het getekende exemplaar"
        await pilot.click("#anders")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialoog)
        assert docx.read_bytes() == b"het getekende exemplaar"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.click("#overschrijf")
        await wacht_tot(pilot, lambda: docx.read_bytes() != b"het getekende exemplaar")
        assert isinstance(app.screen, ChatScherm)


async def test_een_tweede_schrijver_wordt_samengevoegd_en_gemeld(
    werkruimte: Werkruimte, monkeypatch: pytest.MonkeyPatch
) -> None:
    pad = maak_sessie(werkruimte, tot="uitstroom")
    meldingen: list[str] = []
    echt = OppApp.notify

    def onthoud(self: OppApp, bericht: str, **kwargs: Any) -> None:
        meldingen.append(bericht)
        echt(self, bericht, **kwargs)

    monkeypatch.setattr(OppApp, "notify", onthoud)
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        ander = opslag.lees(pad)  # een script of tweede venster
        ander.antwoorden = {**ander.antwoorden, "instemming_opmerkingen": "Van het script"}
        opslag.bewaar(ander, pad)
        await antwoord(pilot, "havo")
        assert chat(app).gesprek.sessie.antwoorden["instemming_opmerkingen"] == "Van het script"
    antwoorden = opslag.lees(pad).antwoorden
    assert antwoorden["uitstroom"] == "havo"
    assert antwoorden["instemming_opmerkingen"] == "Van het script"
    assert any("instemming_opmerkingen" in m and "Van het script" not in m for m in meldingen)


def test_een_crash_in_de_chat_geeft_geen_gegevens_een_verslag_en_niet_exit_0(
    werkruimte: Werkruimte, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    pad = maak_sessie(werkruimte, tot="uitstroom")

    def kapot(self: ChatScherm) -> None:
        antwoorden = dict(self.gesprek.sessie.antwoorden)  # lokale variabelen met gegevens
        antwoorden["geheim"] = GEHEIM
        raise KeyError(antwoorden["geheim"])

    monkeypatch.setattr(ChatScherm, "action_uitleg", kapot)

    async def druk_f2(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await pilot.press("f2")
        await pilot.pause()

    code = start(werkruimte, pad, headless=True, size=(100, 30), auto_pilot=druk_f2)
    uit = capfd.readouterr()
    assert code == crashverslag.CRASH
    alles = uit.out + uit.err
    assert GEHEIM not in alles and "Traceback" not in alles and "leest sinds groep 4" not in alles
    assert "fout in het programma" in uit.err
    verslagen = list(werkruimte.map.glob("crash-*.txt"))
    assert len(verslagen) == 1
    tekst = verslagen[0].read_text(encoding="utf-8")
    assert "builtins.KeyError" in tekst and "kapot" in tekst and GEHEIM not in tekst


async def test_een_meting_die_niet_op_schijf_komt_laat_stoppen_eerst_vragen(
    werkruimte: Werkruimte, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistent.kern.demo import maak_demo
    from assistent.tui.dialogs.cyclus import MetingenDialoog

    _, pad = maak_demo(werkruimte)
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        chat(app)
        await pilot.press("f8")
        await wacht_tot(pilot, lambda: isinstance(app.screen, MetingenDialoog))
        schijf_vol(monkeypatch)
        app.screen.query_one("#meting").value = "1 3 van de 5 rekenlessen"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        melding = str(app.screen.query_one("#metingmelding").render())
        assert "bewaren lukte niet" in melding and "de schijf is vol" in melding
        await pilot.press("escape")
        await wacht_tot(pilot, lambda: isinstance(app.screen, ChatScherm))
        await pilot.press("ctrl+q")
        await wacht_tot(pilot, lambda: isinstance(app.screen, KeuzeDialoog))
        assert app.is_running  # niet gestopt: eerst de vraag wat er met de meting moet
        monkeypatch.undo()
        await pilot.click("#opnieuw")
        await wacht_tot(pilot, lambda: not app.is_running)
    assert [m.waarde for m in opslag.lees(pad).metingen["1"]] == ["3 van de 5 rekenlessen"]


async def test_een_net_weggehaald_tekstvak_tekenen_laat_de_chat_niet_vallen() -> None:
    # Het antwoordvak bouwt zich bij elke vraag opnieuw op. Tekent de schermklok het oude
    # tekstvak nog één keer nadat het weg is, dan gaf Textual een KeyError en stopte de chat
    # (gezien als zeldzame fout in CI, hier zonder toeval nagespeeld).
    class Proef(App[None]):
        def compose(self) -> ComposeResult:
            yield Tekstvak("Sem vertelt", id="antwoord")

    app = Proef()
    async with app.run_test(size=(60, 10)):
        vak = app.query_one(Tekstvak)
        await vak.remove()
        regels = vak.render_lines(Region(0, 0, 20, 3))
        assert [regel.cell_length for regel in regels] == [20, 20, 20]
