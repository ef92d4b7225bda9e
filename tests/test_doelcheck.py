"""Eenheidstests van de doelcheck: signalen, vragen, voorstel, meetinstrument, schoolbestand."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistent.kern.doelcheck import Doeloordeel, DoelwoordenFout, Signaal, controleer, warm_op


def signaal(oordeel: Doeloordeel, soort: str) -> Signaal:
    gevonden = [s for s in oordeel.signalen if s.soort == soort]
    assert gevonden, f"geen signaal {soort} in {oordeel.signalen}"
    return gevonden[0]


def test_lege_tekst_mist_alles_zonder_fout() -> None:
    for tekst in ("", "   ", "\n\t"):
        oordeel = controleer(tekst)
        assert oordeel.meetbaar is False
        assert oordeel.ontbreekt == ("gedrag", "criterium", "termijn")
        assert len(oordeel.vervolgvragen) == 3


def test_meetbaar_doel_heeft_geen_blokkerende_signalen() -> None:
    oordeel = controleer("Voor 1 maart leest Noor op DMT-kaart 2 minstens 45 woorden per minuut.")
    assert oordeel.meetbaar
    assert oordeel.ontbreekt == ()
    assert oordeel.vervolgvragen == ()
    assert not any(s.blokkerend for s in oordeel.signalen)


@pytest.mark.parametrize(
    ("tekst", "soort", "woorden"),
    [
        ("Sem begrijpt de breuken.", "vaag", "begrijpt"),
        ("Binnen zes weken vraagt Sem vaker om hulp.", "vergelijking", "vaker"),
        (
            "Sem krijgt voor de kerst extra instructie.",
            "volwassene",
            "krijgt voor de kerst extra instructie",
        ),
        ("Sem wordt begeleid door de ib'er.", "volwassene", "wordt begeleid"),
        ("Voor de kerst slaat Sem niet meer.", "negatief", "slaat Sem niet meer"),
        ("Sem is lui tijdens het rekenen.", "interpretatie", "is lui"),
        ("Sem is onrustig in de kring.", "interpretatie", "is onrustig"),
        ("Sem gaat in groep 5 beter lezen.", "los_getal", "groep 5"),
        ("Sem van 8 jaar leest beter.", "los_getal", "8 jaar"),
        ("Sem werkt binnenkort zelfstandig.", "vaag", "binnenkort"),
        ("Op termijn rekent Sem op 1F.", "vaag", "Op termijn"),
        ("Na de kerst werkt Sem aan zijn handschrift.", "vaag", "werkt Sem aan"),
        ("Sem maakt zich zorgen over de cito.", "vaag", "maakt zich zorgen"),
        ("Sem windt zich op bij verlies.", "vaag", "windt zich"),
        ("Sem stopt met vloeken op het plein.", "negatief", "stopt met vloeken"),
        ("Sem houdt op met tikken.", "negatief", "houdt op met tikken"),
    ],
)
def test_signaal_wijst_de_juiste_woorden_aan(tekst: str, soort: str, woorden: str) -> None:
    s = signaal(controleer(tekst), soort)
    assert s.woorden == woorden
    assert tekst[s.begin : s.eind] == woorden
    assert s.uitleg.endswith(".") and woorden in s.uitleg


def test_posities_kloppen_ook_na_voorloopspaties_en_hoofdletters() -> None:
    tekst = "   Tess WORDT beter in rekenen."
    for s in controleer(tekst).signalen:
        assert tekst[s.begin : s.eind] == s.woorden


def test_vergelijking_met_maat_is_geen_signaal() -> None:
    oordeel = controleer("Voor de kerst maakt Sem niet meer dan 2 fouten per dictee.")
    assert oordeel.meetbaar
    assert not [s for s in oordeel.signalen if s.soort in ("vergelijking", "negatief")]


def test_ontkenning_naast_gewenst_gedrag_blokkeert_niet() -> None:
    oordeel = controleer(
        "Over zes weken gebruikt Sem in 4 van de 5 ruzies de stopzin en duwt hij niet."
    )
    assert oordeel.meetbaar
    assert not [s for s in oordeel.signalen if s.soort == "negatief"]


def test_vervoegingen_worden_via_het_lemma_herkend() -> None:
    for vorm in ("verbetert", "verbeterde", "snapt", "begreep"):
        oordeel = controleer(f"Sem {vorm} de breuken.")
        assert "gedrag" in oordeel.ontbreekt
        assert signaal(oordeel, "vaag").woorden == vorm


def test_vervolgvraag_per_ontbrekend_element() -> None:
    oordeel = controleer("Tess steekt haar vinger op in de klas.")
    assert oordeel.ontbreekt == ("criterium", "termijn")
    assert len(oordeel.vervolgvragen) == 2
    assert "Tess" in oordeel.vervolgvragen[0]
    assert oordeel.vervolgvragen[1] == "Wanneer kijk je of het gelukt is?"


def test_vervolgvragen_in_ik_vorm_spreken_het_kind_aan() -> None:
    oordeel = controleer("Ik wil minder boos worden.")
    assert len(oordeel.vervolgvragen) == 3
    assert all("je" in v.split() or "jullie" in v.split() for v in oordeel.vervolgvragen)


def test_suggestie_houdt_de_woorden_en_markeert_open_plekken() -> None:
    oordeel = controleer("Tess steekt haar vinger op in de klas.")
    assert oordeel.suggestie.startswith("Voor [datum] steekt Tess ")
    assert "[x]" in oordeel.suggestie and "[y]" in oordeel.suggestie
    assert "haar vinger op in de klas" in oordeel.suggestie


def test_suggestie_vervangt_vergelijking_door_een_maat() -> None:
    oordeel = controleer("Binnen zes weken vraagt Hugo vaker om hulp.")
    assert "vaker" not in oordeel.suggestie
    assert oordeel.suggestie.startswith("Binnen zes weken vraagt Hugo ")
    assert "[x] keer per" in oordeel.suggestie


def test_suggestie_gebruikt_de_naam_als_het_doel_die_niet_heeft() -> None:
    oordeel = controleer("De leerling maakt 80% van de sommen goed.", naam="Sem")
    assert "Sem" in oordeel.suggestie
    assert "[datum]" in oordeel.suggestie
    assert any("Sem" in v for v in controleer("De leerling leest beter.", naam="Sem").vervolgvragen)


def test_suggestie_van_meetbaar_doel_is_het_doel_zelf() -> None:
    tekst = "Voor Pasen hangt Ilias iedere ochtend zijn jas aan de kapstok."
    assert controleer(tekst).suggestie == tekst


@pytest.mark.parametrize(
    ("tekst", "instrument"),
    [
        ("Voor de kerst leest Sem 40 woorden per minuut.", "DMT/AVI"),
        ("Voor de kerst maakt Sem 8 van de 10 keersommen goed.", "methodetoets"),
        ("Voor de kerst hangt Sem elke ochtend zijn jas op.", "turflijst"),
        ("Voor de kerst scoort Sem niveau 3 op de rubric voor zijn werkstuk.", "rubric"),
        ("Voor de kerst begroet Sem de juf.", "observatie"),
        (
            "Voor de kerst telt Sem met een turflijst hoe vaak hij zijn vinger opsteekt.",
            "turflijst",
        ),
    ],
)
def test_meetinstrument_past_bij_het_doel(tekst: str, instrument: str) -> None:
    assert controleer(tekst).meetinstrument == instrument


def test_als_dict_is_json_klaar() -> None:
    d = controleer("Sem is lui.").als_dict()
    assert set(d) >= {
        "tekst",
        "meetbaar",
        "ontbreekt",
        "signalen",
        "vervolgvragen",
        "suggestie",
        "meetinstrument",
    }
    assert json.loads(json.dumps(d)) == d
    assert d["signalen"][0]["soort"] == "interpretatie"


def test_schoolbestand_vult_de_lijsten_aan(tmp_path: Path) -> None:
    tekst = "Voor de kerst zwaait Sem in 4 van de 5 lessen."
    assert controleer(tekst).meetbaar  # een onbekend werkwoord telt als gedrag
    extra = tmp_path / "doelwoorden.toml"
    extra.write_text('[vaag]\nwerkwoorden = ["zwaaien"]\n', encoding="utf-8")
    oordeel = controleer(tekst, extra_woorden=extra)
    assert "gedrag" in oordeel.ontbreekt
    assert signaal(oordeel, "vaag").woorden == "zwaait"


def test_schoolbestand_met_eigen_handelingswerkwoord(tmp_path: Path) -> None:
    tekst = "Voor de kerst knikt Sem elke ochtend naar de juf."
    extra = tmp_path / "doelwoorden.toml"
    extra.write_text('[vaag]\nwerkwoorden = ["knikken"]\n', encoding="utf-8")
    assert not controleer(tekst, extra_woorden=extra).meetbaar
    extra.write_text('[gedrag]\nwaarneembaar = ["knikken", "groeten"]\n', encoding="utf-8")
    assert controleer(tekst, extra_woorden=extra).meetbaar


def test_eigen_feestdag_met_streepje_is_een_termijn(tmp_path: Path) -> None:
    """Een feestdag uit het schoolbestand zonder woord van alleen letters ("sint-maarten")
    mag niet wegvallen door de snelle voorwaarde van het feestdagpatroon."""
    extra = tmp_path / "doelwoorden.toml"
    extra.write_text('[termijn]\nfeestdagen = ["sint-maarten"]\n', encoding="utf-8")
    for tekst in (
        "Voor sint-maarten leest Sem in 4 van de 5 lessen een bladzijde voor.",
        "Voor sint-maarten's optocht leest Sem in 4 van de 5 lessen een bladzijde voor.",
    ):
        assert "termijn" not in controleer(tekst, extra_woorden=extra).ontbreekt


@pytest.mark.parametrize(
    ("inhoud", "regel"),
    [
        ('[vaag]\nwerkwoorden = ["a", \n', "regel"),
        ('[vaag]\nwerkwoorden = "geen lijst"\n', "regel 2"),
        ('\n\n[onzin]\nx = ["a"]\n', "regel 3"),
        ("[vaag]\nwerkwoorden = [1, 2]\n", "regel 2"),
    ],
)
def test_kapot_schoolbestand_geeft_duidelijke_fout(tmp_path: Path, inhoud: str, regel: str) -> None:
    extra = tmp_path / "doelwoorden.toml"
    extra.write_text(inhoud, encoding="utf-8")
    with pytest.raises(DoelwoordenFout) as fout:
        controleer("Sem leest.", extra_woorden=extra)
    assert str(extra) in str(fout.value)
    assert regel in str(fout.value)
    assert isinstance(fout.value, ValueError)


def test_schoolbestand_dat_geen_utf8_is(tmp_path: Path) -> None:
    extra = tmp_path / "doelwoorden.toml"
    extra.write_bytes(b'[vaag]\nwerkwoorden = ["caf\xe9"]\n')
    with pytest.raises(DoelwoordenFout, match="UTF-8"):
        controleer("Sem leest.", extra_woorden=extra)


def test_warm_op_kan_vaker_worden_aangeroepen() -> None:
    warm_op()
    warm_op()
    assert controleer("Tess verbeterde.").ontbreekt[0] == "gedrag"


def test_importeren_laadt_simplemma_en_textual_niet() -> None:
    code = (
        "import sys, assistent.kern.doelcheck; "
        "print('simplemma' in sys.modules, 'textual' in sys.modules)"
    )
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert uit.stdout.split() == ["False", "False"]


def test_aantal_na_per_week_is_een_criterium_en_geen_weeknummer() -> None:
    oordeel = controleer("Binnen een maand schrijft Bente per week drie zinnen in haar dagboek.")
    assert oordeel.meetbaar
    assert controleer("In week 3 schrijft Bente in haar dagboek.").ontbreekt == ("criterium",)


def test_een_onderwerp_met_lidwoord_staat_midden_in_de_vervolgvraag_met_kleine_letter() -> None:
    oordeel = controleer("De leerling kan beter lezen.")
    assert any("moet de leerling " in v for v in oordeel.vervolgvragen), oordeel.vervolgvragen
    assert not any("De leerling" in v for v in oordeel.vervolgvragen)


def test_met_een_schoolbestand_is_de_uitkomst_elke_run_dezelfde(tmp_path: Path) -> None:
    """De lijsten worden samengevoegd in de volgorde van de bestanden, niet die van een set."""
    extra = tmp_path / "doelwoorden.toml"
    extra.write_text('[vaag]\nwerkwoorden = ["zwaaien"]\n', encoding="utf-8")
    code = (
        "import json, sys\nfrom assistent.kern.doelcheck import controleer\n"
        "doelen = ['Sem zwaait vaker.', 'Voor de kerst leest Noa elke dag 10 woorden voor.',"
        " 'Aya rekent beter.', 'Daan werkt zelfstandig aan zijn taak, gemeten met een turflijst.']\n"
        f"print(json.dumps([controleer(d, extra_woorden={str(extra)!r}).als_dict() "
        "for d in doelen]))\n"
    )
    uitkomsten = set()
    for zaad in ("0", "1", "2", "3"):
        proces = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                env={**os.environ, "PYTHONHASHSEED": zaad}, timeout=60)
        assert proces.returncode == 0, proces.stderr
        uitkomsten.add(proces.stdout)
    assert len(uitkomsten) == 1
