"""Documenten: gouden bestanden per document en formaat, lege sessies, voornaamwoorden,
sjablooninjectie, open plekken, bestandsrechten en de CLI.

Gouden bestanden bijwerken na een bedoelde wijziging: `OPP_GOLDEN_BIJWERKEN=1 pytest tests/test_export.py`
(zie tests/golden/__init__.py); een ontbrekend gouden bestand laat de test falen.
"""

from __future__ import annotations

import os
import re
import stat
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document

from assistent.cli import main
from assistent.kern import export
from assistent.kern.concept.bouwen import bouw_concept
from assistent.kern.export.docx import render_docx
from assistent.kern.jinja import omgeving
from tests.golden import vergelijk_met_goud
from tests.golden.sessie import VANDAAG, gesprek, leeg


def md(g: object, document: str) -> str:
    return export.markdown(g, document, vandaag=VANDAAG, strikt=True)  # type: ignore[arg-type]


def docx_bytes(g: object, document: str) -> bytes:
    concept = bouw_concept(g, document, vandaag=VANDAAG)  # type: ignore[arg-type]
    return render_docx(concept)


def structuur(gegevens: bytes) -> str:
    """De leesbare bouw van een Word-bestand: stijl en tekst per alinea, tabellen per rij."""
    doc = Document(BytesIO(gegevens))
    regels: list[str] = []
    for deel in doc.iter_inner_content():
        if hasattr(deel, "rows"):
            regels.append("[tabel]")
            regels.extend("  " + " | ".join(c.text for c in rij.cells) for rij in deel.rows)
        else:
            if deel.text.strip() or 'w:br w:type="page"' in deel._p.xml:
                pagina = " ⏎pagina" if 'w:type="page"' in deel._p.xml else ""
                regels.append(f"[{deel.style.name}] {deel.text}{pagina}")
    return "\n".join(regels) + "\n"


@pytest.mark.parametrize("document", export.DOCUMENTEN)
def test_markdown_van_elk_document_is_gelijk_aan_het_gouden_bestand(document: str) -> None:
    vergelijk_met_goud(f"{document}.md", md(gesprek(), document))


@pytest.mark.parametrize("document", export.DOCUMENTEN)
def test_word_van_elk_document_heeft_de_gouden_opbouw(document: str) -> None:
    vergelijk_met_goud(f"{document}.docx.txt", structuur(docx_bytes(gesprek(), document)))


def test_een_ontbrekend_gouden_bestand_laat_de_test_falen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPP_GOLDEN_BIJWERKEN", raising=False)
    with pytest.raises(pytest.fail.Exception, match="ontbreekt"):
        vergelijk_met_goud("nieuw.md", "# Nieuw\n", tmp_path)
    assert not (tmp_path / "nieuw.md").exists()
    monkeypatch.setenv("OPP_GOLDEN_BIJWERKEN", "1")
    vergelijk_met_goud("nieuw.md", "# Nieuw\n", tmp_path)
    monkeypatch.delenv("OPP_GOLDEN_BIJWERKEN")
    vergelijk_met_goud("nieuw.md", "# Nieuw\n", tmp_path)
    with pytest.raises(AssertionError, match="wijkt af"):
        vergelijk_met_goud("nieuw.md", "# Anders\n", tmp_path)


@pytest.mark.parametrize("document", export.DOCUMENTEN)
def test_elke_export_waarschuwt_onderaan_voor_persoonsgegevens(document: str) -> None:
    # Onderaan, als voettekst: niet als banner boven het blad van het kind zelf.
    tekst = md(gesprek(), document)
    assert "persoonsgegevens van een kind" in tekst.splitlines()[-1]
    assert "persoonsgegevens" not in tekst.splitlines()[0]
    doc = Document(BytesIO(docx_bytes(gesprek(), document)))
    assert "persoonsgegevens van een kind" in doc.sections[0].footer.paragraphs[0].text
    assert all("persoonsgegevens" not in p.text for p in doc.paragraphs)


