"""De doelcheck krijgt de naam van de leerling mee waar de sessie die kent (issue 14)."""

from __future__ import annotations

from datetime import datetime

from assistent.kern.doelcheck import Doeloordeel, controleer
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.model import Sessie
from tests.test_doelcheck_cli import doel
from tests.test_gesprek_samenstellen import lijst, vraag

KORT = lijst("kort", {"id": "doelen", "titel": "Doelen", "vragen": [
    vraag("doel", rol="doel", soort="doel", sectie="doelen")]})


def _gesprek(gezien: list[str | None]) -> Gesprek:
    def spion(tekst: str, naam: str | None = None) -> Doeloordeel:
        gezien.append(naam)
        return controleer(tekst, naam)

    sessie = Sessie(id="t", vragenlijsten=["kort"], aangemaakt=datetime(2027, 1, 1),
                    bijgewerkt=datetime(2027, 1, 1))
    return Gesprek(sessie, [KORT], doelcheck=spion)


def test_gesprek_geeft_de_naam_uit_de_rol_mee() -> None:
    gezien: list[str | None] = []
    g = _gesprek(gezien)
    g.beantwoord("naam", "Noor")
    uitkomst = g.beantwoord("doel", "De leerling leest beter.")
    assert gezien[-1] == "Noor"
    assert uitkomst.waarschuwingen


def test_gesprek_zonder_naam_geeft_none_mee() -> None:
    gezien: list[str | None] = []
    g = _gesprek(gezien)
    g.beantwoord("doel", "De kast is opgeruimd.")
    assert gezien == [None]


def test_vragen_noemen_de_leerling_niet_een_woord_uit_het_doel() -> None:
    vragen = " ".join(controleer("Beter worden in Engels.").vervolgvragen)
    assert "Beter doen" not in vragen and "Engels doen" not in vragen and "de leerling" in vragen
    assert "Noor" in " ".join(controleer("Beter worden in Engels.", "Noor").vervolgvragen)
    # een ik-doel spreekt de leerling aan met "je", niet met een woord uit het doel
    vragen = " ".join(controleer("Mijn doel is dat ik beter ga lezen.").vervolgvragen)
    assert "Mijn " not in vragen and " je " in vragen


def test_cli_doel_met_naam(tmp_path) -> None:  # type: ignore[no-untyped-def]
    uit = doel("--naam", "Noor", "De leerling leest beter.", map_=tmp_path)
    assert uit.returncode == 1
    assert "Noor" in uit.stdout.decode()
