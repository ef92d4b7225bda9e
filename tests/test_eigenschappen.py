"""Eigenschapstests: geen enkele invoer laat de motor of het laden vastlopen."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistent.kern.sessie import opslag
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.model import Sessie
from assistent.kern.sessie.opslag import SessieFout
from assistent.kern.vragenlijst.laden import LaadFouten, laad_vragenlijst
from tests.nep import nep_doelcheck

DATA = Path(__file__).parent / "data"
LIJST = laad_vragenlijst(DATA / "mini.toml")
VRAAG_IDS = [v.id for _, v in LIJST.vragen()]

waarden = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text() | st.dates(),
    lambda kind: st.lists(kind, max_size=4) | st.dictionaries(st.text(max_size=5), kind, max_size=3),
    max_leaves=8,
)




@settings(max_examples=300, deadline=None)
@given(vraag_id=st.sampled_from([*VRAAG_IDS, "bestaatniet"]), waarde=waarden)
def test_elk_antwoord_wordt_bewaard_of_netjes_geweigerd(vraag_id: str, waarde: object) -> None:
    nu = datetime(2026, 1, 1)
    sessie = Sessie(id="t", vragenlijsten=["mini"], aangemaakt=nu, bijgewerkt=nu)
    gesprek = Gesprek(sessie, [LIJST], doelcheck=nep_doelcheck)
    voor = asdict(sessie)
    uitkomst = gesprek.beantwoord(vraag_id, waarde)
    if uitkomst.bewaard and vraag_id in sessie.overgeslagen:
        # Niets invullen bij een vraag die niet hoeft, is overslaan.
        vraag = next(v for _, v in LIJST.vragen() if v.id == vraag_id)
        assert not vraag.verplicht and vraag_id not in sessie.antwoorden
    elif uitkomst.bewaard:
        assert vraag_id in sessie.antwoorden
        # Wat bewaard is, moet ook weer naar TOML en terug kunnen.
        assert opslag.lees_tekst(Path("x.toml"), opslag.naar_toml(sessie)).antwoorden == sessie.antwoorden
    else:
        assert all(isinstance(f, str) and f for f in uitkomst.fouten)
        assert asdict(sessie) == voor
    gesprek.volgende()
    gesprek.voortgang()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(inhoud=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_een_willekeurig_bestand_geeft_een_laadfout_of_een_vragenlijst(tmp_path: Path, inhoud: bytes) -> None:
    pad = tmp_path / "x.toml"
    pad.write_bytes(inhoud)
    try:
        laad_vragenlijst(pad, set())
    except LaadFouten as fout:
        assert fout.fouten and all(str(f).startswith(str(pad)) for f in fout.fouten)
    try:
        opslag.lees(pad)
    except SessieFout as fout:
        assert str(fout).startswith(str(pad))
