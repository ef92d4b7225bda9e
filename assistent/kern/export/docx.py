"""Word (.docx) uit hetzelfde `OppConcept` als de Markdown, met python-docx.

A4 en Nederlands (Word controleert de spelling dan in het Nederlands), op elke pagina een
kopregel met document, kind, groep en datum en een voettekst met 'pagina X van Y' en de
privacyregel. Tabellen herhalen hun kopregel op een nieuwe pagina en breken een rij niet af.
Open plekken zijn geel gemarkeerd. Het tekenblad staat op een eigen pagina, met rijen die hoog
genoeg zijn om te tekenen: scholen printen, laten tekenen en uploaden het in hun
leerlingvolgsysteem.
"""

from __future__ import annotations

from datetime import datetime, time
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_COLOR_INDEX, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from assistent.kern.concept.lengte import (
    BLADSPIEGEL,
    BREEDTES,
    OPMERKINGEN_CM,
    RIJHOOGTE,
    SCHRIJFREGEL_CM,
    TEKENRIJ_CM,
    TUSSENRUIMTE_PT,
    Bladspiegel,
    kinddeel_tekenvak,
)
from assistent.kern.concept.model import (
    PLEK_IN_DOCUMENT,
    Alinea,
    Gegevens,
    OppConcept,
    Schrijfruimte,
    Tabel,
    Tekenblok,
    Tekenvak,
)

RASTER = "Table Grid"
TAAL = "nl-NL"
LETTER = "Calibri"  # in LibreOffice even breed als Carlito: dezelfde pagina's als in Word
GRIJS = RGBColor(0x59, 0x59, 0x59)


def render_docx(concept: OppConcept) -> bytes:
    doc = Document()
    spiegel = BLADSPIEGEL[concept.document]
    _opmaak(doc, concept, spiegel)
    _kop_en_voet(doc, concept)
    _kop(doc, concept.titel, 0)
    doc.add_paragraph().add_run(concept.ondertitel).italic = True
    for sectie in concept.secties:
        if sectie.titel:
            _kop(doc, sectie.titel, max(1, min(sectie.niveau, 3)))
        for blok in sectie.blokken:
            if isinstance(blok, Alinea):
                _alinea(doc, blok)
            elif isinstance(blok, Tabel):
                _tabel(doc, blok.kolommen, blok.rijen, RIJHOOGTE.get(blok.sleutel),
                       BREEDTES.get(blok.sleutel))
            elif isinstance(blok, Gegevens):
                _gegevens(doc, blok)
            elif isinstance(blok, Schrijfruimte):
                _schrijfruimte(doc, blok, spiegel.breedte)
            elif isinstance(blok, Tekenvak):
                doc.add_paragraph().add_run(blok.uitleg).italic = True
                hoogte = kinddeel_tekenvak(concept) if concept.document == "kinddeel" else (
                    0.6 * blok.regels + 3)
                _vak(doc, hoogte, spiegel.breedte)
    if concept.ondertekening is not None:
        _ondertekening(doc, concept)
    buffer = BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _opmaak(doc: Any, concept: OppConcept, spiegel: Bladspiegel) -> None:
    for sectie in doc.sections:
        sectie.page_width, sectie.page_height = Cm(21), Cm(29.7)
        sectie.top_margin = sectie.bottom_margin = Cm(spiegel.marge_boven)
        sectie.left_margin = sectie.right_margin = Cm(spiegel.marge_zij)
        sectie.header_distance = sectie.footer_distance = Cm(0.8)
    _taal_en_letter(doc)
    normaal = doc.styles["Normal"]
    normaal.font.size = Pt(spiegel.tekst)
    normaal.paragraph_format.space_after = Pt(spiegel.na_alinea)
    normaal.paragraph_format.line_spacing = 1.0
    for stijl, grootte, voor in (
        ("Title", spiegel.titel, 0), ("Heading 1", spiegel.kop1, spiegel.voor_kop1),
        ("Heading 2", spiegel.kop2, spiegel.voor_kop2),
    ):
        kop = doc.styles[stijl]
        kop.font.size = Pt(grootte)
        kop.font.name = LETTER
        kop.paragraph_format.space_before = Pt(voor)
        kop.paragraph_format.space_after = Pt(3)
        kop.paragraph_format.keep_with_next = True
    doc.styles["List Bullet"].paragraph_format.space_after = Pt(1)
    # Tabeltekst iets kleiner en zonder witruimte: via de tabelstijl, één keer voor het hele
    # document (per cel instellen kost per OPP tientallen milliseconden).
    raster = doc.styles[RASTER]
    raster.font.size = Pt(spiegel.tabel)
    raster.paragraph_format.space_after = Pt(0)
    kenmerken = doc.core_properties
    kenmerken.title = concept.titel
    kenmerken.subject = concept.kopregel
    # Niets van de gebruiker van de computer: het document komt van de assistent.
    kenmerken.author = kenmerken.last_modified_by = "OPP-assistent"
    kenmerken.comments = concept.privacy
    kenmerken.language = TAAL
    kenmerken.keywords = kenmerken.category = ""
    # Een vaste datum (de dag van het concept) houdt het bestand reproduceerbaar.
    moment = datetime.combine(concept.vandaag, time(12, 0))
    kenmerken.created = kenmerken.modified = moment
    kenmerken.revision = 1


