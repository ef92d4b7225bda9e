"""De cache van de gecontroleerde catalogus: hetzelfde resultaat, en bij elke twijfel opnieuw."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistent.kern import locaties
from assistent.kern.vragenlijst import cache as catalogus_cache
from assistent.kern.vragenlijst import laden

DATA = Path(__file__).parent / "data"


def cachebestand(map_: Path) -> Path:
    return locaties.cachemap(map_) / catalogus_cache.BESTAND


@pytest.fixture
def map_(tmp_path: Path) -> Path:
    """Een sessiemap met een eigen vragenlijst, een kapot bestand en een eigen voorbeeldzin."""
    eigen = tmp_path / "vragenlijsten"
    eigen.mkdir()
    shutil.copy(DATA / "mini.toml", eigen / "mini.toml")
    shutil.copy(DATA / "kapot" / "dubbel_id.toml", eigen / "kapot.toml")
    zinnen = tmp_path / "voorbeeldzinnen"
    zinnen.mkdir()
    (zinnen / "eigen.toml").write_text(
        '[[zin]]\nid = "eigen_zin"\nonderdeel = "aanpak"\ntekst = "{{ naam }} oefent."\n',
        encoding="utf-8",
    )
    return tmp_path


def test_uit_de_cache_komt_precies_wat_de_controle_gaf(map_: Path) -> None:
    vers = catalogus_cache.laad(map_)
    assert cachebestand(map_).is_file()
    terug = catalogus_cache.lees(
        cachebestand(map_), catalogus_cache.vingerafdruk(laden.bronbestanden(map_))
    )
    assert terug is not None
    assert terug == vers == laden.laad_catalogus(map_)
    assert [f.bestand.name for f in terug.fouten] == ["kapot.toml"]  # ook de fouten blijven
    assert "eigen_zin" in terug.voorbeeldzinnen and terug.herkomst["mini"] == "eigen"


def test_een_gewijzigd_bestand_wordt_opnieuw_gecontroleerd(map_: Path) -> None:
    catalogus_cache.laad(map_)
    mini = map_ / "vragenlijsten" / "mini.toml"
    tekst = mini.read_text(encoding="utf-8")
    # Even lang en meteen erna: alleen de inhoud verschilt, niet de grootte.
    mini.write_text(tekst.replace('titel = "Mini"', 'titel = "Maxi"'), encoding="utf-8")
    assert catalogus_cache.laad(map_).vragenlijsten["mini"].titel == "Maxi"
    (map_ / "vragenlijsten" / "kapot.toml").unlink()
    assert catalogus_cache.laad(map_).fouten == []


def test_een_kapotte_cache_is_geen_fout(map_: Path) -> None:
    vers = catalogus_cache.laad(map_)
    for inhoud in ["{niet: json", '{"vingerafdruk": 3}', "[]"]:
        cachebestand(map_).write_text(inhoud, encoding="utf-8")
        assert catalogus_cache.laad(map_) == vers
    afdruk = catalogus_cache.vingerafdruk(laden.bronbestanden(map_))
    cachebestand(map_).write_text(f'{{"vingerafdruk": "{afdruk}", "fouten": 1}}', encoding="utf-8")
    assert catalogus_cache.laad(map_) == vers


def test_een_datum_als_standaardwaarde_overleeft_de_cache(tmp_path: Path) -> None:
    eigen = tmp_path / "vragenlijsten"
    eigen.mkdir()
    tekst = (DATA / "mini.toml").read_text(encoding="utf-8")
    assert 'soort = "datum"' in tekst
    (eigen / "mini.toml").write_text(
        tekst.replace('soort = "datum"', 'soort = "datum"\nstandaard = 2027-01-10', 1),
        encoding="utf-8",
    )
    vers = catalogus_cache.laad(tmp_path)
    assert vers.fouten == []
    assert catalogus_cache.laad(tmp_path) == vers


def test_zonder_sessiemap_wordt_er_niets_aangemaakt(tmp_path: Path) -> None:
    map_ = tmp_path / "bestaat_nog_niet"
    assert "opp" in catalogus_cache.laad(map_).vragenlijsten
    assert not map_.exists()


def test_een_chat_openen_laadt_geen_pydantic_als_de_cache_klopt(tmp_path: Path) -> None:
    """Het ontwerp achter de snelle start: controleren alleen als er iets veranderd is."""
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from assistent.kern.werkruimte import Werkruimte\n"
        "import assistent.tui.app\n"
        f"w = Werkruimte.laad(Path({str(tmp_path)!r}))\n"
        "if len(sys.argv) > 1:\n"
        "    gesprek, pad = w.nieuw('Sem', ['opp', 'gedrag'], 5)\n"
        "else:\n"
        "    (pad,) = Path(w.map).glob('sem-*.toml')\n"
        "    gesprek = w.open(pad)\n"
        "gesprek.tekst(gesprek.volgende().vraag)\n"
        "print('pydantic' in sys.modules)\n"
    )
    eerste = subprocess.run([sys.executable, "-c", code, "nieuw"], capture_output=True,
                            text=True, timeout=60)
    assert eerste.returncode == 0, eerste.stderr
    tweede = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert tweede.returncode == 0, tweede.stderr
    assert eerste.stdout.split() == ["True"]  # eerste keer: nog geen cache, dus controleren
    assert tweede.stdout.split() == ["False"]


@pytest.mark.parametrize("module", [
    "rollen.py", "laden.py", "modellen.py", "schema.py", "waarden.py", "jinja.py", "taal.py",
])
def test_andere_controlerende_code_maakt_de_cache_ongeldig(
    module: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Een nieuwe rol of een strengere controle telt pas als alles opnieuw is gecontroleerd."""
    bronnen = laden.bronbestanden(None)
    voor = catalogus_cache.vingerafdruk(bronnen)
    echt = Path.read_bytes

    def aangepast(pad: Path) -> bytes:
        inhoud = echt(pad)
        return inhoud + b"\n# anders\n" if pad.name == module else inhoud

    monkeypatch.setattr(Path, "read_bytes", aangepast)
    assert catalogus_cache.vingerafdruk(bronnen) != voor
