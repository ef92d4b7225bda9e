"""Fixtures voor de TUI-tests: een eigen sessiemap per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistent.kern.werkruimte import Werkruimte


@pytest.fixture
def werkruimte(tmp_path: Path) -> Werkruimte:
    return Werkruimte.laad(tmp_path / "sessies")
