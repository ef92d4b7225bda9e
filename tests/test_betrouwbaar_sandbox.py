"""Vragenlijsten van een school zijn geen vertrouwde code (punten 7 en 8).

Ze mogen geen geheugen of rekentijd opeten, `valideer` moet het melden, en een voorwaarde mag
niets veranderen aan de antwoorden.
"""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest
from jinja2.exceptions import SecurityError

from assistent.cli import main
from assistent.kern import export, jinja, sandbox
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.opslag import nieuwe_sessie
from assistent.kern.werkruimte import Werkruimte

VIJANDIG = [
    "{{ 'a' * 10**9 }}",
    "{{ ([1] * 10**9)|length }}",
    "{{ groep ** (10**8) }}",
    "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
    "{% macro f(n) %}{{ f(n) }}{{ f(n) }}{% endmacro %}{{ f(1) }}",
    "{% for a in range(10000) %}{% for b in range(10000) %}{% endfor %}{% endfor %}",
    "{% set ns = namespace(s='ab') %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}"
    "{% endfor %}{{ ns.s }}",
    "{% set s = 'abcdefghij' %}" + "{% set s = s ~ s %}" * 40 + "{{ s }}",
    "{{ 'a'|center(1000000000) }}",
    "{{ '%01000000000d'|format(1) }}",
    "{{ '%01000000000d' % 1 }}",
    "{{ '{:>1000000000}'.format(1) }}",
    "{{ 'x'.ljust(10**9) }}",
    "{{ range(10**9)|list|length }}",
    "{{ ('x' * 99999)|replace('', 'yyyyyyyyyy') }}",
    "{{ ('a\n' * 50000)|indent(100000) }}",
    "{% for a in 'x' * 99999 %}{% for b in 'y' * 99999 %}{% endfor %}{% endfor %}",
]


def geheugen_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("sjabloon", VIJANDIG)
def test_een_vijandig_sjabloon_raakt_snel_een_grens_zonder_geheugen_op_te_eten(
    sjabloon: str,
) -> None:
    voor, begin = geheugen_mb(), time.monotonic()
    with pytest.raises(SecurityError):
        jinja.sjabloon(sjabloon).render(groep=5)
    assert time.monotonic() - begin < 2
    assert geheugen_mb() - voor < 200


def test_een_vijandige_voorwaarde_raakt_ook_een_grens() -> None:
    for expressie in ("'a' * 10**9", "groep ** (10**8) > 1", "(range(10**6)|list)|length"):
        with pytest.raises(SecurityError):
            jinja.expressie(expressie)(groep=5)


def test_gewone_sjablonen_rekenen_nog_gewoon() -> None:
    assert jinja.sjabloon("{{ '-' * 3 }}{{ 2 ** 10 }}{{ [1] + [2] }}").render() == "---1024[1, 2]"
    assert jinja.sjabloon("{{ '%05.1f'|format(3.14159) }} {{ 'a' ~ 'b' }}").render() == "003.1 ab"
    assert jinja.sjabloon("{% for i in range(3) %}{{ i }}{% endfor %}").render() == "012"
    assert jinja.expressie("groep >= 3 and 'x' in doelen")(groep=5, doelen=["x"]) is True


def test_een_sjabloon_dat_te_lang_rekent_wordt_afgebroken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox, "MAX_TIJD", 0.0)
    with pytest.raises(SecurityError, match="duurt te lang"):
        jinja.sjabloon("{% for i in range(3) %}{{ i }}{% endfor %}").render()


SCHOOL = """id = "school"
titel = "Eigen lijst"
versie = 1

[[onderdelen]]
id = "een"
titel = "Een"

[[onderdelen.vragen]]
id = "naam"
soort = "tekst"
vraag = "Naam?"

[[onderdelen.vragen]]
id = "doelen"
soort = "lijst"
item = "doel"
vraag = "Doelen?"
voorstel = "{{ 'a' * 10**9 }}"

[[onderdelen.vragen]]
id = "zwaar"
soort = "tekst"
vraag = "Zwaar?"
toon_als = "naam ** (10**8) or ([1] * 10**9)|length"

[[onderdelen.vragen]]
id = "veranderaar"
soort = "tekst"
vraag = "Verandert hij iets?"
toon_als = "doelen.append('Een doel dat niemand typte') or doelen.extend(['x']) or true"
"""


