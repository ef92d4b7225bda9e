"""Voorwaarden zonder Jinja2 geven precies wat Jinja2 in de sandbox geeft."""

from __future__ import annotations

import tomllib
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistent.kern import jinja, locaties
from assistent.kern.vragenlijst import voorwaarde
from assistent.kern.vragenlijst.voorwaarde import voorwaarde_geldt

JINJA = jinja.omgeving()
NAMEN = ["groep", "afwijkingen", "instemming", "factoren", "leeg", "bestaat_niet", "range"]
WAARDEN = st.one_of(
    st.sampled_from(["nee", "nog_niet", "ja", "", "a"]), st.integers(-2, 9),
    st.floats(-3, 3, allow_nan=False), st.booleans(), st.none(), st.just(date(2026, 3, 1)),
    st.lists(st.sampled_from(["a", "b", "nee"]), max_size=3),
)


def via_jinja(expressie: str, context: dict[str, Any]) -> bool:
    try:
        return bool(JINJA.compile_expression(expressie)(**context))
    except Exception:
        return False


def via_snel(expressie: str, context: dict[str, Any]) -> bool:
    beoordeling = voorwaarde.snel(expressie)
    assert beoordeling is not None
    try:
        return bool(beoordeling(context))
    except Exception:
        return False


ATOMEN = st.one_of(
    st.sampled_from(NAMEN + ["true", "false", "none", "True", "None"]),
    st.sampled_from(["'nee'", '"ja"', "''", "'a'", "3", "0", "2.5", "[]", "['a', 'nee']",
                     "('nee', 'nog_niet')", "('a',)", "()"]),
)


def samengesteld(deel: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    operator = st.sampled_from(["==", "!=", "<", "<=", ">", ">=", "in", "not in"])
    return st.one_of(
        st.builds(lambda a, o, b: f"{a} {o} {b}", deel, operator, deel),
        st.builds(lambda a, o, b, p, c: f"{a} {o} {b} {p} {c}", deel, operator, deel, operator,
                  deel),
        st.builds(lambda a: f"not {a}", deel),
        st.builds(lambda a, o, b: f"{a} {o} {b}", deel, st.sampled_from(["and", "or"]), deel),
        st.builds(lambda a: f"({a})", deel),
        st.builds(lambda a, b: f"({a}, {b})", deel, deel),
        st.builds(lambda a, b: f"[{a}, {b}]", deel, deel),
    )


EXPRESSIES = st.recursive(ATOMEN, samengesteld, max_leaves=6)


@settings(max_examples=600, deadline=None)
@given(expressie=EXPRESSIES,
       context=st.dictionaries(st.sampled_from(NAMEN[:5]), WAARDEN, max_size=5))
def test_de_snelle_weg_geeft_hetzelfde_als_jinja(expressie: str, context: dict[str, Any]) -> None:
    # Wat de snelle weg niet kan lezen (zoals 'a == not b', of de naam range) gaat naar Jinja2.
    assert voorwaarde_geldt(expressie, context) == via_jinja(expressie, context), expressie
    if voorwaarde.snel(expressie) is not None:
        assert via_snel(expressie, context) == via_jinja(expressie, context), expressie


@pytest.mark.parametrize("expressie", [
    "groep >= 3", "groep >= 3 and afwijkingen", "instemming in ('nee', 'nog_niet')",
    "not afwijkingen", "'a' in factoren or leeg", "1 < groep <= 8", "factoren == []",
    "instemming not in ['ja']", "(groep > 2) == true", "bestaat_niet == none",
    "bestaat_niet in ('a', 'b')", "'a' in bestaat_niet", "bestaat_niet > 3", "groep == 2.5",
])
@pytest.mark.parametrize("context", [
    {}, {"groep": 5, "afwijkingen": True, "instemming": "nee", "factoren": ["a"], "leeg": ""},
    {"groep": "vijf", "afwijkingen": False, "instemming": "ja", "factoren": [], "leeg": "x"},
])
def test_gewone_voorwaarden_nemen_de_snelle_weg(expressie: str, context: dict[str, Any]) -> None:
    assert voorwaarde.snel(expressie) is not None
    assert via_snel(expressie, context) == via_jinja(expressie, context)


@pytest.mark.parametrize("expressie", [
    "groep | length > 2", "groep + 1 > 3", "groep is defined", "a if b else c", "x.y == 1",
    "x[0] == 'a'", "f(1)", "'a' 'b'", "'a\\'b' == x", "1e3 > groep", "-1 < groep", "range(3)",
    "groep ==", "(groep", "", "1_000 > groep",
])
def test_wat_niet_eenvoudig_is_gaat_naar_jinja(expressie: str) -> None:
    assert voorwaarde.snel(expressie) is None


def alle_voorwaarden() -> list[str]:
    gevonden: set[str] = set()
    for pad in sorted(locaties.vragenlijstenmap().glob("*.toml")):
        for onderdeel in tomllib.loads(pad.read_text(encoding="utf-8"))["onderdelen"]:
            gevonden.update(v["toon_als"] for v in onderdeel["vragen"] if "toon_als" in v)
    return sorted(gevonden)


@settings(max_examples=150, deadline=None)
@given(context=st.dictionaries(st.sampled_from(
    ["groep", "afwijkingen", "instemming", "evaluatie_besluit", "aantal_leerlingen", "langdurig",
     "rekenen_leerroute", "rekenen_materialen", "gehoord_hoe", "agenda_vooraf",
     "mbhb_perspectief_ambitieus", "agenda_doel_ouders"]), WAARDEN, max_size=8))
def test_elke_meegeleverde_voorwaarde_klopt_met_jinja(context: dict[str, Any]) -> None:
    for expressie in alle_voorwaarden():
        assert voorwaarde_geldt(expressie, context) == via_jinja(expressie, context), expressie


def test_voorwaarden_zonder_filters_nemen_de_snelle_weg() -> None:
    zonder_filter = [v for v in alle_voorwaarden() if "|" not in v]
    assert zonder_filter
    assert [v for v in zonder_filter if voorwaarde.snel(v) is None] == []
