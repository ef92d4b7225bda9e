"""Teksten met `{{ naam }}` invullen: Jinja2 in een sandbox; snel voor het gewone geval.

Bijna elke vraagtekst en voorbeeldzin bevat alleen losse namen zoals `{{ naam }}` of `{{ Hij }}`.
Die vullen we direct in, met precies de uitkomst die Jinja2 zou geven (een test vergelijkt
beide op willekeurige teksten). Zo hoeft Jinja2 bij de start van de chat niet tientallen kleine
sjablonen te vertalen. Alles wat meer is (filters, voorwaarden, lussen) gaat door Jinja2.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jinja2.sandbox import SandboxedEnvironment

EENVOUDIG = re.compile(r"\{\{\s*([A-Za-z_]\w*)\s*\}\}")
# Namen die Jinja2 als waarde leest, niet als variabele.
LETTERLIJK = frozenset({"true", "false", "none", "True", "False", "None"})
# Namen die Jinja2 zelf al kent (DEFAULT_NAMESPACE en `self`): die laten we aan Jinja2.
JINJA_NAMEN = frozenset({"cycler", "dict", "joiner", "lipsum", "namespace", "range", "self"})


def eenvoudige_namen(sjabloon: str) -> set[str] | None:
    """De namen als het sjabloon alleen losse `{{ naam }}`'s heeft, anders None."""
    if "\r" in sjabloon:  # Jinja2 maakt van elke regelovergang \n; dat laten we aan Jinja2
        return None
    zonder = EENVOUDIG.sub("", sjabloon)
    if "{" in zonder or "}" in zonder:
        return None
    namen = set(EENVOUDIG.findall(sjabloon))
    return None if namen & (LETTERLIJK | JINJA_NAMEN) else namen


def vul_eenvoudig(
    sjabloon: str, gegevens: Mapping[str, Any], onbekend: Callable[[str], str]
) -> str | None:
    """Vult een eenvoudig sjabloon in zoals Jinja2 dat doet, of None als het niet eenvoudig is.

    Jinja2 schrijft een waarde als `str(waarde)`, een onbekende naam zoals `onbekend(naam)` hem
    toont, en laat één regelovergang aan het eind van het sjabloon weg.
    """
    if eenvoudige_namen(sjabloon) is None:
        return None
    if sjabloon.endswith("\n"):
        sjabloon = sjabloon[:-1]
    return EENVOUDIG.sub(
        lambda m: str(gegevens[m[1]]) if m[1] in gegevens else onbekend(m[1]), sjabloon
    )


@cache
def sandbox() -> SandboxedEnvironment:
    """De gewone Jinja2-sandbox voor vraagteksten, voorwaarden en controles.

    Pas geladen als een tekst of voorwaarde meer is dan de snelle weg kan (zie ook
    voorwaarde.py): bij de start van de chat is Jinja2 meestal nog niet nodig.
    """
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment()
