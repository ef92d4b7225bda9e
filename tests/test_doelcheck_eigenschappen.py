"""De doelcheck loopt op geen enkele tekst vast en geeft altijd een samenhangend oordeel."""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from assistent.kern.doelcheck import ELEMENTEN, MAX_LENGTE, beoordeel, controleer
from assistent.kern.doelcheck.woorden import laad_woorden
from assistent.kern.doelcheck.woordronde import LEESTEKEN, klein, woordronde

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
    "op minstens hooguit per dag les woorden minuut niveau rubric leerling wél bij teksten 7 dagen "
    # het werkwoord en de maat van een vak (rekenen, spelling, lezen) in het sjabloon
    "rekent reken sommen uit schrijft schrijf leest lees "
    # de stof van het vak ("een tekst op AVI-E3", "tafelsommen", "woorden volgens de regels")
    "een tekst tafelsommen met volgens "
    # een open plek voor hoe, en "thuis" met dagen of weken
    "hoe dat laat binnen minuten week".split()
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
def test_de_woordronde_geeft_dezelfde_woorden_als_de_woordregex(tekst: str) -> None:
    """De woordronde knipt op witruimte en haalt stukken als "klas." uit de woordcache; dat moet
    precies geven wat de woordregex geeft, ook met liggende streepjes, apostrofs, vreemde
    witruimte en leestekens. Twee keer: met een lege en met een gevulde woordcache."""
    from assistent.kern.doelcheck.grammatica import WOORD

    treffers = list(WOORD.finditer(klein(tekst)))
    verwacht = (
        [t.group() for t in treffers],
        [t.start() for t in treffers],
        [t.end() for t in treffers],
    )
    w = laad_woorden()
    w.per_woord.clear()
    for _ in range(2):
        reeks = woordronde(tekst, w)
        assert (reeks.woorden, reeks.begins, reeks.einden) == verwacht
        assert [info.woord for info in reeks.infos] == reeks.woorden
        if len(reeks.woorden) > 1 and not reeks.leesteken_mogelijk:
            assert LEESTEKEN.search(tekst, reeks.einden[0], reeks.begins[-1]) is None


@settings(max_examples=200, deadline=None)
@given(TEKSTEN)
def test_het_oordeel_hangt_niet_af_van_wat_er_al_in_de_woordcache_staat(tekst: str) -> None:
    w = laad_woorden()
    w.per_woord.clear()
    eerst = beoordeel(tekst).als_dict()
    assert beoordeel(tekst).als_dict() == eerst


_FREQUENTIE = re.compile(r"keer|maal|elke|iedere|ieder|elk|dagelijks|wekelijks|\bx\b")
CRITERIA = st.sampled_from(
    [
        "{n} keer per week", "{n}x per dag", "{n} x per les", "elke ochtend", "iedere les",
        "telkens", "dagelijks", "wekelijks", "{n} van de 10 keer", "{n}% goed", "foutloos",
        "in {n} van de {n} lessen", "tweemaal per dag", "minstens {n} minuten", "altijd",
        "binnen {n} minuten",
    ]
)


@settings(max_examples=200, deadline=None)
@given(CRITERIA, st.integers(min_value=1, max_value=99))
def test_een_criterium_met_een_frequentie_meet_je_met_een_turflijst(
    criterium: str, n: int
) -> None:
    """Zonder genoemd instrument en zonder inhoud die een toets vraagt: een frequentie
    ("3 keer per week", "elke ochtend", "telkens") geeft een turflijst, anders observatie."""
    oordeel = controleer(f"Voor 1 juni steekt Sem {criterium.format(n=n)} zijn vinger op.")
    criteria = oordeel.gevonden("criterium")
    assert criteria
    frequentie = any(_FREQUENTIE.search(v.woorden.lower()) for v in criteria)
    assert oordeel.meetinstrument == ("turflijst" if frequentie else "observatie")