def test_het_word_opp_heeft_echte_koppen_tabellen_en_een_tekenpagina() -> None:
    doc = Document(BytesIO(docx_bytes(gesprek(), "opp")))
    koppen = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert ("Heading 1", "Bevorderende en belemmerende factoren") in koppen
    assert ("Heading 2", "Doelen") in koppen
    # Het tekenblad staat op een eigen pagina en noemt daarom zelf het kind.
    assert ("Heading 1", "Ondertekening OPP van Sem, groep 5") in koppen
    kolommen = [tuple(c.text for c in t.rows[0].cells) for t in doc.tables]
    assert ("Domein", "Bevorderend", "Belemmerend") in kolommen
    assert ("Nr", "Doel", "Criterium", "Termijn", "Meting") in kolommen
    assert ("Wie", "Naam", "Instemming", "Datum", "Handtekening") in kolommen
    rollen = [r.cells[0].text for t in doc.tables if t.rows[0].cells[0].text == "Wie"
              for r in t.rows[1:]]
    for rol in ("Ouder/verzorger 1 (met gezag)", "Ouder/verzorger 2 (met gezag)", "Kind",
                "Leerkracht", "Intern begeleider", "Directeur"):
        assert rol in rollen
    tekst = "\n".join(p.text for p in doc.paragraphs)
    assert "Voor gezien (het hele OPP)" in tekst and "Instemming met het handelingsdeel" in tekst
    assert "Vastgesteld door de school" in tekst
    assert "te goeder trouw" in tekst and "Opmerkingen of bezwaren" in tekst
    assert 'w:type="page"' in doc.element.xml


def test_het_word_kinddeel_heeft_een_leeg_kader_om_te_tekenen() -> None:
    doc = Document(BytesIO(docx_bytes(gesprek(), "kinddeel")))
    kaders = [t for t in doc.tables if len(t.rows) == 1 and len(t.columns) == 1]
    assert kaders and kaders[0].cell(0, 0).text == ""
    assert kaders[0].rows[0].height is not None


@pytest.mark.parametrize("document", export.DOCUMENTEN)
def test_een_lege_sessie_geeft_elk_document_met_open_plekken(document: str) -> None:
    tekst = md(leeg(), document)
    assert "[nog invullen" in tekst or "Nog open" in tekst
    assert Document(BytesIO(docx_bytes(leeg(), document))).paragraphs


def test_een_leeg_opp_toont_het_ontbrekende_uitstroomperspectief() -> None:
    assert "[nog invullen: uitstroomperspectief]" in md(leeg(), "opp")


@pytest.mark.parametrize(("vw", "verwacht"), [
    ("hij", "Lees het samen met hem. Hij mag alles in zijn eigen woorden"),
    ("zij", "Lees het samen met haar. Zij mag alles in haar eigen woorden"),
    ("hen", "Lees het samen met hen. Hen mag alles in hun eigen woorden"),
])
def test_het_kinddeel_gebruikt_het_gekozen_voornaamwoord(vw: str, verwacht: str) -> None:
    assert verwacht in md(gesprek(voornaamwoord=vw), "kinddeel")


@pytest.mark.parametrize(("vw", "verwacht"), [
    ("hij", "wat hij zelf doet"), ("zij", "wat zij zelf doet"), ("hen", "wat hen zelf doet"),
])
def test_het_opp_gebruikt_het_gekozen_voornaamwoord(vw: str, verwacht: str) -> None:
    tekst = md(gesprek(voornaamwoord=vw), "opp")
    assert verwacht in tekst
    assert {"hij": "zijn", "zij": "haar", "hen": "hun"}[vw] + " eigen doel" in tekst


def test_een_antwoord_met_sjablooncode_komt_er_letterlijk_uit() -> None:
    g = gesprek(aanpak="Oefenen {{ 7*7 }} keer {% if true %}ja{% endif %}", naam="{{ naam }}")
    tekst = md(g, "opp")
    assert "Oefenen {{ 7*7 }} keer {% if true %}ja{% endif %}" in tekst
    assert "49" not in tekst
    assert "# Ontwikkelingsperspectiefplan van {{ naam }}" in tekst
    doc = Document(BytesIO(docx_bytes(g, "opp")))
    assert any("{{ 7*7 }}" in p.text for p in doc.paragraphs)


