"""De controle van vragenlijsten en voorbeeldzinnen uit een bestand, met pydantic.

De modellen zelf zijn gewone dataclasses (`modellen.py`); pydantic leest hun velden, typen en
`Regel`s en bouwt er een controle van. Dit module wordt pas geïmporteerd als er echt iets
gecontroleerd moet worden: bij `opp-assistent valideer`, of als een bestand is veranderd sinds
de vorige start (zie `cache.py`). Zo staat pydantic niet op het startpad van de chat.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

__all__ = ["ValidationError", "valideer"]

M = TypeVar("M")


# Per model één keer gebouwd: een schema bouwen kost veel meer dan ermee controleren.
_ADAPTERS: dict[type[Any], TypeAdapter[Any]] = {}


def valideer(model: type[M], ruw: object) -> M:
    """Het model uit ruwe TOML-gegevens; geeft pydantic's `ValidationError` met elke fout."""
    adapter = _ADAPTERS.get(model)
    if adapter is None:
        adapter = _ADAPTERS[model] = TypeAdapter(model)
    gevalideerd: M = adapter.validate_python(ruw)
    return gevalideerd
