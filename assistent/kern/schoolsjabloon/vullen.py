"""Een Word-sjabloon van de school vullen met docxtpl, in onze ene sandbox (`kern.jinja`).

Antwoorden gaan als gegevens het sjabloon in, nooit als sjabloontekst: een antwoord met
`{{ 7*7 }}` komt er letterlijk uit. Het sjabloon zelf is geen vertrouwde code: de grenzen van
`kern.sandbox` gelden (geheugen, lussen, tijd) en een interne eigenschap als `__class__` geeft
een duidelijke fout in plaats van een stille open plek. Mislukt er iets, dan wordt er niets
geschreven: het document gaat eerst in het geheugen en dan atomair naar schijf.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import asdict
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, TemplateError, TemplateSyntaxError
from jinja2.exceptions import SecurityError

from assistent.kern import jinja
from assistent.kern.schoolsjabloon.velden import Velden


class SjabloonFout(ValueError):
    """Een sjabloon dat niet te vullen is; de tekst is voor de gebruiker (zonder antwoorden)."""


class OnleesbaarSjabloon(SjabloonFout):
    """Het bestand is geen (leesbaar) Word-bestand."""


@cache
def omgeving() -> Environment:
    """De ene sandbox, met XML-escaping aan (Word is XML: een '&' in een antwoord mag het bestand
    niet breken) en een onveilige eigenschap die altijd faalt. Een overlay deelt filters,
    grenzen en globale namen met de sandbox van `kern.jinja`; die zelf blijft ongewijzigd."""
    basis = jinja.omgeving()

    class Veilig(basis.undefined):  # type: ignore[name-defined,misc]
        """Een onbekende naam blijft een open plek; een verboden eigenschap stopt het invullen."""

        __slots__ = ()

        def _controleer(self) -> None:
            if self._undefined_exception is SecurityError:
                self._fail_with_undefined_error()

        def __str__(self) -> str:
            self._controleer()
            return str(super().__str__())

        def __html__(self) -> str:
            return str(self)

        def __iter__(self) -> Any:
            self._controleer()
            return super().__iter__()

        def __bool__(self) -> bool:
            self._controleer()
            return False

        def __getattr__(self, naam: str) -> Any:
            if naam.startswith("_"):
                raise AttributeError(naam)
            self._controleer()
            return super().__getattr__(naam)

    return basis.overlay(autoescape=True, undefined=Veilig)


def context(velden: Velden) -> dict[str, Any]:
    """De velden als gewone gegevens (dicts, lijsten en teksten) voor het sjabloon."""
    return asdict(velden)


def lees(pad: Path | io.BytesIO) -> Any:
    """Het sjabloon als docxtpl-object; `OnleesbaarSjabloon` als het geen Word-bestand is."""
    from docx.opc.exceptions import PackageNotFoundError
    from docxtpl import DocxTemplate

    try:
        sjabloon = DocxTemplate(pad)
        sjabloon.init_docx()
    except (OSError, zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError):
        naam = pad.name if isinstance(pad, Path) else "het sjabloon"
        raise OnleesbaarSjabloon(
            f"{naam} is geen Word-bestand (.docx) dat ik kan lezen.") from None
    return sjabloon


def melding(fout: BaseException) -> str:
    """Een Nederlandse uitleg bij een fout tijdens het invullen, zonder gegevens uit antwoorden."""
    if isinstance(fout, SecurityError):
        tekst = str(fout.message or fout).rstrip(".")
        intern = re.search(r"attribute '([^']*)'.*unsafe", tekst)
        if intern:
            tekst = (f"het sjabloon vraagt een interne eigenschap van Python op "
                     f"(‘{intern[1]}’); een sjabloon mag alleen velden tonen")
        return f"Het sjabloon vraagt iets wat hier niet mag: {tekst}."
    if isinstance(fout, TemplateSyntaxError):
        return f"Het sjabloon klopt niet in zijn opbouw (regel {fout.lineno}): {fout.message}."
    if isinstance(fout, TemplateError):
        return f"Het sjabloon loopt vast bij het invullen: {fout.message or fout}."
    # Andere fouten (delen door nul, een som met tekst) kunnen een antwoord in hun tekst
    # hebben: alleen de soort fout noemen.
    return ("Het sjabloon loopt vast bij het invullen: een bewerking past niet bij de gegevens "
            f"({type(fout).__name__}). Kijk of elke tag alleen velden toont.")


def vul(sjabloon_pad: Path | io.BytesIO, velden: Velden) -> bytes:
    """De bytes van het gevulde document; `SjabloonFout` met een uitleg als het niet lukt."""
    sjabloon = lees(sjabloon_pad)
    try:
        sjabloon.render(context(velden), jinja_env=omgeving(), autoescape=False)
        uit = io.BytesIO()
        sjabloon.save(uit)
    except SjabloonFout:
        raise
    except RecursionError:
        raise SjabloonFout("Het sjabloon is te diep genest om in te vullen.") from None
    except Exception as fout:  # een sjabloon is geen vertrouwde code: elke fout netjes melden
        raise SjabloonFout(melding(fout)) from None
    return uit.getvalue()


__all__ = ["OnleesbaarSjabloon", "SjabloonFout", "context", "lees", "omgeving", "vul"]
