"""Bij het advies basisaanpak komt er een notitie voor het groepsplan, geen leeg OPP.

De afweging bepaalt de route: na 'basisaanpak' stopt het gesprek, en het document "opp" is dan
een korte notitie. Het kinddeel en de agenda zeggen waarom ze er niet zijn. Bij 'opp' en
'twijfel' blijft het gewone OPP.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document

from assistent.kern.concept.bouwen import bouw_concept, controles
from assistent.kern.concept.model import OPEN_PLEK
from assistent.kern.export import markdown
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.werkruimte import Werkruimte

VANDAAG = date(2026, 12, 2)
PLAN = "Noor krijgt drie keer per week verlengde instructie bij spelling, met twee andere kinderen."
NEE = ("ondersteuningsbudget", "eigen_leerlijn", "verwijzing", "onderwijstijd")


def afweging(tmp_path: Path, aantal: str, langdurig: bool, geprobeerd: bool) -> Gesprek:
    """Een afweging met deze antwoorden (en 'nee' op de harde signalen), bewaard op schijf."""
    werkruimte = Werkruimte.laad(tmp_path / "sessies")
    gesprek, pad = werkruimte.nieuw("Noor", ["afweging", "opp"], groep=4)
    gesprek.beantwoord(gesprek.vraag_met_rol("voornaamwoord").id, "zij")  # type: ignore[union-attr]
    antwoorden: dict[str, object] = {"aantal_leerlingen": aantal, "langdurig": langdurig,
                                     "basis_geprobeerd": geprobeerd}
    antwoorden.update(dict.fromkeys(NEE, False))
    for rol, waarde in antwoorden.items():
        vraag = gesprek.vraag_met_rol(rol)
        assert vraag is not None, rol
        gesprek.beantwoord(vraag.id, waarde)
    werkruimte.bewaar(gesprek, pad)
    return gesprek


def test_bij_basisaanpak_is_het_document_een_notitie_zonder_opp_onderdelen(
    tmp_path: Path,
) -> None:
    gesprek = afweging(tmp_path, "enkele", False, False)
    concept = bouw_concept(gesprek, "opp", vandaag=VANDAAG)
    assert concept.titel == "Notitie voor het groepsplan van Noor"
    sleutels = {s.sleutel for s in concept.secties}
    assert {"handelingsdeel", "doelen", "uitstroomperspectief", "overleg"}.isdisjoint(sleutels)
    assert concept.ondertekening is None and not concept.doelen
    tekst = markdown(gesprek, "opp", vandaag=VANDAAG)
    assert "Basisaanpak" in tekst and "Hoe verder" in tekst
    # Het plan ontbreekt nog: dat is de enige open plek, en de check zegt het.
    assert [m.group(0) for m in OPEN_PLEK.finditer(tekst) if "groepsplan" in m.group(0)]
    open_ = [c for c in controles(gesprek, vandaag=VANDAAG) if not c.ok]
    assert [c.onderdeel for c in open_] == ["Notitie groepsplan"]

    vraag = gesprek.vraag_met_rol("groepsplan")
    assert vraag is not None
    gesprek.beantwoord(vraag.id, PLAN)
    assert all(c.ok for c in controles(gesprek, vandaag=VANDAAG))
    tekst = markdown(gesprek, "opp", vandaag=VANDAAG)
    assert tekst.count(PLAN) == 1  # één keer, niet ook nog onder de afweging
    assert "Factoren" not in tekst and "Ondertekening" not in tekst


@pytest.mark.parametrize("document", ["kinddeel", "agenda"])
def test_bij_basisaanpak_zeggen_kinddeel_en_agenda_waarom_ze_er_niet_zijn(
    tmp_path: Path, document: str
) -> None:
    gesprek = afweging(tmp_path, "groep", True, True)
    concept = bouw_concept(gesprek, document, vandaag=VANDAAG)
    assert concept.titel.startswith("Geen ") and "Noor" in concept.titel
    tekst = markdown(gesprek, document, vandaag=VANDAAG)
    assert "basisaanpak" in tekst and not OPEN_PLEK.search(tekst)


@pytest.mark.parametrize(("aantal", "langdurig", "geprobeerd", "uitkomst"), [
    ("een", True, True, "opp"),
    ("een", True, False, "twijfel"),
])
def test_bij_opp_en_twijfel_blijft_het_het_gewone_opp(
    tmp_path: Path, aantal: str, langdurig: bool, geprobeerd: bool, uitkomst: str
) -> None:
    gesprek = afweging(tmp_path, aantal, langdurig, geprobeerd)
    advies = gesprek.advies()
    assert advies is not None and advies.uitkomst == uitkomst
    concept = bouw_concept(gesprek, "opp", vandaag=VANDAAG)
    assert concept.titel == "Ontwikkelingsperspectiefplan van Noor"
    assert concept.sectie("doelen") is not None and concept.ondertekening is not None
    assert bouw_concept(gesprek, "kinddeel", vandaag=VANDAAG).titel.startswith("Mijn plan")


def test_de_notitie_wordt_een_word_bestand_zonder_tekenblad(tmp_path: Path) -> None:
    gesprek = afweging(tmp_path, "enkele", False, False)
    vraag = gesprek.vraag_met_rol("groepsplan")
    assert vraag is not None
    gesprek.beantwoord(vraag.id, PLAN)
    werkruimte = Werkruimte.laad(tmp_path / "sessies")
    pad = werkruimte.exporteer(gesprek, "opp", "docx", str(tmp_path / "notitie.docx"))
    alinea = [p.text for p in Document(str(pad)).paragraphs]
    assert "Notitie voor het groepsplan van Noor" in alinea
    assert PLAN in alinea
    assert not any("Handtekening" in p or "nog invullen: doel" in p for p in alinea)


def test_de_cli_noemt_het_document_een_notitie(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from assistent.cli import main

    afweging(tmp_path, "enkele", False, False)
    (pad,) = (tmp_path / "sessies").glob("*.toml")
    uit = tmp_path / "notitie.md"
    assert main(["export", str(pad), "--uit", str(uit), "--map", str(tmp_path / "sessies")]) == 0
    assert capsys.readouterr().out.startswith("Notitie voor het groepsplan staat in ")
    assert "Notitie voor het groepsplan van Noor" in uit.read_text(encoding="utf-8")
