"""De doelcheck op eigen, gelabelde doelen (tests/data/doelen_eigen.toml)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from assistent.kern.doelcheck import controleer

DOELEN = tomllib.loads(
    (Path(__file__).parent / "data" / "doelen_eigen.toml").read_text(encoding="utf-8")
)["doel"]


def test_er_zijn_minstens_honderd_eigen_doelen() -> None:
    assert len(DOELEN) >= 100
    assert len({d["tekst"] for d in DOELEN}) == len(DOELEN)


@pytest.mark.parametrize("doel", DOELEN, ids=[d["tekst"][:60] for d in DOELEN])
def test_oordeel_klopt_met_het_label(doel: dict[str, object]) -> None:
    oordeel = controleer(str(doel["tekst"]))
    assert oordeel.meetbaar is doel["meetbaar"]
    assert list(oordeel.ontbreekt) == doel.get("ontbreekt", [])