def _taal_en_letter(doc: Any) -> None:
    """Nederlands en Calibri als standaard voor het hele document (ook de koppen), en een
    spellingcontrole die Word opnieuw laat doen: het sjabloon zegt dat alles al 'schoon' is."""
    standaard = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(
        qn("w:rPr"))
    letters = standaard.find(qn("w:rFonts"))
    for attribuut in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        letters.attrib.pop(qn(f"w:{attribuut}"), None)
    for attribuut in ("ascii", "hAnsi", "cs", "eastAsia"):
        letters.set(qn(f"w:{attribuut}"), LETTER)
    taal = standaard.find(qn("w:lang"))
    taal.set(qn("w:val"), TAAL)
    taal.set(qn("w:eastAsia"), TAAL)
    instellingen = doc.settings.element
    for overbodig in ("w:proofState",):
        for element in instellingen.findall(qn(overbodig)):
            instellingen.remove(element)
    thema = instellingen.find(qn("w:themeFontLang"))
    if thema is not None:
        thema.set(qn("w:val"), TAAL)
    for naam, waarde in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
        element = instellingen.find(qn(naam))
        if element is not None:
            element.set(qn("w:val"), waarde)


def _kop_en_voet(doc: Any, concept: OppConcept) -> None:
    """Bovenaan elke pagina wie en wat, onderaan 'pagina X van Y' en de privacyregel."""
    sectie = doc.sections[0]
    kop = sectie.header.paragraphs[0]
    run = kop.add_run(concept.kopregel or concept.titel)
    run.font.size, run.font.color.rgb = Pt(8.5), GRIJS
    voet = sectie.footer.paragraphs[0]
    breedte = sectie.page_width - sectie.left_margin - sectie.right_margin
    voet.paragraph_format.tab_stops.add_tab_stop(breedte, WD_TAB_ALIGNMENT.RIGHT)
    for deel in (concept.privacy, "\tpagina ", "PAGE", " van ", "NUMPAGES"):
        run = _veld(voet, deel) if deel.isupper() else voet.add_run(deel)
        run.font.size, run.font.color.rgb = Pt(8), GRIJS


def _veld(alinea: Any, code: str) -> Any:
    """Een Word-veld (PAGE, NUMPAGES) dat Word en LibreOffice bij het tonen bijwerken."""
    for soort, tekst in (("begin", None), (None, f" {code} "), ("separate", None), (None, "1"),
                         ("end", None)):
        run = alinea.add_run()
        if soort is not None:
            teken = OxmlElement("w:fldChar")
            teken.set(qn("w:fldCharType"), soort)
            run._r.append(teken)
        elif tekst is not None and tekst.strip() == code:
            instructie = OxmlElement("w:instrText")
            instructie.set(qn("xml:space"), "preserve")
            instructie.text = tekst
            run._r.append(instructie)
        else:
            run.text = tekst
    return run


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


