"""Concept, overzicht en export vanuit de chat."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from textual.widgets import Input, Markdown, RadioButton
from tui_hulp import chat, maak_sessie, wacht_tot

from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.dialogs.export import ExportDialoog
from assistent.tui.screens.overzicht import OverzichtScherm
from assistent.tui.widgets.concept import ConceptPaneel


async def test_het_concept_verschijnt_naast_de_chat_met_de_volledigheid(
    werkruimte: Werkruimte,
) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="doelen"))
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        await pilot.press("f3")
        await pilot.pause()
        paneel = scherm.query_one(ConceptPaneel)
        assert paneel.display
        assert "Sem" in scherm.query_one("#conceptdocument", Markdown).source
        assert "Volledigheid" in str(scherm.query_one("#volledigheid").render())
        await pilot.press("f3")
        assert not paneel.display


async def test_exporteren_schrijft_word_en_markdown_waar_de_dialoog_zegt(
    werkruimte: Werkruimte,
) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="doelen"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialoog)
        await pilot.press("enter")
        await pilot.pause()
        docx_pad = werkruimte.map / "export" / "sem-opp.docx"
        assert docx_pad.exists()
        assert any("Sem" in p.text for p in Document(str(docx_pad)).paragraphs)
        assert f"Opgeslagen als {docx_pad}" in str(chat(app).query(".melding").last().render())

        await pilot.press("f5")
        await pilot.pause()
        dialoog = app.screen
        assert isinstance(dialoog, ExportDialoog)
        next(b for b in dialoog.query(RadioButton) if b.name == "md").value = True
        await pilot.pause()
        assert str(dialoog.query_one("#pad").value).endswith("sem-opp.md")  # type: ignore[attr-defined]
        dialoog.query_one("#exporteer").focus()
        await pilot.press("enter")
        await pilot.pause()
        md = werkruimte.map / "export" / "sem-opp.md"
        assert md.exists() and "Sem" in md.read_text(encoding="utf-8")


async def test_het_overzicht_toont_alle_antwoorden_en_springt_naar_een_vraag(
    werkruimte: Werkruimte,
) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="doelen"))
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        await pilot.press("f4")
        await pilot.pause()
        overzicht = app.screen
        assert isinstance(overzicht, OverzichtScherm)
        lijst = overzicht.query_one("#antwoorden")
        teksten = [str(lijst.get_option_at_index(i).prompt)  # type: ignore[attr-defined]
                   for i in range(lijst.option_count)]  # type: ignore[attr-defined]
        assert any(t.startswith("7. Aanleiding: Sem leest") for t in teksten)
        assert any("(nog open)" in t for t in teksten)
        lijst.highlighted = next(  # type: ignore[attr-defined]
            i for i, t in enumerate(teksten) if t.startswith("7. Aanleiding"))
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is scherm
        assert scherm.stap is not None and scherm.stap.vraag.id == "aanleiding"


async def test_een_mislukte_export_opent_de_dialoog_opnieuw_met_de_fout_en_je_keuze(
    werkruimte: Werkruimte, tmp_path: Path,
) -> None:
    geen_map = tmp_path / "geen-map"
    geen_map.write_text("x", encoding="utf-8")
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="doelen"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        dialoog = app.screen
        assert isinstance(dialoog, ExportDialoog)
        next(b for b in dialoog.query(RadioButton) if b.name == "kinddeel").value = True
        await pilot.pause()
        dialoog.query_one("#pad", Input).value = str(geen_map / "kind.docx")
        dialoog.query_one("#exporteer").focus()
        await pilot.press("enter")
        await wacht_tot(pilot, lambda: isinstance(app.screen, ExportDialoog)
                        and app.screen is not dialoog)
        opnieuw = app.screen
        assert isinstance(opnieuw, ExportDialoog)
        assert "Exporteren lukte niet: Kan niet schrijven naar" in str(
            opnieuw.query_one("#exportfout").render())
        assert opnieuw.query_one("#pad", Input).value == str(geen_map / "kind.docx")
        assert opnieuw.document == "kinddeel" and opnieuw.formaat == "docx"
        opnieuw.query_one("#pad", Input).value = str(tmp_path / "kind.docx")
        opnieuw.query_one("#exporteer").focus()
        await pilot.press("enter")
        await wacht_tot(pilot, lambda: app.screen is chat(app))
        assert (tmp_path / "kind.docx").exists()


async def test_zonder_bestandsnaam_blijft_de_exportdialoog_open_met_een_melding(
    werkruimte: Werkruimte,
) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="doelen"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        dialoog = app.screen
        assert isinstance(dialoog, ExportDialoog)
        dialoog.query_one("#pad", Input).value = "  "
        dialoog.query_one("#exporteer").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialoog
        assert "Geef een bestandsnaam op." in str(dialoog.query_one("#exportfout").render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is chat(app)
        assert not (werkruimte.map / "export").exists()


async def test_de_exportdialoog_vult_een_sjabloon_van_de_school_dat_je_op_naam_kiest(
    werkruimte: Werkruimte,
) -> None:
    from assistent.kern import locaties
    from assistent.kern.schoolsjabloon.voorbeeld import voorbeeld

    map_ = locaties.schoolsjablonenmap(werkruimte.map)
    map_.mkdir(parents=True)
    (map_ / "swv-format.docx").write_bytes(voorbeeld())
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="doelen"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        dialoog = app.screen
        assert isinstance(dialoog, ExportDialoog)
        rondjes = {b.name: b for b in dialoog.query("#opmaak RadioButton").results(RadioButton)}
        assert rondjes[""].value and str(rondjes[""].label) == "Onze opmaak"
        schoolformat = next(b for b in rondjes.values() if str(b.label) == "swv-format.docx")
        schoolformat.value = True
        await pilot.pause()
        pad = str(dialoog.query_one("#pad", Input).value)
        assert pad.endswith("-opp-swv-format.docx")
        # Alleen het gekozen rondje heeft een teken.
        assert "●" in str(schoolformat._button) and "●" not in str(rondjes[""]._button)
        dialoog.query_one("#exporteer").focus()
        await pilot.press("enter")
        await pilot.pause()
        gevuld = Document(pad)
        tekst = "\n".join([p.text for p in gevuld.paragraphs] +
                          [c.text for t in gevuld.tables for r in t.rows for c in r.cells])
        assert "Sem" in tekst and "{{" not in tekst
        assert f"Opgeslagen als {pad}" in str(chat(app).query(".melding").last().render())
