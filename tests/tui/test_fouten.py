"""Wat misgaat krijgt een rustige melding; er gaat niets verloren."""

from __future__ import annotations

from textual.widgets import OptionList
from tui_hulp import antwoord, chat, maak_sessie

from assistent.kern.sessie import opslag
from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.dialogs.fout import FoutDialoog
from assistent.tui.screens.start import StartScherm


async def test_een_onleesbaar_sessiebestand_geeft_een_dialoog_en_geen_crash(
    werkruimte: Werkruimte,
) -> None:
    kapot = werkruimte.map / "kapot.toml"
    kapot.parent.mkdir(parents=True, exist_ok=True)
    kapot.write_text("antwoorden = [ niet af", encoding="utf-8")
    app = OppApp(werkruimte, kapot)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, FoutDialoog)
        assert "geen geldige TOML" in str(app.screen.query_one("#foutbericht").render())
        await pilot.press("enter")
        assert isinstance(app.screen, StartScherm)
        sessies = app.screen.query_one("#sessies", OptionList)
        regel = sessies.get_option_at_index(0)
        assert regel.disabled and "kapot.toml" in str(regel.prompt)
    assert kapot.read_text(encoding="utf-8") == "antwoorden = [ niet af"


async def test_een_mislukte_opslag_geeft_een_dialoog_en_het_antwoord_blijft_staan(
    werkruimte: Werkruimte,
) -> None:
    pad = maak_sessie(werkruimte, tot="uitstroom")
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        pad.write_text("kapot = [", encoding="utf-8")  # iemand anders verknoeide het bestand
        await antwoord(pilot, "havo")
        assert isinstance(app.screen, FoutDialoog)
        assert "overschrijf het niet" in str(app.screen.query_one("#foutbericht").render())
        await pilot.press("enter")
        assert scherm.gesprek.sessie.antwoorden["uitstroom"] == "havo"
        assert "havo" in str(scherm.query_one("#antwoord-uitstroom").render())
    assert pad.read_text(encoding="utf-8") == "kapot = ["


async def test_ctrl_q_bewaart_niets_extra_maar_verliest_niets(werkruimte: Werkruimte) -> None:
    pad = maak_sessie(werkruimte, tot="uitstroom")
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        await antwoord(pilot, "havo")
        na_antwoord = pad.read_bytes()
        assert chat(app).stap is not None
        await pilot.press("ctrl+q")
    assert pad.read_bytes() == na_antwoord
    gesprek = werkruimte.open(pad)
    assert gesprek.sessie.antwoorden["uitstroom"] == "havo"
    stap = gesprek.volgende()
    assert stap is not None and stap.vraag.id == "uitstroom_nu"


async def test_een_kapotte_vragenlijst_geeft_een_rustige_melding(werkruimte: Werkruimte) -> None:
    eigen = werkruimte.map / "vragenlijsten"
    eigen.mkdir(parents=True)
    (eigen / "kapot.toml").write_text("id = [", encoding="utf-8")
    app = OppApp(Werkruimte.laad(werkruimte.map))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        meldingen = [str(t.render()) for t in app.screen.query("Toast")]
        assert any("bestand kapot.toml overgeslagen" in m for m in meldingen)
        assert isinstance(app.screen, StartScherm)
    assert opslag.lijst(werkruimte.map) == []