def _tekst(alinea: Any, tekst: str, vet: bool = False) -> None:
    """Tekst met regeleinden; elke open plek geel gemarkeerd, zodat niemand hem mist."""
    regels = tekst.split("\n")
    for i, regel in enumerate(regels):
        positie = 0
        for plek in PLEK_IN_DOCUMENT.finditer(regel):
            if plek.start() > positie:
                alinea.add_run(regel[positie:plek.start()]).bold = vet or None
            run = alinea.add_run(plek.group(0))
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            positie = plek.end()
        run = alinea.add_run(regel[positie:])
        if vet:
            run.bold = True
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
        alinea = doc.add_paragraph()
        alinea._p.style = _stijl(doc, "List Bullet")
        _tekst(alinea, punt)


def _runs(tekst: str, vet: bool = False) -> str:
    """De runs van een tekst als XML: regeleinden als <w:br/>, open plekken geel gemarkeerd."""
    opmaak = "<w:b/>" if vet else ""
    delen: list[str] = []
    for i, regel in enumerate(tekst.split("\n")):
        if i:
            delen.append("<w:r><w:br/></w:r>")
        positie = 0
        for plek in [*PLEK_IN_DOCUMENT.finditer(regel), None]:
            eind = plek.start() if plek else len(regel)
            if eind > positie:
                delen.append(f"<w:r><w:rPr>{opmaak}</w:rPr>"
                             f'<w:t xml:space="preserve">{escape(regel[positie:eind])}</w:t></w:r>')
            if plek:
                delen.append(f'<w:r><w:rPr>{opmaak}<w:highlight w:val="yellow"/></w:rPr>'
                             f'<w:t xml:space="preserve">{escape(plek.group(0))}</w:t></w:r>')
                positie = plek.end()
    return "".join(delen)


# Alleen strepen onder elke rij: lege regels om op te schrijven.
SCHRIJFLIJNEN = (
    "<w:tblBorders>" + "".join(f'<w:{kant} w:val="nil"/>' for kant in ("top", "left", "right"))
    + '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
    + '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
    + '<w:insideV w:val="nil"/></w:tblBorders>'
)


def _tabelxml(
    rijen: list[tuple[str, ...]], breedtes: tuple[float, ...], *, stijl: str | None,
    koprij: bool, vet_eerste_kolom: bool = False, hoogte: float | None = None,
    randen: str = "",
) -> Any:
    """Een hele tabel in één keer als XML: python-docx doet per cel tientallen zoekacties, en
    dat kost bij een OPP honderden milliseconden.

    Vaste kolombreedtes (Word en LibreOffice verdelen de ruimte dan niet zelf opnieuw), geen rij
    die over twee pagina's breekt, en een kopregel die zich op elke pagina herhaalt.
    """
    twips = [round(b * 567) for b in breedtes]
    stijlxml = f'<w:tblStyle w:val="{stijl}"/>' if stijl else ""
    delen = [
        f"<w:tbl {nsdecls('w')}><w:tblPr>{stijlxml}"
        f'<w:tblW w:w="{sum(twips)}" w:type="dxa"/>{randen}<w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>',
        *(f'<w:gridCol w:w="{t}"/>' for t in twips), "</w:tblGrid>",
    ]
    for nummer, rij in enumerate(rijen):
        kop = koprij and nummer == 0
        eigenschappen = "<w:cantSplit/>"
        if hoogte is not None and not kop:
            eigenschappen += f'<w:trHeight w:val="{round(hoogte * 567)}" w:hRule="atLeast"/>'
        if kop:
            eigenschappen += "<w:tblHeader/>"
        delen.append(f"<w:tr><w:trPr>{eigenschappen}</w:trPr>")
        for kolom, (cel, breedte) in enumerate(zip(rij, twips, strict=True)):
            vet = kop or (vet_eerste_kolom and kolom == 0)
            ruimte = '<w:pPr><w:spacing w:after="20"/></w:pPr>' if not stijl else ""
            delen.append(f'<w:tc><w:tcPr><w:tcW w:w="{breedte}" w:type="dxa"/></w:tcPr>'
                         f"<w:p>{ruimte}{_runs(cel, vet)}</w:p></w:tc>")
        delen.append("</w:tr>")
    delen.append("</w:tbl>")
    return parse_xml("".join(delen))