def test_valideer_rekent_elk_sjabloon_uit_en_meldt_wat_misgaat(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pad = tmp_path / "school.toml"
    pad.write_text(SCHOOL, encoding="utf-8")
    assert main(["valideer", str(pad)]) == 1
    uit = capsys.readouterr().out
    assert "vraag 'doelen', veld 'voorstel'" in uit and "herhalen maakt meer dan" in uit
    assert "vraag 'zwaar', veld 'toon_als'" in uit
    assert "vraag 'veranderaar', veld 'toon_als'" in uit and "unsafe" in uit


def test_valideer_zonder_paden_rekent_ook_de_eigen_vragenlijsten_van_de_school_uit(
    eigen_map: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (eigen_map / "vragenlijsten").mkdir(parents=True)
    (eigen_map / "vragenlijsten" / "school.toml").write_text(SCHOOL, encoding="utf-8")
    assert main(["valideer"]) == 1
    assert "school.toml" in capsys.readouterr().out


def test_de_chat_blijft_werken_met_een_vijandige_vragenlijst(eigen_map: Path) -> None:
    (eigen_map / "vragenlijsten").mkdir(parents=True)
    (eigen_map / "vragenlijsten" / "school.toml").write_text(SCHOOL, encoding="utf-8")
    werkruimte = Werkruimte.laad(eigen_map)
    lijst = werkruimte.catalogus.vragenlijsten["school"]
    gesprek = Gesprek(nieuwe_sessie("Sem", ["school"]), [lijst])
    begin = time.monotonic()
    assert gesprek.beantwoord("doelen", ["Sem leest elke dag 10 minuten."]).bewaard
    zichtbaar = [s.vraag.id for s in gesprek.zichtbaar()]
    assert "zwaar" not in zichtbaar and "veranderaar" not in zichtbaar
    assert gesprek.voorstel(lijst.vraag("doelen")) == "{{ 'a' * 10**9 }}"  # de ruwe tekst
    assert time.monotonic() - begin < 5


def test_een_voorwaarde_kan_geen_antwoord_veranderen_en_zo_in_het_opp_komen(
    eigen_map: Path,
) -> None:
    (eigen_map / "vragenlijsten").mkdir(parents=True)
    (eigen_map / "vragenlijsten" / "school.toml").write_text(SCHOOL, encoding="utf-8")
    werkruimte = Werkruimte.laad(eigen_map)
    opp = werkruimte.catalogus.vragenlijsten["opp"]
    school = werkruimte.catalogus.vragenlijsten["school"]
    gesprek = Gesprek(nieuwe_sessie("Sem", ["opp", "school"]), [opp, school])
    doel = "Voor 1 maart rekent Sem 8 van de 10 keersommen uit de tafel van 6 goed uit."
    assert gesprek.beantwoord("doelen", [doel]).bewaard
    for _ in range(3):
        gesprek.zichtbaar()
        gesprek.sessie.antwoorden = dict(gesprek.sessie.antwoorden)  # opnieuw uitrekenen
    assert gesprek.sessie.antwoorden["doelen"] == [doel]
    assert gesprek.context()["doelen"] == [doel]
    tekst = export.markdown(gesprek, "opp")
    assert "niemand typte" not in tekst


@pytest.mark.parametrize("expressie", [
    "doelen.append('x') or true", "doelen.extend(['x']) or true", "doelen.insert(0, 'x') or true",
    "doelen.sort() or true", "doelen.pop() or true", "doelen.clear() or true",
    "info.update({'a': 1}) or true", "info.setdefault('b', 2) or true",
    "(doelen|attr('append'))('x') or true", "doelen.__setitem__(0, 'x') or true",
])
def test_geen_enkele_manier_om_een_lijst_of_tabel_te_veranderen_werkt(expressie: str) -> None:
    doelen, info = ["a"], {"z": 0}
    with pytest.raises(SecurityError):
        jinja.expressie(expressie)(doelen=doelen, info=info)
    assert doelen == ["a"] and info == {"z": 0}
