"""Het schoolprofiel: één keer ingevuld, bewaard in de instellingen, in elk document."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from assistent.cli import main
from assistent.kern import export, school
from assistent.kern.concept.bouwen import bouw_concept
from tests.golden.sessie import VANDAAG, gesprek, nep_doelcheck

PROFIEL = school.Schoolprofiel(
    school="De Regenboog, Utrecht", intern_begeleider="Fatma Yilmaz",
    directeur="Peter de Boer", bestuur="Stichting Primair", samenwerkingsverband="SWV Utrecht",
)


def test_een_profiel_wordt_prive_en_leesbaar_bewaard_en_weer_gelezen(tmp_path: Path) -> None:
    pad = school.bewaar(PROFIEL, tmp_path)
    assert pad == tmp_path / "instellingen" / "school.toml"
    assert school.laad(tmp_path) == PROFIEL
    assert 'directeur = "Peter de Boer"' in pad.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(pad.stat().st_mode) == 0o600


def test_zonder_bestand_is_het_profiel_leeg_en_het_schooljaar_uitgerekend(tmp_path: Path) -> None:
    leeg = school.laad(tmp_path)
    assert leeg.leeg
    assert leeg.jaar(date(2026, 12, 1)) == "2026-2027"
    assert leeg.jaar(date(2027, 7, 31)) == "2026-2027"
    assert leeg.jaar(date(2027, 8, 1)) == "2027-2028"
    assert leeg.met(schooljaar="2030-2031").jaar(date(2026, 12, 1)) == "2030-2031"


@pytest.mark.parametrize(("inhoud", "melding"), [
    ("school = [", "regel 1"),
    ('kleur = "blauw"', "onbekend veld 'kleur'"),
    ("school = 3", "moet tekst zijn"),
])
def test_een_kapot_profiel_geeft_een_duidelijke_melding(
    tmp_path: Path, inhoud: str, melding: str
) -> None:
    pad = tmp_path / "instellingen" / "school.toml"
    pad.parent.mkdir()
    pad.write_text(inhoud, encoding="utf-8")
    with pytest.raises(school.SchoolFout, match=melding):
        school.laad(tmp_path)


def test_het_opp_neemt_school_ib_en_directeur_over_en_ook_op_het_tekenblad() -> None:
    concept = bouw_concept(gesprek(), "opp", vandaag=VANDAAG, doelcheck=nep_doelcheck,
                           school=PROFIEL)
    tekst = export.render_concept(concept)
    for regel in ("**School:** De Regenboog, Utrecht", "**Intern begeleider:** Fatma Yilmaz",
                  "**Directeur:** Peter de Boer", "**Schooljaar:** 2026-2027",
                  "**Samenwerkingsverband:** SWV Utrecht", "**Bevoegd gezag:** Stichting Primair"):
        assert regel in tekst
    assert "| Directeur | Peter de Boer |" in tekst
    assert "| Intern begeleider | Fatma Yilmaz |" in tekst
    assert "namens het bevoegd gezag (Stichting Primair)" in tekst


def test_een_document_leest_het_profiel_uit_de_sessiemap(eigen_map: Path) -> None:
    school.bewaar(PROFIEL, eigen_map)
    tekst = export.markdown(gesprek(), "agenda", vandaag=VANDAAG, doelcheck=nep_doelcheck)
    assert "**Plaats:** De Regenboog, Utrecht" in tekst


def test_het_gezag_bepaalt_wie_instemt() -> None:
    def regels(**w: object) -> list[tuple[str, str]]:
        o = bouw_concept(gesprek(**w), "opp", vandaag=VANDAAG, doelcheck=nep_doelcheck,
                         school=PROFIEL).ondertekening
        assert o is not None
        return [(r.rol, r.naam) for r in o.blokken[1].regels]

    assert regels() == [("Ouder/verzorger 1 (met gezag)", "Lisa Visser"),
                        ("Ouder/verzorger 2 (met gezag)", "Joost Visser")]
    assert regels(gezag="voogd", ouders="Ans Smit (voogd)") == [("Voogd", "Ans Smit")]
    assert regels(gezag="een", ouders="Lisa Visser (moeder)") == [
        ("Ouder/verzorger met gezag", "Lisa Visser")]


def test_de_cli_toont_en_wijzigt_het_profiel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["school", "--map", str(tmp_path)]) == 0
    assert "(nog niet ingevuld)" in capsys.readouterr().out
    assert main(["school", "--map", str(tmp_path), "--school", "De Regenboog",
                 "--ib", "Fatma Yilmaz"]) == 0
    uit = capsys.readouterr().out
    assert "Schoolprofiel bewaard" in uit and "Fatma Yilmaz" in uit
    assert main(["school", "--map", str(tmp_path), "--ib", ""]) == 0
    assert school.laad(tmp_path) == school.Schoolprofiel(school="De Regenboog")
    (tmp_path / "instellingen" / "school.toml").write_text("school = [", encoding="utf-8")
    assert main(["school", "--map", str(tmp_path)]) == 1
    assert "geen geldige TOML" in capsys.readouterr().err


def test_export_via_de_cli_gebruikt_het_profiel_van_de_gekozen_map(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    school.bewaar(PROFIEL, tmp_path)
    assert main(["demo", "--map", str(tmp_path)]) == 0
    sessie = next(tmp_path.glob("*.toml"))
    uit = tmp_path / "opp.md"
    assert main(["export", str(sessie), "--uit", str(uit), "--map", str(tmp_path)]) == 0
    assert "**Directeur:** Peter de Boer" in uit.read_text(encoding="utf-8")


def test_de_werkruimte_leest_en_bewaart_het_profiel_van_haar_eigen_map(tmp_path: Path) -> None:
    from assistent.kern.werkruimte import Werkruimte, conceptweergave

    werkruimte = Werkruimte.laad(tmp_path)
    assert werkruimte.schoolprofiel().leeg
    werkruimte.bewaar_schoolprofiel(PROFIEL)
    assert werkruimte.schoolprofiel() == PROFIEL
    weergave = conceptweergave(gesprek(), "opp", vandaag=VANDAAG,
                               schoolprofiel=werkruimte.schoolprofiel())
    assert "**Directeur:** Peter de Boer" in weergave.markdown
    (tmp_path / "instellingen" / "school.toml").write_text("school = [", encoding="utf-8")
    assert werkruimte.schoolprofiel().leeg
