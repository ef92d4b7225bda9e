"""Markdown uit een `OppConcept`, via Jinja2-sjablonen in de ene sandbox (`kern.jinja`).

Antwoorden gaan als gegevens het sjabloon in, nooit als sjabloontekst: een antwoord met
`{{ 7*7 }}` komt er letterlijk uit. In tests draait het sjabloon met `StrictUndefined`, zodat
een tikfout in een sjabloon opvalt; in gewoon gebruik wordt een onbekende naam een zichtbare
open plek in plaats van een foutmelding.
"""

from __future__ import annotations

import re

from assistent.kern import jinja
from assistent.kern.concept.model import OppConcept, Tekenvak

TEKENBREEDTE = 60


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


def render_concept(concept: OppConcept, *, strikt: bool = False) -> str:
    sjabloon = jinja.omgeving(strikt).get_template(f"{concept.document}.md.j2")
    uit = sjabloon.render(concept=concept, tekst=tekst, cel=cel, tekenvak=tekenvak)
    uit = re.sub(r"\n{3,}", "\n\n", uit)
    return uit.strip() + "\n"
