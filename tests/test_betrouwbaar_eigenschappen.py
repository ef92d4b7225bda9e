"""Eigenschap: geen enkel sessiebestand laat invullen, export, sessies of het laden vallen.

Hypothesis maakt sessiebestanden met diepe nesting, rare soorten, stuurtekens, grote teksten,
een BOM en kapotte bytes. Voor elk bestand geldt: geen traceback, afsluitcode 0, 1 of 2 met
een melding, en een bestand dat niet te lezen is blijft precies zoals het was.
"""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from assistent import crashverslag
from assistent.cli import main
from assistent.kern.sessie import opslag
from assistent.kern.sessie.opslag import SessieFout
from assistent.kern.werkruimte import Werkruimte

KOP: dict[str, Any] = {
    "formaat": 1, "id": "sem-20261128-ab12", "vragenlijsten": ["opp"],
    "aangemaakt": datetime(2026, 11, 28, 9, 15), "bijgewerkt": datetime(2026, 11, 28, 9, 40),
    "antwoorden": {"naam": "Sem", "groep": 5, "aanleiding": "Sem leest nog niet vlot."},
}
VELDEN = [*KOP, "overgeslagen", "aanvaard", "notities"]
VRAGEN = ["naam", "groep", "voornaamwoord", "aanleiding", "doelen", "uitstroom", "afwijkingen",
          "start_ondersteuning", "bevorderend_kind"]

teksten = st.one_of(
    st.text(max_size=30),
    st.lists(st.sampled_from(["\x1b[2J", "\x1b]0;titel\x07", "\x0b", "\x00", "\r\n", "\x9b",
                              "Sem", "{{ 7*7 }}", "é", "\ufeff", " "]), max_size=6).map("".join),
)
tijdzones = st.sampled_from([None, UTC, timezone(timedelta(hours=2)),
                             timezone(timedelta(hours=-11))])
enkel = st.one_of(
    st.booleans(), st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True), teksten, st.dates(),
    st.builds(lambda d, tz: d.replace(tzinfo=tz), st.datetimes(), tijdzones),
    st.times(),
)
waarden = st.recursive(
    enkel,
    lambda kind: st.lists(kind, max_size=4) | st.dictionaries(teksten, kind, max_size=3),
    max_leaves=10,
)


def _toml(gegevens: dict[str, Any]) -> bytes:
    try:
        return tomli_w.dumps(gegevens).encode("utf-8")
    except (TypeError, ValueError):
        assume(False)
        raise


@st.composite
def sessiebestanden(draw: st.DrawFn) -> bytes:
    soort = draw(st.sampled_from(["veld", "antwoorden", "diep", "groot", "bytes"]))
    gegevens = {k: (dict(v) if isinstance(v, dict) else v) for k, v in KOP.items()}
    if soort == "veld":
        gegevens[draw(st.sampled_from(VELDEN) | teksten)] = draw(waarden)
        return _toml(gegevens)
    if soort == "antwoorden":
        gegevens["antwoorden"] = draw(st.dictionaries(st.sampled_from(VRAGEN) | teksten, waarden,
                                                      max_size=6))
        return _toml(gegevens)
    if soort == "diep":
        diepte = draw(st.integers(min_value=1, max_value=3000))
        open_, dicht = draw(st.sampled_from([("[", "]"), ("{a = ", "}")]))
        return _toml(KOP) + (f"[notities]\nx = {open_ * diepte}1{dicht * diepte}\n").encode()
    if soort == "groot":
        lengte = draw(st.sampled_from([100, 5_001, 19_999, 20_001, 300_000]))
        gegevens["antwoorden"]["naam"] = draw(st.sampled_from(["S", "\x1b", "é"])) * lengte
        return _toml(gegevens)
    inhoud = _toml(KOP)
    knip = draw(st.integers(min_value=0, max_value=len(inhoud)))
    kapot = draw(st.sampled_from([b"", b"\xff\xfe", b"\x00", b"\xef\xbb\xbf", b"\r", b"\"\n"]))
    voor = draw(st.sampled_from([b"", b"\xef\xbb\xbf"]))
    return voor + inhoud[:knip] + kapot + inhoud[knip:]


@pytest.fixture(scope="module")
def werkmap(tmp_path_factory: pytest.TempPathFactory) -> Path:
    map_ = tmp_path_factory.mktemp("eigenschap") / "sessies"
    Werkruimte.laad(map_)  # de catalogus één keer in de cache, dan is elk voorbeeld snel
    return map_


def _draai(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(args)
    uit = capsys.readouterr()
    assert "Traceback" not in uit.out + uit.err, args
    assert code in (0, 1, 2), (args, uit.err)
    if code:
        assert uit.err.strip(), args  # een melding, niet alleen een afsluitcode
    return code, uit.err


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(inhoud=sessiebestanden())
def test_geen_sessiebestand_laat_de_assistent_vallen_of_verandert_een_onleesbaar_bestand(
    inhoud: bytes, werkmap: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(crashverslag.OMGEVING, raising=False)
    shutil.rmtree(werkmap / "uit", ignore_errors=True)
    werkmap.mkdir(parents=True, exist_ok=True)
    for oud in werkmap.glob("*.toml*"):
        oud.unlink()
    pad = werkmap / "s.toml"
    pad.write_bytes(inhoud)
    try:
        opslag.lees(pad)
        leesbaar = True
    except SessieFout:
        leesbaar = False
    m = ["--map", str(werkmap)]
    code, _ = _draai(["invullen", str(pad), *m], capsys)
    assert code == (code if leesbaar else 2)
    code, _ = _draai(["export", str(pad), *m, "--uit", str(werkmap / "uit") + "/",
                      "--overschrijf"], capsys)
    assert code == (code if leesbaar else 2)
    assert _draai(["sessies", *m], capsys)[0] == 0
    assert _draai(["sessies", "--json", *m], capsys)[0] == 0
    code, _ = _draai(["invullen", str(pad), *m, "--antwoord", "groep=6"], capsys)
    if not leesbaar:
        assert code == 2
        assert pad.read_bytes() == inhoud
        assert not [p for p in werkmap.iterdir() if p.name.endswith((".bak", ".tmp"))]


def test_de_generator_maakt_ook_echt_leesbare_en_onleesbare_bestanden() -> None:
    """Zonder beide soorten zegt de eigenschap weinig."""
    gezien: set[bool] = set()

    @settings(max_examples=80, deadline=None, database=None)
    @given(inhoud=sessiebestanden())
    def verzamel(inhoud: bytes) -> None:
        try:
            opslag.lees_tekst(Path("s.toml"), inhoud.decode("utf-8"))
            gezien.add(True)
        except (SessieFout, UnicodeDecodeError):
            gezien.add(False)

    verzamel()
    assert gezien == {True, False}


def test_tijden_en_datums_uit_de_generator_zijn_geldige_toml() -> None:
    assert _toml({"a": date(2026, 1, 1), "b": time(9, 15)}).startswith(b"a = 2026-01-01")
