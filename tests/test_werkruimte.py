"""De use cases die CLI en TUI allebei aanroepen: overzicht, exporteren, bestandslocaties."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistent.kern import locaties
from assistent.kern.export import ExportFout
from assistent.kern.werkruimte import DOCUMENTTITELS, Werkruimte, overzicht


@pytest.fixture
def werkruimte(tmp_path: Path) -> Werkruimte:
    return Werkruimte.laad(tmp_path / "sessies")


def test_het_overzicht_geeft_elke_zichtbare_vraag_met_antwoord_en_de_controles(
    werkruimte: Werkruimte,
) -> None:
    gesprek, _ = werkruimte.nieuw("Sem", ["opp"], 5)
    gesprek.beantwoord("aanleiding", "Sem leest traag.")
    uit = overzicht(gesprek)
    assert [r.nummer for r in uit.regels] == list(range(1, len(gesprek.zichtbaar()) + 1))
    regels = {r.vraag_id: r for r in uit.regels}
    assert regels["naam"].antwoord == "Sem"
    assert regels["aanleiding"].antwoord == "Sem leest traag."
    assert regels["uitstroom"].antwoord is None  # nog open
    assert regels["naam"].onderdeel_id != regels["aanleiding"].onderdeel_id
    assert uit.controles and not all(c.ok for c in uit.controles)


def test_exporteren_zonder_pad_schrijft_in_de_exportmap(werkruimte: Werkruimte) -> None:
    gesprek, _ = werkruimte.nieuw("Sem", ["opp"], 5)
    for document in DOCUMENTTITELS:
        pad = werkruimte.exporteer(gesprek, document, "md")
        assert pad == locaties.exportmap(werkruimte.map) / f"{gesprek.sessie.id}-{document}.md"
        assert pad == werkruimte.exportpad(gesprek, document, "md")
        assert "Sem" in pad.read_text(encoding="utf-8")


def test_exporteren_naar_een_map_geeft_het_bestand_de_standaardnaam(
    werkruimte: Werkruimte, tmp_path: Path,
) -> None:
    gesprek, _ = werkruimte.nieuw("Sem", ["opp"], 5)
    map_ = tmp_path / "usb"
    map_.mkdir()
    pad = werkruimte.exporteer(gesprek, "kinddeel", "docx", map_)
    assert pad == map_ / f"{gesprek.sessie.id}-kinddeel.docx" and pad.stat().st_size > 0


def test_exporteren_waar_het_niet_kan_geeft_een_nederlandse_fout(
    werkruimte: Werkruimte, tmp_path: Path,
) -> None:
    gesprek, _ = werkruimte.nieuw("Sem", ["opp"], 5)
    bestand = tmp_path / "geen-map"
    bestand.write_text("x", encoding="utf-8")
    with pytest.raises(ExportFout, match="Kan niet schrijven naar"):
        werkruimte.exporteer(gesprek, "opp", "md", bestand / "opp.md")
    with pytest.raises(ExportFout, match="Onbekend formaat 'pdf'"):
        werkruimte.exporteer(gesprek, "opp", "pdf")


def test_alles_van_de_gebruiker_staat_onder_de_sessiemap(tmp_path: Path) -> None:
    basis = locaties.gebruikersmap(tmp_path)
    for pad in (locaties.exportmap(basis), locaties.cachemap(basis),
                locaties.eigen_doelwoorden(basis), locaties.eigen_vragenlijstenmap(basis),
                locaties.eigen_voorbeeldzinnenmap(basis)):
        assert pad.parent == basis
    assert not any(tmp_path.iterdir()), "een locatie opvragen maakt niets aan"
