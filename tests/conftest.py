"""Gedeelde fixtures: elke test krijgt een eigen, lege sessiemap."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def eigen_map(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nooit de echte gebruikersmap: OPP_ASSISTENT_MAP wijst naar een tijdelijke map."""
    map_ = tmp_path / "sessies"
    monkeypatch.setenv("OPP_ASSISTENT_MAP", str(map_))
    return map_
