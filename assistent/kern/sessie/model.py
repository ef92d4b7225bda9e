"""Eén leerling, één gesprek: de sessie zoals die in het sessiebestand staat."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from assistent.kern.vragenlijst.modellen import Antwoordwaarde

MAX_NAAM = 60


@dataclass(kw_only=True)
class Sessie:
    """Eén leerling, één gesprek: de antwoorden en wat erbij hoort.

    Een sessiebestand wordt bij het lezen gecontroleerd door `velden.sessie_uit`.
    """

    formaat: Literal[1] = 1
    id: str
    vragenlijsten: list[str]
    aangemaakt: datetime
    bijgewerkt: datetime
    antwoorden: dict[str, Antwoordwaarde] = field(default_factory=dict)
    overgeslagen: list[str] = field(default_factory=list)
    # Een zachte waarschuwing (zoals een vaag doel) die bewust is geaccepteerd, met de reden.
    aanvaard: dict[str, str] = field(default_factory=dict)
    # Vastgelegde redeneringen, zoals het advies basisaanpak of OPP.
    notities: dict[str, Any] = field(default_factory=dict)
    # Waar en hoe het bestand eruitzag toen deze sessie gelezen of bewaard werd: zo merkt
    # `opslag.bewaar` dat een ander (een tweede venster, `invullen`) het intussen veranderde.
    # Hoort niet in het bestand en telt niet mee bij het vergelijken.
    op_schijf: tuple[Path, bytes] | None = field(default=None, compare=False, repr=False)


def weergavenaam(waarde: object) -> str:
    """De naam voor lijsten en koppen: hooguit één regel van `MAX_NAAM` tekens, zodat een met de
    hand geschreven naam van duizenden tekens een lijst niet laat vastlopen."""
    tekst = " ".join(str(waarde or "").split())
    if not tekst:
        return "(nog zonder naam)"
    return tekst if len(tekst) <= MAX_NAAM else tekst[: MAX_NAAM - 1] + "…"
