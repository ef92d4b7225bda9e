"""Word (.docx) uit hetzelfde `OppConcept` als de Markdown, met python-docx.

Echte koppen (Heading 1/2), tabellen met rasterlijnen, en een aparte pagina voor de
handtekeningen: scholen printen, laten tekenen en uploaden het in hun leerlingvolgsysteem.
"""

from __future__ import annotations

from datetime import datetime, time
from io import BytesIO
from typing import Any

from docx import Document
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.shared import Cm, Pt

from assistent.kern.concept.model import Alinea, OppConcept, Tabel, Tekenvak

RASTER = "Table Grid"
# Kolombreedtes in cm (bruikbare breedte 16,6 cm): een brede doelkolom houdt de tabel laag.
BREEDTES = {
    "factoren": (2.6, 7.0, 7.0),
    "doelen": (6.4, 3.2, 2.6, 2.2, 2.2),
    "ondertekening": (5.2, 4.2, 2.6, 4.6),
}


def render_docx(concept: OppConcept) -> bytes:
    doc = Document()
    _opmaak(doc, concept)
    waarschuwing = doc.add_paragraph()
    waarschuwing.add_run(concept.privacy).bold = True
    _kop(doc, concept.titel, 0)
    doc.add_paragraph().add_run(concept.ondertitel).italic = True
    for sectie in concept.secties:
        _kop(doc, sectie.titel, max(1, min(sectie.niveau, 3)))
        for blok in sectie.blokken:
            if isinstance(blok, Alinea):
                _alinea(doc, blok)
            elif isinstance(blok, Tabel):
                _tabel(doc, blok.kolommen, blok.rijen, breedtes=BREEDTES.get(blok.sleutel))
            elif isinstance(blok, Tekenvak):
                doc.add_paragraph().add_run(blok.uitleg).italic = True
                _vak(doc, Cm(0.6 * blok.regels + 3))
    if concept.ondertekening is not None:
        _ondertekening(doc, concept)
    buffer = BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _opmaak(doc: Any, concept: OppConcept) -> None:
    for sectie in doc.sections:
        sectie.top_margin = sectie.bottom_margin = Cm(1.8)
        sectie.left_margin = sectie.right_margin = Cm(2.2)
    normaal = doc.styles["Normal"]
    normaal.font.size = Pt(10.5)
    normaal.paragraph_format.space_after = Pt(3)
    # Rustige, compacte koppen: een OPP hoort op hooguit vijf A4 te passen.
    for stijl, grootte, voor in (("Title", 20, 0), ("Heading 1", 13, 12), ("Heading 2", 11, 8)):
        kop = doc.styles[stijl]
        kop.font.size = Pt(grootte)
        kop.paragraph_format.space_before = Pt(voor)
        kop.paragraph_format.space_after = Pt(3)
    # Tabeltekst iets kleiner en zonder witruimte: via de tabelstijl, één keer voor het hele
    # document (per cel instellen kost per OPP tientallen milliseconden).
    raster = doc.styles[RASTER]
    raster.font.size = Pt(9.5)
    raster.paragraph_format.space_after = Pt(0)
    kenmerken = doc.core_properties
    kenmerken.title = concept.titel
    kenmerken.author = "OPP-assistent"
    kenmerken.comments = concept.privacy
    # Een vaste datum (de dag van het concept) houdt het bestand reproduceerbaar.
    moment = datetime.combine(concept.vandaag, time(12, 0))
    kenmerken.created = kenmerken.modified = moment
    kenmerken.last_modified_by = "OPP-assistent"
    kenmerken.revision = 1


def _stijl(doc: Any, naam: str) -> str:
    """De stijl-id bij een naam, één keer opgezocht: python-docx zoekt anders elke keer alle
    stijlen door, en dat kost bij een OPP al snel honderden milliseconden."""
    ids: dict[str, str] = doc.__dict__.setdefault("_opp_stijlen", {})
    if naam not in ids:
        ids[naam] = doc.styles[naam].style_id
    return ids[naam]


