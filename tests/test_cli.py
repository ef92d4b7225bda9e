"""Elk subcommando als los proces: afsluitcodes, Nederlandse meldingen, geen tracebacks."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import antwoord_voor, json_uit, opp

DATA = Path(__file__).parent / "data"


def nieuwe_sessie(map_: Path, *extra: str) -> Path:
    proces = opp("nieuw", "--naam", "Sem", "--groep", "5", *extra, map_=map_)
    assert proces.returncode == 0, proces.stderr
    pad = Path(proces.stdout.strip())
    assert pad.exists() and pad.parent == map_
    return pad


def test_vragenlijsten_toont_id_titel_aantal_en_herkomst(eigen_map: Path) -> None:
    rijen = json_uit(opp("vragenlijsten", "--json", map_=eigen_map))["vragenlijsten"]
    opp_rij = next(r for r in rijen if r["id"] == "opp")
    assert opp_rij["herkomst"] == "ingebouwd" and opp_rij["vragen"] > 20
    tekst = opp("vragenlijsten", map_=eigen_map).stdout
    assert "OPP-kern" in tekst and "ingebouwd" in tekst


def test_vragenlijsten_noemt_een_overgeslagen_eigen_bestand(eigen_map: Path) -> None:
    (eigen_map / "vragenlijsten").mkdir(parents=True)
    shutil.copy(DATA / "kapot" / "dubbel_id.toml", eigen_map / "vragenlijsten" / "kapot.toml")
    proces = opp("vragenlijsten", map_=eigen_map)
    assert proces.returncode == 0
    assert "Overgeslagen" in proces.stderr and "kapot.toml" in proces.stderr


def test_valideer_is_0_als_alles_klopt_en_1_met_elke_fout() -> None:
    assert opp("valideer").returncode == 0
    proces = opp("valideer", str(DATA / "kapot"))
    assert proces.returncode == 1
    assert proces.stdout.count("✘") >= len(list((DATA / "kapot").glob("*.toml")))
    assert "Traceback" not in proces.stdout + proces.stderr


def test_valideer_op_een_ontbrekend_bestand_geeft_2() -> None:
    proces = opp("valideer", "bestaat/niet.toml")
    assert proces.returncode == 2 and "bestaat niet" in proces.stderr


def test_nieuw_maakt_een_sessie_en_sessies_toont_hem(eigen_map: Path) -> None:
    pad = nieuwe_sessie(eigen_map)
    rijen = json_uit(opp("sessies", "--json", map_=eigen_map))
    assert rijen[0]["naam"] == "Sem" and rijen[0]["groep"] == 5
    assert rijen[0]["pad"] == str(pad)
    assert rijen[0]["voortgang"]["beantwoord"] == 2
    assert "Sem" in opp("sessies", map_=eigen_map).stdout


def test_nieuw_weigert_een_onbekende_vragenlijst_en_een_rare_groep(eigen_map: Path) -> None:
    proces = opp("nieuw", "--naam", "Sem", "--vragenlijst", "bestaatniet", map_=eigen_map)
    assert proces.returncode == 1 and "Onbekende vragenlijst" in proces.stderr
    proces = opp("nieuw", "--naam", "Sem", "--groep", "12", map_=eigen_map)
    assert proces.returncode == 1 and "1 tot en met 8" in proces.stderr
    proces = opp("nieuw", map_=eigen_map)
    assert proces.returncode == 1 and "verplicht" in proces.stderr


def test_de_map_optie_gaat_voor_de_omgeving(eigen_map: Path, tmp_path: Path) -> None:
    andere = tmp_path / "anders"
    proces = opp("nieuw", "--naam", "Bo", "--map", str(andere), map_=eigen_map)
    assert Path(proces.stdout.strip()).parent == andere


def test_invullen_bewaart_leest_toml_waarden_en_geeft_de_toestand(eigen_map: Path) -> None:
    pad = nieuwe_sessie(eigen_map)
    staat = json_uit(opp("invullen", str(pad), "--antwoord", "voornaamwoord=hij",
                         "--antwoord", "leerkracht=Juf Fatima", "--antwoord",
                         "ouders=Anna Jansen (moeder)", "--antwoord", "gezag=beide",
                         "--antwoord", "aanleiding=Sem raakt snel afgeleid", "--json"))
    assert staat["volgende"]["id"] == "bevorderend_kind"
    assert staat["volgende"]["soort"] == "meerkeuze" and staat["volgende"]["opties"]
    assert set(staat["voortgang"]) >= {"beantwoord", "totaal", "onderdeel", "onderdelen"}
    assert "onderwijsbehoeften" in staat["ontbrekend"]
    opgeslagen = tomllib.loads(pad.read_text(encoding="utf-8"))["antwoorden"]
    assert opgeslagen["aanleiding"] == "Sem raakt snel afgeleid"
    opp("invullen", str(pad), "--antwoord", 'bevorderend_kind=["gemotiveerd", "sociaal"]')
    assert tomllib.loads(pad.read_text(encoding="utf-8"))["antwoorden"]["bevorderend_kind"] == [
        "gemotiveerd", "sociaal"]


def test_een_harde_fout_laat_het_sessiebestand_ongemoeid(eigen_map: Path) -> None:
    pad = nieuwe_sessie(eigen_map)
    voor = pad.read_bytes()
    proces = opp("invullen", str(pad), "--antwoord", "voornaamwoord=hij",
                 "--antwoord", "groep=twaalf")
    assert proces.returncode == 1 and "geen getal" in proces.stderr
    assert pad.read_bytes() == voor
    proces = opp("invullen", str(pad), "--antwoord", "uitstroom=gymnasium")
    assert proces.returncode == 1 and "geen keuze" in proces.stderr
    assert pad.read_bytes() == voor


def test_een_vaag_doel_wordt_gemeld_en_kan_met_een_reden_worden_geaccepteerd(eigen_map: Path) -> None:
    pad = nieuwe_sessie(eigen_map)
    staat = json_uit(opp("invullen", str(pad), "--antwoord", "doelen=Sem wordt beter in rekenen.",
                         "--json"))
    signalen = [s for s in staat["signalen"] if s["vraag"] == "doelen"]
    assert signalen and signalen[0]["soort"] == "waarschuwing"
    staat = json_uit(opp("invullen", str(pad), "--reden", "doelen=Eerste opzet met ouders",
                         "--json"))
    assert not [s for s in staat["signalen"] if s["vraag"] == "doelen"]


def test_invullen_op_een_kapot_bestand_geeft_2_en_raakt_het_niet_aan(eigen_map: Path) -> None:
    eigen_map.mkdir(parents=True)
    pad = eigen_map / "kapot.toml"
    pad.write_text("formaat = 1\nid = [", encoding="utf-8")
    proces = opp("invullen", str(pad), "--antwoord", "groep=4")
    assert proces.returncode == 2 and "regel 2" in proces.stderr
    assert "Traceback" not in proces.stderr
    assert pad.read_text(encoding="utf-8") == "formaat = 1\nid = ["
    assert opp("invullen", str(eigen_map / "weg.toml")).returncode == 2


def test_invullen_met_een_verkeerd_gevormd_antwoord_is_een_gebruikersfout(eigen_map: Path) -> None:
    pad = nieuwe_sessie(eigen_map)
    proces = opp("invullen", str(pad), "--antwoord", "groep")
    assert proces.returncode == 1 and "VRAAG_ID=WAARDE" in proces.stderr


def test_een_onbekende_optie_geeft_een_nederlandse_melding() -> None:
    proces = opp("sessies", "--onzin")
    assert proces.returncode == 1 and "onbekende opties" in proces.stderr


def test_een_script_loopt_de_opp_kern_tot_het_einde_door_alleen_te_antwoorden_wat_gevraagd_wordt(
    eigen_map: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    # De eerste en de laatste stap als los proces, zoals een script; de stappen ertussen in dit
    # proces (dezelfde `main`, zonder een halve seconde opstarttijd per vraag).
    from assistent.cli import main

    def invullen(*args: str) -> Any:
        capsys.readouterr()
        code = main(["invullen", str(pad), *args, "--json"])
        uit = capsys.readouterr()
        assert code == 0, uit.err
        return json.loads(uit.out)

    pad = nieuwe_sessie(eigen_map)
    staat = json_uit(opp("invullen", str(pad), "--json"))
    beantwoord: list[str] = []
    while staat["volgende"] is not None:
        volgende = staat["volgende"]
        assert volgende["id"] not in beantwoord, "dezelfde vraag kwam terug"
        waarde = antwoord_voor(volgende)
        staat = invullen("--antwoord", f"{volgende['id']}={waarde}")
        beantwoord.append(volgende["id"])
        opgeslagen = tomllib.loads(pad.read_text(encoding="utf-8"))["antwoorden"]
        assert all(vraag_id in opgeslagen for vraag_id in beantwoord)
    assert json_uit(opp("invullen", str(pad), "--json")) == staat
    assert len(beantwoord) > 20
    assert staat["ontbrekend"] == []
    assert staat["voortgang"]["beantwoord"] == staat["voortgang"]["totaal"]
    assert json.loads(json.dumps(staat))  # de toestand is gewone JSON


# Per subcommando de kleinste geldige opdracht; --map staat ervoor, zoals in de hulp.
_MINIMAAL = {
    "vragenlijsten": [], "valideer": [], "nieuw": ["--naam", "Sem"], "sessies": [],
    "invullen": ["s.toml"],
    "doel": ["Sem leest."], "export": ["s.toml"], "demo": [], "school": [],
    "sjabloon": ["voorbeeld"], "meting": ["s.toml", "--doel", "1", "--waarde", "3"],
    "bijstellen": ["s.toml"],
}


@pytest.mark.parametrize("commando", sorted(_MINIMAAL))
def test_map_voor_het_subcommando_geldt_ook_voor_het_subcommando(
    commando: str, tmp_path: Path,
) -> None:
    from assistent.cli import bouw_parser

    parser = bouw_parser()
    assert set(_MINIMAAL) == parser.subcommandos  # een nieuw subcommando hoort hier ook
    args = parser.parse_args(["--map", str(tmp_path), commando, *_MINIMAAL[commando]])
    assert args.map == str(tmp_path)
    na = parser.parse_args([commando, *_MINIMAAL[commando], "--map", str(tmp_path)])
    assert getattr(na, "map", str(tmp_path)) == str(tmp_path)


def test_demo_komt_in_de_map_van_voor_het_subcommando(tmp_path: Path) -> None:
    # Eerst kwam de demo in OPP_ASSISTENT_MAP terecht: de --map van demo zelf zette de
    # waarde terug op None.
    proces = opp("--map", str(tmp_path / "hier"), "demo", map_=tmp_path / "elders")
    assert proces.returncode == 0, proces.stderr
    assert list((tmp_path / "hier").glob("*.toml"))
    assert not list((tmp_path / "elders").glob("*.toml"))
