"""De snelle weg voor `{{ naam }}` geeft precies wat Jinja2 geeft, en laat de rest aan Jinja2."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2.defaults import DEFAULT_NAMESPACE

from assistent.kern import taal
from assistent.kern.jinja import (
    JINJA_NAMEN,
    LETTERLIJK,
    eenvoudige_namen,
    omgeving,
    open_plek,
    vul_eenvoudig,
)
from assistent.kern.vragenlijst import voorbeeldzinnen

NAMEN = ["naam", "Hij", "hem", "zijn", "groep", "doel_1", "_x", "onbekend", "range", "true", "self"]
WAARDEN = st.one_of(
    st.text(max_size=12), st.integers(), st.floats(allow_nan=False), st.booleans(),
    st.dates(), st.lists(st.text(max_size=5), max_size=3),
)
TEKST = st.text(alphabet="abc ,.\n!?é[]()", max_size=8)
PLEK = st.builds(lambda n, a, b: "{{" + a + n + b + "}}", st.sampled_from(NAMEN),
                 st.sampled_from(["", " ", "  "]), st.sampled_from(["", " "]))
STUKJES = st.one_of(
    TEKST, PLEK,
    st.sampled_from(["{", "}", "{{ naam|upper }}", "{% if x %}ja{% endif %}", "\r\n", "{#c#}"]),
)
GEWOON = st.one_of(TEKST, st.builds(lambda n: "{{ " + n + " }}", st.sampled_from(NAMEN[:7])))


@settings(max_examples=400, deadline=None)
@given(stukjes=st.lists(STUKJES, max_size=8),
       gegevens=st.dictionaries(st.sampled_from(NAMEN[:6]), WAARDEN, max_size=6))
def test_de_snelle_weg_geeft_hetzelfde_als_jinja(stukjes: list[str], gegevens: dict) -> None:
    sjabloon = "".join(stukjes)
    snel = vul_eenvoudig(sjabloon, gegevens, open_plek)
    if snel is not None:  # anders geen eenvoudig sjabloon: dat gaat door Jinja2
        assert snel == omgeving().from_string(sjabloon).render(**gegevens), sjabloon


@settings(max_examples=200, deadline=None)
@given(stukjes=st.lists(GEWOON, min_size=1, max_size=8),
       gegevens=st.dictionaries(st.sampled_from(NAMEN[:6]), WAARDEN, max_size=6))
def test_gewone_teksten_nemen_de_snelle_weg(stukjes: list[str], gegevens: dict) -> None:
    sjabloon = "".join(stukjes)
    snel = vul_eenvoudig(sjabloon, gegevens, open_plek)
    assert snel is not None
    assert snel == omgeving().from_string(sjabloon).render(**gegevens)


def test_eenvoudig_is_alleen_losse_namen() -> None:
    assert eenvoudige_namen("{{ naam }} leest, {{Hij}} ook.") == {"naam", "Hij"}
    assert eenvoudige_namen("Geen sjabloon") == set()
    for niet in ["{{ naam|upper }}", "{% if a %}x{% endif %}", "{{ true }}", "{{ range }}",
                 "a {b}", "{{ naam }}\r\n", "{#x#}"]:
        assert eenvoudige_namen(niet) is None, niet


def test_de_namen_die_jinja_zelf_kent_gaan_altijd_door_jinja() -> None:
    assert set(DEFAULT_NAMESPACE) <= JINJA_NAMEN and "self" in JINJA_NAMEN
    assert {"true", "false", "none"} <= LETTERLIJK


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [("Wat doet {{ naam }} goed?", "Wat doet Sem goed?"),
     ("{{ Hij }} telt tot {{ groep }}.", "Hij telt tot 5."),
     ("{% if groep > 4 %}bovenbouw{% endif %}", "bovenbouw")],
)
def test_vraagteksten_worden_ingevuld(tekst: str, verwacht: str) -> None:
    context = {"naam": "Sem", "voornaamwoord": "hij", "groep": 5, "start": date(2026, 1, 5)}
    assert taal.vul_in(tekst, context) == verwacht


def test_een_onbekende_naam_in_een_voorbeeldzin_blijft_een_zichtbare_open_plek() -> None:
    assert voorbeeldzinnen.vul_zin("{{ naam }} oefent {{ tafel }}.", {"naam": "Noa"}) == (
        "Noa oefent [nog invullen: tafel].")
