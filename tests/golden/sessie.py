"""Vaste sessies voor de document-tests: één vragenlijst, vaste antwoorden, vaste datum."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.model import Sessie
from assistent.kern.vragenlijst.laden import laad_vragenlijst
from tests.nep import nep_doelcheck

HIER = Path(__file__).parent
VANDAAG = date(2026, 12, 1)
MEETBAAR = "Voor de kerstvakantie rekent Sem 8 van de 10 keersommen goed uit op de tempotoets."
VAAG = "Sem wordt beter in rekenen."


ANTWOORDEN: dict[str, Any] = {
    "naam": "Sem",
    "groep": 5,
    "voornaamwoord": "hij",
    "leerkracht": "Noor de Wit",
    "ouders": "Lisa Visser (moeder)\nJoost Visser (vader)",
    "gezag": "beide",
    "aanleiding": "Sem begint laat aan zijn werk en raakt bij rekenen snel de draad kwijt.",
    "bevorderend_kind": ["doorzetter", "sociaal"],
    "bevorderend_onderwijs": ["kleine_groep"],
    "belemmerend_thuis": ["weinig_slaap"],
    "gedrag_signalen": ["weglopen"],
    "factoren_toelichting": "Sem voetbalt graag; dat geeft hem rust.",
    "uitstroom": "vmbo_gt",
    "uitstroom_nu": "Op dit moment rekent Sem op het niveau van begin groep 4.\n\nMet de stappenkaart groeit hij.",
    "doelen": [MEETBAAR, "Binnen zes weken begint Sem binnen 2 minuten aan zijn taak, in 4 van de 5 lessen."],
    "aanpak": "Drie keer per week verlengde instructie in een kleine groep.",
    "afspraken_ouders": "Ouders oefenen de tafels twee keer per week.",
    "afspraken_leerling": "Sem pakt zelf de stappenkaart als hij vastloopt.",
    "afwijkingen": False,
    "gehoord_datum": date(2026, 11, 24),
    "gehoord_hoe": "In een kindgesprek met de intern begeleider.",
    "kind_gezegd": "Ik vind de tafels moeilijk, maar voetbal is leuk.",
    "kind_meegenomen": "De stappenkaart is samen met Sem gekozen.",
    "kinddoel": "Ik ken de tafel van 6.",
    "wat_helpt": "De stappenkaart en rekenen met geld.",
    "start_ondersteuning": date(2026, 11, 16),
    "vaststelling": date(2026, 12, 18),
    "evaluatie_datum": date(2027, 4, 12),
    "tussenevaluatie": date(2027, 2, 5),
    "overleg_datum": date(2026, 11, 27),
    "zienswijze_ouders": "Ouders zien thuis dat Sem moe is na school en willen kort oefenen.",
    "instemming": "ja",
    "agenda_aanwezig": "Ouders, Sem, leerkracht en intern begeleider.",
}


@dataclass
class Bouw:
    antwoorden: dict[str, Any] = field(default_factory=lambda: dict(ANTWOORDEN))
    aanvaard: dict[str, str] = field(default_factory=dict)

    def gesprek(self) -> Gesprek:
        nu = datetime(2026, 12, 1, 9, 0)
        sessie = Sessie(
            id="sem-20261201-0000", vragenlijsten=["gouden"], aangemaakt=nu, bijgewerkt=nu,
            antwoorden=self.antwoorden, aanvaard=self.aanvaard,
        )
        lijst = laad_vragenlijst(HIER / "vragenlijst.toml")
        return Gesprek(sessie, [lijst], doelcheck=nep_doelcheck)


def gesprek(**wijzigingen: Any) -> Gesprek:
    """Het volledige gouden gesprek; `naam=None` haalt een antwoord weg."""
    antwoorden = dict(ANTWOORDEN)
    for sleutel, waarde in wijzigingen.items():
        if waarde is None:
            antwoorden.pop(sleutel, None)
        else:
            antwoorden[sleutel] = waarde
    return Bouw(antwoorden).gesprek()


def leeg() -> Gesprek:
    return Bouw({}).gesprek()
