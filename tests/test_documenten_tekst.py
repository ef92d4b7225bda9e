"""Tekst die leest alsof een mens hem schreef: de mechanismen uit issue 15, elk met een test.

De demo is de maatstaf: geen zin twee keer, het juiste voornaamwoord, geen label dat de kop
herhaalt, geen losse optielabels als zin, data in plaats van relatieve termijnen.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from assistent.kern import export
from assistent.kern.concept.bouwen import bouw_concept, controles
from assistent.kern.concept.eigen_doel import vergelijk
from assistent.kern.concept.termijnen import als_datum
from assistent.kern.concept.zinnen import citaat, label_is_overbodig, met_voornaamwoord, zinnen
from assistent.kern.demo import maak_demo
from assistent.kern.school import Schoolprofiel
from assistent.kern.werkruimte import Werkruimte
from tests.golden.sessie import VANDAAG, gesprek, nep_doelcheck

DEMODAG = date(2026, 12, 2)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    map_ = tmp_path_factory.mktemp("demo")
    g, _ = maak_demo(Werkruimte.laad(map_), DEMODAG)
    return {d: export.markdown(g, d, vandaag=DEMODAG, school=Schoolprofiel())
            for d in export.DOCUMENTEN}


def md(document: str = "opp", **wijzigingen: object) -> str:
    return export.markdown(gesprek(**wijzigingen), document, vandaag=VANDAAG,
                           doelcheck=nep_doelcheck, school=Schoolprofiel())


def test_geen_zin_staat_twee_keer_in_het_demo_opp(demo: dict[str, str]) -> None:
    gezien: dict[str, int] = {}
    for regel in demo["opp"].splitlines():
        for zin in zinnen(regel.strip("|>_* ")):
            zin = re.sub(r"\*\*[^*]+:\*\*\s*", "", zin).strip()
            if zin.endswith((".", "!", "?")) and len(zin.split()) >= 5:
                gezien[zin] = gezien.get(zin, 0) + 1
    assert {z: n for z, n in gezien.items() if n > 1} == {}
    assert demo["opp"].count("kijkt elke zes weken mee") == 1


def test_een_label_krijgt_het_bekende_voornaamwoord(demo: dict[str, str]) -> None:
    assert "zijn of haar" not in demo["opp"] and "doet zijn best" in demo["opp"]
    vormen = {"bekend": "ja", "hij": "zij", "hem": "haar", "zijn": "haar"}
    assert met_voornaamwoord("doet zijn of haar best", vormen) == "doet haar best"
    assert met_voornaamwoord("Hij/zij vraagt hulp", vormen) == "Zij vraagt hulp"
    assert met_voornaamwoord("doet zijn of haar best", {"bekend": ""}) == (
        "doet zijn of haar best")


def test_een_label_dat_de_kop_of_het_antwoord_herhaalt_valt_weg(demo: dict[str, str]) -> None:
    assert "Beginsituatie (nulmeting)" not in demo["opp"]
    assert "Afwijkingen van het programma:" not in demo["opp"]
    assert "Welke afwijkingen" not in demo["opp"]
    assert label_is_overbodig("Beginsituatie (nulmeting)", "Beginsituatie", "Nulmeting (turflijst")
    assert not label_is_overbodig("Afwijkende onderdelen", "Afwijkingen van het programma")
    assert not label_is_overbodig("Wie", "Aanpak en interventies")


def test_een_ja_met_uitwerking_en_een_nee_worden_een_gewone_zin() -> None:
    assert "wijkt niet af van dat van de groep" in md(afwijkingen=False)
    assert ": ja\n" not in md()


def test_een_los_optielabel_staat_er_als_keuze_niet_als_zin(demo: dict[str, str]) -> None:
    assert "\nOPP: het gaat om" not in demo["opp"]
    assert "Zo is het kind gehoord" not in demo["opp"]


def test_een_voorgesteld_meetinstrument_is_een_open_plek(demo: dict[str, str]) -> None:
    echt = export.markdown(gesprek(), "opp", vandaag=VANDAAG, school=Schoolprofiel())
    assert "(voorstel)" not in demo["opp"] and "(voorstel)" not in echt
    assert "[nog invullen: meting, bijvoorbeeld observatie]" in echt


def test_de_rij_overig_zegt_waar_elk_punt_over_gaat(demo: dict[str, str]) -> None:
    rij = next(r for r in md().splitlines() if r.startswith("| Overig"))
    assert "Signalen: loopt weg bij ruzie" in rij


def test_een_geciteerd_doel_heeft_zijn_punt_buiten_de_aanhalingstekens() -> None:
    assert citaat("Test gaat beter lezen.") == "‘Test gaat beter lezen’"
    uitleg = {c.onderdeel: c.uitleg for c in controles(
        gesprek(doelen=["Sem gaat beter lezen."]), doelcheck=nep_doelcheck)}["Doelen meetbaar"]
    assert "‘Sem gaat beter lezen’. Maak" in uitleg
    assert ".’" not in md() and ".'." not in uitleg


def test_relatieve_termijnen_worden_een_datum_waar_dat_kan(demo: dict[str, str]) -> None:
    begin = date(2026, 12, 23)
    assert als_datum("Binnen zes weken", begin) == "uiterlijk 3 februari 2027"
    assert als_datum("binnen 10 weken", begin) == "uiterlijk 3 maart 2027"
    assert als_datum("over twee maanden", date(2026, 12, 31)) == "uiterlijk 28 februari 2027"
    assert als_datum("bij de evaluatie", begin, date(2027, 4, 14)) == "uiterlijk 14 april 2027"
    assert als_datum("Voor de kerstvakantie", begin) == "Voor de kerstvakantie"
    tabel = [r for r in demo["opp"].splitlines() if r.startswith("| 1 |")]
    assert "Binnen acht weken" in tabel[0] and "uiterlijk 17 februari 2027" in tabel[0]
    assert "gerekend vanaf de vaststelling op 23 december 2026" in demo["opp"]


def test_het_eigen_doel_van_het_kind_staat_naast_de_doelen_en_de_check_ziet_een_verschil(
    demo: dict[str, str], tmp_path: Path,
) -> None:
    assert "**Het doel van Milan zelf:** ‘Ik reken binnen tien weken" in demo["opp"]
    assert "Dit hoort bij doel 2." in demo["opp"]
    g, _ = maak_demo(Werkruimte.laad(tmp_path), DEMODAG)
    uitleg = {c.onderdeel: c for c in controles(g, vandaag=DEMODAG)}["Eigen doel van het kind"]
    assert not uitleg.ok and "het getal 8 staat alleen in het doel van de school" in uitleg.uitleg
    zelfde = vergelijk("Ik reken 8 van de 10 sommen uit de tafels van 6 en 7 goed.",
                       ["Sem rekent 8 van de 10 keersommen uit de tafels van 6 en 7 goed uit."])
    assert zelfde is not None and not zelfde.wijkt_af
    assert vergelijk("Ik speel in de pauze met anderen.", ["Sem rekent de tafels."]) is None


def test_instemming_staat_nooit_als_feit_voor_het_overleg() -> None:
    later = dict(overleg_datum=date(2026, 12, 10), instemming="ja")
    tekst = md(**later)
    assert "ouders aan dat zij instemmen" not in tekst
    assert "Over het handelingsdeel is nog niet besloten" in tekst
    assert "(gepland)" in tekst
    controle = {c.onderdeel: c for c in controles(gesprek(**later), vandaag=VANDAAG,
                                                  doelcheck=nep_doelcheck)}
    assert not controle["Instemming handelingsdeel"].ok
    assert "pas op 10 december 2026" in controle["Instemming handelingsdeel"].uitleg
    assert "ouders aan dat zij instemmen" in md()  # het overleg was op 27 november


def test_het_kinddeel_spreekt_in_de_stem_van_het_kind() -> None:
    eigen = md("kinddeel")
    assert "## Dit heb ik verteld" in eigen and "volgens het kind" not in eigen
    derde = md("kinddeel", kind_gezegd="Sem vertelt dat hij de tafels moeilijk vindt.")
    assert "## Dit heb ik verteld" not in derde
    assert "## Dit hebben we opgeschreven over wat ik vertelde" in derde


def test_het_kinddeel_zegt_wat_de_grote_mensen_doen_en_vraagt_wat_het_kind_ervan_vindt() -> None:
    tekst = md("kinddeel")
    assert "## Dit doen de grote mensen" in tekst and "Op school helpt Noor mij." in tekst
    assert "Op 5 februari 2027 kijken we samen hoe het gaat." in tekst
    assert "## Wat vind ik van mijn plan?" in tekst and "☐ goed" in tekst


def test_de_agenda_is_voor_volwassenen_met_minuten_en_zonder_besluit_vooraf(
    demo: dict[str, str],
) -> None:
    agenda = demo["agenda"]
    punten = re.findall(r"(?m)^### \d+\. .*$", agenda)
    assert len(punten) == 10 and all(re.search(r"\(\d+ min\.\)$", p) for p in punten)
    assert "**Duur:** ongeveer 45 minuten" in agenda and "**Tijd:**" in agenda
    assert "**Plaats:**" in agenda and "**Aanwezig:**" in agenda
    assert "zet het akkoord op papier" not in agenda
    assert "Alle onderdelen zijn ingevuld" not in agenda
    assert "**Aanpak in de klas**" in agenda and "- het gewenste gedrag voordoen" in agenda
    assert "**Besluit van ouders:**" in agenda and "**Afspraken:**" in agenda
    assert "**Volgende afspraak:** 17 februari 2027" in agenda
    assert "Mijn doel" not in agenda and "Waar sta ik nu" not in agenda
    assert "Milan vertelde eerder:** ‘Ik vind de tafels moeilijk" in agenda


def test_de_word_agenda_toont_wat_de_markdown_toont(demo: dict[str, str], tmp_path: Path) -> None:
    from io import BytesIO

    from docx import Document

    from assistent.kern.export.docx import render_docx

    g, _ = maak_demo(Werkruimte.laad(tmp_path), DEMODAG)
    doc = Document(BytesIO(render_docx(
        bouw_concept(g, "agenda", vandaag=DEMODAG, school=Schoolprofiel()))))
    tekst = "\n".join([p.text for p in doc.paragraphs] + [
        c.text for t in doc.tables for r in t.rows for c in r.cells])
    for regel in ("Volgende afspraak", "17 februari 2027", "Regie bij", "Besluit van ouders"):
        assert regel in tekst
