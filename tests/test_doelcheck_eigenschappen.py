"""De doelcheck loopt op geen enkele tekst vast en geeft altijd een samenhangend oordeel."""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from assistent.kern.doelcheck import ELEMENTEN, MAX_LENGTE, beoordeel, controleer
from assistent.kern.doelcheck_woorden import laad_woorden

WOORDEN = st.sampled_from(
    "Sem Ik de leerling leest rekent 8 van 10 keer per week voor de kerst binnen zes weken "
    "beter niet meer is lui krijgt extra instructie groep 5 jaar 1F AVI E5 % , . ( ) - "
    "elke ochtend medio maart 12-03-2026 blok 3 binnenkort twee drie kwart 😀 İ ß".split()
)
TEKSTEN = st.one_of(
    st.text(max_size=300),
    st.lists(WOORDEN, max_size=40).map(" ".join),
    st.text(alphabet="0123456789 .,-/%", max_size=80),
)


def _samenhangend(tekst: str, oordeel_dict: dict[str, object]) -> None:
    ontbreekt = oordeel_dict["ontbreekt"]
    assert isinstance(ontbreekt, list)
    assert ontbreekt == [e for e in ELEMENTEN if e in ontbreekt]
    assert len(oordeel_dict["vervolgvragen"]) == len(ontbreekt)  # type: ignore[arg-type]
    assert oordeel_dict["meetbaar"] == (not ontbreekt)
    for s in oordeel_dict["signalen"]:  # type: ignore[attr-defined]
        assert 0 <= s["begin"] < s["eind"] <= len(tekst)
        assert tekst[s["begin"] : s["eind"]] == s["woorden"]
        assert s["uitleg"]
    json.dumps(oordeel_dict)
    _suggestie_knipt_geen_woorden(tekst, str(oordeel_dict["suggestie"]))


# Woorden die de suggestie zelf toevoegt (open plekken en de zinnetjes eromheen).
_SJABLOONWOORDEN = frozenset(
    "voor datum doet doe wat je ziet of hoort in x van de y keer lessen opgaven goed uiterlijk "
    "op minstens hooguit per dag les woorden minuut niveau rubric leerling".split()
)


def _suggestie_knipt_geen_woorden(tekst: str, suggestie: str) -> None:
    """Elk woord in de suggestie komt uit het doel of uit een open plek: nooit een half woord."""
    eigen = {w.casefold() for w in re.findall(r"\w+", tekst[:MAX_LENGTE])}
    for woord in re.findall(r"\w+", suggestie):
        assert woord.casefold() in eigen or woord.casefold() in _SJABLOONWOORDEN, (woord, suggestie)


@settings(max_examples=300, deadline=None)
@given(TEKSTEN)
def test_elke_tekst_geeft_een_samenhangend_oordeel(tekst: str) -> None:
    _samenhangend(tekst, beoordeel(tekst).als_dict())


@settings(max_examples=50, deadline=None)
@given(st.text(min_size=1, max_size=20), st.text(max_size=10) | st.none())
def test_naam_mag_alles_zijn(tekst: str, naam: str | None) -> None:
    assert isinstance(controleer(tekst, naam=naam).suggestie, str)


def test_bijzondere_teksten() -> None:
    for tekst in (
        "",
        "x" * 10_000,
        ("Sem leest beter. " * 700)[:10_000],
        "😀😀😀 🎉",
        "1234567890",
        "Sam will improve his reading by Christmas.",
        "\x00\x01\ufeff",
        "İİİ wordt beter",
        "[x] van de [y]",
        "%%%%",
        "8 van de",
        "Floor voelt zich veiliger in de groep.",
        "Checklist moe opgelaten voelen gemeen de sinterklaasviering komende tijd",
    ):
        oordeel = controleer(tekst)
        _samenhangend(tekst, oordeel.als_dict())


@settings(max_examples=300, deadline=None)
@given(TEKSTEN | st.text(alphabet=" \t\n\u00a0\u2003a_Z9'’-.,;:!?()İß😀", max_size=60))
def test_de_woordronde_geeft_dezelfde_woorden_als_de_regex(tekst: str) -> None:
    """De woordronde knipt op witruimte en haalt stukken als "klas." uit de woordcache; dat moet
    precies geven wat `_WOORD.finditer` geeft, ook met liggende streepjes, apostrofs, vreemde
    witruimte en leestekens. Twee keer: met een lege en met een gevulde woordcache."""
    from assistent.kern.doelcheck_herkenning import _LEESTEKEN, _WOORD, _klein, _woordronde

    laag = _klein(tekst)
    treffers = list(_WOORD.finditer(laag))
    verwacht = (
        [t.group() for t in treffers],
        [t.start() for t in treffers],
        [t.end() for t in treffers],
        [tekst[t.start()].isupper() for t in treffers],
    )
    w = laad_woorden()
    w.per_woord.clear()
    for _ in range(2):
        ronde = _woordronde(tekst, laag, w)
        kleine, begins, einden, infos, hoofd = ronde[:5]
        assert (kleine, begins, einden, hoofd) == verwacht
        assert [info.k for info in infos] == kleine
        if len(kleine) > 1 and not ronde[10]:  # "geen leesteken tussen de woorden" moet kloppen
            assert _LEESTEKEN.search(tekst, einden[0], begins[-1]) is None


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="keramlidgwsjx 3_-éÅ", max_size=24))
def test_de_frequentiecheck_is_de_regex_met_alternatieven(stuk: str) -> None:
    """`_frequentie` zoekt stukjes met `in` in plaats van met één regex; de uitkomst is die van
    de regex, ook voor "elke" in "telkens" en een "x" die wel of niet los staat."""
    from assistent.kern.doelcheck_herkenning import _frequentie

    regex = re.compile(r"keer|maal|elke|iedere|ieder|elk|dagelijks|wekelijks|\bx\b")
    assert _frequentie(stuk) == (regex.search(stuk) is not None)
