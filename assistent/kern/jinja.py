"""De ene Jinja2-omgeving van de assistent: een onveranderlijke sandbox, op één plek.

Vraagteksten, voorwaarden (`toon_als`), voorstellen, voorbeeldzinnen en de Markdown-documenten
gaan allemaal hierdoor. Antwoorden zijn altijd gegevens, nooit sjabloontekst: een antwoord met
`{{ 7*7 }}` komt er letterlijk uit. Een onbekende naam wordt een zichtbare open plek
(`[nog invullen: naam]`); met `strikt=True` (in tests) een fout.

Bijna elke vraagtekst en voorbeeldzin bevat alleen losse namen zoals `{{ naam }}` of `{{ Hij }}`.
Die vullen we direct in, met precies de uitkomst die Jinja2 zou geven (een test vergelijkt
beide op willekeurige teksten). Zo hoeft Jinja2 bij de start van de chat niet tientallen kleine
sjablonen te vertalen. Alles wat meer is (filters, voorwaarden, lussen) gaat door Jinja2.

Gemeten met `benchmarks/tui.py --snelle-wegen`: samen met de snelle weg voor voorwaarden
(`vragenlijst/voorwaarde.py`) maakt dit een warme start tot de eerste vraag minstens 75 ms korter,
omdat Jinja2 dan niet laadt; per antwoord scheelt het enkele milliseconden. Valt één van de twee
weg, dan laadt Jinja2 toch en is de winst weg: ze horen bij elkaar (zie docs/tui.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from assistent.kern import locaties

if TYPE_CHECKING:
    from jinja2 import Template

    from assistent.kern.sandbox import Sandbox

EENVOUDIG = re.compile(r"\{\{\s*([A-Za-z_]\w*)\s*\}\}")
# Namen die Jinja2 als waarde leest, niet als variabele.
LETTERLIJK = frozenset({"true", "false", "none", "True", "False", "None"})
# Namen die Jinja2 zelf al kent (DEFAULT_NAMESPACE en `self`): die laten we aan Jinja2.
JINJA_NAMEN = frozenset({"cycler", "dict", "joiner", "lipsum", "namespace", "range", "self"})


def open_plek(naam: str) -> str:
    """Hoe een onbekende naam in een tekst verschijnt: zichtbaar, zodat iemand hem invult."""
    return f"[nog invullen: {naam}]"


@cache
def omgeving(strikt: bool = False) -> Sandbox:
    """De sandbox, één keer gebouwd; Jinja2 laadt pas als een tekst meer is dan losse namen.

    Met grenzen aan geheugen en rekentijd (`kern.sandbox`): een vragenlijst van een school
    is geen vertrouwde code.
    """
    from jinja2 import ChainableUndefined, FileSystemLoader, StrictUndefined, Undefined

    from assistent.kern.sandbox import Sandbox

    class Zichtbaar(ChainableUndefined):
        """Een onbekende naam wordt een open plek in plaats van een foutmelding."""

        __slots__ = ()

        def __str__(self) -> str:
            return open_plek(self._undefined_name or "onbekend")

    undefined: type[Undefined] = StrictUndefined if strikt else Zichtbaar
    return Sandbox(
        loader=FileSystemLoader(locaties.documentsjablonenmap()),
        undefined=undefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=1024)
def sjabloon(tekst: str) -> Template:
    """Eén keer vertalen per tekst: `from_string` bewaart niets, en na elk antwoord worden
    alle vraagteksten en voorbeeldzinnen opnieuw ingevuld."""
    return omgeving().from_string(tekst)


@lru_cache(maxsize=512)
def expressie(tekst: str) -> Callable[..., Any]:
    """Een voorwaarde (`toon_als`) als functie van de antwoorden."""
    return omgeving().compile_expression(tekst)


def vul_in(tekst: str, gegevens: Mapping[str, Any]) -> str:
    """Vult een sjabloon in met `gegevens`; geeft de fouten van Jinja2 door aan de aanroeper."""
    if "{" not in tekst:
        return tekst
    snel = vul_eenvoudig(tekst, gegevens, open_plek)
    if snel is not None:
        return snel
    return str(sjabloon(tekst).render(**gegevens))


def gelezen_namen(tekst: str) -> set[str]:
    """De namen die een sjabloon leest; geeft `TemplateError` bij een fout in de opbouw.

    Een eenvoudige doorloop van de boom: veel sneller dan `meta.find_undeclared_variables`,
    en dat telt, want bij een controle worden honderden teksten bekeken.
    """
    if "{" not in tekst:
        return set()
    namen = eenvoudige_namen(tekst)  # het gewone geval: alleen losse {{ naam }}'s
    if namen is not None:
        return namen
    from jinja2 import nodes

    boom = omgeving().parse(tekst)
    gelezen = {n.name for n in boom.find_all(nodes.Name) if n.ctx == "load"}
    gezet = {n.name for n in boom.find_all(nodes.Name) if n.ctx in ("store", "param")}
    return gelezen - gezet


def eenvoudige_namen(tekst: str) -> set[str] | None:
    """De namen als het sjabloon alleen losse `{{ naam }}`'s heeft, anders None."""
    if "\r" in tekst:  # Jinja2 maakt van elke regelovergang \n; dat laten we aan Jinja2
        return None
    zonder = EENVOUDIG.sub("", tekst)
    if "{" in zonder or "}" in zonder:
        return None
    namen = set(EENVOUDIG.findall(tekst))
    return None if namen & (LETTERLIJK | JINJA_NAMEN) else namen


def vul_eenvoudig(
    tekst: str, gegevens: Mapping[str, Any], onbekend: Callable[[str], str]
) -> str | None:
    """Vult een eenvoudig sjabloon in zoals Jinja2 dat doet, of None als het niet eenvoudig is.

    Jinja2 schrijft een waarde als `str(waarde)` en een onbekende naam zoals `onbekend(naam)`
    hem toont; de regelovergang aan het eind blijft staan (`keep_trailing_newline`).
    """
    if eenvoudige_namen(tekst) is None:
        return None
    return EENVOUDIG.sub(
        lambda m: str(gegevens[m[1]]) if m[1] in gegevens else onbekend(m[1]), tekst
    )