def _kop(doc: Any, tekst: str, niveau: int) -> None:
    alinea = doc.add_paragraph()
    alinea._p.style = _stijl(doc, "Title" if niveau == 0 else f"Heading {niveau}")
    alinea.add_run(tekst)


def _tekst(alinea: Any, tekst: str) -> None:
    regels = tekst.split("\n")
    for i, regel in enumerate(regels):
        run = alinea.add_run(regel)
        if i < len(regels) - 1:
            run.add_break()


KORTE_OPSOMMING = 160


def _alinea(doc: Any, blok: Alinea) -> None:
    # Een korte opsomming past op één regel: dat scheelt ruimte, het OPP blijft kort.
    if blok.kop and blok.punten and not blok.tekst:
        samen = "; ".join(blok.punten)
        if len(samen) <= KORTE_OPSOMMING:
            blok = Alinea(samen, blok.herkomst, blok.kop, (), blok.vraag)
    delen = [d for d in blok.tekst.split("\n\n") if d.strip()] if blok.tekst else []
    eerste = doc.add_paragraph() if (blok.kop or delen) else None
    if eerste is not None and blok.kop:
        eerste.add_run(blok.kop + (": " if delen and len(delen) == 1 else "")).bold = True
        if len(delen) > 1:
            eerste = doc.add_paragraph()
    for i, deel in enumerate(delen):
        alinea = eerste if i == 0 and eerste is not None else doc.add_paragraph()
        _tekst(alinea, deel)
    for punt in blok.punten:
        alinea = doc.add_paragraph(punt)
        alinea._p.style = _stijl(doc, "List Bullet")


def _tabel(
    doc: Any, kolommen: tuple[str, ...], rijen: tuple[tuple[str, ...], ...],
    hoogte: Any = None, breedtes: tuple[float, ...] | None = None,
) -> Any:
    tabel = doc.add_table(rows=1, cols=len(kolommen))
    tabel._tbl.tblStyle_val = _stijl(doc, RASTER)
    for cel, kop in zip(tabel.rows[0].cells, kolommen, strict=True):
        cel.text = ""
        cel.paragraphs[0].add_run(kop).bold = True
    for rij in rijen:
        cellen = tabel.add_row().cells
        for cel, waarde in zip(cellen, rij, strict=True):
            cel.text = waarde
    if breedtes is not None and len(breedtes) == len(kolommen):
        tabel.autofit = False
        maten = [Cm(b) for b in breedtes]
        for kolom, maat in zip(tabel.columns, maten, strict=True):
            kolom.width = maat
        for rij in tabel.rows:
            for cel, maat in zip(rij.cells, maten, strict=True):
                cel.width = maat
    if hoogte is not None:
        for rij in tabel.rows[1:]:
            rij.height = hoogte
            rij.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    doc.add_paragraph()
    return tabel


def _vak(doc: Any, hoogte: Any) -> None:
    """Een leeg kader met rand: om te tekenen of om opmerkingen te schrijven."""
    tabel = doc.add_table(rows=1, cols=1)
    tabel._tbl.tblStyle_val = _stijl(doc, RASTER)
    tabel.rows[0].height = hoogte
    tabel.rows[0].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    doc.add_paragraph()


def _ondertekening(doc: Any, concept: OppConcept) -> None:
    ondertekening = concept.ondertekening
    assert ondertekening is not None
    doc.add_page_break()
    _kop(doc, "Ondertekening", 1)
    for blok in ondertekening.blokken:
        _kop(doc, blok.titel, 2)
        doc.add_paragraph(blok.uitleg)
        rijen = tuple((rol, "", "", "") for rol in blok.rollen)
        _tabel(doc, ("Rol", "Naam", "Datum", "Handtekening"), rijen, Cm(0.9),
               BREEDTES["ondertekening"])
    doc.add_paragraph().add_run(ondertekening.opmerkingen + ":").bold = True
    _vak(doc, Cm(2.5))
    toelichting = doc.add_paragraph().add_run(ondertekening.toelichting)
    toelichting.italic = True
    toelichting.font.size = Pt(9)
