"""Het Word-bestand zelf, gelezen als XML: A4, Nederlands, kop- en voettekst met paginavelden,
tabellen die hun kop herhalen en niet breken, gemarkeerde open plekken, hoge tekenrijen."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

import pytest

from assistent.kern.concept.bouwen import bouw_concept
from assistent.kern.export.docx import render_docx
from assistent.kern.school import Schoolprofiel
from tests.golden.sessie import VANDAAG, gesprek, nep_doelcheck

EMU_PER_CM = 360000
TWIPS_PER_CM = 567


def word(document: str = "opp", **wijzigingen: object) -> dict[str, str]:
    concept = bouw_concept(gesprek(**wijzigingen), document, vandaag=VANDAAG,
                           doelcheck=nep_doelcheck, school=Schoolprofiel())
    with zipfile.ZipFile(BytesIO(render_docx(concept))) as z:
        return {naam: z.read(naam).decode("utf-8") for naam in z.namelist()
                if naam.endswith(".xml")}


@pytest.fixture(scope="module", params=["opp", "kinddeel", "agenda"])
def delen(request: pytest.FixtureRequest) -> dict[str, str]:
    return word(request.param)


def test_elk_document_is_a4_met_marges(delen: dict[str, str]) -> None:
    maat = re.search(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"', delen["word/document.xml"])
    assert maat is not None
    assert abs(int(maat[1]) - 21 * TWIPS_PER_CM) < 20
    assert abs(int(maat[2]) - 29.7 * TWIPS_PER_CM) < 20


def test_elk_document_is_nederlands_en_laat_word_de_spelling_opnieuw_controleren(
    delen: dict[str, str],
) -> None:
    stijlen = delen["word/styles.xml"]
    standaard = stijlen[stijlen.index("<w:docDefaults>"):stijlen.index("</w:docDefaults>")]
    assert 'w:lang w:val="nl-NL"' in standaard
    assert "en-US" not in standaard
    assert "proofState" not in delen["word/settings.xml"]
    assert 'w:themeFontLang w:val="nl-NL"' in delen["word/settings.xml"]


def test_elke_pagina_heeft_een_kopregel_en_een_voettekst_met_paginavelden(
    delen: dict[str, str],
) -> None:
    kop = next(v for k, v in delen.items() if k.startswith("word/header"))
    voet = next(v for k, v in delen.items() if k.startswith("word/footer"))
    assert "Sem" in kop and "groep 5" in kop and "1 december 2026" in kop
    instructies = re.findall(r"<w:instrText[^>]*>([^<]*)</w:instrText>", voet)
    assert [i.strip() for i in instructies] == ["PAGE", "NUMPAGES"]
    assert "pagina " in voet and " van " in voet
    assert "persoonsgegevens van een kind" in voet
    assert "persoonsgegevens" not in delen["word/document.xml"]


def test_elke_tabelkop_herhaalt_zich_en_geen_rij_breekt_over_twee_paginas(
    delen: dict[str, str],
) -> None:
    tekst = delen["word/document.xml"]
    rijen = re.findall(r"<w:tr[ >].*?</w:tr>", tekst, re.S)
    assert rijen and all("<w:cantSplit/>" in r for r in rijen)
    tabellen = re.findall(r"<w:tbl>.*?</w:tbl>", tekst, re.S)
    met_kop = [t for t in tabellen if "w:tblStyle" in t and "<w:tblHeader/>" in t]
    assert len(met_kop) == len([t for t in tabellen if "w:tblStyle" in t and
                                len(re.findall(r"<w:tr[ >]", t)) > 1])


def test_kolommen_hebben_vaste_breedtes_die_op_de_pagina_passen() -> None:
    tekst = word()["word/document.xml"]
    for tabel in re.findall(r"<w:tbl>.*?</w:tbl>", tekst, re.S):
        breedtes = [int(b) for b in re.findall(r'<w:gridCol w:w="(\d+)"', tabel)]
        assert sum(breedtes) <= 16.7 * TWIPS_PER_CM
    assert "<w:tblLayout w:type=\"fixed\"/>" in tekst


def test_open_plekken_zijn_geel_gemarkeerd_en_zien_er_overal_hetzelfde_uit() -> None:
    tekst = word(aanpak="Oefenen met [hulpmiddel], [aantal] keer.")["word/document.xml"]
    gemarkeerd = re.findall(
        r'<w:r><w:rPr><w:highlight w:val="yellow"/></w:rPr><w:t[^>]*>([^<]*)</w:t></w:r>', tekst)
    assert "[nog invullen: hulpmiddel]" in gemarkeerd
    assert "[nog invullen: aantal]" in gemarkeerd
    assert "[nog invullen: school]" in gemarkeerd
    assert "[aantal]" not in tekst
    alle = re.findall(r"\[nog invullen: [^\]]*\]", tekst)
    assert len(alle) == len(gemarkeerd)


def test_tekenrijen_zijn_minstens_anderhalve_centimeter_hoog() -> None:
    tekst = word()["word/document.xml"]
    tekenblad = tekst[tekst.index("Ondertekening OPP van Sem"):tekst.index("Opmerkingen of bezwaren")]
    tekenrijen = [int(h) for h in re.findall(r'<w:trHeight w:val="(\d+)" w:hRule="atLeast"/>',
                                               tekenblad)]
    assert len(tekenrijen) == 8  # directeur, twee ouders, en vijf keer voor gezien
    assert min(tekenrijen) >= 1.5 * TWIPS_PER_CM - 1


def test_de_eigenschappen_noemen_de_titel_en_niets_van_de_gebruiker_van_de_computer() -> None:
    kenmerken = word()["docProps/core.xml"]
    assert "<dc:title>Ontwikkelingsperspectiefplan van Sem</dc:title>" in kenmerken
    assert "<dc:creator>OPP-assistent</dc:creator>" in kenmerken
    assert "<cp:lastModifiedBy>OPP-assistent</cp:lastModifiedBy>" in kenmerken
    assert "python-docx" not in kenmerken
    import getpass

    gebruiker = getpass.getuser()
    assert len(gebruiker) < 3 or gebruiker not in kenmerken


def test_het_kinddeel_heeft_een_grote_schreefloze_letter() -> None:
    stijlen = word("kinddeel")["word/styles.xml"]
    normaal = re.search(r'<w:style w:type="paragraph" w:default="1" w:styleId="Normal">.*?'
                        r"</w:style>", stijlen, re.S)
    assert normaal is not None
    grootte = re.search(r'<w:sz w:val="(\d+)"/>', normaal.group(0))
    assert grootte is not None and int(grootte[1]) >= 24  # halve punten: 12 pt of meer
    assert 'w:ascii="Calibri"' in stijlen[:stijlen.index("</w:docDefaults>")]


def test_het_tekenblad_noemt_het_kind_en_zet_instemming_per_ouder_als_vakjes() -> None:
    tekst = word()["word/document.xml"]
    assert "Ondertekening OPP van Sem, groep 5" in tekst
    assert tekst.count("☐ stemt in") == 2 and tekst.count("☐ stemt niet in") == 2
    assert "Vastgesteld door de school" in tekst
