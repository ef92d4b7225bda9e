"""Een voorbeeldsjabloon dat elk veld gebruikt: een school begint hier en past het aan."""

from __future__ import annotations

import io

VELDREGELS: tuple[tuple[str, str], ...] = (
    ("Leerling", "{{ leerling.naam }} (groep {{ leerling.groep }}, {{ leerling.voornaamwoord }})"),
    ("School", "{{ school.naam }}, schooljaar {{ school.schooljaar }}"),
    ("Bestuur", "{{ school.bestuur }}"),
    ("Samenwerkingsverband", "{{ school.samenwerkingsverband }}"),
    ("Leerkracht", "{{ betrokkenen.leerkracht }}"),
    ("Intern begeleider", "{{ betrokkenen.intern_begeleider }}"),
    ("Directeur", "{{ betrokkenen.directeur }}"),
    ("Ouders/verzorgers", "{{ betrokkenen.ouders }}"),
    ("Ouderlijk gezag", "{{ betrokkenen.gezag }}"),
)
DATA: tuple[tuple[str, str], ...] = (
    ("Start ondersteuning", "{{ data.start }}"),
    ("Vaststelling", "{{ data.vaststelling }}"),
    ("Evaluatie", "{{ data.evaluatie }}"),
    ("Einddatum", "{{ data.einddatum }}"),
)


def voorbeeld() -> bytes:
    """De bytes van het voorbeeldsjabloon (python-docx), met een tabelrij per doel."""
    from docx import Document

    doc = Document()
    doc.add_heading("{{ titel }}", 0)
    doc.add_paragraph("Datum van dit concept: {{ datum }}")
    doc.add_heading("Gegevens", 1)
    _tabel(doc, VELDREGELS)
    doc.add_heading("Bevorderende en belemmerende factoren", 1)
    tabel = doc.add_table(rows=1, cols=3)
    tabel.style = "Table Grid"
    for cel, kop in zip(tabel.rows[0].cells, ("Domein", "Bevorderend", "Belemmerend"),
                        strict=True):
        cel.text = kop
    for domein in ("kind", "onderwijs", "thuis", "overig"):
        rij = tabel.add_row().cells
        rij[0].text = domein.capitalize()
        rij[1].text = f"{{{{ factoren.{domein}.bevorderend }}}}"
        rij[2].text = f"{{{{ factoren.{domein}.belemmerend }}}}"
    doc.add_heading("Uitstroomperspectief", 1)
    doc.add_paragraph("{{ uitstroomperspectief.perspectief }}")
    doc.add_paragraph("Onderbouwing: {{ uitstroomperspectief.onderbouwing }}")
    doc.add_heading("Doelen", 1)
    tabel = doc.add_table(rows=4, cols=6)
    tabel.style = "Table Grid"
    for cel, kop in zip(tabel.rows[0].cells, ("Nr", "Doel", "Criterium", "Termijn", "Meting",
                                              "Wie"), strict=True):
        cel.text = kop
    tabel.rows[1].cells[0].text = "{%tr for doel in doelen %}"
    for cel, veld in zip(tabel.rows[2].cells, ("nummer", "tekst", "criterium", "termijn",
                                               "meting", "wie"), strict=True):
        cel.text = f"{{{{ doel.{veld} }}}}"
    tabel.rows[2].cells[1].add_paragraph(
        "{% for m in doel.metingen %}Meting {{ m.datum }}: {{ m.uitkomst }} {% endfor %}")
    tabel.rows[3].cells[0].text = "{%tr endfor %}"
    for kop, veld in (("Aanpak", "aanpak"), ("Afspraken met ouders", "afspraken.ouders"),
                      ("Afspraken met de leerling", "afspraken.leerling"),
                      ("Afwijkingen van het programma", "afwijkingen")):
        doc.add_heading(kop, 1)
        doc.add_paragraph(f"{{{{ {veld} }}}}")
    doc.add_heading("Stem van het kind", 1)
    doc.add_paragraph("Gehoord op {{ stem_kind.gehoord_op }} door {{ stem_kind.gehoord_door }} "
                      "({{ stem_kind.hoe }}).")
    doc.add_paragraph("{{ stem_kind.tekst }}")
    doc.add_heading("Overleg met ouders", 1)
    doc.add_paragraph("Datum: {{ overleg.datum }}. Aanwezig: {{ overleg.aanwezig }}.")
    doc.add_paragraph("{{ overleg.tekst }}")
    doc.add_heading("Instemming", 1)
    doc.add_paragraph("{{ instemming.tekst }}")
    doc.add_heading("Data", 1)
    _tabel(doc, DATA)
    doc.add_heading("{{ ondertekening.titel }}", 1)
    doc.add_paragraph("{%p for blok in ondertekening.blokken %}")
    doc.add_paragraph("{{ blok.titel }}: {{ blok.uitleg }}")
    doc.add_paragraph("{%p for r in blok.regels %}")
    doc.add_paragraph("{{ r.rol }}: {{ r.naam }} {{ r.keuzes }}  Handtekening: ____________")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{{ ondertekening.opmerkingen }}: ______________________________")
    doc.add_paragraph("{{ privacy }}")
    uit = io.BytesIO()
    doc.save(uit)
    return uit.getvalue()


def _tabel(doc: object, regels: tuple[tuple[str, str], ...]) -> None:
    tabel = doc.add_table(rows=0, cols=2)  # type: ignore[attr-defined]
    tabel.style = "Table Grid"
    for label, veld in regels:
        rij = tabel.add_row().cells
        rij[0].text = label
        rij[1].text = veld