def test_een_antwoord_met_een_hekje_wordt_geen_kop() -> None:
    tekst = md(gesprek(aanpak="# Geen kop\nmaar tekst"), "opp")
    assert "\\# Geen kop" in tekst
    assert not re.search(r"(?m)^# Geen kop", tekst)


def test_een_open_plek_in_een_antwoord_blijft_zichtbaar_staan_in_de_vorm_van_elke_plek() -> None:
    tekst = md(gesprek(aanpak="Oefenen met [hulpmiddel] en [iets onbekends]."), "opp")
    assert ("Oefenen met [nog invullen: hulpmiddel] en [nog invullen: iets onbekends]."
            in tekst)


def test_een_onbekende_naam_in_een_sjabloon_wordt_een_open_plek_of_een_fout_in_tests() -> None:
    from jinja2.exceptions import UndefinedError

    assert omgeving(False).from_string("{{ onbekend }}").render() == "[nog invullen: onbekend]"
    with pytest.raises(UndefinedError):
        omgeving(True).from_string("{{ onbekend }}").render()


def test_exporteer_schrijft_een_prive_bestand_zonder_tijdelijke_resten(tmp_path: Path) -> None:
    g = gesprek()
    for formaat in export.FORMATEN:
        pad = export.standaard_pad(tmp_path, g, "opp", formaat)
        assert pad == tmp_path / "export" / f"sem-20261201-0000-opp.{formaat}"
        assert export.exporteer(g, "opp", formaat, pad, vandaag=VANDAAG) == pad
        if os.name == "posix":
            assert stat.S_IMODE(pad.stat().st_mode) == 0o600
    assert sorted(p.name for p in (tmp_path / "export").iterdir()) == [
        "sem-20261201-0000-opp.docx", "sem-20261201-0000-opp.md",
    ]


def test_een_onbekend_document_of_formaat_geeft_een_nederlandse_fout(tmp_path: Path) -> None:
    with pytest.raises(export.ExportFout, match="Onbekend document"):
        export.exporteer(gesprek(), "brief", "md", tmp_path / "x.md")
    with pytest.raises(export.ExportFout, match="Onbekend formaat"):
        export.exporteer(gesprek(), "opp", "pdf", tmp_path / "x.pdf")


def test_de_cli_maakt_een_demo_en_exporteert_die(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--map", str(tmp_path)]) == 0
    sessie = next(tmp_path.glob("*.toml"))
    assert str(sessie) in capsys.readouterr().out
    uit = tmp_path / "kind.docx"
    args = ["export", str(sessie), "--document", "kinddeel", "--formaat", "docx"]
    assert main([*args, "--uit", str(uit), "--map", str(tmp_path)]) == 0
    assert str(uit) in capsys.readouterr().out and uit.stat().st_size > 0
    assert main(["export", sessie.stem, "--map", str(tmp_path)]) == 0
    assert (tmp_path / "export" / f"{sessie.stem}-opp.md").exists()


def test_de_cli_geeft_2_bij_een_onleesbare_sessie_en_1_bij_een_gebruikersfout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kapot = tmp_path / "kapot.toml"
    kapot.write_text("naam = [", encoding="utf-8")
    assert main(["export", str(kapot), "--map", str(tmp_path)]) == 2
    assert "geen geldige TOML" in capsys.readouterr().err
    assert main(["demo", "--map", str(tmp_path)]) == 0
    sessie = next(p for p in tmp_path.glob("*.toml") if p != kapot)
    bestand = tmp_path / "bestand"
    bestand.write_text("", encoding="utf-8")
    assert main(["export", str(sessie), "--uit", str(bestand / "x.md")]) == 1
    assert "Kan niet schrijven" in capsys.readouterr().err
