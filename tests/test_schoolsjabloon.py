"""Het Word-sjabloon van de school: vullen uit de demo, veiligheid, valideer en de CLI."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from assistent.cli import main
from assistent.kern.demo import demo_velden, maak_demo
from assistent.kern.schoolsjabloon.valideer import valideer
from assistent.kern.schoolsjabloon.velden import Velden
from assistent.kern.schoolsjabloon.voorbeeld import voorbeeld
from assistent.kern.schoolsjabloon.vullen import SjabloonFout, vul
from assistent.kern.werkruimte import Werkruimte

DAG = date(2026, 12, 3)


@pytest.fixture(scope="module")
def velden(tmp_path_factory: pytest.TempPathFactory) -> Velden:
    return demo_velden(Werkruimte.laad(tmp_path_factory.mktemp("demo")), DAG)


def alle_tekst(gegevens: bytes) -> str:
    doc = Document(io.BytesIO(gegevens))
    delen = [p.text for p in doc.paragraphs]
    delen += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join(delen)


def sjabloon(*alineas: str, runs: tuple[str, ...] = ()) -> io.BytesIO:
    doc = Document()
    for tekst in alineas:
        doc.add_paragraph(tekst)
    if runs:
        p = doc.add_paragraph()
        for stuk in runs:
            p.add_run(stuk)
    uit = io.BytesIO()
    doc.save(uit)
    uit.seek(0)
    return uit


def test_het_voorbeeld_gevuld_met_de_demo_heeft_de_naam_elk_doel_en_geen_tags(velden: Velden) -> None:
    tekst = alle_tekst(vul(io.BytesIO(voorbeeld()), velden))
    assert velden.leerling.naam == "Milan" and "Milan" in tekst
    assert len(velden.doelen) >= 2
    for doel in velden.doelen:
        assert doel.tekst in tekst and doel.termijn in tekst
    assert "{{" not in tekst and "{%" not in tekst and "}}" not in tekst
    assert velden.aanpak.splitlines()[0] in tekst


def test_een_veld_zonder_antwoord_is_dezelfde_open_plek_als_in_onze_documenten(velden: Velden) -> None:
    assert velden.factoren.overig.bevorderend.startswith("[nog invullen: ")
    tekst = alle_tekst(vul(sjabloon("{{ factoren.overig.bevorderend }}|{{ bestaat_niet }}"), velden))
    assert "[nog invullen: bevorderende factoren overig]|[nog invullen: bestaat_niet]" in tekst


def test_het_voorbeeld_doorstaat_valideer_met_een_proef(velden: Velden) -> None:
    assert valideer(io.BytesIO(voorbeeld()), velden) == []


@pytest.mark.parametrize("tag", [
    "{{ ''.__class__.__mro__ }}",
    "{{ leerling.naam.__class__ }}",
    "{{ 'a' * 10**9 }}",
    "{% for i in range(9000) %}{% for j in range(9000) %}x{% endfor %}{% endfor %}",
])
def test_een_vijandig_sjabloon_faalt_duidelijk_en_schrijft_niets(
    tag: str, velden: Velden, tmp_path: Path, eigen_map: Path,
) -> None:
    with pytest.raises(SjabloonFout, match="Het sjabloon vraagt iets wat hier niet mag"):
        vul(sjabloon(tag), velden)
    # Via de CLI: afsluitcode 1 en geen bestand.
    werkruimte = Werkruimte.laad(eigen_map)
    _, sessie = maak_demo(werkruimte, DAG)
    pad = tmp_path / "vijandig.docx"
    pad.write_bytes(sjabloon(tag).getvalue())
    uit = tmp_path / "uit.docx"
    assert main(["export", str(sessie), "--sjabloon", str(pad), "--uit", str(uit)]) == 1
    assert not uit.exists() and list(tmp_path.glob("*.tmp*")) == []


def test_een_interne_eigenschap_noemt_de_reden_in_gewone_taal(velden: Velden) -> None:
    with pytest.raises(SjabloonFout, match="interne eigenschap van Python.*__class__"):
        vul(sjabloon("{{ ''.__class__.__mro__ }}"), velden)


def test_een_antwoord_met_jinja_verschijnt_letterlijk(velden: Velden) -> None:
    from dataclasses import replace

    gevaarlijk = replace(velden, aanpak="{{ 7*7 }} & <b>{% if 1 %}ja{% endif %}</b>")
    tekst = alle_tekst(vul(sjabloon("Aanpak: {{ aanpak }}"), gevaarlijk))
    assert "Aanpak: {{ 7*7 }} & <b>{% if 1 %}ja{% endif %}</b>" in tekst
    assert "49" not in tekst


def test_valideer_geeft_bij_een_tikfout_de_dichtstbijzijnde_naam(velden: Velden) -> None:
    meldingen = [str(m) for m in valideer(sjabloon("Hallo", "{{ leerling.nam }} {{ schol.naam }}"),
                                          velden)]
    assert any("alinea 2" in m and "‘leerling.naam’" in m for m in meldingen)
    assert any("‘school’" in m for m in meldingen)


def test_valideer_kent_de_velden_van_een_lus(velden: Velden) -> None:
    meldingen = valideer(sjabloon("{% for d in doelen %}{{ d.tekts }}{{ d.tekst }}{% endfor %}"),
                         velden)
    assert [str(m) for m in meldingen] == [
        "alinea 1: het veld ‘d.tekts’ bestaat niet. Bedoel je ‘d.tekst’? "
        "Zie docs/sjablonen.md voor alle velden."
    ]


def test_valideer_ziet_een_tag_over_twee_runs_en_noemt_de_alinea(velden: Velden) -> None:
    meldingen = valideer(sjabloon("Eerst", runs=("Naam: {{ leerling.", "naam }}")), velden)
    assert len(meldingen) == 1 and meldingen[0].soort == "waarschuwing"
    assert str(meldingen[0]).startswith("alinea 2: de tag ‘{{ leerling.naam }}’")


def test_valideer_ziet_een_tag_over_twee_alineas(velden: Velden) -> None:
    meldingen = valideer(sjabloon("{{ leerling.", "naam }}"), velden)
    assert [m.soort for m in meldingen][:1] == ["fout"] and "alinea 1" in str(meldingen[0])


def test_valideer_noemt_een_blok_dat_niet_sluit_en_een_fout_bij_de_proef(velden: Velden) -> None:
    open_blok = valideer(sjabloon("x", "{%p for d in doelen %}", "{{ d.tekst }}"), velden)
    assert any("niet gesloten" in str(m) for m in open_blok)
    proef = valideer(sjabloon("{{ 1 / 0 }}"), velden)
    assert any("proef met de demo" in str(m) and "ZeroDivisionError" in str(m) for m in proef)


def test_valideer_noemt_tabel_rij_en_kolom(velden: Velden) -> None:
    doc = Document()
    tabel = doc.add_table(rows=2, cols=2)
    tabel.rows[1].cells[1].text = "{{ doelen.tekst.x }} {{ leerlng.naam }}"
    uit = io.BytesIO()
    doc.save(uit)
    meldingen = [str(m) for m in valideer(io.BytesIO(uit.getvalue()), velden)]
    assert any(m.startswith("tabel 1, rij 2, kolom 2: het veld ‘leerlng’") for m in meldingen)


def test_cli_sjabloon_voorbeeld_valideer_en_export(eigen_map: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    _, sessie = maak_demo(Werkruimte.laad(eigen_map), DAG)
    assert main(["sjabloon", "voorbeeld"]) == 0
    format_ = eigen_map / "sjablonen" / "voorbeeld-opp-format.docx"
    assert format_.is_file()
    assert main(["sjabloon", "voorbeeld"]) == 1  # bestaat al: niet stil vervangen
    assert main(["valideer", str(format_)]) == 0
    assert "in orde" in capsys.readouterr().out
    uit = tmp_path / "opp.docx"
    assert main(["export", str(sessie), "--sjabloon", "voorbeeld-opp-format.docx",
                 "--uit", str(uit)]) == 0
    assert "Milan" in alle_tekst(uit.read_bytes())
    assert (uit.stat().st_mode & 0o777) == 0o600


def test_cli_valideer_geeft_1_bij_een_fout_en_2_bij_een_onleesbaar_bestand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    fout = tmp_path / "fout.docx"
    fout.write_bytes(sjabloon("{{ leering.naam }}").getvalue())
    assert main(["valideer", str(fout)]) == 1
    assert "Bedoel je ‘leerling’?" in capsys.readouterr().out
    kapot = tmp_path / "kapot.docx"
    kapot.write_text("geen word")
    assert main(["valideer", str(kapot)]) == 2
    assert main(["valideer", str(tmp_path / "weg.docx")]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_export_met_een_onbekend_sjabloon_geeft_2(eigen_map: Path) -> None:
    _, sessie = maak_demo(Werkruimte.laad(eigen_map), DAG)
    assert main(["export", str(sessie), "--sjabloon", "bestaat-niet.docx"]) == 2


def test_de_schoolsjablonen_staan_op_naam_in_de_sessiemap(eigen_map: Path) -> None:
    map_ = eigen_map / "sjablonen"
    map_.mkdir(parents=True)
    for naam in ("b.docx", "a.docx", "~$a.docx", "notitie.txt"):
        (map_ / naam).write_bytes(b"")
    assert [p.name for p in Werkruimte.laad(eigen_map).schoolsjablonen()] == ["a.docx", "b.docx"]