def _voeg_toe(doc: Any, element: Any) -> None:
    """Een element achteraan in de hoofdtekst, vóór de sectie-eigenschappen; dan een lage lege
    alinea, zodat twee tabellen niet aan elkaar plakken (en geen lege pagina aan het eind)."""
    doc.element.body._insert_tbl(element)
    tussen = doc.add_paragraph().paragraph_format
    tussen.space_after = Pt(0)
    tussen.line_spacing = Pt(TUSSENRUIMTE_PT)


def _tabel(
    doc: Any, kolommen: tuple[str, ...], rijen: tuple[tuple[str, ...], ...],
    hoogte: float | None = None, breedtes: tuple[float, ...] | None = None,
) -> None:
    if breedtes is None or len(breedtes) != len(kolommen):
        breedtes = tuple(16.6 / len(kolommen) for _ in kolommen)
    _voeg_toe(doc, _tabelxml([kolommen, *rijen], breedtes, stijl=_stijl(doc, RASTER),
                             koprij=True, hoogte=hoogte))


def _gegevens(doc: Any, blok: Gegevens) -> None:
    """Label en waarde naast elkaar, zonder rasterlijnen: een rustig overzicht."""
    _voeg_toe(doc, _tabelxml(list(blok.regels), BREEDTES["gegevens"], stijl=None, koprij=False,
                             vet_eerste_kolom=True))


def _schrijfruimte(doc: Any, blok: Schrijfruimte, breedte: float) -> None:
    label = doc.add_paragraph()
    label.add_run(blok.label + ":").bold = True
    label.paragraph_format.keep_with_next = True
    _voeg_toe(doc, _tabelxml([("",)] * blok.regels, (breedte,), stijl=None, koprij=False,
                             hoogte=SCHRIJFREGEL_CM, randen=SCHRIJFLIJNEN))


def _vak(doc: Any, hoogte_cm: float, breedte: float = 16.6) -> None:
    """Een leeg kader met rand: om te tekenen of om opmerkingen te schrijven."""
    _voeg_toe(doc, _tabelxml([("",)], (breedte,), stijl=_stijl(doc, RASTER), koprij=False,
                             hoogte=hoogte_cm))


def _tekenblok(doc: Any, blok: Tekenblok) -> None:
    keuzes = any(r.keuzes for r in blok.regels)
    kolommen = ("Wie", "Naam", *(("Instemming",) if keuzes else ()), "Datum", "Handtekening")
    rijen = tuple(
        (r.rol, r.naam, *(("\n".join(f"☐ {k}" for k in r.keuzes),) if keuzes else ()), "", "")
        for r in blok.regels
    )
    _tabel(doc, kolommen, rijen, TEKENRIJ_CM,
           BREEDTES["instemming" if keuzes else "ondertekening"])


def _ondertekening(doc: Any, concept: OppConcept) -> None:
    ondertekening = concept.ondertekening
    assert ondertekening is not None
    doc.add_page_break()
    _kop(doc, ondertekening.titel, 1)
    for blok in ondertekening.blokken:
        _kop(doc, blok.titel, 2)
        doc.add_paragraph(blok.uitleg)
        _tekenblok(doc, blok)
    doc.add_paragraph().add_run(ondertekening.opmerkingen + ":").bold = True
    _vak(doc, OPMERKINGEN_CM)
    if ondertekening.toelichting:
        toelichting = doc.add_paragraph().add_run(ondertekening.toelichting)
        toelichting.italic = True
        toelichting.font.size = Pt(9)
