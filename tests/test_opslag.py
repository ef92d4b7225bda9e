"""Sessies opslaan: atomair, privé, met een vorige versie, en nooit over een onleesbaar bestand."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date
from pathlib import Path

import pytest

from assistent.kern.sessie import opslag
from assistent.kern.sessie.opslag import SessieFout

GELDIG = (b'formaat = 1\nid = "x"\nvragenlijsten = ["opp"]\n'
          b"aangemaakt = 2026-11-28 09:15:00\nbijgewerkt = 2026-11-28 09:15:00\n")

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX-rechten")


def test_een_nieuwe_sessie_staat_meteen_op_schijf_en_leest_terug(tmp_path: Path) -> None:
    sessie, pad = opslag.nieuw(tmp_path / "s", "Sem", ["opp"], {"naam": "Sem", "groep": 5})
    terug = opslag.lees(pad)
    assert terug == sessie
    assert terug.antwoorden == {"naam": "Sem", "groep": 5}
    assert "formaat = 2" in pad.read_text(encoding="utf-8")


@POSIX
def test_bestanden_zijn_0600_en_de_map_0700(tmp_path: Path) -> None:
    _, pad = opslag.nieuw(tmp_path / "s", "Sem", ["opp"], {"naam": "Sem"})
    assert stat.S_IMODE(pad.stat().st_mode) == 0o600
    assert stat.S_IMODE(pad.parent.stat().st_mode) == 0o700


def test_de_vorige_versie_blijft_als_bak(tmp_path: Path) -> None:
    sessie, pad = opslag.nieuw(tmp_path, "Sem", ["opp"], {"naam": "Sem"})
    eerste = pad.read_text(encoding="utf-8")
    sessie.antwoorden = {**sessie.antwoorden, "start": date(2027, 1, 10), "doelen": ["a", "b"]}
    opslag.bewaar(sessie, pad)
    assert pad.with_name(pad.name + ".bak").read_text(encoding="utf-8") == eerste
    assert opslag.lees(pad).antwoorden["start"] == date(2027, 1, 10)
    assert opslag.lees(pad).antwoorden["doelen"] == ["a", "b"]


def test_een_onleesbaar_bestand_wordt_nooit_overschreven(tmp_path: Path) -> None:
    sessie, pad = opslag.nieuw(tmp_path, "Sem", ["opp"], {"naam": "Sem"})
    pad.write_text("formaat = 1\nid = [kapot", encoding="utf-8")
    with pytest.raises(SessieFout) as info:
        opslag.lees(pad)
    assert "regel 2" in str(info.value)
    with pytest.raises(SessieFout, match="overschrijf het niet"):
        opslag.bewaar(sessie, pad)
    assert pad.read_text(encoding="utf-8") == "formaat = 1\nid = [kapot"


def test_schrijven_is_atomair_een_mislukte_schrijfactie_laat_het_oude_bestand_heel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sessie, pad = opslag.nieuw(tmp_path, "Sem", ["opp"], {"naam": "Sem"})
    voor = pad.read_bytes()

    def kapot_replace(bron: str, doel: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", kapot_replace)
    sessie.antwoorden = {**sessie.antwoorden, "groep": 6}
    with pytest.raises(SessieFout, match="opslaan lukte niet"):
        opslag.bewaar(sessie, pad)
    assert pad.read_bytes() == voor
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_een_met_de_hand_geschreven_sessie_mag_tijden_als_tekst_hebben(tmp_path: Path) -> None:
    pad = tmp_path / "s.toml"
    pad.write_bytes(GELDIG.replace(b"2026-11-28 09:15:00", b'"2026-11-28T09:15:00"')
                    + b"[antwoorden]\nstart = 2027-01-10T08:00:00\n")
    sessie = opslag.lees(pad)
    assert sessie.aangemaakt.hour == 9
    assert sessie.antwoorden["start"] == date(2027, 1, 10)  # een datumvraag bewaart een datum


@pytest.mark.parametrize(
    ("inhoud", "verwacht"),
    [
        (b"\xff\xfe\x00", "geen tekstbestand"),
        (b'formaat = 3\nid = "x"', "onbekend formaat"),
        (b'formaat = 1\nid = "x"', "veld 'vragenlijsten'"),
        (GELDIG + b'kleur = "rood"\n', "veld 'kleur' klopt niet .is geen bekend veld"),
        (GELDIG.replace(b'["opp"]', b'"opp"'), "veld 'vragenlijsten' klopt niet .moet een lijst"),
        (GELDIG.replace(b"2026-11-28 09:15:00", b'"gisteren"'), "veld 'aangemaakt' klopt niet"),
        (GELDIG + b"[antwoorden]\ngroep = 12:30:00\n", "veld 'antwoorden.groep' klopt niet"),
        (GELDIG + b"[antwoorden]\ndoelen = [1, 2]\n", "een lijst mag alleen teksten"),
        (GELDIG + b"[aanvaard]\ndoelen = 3\n", "veld 'aanvaard.doelen' klopt niet"),
        (GELDIG.replace(b'id = "x"', b'id = ""'), "veld 'id' klopt niet"),
    ],
)
def test_onleesbare_sessies_geven_een_nederlandse_melding(
    tmp_path: Path, inhoud: bytes, verwacht: str
) -> None:
    pad = tmp_path / "s.toml"
    pad.write_bytes(inhoud)
    with pytest.raises(SessieFout, match=verwacht):
        opslag.lees(pad)


def test_de_lijst_toont_nieuwste_eerst_en_onleesbare_met_hun_fout(tmp_path: Path) -> None:
    oud, pad_oud = opslag.nieuw(tmp_path, "Ada", ["opp"], {"naam": "Ada"})
    nieuw, pad_nieuw = opslag.nieuw(tmp_path, "Bo", ["opp"], {"naam": "Bo"})
    nieuw.bijgewerkt = nieuw.bijgewerkt.replace(year=nieuw.bijgewerkt.year + 1)
    opslag.bewaar(nieuw, pad_nieuw)
    (tmp_path / "kapot.toml").write_text("x = = 1", encoding="utf-8")
    infos = opslag.lijst(tmp_path)
    assert [i.sessie.antwoorden["naam"] for i in infos if i.sessie] == ["Bo", "Ada"]
    assert [i.pad.name for i in infos if i.fout] == ["kapot.toml"]
