"""Markdown uit een `OppConcept`, via Jinja2-sjablonen in een SandboxedEnvironment.

Antwoorden gaan als gegevens het sjabloon in, nooit als sjabloontekst: een antwoord met
`{{ 7*7 }}` komt er letterlijk uit. In tests draait het sjabloon met `StrictUndefined`, zodat
een tikfout in een sjabloon opvalt; in gewoon gebruik wordt een onbekende naam een zichtbare
open plek in plaats van een foutmelding.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from jinja2 import ChainableUndefined, FileSystemLoader, StrictUndefined, Undefined
from jinja2.sandbox import SandboxedEnvironment

from assistent.kern.concept import Alinea, OppConcept, Tabel, Tekenvak

SJABLONEN = Path(__file__).parent / "sjablonen"
TEKENBREEDTE = 60


class _Zichtbaar(ChainableUndefined):
    """Een onbekende naam in een sjabloon wordt '[nog invullen: …]' in het concept."""

    __slots__ = ()

    def __str__(self) -> str:
        return f"[nog invullen: {self._undefined_name or 'onbekend'}]"


def tekst(waarde: object) -> str:
    """Een antwoord als Markdown-tekst: een '#' aan het begin van een regel wordt geen kop."""
    return re.sub(r"(?m)^(\s*)#", r"\1\\#", str(waarde))


def cel(waarde: object) -> str:
    """Een tabelcel op één regel: meerdere punten gescheiden door puntkomma's."""
    return tekst(waarde).replace("|", "\\|").replace("\n", "; ")


def tekenvak(vak: Tekenvak) -> str:
    rand = "─" * TEKENBREEDTE
    binnen = [f"│{' ' * TEKENBREEDTE}│"] * vak.regels
    return "\n".join(["```text", f"┌{rand}┐", *binnen, f"└{rand}┘", "```"])


@lru_cache(maxsize=2)
def omgeving(strikt: bool = False) -> SandboxedEnvironment:
    undefined: type[Undefined] = StrictUndefined if strikt else _Zichtbaar
    env = SandboxedEnvironment(
        loader=FileSystemLoader(SJABLONEN),
        undefined=undefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(tekst=tekst, cel=cel, tekenvak=tekenvak)
    env.tests.update(
        alinea=lambda b: isinstance(b, Alinea),
        tabel=lambda b: isinstance(b, Tabel),
        tekenvak=lambda b: isinstance(b, Tekenvak),
    )
    return env


def render_concept(concept: OppConcept, *, strikt: bool = False) -> str:
    sjabloon = omgeving(strikt).get_template(f"{concept.document}.md.j2")
    uit = sjabloon.render(concept=concept)
    uit = re.sub(r"\n{3,}", "\n\n", uit)
    return uit.strip() + "\n"
