"""Een volledig OPP met thema en stem van het kind, via `opp-assistent` als los proces.

Om de suite snel te houden gaan de antwoorden in één aanroep van `invullen` (de waarden volgen
uit de vragen zelf); alleen het samengestelde doel komt uit de JSON-toestand, zoals een script
of de TUI het zou overnemen. Daarna worden het OPP en het kinddeel geëxporteerd
(Word-export zelf toetsen de exporttests).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from assistent.kern.vragenlijst.laden import laad_catalogus
from assistent.kern.vragenlijst.modellen import Vraag
from tests.helpers import json_uit, opp
from tests.test_vragenlijsten import antwoord

GEDRAG = {
    "gedrag_gewenst": "steekt zijn vinger op",
    "gedrag_situatie": "tijdens de kringgesprekken",
    "gedrag_criterium": "in 4 van de 5 kringen",
    "gedrag_moment": "Voor de kerstvakantie",
    "gedrag_meting": "turflijst",
}
KINDDOEL = "Tot de kerstvakantie steek ik in de kring mijn vinger op, 4 van de 5 keer."
ZIN = ("Voor de kerstvakantie steekt Sem zijn vinger op tijdens de kringgesprekken, "
       "in 4 van de 5 kringen (bijgehouden op een turflijst).")


def cli_waarde(vraag: Vraag) -> str:
    """Hetzelfde antwoord als in de motortests, geschreven zoals je het op de CLI meegeeft."""
    if vraag.id in GEDRAG:
        return json.dumps(GEDRAG[vraag.id])
    if vraag.id == "kind_doel":
        return json.dumps(KINDDOEL)
    waarde = antwoord(vraag, groep=5, laatste=False)
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if isinstance(waarde, date):
        return waarde.isoformat()
    if isinstance(waarde, int | float):
        return str(waarde)
    return json.dumps(waarde)


def nieuwe_sessie(map_: Path, *lijsten: str) -> Path:
    extra = [a for lijst in lijsten for a in ("--vragenlijst", lijst)]
    proces = opp("nieuw", "--naam", "Sem", "--groep", "5", *extra, map_=map_)
    assert proces.returncode == 0, proces.stderr
    return Path(proces.stdout.strip())


def antwoorden(lijsten: tuple[str, ...], behalve: set[str]) -> list[str]:
    catalogus = laad_catalogus(None)
    args: list[str] = ["--antwoord", "voornaamwoord=hij"]
    gezien = {"naam", "groep", "voornaamwoord", *behalve}
    for lijst_id in lijsten:
        for _, vraag in catalogus.vragenlijsten[lijst_id].vragen():
            if vraag.id not in gezien:
                gezien.add(vraag.id)
                args += ["--antwoord", f"{vraag.id}={cli_waarde(vraag)}"]
    return args


def test_een_opp_met_gedrag_en_stem_van_het_kind_via_de_cli_tot_en_met_export(
    eigen_map: Path, tmp_path: Path
) -> None:
    lijsten = ("opp", "gedrag", "stem_kind")
    pad = nieuwe_sessie(eigen_map, *lijsten)
    staat = json_uit(opp("invullen", str(pad), *antwoorden(lijsten, {"gedrag_doel"}), "--json",
                         map_=eigen_map))
    volgende = staat["volgende"]
    assert volgende["id"] == "gedrag_doel" and volgende["soort"] == "doel"
    assert volgende["voorstel"] == ZIN

    staat = json_uit(opp("invullen", str(pad), "--antwoord", f"gedrag_doel={json.dumps(ZIN)}",
                         "--json", map_=eigen_map))
    assert staat["volgende"] is None
    assert staat["ontbrekend"] == []
    assert staat["signalen"] == []
    assert staat["voortgang"]["beantwoord"] == staat["voortgang"]["totaal"] <= 55

    uit = tmp_path / "opp.md"
    proces = opp("export", str(pad), "--uit", str(uit), map_=eigen_map)
    assert proces.returncode == 0, proces.stderr
    tekst = uit.read_text(encoding="utf-8")
    assert ZIN in tekst
    assert "Een kort antwoord op kind_meegenomen." in tekst

    kind = tmp_path / "kinddeel.md"
    proces = opp("export", str(pad), "--document", "kinddeel", "--uit", str(kind), map_=eigen_map)
    assert proces.returncode == 0, proces.stderr
    kindtekst = kind.read_text(encoding="utf-8")
    assert KINDDOEL in kindtekst
    assert "Een kort antwoord op kind_helpt." in kindtekst


def test_de_afweging_via_de_cli_geeft_een_advies_dat_meebeweegt_met_de_antwoorden(
    eigen_map: Path,
) -> None:
    pad = nieuwe_sessie(eigen_map, "afweging")
    stappen = [
        ({"aantal_leerlingen": '"groep"'}, "basisaanpak"),
        ({"aantal_leerlingen": '"een"', "langdurig": "true", "basis_geprobeerd": "false"},
         "twijfel"),
        ({"eigen_leerlijn": "true"}, "opp"),
    ]
    for gegeven, verwacht in stappen:
        args = [a for k, v in gegeven.items() for a in ("--antwoord", f"{k}={v}")]
        staat = json_uit(opp("invullen", str(pad), *args, "--json", map_=eigen_map))
        if "advies" not in staat:
            pytest.skip("invullen --json geeft het advies nog niet mee")
        assert staat["advies"]["uitkomst"] == verwacht, gegeven
        assert staat["advies"]["redenen"]


def invullen(pad: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    """`opp-assistent invullen` in dit proces: dezelfde code als de opdracht, zonder opstarttijd."""
    from assistent.cli import main

    capsys.readouterr()
    code = main(["invullen", str(pad), *args, "--json"])
    uit = capsys.readouterr()
    assert code == 0, uit.err
    staat: dict[str, object] = json.loads(uit.out)
    return staat


@pytest.mark.parametrize("lijst_id", sorted(laad_catalogus(None).vragenlijsten))
def test_elke_vragenlijst_loopt_via_invullen_tot_het_eind_en_exporteert(
    lijst_id: str, eigen_map: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from assistent.cli import main
    from tests.helpers import antwoord_voor

    assert main(["nieuw", "--naam", "Sem", "--groep", "5", "--vragenlijst", lijst_id]) == 0
    pad = Path(capsys.readouterr().out.strip())
    staat = invullen(pad, capsys)
    gevraagd: list[str] = []
    while staat["volgende"] is not None:
        volgende = staat["volgende"]
        assert isinstance(volgende, dict) and volgende["id"] not in gevraagd
        gevraagd.append(volgende["id"])
        staat = invullen(pad, capsys, "--antwoord", f"{volgende['id']}={antwoord_voor(volgende)}")
    assert staat["ontbrekend"] == []
    for document, formaat in (("opp", "md"), ("kinddeel", "md"), ("agenda", "docx")):
        uit = tmp_path / f"{lijst_id}-{document}.{formaat}"
        assert main(["export", str(pad), "--document", document, "--formaat", formaat,
                     "--uit", str(uit)]) == 0
        assert uit.stat().st_size > 0
